package coder

import "notecoder/cdi/model"

// Inpatient US-style notes (usn11c), written for these cases. A pressure
// ulcer over the ischium (the ischial tuberosity a patient sits on) is the
// buttock's, L89.3- with its side and stage: the index's "Ulcer, pressure"
// names no ischium, and the unspecified site's L89.9- loses the site
// (data/site_kids.tsv). Ischial words outside the pressure ulcer keep their
// own entries (ischial bursitis is the hip's M70.7-).
// "Metastatic <histology> of <organ>" names the primary organ, which has
// metastasized: the organ's primary cell, and C79.9 when no secondary site
// is coded (a named one, "with liver metastases", is coded instead). At a
// common site of metastasis (liver, bone, brain, lymph nodes, pleura,
// peritoneum: data/metastasis_sites.txt) and with "to" the site stays the
// secondary one.
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
		{name: "usn11c-metastatic-adeno-of-pancreas", setting: model.Inpatient,
			text: "64F with metastatic adenocarcinoma of the pancreas, here for cycle 3 of FOLFIRINOX.",
			want: []string{"C25.9", "C79.9"}, not: []string{"C78.89"}},
		{name: "usn11c-metastatic-of-pancreas-head-liver-mets", setting: model.Inpatient,
			text: "Metastatic adenocarcinoma of the head of the pancreas with liver metastases.",
			want: []string{"C25.0", "C78.7"}, not: []string{"C78.89", "C79.9"}},
		{name: "usn11c-metastatic-carcinoma-of-colon",
			text: "Assessment: metastatic carcinoma of the sigmoid colon, on palliative chemotherapy.",
			want: []string{"C18.7", "C79.9"}, not: []string{"C78.5"}},
		{name: "usn11c-metastatic-of-liver-stays-secondary",
			text: "Metastatic adenocarcinoma of the liver, on systemic therapy.",
			want: []string{"C78.7"}, not: []string{"C22.9", "C79.9"}},
		{name: "usn11c-metastatic-to-lung-stays-secondary",
			text: "Metastatic adenocarcinoma to the right lung.",
			want: []string{"C78.01"}, not: []string{"C34.91"}},
	}...)
}
