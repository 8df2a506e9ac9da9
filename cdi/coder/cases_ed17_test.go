package coder

// Injury, poisoning and external cause cases (ed17), written for the
// "injury" set of testdata/usnotes.jsonl in other words than its notes.
func init() {
	cases = append(cases, []tc{
		// The loss of consciousness a note states sets the S06 6th character
		// (data/consciousness.tsv): denied in another sentence or section,
		// or by its duration in the code's own sentence.
		{name: "ed17 concussion, loc denied in next sentence", text: "Assessment: Concussion. She never lost consciousness per her husband.", want: []string{"S06.0X0A"}, not: []string{"S06.0X9A"}},
		{name: "ed17 concussion, no loc in hpi", text: "HPI: Hit his head on a cabinet door, no LOC, mild headache since.\nAssessment: Concussion.\nPlan: rest, acetaminophen.", want: []string{"S06.0X0A"}, not: []string{"S06.0X9A", "S06.0XAA"}},
		{name: "ed17 sdh loc 50 minutes", setting: "inpatient", text: "Diagnosis: traumatic subdural hematoma with loss of consciousness for roughly 50 minutes after the assault.", want: []string{"S06.5X2A"}, not: []string{"S06.5X9A"}},
		{name: "ed17 epidural loc 3 hours in hpi", setting: "inpatient", text: "HPI: Thrown from a horse, was unconscious for 3 hours per bystanders.\nAssessment: Traumatic epidural hemorrhage, evacuated.", want: []string{"S06.4X3A"}, not: []string{"S06.4X9A", "S06.4XAA"}},
	}...)
}
