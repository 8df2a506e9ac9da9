package coder

// Neurology, psychiatry and endocrine leftovers (left20b): a dementia's
// psychotic or mood disturbance named by its examples (data/title_alias.tsv);
// Parkinson's disease with no dyskinesia or fluctuation said is G20.A1
// (data/default_child.txt); catatonia is F06.1 per the tabular's "Catatonia
// NOS" (data/index_update.tsv); a thyrotoxic crisis is the thyroid storm and
// the Dix-Hallpike test no epidemic vertigo (cdi/text/data/abbrev.tsv).
func init() {
	cases = append(cases, []tc{
		{name: "left20b alzheimer dementia psychosis", text: "Impression: severe Alzheimer dementia with psychosis; started on low-dose quetiapine.", want: []string{"G30.9", "F02.C2"}, not: []string{"F02.80", "F29"}},
		{name: "left20b dementia hallucinations", text: "Dementia with hallucinations at night, family present.", want: []string{"F03.92"}, not: []string{"F03.90", "R44.3"}},
		{name: "left20b lewy moderate visual hallucinations", text: "Dementia with Lewy bodies, moderate, with visual hallucinations.", want: []string{"G31.83", "F02.B2"}, not: []string{"F02.B0"}},
		{name: "left20b alzheimer mild depressed mood", text: "Alzheimer's disease with mild dementia with depressed mood.", want: []string{"G30.9", "F02.A3"}, not: []string{"F02.A0"}},
		{name: "left20b dementia moderate psychotic features", text: "Moderate dementia with psychotic features.", want: []string{"F03.B2"}, not: []string{"F03.B0"}},
		{name: "left20b parkinson dementia", text: "Parkinson's disease with dementia, gait slower.", want: []string{"G20.A1", "F02.80"}, not: []string{"G20.C"}},
		{name: "left20b parkinsonism dementia kept", text: "Dementia with parkinsonism.", want: []string{"G20.C"}, not: []string{"G20.A1"}},
		{name: "left20b catatonia", text: "Assessment: catatonia, lorazepam challenge planned.", setting: "inpatient", want: []string{"F06.1"}, not: []string{"F20.2"}},
		{name: "left20b catatonic schizophrenia kept", text: "Catatonic schizophrenia, on clozapine.", want: []string{"F20.2"}, not: []string{"F06.1"}},
		{name: "left20b thyrotoxic crisis", text: "Admitted with thyrotoxic crisis, started on propylthiouracil.", setting: "inpatient", want: []string{"E05.91"}, not: []string{"E05.90"}},
		{name: "left20b dix hallpike test", text: "Vertigo with a positive Dix Hallpike.", want: []string{"R42"}, not: []string{"H81.20", "H81.21", "H81.22", "H81.23"}},
	}...)
}
