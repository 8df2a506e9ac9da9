package coder

// Table cases of helper prec20 (precision review of the project's own notes):
// symptoms and signs a coded diagnosis already holds, one condition coded
// once.
func init() {
	cases = append(cases, []tc{
		{name: "prec20 psychosis of a mania with psychotic features",
			text:    "Assessment: bipolar I disorder, current episode manic, severe, with psychotic features. Grandiose delusions and psychosis on admission; olanzapine started.",
			setting: "inpatient", want: []string{"F31.2"}, not: []string{"F29", "F22"}},
		{name: "prec20 delusions of a schizoaffective disorder",
			text:    "Persecutory delusions and pressured speech. Impression: schizoaffective disorder, bipolar type, with psychosis.",
			setting: "inpatient", want: []string{"F25.0"}, not: []string{"F29", "F22"}},
		{name: "prec20 paranoia of a stimulant psychotic disorder",
			text:    "Daily methamphetamine use for years with paranoia and psychosis. Dx: amphetamine use disorder, severe, with amphetamine-induced psychotic disorder with delusions.",
			setting: "inpatient", not: []string{"F29", "F22"}},
		{name: "prec20 sickle cell disease with its crisis once",
			text:    "Known sickle cell disease on hydroxyurea. Now admitted for sickle cell disease with acute chest syndrome.",
			setting: "inpatient", want: []string{"D57.01"}, not: []string{"D57.1"}},
		{name: "prec20 malignant ascites once",
			text:    "Bedside ultrasound showed moderate ascites. Assessment: malignant ascites from ovarian carcinoma, paracentesis today.",
			setting: "inpatient", want: []string{"R18.0"}, not: []string{"R18.8"}},
		{name: "prec20 rejected graft keeps the stage it has now",
			text:    "Kidney transplant in 2018 for ESRD from IgA nephropathy, graft creatinine 1.6 (CKD stage 3a). Biopsy shows acute T-cell mediated rejection. Assessment: acute rejection of kidney transplant; hypertension.",
			setting: "inpatient", want: []string{"T86.11", "N18.31", "I12.9"}, not: []string{"N18.6", "I12.0"}},
		{name: "prec20 hypertensive end stage before the graft",
			text:    "Living-donor kidney transplant 2020 for ESRD from hypertensive nephrosclerosis. Now acute cellular rejection of the kidney transplant; CKD stage 3b in the transplanted kidney.",
			setting: "inpatient", want: []string{"T86.11", "N18.32", "I12.9"}, not: []string{"N18.6", "I12.0"}},
		{name: "prec20 reaction in brackets after a drug allergy",
			text: "Ear pain for two days. Allergies: cephalexin (rash). Exam: right TM bulging. Dx: acute otitis media, right ear.",
			want: []string{"Z88.1", "H66.91"}, not: []string{"R21"}},
		{name: "prec20 childhood hives of a penicillin allergy",
			text: "Cough and fever. Allergy: penicillin - hives when she was five. Lungs clear.",
			want: []string{"Z88.0"}, not: []string{"L50.9"}},
		{name: "prec20 food allergy described by its reaction",
			text: "Shellfish allergy (hives and lip swelling at age 12), carries epinephrine. Here for a sprained ankle check.",
			want: []string{"Z91.013"}, not: []string{"L50.9", "R60.9", "R22.0"}},
		{name: "prec20 anterior STEMI with its LAD culprit once",
			text:    "Dx: acute anterior STEMI, culprit proximal LAD occlusion, drug-eluting stent placed.",
			setting: "inpatient", want: []string{"I21.02"}, not: []string{"I21.09"}},
		{name: "prec20 inferior STEMI with its RCA culprit once",
			text:    "Brought in with an inferior STEMI. Cath: thrombotic occlusion of the mid right coronary artery. Final dx: inferior STEMI involving the RCA.",
			setting: "inpatient", want: []string{"I21.11"}, not: []string{"I21.19", "I24.0"}},
	}...)
}
