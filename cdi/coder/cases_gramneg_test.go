package coder

func init() {
	cases = append(cases, []tc{
		// A gram-negative genus the sepsis entry does not list is filed
		// under "Sepsis, Gram-negative" (data/gram_negative.txt): the
		// tabular's "Other Gram-negative sepsis", not "specified organism
		// NEC" (A41.89) or the unspecified gram-negative code (A41.50).
		{name: "gramneg-klebsiella", text: "Admitted with sepsis due to Klebsiella pneumoniae.", setting: "inpatient", want: []string{"A41.59"}, not: []string{"A41.89", "A41.50", "B96.1"}},
		{name: "gramneg-proteus", text: "Proteus sepsis, on ceftriaxone.", setting: "inpatient", want: []string{"A41.59"}, not: []string{"A41.89"}},
		{name: "gramneg-enterobacter", text: "Enterobacter cloacae bacteremia with sepsis.", setting: "inpatient", want: []string{"A41.59"}, not: []string{"A41.9", "A41.89"}},
		{name: "gramneg-acinetobacter", text: "Acinetobacter sepsis.", setting: "inpatient", want: []string{"A41.59"}, not: []string{"A41.9", "A41.54"}},
		{name: "gramneg-citrobacter", text: "Sepsis secondary to Citrobacter.", setting: "inpatient", want: []string{"A41.59"}, not: []string{"A41.9"}},
		// The tabular names A. baumannii itself (A41.54).
		{name: "gramneg-baumannii", text: "Sepsis due to Acinetobacter baumannii.", setting: "inpatient", want: []string{"A41.54"}, not: []string{"A41.59"}},
		// Anaerobes: "Sepsis, Gram-negative, anaerobic" A41.4.
		{name: "gramneg-bacteroides", text: "Sepsis due to Bacteroides fragilis.", setting: "inpatient", want: []string{"A41.4"}, not: []string{"A41.89"}},
		// Genera with codes of their own keep them; the stain alone stays
		// unspecified.
		{name: "gramneg-ecoli", text: "E. coli sepsis.", setting: "inpatient", want: []string{"A41.51"}, not: []string{"A41.59"}},
		{name: "gramneg-pseudomonas", text: "Pseudomonas sepsis.", setting: "inpatient", want: []string{"A41.52"}, not: []string{"A41.59"}},
		{name: "gramneg-serratia", text: "Serratia sepsis.", setting: "inpatient", want: []string{"A41.53"}, not: []string{"A41.59"}},
		{name: "gramneg-stain-only", text: "Gram negative sepsis.", setting: "inpatient", want: []string{"A41.50"}, not: []string{"A41.59"}},
		{name: "gramneg-staph-species", text: "Sepsis due to Staphylococcus hominis.", setting: "inpatient", want: []string{"A41.1"}},
		// Pneumonia's entry has its own "gram-negative bacteria NEC" (J15.6).
		{name: "gramneg-enterobacter-pneumonia", text: "Enterobacter pneumonia.", setting: "inpatient", want: []string{"J15.69"}, not: []string{"J18.9"}},
		{name: "gramneg-klebsiella-pneumonia", text: "Klebsiella pneumonia.", setting: "inpatient", want: []string{"J15.0"}},
		// "Kimmelstiel (-Wilson) disease - see Diabetes, Kimmelstiel (-Wilson)
		// disease": the modifier is the eponym's second name, so the
		// hyphenated name is the entry (not Wilson's disease E83.01), and the
		// reference reaches "Diabetes, with, Kimmelsteil-Wilson disease" as the
		// index spells it; type unspecified is type 2 (I.C.4.a.2).
		{name: "gramneg-kimmelstiel-wilson", text: "Kimmelstiel-Wilson disease on renal biopsy.", want: []string{"E11.21"}, not: []string{"E83.01", "E11.9"}},
		{name: "gramneg-kimmelstiel-alone", text: "Kimmelstiel disease.", want: []string{"E11.21"}, not: []string{"E11.9"}},
		{name: "gramneg-kimmelstiel-type1", text: "Type 1 diabetes with Kimmelstiel-Wilson disease.", want: []string{"E10.21"}, not: []string{"E83.01", "E10.9"}},
		{name: "gramneg-wilson-alone", text: "Wilson disease, on penicillamine.", want: []string{"E83.01"}},
		// "Bouveret (-Hoffmann) syndrome" is paroxysmal tachycardia (I47.9).
		{name: "gramneg-bouveret-hoffmann", text: "Bouveret-Hoffmann syndrome.", want: []string{"I47.9"}},
		// "Thrombosis, coronary (artery) (vein) - see also Infarct,
		// myocardium": the subterm names a site, so its see-also is the
		// entry (I21.9), not the main term's vein code (I82.90) or
		// "Thrombosis, artery" (I74.9); "not resulting in infarction" is I24.0.
		{name: "gramneg-coronary-thrombosis", text: "Coronary thrombosis.", setting: "inpatient", want: []string{"I21.9"}, not: []string{"I82.90"}},
		{name: "gramneg-coronary-artery-thrombosis", text: "Thrombosis of the coronary artery.", setting: "inpatient", want: []string{"I21.9"}, not: []string{"I74.9"}},
		{name: "gramneg-coronary-no-infarct", text: "Coronary thrombosis not resulting in infarction.", setting: "inpatient", want: []string{"I24.0"}, not: []string{"I21.9"}},
		{name: "gramneg-mural-thrombosis", text: "Mural thrombosis.", setting: "inpatient", not: []string{"I21.9"}},
	}...)
}
