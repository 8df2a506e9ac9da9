package coder

import "notecoder/cdi/model"

// Status cases (status8): a transplant the patient awaits, is listed for or
// is (not) a candidate for has not happened, so it is no Z94 transplant
// status; "awaiting organ transplant" is the index's Z76.82; a procedure
// that "is indicated" is planned, so it is no acquired absence yet, and an
// exam "due next month" is not this visit's; the conditions those
// sentences name stay coded. A problem list's long history line is a
// history, and an injury history is not a kidney injury's.
func init() {
	cases = append(cases, []tc{
		{name: "status8-awaiting-liver", text: "Awaiting liver transplant.", setting: model.Inpatient, not: []string{"Z94.4"}},
		{name: "status8-awaiting-kidney", text: "ESRD on hemodialysis, awaiting a kidney transplant.", setting: model.Inpatient, want: []string{"N18.6", "Z99.2"}, not: []string{"Z94.0"}},
		{name: "status8-awaiting-organ", text: "Awaiting organ transplant.", want: []string{"Z76.82"}},
		{name: "status8-listed-heart", text: "Listed for heart transplant.", not: []string{"Z94.1"}},
		{name: "status8-candidate-lung", text: "Candidate for lung transplantation.", not: []string{"Z94.2"}},
		{name: "status8-not-candidate-liver", text: "Not a candidate for liver transplant.", not: []string{"Z94.4"}},
		{name: "status8-not-candidate-keeps-cancer", text: "Not a candidate for surgery given metastatic lung cancer.", setting: model.Inpatient, want: []string{"C34.90"}},
		{name: "status8-not-candidate-keeps-copd", text: "Not candidate for surgery because of severe COPD.", want: []string{"J44.9"}},
		{name: "status8-transplant-done", text: "Status post liver transplant in 2019.", want: []string{"Z94.4"}},
		{name: "status8-amputation-indicated", text: "Partial penile amputation is indicated.", setting: model.Inpatient, not: []string{"Z90.79"}},
		{name: "status8-indicated-keeps-condition", text: "Antibiotic treatment is indicated for pneumonia.", setting: model.Inpatient, want: []string{"J18.9"}},
		// A history line of a problem list names the cancer and its site in
		// more words than five; stop words ("of the") do not make it narrative.
		{name: "status8-history-scc-skin", text: "History of squamous cell carcinoma of the skin.", want: []string{"Z85.828"}, not: []string{"C44.92"}},
		{name: "status8-history-bcc-cheek", text: "History of basal cell carcinoma of the left cheek.", want: []string{"Z85.828"}, not: []string{"C44.319", "C44.310"}},
		{name: "status8-history-narrative-treated", text: "She has a history of squamous cell carcinoma of the skin of the scalp treated with radiation now with a new nodule.", not: []string{"Z85.828"}},
		// Something due later is not done now; "due to" and "due in part
		// to" are causes.
		{name: "status8-annual-exam-due", text: "Assessment: Annual exam due next month.", not: []string{"Z00.00"}},
		{name: "status8-annual-exam-today", text: "Assessment: Annual exam.", want: []string{"Z00.00"}},
		{name: "status8-mammogram-due", text: "Mammogram is due in June. History of breast cancer.", want: []string{"Z85.3"}, not: []string{"Z12.31", "Z12.39"}},
		{name: "status8-due-in-part-to", text: "Anemia due in large part to CKD stage 4.", want: []string{"D63.1", "N18.4"}},
		{name: "status8-due-to-aspiration", text: "Pneumonia due in part to aspiration.", setting: model.Inpatient, want: []string{"J69.0"}},
		// An injury history is for a past injury, not a kidney "injury".
		{name: "status8-history-aki-not-trauma", text: "History of acute kidney injury.", not: []string{"Z87.828"}},
		{name: "status8-history-tbi", text: "History of traumatic brain injury.", want: []string{"Z87.820"}},
		{name: "status8-history-head-injury", text: "History of head injury.", want: []string{"Z87.828"}},
		{name: "status8-awaiting-surgery-fracture", text: "Awaiting surgery for a left hip fracture.", setting: model.Inpatient, want: []string{"S72.002A"}},
	}...)
}
