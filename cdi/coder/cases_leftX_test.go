package coder

import "notecoder/cdi/model"

// Known errors of the injury, external cause and complication review (leftX):
// a car's occupant is the External Cause Index's "Accident, transport, car
// occupant, driver|passenger, collision" though notes never say "occupant"
// (data/optional_words.tsv); a postoperative subcutaneous emphysema is the
// index's "postprocedural" one (T81.82), not the traumatic T79.7
// (data/title_alias.tsv, scoped to that entry); a subdural hygroma is no cystic lymphangioma (D18.1,
// data/other_sense.tsv); a dialysis fistula whose creation is planned is no
// fistula present (Z99.2, cdi/text/data/context.tsv).
func init() {
	cases = append(cases, []tc{
		{name: "leftX-car-passenger-collision", text: "Belted passenger in a car that collided with another car; contusion of the chest wall.", want: []string{"V43.62XA"}, not: []string{"V89.9XXA"}},
		{name: "leftX-car-driver-collision-car", text: "He was the driver of a car in a collision with another car and strained his neck.", want: []string{"V43.52XA"}, not: []string{"V89.9XXA"}},
		{name: "leftX-guard-pedestrian-collision", text: "Pedestrian in collision with another person on the sidewalk, abrasion of the left knee.", not: []string{"V49.9XXA", "V43.92XA"}},
		{name: "leftX-postop-subcut-emphysema", text: "Postoperative subcutaneous emphysema of the chest wall.", want: []string{"T81.82XA"}, not: []string{"T79.7XXA"}},
		{name: "leftX-guard-postop-course-septic-shock", text: "Septic shock from a perforated bowel, operated. Postoperative course uneventful with resolution of the shock.", setting: model.Inpatient, want: []string{"R65.21"}, not: []string{"T81.10XA"}},
		{name: "leftX-subdural-hygroma", text: "CT head shows a small left subdural hygroma.", not: []string{"D18.1"}},
		{name: "leftX-guard-cystic-hygroma", text: "Cystic hygroma of the neck.", want: []string{"D18.1"}},
		{name: "leftX-planned-av-fistula", text: "ESRD, not yet on dialysis; planned creation of a left radiocephalic AV fistula.", want: []string{"N18.6"}, not: []string{"Z99.2", "I77.0"}},
		{name: "leftX-guard-av-fistula-dialysis", text: "ESRD on hemodialysis through a left arm AV fistula.", want: []string{"N18.6", "Z99.2"}, not: []string{"I77.0"}},
	}...)
}
