package coder

// Outpatient visit notes (aci): my own short notes in the style of US
// office visits (CHIEF COMPLAINT, HPI, REVIEW OF SYSTEMS, PHYSICAL EXAMINATION,
// ASSESSMENT AND PLAN). They cover what a certified coder leaves out of such a
// note: the pain that presents an injury or a musculoskeletal condition at the
// same site, the routine symptoms and exam signs of a sore throat, a stone or
// psoriasis, and everyday "stress".
func init() {
	cases = append(cases, []tc{
		// Pain at the site of the assessed diagnosis is its symptom (I.B.5);
		// pain elsewhere is not.
		{name: "aci-elbow-pain-epicondylitis", text: "CHIEF COMPLAINT\n\nRight elbow pain.\n\nHISTORY OF PRESENT ILLNESS\n\nShe has been having right elbow pain since she started playing tennis again.\n\nASSESSMENT AND PLAN\n\nRight lateral epicondylitis.\n• Medical Treatment: I'm going to give her a counterforce brace and ibuprofen for the pain.", want: []string{"M77.11"}, not: []string{"M25.521", "R52"}},
		{name: "aci-knee-pain-sprain", text: "CC: Left knee pain.\n\nHPI: He twisted his left knee playing soccer on Saturday.\n\nIMPRESSION\n\nLeft knee sprain.", want: []string{"S83.92XA"}, not: []string{"M25.562"}},
		{name: "aci-finger-pain-fracture", text: "CC: Left index finger pain.\n\nRESULTS\n\nX-rays of the left hand, 3 views, were reviewed today.\n\nIMPRESSION\n\nNondisplaced fracture of the proximal phalanx, left index finger.", want: []string{"S62.641A"}, not: []string{"M79.645"}},
		{name: "aci-other-side-pain-kept", text: "CC: Right knee pain.\n\nHPI: She also has left elbow pain that started last month.\n\nASSESSMENT\n\nRight knee sprain. Left elbow pain: ice as needed.", want: []string{"S83.91XA", "M25.522"}, not: []string{"M25.561"}},
		{name: "aci-bilateral-elbow-pain-epicondylitis", text: "CC: Bilateral elbow pain.\n\nASSESSMENT\n\nBilateral medial epicondylitis.", want: []string{"M77.01", "M77.02"}, not: []string{"M25.521", "M25.522"}},
		// A stone "presents with back pain": the pain is its colic.
		{name: "aci-back-pain-kidney-stone", text: "CHIEF COMPLAINT\n\nLeft-sided back pain.\n\nASSESSMENT AND PLAN\n\n1. Kidney stone.\n- Medical Treatment: Oxycodone as needed for pain and a urine strainer.", want: []string{"N20.0"}, not: []string{"M54.9", "R52"}},
		{name: "aci-back-pain-without-stone-kept", text: "CHIEF COMPLAINT\n\nLow back pain.\n\nASSESSMENT AND PLAN\n\n1. Low back pain.\n2. Type 2 diabetes.", want: []string{"M54.50", "E11.9"}},
		// Sore throat: its fever, swallowing trouble, nodes and the red and
		// swollen throat on exam are the pharyngitis.
		{name: "aci-pharyngitis-signs", text: "REVIEW OF SYSTEMS\n\nConstitutional: Reports fever and chills.\nHENT: Reports sore throat and difficulty swallowing.\n\nPHYSICAL EXAM\n\nThroat: Erythema and edema of the posterior pharynx with exudates.\nNeck: Tender anterior cervical lymphadenopathy.\n\nASSESSMENT AND PLAN\n\n1. Acute pharyngitis.\n- Medical Treatment: Rapid strep test today.", want: []string{"J02.9"}, not: []string{"R50.9", "R13.10", "R59.0", "R60.9", "L53.9", "J39.2"}},
		{name: "aci-fever-kept-beside-other", text: "Reports fever for two days.\n\nASSESSMENT\n\n1. Type 2 diabetes.\n2. Fever.", want: []string{"R50.9", "E11.9"}},
		// Psoriasis itches and its plaques are red.
		{name: "aci-psoriasis-itch", text: "CHIEF COMPLAINT\n\nItchy scalp.\n\nPHYSICAL EXAM\n\nSkin: Well-demarcated erythematous plaques with silvery scale over the occiput.\n\nASSESSMENT AND PLAN\n\n1. Scalp psoriasis.", want: []string{"L40.9"}, not: []string{"L29.9", "L53.9"}},
		// Everyday stress is not a stress reaction (F43.9).
		{name: "aci-stress-bp", text: "Hypertension.\n• Medical Reasoning: She attributes the elevations in her blood pressure to increased stress at work.", want: []string{"I10"}, not: []string{"F43.9"}},
		{name: "aci-stress-school", text: "Anxiety.\n- Medical Reasoning: He reports being under a lot of stress with school this semester.", want: []string{"F41.9"}, not: []string{"F43.9"}},
		{name: "aci-stress-managing", text: "We discussed managing stress with regular exercise.", not: []string{"F43.9"}},
		{name: "aci-acute-stress-reaction-kept", text: "Assessment: acute stress reaction after the assault.", want: []string{"F43.0"}},
	}...)
}

