package coder

// Outpatient visit notes (aci17), written for these cases: conversation-style
// histories where the patient weighs a cause, brand-name inhalers and
// immunosuppressants, screenings reported from earlier visits, and words that
// belong to a drug or a symptom rather than to a condition of their own.
func init() {
	cases = append(cases, []tc{
		// The patient's own theory of a cause is no diagnosis.
		{name: "aci17-unsure-whether-cause", text: "HISTORY OF PRESENT ILLNESS\nHe gets occasional headaches and is unsure whether they come from stress at work or from his blood pressure.\n\nASSESSMENT\nEssential hypertension.", want: []string{"I10"}, not: []string{"F43.9"}},
		{name: "aci17-unsure-if-due-to", text: "HISTORY OF PRESENT ILLNESS\nShe has had a few headaches lately but is unsure if they are due to stress at her job.", want: []string{"R51.9"}, not: []string{"F43.9"}},
		{name: "aci17-patient-attributed", text: "HISTORY OF PRESENT ILLNESS\nLast spring he was seen in the emergency department for a racing heart. He attributed this to a panic attack after too much coffee.\n\nASSESSMENT\nEssential hypertension.", want: []string{"I10"}, not: []string{"F41.0"}},
		{name: "aci17-attributes-symptom-kept", text: "She attributes her tiredness to a panic attack she had at work.", want: []string{"R53.83"}, not: []string{"F41.0"}},
		// "Muscle relaxers" are a drug, not a muscle.
		{name: "aci17-muscle-relaxer-overuse", text: "PLAN\nI warned him that overuse of muscle relaxers can make driving dangerous.", not: []string{"M70.80"}},
		// Inhaled steroids, JAK inhibitors, immunosuppression and insulin by the names visit notes use.
		{name: "aci17-flovent-and-prn-albuterol", text: "ASSESSMENT\nModerate persistent asthma.\n\nPLAN\nContinue Flovent twice daily and albuterol as needed.", want: []string{"J45.40", "Z79.51"}},
		{name: "aci17-alvesco", text: "PLAN\nContinue Alvesco 2 puffs twice daily.", want: []string{"Z79.51"}},
		{name: "aci17-xeljanz", text: "ASSESSMENT\nRheumatoid arthritis. Continue Xeljanz 11 mg daily.", want: []string{"M06.9", "Z79.622"}},
		{name: "aci17-high-risk-medication", text: "ASSESSMENT\n• High risk medication use. Liver panel every 3 months.", want: []string{"Z79.899"}},
		{name: "aci17-high-risk-medication-named", text: "ASSESSMENT\n1. Rheumatoid arthritis. Continue Xeljanz 11 mg daily.\n2. High risk medication use. Labs every 2 months.", want: []string{"Z79.622"}, not: []string{"Z79.899"}},
		{name: "aci17-insulin-regimen", text: "ASSESSMENT\nType 2 diabetes. I will speak with his endocrinologist about his insulin regimen.", want: []string{"E11.9", "Z79.4"}},
		{name: "aci17-immunosuppression-medication", text: "HISTORY OF PRESENT ILLNESS\nShe had a liver transplant in 2019 and takes her immunosuppression medication every day.", want: []string{"Z94.4", "Z79.60"}},
		// A screening reported from an earlier visit is no reason for this one, and no history of cancer.
		{name: "aci17-past-pap-smears", text: "HISTORY OF PRESENT ILLNESS\nShe had an abnormal Pap smear at the age of 19, and all of her Pap smears since then have been normal.", not: []string{"Z12.4"}},
		{name: "aci17-pap-year-ago", text: "Pap smear a year ago.", not: []string{"Z12.4", "Z85.41"}},
		{name: "aci17-history-screening-colonoscopy", text: "History of a screening colonoscopy.", not: []string{"Z12.11", "Z85.038"}},
		{name: "aci17-mammogram-last-year", text: "HISTORY OF PRESENT ILLNESS\nShe had a mammogram last year.", not: []string{"Z12.39", "Z12.31"}},
		// A word that belongs to the symptom, not to a condition of its own.
		{name: "aci17-ibs-functional-pain", text: "ASSESSMENT\nIBS with functional abdominal pain.", want: []string{"K58.9"}, not: []string{"K59.9"}},
		{name: "aci17-leg-swelling-is-edema", text: "ASSESSMENT\n• Lower extremity pitting edema.\n\nPLAN\nLower extremity pitting edema.\nShe reports whole left leg swelling for a month. Compression stockings.", want: []string{"R60.0"}, not: []string{"M79.89"}},
		// Words of a rate, a period or an idiom are no condition.
		{name: "aci17-ventricular-response", text: "RESULTS\nECG: Atrial fibrillation with a slow ventricular response, T-wave inversion inferiorly.", want: []string{"I48.91"}, not: []string{"Q20.5"}},
		{name: "aci17-during-menses", text: "HISTORY OF PRESENT ILLNESS\nHer headaches tend to come during menses.", want: []string{"R51.9"}, not: []string{"N94.89"}},
		{name: "aci17-trigeminal-root-cause", text: "ASSESSMENT\nTrigeminal neuralgia. The root cause of her facial pain is the compression of a small artery against the nerve.", want: []string{"G50.0"}, not: []string{"G54.9", "G51.9", "G58.9"}},
		// The provider's hedge with "have".
		{name: "aci17-seems-to-have", text: "PLAN\nA course of doxycycline is given as he does seem to have an infection.", not: []string{"B99.9"}},
		// A counseling line under a problem of the assessment and plan is that problem's, and
		// the problems after it are still the assessment's.
		{name: "aci17-counseling-line-in-plan", text: "HISTORY OF PRESENT ILLNESS\nShe has had low back pain on and off for years.\n\nASSESSMENT AND PLAN\nRight ankle sprain.\n• Medical Treatment: Brace and ice.\n• Patient Education and Counseling: I told her to avoid running for two weeks.\n\nChronic low back pain.\n• Medical Reasoning: Stable with stretching.", want: []string{"S93.401A", "M54.50"}},
		{name: "aci17-declines-medication", text: "ASSESSMENT AND PLAN\nDepression.\n• Medical Reasoning: He continues to decline the use of medications for this.", want: []string{"F32.A"}, not: []string{"R53.81"}},
		// The swelling of a bursitis is the bursitis.
		{name: "aci17-bursitis-swelling", text: "HISTORY OF PRESENT ILLNESS\nShe has noticed swelling on the olecranon of her left elbow.\n\nASSESSMENT\nLeft elbow pain.\n• Medical Reasoning: I believe she has left olecranon bursitis from leaning on her desk.", want: []string{"M70.22"}, not: []string{"M25.422"}},
	}...)
}
