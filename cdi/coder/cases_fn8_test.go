package coder

import "notecoder/cdi/model"

// Recall cases (fn8) from the eighth session's look at diagnosis categories
// the coder never reached: AIDS written as the abbreviation (the expansion
// must be the index's own words, and only in capitals: hearing and walking
// aids are devices); Kaposi's sarcoma, whose index entry is split only by
// the sites it names, so a note naming none is its "unspecified site"
// (C46.9), and whose eponym reads the same with or without the possessive.
func init() {
	cases = append(cases, []tc{
		{name: "fn8-aids-alone", text: "Known AIDS, admitted with fever and cough.", setting: model.Inpatient, want: []string{"B20"}},
		{name: "fn8-aids-pcp", text: "AIDS with Pneumocystis jirovecii pneumonia.", setting: model.Inpatient, want: []string{"B20", "B59"}},
		{name: "fn8-hearing-aids", text: "She wears bilateral hearing aids and lives alone.", not: []string{"B20"}},
		{name: "fn8-walking-aids", text: "Ambulates with walking aids since the hip surgery.", not: []string{"B20"}},
		{name: "fn8-kaposi-nosite", text: "Kaposi's sarcoma, on chemotherapy.", want: []string{"C46.9"}, not: []string{"C49.9", "C80.1"}},
		{name: "fn8-kaposi-no-possessive", text: "Kaposi sarcoma.", want: []string{"C46.9"}, not: []string{"C49.9"}},
		{name: "fn8-kaposi-skin", text: "Kaposi sarcoma of the skin of the legs.", want: []string{"C46.0"}, not: []string{"C44.90", "C46.9"}},
		{name: "fn8-kaposi-lung", text: "Kaposi sarcoma of the lung.", want: []string{"C46.50"}, not: []string{"C34.90"}},
		{name: "fn8-aids-kaposi", text: "AIDS with Kaposi sarcoma of the skin.", setting: model.Inpatient, want: []string{"B20", "C46.0"}},
	}...)
}
