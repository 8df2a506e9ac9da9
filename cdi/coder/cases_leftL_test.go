package coder

func init() {
	cases = append(cases, []tc{
		// A stated degree or grade beats the index's "internal (without
		// mention of degree)" default (Hemorrhoids, K64.8): "grade I" is
		// read "first degree" (K64.0).
		{name: "leftL grade i internal hemorrhoids", text: "Colonoscopy showed grade I internal hemorrhoids, otherwise normal.", want: []string{"K64.0"}, not: []string{"K64.8"}},
		{name: "leftL internal hemorrhoids grade 2", text: "Internal hemorrhoids grade 2, banding planned.", want: []string{"K64.1"}, not: []string{"K64.8"}},
		{name: "leftL second degree internal hemorrhoids", text: "Second degree internal hemorrhoids on anoscopy.", want: []string{"K64.1"}, not: []string{"K64.8"}},
		// Guard: no degree stated keeps the default.
		{name: "leftL internal hemorrhoids guard", text: "Small internal hemorrhoids seen on anoscopy.", want: []string{"K64.8"}},
	}...)
}
