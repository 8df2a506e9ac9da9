package coder

import "notecoder/cdi/model"

// "Painful" qualifying a lesion, an organ or an examination is a localized
// pain: R52's Excludes1 sends localized pain to the pain by site, and the
// qualified lesion is coded from its own entry. Painful is coded when a
// subterm or the site its see-also (Pain) reads is named.
func init() {
	cases = append(cases, []tc{
		{name: "fp9-painful-nodule", text: "A hard painful nodule of 2 cm was palpated.", setting: model.Inpatient, not: []string{"R52"}},
		{name: "fp9-painful-nodes", text: "Painful submandibular lymphadenopathy for two weeks.", setting: model.Inpatient, want: []string{"R59.0"}, not: []string{"R52"}},
		{name: "fp9-painful-liver", text: "Painful hepatomegaly on palpation.", setting: model.Inpatient, want: []string{"R16.0"}, not: []string{"R52"}},
		{name: "fp9-painful-to-touch", text: "Several erythematous papules, painful to pressure.", setting: model.Inpatient, not: []string{"R52"}},
		{name: "fp9-painful-tumor", text: "A painful tumor of the epididymis.", setting: model.Inpatient, want: []string{"D49.59"}, not: []string{"R52"}},
		{name: "fp9-painful-knee-kept", text: "The left knee is painful on walking.", setting: model.Inpatient, want: []string{"M25.562"}},
		{name: "fp9-painful-groin-kept", text: "She was seen for a painful mass of the left groin.", setting: model.Inpatient, want: []string{"R10.32"}},
		{name: "fp9-painful-urination-kept", text: "He reports painful micturition.", setting: model.Inpatient, want: []string{"R30.9"}},
		{name: "fp9-pain-nos-kept", text: "She complains of pain all over.", setting: model.Inpatient, want: []string{"R52"}},
	}...)
}

// A subterm right under a main term whose entry is a "see" into another main
// term ("Hemorrhage, intraoperative - see Complication, intraoperative,
// hemorrhage, by site"; "Embolism, cholesterol - see Atheroembolism") is coded
// there or not at all: the main term's own code (R58, I74.9) is not the
// condition the note named. A reference within the same main term
// ("Thrombosis, lower limb - see Thrombosis, vein, lower extremity") keeps the
// entry's refined code.
func init() {
	cases = append(cases, []tc{
		{name: "fp9-see-intraop-bleeding", text: "The marginal intraoperative bleeding was controlled with cautery.", setting: model.Inpatient, not: []string{"R58"}},
		{name: "fp9-see-postop-bleeding", text: "Mild postoperative bleeding from the drain.", setting: model.Inpatient, not: []string{"R58"}},
		{name: "fp9-see-cholesterol-emboli", text: "Cholesterol emboli were seen in small arteries of the thyroid.", setting: model.Inpatient, not: []string{"I74.9"}},
		{name: "fp9-see-infected-cyst", text: "An infected urachal cyst was drained.", setting: model.Inpatient, want: []string{"Q64.4"}, not: []string{"B99.9"}},
		{name: "fp9-see-same-main-kept", text: "Thrombosis of the right lower limb.", setting: model.Inpatient, want: []string{"I82.401"}},
		{name: "fp9-see-bleeding-site-kept", text: "Bleeding from the gums.", setting: model.Inpatient, want: []string{"K06.8"}},
		{name: "fp9-see-bleeding-nos-kept", text: "Persistent bleeding required transfusion.", setting: model.Inpatient, want: []string{"R58"}},
	}...)
}

// Weight loss a patient is working on is an aim, not the abnormal loss of
// R63.4; a loss the note reports stays coded.
func init() {
	cases = append(cases, []tc{
		{name: "fp9-working-on-weight-loss", text: "Plan: she will keep working on weight loss with diet and exercise.", not: []string{"R63.4"}},
		{name: "fp9-work-on-weight-loss", text: "We discussed that he should work on weight loss.", not: []string{"R63.4"}},
		{name: "fp9-weight-loss-kept", text: "She reports a weight loss of 6 kg over three months.", want: []string{"R63.4"}},
		{name: "fp9-working-pain-kept", text: "He has been working on the farm with low back pain.", want: []string{"M54.50"}},
	}...)
}

// A bare "necrosis" (Necrosis - see also Gangrene, I96) is the gangrene of
// the part a body site beside it names; within a tumor or a biopsy it
// describes the lesion's tissue and is not coded. Named kinds keep their
// subterms.
func init() {
	cases = append(cases, []tc{
		{name: "fp9-necrosis-tumor", text: "A 5 cm renal mass with cystic areas and necrosis.", setting: model.Inpatient, not: []string{"I96"}},
		{name: "fp9-necrosis-biopsy", text: "The biopsy showed melanoma with areas of necrosis.", setting: model.Inpatient, want: []string{"C43.9"}, not: []string{"I96"}},
		{name: "fp9-necrosis-bare", text: "Extensive necrosis was described by pathology.", setting: model.Inpatient, not: []string{"I96"}},
		{name: "fp9-necrosis-toes-kept", text: "Necrosis of the toes of the right foot.", setting: model.Inpatient, want: []string{"I96"}},
		{name: "fp9-necrosis-skin-kept", text: "Skin necrosis over the heel.", setting: model.Inpatient, want: []string{"I96"}},
		{name: "fp9-necrosis-tubular-kept", text: "Acute tubular necrosis.", setting: model.Inpatient, want: []string{"N17.0"}},
		{name: "fp9-gangrene-kept", text: "Gangrene of the right foot.", setting: model.Inpatient, want: []string{"I96"}},
	}...)
}

