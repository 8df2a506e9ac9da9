package coder

import "notecoder/cdi/model"

// Inpatient US-style notes (usn11a), written for these cases. The accessory
// muscles a patient in respiratory distress breathes with are no congenital
// accessory muscle (data/other_sense.tsv).
func init() {
	cases = append(cases, []tc{
		{name: "usn11a-using-accessory-muscles", text: "Exam: tachypneic, using accessory muscles, diffuse crackles.", setting: model.Inpatient, want: []string{"R06.82"}, not: []string{"Q79.8"}},
		{name: "usn11a-use-of-accessory-muscles", text: "Respiratory distress with use of accessory muscles.", not: []string{"Q79.8"}},
		{name: "usn11a-accessory-muscle-congenital", text: "MRI shows an accessory soleus muscle in the left calf.", want: []string{"Q79.8"}},
	}...)
}
