package coder

// Seventh-session cases (inj): injury lines as an emergency physician writes
// them in an assessment, and qualifiers written with "no".
func init() {
	cases = append(cases, []tc{
		// A qualifying "no" after a comma or "with" reads as the index's
		// "without" (the "with X" subterm does not apply); a "no" that opens
		// a sentence is a negation and leaves the next condition alone.
		{name: "inj-laceration-no-foreign-body", text: "Assessment: Laceration of the scalp, 3 cm, no foreign body.", want: []string{"S01.01XA"}, not: []string{"S01.02XA"}},
		{name: "inj-laceration-with-foreign-body", text: "Assessment: Laceration of the scalp with foreign body.", want: []string{"S01.02XA"}},
		{name: "inj-concussion-no-loc", text: "Assessment: Concussion, no loss of consciousness.", want: []string{"S06.0X0A"}},
		{name: "inj-dm-no-complications", text: "Assessment: Type 2 diabetes, no complications.", want: []string{"E11.9"}, not: []string{"E11.8"}},
		{name: "inj-hernia-with-no-obstruction", text: "Assessment: Inguinal hernia with no obstruction or gangrene.", want: []string{"K40.90"}, not: []string{"K40.30", "K40.40"}},
		{name: "inj-no-opens-sentence", text: "No fever and the patient presented abdominal pain.", want: []string{"R10.9"}, not: []string{"R50.9"}},
	}...)
}
