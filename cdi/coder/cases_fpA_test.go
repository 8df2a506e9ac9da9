package coder

// Cases of the false-positive classes of the project's own notes (fpA): a
// code the note also gives more specifically, said again in fewer words
// (data/integral.tsv "fpA" rows).
func init() {
	cases = append(cases, []tc{
		// A bare "infection" in a note that names the infection is that
		// infection again: no B99.9 (unspecified infectious disease) beside
		// it (highest specificity documented, I.B.1).
		{name: "fpA infection NOS beside a named sepsis", setting: "inpatient",
			text: "Principal: septic shock due to MSSA bacteremia. Rheumatoid arthritis - methotrexate held, resume once the infection has cleared.",
			want: []string{"A41.01", "R65.21"}, not: []string{"B99.9"}},
		{name: "fpA infection NOS as a cause beside a coded pneumonia", setting: "inpatient",
			text: "Impression: acute delirium, multifactorial - infection, hyponatremia. Community-acquired pneumonia - ceftriaxone and azithromycin.",
			want: []string{"J18.9"}, not: []string{"B99.9"}},
		// Guard: an infection the note names no further stays B99.9.
		{name: "fpA infection of unknown kind alone stays",
			text: "Infection of unclear source, on empiric antibiotics.",
			want: []string{"B99.9"}},
		// A dementia without severity beside the same dementia with its
		// severity, or an unspecified dementia beside a vascular one, is
		// one dementia (F0x.A-/B-/C- severity children).
		{name: "fpA dementia without severity beside the severe one", setting: "inpatient",
			text: "Bedbound from late-onset Alzheimer dementia, severe. Plan: Alzheimer's - continue donepezil.",
			want: []string{"G30.1", "F02.C0"}, not: []string{"F02.80"}},
		{name: "fpA unspecified dementia beside vascular dementia", setting: "inpatient",
			text: "Vascular dementia. Acute metabolic encephalopathy due to hyponatremia, superimposed on dementia.",
			want: []string{"F01.50"}, not: []string{"F03.90"}},
		// Guard: a dementia named no further stays F03.90.
		{name: "fpA dementia alone stays unspecified",
			text: "Dementia - continue donepezil.",
			want: []string{"F03.90"}},
		// Noncompliance NOS beside the medication-regimen noncompliance is
		// that noncompliance ("Noncompliance, with, medication regimen NEC").
		{name: "fpA noncompliance NOS beside medication regimen noncompliance", setting: "inpatient",
			text: "50M nonadherent with oral risperidone for 3 months. A/P: Noncompliance with medication regimen.",
			want: []string{"Z91.148"}, not: []string{"Z91.199"}},
		// Guard: noncompliance with other treatment alone stays.
		{name: "fpA noncompliance with follow-up stays",
			text: "Noncompliance with follow-up appointments.",
			want: []string{"Z91.199"}},
		// Z77.22 excludes nicotine dependence (Excludes1 F17.-): the smoking
		// a child's note counsels is the household's.
		{name: "fpA secondhand smoke in a child, cessation for the parent",
			text: "4 y/o with acute otitis media of the left ear. Secondhand smoke exposure - counseled mom; smoking cessation resources given.",
			want: []string{"Z77.22"}, not: []string{"F17.200"}},
		// Guard: the patient's own smoking with no exposure named stays.
		{name: "fpA smoker counseled stays",
			text: "Current smoker - counseled on smoking cessation.",
			want: []string{"F17.200"}},
		// An ulcer of unspecified depth beside the same site and side's
		// ulcer with its depth is that ulcer (L97.-, L89.- severity).
		{name: "fpA heel ulcer without depth beside the one with depth",
			text: "Seen for R heel ulcer present for 6 weeks. Diabetic foot ulcer of the right heel with fat layer exposed.",
			want: []string{"L97.412", "E11.621"}, not: []string{"L97.419"}},
		// Guard: the other side's ulcer is another ulcer.
		{name: "fpA ulcer of the other heel stays",
			text: "Diabetic foot ulcer of the right heel with fat layer exposed. Ulcer of the left heel.",
			want: []string{"L97.412", "L97.429"}},
		// An osteomyelitis of unspecified site beside the same kind coded at
		// its site is that osteomyelitis (M86.x0 beside M86.x7-).
		{name: "fpA osteomyelitis without site beside the sited one", setting: "inpatient",
			text: "MRI R foot: marrow edema of the calcaneus c/w acute osteomyelitis.\nA/P: 1. Acute osteomyelitis of right calcaneus due to MSSA - IV cefazolin.",
			want: []string{"M86.171"}, not: []string{"M86.10"}},
		// Guard: an osteomyelitis with no site named stays unspecified.
		{name: "fpA osteomyelitis without site alone stays",
			text: "Acute osteomyelitis - IV cefazolin.",
			want: []string{"M86.10"}},
		// A condition an inpatient progress note's assessment says resolved
		// is one this stay treated (as in the discharge diagnoses), not a
		// personal history: its bleeding ulcer (K26.4) then takes the
		// hematemesis and melena it explains (I.B.4-5), and the EGD's
		// ulcer is that ulcer.
		{name: "fpA ulcer bleed resolved in a progress note's A/P", setting: "inpatient",
			text: "MICU PROGRESS NOTE - HD 2\nHPI: admitted with hematemesis and melena.\nEGD: duodenal bulb ulcer with visible vessel, clipped.\nA/P:\n1. Bleeding duodenal ulcer - resolved. PPI infusion.\n2. History of DVT, resolved - no anticoagulation.",
			want: []string{"K26.4", "Z86.718"}, not: []string{"K92.0", "K92.1", "K26.9"}},
	}...)
}
