package coder

import "notecoder/cdi/model"

// A finding said once of a list of labs ("elevated AST, ALT and alkaline
// phosphatase") is coded for each lab: each item of the list after a list
// head (data/list_heads.txt) is read with the head alone. The index's liver
// tests ("Elevated, liver function, test, bilirubin") are read by the test's
// name (data/redirect.tsv). A clause after the list that names no lab adds
// nothing.
func init() {
	cases = append(cases, []tc{
		{name: "outpt9-list-ast-alt-alk", text: "Elevated AST, ALT and alkaline phosphatase.", want: []string{"R74.01", "R74.8"}},
		{name: "outpt9-list-lipase-bilirubin", text: "Labs notable for elevated lipase and bilirubin.", want: []string{"R74.8", "R17"}},
		{name: "outpt9-list-bilirubin-lipase", text: "Elevated bilirubin and lipase.", want: []string{"R17", "R74.8"}},
		{name: "outpt9-list-crp-esr-referral", text: "Assessment: elevated CRP and ESR, rheumatology referral.", want: []string{"R79.82", "R70.0"}},
		{name: "outpt9-list-ck-creatinine", text: "Elevated CK and creatinine.", want: []string{"R74.8", "R94.4"}},
		{name: "outpt9-list-bp-diabetes", text: "Elevated blood pressure and diabetes.", want: []string{"R03.0", "E11.9"}},
	}...)
}

// Labs the index does not name, read as the entry whose code covers them
// (data/lab_kids.tsv): creatine kinase is a specified serum enzyme (R74.8), a
// natriuretic peptide a blood chemistry value (R79.89), serum creatinine a
// kidney function test (R94.4, routine to a kidney failure coded beside it),
// a positive ANA an immunological finding in serum (R76.89). A bare value is
// no finding.
func init() {
	cases = append(cases, []tc{
		{name: "outpt9-elevated-ck", text: "Assessment: elevated CK, on a statin.", want: []string{"R74.8"}},
		{name: "outpt9-elevated-cpk", text: "Elevated CPK.", want: []string{"R74.8"}},
		{name: "outpt9-elevated-bnp", text: "Assessment: elevated BNP, echo ordered.", want: []string{"R79.89"}},
		{name: "outpt9-elevated-ntprobnp", text: "Elevated NT-proBNP.", want: []string{"R79.89"}},
		{name: "outpt9-elevated-creatinine", text: "Assessment: elevated creatinine, repeat BMP.", want: []string{"R94.4"}},
		{name: "outpt9-creatinine-elevated", text: "Creatinine elevated.", want: []string{"R94.4"}},
		{name: "outpt9-creatinine-aki", text: "Elevated creatinine due to AKI.", want: []string{"N17.9"}, not: []string{"R94.4"}},
		{name: "outpt9-creatinine-value", text: "Labs: creatinine 1.1, CK 150.", not: []string{"R94.4", "R74.8"}},
		{name: "outpt9-creatinine-not-elevated", text: "Creatinine not elevated.", not: []string{"R94.4"}},
		{name: "outpt9-positive-ana", text: "Assessment: positive ANA, refer to rheumatology.", want: []string{"R76.89"}},
		{name: "outpt9-ana-positive", text: "ANA positive.", want: []string{"R76.89"}},
		{name: "outpt9-ana-negative", text: "ANA negative.", not: []string{"R76.89"}},
	}...)
}

// Weight loss named as the plan's aim ("we discussed weight loss", "goal is
// weight loss", "intentional weight loss") is no abnormal weight loss
// (R63.4); a loss the patient has had stays one.
func init() {
	cases = append(cases, []tc{
		{name: "outpt9-discussed-weight-loss", text: "Obesity. We discussed weight loss.", want: []string{"E66.9"}, not: []string{"R63.4"}},
		{name: "outpt9-discussed-weight-loss-exercise", text: "Discussed weight loss and exercise.", not: []string{"R63.4"}},
		{name: "outpt9-weight-loss-was-discussed", text: "Weight loss was discussed.", not: []string{"R63.4"}},
		{name: "outpt9-recommend-weight-loss", text: "Recommend weight loss of 10 pounds.", not: []string{"R63.4"}},
		{name: "outpt9-goal-weight-loss", text: "Goal is weight loss.", not: []string{"R63.4"}},
		{name: "outpt9-intentional-weight-loss", text: "Intentional weight loss of 20 pounds with diet.", not: []string{"R63.4"}},
		{name: "outpt9-reports-weight-loss", text: "Patient reports weight loss.", want: []string{"R63.4"}},
		{name: "outpt9-discussed-her-weight-loss", text: "We discussed her weight loss of 10 pounds since last visit.", want: []string{"R63.4"}},
		{name: "outpt9-unintentional-weight-loss", text: "Unintentional weight loss.", want: []string{"R63.4"}},
	}...)
}

