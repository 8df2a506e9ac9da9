package coder

// Problem-list probe cases (probe): short assessment lines as physicians
// type them, for the chapters of neoplasms, pregnancy, endocrine, mental,
// nervous system and congenital conditions.
func init() {
	cases = append(cases, []tc{
		// Skin cancers are coded from the morphology sub-rows of the
		// Table of Neoplasms ("cheek, external, squamous cell carcinoma").
		{name: "probe-scc-cheek", text: "Squamous cell carcinoma of the left cheek.", want: []string{"C44.329"}, not: []string{"C76.0", "C44.92"}},
		{name: "probe-scc-skin-face", text: "Squamous cell carcinoma of the skin of the face.", want: []string{"C44.320"}, not: []string{"C44.300"}},
		{name: "probe-scc-ear", text: "SCC of the right ear.", want: []string{"C44.222"}},
		// "Carcinoma, basal cell (see also Neoplasm, skin, malignant)": the
		// parenthesized reference leads to the skin row of the site.
		{name: "probe-bcc-forearm", text: "BCC of the right forearm.", want: []string{"C44.612"}, not: []string{"C44.91"}},
		{name: "probe-bcc-scalp", text: "Basal cell carcinoma of the scalp.", want: []string{"C44.41"}, not: []string{"C44.91"}},
		{name: "probe-bcc-lip", text: "Basal cell carcinoma of the lower lip.", want: []string{"C44.01"}, not: []string{"C00.1"}},
		{name: "probe-bcc-cheek", text: "Basal cell carcinoma of the left cheek.", want: []string{"C44.319"}},
		{name: "probe-bcc-nosite", text: "Basal cell carcinoma.", want: []string{"C44.91"}},
		// An organ site keeps its own row: the lip's vermilion, the anal canal.
		{name: "probe-scc-lip", text: "Squamous cell carcinoma of the lower lip.", want: []string{"C00.1"}},
		{name: "probe-scc-anus", text: "Squamous cell carcinoma of the anus.", want: []string{"C21.0"}},
		{name: "probe-scc-lung", text: "Squamous cell carcinoma of the right lung.", want: []string{"C34.91"}},
		// Parenthesized see references elsewhere in the index.
		{name: "probe-nemod-see-bronchorrhagia", text: "Bronchorrhagia.", want: []string{"R04.2"}},
	}...)
}
