package coder

import "notecoder/cdi/model"

// Cases for infect21: the erythema migrans of a coded Lyme disease is Lyme's own rash
// (A69.2 includes it), not a second disease, the erysipeloid the index files it under (A26.0);
// "candidemia", which the index does not list, is the candidal sepsis of B37.7.
func init() {
	cases = append(cases, []tc{
		{name: "infect21-lyme-erythema-migrans", text: "Assessment: Early localized Lyme disease (erythema migrans) L thigh. Doxycycline 100 mg BID x 10 days.", want: []string{"A69.20"}, not: []string{"A26.0"}},
		{name: "infect21-lyme-with-em", text: "Assessment: Lyme disease with a single erythema migrans lesion on the back.", want: []string{"A69.20"}, not: []string{"A26.0"}},
		{name: "infect21-candidemia", text: "Assessment: Candidemia, C. glabrata - micafungin, repeat blood cultures daily.", setting: model.Inpatient, want: []string{"B37.7"}, not: []string{"B49"}},
		// Guard (passes on the base too): the new reading keeps its negation.
		{name: "infect21-candidemia-ruled-out", text: "Assessment: Candidemia ruled out, blood cultures negative x 2.", setting: model.Inpatient, not: []string{"B37.7"}},
	}...)
}
