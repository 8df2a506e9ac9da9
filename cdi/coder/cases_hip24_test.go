package coder

// Table cases of helper hip24 (hip fracture and joint replacement): a
// hemiarthroplasty done before this encounter is the presence of the joint's
// implant (a partial prosthesis is the joint's implant, Z96.6-), and an
// injury a joint replacement treated stays the current injury with its
// subsequent encounter's 7th character in a recovery-phase encounter (no
// aftercare Z code for an injury, I.C.21.c.7), not a history of fracture.
func init() {
	cases = append(cases, []tc{
		{name: "hip24 past hip hemiarthroplasty is the implant",
			text: "PMH: s/p right hip hemiarthroplasty 6 years ago. Hypertension.",
			want: []string{"Z96.641", "I10"}},
		{name: "hip24 past shoulder hemiarthroplasty is the implant",
			text: "Past surgical history: left shoulder hemiarthroplasty in 2014.",
			want: []string{"Z96.612"}},
		{name: "hip24 fracture treated by arthroplasty in home health is current",
			text: "HOME HEALTH - START OF CARE\n78F referred after a right hip arthroplasty 12 days ago for a displaced fracture of the right femoral neck after a fall. Incision clean, ambulating with a walker.",
			want: []string{"S72.001D", "Z96.641"}, not: []string{"Z87.81"}},
		{name: "hip24 fracture treated by hemiarthroplasty in home health is current",
			text: "HOME HEALTH - START OF CARE\n81M referred after a left hip hemiarthroplasty 10 days ago for a subcapital fracture of the left femur from a fall. Staples out, walking with a walker.",
			want: []string{"S72.012D", "Z96.642"}, not: []string{"Z87.81"}},
		{name: "hip24 fracture treated by arthroplasty years ago is history",
			text: "Annual visit. Right hip arthroplasty in 2010 for a femoral neck fracture. No hip pain now.",
			want: []string{"Z96.641", "Z87.81"}, not: []string{"S72.001D", "S72.001A"}},
	}...)
}

// A subcapital femoral neck fracture is the index's "Fracture, femur, upper
// end, subcapital" (S72.01-): "neck" codes no more than the upper end does
// (S72.00-), so the sibling the note also names is the more specific reading.
func init() {
	cases = append(cases, []tc{
		{name: "hip24 subcapital femoral neck fracture",
			text: "Dx: right subcapital femoral neck fracture.",
			want: []string{"S72.011A"}, not: []string{"S72.001A"}},
		{name: "hip24 femoral neck fracture subcapital after",
			text: "Left femoral neck fracture (subcapital).",
			want: []string{"S72.012A"}, not: []string{"S72.002A"}},
		{name: "hip24 femoral neck fracture alone stays neck",
			text: "Displaced left femoral neck fracture.",
			want: []string{"S72.002A"}},
	}...)
}
