package coder

import "notecoder/cdi/model"

// Infections, neoplasms and status codes (infneo): a past infection the
// index files only below its kind ("History, personal, disease or disorder,
// infectious, tuberculosis"), read from the condition alone; an allergy to
// contrast named without "media"; a superinfection; "<name> virus infection";
// a tumor named at its site and, elsewhere, by its behaviour.
func init() {
	cases = append(cases, []tc{
		// Z86.11 is reached under "disease or disorder, infectious", words
		// neither the note nor A15.0's title says (data/history_kind.tsv).
		{name: "infneo-history-tb", text: "He has a history of treated pulmonary tuberculosis.", want: []string{"Z86.11@historical"}, not: []string{"A15.0", "A15.9"}},
		{name: "infneo-history-malaria", text: "Past history: malaria in 1998.", want: []string{"Z86.13"}, not: []string{"B54"}},
		// The kind's catch-all (Z86.19) names no condition: a history the
		// index does not list keeps the condition's own code.
		{name: "infneo-history-kind-only", text: "History of brucellosis.", want: []string{"A23.9"}, not: []string{"Z86.19"}},
		// A family history is unchanged: Z83.1 by the classifiable note.
		{name: "infneo-family-tb", text: "Family history of tuberculosis.", want: []string{"Z83.1"}},
		// "Contrast" alone names the contrast media of History, personal,
		// allergy (data/optional_words.tsv): Z91.041, not the unspecified
		// drug allergy status.
		{name: "infneo-allergy-iv-contrast", text: "She is allergic to IV contrast.", want: []string{"Z91.041"}},
		{name: "infneo-contrast-allergy", text: "History of allergy to iodinated contrast.", want: []string{"Z91.041"}, not: []string{"Z88.9"}},
		{name: "infneo-contrast-medium", text: "Known allergy to contrast medium.", want: []string{"Z91.041"}},
		// A superinfection is read as the index's Infection (data/synonyms.tsv).
		{name: "infneo-superinfection-cmv", text: "Ulcerative colitis with superinfection by cytomegalovirus.", want: []string{"B25.9"}},
		{name: "infneo-superinfection-negated", text: "The wound healed without superinfection.", not: []string{"B99.9", "A49.9"}},
		// The generic infection read right after the infection's name is
		// that infection (data/named_infection.tsv); one read elsewhere stays.
		{name: "infneo-hcv-virus-infection", text: "A woman with hepatitis C virus infection, genotype 1b.", want: []string{"B19.20"}, not: []string{"B34.9"}},
		{name: "infneo-influenza-virus-infection", text: "Diagnosis: influenza virus infection.", want: []string{"J11.1"}, not: []string{"B34.9"}},
		{name: "infneo-toxoplasma-infection", text: "Serology confirmed an acute Toxoplasma infection.", want: []string{"B58.9"}, not: []string{"B99.9"}},
		{name: "infneo-generic-infection-elsewhere", text: "She has influenza and a viral infection.", want: []string{"J11.1", "B34.9"}},
		// A tumor named at its site and a neoplasm named by its behaviour
		// only are one neoplasm: the site's row of the Table of Neoplasms
		// in the behaviour's column.
		{name: "infneo-neo-site-behaviour", text: "A tumor in the left parotid region was found. Histology: carcinoma.", want: []string{"C07"}, not: []string{"D49.0", "C80.1"}},
		{name: "infneo-neo-site-behaviour-inpatient", text: "Bladder trigone tumor. Pathology showed a transitional carcinoma.", setting: model.Inpatient, want: []string{"C67.0"}, not: []string{"D49.4", "C80.1"}},
		// Two sites and one behaviour: which tumor the carcinoma is, is not
		// said. Inpatient the unspecified-site carcinoma is not reported,
		// and the site tumors are not dropped for it.
		{name: "infneo-neo-two-sites", text: "A tumor of the bladder and a tumor of the kidney were found. Histology: carcinoma.", setting: model.Inpatient, want: []string{"D49.4", "D49.519"}, not: []string{"C67.9", "C80.1"}},
		{name: "infneo-neo-site-coded", text: "Renal tumor. Pathology: renal cell carcinoma.", want: []string{"C64.9"}, not: []string{"D49.519"}},
		// Metastases elsewhere are not the site tumor; at its own site they are.
		{name: "infneo-neo-site-and-metastases", text: "Colonic neoplasia with liver and mediastinal metastases.", setting: model.Inpatient, want: []string{"D49.0", "C78.7", "C78.1"}},
		{name: "infneo-neo-site-is-metastasis", text: "A renal tumor was found. Renal metastasis was confirmed by biopsy.", setting: model.Inpatient, want: []string{"C79.00"}, not: []string{"D49.519"}},
		{name: "infneo-ct-with-contrast", text: "No known allergies. CT with contrast was normal.", not: []string{"Z91.041"}},
	}...)
}
