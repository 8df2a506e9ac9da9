package coder

import "notecoder/cdi/model"

// Body mass index cases (bmi8): guideline I.C.21.c.3 reports a BMI only
// beside an associated condition the provider documents (obesity,
// overweight, anorexia, malnutrition, cachexia), never during a pregnancy,
// and only the most severe of values that fluctuate over the encounter. A
// value in the vitals alone, or beside a past or denied condition, is a
// measurement and gives no Z68 code.
func init() {
	cases = append(cases, []tc{
		{name: "bmi8-low-alone", text: "Vitals: weight 50 kg, BMI 17.5.", setting: model.Inpatient, not: []string{"Z68.1"}},
		{name: "bmi8-high-alone", text: "Vitals: BP 132/84, BMI 33.", not: []string{"Z68.33"}},
		{name: "bmi8-obesity", text: "Obesity, BMI 33.", want: []string{"E66.9", "Z68.33"}},
		{name: "bmi8-obesity-class2", text: "Class 2 obesity (BMI 37.2).", want: []string{"E66.812", "Z68.37"}},
		{name: "bmi8-overweight", text: "Overweight, BMI 27.", want: []string{"E66.3", "Z68.27"}},
		{name: "bmi8-normal-not-coded", text: "Overweight by her account; BMI 23.", not: []string{"Z68.23"}},
		{name: "bmi8-malnutrition", text: "Severe protein-calorie malnutrition. BMI 16.", setting: model.Inpatient, want: []string{"E43", "Z68.1"}},
		{name: "bmi8-cachexia", text: "Cancer cachexia, BMI 17.", setting: model.Inpatient, want: []string{"E88.A", "Z68.1"}}, // (left23b: cancer cachexia is E88.A)
		{name: "bmi8-anorexia-nervosa", text: "Anorexia nervosa with BMI 15.", want: []string{"F50.00", "Z68.1"}},
		{name: "bmi8-weight-loss-only", text: "Weight loss of 10 kg, BMI 18.", not: []string{"Z68.1"}},
		{name: "bmi8-obesity-denied", text: "No obesity. BMI 31.", not: []string{"Z68.31"}},
		{name: "bmi8-obesity-history", text: "History of morbid obesity, s/p gastric bypass. BMI 31.", not: []string{"Z68.31"}},
		{name: "bmi8-pregnancy", text: "Pregnant at 20 weeks, obesity, BMI 36.", want: []string{"O99.212", "E66.9"}, not: []string{"Z68.36"}},
		{name: "bmi8-fluctuating", text: "Morbid obesity. BMI 45 on admission, BMI 41 at discharge.", setting: model.Inpatient, want: []string{"E66.01", "Z68.42"}, not: []string{"Z68.41"}},
		{name: "bmi8-obesity-other-section", text: "Assessment: 1. Morbid obesity.\nVitals: BMI 42.1.", want: []string{"E66.01", "Z68.41"}},
	}...)
}
