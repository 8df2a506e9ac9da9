package coder

import "notecoder/cdi/model"

// Integral-sign cases (guide8, guideline I.B.5): confusion, disorientation
// and an altered mental status are what an encephalopathy or a delirium is,
// so they are not coded beside one; beside another condition (a urinary
// tract infection) they are.
func init() {
	cases = append(cases, []tc{
		{name: "guide8-confusion-metabolic-enceph", text: "Confusion due to metabolic encephalopathy.", setting: model.Inpatient, want: []string{"G93.41"}, not: []string{"R41.0"}},
		{name: "guide8-ams-toxic-enceph", text: "Altered mental status. Toxic encephalopathy.", setting: model.Inpatient, want: []string{"G92.9"}, not: []string{"R41.82"}},
		{name: "guide8-confusion-delirium", text: "Delirium due to UTI with confusion.", setting: model.Inpatient, want: []string{"F05", "N39.0"}, not: []string{"R41.0"}},
		{name: "guide8-confusion-uti-kept", text: "Confusion. Urinary tract infection.", setting: model.Inpatient, want: []string{"R41.0", "N39.0"}},
	}...)
}
