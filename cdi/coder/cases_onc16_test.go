package coder

// Hematology and oncology notes of the sixteenth session (helper onc16, set
// "oncology" of testdata/usnotes.jsonl), in the project's own words: the
// encounter for antineoplastic treatment named as the visit's reason
// (Z51.0, Z51.11, Z51.12; guideline I.C.2.e.2), with guards for treatment
// said in passing; a remission or relapse the note documents beside a
// sentence that took the default "not having achieved remission" child; a
// condition put down to chemotherapy under the index's "due to, drugs"; and
// the newer checkpoint-inhibitor and proteasome-inhibitor drugs as their
// Table of Drugs rows (T45.AX-, T45.1X-).
func init() {
	cases = append(cases, []tc{
		{name: "onc16-admitted-for-induction-chemo", setting: "inpatient", text: "Admitted 3/4 electively for induction chemotherapy with cytarabine and idarubicin.\nDiagnosis: acute myeloid leukemia.", want: []string{"Z51.11", "C92.00"}},
		{name: "onc16-here-for-cycle-of-chemo", text: "Seen today for breast cancer. She is here for cycle 4 of chemotherapy; labs adequate, proceed.", want: []string{"Z51.11"}},
		{name: "onc16-immunotherapy-visit-header", text: "INFUSION VISIT - IMMUNOTHERAPY\nMelanoma of the back with liver metastases, here for dose 5 of nivolumab.", want: []string{"Z51.12", "C43.59", "C78.7"}},
		{name: "onc16-radiation-fraction-today", text: "Rectal adenocarcinoma on long-course radiation, fraction 12 of 28 delivered today without issues.", want: []string{"Z51.0", "C20"}},
		{name: "onc16-surgery-after-neoadjuvant-guard", setting: "inpatient", text: "Admitted for elective resection for rectal cancer following neoadjuvant chemotherapy.", not: []string{"Z51.11"}},
		{name: "onc16-remission-beside-default", text: "HPI: Diagnosed with chronic myeloid leukemia in 2018, treated with dasatinib.\nAssessment: CML in remission, continue dasatinib.", want: []string{"C92.11"}, not: []string{"C92.10"}},
		{name: "onc16-thrombocytopenia-due-to-chemo", text: "Seen by the dietitian for weight loss. Lung cancer - radiation fraction 18 of 30, chemo weekly. Thrombocytopenia due to chemotherapy, platelets 14K.", want: []string{"D69.59", "T45.1X5A"}, not: []string{"D69.6", "Z51.0"}},
		{name: "onc16-colitis-due-to-pembrolizumab", text: "Melanoma of the scalp. Colitis due to pembrolizumab, grade 2; prednisone started. Return here for immunotherapy next month if resolved.", want: []string{"K52.1", "T45.AX5A"}, not: []string{"K52.9", "Z51.12"}},
		{name: "onc16-hypothyroid-from-checkpoint-inhibitor", text: "Hypothyroidism caused by the checkpoint inhibitor; levothyroxine started.", want: []string{"E03.2", "T45.AX5A"}, not: []string{"E03.9"}},
		{name: "onc16-neuropathy-due-to-bortezomib", setting: "inpatient", text: "Admitted for fever after chemotherapy for multiple myeloma. Peripheral neuropathy due to bortezomib, dose reduced.", want: []string{"G62.0", "T45.1X5A"}, not: []string{"G62.9", "Z51.11"}},
	}...)
}
