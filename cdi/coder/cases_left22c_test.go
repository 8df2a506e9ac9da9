package coder

// Oncology, encounter and drug wording leftovers (left22c): Cushing disease
// is the pituitary-dependent one and MODY the index's "Diabetes, specified
// type NEC" (cdi/text/data/abbrev.tsv, data/title_alias.tsv, match.go's
// necOwn read only from the subterm's own words); an acetaminophen toxicity
// is a poisoning (data/drug_intent.tsv "excess" rows, I.C.19.e.5); no O80
// beside a postpartum visit (data/integral.tsv); a removed cancer with
// "no recurrence" is history (cdi/text/data/context.tsv, I.C.2.d); a
// surveillance visit after a treated cancer is Z08
// (cdi/text/data/abbrev.tsv, data/combos.tsv across sentences).
func init() {
	cases = append(cases, []tc{
		{name: "left22c cushing disease", text: "Cushing disease, awaiting repeat pituitary MRI.", want: []string{"E24.0"}, not: []string{"E24.9"}},
		{name: "left22c cushings disease apostrophe", text: "Assessment: Cushing's disease with hypertension.", want: []string{"E24.0", "I10"}, not: []string{"E24.9"}},
		{name: "left22c mody", text: "MODY, diagnosed by genetic testing, controlled on glipizide.", want: []string{"E13.9", "Z79.84"}, not: []string{"E11.9"}},
		{name: "left22c mody long", text: "Maturity onset diabetes of the young with diabetic nephropathy.", want: []string{"E13.21"}, not: []string{"E11.21"}},
		{name: "left22c apap toxicity", text: "Acetaminophen toxicity, started on N-acetylcysteine.", setting: "inpatient", want: []string{"T39.1X1A"}, not: []string{"T39.1X5A"}},
		{name: "left22c apap overdose intentional", text: "Intentional APAP overdose, psychiatry consulted.", setting: "inpatient", want: []string{"T39.1X2A"}, not: []string{"T39.1X5A", "T39.1X1A"}},
		{name: "left22c postpartum visit no o80", text: "Postpartum visit. 6 weeks postpartum after an uncomplicated vaginal delivery, doing well, breastfeeding.", want: []string{"Z39.2"}, not: []string{"O80"}},
		{name: "left22c lung cancer lobectomy no recurrence", text: "Lung cancer s/p lobectomy, no recurrence on surveillance CT.", want: []string{"Z85.118"}, not: []string{"C34.90"}},
		{name: "left22c colon cancer without recurrence", text: "Colon cancer s/p hemicolectomy 2019 without recurrence.", want: []string{"Z85.038"}, not: []string{"C18.9"}},
		{name: "left22c surveillance visit z08", text: "Surveillance visit. History of breast cancer s/p lumpectomy 2020, no evidence of disease.", want: []string{"Z08", "Z85.3"}, not: []string{"Z09", "C50.919"}},
		{name: "left22c here for cancer surveillance", text: "History of colon cancer, completed treatment 2019, no evidence of disease. Here for cancer surveillance.", want: []string{"Z08", "Z85.038"}, not: []string{"Z09", "C80.1"}},
	}...)
}
