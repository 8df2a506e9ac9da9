package coder

// Note-level drop cases (drop): codes the consolidation removed although the
// ICD-10-CM guidelines report them.
func init() {
	cases = append(cases, []tc{
		// "pneumoconiosis associated with tuberculosis, any type in A15 (J65)"
		// (A15-A19's Excludes1) excludes J65, not the A15 codes its prose
		// names: tuberculosis of two sites is two codes.
		{name: "drop-tb-lung-and-skin", text: "Pulmonary tuberculosis with cutaneous tuberculosis of the neck.", want: []string{"A15.0", "A18.4"}},
		{name: "drop-tb-lung-and-nodes", text: "Assessment: pulmonary tuberculosis. Tuberculous lymphadenitis of the neck.", want: []string{"A15.0", "A18.2"}},
		// I51's "any condition in I51.4-I51.9 due to hypertension (I11.-)"
		// excludes I11, not I51.4-I51.9 from each other.
		{name: "drop-i51-two-conditions", text: "Takotsubo cardiomyopathy. Cardiomegaly on chest film.", want: []string{"I51.81", "I51.7"}},
		// A code's own Excludes1 names the condition classified elsewhere:
		// renal impairment beside chronic renal failure is the CKD (N28.9
		// excludes "chronic renal insufficiency (N18.9)").
		{name: "drop-x1-own-ckd", text: "Chronic renal failure with deterioration of renal function.", want: []string{"N18.9"}, not: []string{"N28.9"}},
		{name: "drop-x1-own-dengue", text: "Dengue fever that progressed to dengue hemorrhagic fever.", want: []string{"A91"}, not: []string{"A90"}},
		{name: "drop-x1-own-rectal-ulcer", text: "Ulcer of the rectum. Ulcer of the intestine.", want: []string{"K62.6"}, not: []string{"K63.3"}},
		// Symptoms not routinely part of the diagnosis are coded (I.B.6).
		{name: "drop-syncope-hypotension", text: "Syncope. Hypotension.", want: []string{"R55", "I95.9"}},
		{name: "drop-fever-uti", text: "Fever. Urinary tract infection.", want: []string{"R50.9", "N39.0"}},
		{name: "drop-fever-chronic-osteomyelitis", text: "Chronic osteomyelitis of the left tibia. Fever.", want: []string{"M86.662", "R50.9"}},
		// ... and the routine ones are not (I.B.4-5).
		{name: "drop-fever-acute-osteomyelitis", text: "Acute osteomyelitis of the left tibia. Fever.", want: []string{"M86.162"}, not: []string{"R50.9"}},
		{name: "drop-fever-pneumonia", text: "Fever. Pneumonia of the right lower lobe.", want: []string{"J18.9"}, not: []string{"R50.9"}},
		{name: "drop-syncope-orthostatic", text: "Syncope due to orthostatic hypotension.", want: []string{"I95.1"}, not: []string{"R55"}},
		// R40's Excludes1 "somnolence, stupor and coma in diabetes (E08-E13)"
		// is the diabetic coma (E11.01, E11.11, E11.641): beside diabetes
		// "without complications" a coma is unrelated and both are coded.
		{name: "drop-coma-diabetes-without-complications", text: "Type 2 diabetes mellitus. Coma.", want: []string{"E11.9", "R40.20"}},
		// R73's "diabetes mellitus (E08-E13)" is not a symptom "in" it.
		{name: "drop-hyperglycemia-diabetes", text: "Type 2 diabetes. Hyperglycemia.", not: []string{"R73.9"}},
	}...)
}
