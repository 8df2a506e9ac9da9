package coder

// Assertion cases (asrt): scope ends and pseudo-triggers that keep a
// negation or a risk from reaching a finding the note asserts, with the
// negations they must leave alone.
func init() {
	cases = append(cases, []tc{
		{name: "asrt-not-found-then-finding", text: "Since the cause of the anemia was not found, a marrow aspirate yielded metastatic carcinoma.", want: []string{"C79.52", "D64.9"}},
		{name: "asrt-not-found-backward", text: "Metastatic carcinoma was not found.", not: []string{"C79.9"}},
		{name: "asrt-not-detected-then-finding", text: "The source was not detected despite multiple pulmonary nodules on imaging.", want: []string{"R91.8"}},
		{name: "asrt-and-detected", text: "The control scan showed no local recurrence and detected two pulmonary nodules.", want: []string{"R91.8"}},
		{name: "asrt-no-fever-and-found", text: "No fever and found to be tachycardic.", want: []string{"R00.0"}, not: []string{"R50.9"}},
		{name: "asrt-not-present-previous", text: "The radiograph shows cardiomegaly, not present in a previous film.", want: []string{"I51.7"}},
		{name: "asrt-not-present", text: "Cardiomegaly was not present.", not: []string{"I51.7"}},
		{name: "asrt-not-intervened", text: "History of gastric ulcer not intervened and arterial hypertension.", want: []string{"I10"}},
		{name: "asrt-not-initiated-until", text: "Therapy was not initiated until a new imprisonment.", want: []string{"Z65.1"}},
		{name: "asrt-no-improvement-in-pain", text: "Gabapentin did not produce any improvement in her pain.", want: []string{"R52"}},
		{name: "asrt-without-adequate-relief", text: "Tramadol was given without adequate pain relief.", want: []string{"R52"}},
		{name: "asrt-without-pain", text: "She remains without pain.", not: []string{"R52"}},
		{name: "asrt-without-apparent-focus", text: "Fever without apparent focus, dry cough and anorexia.", want: []string{"R50.9", "R05.9", "R63.0"}},
		{name: "asrt-without-cough", text: "Fever without cough or anorexia.", want: []string{"R50.9"}, not: []string{"R05.9", "R63.0"}},
		{name: "asrt-risk-given", text: "Given the high risk of recurrence, given the positive margins and lymphadenopathy, chemotherapy was started.", want: []string{"R59.9"}},
		{name: "asrt-risk-of", text: "Chemotherapy was started for the risk of lymphadenopathy.", not: []string{"R59.9"}},
		{name: "asrt-differential-made-with", text: "The differential diagnosis was made with vasculitis and gout.", not: []string{"I77.6", "M10.9"}},
		{name: "asrt-could-correspond-to", text: "The scan showed a nodule that could correspond to a hemangioma.", not: []string{"D18.00"}},
		{name: "asrt-level-not-determined", text: "The methemoglobinemia level was not determined.", not: []string{"D74.9"}},
		{name: "asrt-methemoglobinemia", text: "He developed methemoglobinemia after the anesthetic.", want: []string{"D74.9"}},
		{name: "asrt-graded-item-after-negation", text: "He lost weight, with no decrease in intake, occasional tremor and irritability.", want: []string{"R25.1", "R45.4"}},
		{name: "asrt-graded-item-or", text: "No fever, chills, or mild cough.", not: []string{"R05.9", "R50.9"}},
		{name: "asrt-and-the-patient", text: "No fever and the patient presented abdominal pain.", want: []string{"R10.9"}, not: []string{"R50.9"}},
		{name: "asrt-and-developed", text: "He did not receive treatment and developed sepsis.", want: []string{"A41.9"}},
		{name: "asrt-no-and-no", text: "No fever and no cough.", not: []string{"R50.9", "R05.9"}},
		{name: "asrt-not-take-medication", text: "She did not take medication, smoker of 20 cigarettes a day.", want: []string{"F17.210"}},
		{name: "asrt-positive-then-negative", text: "Serology: HCV positive and HIV negative.", want: []string{"B19.20"}, not: []string{"B20"}},
		{name: "asrt-ruled-out-and-confirmed", text: "The biopsy ruled out malignancy and confirmed sarcoidosis.", want: []string{"D86.9"}, not: []string{"C80.1"}},
		{name: "asrt-another-child", text: "She had another child who died of cardiac arrest at three months.", not: []string{"I46.9"}},
		{name: "asrt-the-child", text: "The child had a cardiac arrest.", want: []string{"I46.9"}},
		{name: "asrt-negative-before-finding", text: "Hemoglobinuria with normal sediment, negative glycosuria and normal phosphate excretion.", want: []string{"R82.3"}, not: []string{"R81"}},
		{name: "asrt-negative-proteinuria", text: "Negative proteinuria.", not: []string{"R80.9"}},
		{name: "asrt-negative-comma-next-item", text: "HIV negative, toxoplasmosis confirmed by PCR.", not: []string{"B20"}, want: []string{"B58.9"}},
		{name: "asrt-coagulase-negative", text: "Sepsis due to coagulase-negative staphylococci.", want: []string{"A41.1"}},
		{name: "asrt-triple-negative", text: "Triple negative breast cancer.", want: []string{"C50.919"}},
	}...)
}
