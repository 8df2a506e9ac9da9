package coder

// Inpatient case-report phrasings (cdsp19), written for these cases: the
// translated adjective "lithiasic" is the index's "calculous".
func init() {
	cases = append(cases, []tc{
		// A lithiasic cholecystitis is a calculous one: gallstones with
		// cholecystitis, not cholecystitis alone.
		{name: "cdsp19-lithiasic-cholecystitis", setting: "inpatient", text: "She was admitted with a lithiasic cholecystitis and underwent cholecystectomy.", want: []string{"K80.10"}, not: []string{"K81.9"}},
		{name: "cdsp19-acute-lithiasic-cholecystitis", setting: "inpatient", text: "Ultrasound confirmed an acute lithiasic cholecystitis.", want: []string{"K80.00"}, not: []string{"K81.0"}},
	}...)
}
