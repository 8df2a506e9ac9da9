package coder

import "notecoder/cdi/model"

// (lead24) The outpatient "deficit after a stroke" reading (sequela.tsv
// since rows) must not take an ED visit's present stroke for an old one.
func init() {
	cases = append(cases, []tc{
		{name: "lead24 ED stroke symptoms began is the present stroke",
			text:    "ED visit: acute onset left facial droop and slurred speech 2 hours after stroke symptoms began; code stroke called. Acute ischemic stroke.",
			setting: model.Outpatient,
			want:    []string{"I63.9"}, not: []string{"I69.392", "I69.328"}},
		{name: "lead24 onset word after the stroke keeps it current",
			text:    "ED visit: slurred speech 2 hours after stroke symptoms began. Stroke.",
			setting: model.Outpatient,
			want:    []string{"I63.9"}, not: []string{"I69.328", "I69.392"}},
		{name: "lead24 dysphagia after stroke stays a sequela",
			text:    "Dysphagia after stroke.",
			setting: model.Outpatient,
			want:    []string{"I69.391"}, not: []string{"I63.9"}},
	}...)
}

// (lead24) A contact's disease is the other person's; the contact is the
// patient's (context.tsv "contact of a patient with").
func init() {
	cases = append(cases, []tc{
		{name: "lead24 household contact of a patient with TB",
			text:    "Household contact of a patient with active pulmonary TB. PPD negative.",
			setting: model.Outpatient,
			want:    []string{"Z20.1"}, not: []string{"A15.0"}},
		{name: "lead24 exposed to a patient with TB is not TB",
			text:    "Nurse exposed to a patient with active pulmonary TB last week; asymptomatic.",
			setting: model.Outpatient,
			not:     []string{"A15.0"}},
	}...)
}
