package coder

import "notecoder/cdi/model"

// The lead's cases of the twenty-second session: checks on merged work.
func init() {
	cases = append(cases, []tc{
		{name: "lead22-icu-admission-current", text: "Assessment: Septic shock due to E. coli pneumonia. Plan: MICU admission for septic shock, norepinephrine.", setting: model.Inpatient, want: []string{"R65.21"}},
	}...)
}
