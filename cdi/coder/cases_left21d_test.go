package coder

import "notecoder/cdi/model"

// Cases for left21d: a drug's poisoning and adverse effect in one note are one
// overdose; a liver failure a drug caused is toxic liver disease (K71.1-); a
// second infarct within four weeks is I22; a home oxygen work-up is no
// dependence; a cancer whose chemotherapy is completed is a history.
func init() {
	cases = append(cases, []tc{
		{name: "left21d-poison-adverse-apap", text: "Assessment: Intentional overdose of acetaminophen. Acute liver failure from acetaminophen.", setting: model.Inpatient, want: []string{"T39.1X2A", "K71.10"}, not: []string{"T39.1X5A", "K72.00"}},
		{name: "left21d-poison-adverse-tca", text: "Assessment: Accidental ingestion of amitriptyline, overdose. Sinus tachycardia due to amitriptyline.", setting: model.Inpatient, want: []string{"T43.011A"}, not: []string{"T43.015A"}},
		{name: "left21d-poison-adverse-suicide", text: "Impression: Suicide attempt by overdose of acetaminophen. Acute hepatic failure due to acetaminophen.", setting: model.Inpatient, want: []string{"T39.1X2A", "K71.10"}, not: []string{"T39.1X5A"}},
		// Guards: an adverse effect with no poisoning of the drug stays.
		{name: "left21d-adverse-alone", text: "Assessment: Hypotension due to lisinopril, taken as prescribed.", want: []string{"T46.4X5A"}},
		{name: "left21d-liver-overdose", text: "Assessment: Acute liver failure from acetaminophen overdose.", setting: model.Inpatient, want: []string{"T39.1X1A", "K71.10"}, not: []string{"K72.00"}},
		{name: "left21d-liver-adverse", text: "Assessment: Acute hepatic failure secondary to amoxicillin-clavulanate, adverse reaction.", setting: model.Inpatient, want: []string{"K71.10", "T36.0X5A"}, not: []string{"K72.00"}},
		{name: "left21d-liver-chronic-drug", text: "Assessment: Acute liver failure due to isoniazid.", setting: model.Inpatient, want: []string{"K71.10", "T37.1X5A"}, not: []string{"K72.00"}},
		{name: "left21d-mi-nstemi-days", text: "Assessment: NSTEMI 12 days after anterior STEMI.", setting: model.Inpatient, want: []string{"I22.2", "I21.09"}, not: []string{"I21.4"}},
		{name: "left21d-mi-prior-weeks", text: "Assessment: Inferior STEMI three weeks after a prior anterior STEMI.", setting: model.Inpatient, want: []string{"I22.1", "I21.09"}, not: []string{"I25.2", "I21.19"}},
		{name: "left21d-mi-ago", text: "Assessment: Anterior STEMI 2 weeks ago treated with PCI to LAD. Now readmitted with NSTEMI.", setting: model.Inpatient, want: []string{"I22.2", "I21.09"}, not: []string{"I21.4"}},
		// Guards: an infarct more than four weeks earlier leaves the new one I21.
		{name: "left21d-mi-six-weeks", text: "Assessment: NSTEMI 6 weeks after anterior STEMI.", setting: model.Inpatient, want: []string{"I21.4"}, not: []string{"I22.2"}},
		{name: "left21d-mi-remote", text: "Assessment: NSTEMI. Remote anterior STEMI 6 years ago.", setting: model.Inpatient, want: []string{"I21.4", "I25.2"}, not: []string{"I22.2"}},
		{name: "left21d-o2-eval", text: "Plan: Home oxygen evaluation.", not: []string{"Z99.81"}},
		{name: "left21d-o2-eval-o2", text: "Plan: Home O2 evaluation with ambulatory oximetry.", not: []string{"Z99.81"}},
		{name: "left21d-o2-qualifies", text: "Assessment: COPD. Qualifies for home oxygen.", want: []string{"J44.9"}, not: []string{"Z99.81"}},
		{name: "left21d-o2-assessment", text: "Reason for visit: home oxygen assessment.", not: []string{"Z99.81"}},
		// Guard: oxygen the patient uses stays Z99.81.
		{name: "left21d-o2-uses", text: "Assessment: COPD on home oxygen 2 L, stable.", want: []string{"J44.9", "Z99.81"}},
		{name: "left21d-chemo-done-colon", text: "Assessment: Completed chemotherapy for colon cancer, NED.", want: []string{"Z85.038"}, not: []string{"C18.9"}},
		{name: "left21d-chemo-done-breast", text: "Assessment: Completed radiation for left breast cancer, no evidence of disease.", want: []string{"Z85.3"}, not: []string{"C50.912"}},
		{name: "left21d-chemo-done-lung", text: "Assessment: Completed adjuvant chemotherapy for lung cancer in 2023, NED.", want: []string{"Z85.118"}, not: []string{"C34.90"}},
	}...)
}
