package coder

import "notecoder/cdi/model"

// Outpatient visit notes (aci10), written for these cases. An office note's
// assessment says what the visit addressed: a sign or symptom named only in
// the chief complaint or the history is explained by its diagnoses or was not
// treated (IV.D, IV.J); the other chapters' symptom codes (pain in a joint,
// erythema) are signs like the R codes (data/sign_codes.txt).
func init() {
	cases = append(cases, []tc{
		{name: "aci10-hpi-symptoms-unaddressed", text: "CHIEF COMPLAINT\nRight wrist injury.\n\nHISTORY OF PRESENT ILLNESS\nShe fell on her outstretched hand yesterday. She reports numbness and tingling in her fingers. She also has some nasal congestion.\n\nASSESSMENT\nColles fracture of the right wrist.", want: []string{"S52.531A"}, not: []string{"R20.0", "R20.2", "R09.81"}},
		{name: "aci10-hpi-symptom-assessed", text: "HISTORY OF PRESENT ILLNESS\nHe has had nasal congestion for a week.\n\nASSESSMENT\n1. Nasal congestion. Saline spray.\n2. Essential hypertension.", want: []string{"R09.81", "I10"}},
		{name: "aci10-hpi-no-assessment", text: "HISTORY OF PRESENT ILLNESS\nShe reports nasal congestion for a week.\n\nPLAN\nFollow up in two weeks.", want: []string{"R09.81"}},
		// (Since the fourteenth session the same holds for a stay: a symptom no
		// diagnostic statement takes up met no definition of an additional
		// diagnosis, III.)
		{name: "aci10-hpi-inpatient-unaddressed", text: "HISTORY OF PRESENT ILLNESS\nShe reports nasal congestion for a week.\n\nASSESSMENT\nEssential hypertension.", setting: model.Inpatient, want: []string{"I10"}, not: []string{"R09.81"}},
		{name: "aci10-cc-pain-unaddressed", text: "CHIEF COMPLAINT\nLeft elbow pain.\n\nASSESSMENT\nType 2 diabetes mellitus.", want: []string{"E11.9"}, not: []string{"M25.522"}},
		{name: "aci10-hpi-site-assessed", text: "HISTORY OF PRESENT ILLNESS\nShe has chronic low back pain.\n\nASSESSMENT\nChronic back pain. Physical therapy.", want: []string{"M54.50"}},
		{name: "aci10-hpi-side-assessed", text: "HISTORY OF PRESENT ILLNESS\nPain in the right knee for a week.\n\nASSESSMENT\nKnee pain. Ice.", want: []string{"M25.561"}},
		{name: "aci10-brother-who-is-diagnosed", text: "She also has a 9-year-old brother who is diagnosed with autism.", want: []string{"Z81.8@family"}, not: []string{"F84.0"}},
		{name: "aci10-hpi-condition-kept", text: "HISTORY OF PRESENT ILLNESS\nHe was recently diagnosed with gout.\n\nASSESSMENT\nEssential hypertension.", want: []string{"M10.9", "I10"}},
		// Signs outside chapter 18 found only on the exam.
		{name: "aci10-exam-joint-pain-alone", text: "PHYSICAL EXAM\nMSK: Pain to palpation of the right elbow. Erythema of the right elbow.\n\nASSESSMENT\nAtrial fibrillation.", want: []string{"I48.91"}, not: []string{"M25.521", "L53.9"}},
		{name: "aci10-exam-joint-pain-assessed", text: "PHYSICAL EXAM\nMSK: Pain to palpation of the right elbow.\n\nASSESSMENT\nRight elbow pain.", want: []string{"M25.521"}},
		// Main terms whose comma words are the entry ("Bar, median, prostate").
		{name: "aci10-chocolate-bars", text: "He admits to an affinity for chocolate bars.", not: []string{"N40.0"}},
		{name: "aci10-median-bar", text: "Median bar of the prostate.", want: []string{"N40.0"}},
		{name: "aci10-heating-pad", text: "Use ice or a heating pad on the neck.", not: []string{"M72.1"}},
		{name: "aci10-knuckle-pads", text: "Knuckle pads on both hands.", want: []string{"M72.1"}},
		{name: "aci10-hot-shower", text: "A hot shower eases his back.", not: []string{"I74.9"}},
		{name: "aci10-stretching", text: "She does yoga and stretching every morning.", not: []string{"T14.8XXA"}},
		{name: "aci10-valgus-stress", text: "Pain with valgus stress of the knee.", not: []string{"F43.9"}},
		// Assertions.
		{name: "aci10-pandemic", text: "He took up pottery during the COVID-19 pandemic.", not: []string{"U07.1"}},
		{name: "aci10-felt-like", text: "She says the pain felt like a heart attack.", not: []string{"I21.9"}},
		{name: "aci10-rule-this-out", text: "PLAN\nWe will obtain a COVID-19 test to rule this out.", not: []string{"U07.1"}},
		{name: "aci10-suspected-etiology", text: "ASSESSMENT\nNon-cardiac chest pain. Suspected etiology of anxiety.", want: []string{"R07.89"}, not: []string{"F41.9"}},
		{name: "aci10-looks-like", text: "ASSESSMENT\nThere is what looks like cellulitis of the left leg.", not: []string{"L03.116"}},
		{name: "aci10-assess-for", text: "PLAN\nColonoscopy to assess for potential sources of a GI bleed.", not: []string{"K92.2"}},
		{name: "aci10-be-aware", text: "PLAN\nHe should be aware of lingering infections or diarrhea and call us.", not: []string{"R19.7", "B99.9"}},
		{name: "aci10-risks-of-surgery", text: "PLAN\nThe risks of surgery including infection, need for further surgery, a spinal fluid leak, seizure, stroke, permanent numbness and weakness were discussed.", not: []string{"R56.9", "I63.9", "R20.0", "R53.1"}},
		{name: "aci10-caught-from-falling", text: "HPI:\nShe twisted her knee when she stumbled and caught herself from falling.\n\nIMPRESSION\nRight knee sprain.", want: []string{"S83.91XA"}, not: []string{"W19.XXXA"}},
		{name: "aci10-fell-kept", text: "HPI:\nShe twisted her knee when she fell.\n\nIMPRESSION\nRight knee sprain.", want: []string{"S83.91XA", "W19.XXXA"}},
		// Symptoms routinely part of the diagnosis (I.B.5).
		{name: "aci10-hf-fatigue", text: "ASSESSMENT\nCongestive heart failure with increased fatigue. Chest x-ray shows fluid in the lungs.", want: []string{"I50.9"}, not: []string{"R53.83", "J81.1", "J81.0"}},
		{name: "aci10-anemia-fatigue", text: "ASSESSMENT\nIron deficiency anemia. She feels fatigued.", want: []string{"D50.9"}, not: []string{"R53.83"}},
		{name: "aci10-afib-palpitations", text: "ASSESSMENT\nAtrial fibrillation with episodes of palpitations.", want: []string{"I48.91"}, not: []string{"R00.2"}},
		{name: "aci10-uri-cough", text: "ASSESSMENT\nUpper respiratory infection. Robitussin for cough.", want: []string{"J06.9"}, not: []string{"R05.9"}},
		{name: "aci10-pneumonitis-cough", text: "ASSESSMENT\nRadiation pneumonitis with a persistent dry cough.", want: []string{"J70.0"}, not: []string{"R05.3", "R05.9"}},
		{name: "aci10-strain-spasm", text: "ASSESSMENT\nBack pain with spasm. Lumbar strain.", want: []string{"S39.012A"}, not: []string{"R25.2", "M54.9"}},
		{name: "aci10-sprain-pain", text: "ASSESSMENT\nNeck sprain.\nPLAN\nRobaxin to treat his pain.", want: []string{"S13.9XXA"}, not: []string{"R52"}},
		{name: "aci10-anemia-named-kind", text: "ASSESSMENT\nIron deficiency anemia. She has had anemia since she was 13 and a low hemoglobin.", want: []string{"D50.9"}, not: []string{"D64.9"}},
		{name: "aci10-wrist-injury-fracture", text: "CHIEF COMPLAINT\nRight wrist injury.\n\nASSESSMENT\nRight wrist Colles fracture.", want: []string{"S52.531A"}, not: []string{"S69.91XA"}},
		{name: "aci10-knee-injury-sprain", text: "CHIEF COMPLAINT\nRight knee injury.\n\nASSESSMENT\nRight knee MCL sprain.", want: []string{"S83.411A"}, not: []string{"S89.91XA"}},
		{name: "aci10-ms-weakness", text: "ASSESSMENT\nMultiple sclerosis with weakness of the legs.", want: []string{"G35.D"}, not: []string{"R53.1"}},
		// What a review found missing.
		{name: "aci10-mcl-strain", text: "ASSESSMENT\n1. Right knee MCL strain.", want: []string{"S83.411A"}},
		{name: "aci10-lcl-sprain", text: "ASSESSMENT\nSprain of the left LCL of the knee.", want: []string{"S83.422A"}},
		{name: "aci10-acl-strain", text: "Strain of the right anterior cruciate ligament.", want: []string{"S83.511A"}},
		{name: "aci10-ulnar-styloid", text: "X-ray shows a fracture of the right ulnar styloid.", want: []string{"S52.611A"}, not: []string{"S52.201A"}},
		{name: "aci10-radial-styloid", text: "Fracture of the left radial styloid.", want: []string{"S52.512A"}},
		{name: "aci10-iga-deficiency", text: "ASSESSMENT\nIgA deficiency.", want: []string{"D80.2"}},
		{name: "aci10-lantus", text: "He continues Lantus insulin at bedtime.", want: []string{"Z79.4"}},
		{name: "aci10-fosamax", text: "PLAN\nOsteoporosis. Continue Fosamax once a week.", want: []string{"M81.0", "Z79.83"}},
		{name: "aci10-sliding-scale", text: "Continue insulin sliding scale.", setting: model.Inpatient, not: []string{"Z79.4"}},
		{name: "aci10-descending-prednisone", text: "It was decided to continue with a descending prednisone regimen.", setting: model.Inpatient, not: []string{"Z79.52"}},
	}...)
}
