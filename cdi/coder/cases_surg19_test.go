package coder

func init() {
	cases = append(cases, []tc{
		{name: "surg19 pessary fits well is no seizure", text: "Incomplete uterovaginal prolapse, stage II. Pessary fitting today - #3 ring with support fits well, able to void.", want: []string{"N81.2"}, not: []string{"R56.9"}},
		{name: "surg19 hanging the leg off the bed is no asphyxia", text: "Left foot aches at night, relieved by hanging it off the bed. Atherosclerosis of native arteries L leg with rest pain.", want: []string{"I70.222"}, not: []string{"T71.9XXA", "T71.9"}},
		{name: "surg19 PIH in an acne note is postinflammatory hyperpigmentation", text: "Acne vulgaris, nodular. Plan: isotretinoin; azelaic acid 15% for PIH after isotretinoin.", want: []string{"L70.0", "L81.0"}, not: []string{"O16.9", "O13.9"}},
		{name: "surg19 carotid stenosis by side beside bilateral", text: "Duplex: R ICA 50-69% stenosis; L ICA 70-79% stenosis.\nAssessment: Asymptomatic bilateral carotid artery stenosis, left severe.", want: []string{"I65.23"}, not: []string{"I65.21", "I65.22"}},
	}...)
}
