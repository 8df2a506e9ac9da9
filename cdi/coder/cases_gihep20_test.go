package coder

// Cases of the gihep20 round (GI and hepatology notes): the agent of a
// gastritis or peptic ulcer, a transplant's immunosuppression list, the
// necrotizing form of acute pancreatitis, a hepatitis C cured with a
// sustained virologic response, and the bleeding a coded bleeding lesion
// of the digestive tract already names.
func init() {
	cases = append(cases, []tc{
		{name: "gihep-hpylori-gastritis", text: "Antral biopsies: chronic active gastritis due to Helicobacter pylori. Start bismuth quadruple therapy.", want: []string{"K29.50", "B96.81"}},
		{name: "gihep-hpylori-ulcer", text: "Gastric ulcer with Helicobacter pylori organisms on biopsy.", want: []string{"B96.81"}},
		{name: "gihep-immunosuppression-list", text: "Kidney transplant 2019, graft function stable.\nImmunosuppression: tacrolimus 3 mg twice daily and mycophenolate 720 mg twice daily.", want: []string{"Z94.0", "Z79.621", "Z79.624"}},
		{name: "gihep-necrotizing-pancreatitis", text: "CT day 4 shows alcohol-induced acute necrotizing pancreatitis involving the pancreatic tail.", setting: "inpatient", want: []string{"K85.21"}, not: []string{"K85.20"}},
		{name: "gihep-hcv-svr", text: "Compensated cirrhosis due to prior hepatitis C, SVR achieved in 2020 after glecaprevir/pibrentasvir.", want: []string{"Z86.19"}, not: []string{"B18.2"}},
		{name: "gihep-uc-rectal-bleeding", text: "Ulcerative pancolitis with rectal bleeding. Sigmoidoscopy: ulcerated mucosa with bleeding from the rectum up to the descending colon.", setting: "inpatient", want: []string{"K51.011"}, not: []string{"K62.5"}},
		{name: "gihep-hemorrhoid-bleeding", text: "Bright red blood per rectum from grade II internal hemorrhoids seen on anoscopy.", want: []string{"K64.1"}, not: []string{"K62.5"}},
		{name: "gihep-diverticular-bleed-r58", text: "A/P:\n# Lower GI bleed from sigmoid diverticulosis - colonoscopy in AM\n# Hypertension - hold amlodipine while bleeding", setting: "inpatient", want: []string{"K57.31", "I10"}, not: []string{"R58"}},
	}...)
}
