package coder

// Cases of the gihep20 round (GI and hepatology notes): the agent of a
// gastritis or peptic ulcer, a transplant's immunosuppression list, the
// necrotizing form of acute pancreatitis, and a hepatitis C cured with a
// sustained virologic response.
func init() {
	cases = append(cases, []tc{
		{name: "gihep-hpylori-gastritis", text: "Antral biopsies: chronic active gastritis due to Helicobacter pylori. Start bismuth quadruple therapy.", want: []string{"K29.50", "B96.81"}},
		{name: "gihep-hpylori-ulcer", text: "Gastric ulcer with Helicobacter pylori organisms on biopsy.", want: []string{"B96.81"}},
		{name: "gihep-immunosuppression-list", text: "Kidney transplant 2019, graft function stable.\nImmunosuppression: tacrolimus 3 mg twice daily and mycophenolate 720 mg twice daily.", want: []string{"Z94.0", "Z79.621", "Z79.624"}},
		{name: "gihep-necrotizing-pancreatitis", text: "CT day 4 shows alcohol-induced acute necrotizing pancreatitis involving the pancreatic tail.", setting: "inpatient", want: []string{"K85.21"}, not: []string{"K85.20"}},
		{name: "gihep-hcv-svr", text: "Compensated cirrhosis due to prior hepatitis C, SVR achieved in 2020 after glecaprevir/pibrentasvir.", want: []string{"Z86.19"}, not: []string{"B18.2"}},
	}...)
}
