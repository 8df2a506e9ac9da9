package coder

// Table cases of helper leftZb: NIH stroke scale scores coded with the
// acute infarction (I.C.18.i, the first score only), a route abbreviation
// ("IV") between a cause word and its drug, a bleeding diverticulosis read
// once with its bleeding (the same condition's "without bleeding" sibling
// and its rectal bleeding go), and a cardioembolic stroke of a named artery
// as the infarct due to embolism of that artery (I63.4-).
func init() {
	cases = append(cases, []tc{
		{name: "leftZb nihss first score with the stroke", setting: "inpatient",
			text: "Acute ischemic stroke of the right MCA territory. NIHSS 7 on arrival, 3 at discharge.",
			want: []string{"I63.511", "R29.707"}, not: []string{"R29.703"}},
		{name: "leftZb nih stroke scale score written out", setting: "inpatient",
			text: "NIH stroke scale score 14 at presentation; acute cerebral infarction of the left MCA.",
			want: []string{"I63.512", "R29.714"}},
		{name: "leftZb IV abbreviation before the drug", setting: "inpatient",
			text: "Hypokalemia caused by IV furosemide, potassium replaced.",
			want: []string{"E87.6", "T50.1X5A"}},
		{name: "leftZb IV abbreviation after due to",
			text: "Orthostatic hypotension due to IV metoprolol; held.",
			want: []string{"I95.1", "T44.7X5A"}},
		{name: "leftZb diverticulosis read once with its bleeding", setting: "inpatient",
			text: "Scope: numerous diverticula in the descending colon. Assessment: lower GI hemorrhage from diverticulosis of the large intestine, clip placed.",
			want: []string{"K57.31"}, not: []string{"K57.30"}},
		{name: "leftZb rectal bleeding of a diverticular bleed", setting: "inpatient",
			text: "Passed bright red blood per rectum twice. Impression: bleeding diverticulosis of the large intestine.",
			want: []string{"K57.31"}, not: []string{"K62.5"}},
		{name: "leftZb cardioembolic stroke placed in an artery", setting: "inpatient",
			text: "Final diagnosis: acute ischemic stroke of the right MCA, cardioembolic from atrial fibrillation.",
			want: []string{"I63.411"}, not: []string{"I63.511", "I74.9"}},
		{name: "leftZb cardioembolic stroke, artery in the imaging", setting: "inpatient",
			text: "MRI: acute infarct in the left MCA territory. Assessment: ischemic stroke, cardioembolic.",
			want: []string{"I63.412"}, not: []string{"I63.512", "I63.40"}},
	}...)
}
