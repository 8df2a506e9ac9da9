package coder

import "notecoder/cdi/model"

// Post-acute and geriatric notes (geri17), written for these cases: a
// skilled-nursing or rehabilitation admission whose reason line is aftercare
// (guideline I.C.21.c.7), and a hospice admission's palliative care (Z51.5).
func init() {
	cases = append(cases, []tc{
		{name: "geri17-irf-aftercare-knee-replacement", text: "INPATIENT REHABILITATION ADMISSION\nDiagnosis: aftercare following right total knee arthroplasty.\nPlan: PT twice daily, ice, walker.", setting: model.Inpatient, want: []string{"Z47.1", "Z96.651"}},
		{name: "geri17-irf-aftercare-amputation", text: "REHAB ADMISSION NOTE\nAdmitting diagnosis: aftercare following a left below-knee amputation.\nPlan: shrinker, transfers.", setting: model.Inpatient, want: []string{"Z47.81", "Z89.512"}},
		{name: "geri17-snf-aftercare-cancer-surgery", text: "SNF ADMISSION\nAssessment:\n1. Aftercare following surgery for rectal cancer - wound checks, ostomy teaching.\n2. Rectal cancer - chemoradiation to follow.", setting: model.Inpatient, want: []string{"Z48.3", "C20"}},
		{name: "geri17-aftercare-cancer-surgery-clinic", text: "Assessment: aftercare following resection of lung carcinoma, incision healing.", want: []string{"Z48.3"}},
		{name: "geri17-hospice-care", text: "HOSPICE ADMISSION\nTerminal diagnosis: metastatic prostate cancer.\nPlan: hospice care at home, morphine for pain.", want: []string{"Z51.5"}},
	}...)
}
