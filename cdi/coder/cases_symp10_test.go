package coder

import "notecoder/cdi/model"

// Symptom cases, tenth session (symp): chapter R signs read the way the
// index and the tabular mean them. "Fever, due to, conditions classified
// elsewhere" (R50.81) is read from the note's "due to", not from the word
// "condition" of the patient's "general condition" (data/any_condition.txt).
// "Peristalsis, visible or reversed" (R19.2) needs its qualifier
// (data/need_qualifier.txt); an increased peristalsis is its inclusion term
// "Hyperperistalsis" (text/data/abbrev.tsv). A denied list whose item has an
// "or" of its own ("bowel or bladder dysfunction") runs on to the "or" that
// closes it. "Decline medication" is a refusal, not the patient's decline
// (data/other_sense.tsv). An orthostatic, positional or postural headache is
// R51.0 (Headache, with, orthostatic component NEC), unless a dural puncture
// or an intracranial hypotension has it; an iliac fossa of no side is the
// lower abdomen (text/data/abbrev.tsv). Spanish symptom words as translation
// leaves them (ortopnea, febrícula, oligoanuria, vómitos proyectivos). The
// fevers the classification names as diseases (dengue, Q fever) are fever
// (data/integral.tsv, I.B.5). Symptoms in the patient's words: difficult
// breathing is dyspnea, a loss of smell or taste anosmia or ageusia, a
// "post-nasal drip" the index's postnasal one. "No reports of" denies what
// follows (text/data/context.tsv), though "reports" ends other scopes; the
// warning signs of return precautions are no findings. Tenderness by
// quadrant or region is the abdomen's (R10.81-, R10.82-). Exam adjectives:
// syncopal is syncope, agitated agitation unless it qualifies a depression.
func init() {
	cases = append(cases, []tc{
		{name: "symp10-fever-general-condition", text: "Fever with worsening of the general condition.", setting: model.Inpatient, want: []string{"R50.9"}, not: []string{"R50.81"}},
		{name: "symp10-fever-and-general-condition", text: "She had fever and poor general condition for three days.", setting: model.Inpatient, want: []string{"R50.9"}, not: []string{"R50.81"}},
		{name: "symp10-fever-due-to-condition", text: "Fever due to a condition classified elsewhere.", setting: model.Inpatient, want: []string{"R50.81"}, not: []string{"R50.9"}},
		{name: "symp10-delirium-due-to-gmc", text: "Delirium due to general medical condition.", setting: model.Inpatient, want: []string{"F05"}},
		{name: "symp10-peristalsis-present", text: "Abdomen soft, peristalsis present, no masses.", not: []string{"R19.2"}},
		{name: "symp10-peristalsis-absent", text: "Ileus with absence of peristalsis.", setting: model.Inpatient, not: []string{"R19.2"}},
		{name: "symp10-peristalsis-increased", text: "Increased peristalsis on auscultation.", want: []string{"R19.2"}},
		{name: "symp10-peristalsis-visible", text: "Visible peristalsis in the epigastrium.", want: []string{"R19.2"}},
		{name: "symp10-denied-list-inner-or", text: "She denies fever, chills, new onset of bowel or bladder dysfunction, tingling or numbness.", not: []string{"R20.0", "R20.2", "R50.9"}},
		{name: "symp10-list-after-or-and", text: "No obesity or malnutrition, pale skin and dry mucosa.", want: []string{"R23.1"}, not: []string{"E66.9"}},
		{name: "symp10-decline-medication", text: "He continues to decline medication for his back pain.", not: []string{"R53.81"}},
		{name: "symp10-declines-surgery", text: "Patient declines surgery at this time.", not: []string{"R53.81"}},
		{name: "symp10-functional-decline", text: "Progressive functional decline over the past months.", want: []string{"R53.81"}},
		{name: "symp10-orthostatic-headache", text: "Orthostatic headache for a week.", want: []string{"R51.0"}, not: []string{"R51.9"}},
		{name: "symp10-postural-headache", text: "Postural headache, worse when standing.", want: []string{"R51.0"}, not: []string{"R51.9"}},
		{name: "symp10-orthostatic-headache-lp", text: "Orthostatic headache after the lumbar puncture.", want: []string{"G97.1"}, not: []string{"R51.0"}},
		{name: "symp10-sih-headache", text: "Orthostatic headache due to spontaneous intracranial hypotension.", setting: model.Inpatient, want: []string{"G96.811"}, not: []string{"R51.0", "R51.9"}},
		{name: "symp10-iliac-fossae-pain", text: "Pain in both iliac fossae.", want: []string{"R10.30"}, not: []string{"R52"}},
		{name: "symp10-iliac-fossa-side", text: "Pain in the right iliac fossa.", want: []string{"R10.31"}},
		{name: "symp10-ortopnea", text: "Progressive dyspnea and ortopnea.", want: []string{"R06.01"}},
		{name: "symp10-febricula", text: "Febricula of 37.6 C for a week.", want: []string{"R50.9"}},
		{name: "symp10-febricular", text: "On examination she was febricular.", want: []string{"R50.9"}},
		{name: "symp10-oligoanuria", text: "He developed oligoanuria.", setting: model.Inpatient, want: []string{"R34"}},
		{name: "symp10-projective-vomiting", text: "Projective vomiting since this morning.", want: []string{"R11.12"}, not: []string{"R11.10"}},
		{name: "symp10-dengue-fever", text: "Dengue fever with fever of 39 C and rash.", setting: model.Inpatient, want: []string{"A90"}, not: []string{"R50.9"}},
		{name: "symp10-q-fever", text: "Q fever. She had fever for ten days.", setting: model.Inpatient, want: []string{"A78"}, not: []string{"R50.9"}},
		{name: "symp10-uti-fever", text: "Urinary tract infection with fever.", setting: model.Inpatient, want: []string{"N39.0", "R50.9"}},
		{name: "symp10-difficulty-breathing", text: "He has had difficulty breathing since yesterday.", want: []string{"R06.00"}},
		{name: "symp10-denies-trouble-breathing", text: "She denies trouble breathing.", not: []string{"R06.00"}},
		{name: "symp10-loss-of-smell", text: "Loss of smell for two weeks.", want: []string{"R43.0"}},
		{name: "symp10-loss-of-taste-and-smell", text: "Loss of taste and smell after the viral illness.", want: []string{"R43.8"}, not: []string{"R43.0", "R43.2"}},
		{name: "symp10-post-nasal-drip", text: "Post-nasal drip and cough.", want: []string{"R09.82"}},
		{name: "symp10-no-reports-of", text: "There were no reports of headache or loss of taste.", not: []string{"R51.9", "R43.2"}},
		{name: "symp10-without-reports-of", text: "Smaller tongue, without reports of loss of taste.", not: []string{"R43.2"}},
		{name: "symp10-warning-signs", text: "Warning signs such as bleeding or fever were explained to the patient.", not: []string{"R58", "R50.9"}},
		{name: "symp10-red-flags", text: "Red flags such as weight loss or night sweats were discussed.", not: []string{"R63.4", "R61"}},
		{name: "symp10-rlq-tenderness", text: "RLQ tenderness without guarding.", want: []string{"R10.813"}},
		{name: "symp10-rebound-rlq", text: "Rebound tenderness in the RLQ.", want: []string{"R10.823"}},
		{name: "symp10-epigastric-tenderness", text: "Mild epigastric tenderness.", want: []string{"R10.816"}},
		{name: "symp10-periumbilical-tenderness", text: "Periumbilical tenderness on palpation.", want: []string{"R10.815"}},
		{name: "symp10-ruq-pain", text: "RUQ pain after meals.", want: []string{"R10.11"}},
		{name: "symp10-syncopal-episode", text: "He had a syncopal episode at home.", want: []string{"R55"}},
		{name: "symp10-agitated", text: "She was agitated overnight and pulled her IV.", setting: model.Inpatient, want: []string{"R45.1"}},
		{name: "symp10-agitated-depression", text: "Agitated depression.", setting: model.Inpatient, want: []string{"F32.2"}, not: []string{"R45.1"}},
	}...)
}
