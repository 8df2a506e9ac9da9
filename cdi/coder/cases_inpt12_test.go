package coder

func init() {
	cases = append(cases, []tc{
		{name: "inpt12 pcp pneumonia fever cough", text: "Admitted with fevers, dry cough and breathlessness for two weeks. Assessment: Pneumocystis pneumonia in advanced HIV disease, started TMP-SMX.", setting: "inpatient", want: []string{"B20", "B59"}, not: []string{"R50.9", "R05.9"}},
		{name: "inpt12 thrush plaques", text: "Exam: white plaques coating the tongue. Assessment: oral candidiasis, nystatin swish.", setting: "inpatient", want: []string{"B37.0"}, not: []string{"K13.29"}},
		{name: "inpt12 postictal confusion", text: "Brought in after a generalized tonic-clonic seizure with confusion afterwards. Assessment: epilepsy, not intractable, breakthrough seizure.", setting: "inpatient", not: []string{"R41.0"}},
		{name: "inpt12 todd weakness", text: "Right arm weakness after the convulsion. Impression: Todd paralysis after seizure, improving.", setting: "inpatient", want: []string{"G83.84"}, not: []string{"R53.1"}},
		{name: "inpt12 leukocytosis with abscess", text: "WBC 22 with leukocytosis. Dx: perianal abscess, I&D done.", setting: "inpatient", want: []string{"K61.0"}, not: []string{"D72.829"}},
		{name: "inpt12 back pain vertebral fracture", text: "Low back pain after fall from a chair at home. CT: compression fracture of L1 vertebra, closed.", setting: "inpatient", not: []string{"M54.50"}},
		{name: "inpt12 dizzy dehydration", text: "Lightheaded and dizzy when standing. Dx: dehydration from poor oral intake, IV fluids.", setting: "inpatient", want: []string{"E86.0"}, not: []string{"R42"}},
		{name: "inpt12 syncope heart block", text: "Passed out twice at church. ECG third degree AV block; Dx complete heart block, pacemaker placed.", setting: "inpatient", want: []string{"I44.2"}, not: []string{"R55"}},
		{name: "inpt12 insomnia in depression", text: "Poor sleep, insomnia, low mood for months. Dx: major depressive disorder, recurrent, moderate.", setting: "inpatient", want: []string{"F33.1"}, not: []string{"G47.00"}},
		{name: "inpt12 thyroid storm symptoms", text: "Febrile, agitated, vomiting with diarrhea. Dx: thyroid storm, Graves disease with diffuse goiter.", setting: "inpatient", want: []string{"E05.01"}, not: []string{"R50.9", "R19.7", "E04.0"}},
		{name: "inpt12 mallory weiss hematemesis", text: "Vomited bright red blood after retching. EGD: Mallory-Weiss tear.", setting: "inpatient", want: []string{"K22.6"}, not: []string{"K92.0"}},
		{name: "inpt12 strep pneumoniae pneumonia", text: "Lobar pneumonia, sputum grew strep pneumoniae.", setting: "inpatient", want: []string{"J13"}, not: []string{"J15.4"}},
		{name: "inpt12 ttp exam tenderness", text: "Exam: TTP over the left lateral ribs, no crepitus.", setting: "inpatient", not: []string{"M31.19"}},
		{name: "inpt12 ttp disease kept", text: "Assessment: TTP, plasma exchange daily.", setting: "inpatient", want: []string{"M31.19"}},
		{name: "inpt12 mallory weiss retching", text: "Retching all night then small hematemesis. Endoscopy: Mallory Weiss tear at the GE junction.", setting: "inpatient", want: []string{"K22.6"}, not: []string{"R11.10", "K92.0"}},
		{name: "inpt12 adherent clot not adhesion", text: "Upper endoscopy showed a duodenal ulcer with an adherent clot.", setting: "inpatient", not: []string{"K66.0"}},
		{name: "inpt12 syncope with plain hypotension kept", text: "Fainted at home. Low blood pressure noted by EMS.", setting: "inpatient", want: []string{"R55"}},
		{name: "inpt12 avf exam on dialysis", text: "ESRD. Exam: left arm AVF, good thrill and bruit.", setting: "inpatient", not: []string{"I77.0", "R09.89"}},
		{name: "inpt12 weak stream", text: "Enlarged prostate with a weak stream and frequency at night.", setting: "inpatient", want: []string{"R39.12"}, not: []string{"R53.1"}},
		{name: "inpt12 toilet not artificial opening", text: "Fell while getting off the toilet, no injury.", setting: "inpatient", not: []string{"Z43.9"}},
		{name: "inpt12 effusion dyspnea", text: "Short of breath with dyspnea on exertion. Dx: malignant pleural effusion from lung cancer.", setting: "inpatient", want: []string{"J91.0"}, not: []string{"R06.00", "R06.02"}},
		{name: "inpt12 addison crisis", text: "Known Addison disease, now in adrenal crisis after missing hydrocortisone doses.", setting: "inpatient", want: []string{"E27.2"}, not: []string{"E27.1"}},
		{name: "inpt12 storm beside thyrotoxicosis", text: "1. Thyroid storm from Graves disease. 2. Heart failure, likely from thyrotoxicosis.", setting: "inpatient", want: []string{"E05.01"}, not: []string{"E05.90"}},
		{name: "inpt12 dilated lv with hf", text: "Echo: dilated LV, EF 30%. Dx: acute systolic heart failure.", setting: "inpatient", want: []string{"I50.21"}, not: []string{"I51.7"}},
		{name: "inpt12 breast quadrant abbreviation", text: "Right breast carcinoma, UIQ, on anastrozole.", setting: "inpatient", want: []string{"C50.211"}, not: []string{"C50.911"}},
	}...)
}
