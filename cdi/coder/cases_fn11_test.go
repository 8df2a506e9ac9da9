package coder

import "notecoder/cdi/model"

// A review of CodiEsp train false negatives (fn11), with notes written for
// these cases.
func init() {
	cases = append(cases, []tc{
		// The Table of Neoplasms' "femur (any part)" row prints no secondary
		// code; every other C40.2- row prints C79.51 (fillSecondaryCells).
		{name: "fn11-femoral-metastasis", text: "CT showed a lytic femoral metastasis from her breast carcinoma.", setting: model.Inpatient, want: []string{"C79.51", "C50.919"}},
		{name: "fn11-metastasis-femoral-neck", text: "Biopsy confirmed a metastasis in the left femoral neck from hepatocellular carcinoma.", setting: model.Inpatient, want: []string{"C79.51", "C22.0"}},
		{name: "fn11-femoral-node-metastasis", text: "Femoral lymph node metastases of a melanoma of the leg.", setting: model.Inpatient, want: []string{"C77.4"}, not: []string{"C79.51"}},
		{name: "fn11-femur-osteosarcoma", text: "Osteosarcoma of the right femur.", setting: model.Inpatient, want: []string{"C40.21"}, not: []string{"C79.51"}},
		// Microlithiasis of the kidney or bladder is its calculus written
		// small (abbrev.tsv); the index has the word only for the lung.
		{name: "fn11-renal-microlithiasis", text: "Ultrasound showed bilateral renal microlithiasis.", setting: model.Inpatient, want: []string{"N20.0"}},
		{name: "fn11-bladder-microlithiasis", text: "Cystoscopy found bladder microlithiasis.", want: []string{"N21.0"}},
		{name: "fn11-alveolar-microlithiasis", text: "Pulmonary alveolar microlithiasis.", want: []string{"J84.02"}, not: []string{"N20.9", "J98.4"}},
	}...)
}
