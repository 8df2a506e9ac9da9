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
