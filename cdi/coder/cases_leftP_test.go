package coder

// Obstetric, newborn, pediatric and oncology errors (leftP), in the
// project's own words: a leukemia's relapse stated after a comma (the
// tabular's "in relapse" sibling, I.C.2), and a well-child visit headed by
// the child's age.
func init() {
	cases = append(cases, []tc{
		{name: "leftP-all-comma-relapsed", text: "Acute lymphoblastic leukemia, relapsed.", want: []string{"C91.02"}, not: []string{"C91.00"}},
		{name: "leftP-all-comma-in-relapse", text: "Acute lymphoblastic leukemia, in relapse.", want: []string{"C91.02"}, not: []string{"C91.00"}},
		{name: "leftP-aml-relapsed-after", setting: "inpatient", text: "Acute myeloid leukemia, relapsed after transplant; admitted for salvage chemotherapy.", want: []string{"C92.02"}, not: []string{"C92.00"}},
		{name: "leftP-wcc-age-yo", text: "1. 4 yo WCC", want: []string{"Z00.129"}},
		{name: "leftP-wcc-age-words", text: "Assessment: 4 year old well child check, growing well.", want: []string{"Z00.129"}},
	}...)
}
