package coder

import "notecoder/cdi/model"

// Cases of the h16dev session (heldout16 as development data), written for these tests in other
// words than the notes.
func init() {
	cases = append(cases, []tc{
		// Abbreviations read in their other sense (cdi/text/data/abbrev.tsv): the radiation
		// oncology service, a toe-brachial index beside an ankle-brachial one, a posterior vitreous
		// detachment in an eye examination, and the seasons of a pollen allergy.
		{name: "h16dev rad onc service", setting: model.Inpatient, text: "Metastatic lung cancer to the spine. Rad onc consulted for palliative radiation.", want: []string{"C79.51"}, not: []string{"J45.909"}},
		{name: "h16dev toe brachial index", setting: model.Inpatient, text: "Rest pain of the left foot. ABI 0.45 on the left, TBI 0.2. Atherosclerosis of native arteries of the left leg with rest pain.", want: []string{"I70.222"}, not: []string{"S06.9X0A", "S06.9XAA", "S06.9X9A"}},
		{name: "h16dev pvd in eye exam", text: "Eye clinic. Type 2 diabetes, no retinopathy on dilated exam. New floaters in the left eye: PVD left eye, no retinal tear.", want: []string{"E11.9", "H43.812"}, not: []string{"E11.51", "I73.9", "H43.392"}},
		{name: "h16dev spring fall allergy", text: "Anaphylaxis after eating peanut butter this morning, epinephrine given in the field. Also sneezing every spring/fall from grass pollen.", want: []string{"T78.01XA"}, not: []string{"W19.XXXA"}},
		// A word before or after a main term that gives it another sense (data/other_sense.tsv):
		// decline squats are an exercise, oxygen bled into a CPAP circuit no bleeding.
		{name: "h16dev decline squats", text: "Jumper's knee of the right knee (patellar tendinitis). Home program of eccentric decline squats.", want: []string{"M76.51"}, not: []string{"R53.81"}},
		{name: "h16dev oxygen bleed-in", text: "Obstructive sleep apnea on CPAP with oxygen bleed-in at 2 L overnight.", want: []string{"G47.33"}, not: []string{"R58"}},
		// A status code beside the code that says it (I.C.21.c.3), and the seasonal rhinitis,
		// burn, floaters, vaginitis, dialysis fistula and congestion that a coded diagnosis holds
		// (data/integral.tsv).
		{name: "h16dev liver transplant rejection no status", setting: model.Inpatient, text: "Liver transplant 2019. Biopsy shows acute rejection of the liver transplant.", want: []string{"T86.41"}, not: []string{"Z94.4"}},
		{name: "h16dev infected knee prosthesis no status", setting: model.Inpatient, text: "Right total knee arthroplasty 2018. Now a prosthetic joint infection of the right knee with fevers and right knee pain.", want: []string{"T84.53XA"}, not: []string{"Z96.651", "R50.9", "M25.561"}},
		{name: "h16dev seasonal and pollen rhinitis", text: "Seasonal allergic rhinitis, worse in May. A/P: allergic rhinitis due to pollen, start nasal steroid.", want: []string{"J30.1"}, not: []string{"J30.2"}},
		{name: "h16dev burns heading", setting: model.Inpatient, text: "Burns: second degree burn of the left forearm from a kettle. Pain: controlled with oxycodone.", want: []string{"T22.212A"}, not: []string{"T30.0", "R52"}},
		{name: "h16dev floaters with vitreous degeneration", text: "Floaters of the right eye for a week. Exam: vitreous degeneration of the right eye, no tear.", want: []string{"H43.811"}, not: []string{"H43.391"}},
		{name: "h16dev atrophic vaginitis twice", text: "Exam: thin pale mucosa, postmenopausal atrophic vaginitis. Dx: atrophic vaginitis, start vaginal estrogen.", want: []string{"N95.2"}, not: []string{"N76.0"}},
		{name: "h16dev av fistula for dialysis", setting: model.Inpatient, text: "Chronic kidney disease stage 5. Vascular surgery to create an AV fistula next month.", want: []string{"N18.5"}, not: []string{"I77.0"}},
		{name: "h16dev pulmonary congestion of heart failure", setting: model.Inpatient, text: "Acute on chronic diastolic heart failure. Chest film shows pulmonary vascular congestion.", want: []string{"I50.33"}, not: []string{"R09.89"}},
		// What "absent" names right after it is a finding of the condition before it, not its
		// denial; "missed no doses" denies the missing (cdi/text/data/context.tsv).
		{name: "h16dev absent monofilament", text: "Type 2 diabetes with diabetic polyneuropathy (absent monofilament in both feet), on metformin.", want: []string{"E11.42"}},
		{name: "h16dev absent pedal pulses", setting: model.Inpatient, text: "Atherosclerosis of native arteries of the right leg with rest pain (absent pedal pulses on the right).", want: []string{"I70.221"}},
		{name: "h16dev missed no doses", setting: model.Inpatient, text: "Focal epilepsy on lamotrigine, missed no doses per her husband; breakthrough seizure after sleep deprivation.", want: []string{"G40.109"}, not: []string{"Z91.148", "Z91.14", "T42.6X6A"}},
		// The index files the midfoot, ankle, calf and thigh of a chronic ulcer only under "Ulcer,
		// lower limb" (data/site_kids.tsv, "main").
		{name: "h16dev diabetic midfoot ulcer", text: "Type 2 diabetes with a neuropathic ulcer of the left midfoot, limited to breakdown of skin.", want: []string{"E11.621", "L97.421"}, not: []string{"L98.499", "L98.491", "E11.622"}},
		{name: "h16dev ankle ulcer", text: "Chronic non-healing ulcer of the right ankle, fat layer exposed.", want: []string{"L97.312"}, not: []string{"L98.492"}},
		// An amputation this stay performed is the stay's procedure, no acquired absence status
		// (I.C.21.c.3): the stay cue may be a hospital or postoperative day written with its
		// number ("HD2", "POD1"), and the reading through Amputation counts as a procedure
		// (data/status_post.tsv, stayCueAt).
		{name: "h16dev amputation on hospital day", setting: model.Inpatient, text: "Admitted with wet gangrene of the left foot. Left below-knee amputation HD2, stump dry.", not: []string{"Z89.512"}},
		{name: "h16dev amputation dated by hospital day", setting: model.Inpatient, text: "Admitted with wet gangrene of the left great toe. Amputation of the left great toe on HD 2, margins clean.", not: []string{"Z89.412"}},
		{name: "h16dev knee arthroplasty pod1", setting: model.Inpatient, text: "Admitted for osteoarthritis of the left knee. POD1: s/p left TKA, ambulating with walker.", want: []string{"M17.12"}, not: []string{"Z96.652"}},
		// The visit's antineoplastic treatment named by a regimen or an antibody, or as the second
		// treatment of one list (data/therapy_visit.tsv, therapyListed); cytotoxic generics the
		// Table of Drugs does not list read as "Antineoplastic NEC" (data/drug_names.tsv).
		{name: "h16dev chemo plus immunotherapy list", text: "Stage IV squamous cell carcinoma of the right upper lobe lung. Here for paclitaxel/carboplatin (chemotherapy) + nivolumab (immunotherapy), cycle 3.", want: []string{"Z51.11", "Z51.12", "C34.11"}},
		{name: "h16dev folfiri visit", text: "Rectal adenocarcinoma with liver metastases, here for FOLFIRI cycle 4 today, labs adequate.", want: []string{"Z51.11", "C20", "C78.7"}},
		{name: "h16dev oxaliplatin polyneuropathy", text: "Gastric adenocarcinoma on chemotherapy. Cold-triggered tingling of the hands: polyneuropathy due to oxaliplatin.", want: []string{"G62.0", "T45.1X5A"}, not: []string{"G62.9"}},
		// A fracture through a metastasis is the pathological fracture the note names, no second,
		// traumatic fracture of the same bone (I.C.13.c; data/integral.tsv).
		{name: "h16dev fracture through lytic lesion", setting: model.Inpatient, text: "Metastatic breast cancer to bone. X-ray: displaced fracture through a lytic lesion of the right femoral neck. Dx: pathological fracture of the right femoral neck due to metastatic disease.", want: []string{"M84.551A", "C79.51"}, not: []string{"S72.001A", "S72.91XA"}},
	}...)
}
