package coder

// Problem-list probe cases, second round (probe2): short assessment lines
// for neoplasm, pregnancy and other chapters whose wording the first round
// did not read.
func init() {
	cases = append(cases, []tc{
		// A leukemia written "not in remission" has not achieved remission
		// (C92.00): the words are no "in remission" subterm, no denial of
		// the leukemia, and no past condition.
		{name: "probe2-aml-not-in-remission", text: "Acute myeloid leukemia, not in remission.", want: []string{"C92.00"}, not: []string{"C92.01"}},
		{name: "probe2-cll-not-in-remission", text: "CLL not in remission, on treatment.", want: []string{"C91.10"}, not: []string{"C91.11"}},
		{name: "probe2-aml-in-remission", text: "AML in remission.", want: []string{"C92.01"}},
		// The estrogen receptor status of a breast cancer (Z17) is coded
		// with it; a negative receptor result denies neither.
		{name: "probe2-er-positive", text: "Left breast carcinoma, ER positive.", want: []string{"C50.912", "Z17.0"}},
		{name: "probe2-er-negative", text: "ER negative carcinoma of the right breast.", want: []string{"C50.911", "Z17.1"}},
		{name: "probe2-estrogen-receptor-positive", text: "Invasive ductal carcinoma of the breast, estrogen receptor positive.", want: []string{"Z17.0"}},
		// ER alone stays the emergency room.
		{name: "probe2-er-room", text: "Seen in the ER for chest pain.", not: []string{"Z17.0", "Z17.1"}},
	}...)
}
