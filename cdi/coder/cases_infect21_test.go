package coder

// Cases for infect21: the erythema migrans of a coded Lyme disease is Lyme's own rash
// (A69.2 includes it), not a second disease, the erysipeloid the index files it under (A26.0).
func init() {
	cases = append(cases, []tc{
		{name: "infect21-lyme-erythema-migrans", text: "Assessment: Early localized Lyme disease (erythema migrans) L thigh. Doxycycline 100 mg BID x 10 days.", want: []string{"A69.20"}, not: []string{"A26.0"}},
		{name: "infect21-lyme-with-em", text: "Assessment: Lyme disease with a single erythema migrans lesion on the back.", want: []string{"A69.20"}, not: []string{"A26.0"}},
	}...)
}
