package coder

// Medicine leftovers of the last reviews (leftB): cystic fibrosis
// exacerbation, a stroke's residual deficit the Sequelae entry does not list,
// and a "chest" read into a cold several words away.
func init() {
	cases = append(cases, []tc{
		// Fibrosis, cystic, with, pulmonary manifestations E84.0: a
		// "pulmonary exacerbation" or a CF "exacerbation" is the disease's
		// acute respiratory worsening.
		{name: "leftMedB cf exacerbation", text: "Assessment:\nAdmitted for a cystic fibrosis exacerbation, on IV tobramycin and ceftazidime.\n", setting: "inpatient", want: []string{"E84.0"}, not: []string{"E84.9"}},
		{name: "leftMedB cf pulmonary exacerbation", text: "Assessment:\nAcute pulmonary exacerbation of cystic fibrosis.\n", setting: "inpatient", want: []string{"E84.0"}, not: []string{"E84.9"}},
		// Guideline I.C.9.d: a deficit that remains after a past stroke is
		// I69; one the Sequelae entry does not list is "specified effect
		// NEC" (I69.398), with the deficit's own code beside it ("use
		// additional code to identify the sequelae"). Not a current I63.9.
		{name: "leftMedB prior stroke residual weakness pmh", text: "Past Medical History:\nPrior stroke with residual left-sided weakness.\nAssessment:\nCommunity acquired pneumonia.\n", setting: "inpatient", want: []string{"I69.398", "R53.1", "J18.9"}, not: []string{"I63.9", "Z86.73"}},
		{name: "leftMedB old cva residual weakness", text: "Assessment:\nHistory of CVA with residual weakness of the left arm, walks with a cane.\n", want: []string{"I69.398"}, not: []string{"I63.9", "Z86.73"}},
		// The residual weakness that another sentence names as the
		// hemiparesis is that sequela, not one more (I69.398 dropped).
		{name: "leftMedB residual weakness is the hemiparesis", text: "HPI:\nShe had a right MCA ischemic stroke in 2021 with residual left-sided weakness and now presents with a fall.\nAssessment:\nLeft hemiparesis, late effect of the old stroke, she is right-handed.\n", setting: "inpatient", want: []string{"I69.354"}, not: []string{"I69.398", "I63.511"}},
		// Cold, chest (see Bronchitis) is the compound "chest cold": the
		// chest of "chest congestion" or "chest pain" is not a bronchitis
		// because a cold comes later in the sentence.
		{name: "leftMedB chest congestion after a cold", text: "HPI:\nHer chest congestion started after a cold two weeks ago.\nAssessment:\nPost-viral cough.\n", not: []string{"J40"}},
		{name: "leftMedB chest pain after a cold", text: "HPI:\nHis chest pain began after a cold last week.\n", want: []string{"R07.9"}, not: []string{"J40"}},
		// Endocarditis, bacterial (acute) (any valve) (subacute) I33.0: a
		// bacterium named as the cause makes a valve's endocarditis the
		// infective one, the agent coded beside it; not the valve's own
		// entry (Endocarditis, mitral I05.9 rheumatic; aortic I35.8).
		{name: "leftMedB mitral endocarditis strep", text: "Assessment:\nMitral valve endocarditis due to Streptococcus viridans, on IV penicillin for six weeks.\n", setting: "inpatient", want: []string{"I33.0", "B95.4"}, not: []string{"I05.9", "I01.1"}},
		{name: "leftMedB aortic endocarditis enterococcus", text: "Assessment:\nAortic valve endocarditis due to Enterococcus faecalis.\n", setting: "inpatient", want: []string{"I33.0", "B95.2"}, not: []string{"I35.8"}},
		{name: "leftMedB aortic endocarditis mssa", text: "Assessment:\nAortic valve endocarditis due to Staphylococcus aureus, methicillin sensitive.\n", setting: "inpatient", want: []string{"I33.0", "B95.61"}, not: []string{"I35.8"}},
	}...)
}
