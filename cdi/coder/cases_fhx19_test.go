package coder

func init() {
	cases = append(cases, []tc{
		{name: "fhx19 weather storm is no thyroid storm",
			text: "Slipped on the wet porch steps during the storm last night. Left wrist pain since.",
			not:  []string{"E05.90", "E05.91"}},
		// (A family-history line's scope runs to its end: "Family
		// history: mother with diabetes. Hypertension and CAD." is all
		// family. fhx19's cut at the first sentence naming no relative
		// read the second sentence as the patient's and was not merged.)
		{name: "fhx19 family history line runs on over a sentence naming no relative",
			text: "Family history: Mother with diabetes. Hypertension and CAD.",
			want: []string{"Z83.3"}, not: []string{"I10", "I25.10"}},
	}...)
}