// Bruising and the bare swelling of an injured part are signs of the injury
// coded beside them (Ecchymosis, traumatic - see Contusion): no R58 or R60.9.
// Without an injury they stay, and a placed edema (R60.0) is its own finding.
func init() {
	cases = append(cases, []tc{
		{name: "fp9-ecchymosis-sprain", text: "Exam of the left ankle: ecchymosis over the lateral malleolus with swelling.\nAssessment: sprain of the left ankle.", want: []string{"S93.402A"}, not: []string{"R58", "R60.9"}},
		{name: "fp9-bleeding-cut", text: "He came in with a bleeding laceration of the scalp after a fall.", setting: model.Inpatient, not: []string{"R58"}},
		{name: "fp9-ecchymosis-alone-kept", text: "Exam: ecchymosis of both forearms, no trauma reported.", want: []string{"R58"}, setting: model.Inpatient},
		{name: "fp9-leg-edema-injury-kept", text: "Bilateral lower extremity edema. Sprain of the right wrist.", want: []string{"R60.0", "S63.501A"}},
	}...)
}

// "Tylenol for the pain" beside a pain coded by site (a headache, a joint
// pain), or beside a headache that gave way to its diagnosis, is that pain:
// no R52 of its own.
func init() {
	cases = append(cases, []tc{
		{name: "fp9-the-pain-headache", text: "Assessment: tension headache.\nPlan: she can take Tylenol for the pain.", not: []string{"R52"}, want: []string{"G44.209"}},
		{name: "fp9-the-pain-migraine", text: "Migraine with severe headache since this morning.\nShe took ibuprofen for the pain.", want: []string{"G43.909"}, not: []string{"R52"}},
		{name: "fp9-the-pain-knee", text: "Left knee pain for a week.\nShe uses ice for the pain.", want: []string{"M25.562"}, not: []string{"R52"}},
		{name: "fp9-pain-alone-kept", text: "She reports pain and fatigue.", want: []string{"R52"}},
	}...)
}

// A mass is what a neoplasm is found as: R22 gives way to the neoplasm coded.
func init() {
	cases = append(cases, []tc{
		{name: "fp9-mass-neoplasm", text: "Exam: a firm 2 cm mass in the right side of the neck.\nBiopsy: squamous cell carcinoma of the tongue.", want: []string{"C02.9"}, not: []string{"R22.1"}},
		{name: "fp9-mass-alone-kept", text: "Exam: a firm 2 cm mass in the right side of the neck.", want: []string{"R22.1"}, setting: model.Inpatient},
	}...)
}

// Breath sounds that "clear with cough" are heard after an examination
// maneuver; the patient's own cough stays coded.
func init() {
	cases = append(cases, []tc{
		{name: "fp9-clear-with-cough", text: "Lungs: scattered rhonchi that clear with cough.", not: []string{"R05.9"}},
		{name: "fp9-clears-with-coughing", text: "Lungs: coarse breath sounds, clears with coughing.", not: []string{"R05.9"}},
		{name: "fp9-cough-kept", text: "She has had a dry cough for three days.", want: []string{"R05.9"}},
	}...)
}

// How a condition is usually treated is counselling, not this encounter's
// chemotherapy (Z51.11).
func init() {
	cases = append(cases, []tc{
		{name: "fp9-typical-approach", text: "Assessment: ovarian cancer.\nI explained that the typical approach to treating this stage of cancer is surgery followed by chemotherapy.", want: []string{"C56.9"}, not: []string{"Z51.11"}},
		{name: "fp9-treatment-options-kept", text: "We discussed treatment options for her osteoarthritis of the right knee.", want: []string{"M17.11"}},
	}...)
}

// A part the note calls normal is not read into a subterm that says it is
// abnormal: "elevated cholesterol with normal triglycerides" is pure
// hypercholesterolemia, not the mixed E78.2. A normal body site is no such
// value.
func init() {
	cases = append(cases, []tc{
		{name: "fp9-normal-triglycerides", text: "Assessment: elevated cholesterol with normal triglycerides.", want: []string{"E78.00"}, not: []string{"E78.2"}},
		{name: "fp9-elevated-both-kept", text: "Assessment: elevated cholesterol and triglycerides.", want: []string{"E78.2"}},
		{name: "fp9-normal-pregnancy-kept", text: "Supervision of normal pregnancy.", want: []string{"Z34.90"}},
	}...)
}
