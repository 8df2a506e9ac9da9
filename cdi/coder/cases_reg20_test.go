package coder

// Table cases for three regressions (helper reg20): counseling a referral
// sends the patient to, an agent named only as a test to follow, and a
// standing state named only on a procedure note's indication line.
func init() {
	cases = append(cases, []tc{
		{name: "reg20: genetic counseling is the referral's visit, dietary counseling today is this one's", text: "Referred to genetic counseling for family testing. Dietary counseling provided today.", want: []string{"Z71.3"}, not: []string{"Z71.89"}},
		{name: "reg20: dietitian counseling is the referral's visit", text: "Type 2 diabetes, A1c 7.4. Referred to nutrition counseling.", want: []string{"E11.9"}, not: []string{"Z71.3"}},
		{name: "reg20: H pylori to follow up is no confirmed cause", text: "Assessment: bleeding gastric ulcer on EGD, f/u H pylori biopsy results.", not: []string{"B96.81"}},
		{name: "reg20: H pylori still to come is no confirmed cause", text: "Bleeding duodenal ulcer, awaiting H pylori; PPI twice daily.", want: []string{"K26.4"}, not: []string{"B96.81"}},
		{name: "reg20: prediabetes on an operative indication line", setting: "inpatient", text: "OPERATIVE NOTE\nPostoperative diagnosis: Chronic calculous cholecystitis\nProcedure: Laparoscopic cholecystectomy\nIndication: 58 y/o M with recurrent biliary colic; history of hypertension on amlodipine and prediabetes.\nFindings: Thick-walled gallbladder with many stones.", want: []string{"K80.10", "R73.03"}},
	}...)
}
