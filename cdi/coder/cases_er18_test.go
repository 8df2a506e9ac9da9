package coder

// Emergency-department medical visits (er18), written for these cases. An ED
// differential the provider weighed ("X and Y considered") or the workup did
// not bear out ("X not supported by CT") is no diagnosis (IV.H): the
// symptoms are coded. A drug given once in the department or a steroid
// course counted in days is no long-term therapy (I.C.21.c.3), and a skipped
// meal is no skipped dose.
func init() {
	cases = append(cases, []tc{
		{name: "er18-differential-considered", text: "ASSESSMENT\nHeadache, gradual onset. Subarachnoid hemorrhage and meningitis considered; low probability with a normal exam and CT.", want: []string{"R51.9"}, not: []string{"I60.9", "G03.9"}},
		{name: "er18-was-considered", text: "IMPRESSION\nBell's palsy, left. Ischemic stroke was considered; CT head negative.", want: []string{"G51.0"}, not: []string{"I63.9"}},
		{name: "er18-not-supported", text: "IMPRESSION\nRight lower quadrant abdominal pain; appendicitis not supported by the CT scan.", want: []string{"R10.31"}, not: []string{"K37"}},
		{name: "er18-steroid-x5-days", text: "IMPRESSION\nCOPD with acute exacerbation.\nDISPOSITION\nHome on prednisone 40 mg x5 days, pulmonology in one week.", want: []string{"J44.1"}, not: []string{"Z79.52"}},
		{name: "er18-regular-insulin-once", text: "IMPRESSION\nType 2 diabetes mellitus with hyperglycemia, glucose 398.\nED COURSE\nGiven 8 units regular insulin subcutaneously and two liters of saline.", want: []string{"E11.65"}, not: []string{"Z79.4"}},
		{name: "er18-skipped-meal", text: "HPI\nType 2 diabetic on metformin and glipizide. He took his morning pills as usual, then skipped lunch and became shaky.\nIMPRESSION\nType 2 diabetes mellitus with hypoglycemia without coma.", want: []string{"E11.649"}, not: []string{"Z91.148", "T38.3X6A"}},
	}...)
}
