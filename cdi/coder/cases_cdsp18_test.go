package coder

// Inpatient case-report phrasings (cdsp18), written for these cases: a comma
// and "other"/"the rest" turn to the findings besides the one named before,
// so a later "negative" does not deny it.
func init() {
	cases = append(cases, []tc{
		// The hepatitis serology is positive; "the others" were the
		// negative ones.
		{name: "cdsp18-positive-then-others-negative", setting: "inpatient", text: "Serologic testing was positive for hepatitis C virus, the others negative, and cryoglobulins were found.", want: []string{"B19.20"}},
		{name: "cdsp18-positive-then-other-negative", setting: "inpatient", text: "Urine culture positive for Escherichia coli, other cultures negative.", want: []string{"R82.79", "B96.20"}},
		{name: "cdsp18-positive-then-rest-negative", setting: "inpatient", text: "Blood cultures grew Staphylococcus aureus sepsis, the rest negative.", want: []string{"A41.01"}},
	}...)
}
