package coder

import "notecoder/cdi/model"

// Cases for assertion (ConText) fixes: each fails without the change it
// documents.
func init() {
	cases = append(cases, []tc{
		// "was not" (forward) must not swallow the backward "not detected";
		// a longer backward "not present" must not hide the forward "not".
		{name: "neg-was-not-detected", text: "Since aplastic anemia was not detected, a blood smear was made.", not: []string{"D61.9"}},
		{name: "neg-did-not-present", text: "He did not present arthritis.", not: []string{"M19.90"}},
		{name: "neg-not-observed", text: "Inguinal lymphadenopathy was not observed.", not: []string{"R59.0"}},
		{name: "neg-were-negative", text: "Syphilis and toxoplasmosis serologies were negative.", not: []string{"A53.9", "B58.9"}},
		{name: "neg-after-excluding", text: "After excluding intracranial infection, trauma was considered.", not: []string{"G06.0", "B99.9"}},
		{name: "neg-seemed-to-rule-out", text: "The CT seemed to rule out a bladder injury.", setting: model.Inpatient, not: []string{"S37.20XA"}},
		{name: "neg-ruling-out", text: "Psychiatry assessed her, ruling out an eating disorder.", not: []string{"F50.9"}},
		// what "no possibility of" denies is the treatment, not the condition
		{name: "neg-no-possibility-of-surgery", text: "There was no possibility of surgery for mediastinal metastases.", want: []string{"C78.1"}},
		{name: "neg-without-contrast", text: "CT without intravenous contrast was done in the follow-up of her bladder neoplasm.", want: []string{"D49.4"}},
		{name: "neg-only", text: "There was no history of fever, only leg cramps.", want: []string{"R25.2"}, not: []string{"R50.9"}},
		// An inline one-sentence family history does not make the rest of
		// the note the family's.
		{name: "neg-inline-family-history", text: "He has dysphagia.\nFamily history: uncle with asthma.\nLingual fasciculations.\n", want: []string{"R13.10", "R25.3"}, not: []string{"J45.909"}},
		// A relative who acts (passive agent) is not the one who is ill.
		{name: "neg-relative-as-agent", text: "The infant was taken by her parents to the clinic for a facial rash.", want: []string{"R21"}},
		// Scope limits: a closing parenthesis, and the end of an "or" list.
		{name: "neg-paren-scope", text: "Weakness of the four limbs (lack of cooperation) and generalized hyporeflexia.", want: []string{"R29.2"}},
		{name: "neg-or-list-ends", text: "A boy with no signs of obesity or malnutrition, pale skin and mucous membranes.", want: []string{"R23.1"}, not: []string{"E66.9", "E46"}},
		// Test results and searches are no findings.
		{name: "neg-as-well-as", text: "Blood cultures were negative, as well as the serology for HIV.", setting: model.Inpatient, not: []string{"B20", "Z21"}},
		{name: "neg-normal-levels-of", text: "The study showed normal levels of calcium, phosphorus and calciuria.", not: []string{"R82.994"}},
		{name: "neg-search-for", text: "Tumor markers led us to search for a primary adenocarcinoma of the breast.", setting: model.Inpatient, not: []string{"C50.919"}},
		{name: "neg-contraindicated-in", text: "The drug is contraindicated in severe renal failure.", not: []string{"N19"}},
		// Scopes that ran too far: a backward "was negative" over ", and
		// the", a backward "risk" over a comma.
		{name: "neg-and-the-subject", text: "Blood tests were normal except for proteinuria, and the urine culture was negative.", want: []string{"R80.9"}},
		{name: "neg-risk-adjacent", text: "With the diagnosis of a right renal tumor, the risks of surgery were discussed.", setting: model.Inpatient, want: []string{"D49.511"}},
		// A condition "in the mother" a few words back is the mother's; a
		// prophylactic operation is done against a risk.
		{name: "neg-in-the-mother", text: "After the diagnosis of phenylketonuria in the mother, a genetic study was made.", not: []string{"E70.1"}},
		{name: "neg-prophylactic", text: "She was admitted for prophylactic surgery for breast cancer.", setting: model.Inpatient, not: []string{"C50.919"}},
		// A long negated list of short items stays negated to its end; a
		// finished negated clause does not reach the next one.
		{name: "neg-long-list", text: "She denied fever, chills, night sweats, unintentional weight loss, abdominal pain, nausea, vomiting, diarrhea, constipation, black stools, rectal bleeding, urinary frequency or dysuria.", not: []string{"R30.0", "R35.0", "K62.5"}},
		{name: "neg-clause-ends", text: "No abnormalities were detected on examination, and laboratory tests showed anemia.", want: []string{"D64.9"}},
		{name: "neg-positive-for", text: "Serology was negative for HIV and positive for hepatitis C.", want: []string{"B19.20"}, not: []string{"B20"}},
		// What "without treatment" lacks is the treatment.
		{name: "neg-without-treatment", text: "History of mild ametropia without optical correction and type 2 diabetes mellitus.", want: []string{"E11.9"}},
		{name: "neg-risk-of-spreading", text: "There was a high risk of spreading the local infection.", setting: model.Inpatient, want: []string{"B99.9"}},
		// An exclusion that could not be made is an uncertain diagnosis
		// (coded inpatient), not a negation; denials the old scopes missed.
		{name: "neg-not-possible-to-rule-out", text: "It was not possible to rule out a lymphoma.", setting: model.Inpatient, want: []string{"C85.90"}},
		{name: "neg-did-not-report", text: "He did not report hematuria or fever.", not: []string{"R31.9", "R50.9"}},
		{name: "neg-neither", text: "He had neither adenopathies nor thrombosis.", not: []string{"R59.9", "I82.90"}},
		{name: "neg-no-personal-history", text: "She had no personal history of diabetes.", not: []string{"E11.9", "E13.9"}},
		// A vaccine names what it prevents; a relative "diagnosed with" a
		// disease is family history.
		{name: "neg-vaccinated-against", text: "She had been vaccinated against influenza five days before.", not: []string{"J11.1"}},
		{name: "neg-sister-diagnosed-with", text: "Her sister was diagnosed with breast cancer.", want: []string{"Z80.3"}, not: []string{"C50.919"}},
		// "free of" scopes forward only: the nodes are free, the carcinoma
		// is there.
		{name: "neg-free-of-forward-only", text: "The specimen showed an adenocarcinoma of the colon with 17 nodes free of tumor.", want: []string{"C18.9"}},
		{name: "neg-family-doctor", text: "His family doctor noted proteinuria.", want: []string{"R80.9"}},
		// What "was ruled out" / "was not found" denies is the clause's
		// subject, not the complement of "the cause of".
		{name: "neg-cause-of-not-found", text: "Since the cause of the anemia was not found, a bone marrow puncture was made.", want: []string{"D64.9"}},
		{name: "neg-other-causes-ruled-out", text: "Other causes of liver disease were ruled out.", want: []string{"K76.9"}},
		{name: "neg-not-accompanied-by", text: "The headache was not accompanied by vomiting.", want: []string{"R51.9"}, not: []string{"R11.10"}},
		// Outpatient, an uncertain diagnosis is not coded; the passive
		// "was suspected" does not reach the next clause.
		{name: "neg-was-suspected-passive", text: "Pneumonia was suspected and anemia was found.", want: []string{"D64.9"}, not: []string{"J18.9"}},
	}...)
}
