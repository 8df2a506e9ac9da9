package coder

// Outpatient visit notes (outpt2), first group: a medication list gives the
// long-term (current) use codes of the drug classes data/longterm.tsv knows
// (Z79, I.C.21.c.3), and nothing else: the indication written beside a drug
// is no diagnosis, a stopped drug or a short course is no current therapy,
// and an allergy list stays uncoded.
func init() {
	cases = append(cases, []tc{
		{name: "outpt2-medlist-insulin-apixaban", text: "MEDICATIONS\n\nInsulin glargine 20 units nightly, apixaban 5 mg BID.\n\nASSESSMENT\n\nType 2 diabetes.", want: []string{"E11.9", "Z79.4", "Z79.01"}},
		{name: "outpt2-medlist-inline", text: "Medications: insulin glargine 20 units nightly, apixaban 5 mg BID.", want: []string{"Z79.4", "Z79.01"}},
		{name: "outpt2-medlist-indication-no-dx", text: "CURRENT MEDICATIONS\n- Eliquis 5 mg twice daily for atrial fibrillation\n- Lisinopril 10 mg daily for hypertension", want: []string{"Z79.01"}, not: []string{"I48.91", "I10"}},
		{name: "outpt2-medlist-stopped", text: "CURRENT MEDICATIONS\n- Metformin 500 mg (stopped in March)\n- Clopidogrel 75 mg daily", want: []string{"Z79.02"}, not: []string{"Z79.84"}},
		{name: "outpt2-medlist-taper", text: "MEDICATIONS\n\nPrednisone taper, 40 mg daily.\nAspirin 81 mg daily.", want: []string{"Z79.82"}, not: []string{"Z79.52"}},
		{name: "outpt2-medlist-none", text: "MEDICATIONS: No anticoagulants.", not: []string{"Z79.01"}},
		{name: "outpt2-allergy-not-medlist", text: "ALLERGIES\n\nAspirin (hives).", not: []string{"Z79.82"}},
	}...)
}

// Outpatient visit notes (outpt2), second group: the visit for a general
// examination as offices name it ("annual exam", "well visit", "preventive
// visit") is Z00.00, and Z00.01 when the line says abnormal findings
// (Examination, annual / medical, general); a plan's next annual exam and
// the exam's own report are no such visit.
func init() {
	cases = append(cases, []tc{
		{name: "outpt2-annual-exam-list", text: "ASSESSMENT AND PLAN\n\n1. Annual exam.\n2. Hypertension, well controlled.", want: []string{"Z00.00", "I10"}},
		{name: "outpt2-annual-exam-abnormal", text: "ASSESSMENT AND PLAN\n\nAnnual exam with abnormal findings.\nElevated blood pressure without a diagnosis of hypertension: recheck in 2 weeks.", want: []string{"Z00.01", "R03.0"}, not: []string{"Z00.00"}},
		{name: "outpt2-well-visit-cc", text: "CHIEF COMPLAINT\n\nWell visit.\n\nASSESSMENT\n\nHealthy adult, normal exam.", want: []string{"Z00.00"}},
		{name: "outpt2-preventive-visit-abnormal", text: "Assessment: preventive visit with abnormal findings.", want: []string{"Z00.01"}},
		{name: "outpt2-annual-exam-next-year", text: "PLAN\n\nReturn in one year for her annual exam.", not: []string{"Z00.00"}},
		{name: "outpt2-physical-exam-report", text: "ASSESSMENT\n\nPhysical exam revealed a 1 cm nodule in the left breast.", not: []string{"Z00.00", "Z00.01"}},
	}...)
}

// Outpatient visit notes (outpt2), third group: the result of an exam of a
// body part ("diabetic foot exam today was normal") is the part's; the
// condition word naming whose part it is stays present.
func init() {
	cases = append(cases, []tc{
		{name: "outpt2-diabetic-foot-exam-normal", text: "PHYSICAL EXAMINATION\n\nDiabetic foot exam today was normal.", want: []string{"E11.9"}},
		{name: "outpt2-diabetic-eye-exam-normal", text: "HPI: Her diabetic eye exam in May was normal.", want: []string{"E11.9"}},
		{name: "outpt2-foot-ulcer-absent-kept", text: "Foot ulcer was absent on foot exam.", not: []string{"L97.509"}},
		{name: "outpt2-diabetes-screen-normal-kept", text: "Diabetes screening today was normal.", not: []string{"E11.9"}},
	}...)
}

// Outpatient visit notes (outpt2), fourth group: a counseling topic or a goal
// ("counseling about weight loss", "encouraged weight loss", "goal weight
// loss of 10 pounds", "weight loss counseling") is no finding; a loss the
// patient has stays coded.
func init() {
	cases = append(cases, []tc{
		{name: "outpt2-counseling-about-weight-loss", text: "ASSESSMENT AND PLAN\n\n1. Obesity, BMI 32.\n- Counseling about weight loss and a low-carbohydrate diet.", want: []string{"E66.9"}, not: []string{"R63.4"}},
		{name: "outpt2-encouraged-weight-loss", text: "Hypertension. Encouraged weight loss and daily walking.", want: []string{"I10"}, not: []string{"R63.4"}},
		{name: "outpt2-goal-weight-loss", text: "PLAN: Goal weight loss of 10 pounds by her next visit.", not: []string{"R63.4"}},
		{name: "outpt2-weight-loss-counseling", text: "PLAN: Weight loss counseling provided today.", not: []string{"R63.4"}},
		{name: "outpt2-weight-loss-finding-kept", text: "HPI: She reports a 15 lb unintentional weight loss over 3 months.", want: []string{"R63.4"}},
	}...)
}
