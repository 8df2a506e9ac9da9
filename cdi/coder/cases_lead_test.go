package coder

// Lead cases (fifth session): consolidation and guideline fixes made by the
// lead while the helpers worked on their own slices.
func init() {
	cases = append(cases, []tc{
		{name: "excludes1-keeps-named-code", text: "He was followed for chronic renal failure. CT showed a lesion of the left kidney.", want: []string{"N18.9"}, not: []string{"N28.9"}},
	}...)
}
