package coder

import "notecoder/cdi/model"

// Pathological fractures (eighth session): "pathologic" is the index's own
// other spelling of "pathological"; a pathological fracture stays one when
// the traumatic entry (its see-also, another kind of fracture) would read
// more words of the site ("of T12", "of the cervical vertebra"); and in a
// sentence that names osteoporosis the pathological fracture is the
// osteoporosis with current pathological fracture at its site (M80, I.C.13.d.2),
// the side from the sentence when the site code has none ("left hip").
func init() {
	cases = append(cases, []tc{
		{name: "left8-pathologic-humerus", text: "Pathologic fracture of the right humerus.", want: []string{"M84.421A"}, not: []string{"S42.301A"}},
		{name: "left8-pathological-t12", text: "Pathologic fracture of T12.", want: []string{"M84.48XA"}, not: []string{"S22.009A"}},
		{name: "left8-pathological-cervical", text: "Pathological fracture of the cervical vertebra.", want: []string{"M84.48XA"}, not: []string{"S12.9XXA"}},
		{name: "left8-pathological-l1", text: "Pathological fracture of L1.", want: []string{"M84.48XA"}, not: []string{"S32.019A"}},
		{name: "left8-pathological-spine", text: "Pathologic fracture of the thoracic spine.", want: []string{"M84.48XA"}, not: []string{"M84.40XA", "S22.009A"}},
		{name: "left8-pathological-femoral-neck", text: "Pathological fracture of the left femoral neck.", want: []string{"M84.452A"}, not: []string{"S72.002A"}},
		{name: "left8-traumatic-l1-stays", text: "Fracture of L1 after a fall.", want: []string{"S32.019A"}, not: []string{"M84.48XA"}},
		{name: "left8-chronic-gout-stays", text: "Chronic gout of the right knee.", want: []string{"M1A.0610"}},
		{name: "left8-osteo-path-hip", text: "Osteoporosis with pathological fracture of the left hip.", want: []string{"M80.052A"}, not: []string{"M81.0", "M84.459A"}},
		{name: "left8-osteo-path-t12", text: "Osteoporosis with pathological fracture of T12.", want: []string{"M80.08XA"}, not: []string{"M81.0", "M84.48XA"}},
		{name: "left8-osteo-path-humerus", text: "Osteoporosis with pathologic fracture of the right humerus.", want: []string{"M80.021A"}, not: []string{"M81.0"}},
		{name: "left8-osteo-path-skull", text: "Osteoporosis with pathological fracture of the skull.", want: []string{"M80.0AXA"}, not: []string{"M80.08XA"}},
		{name: "left8-osteo-path-nosite", text: "Osteoporosis with pathological fracture.", want: []string{"M80.00XA"}, not: []string{"M81.0"}},
		{name: "left8-osteo-compression-l1", text: "Osteoporotic compression fracture of L1.", want: []string{"M80.08XA"}, not: []string{"S32.019A", "M81.0"}},
		{name: "left8-osteo-other-sentence", text: "Osteoporosis. Pathological fracture of the right humerus.", want: []string{"M81.0", "M84.421A"}, not: []string{"M80.021A"}},
		{name: "left8-path-neoplastic-stays", text: "Pathological fracture of the left femur.", want: []string{"M84.452A"}, not: []string{"M80.052A"}},
	}...)
}

