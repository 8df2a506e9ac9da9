package coder

import "notecoder/cdi/model"

func init() {
	cases = append(cases, []tc{
		// A history-named cancer whose treatment is completed or dated by
		// a year is over (Z85, I.C.2.d); one still treated stays current.
		{name: "leftC hx breast ca chemo year", text: "History of breast cancer treated with chemotherapy in 2015.", setting: model.Inpatient, want: []string{"Z85.3"}, not: []string{"C50.919"}},
		{name: "leftC hx breast ca completed chemo", text: "History of breast cancer, completed chemotherapy.", want: []string{"Z85.3"}, not: []string{"C50.919"}},
		{name: "leftC hx breast ca currently treated kept", text: "History of breast cancer diagnosed in 2015, currently on chemotherapy.", want: []string{"C50.919"}, not: []string{"Z85.3"}},
		{name: "leftC hx diagnosed year kept current", text: "She has a history of asthma and was diagnosed in 2019 with a sigmoid colon carcinoma.", setting: model.Inpatient, want: []string{"C18.7"}, not: []string{"Z85.038"}},
		{name: "leftC hx prostate hormone kept", text: "History of prostate cancer treated with hormone therapy.", want: []string{"C61"}, not: []string{"Z85.46"}},
		// A "days ago" after the mention dates the treatment, not the
		// cancer the word "metastatic" says is current.
		{name: "leftC metastatic ca chemo days ago", text: "Metastatic breast cancer, last chemotherapy 5 days ago.", setting: model.Inpatient, want: []string{"C50.919", "C79.9"}, not: []string{"Z85.3"}},
		// Vaping nicotine is F17.29- (Dependence, drug, nicotine, specified
		// product NEC), not the cigarettes' F17.210; the lung injury keeps U07.0.
		{name: "leftC vapes daily", text: "She vapes every day.", want: []string{"F17.290"}, not: []string{"F17.210", "F17.200"}},
		{name: "leftC ecig user", text: "Social history: uses e-cigarettes, no alcohol.", want: []string{"F17.290"}, not: []string{"F17.210"}},
		{name: "leftC smokes and vapes", text: "Smokes half a pack a day and also vapes.", want: []string{"F17.210", "F17.290"}},
		{name: "leftC vaping denied", text: "Denies vaping.", not: []string{"F17.290", "F17.200"}},
		{name: "leftC evali kept", text: "Vaping-associated lung injury.", setting: model.Inpatient, want: []string{"U07.0"}, not: []string{"F17.290"}},
		// "Stress" right before another condition qualifies it: no F43.9.
		{name: "leftC stress hyperglycemia", text: "Stress hyperglycemia, no diabetes history.", setting: model.Inpatient, want: []string{"R73.9"}, not: []string{"F43.9"}},
		{name: "leftC stress cardiomyopathy no f43", text: "Stress cardiomyopathy on echo.", setting: model.Inpatient, not: []string{"F43.9"}},
		{name: "leftC stress reaction kept", text: "Stress reaction after the car accident.", want: []string{"F43.9"}},
		{name: "leftC acute stress reaction kept", text: "Acute stress reaction.", want: []string{"F43.0"}},
		// "Alzheimer dementia" names the dementia's cause: G30.9 + F02.-, also
		// with a severity and a behavior around it (not F03.C11).
		{name: "leftC severe alzheimer dementia agitation", text: "Severe Alzheimer dementia with agitation, redirected easily.", want: []string{"G30.9", "F02.C11"}, not: []string{"F03.C11"}},
		{name: "leftC mild alzheimers dementia kept", text: "Mild Alzheimer's dementia.", want: []string{"G30.9", "F02.A0"}},
		{name: "leftC severe dementia agitation no cause kept", text: "Severe dementia with agitation.", want: []string{"F03.C11"}, not: []string{"G30.9"}},
		// Brand names and newer generics read as their table row
		// (data/drug_names.tsv); an ingestion with a stated intent is a
		// poisoning, an ingestion alone is not.
		{name: "leftC tylenol overdose", text: "Tylenol overdose this morning.", setting: model.Inpatient, want: []string{"T39.1X1A"}},
		{name: "leftC intentional apap ingestion", text: "Intentional acetaminophen ingestion.", setting: model.Inpatient, want: []string{"T39.1X2A"}},
		{name: "leftC keppra toxicity", text: "Keppra toxicity with somnolence.", setting: model.Inpatient, want: []string{"T42.6X5A"}},
		{name: "leftC eliquis overdose", text: "Accidental Eliquis overdose.", setting: model.Inpatient, want: []string{"T45.511A"}},
		{name: "leftC alcohol ingestion no poisoning", text: "Alcohol ingestion last night.", setting: model.Inpatient, not: []string{"T51.0X1A", "T51.0X4A"}},
		{name: "leftC tylenol for pain no poisoning", text: "Takes Tylenol for knee pain.", not: []string{"T39.1X1A", "T39.1X5A"}},
		// Running out of or stopping a medicine is its underdosing
		// (T code, 6th character 6); a drug only taken is not.
		{name: "leftC ran out of levetiracetam", text: "Breakthrough seizure after she ran out of her levetiracetam.", setting: model.Inpatient, want: []string{"T42.6X6A"}},
		{name: "leftC stopped taking lisinopril", text: "Hypertensive urgency; he stopped taking his lisinopril.", setting: model.Inpatient, want: []string{"I16.0", "T46.4X6A"}},
		{name: "leftC taking lisinopril no underdosing", text: "Hypertension, taking lisinopril daily.", not: []string{"T46.4X6A", "T46.4X5A"}},
		{name: "leftC denied stopping no underdosing", text: "He did not stop taking his warfarin.", not: []string{"T45.516A"}},
	}...)
}
