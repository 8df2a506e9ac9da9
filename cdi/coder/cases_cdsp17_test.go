package coder

import "notecoder/cdi/model"

// Translated case reports (cdsp17), written for these cases: spellings carried
// over from Spanish (text/data/misspellings.tsv), and words whose neighbour
// gives them another sense (data/other_sense.tsv).
func init() {
	cases = append(cases, []tc{
		// "Neoformación" is a new growth: a neoplasm of the site named.
		{name: "cdsp17-neoformation-bladder", text: "Cystoscopy showed a bladder neoformation.", setting: model.Inpatient, want: []string{"D49.4"}},
		{name: "cdsp17-hypopion", text: "Slit lamp examination of the left eye found a 2 mm hypopion.", setting: model.Inpatient, want: []string{"H20.052"}},
		// A "craneal" abscess is no abscess of the skin.
		{name: "cdsp17-craneal-not-skin", text: "She had an occipital craneal abscess.", setting: model.Inpatient, not: []string{"L02.91"}},
		// An ulcerated mass or tumor is the growth, whose surface is broken
		// down: no ulcer of the site of its own.
		{name: "cdsp17-ulcerated-mass-antrum", text: "Endoscopy found an ulcerated mass in the gastric antrum.", setting: model.Inpatient, not: []string{"K25.9"}},
		{name: "cdsp17-ulcerated-tumor-lip", text: "An ulcerated tumor of the lower lip was excised.", setting: model.Inpatient, want: []string{"D49.0"}, not: []string{"K13.0"}},
		{name: "cdsp17-ulcerated-mass-esophagus", text: "Endoscopy found an ulcerated mass of 3 cm in the esophagus.", setting: model.Inpatient, not: []string{"K22.10"}},
		// Another eponym ending in Hunt (Ramsay Hunt stays B02.21), and a histology
		// collapse.
		{name: "cdsp17-tolosa-hunt", text: "He was diagnosed with Tolosa-Hunt syndrome.", setting: model.Inpatient, not: []string{"B02.21"}},
		{name: "cdsp17-hepatocyte-collapse", text: "The liver biopsy showed areas of hepatocyte collapse and bridging necrosis.", setting: model.Inpatient, not: []string{"R55"}},
	}...)
}
