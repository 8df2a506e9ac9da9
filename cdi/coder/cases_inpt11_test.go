package coder

import "notecoder/cdi/model"

// Inpatient notes in US style (inpt11): a problem-list line states its
// diagnosis before a spaced dash and its plan after it, so the diagnosis'
// trailing comma qualifiers run to the dash and a plan word after it
// ("protocol", "prophylaxis") makes no diagnosis hypothetical; a consulting
// service ("addiction medicine") is no diagnosis; "criteria not met" and a
// serology's "immune" deny the condition; "DVT ppx" is prophylaxis.
func init() {
	cases = append(cases, []tc{
		// Trailing qualifiers up to the dash, whatever the plan after it.
		{name: "inpt11-dash-asthma", text: "2. Asthma, moderate persistent, uncomplicated - continue fluticasone-salmeterol, albuterol PRN.", setting: model.Inpatient, want: []string{"J45.40"}, not: []string{"J45.909"}},
		{name: "inpt11-dash-dysphagia", text: "3. Dysphagia, oral phase - SLP, mechanical soft diet.", setting: model.Inpatient, want: []string{"R13.11"}, not: []string{"R13.10"}},
		{name: "inpt11-dash-pressure", text: "1. Sacral pressure injury, stage 4 - 5 x 4 cm, bone palpable, wound VAC.", setting: model.Inpatient, want: []string{"L89.154"}, not: []string{"L89.159"}},
		{name: "inpt11-dash-dementia", text: "# Late onset Alzheimer's disease with dementia, severe, with agitation at night - quetiapine 12.5 mg qHS.", setting: model.Inpatient, want: []string{"F02.C11"}, not: []string{"F02.811"}},
		{name: "inpt11-dash-hellp", text: "1. HELLP syndrome, third trimester - magnesium sulfate, labetalol IV, induction today.", setting: model.Inpatient, want: []string{"O14.23"}, not: []string{"O14.20"}},
		{name: "inpt11-dash-opioid", text: "2. Opioid use disorder, severe - started buprenorphine-naloxone per addiction medicine.", setting: model.Inpatient, want: []string{"F11.20"}},
		// A plan word after the dash does not reach back over it; a denial does.
		{name: "inpt11-dash-protocol", text: "1. Alcohol dependence with withdrawal - phenobarbital protocol.", setting: model.Inpatient, want: []string{"F10.239"}},
		{name: "inpt11-protocol-still", text: "Started on the DKA protocol.", setting: model.Inpatient, not: []string{"E11.10"}},
		{name: "inpt11-dash-ruled-out", text: "Pulmonary embolism - ruled out by CTA.", setting: model.Inpatient, not: []string{"I26.99"}},
		// Services, criteria, immunity, prophylaxis.
		{name: "inpt11-addiction-medicine", text: "Addiction medicine consult for naltrexone on discharge.", setting: model.Inpatient, not: []string{"F19.20"}},
		{name: "inpt11-sepsis-criteria-not-met", text: "1. Cellulitis of left lower leg - IV cefazolin. Sepsis criteria not met.", setting: model.Inpatient, want: []string{"L03.116"}, not: []string{"A41.9"}},
		{name: "inpt11-rubella-immune", text: "Prenatal labs: blood type O+. Rubella immune.", setting: model.Inpatient, not: []string{"B06.9"}},
		{name: "inpt11-dvt-ppx", text: "DVT ppx: enoxaparin.", setting: model.Inpatient, not: []string{"I82.409", "I82.401"}},
	}...)
}

