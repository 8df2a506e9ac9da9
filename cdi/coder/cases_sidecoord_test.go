package coder

// A side written before the first site of a coordinated site list
// qualifies every site of the list after it, up to another side written in
// it (markSiteLists); a swelling of a named joint is its effusion (Swelling,
// joint - see Effusion, joint: data/site_kids.tsv).
func init() {
	cases = append(cases, []tc{
		// The side carries to the next sites of its list.
		{name: "sidecoord-right-knee-hip-oa", text: "Right knee and hip osteoarthritis.",
			want: []string{"M17.11", "M16.11"}, not: []string{"M16.9"}},
		{name: "sidecoord-left-wrist-hand-pain", text: "Left wrist and hand pain.",
			want: []string{"M25.532", "M79.642"}, not: []string{"M79.643"}},
		{name: "sidecoord-bilat-knee-hip-oa", text: "Bilateral knee and hip osteoarthritis.",
			want: []string{"M17.0", "M16.0"}, not: []string{"M16.9"}},
		{name: "sidecoord-three-sites", text: "Right wrist, hand and elbow pain.",
			want: []string{"M25.531", "M79.641", "M25.521"}, not: []string{"M79.643", "M25.529"}},
		{name: "sidecoord-right-knee-ankle-sprain", text: "Right knee and ankle sprain.",
			want: []string{"S83.91XA", "S93.401A"}, not: []string{"S93.409A"}},
		{name: "sidecoord-right-hand-wrist-laceration", text: "Right hand and wrist laceration.",
			want: []string{"S61.411A", "S61.511A"}, not: []string{"S61.519A"}},
		{name: "sidecoord-left-eye-ear-pain", text: "Left eye and ear pain.",
			want: []string{"H57.12", "H92.02"}, not: []string{"H92.09"}},
		// Another side qualifies the sites after it.
		{name: "sidecoord-right-knee-left-hip-oa", text: "Right knee and left hip osteoarthritis.",
			want: []string{"M17.11", "M16.12"}, not: []string{"M17.9", "M16.9"}},
		{name: "sidecoord-left-wrist-right-hand-pain", text: "Left wrist and right hand pain.",
			want: []string{"M25.532", "M79.641"}, not: []string{"M25.531"}},
		// Written after the condition, each site of the list is read
		// with it, whatever its category.
		{name: "sidecoord-oa-of-right-knee-and-hip", text: "Osteoarthritis of the right knee and hip.",
			want: []string{"M17.11", "M16.11"}},
		{name: "sidecoord-oa-of-right-knee-left-hip", text: "Osteoarthritis of the right knee and left hip.",
			want: []string{"M17.11", "M16.12"}},
		{name: "sidecoord-pain-of-left-wrist-and-hand", text: "Pain in the left wrist and hand.",
			want: []string{"M25.532", "M79.642"}},
		// A site before the side has none.
		{name: "sidecoord-knee-right-hip-oa", text: "Knee and right hip osteoarthritis.",
			want: []string{"M17.9", "M16.11"}, not: []string{"M17.11"}},
		// No list: a site restated after a comma, a condition of the
		// side's own clause.
		{name: "sidecoord-lisfranc-left-foot", text: "Lisfranc fracture, left foot.",
			want: []string{"S92.902A"}},
		{name: "sidecoord-knee-pain-left-hip-pain", text: "Right knee pain and left hip pain.",
			want: []string{"M25.561", "M25.552"}},
		{name: "sidecoord-pain-right-knee-and-hip", text: "Pain in the right knee and hip.",
			want: []string{"M25.561", "M25.551"}},
		// A swelling of a named joint is its effusion (M25.4-), with its
		// side, also as a bare sign joined to the sided site's condition
		// (a disease is its own item); the leg, foot and hand keep the
		// index's own codes, and edema of the legs stays R60.0.
		{name: "sidecoord-left-knee-pain-swelling", text: "Left knee pain and swelling.",
			want: []string{"M25.562", "M25.462"}, not: []string{"R60.9"}},
		{name: "sidecoord-knee-pain-and-gout", text: "Left knee pain and gout.",
			want: []string{"M25.562", "M10.9"}, not: []string{"M10.062"}},
		{name: "sidecoord-knee-swelling", text: "Knee swelling.",
			want: []string{"M25.469"}, not: []string{"R60.9"}},
		{name: "sidecoord-right-elbow-swelling", text: "Swelling of the right elbow.",
			want: []string{"M25.421"}, not: []string{"R60.9"}},
		{name: "sidecoord-bilat-knee-swelling", text: "Bilateral knee swelling.",
			want: []string{"M25.461", "M25.462"}},
		{name: "sidecoord-leg-swelling", text: "Bilateral leg swelling.",
			want: []string{"M79.89"}, not: []string{"M25.469"}},
		{name: "sidecoord-hand-swelling", text: "Swelling of the right hand.",
			want: []string{"M79.89"}},
		{name: "sidecoord-leg-edema", text: "Edema of the legs.",
			want: []string{"R60.0"}},
		{name: "sidecoord-ankle-swelling", text: "Left ankle swelling.",
			want: []string{"M25.472"}},
		// The unspecified cataracts have no side (H26.9, H25.9); the
		// age-related nuclear one does.
		{name: "sidecoord-cataracts-ou", text: "Cataracts OU.",
			want: []string{"H26.9"}},
		{name: "sidecoord-bilat-nuclear-cataracts", text: "Bilateral age-related nuclear cataracts.",
			want: []string{"H25.13"}},
		{name: "sidecoord-bilat-age-related-cataract", text: "Age-related cataract OU.",
			want: []string{"H25.9"}},
	}...)
}
