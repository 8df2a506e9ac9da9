package coder

// dem20: dementia severity and behaviour written as comma clauses after the
// diagnosis, and the severity level's "without" default.
func init() {
	cases = append(cases, []tc{
		{name: "dem20 alzheimer moderate comma with agitation", text: "Assessment: Alzheimer dementia, moderate, with agitation.",
			want: []string{"G30.9", "F02.B11"}, not: []string{"F02.B0", "R45.1"}},
		{name: "dem20 alzheimer severe comma with anxiety", text: "Problem list: Alzheimer dementia, severe, with anxiety.",
			want: []string{"G30.9", "F02.C4"}, not: []string{"F02.C0", "F41.9"}},
		{name: "dem20 major neurocognitive moderate default", text: "Major neurocognitive disorder, moderate.",
			want: []string{"F03.B0"}, not: []string{"F03.B4"}},
		{name: "dem20 major neurocognitive no severity default", text: "Diagnosis: major neurocognitive disorder.",
			want: []string{"F03.90"}, not: []string{"F03.94"}},
		// Guards: unchanged behaviour.
		{name: "dem20 guard dementia with agitation", text: "Dementia with agitation.",
			want: []string{"F03.911"}, not: []string{"R45.1"}},
		{name: "dem20 guard agitation alone", text: "Patient has agitation overnight, redirected by staff.",
			want: []string{"R45.1"}},
		{name: "dem20 guard denied agitation", text: "Alzheimer dementia, moderate, without agitation.",
			want: []string{"G30.9", "F02.B0"}, not: []string{"F02.B11", "R45.1"}},
	}...)
}
