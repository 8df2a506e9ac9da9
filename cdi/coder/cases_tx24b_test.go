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

// Table cases of helper tx24b: a condition "of" the transplanted organ (its
// "allograft") is the organ's complication, I.C.19.g.3.a: an infection the
// index's "Complication, transplant, <organ>, infection" (T86.43, T86.812,
// T86.13), another condition the organ's other complication (T86.49), each
// beside the condition's own code; a named disease of the allograft
// ("cardiac allograft vasculopathy") keeps its own entry.
func init() {
	cases = append(cases, []tc{
		{name: "tx24b CMV hepatitis of the liver allograft",
			text: "DISCHARGE SUMMARY\nPrincipal diagnosis: CMV hepatitis of the liver allograft.\n55M, liver transplant 4 months ago, prophylaxis stopped. Fever, transaminases rising, biopsy with viral inclusions, no rejection.\nTreated with IV ganciclovir.",
			want: []string{"T86.43", "B25.1"}, not: []string{"Z94.4"}},
		{name: "tx24b aspergillosis of the left lung allograft",
			text: "Impression: invasive pulmonary aspergillosis of the left lung allograft. Voriconazole started.",
			want: []string{"T86.812", "B44.0"}, not: []string{"Z94.2"}},
		{name: "tx24b pyelonephritis of the kidney transplant",
			text: "Assessment: acute pyelonephritis of the kidney transplant, E. coli in urine culture.",
			want: []string{"T86.13"}, not: []string{"Z94.0"}},
		{name: "tx24b anastomotic stricture of the liver allograft",
			text: "ERCP note\nImpression: anastomotic bile duct stricture of the liver allograft. Balloon dilation and stent.",
			want: []string{"T86.49", "K83.1"}, not: []string{"Z94.4"}},
		{name: "tx24b renal allograft is the kidney transplant status",
			text: "Assessment: hypertension, controlled. Renal allograft function stable, creatinine at baseline.",
			want: []string{"I10", "Z94.0"}},
		{name: "tx24b history of a transplant is no complication",
			text: "PMH: history of liver transplant 2015.\nAssessment: essential hypertension.",
			want: []string{"Z94.4", "I10"}, not: []string{"T86.49", "T86.40"}},
		{name: "tx24b a condition before a history of a transplant is not of it",
			text: "PMH: hypertension, history of kidney transplant.\nAssessment: hypertension, stable.",
			want: []string{"I10", "Z94.0"}, not: []string{"T86.19", "T86.13"}},
		{name: "tx24b cardiac allograft vasculopathy keeps its entry",
			text: "Assessment: cardiac allograft vasculopathy, grade 1, on statin.",
			want: []string{"T86.290"}, not: []string{"M31.9", "Z94.1"}},
	}...)
}
