package coder

// Qualifiers written after the main term behind a comma (comma20): a clause
// whose every word is a word of the main term's subterms (remission, episode,
// stage, a site, a severity) stays in the mention's near window however long
// the line (qualifierClauses), while a comma that starts the next condition,
// an infectious agent or an item of a site list still ends it. A cystocele's
// kinds are read through "female" (data/implied.tsv), and a Cushing's syndrome
// put down to a drug is the drug-induced one (data/drug_induced_at.tsv).
func init() {
	cases = append(cases, []tc{
		{name: "comma20 bipolar manic full remission after commas", text: "Problem list: bipolar I disorder, most recent episode manic, in full remission; lithium level pending.", want: []string{"F31.74"}, not: []string{"F31.9"}},
		{name: "comma20 bipolar partial remission then episode", text: "Assessment: bipolar disorder, in partial remission, most recent episode depressed.", want: []string{"F31.75"}, not: []string{"F31.70"}},
		{name: "comma20 ckd stage after comma in long line", text: "Hypertensive heart and kidney disease with chronic diastolic heart failure and leg edema, CKD, stage 4, nephrology to see.", setting: "inpatient", want: []string{"I13.0", "I50.32", "N18.4"}, not: []string{"N18.9", "N04.9"}},
		{name: "comma20 cystocele midline after comma", text: "Pelvic exam shows a cystocele, midline, grade 2.", want: []string{"N81.11"}},
		{name: "comma20 cushing due to prednisone", text: "Cushing syndrome due to prednisone, taper discussed.", want: []string{"E24.2", "T38.0X5A"}, not: []string{"E24.9"}},
		{name: "comma20 migraine intractable after comma", text: "Chronic migraine without aura, intractable, without status migrainosus, botulinum toxin injections every 12 weeks by neurology.", want: []string{"G43.719"}, not: []string{"G43.709"}},
		{name: "comma20 recurrent depression moderate in long line", text: "Major depressive disorder, recurrent, moderate, continues on sertraline 100 mg daily with good effect per patient and wife.", want: []string{"F33.1"}, not: []string{"F32.9"}},
		{name: "comma20 single episode partial remission long line", text: "Major depressive disorder, single episode, in partial remission, continues sertraline 50 mg daily as before.", want: []string{"F32.4"}, not: []string{"F32.9"}},
		{name: "comma20 osteoarthritis side and site before plan", text: "Osteoarthritis, left knee, pain worse on stairs, plan physical therapy and a topical NSAID.", want: []string{"M17.12"}, not: []string{"M19.90"}},
		// Guards (they pass before and after): a comma that lists the next
		// condition, names the infection's agent or lists sites ends the
		// mention.
		{name: "comma20 guard problem list items", text: "Chronic problems: HTN, DM2, CKD 3, GERD.", want: []string{"I12.9", "E11.22", "N18.30", "K21.9"}},
		{name: "comma20 guard agent after comma", text: "Assessment: Pacemaker pocket infection with chest wall cellulitis, MRSA.", setting: "inpatient", want: []string{"T82.7XXA", "B95.62"}, not: []string{"A49.02"}},
		{name: "comma20 guard site list", text: "Teen with inflammatory acne of face, chest and back.", want: []string{"L70.9"}, not: []string{"J98.8"}},
		{name: "comma20 guard word list closed by and", text: "Psychosis with paranoid ideas, affective, withdrawn, poor sleep and weight loss.", not: []string{"F39"}},
	}...)
}
