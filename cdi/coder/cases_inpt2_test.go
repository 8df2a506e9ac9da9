package coder

import "notecoder/cdi/model"

// Inpatient sepsis, encephalopathy, withdrawal and history lines (inpt2):
// a clause naming the source of a diagnosis ("source likely ...") is no
// subterm of it; sepsis linked in its sentence to an acute organ dysfunction
// ("with", "secondary to sepsis") is severe sepsis R65.20, while one merely
// beside it, due to something else, or with septic shock is not; the
// organism of the septic shock's sepsis named before a "with" ("MRSA
// bacteremia with septic shock" is A41.02); a cause named after "secondary
// to" keeps off the words of what it causes ("hepatic encephalopathy
// secondary to alcoholic cirrhosis" keeps K76.82); toxic encephalopathy
// with its drug's T code is G92.8; withdrawal with hallucinations is the
// perceptual disturbance code (F10.232); a past infection whose category the
// tabular titles an infection is a personal history Z86.19; and the
// nearby lines that must keep their codes.
func init() {
	cases = append(cases, []tc{
		{name: "inpt2-severe-sepsis-source-abd", text: "Assessment: severe sepsis, source likely intra-abdominal.", setting: model.Inpatient, want: []string{"R65.20", "A41.9"}, not: []string{"K65.1"}},
		{name: "inpt2-severe-sepsis-source-lung", text: "1. Severe sepsis, source pulmonary.", setting: model.Inpatient, want: []string{"R65.20", "A41.9"}},
		{name: "inpt2-sepsis-with-aki", text: "Assessment: sepsis with acute kidney injury due to sepsis.", setting: model.Inpatient, want: []string{"A41.9", "R65.20", "N17.9"}, not: []string{"R65.21"}},
		{name: "inpt2-sepsis-with-arf", text: "1. Sepsis with acute respiratory failure.", setting: model.Inpatient, want: []string{"A41.9", "R65.20", "J96.00"}},
		{name: "inpt2-ahrf-secondary-sepsis", text: "Assessment: acute hypoxic respiratory failure secondary to sepsis.", setting: model.Inpatient, want: []string{"J96.01", "A41.9", "R65.20"}},
		{name: "inpt2-ecoli-sepsis-aki", text: "Assessment: E. coli sepsis with AKI.", setting: model.Inpatient, want: []string{"A41.51", "R65.20", "N17.9"}, not: []string{"A41.9"}},
		{name: "inpt2-sepsis-aki-unlinked", text: "Discharge diagnoses:\n1. Sepsis.\n2. Acute kidney injury.", setting: model.Inpatient, want: []string{"A41.9", "N17.9"}, not: []string{"R65.20"}},
		{name: "inpt2-sepsis-aki-other-cause", text: "Assessment: sepsis; AKI secondary to dehydration.", setting: model.Inpatient, want: []string{"A41.9", "N17.9", "E86.0"}, not: []string{"R65.20"}},
		{name: "inpt2-sepsis-pna-with-aki", text: "Assessment: sepsis due to pneumonia with acute kidney injury.", setting: model.Inpatient, want: []string{"A41.9", "J18.9", "N17.9"}, not: []string{"R65.20"}},
		{name: "inpt2-septic-shock-aki", text: "Assessment: septic shock with AKI.", setting: model.Inpatient, want: []string{"R65.21", "A41.9", "N17.9"}, not: []string{"R65.20"}},
		{name: "inpt2-mrsa-bacteremia-with-shock", text: "Discharge diagnoses:\n1. MRSA bacteremia with septic shock.", setting: model.Inpatient, want: []string{"A41.02", "R65.21"}, not: []string{"A41.9", "B95.62"}},
		{name: "inpt2-mssa-bacteremia-with-shock", text: "Assessment: MSSA bacteremia with septic shock.", setting: model.Inpatient, want: []string{"A41.01", "R65.21"}, not: []string{"A41.9", "B95.61"}},
		{name: "inpt2-pna-with-shock", text: "Assessment: pneumonia with septic shock.", setting: model.Inpatient, want: []string{"J18.9", "R65.21", "A41.9"}},
		{name: "inpt2-hepatic-enceph-alc-cirrhosis", text: "Assessment: hepatic encephalopathy secondary to alcoholic cirrhosis.", setting: model.Inpatient, want: []string{"K76.82", "K70.30"}},
		{name: "inpt2-hepatic-enceph-cirrhosis", text: "Assessment: hepatic encephalopathy due to cirrhosis.", setting: model.Inpatient, want: []string{"K76.82", "K74.60"}},
		{name: "inpt2-pna-due-aspiration", text: "Assessment: pneumonia due to aspiration.", setting: model.Inpatient, want: []string{"J69.0"}, not: []string{"J18.9"}},
		{name: "inpt2-toxic-enceph-opioids", text: "Assessment: toxic encephalopathy secondary to opioids.", setting: model.Inpatient, want: []string{"G92.8", "T40.2X5A"}, not: []string{"G92.9"}},
		{name: "inpt2-toxic-enceph-overdose", text: "Assessment: toxic encephalopathy due to intentional oxycodone overdose.", setting: model.Inpatient, want: []string{"G92.8", "T40.2X2A"}, not: []string{"G92.9"}},
		{name: "inpt2-toxic-enceph", text: "Assessment: toxic encephalopathy.", setting: model.Inpatient, want: []string{"G92.9"}, not: []string{"G92.8"}},
		{name: "inpt2-aw-hallucinations", text: "Assessment: alcohol withdrawal with hallucinations.", setting: model.Inpatient, want: []string{"F10.232"}, not: []string{"F10.239", "R44.3"}},
		{name: "inpt2-aw-visual-hallucinations", text: "Assessment: alcohol withdrawal with visual hallucinations.", setting: model.Inpatient, want: []string{"F10.232"}, not: []string{"F10.239", "R44.1"}},
		{name: "inpt2-alcohol-dependence-hallucinations", text: "Assessment: alcohol dependence. Auditory hallucinations.", setting: model.Inpatient, want: []string{"F10.20", "R44.0"}, not: []string{"F10.232"}},
		{name: "inpt2-hx-cdiff-colitis", text: "Past medical history: history of C. diff colitis.", setting: model.Inpatient, want: []string{"Z86.19@historical"}, not: []string{"A04.72"}},
		{name: "inpt2-hx-salmonella", text: "Past medical history: history of salmonella enteritis.", setting: model.Inpatient, want: []string{"Z86.19@historical"}, not: []string{"A02.0"}},
		{name: "inpt2-hx-tb", text: "Past medical history: history of tuberculosis.", setting: model.Inpatient, want: []string{"Z86.11@historical"}, not: []string{"Z86.19"}},
		{name: "inpt2-cdiff-current", text: "Assessment: C. diff colitis, on oral vancomycin.", setting: model.Inpatient, want: []string{"A04.72"}, not: []string{"Z86.19"}},
		{name: "inpt2-intra-abd-sepsis", text: "Assessment: intra-abdominal sepsis.", setting: model.Inpatient, want: []string{"K65.1"}},
	}...)
}
