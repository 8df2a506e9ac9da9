package coder

// Table cases of helper y92 (place of occurrence). The place (Y92) is read
// from the External Cause Index's "Place of occurrence" entry for a place
// word of the sentence that names the cause, once per note, at the initial
// encounter only, beside the cause (I.C.20.b); an unstated place takes no
// Y92.9.
func init() {
	cases = append(cases, []tc{
		{name: "y92 fall from a ladder at home",
			text: "45M fell from a ladder at home, hit his head. Dx: contusion of scalp.",
			want: []string{"W11.XXXA", "Y92.009"}},
		{name: "y92 kitchen at home reads the residence's kitchen",
			text: "She cut her left palm with a kitchen knife while slicing vegetables in her kitchen at home. Dx: laceration of left palm.",
			want: []string{"W26.0XXA", "Y92.000"}, not: []string{"Y92.009"}},
		{name: "y92 sidewalk beside a slip on ice",
			text: "60F slipped on ice on the sidewalk outside his house. Dx: sprain of right ankle.",
			want: []string{"W00.0XXA", "Y92.480"}, not: []string{"Y92.009", "Y92.019"}},
		{name: "y92 dog bite at a public park",
			text: "9 yo girl bitten on the right forearm by a neighbor's dog at a public park. Dx: dog bite of right forearm.",
			want: []string{"W54.0XXA", "Y92.830"}},
		{name: "y92 no place at a subsequent encounter",
			text: "Follow up of a right ankle sprain after she slipped on ice on the sidewalk 2 weeks ago. Dx: sprain of right ankle, subsequent encounter.",
			not:  []string{"Y92.480"}},
		{name: "y92 no place without the sentence's cause",
			text: "Fell from a ladder yesterday. Dx: contusion of left hip. Discharged home with a walker.",
			want: []string{"W11.XXXA"}, not: []string{"Y92.009", "Y92.9"}},
		{name: "y92 no place of an unstated place",
			text: "Fell from a ladder. Dx: contusion of left hip.",
			not:  []string{"Y92.9"}},
		{name: "y92 no place without an injury",
			text: "Chest pain while shoveling snow on the sidewalk. Dx: stable angina.",
			not:  []string{"Y92.480"}},
		{name: "y92 home safety in a plan is no place",
			text: "Fall from ladder - home safety counseling. Dx: contusion of left hip.",
			not:  []string{"Y92.009"}},
		{name: "y92 nursing home resident is no private home",
			text: "87F nursing home resident fell out of bed overnight. Dx: closed fracture of left hip.",
			want: []string{"W06.XXXA"}, not: []string{"Y92.009"}},
		{name: "y92 the word place heads no walk",
			text: "The burns from the flames took place in a hospital laboratory fire. Dx: first degree burn of right hand.",
			not:  []string{"Y92.239", "Y92.9"}},
		{name: "y92 one place per note",
			text: "HPI: fell at home this morning. Later slipped on ice on the sidewalk. Dx: contusion of left hip.",
			want: []string{"Y92.009"}, not: []string{"Y92.480"}},
	}...)
}

// (lead) The way home is no place of occurrence.
func init() {
	cases = append(cases, []tc{
		{name: "lead24 fell on the way home is no home",
			text: "Right ankle sprain after he fell off the curb on his way home.",
			want: []string{"W10.1XXA"}, not: []string{"Y92.009", "Y92.000"}},
	}...)
}
