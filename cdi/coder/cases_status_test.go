package coder

// Status cases (acc-status): status and history Z codes the guidelines
// require (acquired absence after a past removal, dialysis dependence,
// transplant and device status, long-term drug use) and translation words.
func init() {
	cases = append(cases, []tc{
		{name: "status-post-hysterectomy", text: "Status post hysterectomy, now with dysuria.", want: []string{"Z90.710"}},
		{name: "status-hysterectomized", text: "A hysterectomized woman came for back pain.", want: []string{"Z90.710"}},
		{name: "status-nephrectomy-year", text: "She had a left nephrectomy in 2010.", want: []string{"Z90.5"}},
		{name: "status-history-splenectomy", text: "History of splenectomy after a car accident.", want: []string{"Z90.81"}},
		{name: "status-partial-gastrectomy", text: "Past history: partial gastrectomy for an ulcer.", want: []string{"Z90.3"}},
		{name: "status-bilateral-oophorectomy", text: "History of bilateral oophorectomy.", want: []string{"Z90.722"}},
		{name: "status-prostatectomy-ago", text: "He underwent radical prostatectomy five years ago.", want: []string{"Z90.79"}},
		{name: "status-orchiectomy-absence", text: "History of right orchiectomy.", want: []string{"Z90.79"}},
		{name: "status-removal-now", text: "A left nephrectomy was performed.", not: []string{"Z90.5"}},
		{name: "status-removal-planned", text: "A cholecystectomy is planned next week.", not: []string{"Z90.49"}},
		{name: "status-removal-suspected", text: "With the suspected diagnosis of a testicular tumor we performed an orchiectomy.", not: []string{"Z90.79"}},
		{name: "status-cystectomy-of-cyst", text: "History of ovarian cystectomy.", not: []string{"Z90.6"}},
		{name: "status-chronic-hemodialysis", text: "She is on chronic hemodialysis.", want: []string{"Z99.2"}},
		{name: "status-dialysis-programme", text: "In 2002 she entered a regular haemodialysis programme.", want: []string{"Z99.2"}},
		{name: "status-home-peritoneal-dialysis", text: "He has been on home peritoneal dialysis for two years.", want: []string{"Z99.2"}},
		{name: "status-acute-hemodialysis", text: "He required hemodialysis for acute kidney injury.", want: []string{"N17.9"}, not: []string{"Z99.2"}},
		{name: "status-translation-hypertransaminasemia", text: "She developed hypertransaminasemia after the antibiotics.", want: []string{"R74.01"}},
		{name: "status-translation-increase-transaminases", text: "Labs showed an increase in transaminases.", want: []string{"R74.01"}},
		{name: "status-translation-polycystosis", text: "Kidney failure due to renal polycystosis.", want: []string{"Q61.3"}},
		{name: "status-translation-hepatorenal-polycystosis", text: "He has hepatorenal polycystosis.", want: []string{"Q44.6", "Q61.3"}},
		{name: "status-translation-peritoneal-implants", text: "CT showed peritoneal implants.", want: []string{"C78.6"}},
		{name: "status-translation-breast-implants", text: "Silicone breast implants were placed years ago.", not: []string{"C79.81", "C78.6"}},
		{name: "status-translation-cranial-pair", text: "Paresis of the fourth cranial pair of the left eye.", want: []string{"H49.12"}},
		{name: "status-device-pacemaker", text: "He has carried a pacemaker for years.", want: []string{"Z95.0"}},
		{name: "status-device-pacemaker-placed-now", text: "A pacemaker was implanted for complete heart block.", not: []string{"Z95.0"}},
		{name: "status-device-ppm-rate", text: "Heart rate of 120 ppm and blood pressure 130/80.", not: []string{"Z95.0"}},
		{name: "status-device-valve-prosthesis", text: "She wears a mechanical mitral valve prosthesis.", want: []string{"Z95.2"}},
		{name: "status-device-valve-replacement", text: "History of aortic valve replacement in 2012.", want: []string{"Z95.2"}},
		{name: "status-device-valve-replacement-planned", text: "He was scheduled for aortic valve replacement.", not: []string{"Z95.2"}},
		{name: "status-device-cabg", text: "Status post coronary artery bypass graft.", want: []string{"Z95.1"}},
		{name: "status-device-coronary-stent", text: "History of coronary stent placement.", want: []string{"Z95.5"}},
		{name: "status-ckd-on-dialysis", text: "A man with chronic kidney disease stage 5 on chronic hemodialysis.", want: []string{"N18.6", "Z99.2"}, not: []string{"N18.5"}},
		{name: "status-crf-on-dialysis", text: "Chronic renal failure in a regular hemodialysis program.", want: []string{"N18.6", "Z99.2"}, not: []string{"N18.9"}},
		{name: "status-transplantectomy", text: "The kidney graft required a transplantectomy in 2005.", want: []string{"Z98.85"}},
	}...)
}
