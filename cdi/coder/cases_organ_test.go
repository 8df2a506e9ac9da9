package coder

// Organ adjectives (organ): the index names some organs by noun only
// ("Cyst, urachus", "Abscess, cecum", "Cellulitis, face"), while notes
// write the adjective; data/synonyms.tsv maps one to the other. Also the
// tabular's "hiatus hernia" and the kinds of brain herniation the index lists
// only under "Herniation, brain, traumatic".
func init() {
	cases = append(cases, []tc{
		{name: "organ-urachal-cyst", text: "Assessment: urachal cyst.", want: []string{"Q64.4"}},
		{name: "organ-cecal-abscess", text: "Assessment: cecal abscess.", want: []string{"K35.33"}},
		{name: "organ-caecal-abscess", text: "Assessment: caecal abscess.", want: []string{"K35.33"}},
		{name: "organ-facial-cellulitis", text: "Assessment: facial cellulitis.", want: []string{"L03.211"}, not: []string{"L03.90"}},
		{name: "organ-facial-abscess", text: "Assessment: facial abscess.", want: []string{"L02.01"}, not: []string{"L02.91"}},
		{name: "organ-facial-asymmetry", text: "Assessment: facial asymmetry.", want: []string{"Q67.0"}},
		{name: "organ-hiatus-hernia", text: "Assessment: hiatus hernia.", want: []string{"K44.9"}, not: []string{"K46.9"}},
		{name: "organ-transtentorial-herniation", text: "Assessment: transtentorial herniation.", want: []string{"G93.5"}, not: []string{"K46.9"}},
		{name: "organ-uncal-herniation-traumatic", text: "Assessment: traumatic uncal herniation.", want: []string{"S06.A1XA"}, not: []string{"K46.9"}},
	}...)
}
