package coder

// Outpatient visit notes (aci11a), written for these cases: word senses the
// index's bare main terms took ("bend", "mouse", "overuse", the autumn),
// hedged impressions, counselled side effects, a lumbar spine strain, and
// the pain, swelling and unspecified kidney disease a coded diagnosis
// accounts for (I.B.5, IV.D).
func init() {
	cases = append(cases, []tc{
		// Word senses.
		{name: "aci11a-bend-knee", text: "He is able to bend his knee with some discomfort.", not: []string{"T70.3XXA"}},
		{name: "aci11a-bends-kept", text: "He had the bends after a deep dive.", want: []string{"T70.3XXA"}},
		{name: "aci11a-computer-mouse", text: "Her wrist hurts when typing and using a mouse.", not: []string{"M24.00"}},
		{name: "aci11a-joint-mouse", text: "Joint mouse of the right knee.", want: []string{"M23.41"}},
		{name: "aci11a-overuse-cause", text: "ASSESSMENT\nRight Achilles tendinitis.\nPLAN\nHis symptoms are likely secondary to overuse.", want: []string{"M76.61"}, not: []string{"M70.80"}},
		{name: "aci11a-muscle-overuse", text: "Muscle overuse of the left forearm.", want: []string{"M70.832"}},
		{name: "aci11a-fall-season", text: "She takes Zyrtec in the spring, summer, and fall.\n\nASSESSMENT\nRight ankle sprain.", want: []string{"S93.401A"}, not: []string{"W19.XXXA"}},
		{name: "aci11a-fall-season2", text: "Her allergies flare in the spring and fall.\n\nASSESSMENT\nLeft wrist sprain.", want: []string{"S63.502A"}, not: []string{"W19.XXXA"}},
		{name: "aci11a-fall-kept", text: "She fell on her outstretched hand.\n\nASSESSMENT\nLeft wrist sprain.", want: []string{"S63.502A", "W19.XXXA"}},
		// Hedges and counselling.
		{name: "aci11a-appears-to-be", text: "ASSESSMENT\nAbdominal pain. This appears to be acute gastritis.", want: []string{"R10.9"}, not: []string{"K29.00"}},
		{name: "aci11a-appears-before", text: "ASSESSMENT\nHypertension appears to be well controlled.", want: []string{"I10"}},
		{name: "aci11a-side-effects-counsel", text: "PLAN\nAdd spironolactone. I counseled the patient about spironolactone side effects, including gynecomastia and electrolyte disturbances.", not: []string{"N62", "E87.8"}},
		{name: "aci11a-side-effects-had", text: "She had side effects from lisinopril, including a cough.", want: []string{"R05.9"}},
		// Index: the spine between "lumbar" and "strain".
		{name: "aci11a-lumbar-spine-strain", text: "CC:\nBack pain.\n\nIMPRESSION\nLumbar spine strain.", want: []string{"S39.012A"}, not: []string{"M54.9"}},
		// Integral signs (I.B.5).
		{name: "aci11a-oa-pain-swelling", text: "ASSESSMENT\nOsteoarthritis.\nPLAN\nMeloxicam 15 mg once a day for pain and swelling.", want: []string{"M19.90"}, not: []string{"R52", "R60.9"}},
		{name: "aci11a-tendinitis-heel-pain", text: "HPI:\nHe has pain in his heel after running.\n\nASSESSMENT\nLeft Achilles tendinitis.", want: []string{"M76.62"}, not: []string{"R52"}},
		{name: "aci11a-bursitis-joint-pain", text: "CHIEF COMPLAINT\nJoint pain.\n\nASSESSMENT\nShe presents with some joint pain. Left olecranon bursitis.", want: []string{"M70.22"}, not: []string{"M25.50"}},
		{name: "aci11a-joint-pain-kept", text: "ASSESSMENT\nJoint pain. Hypertension.", want: []string{"M25.50", "I10"}},
		{name: "aci11a-kidney-disease-ckd", text: "ASSESSMENT\n1. Stage 3 chronic kidney disease.\n2. Kidney disease: labs ordered.", want: []string{"N18.30"}, not: []string{"N28.9"}},
		{name: "aci11a-kidney-disease-alone", text: "ASSESSMENT\nKidney disease: labs ordered.", want: []string{"N28.9"}},
		// Plans, statements and denials (aci11a, second pass).
		{name: "aci11a-steroid-cream", text: "ASSESSMENT\nPsoriasis.\nPLAN\nContinue steroid cream.", want: []string{"L40.9"}, not: []string{"Z79.52"}},
		{name: "aci11a-prednisone-kept", text: "ASSESSMENT\nPolymyalgia rheumatica.\nPLAN\nContinue prednisone 5 mg daily.", want: []string{"M35.3", "Z79.52"}},
		{name: "aci11a-screen-her-for", text: "ASSESSMENT\nScreening for sexually transmitted disease.\nPLAN\nWe will screen her today for gonorrhea, chlamydia, syphilis, HIV, and hepatitis C.", want: []string{"Z11.3"}, not: []string{"A74.9", "B20", "B19.20", "A54.9", "A53.9"}},
		{name: "aci11a-evaluated-for-all", text: "HPI:\nShe wants to be evaluated for all sexually transmitted diseases.\n\nASSESSMENT\nScreening for sexually transmitted disease.", want: []string{"Z11.3"}, not: []string{"A64"}},
		{name: "aci11a-tested-for", text: "He would like to be tested for HIV.", not: []string{"B20"}},
		{name: "aci11a-kidney-disease-pmh-ckd", text: "MEDICAL HISTORY\nHypertension and stage 3 chronic kidney disease.\n\nASSESSMENT AND PLAN\n1. Hypertension. Continue losartan.\n2. Kidney disease. Labs ordered.", want: []string{"N18.30"}, not: []string{"N28.9"}},
		// Index: "herniated" is the index's Herniation (see Displacement, intervertebral disc).
		{name: "aci11a-herniated-disc", text: "ASSESSMENT\nHerniated lumbar disc with radiculopathy.", want: []string{"M51.16"}, not: []string{"M54.16"}},
		{name: "aci11a-herniated-disc-level", text: "MRI shows a herniated disc at L4-5.", want: []string{"M51.26"}},
		// A "without" code beside its category's "with" code for the same condition.
		{name: "aci11a-gallstones-cholecystitis", text: "RESULTS\nUltrasound shows multiple gallstones in the gallbladder.\n\nASSESSMENT\nMild cholecystitis with gallstones.", want: []string{"K80.10"}, not: []string{"K80.20"}},
		{name: "aci11a-gallstones-alone", text: "RESULTS\nUltrasound shows multiple gallstones in the gallbladder.\n\nASSESSMENT\nGallstones. Surgery referral.", want: []string{"K80.20"}},
		// Everyday stress; an exam item titled "Assessment of ..." is no assessment section.
		{name: "aci11a-high-stress", text: "ASSESSMENT\nIrritable bowel syndrome made worse by high stress and poor sleep.", want: []string{"K58.9"}, not: []string{"F43.9"}},
		{name: "aci11a-exam-assessment-item", text: "PHYSICAL EXAM\nRespiratory\n- Assessment of Respiratory Effort:\n- Auscultation of Lungs: Clear.\nCardiovascular\n- Auscultation of Heart: 2/6 systolic ejection murmur.\n\nASSESSMENT AND PLAN\n1. Chest pain. Cardiology referral.\n2. Type 2 diabetes. Continue metformin.", want: []string{"R07.9", "E11.9"}, not: []string{"R01.1"}},
		{name: "aci11a-tree-nut", text: "She has known peanut and tree nut allergies.", not: []string{"J30.1"}},
		{name: "aci11a-tree-pollen", text: "Allergic rhinitis from tree pollen.", want: []string{"J30.1"}},
		{name: "aci11a-screen-kept", text: "He has HIV. We will screen him for hepatitis C.", want: []string{"B20"}, not: []string{"B19.20"}},
		{name: "aci11a-unaware-of-injury", text: "ASSESSMENT\nChondromalacia of the right patella. She is unaware of any injury to the knee.", want: []string{"M22.41"}, not: []string{"S89.90XA", "S89.91XA"}},
		{name: "aci11a-appointment-for-evaluation", text: "ASSESSMENT\nType 2 diabetes. Keep her appointment with ophthalmology for evaluation of diabetic retinopathy.", want: []string{"E11.9"}, not: []string{"E11.319"}},
		{name: "aci11a-presents-for-evaluation", text: "She presents for evaluation of right knee pain.", want: []string{"M25.561"}},
		{name: "aci11a-studies-link", text: "ASSESSMENT\nElevated cholesterol. We discussed that studies link high cholesterol to premature heart attacks.", not: []string{"I21.9"}},
		{name: "aci11a-common-to-experience", text: "PLAN\nWe discussed it is common to experience dizziness when standing quickly on the new medication.", not: []string{"R42"}},
		// A diagnosis named only in the past medical history accounts for no
		// symptom the assessment lists (IV.D).
		{name: "aci11a-pmh-asthma-sob", text: "MEDICAL HISTORY\nPatient reports history of diabetes and asthma.\n\nASSESSMENT AND PLAN\n1. Shortness of breath.\n- He has been coughing up blood. Chest x-ray ordered.\n2. Diabetes. Continue metformin.", want: []string{"R06.02", "R04.2", "E11.9"}},
		{name: "aci11a-assessed-asthma-sob", text: "ASSESSMENT AND PLAN\n1. Shortness of breath.\n2. Asthma. Albuterol.", want: []string{"J45.909"}, not: []string{"R06.02"}},
	}...)
}
