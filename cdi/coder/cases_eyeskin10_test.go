package coder

// Eye, skin and congenital chapters (tenth session). "Cystic - see also
// condition": before a condition noun the adjective only describes it, so a
// cystic tumor of the kidney is a kidney neoplasm, not congenital cystic
// kidney disease. The index spells vision both ways ("Vision, visual"), so a
// "vision distortion" reaches Distortion, visual (see also Disturbance,
// vision) and not the congenital Distortion, eye. "Bilateral" alone before
// "and" is the side of the head after it. Notes write the index's Deafmutism
// as "deaf-mute".
func init() {
	cases = append(cases, []tc{
		{name: "eyeskin10-cystic-tumor-kidney", setting: "inpatient", text: "CT showed a multilocular cystic tumor of the kidney.", want: []string{"D49.519"}, not: []string{"Q61.9"}},
		{name: "eyeskin10-cystic-tumor-near-kidney", setting: "inpatient", text: "A cystic tumor was found in close contact with the kidney.", not: []string{"Q61.9"}},
		{name: "eyeskin10-cystic-kidney-stays", setting: "inpatient", text: "Ultrasound: cystic kidney disease.", want: []string{"Q61.9"}},
		{name: "eyeskin10-cystic-fibrosis-stays", setting: "inpatient", text: "He has cystic fibrosis.", want: []string{"E84.9"}},
		{name: "eyeskin10-infected-organism-stays", setting: "inpatient", text: "The wound was infected with Staphylococcus aureus.", want: []string{"B95.61"}},
		{name: "eyeskin10-vision-distortion", setting: "inpatient", text: "She reports vision distortion in the right eye for a week.", want: []string{"H53.9"}, not: []string{"Q15.8"}},
		{name: "eyeskin10-visual-impairment", setting: "inpatient", text: "Examination showed visual impairment and ataxia.", want: []string{"H54.7"}},
		{name: "eyeskin10-visual-memory", setting: "inpatient", text: "Neuropsychological testing showed mild impairment of visual memory.", not: []string{"H54.7"}},
		{name: "eyeskin10-bilateral-and-progressive", setting: "inpatient", text: "He came in with bilateral and progressive decrease in vision over several weeks.", want: []string{"H54.3"}, not: []string{"H54.7"}},
		{name: "eyeskin10-deaf-mute", setting: "inpatient", text: "The patient is deaf-mute since birth.", want: []string{"H91.3"}},
		{name: "eyeskin10-deaf-mute-family", setting: "inpatient", text: "Family history: two deaf-mute brothers.", want: []string{"Z82.2"}, not: []string{"H91.3"}},
		{name: "eyeskin10-obesity-and-hf-list", setting: "inpatient", text: "History: obesity and heart failure.", want: []string{"E66.9", "I50.9"}},
	}...)
}