// Outpatient visit notes (aci), second group: standing therapy and devices
// as history sections write them ("takes insulin", "right coronary artery
// stent placement in 2018"), a plan's "if she is positive for", and the
// unspecified kinds (a bare "fracture", "heart disease") beside the specific
// one the note codes.
func init() {
	cases = append(cases, []tc{
		{name: "aci-takes-insulin", text: "MEDICAL HISTORY\n\nHe is a diabetic and takes insulin.\n\nASSESSMENT\n\n1. Type 2 diabetes.", want: []string{"E11.9", "Z79.4"}},
		{name: "aci-taking-anticoagulant", text: "HISTORY OF PRESENT ILLNESS\n\nShe has been taking apixaban 5 mg twice daily since her ablation.\n\nASSESSMENT\n\nParoxysmal atrial fibrillation.", want: []string{"I48.0", "Z79.01"}},
		{name: "aci-started-taking-not-longterm", text: "He started taking prednisone yesterday for the rash.", not: []string{"Z79.52"}},
		{name: "aci-coronary-artery-stent", text: "SURGICAL HISTORY\n\nPatient reports undergoing left anterior descending coronary artery stent placement in 2019.\n\nASSESSMENT\n\nCoronary artery disease.", want: []string{"I25.10", "Z95.5"}},
		{name: "aci-if-positive-for-strep", text: "1. Sore throat.\n- Medical Treatment: We will perform a rapid strep test today. If she is positive for strep, I will prescribe amoxicillin.", want: []string{"J02.9"}, not: []string{"B95.5", "J02.0"}},
		{name: "aci-bare-fracture-results", text: "RESULTS\n\nX-rays, 3 views obtained today, show a comminuted fracture.\n\nIMPRESSION\n\nLeft ring finger distal phalanx fracture.", want: []string{"S62.635A"}, not: []string{"T14.8XXA"}},
		{name: "aci-bare-fracture-alone-kept", text: "He sustained a fracture in a fall last week; x-rays are pending.", want: []string{"T14.8XXA"}},
		{name: "aci-heart-disease-named", text: "In terms of his heart disease, he had a myocardial infarction in 2018 and has coronary artery disease, stable on aspirin.", want: []string{"I25.10", "I25.2"}, not: []string{"I51.9"}},
		{name: "aci-heart-disease-alone-kept", text: "History of heart disease, details unknown; on no medications.", want: []string{"I51.9"}},
	}...)
}

// Outpatient visit notes (aci), third group: a murmur beside the valve disease
// the echocardiogram names, a symptom that "resolved" after a "but", and the
// condition a "check" or "surveillance" looks for.
func init() {
	cases = append(cases, []tc{
		{name: "aci-murmur-with-mitral-regurgitation", text: "PHYSICAL EXAMINATION\n\n• Cardiovascular: Grade 2/6 holosystolic murmur at the apex.\n\nRESULTS\n\nEchocardiogram shows moderate mitral regurgitation.\n\nASSESSMENT AND PLAN\n\nMitral regurgitation.\n• Additional Testing: Repeat echocardiogram in 1 year.", want: []string{"I34.0"}, not: []string{"R01.1"}},
		{name: "aci-murmur-alone-kept", text: "PHYSICAL EXAMINATION\n\n• Cardiovascular: 2/6 systolic ejection murmur.\n\nASSESSMENT AND PLAN\n\nHeart murmur.\n• Additional Testing: Echocardiogram ordered.", want: []string{"R01.1"}},
		{name: "aci-but-resolved", text: "She notes that her heartburn was bad for a while but resolved after two weeks of omeprazole.", want: []string{"R12@historical"}},
		// A check or surveillance looks for the condition.
		{name: "aci-mole-checks", text: "She has annual mole checks with her primary care provider and has never seen a dermatologist.", not: []string{"D22.9"}},
		{name: "aci-mole-surveillance", text: "We reviewed sun avoidance and the ABCDE's of mole surveillance.", not: []string{"D22.9"}},
		{name: "aci-atypical-mole-kept", text: "Exam: atypical mole on the left shoulder, 6 mm, irregular border.", want: []string{"D22.62"}},
		{name: "aci-but-not-resolved", text: "She tried omeprazole for two weeks, but the heartburn persists.", want: []string{"R12@present"}},
	}...)
}
