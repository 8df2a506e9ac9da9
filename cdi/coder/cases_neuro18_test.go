package coder

// Neurology cases (neuro18), written for the "neurology" set of
// testdata/usnotes.jsonl in other words than its notes.
func init() {
	cases = append(cases, []tc{
		// The tabular's inclusion terms of "intractable" under G40 and G43
		// (pharmacoresistant, refractory (medically)) select the intractable
		// child as the word itself does (data/synonyms.tsv).
		{name: "neuro18 refractory epilepsy", text: "Assessment: Epilepsy with complex partial seizures, refractory.", want: []string{"G40.219"}, not: []string{"G40.209"}},
		{name: "neuro18 pharmacoresistant migraine", text: "Assessment: Chronic migraine without aura, pharmacoresistant, no status migrainosus.", want: []string{"G43.719"}, not: []string{"G43.709"}},
		// A telegraphic "not diagnosed" after a diagnosis denies it: a single
		// seizure is no epilepsy yet (data/context.tsv).
		{name: "neuro18 epilepsy not diagnosed", text: "Assessment: One generalized seizure; epilepsy not diagnosed.", setting: "inpatient", want: []string{"R56.9"}, not: []string{"G40.909"}},
		// The index's own default ("Migraine, without aura" G43.009: not
		// intractable, without status) gives way to the cousin the
		// assessment documents with both axes named.
		{name: "neuro18 migraine default beside status", text: "HPI: Lifelong migraine without aura, now four days of unrelenting pain.\nAssessment: Migraine without aura, intractable, with status migrainosus.", setting: "inpatient", want: []string{"G43.011"}, not: []string{"G43.009"}},
		// "Precipitated by" names the cause as "due to" does
		// (data/cause_phrases.txt): a drug taken as prescribed is its
		// adverse effect (I.C.19.e.5.a).
		{name: "neuro18 crisis precipitated by drug", text: "Assessment: Myasthenia gravis exacerbation precipitated by ciprofloxacin.", setting: "inpatient", want: []string{"G70.01", "T36.8X5A"}},
		{name: "neuro18 hypoglycemia precipitated by drug", text: "Hypoglycemia precipitated by glipizide.", setting: "inpatient", want: []string{"E16.0"}, not: []string{"E16.2"}},
	}...)
}
