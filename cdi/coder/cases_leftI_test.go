package coder

func init() {
	cases = append(cases, []tc{
		// (leftI) A procedure of this stay is no status (I.C.21.c.3): the
		// stay cue ("postoperative day", "hospital day", "this admission")
		// or the admission's date stands in another sentence than the
		// procedure (data/status_post.tsv "staycue").
		{name: "leftI POD cue a sentence before the TKA", text: "Postoperative day 1. She is status post right total knee arthroplasty and walking with PT.", setting: "inpatient", not: []string{"Z96.651"}},
		{name: "leftI hospital day cue before the lap chole", text: "POD 1 after surgery. Status post laparoscopic cholecystectomy, tolerating liquids.", setting: "inpatient", not: []string{"Z90.49"}},
		{name: "leftI OR on hospital day before the colectomy", text: "He went to the operating room on hospital day 2. He is status post partial colectomy for diverticulitis.", setting: "inpatient", want: []string{"K57.92"}, not: []string{"Z90.49"}},
		{name: "leftI hospital day cue before angioplasty", text: "Hospital day 3. Status post coronary angioplasty yesterday. No chest pain.", setting: "inpatient", not: []string{"Z98.61"}},
		{name: "leftI stent dated after the admission date", text: "He was admitted on 3/4/2026 with chest pain. On 3/5/2026 he underwent coronary angioplasty with stent placement.", setting: "inpatient", not: []string{"Z95.5"}},
		{name: "leftI chole dated after the admission date", text: "Admission date: 3/2/2026. On 3/3/2026 she had a laparoscopic cholecystectomy.", setting: "inpatient", not: []string{"Z90.49"}},
		{name: "leftI NSTEMI of the admission date", text: "Admitted with NSTEMI on 3/4/2026.", setting: "inpatient", want: []string{"I21.4"}, not: []string{"I25.2"}},
		// Guards: a history word, a past year, a device in place keep the status.
		{name: "leftI known CABG near a stay cue guard", text: "Hospital day 2. Known CAD s/p CABG. He has a pacemaker.", setting: "inpatient", want: []string{"Z95.1", "Z95.0"}},
		{name: "leftI stent years before the admission guard", text: "He was admitted on 3/4/2026 with chest pain. He had coronary angioplasty with stent placement on 6/1/2019.", setting: "inpatient", want: []string{"Z95.5"}},
		{name: "leftI chole in a past year guard", text: "Hospital day 2. Cholecystectomy in 2010. Abdomen soft.", setting: "inpatient", want: []string{"Z90.49"}},
		// (leftI) A recovery stay (inpatient rehabilitation, SNF) is a
		// subsequent encounter for its injuries (I.C.19.a), and a stroke
		// treated in the acute stay has sequelae there (I69.-), not I63
		// (data/recovery_stay.tsv).
		{name: "leftI rehab after hip fracture repair", text: "Admitted to acute rehab following surgical repair of a left hip fracture. Continue PT and OT.", setting: "inpatient", want: []string{"S72.002D"}, not: []string{"S72.002A"}},
		{name: "leftI IRF after intertrochanteric ORIF", text: "Admitted to the inpatient rehabilitation unit after ORIF of a right intertrochanteric femur fracture. Weight bearing as tolerated.", setting: "inpatient", want: []string{"S72.141D"}, not: []string{"S72.141A"}},
		{name: "leftI rehab after MCA stroke deficits next sentence", text: "Admitted to acute rehab after a left MCA stroke. Right hemiparesis and aphasia persist.", setting: "inpatient", want: []string{"I69.351", "I69.320"}, not: []string{"I63.512", "G81.91", "R47.01"}},
		{name: "leftI SNF admission stroke weakness", text: "SNF admission after an ischemic stroke. He has right hemiparesis.", setting: "inpatient", want: []string{"I69.351"}, not: []string{"I63.9"}},
		{name: "leftI IRF stroke in the plan section", text: "HPI: Admitted to IRF after a left MCA ischemic stroke treated at the acute hospital.\nPlan:\n# Right hemiparesis after the left MCA stroke - PT and OT daily.\n", setting: "inpatient", want: []string{"I69.351"}, not: []string{"I63.512", "G81.91"}},
		{name: "leftI rehab HPI fracture in the assessment", text: "HPI: Admitted to acute rehab after ORIF at the acute hospital.\nAssessment:\n# Left intertrochanteric femur fracture - PT, weight bearing as tolerated.\n", setting: "inpatient", want: []string{"S72.142D"}, not: []string{"S72.142A"}},
		// Guards: the acute stay discharging to rehab or SNF.
		{name: "leftI discharge to SNF hip fracture guard", text: "Left hip fracture after a fall at home. ORIF on hospital day 2. Discharged to SNF.", setting: "inpatient", want: []string{"S72.002A"}, not: []string{"S72.002D"}},
		{name: "leftI discharge to rehab stroke guard", text: "Admitted with acute ischemic stroke. Right hemiparesis. Plan discharge to acute rehab.", setting: "inpatient", want: []string{"I63.9"}, not: []string{"I69.351"}},
		// (leftI) A course counted in days is no long-term use (Z79.52).
		{name: "leftI prednisone list item x 5 days", text: "Medications:\nPrednisone 20 mg daily x 5 days\nAlbuterol inhaler 2 puffs q4h\n", not: []string{"Z79.52"}},
		{name: "leftI discharge prednisone for 5 days", text: "Discharge medications:\n1. Prednisone 40 mg PO daily for 5 days\n2. Azithromycin 250 mg daily\n", setting: "inpatient", not: []string{"Z79.52"}},
		{name: "leftI continue prednisone 5 day course", text: "Assessment: COPD exacerbation. Plan: continue prednisone 40 mg daily, 5 day course.", want: []string{"J44.1"}, not: []string{"Z79.52"}},
		{name: "leftI currently prednisone five days", text: "Currently taking prednisone 40 mg daily for five days.", not: []string{"Z79.52"}},
		// Guards: a standing dose, years.
		{name: "leftI prednisone for years guard", text: "Rheumatoid arthritis, on prednisone 5 mg daily for 3 years.", want: []string{"Z79.52"}},
		{name: "leftI prednisone listed daily guard", text: "Medications:\nPrednisone 5 mg daily\nLisinopril 10 mg daily\n", want: []string{"Z79.52"}},
		// (leftI) A screening test ordered, scheduled or referred is a later
		// encounter's (I.C.21.c.5); this visit does not code it.
		{name: "leftI screening mammogram ordered", text: "Hypertension, stable. Screening mammogram ordered.", want: []string{"I10"}, not: []string{"Z12.31", "Z12.39"}},
		{name: "leftI screening colonoscopy referred to GI", text: "Screening colonoscopy referred to GI.", not: []string{"Z12.11"}},
		{name: "leftI will schedule screening mammogram", text: "Will schedule screening mammogram.", not: []string{"Z12.31", "Z12.39"}},
		{name: "leftI screening mammogram will schedule", text: "Screening mammogram: will schedule.", not: []string{"Z12.31", "Z12.39"}},
		// Guards: this visit's screening; a report of the exam.
		{name: "leftI here for screening colonoscopy guard", text: "Here today for screening colonoscopy.", want: []string{"Z12.11"}},
		{name: "leftI mammogram ordered by guard", text: "Screening mammogram ordered by Dr. Lee. Findings: no suspicious mass.", want: []string{"Z12.31"}},
		// (leftI) The patient delivered: her record, outcome Z37, never Z38.
		{name: "leftI she delivered liveborn no O code", text: "She delivered a liveborn male infant at 02:14.", setting: "inpatient", want: []string{"Z37.0"}, not: []string{"Z38.2"}},
		{name: "leftI postpartum day liveborn girl", text: "Postpartum day 1. She delivered a healthy liveborn girl yesterday. Breastfeeding well.", setting: "inpatient", want: []string{"Z37.0"}, not: []string{"Z38.2"}},
		// (leftI) A delivery note's weeks in one sentence reach Z3A beside
		// the O code of another.
		{name: "leftI delivery note weeks in another sentence", text: "Delivery note: 28 year old G2P1 at 39 weeks gestation. Spontaneous vaginal delivery of a liveborn female infant without complication.", setting: "inpatient", want: []string{"O80", "Z3A.39", "Z37.0"}},
		{name: "leftI pregnant weeks then delivery", text: "She is 38 weeks pregnant. Normal spontaneous vaginal delivery of a single liveborn infant.", setting: "inpatient", want: []string{"O80", "Z3A.38"}},
	}...)
}
