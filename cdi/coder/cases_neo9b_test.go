package coder

import "notecoder/cdi/model"

func init() {
	cases = append(cases, []tc{
		// A metastasis whose primary site the note says is unknown takes
		// C80.1 beside the secondary site (I.C.2.k; the table's unknown-site
		// row), kept inpatient.
		{name: "neo9b unknown primary liver", text: "Metastatic adenocarcinoma of unknown primary in the liver.",
			setting: model.Inpatient, want: []string{"C78.7", "C80.1"}},
		{name: "neo9b primary unknown", text: "Liver metastases, primary unknown.",
			setting: model.Inpatient, want: []string{"C78.7", "C80.1"}},
		{name: "neo9b unknown primary site", text: "Metastatic carcinoma to the liver of unknown primary site.",
			setting: model.Inpatient, want: []string{"C78.7", "C80.1"}},
		{name: "neo9b unknown origin", text: "Metastatic adenocarcinoma of unknown origin in the liver.",
			setting: model.Inpatient, want: []string{"C78.7", "C80.1"}},
		// "Primary" alone is the liver's own row; a coded primary wins.
		{name: "neo9b primary liver cancer", text: "Primary liver cancer.",
			want: []string{"C22.8"}, not: []string{"C80.1", "C78.7"}},
		{name: "neo9b metastasis no unknown", text: "Metastatic carcinoma to the liver.",
			want: []string{"C78.7"}, not: []string{"C80.1"}},
		// An unspecified code whose words another code names after its
		// "with" is that combination's condition (I.A.15), across
		// categories; one the combination's notes ask for stays.
		{name: "neo9b rheumatoid lung with RA", text: "Rheumatoid lung disease with rheumatoid arthritis.",
			want: []string{"M05.10"}, not: []string{"M06.9"}},
		{name: "neo9b with keeps use-additional", text: "Hypertensive heart disease with heart failure. Heart failure.",
			want: []string{"I11.0", "I50.9"}},
		{name: "neo9b with keeps CKD stage code", text: "Type 2 diabetes with diabetic chronic kidney disease. Chronic kidney disease.",
			want: []string{"E11.22", "N18.9"}},
		{name: "neo9b without is no with", text: "Nausea without vomiting. Vomiting.",
			want: []string{"R11.0", "R11.10"}},
		// A sentence's fronted "of" phrase is read with the clause after
		// its comma: the metastases are the lymph nodes'.
		{name: "neo9b fronted of lymph nodes", text: "Of the 30 lymph nodes resected, 2 had metastases.",
			want: []string{"C77.9"}, not: []string{"C79.9"}},
		{name: "neo9b fronted of nodes examined", text: "Of the lymph nodes examined, two showed metastases.",
			want: []string{"C77.9"}, not: []string{"C79.9"}},
		{name: "neo9b of later comma splits", text: "Metastases of the lymph nodes were absent, the patient has diabetes.",
			want: []string{"E11.9"}},
	}...)
}
