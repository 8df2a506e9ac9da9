package coder

// Cases for left21c: a Table of Neoplasms row read by the adjective its own
// nonessential modifier spells (cervix (cervical)), "colorectal" read as the
// colon, and a "follow-up exam" leading an assessment line read as the
// index's "Examination, follow-up" (Z08 after a cancer's completed treatment).
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
		{name: "left21c-fu-exam-breast", text: "Assessment: Follow-up exam after completed treatment for breast cancer, no evidence of recurrence.", want: []string{"Z08", "Z85.3"}, not: []string{"C50.919"}},
		{name: "left21c-fu-exam-thyroid", text: "Assessment: Follow-up exam after completed treatment for thyroid cancer, no evidence of recurrence.", want: []string{"Z08", "Z85.850"}, not: []string{"C73"}},
		{name: "left21c-fu-exam-pneumonia", text: "Assessment: Follow-up exam after completed treatment for pneumonia, lungs clear.", want: []string{"Z09"}},
		// Guard: a plan's next visit is no encounter reason.
		{name: "left21c-fu-exam-plan", text: "Assessment: Hypertension, controlled.\nPlan: Follow-up exam in 3 months.", want: []string{"I10"}, not: []string{"Z09", "Z08"}},
	}...)
}
