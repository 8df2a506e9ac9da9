package coder

func init() {
	cases = append(cases, []tc{
		{name: "pc18-preemployment-exam-plan", text: "Reason for visit: new job at a distribution center.\nExam: normal.\nA/P:\n1. Pre-employment exam - cleared, no restrictions. Form signed.", want: []string{"Z02.1"}},
		{name: "pc18-preemployment-physical", text: "ASSESSMENT\nPreemployment physical for a bus driver position, meets requirements.", want: []string{"Z02.1"}},
		{name: "pc18-general-adult-exam-abnormal", text: "A/P:\n1. General adult exam with abnormal finding.\n2. Left thyroid nodule - ultrasound ordered.", want: []string{"Z00.01", "E04.1"}, not: []string{"Z00.00"}},
		{name: "pc18-annual-heading-then-abnormal-stated", text: "YEARLY PHYSICAL EXAM\n49-year-old woman, no complaints.\nAssessment/Plan:\n1. Annual exam with abnormal findings.\n2. Elevated blood pressure reading without diagnosis of hypertension - recheck in 3 weeks.", want: []string{"Z00.01", "R03.0"}, not: []string{"Z00.00"}},
		{name: "pc18-urgent-care-precaution", text: "ASSESSMENT\nDysuria, probable cystitis.\nPLAN\nCephalexin sent. Call back or go to urgent care for fever, flank pain or vomiting.", want: []string{"R30.0"}, not: []string{"R50.9", "R10.9", "R11.10"}},
		{name: "pc18-er-precaution", text: "ASSESSMENT\nGastroesophageal reflux disease.\nPLAN\nOmeprazole daily. Go to the ER for chest pain or fainting.", want: []string{"K21.9"}, not: []string{"R07.9", "R55"}},
	}...)
}
