package coder

import "notecoder/cdi/model"

// Inpatient US-style notes (usn11a), written for these cases. The accessory
// muscles a patient in respiratory distress breathes with are no congenital
// accessory muscle (data/other_sense.tsv). A sepsis coded first for its
// organ dysfunction or shock takes the organism of the infection its
// sentence names (J15.1 Pneumonia due to Pseudomonas: A41.52), not A41.9.
// A fracture the assessment calls a fragility fracture of the patient's
// osteoporosis is M80 at its site (I.C.13.d.2), coded once: the imaging's
// traumatic code of it goes (data/fragility_fracture.txt). A "without"
// inside a mention whose clause holds none of the code's words denies its
// own object only ("ketoacidosis without coma, type 1 DM"). SIRS beside an
// infection, no sepsis, is not SIRS of non-infectious origin (I.C.18.g).
// Inpatient, an unspecified code gives way to the specific kind the note
// calls likely (coded as established, II.H): "AKI ... likely ATN" is N17.0.
func init() {
	cases = append(cases, []tc{
		{name: "usn11a-using-accessory-muscles", text: "Exam: tachypneic, using accessory muscles, diffuse crackles.", setting: model.Inpatient, want: []string{"R06.82"}, not: []string{"Q79.8"}},
		{name: "usn11a-use-of-accessory-muscles", text: "Respiratory distress with use of accessory muscles.", not: []string{"Q79.8"}},
		{name: "usn11a-accessory-muscle-congenital", text: "MRI shows an accessory soleus muscle in the left calf.", want: []string{"Q79.8"}},
		{name: "usn11a-sepsis-organism-of-pneumonia", text: "Sepsis with acute organ dysfunction due to Pseudomonas pneumonia - cefepime.", setting: model.Inpatient, want: []string{"A41.52", "R65.20", "J15.1"}, not: []string{"A41.9"}},
		{name: "usn11a-severe-sepsis-organism-after-comma", text: "Dx: Severe sepsis secondary to health care-associated pneumonia, Pseudomonas.", setting: model.Inpatient, want: []string{"A41.52", "R65.20", "J15.1"}, not: []string{"A41.9"}},
		{name: "usn11a-sepsis-organism-other-sentence", text: "Septic shock due to UTI. Also MSSA pneumonia.", setting: model.Inpatient, want: []string{"A41.9", "R65.21"}, not: []string{"A41.01"}},
		{name: "usn11a-sepsis-two-organisms", text: "Septic shock, MSSA pneumonia and E. coli pneumonia.", setting: model.Inpatient, want: []string{"A41.9", "R65.21"}, not: []string{"A41.01", "A41.51"}},
		{name: "usn11a-fragility-fracture-other-item", text: "A/P:\n1. Closed displaced fracture of right femoral neck - plan hemiarthroplasty.\n2. Age-related osteoporosis - this is a fragility fracture; start alendronate.", setting: model.Inpatient, want: []string{"M80.051A"}, not: []string{"S72.001A", "M81.0", "M80.00XA"}},
		{name: "usn11a-fragility-fracture-imaging-twin", text: "Imaging: displaced right femoral neck fracture (subcapital).\n\nA/P:\n1. Closed displaced fracture of right femoral neck - plan hemiarthroplasty.\n2. Age-related osteoporosis - this is a fragility fracture; start alendronate.", setting: model.Inpatient, want: []string{"M80.051A"}, not: []string{"S72.011A", "S72.001A", "M81.0"}},
		{name: "usn11a-osteoporosis-trauma-fracture", text: "A/P:\n1. Closed fracture of right femoral neck after a motor vehicle collision.\n2. Age-related osteoporosis - alendronate.", setting: model.Inpatient, want: []string{"S72.001A", "M81.0"}, not: []string{"M80.051A"}},
		{name: "usn11a-fragility-two-fractures", text: "A/P:\n1. Closed fracture of right femoral neck.\n2. Closed fracture of left distal radius.\n3. Age-related osteoporosis - fragility fracture.", setting: model.Inpatient, not: []string{"M80.051A", "M80.032A"}},
		{name: "usn11a-dka-without-coma-type-after-comma", text: "A/P:\n1. Diabetic ketoacidosis without coma, type 1 DM - insulin gtt per DKA protocol.", setting: model.Inpatient, want: []string{"E10.10"}, not: []string{"R40.20"}},
		{name: "usn11a-without-reaches-own-clause", text: "Type 1 diabetes without ketoacidosis, on insulin pump.", setting: model.Inpatient, not: []string{"E10.10"}},
		{name: "usn11a-sirs-with-infection-no-sepsis", text: "1. Acute pyelonephritis, left - ceftriaxone, follow cx. SIRS present but no sepsis.", setting: model.Inpatient, want: []string{"N10"}, not: []string{"R65.10", "A41.9"}},
		{name: "usn11a-sirs-noninfectious-cause-kept", text: "1. Acute pyelonephritis, left - ceftriaxone. SIRS present but no sepsis.\n2. Acute pancreatitis with SIRS.", setting: model.Inpatient, want: []string{"N10", "K85.90", "R65.10"}},
		{name: "usn11a-aki-likely-atn-inpatient", text: "A/P:\n1. AKI on CKD stage 3a - likely ATN.\n2. Hypertension with CKD - lisinopril held for AKI.", setting: model.Inpatient, want: []string{"N17.0"}, not: []string{"N17.9"}},
		{name: "usn11a-aki-likely-atn-outpatient", text: "A/P:\n1. AKI - likely ATN, recheck creatinine.\n2. Lisinopril held for AKI.", want: []string{"N17.9"}, not: []string{"N17.0"}},
	}...)
}
