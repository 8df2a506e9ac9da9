package coder

func init() {
	cases = append(cases, []tc{
		// A "without" of an earlier clause does not make a later denied word
		// the code's own: the dash ends the "without complications" clause and
		// the "no" denies the ketoacidosis the "with" subterm read past it.
		{name: "lead13 without complications dash no DKA", text: "Type 1 diabetes mellitus without complications - no DKA.", want: []string{"E10.9"}, not: []string{"E10.10"}},
		{name: "lead13 T2DM without complication dash no hypoglycemia", text: "Type 2 diabetes without complication - no hypoglycemia episodes.", want: []string{"E11.9"}, not: []string{"E11.649"}},
		// Guards: the "without" subterm in its own clause, and a "with" past the dash.
		{name: "lead13 migraine without aura stays", text: "Migraine without aura - no status.", want: []string{"G43.009"}},
		{name: "lead13 with DKA dash no coma", text: "Type 1 diabetes with DKA - no coma.", setting: "inpatient", want: []string{"E10.10"}},
	}...)
}
