package coder

import "notecoder/cdi/model"

// Core cases (core): a past condition kept under its own code (no history Z
// code names it) does not combine with, absorb, or supply an etiology for a
// current one: combination codes describe conditions the patient has now
// (I.A.15, I.C.9.a); the past belongs to Z85-Z87. Possible findings combine
// only inpatient (II.H), where they are coded at all; family and negated
// findings never. HIV with a past HIV-related illness is still B20
// (I.C.1.a.2.g).
func init() {
	cases = append(cases, []tc{
		{name: "core-past-hf-htn", text: "Hypertension. History of heart failure, resolved.", want: []string{"I10", "I50.9"}, not: []string{"I11.0"}},
		{name: "core-past-hf-htn-inp", setting: model.Inpatient, text: "Hypertension. History of heart failure, resolved.", want: []string{"I10", "I50.9"}, not: []string{"I11.0"}},
		{name: "core-past-angina-cad", text: "Coronary artery disease. Angina in the past, resolved after stenting.", want: []string{"I25.10"}, not: []string{"I25.119"}},
		{name: "core-past-agitation-dementia", text: "Dementia. History of agitation.", want: []string{"F03.90"}, not: []string{"F03.911"}},
		{name: "core-past-disc-radiculopathy", text: "History of lumbar disc herniation. Current lumbar radiculopathy.", want: []string{"M54.16"}, not: []string{"M51.16"}},
		{name: "core-past-lbp-sciatica", text: "History of low back pain. Sciatica on the right.", want: []string{"M54.31"}, not: []string{"M54.41"}},
		{name: "core-past-septic-shock-no-etiology", text: "History of septic shock. Now pneumonia.", want: []string{"J18.9"}, not: []string{"A41.9"}},
		// Both past: one past combination.
		{name: "core-past-both-disc-radiculopathy", text: "History of lumbar disc herniation with radiculopathy, resolved.", want: []string{"M51.16"}, not: []string{"M51.26", "M54.16"}},
		// Current conditions still combine, whatever section names them.
		{name: "core-now-htn-hf", text: "Hypertension. Heart failure.", want: []string{"I11.0", "I50.9"}, not: []string{"I10"}},
		{name: "core-lifelong-ckd-dm", text: "Type 2 diabetes. History of chronic kidney disease.", want: []string{"E11.22", "N18.9"}},
		{name: "core-hiv-past-tb", text: "History of pulmonary tuberculosis in 2007. HIV positive.", want: []string{"B20"}, not: []string{"Z21"}},
		{name: "core-hiv-past-tb-inp", setting: model.Inpatient, text: "History of pulmonary tuberculosis in 2007. HIV positive.", want: []string{"B20"}, not: []string{"Z21"}},
		{name: "core-possible-ckd-dm-outp", text: "Type 2 diabetes. Possible chronic kidney disease.", want: []string{"E11.9"}, not: []string{"E11.22", "N18.9"}},
		{name: "core-possible-ckd-dm-inp", setting: model.Inpatient, text: "Type 2 diabetes. Possible chronic kidney disease.", want: []string{"E11.22", "N18.9"}},
		{name: "core-possible-hf-htn-outp", text: "Hypertension. Rule out heart failure.", want: []string{"I10"}, not: []string{"I11.0"}},
		{name: "core-family-ckd-htn", text: "Hypertension. Family history of chronic kidney disease.", want: []string{"I10", "Z84.19"}, not: []string{"I12.9", "Z84.11"}},
		{name: "core-family-ckd-htn-inp", setting: model.Inpatient, text: "Hypertension. Family history of chronic kidney disease.", want: []string{"I10", "Z84.19"}, not: []string{"I12.9", "Z84.11"}},
		{name: "core-negated-ckd-htn", text: "Hypertension. No chronic kidney disease.", want: []string{"I10"}, not: []string{"I12.9", "N18.9"}},
		{name: "core-negated-ckd-htn-inp", setting: model.Inpatient, text: "Hypertension. No chronic kidney disease.", want: []string{"I10"}, not: []string{"I12.9", "N18.9"}},
	}...)
}

