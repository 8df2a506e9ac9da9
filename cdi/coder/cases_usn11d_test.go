package coder

import "notecoder/cdi/model"

// Poisonings by more than one substance (usn11d; guideline I.C.19.e.5.b: "If
// two or more drugs ... code each individually"): every substance of a list
// read with one circumstance word gets its own Table of Drugs code, though
// T43's Excludes1 points benzodiazepines to T42.4-. Antidepressants the table
// does not name are coded by their class subrow; a dosage form ("tablets") is
// no substance.
func init() {
	cases = append(cases, []tc{
		{name: "usn11d-two-drugs-intentional", text: "Intentional overdose of sertraline and alprazolam.\n", setting: model.Inpatient, want: []string{"T43.222A", "T42.4X2A"}},
		{name: "usn11d-three-drugs-list", text: "Overdose of aspirin, alprazolam and fluoxetine.\n", setting: model.Inpatient, want: []string{"T39.011A", "T42.4X1A", "T43.221A"}},
		{name: "usn11d-sertraline-class-row", text: "Sertraline overdose, accidental.\n", setting: model.Inpatient, want: []string{"T43.221A"}},
		{name: "usn11d-tablets-no-drug", text: "Intentional overdose with 40 tablets of aspirin.\n", setting: model.Inpatient, want: []string{"T39.012A"}, not: []string{"T50.902A"}},
		{name: "usn11d-list-not-past-clause", text: "Aspirin overdose and lisinopril for hypertension.\n", setting: model.Inpatient, want: []string{"T39.011A", "I10"}, not: []string{"T46.4X1A"}},
		{name: "usn11d-comma-clause-own-predicate", text: "Hypotension due to lisinopril, metoprolol continued.\n", want: []string{"T46.4X5A"}, not: []string{"T44.7X5A"}},
		{name: "usn11d-hypotension-no-drug-row", text: "Hypotension due to lisinopril overdose.\n", want: []string{"T46.4X1A", "I95.9"}, not: []string{"T46.5X1A"}},
	}...)
}

// A calculous cholecystitis is the gallstones' (data/site_kids.tsv): the index's
// "Cholecystitis, with cholelithiasis - see Calculus, gallbladder, with
// cholecystitis", read from the adjective the index's "Calculus, calculi,
// calculous" gives; "acalculous" stays K81.
func init() {
	cases = append(cases, []tc{
		{name: "usn11d-acute-calculous-cholecystitis", text: "Acute calculous cholecystitis.\n", setting: model.Inpatient, want: []string{"K80.00"}, not: []string{"K81.0"}},
		{name: "usn11d-cholecystitis-gallstones", text: "Acute cholecystitis with gallstones.\n", setting: model.Inpatient, want: []string{"K80.00"}, not: []string{"K81.0"}},
		{name: "usn11d-chronic-calculous-cholecystitis", text: "Chronic calculous cholecystitis, lap chole next week.\n", want: []string{"K80.10"}, not: []string{"K81.1"}},
		{name: "usn11d-acalculous-stays", text: "Acute acalculous cholecystitis.\n", setting: model.Inpatient, want: []string{"K81.0"}, not: []string{"K80.00"}},
	}...)
}

// The embolism of a cerebral artery in a stroke is the infarct's cause, not a
// condition of its own: an occlusion (I66) of the artery an I63.3-I63.5 title
// names is its Excludes1 ("causing cerebral infarction") even when the note
// words the two under different main terms; an embolism of an unnamed artery
// beside a cerebral infarction is "Infarction, cerebral, due to embolism"
// (I63.40, data/combos.tsv), not I63.9 with I74.9.
func init() {
	cases = append(cases, []tc{
		{name: "usn11d-stroke-embolism-same-artery", text: "Acute ischemic stroke L MCA due to embolism of left middle cerebral artery.\n", setting: model.Inpatient, want: []string{"I63.412"}, not: []string{"I66.02"}},
		{name: "usn11d-stroke-other-artery-stenosis", text: "Acute ischemic stroke of left MCA due to thrombosis. Stenosis of right middle cerebral artery.\n", setting: model.Inpatient, want: []string{"I63.312", "I66.01"}},
		{name: "usn11d-stroke-due-to-embolism", text: "Acute ischemic stroke due to embolism from afib.\n", setting: model.Inpatient, want: []string{"I63.40", "I48.91"}, not: []string{"I63.9", "I74.9"}},
		{name: "usn11d-embolic-stroke-occluded-artery", text: "Acute ischemic stroke due to embolism from afib. CTA: occlusion of left MCA.\n", setting: model.Inpatient, want: []string{"I63.412", "I48.91"}, not: []string{"I63.9", "I63.40", "I74.9", "I66.02"}},
		{name: "usn11d-stroke-limb-embolism-apart", text: "Acute ischemic stroke. Embolism of right femoral artery.\n", setting: model.Inpatient, want: []string{"I63.9", "I74.3"}},
	}...)
}

// A periprosthetic fracture is the index's "Fracture, traumatic,
// periprosthetic, around internal prosthetic joint" (M97.-), read from the
// word notes write (data/site_kids.tsv), not the bone's S72 code.
func init() {
	cases = append(cases, []tc{
		{name: "usn11d-periprosthetic-hip", text: "Periprosthetic fracture of left hip after a fall at home.\n", setting: model.Inpatient, want: []string{"M97.02XA"}, not: []string{"S72.002A"}},
		{name: "usn11d-periprosthetic-knee", text: "Periprosthetic fracture of the right knee.\n", setting: model.Inpatient, want: []string{"M97.11XA"}, not: []string{"T14.8XXA"}},
		{name: "usn11d-periprosthetic-unspecified", text: "Periprosthetic fracture.\n", setting: model.Inpatient, want: []string{"M97.9XXA"}, not: []string{"T14.8XXA"}},
		{name: "usn11d-periprosthetic-swelling-integral", text: "Exam: L thigh swollen.\nA/P: Periprosthetic fracture of left hip.\n", setting: model.Inpatient, want: []string{"M97.02XA"}, not: []string{"R60.9"}},
		{name: "usn11d-hip-fracture-stays", text: "Fracture of left hip.\n", setting: model.Inpatient, want: []string{"S72.002A"}, not: []string{"M97.02XA"}},
	}...)
}
