package coder

// Skin infection and muscle spasm sites (left20e): the forearm and elbow are
// the upper limb's, the calf and shin the lower limb's, for a skin abscess or
// a cellulitis (data/site_kids.tsv), and the tabular child is chosen by the
// limb the index entry names (walker.saidWord: "Abscess, arm - see Abscess,
// upper limb" is L02.41-'s upper limb child, not the axilla's); a cellulitis
// joined by "and" to a sided abscess shares its site (data/shared_site.txt);
// a calf strain is the lower leg muscles' (S86.91-); a lumbar or paraspinal muscle spasm is the back's (M62.830); a cervical disc
// herniation reached through see references reads its level and its "with"
// myelopathy or radiculopathy (data/redirect.tsv, walker.best).
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
		{name: "left20e cervical herniation level", text: "MRI: C5-C6 disc herniation, no cord signal change.", want: []string{"M50.222"}, not: []string{"M50.20"}},
		{name: "left20e herniated disc c6-7", text: "Known herniated disc at C6-7, managed with PT.", want: []string{"M50.223"}, not: []string{"M50.20"}},
		{name: "left20e herniated disc level radiculopathy", text: "Herniated disc at C6-7 with radiculopathy into the right hand.", want: []string{"M50.123"}, not: []string{"M50.10", "M50.223"}},
		{name: "left20e herniated disc level myelopathy", text: "Herniated disc at C4-5 with myelopathy, spine surgery consulted.", setting: "inpatient", want: []string{"M50.021"}, not: []string{"M50.00", "M50.221", "G95.9"}},
		{name: "left20e herniation level sided root radiculopathy", text: "Assessment: cervical disc herniation C4-C5 with left C5 radiculopathy, no myelopathy.", want: []string{"M50.121"}, not: []string{"M50.10", "M50.221", "M54.12"}},
		{name: "left20e calf strain", text: "Pulled his left calf playing tennis: left calf strain, RICE advised.", want: []string{"S86.912A"}},
	}...)
}
