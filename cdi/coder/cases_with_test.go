package coder

// "With" tail cases (with): the words after "with" on a diagnosis line name
// what goes with the condition and are read by the index's "with"
// subterms; they do not fill the head's ordinary subterms.
func init() {
	cases = append(cases, []tc{
		// "acute" in the tail is the exacerbation's, not "Schizophrenia, acute" (F23).
		{name: "with-schizo-chronic-acute-tail", text: "Problem list: Schizophrenia, chronic, with acute exacerbation.", want: []string{"F20.9"}, not: []string{"F23"}},
		{name: "with-schizo-chronic-acute-tail-nocomma", text: "Assessment: schizophrenia, chronic with acute worsening", want: []string{"F20.9"}, not: []string{"F23"}},
		// A closing "with" tail past the near window's reach no longer
		// spoils the qualifying clauses before it: the index's "with"
		// subterm reads it, and "psychotic" is not coded again (F23/F29).
		{name: "with-bipolar-depressed-severe-psychotic", text: "Bipolar I disorder, current episode depressed, severe, with psychotic features", want: []string{"F31.5"}, not: []string{"F31.9", "F23", "F29"}},
		{name: "with-bipolar-manic-severe-psychotic", text: "Bipolar disorder, current episode manic, severe, with psychotic features.", want: []string{"F31.2"}, not: []string{"F31.9", "F23", "F29"}},
		// Before "with" a word that names no condition on its own (a main
		// term coded only with a subterm) is the patient, and qualifies
		// what follows: "Hypoglycemia, neonatal", not E16.2.
		{name: "with-neonate-hypoglycemia", text: "Term neonate with hypoglycemia", want: []string{"P70.4"}, not: []string{"E16.2"}},
		{name: "with-newborn-pneumonia", text: "Newborn with pneumonia.", want: []string{"P23.9"}, not: []string{"J18.9"}},
		// A tabular title's "without" default gives way to its "with"
		// sibling when the note says "with" it; the words are then read
		// into that code, not coded again as unspecified epilepsy.
		{name: "with-absence-status", text: "Absence epilepsy with status epilepticus", want: []string{"G40.A01"}, not: []string{"G40.A09", "G40.901"}},
		{name: "with-absence-no-status", text: "Absence epilepsy, no status epilepticus.", want: []string{"G40.A09"}, not: []string{"G40.A01"}},
		{name: "with-absence-without-status", text: "Absence epilepsy without status epilepticus.", want: []string{"G40.A09"}, not: []string{"G40.A01", "G40.901"}},
		// Guards: the "with" subterms still read the tail.
		{name: "with-guard-mdd-severe-psychotic", text: "Major depressive disorder, recurrent, severe with psychotic features", want: []string{"F33.3"}},
		{name: "with-guard-dm-hyperglycemia", text: "Type 2 diabetes with hyperglycemia.", want: []string{"E11.65"}},
		{name: "with-guard-copd-exacerbation", text: "COPD with acute exacerbation.", want: []string{"J44.1"}},
		{name: "with-guard-dvt-pe", text: "Left leg DVT with pulmonary embolism.", want: []string{"I82.402", "I26.99"}},
	}...)
}
