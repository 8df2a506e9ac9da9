package coder

// Table cases of helper left23g: a tonic-clonic seizure is the index's
// "Seizure(s)" (R56.9) unless the note names an epilepsy or seizure disorder.
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
	}...)
}
