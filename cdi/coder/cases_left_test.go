package coder

// Left cases (left): the artery and side of a cerebral infarction, causes
// and organisms linked by "due to", and sites of pathological fractures.
func init() {
	cases = append(cases, []tc{
		// A stroke of a named artery with no cause is "due to unspecified
		// occlusion or stenosis" of that artery (I63.5-), not thrombosis.
		{name: "left-mca-stroke", text: "Left MCA stroke.", want: []string{"I63.512"}, not: []string{"I63.9", "I63.312"}},
		{name: "left-pca-stroke", text: "Ischemic stroke in the right posterior cerebral artery territory.", want: []string{"I63.531"}},
		{name: "left-stroke-no-artery", text: "Left stroke.", want: []string{"I63.9"}},
		// The adjective of the cause chooses it.
		{name: "left-mca-embolic-stroke", text: "Left MCA embolic stroke.", want: []string{"I63.412"}},
		{name: "left-mca-thrombotic-stroke", text: "Left MCA thrombotic stroke.", want: []string{"I63.312"}},
		// "Infarct, cerebral - see also Occlusion, artery cerebral or
		// precerebral, with infarction": the artery the note names.
		{name: "left-mca-infarction", text: "Acute left middle cerebral artery infarction.", want: []string{"I63.512"}, not: []string{"I63.9"}},
		{name: "left-mca-territory-infarct", text: "Right MCA territory infarct.", want: []string{"I63.511"}, not: []string{"I70.90"}},
		// With no artery the entry's own code stays.
		{name: "left-cerebral-infarction-acute", text: "Acute cerebral infarction.", want: []string{"I63.9"}, not: []string{"I63.50"}},
		{name: "left-brain-infarction", text: "Infarction of the brain.", want: []string{"I63.9"}, not: []string{"I63.50"}},
	}...)
}
