package coder

// Defects other helpers saw and left (seventh session): the diabetes
// "with" partner that several subterms share is read by the words that
// reached it ("polyneuropathy" E11.42, "neuropathy" E11.40, both G62.9).
func init() {
	cases = append(cases, []tc{
		{name: "left7-dm-polyneuropathy", text: "Type 2 diabetes. Polyneuropathy.", want: []string{"E11.42"}, not: []string{"E11.40", "G62.9", "E11.9"}},
		{name: "left7-dm-neuropathy-stays", text: "Type 1 diabetes. Neuropathy.", want: []string{"E10.40"}, not: []string{"E10.42", "G62.9"}},
		{name: "left7-dm-peripheral-neuropathy", text: "Type 2 diabetes mellitus. Peripheral neuropathy of both feet.", want: []string{"E11.42"}, not: []string{"E11.40", "E11.9"}},
	}...)
}