// Signs and symptoms routine to the inpatient diagnoses coded beside them
// (guidelines I.B.4-5, data/integral.tsv): flank pain and dysuria of a
// pyelonephritis, the swelling and redness of a cellulitis, the tremor and
// hallucinations of an alcohol withdrawal, melena of a bleeding ulcer,
// weight loss of a malnutrition, weakness of a stroke; a bilateral symptom's
// two sides do not drop each other.
func init() {
	cases = append(cases, []tc{
		{name: "inpt11-int-pyelo", text: "3 days dysuria and left flank pain, fever. Assessment: acute pyelonephritis.", setting: model.Inpatient, want: []string{"N10"}, not: []string{"R30.0", "R10.A2", "R50.9"}},
		{name: "inpt11-int-cellulitis", text: "Spreading erythema, swelling and pain of the left lower leg. Assessment: cellulitis of left lower leg.", setting: model.Inpatient, want: []string{"L03.116"}, not: []string{"L53.9", "R60.9", "M79.662"}},
		{name: "inpt11-int-etoh-wd", text: "Tremor, diaphoresis and visual hallucinations 18 h after last drink. Assessment: alcohol dependence with withdrawal with perceptual disturbance.", setting: model.Inpatient, want: []string{"F10.232"}, not: []string{"R25.1", "R61", "R44.1"}},
		{name: "inpt11-int-melena", text: "Black tarry stools x 3 days. EGD: acute duodenal ulcer with hemorrhage.", setting: model.Inpatient, want: []string{"K26.0"}, not: []string{"K92.1"}},
		{name: "inpt11-int-malnutrition", text: "12% weight loss in 6 months, muscle wasting on exam. Severe protein-calorie malnutrition.", setting: model.Inpatient, want: []string{"E43"}, not: []string{"R63.4", "M62.50"}},
		{name: "inpt11-int-stroke-weakness", text: "Right arm and leg weakness. Acute ischemic stroke of the left MCA territory with right hemiparesis.", setting: model.Inpatient, want: []string{"G81.91"}, not: []string{"R53.1"}},
		{name: "inpt11-int-hf-weight", text: "10 lb weight gain and leg swelling. Acute on chronic systolic heart failure.", setting: model.Inpatient, want: []string{"I50.23"}, not: []string{"R63.5", "M79.89"}},
		{name: "inpt11-int-preeclampsia-bp", text: "G2P1 at 35 weeks with headache and elevated BP 168/112. Severe preeclampsia, third trimester.", setting: model.Inpatient, want: []string{"O14.13"}, not: []string{"R03.0", "R51.9"}},
		{name: "inpt11-bilateral-pain-kept", text: "Assessment: 1. Right shoulder tendinopathy. 2. Bilateral foot pain.", want: []string{"M79.671", "M79.672"}},
	}...)
}

// A possible unspecified code gives way to the present specific one of its
// category ("likely provoked VTE" beside the acute popliteal DVT), and a
// "Chronic or unspecified" ulcer to the acute one the note names.
func init() {
	cases = append(cases, []tc{
		{name: "inpt11-possible-gives-way", text: "Acute DVT of right popliteal vein. Likely provoked VTE.", setting: model.Inpatient, want: []string{"I82.431"}, not: []string{"I82.90"}},
		{name: "inpt11-acute-ulcer", text: "Upper GI bleed from duodenal ulcer. EGD: acute duodenal ulcer with hemorrhage.", setting: model.Inpatient, want: []string{"K26.0"}, not: []string{"K26.4"}},
	}...)
}

// Exam and plan words that the index reads as something else: a pronator
// drift is no forearm deformity, a placenta delivered no placental
// complication, a maceration between the toes no immersion foot, and a
// "w/u" (workup) looks for the condition.
func init() {
	cases = append(cases, []tc{
		{name: "inpt11-pronator-drift", text: "Exam: L pronator drift, L hemiparesis.", setting: model.Inpatient, not: []string{"M21.832"}},
		{name: "inpt11-placenta-delivered", text: "Placenta delivered intact. Postpartum hemorrhage due to uterine atony after delivery of placenta.", setting: model.Inpatient, want: []string{"O72.1"}, not: []string{"O26.899", "O26.893"}},
		{name: "inpt11-maceration", text: "Maceration and scaling between the 4th and 5th toes. Tinea pedis.", setting: model.Inpatient, want: []string{"B35.3"}, not: []string{"T69.029A"}},
		{name: "inpt11-wu", text: "Hypercoagulable w/u as outpatient.", setting: model.Inpatient, not: []string{"D68.59"}},
		{name: "inpt11-retained-placenta-kept", text: "Retained placenta with hemorrhage.", setting: model.Inpatient, want: []string{"O72.0"}},
	}...)
}

// A short parenthetical aside inside a diagnosis' name ("diastolic (HFpEF)
// heart failure", the tabular's own "systolic (congestive) heart failure")
// leaves the name one clause; an abbreviation before a verb or preposition,
// or a parenthetical after a name, still closes it.
func init() {
	cases = append(cases, []tc{
		{name: "inpt11-paren-hfpef", text: "Principal dx: Acute on chronic diastolic (HFpEF) heart failure.", setting: model.Inpatient, want: []string{"I50.33"}, not: []string{"I50.30"}},
		{name: "inpt11-paren-congestive", text: "Acute on chronic systolic (congestive) heart failure.", setting: model.Inpatient, want: []string{"I50.23"}, not: []string{"I50.9"}},
		{name: "inpt11-paren-after-name", text: "Heart failure (EF 25%), diabetes.", setting: model.Inpatient, want: []string{"I50.9", "E11.9"}},
		{name: "inpt11-paren-abbrev-prep", text: "A spinal cord stimulation electrode (SEM) for pain control secondary to ischemia.", not: []string{"M54.9"}},
	}...)
}
