package coder

// Cases for left21c: a Table of Neoplasms row read by the adjective its own
// nonessential modifier spells (cervix (cervical)) for a primary malignancy,
// and not before another site word (the cervical spine, cervical nodes); a
// "colorectal" cancer read as the colon's through the same gate.
func init() {
	cases = append(cases, []tc{
		{name: "left21c-cervical-cancer", text: "Assessment: Cervical cancer, referred to gynecologic oncology.", want: []string{"C53.9"}, not: []string{"C80.1"}},
		{name: "left21c-cervical-carcinoma-stage", text: "Assessment: Invasive cervical squamous cell carcinoma, stage IB1.", want: []string{"C53.9"}, not: []string{"C80.1"}},
		{name: "left21c-cervical-ca-history-free", text: "Diagnoses:\n1. Cervical carcinoma, on chemoradiation.\n2. Hypertension.", want: []string{"C53.9", "I10"}, not: []string{"C80.1"}},
		// Guards: "cervical" before another site word names that site's region.
		{name: "left21c-cervical-spine-met", text: "Assessment: Metastasis to the cervical spine from lung primary.", want: []string{"C79.51"}, not: []string{"C79.82", "C53.9"}},
		{name: "left21c-cervical-node-met", text: "Assessment: Cervical lymph node metastasis.", want: []string{"C77.0"}, not: []string{"C79.82", "C53.9"}},
		{name: "left21c-colorectal-cancer", text: "Assessment: Colorectal cancer, on FOLFOX.", want: []string{"C18.9"}, not: []string{"C80.1"}},
		{name: "left21c-colorectal-liver-met", text: "Assessment: Metastatic colorectal adenocarcinoma to the liver.", want: []string{"C18.9", "C78.7"}, not: []string{"C80.1"}},
		{name: "left21c-colorectal-adenoca", text: "Problem list: colorectal adenocarcinoma status post resection, now on adjuvant capecitabine.", want: []string{"C18.9"}, not: []string{"C80.1"}},
		// Guard: the primary named beside a metastasis is no secondary of the colon.
		{name: "left21c-colorectal-primary-met", text: "Assessment: Liver lesions, biopsy-proven metastatic adenocarcinoma c/w colorectal primary.", want: []string{"C78.7"}, not: []string{"C78.5"}},
	}...)
}
