package coder

import "notecoder/cdi/model"

// Inpatient US-style notes (usn11a), written for these cases. The accessory
// muscles a patient in respiratory distress breathes with are no congenital
// accessory muscle (data/other_sense.tsv). A sepsis coded first for its
// organ dysfunction or shock takes the organism of the infection its
// sentence names (J15.1 Pneumonia due to Pseudomonas: A41.52), not A41.9.
func init() {
	cases = append(cases, []tc{
		{name: "usn11a-using-accessory-muscles", text: "Exam: tachypneic, using accessory muscles, diffuse crackles.", setting: model.Inpatient, want: []string{"R06.82"}, not: []string{"Q79.8"}},
		{name: "usn11a-use-of-accessory-muscles", text: "Respiratory distress with use of accessory muscles.", not: []string{"Q79.8"}},
		{name: "usn11a-accessory-muscle-congenital", text: "MRI shows an accessory soleus muscle in the left calf.", want: []string{"Q79.8"}},
		{name: "usn11a-sepsis-organism-of-pneumonia", text: "Sepsis with acute organ dysfunction due to Pseudomonas pneumonia - cefepime.", setting: model.Inpatient, want: []string{"A41.52", "R65.20", "J15.1"}, not: []string{"A41.9"}},
		{name: "usn11a-severe-sepsis-organism-after-comma", text: "Dx: Severe sepsis secondary to health care-associated pneumonia, Pseudomonas.", setting: model.Inpatient, want: []string{"A41.52", "R65.20", "J15.1"}, not: []string{"A41.9"}},
		{name: "usn11a-sepsis-organism-other-sentence", text: "Septic shock due to UTI. Also MSSA pneumonia.", setting: model.Inpatient, want: []string{"A41.9", "R65.21"}, not: []string{"A41.01"}},
		{name: "usn11a-sepsis-two-organisms", text: "Septic shock, MSSA pneumonia and E. coli pneumonia.", setting: model.Inpatient, want: []string{"A41.9", "R65.21"}, not: []string{"A41.01", "A41.51"}},
	}...)
}
