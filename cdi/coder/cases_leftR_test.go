package coder

import "notecoder/cdi/model"

// Clinic and general errors (leftR), in own words: qualifiers before an
// aside in brackets, a denial that ends at a problem list's dash, an "on"
// said of every drug of a list, a test whose results are awaited, the HPV
// abbreviation read as the virus, a screening up to date, and the facial
// pain of a trigeminal neuralgia, a Graves disease and its storm written
// apart.
func init() {
	cases = append(cases, []tc{
		// The aside in brackets lists what the episode shows; the
		// qualifiers before it still name the episode and its severity.
		{name: "leftR-bipolar-paren-aside", text: "Bipolar I disorder, current episode depressed, moderate severity (poor sleep, low energy, hypersomnia).", want: []string{"F31.32"}, not: []string{"F31.9"}},
		// The denial before a problem list's dash does not reach the
		// drug named after it.
		{name: "leftR-dash-drug", text: "No functional impairment - oxaliplatin-induced peripheral neuropathy.", want: []string{"T45.1X5A", "G62.0"}},
		// "on" is said of each drug of the list.
		{name: "leftR-on-two-drugs", text: "Kidney transplant recipient on tacrolimus and mycophenolate.", want: []string{"Z94.0", "Z79.621", "Z79.624"}},
		// Results still to be given name no finding; HPV is a virus, no
		// papilloma.
		{name: "leftR-notify-results", text: "Pap smear collected today; will notify of Pap and HPV results.", want: []string{"Z12.4"}, not: []string{"D36.9", "B97.7"}},
		{name: "leftR-hpv-virus", text: "HPV positive.", want: []string{"B97.7"}, not: []string{"D36.9"}},
		// A screening up to date was done before: no screening encounter.
		{name: "leftR-screening-up-to-date", text: "Health maintenance: screening colonoscopy up to date.", not: []string{"Z12.11"}},
		// The facial pain is the neuralgia's own symptom (I.B.5).
		{name: "leftR-trigeminal-facial-pain", text: "Trigeminal neuralgia with stabbing facial pain on the right.", want: []string{"G50.0"}, not: []string{"R51.9"}},
		// A Graves disease and a thyroid storm written apart are the
		// Graves disease with thyrotoxic crisis.
		{name: "leftR-graves-storm-apart", text: "Graves disease. She was admitted in thyroid storm.", setting: model.Inpatient, want: []string{"E05.01"}, not: []string{"E05.00", "E05.91"}},
		{name: "leftR-toxic-goiter-storm-apart", text: "Toxic multinodular goiter. Now in thyroid storm.", setting: model.Inpatient, want: []string{"E05.21"}, not: []string{"E05.91"}},
	}...)
}
