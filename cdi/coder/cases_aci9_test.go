package coder

import "notecoder/cdi/model"

// Outpatient visit notes (aci9): a review of systems is the patient's
// checklist answers and codes nothing for the visit; a sign found only on the
// exam or in the results (a murmur, an edema, a raised enzyme) is coded where
// the assessment or plan names it, not from the exam alone (IV.J, III.B).
func init() {
	cases = append(cases, []tc{
		{name: "aci9-ros-depression", text: "REVIEW OF SYSTEMS\nPsychiatric: Reports depression.\nGastrointestinal: Reports constipation.\n\nASSESSMENT\nAcute bronchitis.", want: []string{"J20.9"}, not: []string{"F32.A", "K59.00"}},
		{name: "aci9-ros-inpatient-kept", text: "REVIEW OF SYSTEMS\nPsychiatric: Reports depression.\n\nASSESSMENT\nAcute bronchitis.", setting: model.Inpatient, want: []string{"J20.9", "F32.A"}},
		{name: "aci9-exam-murmur-alone", text: "PHYSICAL EXAM\nCardiovascular: Grade 2/6 systolic murmur at the apex.\n\nASSESSMENT\nEssential hypertension.", want: []string{"I10"}, not: []string{"R01.1"}},
		{name: "aci9-exam-murmur-assessed", text: "PHYSICAL EXAM\nCardiovascular: Grade 2/6 systolic murmur at the apex.\n\nASSESSMENT\n1. Essential hypertension.\n2. Heart murmur, echocardiogram ordered.", want: []string{"I10", "R01.1"}},
		{name: "aci9-exam-edema-alone", text: "PHYSICAL EXAM\nExtremities: trace edema of both ankles.\n\nASSESSMENT\nType 2 diabetes mellitus.", want: []string{"E11.9"}, not: []string{"R60.0", "R60.9"}},
		{name: "aci9-results-ast-alone", text: "RESULTS\nLiver panel shows an elevated AST.\n\nASSESSMENT\nGout.", want: []string{"M10.9"}, not: []string{"R74.01"}},
		{name: "aci9-exam-inpatient-kept", text: "PHYSICAL EXAM\nCardiovascular: Grade 2/6 systolic murmur at the apex.", setting: model.Inpatient, want: []string{"R01.1"}},
		// Patellofemoral pain syndrome is the index's patellofemoral disorder, read per knee.
		{name: "aci9-pfps-bilateral", text: "ASSESSMENT\nPatellofemoral pain syndrome, bilateral.", want: []string{"M22.2X1", "M22.2X2"}, not: []string{"R52", "M25.561", "M25.562"}},
		{name: "aci9-pfps-abbrev", text: "Assessment: left PFPS.", want: []string{"M22.2X2"}},
		// A Lisfranc fracture is a fracture of the foot; its side is the
		// side the note gives the foot, and the foot's pain is its symptom.
		{name: "aci9-lisfranc-side", text: "ASSESSMENT\nRight foot pain, due to a Lisfranc fracture.", want: []string{"S92.901A"}, not: []string{"T14.8XXA", "M79.671", "S92.909A"}},
		{name: "aci9-injury-side-elsewhere", text: "Right foot pain after the fall. X-ray shows a fracture of the foot.", want: []string{"S92.901A"}, not: []string{"S92.909A"}},
		// Ankle pain (M25.57-, "and joints of right foot") is the symptom of the ankle sprain.
		{name: "aci9-ankle-pain-sprain", text: "ASSESSMENT\nRight ankle pain. Sprain of the right ankle.", want: []string{"S93.401A"}, not: []string{"M25.571"}},
		// "Symptoms similar to" a diagnosis is no diagnosis: outpatient codes the symptom (IV.H).
		{name: "aci9-similar-to", text: "ASSESSMENT\n1. Headache.\n- Medical Reasoning: Her symptoms are similar to a tension headache.", want: []string{"R51.9"}, not: []string{"G44.209"}},
		{name: "aci9-similar-to-inpatient", text: "Symptoms similar to a tension headache.", setting: model.Inpatient, want: []string{"G44.209@possible"}},
		// The aim of a treatment is no finding.
		{name: "aci9-pain-relief-aim", text: "PLAN\nA lidocaine rinse is provided for pain relief. Naproxen may be taken for pain and fever relief.", not: []string{"R52", "R50.9"}},
		{name: "aci9-pain-relief-failed", text: "She reports poor pain relief with naproxen.", want: []string{"R52"}},
		// A relative's history is family history, not the patient's.
		{name: "aci9-father-history-of", text: "His father has a history of kidney stones.", want: []string{"Z84.19@family"}, not: []string{"Z87.442", "N20.0"}},
		{name: "aci9-mother-history-of", text: "Her mother has a history of asthma.", want: []string{"Z82.5@family"}, not: []string{"J45.909"}},
		{name: "aci9-parents-history-of", text: "Both parents have a history of hypertension.", want: []string{"Z82.49@family"}, not: []string{"I10"}},
		{name: "aci9-own-history-stays", text: "His father has a history of diabetes and he has a history of gout.", want: []string{"Z83.3@family", "M10.9"}, not: []string{"E11.9"}},
		// Diabetes and a foot ulcer are linked by the index's "with" (I.A.15), the ulcer kept for its site.
		{name: "aci9-diabetes-foot-ulcer", text: "ASSESSMENT\n1. Non-healing ulcer, right foot\n2. Type 2 diabetes", want: []string{"E11.621", "L97.519"}, not: []string{"E11.9"}},
		{name: "aci9-diabetes-heel-ulcer-more", text: "Type 2 diabetes with diabetic polyneuropathy. Ulcer of the left heel.", want: []string{"E11.42", "E11.621", "L97.429"}},
		{name: "aci9-diabetes-leg-ulcer-not-foot", text: "Type 2 diabetes. Chronic ulcer of the right calf.", not: []string{"E11.621"}},
		// Renal colic brings nausea; an unspecified injury gives way to the injury named at its site.
		{name: "aci9-stone-nausea", text: "ASSESSMENT\nNausea and right flank pain from a right kidney stone.", want: []string{"N20.0"}, not: []string{"R11.0"}},
		{name: "aci9-injury-then-sprain", text: "She sustained an injury to her right ankle when she slipped.\nASSESSMENT: Sprain of the right ankle.", want: []string{"S93.401A"}, not: []string{"S99.911A"}},
		{name: "aci9-injury-other-site-stays", text: "She sustained an injury to her left knee.\nASSESSMENT: Sprain of the right ankle.", want: []string{"S93.401A", "S89.92XA"}},
		// A 7th-character code takes a side named elsewhere only when its own sentence names no both sides.
		{name: "aci9-side-elsewhere-glaucoma", text: "Right eye pressure is 30. He has primary open-angle glaucoma, moderate stage.", want: []string{"H40.1112"}},
		{name: "aci9-both-eyes-no-side", text: "Right eye pressure is 30. He has primary open-angle glaucoma, moderate stage, and had laser surgery of both eyes.", not: []string{"H40.1112", "H40.1122"}},
		// Carpal tunnel syndrome is the hand's numbness, tingling, weakness and pain.
		{name: "aci9-cts-symptoms", text: "He wakes with numbness in both hands and tingling in the fingers. Left hand pain.\nASSESSMENT: Bilateral carpal tunnel syndrome.", want: []string{"G56.03"}, not: []string{"R20.0", "R20.2", "M79.642"}},
		{name: "aci9-cts-not-elbow-pain", text: "Right elbow pain. Carpal tunnel syndrome of the right wrist.", want: []string{"G56.01", "M25.521"}},
		// The risks a consent discussion lists are no findings, to the end of the list.
		{name: "aci9-consent-risks", text: "PLAN\nWe discussed surgery. The risks include but are not limited to continued pain, swelling, damage to nearby nerves, numbness that could be lasting, infection and stroke.", not: []string{"R52", "R60.9", "R20.0", "B99.9", "I63.9"}},
		{name: "aci9-risks-short", text: "PLAN\nThe risks include infection, bleeding and stroke.", not: []string{"B99.9", "R58", "I63.9"}},
		{name: "aci9-symptoms-not-limited", text: "Her symptoms include but are not limited to cough and fever.", want: []string{"R05.9", "R50.9"}},
		// R52 gives way to the pain coded by its site or kind (its Excludes1), a headache included.
		{name: "aci9-r52-tension-headache", text: "ASSESSMENT\n1. Tension headache.\n- Plan: She can keep taking Tylenol for the pain.", want: []string{"G44.209"}, not: []string{"R52"}},
		{name: "aci9-r52-headache-integral", text: "ASSESSMENT\n1. Headache.\n- Reasoning: This is a tension headache.\n- Plan: She can keep taking Tylenol for the pain.", want: []string{"G44.209"}, not: []string{"R52", "R51.9"}},
		{name: "aci9-r52-knee-pain", text: "Right knee pain for a week. Ice for the pain.", want: []string{"M25.561"}, not: []string{"R52"}},
		{name: "aci9-r52-cachexia-stays", text: "ASSESSMENT\n1. Cachexia.\n- Plan: Tylenol for the pain.", want: []string{"R64", "R52"}},
		// The family history categories' "Conditions classifiable to F10.-" and "... elsewhere in F01-F99" notes.
		{name: "aci9-family-depression", text: "He reports a family history of high blood pressure, diabetes, and depression.", want: []string{"Z82.49@family", "Z83.3@family", "Z81.8@family"}},
		{name: "aci9-family-alcoholism", text: "Family history of alcoholism.", want: []string{"Z81.1@family"}, not: []string{"Z81.8"}},
		{name: "aci9-family-opioid", text: "Family history of opioid dependence.", want: []string{"Z81.3@family"}},
	}...)
}
