package coder

import "notecoder/cdi/model"

// Leftovers other helpers reported (left22h), written for these cases.
func init() {
	cases = append(cases, []tc{
		// A patient waiting for an organ the note names has the awaiting
		// organ transplant status (Z76.82), not the status of a transplant
		// not yet received (Z94.-).
		{name: "left22h-awaiting-kidney-transplant", text: "End-stage renal disease on hemodialysis, awaiting kidney transplant.", setting: model.Inpatient, want: []string{"N18.6", "Z99.2", "Z76.82"}, not: []string{"Z94.0"}},
		{name: "left22h-listed-for-liver-transplant", text: "Decompensated alcoholic cirrhosis, listed for liver transplant.", setting: model.Outpatient, want: []string{"Z76.82"}, not: []string{"Z94.4"}},
		// Counted shocks are the defibrillator's, no circulatory shock.
		{name: "left22h-rosc-after-two-shocks", text: "Witnessed cardiac arrest, ROSC after two shocks.", setting: model.Inpatient, want: []string{"I46.9"}, not: []string{"R57.9"}},
		{name: "left22h-multiple-shocks-before-rosc", text: "Received multiple shocks before ROSC.", setting: model.Inpatient, not: []string{"R57.9"}},
		{name: "left22h-rosc-after-3-shocks", text: "Asystolic arrest converted to VF, ROSC after 3 shocks and epinephrine.", setting: model.Inpatient, not: []string{"R57.9"}},
	}...)
}
