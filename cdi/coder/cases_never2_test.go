package coder

// Never-reached cases (never2): index words and translated phrasings that kept
// a code's whole category out of reach.
func init() {
	cases = append(cases, []tc{
		// Comma subterms whose parts are one short word and its adjective
		// ("bile, biliary", "pons, pontine", "viral, virus", "lipid, lipoid"):
		// either part alone selects the entry.
		{name: "never2-biliary-peritonitis", text: "Postoperative course complicated by biliary peritonitis.", want: []string{"K65.3"}, not: []string{"K65.9"}},
		{name: "never2-viral-pneumonia", text: "Admitted with a viral pneumonia.", want: []string{"J12.9"}, not: []string{"J18.9"}},
		{name: "never2-pontine-hemorrhage", text: "CT showed a pontine hemorrhage.", want: []string{"I61.3"}, not: []string{"R58"}},
		{name: "never2-lipoid-pneumonia", text: "Biopsy diagnosis: lipoid pneumonia.", want: []string{"J69.1"}},
		// A limb's "internal face" is its surface, not the face.
		{name: "never2-internal-face-thigh", text: "Pain on pressure over the internal face of the thigh.", not: []string{"R51.9"}},
		{name: "never2-facial-pain", text: "She came in for facial pain of two weeks.", want: []string{"R51.9"}},
	}...)
}
