package coder

import "notecoder/cdi/model"

// Outpatient visit notes (aci11b), written for these cases: what a review of
// 40 more office notes found coded from a checklist, a hedge, counselling, a
// test order or an exam finding of the diagnosis itself (IV.D, IV.H, IV.J).
func init() {
	cases = append(cases, []tc{
		// "Review of symptoms" is the review of systems under another name.
		{name: "aci11b-review-of-symptoms", text: "REVIEW OF SYMPTOMS\n• Eyes: Positive for floaters.\n• Musculoskeletal: Positive for gout and muscle pain.\n\nASSESSMENT\nBilateral carpal tunnel syndrome.", want: []string{"G56.03"}, not: []string{"H43.399", "M10.9", "M79.10"}},
		// A suspected or likely cause is uncertain; the finding it explains stays.
		{name: "aci11b-suspect-was-due-to", text: "ASSESSMENT AND PLAN\n1. Shortness of breath.\nI suspect his shortness of breath was due to an asthma exacerbation. Albuterol inhaler.", want: []string{"R06.02"}, not: []string{"J45.901"}},
		{name: "aci11b-suspect-had", text: "ASSESSMENT\nChest pain. I suspect she had a panic attack related to stress at work.", want: []string{"R07.9"}, not: []string{"F41.0"}},
		{name: "aci11b-likely-caused-by", text: "ASSESSMENT\nRight medial epicondylitis.\nPLAN\nHis symptoms are likely caused by overuse of the tendons.", want: []string{"M77.01"}, not: []string{"M70.80"}},
		{name: "aci11b-order-a-mammogram", text: "PLAN\nHealthcare maintenance. We will order a mammogram.", not: []string{"Z12.31", "Z12.39"}},
		{name: "aci11b-likely-due-to", text: "ASSESSMENT\n1. Cough.\nThe cough is likely due to acute bronchitis. Guaifenesin.", want: []string{"R05.9"}, not: []string{"J20.9"}},
		{name: "aci11b-likely-due-to-inpatient", text: "DISCHARGE DIAGNOSES\nCough likely due to acute bronchitis.", setting: model.Inpatient, want: []string{"J20.9"}},
		// Counselling and test orders.
		{name: "aci11b-can-result-in", text: "PLAN\nHypertension. Take the diuretic in the morning because it can result in more frequent urination.", want: []string{"I10"}, not: []string{"R35.0"}},
		{name: "aci11b-most-common-cause", text: "PLAN\nWe discussed that glaucoma is the most common cause of vision loss in his family's age group.", not: []string{"H54.7"}},
		{name: "aci11b-order-a-test", text: "ASSESSMENT AND PLAN\n1. Cough. I will order a COVID-19 test.", want: []string{"R05.9"}, not: []string{"U07.1"}},
		{name: "aci11b-vision-decline", text: "PLAN\nInjections can slow the rate of the vision decline.", not: []string{"R53.81"}},
		// Wet, dry and neovascular macular degeneration; drusen are its sign.
		{name: "aci11b-wet-amd", text: "ASSESSMENT\nWet macular degeneration of the right eye.", want: []string{"H35.3210"}, not: []string{"H35.30"}},
		{name: "aci11b-neovascular-amd", text: "ASSESSMENT\nNeovascular age-related macular degeneration of the left eye.", want: []string{"H35.3220"}, not: []string{"H35.3120"}},
		{name: "aci11b-dry-amd", text: "ASSESSMENT\nDry macular degeneration, both eyes.", want: []string{"H35.3130"}},
		{name: "aci11b-drusen-with-amd", text: "EXAM\nDrusen of the right macula.\n\nASSESSMENT\nExudative age-related macular degeneration of the right eye.", want: []string{"H35.3210"}, not: []string{"H35.361"}},
		{name: "aci11b-drusen-alone", text: "ASSESSMENT\nDrusen of the right macula.", want: []string{"H35.361"}},
		// A condition named only in the exam or the results is a finding the
		// assessment did not take up (III.B, IV.J).
		{name: "aci11b-results-only-condition", text: "RESULTS\nEchocardiogram shows mild mitral regurgitation.\n\nASSESSMENT AND PLAN\n1. Congestive heart failure. Lasix.", want: []string{"I50.9"}, not: []string{"I34.0"}},
		{name: "aci11b-results-condition-assessed", text: "RESULTS\nEchocardiogram shows mild mitral regurgitation.\n\nASSESSMENT AND PLAN\n1. Mitral regurgitation. Repeat echo in a year.", want: []string{"I34.0"}},
		{name: "aci11b-exam-only-condition", text: "PHYSICAL EXAM\nNeck: Mild thyromegaly.\n\nASSESSMENT\nType 2 diabetes mellitus.", want: []string{"E11.9"}, not: []string{"E01.0", "E04.9"}},
		{name: "aci11b-results-no-assessment", text: "RESULTS\nEchocardiogram shows mild mitral regurgitation.\n\nPLAN\nFollow up in a year.", want: []string{"I34.0"}},
		// (Inpatient too since the fourteenth session: III.B.)
		{name: "aci11b-results-inpatient", text: "RESULTS\nEchocardiogram shows mild mitral regurgitation.\n\nASSESSMENT\nCongestive heart failure.", setting: model.Inpatient, want: []string{"I50.9"}, not: []string{"I34.0"}},
		// A hedge or a plan between a site read first and the condition's head.
		{name: "aci11b-head-possible", text: "ASSESSMENT\nHis recent great toe pain may have been a possible gout flare. Uric acid ordered.", not: []string{"M10.079", "M10.9"}},
		{name: "aci11b-head-evaluate-for", text: "ASSESSMENT\nRight knee pain.\nPLAN\nMRI of the right knee to evaluate for a possible posterior cruciate ligament injury.", want: []string{"M25.561"}, not: []string{"S89.90XA", "S83.501A"}},
		{name: "aci11b-head-certain", text: "ASSESSMENT\nRight great toe gout flare.", want: []string{"M10.071"}},
		// Counselling, advice and a drug's standing indication.
		{name: "aci11b-signs-and-symptoms-of", text: "PLAN\nType 2 diabetes. I counselled her on the signs and symptoms of hypoglycemia. Call with any signs or symptoms of hypoglycemia.", want: []string{"E11.9"}, not: []string{"E11.649", "E16.2"}},
		{name: "aci11b-signs-and-symptoms-found", text: "The examination revealed signs and symptoms of masticatory muscle pain.", want: []string{"M79.10"}},
		{name: "aci11b-disc-back-pain", text: "ASSESSMENT\nChronic lumbar back pain.\n\nPLAN\nHe has a herniated disc at L4-5 with radiculopathy. Epidural steroid injection.", want: []string{"M51.16"}, not: []string{"M54.9", "M54.50", "M54.10"}},
		{name: "aci11b-there-can-be", text: "ASSESSMENT\nType 2 diabetes. There can be complications with diabetes such as kidney dysfunction.", want: []string{"E11.9"}, not: []string{"E11.29"}},
		{name: "aci11b-stay-away-from-smoking", text: "PLAN\nCOPD. She ceased tobacco use several years ago. She should continue to stay away from smoking.", want: []string{"J44.9", "Z87.891"}, not: []string{"F17.200", "Z72.0"}},
		{name: "aci11b-tobacco-use-current", text: "SOCIAL HISTORY\nTobacco use, 1 pack per day.", want: []string{"Z72.0"}},
		{name: "aci11b-for-any-pain", text: "PLAN\nOsteoarthritis. He can take Tylenol for any mild pain.", want: []string{"M19.90"}, not: []string{"R52"}},
		// A herniated disc is the index's Herniation.
		{name: "aci11b-herniated-disc", text: "PLAN\nI explained that he has a herniated disc at L4-5 with radiculopathy.", want: []string{"M51.16"}, not: []string{"M54.10"}},
		// Signs routinely part of a diagnosis (I.B.5).
		{name: "aci11b-gerd-heartburn", text: "ASSESSMENT\nGERD that manifests as heartburn.", want: []string{"K21.9"}, not: []string{"R12"}},
		{name: "aci11b-heartburn-alone", text: "ASSESSMENT\nHeartburn after meals.", want: []string{"R12"}},
		{name: "aci11b-stone-testicle", text: "HPI\nThe pain radiates into his left testicle.\n\nASSESSMENT\nRight ureteral stone. Tramadol for pain.", want: []string{"N20.1"}, not: []string{"N50.812"}},
		{name: "aci11b-fluctuating-bp-htn", text: "CHIEF COMPLAINT\nElevated and fluctuating blood pressures.\n\nASSESSMENT\nEssential hypertension.", want: []string{"I10"}, not: []string{"I99.8"}},
		{name: "aci11b-acne-pustules", text: "ASSESSMENT\nAcne vulgaris with inflammatory papules and pustules on the back.", want: []string{"L70.0"}, not: []string{"L08.9", "R23.8"}},
		{name: "aci11b-gi-upset-hpi", text: "HPI\nShe has some gastrointestinal upset with metformin.\n\nASSESSMENT\nType 2 diabetes.", want: []string{"E11.9"}, not: []string{"K30"}},
		// A healed surgical scar seen on the exam is a finding.
		{name: "aci11b-exam-scar", text: "PHYSICAL EXAM\nSkin: Well-healed surgical scar on the right wrist.\n\nASSESSMENT\nEssential hypertension.", want: []string{"I10"}, not: []string{"L90.5"}},
		{name: "aci11b-scar-assessed", text: "ASSESSMENT\nHypertrophic scar of the right wrist, painful.", want: []string{"L91.0"}},
	}...)
}
