package coder

import "notecoder/cdi/model"

// A US problem-list line parts its diagnosis from its plan with a spaced
// dash (inpt11b): "1. MDD, recurrent, severe with psychotic features -
// titrate sertraline, add aripiprazole". The plan's words made the line too
// long to be read as a diagnosis line, so the trailing qualifiers
// ("recurrent", "current episode manic") were dropped and the unspecified
// or single-episode code came out. A dash written against a word ("post-op")
// parts nothing.
func init() {
	cases = append(cases, []tc{
		{name: "inpt11b-dash-mdd-recurrent-plan", text: "A/P:\n1. MDD, recurrent, severe with psychotic features - sertraline titration, add aripiprazole; q15 checks.\n", setting: model.Inpatient, want: []string{"F33.3"}, not: []string{"F32.3"}},
		{name: "inpt11b-dash-bipolar-manic-plan", text: "Dx:\n1. Bipolar disorder, current episode manic, severe, with psychotic features - restart lithium, olanzapine.\n", setting: model.Inpatient, want: []string{"F31.2"}, not: []string{"F31.9", "F29"}},
		{name: "inpt11b-dash-plan-weeks-not-gestation", text: "A/P:\n1. Gestational diabetes, diet controlled - check 2h postpartum glucose, GTT at 6 weeks.\n", setting: model.Inpatient, want: []string{"O24.410"}, not: []string{"Z3A.01"}},
		{name: "inpt11b-dash-line-weeks-kept", text: "A/P:\n1. Gestational diabetes, diet controlled, 32 weeks - check glucose.\n", setting: model.Inpatient, want: []string{"O24.410", "Z3A.32"}},
	}...)
}

// The plan after a problem list's spaced dash is the plan's (inpt11b): a
// backward trigger in its later clauses ("education") and a "- no" that
// denies the words after it ("no LP") no longer reach the diagnosis before
// the dash; "Fever - no" still answers the item and "PE - ruled out" still
// rules it out.
func init() {
	cases = append(cases, []tc{
		{name: "inpt11b-dash-plan-education", text: "A/P:\n1. Simple febrile seizure - antipyretics, education.\n", setting: model.Inpatient, want: []string{"R56.00"}},
		{name: "inpt11b-dash-no-procedure", text: "A/P:\n1. Pneumonia - no LP, ceftriaxone.\n", setting: model.Inpatient, want: []string{"J18.9"}},
		{name: "inpt11b-dash-answer-no", text: "ROS: Fever - no, cough - yes.\n", not: []string{"R50.9"}},
		{name: "inpt11b-dash-ruled-out", text: "A/P:\n1. PE - ruled out.\n", setting: model.Inpatient, not: []string{"I26.99"}},
	}...)
}

// O80, the uncomplicated full-term delivery, is not coded beside another
// chapter 15 code (I.C.15.b.4, data/integral.tsv).
func init() {
	cases = append(cases, []tc{
		{name: "inpt11b-o80-not-with-gdm", text: "28yo G1P0 at 39w1d with gestational diabetes, diet controlled, admitted in spontaneous labor. Uncomplicated SVD of a live infant.\n", setting: model.Inpatient, not: []string{"O80"}},
		{name: "inpt11b-o80-alone", text: "28yo G1P0 at 39w1d admitted in spontaneous labor. Uncomplicated SVD of a live infant.\n", setting: model.Inpatient, want: []string{"O80"}},
	}...)
}

// A note is one encounter (inpt11b): the fracture its history tells with
// the default initial 7th character and its assessment with a subsequent
// one is the subsequent encounter's only, and the external cause follows
// the injury's encounter (I.C.20.a.2).
func init() {
	cases = append(cases, []tc{
		{name: "inpt11b-fracture-one-encounter-routine", text: "45M returns 6 weeks after IMN of a closed displaced transverse fracture of the R tibial shaft sustained in an MVC.\nAssessment: Displaced transverse fracture of shaft of right tibia, closed, subsequent encounter with routine healing.\n", want: []string{"S82.221D", "V89.9XXD"}, not: []string{"S82.221A", "V89.9XXA"}},
		{name: "inpt11b-fracture-one-encounter-delayed", text: "67F 14 weeks s/p closed reduction of L distal radius fracture.\nAssessment: Fracture of left distal radius, closed, subsequent encounter with delayed healing.\n", want: []string{"S52.502G"}, not: []string{"S52.502A"}},
	}...)
}

