package coder

// Cases of the lead's own changes in the twelfth session.
func init() {
	cases = append(cases, []tc{
		// A differential list weighs alternatives: possible, so not coded in
		// an office note (IV.H) and coded as established inpatient (II.D, II.H).
		{name: "lead12-ddx-office", text: "HPI: 38F with two days of RUQ pain.\nDifferential diagnosis:\n1. Cholecystitis\n2. Hepatitis\nAssessment: RUQ abdominal pain, US ordered.", want: []string{"R10.11"}, not: []string{"K81.9", "K75.9"}},
		{name: "lead12-ddx-abbrev-office", text: "Headache for a week.\nDDx: migraine, tension-type headache.\nPlan: headache diary.", not: []string{"G43.909", "G44.209"}},
		{name: "lead12-ddx-inpatient", setting: "inpatient", text: "HPI: 70M admitted with dyspnea.\nDifferential diagnoses:\n1. Pulmonary embolism\n2. Pneumonia", want: []string{"I26.99", "J18.9"}},
		{name: "lead12-dx-still-present", text: "Diagnoses:\n1. Migraine without aura\n2. Hypertension", want: []string{"G43.009", "I10"}},
		// II.E: a symptom followed by contrasting diagnoses keeps its code
		// beside them (inpatient); one uncertain diagnosis still takes it.
		{name: "lead12-contrasting-keep-symptom", setting: "inpatient", text: "Assessment: Acute chest pain, pulmonary embolism versus pericarditis.", want: []string{"R07.9", "I26.99", "I31.9"}},
		{name: "lead12-contrasting-ddx-list", setting: "inpatient", text: "HPI: 52M with RUQ pain for 3 days.\nDDx:\n1. Cholecystitis\n2. Hepatitis", want: []string{"R10.11", "K81.9", "K75.9"}},
		{name: "lead12-one-uncertain-takes-symptom", setting: "inpatient", text: "Assessment: Chest pain, probably pulmonary embolism.", want: []string{"I26.99"}, not: []string{"R07.9"}},
		// A routine prenatal visit is the supervision of a normal pregnancy
		// (Z34.-) in the trimester of the note's weeks; an expected weight
		// gain is no abnormal one.
		{name: "lead12-routine-prenatal", text: "CC: Routine prenatal visit.\nHPI: 31yo, pregnant at 27 weeks, feels well, good fetal movement. Weight gain appropriate.\nPlan: glucose challenge test next visit.", want: []string{"Z34.92", "Z3A.27"}, not: []string{"R63.5", "Z34.90"}},
		{name: "lead12-prenatal-complicated", text: "CC: routine OB visit.\nHPI: G1P0 at 9 weeks with daily vomiting.\nAssessment: Hyperemesis gravidarum.", want: []string{"O21.0"}, not: []string{"Z34.01", "Z34.00"}},
		{name: "lead12-weight-gain-abnormal-kept", text: "Assessment: Excessive weight gain of 15 lb in 2 months.", want: []string{"R63.5"}},
		// The obstetric formula gives a normal pregnancy's order: G1 is the
		// first pregnancy (Z34.0-), G2 and more another (Z34.8-).
		{name: "lead12-prenatal-other-pregnancy", text: "CC: Routine prenatal visit.\nHPI: 29yo G2P1 at 30 weeks, no complaints.", want: []string{"Z34.83", "Z3A.30"}, not: []string{"Z34.93"}},
		{name: "lead12-prenatal-first-pregnancy", text: "CC: Routine prenatal care.\nHPI: 22yo G1P0 at 11 weeks, no bleeding.", want: []string{"Z34.01", "Z3A.11"}, not: []string{"Z34.91"}},
		// "Crushing" chest pain is how the pain feels, not a crushed chest.
		{name: "lead12-crushing-chest-pain", text: "HPI: 61M with crushing chest pain since 6 am.", want: []string{"R07.9"}, not: []string{"S28.0XXA"}},
		{name: "lead12-crush-injury-kept", text: "HPI: crushing injury of the chest wall under a fallen beam.", want: []string{"S28.0XXA"}},
	}...)
}
