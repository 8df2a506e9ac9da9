package coder

import "notecoder/cdi/model"

// Spelled-out numbers (numwords): dictated notes write "BMI of thirty-two",
// "twenty-eight weeks", "NIHSS of four", "GCS of eight". The readers of a
// measured value take number words (data/number_words.tsv) as they take
// digits. A number word that counts a group ("one of the residents") or a
// duration ("a two-week history") is no value.
func init() {
	cases = append(cases, []tc{
		{name: "numwords-bmi-hyphen", text: "Assessment: Morbid obesity with BMI of thirty-two.", want: []string{"E66.01", "Z68.32"}},
		{name: "numwords-bmi-spaced", text: "Assessment: Obesity, BMI thirty seven today.", want: []string{"E66.9", "Z68.37"}},
		{name: "numwords-bmi-decimal", text: "Assessment: She has obesity with BMI thirty one point four, working on weight loss.", want: []string{"E66.9", "Z68.31"}},
		{name: "numwords-gest-weeks", text: "Assessment: Gestational diabetes, twenty-eight weeks pregnant.", want: []string{"O24.419", "Z3A.28"}},
		{name: "numwords-gest-weeks-spaced", text: "Assessment: Gestational hypertension at thirty four weeks.", want: []string{"Z3A.34"}},
		{name: "numwords-nihss", text: "Assessment: Acute ischemic stroke of the left MCA territory, NIHSS of four.", setting: model.Inpatient, want: []string{"I63.512", "R29.704"}},
		{name: "numwords-nihss-compound", text: "Assessment: Acute ischemic stroke of the left MCA territory, NIHSS twenty-one on arrival.", setting: model.Inpatient, want: []string{"R29.721"}},
		{name: "numwords-gcs", text: "Assessment: Traumatic subdural hematoma after a fall, GCS of eight on arrival.", setting: model.Inpatient, want: []string{"R40.2432"}},
		{name: "numwords-loc-minutes", text: "Assessment: Traumatic subdural hematoma with loss of consciousness for forty-five minutes.", setting: model.Inpatient, want: []string{"S06.5X2A"}, not: []string{"S06.5X9A"}},
		{name: "numwords-loc-hours", text: "Assessment: Traumatic subdural hematoma with loss of consciousness for two hours.", setting: model.Inpatient, want: []string{"S06.5X3A"}, not: []string{"S06.5X4A"}},
		{name: "numwords-age-child-bmi", text: "Assessment: Sixteen-year-old girl with obesity, BMI 32.", not: []string{"Z68.32"}},
		// Guards.
		{name: "numwords-count-not-score", text: "Assessment: Acute ischemic stroke of the left MCA territory. NIHSS reviewed with one of the residents.", setting: model.Inpatient, want: []string{"I63.512"}, not: []string{"R29.701"}},
		{name: "numwords-duration-not-gestation", text: "HPI: Pregnant patient with a two-week history of cough.\nAssessment: Acute bronchitis in pregnancy.", not: []string{"Z3A.01", "Z3A.02"}},
		{name: "numwords-bmi-small-word", text: "Assessment: Obesity. BMI discussed, one more visit with the dietitian.", want: []string{"E66.9"}, not: []string{"Z68.1"}},
	}...)
}
