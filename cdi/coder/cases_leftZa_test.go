package coder

// Known errors from this session's ED and h17 notes (leftZa), written for
// these cases. A denied radiculopathy leaves the pain of its site coded to
// its own M54 code; a finding named before "due to" a drug is an adverse
// effect (I.C.19.e.5.a); words that only look like diagnoses (an alert not
// called, a pain plan, a repeated single dose, a stress dose, a family
// member's history after a comma) code nothing.
func init() {
	cases = append(cases, []tc{
		{name: "leftZa-lbp-without-sciatica", text: "IMPRESSION\nMechanical low back pain without sciatica.", want: []string{"M54.50"}, not: []string{"R52", "M54.30"}},
		{name: "leftZa-neck-no-radiculopathy", text: "ASSESSMENT\nNeck pain. No radiculopathy on exam.", want: []string{"M54.2"}, not: []string{"R52", "M54.10"}},
		{name: "leftZa-inr-due-to-warfarin", text: "IMPRESSION\nElevated INR due to warfarin, no bleeding. Atrial fibrillation.", want: []string{"R79.1", "T45.515A"}},
		{name: "leftZa-stroke-alert-not-called", text: "TRIAGE\nLeft facial droop on waking. Stroke alert not called given the onset time.\nIMPRESSION\nBell's palsy, left.", want: []string{"G51.0"}, not: []string{"I63.9"}},
		{name: "leftZa-oral-pain-plan", text: "DISPOSITION\nHome with an oral pain plan.\nIMPRESSION\nSickle cell pain crisis.", want: []string{"D57.00"}, not: []string{"K13.79"}},
		{name: "leftZa-repeat-dexamethasone", text: "ED COURSE\nDexamethasone 10 mg PO.\nDISPOSITION\nHome with repeat dexamethasone tomorrow.\nIMPRESSION\nModerate persistent asthma with exacerbation.", want: []string{"J45.41"}, not: []string{"Z79.52"}},
		{name: "leftZa-fhx-comma-verb", text: "SLEEP CONSULT. 50 yo M with snoring. IMPRESSION: obstructive sleep apnea. PLAN: CPAP. FHx: mother smoked, had heart failure.", want: []string{"G47.33"}, not: []string{"I50.9", "I11.0"}},
		{name: "leftZa-stress-dose-hyphen", text: "ASSESSMENT\nSeptic shock from pneumonia.\nPLAN\nStress-dose hydrocortisone if pressors increase.", setting: "inpatient", not: []string{"F43.9"}},
	}...)
}
