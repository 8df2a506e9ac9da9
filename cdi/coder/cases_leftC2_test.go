package coder

func init() {
	cases = append(cases, []tc{
		// What an allergic rhinitis is due to is filed under Allergy,
		// allergic (dander, hair: J30.81; tree pollen: J30.1), which
		// "Rhinitis, allergic, due to" does not list.
		{name: "leftC2 rhinitis pet dander", text: "Assessment: allergic rhinitis due to dog dander, worse when visiting her sister.", want: []string{"J30.81"}, not: []string{"J30.9"}},
		{name: "leftC2 rhinitis seasonal tree pollen", text: "Seasonal allergic rhinitis due to tree pollen every spring.", want: []string{"J30.1"}, not: []string{"J30.2"}},
		// "Painful arc" is a shoulder examination sign, not ARC (B20).
		{name: "leftC2 painful arc not ARC", text: "Left shoulder exam: painful arc between 70 and 120 degrees of abduction.", not: []string{"B20"}},
		// A weight-loss goal with its amount is an aim, not R63.4.
		{name: "leftC2 goal percent weight loss", text: "Obesity. Plan: goal 5% weight loss over the next six months.", not: []string{"R63.4"}},
		// A past tubular adenoma of the colon is a history of adenomatous
		// colon polyps (Z86.0101), not of another benign neoplasm.
		{name: "leftC2 hx tubular adenoma colon", text: "Past history: tubular adenoma of the colon removed at colonoscopy three years ago.", want: []string{"Z86.0101"}, not: []string{"Z86.018"}},
	}...)
}
