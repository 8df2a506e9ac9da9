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
// secondary one. "Metastatic" written right before a primary's mention
// ("metastatic breast cancer") reads the same: the primary, and C79.9 when
// no secondary site is coded.
// A past mention dated within days ("tested positive for COVID-19 at home
// 6 days ago", data/recent_past.txt) of a condition the note codes current
// is that condition's onset: its history code goes. A history dated
// otherwise, or of a condition not coded current, keeps its Z code.
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
		{name: "usn11c-metastatic-breast-cancer-unspecified-mets", setting: model.Inpatient,
			text: "Admitted with hypercalcemia. History: metastatic breast cancer on letrozole.",
			want: []string{"C50.919", "C79.9"}},
		{name: "usn11c-metastatic-pancreatic-adeno-liver", setting: model.Inpatient,
			text: "Metastatic pancreatic adenocarcinoma with liver metastases, on gemcitabine.",
			want: []string{"C25.9", "C78.7"}, not: []string{"C79.9"}},
		{name: "usn11c-covid-positive-days-ago-current", setting: model.Inpatient,
			text: "HPI: 70M tested positive for COVID-19 at home 5 days ago, now hypoxic. A/P: COVID-19 pneumonia, dexamethasone.",
			want: []string{"U07.1", "J12.82"}, not: []string{"Z86.16"}},
		{name: "usn11c-pneumonia-days-ago-current", setting: model.Inpatient,
			text: "Diagnosed with pneumonia at urgent care 3 days ago, started on azithromycin, now worse. A/P: community-acquired pneumonia, ceftriaxone.",
			want: []string{"J18.9"}, not: []string{"Z87.01"}},
		{name: "usn11c-covid-years-ago-stays-history", setting: model.Inpatient,
			text: "History of COVID-19 infection 2 years ago. A/P: COVID-19 pneumonia.",
			want: []string{"U07.1", "Z86.16"}},
	}...)
}