// Specialty sites and kinds the index gives: a stable proliferative diabetic
// retinopathy is its own "with" subterm (E11.355-), whose title repeats the
// words of the entries above it; a one-sided sensorineural hearing loss is
// H90.4- (the category's conductive and sensorineural children divide by
// those words though a mixed child names both); a joint disorder of the
// foot or hand is the index's "foot joint", "hand joint".
func init() {
	cases = append(cases, []tc{
		{name: "outpt9-stable-pdr", text: "Type 2 diabetes with stable PDR.", want: []string{"E11.3559"}, not: []string{"E11.3599"}},
		{name: "outpt9-stable-pdr-words", text: "Type 2 diabetes with stable proliferative diabetic retinopathy, left eye.", want: []string{"E11.3552"}},
		{name: "outpt9-stable-pdr-ou", text: "Stable PDR OU.", want: []string{"E11.3553"}},
		{name: "outpt9-pdr-not-stable", text: "Type 2 diabetes with PDR, right eye.", want: []string{"E11.3591"}, not: []string{"E11.3551"}},
		{name: "outpt9-left-snhl", text: "Left SNHL.", want: []string{"H90.42"}, not: []string{"H90.5"}},
		{name: "outpt9-snhl-unilateral-left", text: "Sensorineural hearing loss, unilateral, left ear.", want: []string{"H90.42"}, not: []string{"H90.12"}},
		{name: "outpt9-right-snhl", text: "Right sensorineural hearing loss.", want: []string{"H90.41"}},
		{name: "outpt9-left-conductive", text: "Left conductive hearing loss.", want: []string{"H90.12"}},
		{name: "outpt9-bilateral-snhl", text: "Bilateral SNHL.", want: []string{"H90.3"}},
		{name: "outpt9-gout-foot", text: "Gout of the foot.", want: []string{"M10.079"}, not: []string{"M10.9"}},
		{name: "outpt9-gout-left-foot", text: "Gout flare, left foot.", want: []string{"M10.072"}},
		{name: "outpt9-chronic-gout-foot", text: "Chronic gout of the left foot.", want: []string{"M1A.0720"}},
		{name: "outpt9-oa-right-hand", text: "Osteoarthritis of the right hand.", want: []string{"M19.041"}},
		{name: "outpt9-foot-pain-stays", text: "Right foot pain.", want: []string{"M79.671"}},
	}...)
}

// A Glasgow coma scale total score is the R40.24- subcategory of its range,
// with the 7th character for when it was recorded ("in the field", "on
// arrival", "on admission"; none said: unspecified time), reported with a
// traumatic brain injury or head injury (I.C.18.e.1), only the first score,
// never for a sedated patient and not from the number alone.
func init() {
	cases = append(cases, []tc{
		{name: "outpt9-gcs-head-injury", text: "Closed head injury. GCS 8.", setting: model.Inpatient, want: []string{"S09.90XA", "R40.2430"}},
		{name: "outpt9-gcs-of-arrival", text: "Traumatic subdural hematoma. GCS of 12 on arrival.", setting: model.Inpatient, want: []string{"R40.2422"}},
		{name: "outpt9-gcs-field", text: "Concussion. Glasgow coma scale 15 in the field.", want: []string{"R40.2411"}},
		{name: "outpt9-gcs-admission-first", text: "Skull fracture. GCS 7 on admission, GCS 10 the next day.", setting: model.Inpatient, want: []string{"R40.2433"}, not: []string{"R40.2423"}},
		{name: "outpt9-gcs-ed", text: "Subdural hematoma after a fall. GCS 14 in the ED.", setting: model.Inpatient, want: []string{"R40.2412"}},
		{name: "outpt9-gcs-alone", text: "GCS 8.", setting: model.Inpatient, not: []string{"R40.2430"}},
		{name: "outpt9-gcs-no-tbi", text: "Pneumonia. GCS 15.", setting: model.Inpatient, not: []string{"R40.2410"}},
		{name: "outpt9-gcs-sedated", text: "Traumatic brain injury, intubated and sedated, GCS 3.", setting: model.Inpatient, not: []string{"R40.2430"}},
		{name: "outpt9-gcs-out-of-range", text: "Head injury. GCS 20.", setting: model.Inpatient, not: []string{"R40.2410", "R40.2420", "R40.2430"}},
	}...)
}

// An abbreviation is one word of the note: the clauses that qualify it are
// counted from its end, so "POAG, moderate stage OD" reads the eye after the
// stage as "POAG OD, moderate stage" does.
func init() {
	cases = append(cases, []tc{
		{name: "outpt9-poag-stage-od", text: "POAG, moderate stage OD.", want: []string{"H40.1112"}, not: []string{"H40.1192"}},
		{name: "outpt9-poag-stage-left-eye", text: "POAG, severe stage, left eye.", want: []string{"H40.1123"}, not: []string{"H40.1193"}},
		{name: "outpt9-poag-od-stage", text: "POAG OD, moderate stage.", want: []string{"H40.1112"}},
	}...)
}

// Bilateral glaucoma documented with a different stage for each eye is
// coded for each eye (guideline I.C.7.a.3, data/per_side.txt); the same
// stage for both, or one eye, keeps one code.
func init() {
	cases = append(cases, []tc{
		{name: "outpt9-poag-two-stages", text: "POAG, moderate stage OD, severe stage OS.", want: []string{"H40.1112", "H40.1123"}, not: []string{"H40.1192", "H40.1132", "H40.1133"}},
		{name: "outpt9-poag-two-stages-words", text: "Primary open-angle glaucoma, mild stage right eye, severe stage left eye.", want: []string{"H40.1111", "H40.1123"}},
		{name: "outpt9-cacg-two-stages", text: "Chronic angle-closure glaucoma, mild stage OD, moderate stage OS.", want: []string{"H40.2211", "H40.2222"}},
		{name: "outpt9-poag-ou-one-stage", text: "POAG OU, moderate stage.", want: []string{"H40.1132"}, not: []string{"H40.1112", "H40.1122"}},
	}...)
}