// The fever of a neutropenia is coded as the tabular's D70 note asks ("use
// additional code for any associated: fever (R50.81)"), and the index's
// "Neutropenia, fever" / "Fever, neutropenic" (D70.9, the code of the bare
// neutropenia) no longer hides it or the chemotherapy the neutropenia is due
// to (D70.1 with its adverse effect T45.1X5A). A fever in another sentence,
// or beside a condition whose tabular asks for no fever code, stays R50.9.
func init() {
	cases = append(cases, []tc{
		{name: "left8-neutropenic-fever-chemo", text: "Neutropenic fever due to chemotherapy.", want: []string{"D70.1", "R50.81", "T45.1X5A"}, not: []string{"D70.9", "R50.9"}},
		{name: "left8-febrile-neutropenia", text: "Febrile neutropenia.", want: []string{"D70.9", "R50.81"}, not: []string{"R50.9"}},
		{name: "left8-neutropenic-fever", text: "Neutropenic fever.", want: []string{"D70.9", "R50.81"}, not: []string{"R50.9"}},
		{name: "left8-neutropenia-and-fever", text: "Neutropenia and fever.", want: []string{"D70.9", "R50.81"}},
		{name: "left8-neutropenia-fever-apart", text: "Neutropenia. Fever.", want: []string{"D70.9", "R50.9"}, not: []string{"R50.81"}},
		{name: "left8-pancytopenia-fever-stays", text: "Pancytopenia and fever.", want: []string{"R50.9"}, not: []string{"R50.81"}},
	}...)
}

// Diabetes typed with the Roman numeral one ("type I diabetes", "diabetes
// mellitus type I") is type 1 (E10), not the type 2 default: the abbreviation
// table reads "type I" as "type 1" beside a diabetes word only, since "I" is
// otherwise the pronoun.
func init() {
	cases = append(cases, []tc{
		{name: "left8-type-i-diabetes", text: "Type I diabetes.", want: []string{"E10.9"}, not: []string{"E11.9"}},
		{name: "left8-diabetes-type-i", text: "Diabetes mellitus type I.", want: []string{"E10.9"}, not: []string{"E11.9"}},
		{name: "left8-dm-type-i-neuropathy", text: "DM type I with neuropathy.", want: []string{"E10.40"}, not: []string{"E11.40"}},
		{name: "left8-type-ii-diabetes-stays", text: "Type II diabetes.", want: []string{"E11.9"}, not: []string{"E10.9"}},
		{name: "left8-pronoun-i-stays", text: "As I told her, she has type 2 diabetes.", want: []string{"E11.9"}, not: []string{"E10.9"}},
	}...)
}

// A smoker the patient lives with is exposure to environmental tobacco smoke
// (Z77.22), not the patient's nicotine dependence; the patient's own smoking
// stays F17.2-/Z87.891.
func init() {
	cases = append(cases, []tc{
		{name: "left8-lives-with-smoker", text: "Lives with a smoker.", want: []string{"Z77.22"}, not: []string{"F17.200"}},
		{name: "left8-smoker-in-home", text: "Social history: smokers in the home.", want: []string{"Z77.22"}, not: []string{"F17.200"}},
		{name: "left8-former-smoker-lives-with-smoker", text: "Former smoker, lives with a smoker.", want: []string{"Z87.891", "Z77.22"}, not: []string{"F17.200"}},
		{name: "left8-current-smoker-stays", text: "Current smoker.", want: []string{"F17.200"}, not: []string{"Z77.22"}},
	}...)
}

// A postoperative day dates the procedure in this stay ("POD 2 s/p
// cesarean"): its scar is no history code (Z98.891) yet; a cesarean of the
// past stays one.
func init() {
	cases = append(cases, []tc{
		{name: "left8-pod-cesarean", text: "POD 2 s/p cesarean.", setting: model.Inpatient, not: []string{"Z98.891"}},
		{name: "left8-history-cesarean-stays", text: "History of cesarean section.", want: []string{"Z98.891"}},
		{name: "left8-sp-cesarean-stays", text: "S/p cesarean section in 2015.", want: []string{"Z98.891"}},
	}...)
}

