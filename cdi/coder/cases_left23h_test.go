package coder

func init() {
	cases = append(cases, []tc{
		// Guideline I.C.19.d.6: the extent (T31) is read from a total written
		// after "TBSA" as well as before it, and at a sentence's end.
		{name: "left23h burn extent total after tbsa", setting: "inpatient",
			text: "Partial thickness burn of the right forearm from hot cooking oil. TBSA ~4%.",
			want: []string{"T22.211A", "T31.0"}},
		{name: "left23h burn extent tbsa of percent at sentence end", setting: "inpatient",
			text: "Second degree burn of the left thigh from scalding water, TBSA of 15%.",
			want: []string{"T24.212A", "T31.10"}, not: []string{"T31.11"}},
		// After "TBSA 25%," the full-thickness word opens the next item: 10%
		// is the third-degree share (T31.21), not 25%.
		{name: "left23h burn extent tbsa first then full thickness share", setting: "inpatient",
			text: "Burn of the back, third degree. Estimated TBSA 25%, full thickness 10%.",
			want: []string{"T31.21"}, not: []string{"T31.22", "T31.20"}},
	}...)
}
