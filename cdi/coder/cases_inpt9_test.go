package coder

import "notecoder/cdi/model"

// Inpatient defects a coder flags (inpt9): a past acute urinary, digestive,
// respiratory or circulatory condition is a personal history under the
// index's "disease or disorder, <system> NEC" (Z87.448, Z87.19, Z87.09,
// Z86.79), not the condition; an infectious agent code read on its own
// gives way to a condition code of the note that names the agent; a
// pneumonia left unspecified gives way to the note's pneumonia of a named
// organism in another category of the block; a septic shock keeps the word
// "septic" that an organism pneumonia read as its nonessential modifier; and
// a refused intubation does not cancel a do-not-resuscitate order.
func init() {
	cases = append(cases, []tc{
		// History, personal, disease or disorder, urinary system NEC: an
		// acute condition named as history is over.
		{name: "inpt9-hx-aki", text: "History of acute kidney injury.", want: []string{"Z87.448@historical"}, not: []string{"N17.9", "Z87.828"}},
		{name: "inpt9-pmh-aki-year", text: "Past medical history: AKI in 2019.", setting: model.Inpatient, want: []string{"Z87.448@historical"}, not: []string{"N17.9"}},
		{name: "inpt9-hx-acute-gn", text: "History of acute glomerulonephritis.", want: []string{"Z87.448@historical"}, not: []string{"N00.9"}},
		// The same for the digestive, respiratory and circulatory systems.
		{name: "inpt9-hx-acute-pancreatitis", text: "History of acute pancreatitis.", want: []string{"Z87.19@historical"}, not: []string{"K85.90"}},
		{name: "inpt9-hx-acute-resp-failure", text: "History of acute respiratory failure.", want: []string{"Z87.09@historical"}, not: []string{"J96.00"}},
		{name: "inpt9-hx-acute-pericarditis", text: "History of acute pericarditis.", want: []string{"Z86.79@historical"}, not: []string{"I30.9"}},
		{name: "inpt9-hx-acute-mi-own-entry", text: "History of acute MI.", want: []string{"I25.2"}, not: []string{"Z86.79"}},
		{name: "inpt9-hx-pneumonia-own-entry", text: "History of pneumonia.", want: []string{"Z87.01"}, not: []string{"Z87.09"}},
		{name: "inpt9-hx-acute-on-chronic-hf", text: "History of acute on chronic diastolic heart failure.", want: []string{"I50.33"}, not: []string{"Z86.79"}},
		{name: "inpt9-hx-copd-exacerbation", text: "History of COPD exacerbation.", want: []string{"J44.1"}, not: []string{"Z87.09"}},
		// The condition's own entry wins over the kind's catch-all, and a
		// chronic kidney disease named as history is still present.
		{name: "inpt9-hx-uti-own-entry", text: "History of UTI.", want: []string{"Z87.440@historical"}, not: []string{"Z87.448"}},
		{name: "inpt9-hx-kidney-stones", text: "History of kidney stones.", want: []string{"Z87.442"}, not: []string{"Z87.448"}},
		{name: "inpt9-hx-ckd-current", text: "History of CKD stage 3.", want: []string{"N18.30"}, not: []string{"Z87.448"}},
		{name: "inpt9-hx-hydronephrosis-not-acute", text: "History of hydronephrosis.", not: []string{"Z87.448"}},
		{name: "inpt9-hx-brucellosis-stays", text: "History of brucellosis.", want: []string{"A23.9"}, not: []string{"Z86.19"}},
		// B95.3 beside J13 / A40.3, which name Streptococcus pneumoniae.
		{name: "inpt9-agent-named-pneumonia", text: "Assessment: pneumococcal pneumonia. Blood cultures grew Streptococcus pneumoniae.", setting: model.Inpatient, want: []string{"J13"}, not: []string{"B95.3"}},
		{name: "inpt9-agent-named-sepsis", text: "Discharge diagnoses:\n1. Sepsis due to Streptococcus pneumoniae.\n\nHospital course: blood cultures grew Streptococcus pneumoniae.", setting: model.Inpatient, want: []string{"A40.3"}, not: []string{"B95.3", "A41.9"}},
		{name: "inpt9-agent-named-ecoli", text: "Assessment: E. coli sepsis. Urine culture grew E. coli.", setting: model.Inpatient, want: []string{"A41.51"}, not: []string{"B96.20"}},
		// The agent's infection alone (B34.3) is no condition naming it:
		// the agent of "anemia due to parvovirus" stays.
		{name: "inpt9-agent-parvo-infection", text: "Parvovirus B19 infection; anemia due to parvovirus.", want: []string{"D64.9", "B97.6"}},
		// A condition that does not name its agent keeps it.
		{name: "inpt9-agent-uti-stays", text: "Assessment: UTI. Urine culture grew E. coli.", setting: model.Inpatient, want: []string{"N39.0", "B96.20"}},
		{name: "inpt9-agent-uti-due-stays", text: "Assessment: pneumococcal pneumonia. UTI due to Enterococcus.", setting: model.Inpatient, want: []string{"J13", "N39.0", "B95.2"}},
		// J18.9 from the hospital course beside the diagnoses' J13, J15.1.
		{name: "inpt9-pna-unspec-yields-j13", text: "Discharge diagnoses:\n1. Pneumococcal pneumonia.\n\nHospital course: chest x-ray showed right lower lobe pneumonia.", setting: model.Inpatient, want: []string{"J13"}, not: []string{"J18.9"}},
		{name: "inpt9-pna-unspec-yields-j15", text: "Discharge diagnoses: Pseudomonas pneumonia.\nHospital course: pneumonia treated with cefepime.", setting: model.Inpatient, want: []string{"J15.1"}, not: []string{"J18.9"}},
		{name: "inpt9-pna-unspec-yields-viral", text: "Assessment: viral pneumonia. Pneumonia improving.", setting: model.Inpatient, want: []string{"J12.9"}, not: []string{"J18.9"}},
		// Another condition of another block keeps the unspecified one.
		{name: "inpt9-pna-unspec-beside-uti", text: "Discharge diagnoses: pneumonia. UTI due to E. coli.", setting: model.Inpatient, want: []string{"J18.9", "N39.0"}},
		// "septic" is the shock's word, not the pneumonia's modifier.
		{name: "inpt9-pseudomonas-pna-shock", text: "Assessment: Pseudomonas pneumonia with septic shock.", setting: model.Inpatient, want: []string{"J15.1", "R65.21", "A41.52"}, not: []string{"A41.9"}},
		{name: "inpt9-ecoli-pna-shock", text: "Assessment: E. coli pneumonia with septic shock.", setting: model.Inpatient, want: []string{"J15.5", "R65.21", "A41.51"}},
		{name: "inpt9-staph-pna-shock", text: "Assessment: staphylococcal pneumonia with septic shock.", setting: model.Inpatient, want: []string{"J15.20", "R65.21", "A41.2"}},
		{name: "inpt9-pna-complicated-shock", text: "Assessment: Pseudomonas pneumonia complicated by septic shock.", setting: model.Inpatient, want: []string{"J15.1", "R65.21"}},
		// A modifier read alone is no mention of its own.
		{name: "inpt9-mdd-without-psychotic", text: "Assessment: major depressive disorder, single episode, severe without psychotic features.", want: []string{"F32.2"}, not: []string{"F29"}},
		// Z66: the refusal has an object of its own.
		{name: "inpt9-dnr-declined-intubation", text: "DNR, declined intubation.", setting: model.Inpatient, want: []string{"Z66"}},
		{name: "inpt9-dnr-refuses-dialysis", text: "Code status: DNR, refuses dialysis.", setting: model.Inpatient, want: []string{"Z66"}},
		{name: "inpt9-dnr-and-declined-intubation", text: "Goals of care discussed; patient is DNR and declined intubation.", setting: model.Inpatient, want: []string{"Z66"}},
		{name: "inpt9-declined-intubation-is-dnr", text: "He declined intubation and is DNR.", setting: model.Inpatient, want: []string{"Z66"}},
		{name: "inpt9-dnr-declined", text: "Discussed DNR, patient declined.", setting: model.Inpatient, not: []string{"Z66"}},
		{name: "inpt9-declined-dnr", text: "Patient declined DNR.", setting: model.Inpatient, not: []string{"Z66"}},
		{name: "inpt9-declined-to-be-dnr", text: "Patient declined to be DNR.", setting: model.Inpatient, not: []string{"Z66"}},
	}...)
}