// A condition the note puts down to a drug read as its adverse effect takes
// its main term's drug-induced subterm (data/drug_induced.txt) when the walk
// read nothing more specific: hypotension due to lisinopril is I95.2, a
// fever due to vancomycin R50.2, diabetes due to prednisone E09.9. A subterm
// the note named stays (orthostatic I95.1), and so does a poisoning.
func init() {
	cases = append(cases, []tc{
		{name: "left8-hypotension-lisinopril", text: "Hypotension secondary to lisinopril.", want: []string{"I95.2", "T46.4X5A"}, not: []string{"I95.9"}},
		{name: "left8-fever-vancomycin", text: "Fever due to vancomycin.", want: []string{"R50.2", "T36.8X5A"}, not: []string{"R50.9"}},
		{name: "left8-diabetes-prednisone", text: "Diabetes due to prednisone.", want: []string{"E09.9", "T38.0X5A"}, not: []string{"E11.9"}},
		{name: "left8-orthostatic-lisinopril-stays", text: "Orthostatic hypotension due to lisinopril.", want: []string{"I95.1", "T46.4X5A"}, not: []string{"I95.2"}},
		{name: "left8-hypotension-sepsis-stays", text: "Hypotension due to sepsis.", not: []string{"I95.2"}},
		{name: "left8-hypotension-overdose-stays", text: "Hypotension due to lisinopril overdose.", not: []string{"I95.2", "T46.4X5A"}},
	}...)
}

// A cranial nerve named by its number ("third cranial nerve paralysis") is
// the index's numbered nerve (H49.0-), not the class "cranial or cerebral"
// (G52.9), which stays for a cranial nerve paralysis without a number
// (data/catch_all.txt, scoped rows).
func init() {
	cases = append(cases, []tc{
		{name: "left8-third-cranial-paralysis", text: "Third cranial nerve paralysis.", want: []string{"H49.00"}, not: []string{"G52.9"}},
		{name: "left8-right-third-cranial-paralysis", text: "Right third cranial nerve paralysis.", want: []string{"H49.01"}, not: []string{"G52.9"}},
		{name: "left8-sixth-cranial-paralysis", text: "Sixth cranial nerve paralysis.", want: []string{"H49.20"}, not: []string{"G52.9"}},
		{name: "left8-cranial-paralysis-stays", text: "Cranial nerve paralysis.", want: []string{"G52.9"}},
	}...)
}

// A do-not-resuscitate order the patient declined or refused is no DNR
// status (Z66; data/code_needs.tsv "!" rows); an order stated stays, and so
// does one beside another sentence's refusal.
func init() {
	cases = append(cases, []tc{
		{name: "left8-dnr-declined", text: "Discussed DNR, patient declined.", not: []string{"Z66"}},
		{name: "left8-dnr-refuses", text: "Patient refuses DNR, remains full code.", not: []string{"Z66"}},
		{name: "left8-dnr-stays", text: "Code status: DNR.", want: []string{"Z66"}},
		{name: "left8-dnr-other-sentence-stays", text: "DNR. Patient declined further chemotherapy.", want: []string{"Z66"}},
	}...)
}

// Bleeding in a current pregnancy is the hemorrhage of pregnancy (I.C.15.a.1;
// "Pregnancy, complicated by, hemorrhage"): before 20 weeks the early one
// (O20.9), later or with no weeks the antepartum one (O46.9-, with the
// trimester from the weeks), not N93.9 with O99.891. Outside a pregnancy it
// stays N93.9.
func init() {
	cases = append(cases, []tc{
		{name: "left8-bleeding-8-weeks", text: "Pregnant at 8 weeks with vaginal bleeding.", want: []string{"O20.9", "Z3A.08"}, not: []string{"N93.9", "O99.891"}},
		{name: "left8-bleeding-12-weeks", text: "G2P1 at 12 weeks gestation with vaginal bleeding and cramping.", want: []string{"O20.9"}, not: []string{"N93.9"}},
		{name: "left8-bleeding-30-weeks", text: "Pregnant at 30 weeks with vaginal bleeding.", want: []string{"O46.93", "Z3A.30"}, not: []string{"N93.9", "O20.9"}},
		{name: "left8-bleeding-pregnant-noweeks", text: "Pregnant with vaginal bleeding.", want: []string{"O46.90"}, not: []string{"N93.9"}},
		{name: "left8-bleeding-not-pregnant-stays", text: "Vaginal bleeding.", want: []string{"N93.9"}},
		{name: "left8-postmenopausal-bleeding-stays", text: "Postmenopausal vaginal bleeding.", not: []string{"O20.9", "O46.90"}},
	}...)
}
