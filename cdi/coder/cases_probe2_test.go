package coder

// Problem-list probe cases, second round (probe2): short assessment lines
// for neoplasm, pregnancy and other chapters whose wording the first round
// did not read.
func init() {
	cases = append(cases, []tc{
		// A leukemia written "not in remission" has not achieved remission
		// (C92.00): the words are no "in remission" subterm, no denial of
		// the leukemia, and no past condition.
		{name: "probe2-aml-not-in-remission", text: "Acute myeloid leukemia, not in remission.", want: []string{"C92.00"}, not: []string{"C92.01"}},
		{name: "probe2-cll-not-in-remission", text: "CLL not in remission, on treatment.", want: []string{"C91.10"}, not: []string{"C91.11"}},
		{name: "probe2-aml-in-remission", text: "AML in remission.", want: []string{"C92.01"}},
		// The estrogen receptor status of a breast cancer (Z17) is coded
		// with it; a negative receptor result denies neither.
		{name: "probe2-er-positive", text: "Left breast carcinoma, ER positive.", want: []string{"C50.912", "Z17.0"}},
		{name: "probe2-er-negative", text: "ER negative carcinoma of the right breast.", want: []string{"C50.911", "Z17.1"}},
		{name: "probe2-estrogen-receptor-positive", text: "Invasive ductal carcinoma of the breast, estrogen receptor positive.", want: []string{"Z17.0"}},
		// ER alone stays the emergency room.
		{name: "probe2-er-room", text: "Seen in the ER for chest pain.", not: []string{"Z17.0", "Z17.1"}},
	}...)
}

func init() {
	cases = append(cases, []tc{
		// Grades and types in Arabic numerals read the index's Roman
		// ones ("Lymphoma, follicular, grade II").
		{name: "probe2-follicular-grade-2", text: "Follicular lymphoma grade 2.", want: []string{"C82.10"}, not: []string{"C82.90"}},
		{name: "probe2-follicular-grade-3", text: "Follicular lymphoma, grade 3.", want: []string{"C82.20"}, not: []string{"C82.90"}},
		{name: "probe2-follicular-grade-ii", text: "Follicular lymphoma grade II.", want: []string{"C82.10"}},
		// The ordinal of "first trimester" is the trimester, not the
		// "first" (pregnancy) subterm of a normal pregnancy's supervision.
		{name: "probe2-normal-pregnancy-first-trimester", text: "Normal pregnancy, first trimester, supervision.", want: []string{"Z34.91"}, not: []string{"Z34.00", "Z34.01"}},
		{name: "probe2-supervision-normal-first-trimester", text: "Supervision of normal pregnancy in the first trimester.", want: []string{"Z34.91"}, not: []string{"Z34.00"}},
		{name: "probe2-normal-first-pregnancy", text: "Supervision of normal first pregnancy.", want: []string{"Z34.00"}},
		{name: "probe2-preterm-labor-second-trimester", text: "Preterm labor, second trimester.", want: []string{"O60.02"}},
		// Advanced maternal age is the index's elderly mother (O09.5-).
		{name: "probe2-ama-primigravida", text: "Supervision of high risk pregnancy due to advanced maternal age, primigravida, first trimester.", want: []string{"O09.511"}, not: []string{"O09.90"}},
	}...)
}

func init() {
	cases = append(cases, []tc{
		// Preeclampsia "without severe features" is the index's mild to
		// moderate preeclampsia (O14.0-), "with severe features" severe.
		{name: "probe2-preeclampsia-without-severe", text: "Preeclampsia without severe features at 35 weeks.", want: []string{"O14.03", "Z3A.35"}, not: []string{"O14.93"}},
		{name: "probe2-preeclampsia-with-severe", text: "Pre-eclampsia with severe features, 31 weeks.", want: []string{"O14.13", "Z3A.31"}, not: []string{"O14.93"}},
		// Chronic hypertension in a pregnancy is the hypertension that
		// preceded it (pre-existing essential, O10.01-); alone it stays I10.
		{name: "probe2-chronic-htn-pregnancy", text: "Chronic HTN in pregnancy, 3rd trimester.", want: []string{"O10.013"}, not: []string{"O16.3"}},
		{name: "probe2-chronic-htn-weeks", text: "Chronic hypertension complicating pregnancy at 22 weeks.", want: []string{"O10.012", "Z3A.22"}},
		{name: "probe2-chronic-htn-not-pregnant", text: "Chronic hypertension, well controlled.", want: []string{"I10"}, not: []string{"O10.019"}},
	}...)
}

func init() {
	cases = append(cases, []tc{
		// "Brainstem" is the table's "brain, stem" (C71.7), not the
		// unspecified site of a glioma.
		{name: "probe2-glioma-brainstem", text: "Glioma of the brainstem.", want: []string{"C71.7"}, not: []string{"C71.9"}},
		{name: "probe2-brainstem-glioblastoma", text: "Brainstem glioblastoma.", want: []string{"C71.7"}, not: []string{"C71.9"}},
		// A lobe of the brain named without "brain" is the table's
		// "frontal, lobe, brain" row.
		{name: "probe2-neoplasm-frontal-lobe", text: "Neoplasm of the frontal lobe.", want: []string{"D49.6"}, not: []string{"D49.9"}},
		{name: "probe2-tumor-parietal-lobe", text: "Tumor of the left parietal lobe.", want: []string{"D49.6"}, not: []string{"D49.9"}},
	}...)
}