// A chemical row of the Table of Drugs whose substance is also a medicine is
// read as its medicine subrow for an overdose, a toxicity (adverse effect) or
// an underdosing: "Lithium overdose" is Lithium, salts (T43.591A), not the
// metal (T56.891A); a poisoning named so stays the row's own.
func init() {
	cases = append(cases, []tc{
		{name: "inpt9-lithium-overdose", text: "Assessment: lithium overdose.", setting: model.Inpatient, want: []string{"T43.591A"}, not: []string{"T56.891A"}},
		{name: "inpt9-lithium-overdose-intentional", text: "Assessment: intentional lithium overdose.", setting: model.Inpatient, want: []string{"T43.592A"}, not: []string{"T56.892A"}},
		{name: "inpt9-lithium-toxicity", text: "Assessment: lithium toxicity.", setting: model.Inpatient, want: []string{"T43.595A"}},
		{name: "inpt9-lithium-underdosing", text: "Underdosing of lithium.", want: []string{"T43.596A"}},
		{name: "inpt9-lead-poisoning-stays", text: "Lead poisoning.", want: []string{"T56.0X1A"}},
		{name: "inpt9-copper-toxicity-not-medicinal", text: "Copper toxicity.", not: []string{"T45.8X5A"}},
	}...)
}

// A coronary intervention or stent named, undated, in the sentence of the
// stay's acute condition in an inpatient note is this stay's procedure (the
// NSTEMI's treatment), not a status from past treatment (I.C.21.c.3): no
// Z98.61 / Z95.5. Dated, in its own sentence, or in an office note, the
// status stays.
func init() {
	cases = append(cases, []tc{
		{name: "inpt9-nstemi-sp-pci", text: "Discharge diagnoses: NSTEMI s/p PCI.", setting: model.Inpatient, want: []string{"I21.4"}, not: []string{"Z98.61", "Z95.5"}},
		{name: "inpt9-nstemi-pci-des-course", text: "Hospital course: He underwent PCI with drug-eluting stent to the LAD for NSTEMI.", setting: model.Inpatient, want: []string{"I21.4"}, not: []string{"Z95.5", "Z98.61"}},
		{name: "inpt9-cad-sp-pci-own-sentence", text: "Assessment: NSTEMI. CAD s/p PCI.", setting: model.Inpatient, want: []string{"I21.4", "I25.10", "Z98.61"}},
		{name: "inpt9-nstemi-prior-pci", text: "Discharge diagnoses: NSTEMI in a patient with prior PCI.", setting: model.Inpatient, want: []string{"I21.4", "Z98.61"}},
		{name: "inpt9-pmh-pci-stent-dated", text: "Past medical history: CAD s/p PCI with stent 2019.", setting: model.Inpatient, want: []string{"I25.10"}, not: []string{"Z98.61@negated"}},
		// A past infarction beside a past bypass is no acute condition of the stay.
		{name: "inpt9-history-ami-bypass", text: "Personal history included ischemic heart disease with AMI and coronary bypass grafting for 13 and 6 years.", setting: model.Inpatient, want: []string{"I25.2", "Z95.1"}},
		// "underwent" dates the stent by the section: this stay's narrative,
		// or a past history.
		{name: "inpt9-underwent-des-course", text: "Hospital course: He was taken for cardiac catheterization. He underwent PCI with drug-eluting stent to the LAD.", setting: model.Inpatient, not: []string{"Z95.5"}},
		{name: "inpt9-underwent-des-pmh", text: "Past medical history: He underwent PCI with drug-eluting stent to the LAD.", setting: model.Inpatient, want: []string{"Z95.5"}},
		{name: "inpt9-underwent-des-dated", text: "He underwent PCI with drug-eluting stent to the LAD in 2015.", setting: model.Inpatient, want: []string{"Z95.5"}},
		{name: "inpt9-nstemi-sp-pci-outpatient", text: "Assessment: NSTEMI s/p PCI.", setting: model.Outpatient, want: []string{"I21.4", "Z98.61"}},
	}...)
}

// An elevated troponin is integral to the myocardial infarction it
// diagnoses (I.B.5, data/integral.tsv): no R77.8 beside I21.-; alone, or
// beside an infarction an office note does not code, it stays.
func init() {
	cases = append(cases, []tc{
		{name: "inpt9-troponin-nstemi", text: "Hospital course: troponin elevated to 2.3.\n\nDischarge diagnoses: NSTEMI.", setting: model.Inpatient, want: []string{"I21.4"}, not: []string{"R77.8"}},
		{name: "inpt9-troponin-consistent-inpatient", text: "Troponin elevated consistent with NSTEMI.", setting: model.Inpatient, want: []string{"I21.4"}, not: []string{"R77.8"}},
		{name: "inpt9-troponin-alone", text: "Elevated troponin, no ischemia.", setting: model.Inpatient, want: []string{"R77.8"}},
		{name: "inpt9-troponin-consistent-outpatient", text: "Troponin elevated consistent with NSTEMI.", setting: model.Outpatient, want: []string{"R77.8"}},
	}...)
}
