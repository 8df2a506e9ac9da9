package coder

import "notecoder/cdi/model"

func init() {
	cases = append(cases, []tc{
		// A visual loss of no stated category (Loss, vision, visual: H54.7) and photophobia
		// (H53.14-) are the presenting picture of the eye disease, meningitis or migraine
		// diagnosed beside them (I.B.4-5, data/integral.tsv); a stroke's visual deficit and
		// a visual loss with no explaining diagnosis stay coded.
		{name: "cdsp14-keratitis-photophobia", text: "He came with redness, intense photophobia and poor vision. Slit lamp examination showed an infectious keratitis.", setting: model.Inpatient, want: []string{"H16.9"}, not: []string{"H53.149", "H54.7"}},
		{name: "cdsp14-detachment-vision-loss", text: "She noticed a painless loss of vision for four days. Fundus examination showed a retinal detachment.", setting: model.Inpatient, want: []string{"H33.20"}, not: []string{"H54.7"}},
		{name: "cdsp14-choroid-melanoma-acuity", text: "Referred for a melanoma of the choroid; for months she had perceived a decrease in visual acuity.", setting: model.Inpatient, not: []string{"H54.7"}},
		{name: "cdsp14-migraine-photophobia", text: "Throbbing headache with photophobia; diagnosis: migraine without aura.", want: []string{"G43.009"}, not: []string{"H53.149"}},
		{name: "cdsp14-stroke-visual-kept", text: "Acute ischemic stroke of the left middle cerebral artery with visual impairment and right hemiplegia.", setting: model.Inpatient, want: []string{"H54.7"}},
		{name: "cdsp14-poor-vision-alone-kept", text: "A 13-year-old boy is seen for poor vision since childhood.", want: []string{"H54.7"}},
		{name: "cdsp14-photophobia-alone-kept", text: "She reports photophobia for two days.", want: []string{"H53.149"}},
		// A habit noun listed under a history heading that is not "history of" is the
		// patient's current habit (data/history_status.tsv "heading" rows): the heading
		// word ends the clause as a comma does. "History of being a smoker" and a past
		// qualifier ("former", "ex-", "until") keep the personal history code.
		{name: "cdsp14-history-was-smoker", text: "A woman whose personal history was a 20-cigarette smoker and type 2 diabetes.", setting: model.Inpatient, want: []string{"F17.210"}, not: []string{"Z87.891"}},
		{name: "cdsp14-history-included-smoker", text: "His history included being a heavy smoker and the death of a brother due to lung cancer.", setting: model.Inpatient, want: []string{"F17.200"}, not: []string{"Z87.891"}},
		{name: "cdsp14-history-of-being-smoker-kept", text: "History of being a heavy smoker.", setting: model.Inpatient, want: []string{"Z87.891"}, not: []string{"F17.200"}},
		{name: "cdsp14-history-former-smoker-kept", text: "Past medical history included a former smoker and hypertension.", setting: model.Inpatient, want: []string{"Z87.891"}, not: []string{"F17.200"}},
		{name: "cdsp14-history-smoker-until-kept", text: "His history was notable for being a smoker until 2010.", setting: model.Inpatient, want: []string{"Z87.891"}},
		// An enlarged organ is found-as its neoplasm at the same site (data/found_as.txt,
		// dropFoundAs, I.B.4-5); an enlargement of another site and one with no neoplasm
		// at its site stay.
		{name: "cdsp14-testis-enlargement-seminoma", text: "Testicular enlargement with nodular areas; orchiectomy showed a seminoma of the right testis.", setting: model.Inpatient, want: []string{"C62.91"}, not: []string{"N44.8"}},
		{name: "cdsp14-enlarged-prostate-carcinoma", text: "Rectal exam showed an enlarged prostate. Biopsy confirmed adenocarcinoma of the prostate.", setting: model.Inpatient, want: []string{"C61"}, not: []string{"N40.0"}},
		{name: "cdsp14-enlarged-prostate-alone-kept", text: "Rectal exam showed an enlarged prostate.", setting: model.Inpatient, want: []string{"N40.0"}},
		{name: "cdsp14-enlarged-spleen-other-site-kept", text: "Enlarged spleen. Biopsy confirmed adenocarcinoma of the prostate.", setting: model.Inpatient, want: []string{"R16.1", "C61"}},
		// British spellings reach the index as the US words do (cdi/text/data/misspellings.tsv):
		// a fix is the normaliser's final form, so a plural is fixed to its singular
		// ("haemorrhoids" -> "hemorrhoid"); "nevi" is the plural of nevus (plurals.tsv).
		{name: "cdsp14-british-haemorrhoids", text: "Internal haemorrhoids seen on anoscopy.", want: []string{"K64.8"}},
		{name: "cdsp14-british-hypovolaemic-shock", text: "She was admitted in hypovolaemic shock.", setting: model.Inpatient, want: []string{"R57.1"}},
		{name: "cdsp14-british-lymphoedema", text: "Chronic lymphoedema of the left leg.", want: []string{"I89.0"}},
		{name: "cdsp14-british-polycythaemia", text: "Secondary polycythaemia.", want: []string{"D75.1"}},
		{name: "cdsp14-british-gynaecomastia", text: "He has bilateral gynaecomastia.", want: []string{"N62"}},
		{name: "cdsp14-british-dysmenorrhoea", text: "Primary dysmenorrhoea since menarche.", want: []string{"N94.4"}},
		{name: "cdsp14-us-nevi", text: "Several benign nevi were noted.", want: []string{"D22.9"}},
		// "Denies a personal history of" denies as "denies any personal history of" does
		// (cdi/text/data/context.tsv).
		{name: "cdsp14-denies-a-personal-history", text: "She denies a personal history of atypical nevi and has yearly skin checks.", not: []string{"D22.9"}},
		{name: "cdsp14-denies-personal-history", text: "She denies personal history of diabetes.", not: []string{"E11.9"}},
	}...)
}