// A mention that holds a backward trigger names that act itself: a like
// trigger after it ("vaccine") is the same act, not a hypothetical.
func init() {
	cases = append(cases, []tc{
		{name: "core-z23-vaccine-given", text: "Encounter for immunization, influenza vaccine given.", want: []string{"Z23"}, not: []string{"J11.1"}},
		{name: "core-vaccine-disease-hypothetical", text: "Influenza vaccine given today.", not: []string{"J11.1"}},
	}...)
}

// Hypertensive heart and chronic kidney disease (I13) read as one entry takes
// the heart failure and CKD stage documented elsewhere in the note, as the
// index's "Hypertension, cardiorenal" subterms do (I.C.9.a.3); a past heart
// failure does not.
func init() {
	cases = append(cases, []tc{
		{name: "core-cardiorenal-esrd", text: "Hypertensive heart and chronic kidney disease. End stage renal disease.", want: []string{"I13.11", "N18.6"}, not: []string{"I13.10"}},
		{name: "core-cardiorenal-hf-ckd5", text: "Hypertensive heart and chronic kidney disease with heart failure. Chronic kidney disease stage 5.", want: []string{"I13.2", "I50.9", "N18.5"}, not: []string{"I13.0"}},
		{name: "core-cardiorenal-chf", text: "Hypertensive heart and chronic kidney disease. Congestive heart failure.", want: []string{"I13.0", "I50.9"}, not: []string{"I13.10"}},
		{name: "core-cardiorenal-ckd5-dhf", setting: model.Inpatient, text: "Hypertensive cardiorenal disease. Chronic kidney disease stage 5. Diastolic heart failure.", want: []string{"I13.2", "N18.5", "I50.30"}, not: []string{"I13.10", "I13.11"}},
		{name: "core-cardiorenal-past-hf", text: "Hypertensive heart and chronic kidney disease. History of heart failure, resolved.", want: []string{"I13.10"}, not: []string{"I13.0"}},
	}...)
}

// A see reference from an entry "A, with B" to B's entry reads B's "with A"
// subterm when the note's words that led to it make it up: "heart failure
// due to hypertension" reaches "Hypertension, heart" through "Failure,
// heart, with hypertension" and is I11.0, not I11.9 (I.C.9.a.1); "heart" that
// led to "Hypertension, heart, with kidney disease - see Hypertension,
// cardiorenal" is read again by that entry's "with heart failure" (I13.x).
func init() {
	cases = append(cases, []tc{
		{name: "core-hf-due-to-htn", text: "Heart failure due to hypertension.", want: []string{"I11.0"}, not: []string{"I11.9"}},
		{name: "core-hf-with-htn", text: "Heart failure with hypertension.", want: []string{"I11.0"}, not: []string{"I11.9"}},
		{name: "core-htn-hf-ckd5", setting: model.Inpatient, text: "Hypertension with heart failure and chronic kidney disease stage 5.", want: []string{"I13.2", "N18.5"}, not: []string{"I13.10", "I13.11"}},
		{name: "core-htn-heart-ckd-no-hf", text: "Hypertensive heart and chronic kidney disease.", want: []string{"I13.10"}, not: []string{"I13.0"}},
	}...)
}

// The code of the entry that led to a combination code, or of the main
// term its "with" subterm names, is reported beside it where the tabular
// pairs them (I11.0 "use additional code" I50.-; K31.84 "code first"
// E11.43); not where it does not (N28.9 beside E11.21).
func init() {
	cases = append(cases, []tc{
		{name: "core-htn-with-hf-i50", text: "Hypertension with heart failure.", want: []string{"I11.0", "I50.9"}},
		{name: "core-hf-due-htn-i50", text: "Heart failure due to hypertension.", want: []string{"I11.0", "I50.9"}},
		{name: "core-htn-diastolic-hf", text: "Hypertension with diastolic heart failure.", want: []string{"I11.0", "I50.30"}, not: []string{"I50.9"}},
		{name: "core-diabetic-gastroparesis", text: "Diabetic gastroparesis.", want: []string{"E11.43", "K31.84"}},
		{name: "core-dm2-with-gastroparesis", text: "Type 2 diabetes with gastroparesis.", want: []string{"E11.43", "K31.84"}},
		{name: "core-diabetic-nephropathy", text: "Diabetic nephropathy.", want: []string{"E11.21"}, not: []string{"N28.9", "E11.9"}},
		{name: "core-dm1-retinopathy", text: "Type 1 diabetes with retinopathy.", want: []string{"E10.319"}, not: []string{"H35.00", "E10.9"}},
		{name: "core-dm-foot-ulcer", text: "Type 2 diabetes with foot ulcer of the right heel.", want: []string{"E11.621", "L97.419"}},
	}...)
}

