package coder

// Specificity cases (spec): the category is right, the full code depends on
// what the note says about sides, sites and qualifiers.
func init() {
	cases = append(cases, []tc{
		// A plural of a part one has on each side names both sides
		// (guideline I.B.13): the bilateral code, or one per side.
		{name: "spec-plural-legs-pain", text: "She reports pain in the lower limbs when walking.", want: []string{"M79.604", "M79.605"}, not: []string{"M79.606"}},
		{name: "spec-plural-extremities-pain", text: "Pain in the lower extremities for a week.", want: []string{"M79.604", "M79.605"}, not: []string{"M79.609"}},
		{name: "spec-plural-varices-bilateral", text: "Varicose veins of the lower extremities.", want: []string{"I83.93"}, not: []string{"I83.90", "I83.20"}},
		{name: "spec-plural-hands", text: "Ankylosis of the hands.", want: []string{"M24.641", "M24.642"}, not: []string{"M24.649"}},
		{name: "spec-plural-dvt-bilateral", text: "Deep venous thrombosis of the lower extremities.", want: []string{"I82.403"}},
		{name: "spec-plural-one-side-named", text: "Pain in the right leg; the legs are not swollen.", want: []string{"M79.604"}, not: []string{"M79.605"}},
		{name: "spec-singular-no-side", text: "Pain in the leg.", want: []string{"M79.606"}},
		{name: "spec-plural-knees-oa", text: "Osteoarthritis of the knees.", want: []string{"M17.0"}, not: []string{"M17.9", "M17.2"}},
		// The side an unspecified-side code takes from the note: the
		// sentence's eye before the section's.
		{name: "spec-side-sentence-first", text: "The right eye was normal. In the left eye, the fundus showed small intraretinal hemorrhages.", want: []string{"H35.62"}, not: []string{"H35.60"}},
		{name: "spec-side-sentence-synechia", text: "The right eye was normal. The left eye showed vascular injection and a posterior synechia.", want: []string{"H21.542"}},
		{name: "spec-side-section-one-side", text: "Visual acuity was reduced in the left eye. Fundus examination: intraretinal hemorrhages.", want: []string{"H35.62"}},
		// A lymphoma named with an organ outside the lymph nodes is at
		// "extranodal and solid organ sites", not at an unspecified site.
		{name: "spec-lymphoma-testicular", text: "Primary testicular lymphoma, stage IE.", want: []string{"C85.99"}, not: []string{"C85.90"}},
		{name: "spec-lymphoma-dlbcl-stomach", text: "Diffuse large B-cell lymphoma of the stomach.", want: []string{"C83.398"}, not: []string{"C83.30"}},
		{name: "spec-lymphoma-no-organ", text: "Non-Hodgkin lymphoma diagnosed last year.", want: []string{"C85.90"}},
		{name: "spec-lymphoma-mediastinal-nodes", text: "Hodgkin lymphoma with mediastinal adenopathy.", not: []string{"C81.99"}},
		// A tabular inclusion term refines an index code only within it:
		// "Myeloid leukemia NEC" (C92.Z0) is no acute or chronic one.
		{name: "spec-aml-not-nec", text: "Acute myeloid leukemia diagnosed in March.", want: []string{"C92.00"}, not: []string{"C92.Z0"}},
		{name: "spec-lymphoid-leukemia-not-nec", text: "History of chronic lymphoid leukemia on treatment.", not: []string{"C91.Z0"}},
		// CML is BCR/ABL-positive unless the note says atypical.
		{name: "spec-cml-default-positive", text: "Chronic myeloid leukemia in chronic phase.", want: []string{"C92.10"}, not: []string{"C92.Z0", "C92.90"}},
		{name: "spec-cml-atypical", text: "Atypical chronic myeloid leukemia.", want: []string{"C92.20"}},
		// A side alone does not choose between final codes that differ in
		// something else too (upper or lower quadrant, upper or lower lid).
		{name: "spec-side-tie-quadrant", text: "Abdominal tenderness on the right side.", want: []string{"R10.819"}, not: []string{"R10.811", "R10.813"}},
		{name: "spec-side-tie-flank-mass", text: "A firm mass in the right abdominal flank.", not: []string{"R19.01", "R19.03"}},
		{name: "spec-side-tie-eyelid", text: "She had right eyelid edema.", want: []string{"H02.843"}, not: []string{"H02.841", "H02.842"}},
		{name: "spec-side-quadrant-named", text: "Right lower quadrant abdominal tenderness.", want: []string{"R10.813"}},
		// "Diabetes, with, complication" is the catch-all: a complication
		// the note names is coded as such.
		{name: "spec-dm-complication-named", text: "Type 2 diabetes with chronic complications such as polyneuropathy.", want: []string{"E11.42"}, not: []string{"E11.8"}},
		{name: "spec-dm-complication-unnamed", text: "Type 2 diabetes with multiple complications.", want: []string{"E11.8"}},
		// A plural of the main term's word says "multiple" below a site.
		{name: "spec-plural-lung-nodules", text: "CT showed pulmonary nodules.", want: []string{"R91.8"}, not: []string{"R91.1"}},
		{name: "spec-singular-lung-nodule", text: "CT showed a pulmonary nodule.", want: []string{"R91.1"}},
		{name: "spec-plural-rib-fractures", text: "Rib fractures after the fall.", want: []string{"S22.49XA"}, not: []string{"S22.39XA"}},
		{name: "spec-plural-cranial-palsies", text: "Cranial nerve palsies.", want: []string{"G52.7"}},
		{name: "spec-plural-injuries-site", text: "Injuries to the face.", not: []string{"T07.XXXA"}},
		// A decreased visual acuity is a loss of vision; its side is the
		// one-eye code.
		{name: "spec-decreased-va-left", text: "Decreased visual acuity of the left eye.", want: []string{"H54.62"}, not: []string{"H54.7"}},
		{name: "spec-decrease-vision-right", text: "Painless decrease in vision in her right eye.", want: []string{"H54.61"}, not: []string{"H54.7"}},
		{name: "spec-decrease-va-both", text: "Decrease in visual acuity in both eyes.", want: []string{"H54.3"}},
		{name: "spec-decreased-va-no-side", text: "He reported decreased visual acuity.", want: []string{"H54.7"}},
		// A nonessential modifier that compounds the subterm's word names
		// a kind of that site: "inferior (inferoposterior)".
		{name: "spec-mi-inferoposterior", text: "Acute inferoposterior myocardial infarction.", want: []string{"I21.19"}, not: []string{"I21.9"}},
		{name: "spec-mi-anterolateral", text: "Acute anterolateral myocardial infarction.", want: []string{"I21.09"}},
		{name: "spec-seizure-complicated-febrile", text: "Complicated febrile seizure at 18 months.", want: []string{"R56.01"}},
		{name: "spec-cervical-not-cervix", text: "Cervical fibromas were excised.", not: []string{"D26.0"}},
		// The dorsal spine is the thoracic spine.
		{name: "spec-dorsal-spine-pain", text: "Severe pain on palpation of the dorsal spine.", want: []string{"M54.6"}, not: []string{"M54.9"}},
		{name: "spec-dorsal-spine-metastasis", text: "Lytic metastases in the dorsal spine.", not: []string{"C79.89"}},
	}...)
}
