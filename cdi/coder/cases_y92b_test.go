package coder

// Table cases of helper y92b (place of occurrence, continued). A nursing
// home is the index's "Place of occurrence, nursing home - see residence,
// institutional, nursing home" (Y92.12-), read only when the note says the
// whole name and the injury happened there (I.C.20.b), not where the
// patient lives or goes afterwards.
func init() {
	cases = append(cases, []tc{
		{name: "y92b fall in the bathroom at the nursing home",
			text: "87F fell in the bathroom at her nursing home. Dx: closed fracture of left hip.",
			want: []string{"Y92.121"}, not: []string{"Y92.002", "Y92.009"}},
		{name: "y92b slip at the nursing home",
			text: "87F slipped and fell at the nursing home. Dx: contusion of left hip.",
			want: []string{"W01.0XXA", "Y92.129"}},
		{name: "y92b a nursing student is in no nursing home",
			text: "Nursing student cut her finger with a knife. Dx: laceration of right index finger.",
			want: []string{"W26.0XXA"}, not: []string{"Y92.129"}},
		{name: "y92b discharged to a nursing home is no place of occurrence",
			text: "She was discharged to a nursing home after she fell from a ladder. Dx: contusion of left hip.",
			want: []string{"W11.XXXA"}, not: []string{"Y92.129"}},
		{name: "y92b discharged home is no place of occurrence",
			text: "She was discharged home after she fell from a ladder. Dx: contusion of left hip.",
			want: []string{"W11.XXXA"}, not: []string{"Y92.009"}},
	}...)
}
