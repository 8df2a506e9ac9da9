package coder

func init() {
	cases = append(cases, []tc{
		// A stated degree or grade beats the index's "internal (without
		// mention of degree)" default (Hemorrhoids, K64.8): "grade I" is
		// read "first degree" (K64.0).
		{name: "leftL grade i internal hemorrhoids", text: "Colonoscopy showed grade I internal hemorrhoids, otherwise normal.", want: []string{"K64.0"}, not: []string{"K64.8"}},
		{name: "leftL internal hemorrhoids grade 2", text: "Internal hemorrhoids grade 2, banding planned.", want: []string{"K64.1"}, not: []string{"K64.8"}},
		{name: "leftL second degree internal hemorrhoids", text: "Second degree internal hemorrhoids on anoscopy.", want: []string{"K64.1"}, not: []string{"K64.8"}},
		// Guard: no degree stated keeps the default.
		{name: "leftL internal hemorrhoids guard", text: "Small internal hemorrhoids seen on anoscopy.", want: []string{"K64.8"}},

		// An ICD or AICD the patient has is the implanted defibrillator in
		// place (Presence, cardiac, defibrillator, Z95.810), not the code set.
		{name: "leftL icd in place", text: "Ischemic cardiomyopathy, ICD in place since 2021.", want: []string{"Z95.810"}},
		{name: "leftL aicd", text: "Patient has an AICD and follows with electrophysiology.", want: []string{"Z95.810"}},
		{name: "leftL implantable cardioverter-defibrillator", text: "Nonischemic cardiomyopathy with an implantable cardioverter-defibrillator.", want: []string{"Z95.810"}},

		// A long term stated right before the steroid outweighs the
		// sentence's taper word: a standing dose being tapered (Z79.52).
		{name: "leftL long-term prednisone taper", text: "Long-term prednisone - taper as tolerated.", want: []string{"Z79.52"}},
		{name: "leftL chronic steroids tapering", text: "Polymyalgia rheumatica on chronic prednisone, slowly tapering.", want: []string{"M35.3", "Z79.52"}},

		// "Screening mammogram" is the routine mammogram of the index
		// (Z12.31), not the other breast screenings (Z12.39).
		{name: "leftL screening mammogram", text: "Here today for her screening mammogram.", want: []string{"Z12.31"}, not: []string{"Z12.39"}},

		// "PO" and "p.o." are a route: no mouth for a pain beside them.
		{name: "leftL pain po meds", text: "Pain controlled with p.o. medications.", want: []string{"R52"}, not: []string{"K13.79"}},
		{name: "leftL pain npo", text: "Pain, NPO after midnight.", want: []string{"R52"}, not: []string{"K13.79"}},

		// A secondary hypertension whose cause the note documents reads
		// the entry's "due to" subterm with the cause's title: renal
		// artery stenosis (I70.1) is "due to, renal disorders NEC,
		// arterial" (I15.0, renovascular), coded with the stenosis.
		{name: "leftL htn 2/2 renal artery stenosis", text: "Hypertension 2/2 renal artery stenosis, referred to vascular surgery.", want: []string{"I15.0", "I70.1"}, not: []string{"I15.9"}},
		{name: "leftL secondary htn due to ras", text: "Secondary hypertension due to renal artery stenosis.", setting: "inpatient", want: []string{"I15.0", "I70.1"}, not: []string{"I15.9"}},

		// "Unlikely" right before a diagnosis doubts it as it does after
		// ("epilepsy unlikely"): not coded.
		{name: "leftL unlikely epilepsy", text: "Spells of staring, unlikely epilepsy per neurology.", not: []string{"G40.909"}},

		// An appendectomy done before leaves the appendix's absence
		// (Absence, intestine, large, acquired, Z90.49); the appendicitis
		// it was done for went with the organ: a history (Z87.19), not a
		// current appendicitis.
		{name: "leftL appendectomy dated for appendicitis", text: "Appendectomy in 2010 for appendicitis.", want: []string{"Z90.49", "Z87.19"}, not: []string{"K37"}},
		{name: "leftL appendectomy years ago", text: "She had an appendectomy years ago for appendicitis; now here for knee pain.", want: []string{"Z90.49"}, not: []string{"K37"}},
	}...)
}
