package coder

func init() {
	cases = append(cases, []tc{
		{name: "spec12 chemo-induced neutropenia is the chemotherapy's", text: "Assessment: neutropenia, chemo-induced, with temp 38.9.", setting: "inpatient", want: []string{"D70.1"}, not: []string{"D70.2", "R50.2"}},
		{name: "spec12 weak stream is the urinary stream", text: "Urology: slow weak stream and hesitancy. Impression: BPH with LUTS.", want: []string{"R39.12"}, not: []string{"R53.1"}},
		{name: "spec12 side letter before an ordinal toe joint", text: "Podagra of the L 1st MTP, crystal proven.", want: []string{"M10.072"}, not: []string{"M10.079"}},
		{name: "spec12 dialysis access fistula by its thrill", text: "ESRD on dialysis three times weekly.\nExam: left forearm AVF, palpable thrill.", setting: "inpatient", want: []string{"N18.6"}, not: []string{"I77.0"}},
		{name: "spec12 edema of a fluid overload", text: "Fluid overload with bilateral leg edema after a skipped dialysis run.", setting: "inpatient", want: []string{"E87.70"}, not: []string{"R60.0", "R60.9"}},
		{name: "spec12 exertional dyspnea of an anemia", text: "A/P: iron deficiency anemia secondary to chronic blood loss, dyspnea on exertion, start ferrous sulfate.", want: []string{"D50.0"}, not: []string{"R06.00", "R06.09"}},
		{name: "spec12 nausea of a migraine", text: "Headaches come with nausea and light sensitivity.\nA/P: migraine without aura, not intractable.", want: []string{"G43.009"}, not: []string{"R11.0"}},
		{name: "spec12 numbness of a diabetic polyneuropathy", text: "T2DM with diabetic polyneuropathy, numbness of both soles.", want: []string{"E11.42"}, not: []string{"R20.0"}},
		{name: "spec12 snoring of a sleep apnea", text: "Loud snoring and mouth breathing; obstructive sleep apnea on the sleep study.", want: []string{"G47.33"}, not: []string{"R06.83", "R06.5"}},
		{name: "spec12 fever of a bronchiolitis", text: "Infant with RSV bronchiolitis and fever to 39.2.", want: []string{"J21.0"}, not: []string{"R50.9"}},
		{name: "spec12 weakness of a hyperkalemia", text: "Admitted with generalized weakness; hyperkalemia, K 6.8, treated with insulin and dextrose.", setting: "inpatient", want: []string{"E87.5"}, not: []string{"R53.1"}},
		{name: "spec12 question mark opening a list item hedges it", text: "Assessment:\n1. Essential hypertension\n2. ? narcolepsy - sleep study ordered", want: []string{"I10"}, not: []string{"G47.419"}},
		{name: "spec12 question mark after a comma hedges it", text: "Plan: pelvic ultrasound (heavy bleeding, ? endometrial polyp), recheck in 6 weeks.", not: []string{"N84.0"}},
		{name: "spec12 a question still ends its sentence", text: "Any cough? None. Community-acquired pneumonia of the right lower lobe on x-ray.", setting: "inpatient", want: []string{"J18.9"}, not: []string{"R05.9"}},
		{name: "spec12 ED beside an admission word is the emergency department", text: "Urology consult, ED/inpatient.\nObstructing right ureteral calculus with hydronephrosis.", setting: "inpatient", want: []string{"N13.2"}, not: []string{"N52.9"}},
		{name: "spec12 blurred vision of a diabetic macular edema", text: "Blurred vision left eye. Assessment: type 2 diabetes with mild nonproliferative diabetic retinopathy with macular edema, left eye.", want: []string{"E11.3212"}, not: []string{"H53.8"}},
		{name: "spec12 joint effusion of a gout", text: "Effusion of the left ankle. Tapped: urate crystals. Dx acute gout of the left ankle.", want: []string{"M10.072"}, not: []string{"M25.472"}},
		{name: "spec12 post-ictal drowsiness of an epilepsy", text: "Drowsiness after the event, now resolved. Generalized idiopathic epilepsy, not intractable.", setting: "inpatient", not: []string{"R40.0"}},
		{name: "spec12 rheumatoid lung disease holds the ILD", text: "Seropositive rheumatoid arthritis with rheumatoid lung disease; interstitial lung disease on CT.", not: []string{"J84.9", "J84.10"}},
		{name: "spec12 HCV viral load beside chronic hepatitis C", text: "Chronic hepatitis C, genotype 3. HCV RNA 2 million, FibroScan F1.", want: []string{"B18.2"}, not: []string{"B19.20"}},
		{name: "spec12 intractable migraine in the assessment holds the history's", text: "Migraine without aura since her teens, worse lately.\nAssessment: migraine without aura, intractable, without status migrainosus.", want: []string{"G43.019"}, not: []string{"G43.009"}},
		{name: "spec12 unspecified constipation beside the chronic one", text: "Has had chronic constipation for years.\nPlan: constipation - start polyethylene glycol daily.", want: []string{"K59.09"}, not: []string{"K59.00"}},
		{name: "spec12 parkinsonism default beside its fluctuations", text: "Known Parkinson disease on levodopa.\nImpression: Parkinson's disease with motor fluctuations, no dyskinesia.", want: []string{"G20.A2"}, not: []string{"G20.A1"}},
		{name: "spec12 telangiectasia of a basal cell carcinoma", text: "Shiny papule with telangiectasia on the left cheek.\nA/P: basal cell carcinoma of the left cheek, excise.", want: []string{"C44.319"}, not: []string{"I78.1", "R23.8"}},
		{name: "spec12 volume overload is fluid overload", text: "Hospital day 2: volume overload in a heart failure patient who ran out of furosemide, diuresing well.", setting: "inpatient", want: []string{"E87.70"}},
	}...)
}
