package coder

// Inpatient case-report phrasings (cdsp19), written for these cases: the
// translated adjectives "lithiasic" (the index's "calculous") and "tumoral"
// (the tumor's own adjective), and "coraliform" (the staghorn calculus).
func init() {
	cases = append(cases, []tc{
		// A lithiasic cholecystitis is a calculous one: gallstones with
		// cholecystitis, not cholecystitis alone.
		{name: "cdsp19-lithiasic-cholecystitis", setting: "inpatient", text: "She was admitted with a lithiasic cholecystitis and underwent cholecystectomy.", want: []string{"K80.10"}, not: []string{"K81.9"}},
		{name: "cdsp19-acute-lithiasic-cholecystitis", setting: "inpatient", text: "Ultrasound confirmed an acute lithiasic cholecystitis.", want: []string{"K80.00"}, not: []string{"K81.0"}},
		// A tumoral lesion of an organ is a tumor of that organ, not a
		// disorder of it.
		{name: "cdsp19-tumoral-lesion-bladder", setting: "inpatient", text: "Cystoscopy showed tumoral lesions of the bladder wall.", want: []string{"D49.4"}, not: []string{"N32.9"}},
		{name: "cdsp19-tumoral-mass-kidney", setting: "inpatient", text: "CT found a tumoral mass in the left kidney.", want: []string{"D49.512"}, not: []string{"N28.89"}},
		// A coraliform stone is the staghorn calculus, a kidney stone.
		{name: "cdsp19-coraliform-lithiasis", setting: "inpatient", text: "The scan showed a coraliform lithiasis.", want: []string{"N20.0"}},
	}...)
}
