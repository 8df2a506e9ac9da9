package coder

import "notecoder/cdi/model"

// Ruled out by the workup (ruledout.go, data/ruled_out.tsv): a diagnosis
// weighed during the stay and excluded by a negative test about it, or by a
// later denial of it, is not coded; II.H applies only to a diagnosis still
// uncertain at discharge. A negative result about another condition leaves
// the weighed one uncertain, and what the test did show stays coded.
func init() {
	cases = append(cases, []tc{
		{name: "ruledout-pe-cta-next-clause", text: "Hospital course: Tachycardic on day 2; PE was considered; CTA chest negative. Improved with fluids.", setting: model.Inpatient, not: []string{"I26.99"}},
		{name: "ruledout-pe-next-sentence", text: "Hospital course: Concern for pulmonary embolism given hypoxia. CT angiogram of the chest was negative.", setting: model.Inpatient, not: []string{"I26.99"}},
		{name: "ruledout-concerned-for-pe", text: "Hospital course: Initially concerned for PE; CTA chest negative for PE. Weaned to room air.", setting: model.Inpatient, not: []string{"I26.99"}},
		{name: "ruledout-pancreatitis-organ-tests", text: "Hospital course: Possible pancreatitis; lipase normal and CT abdomen unremarkable.", setting: model.Inpatient, not: []string{"K85.90"}},
		{name: "ruledout-dissection-was-a-concern", text: "Hospital course: Aortic dissection was a concern given back pain - CTA showed no dissection.", setting: model.Inpatient, not: []string{"I71.00"}},
		{name: "ruledout-dvt-duplex-site-read-late", text: "Hospital course: DVT was considered given calf swelling; venous duplex negative.", setting: model.Inpatient, not: []string{"I82.4Z9", "I82.409"}},
		{name: "ruledout-stroke-mri", text: "Hospital course: Stroke was considered for his confusion; MRI brain negative. Confusion cleared with hydration.", setting: model.Inpatient, not: []string{"I63.9"}},
		{name: "ruledout-ileus-so-excluded", text: "Hospital course: Postoperative ileus was considered but abdomen soft and tolerating diet, so excluded.", setting: model.Inpatient, not: []string{"K91.89", "K56.7"}},
		{name: "ruledout-seizure-eeg", text: "Hospital course: Possible seizure; EEG normal.", setting: model.Inpatient, not: []string{"R56.9"}},
		{name: "ruledout-evaluated-for-dvt", text: "Hospital course: Evaluated for DVT with duplex, which was negative.", setting: model.Inpatient, not: []string{"I82.409"}},
		{name: "ruledout-fracture-own-site-xray", text: "Hospital course: Possible left hip fracture after the fall; left hip x-ray negative.", setting: model.Inpatient, not: []string{"S72.002A"}},
		// A negative result about another condition does not exclude this one.
		{name: "ruledout-other-condition-kept", text: "Hospital course: Possible PE and possible pneumonia; CTA chest negative for PE.", setting: model.Inpatient, want: []string{"J18.9"}, not: []string{"I26.99"}},
	}...)
}
