package coder

// Cases of the sixteenth session's lead: no weeks-of-gestation code on a
// postpartum or abortive-outcome encounter (guideline I.C.21.c.3); the
// index's "puerperal, postpartum, childbirth" subterms selected by any one
// of their names.
func init() {
	cases = append(cases, []tc{
		{name: "lead16 postpartum readmission no weeks", setting: "inpatient", text: "Readmitted, now postpartum day 8 after spontaneous vaginal delivery at 39 weeks. Heavy bleeding with clots since this morning.\nAssessment:\n1. Delayed postpartum hemorrhage. Plan: suction curettage.\n", want: []string{"O72.2"}, not: []string{"Z3A.39"}},
		{name: "lead16 delivery with hemorrhage keeps weeks", setting: "inpatient", text: "Delivery note. G2P1 at 39 weeks, spontaneous vaginal delivery of a liveborn male. Immediate postpartum hemorrhage from uterine atony, EBL 1200 mL.\n", want: []string{"O72.1", "Z37.0", "Z3A.39"}},
		{name: "lead16 prenatal visit keeps weeks", text: "Prenatal visit, G1 at 24 weeks gestation. Routine supervision of normal first pregnancy.\n", want: []string{"Z34.02", "Z3A.24"}},
		{name: "lead16 postpartum endometritis", setting: "inpatient", text: "Assessment: postpartum endometritis, IV clindamycin and gentamicin.\n", want: []string{"O86.12"}, not: []string{"N71.9"}},
		{name: "lead16 endometritis after childbirth", text: "Endometritis after childbirth, improving on antibiotics.\n", want: []string{"O86.12"}, not: []string{"N71.9"}},
		{name: "lead16 postpartum endometritis readmission no weeks", setting: "inpatient", text: "Readmitted on postpartum day 6 after spontaneous vaginal delivery at 38 weeks with fever and uterine tenderness.\nAssessment: puerperal endometritis.\n", want: []string{"O86.12"}, not: []string{"Z3A.38", "N71.9"}},
		{name: "lead16 chronic endometritis guard", text: "Chronic endometritis on endometrial biopsy.\n", want: []string{"N71.1"}, not: []string{"O86.12"}},
		// An encounter for antineoplastic treatment stands only beside a
		// neoplasm, whichever reading gave it.
		{name: "lead16 chemotherapy encounter without neoplasm", text: "Assessment: encounter for chemotherapy, rheumatoid arthritis on methotrexate.\n", want: []string{"M06.9"}, not: []string{"Z51.11"}},
		{name: "lead16 chemotherapy encounter with neoplasm kept", text: "Assessment: encounter for chemotherapy, breast cancer.\n", want: []string{"Z51.11", "C50.919"}},
	}...)
}
