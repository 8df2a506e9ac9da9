package coder

// Coordinated sides and site lists: two sides joined by "and" before a
// site name both sides of it (markBothSides); a site list after the
// condition codes each site, with or without a side (coordinatedSite).
func init() {
	cases = append(cases, []tc{
		{name: "coordlists-right-and-left-knee-pain", text: "Right and left knee pain.",
			want: []string{"M25.561", "M25.562"}, not: []string{"M25.569"}},
		{name: "coordlists-right-and-left-knee-oa", text: "Right and left knee osteoarthritis.",
			want: []string{"M17.0"}, not: []string{"M17.9", "M17.12"}},
		{name: "coordlists-left-and-right-hip-oa", text: "Left and right hip osteoarthritis.",
			want: []string{"M16.0"}, not: []string{"M16.9", "M16.11"}},
		// After the condition too.
		{name: "coordlists-pain-right-and-left-shoulder", text: "Pain in the right and left shoulder.",
			want: []string{"M25.511", "M25.512"}, not: []string{"R52"}},
		{name: "coordlists-oa-right-and-left-knee", text: "Osteoarthritis of the right and left knee and hypertension.",
			want: []string{"M17.0", "I10"}, not: []string{"M19.90"}},
		{name: "coordlists-pain-right-left-knee-and-hip", text: "Pain in the right and left knee and hip.",
			want: []string{"M25.561", "M25.562", "M25.551", "M25.552"}},
		// "Right or left" names no two sides.
		{name: "coordlists-right-or-left-knee-pain", text: "Right or left knee pain.",
			not: []string{"M25.561"}},
		// The same side twice is one side.
		{name: "coordlists-left-knee-and-left-hip", text: "Left knee and left hip pain.",
			want: []string{"M25.562", "M25.552"}, not: []string{"M25.561", "M25.551"}},
		// A site list after the condition codes each site, with or
		// without a side.
		{name: "coordlists-oa-of-knee-and-hip", text: "Osteoarthritis of the knee and hip.",
			want: []string{"M17.9", "M16.9"}},
		{name: "coordlists-fracture-femur-and-tibia", text: "Fracture of the femur and tibia.", setting: "inpatient",
			want: []string{"S72.90XA", "S82.209A"}},
		{name: "coordlists-pain-right-shoulder-elbow-wrist", text: "Pain in the right shoulder, elbow and wrist.",
			want: []string{"M25.511", "M25.521", "M25.531"}, not: []string{"M25.529", "M25.539"}},
		{name: "coordlists-pain-shoulder-elbow-wrist", text: "Pain in the shoulder, elbow and wrist.",
			want: []string{"M25.519", "M25.529", "M25.539"}},
		{name: "coordlists-oa-left-knee-hip-ankle", text: "Osteoarthritis of the left knee, hip and ankle.",
			want: []string{"M17.12", "M16.12", "M19.072"}, not: []string{"M16.9"}},
		// A comma before the closing "and" changes nothing.
		{name: "coordlists-oxford-comma-after", text: "Pain in the right shoulder, elbow, and wrist.",
			want: []string{"M25.511", "M25.521", "M25.531"}, not: []string{"M25.529", "M25.539"}},
		{name: "coordlists-oxford-comma-before", text: "Right wrist, hand, and elbow pain.",
			want: []string{"M25.531", "M79.641", "M25.521"}, not: []string{"M79.643", "M25.529"}},
		{name: "coordlists-murmur-and-hf", text: "A systolic and diastolic murmur, and signs of heart failure.", setting: "inpatient",
			want: []string{"I50.9"}, not: []string{"I50.30"}},
		// A comma list of conditions is no site list.
		{name: "coordlists-knee-pain-fever-cough", text: "Pain in the right knee, fever and cough.",
			want: []string{"M25.561", "R50.9", "R05.9"}},
		{name: "coordlists-pain-feet-and-ankles", text: "Pain in the feet and ankles.",
			want: []string{"M79.671", "M79.672", "M25.571", "M25.572"}, not: []string{"M25.579"}},
		// A title with a side for each of its sites has its pair
		// ("Pain in right ankle and joints of right foot").
		{name: "coordlists-bilat-ankle-pain", text: "Bilateral ankle pain.",
			want: []string{"M25.571", "M25.572"}, not: []string{"M25.579"}},
		// A condition after "and" is its own.
		{name: "coordlists-oa-knee-and-htn", text: "Osteoarthritis of the knee and hypertension.",
			want: []string{"M17.9", "I10"}, not: []string{"M16.9"}},
	}...)
}
