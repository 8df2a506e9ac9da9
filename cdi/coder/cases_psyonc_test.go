package coder

// Psychiatry, addiction medicine and oncology assessments as their
// clinicians write them: remission read by the tabular's "in remission"
// sibling when the index reached the code without it, the index's "current
// (or most recent) episode", chemotherapy as the antineoplastic drug of the
// Table of Drugs (I.C.19.e.5.a) and of the index's "due to antineoplastic
// chemotherapy" subterms, comfort care as palliative care; with guards for
// lines already right (severity maps of the use disorders, methadone
// maintenance without Z79.891 per its Excludes1, metastases, leukemia
// remission).
func init() {
	cases = append(cases, []tc{
		{name: "psyonc-nicotine-cigarettes-remission", text: "Nicotine dependence, cigarettes, in remission.", want: []string{"F17.211"}, not: []string{"Z87.891", "F17.210"}},
		{name: "psyonc-nicotine-cigarettes-early-remission", text: "Nicotine dependence, cigarettes, in early remission.", want: []string{"F17.211"}, not: []string{"F17.210"}},
		{name: "psyonc-all-comma-remission", text: "Acute lymphoblastic leukemia, in remission.", want: []string{"C91.01"}, not: []string{"Z85.6", "C91.00"}},
		{name: "psyonc-aml-not-in-remission", text: "Acute myeloid leukemia, not in remission.", want: []string{"C92.00"}, not: []string{"C92.01"}},
		{name: "psyonc-cll-remission", text: "Chronic lymphocytic leukemia in remission.", want: []string{"C91.11"}},
		{name: "psyonc-mdd-partial-remission", text: "Major depressive disorder, recurrent, in partial remission.", want: []string{"F33.41"}, not: []string{"F33.40"}},
		{name: "psyonc-bipolar-most-recent-hypomanic", text: "Bipolar disorder, most recent episode hypomanic.", want: []string{"F31.0"}, not: []string{"F30.8"}},
		{name: "psyonc-bipolar-most-recent-mixed", text: "Bipolar disorder, most recent episode mixed.", want: []string{"F31.60"}, not: []string{"F31.9"}},
		{name: "psyonc-bipolar-most-recent-manic-not-f30", text: "Bipolar I disorder, most recent episode manic, severe.", not: []string{"F30.13"}},
		{name: "psyonc-smoker-packs-per-day", text: "Current every day smoker, 1 pack per day.", want: []string{"F17.210"}, not: []string{"F17.200"}},
		{name: "psyonc-bipolar-current-depressed-severe", text: "Bipolar I disorder, current episode depressed, severe without psychotic features.", want: []string{"F31.4"}},
		{name: "psyonc-anemia-due-to-chemo", text: "Anemia due to chemotherapy.", want: []string{"D64.81", "T45.1X5A"}, not: []string{"D64.9"}},
		{name: "psyonc-chemo-induced-pancytopenia", text: "Chemotherapy-induced pancytopenia.", want: []string{"D61.810", "T45.1X5A"}},
		{name: "psyonc-neutropenia-due-to-chemo", text: "Neutropenia due to chemotherapy.", want: []string{"D70.1", "T45.1X5A"}},
		{name: "psyonc-on-chemo-no-adverse-effect", text: "Sigmoid colon adenocarcinoma, on chemotherapy.", want: []string{"C18.7"}, not: []string{"T45.1X5A", "Z51.11"}},
		{name: "psyonc-comfort-care", text: "Goals of care changed to comfort care.", want: []string{"Z51.5"}},
		{name: "psyonc-discomfort-not-palliative", text: "Discomfort in the abdomen.", not: []string{"Z51.5"}},
		{name: "psyonc-oud-severe-methadone", text: "Opioid use disorder, severe, on methadone maintenance.", want: []string{"F11.20"}, not: []string{"Z79.891"}},
		{name: "psyonc-oud-mild", text: "Opioid use disorder, mild.", want: []string{"F11.10"}},
		{name: "psyonc-oud-severe-early-remission", text: "Opioid use disorder, severe, in early remission.", want: []string{"F11.21"}},
		{name: "psyonc-aud-severe-early-remission", text: "Alcohol use disorder, severe, in early remission.", want: []string{"F10.21"}},
		{name: "psyonc-nsclc-metastatic", text: "Stage IV non-small cell lung cancer of the right upper lobe, metastatic to bone and liver.", want: []string{"C34.11", "C79.51", "C78.7"}},
		{name: "psyonc-cancer-pain", text: "Cancer-related pain.", want: []string{"G89.3"}},
		{name: "psyonc-malignant-pleural-effusion", text: "Malignant pleural effusion.", want: []string{"J91.0"}},
		{name: "psyonc-schizoaffective-bipolar", text: "Schizoaffective disorder, bipolar type.", want: []string{"F25.0"}},
		{name: "psyonc-panic-agoraphobia", text: "Panic disorder with agoraphobia.", want: []string{"F40.01"}},
		{name: "psyonc-suicidal-ideation", text: "Suicidal ideation without plan.", want: []string{"R45.851"}},
		{name: "psyonc-history-breast-cancer-lumpectomy", text: "History of left breast cancer status post lumpectomy, on anastrozole.", want: []string{"Z85.3", "Z79.811"}},
	}...)
}
