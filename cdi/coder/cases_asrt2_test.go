package coder

import "notecoder/cdi/model"

// Assertion cases (asrt2): chronic conditions named in the history are
// current, while acute events stay history.
func init() {
	cases = append(cases, []tc{
		// A chronic condition that does not end, listed as history, is a
		// current condition (data/lifelong.txt); Z85-Z87 are for conditions
		// that no longer exist.
		{name: "asrt2-history-of-htn", text: "He has a history of hypertension.", want: []string{"I10@present"}},
		{name: "asrt2-pmh-chronic-list", text: "Past medical history: type 2 diabetes mellitus, dyslipidemia and COPD.", setting: model.Inpatient, want: []string{"E11.9@present", "E78.5@present", "J44.9@present"}},
		{name: "asrt2-history-included", text: "His history included diabetes mellitus, hypertension and hypothyroidism.", want: []string{"E11.9@present", "I10@present", "E03.9@present"}},
		{name: "asrt2-history-chronic-and-acute", text: "Medical history of rheumatoid arthritis and a femur fracture.", want: []string{"M06.9@present", "Z87.81@historical"}},
		{name: "asrt2-history-acute-events", text: "History of myocardial infarction and pulmonary embolism.", want: []string{"I25.2@historical", "Z86.711@historical"}, not: []string{"I21.9", "I26.99"}},
		{name: "asrt2-known-history-of", text: "Known history of COPD and hypothyroidism.", want: []string{"J44.9@present", "E03.9@present"}},
		{name: "asrt2-background-of", text: "Background of heart failure and asthma.", want: []string{"I50.9@present", "J45.909@present"}},
		{name: "asrt2-history-ended", text: "History of asthma in childhood.", want: []string{"J45.909@historical"}},
		// "as the cause of" is a terminator that hides the shorter cause
		// phrase: its complement is not what a later "was not found" denies.
		{name: "asrt2-as-the-cause-not-found", text: "As the cause of the anemia was not found, a colonoscopy was performed.", want: []string{"D64.9"}},
		{name: "asrt2-ruled-out-as-the-cause", text: "Pneumonia was ruled out as the cause of the fever.", want: []string{"R50.9"}, not: []string{"J18.9"}},
		// Someone other than the patient and not a blood relative: neither
		// the patient's condition nor a family history.
		{name: "asrt2-husband-has", text: "Her husband has hepatitis C.", not: []string{"B19.20", "Z83.1", "Z83.89"}},
		{name: "asrt2-wife-who", text: "His wife, who has tuberculosis, lives with him.", not: []string{"A15.9", "Z83.1"}},
		{name: "asrt2-husband-noticed", text: "Her husband noticed jaundice.", want: []string{"R17@present"}},
		{name: "asrt2-brought-by-husband", text: "She was brought by her husband with fever.", want: []string{"R50.9@present"}},
		{name: "asrt2-mother-died-of", text: "His mother died of breast cancer.", want: []string{"Z80.3@family"}, not: []string{"C50.919"}},
		// A backward negation at the end of a coordinated list covers every
		// item, however far the first is from it.
		{name: "asrt2-long-serology-list", text: "Serologies for HIV, hepatitis B virus, hepatitis C virus, syphilis and toxoplasmosis were negative.", not: []string{"B20", "B19.10", "B19.20", "A53.9", "B58.9"}},
		{name: "asrt2-long-absent-list", text: "Fever, cough, weight loss, dyspnea, chest pain, hemoptysis and night sweats were absent.", not: []string{"R50.9", "R05.9", "R63.4", "R06.00", "R07.9", "R04.2", "R61"}},
		{name: "asrt2-list-clause-not-negated", text: "Anemia and thrombocytopenia were found, with blood cultures, urine culture and serology negative.", want: []string{"D64.9", "D69.6"}},
		// The encounter's own course ends a history's scope.
		{name: "asrt2-history-then-presented-to", text: "A man with a history of psoriasis presented to our clinic for hematuria.", setting: model.Inpatient, want: []string{"R31.9@present", "L40.9@present"}},
		{name: "asrt2-history-then-was-admitted", text: "A man with a history of alcoholic hepatitis was admitted in 1995 for nephrotic syndrome.", setting: model.Inpatient, want: []string{"N04.9@present"}, not: []string{"Z87.441"}},
		// A history code is walked from the mention's own words, not from
		// another condition of the clause.
		{name: "asrt2-history-two-events", text: "History of myocardial infarction and DVT.", want: []string{"I25.2@historical", "Z86.718@historical"}},
	}...)
}
