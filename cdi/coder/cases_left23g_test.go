package coder

// Table cases of helper left23g: a tonic-clonic seizure is the index's
// "Seizure(s)" (R56.9) unless the note names an epilepsy or seizure disorder;
// a fever in instructions for one to come, a steroid the disease was
// refractory to; the bleeding of a coded epistaxis.
func init() {
	cases = append(cases, []tc{
		{name: "left23g first tonic-clonic seizure is R56.9",
			text:    "Assessment: first generalized tonic-clonic seizure, witnessed at home, postictal for 20 minutes. MRI brain and EEG ordered.",
			setting: "inpatient", want: []string{"R56.9"}, not: []string{"G40.409", "G40.909"}},
		{name: "left23g tonic-clonic seizure from brain metastasis",
			text:    "Witnessed tonic-clonic seizure at work. MRI: brain metastasis with vasogenic edema. Levetiracetam started.",
			setting: "inpatient", want: []string{"R56.9", "C79.31"}, not: []string{"G40.409"}},
		{name: "left23g tonic-clonic seizure in known epilepsy",
			text:    "Known epilepsy with a generalized tonic-clonic seizure today after missed doses.",
			setting: "inpatient", want: []string{"G40.409"}, not: []string{"R56.9"}},
		{name: "left23g tonic-clonic seizure in a seizure disorder",
			text: "Seizure disorder, generalized tonic-clonic seizures, on lamotrigine.",
			want: []string{"G40.409"}, not: []string{"R56.9"}},
		{name: "left23g grand mal seizure keeps the index entry",
			text:    "Grand mal seizure at home, brought by EMS.",
			setting: "inpatient", want: []string{"G40.409"}, not: []string{"R56.9"}},
		{name: "left23g epilepsy named apart from the seizure",
			text:    "Epilepsy since childhood on levetiracetam. Last week while traveling she missed three days of doses and on the third day had a generalized tonic-clonic seizure.",
			setting: "inpatient", want: []string{"G40.909"}, not: []string{"R56.9"}},

		{name: "left23g fever plan is no fever",
			text: "Asplenia after splenectomy - reviewed fever plan: seek care for a temperature over 38.3; standby antibiotic prescribed.",
			not:  []string{"R50.9"}},
		{name: "left23g fever action card is no fever",
			text: "Immune thrombocytopenia, stable. Carries a fever action card.",
			want: []string{"D69.3"}, not: []string{"R50.9"}},
		{name: "left23g symptoms to report are hypothetical",
			text: "Follicular lymphoma, observation. Educated on symptoms to report: fevers, night sweats, weight loss.",
			not:  []string{"R50.9", "R63.4", "R61"}},
		{name: "left23g a fever the patient has stays",
			text:    "Fever 38.9 since yesterday, no source found; blood cultures drawn.",
			setting: "inpatient", want: []string{"R50.9"}},
		{name: "left23g refractory to steroids is no current steroid",
			text: "Chronic immune thrombocytopenia, refractory to steroids and IVIG, on eltrombopag.",
			want: []string{"D69.3"}, not: []string{"Z79.52"}},
		{name: "left23g relapse on maintenance prednisone stays long-term",
			text: "Nephrotic syndrome relapse while on maintenance prednisone 5 mg daily.",
			want: []string{"Z79.52"}},
		{name: "left23g chronic prednisone stays long-term",
			text: "Rheumatoid arthritis on chronic prednisone 5 mg daily.",
			want: []string{"Z79.52"}},
		{name: "left23g the bleeding of an epistaxis is no R58",
			text:    "Admitted with epistaxis that would not stop at home. Bleeding stopped after anterior packing by ENT.",
			setting: "inpatient", want: []string{"R04.0"}, not: []string{"R58"}},
		{name: "left23g a bleeding with no coded hemorrhage stays R58",
			text:    "Bleeding of unclear source, Hgb stable; monitor.",
			setting: "inpatient", want: []string{"R58"}},
	}...)
}
