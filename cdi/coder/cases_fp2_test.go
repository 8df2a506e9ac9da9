package coder

// Precision cases (fp2): eye-side abbreviations, and words read in a sense
// that is not the index entry's.
func init() {
	cases = append(cases, []tc{
		// OD / OS / OU and the translated RE / LE / AO name the eye's side, so
		// the side children of the tabular are reached (I.B.13).
		{name: "fp2-vision-loss-od", text: "Painless decrease in vision in OD for three months.", want: []string{"H54.61"}, not: []string{"H54.7"}},
		{name: "fp2-vision-loss-le", text: "She noticed a progressive decrease in vision in the LE.", want: []string{"H54.62"}, not: []string{"H54.7"}},
		{name: "fp2-vision-loss-ao", text: "Decreased visual acuity AO since the spring.", want: []string{"H54.3"}, not: []string{"H54.7"}},
		// In lower case, or with no eye word near, the letters are not an eye.
		{name: "fp2-re-not-eye", text: "Re: admission for fever. LE cells were found in the blood.", not: []string{"H54.61", "H54.62"}},
	}...)
}
