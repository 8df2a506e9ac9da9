package coder

import "notecoder/cdi/model"

// Cases of the h15dev session (heldout15 as development data), written for these tests in other
// words than the notes.
func init() {
	cases = append(cases, []tc{
		// The weeks the note states give the trimester of a code whose only time axis is the
		// trimester, even where a word of the note ("delivery", "labor") says the pregnancy may
		// have ended (noteTrimester, onlyAxis).
		{name: "h15dev ama trimester with planned delivery", setting: model.Inpatient, text: "G1P0 at 33w1d admitted for observation.\nAssessment: elderly primigravida, 41 years old.\nPlan: delivery at 37 weeks if stable.", want: []string{"O09.513", "Z3A.33"}, not: []string{"O09.519"}},
		{name: "h15dev uti trimester beside preterm labor", setting: model.Inpatient, text: "G3P2 at 30w4d with preterm labor, now quiet on nifedipine.\nA/P: urinary tract infection in pregnancy, on cephalexin.", want: []string{"O23.43"}, not: []string{"O23.40"}},
		{name: "h15dev ama comma multigravida", text: "G4P3 at 31w0d, here for growth scan.\nAssessment: advanced maternal age, multigravida; growth on track.", want: []string{"O09.523"}},
		// Doses the patient missed, or a drug's nonadherence, are an underdosing of that drug
		// (I.C.19.e.5.c), with the intent coded when the sentence states it.
		{name: "h15dev missed insulin doses unintentional", setting: model.Inpatient, text: "Assessment: diabetic ketoacidosis in type 1 diabetes after several missed insulin doses, unintentional per the family.", want: []string{"E10.10", "T38.3X6A", "Z91.138"}},
		{name: "h15dev missed antiepileptic doses", text: "A/P: breakthrough focal seizure after missed doses of levetiracetam over the weekend.", want: []string{"T42.6X6A"}},
		{name: "h15dev lactulose nonadherence", setting: model.Inpatient, text: "Hepatic encephalopathy precipitated by lactulose nonadherence.", want: []string{"K76.82", "T47.3X6A"}, not: []string{"Z91.199"}},
		{name: "h15dev intentional nonadherence", setting: model.Inpatient, text: "Seizure cluster due to levetiracetam nonadherence, intentional, as he disliked the side effects.", want: []string{"T42.6X6A", "Z91.128"}, not: []string{"Z91.199"}},
		// Abbreviations that read as diagnoses: motivational interviewing (MI), NPH insulin,
		// room air after a saturation, a GLP-1 receptor agonist (RA).
		{name: "h15dev mi done motivational", setting: model.Inpatient, text: "Alcohol use disorder, mild; MI done, she agreed to cut down.", want: []string{"F10.10"}, not: []string{"I21.9", "I21.A1"}},
		{name: "h15dev nph insulin", setting: model.Inpatient, text: "G2P1 at 30w2d with gestational diabetes on NPH 10 u qHS.", want: []string{"O24.414"}, not: []string{"G91.2"}},
		{name: "h15dev glp-1 ra", text: "A/P: type 2 diabetes with hyperglycemia, A1c 9.1; start a GLP-1 RA.", want: []string{"E11.65"}, not: []string{"M06.9"}},
		{name: "h15dev pulse ox ra", text: "Influenza A, confirmed by rapid test. Home pulse ox 95% RA, no distress.", not: []string{"M06.9"}},
		// A vaccine named with this visit's day is the encounter for immunization.
		{name: "h15dev tdap today", text: "Prenatal visit at 29 weeks, doing well.\nA/P: Tdap today; glucose test next visit.", want: []string{"Z23"}},
		{name: "h15dev vaccine given elsewhere", text: "A/P: ulcerative colitis in remission on mesalamine. Flu vaccine given at her PCP.", not: []string{"Z23"}},
		// A steroid course counted in days ("x 5 d", "x 1 more day") is short, no long-term use
		// (I.C.21.c.3; longterm.tsv dayunit/daymore rows).
		{name: "h15dev steroid days as d", setting: model.Inpatient, text: "Discharge meds: prednisone 40 mg daily x 4 d, albuterol prn.", not: []string{"Z79.52"}},
		{name: "h15dev steroid one more day", setting: model.Inpatient, text: "Discharge meds: prednisone 20 mg x 2 more days, montelukast 10 mg nightly.", not: []string{"Z79.52"}},
	}...)
}
