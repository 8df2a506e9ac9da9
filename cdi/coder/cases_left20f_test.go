package coder

// left20f: advice and trigger words, normal bowel function, colon
// flexures, pericolic abscesses, Pap results, H. pylori abbreviated, liver
// fibrosis stage F3, small kidneys of CKD, scrotal swelling of a hydrocele.
func init() {
	cases = append(cases, []tc{
		{name: "left20f weight loss advised is a goal", text: "Obesity. Weight loss was advised, with a diet plan.", want: []string{"E66.9"}, not: []string{"R63.4"}},
		{name: "left20f stress as a headache trigger", text: "Tension headaches, usually triggered by stress at work.", not: []string{"F43.9"}},
		{name: "left20f stress that makes a symptom worse", text: "Migraine, worse with stress and poor sleep.", want: []string{"G43.909"}, not: []string{"F43.9"}},
		{name: "left20f flatus with bowel movements", text: "Postoperative day 3 after colectomy. Tolerating a regular diet, flatus and BM today.", setting: "inpatient", not: []string{"R14.3"}},
		{name: "left20f positive flatus", text: "Ileus improving: positive flatus, abdomen less distended.", setting: "inpatient", not: []string{"R14.3"}},
		{name: "left20f polyp at the hepatic flexure", text: "Colonoscopy: a 6 mm sessile polyp at the hepatic flexure, removed with a snare.", want: []string{"K63.5"}, not: []string{"K76.9", "R16.0"}},
		{name: "left20f pericolic abscess alone", text: "CT guided drainage of a pericolic abscess.", setting: "inpatient", want: []string{"K65.1"}, not: []string{"L02.91"}},
		{name: "left20f pericolic abscess of diverticulitis told apart", text: "Acute diverticulitis. CT: pericolic abscess measuring 4 cm.", setting: "inpatient", want: []string{"K57.80"}, not: []string{"L02.91", "K65.1", "K57.92"}},
		{name: "left20f pap asc-us", text: "Pap smear result: ASC-US. Reflex testing ordered.", want: []string{"R87.610"}},
		{name: "left20f pap lsil", text: "Her Pap came back LSIL; colposcopy scheduled.", want: []string{"R87.612"}},
		{name: "left20f pap hsil", text: "Cervical cytology: HSIL.", want: []string{"R87.613"}},
		{name: "left20f pap high-risk hpv", text: "Pap: NILM. High-risk HPV detected.", want: []string{"R87.810"}, not: []string{"B97.7"}},
		{name: "left20f h pylori abbreviated with gastritis", text: "Chronic gastritis with H. pylori on biopsy.", want: []string{"K29.50", "B96.81"}},
		{name: "left20f nash with stage f3 fibrosis", text: "Assessment: NASH with advanced (F3) fibrosis, no cirrhosis.", want: []string{"K75.81", "K74.02"}},
		{name: "left20f small kidneys of ckd", text: "Renal ultrasound: small echogenic kidneys, in keeping with his chronic kidney disease stage 4.", want: []string{"N18.4"}, not: []string{"N27.1"}},
		{name: "left20f scrotal swelling of a hydrocele", text: "Right hydrocele causing painless scrotal swelling.", want: []string{"N43.3"}, not: []string{"N50.89"}},
	}...)
}