func init() {
	cases = append(cases, []tc{
		// "Cleft, lip, with cleft palate" (Q37.9): the note names the
		// cleft once ("cleft lip and palate").
		{name: "probe2-cleft-lip-and-palate", text: "Cleft lip and palate.", want: []string{"Q37.9"}, not: []string{"Q36.9"}},
		{name: "probe2-cleft-lip-with-palate", text: "Newborn with a cleft lip with palate.", want: []string{"Q37.9"}, not: []string{"Q36.9"}},
		{name: "probe2-bilateral-cleft-lip-palate", text: "Bilateral cleft lip and palate.", want: []string{"Q37.8"}, not: []string{"Q36.0"}},
		{name: "probe2-cleft-lip-alone", text: "Cleft lip, repaired at 3 months.", want: []string{"Q36.9"}, not: []string{"Q37.9"}},
	}...)
}

func init() {
	cases = append(cases, []tc{
		// The index says "neonatal" in some entries and "newborn" in
		// others: "Hypoglycemia, neonatal" (P70.4) reads "newborn" too.
		{name: "probe2-hypoglycemia-newborn", text: "Hypoglycemia in a newborn.", want: []string{"P70.4"}, not: []string{"E16.2"}},
		{name: "probe2-neonatal-hypoglycemia", text: "Neonatal hypoglycemia.", want: []string{"P70.4"}},
		{name: "probe2-neonatal-jaundice", text: "Neonatal jaundice.", want: []string{"P59.9"}, not: []string{"R17"}},
	}...)
}

func init() {
	cases = append(cases, []tc{
		// A diagnosis line's qualifying clauses count when the line
		// ends in one more clause past the near window (the receptor
		// status, the grade).
		{name: "probe2-breast-quadrant-er", text: "Breast cancer, right, upper outer quadrant, ER positive.", want: []string{"C50.411", "Z17.0"}, not: []string{"C50.919"}},
		{name: "probe2-breast-quadrant-grade", text: "Breast carcinoma, left, lower inner quadrant, well differentiated.", want: []string{"C50.312"}, not: []string{"C50.912", "C50.919"}},
		// A list of conditions still does not qualify its first item.
		{name: "probe2-list-not-qualifier", text: "Breast cancer, osteoporosis, hypertension, type 2 diabetes mellitus.", want: []string{"C50.919", "M81.0", "I10", "E11.9"}},
	}...)
}

func init() {
	cases = append(cases, []tc{
		// Absence epilepsy is the index's childhood (or juvenile) absence
		// epilepsy, G40.A-, whatever the age the note gives.
		{name: "probe2-absence-epilepsy-intractable", text: "Intractable absence epilepsy.", want: []string{"G40.A19"}, not: []string{"G40.919"}},
		{name: "probe2-absence-epilepsy", text: "Absence epilepsy, on ethosuximide.", want: []string{"G40.A09"}, not: []string{"G40.909"}},
		{name: "probe2-epilepsy-bare", text: "Epilepsy.", want: []string{"G40.909"}},
	}...)
}

func init() {
	cases = append(cases, []tc{
		// The Table of Neoplasms' "melanoma - see Melanoma" and
		// "carcinoid - see Tumor, carcinoid" rows are no sites: the
		// metastasis is where the note sends it.
		{name: "probe2-metastatic-melanoma-lung", text: "Metastatic melanoma to lung.", want: []string{"C43.9", "C78.00"}, not: []string{"C79.9"}},
		{name: "probe2-melanoma-metastatic-liver", text: "Melanoma metastatic to the liver.", want: []string{"C43.9", "C78.7"}, not: []string{"C79.9"}},
		{name: "probe2-metastatic-carcinoid-lung", text: "Metastatic carcinoid to the lung.", want: []string{"C78.00"}, not: []string{"C79.9"}},
		{name: "probe2-metastatic-melanoma-nosite", text: "Metastatic melanoma.", want: []string{"C43.9", "C79.9"}},
	}...)
}

func init() {
	cases = append(cases, []tc{
		// An abbreviation's expansion counts its content words only, as
		// the words written out do: "PROM" reaches as far as "premature
		// rupture of membranes" ("with onset of labor within 24 hours").
		{name: "probe2-prom-onset-within-24h", text: "PROM with onset of labor within 24 hours, 35 weeks.", want: []string{"O42.013", "Z3A.35"}, not: []string{"O42.913"}},
		{name: "probe2-prom-onset-after-24h", text: "PROM with onset of labor after 24 hours, 30 weeks.", want: []string{"O42.113", "Z3A.30"}, not: []string{"O42.913"}},
	}...)
}
