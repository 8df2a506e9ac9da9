package coder

import "notecoder/cdi/model"

// A birth note belongs to one record (usn11b; guidelines I.C.15.a.1,
// I.C.16.a.1, I.C.15.b.5): on the mother's record the infant she delivered is
// her outcome of delivery Z37.0, not the newborn's Z38.2 the index gives for
// "liveborn infant"; on the newborn's record the delivery ("born by SVD at 36
// weeks") is no O80 or Z3A of the baby. A "live male infant" is a liveborn one.
func init() {
	cases = append(cases, []tc{
		{name: "usn11b-mother-liveborn-outcome", text: "G2P2 at 39w0d, vaginal delivery of a liveborn infant. Postpartum hemorrhage from uterine atony.\n", setting: model.Inpatient, want: []string{"Z37.0", "O72.1"}, not: []string{"Z38.2"}},
		{name: "usn11b-mother-live-male-infant", text: "G1P1 at 40w1d. SVD of live male infant, 3600 g. Gestational diabetes, diet controlled.\n", setting: model.Inpatient, want: []string{"Z37.0"}, not: []string{"Z38.2"}},
		{name: "usn11b-newborn-no-maternal-codes", text: "NURSERY NOTE\nMale infant born by SVD at 36 weeks 1 day.\nA/P:\n1. Neonatal jaundice - phototherapy.\n2. Late preterm infant, 36 weeks.\n", setting: model.Inpatient, want: []string{"P59.9"}, not: []string{"O80", "Z3A.36"}},
		{name: "usn11b-lives-with-infant-no-outcome", text: "Postpartum depression, lives with her husband and infant.\n", want: []string{"F53.0"}, not: []string{"Z37.0", "Z38.2"}},
	}...)
}

// A diagnosis line in a narrative sentence (usn11b): the patient's
// description before its "with" ("28yo G1P0 at 39w1d with ...") and the next
// statement after it (", admitted in labor") are no part of the line, so its
// trailing qualifiers are read as on a problem list ("gestational diabetes,
// diet controlled" is O24.410, not the unspecified O24.419). A history's
// unspecified condition gives way to the present kind of it.
func init() {
	cases = append(cases, []tc{
		{name: "usn11b-gdm-diet-long-sentence", text: "31yo G2P1 at 30w2d with gestational diabetes, diet controlled, with good glycemic control, admitted for preterm contractions.\n", setting: model.Inpatient, want: []string{"O24.410"}, not: []string{"O24.419"}},
		{name: "usn11b-gdm-diet-admitted", text: "G1P0 with gestational diabetes, diet controlled, admitted for observation.\n", setting: model.Inpatient, want: []string{"O24.410"}, not: []string{"O24.419"}},
		{name: "usn11b-and-with-features-no-line", text: "Left renal tumor: a lesion with lobulated contours, 11 cm in diameter and with peripheral calcifications, occupying almost the entire kidney.\n", setting: model.Inpatient, not: []string{"N28.89"}},
		{name: "usn11b-history-gives-way", text: "HPI: 50F with h/o MDD, recurrent admitted voluntarily for worsening depression.\nA/P:\n1. MDD, recurrent, severe with psychotic features - sertraline.\n", setting: model.Inpatient, want: []string{"F33.3"}, not: []string{"F33.9"}},
	}...)
}

// A fall told as two verbs (usn11b): "tripped on the sidewalk and fell" is
// one event, the fall on the same level from tripping (W01.0), not the bare
// fall W19; the clauses an "and" joins are read as one by the external cause
// walk, and the fall's own "tripped" ends a history's scope ("with h/o
// osteoporosis tripped and fell" is no history of falling Z91.81).
func init() {
	cases = append(cases, []tc{
		{name: "usn11b-tripped-and-fell", text: "HPI: 79F tripped over the curb and fell onto her left side.\nA/P: Closed fracture of left femoral neck.\n", setting: model.Inpatient, want: []string{"W10.1XXA"}, not: []string{"W19.XXXA", "W01.0XXA"}},
		{name: "usn11b-ho-then-tripped", text: "HPI: 84M with h/o osteoporosis tripped on the sidewalk and fell.\nA/P: Closed fracture of right femoral neck.\n", setting: model.Inpatient, want: []string{"W01.0XXA"}, not: []string{"Z91.81"}},
		{name: "usn11b-history-of-falls-kept", text: "PMH: history of falls.\n", setting: model.Inpatient, want: []string{"Z91.81"}},
	}...)
}

// A bare "dependence" or "addiction" names no substance (usn11b): the
// index's code of the bare term, F19.20, is no reading of "daily use,
// dependence" or of an "ADDICTION" header beside the opioid dependence.
func init() {
	cases = append(cases, []tc{
		{name: "usn11b-bare-dependence", text: "HPI: Uses heroin daily, dependence.\nA/P:\n1. Opioid dependence - buprenorphine.\n", setting: model.Inpatient, want: []string{"F11.20"}, not: []string{"F19.20"}},
		{name: "usn11b-addiction-header", text: "ADDICTION\n1. Opioid use disorder, severe - buprenorphine.\n", setting: model.Inpatient, want: []string{"F11.20"}, not: []string{"F19.20"}},
		{name: "usn11b-drug-dependence-kept", text: "Drug dependence.\n", setting: model.Inpatient, want: []string{"F19.20"}},
	}...)
}

// An overdose hours ago is this encounter's (usn11b): "a suicide attempt 3
// hours ago" is no history of suicidal behavior (Z91.51), and the attempt
// by poisoning is the poisoning's intentional self-harm code, no T14.91
// beside it. A suicide attempt years ago stays a history.
func init() {
	cases = append(cases, []tc{
		{name: "usn11b-attempt-hours-ago", text: "22M took 30 tablets of acetaminophen in a suicide attempt 3 hours ago.\nA/P: Acetaminophen poisoning, intentional self-harm.\n", setting: model.Inpatient, want: []string{"T39.1X2A"}, not: []string{"Z91.51", "T14.91XA"}},
		{name: "usn11b-attempt-years-ago", text: "Suicide attempt 5 years ago.\n", setting: model.Inpatient, want: []string{"Z91.51"}},
	}...)
}

// A drug taken in an overdose is the poisoning, not a therapy (usn11b):
// "at home" is no cue of a standing aspirin therapy in the overdose's
// sentence. A home aspirin stays one.
func init() {
	cases = append(cases, []tc{
		{name: "usn11b-overdose-not-longterm", text: "Took 30 tablets of aspirin at home in an intentional overdose.\n", setting: model.Inpatient, not: []string{"Z79.82"}},
		{name: "usn11b-overdose-hours-ago", text: "Intentional overdose of aspirin at home 2 hours ago, took 30 tablets.\n", setting: model.Inpatient, want: []string{"T39.012A"}, not: []string{"Z91.51", "Z79.82"}},
		{name: "usn11b-home-aspirin-kept", text: "Takes aspirin 81 mg daily at home for CAD.\n", setting: model.Inpatient, want: []string{"Z79.82"}},
	}...)
}
