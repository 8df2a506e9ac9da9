package coder

// Cases of the sixteenth session's lead: no weeks-of-gestation code on a
// postpartum or abortive-outcome encounter (guideline I.C.21.c.3).
func init() {
	cases = append(cases, []tc{
		{name: "lead16 postpartum readmission no weeks", setting: "inpatient", text: "Readmitted, now postpartum day 8 after spontaneous vaginal delivery at 39 weeks. Heavy bleeding with clots since this morning.\nAssessment:\n1. Delayed postpartum hemorrhage. Plan: suction curettage.\n", want: []string{"O72.2"}, not: []string{"Z3A.39"}},
		{name: "lead16 delivery with hemorrhage keeps weeks", setting: "inpatient", text: "Delivery note. G2P1 at 39 weeks, spontaneous vaginal delivery of a liveborn male. Immediate postpartum hemorrhage from uterine atony, EBL 1200 mL.\n", want: []string{"O72.1", "Z37.0", "Z3A.39"}},
		{name: "lead16 prenatal visit keeps weeks", text: "Prenatal visit, G1 at 24 weeks gestation. Routine supervision of normal first pregnancy.\n", want: []string{"Z34.02", "Z3A.24"}},
	}...)
}
