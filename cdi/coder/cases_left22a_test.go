package coder

import "notecoder/cdi/model"

// Drug resistance of an organism (Z16.-, left22a). The index files it under
// "Resistance, organism(s), to, drug", whose bare "to" was read as a hidden
// catch-all, so no Z16 code was ever given. The drug is what the organism is
// resistant to ("resistant to X", "X-resistant"), not an antibiotic given to
// cover it; MRSA's own codes (A49.02, B95.62, J15.212, A41.02) carry the
// resistance (Z16's Excludes1, guideline I.C.1.e), and the index sends
// "methicillin" to MRSA.
func init() {
	cases = append(cases, []tc{
		{name: "left22a-vre-bacteremia", text: "Assessment:\n1. Bacteremia with vancomycin-resistant enterococcus, on daptomycin.", setting: model.Inpatient, want: []string{"R78.81", "Z16.21"}},
		{name: "left22a-resistant-to-fluoroquinolones", text: "Assessment:\n1. Pseudomonas pneumonia, the isolate resistant to fluoroquinolones.", setting: model.Inpatient, want: []string{"J15.1", "Z16.23"}},
		{name: "left22a-resistant-to-multiple-antibiotics", text: "Assessment:\n1. Postoperative wound infection, organism resistant to multiple antibiotics.", setting: model.Inpatient, want: []string{"Z16.24"}},
		{name: "left22a-dependence-on-ventilator", text: "Assessment:\n1. Chronic respiratory failure.\n2. Dependence on ventilator.", setting: model.Inpatient, want: []string{"Z99.11"}},
		// Guards: a drug given for coverage, and MRSA, name no Z16.
		{name: "left22a-vancomycin-for-mrsa-coverage", text: "Assessment:\n1. Community-acquired pneumonia. Vancomycin was added for MRSA coverage.", setting: model.Inpatient, not: []string{"Z16.21", "Z16.30", "Z16.11"}},
		{name: "left22a-mrsa-organism-no-z16", text: "Wound culture grew methicillin resistant Staphylococcus aureus.", want: []string{"B95.62"}, not: []string{"Z16.30", "Z16.11", "Z16.21"}},
		{name: "left22a-mrsa-septic-shock-keeps-r65", text: "Discharge diagnoses:\n1. Septic shock due to MRSA bacteremia, treated with vancomycin.", setting: model.Inpatient, want: []string{"A41.02", "R65.21"}, not: []string{"Z16.21", "Z16.30"}},
		// "ESBL" is the resistance itself (Z16.12's title).
		{name: "left22a-esbl-e-coli-uti", text: "Assessment:\n1. Urinary tract infection due to ESBL-producing E. coli. Start meropenem.", setting: model.Inpatient, want: []string{"N39.0", "B96.20", "Z16.12"}},
		{name: "left22a-esbl-spelled-out", text: "Assessment: Klebsiella pneumonia, extended spectrum beta lactamase resistant.", setting: model.Inpatient, want: []string{"Z16.12"}},
		// A named drug reads as its class (data/title_alias.tsv); a
		// carbapenem is Z16.13 (FY2024) through the beta lactam entry.
		{name: "left22a-resistant-to-ciprofloxacin", text: "Assessment: Urinary tract infection due to E. coli resistant to ciprofloxacin.", setting: model.Inpatient, want: []string{"N39.0", "B96.20", "Z16.23"}},
		{name: "left22a-tb-resistant-to-isoniazid", text: "Assessment: Pulmonary tuberculosis, resistant to isoniazid.", setting: model.Inpatient, want: []string{"A15.0", "Z16.341"}},
		{name: "left22a-carbapenem-resistant-klebsiella", text: "Assessment: Cystitis due to carbapenem-resistant Klebsiella pneumoniae.", setting: model.Inpatient, want: []string{"B96.1", "Z16.13"}, not: []string{"Z16.10"}},
		{name: "left22a-antibiotics-started-no-z16", text: "Assessment: Pneumonia. Started ceftriaxone and azithromycin.", setting: model.Inpatient, not: []string{"Z16.19", "Z16.29"}},
		// An ESBL producer's cephalosporin resistance is the ESBL's
		// (data/integral.tsv).
		{name: "left22a-esbl-cephalosporins-integral", text: "Assessment: Pyelonephritis. Urine culture: E. coli, ESBL producer (resistant to ceftriaxone, cefepime).", setting: model.Inpatient, want: []string{"Z16.12"}, not: []string{"Z16.19"}},
		// "CRE" in capitals is carbapenem-resistant Enterobacterales
		// (cdi/text abbrev.tsv); an antibiogram line is lab data (III.B).
		{name: "left22a-cre-cauti", text: "Assessment:\n1. Catheter-associated urinary tract infection, CRE. Infectious disease following.", setting: model.Inpatient, want: []string{"Z16.13"}},
		{name: "left22a-antibiogram-not-coded", text: "Hospital course: Urine culture grew E. coli (ampicillin-resistant, cefazolin-sensitive).", setting: model.Inpatient, not: []string{"Z16.11"}},
		// A condition's drug resistance is no organism's (data/code_needs.tsv).
		{name: "left22a-drug-resistant-epilepsy-no-z16", text: "Assessment: Focal epilepsy, drug-resistant, without status epilepticus.", not: []string{"Z16.30"}},
		{name: "left22a-hypertension-resistant-to-drugs-no-z16", text: "Assessment: Essential hypertension, resistant to three drugs.", not: []string{"Z16.30"}},
		// "methicillin - see MRSA" reads MRSA's entries only from the words
		// of the resistance itself: a site infection keeps B95.62.
		{name: "left22a-joint-infection-mrsa-organism", text: "Dx: prosthetic joint infection of the left hip due to methicillin-resistant Staph aureus.", setting: model.Inpatient, want: []string{"B95.62"}, not: []string{"A49.02"}},
	}...)
}
