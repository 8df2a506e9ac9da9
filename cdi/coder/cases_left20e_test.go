package coder

// Skin infection and muscle spasm sites (left20e): the forearm and elbow are
// the upper limb's, the calf and shin the lower limb's, for a skin abscess or
// a cellulitis (data/site_kids.tsv), and the tabular child is chosen by the
// limb the index entry names (walker.saidWord: "Abscess, arm - see Abscess,
// upper limb" is L02.41-'s upper limb child, not the axilla's); a cellulitis
// joined by "and" to a sided abscess shares its site (data/shared_site.txt);
// a lumbar or paraspinal muscle spasm is the back's (M62.830).
func init() {
	cases = append(cases, []tc{
		{name: "left20e abscess arm not axilla", text: "Abscess on the left arm, I&D performed today.", want: []string{"L02.414"}, not: []string{"L02.412"}},
		{name: "left20e abscess wrist", text: "Small abscess over the right wrist, drained.", want: []string{"L02.413"}, not: []string{"L02.411"}},
		{name: "left20e forearm abscess", text: "Assessment: right forearm abscess, incised and packed.", want: []string{"L02.413"}, not: []string{"L02.91", "M65.031"}},
		{name: "left20e elbow cellulitis", text: "Cellulitis of the left elbow, start cephalexin.", want: []string{"L03.114"}, not: []string{"L03.90", "L03.112"}},
		{name: "left20e calf cellulitis", text: "Exam shows right calf cellulitis without fluctuance.", want: []string{"L03.115"}, not: []string{"L03.90", "L03.111"}},
		{name: "left20e abscess and cellulitis share site", text: "Left thigh abscess and cellulitis, bedside drainage done.", want: []string{"L02.416", "L03.116"}, not: []string{"L03.90"}},
		{name: "left20e cellulitis and abscess forearm", text: "Right forearm cellulitis and abscess; started on doxycycline.", want: []string{"L03.113", "L02.413"}, not: []string{"L02.91", "L03.90"}},
		{name: "left20e lumbar muscle spasm", text: "Lumbar muscle spasm after lifting boxes; heat and stretching.", want: []string{"M62.830"}, not: []string{"M62.838"}},
		{name: "left20e paraspinal spasm", text: "Paraspinal muscle spasm noted on palpation.", want: []string{"M62.830"}, not: []string{"M62.838"}},
	}...)
}
