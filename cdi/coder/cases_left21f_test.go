package coder

// Cases for left21f: a dementia's behaviour said in the note's own words reaches the
// manifestation paired with its etiology (the etiology kept, I.A.13), and the behaviour wordings
// and abbreviations the index does not spell.
func init() {
	cases = append(cases, []tc{
		{name: "left21f-ftd-hallucinations", text: "Assessment: Frontotemporal dementia with hallucinations.", want: []string{"G31.09", "F02.82"}, not: []string{"F03.92"}},
		{name: "left21f-ftd-depression", text: "Assessment: Frontotemporal dementia with depression, followed by neurology.", want: []string{"G31.09", "F02.83"}, not: []string{"F03.93", "F32.A"}},
		{name: "left21f-ftd-apathy", text: "Assessment: Frontotemporal dementia with apathy.", want: []string{"G31.09", "F02.83"}, not: []string{"F03.93"}},
		{name: "left21f-ad-behaviour-british", text: "Assessment: Alzheimer's dementia with behavioural disturbance.", want: []string{"G30.9", "F02.818"}, not: []string{"F02.80"}},
		{name: "left21f-dementia-behavior-disturbance", text: "Assessment: Dementia with behavior disturbance.", want: []string{"F03.918"}, not: []string{"F91.9", "F03.90"}},
		{name: "left21f-ftd-abbrev", text: "Assessment: FTD with agitation.", want: []string{"G31.09", "F02.811"}, not: []string{"R45.1"}},
		{name: "left21f-cteph", text: "Assessment: CTEPH, on riociguat.", want: []string{"I27.24"}},
		// Guards: the pairing without a behaviour stays F02.80, and a stated behaviour
		// subterm keeps its code.
		{name: "left21f-ftd-plain", text: "Assessment: Frontotemporal dementia.", want: []string{"G31.09", "F02.80"}},
		{name: "left21f-ad-anxiety", text: "Assessment: Alzheimer's dementia with anxiety.", want: []string{"G30.9", "F02.84"}},
	}...)
}
