package coder

import "notecoder/cdi/model"

// Symptom cases, seventh session (symp): chapter R signs as outpatient notes
// write them, in the patient's words or as the adjective or past tense of
// the index's noun (text/data/abbrev.tsv, data/synonyms.tsv); "spells"
// alone is not the newborn's desaturation spells (data/need_qualifier.txt);
// a mass named by a neck region or a limb (data/site_kids.tsv,
// data/implied.tsv); pallor beside an anemia and hypotension beside shock
// (data/integral.tsv).
func init() {
	cases = append(cases, []tc{
		// "Pale" of the patient, the skin or the mucosae is pallor (R23.1)...
		{name: "symp-appeared-pale", text: "She appeared pale and diaphoretic.", want: []string{"R23.1", "R61"}},
		{name: "symp-was-pale", text: "On arrival he was pale.", want: []string{"R23.1"}},
		{name: "symp-pale-conjunctivae", text: "Pale conjunctivae, no jaundice.", want: []string{"R23.1"}},
		// ...not of a colour, a disc, a stool or a lesion.
		{name: "symp-pale-yellow", text: "The culture grew pale yellow colonies.", not: []string{"R23.1"}},
		{name: "symp-pale-optic-disc", text: "Fundoscopy: pale optic disc on the left.", not: []string{"R23.1"}},
		{name: "symp-pale-lesion", text: "Biopsy of a pale mucosal lesion.", not: []string{"R23.1"}},
		{name: "symp-not-pale", text: "She was not pale.", not: []string{"R23.1"}},
		// Pallor is routine to an anemia (I.B.5).
		{name: "symp-pale-anemia", text: "Assessment: iron deficiency anemia. She appears pale.", setting: model.Inpatient, want: []string{"D50.9"}, not: []string{"R23.1"}},
		// Adjectives and past tenses of index nouns.
		{name: "symp-dizzy", text: "He gets dizzy when he stands up.", want: []string{"R42"}},
		{name: "symp-dizzy-spells", text: "Dizzy spells for two weeks.", want: []string{"R42"}, not: []string{"P28.40"}},
		{name: "symp-staring-spells", text: "Staring spells at school.", not: []string{"P28.40"}},
		{name: "symp-not-dizzy", text: "She denies feeling dizzy.", not: []string{"R42"}},
		{name: "symp-lightheaded", text: "Lightheaded when standing quickly.", want: []string{"R42"}},
		{name: "symp-hoarse", text: "Hoarse voice for three weeks.", want: []string{"R49.0"}},
		{name: "symp-bloated", text: "She feels bloated after meals.", want: []string{"R14.0"}},
		{name: "symp-fainted", text: "He fainted at church yesterday.", want: []string{"R55"}},
		{name: "symp-passed-out", text: "Passed out at home this morning.", want: []string{"R55"}},
		{name: "symp-nauseated", text: "Nauseated since last night.", want: []string{"R11.0"}},
		{name: "symp-vomited", text: "The child vomited twice today.", want: []string{"R11.10"}},
		{name: "symp-throwing-up", text: "Throwing up since last night.", want: []string{"R11.10"}},
		// The patient's words for indexed symptoms.
		{name: "symp-coughing-up-blood", text: "Coughing up blood for two days.", want: []string{"R04.2"}, not: []string{"R05.9"}},
		{name: "symp-trouble-swallowing", text: "Trouble swallowing solids.", want: []string{"R13.10"}},
		{name: "symp-tingling", text: "Numbness and tingling in both hands.", want: []string{"R20.0", "R20.2"}},
		{name: "symp-no-tingling", text: "No numbness or tingling.", not: []string{"R20.2"}},
		{name: "symp-loose-stools", text: "Loose stools for three days.", want: []string{"R19.7"}},
		{name: "symp-burning-urination", text: "Burning with urination since Monday.", want: []string{"R30.0"}},
		{name: "symp-easy-bruising", text: "She reports easy bruising.", want: []string{"R23.3"}},
		// Not walking, feeling unwell, a tendency to sleep.
		{name: "symp-unable-to-walk", text: "Unable to walk since the fall.", want: []string{"R26.2"}},
		{name: "symp-feeling-unwell", text: "Feeling unwell for a week.", want: []string{"R53.81"}},
		{name: "symp-tendency-to-sleep", text: "She was confused, with a tendency to sleep.", want: []string{"R41.0", "R40.0"}},
		{name: "symp-daytime-sleepiness", text: "Daytime sleepiness for months.", want: []string{"R40.0"}},
		// Everyday names and adjectives of indexed symptoms.
		{name: "symp-trouble-walking", text: "Trouble walking for a month.", want: []string{"R26.2"}},
		{name: "symp-heart-trouble", text: "Heart trouble for years.", want: []string{"I51.9"}},
		{name: "symp-constipated", text: "Constipated for a week.", want: []string{"K59.00"}},
		{name: "symp-restless", text: "Restless at night.", want: []string{"R45.1"}},
		{name: "symp-restless-legs", text: "Restless legs syndrome.", want: []string{"G25.81"}, not: []string{"R45.1"}},
		{name: "symp-itchy", text: "Itchy skin on the forearms.", want: []string{"L29.9"}},
		{name: "symp-blurry-vision", text: "Blurry vision since Monday.", want: []string{"H53.8"}},
		{name: "symp-tired", text: "She feels tired all the time.", want: []string{"R53.83"}},
		{name: "symp-belly-pain", text: "Belly pain since yesterday.", want: []string{"R10.9"}, not: []string{"R52"}},
		{name: "symp-tummy-ache", text: "Tummy ache after meals.", want: []string{"R10.9"}, not: []string{"R52"}},
		{name: "symp-out-of-breath", text: "Out of breath climbing stairs.", want: []string{"R06.02"}},
		{name: "symp-stuffy-nose", text: "Stuffy nose for a week.", want: []string{"R09.81"}},
		{name: "symp-ringing-ears", text: "Ringing in the ears.", want: []string{"H93.19"}},
		{name: "symp-poor-appetite", text: "Poor appetite and weight loss.", want: []string{"R63.0", "R63.4"}},
		{name: "symp-unsteady-feet", text: "Unsteady on her feet at home.", want: []string{"R26.81"}},
		{name: "symp-tarry-stools", text: "Black tarry stools twice.", want: []string{"K92.1"}},
		{name: "symp-blood-in-stool", text: "Blood in the stool for a week.", want: []string{"K92.1"}},
		{name: "symp-occult-blood-in-stool", text: "Occult blood in the stool.", want: []string{"R19.5"}, not: []string{"K92.1"}},
		{name: "symp-yellowing-skin", text: "Yellowing of the skin and eyes.", want: []string{"R17"}},
		{name: "symp-hair-loss", text: "Hair loss over the crown.", want: []string{"L65.9"}},
		{name: "symp-no-hair-loss", text: "No hair loss.", not: []string{"L65.9"}},
		// Hypotension is routine to shock (I.B.5); an orthostatic one is not
		// the shock's (its Excludes1 with R57.9 is resolved elsewhere).
		{name: "symp-hypotensive-in-shock", text: "She was hypotensive and in shock.", setting: model.Inpatient, want: []string{"R57.9"}, not: []string{"I95.9"}},
		{name: "symp-septic-shock-hypotension", text: "Septic shock with hypotension requiring pressors.", setting: model.Inpatient, want: []string{"R65.21", "A41.9"}, not: []string{"I95.9"}},
		{name: "symp-hypovolemic-shock-hypotensive", text: "Hypovolemic shock; hypotensive on arrival.", setting: model.Inpatient, want: []string{"R57.1"}, not: []string{"I95.9"}},
		{name: "symp-hypotension-alone", text: "Hypotension on the ward this morning, given fluids.", setting: model.Inpatient, want: []string{"I95.9"}},
		// A service word written apart from the sign names the place, not
		// the service (data/specialty.txt); written next to it, the service.
		{name: "symp-fever-on-the-ward", text: "Fever on the ward overnight.", setting: model.Inpatient, want: []string{"R50.9"}},
		{name: "symp-stroke-unit", text: "Admitted to the stroke unit.", setting: model.Inpatient, not: []string{"I63.9"}},
		{name: "symp-id-department", text: "Seen in the Infectious Diseases Department.", setting: model.Inpatient, not: []string{"B99.9"}},
		// A mass named by a region of the neck or by the limb.
		{name: "symp-submandibular-mass", text: "Exam: left submandibular mass of 3 cm.", setting: model.Inpatient, want: []string{"R22.1"}},
		{name: "symp-lower-extremity-mass", text: "Mass of the left lower extremity.", want: []string{"R22.42"}},
		{name: "symp-upper-limb-mass", text: "Soft mass of the right upper limb.", want: []string{"R22.31"}},
	}...)
}
