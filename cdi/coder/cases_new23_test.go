package coder

// Codes added in FY2024-FY2026 that the FY2023 index never names, reached
// through the rows of data/index_add.tsv (new23).
func init() {
	cases = append(cases, []tc{
		{name: "new23 family history of FAP", text: "Family history of familial adenomatous polyposis in her mother; colonoscopy every year.", want: []string{"Z83.72"}, not: []string{"D12.6"}},
		{name: "new23 runaway", text: "15 year old runaway brought to the clinic by a social worker.", want: []string{"Z62.892"}},
		{name: "new23 internal nasal valve collapse", text: "Bilateral internal nasal valve collapse, dynamic, on forced inspiration.", want: []string{"J34.8202"}, not: []string{"I38"}},
		{name: "new23 nasal valve collapse", text: "Nasal obstruction from nasal valve collapse.", want: []string{"J34.829"}, not: []string{"I38", "M95.0"}},
		{name: "new23 CLAD", text: "Chronic lung allograft dysfunction two years after double lung transplant.", want: []string{"J4A.9", "Z94.2"}},
		{name: "new23 CVA tenderness side", text: "Fever and dysuria. Right costovertebral angle tenderness.", want: []string{"R39.851"}},
		{name: "new23 Gulf war illness", text: "Veteran with Gulf War illness.", want: []string{"T75.830A"}, not: []string{"R69"}},
		{name: "new23 Fontan liver disease", text: "Adult with Fontan-associated liver disease, followed by hepatology.", want: []string{"I27.840"}, not: []string{"K76.9"}},
		{name: "new23 foreign body sensation", text: "Intermittent foreign body sensation for two weeks.", want: []string{"R09.A0"}},
		{name: "new23 swallowed button battery", text: "Foreign body in esophagus after swallowing a button battery at home.", want: []string{"T18.108A", "W44.A1XA"}, not: []string{"W44.A1"}},
		{name: "new23 swallowed coin", text: "Swallowed a coin, foreign body in esophagus.", want: []string{"T18.108A", "W44.9XXA"}},
		{name: "new23 abrasion of flank", text: "Abrasion of the left flank, cleaned and dressed.", want: []string{"S30.81AA"}, not: []string{"S30.811A"}},
		{name: "new23 superficial injury of flank", text: "Superficial injury of the right flank.", want: []string{"S30.9AXA"}, not: []string{"S30.92XA"}},
	}...)
}
