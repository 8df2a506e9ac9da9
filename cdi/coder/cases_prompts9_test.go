package coder

// Urosepsis written with a hyphen or a space (ninth prompts session): the
// term has no code and is not sepsis (guideline I.C.1.d.1.a(ii)), so its
// "sepsis" is not coded A41.9; the gap engine queries the provider.
func init() {
	cases = append(cases, []tc{
		{name: "prompts9-uro-sepsis-hyphen", text: "Assessment: uro-sepsis, started on ceftriaxone.", not: []string{"A41.9"}},
		{name: "prompts9-uro-sepsis-space", text: "Assessment: uro sepsis.", not: []string{"A41.9"}},
		{name: "prompts9-urosepsis-uti-stays", text: "Assessment: uro-sepsis. Urinary tract infection.", want: []string{"N39.0"}, not: []string{"A41.9"}},
		{name: "prompts9-sepsis-stays", text: "Assessment: sepsis from a urinary source.", want: []string{"A41.9"}},
	}...)
}
