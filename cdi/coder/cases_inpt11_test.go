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
		{name: "inpt11-dash-opioid", text: "2. Opioid use disorder, severe - started buprenorphine-naloxone, naloxone kit.", setting: model.Inpatient, want: []string{"F11.20"}},
		// A plan word after the dash does not reach back over it; a denial does.
		{name: "inpt11-dash-protocol", text: "1. Alcohol dependence with withdrawal - phenobarbital protocol.", setting: model.Inpatient, want: []string{"F10.239"}},
		{name: "inpt11-protocol-still", text: "Started on the DKA protocol.", setting: model.Inpatient, not: []string{"E11.10"}},
		{name: "inpt11-dash-ruled-out", text: "Pulmonary embolism - ruled out by CTA.", setting: model.Inpatient, not: []string{"I26.99"}},
		// Services, criteria, immunity, prophylaxis.
		{name: "inpt11-addiction-medicine", text: "Addiction medicine consult for naltrexone on discharge.", setting: model.Inpatient, not: []string{"F19.20"}},
		{name: "inpt11-sepsis-criteria-not-met", text: "1. Cellulitis of left lower leg - IV cefazolin. Sepsis criteria not met.", setting: model.Inpatient, want: []string{"L03.116"}, not: []string{"A41.9"}},
		{name: "inpt11-rubella-immune", text: "Blood type O+, rubella immune, GBS negative.", setting: model.Inpatient, not: []string{"B06.9"}},
		{name: "inpt11-dvt-ppx", text: "DVT ppx: enoxaparin.", setting: model.Inpatient, not: []string{"I82.409", "I82.401"}},
	}...)
}
