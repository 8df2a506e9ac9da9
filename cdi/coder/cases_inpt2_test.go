package coder

import "notecoder/cdi/model"

// Inpatient sepsis, encephalopathy, withdrawal and history lines (inpt2):
// a clause naming the source of a diagnosis ("source likely ...") is no
// subterm of it, and the nearby lines that must keep their codes.
func init() {
	cases = append(cases, []tc{
		{name: "inpt2-severe-sepsis-source-abd", text: "Assessment: severe sepsis, source likely intra-abdominal.", setting: model.Inpatient, want: []string{"R65.20", "A41.9"}, not: []string{"K65.1"}},
		{name: "inpt2-severe-sepsis-source-lung", text: "1. Severe sepsis, source pulmonary.", setting: model.Inpatient, want: []string{"R65.20", "A41.9"}},
		{name: "inpt2-intra-abd-sepsis", text: "Assessment: intra-abdominal sepsis.", setting: model.Inpatient, want: []string{"K65.1"}},
	}...)
}
