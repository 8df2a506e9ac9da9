package coder

// Never-reached cases (never2): index words and translated phrasings that kept
// a code's whole category out of reach.
func init() {
	cases = append(cases, []tc{
		// Comma subterms whose parts are one short word and its adjective
		// ("bile, biliary", "pons, pontine", "viral, virus", "lipid, lipoid"):
		// either part alone selects the entry.
		{name: "never2-biliary-peritonitis", text: "Postoperative course complicated by biliary peritonitis.", want: []string{"K65.3"}, not: []string{"K65.9"}},
		{name: "never2-viral-pneumonia", text: "Admitted with a viral pneumonia.", want: []string{"J12.9"}, not: []string{"J18.9"}},
		{name: "never2-pontine-hemorrhage", text: "CT showed a pontine hemorrhage.", want: []string{"I61.3"}, not: []string{"R58"}},
		{name: "never2-lipoid-pneumonia", text: "Biopsy diagnosis: lipoid pneumonia.", want: []string{"J69.1"}},
		// A limb's "internal face" is its surface, not the face.
		{name: "never2-internal-face-thigh", text: "Pain on pressure over the internal face of the thigh.", not: []string{"R51.9"}},
		{name: "never2-facial-pain", text: "She came in for facial pain of two weeks.", want: []string{"R51.9"}},
		// Translated words: Spanish "vulgar" is the index's "vulgaris";
		// "P. carinii"/"P. jiroveci" is Pneumocystis written by its initial.
		{name: "never2-pemphigus-vulgar", text: "Oral lesions of pemphigus vulgar confirmed by biopsy.", want: []string{"L10.0"}, not: []string{"L10.9"}},
		{name: "never2-acne-vulgar", text: "Treated for acne vulgar since adolescence.", want: []string{"L70.0"}},
		{name: "never2-p-jiroveci", text: "Bronchoalveolar lavage confirmed pneumonia by P. jiroveci.", want: []string{"B59"}, not: []string{"J18.9"}},
		{name: "never2-pneumocystitis-misspelt", text: "Admitted for pneumocystitis pneumonia.", want: []string{"B59"}},
		// An "included" tooth (Spanish "incluido") is an embedded one.
		{name: "never2-included-canine", text: "Radiograph showed an included canine under the premolars.", want: []string{"K01.0"}},
		{name: "never2-molars-included", text: "Both lower third molars included in horizontal position.", want: []string{"K01.0"}},
		{name: "never2-history-included", text: "Her history included asthma.", want: []string{"J45.909"}, not: []string{"K01.0"}},
		// Exam adjectives of index nouns.
		{name: "never2-cachectic", text: "On examination the patient was cachectic and dehydrated.", want: []string{"R64", "E86.0"}},
		{name: "never2-pruriginous", text: "Pruriginous papules on both forearms.", want: []string{"L29.9"}},
		{name: "never2-malnourished", text: "The child appeared malnourished.", want: []string{"E46"}},
		// Half of a bone named as its side.
		{name: "never2-hemimandible-pain", text: "Left hemimandible pain for a week.", want: []string{"R68.84"}, not: []string{"R52"}},
		// Spellings the index writes otherwise: "bicornuate" (Bicornate
		// uterus) and the translated "polytrauma" (Injury, multiple).
		{name: "never2-bicornuate-uterus", text: "Ultrasound showed a bicornuate uterus.", want: []string{"Q51.3"}},
		{name: "never2-polytrauma", text: "Brought in as a polytrauma after a motorcycle crash.", want: []string{"T07.XXXA"}},
		{name: "never2-multiple-trauma", text: "Admitted for multiple trauma after a fall from a roof.", want: []string{"T07.XXXA"}},
		// A bracket in an index subterm names the same thing again
		// ("prostate specific antigen [PSA]", "[ANCA] vasculitis"): either
		// name selects the entry.
		{name: "never2-elevated-psa", text: "Elevated PSA found at the urology visit.", want: []string{"R97.20"}},
		{name: "never2-elevated-psa-words", text: "Elevated prostate specific antigen at the last visit.", want: []string{"R97.20"}},
		{name: "never2-anca-vasculitis", text: "She has ANCA vasculitis treated with rituximab.", want: []string{"I77.82"}, not: []string{"I77.6"}},
		{name: "never2-abnormal-eeg", text: "An abnormal EEG was recorded.", want: []string{"R94.01"}},
		// British spellings of index words.
		{name: "never2-dyslipidaemia", text: "Known dyslipidaemia on statins.", want: []string{"E78.5"}},
		{name: "never2-coeliac", text: "She has coeliac disease and keeps a gluten-free diet.", want: []string{"K90.0"}},
		{name: "never2-paraesthesia", text: "She reports paraesthesia of the left hand.", want: []string{"R20.2"}},
		// The index's Latin "peritonei" (Carcinomatosis, peritonei) is the
		// peritoneum notes name by its adjective.
		{name: "never2-peritoneal-carcinomatosis", text: "CT showed peritoneal carcinomatosis with ascites.", want: []string{"C78.6"}, not: []string{"C80.0"}},
		// Oncology abbreviations and translations: GIST, HCC beside a
		// metastasis, and the "uterine cervical" carcinoma of the cervix uteri.
		{name: "never2-gastric-gist", text: "Endoscopic biopsy showed a gastric GIST of 6 cm.", want: []string{"C49.A2"}},
		{name: "never2-hcc-metastasis", text: "The bone biopsy confirmed a metastasis of HCC.", want: []string{"C22.0"}},
		{name: "never2-uterine-cervical-carcinoma", text: "She was treated for a uterine cervical carcinoma.", want: []string{"C53.9"}, not: []string{"C55"}},
		// Spanish spellings of index words.
		{name: "never2-polaquiuria", text: "She complained of polaquiuria and dysuria.", want: []string{"R35.0", "R30.0"}},
		{name: "never2-hiphema", text: "Slit lamp showed a hiphema in the left eye.", want: []string{"H21.02"}},
		// A translated "wheels" (silla de ruedas) the patient needs to move is
		// a wheelchair; a steroid-dependent disease is no drug dependence.
		{name: "never2-needs-wheels", text: "After the amputation she needs wheels to move around the house.", want: []string{"Z99.3"}},
		{name: "never2-corticoid-dependence", text: "Crohn disease with corticoid dependence, so azathioprine was added.", not: []string{"F19.20"}},
		{name: "never2-alcohol-dependence", text: "He has alcohol dependence and drinks daily.", not: []string{"Z99.3"}},
		// A see reference naming its subterm in the plural ("see Dependence,
		// drug, opioids") reaches the singular entry (opioid, F11.20), not
		// "drug NEC".
		{name: "never2-opioid-dependence", text: "He has opioid dependence and is on methadone.", want: []string{"F11.20"}, not: []string{"F19.20"}},
		{name: "never2-opioid-abuse", text: "Known opioid abuse.", want: []string{"F11.10"}, not: []string{"F19.10"}},
		// The translated "depressive syndrome" is depression; the
		// anxious-depressive one is mixed anxiety and depression.
		{name: "never2-depressive-syndrome", text: "Treated with sertraline for a depressive syndrome.", want: []string{"F32.A"}},
		{name: "never2-anxiety-depressive-syndrome", text: "Anxious-depressive syndrome on follow-up by psychiatry.", want: []string{"F41.8"}, not: []string{"F32.A"}},
	}...)
}
