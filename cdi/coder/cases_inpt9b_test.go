package coder

import "notecoder/cdi/model"

// Sepsis of an organism the index does not list under Sepsis (inpt9b): the
// category's sibling whose tabular title names the organism after its "due
// to" ("Sepsis due to Pseudomonas", A41.52) is read from the sepsis's own
// window even when the organism is also read as its B95-B97 agent code
// ("Pseudomonas aeruginosa"), which then says nothing more (the species in
// parentheses are the genus's nonessential words). A title's cause must be
// named in the note: a site alone ("cataract OD") is no "ocular disorder".
// An organism grown in another sentence is not assumed to be the sepsis's.
func init() {
	cases = append(cases, []tc{
		{name: "inpt9b-sepsis-due-pseudomonas-aeruginosa", text: "Assessment: sepsis due to Pseudomonas aeruginosa.", setting: model.Inpatient, want: []string{"A41.52"}, not: []string{"A41.9", "B96.5"}},
		{name: "inpt9b-pseudomonas-aeruginosa-sepsis", text: "Assessment: Pseudomonas aeruginosa sepsis.", setting: model.Inpatient, want: []string{"A41.52"}, not: []string{"A41.9", "B96.5"}},
		{name: "inpt9b-sepsis-paren-pseudomonas", text: "Discharge diagnoses:\n1. Sepsis (Pseudomonas aeruginosa).", setting: model.Inpatient, want: []string{"A41.52"}, not: []string{"A41.9", "B96.5"}},
		{name: "inpt9b-sepsis-secondary-pseudomonas", text: "Sepsis secondary to Pseudomonas aeruginosa.", setting: model.Inpatient, want: []string{"A41.52"}, not: []string{"A41.9", "B96.5"}},
		{name: "inpt9b-pseudomonas-sepsis", text: "Assessment: Pseudomonas sepsis.", setting: model.Inpatient, want: []string{"A41.52"}, not: []string{"A41.9"}},
		{name: "inpt9b-ecoli-sepsis", text: "Assessment: E. coli sepsis.", setting: model.Inpatient, want: []string{"A41.51"}, not: []string{"A41.9"}},
		{name: "inpt9b-mrsa-sepsis", text: "Assessment: MRSA sepsis.", setting: model.Inpatient, want: []string{"A41.02"}, not: []string{"A41.9"}},
		{name: "inpt9b-sepsis-serratia", text: "Assessment: sepsis due to Serratia marcescens.", setting: model.Inpatient, want: []string{"A41.53"}, not: []string{"A41.9"}},
		// The organism of another sentence (a urine culture) is not the
		// sepsis's: the agent is coded, the sepsis stays unspecified.
		{name: "inpt9b-sepsis-culture-other-sentence", text: "Assessment: sepsis. Urine culture grew E. coli.", setting: model.Inpatient, want: []string{"A41.9", "B96.20"}, not: []string{"A41.51"}},
		{name: "inpt9b-sepsis-pseudomonas-other-sentence", text: "Assessment: sepsis. Sputum culture grew Pseudomonas aeruginosa.", setting: model.Inpatient, want: []string{"A41.9", "B96.5"}, not: []string{"A41.52"}},
		// A site is no cause: H26.22- "Cataract secondary to ocular
		// disorders" is not read from the eye of "OD".
		{name: "inpt9b-cataract-od-no-cause", text: "Visually significant cataract OD.", want: []string{"H26.9"}, not: []string{"H26.221"}},
	}...)
}

// A past condition the note itself calls acute is an episode that is over,
// though its code's title has no acute (I71.0-, I77.71): its system's
// personal history (Z86.79), as for the conditions whose titles say acute.
// A chronic title keeps its own code. (Tenth session: a dissection is an event
// even when the note does not say acute, data/history_kind.tsv "event"; one
// the note calls chronic stays, cases_circren10_test.go.)
func init() {
	cases = append(cases, []tc{
		{name: "inpt9b-hx-acute-dissection-aorta", text: "History of acute dissection of aorta.", want: []string{"Z86.79@historical"}, not: []string{"I71.00"}},
		{name: "inpt9b-hx-acute-carotid-dissection", text: "History of acute dissection of the carotid artery.", want: []string{"Z86.79@historical"}, not: []string{"I77.71"}},
		{name: "inpt9b-hx-dissection-not-acute", text: "History of dissection of aorta.", want: []string{"Z86.79@historical"}, not: []string{"I71.00"}},
		{name: "inpt9b-hx-acute-on-chronic-ckd", text: "History of acute on chronic kidney disease.", want: []string{"N18.9"}, not: []string{"Z87.448"}},
	}...)
}

