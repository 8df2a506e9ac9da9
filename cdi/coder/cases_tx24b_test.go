package coder

// Table cases of helper tx24b (transplant leftovers): a BK polyomavirus
// viremia is the tabular's papovavirus infection (B34.4), the polyomaviruses
// being the former papovavirus family's; a simultaneous pancreas-kidney
// transplant ("SPK", "pancreas-kidney transplant") is two transplants, each
// with its status (Z94.83, Z94.0); a Pneumocystis pneumonia (B59) is the
// pneumonia the note names elsewhere without its organism, not a second one
// (J18.9).
func init() {
	cases = append(cases, []tc{
		{name: "tx24b BK polyomavirus viremia is a papovavirus infection",
			text: "Transplant clinic\n38M, kidney transplant in 2023, creatinine at baseline.\nA: BK polyomavirus viremia, rising load; mycophenolate halved.",
			want: []string{"B34.4", "Z94.0"}, not: []string{"B34.9"}},
		{name: "tx24b BK viremia abbreviated",
			text: "Assessment: BK viremia after renal transplant, graft function stable. Plan: repeat PCR in 2 weeks.",
			want: []string{"B34.4"}, not: []string{"B34.9"}},
		{name: "tx24b simultaneous pancreas-kidney transplant is two statuses",
			text: "Follow-up visit.\n47M, simultaneous pancreas-kidney transplant 2019 for type 1 diabetes with ESRD. Off insulin, creatinine 1.1.\nAssessment: both grafts functioning well.",
			want: []string{"Z94.0", "Z94.83"}},
		{name: "tx24b SPK initials",
			text: "PMH: SPK 2017, hypertension.\nAssessment: hypertension, controlled on amlodipine.",
			want: []string{"Z94.0", "Z94.83", "I10"}},
		{name: "tx24b pneumonia reason beside Pneumocystis pneumonia",
			text: "ID consult\nReason: pneumonia in a liver transplant recipient.\n60M, liver transplant 2 years ago, off prophylaxis. Fever, dry cough, hypoxemia.\nBAL PCR positive for Pneumocystis jirovecii.\nImpression: Pneumocystis jirovecii pneumonia. Start TMP-SMX.",
			want: []string{"B59", "Z94.4"}, not: []string{"J18.9"}},
	}...)
}
