package coder

func init() {
	cases = append(cases, []tc{
		{name: "h18out-sports-preparticipation-heading", text: "SPORTS PRE-PARTICIPATION PHYSICAL\n15 yo boy, plays basketball and runs track. No exertional symptoms.\nExam: normal heart sounds, no murmur.\nA/P: cleared for all sports.", want: []string{"Z02.5"}},
		{name: "h18out-commercial-driver-exam-heading", text: "COMMERCIAL DRIVER MEDICAL EXAM\n47 yo M bus driver, renewal. Vision and hearing pass.\nDetermination: meets standards, certified 2 years.", want: []string{"Z02.4"}},
		{name: "h18out-dot-physical-assessment", text: "Assessment: DOT physical - meets standards, 2-year card issued.", want: []string{"Z02.4"}},
		{name: "h18out-noise-induced-snhl", text: "Impression: noise-induced SNHL of both ears after years of loud factory work.", want: []string{"H83.3X3"}, not: []string{"H90.3"}},
		{name: "h18out-thoracic-back-pain", text: "Assessment:\n1. Thoracic back pain after moving furniture - heat, stretching.", want: []string{"M54.6"}, not: []string{"M54.9"}},
		{name: "h18out-adenotonsillar-hypertrophy", text: "Assessment: adenotonsillar hypertrophy, recurrent mouth breathing. Plan: sleep study.", want: []string{"J35.3"}},
		{name: "h18out-flexural-atopic-dermatitis", text: "Assessment: flexural atopic dermatitis of elbows and knees, flaring.", want: []string{"L20.82"}, not: []string{"L20.9"}},
		{name: "h18out-vaccine-today-other-item-declines", text: "A/P:\n1. Colon screening: stool test kit given. He declines PSA testing for now.\n2. Tdap today.", want: []string{"Z23"}},
		{name: "h18out-vaccine-given-after-next-year-item", text: "Plan: labs today, repeat colonoscopy in one year, Tdap given.", want: []string{"Z23"}},
		{name: "h18out-difficulty-reading-eye", text: "HPI: 80 yo with hazy vision in both eyes, glare when driving at night, difficulty reading.\nAssessment: nuclear cataracts, both eyes.", not: []string{"F81.0"}},
		{name: "h18out-pannus-not-cornea", text: "Assessment:\n1. Obesity.\n2. Pannus with recurrent rash beneath it.", not: []string{"H16.429", "H16.421", "H16.422", "H16.423"}},
	}...)
}
