package coder

// Oncology, encounter and drug wording leftovers (left22c): Cushing disease
// is the pituitary-dependent one and MODY the index's "Diabetes, specified
// type NEC" (cdi/text/data/abbrev.tsv, data/title_alias.tsv, match.go's
// necOwn read only from the subterm's own words); an acetaminophen toxicity
// is a poisoning (data/drug_intent.tsv "excess" rows, I.C.19.e.5).
func init() {
	cases = append(cases, []tc{
		{name: "left22c cushing disease", text: "Cushing disease, awaiting repeat pituitary MRI.", want: []string{"E24.0"}, not: []string{"E24.9"}},
		{name: "left22c cushings disease apostrophe", text: "Assessment: Cushing's disease with hypertension.", want: []string{"E24.0", "I10"}, not: []string{"E24.9"}},
		{name: "left22c mody", text: "MODY, diagnosed by genetic testing, controlled on glipizide.", want: []string{"E13.9", "Z79.84"}, not: []string{"E11.9"}},
		{name: "left22c mody long", text: "Maturity onset diabetes of the young with diabetic nephropathy.", want: []string{"E13.21"}, not: []string{"E11.21"}},
		{name: "left22c apap toxicity", text: "Acetaminophen toxicity, started on N-acetylcysteine.", setting: "inpatient", want: []string{"T39.1X1A"}, not: []string{"T39.1X5A"}},
		{name: "left22c apap overdose intentional", text: "Intentional APAP overdose, psychiatry consulted.", setting: "inpatient", want: []string{"T39.1X2A"}, not: []string{"T39.1X5A", "T39.1X1A"}},
	}...)
}
