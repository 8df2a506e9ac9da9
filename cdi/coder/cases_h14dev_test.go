package coder

import "notecoder/cdi/model"

// Cases of the h14dev session (heldout14 as development data), written for these tests in other
// words than the notes.
func init() {
	cases = append(cases, []tc{
		// A vaccine-preventable infection named where vaccines are given or listed is the vaccine:
		// no influenza, RSV or COVID-19 code (abbrev.tsv next=/near= rows).
		{name: "h14dev flu given last fall", text: "Asthma well controlled on inhaled steroid. Flu given 9/2025, pneumococcal up to date.", want: []string{"J45.909"}, not: []string{"J11.1", "Z23"}},
		{name: "h14dev rsv and pcv20 current", text: "Assessment: chronic kidney disease stage 3a. PCV20/RSV/flu all current.", want: []string{"N18.31"}, not: []string{"B97.4", "J11.1"}},
		{name: "h14dev covid booster in list", text: "Hypertension, stable on amlodipine. Had his COVID booster 2025 at the pharmacy.", want: []string{"I10"}, not: []string{"U07.1"}},
		{name: "h14dev rsv dose earlier", text: "Plan: lisinopril refilled. RSV given at the pharmacy in October.", not: []string{"B97.4"}},
		{name: "h14dev rsv disease kept guard", text: "Assessment: bronchiolitis, RSV positive on the nasal swab.", want: []string{"B97.4"}},
		// "Given today" is this visit's vaccine wherever it is written and whatever past dose stands
		// beside it; a vaccine declined or not needed is no encounter for immunization.
		{name: "h14dev high dose flu today", text: "Plan: Influenza vaccine (adjuvanted) given today; shingles vaccine completed last year.", want: []string{"Z23"}},
		{name: "h14dev immunization header today", text: "Immunizations: pneumococcal vaccine given today; tetanus current.", want: []string{"Z23"}},
		{name: "h14dev vaccines header list", text: "Vaccines given today: hepatitis A, typhoid oral series started.", want: []string{"Z23"}, not: []string{"A01.00", "B15.9"}},
		{name: "h14dev vaccine declined", text: "Plan: COVID vaccine today - refused after discussion.", not: []string{"Z23", "U07.1"}},
		{name: "h14dev tdap not needed", text: "Plan: splint. Tdap given 2024 - not needed now.", not: []string{"Z23"}},
		// An injury said to be work-related is coded with its status (Y99.0, I.C.20.k, the index's
		// "External cause status, civilian activity done for income or pay"); without an injury
		// the words give no external cause.
		{name: "h14dev work related cut", text: "Cut the left index finger on sheet metal at the shop.\nAssessment: laceration of left index finger, work related; sutured.", want: []string{"Y99.0"}},
		{name: "h14dev workers comp sprain", text: "Twisted the right ankle stepping off a loading dock. Workers' compensation claim opened.\nDx: sprain of right ankle.", want: []string{"Y99.0"}},
		{name: "h14dev work stress no injury", text: "Assessment: insomnia from work-related stress, sleep hygiene.", not: []string{"Y99.0"}},
		// The pooled-cohort ASCVD estimate is a risk to come, no atherosclerotic disease.
		{name: "h14dev ascvd risk number", text: "LDL 171, ASCVD 10-year 11.2%, shared decision to start atorvastatin.\nAssessment: pure hypercholesterolemia.", want: []string{"E78.00"}, not: []string{"I25.10"}},
		{name: "h14dev ascvd risk score", text: "Assessment: hyperlipidemia; ASCVD by pooled cohort equations 8 percent, lifestyle first.", not: []string{"I25.10"}},
		{name: "h14dev ascvd disease guard", text: "Assessment: ASCVD with remote stent, on aspirin and statin.", want: []string{"I25.10"}},
		// A fracture named by a trochanteric part is the femur's (site_kids.tsv "main" rows), so the
		// assessment's own words give it its site and encounter.
		{name: "h14dev intertrochanteric alone", text: "Assessment: left intertrochanteric fracture after a trip over the rug, nailing tomorrow.", setting: model.Inpatient, want: []string{"S72.142A"}, not: []string{"T14.8XXA"}},
		{name: "h14dev intertrochanteric follow-up", text: "Three weeks after hip nailing.\nAssessment: right intertrochanteric fracture, routine healing, subsequent encounter.", want: []string{"S72.141D"}, not: []string{"S72.141A", "T14.8XXD"}},
		{name: "h14dev subtrochanteric", text: "Impression: displaced subtrochanteric fracture of the right side after a fall from standing.", setting: model.Inpatient, want: []string{"S72.21XA"}},
		// An inclusion term "Other specified X" names the residual kind, not X itself: bare "gender
		// dysphoria" is the index's Dysphoria, gender (F64.9), not F64.8.
		{name: "h14dev gender dysphoria not other specified", text: "Assessment: gender dysphoria, hormone therapy continued.", want: []string{"F64.9"}, not: []string{"F64.8"}},
		// An "unspecified" code whose title's words all stand in another code's title of the note,
		// in any category, is that condition left open once and said once (I.A.9): it goes, unless
		// the other code asks for it beside it or adds a body site.
		{name: "h14dev malnutrition said twice", text: "Dietitian: severe protein-calorie malnutrition, 15% loss in 3 months.\nPlan: malnutrition - calorie counts, supplements.", setting: model.Inpatient, want: []string{"E43"}, not: []string{"E46"}},
		{name: "h14dev cataract said twice", text: "Slit lamp: dense nuclear cataract of the right eye.\nPlan: cataract surgery referral; age-related nuclear cataract, right eye.", want: []string{"H25.11"}, not: []string{"H26.9"}},
		{name: "h14dev diverticulitis of colon", text: "CT: diverticulitis without abscess or perforation.\nDischarge diagnosis: sigmoid diverticulitis without perforation or abscess.", setting: model.Inpatient, want: []string{"K57.32"}, not: []string{"K57.92"}},
		{name: "h14dev hypertensive heart failure guard", text: "Assessment: hypertensive heart disease with heart failure, type of failure not yet known.", setting: model.Inpatient, want: []string{"I11.0", "I50.9"}},
		{name: "h14dev septic shock guard", text: "Assessment: septic shock, source unclear, norepinephrine.", setting: model.Inpatient, want: []string{"A41.9", "R65.21"}},
		{name: "h14dev edema beside site edema guard", text: "Assessment: edema of both legs, furosemide. Also swelling of the right conjunctiva: conjunctival edema, right eye.", want: []string{"H11.421"}},
		// A perineal laceration graded with a hyphenated degree is the obstetric tear (O70.-).
		{name: "h14dev hyphen degree tear", text: "Vaginal birth of a girl at 40 weeks. Second-degree perineal tear repaired in the room.", setting: model.Inpatient, want: []string{"O70.1"}},
		{name: "h14dev hyphen 2nd degree", text: "Spontaneous vaginal delivery; 2nd-degree perineal laceration sutured.", setting: model.Inpatient, want: []string{"O70.1"}},
	}...)
}
