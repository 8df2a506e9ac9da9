package coder

import "notecoder/cdi/model"

// Cases of the h13dev session (heldout13 as development data), written for these tests.
func init() {
	cases = append(cases, []tc{
		// Signs routinely associated with a coded diagnosis are not coded beside it (I.B.4-5,
		// data/integral.tsv): chills of sepsis, thirst and bed-wetting of ketoacidosis, headache of a
		// subdural bleed, agitation of mania, tachycardia of withdrawal, cramps of low potassium.
		{name: "h13dev chills of urosepsis", text: "Admitted with rigors and chills.\nAssessment: sepsis due to acute pyelonephritis, ceftriaxone.", setting: model.Inpatient, want: []string{"N10"}, not: []string{"R68.83"}},
		{name: "h13dev thirst of DKA", text: "Two weeks of excessive thirst, wetting the bed again and weight loss.\nAssessment: type 1 diabetes with ketoacidosis, insulin drip.", setting: model.Inpatient, want: []string{"E10.10"}, not: []string{"R63.1", "R32", "R63.4"}},
		{name: "h13dev headache of subdural", text: "He has a headache since the fall.\nAssessment: traumatic right subdural hematoma without loss of consciousness.", setting: model.Inpatient, not: []string{"R51.9"}},
		{name: "h13dev agitation of mania", text: "On the ward she is agitated and irritable.\nDiagnosis: bipolar I disorder, current episode manic, severe, without psychotic features.", setting: model.Inpatient, want: []string{"F31.13"}, not: []string{"R45.1", "R45.4"}},
		{name: "h13dev tachycardia of withdrawal", text: "Tremulous with tachycardia overnight.\nA/P: delirium tremens in alcohol dependence.", setting: model.Inpatient, want: []string{"F10.231"}, not: []string{"R00.0"}},
		{name: "h13dev cramps of hypokalemia", text: "Calf cramps for a week.\nAssessment: hypokalemia from the diuretic, potassium supplement.", setting: model.Inpatient, want: []string{"E87.6"}, not: []string{"R25.2"}},
		{name: "h13dev cramps alone guard", text: "Calf cramps for a week.\nAssessment: cramps, stretching advised.", setting: model.Inpatient, want: []string{"R25.2"}},
		{name: "h13dev bone mets pain", text: "Assessment: bone metastases, pain controlled with acetaminophen.", setting: model.Inpatient, want: []string{"C79.51"}, not: []string{"R52"}},
		{name: "h13dev cough of effusion", text: "Dry cough and dyspnea.\nAssessment: malignant pleural effusion, thoracentesis today.", setting: model.Inpatient, want: []string{"J91.0"}, not: []string{"R05.9"}},
		// The nose's signs are its rhinitis, sinusitis or septum; the hernia's groin pain when it is
		// incarcerated (an uncomplicated hernia need not hurt: guard); fever and sore mouth of a viral
		// exanthem; the tingling, vomiting and angioedema of anaphylaxis; chest tightness of a coronary
		// disease coded with angina.
		{name: "h13dev sneezing allergic rhinitis", text: "Sneezing and nasal blockage every spring.\nAssessment: seasonal allergic rhinitis, cetirizine.", setting: model.Inpatient, want: []string{"J30.2"}, not: []string{"R06.7", "J34.89"}},
		{name: "h13dev runny nose of cold", text: "Runny nose for three days.\nA/P: acute upper respiratory infection, fluids.", setting: model.Inpatient, want: []string{"J06.9"}, not: []string{"R09.89"}},
		{name: "h13dev septal spur", text: "Endoscopy: septum deviated with a spur.\nAssessment: deviated nasal septum, septoplasty planned.", setting: model.Inpatient, want: []string{"J34.2"}, not: []string{"M77.9"}},
		{name: "h13dev incarcerated hernia pain", text: "Painful groin bulge since morning.\nAssessment: incarcerated left inguinal hernia, repair today.", setting: model.Inpatient, want: []string{"K40.30"}, not: []string{"R10.32", "R10.30"}},
		{name: "h13dev anaphylaxis signs", text: "Lips tingling, vomited twice, angioedema of the lips.\nDiagnosis: anaphylactic reaction due to shellfish.", setting: model.Inpatient, not: []string{"R20.2", "R11.10", "T78.3XXA"}},
		{name: "h13dev angina tightness", text: "Chest tightness on exertion relieved by rest.\nAssessment: coronary artery disease with stable angina.", setting: model.Inpatient, want: []string{"I25.118"}, not: []string{"R07.89"}},
		{name: "h13dev fever cholecystitis", text: "Fever and right upper quadrant pain.\nAssessment: acute cholecystitis with gallstones, cholecystectomy.", setting: model.Inpatient, want: []string{"K80.00"}, not: []string{"R50.9"}},
		// Findings that are the coded disease itself: osteophytes of osteoarthritis, dot-blot
		// hemorrhages of a diabetic retinopathy, the traumatic hemoperitoneum of a spleen injury
		// (K66.1 Excludes1), a 'neuropathy' that is the named mononeuropathy.
		{name: "h13dev osteophytes of OA", text: "X-ray: joint space narrowing with osteophytes.\nAssessment: primary osteoarthritis of the right knee.", setting: model.Inpatient, want: []string{"M17.11"}, not: []string{"M25.70"}},
		{name: "h13dev retinal bleeds of NPDR", text: "Fundus: scattered hemorrhages and microaneurysms.\nImpression: type 2 diabetes with mild nonproliferative diabetic retinopathy without macular edema, both eyes.", setting: model.Inpatient, want: []string{"E11.3293"}, not: []string{"R58"}},
		{name: "h13dev hemoperitoneum of spleen", text: "CT: splenic laceration with hemoperitoneum.\nImpression: splenic laceration.", setting: model.Inpatient, not: []string{"K66.1"}},
		{name: "h13dev median neuropathy", text: "Nerve study: median neuropathy at the right wrist.\nAssessment: right carpal tunnel syndrome.", setting: model.Inpatient, want: []string{"G56.01"}, not: []string{"G62.9"}},
		// One infection or cancer read twice, once without its specifier: the unspecified code gives
		// way to the specified one of the same disease.
		{name: "h13dev influenza pneumonia once", text: "Viral panel: flu A positive.\nAssessment: influenza A pneumonia, oseltamivir.", setting: model.Inpatient, want: []string{"J10.00"}, not: []string{"J10.1", "J12.9"}},
		{name: "h13dev recurrent cdiff once", text: "Stool: C diff toxin positive.\nDiagnosis: recurrent Clostridium difficile colitis.", setting: model.Inpatient, want: []string{"A04.71"}, not: []string{"A04.72", "K52.9"}},
		{name: "h13dev lung cancer lobe", text: "Stage IV NSCLC with brain metastases, on chemotherapy.\nA/P: lung adenocarcinoma of the right upper lobe, oncology following.", setting: model.Inpatient, want: []string{"C34.11"}, not: []string{"C34.90"}},
		// A main term that codes only with its subterm: a cafe is a place (need_sub.txt).
		{name: "h13dev cafe place", text: "He ate a sandwich at a cafe before the symptoms started.", not: []string{"L81.3"}},
		{name: "h13dev cafe au lait guard", text: "Several cafe au lait spots on the trunk.", want: []string{"L81.3"}},
		// A steroid injection is a procedure, not long-term steroid use (I.C.21.c.3; longterm.tsv short).
		{name: "h13dev steroid injection", text: "Plan: continue meloxicam at home and a steroid injection into the knee at the next visit.", not: []string{"Z79.52"}},
		{name: "h13dev prednisone daily guard", text: "Polymyalgia rheumatica - continue prednisone 5 mg daily, long-term.", want: []string{"Z79.52"}},
		// Abbreviations with another sense in their context (abbrev.tsv): a mammogram's BI-RADS
		// category, METs of an exercise capacity, an eye exam's 'SLE:' line (slit lamp).
		{name: "h13dev birads", text: "Screening mammogram last spring, BI-RADS 2.", not: []string{"J45.909"}},
		{name: "h13dev mets capacity", text: "Exercise tolerance: walks two blocks and climbs a flight of stairs, about 5 METs.", not: []string{"C79.9"}},
		{name: "h13dev mets guard", text: "Lung cancer with liver mets, on chemotherapy.", want: []string{"C78.7"}},
		{name: "h13dev slit lamp", text: "SLE: trace nuclear sclerosis OU, clear cornea.", not: []string{"M32.9"}},
		{name: "h13dev lupus colon guard", text: "SLE: on hydroxychloroquine, stable.", want: []string{"M32.9"}},
		// Immunity and vaccination words deny the infection (context.tsv): 'nonimmune' serologies, a
		// 'COVID vaccinated' patient.
		{name: "h13dev nonimmune", text: "HBV and HAV nonimmune; vaccine series started.", not: []string{"B19.10", "B15.9"}},
		{name: "h13dev vaccinated", text: "He is COVID vaccinated and boosted.", not: []string{"U07.1", "Z86.16"}},
		// A cancer history with 'NED' (no evidence of disease) or a 'WLE' (wide local excision) has ended
		// (I.C.2.d; history_status.tsv): Z85, not the cancer.
		{name: "h13dev melanoma NED", text: "Hx melanoma of the left arm - NED on yearly skin checks.", want: []string{"Z85.820"}, not: []string{"C43.62"}},
		{name: "h13dev body aches flu", text: "Body aches and fever for two days.\nA/P: influenza A, oseltamivir.", setting: model.Inpatient, want: []string{"J10.1"}, not: []string{"R52"}},
		// Delivery notes: a 'viable' infant with its sex between is the liveborn outcome (Z37.0 on the
		// mother's record, I.C.15.b.5); a pregnancy code with no trimester, 'complicating pregnancy', has
		// its 'complicating childbirth' sibling at the delivery; gestational diabetes of unspecified
		// control gives way to the control the note names (diet, 'A1').
		{name: "h13dev viable sexed infant", text: "Spontaneous vaginal delivery under epidural. NSVD of a viable male infant, Apgars 9 and 9.", setting: model.Inpatient, want: []string{"O80", "Z37.0"}},
		{name: "h13dev gbs in childbirth", text: "Pregnancy complicated by group B streptococcus carrier state. Spontaneous vaginal delivery of a liveborn girl.", setting: model.Inpatient, want: []string{"O99.824"}, not: []string{"O99.820"}},
		{name: "h13dev gdm control named", text: "Glucose tolerance test failed, so gestational diabetes.\nA/P: gestational diabetes, diet controlled, log sugars.", want: []string{"O24.410"}, not: []string{"O24.419"}},
		{name: "h13dev gdma1", text: "Plan:\n- GDMA1: stop fingersticks after delivery.", want: []string{"O24.410"}},
		// Injury and grade words the index reads another way (abbrev.tsv): fractured 'ribs' are multiple
		// ribs (S22.4-), and a side's one-rib fracture read beside them is the same injury
		// (integral.tsv); a spleen or liver laceration's AAST grade is its depth (grade II = moderate,
		// 1-3 cm); a hemorrhoid grade is its degree.
		{name: "h13dev ribs plural", text: "CT chest: acute fx L ribs 7-9, no pneumothorax.\nImpression: L rib fx 7-9.", setting: model.Inpatient, want: []string{"S22.42XA"}, not: []string{"S22.32XA"}},
		{name: "h13dev one rib guard", text: "X-ray: nondisplaced fracture of the right 6th rib.", setting: model.Inpatient, want: []string{"S22.31XA"}, not: []string{"S22.41XA"}},
		{name: "h13dev spleen grade", text: "CT: grade II splenic laceration with a small hemoperitoneum.\nImpression: splenic laceration, nonoperative management.", setting: model.Inpatient, want: []string{"S36.031A"}, not: []string{"S36.039A"}},
		{name: "h13dev hemorrhoid grade", text: "Anoscopy: hemorrhoids grade 2.", want: []string{"K64.1"}},
		// A 'nonadherent' dressing does not stick to the wound: no noncompliance (other_sense.tsv).
		{name: "h13dev nonadherent dressing", text: "Wound closed with three sutures and covered with a nonadherent dressing.", not: []string{"Z91.199"}},
		// (h15dev) Nonadherence to a named drug is its underdosing (I.C.19.e.5.c, Table of Drugs,
		// underdosing column), not the noncompliance with other medical treatment (Z91.199).
		{name: "h13dev nonadherent guard", text: "Nonadherent to his lithium for a month.", want: []string{"T43.596A"}, not: []string{"Z91.199"}},
		// Read once: 'Hand, foot and mouth disease' with its comma is B08.4 (abbrev.tsv), not the
		// cattle's foot-and-mouth disease; a bare 'hernia' beside a named one, a 'hip fracture' beside the
		// named fracture of that hip (by side: the other hip's stays), the confusion of a sepsis
		// (integral.tsv).
		{name: "h13dev hfmd comma", text: "Assessment: Hand, foot and mouth disease, fluids and ibuprofen.", want: []string{"B08.4"}, not: []string{"B08.8"}},
		{name: "h13dev hernia nos", text: "Port placed through the hernia defect.\nPostoperative diagnosis: small umbilical hernia, repaired.", setting: model.Inpatient, want: []string{"K42.9"}, not: []string{"K46.9"}},
		{name: "h13dev hip fracture named", text: "Admitted after a left hip fracture; found to have a displaced intertrochanteric fracture of the left femur, nailed.", setting: model.Inpatient, want: []string{"S72.142A"}, not: []string{"S72.002A"}},
		{name: "h13dev hip fracture other side guard", text: "Old right hip fracture treated last year; now a displaced intertrochanteric fracture of the left femur.", setting: model.Inpatient, want: []string{"S72.142A"}},
		{name: "h13dev confusion of sepsis", text: "New confusion at home.\nA/P: severe sepsis from pneumonia; confusion likely from sepsis.", setting: model.Inpatient, want: []string{"R65.20"}, not: []string{"R41.0"}},
		// CIN with its grade is the cervical dysplasia of that degree (abbrev.tsv), so its history is
		// Z87.410; weight gain in a pregnancy is expected, a bleeding menopause not asymptomatic, a weak
		// hernia floor no weakness of the patient.
		{name: "h13dev cin history", text: "Hx CIN 2 treated by LEEP in 2012, normal Paps since.", want: []string{"Z87.410"}, not: []string{"D49.9"}},
		{name: "h13dev cin current", text: "Colposcopic biopsy: CIN 2.", want: []string{"N87.1"}, not: []string{"D49.9"}},
		{name: "h13dev pregnancy weight gain", text: "Prenatal visit at 30 weeks, weight gain 20 lb so far, fundal height 30 cm.\nA/P: intrauterine pregnancy at 30 weeks, routine care.", not: []string{"R63.5"}},
		{name: "h13dev menopause bleeding", text: "Menopause at 52, now two episodes of spotting.\nA/P: postmenopausal bleeding, endometrial biopsy.", want: []string{"N95.0"}, not: []string{"Z78.0"}},
		{name: "h13dev weak floor", text: "Findings: indirect sac; inguinal floor weak, reinforced with mesh.", setting: model.Inpatient, not: []string{"R53.1"}},
		// Long-term drug rows the index has (Long-term drug therapy, antidiabetic drugs, injectable,
		// non-insulin Z79.85; oral, contraceptive Z79.3; hormone replacement Z79.890), coded with a cue
		// or an 'on' as any drug row (I.C.21.c.3).
		{name: "h13dev glp1", text: "Type 2 diabetes - continue dulaglutide 1.5 mg weekly and metformin.", want: []string{"Z79.85", "Z79.84"}},
		{name: "h13dev glp1 start guard", text: "Type 2 diabetes - starting semaglutide today.", not: []string{"Z79.85"}},
		{name: "h13dev ocp", text: "She is on oral contraceptives, no missed pills.", want: []string{"Z79.3"}},
		{name: "h13dev hrt", text: "On HRT for vasomotor symptoms for three years.", want: []string{"Z79.890"}},
		// 'Sulfa' is the sulfonamide row of the Table of Drugs (drug_names.tsv): its allergy is Z88.2.
		{name: "h13dev sulfa allergy", text: "Sulfa allergy, rash as a teenager.", want: []string{"Z88.2"}},
	}...)
}
