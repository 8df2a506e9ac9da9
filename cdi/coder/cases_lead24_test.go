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
