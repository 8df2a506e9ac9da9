package coder

func init() {
	cases = append(cases, []tc{
		// Sepsis with an agent its index entry does not list is not the
		// unspecified organism; a gram-negative one is "Sepsis,
		// Gram-negative" (A41.59, cases_gramneg_test.go).
		{name: "diginf-sepsis-klebsiella", text: "Admitted with sepsis due to Klebsiella pneumoniae, treated with meropenem.", setting: "inpatient", want: []string{"A41.59"}, not: []string{"A41.9", "A41.89"}},
		{name: "diginf-sepsis-proteus-before", text: "Proteus mirabilis sepsis after the urological procedure.", setting: "inpatient", want: []string{"A41.59"}, not: []string{"A41.9", "A41.89"}},
		// A staphylococcal species the entry does not list is its
		// "specified NEC" (A41.1), not the unspecified staphylococcus.
		{name: "diginf-sepsis-staph-species", text: "Line sepsis due to Staphylococcus hominis, catheter removed.", setting: "inpatient", want: []string{"A41.1"}, not: []string{"A41.2"}},
		// Listed agents keep their own subterm.
		{name: "diginf-sepsis-ecoli-listed", text: "Sepsis due to E. coli from a urinary source.", setting: "inpatient", want: []string{"A41.51"}, not: []string{"A41.89", "A41.9"}},
		{name: "diginf-sepsis-aureus-listed", text: "Sepsis due to Staphylococcus aureus, methicillin sensitive.", setting: "inpatient", want: []string{"A41.01"}, not: []string{"A41.1", "A41.89"}},
		// An agent in another sentence is not linked to the sepsis.
		{name: "diginf-sepsis-agent-elsewhere", text: "Sepsis of urinary origin. Urine culture grew Klebsiella pneumoniae.", setting: "inpatient", want: []string{"A41.9"}, not: []string{"A41.89"}},
		// Other entries with a "specified NEC" organism subterm read the
		// species the same way.
		{name: "diginf-pneumonia-staph-species", text: "Pneumonia due to Staphylococcus epidermidis.", setting: "inpatient", want: []string{"J15.29"}, not: []string{"J15.20"}},
		// The genus is the index's adjective (Sepsis, candidal; Esophagitis,
		// candidal); the genus alone is a culture result.
		{name: "diginf-candida-sepsis", text: "Candida sepsis in a patient on parenteral nutrition.", setting: "inpatient", want: []string{"B37.7"}, not: []string{"A41.9"}},
		{name: "diginf-candida-esophagitis", text: "Endoscopy showed Candida esophagitis.", setting: "inpatient", want: []string{"B37.81"}, not: []string{"K20.90"}},
		{name: "diginf-candida-culture-only", text: "The urine culture grew Candida.", setting: "inpatient", not: []string{"B37.9"}},
		{name: "diginf-candida-infection", text: "Candida infection treated with fluconazole.", setting: "outpatient", want: []string{"B37.9"}},
		// Hepatitis A is viral type A (B15.9): the article "a" hides the
		// index's one-letter subterm, and "acute" is part of the disease.
		{name: "diginf-hepatitis-a", text: "Jaundice for a week; IgM positive, diagnosed with acute hepatitis A.", setting: "inpatient", want: []string{"B15.9"}, not: []string{"B17.9", "K75.9"}},
		{name: "diginf-hav", text: "HAV infection confirmed by serology.", setting: "inpatient", want: []string{"B15.9"}, not: []string{"B99.9"}},
		// A list of types keeps the letter so B and C keep their head.
		{name: "diginf-hepatitis-list", text: "Chronic hepatitis C; serology for hepatitis A and B negative.", setting: "inpatient", want: []string{"B18.2"}, not: []string{"B15.9"}},
		// A bare main term whose code is one site's condition is not given
		// for another site the entry does not code (data/own_site.txt).
		{name: "diginf-own-site-pelvic-abscess", text: "CT showed a pelvic abscess, drained percutaneously.", setting: "inpatient", not: []string{"L02.91"}},
		{name: "diginf-own-site-bladder-hernia", text: "Cystography revealed a bladder hernia.", setting: "inpatient", not: []string{"K46.9"}},
		{name: "diginf-own-site-nasal-reflux", text: "After the palate repair he had nasal reflux of liquids.", setting: "outpatient", not: []string{"K21.9"}},
		// Sites the entry lists, and the bare word, keep their codes.
		{name: "diginf-own-site-listed", text: "Perianal abscess and umbilical hernia.", setting: "inpatient", want: []string{"K61.0", "K42.9"}},
		{name: "diginf-own-site-bare", text: "Abscess drained in clinic. Reflux controlled with omeprazole.", setting: "outpatient", want: []string{"L02.91", "K21.9"}},
		// "Digestive bleeding" is gastrointestinal hemorrhage (K92.2), not R58.
		{name: "diginf-digestive-bleeding", text: "Admitted for upper digestive bleeding; endoscopy pending.", setting: "inpatient", want: []string{"K92.2"}, not: []string{"R58"}},
		{name: "diginf-digestive-bleeding-ulcer", text: "Digestive hemorrhage secondary to duodenal ulcer.", setting: "inpatient", want: []string{"K26.4"}, not: []string{"R58", "K92.2"}},
		// Words naming the bare code's own site keep it.
		{name: "diginf-own-site-soft-tissue", text: "Soft tissue abscess drained at the bedside.", setting: "outpatient", want: []string{"L02.91"}},
		// An EBV infection is the index's Epstein-Barr mononucleosis
		// (Herpesvirus, human, 4), not an unnamed viral infection.
		{name: "diginf-ebv-infection", text: "Fever and pharyngitis; IgM positive, acute EBV infection.", setting: "inpatient", want: []string{"B27.00"}, not: []string{"B34.9"}},
		// The organism of an infection named by abbreviation or by noun
		// reads the index's entry for it.
		{name: "diginf-h-pylori", text: "Breath test confirmed H. pylori infection.", setting: "outpatient", want: []string{"A04.8"}, not: []string{"B99.9"}},
		{name: "diginf-rotavirus-gastroenteritis", text: "Infant admitted with rotavirus gastroenteritis and dehydration.", setting: "inpatient", want: []string{"A08.0"}, not: []string{"K52.9"}},
	}...)
}
