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
		// "Free" denies the noun it is compounded with ("chest pain free"),
		// not the stented artery of the infarct in the list item before it.
		{name: "left22h-stemi-rca-stent-pain-free", text: "Inferior STEMI s/p RCA stent, chest pain free.", setting: model.Inpatient, want: []string{"I21.11"}, not: []string{"I21.3", "R07.9"}},
		{name: "left22h-back-pain-knee-pain-free", text: "Chronic low back pain, knee pain free after injection.", setting: model.Outpatient, want: []string{"M54.50"}},
		// The poisoning named before "with" is the arrest's documented
		// cause: "Arrest, cardiac, due to, other underlying condition".
		{name: "left22h-fentanyl-overdose-with-arrest", text: "Fentanyl overdose with cardiac arrest, intubated in the field.", setting: model.Inpatient, want: []string{"T40.411A", "I46.8"}, not: []string{"I46.9"}},
		{name: "left22h-hyperkalemia-leading-to-arrest", text: "Severe hyperkalemia leading to cardiac arrest.", setting: model.Inpatient, want: []string{"E87.5", "I46.8"}, not: []string{"I46.9"}},
		// The stage written at the end of the list item, after the site
		// and other particulars, is the ulcer's; a size before it is no
		// stage, and a stage written right after another condition is
		// that condition's.
		{name: "left22h-pressure-heel-poa-stage-3", text: "Pressure injury, right heel, present on admission, stage 3.", setting: model.Inpatient, want: []string{"L89.613"}, not: []string{"L89.619"}},
		{name: "left22h-sacral-ulcer-size-stage-3", text: "Sacral pressure ulcer, 2 x 3 cm, stage 3.", setting: model.Inpatient, want: []string{"L89.153"}, not: []string{"L89.159", "L89.152"}},
		{name: "left22h-sacral-ulcer-size-no-comma-stage-3", text: "Sacral pressure ulcer 2 x 3 cm stage 3, dressing changes daily.", setting: model.Inpatient, want: []string{"L89.153"}, not: []string{"L89.152"}},
		{name: "left22h-heel-stage-3-then-size", text: "Pressure injury right heel, stage 3, 2 x 2 cm, granulating.", setting: model.Inpatient, want: []string{"L89.613"}, not: []string{"L89.612"}},
	}...)
}
