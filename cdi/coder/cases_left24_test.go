package coder

// Table cases of helper left24: a cerebral infarction beside the thrombosis of
// a named artery is the infarct due to thrombosis of that artery (I63.0-,
// I63.3-), not the infarct beside the artery's occlusion code (I65-I66,
// whose Excludes1 sends an occlusion causing infarction to I63.0-I63.5); an
// occlusion named in other words is left as it is. A diffuse axonal injury is
// the brain's ("Injury, brain, diffuse (axonal)", S06.2X-) though the note
// leaves out "brain"; a loss of consciousness of no stated duration is 9.
// Intracranial atherosclerosis is the cerebral arteries' (I67.2).
func init() {
	cases = append(cases, []tc{
		{name: "left24 stroke with right MCA thrombosis",
			text: "Assessment: Acute ischemic stroke, right MCA thrombosis.",
			want: []string{"I63.311"}, not: []string{"I63.9", "I66.01", "I82.90", "I70.90"}},
		{name: "left24 stroke and CTA thrombus of the left carotid",
			text: "Acute ischemic stroke, left hemiparesis.\nCTA: thrombosis of the left carotid artery.",
			want: []string{"I63.032"}, not: []string{"I63.9", "I65.22"}},
		{name: "left24 stroke with basilar thrombosis",
			text: "Impression: acute ischemic stroke; basilar artery thrombosis.",
			want: []string{"I63.02"}, not: []string{"I63.9", "I65.1"}},
		{name: "left24 stroke with left PCA thrombosis",
			text: "Dx: acute ischemic stroke secondary to left PCA thrombosis.",
			want: []string{"I63.332"}, not: []string{"I63.9", "I66.22"}},
		{name: "left24 diffuse axonal injury with LOC sequela",
			text: "Cognitive deficits as a late effect of diffuse axonal injury with loss of consciousness, 2019 MVC.",
			want: []string{"S06.2X9S"}, not: []string{"S06.2XAS", "S06.2X9A"}},
		{name: "left24 diffuse axonal injury without LOC",
			text: "Assessment: diffuse axonal injury, no loss of consciousness.",
			want: []string{"S06.2X0A"}},
		{name: "left24 PCA is analgesia beside no vascular word",
			text: "Post-op pain controlled with PCA morphine.",
			not:  []string{"I66.22", "I66.29", "I63.339"}},
		{name: "left24 stroke with M1 segment thrombosis",
			text: "Acute ischemic stroke, right M1 thrombosis.",
			want: []string{"I63.311"}, not: []string{"I63.9", "I82.90"}},
		{name: "left24 intracranial atherosclerosis is cerebral",
			text: "Assessment: intracranial atherosclerosis.",
			want: []string{"I67.2"}, not: []string{"I70.90"}},
		{name: "left24 M1 metastasis stage is no artery",
			text: "Lung adenocarcinoma, stage M1 disease.",
			not:  []string{"I66.09", "I66.01", "I66.02"}},
		{name: "left24 territory infarct absorbs the same artery's occlusion",
			text: "MRI: acute infarct in the left MCA territory. CTA: occlusion of the left M2 branch.",
			want: []string{"I63.512"}, not: []string{"I66.02"}},
	}...)
}
