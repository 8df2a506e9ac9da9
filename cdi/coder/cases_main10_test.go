package coder

// What a diagnosis rests on is no qualifier of it (tenth session): "based
// on" opens a clause of its own (data/contrast.txt), matched as a phrase so
// a hyphenated site ("tongue-based") still qualifies its head.
func init() {
	cases = append(cases, []tc{
		{name: "main10-based-on-nodes", text: "Ovarian cancer. It appears to be stage IIIA disease based on the lymph node involvement.", want: []string{"C56.9"}, not: []string{"I89.9"}},
		{name: "main10-based-on-exam", text: "Based on her exam and x-ray, she has a sprain of the right ankle.", want: []string{"S93.401A"}},
		{name: "main10-lymph-node-disease-stays", text: "Lymph node disease.", want: []string{"I89.9"}},
	}...)
}

// An infection named by its agent is the infectious condition (tenth
// session): an entry's see-also into chapter 1 refines it ("Gastroenteritis -
// see also Enteritis": Enteritis, norovirus A08.11), where other chapters'
// see-also readings stay another condition.
func init() {
	cases = append(cases, []tc{
		{name: "main10-norovirus-gastroenteritis", text: "Norovirus gastroenteritis.", want: []string{"A08.11"}, not: []string{"K52.9"}},
		{name: "main10-bacterial-gastroenteritis", text: "Bacterial gastroenteritis.", want: []string{"A04.9"}, not: []string{"K52.9"}},
		{name: "main10-gastroenteritis-stays", text: "Gastroenteritis.", want: []string{"K52.9"}},
	}...)
}
