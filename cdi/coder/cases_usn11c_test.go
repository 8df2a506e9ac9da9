package coder

import "notecoder/cdi/model"

// Inpatient US-style notes (usn11c), written for these cases. A pressure
// ulcer over the ischium (the ischial tuberosity a patient sits on) is the
// buttock's, L89.3- with its side and stage: the index's "Ulcer, pressure"
// names no ischium, and the unspecified site's L89.9- loses the site
// (data/site_kids.tsv). Ischial words outside the pressure ulcer keep their
// own entries (ischial bursitis is the hip's M70.7-).
func init() {
	cases = append(cases, []tc{
		{name: "usn11c-ischial-pressure-ulcer-left", setting: model.Inpatient,
			text: "3. Left ischial pressure ulcer, stage 2, dressing changes.",
			want: []string{"L89.322"}, not: []string{"L89.92"}},
		{name: "usn11c-ischium-decubitus-right", setting: model.Inpatient,
			text: "Stage 3 decubitus ulcer over the right ischium, wound care consulted.",
			want: []string{"L89.313"}, not: []string{"L89.93"}},
		{name: "usn11c-ischial-bursitis-stays", text: "Left ischial bursitis, ice and NSAIDs.",
			want: []string{"M70.72"}, not: []string{"L89.32"}},
	}...)
}
