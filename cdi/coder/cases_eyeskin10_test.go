package coder

// Eye, skin and congenital chapters (tenth session). "Cystic - see also
// condition": before a condition noun the adjective only describes it, so a
// cystic tumor of the kidney is a kidney neoplasm, not congenital cystic
// kidney disease. The index spells vision both ways ("Vision, visual"), so a
// "vision distortion" reaches Distortion, visual (see also Disturbance,
// vision) and not the congenital Distortion, eye. "Bilateral" alone before
// "and" is the side of the head after it. Notes write the index's Deafmutism
// as "deaf-mute". "Normal" right before a head says the finding is normal
// (a normal 46,XX karyotype is no Q98.3), and "family history," opens a
// family list however the comma follows it. The callus of a fracture is
// bone, not the skin's callus (L84).
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
		{name: "eyeskin10-family-history-comma", setting: "inpatient", text: "In the family history, three deaf-mute brothers and a sister with low vision.", want: []string{"Z82.2", "Z82.1"}, not: []string{"H91.3"}},
		{name: "eyeskin10-no-family-history-comma", setting: "inpatient", text: "No family history, diabetes since 2010.", want: []string{"E11.9"}, not: []string{"Z83.3"}},
		{name: "eyeskin10-normal-karyotype", setting: "inpatient", text: "Genetic study in the girl: normal karyotype 46,XX.", not: []string{"Q98.3"}},
		{name: "eyeskin10-normal-delivery-stays", setting: "inpatient", text: "Normal delivery at 39 weeks.", want: []string{"O80"}},
		{name: "eyeskin10-nph-stays", setting: "inpatient", text: "Normal pressure hydrocephalus.", want: []string{"G91.2"}},
		{name: "eyeskin10-fracture-callus", setting: "inpatient", text: "MRI of the foot showed a callus fracture of the third metatarsal.", not: []string{"L84"}},
		{name: "eyeskin10-callus-formation", setting: "inpatient", text: "X-ray: callus formation at the old fracture site.", not: []string{"L84"}},
		{name: "eyeskin10-skin-callus-stays", setting: "inpatient", text: "Plantar callus on the left foot.", want: []string{"L84"}},
		{name: "eyeskin10-obesity-and-hf-list", setting: "inpatient", text: "History: obesity and heart failure.", want: []string{"E66.9", "I50.9"}},
	}...)
}
