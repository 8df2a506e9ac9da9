package coder

// Metastases named after their primary (ninth session, recall): the index's
// "Metastasis, metastatic, cancer, to specified site - see Neoplasm,
// secondary" makes the site after "metastatic to" the secondary one and the
// carcinoma named before it the primary ("Carcinoma, metastatic" is the
// adjective before the head, "metastatic carcinoma"). A site word right
// before a metastasis ("liver metastases") is that metastasis' site, not a
// subterm of the carcinoma of the clause ("Carcinoma, liver NEC", C22.7).
func init() {
	cases = append(cases, []tc{
		{name: "fn9-met-to-bone", text: "Carcinoma of the breast, metastatic to bone.", want: []string{"C50.919", "C79.51"}, not: []string{"C79.81"}},
		{name: "fn9-met-to-liver-colon", text: "Carcinoma of the colon, metastatic to the liver.", want: []string{"C18.9", "C78.7"}, not: []string{"C78.5"}},
		{name: "fn9-met-to-nodes", text: "Carcinoma of the breast metastatic to the axillary lymph nodes.", want: []string{"C50.919", "C77.3"}, not: []string{"Q83.1", "C79.81"}},
		{name: "fn9-met-to-lung-noside", text: "Carcinoma of the breast metastatic to the lung.", want: []string{"C50.919", "C78.00"}, not: []string{"C79.81"}},
		{name: "fn9-with-metastatic-nodes", text: "Carcinoma of the breast with metastatic axillary lymph node.", want: []string{"C50.919", "C77.3"}, not: []string{"C79.81"}},
		{name: "fn9-liver-metastases", text: "Breast carcinoma with liver metastases.", want: []string{"C50.919", "C78.7"}, not: []string{"C22.7"}},
		{name: "fn9-metastases-to-liver", text: "Breast carcinoma with metastases to the liver.", want: []string{"C50.919", "C78.7"}, not: []string{"C22.7"}},
		{name: "fn9-metastatic-carcinoma-stays", text: "Metastatic carcinoma of the liver.", want: []string{"C78.7"}, not: []string{"C22.7"}},
		{name: "fn9-metastatic-breast-cancer-to-bone", text: "Metastatic breast cancer to the bone.", want: []string{"C50.919", "C79.51"}},
		{name: "fn9-from-renal-stays", text: "Metastasis from renal carcinoma.", want: []string{"C64.9"}},
	}...)
}

// "Mass, specified organ NEC - see Disease, by site": a mass of an organ the
// Mass entry does not list is that organ's disease (bladder N32.9, testis
// N50.9, prostate N42.9), as the index instructs; the organ must be named
// whole (the parotid gland is no "Disease, gland (lymph)") and an amount of
// tissue ("muscle mass") is no lesion. The entry's own sites stay (Mass,
// kidney N28.89; Mass, abdominal R19.00).
func init() {
	cases = append(cases, []tc{
		{name: "fn9-mass-bladder", text: "Cystoscopy: small solid mass in the bladder dome.", want: []string{"N32.9"}},
		{name: "fn9-mass-testicular", text: "Left testicular mass, painless.", want: []string{"N50.9"}},
		{name: "fn9-mass-prostate", text: "Prostate mass on rectal examination.", want: []string{"N42.9"}},
		{name: "fn9-mass-kidney-stays", text: "Renal mass.", want: []string{"N28.89"}, not: []string{"N28.9"}},
		{name: "fn9-mass-abdominal-stays", text: "Abdominal mass.", want: []string{"R19.00"}},
		{name: "fn9-mass-parotid-gland", text: "Mass of the parotid gland.", not: []string{"I89.9"}},
		{name: "fn9-mass-hemorrhagic", text: "A solid mass with hemorrhagic areas.", not: []string{"D69.9"}},
		{name: "fn9-muscle-mass", text: "Loss of fat and muscle mass.", not: []string{"M62.9"}},
		{name: "fn9-mass-bare", text: "A mass was palpated.", not: []string{"R69"}},
	}...)
}

// "Organ with condition" in a short line (imaging style): body-site words
// alone before "with" name the organ of the condition after it, as the
// needSub words did ("term neonate with hypoglycemia"); a condition before
// "with" still keeps its own words.
func init() {
	cases = append(cases, []tc{
		{name: "fn9-with-gallbladder-stones", text: "Gallbladder with multiple stones.", want: []string{"K80.20"}},
		{name: "fn9-with-liver-steatosis", text: "Liver with steatosis.", want: []string{"K76.0"}, not: []string{"E88.89"}},
		{name: "fn9-with-bladder-diverticula", text: "Urinary bladder with multiple diverticula.", want: []string{"N32.3"}, not: []string{"K57.90"}},
		{name: "fn9-with-colon-diverticula", text: "Colon with diverticula.", want: []string{"K57.30"}, not: []string{"K57.90"}},
		{name: "fn9-with-dvt-pe-stays", text: "Deep vein thrombosis of the left leg with pulmonary embolism.", want: []string{"I82.402", "I26.99"}},
	}...)
}
