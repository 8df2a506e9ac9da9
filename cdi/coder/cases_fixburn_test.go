package coder

// Table cases of helper fixburn (burns, corrosions, external causes). A
// burn list under its own head ("BURN ASSESSMENT:" over "- right forearm:
// second degree, 4%" items) codes each item's burn by site and depth
// (I.C.19.d), and the items' shares add up to the extent T31 when no total
// is written (I.C.19.d.6).
func init() {
	cases = append(cases, []tc{
		{name: "fixburn burn assessment header list codes each site",
			text: "ED NOTE\nHPI: 34 y/o man spilled a pot of boiling water on himself.\nBURN ASSESSMENT:\n- right forearm: second degree, 4%\n- left hand dorsum: third degree, 1%\nPlan: silver sulfadiazine dressings, burn clinic follow up.",
			want: []string{"T22.211A", "T23.362A", "T31.0"}, not: []string{"T30.0"}},
		{name: "fixburn burns list head in the text codes each item",
			text: "Burns:\n- anterior chest: partial thickness, 6%\n- right thigh: full thickness, 5%",
			want: []string{"T21.21XA", "T24.311A", "T31.10"}},
		{name: "fixburn burn list with a stated total keeps the total",
			text: "Burn assessment:\n1. face: first degree\n2. left palm: second degree\nTBSA 3%.",
			want: []string{"T20.10XA", "T23.252A", "T31.0"}},
	}...)
}
