package coder

import "notecoder/cdi/model"

// Integral-sign cases (guide8, guideline I.B.5): confusion, disorientation
// and an altered mental status are what an encephalopathy or a delirium is,
// so they are not coded beside one; beside another condition (a urinary
// tract infection) they are. A condition an inpatient stay's hospital
// course or discharge diagnoses call resolved is this admission's (the stay
// treated it), unless the sentence names a past history.
func init() {
	cases = append(cases, []tc{
		{name: "guide8-confusion-metabolic-enceph", text: "Confusion due to metabolic encephalopathy.", setting: model.Inpatient, want: []string{"G93.41"}, not: []string{"R41.0"}},
		{name: "guide8-ams-toxic-enceph", text: "Altered mental status. Toxic encephalopathy.", setting: model.Inpatient, want: []string{"G92.9"}, not: []string{"R41.82"}},
		{name: "guide8-confusion-delirium", text: "Delirium due to UTI with confusion.", setting: model.Inpatient, want: []string{"F05", "N39.0"}, not: []string{"R41.0"}},
		// A condition the stay treated and resolved is this admission's.
		{name: "guide8-stay-resolved-dc-dx", text: "DISCHARGE DIAGNOSES:\n1. Acute metabolic encephalopathy, resolved.\n2. Hypokalemia, resolved.", setting: model.Inpatient, want: []string{"G93.41", "E87.6"}, not: []string{"Z86.69"}},
		{name: "guide8-stay-resolved-course", text: "HOSPITAL COURSE: Her acute kidney injury resolved with IV fluids.", setting: model.Inpatient, want: []string{"N17.9"}},
		{name: "guide8-stay-history-resolved", text: "HOSPITAL COURSE: History of DVT, resolved.", setting: model.Inpatient, want: []string{"Z86.718"}},
		{name: "guide8-office-resolved-history", text: "Pneumonia, resolved.", want: []string{"Z87.01"}, not: []string{"J18.9"}},
		{name: "guide8-confusion-uti-kept", text: "Confusion. Urinary tract infection.", setting: model.Inpatient, want: []string{"R41.0", "N39.0"}},
	}...)
}
