package coder

import "notecoder/cdi/model"

// Social determinants of health and status cases (sdoh): the Z codes a
// physician's or nurse's social history and problem list support (guideline
// I.B.14, I.C.21.c.17), read from the index: a history of falls or a fall
// risk (Z91.81) and repeated falls (R29.6), homelessness and housing
// instability, unemployment, living alone, social isolation, noncompliance
// with its reason, secondhand smoke, DNR, bedbound, an insulin pump. Denied,
// low or screened risks and counseling give nothing, and a single fall stays
// the external cause of its injury.
func init() {
	cases = append(cases, []tc{
		// Falls
		{name: "sdoh-hx-falls", text: "History of falls.", want: []string{"Z91.81"}, not: []string{"W19.XXXA", "R29.6"}},
		{name: "sdoh-hx-falls-she", text: "Social history: She lives with her daughter. She has a history of falls.", want: []string{"Z91.81"}},
		{name: "sdoh-hx-falls-pmh", text: "Past medical history: hypertension, osteoporosis, history of falls.", want: []string{"I10", "M81.0", "Z91.81"}},
		{name: "sdoh-no-hx-falls", text: "No history of falls.", not: []string{"Z91.81", "W19.XXXA", "R29.6"}},
		{name: "sdoh-denies-falls", text: "Denies falls in the past year.", not: []string{"Z91.81", "W19.XXXA", "R29.6"}},
		{name: "sdoh-at-risk-falls", text: "At risk for falls.", want: []string{"Z91.81"}},
		{name: "sdoh-high-fall-risk", text: "Problem list: 1. High fall risk. 2. Type 2 diabetes.", want: []string{"Z91.81", "E11.9"}},
		{name: "sdoh-fall-risk-walker", text: "Moderate fall risk, ambulates with a walker.", want: []string{"Z91.81"}},
		{name: "sdoh-low-fall-risk", text: "Low fall risk.", not: []string{"Z91.81"}},
		{name: "sdoh-low-risk-for-falls", text: "She is at low risk for falls.", not: []string{"Z91.81"}},
		{name: "sdoh-fall-risk-score", text: "Morse fall risk score 25.", not: []string{"Z91.81"}},
		{name: "sdoh-fall-risk-assessment", text: "Fall risk assessment completed on admission.", setting: model.Inpatient, not: []string{"Z91.81"}},
		{name: "sdoh-not-fall-risk", text: "Not a fall risk.", not: []string{"Z91.81"}},
		{name: "sdoh-fall-prevention", text: "Counseled on fall prevention.", not: []string{"Z91.81", "W19.XXXA", "R29.6"}},
		{name: "sdoh-fall-precautions", text: "Fall precautions.", setting: model.Inpatient, not: []string{"Z91.81", "W19.XXXA", "R29.6"}},
		{name: "sdoh-frequent-falls", text: "Frequent falls.", want: []string{"R29.6"}, not: []string{"W19.XXXA"}},
		{name: "sdoh-recurrent-falls", text: "Assessment: recurrent falls, likely multifactorial.", want: []string{"R29.6"}},
		{name: "sdoh-multiple-falls", text: "She has had multiple falls at home over the last month.", want: []string{"R29.6"}},
		{name: "sdoh-falls-with-injury", text: "Frequent falls. She fell from a chair yesterday and fractured her left wrist.", want: []string{"R29.6", "W07.XXXA"}},
		{name: "sdoh-single-fall-ladder", text: "Left distal radius fracture. He fell off a ladder.", want: []string{"W11.XXXA"}, not: []string{"R29.6", "Z91.81"}},
		// Housing, food, transportation, employment, isolation
		{name: "sdoh-homeless", text: "Social history: homeless, staying with friends.", want: []string{"Z59.00"}},
		{name: "sdoh-he-is-homeless", text: "He is homeless.", want: []string{"Z59.00"}},
		{name: "sdoh-not-homeless", text: "Not homeless; lives in an apartment.", not: []string{"Z59.00"}},
		{name: "sdoh-housing-instability", text: "Housing instability.", want: []string{"Z59.819"}},
		{name: "sdoh-unstably-housed", text: "Social history: unstably housed, behind on rent.", want: []string{"Z59.819"}},
		{name: "sdoh-shelter", text: "Living in a shelter.", want: []string{"Z59.01"}},
		{name: "sdoh-food-insecurity", text: "Food insecurity.", want: []string{"Z59.41"}},
		{name: "sdoh-transport", text: "Lack of transportation to appointments.", want: []string{"Z59.82"}},
		{name: "sdoh-unemployed", text: "Social history: unemployed, previously worked in construction.", want: []string{"Z56.0"}},
		{name: "sdoh-not-unemployed", text: "Employed as a teacher.", not: []string{"Z56.0"}},
		{name: "sdoh-lives-alone", text: "Social history: widowed, lives alone.", want: []string{"Z60.2"}},
		{name: "sdoh-lives-by-herself", text: "She lives by herself in a second-floor apartment.", want: []string{"Z60.2"}},
		{name: "sdoh-not-alone", text: "Does not live alone; lives with his wife.", not: []string{"Z60.2"}},
		{name: "sdoh-socially-isolated", text: "Socially isolated since her husband died.", want: []string{"Z60.4"}},
		// Noncompliance and underdosing
		{name: "sdoh-noncompliant-meds", text: "Noncompliant with medications.", want: []string{"Z91.148"}, not: []string{"Z91.199", "Z91.14"}},
		{name: "sdoh-med-noncompliance", text: "Assessment: uncontrolled hypertension due to medication noncompliance.", want: []string{"Z91.148"}},
		{name: "sdoh-nonadherent", text: "Nonadherent to his medications.", want: []string{"Z91.148"}},
		{name: "sdoh-noncompliant-cost", text: "Noncompliant with her medications due to cost.", want: []string{"Z91.141"}, not: []string{"Z91.148"}},
		{name: "sdoh-noncompliant-afford", text: "Noncompliant with medications because she cannot afford them.", want: []string{"Z91.141"}},
		{name: "sdoh-noncompliant-diet", text: "Noncompliant with diet.", want: []string{"Z91.119"}, not: []string{"Z91.199"}},
		{name: "sdoh-dietary-noncompliance", text: "Dietary noncompliance.", want: []string{"Z91.119"}},
		{name: "sdoh-noncompliant-dialysis", text: "Noncompliant with dialysis, missed two sessions.", want: []string{"Z91.158"}, not: []string{"Z91.15"}},
		{name: "sdoh-compliant", text: "Compliant with medications.", not: []string{"Z91.148", "Z91.199"}},
		{name: "sdoh-denies-noncompliance", text: "Denies medication noncompliance.", not: []string{"Z91.148", "Z91.199"}},
		{name: "sdoh-underdosing-intent", text: "Intentional underdosing of insulin.", want: []string{"T38.3X6A", "Z91.128"}},
		// Tobacco, alcohol, smoke exposure
		{name: "sdoh-secondhand", text: "Exposure to secondhand smoke at home.", want: []string{"Z77.22"}, not: []string{"F17.200", "Z72.0"}},
		{name: "sdoh-secondhand-exposure", text: "Second-hand smoke exposure.", want: []string{"Z77.22"}, not: []string{"F17.200"}},
		{name: "sdoh-no-secondhand", text: "No secondhand smoke exposure.", not: []string{"Z77.22", "F17.200"}},
		{name: "sdoh-tobacco-use", text: "Tobacco use.", want: []string{"Z72.0"}},
		{name: "sdoh-denies-tobacco", text: "Denies tobacco use.", not: []string{"Z72.0", "F17.200"}},
		{name: "sdoh-former-smoker", text: "Former smoker, quit 10 years ago.", want: []string{"Z87.891"}, not: []string{"F17.200"}},
		// I.C.5.b.3: alcohol use without a related condition is not coded.
		{name: "sdoh-social-drinker", text: "Social history: drinks alcohol socially.", not: []string{"F10.90", "F10.10", "Z72.89"}},
		// Status
		{name: "sdoh-dnr", text: "Code status: DNR.", want: []string{"Z66"}},
		{name: "sdoh-dnr-dni", text: "Code status: DNR/DNI.", setting: model.Inpatient, want: []string{"Z66"}},
		{name: "sdoh-patient-dnr", text: "Patient is DNR.", want: []string{"Z66"}},
		{name: "sdoh-do-not-resuscitate", text: "Do not resuscitate.", want: []string{"Z66"}},
		{name: "sdoh-full-code", text: "Code status: full code, not DNR.", not: []string{"Z66"}},
		{name: "sdoh-not-wish-dnr", text: "Patient does not wish to be DNR.", not: []string{"Z66"}},
		{name: "sdoh-bedbound", text: "Bedbound since her stroke.", want: []string{"Z74.01"}},
		{name: "sdoh-bed-bound", text: "Bed-bound nursing home resident.", want: []string{"Z74.01"}},
		{name: "sdoh-wheelchair", text: "Wheelchair dependent.", want: []string{"Z99.3"}},
		{name: "sdoh-insulin-pump", text: "Type 1 diabetes managed with an insulin pump.", want: []string{"E10.9", "Z96.41"}},
		{name: "sdoh-pacemaker", text: "Pacemaker in place.", want: []string{"Z95.0"}},
	}...)
}
