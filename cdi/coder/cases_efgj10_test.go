package coder

func init() {
	cases = append(cases, []tc{
		// A "smoker" listed under a history heading is a current smoker
		// (Smoker - see Dependence, drug, nicotine); a former one is
		// written so, and stays a personal history (Z87.891).
		{name: "efgj-smoker-in-history-list", text: "History of peptic ulcer, a 15-cigarette smoker/day, and appendectomy in youth; admitted with cellulitis of the left leg.", setting: "inpatient",
			want: []string{"F17.210"}, not: []string{"Z87.891"}},
		{name: "efgj-smoker-pmh-line", text: "Past history: hypertension, diabetes, smoker.",
			want: []string{"F17.200"}, not: []string{"Z87.891"}},
		{name: "efgj-former-smoker-history-list", text: "History of hypertension, former smoker.",
			want: []string{"Z87.891"}, not: []string{"F17.200"}},
		{name: "efgj-ex-smoker-history-list", text: "History of asthma and ex-smoker of 20 cigarettes a day.",
			want: []string{"Z87.891"}, not: []string{"F17.210"}},
		// "Who quit" describes the smoker before it: a former smoker.
		{name: "efgj-smoker-who-quit", text: "She is a smoker who quit 3 years ago; admitted with pneumonia.", setting: "inpatient",
			want: []string{"Z87.891", "J18.9"}, not: []string{"F17.200"}},
		// A drug the note says was stopped is no current long-term therapy
		// (Z79.-), even an oral antidiabetic.
		{name: "efgj-stopped-metformin", text: "Type 2 diabetes mellitus; she stopped metformin a month ago because of diarrhea.",
			want: []string{"E11.9"}, not: []string{"Z79.84"}},
		// The index's subterm "A" is the letter ("Deficiency, vitamin, A"
		// E50.9, "Hemophilia, A" D66), which the article "a" as a stop word
		// left without words: the unspecified vitamin deficiency was coded.
		{name: "efgj-vitamin-a-deficiency", text: "Protein-calorie malnutrition with vitamin A deficiency.", setting: "inpatient",
			want: []string{"E46", "E50.9"}, not: []string{"E56.9"}},
		{name: "efgj-hemophilia-a", text: "He has hemophilia A with a knee hemarthrosis.",
			want: []string{"D66"}},
		{name: "efgj-article-a-not-letter", text: "History of hypertension. A vitamin deficiency was found.",
			want: []string{"E56.9"}, not: []string{"E50.9"}},
		// The agent of a disease is no rival mention of it: the pneumonia
		// stays beside "group A streptococcus" (B95.0).
		{name: "efgj-group-a-strep-pneumonia", text: "Group A streptococcus pneumonia.", setting: "inpatient",
			want: []string{"J15.4"}},
		{name: "efgj-group-a-strep-pharyngitis", text: "Group A streptococcal pharyngitis.",
			want: []string{"J02.0"}},
		// "Insipid diabetes" is diabetes insipidus, no diabetes mellitus.
		{name: "efgj-insipid-diabetes", text: "Enuresis secondary to episodes of nephrogenic insipid diabetes.",
			want: []string{"N25.1"}, not: []string{"E11.9"}},
		{name: "efgj-hepatitis-a", text: "Assessment: hepatitis A.",
			want: []string{"B15.9"}, not: []string{"K75.9"}},
		// The "with" link is presumed unless the documentation says
		// otherwise (I.A.15): a kidney disease the note attributes to
		// polycystic kidneys is no diabetic one (E11.22); one attributed to
		// the diabetes still is. Hypertension's link (I.C.9.a) and the
		// coexistence rules (COPD with a lower respiratory infection) stay.
		{name: "efgj-ckd-own-cause-diabetes", text: "Stage 4 chronic kidney disease secondary to polycystic kidney disease. Type 2 diabetes mellitus.", setting: "inpatient",
			want: []string{"N18.4", "Q61.3", "E11.9"}, not: []string{"E11.22"}},
		{name: "efgj-ckd-own-cause-hypertension-kept", text: "Hypertension. Chronic kidney disease stage 3 due to obstructive uropathy.", setting: "inpatient",
			want: []string{"I12.9", "N18.30", "N13.9"}},
		{name: "efgj-copd-pneumonia-organism", text: "COPD. Pneumonia due to Pseudomonas.", setting: "inpatient",
			want: []string{"J44.0", "J15.1"}},
		{name: "efgj-foot-ulcer-venous", text: "Type 2 diabetes mellitus. Ulcer of the left heel due to venous insufficiency.", setting: "inpatient",
			not: []string{"E11.621"}},
		{name: "efgj-ckd-due-to-diabetes", text: "Type 2 diabetes mellitus. Chronic kidney disease stage 3 secondary to diabetes.", setting: "inpatient",
			want: []string{"E11.22", "N18.30"}},
		{name: "efgj-nephropathy-due-to-di", text: "Type 2 diabetes. Nephropathy secondary to diabetes insipidus.", setting: "inpatient",
			want: []string{"E11.9", "E23.2"}, not: []string{"E11.21"}},
	}...)
}