// Diabetes "with" across the note, derived from the index's "Diabetes,
// <type>, with" subterms that name one code (I.A.15): the combination
// replaces the unspecified diabetes code; the partner stays where the
// tabular asks for it (K31.84 code first E11.43, E11.69 use additional)
// and is part of the combination otherwise (I73.9 in E11.51). A past,
// family, negated or (outpatient) possible partner does not combine.
func init() {
	cases = append(cases, []tc{
		{name: "core-dmw-pad", text: "Type 2 diabetes. Peripheral arterial disease.", want: []string{"E11.51"}, not: []string{"E11.9", "I73.9"}},
		{name: "core-dmw-pvd-with", text: "Type 2 diabetes with peripheral vascular disease.", want: []string{"E11.51"}, not: []string{"E11.9", "I73.9"}},
		{name: "core-dmw-gastroparesis", text: "Type 2 diabetes. Gastroparesis.", want: []string{"E11.43", "K31.84"}, not: []string{"E11.9"}},
		{name: "core-dmw-second-complication", text: "Type 2 diabetes with diabetic polyneuropathy. Gastroparesis.", want: []string{"E11.42", "E11.43", "K31.84"}},
		{name: "core-dmw-neuropathy", text: "Type 2 diabetes with hyperglycemia and neuropathy.", want: []string{"E11.65", "E11.40"}, not: []string{"G62.9"}},
		{name: "core-dmw-osteomyelitis", text: "Type 1 diabetes. Osteomyelitis of the left foot.", want: []string{"E10.69", "M86.9"}, not: []string{"E10.9"}},
		{name: "core-dmw-hypoglycemia-t1", text: "Type 1 diabetes. Hypoglycemia.", want: []string{"E10.649"}, not: []string{"E16.2", "E10.9"}},
		{name: "core-dmw-past", text: "Type 2 diabetes. History of gastroparesis, resolved.", want: []string{"E11.9"}, not: []string{"E11.43"}},
		{name: "core-dmw-family", text: "Type 2 diabetes. Family history of gastroparesis.", want: []string{"E11.9"}, not: []string{"E11.43"}},
		{name: "core-dmw-negated", text: "Type 2 diabetes. No neuropathy.", want: []string{"E11.9"}, not: []string{"E11.40"}},
		{name: "core-dmw-possible-outp", text: "Type 2 diabetes. Possible peripheral neuropathy.", want: []string{"E11.9"}, not: []string{"E11.40"}},
		{name: "core-dmw-possible-inp", setting: model.Inpatient, text: "Type 2 diabetes. Possible peripheral neuropathy.", want: []string{"E11.40"}, not: []string{"E11.9"}},
	}...)
}

// A diabetic retinopathy whose eye the note does not give takes 7th
// character 9 (unspecified eye), not 3 (bilateral); a side or both eyes
// named still choose theirs.
func init() {
	cases = append(cases, []tc{
		{name: "core-dr-eye-unspecified", text: "Type 2 diabetes with proliferative retinopathy with macular edema.", want: []string{"E11.3519"}, not: []string{"E11.3513"}},
		{name: "core-dr-eye-right", text: "Type 2 diabetes with moderate nonproliferative retinopathy of the right eye.", want: []string{"E11.3391"}},
		{name: "core-dr-eye-both", text: "Type 2 diabetes with moderate nonproliferative retinopathy in both eyes.", want: []string{"E11.3393"}},
	}...)
}
