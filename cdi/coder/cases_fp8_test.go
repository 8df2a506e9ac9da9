package coder

import "notecoder/cdi/model"

// Precision cases (fp8): names of rating scales, scores, screens, lab
// equations and questionnaires that hold a condition's name ("Glasgow coma
// scale", "CKD-EPI", "Beck depression inventory") are measurements, not
// diagnoses; a field named like a condition ("infectious disease consult")
// is a service; "was suspected of having" and "was thought to have" make
// what follows uncertain. Controls: the condition stated beside the test is
// still coded.
func init() {
	cases = append(cases, []tc{
		// Scales and scores (data/specialty.txt).
		{name: "fp8-gcs-no-coma", text: "Glasgow coma scale 15 on arrival after the fall.", not: []string{"R40.20"}},
		{name: "fp8-nihss-no-stroke", text: "NIH stroke scale 0 on repeat exam; symptoms resolved.", not: []string{"I63.9"}},
		{name: "fp8-epworth-no-somnolence", text: "Epworth sleepiness scale 14.", not: []string{"R40.0"}},
		{name: "fp8-gds-no-depression", text: "Geriatric depression scale 2/15, negative.", not: []string{"F32.A"}},
		{name: "fp8-pain-score", text: "Pain score 0/10 at discharge.", not: []string{"R52"}},
		{name: "fp8-meld-no-liver-failure", text: "Model for End-Stage Liver Disease score 12.", not: []string{"K72.10", "K72.90"}},
		{name: "fp8-depression-screen-then-diagnosis", text: "Depression screen positive; major depressive disorder, recurrent, moderate.", want: []string{"F33.1"}, not: []string{"F32.A"}},
		{name: "fp8-coma-itself", text: "Found unresponsive in a coma by EMS.", want: []string{"R40.20"}},
		// Lab equations and questionnaires written as abbreviations
		// (cdi/text/data/abbrev.tsv) or after their authors
		// (data/other_sense.tsv).
		{name: "fp8-ckd-epi-no-ckd", text: "eGFR 88 mL/min by CKD-EPI.", not: []string{"N18.9"}},
		{name: "fp8-ckd-epi-with-stage", text: "Chronic kidney disease stage 3b, eGFR 40 by CKD-EPI.", want: []string{"N18.32"}, not: []string{"N18.9"}},
		{name: "fp8-mdrd-no-kidney-disorder", text: "eGFR by MDRD (Modification of Diet in Renal Disease) 70 mL/min.", not: []string{"N28.9", "N18.9"}},
		{name: "fp8-gad7-phq9", text: "GAD-7 score 4 and PHQ-9 score 3 today.", not: []string{"F41.1", "F32.A", "F41.9"}},
		{name: "fp8-gad-with-gad7", text: "Generalized anxiety disorder, GAD-7 of 15 today.", want: []string{"F41.1"}},
		{name: "fp8-hamilton-beck", text: "Hamilton depression rating 9 and Beck anxiety inventory 5.", not: []string{"F32.A", "F41.9"}},
		// A field named like a condition.
		{name: "fp8-id-consult", text: "Infectious disease consult recommended six weeks of cefazolin.", not: []string{"B99.9"}},
		// "Suspected of having", "thought to have" (cdi/text/data/context.tsv):
		// uncertain, so not coded outpatient (IV.H) and coded inpatient (II.H).
		{name: "fp8-suspected-of-having", text: "The patient was suspected of having a fracture of the wrist and was sent for films.", not: []string{"S62.109A", "T14.8XXA"}},
		{name: "fp8-suspected-of-having-inpatient", setting: model.Inpatient, text: "The patient was suspected of having a fracture of the wrist and was sent for films.", want: []string{"S62.109A"}},
		{name: "fp8-thought-to-have", text: "She was thought to have a urinary tract infection and was started on nitrofurantoin.", not: []string{"N39.0"}},
	}...)
}
