package coder

// Cases of the fifteenth session's lead: a multi-token abbreviation read
// across a line break of a numbered problem list.
func init() {
	cases = append(cases, []tc{
		{name: "lead15 CKD item then numbered item", text: "Assessment/Plan:\n1. Hypertension, on amlodipine\n2. CKD\n3. Osteoarthritis of the right knee\n", want: []string{"N18.9"}, not: []string{"N18.30"}},
		{name: "lead15 CKD item then numbered item inpatient", setting: "inpatient", text: "Problem list:\n- CKD\n4 days of productive cough, started azithromycin\n", want: []string{"N18.9"}, not: []string{"N18.4"}},
		{name: "lead15 CKD 3 on one line kept", text: "Assessment: CKD 3, stable creatinine.\n", want: []string{"N18.30"}},
	}...)
}
