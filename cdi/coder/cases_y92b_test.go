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

// (y92b) Workplaces and public places the index names: the warehouse and
// the hotel (Y92.59), the parking lot (Place of occurrence, street and
// highway, parking lot Y92.481) and the construction site (industrial and
// construction area Y92.69), the last two only with their second word.
func init() {
	cases = append(cases, []tc{
		{name: "y92b fall at the warehouse",
			text: "32M fell from a forklift at the warehouse where he works. Dx: contusion of left hip.",
			want: []string{"Y92.59"}},
		{name: "y92b parking lot of the store is the parking lot",
			text: "He slipped on ice in the parking lot of the grocery store. Dx: sprain of right ankle.",
			want: []string{"W00.0XXA", "Y92.481"}, not: []string{"Y92.512"}},
		{name: "y92b fall at a construction site",
			text: "He fell from scaffolding at a construction site. Dx: closed fracture of right wrist.",
			want: []string{"W12.XXXA", "Y92.69"}},
		{name: "y92b a construction worker names no place",
			text: "Construction worker fell from scaffolding. Dx: closed fracture of right wrist.",
			want: []string{"W12.XXXA"}, not: []string{"Y92.69", "Y92.61"}},
		{name: "y92b hotel lobby",
			text: "She tripped over a rug in the hotel lobby. Dx: sprain of right ankle.",
			want: []string{"Y92.59"}},
	}...)
}

// (y92b) A private house is Place of occurrence, residence, house, single
// family (Y92.01-); the abandoned house and the one under construction keep
// their own entries.
func init() {
	cases = append(cases, []tc{
		{name: "y92b fall at his house",
			text: "45M fell down the stairs at his house. Dx: contusion of left hip.",
			want: []string{"Y92.019"}, not: []string{"Y92.009"}},
		{name: "y92b kitchen of her house",
			text: "She slipped on the wet floor in the kitchen of her house. Dx: contusion of left hip.",
			want: []string{"Y92.010"}, not: []string{"Y92.000"}},
		{name: "y92b driveway of his house",
			text: "He fell from a ladder in the driveway of his house. Dx: contusion of left hip.",
			want: []string{"W11.XXXA", "Y92.014"}},
		{name: "y92b abandoned house",
			text: "He fell from a ladder while working on an abandoned house. Dx: contusion of left hip.",
			want: []string{"Y92.89"}, not: []string{"Y92.019"}},
	}...)
}
