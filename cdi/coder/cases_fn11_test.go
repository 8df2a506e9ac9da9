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
		// The drugs "Long-term drug therapy" lists by name are read from
		// the index (indexDrugRows); methotrexate from Z79.631's inclusion
		// term (longterm.tsv). A cue word still says the use is ongoing.
		{name: "fn11-longterm-infliximab", text: "Crohn disease of the ileum, currently under treatment with infliximab every 8 weeks.", want: []string{"Z79.620"}},
		{name: "fn11-longterm-etanercept", text: "Psoriatic arthritis. He is on etanercept weekly.", want: []string{"Z79.620"}},
		{name: "fn11-longterm-methotrexate", text: "Rheumatoid arthritis, stable on methotrexate once weekly.", want: []string{"Z79.631", "M06.9"}},
		{name: "fn11-chemo-started-not-longterm", text: "Small cell lung carcinoma. Treatment was initiated with cisplatin and etoposide.", setting: model.Inpatient, want: []string{"C34.90"}, not: []string{"Z79.630", "Z79.634"}},
	}...)
}
