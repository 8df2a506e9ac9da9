package coder

// Office-note precision cases (leftZd), written for these cases: weight loss
// that the plan aims at is no abnormal loss (R63.4, "Loss, weight (abnormal)"),
// and "stress" that names the body's strain of surgery or a plan's stress
// management is no stress reaction (F43.9).
func init() {
	cases = append(cases, []tc{
		{name: "leftZd-weight-loss-discussed", text: "ASSESSMENT\n1. Obesity class 2, BMI 36.1 - weight loss discussed, diet log.", want: []string{"E66.812"}, not: []string{"R63.4"}},
		{name: "leftZd-weight-loss-counseled", text: "ASSESSMENT\nOverweight. Weight loss counseled, return in 3 months.", want: []string{"E66.3"}, not: []string{"R63.4"}},
		{name: "leftZd-medical-weight-loss", text: "ASSESSMENT\nSevere obesity, enrolled in medical weight loss.", not: []string{"R63.4"}},
		{name: "leftZd-improve-with-weight-loss", text: "ASSESSMENT\nPrediabetes - expect improvement with weight loss, recheck A1c.", want: []string{"R73.03"}, not: []string{"R63.4"}},
		{name: "leftZd-weight-loss-finding-kept", text: "ASSESSMENT\nUnintentional weight loss of 15 pounds over two months.", want: []string{"R63.4"}},
		{name: "leftZd-postop-stress", text: "ASSESSMENT\nParoxysmal atrial fibrillation in the setting of postop stress.", want: []string{"I48.0"}, not: []string{"F43.9"}},
		{name: "leftZd-stress-management", text: "ASSESSMENT\nTension headache. Plan: stress management, sleep hygiene.", not: []string{"F43.9"}},
	}...)
}

// A cancer removed and no longer treated, and a clot whose anticoagulation
// course is over, are personal histories (I.C.2.d: Z85; Z86.71-).
func init() {
	cases = append(cases, []tc{
		{name: "leftZd-cancer-no-current-treatment", text: "Problems: hypertension, hypothyroidism. Colon cancer status post colectomy and chemotherapy 2016, no current treatment.", want: []string{"Z85.038"}, not: []string{"C18.9"}},
		{name: "leftZd-dvt-anticoagulation-completed", text: "Problems: gout, GERD. Right leg DVT 2019 after a long flight, completed anticoagulation.", want: []string{"Z86.718"}, not: []string{"I82.401"}},
	}...)
}
