package coder

import "notecoder/cdi/model"

// Translated case-report errors (leftO), written for these cases: index
// entries read by their words (temporal arteritis, subcutaneous emphysema
// stated nontraumatic), the count's neutrophilia, the
// organ a diverticulum is seen in, an ulcerated growth named with its site,
// and the stated source of a sepsis.
func init() {
	cases = append(cases, []tc{
		// "Arteritis, temporal, giant cell" (M31.6): the artery alone names it.
		{name: "leftO-temporal-arteritis", text: "Her headache and jaw pain were attributed to temporal arteritis.", setting: model.Inpatient, want: []string{"M31.6"}, not: []string{"I77.6"}},
		// A count's neutrophilia is an elevated white cell count of a named
		// kind, no hereditary giant neutrophilia.
		{name: "leftO-neutrophilia", text: "The blood count showed leukocytes of 16000 with neutrophilia.", setting: model.Inpatient, want: []string{"D72.828"}, not: []string{"D72.0"}},
		{name: "leftO-elevated-neutrophils", text: "His neutrophils were elevated on admission.", setting: model.Inpatient, want: []string{"D72.828"}},
		// The diverticula of the organ named before "with".
		{name: "leftO-bladder-diverticula", text: "Cystoscopy found a trabeculated bladder with several diverticula.", setting: model.Inpatient, want: []string{"N32.3"}, not: []string{"K57.90"}},
		{name: "leftO-bladder-floor-diverticula", text: "Imaging showed a thick bladder floor with multiple diverticula.", setting: model.Inpatient, want: []string{"N32.3"}, not: []string{"K57.90"}},
		// "Emphysema, subcutaneous, nontraumatic" (J98.2) when the note says so.
		{name: "leftO-spontaneous-subcut-emphysema", text: "A non-traumatic subcutaneous emphysema of the neck appeared after a bout of coughing.", setting: model.Inpatient, want: []string{"J98.2"}, not: []string{"T79.7XXA"}},
		// The ulcerated growth with its site between: no ulcer of the site.
		{name: "leftO-ulcerated-gastric-mass", text: "Gastroscopy found an ulcerated gastric mass on the lesser curvature.", setting: model.Inpatient, not: []string{"K25.9"}},
		// An infant of two months is past the newborn period (I.C.16): the
		// fever is no newborn's temperature disturbance (P81.9).
		{name: "leftO-infant-months-fever", text: "A 3-month-old infant was brought in for fever since yesterday.", setting: model.Inpatient, want: []string{"R50.9"}, not: []string{"P81.9"}},
		// The stated source of a sepsis is its local infection (I.C.1.d.4).
		{name: "leftO-septic-shock-urinary-origin", text: "He was admitted in septic shock of urinary origin.", setting: model.Inpatient, want: []string{"A41.9", "N39.0"}},
		{name: "leftO-sepsis-urinary-source", text: "Sepsis from a probable urinary source was treated with antibiotics.", setting: model.Inpatient, want: []string{"N39.0"}},
	}...)
}
