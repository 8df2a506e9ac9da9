package coder

// Table cases of helper womens20 (women's health gold-first set): Bethesda
// cytology shorthand and high-risk HPV on a cervical Pap, fibroids by uterine
// layer, uterine size in weeks, genetic susceptibility sites, diagnostic
// mammograms, IUD encounters and the routine gynecologic exam without findings.
func init() {
	cases = append(cases, []tc{
		{name: "womens20 ASC-US with high-risk HPV detected",
			text: "Referred for colposcopy. Last Pap: ASC-US; reflex testing shows high-risk HPV detected (not type 16 or 18).",
			want: []string{"R87.610", "R87.810"}, not: []string{"B97.7", "R87.69"}},
		{name: "womens20 LSIL Pap",
			text: "Phone follow-up. Pap returned LSIL. No prior abnormal smears. Colposcopy to be scheduled.",
			want: []string{"R87.612"}},
		{name: "womens20 ASC-H Pap",
			text: "Pap last month ASC-H; colposcopy today, biopsies pending.",
			want: []string{"R87.611"}},
		{name: "womens20 fibroids by layer",
			text: "Pelvic ultrasound: a 4 cm intramural fibroid in the fundus and a 2 cm submucosal fibroid indenting the cavity.",
			want: []string{"D25.1", "D25.0"}, not: []string{"D21.9", "D25.9"}},
		{name: "womens20 uterine size in weeks is no gestation",
			text:    "51 yo G2P2 with symptomatic fibroids, 14-week size uterus, and heavy menses. Admitted for hysterectomy.",
			setting: "inpatient", not: []string{"Z3A.14", "O99.891"}},
		{name: "womens20 genetic susceptibility to ovarian cancer",
			text: "Assessment: hereditary genetic susceptibility to ovarian cancer; referred for risk-reducing salpingo-oophorectomy.",
			want: []string{"Z15.02"}, not: []string{"C56.9"}},
		{name: "womens20 diagnostic mammogram is no screening",
			text: "Palpable lump, left breast, upper outer quadrant. Plan: diagnostic mammogram and ultrasound this week.",
			want: []string{"N63.21"}, not: []string{"Z12.39", "Z12.31"}},
		{name: "womens20 IUD inserted at the postpartum visit",
			text: "Routine postpartum check, healed well. Levonorgestrel IUD inserted today without difficulty, strings trimmed.",
			want: []string{"Z30.430"}, not: []string{"Z97.5"}},
		{name: "womens20 routine gyn exam with HPV cotest and normal findings",
			text: "ANNUAL EXAM\nHere for her routine well-woman exam, no complaints. Pelvic exam normal; cervical cytology with HPV cotesting done. A/P: Routine gynecologic exam, normal findings.",
			want: []string{"Z01.419", "Z11.51"}, not: []string{"Z01.411"}},
		{name: "womens20 hysterectomy for fibroids is a benign neoplasm history",
			text: "PMH: hypertension, hysterectomy for uterine fibroids in 2009. Here for cough.",
			want: []string{"Z86.018"}, not: []string{"D25.9", "D21.9"}},
		{name: "womens20 vaginal discharge is the cervicitis",
			text: "Assessment: chlamydial cervicitis with vaginal discharge; doxycycline and partner therapy.",
			want: []string{"A56.09"}, not: []string{"N89.8"}},
		{name: "womens20 AMH ordered for ovarian reserve",
			text: "Wants pregnancy in a year or two; AMH ordered as baseline.",
			not:  []string{"R31.21"}},
	}...)
}