// A removal the index reads through its own Status entry ("s/p
// cholecystectomy": Status, cholecystectomy Z90.49) carries the marks of
// status.go's reading of it: undated beside the stay's acute condition in an
// inpatient note it is that condition's procedure, not an acquired absence
// from past treatment (I.C.21.c.3); alone, dated, or in an office note the
// status stays.
func init() {
	cases = append(cases, []tc{
		{name: "inpt9b-chole-sp-chole", text: "Discharge diagnoses: acute cholecystitis s/p cholecystectomy.", setting: model.Inpatient, want: []string{"K81.0"}, not: []string{"Z90.49"}},
		{name: "inpt9b-chole-status-post-lap-chole", text: "Acute cholecystitis status post laparoscopic cholecystectomy.", setting: model.Inpatient, want: []string{"K81.0"}, not: []string{"Z90.49"}},
		{name: "inpt9b-chole-sp-chole-dated", text: "Acute cholecystitis s/p cholecystectomy in 2015.", setting: model.Inpatient, want: []string{"K81.0", "Z90.49"}},
		{name: "inpt9b-sp-chole-own-sentence", text: "Acute cholecystitis. S/p cholecystectomy 2015.", setting: model.Inpatient, want: []string{"K81.0", "Z90.49"}},
		{name: "inpt9b-sp-chole-alone", text: "S/p cholecystectomy.", setting: model.Inpatient, want: []string{"Z90.49"}},
		{name: "inpt9b-chole-sp-chole-outpatient", text: "Acute cholecystitis s/p cholecystectomy.", setting: model.Outpatient, want: []string{"K81.0", "Z90.49"}},
	}...)
}

// A stent named with the coronary intervention that placed it is a coronary
// stent in place: Z95.5 "Presence of coronary angioplasty implant and graft",
// whose Excludes1 partner Z98.61 (angioplasty status without one) gives way.
// Without a stent the angioplasty status stays; beside the stay's NSTEMI,
// undated, it is the stay's procedure.
func init() {
	cases = append(cases, []tc{
		{name: "inpt9b-cad-sp-pci-stent-dated", text: "CAD s/p PCI with stent 2019.", want: []string{"I25.10", "Z95.5"}, not: []string{"Z98.61"}},
		{name: "inpt9b-cad-sp-pci-stenting", text: "Past medical history: CAD s/p PCI with stenting in 2019.", setting: model.Inpatient, want: []string{"I25.10", "Z95.5"}, not: []string{"Z98.61"}},
		{name: "inpt9b-hx-angioplasty-stent", text: "History of coronary angioplasty with stent.", want: []string{"Z95.5"}, not: []string{"Z98.61"}},
		{name: "inpt9b-cad-sp-pci-no-stent", text: "CAD s/p PCI 2019.", want: []string{"I25.10", "Z98.61"}, not: []string{"Z95.5"}},
		{name: "inpt9b-nstemi-sp-pci-stent", text: "Discharge diagnoses: NSTEMI s/p PCI with stent.", setting: model.Inpatient, want: []string{"I21.4"}, not: []string{"Z95.5", "Z98.61"}},
	}...)
}

// Two findings at different body sites read from separate mentions are
// unrelated (guideline I.A.12.a's exception to Excludes1): R22.1's "intrathoracic
// mass (R91.8)" note does not drop the lung mass beside a neck mass. The
// same finding named twice still keeps one code.
func init() {
	cases = append(cases, []tc{
		{name: "inpt9b-neck-mass-lung-mass", text: "Neck mass. Lung mass.", want: []string{"R22.1", "R91.8"}},
		{name: "inpt9b-neck-and-lung-mass", text: "Assessment: neck mass and lung mass.", want: []string{"R22.1", "R91.8"}},
		{name: "inpt9b-abd-pain-ruq-pain", text: "Abdominal pain. RUQ pain.", want: []string{"R10.11"}, not: []string{"R10.9"}},
	}...)
}

// A past infection of the urinary system is a personal history of urinary
// (tract) infection (Z87.440), not the condition nor the system's other
// diseases (Z87.448): the tabular says the condition is an infection when
// its code asks for the infectious agent (N10, N30, N34), or, for the code
// that leaves the acuity open (N12 "Pyelonephritis NOS"), when the index
// entry's acute and chronic codes both do. A non-infectious acute condition
// keeps Z87.448; a chronic one is still present.
func init() {
	cases = append(cases, []tc{
		{name: "inpt9b-hx-pyelonephritis", text: "History of pyelonephritis.", want: []string{"Z87.440@historical"}, not: []string{"N12", "Z87.448"}},
		{name: "inpt9b-pmh-pyelo-year", text: "Past medical history: pyelonephritis in 2019.", setting: model.Inpatient, want: []string{"Z87.440@historical"}, not: []string{"N12"}},
		{name: "inpt9b-hx-acute-pyelonephritis", text: "History of acute pyelonephritis.", want: []string{"Z87.440@historical"}, not: []string{"N10", "Z87.448"}},
		{name: "inpt9b-hx-cystitis", text: "History of cystitis.", want: []string{"Z87.440@historical"}, not: []string{"N30.90"}},
		{name: "inpt9b-hx-aki-stays-other", text: "History of acute kidney injury.", want: []string{"Z87.448@historical"}, not: []string{"Z87.440"}},
		{name: "inpt9b-hx-chronic-pyelo-current", text: "History of chronic pyelonephritis.", want: []string{"N11.9"}, not: []string{"Z87.440"}},
		{name: "inpt9b-hx-arf-on-ckd", text: "History of acute renal failure on CKD.", want: []string{"Z87.448@historical", "N18.9"}},
	}...)
}
