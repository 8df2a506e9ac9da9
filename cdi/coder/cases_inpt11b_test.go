package coder

import "notecoder/cdi/model"

// A US problem-list line parts its diagnosis from its plan with a spaced
// dash (inpt11b): "1. MDD, recurrent, severe with psychotic features -
// titrate sertraline, add aripiprazole". The plan's words made the line too
// long to be read as a diagnosis line, so the trailing qualifiers
// ("recurrent", "current episode manic") were dropped and the unspecified
// or single-episode code came out. A dash written against a word ("post-op")
// parts nothing.
func init() {
	cases = append(cases, []tc{
		{name: "inpt11b-dash-mdd-recurrent-plan", text: "A/P:\n1. MDD, recurrent, severe with psychotic features - sertraline titration, add aripiprazole; q15 checks.\n", setting: model.Inpatient, want: []string{"F33.3"}, not: []string{"F32.3"}},
		{name: "inpt11b-dash-bipolar-manic-plan", text: "Dx:\n1. Bipolar disorder, current episode manic, severe, with psychotic features - restart lithium, olanzapine.\n", setting: model.Inpatient, want: []string{"F31.2"}, not: []string{"F31.9", "F29"}},
		{name: "inpt11b-dash-plan-weeks-not-gestation", text: "A/P:\n1. Gestational diabetes, diet controlled - check 2h postpartum glucose, GTT at 6 weeks.\n", setting: model.Inpatient, not: []string{"Z3A.01"}},
	}...)
}
