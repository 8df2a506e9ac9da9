package coder

func init() {
	cases = append(cases, []tc{
		// A denial covers the coordinated "smoking or living with"; "anyone who smokes" is someone else.
		{name: "left11b-denies-smoking-or-living-with", text: "He denies smoking or living with anyone who smokes.",
			not: []string{"F17.200", "F17.210", "Z87.891"}},
		{name: "left11b-someone-who-smokes", text: "She lives with someone who smokes.",
			not: []string{"F17.200"}},
		// A place that allows smoking says nothing of the patient's habit.
		{name: "left11b-bar-allows-smoking", text: "Social history: she does not smoke. She works at a bar that allows smoking inside.",
			not: []string{"F17.200", "F17.210"}},
		// "His smoking history" is a history, as "history of smoking" is, also after "because of".
		{name: "left11b-smoking-history-because", text: "The nodule should be removed because of his smoking history.",
			want: []string{"Z87.891"}, not: []string{"F17.200"}},
		{name: "left11b-smoking-history-heading", text: "Smoking history: 1 pack per day.",
			want: []string{"F17.210"}, not: []string{"Z87.891"}},
		// A cataract operated on is gone: Status, cataract extraction (Z98.4-).
		{name: "left11b-sp-cataract-surgery", text: "Status post cataract surgery. He is doing well.",
			want: []string{"Z98.49"}, not: []string{"H26.9"}},
		{name: "left11b-cataract-surgery-ago-left", text: "He had cataract surgery of the left eye 4 months ago.",
			want: []string{"Z98.42"}, not: []string{"H26.9"}},
		{name: "left11b-cataract-surgery-scheduled", text: "He is scheduled for cataract surgery next month.",
			want: []string{"H26.9"}, not: []string{"Z98.49"}},
		{name: "left11b-cataract-surgery-recently", text: "She recently underwent cataract surgery and received new glasses.",
			want: []string{"Z98.49"}, not: []string{"H26.9"}},
		// An impaired gait is the index's Gait abnormality (R26.9).
		{name: "left11b-gait-impairment", text: "Past history: gait impairment.",
			want: []string{"R26.9"}},
		{name: "left11b-impaired-gait", text: "He has an impaired gait since the stroke.",
			want: []string{"R26.9"}},
	}...)
}