// A condition present at the delivery of the encounter complicates
// childbirth (inpt11b, data/delivered_codes.txt): the "in pregnancy" and
// trimester codes become their "childbirth" siblings by tabular title. An
// antepartum note keeps its trimester. O82, the cesarean "without
// indication", is not coded beside its indication (data/integral.tsv).
func init() {
	cases = append(cases, []tc{
		{name: "inpt11b-gdm-insulin-childbirth", text: "DELIVERY NOTE\n30yo G2P1 at 39w2d with gestational diabetes on insulin, admitted in spontaneous labor. SVD of a live male infant.\n", setting: model.Inpatient, want: []string{"O24.424", "Z3A.39"}, not: []string{"O24.414", "O80"}},
		{name: "inpt11b-gdm-insulin-antepartum", text: "30yo G2P1 at 30w2d with gestational diabetes on insulin.\n", setting: model.Inpatient, want: []string{"O24.414"}, not: []string{"O24.424"}},
		{name: "inpt11b-obesity-childbirth", text: "Delivery summary: SVD of a live infant at 39 weeks, complicated by second degree perineal laceration. Obesity complicating pregnancy, BMI 36.\n", setting: model.Inpatient, want: []string{"O99.214"}, not: []string{"O99.210", "O80"}},
		{name: "inpt11b-o82-not-with-indication", text: "Assessment: 32yo G2P1 at 34w2d. Preeclampsia with severe features - magnesium, delivery by repeat cesarean after steroids.\n", setting: model.Inpatient, not: []string{"O82", "O14.14"}},
	}...)
}

// Symptoms routine to the surgical, pediatric and psychiatric diagnoses of
// inpatient notes (I.B.5, data/integral.tsv, inpt11b): nausea and anorexia
// with appendicitis, vomiting with cholecystitis, distension with an
// obstruction, cough and dyspnea with bronchiolitis, tremor and
// hallucinations with alcohol withdrawal delirium, erythema with cellulitis.
func init() {
	cases = append(cases, []tc{
		{name: "inpt11b-appendicitis-nausea-anorexia", text: "HPI: RLQ pain with anorexia and nausea.\nA/P: Acute appendicitis with localized peritonitis.\n", setting: model.Inpatient, want: []string{"K35.30"}, not: []string{"R11.0", "R63.0"}},
		{name: "inpt11b-cholecystitis-emesis", text: "HPI: RUQ pain with emesis x3.\nA/P: Acute cholecystitis.\n", setting: model.Inpatient, want: []string{"K81.0"}, not: []string{"R11.10"}},
		{name: "inpt11b-ileus-distension", text: "Exam: abdomen distended.\nA/P: Paralytic ileus.\n", setting: model.Inpatient, want: []string{"K56.0"}, not: []string{"R14.0"}},
		{name: "inpt11b-bronchiolitis-cough", text: "HPI: 4 mo with cough and difficulty breathing.\nA/P: RSV bronchiolitis.\n", setting: model.Inpatient, want: []string{"J21.0"}, not: []string{"R05.9", "R06.00"}},
		{name: "inpt11b-withdrawal-delirium-signs", text: "HPI: tremor, diaphoresis, visual hallucinations, disorientation.\nA/P: Alcohol dependence with withdrawal delirium.\n", setting: model.Inpatient, want: []string{"F10.231"}, not: []string{"R25.1", "R61", "R44.1", "R41.0"}},
		{name: "inpt11b-cellulitis-erythema", text: "Exam: erythema of the abdominal wall.\nA/P: Cellulitis of abdominal wall.\n", setting: model.Inpatient, want: []string{"L03.311"}, not: []string{"L53.9"}},
	}...)
}

// A see reference whose part names the start of the entry's title (inpt11b):
// "Fracture, traumatic, calcaneus - see Fracture, tarsal, calcaneus" leads to
// "tarsal bone(s) > calcaneus" (S92.0-), not to the unspecified T14.8.
func init() {
	cases = append(cases, []tc{
		{name: "inpt11b-see-tarsal-calcaneus", text: "A/P: Closed fracture of right calcaneus.\n", setting: model.Inpatient, want: []string{"S92.001A"}, not: []string{"T14.8XXA"}},
		{name: "inpt11b-see-tarsal-talus", text: "A/P: Fracture of left talus.\n", setting: model.Inpatient, want: []string{"S92.102A"}, not: []string{"T14.8XXA"}},
	}...)
}
