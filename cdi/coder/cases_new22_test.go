package coder

import "notecoder/cdi/model"

// Codes added to the classification since the embedded Alphabetic Index
// (FY2024-FY2026; new22): their entries come from data/index_add.tsv, and
// the FY2023 entries whose code a newer code split from data/index_update.tsv.
// Text written for these cases.
func init() {
	cases = append(cases, []tc{
		{name: "new22-prep-visit", text: "Reason for visit: HIV PrEP follow-up. HIV screening negative today. Continue emtricitabine-tenofovir daily.", setting: model.Outpatient, want: []string{"Z29.81"}, not: []string{"B20", "Z21"}},
		{name: "new22-prep-spelled-out", text: "ASSESSMENT\nHere to start pre-exposure prophylaxis for HIV.", setting: model.Inpatient, want: []string{"Z29.81"}, not: []string{"B20"}},
		// (Guards, as before the change: a patient with HIV is no PrEP, and a
		// bowel prep is no PrEP.)
		{name: "new22-hiv-on-art-stays", text: "ASSESSMENT\nHIV positive on ART, viral load undetectable.", setting: model.Inpatient, want: []string{"Z21"}, not: []string{"Z29.81"}},
		{name: "new22-bowel-prep-not-prep", text: "PLAN\nPrep for colonoscopy tomorrow. HIV negative.", setting: model.Inpatient, not: []string{"Z29.81"}},
		{name: "new22-cachexia-underlying", text: "ASSESSMENT\nCachexia due to underlying condition, pancreatic cancer.", setting: model.Inpatient, want: []string{"E88.A"}, not: []string{"R64"}},
		{name: "new22-ist", text: "ASSESSMENT\nInappropriate sinus tachycardia, started ivabradine.", setting: model.Inpatient, want: []string{"I47.11"}, not: []string{"R00.0"}},
		{name: "new22-sibo", text: "ASSESSMENT\nSmall intestinal bacterial overgrowth on breath testing, treated with rifaximin.", setting: model.Inpatient, want: []string{"K63.8219"}, not: []string{"M89.30"}},
		{name: "new22-t1d-presymptomatic", text: "ASSESSMENT\nPresymptomatic type 1 diabetes, stage 2, two autoantibodies positive.", setting: model.Inpatient, want: []string{"E10.A2"}, not: []string{"E10.9"}},
		{name: "new22-sickle-dactylitis", text: "ASSESSMENT\nSickle cell disease with dactylitis of both hands.", setting: model.Inpatient, want: []string{"D57.04"}, not: []string{"D57.1"}},
		{name: "new22-sepsis-aftercare", text: "Reason for visit: aftercare following sepsis, antibiotics completed.", setting: model.Outpatient, want: []string{"Z51.A"}, not: []string{"A41.9"}},
		{name: "new22-anosognosia", text: "ASSESSMENT\nRight hemisphere stroke sequela with anosognosia.", setting: model.Inpatient, want: []string{"R41.85"}, not: []string{"R41.89"}},
		{name: "new22-bicuspid", text: "ASSESSMENT\nBicuspid aortic valve, stable on echo.", setting: model.Outpatient, want: []string{"Q23.81"}, not: []string{"Q23.1"}},
		{name: "new22-fanconi", text: "ASSESSMENT\nFanconi anemia, referred for transplant evaluation.", setting: model.Inpatient, want: []string{"D61.03"}, not: []string{"D61.09"}},
		{name: "new22-rp-hematoma", text: "ASSESSMENT\nSpontaneous retroperitoneal hematoma on anticoagulation.", setting: model.Inpatient, want: []string{"K68.3"}, not: []string{"K66.1"}},
		{name: "new22-short-bowel", text: "ASSESSMENT\nShort bowel syndrome on parenteral nutrition.", setting: model.Inpatient, want: []string{"K90.829"}, not: []string{"K91.2"}},
		{name: "new22-dense-breasts", text: "IMPRESSION\nDense breasts. No suspicious findings.", setting: model.Outpatient, want: []string{"R92.30"}, not: []string{"R92.2"}},
		{name: "new22-icp", text: "ASSESSMENT\nIntrahepatic cholestasis of pregnancy at 34 weeks, on ursodiol.", setting: model.Inpatient, want: []string{"O26.643"}, not: []string{"O26.613"}},
		{name: "new22-insulin-resistance", text: "ASSESSMENT\nInsulin resistance, A1c 5.9%. Lifestyle changes.", setting: model.Outpatient, want: []string{"E88.819"}, not: []string{"E88.818"}},
		{name: "new22-underinsured", text: "SOCIAL HISTORY\nHe is underinsured and rations his inhalers.\n\nASSESSMENT\nAsthma.", setting: model.Outpatient, want: []string{"Z59.71"}},
		{name: "new22-social-insurance", text: "ASSESSMENT\nInsufficient social insurance, social work consulted.", setting: model.Inpatient, want: []string{"Z59.71"}, not: []string{"Z59.7"}},
		{name: "new22-pica-adult", text: "ASSESSMENT\nAdult pica, eats chalk.", setting: model.Outpatient, want: []string{"F50.83"}, not: []string{"F50.89"}},
	}...)
}
