package coder

// Table cases of helper h19dev (nineteenth held-out set as development data), in own words.
func init() {
	cases = append(cases, []tc{
		{name: "h19dev tetanus updated is the vaccine", text: "Two-centimeter scalp laceration closed with staples. Tetanus updated.", not: []string{"A35"}},
		{name: "h19dev tetanus given on a trauma admission", text: "Gunshot wound to the right thigh, through and through. Tetanus given in the trauma bay.", setting: "inpatient", not: []string{"A35"}},
		{name: "h19dev diseases before a urine screen sent", text: "Sexually active, no symptoms. Gonorrhea and chlamydia urine screen sent today.", not: []string{"A54.9", "A74.9"}},
		{name: "h19dev smokes under a history heading", text: "History: type 2 diabetes on metformin, smokes half a pack of cigarettes a day, not ready to quit.", setting: "inpatient", want: []string{"F17.210"}, not: []string{"Z87.891"}},
		{name: "h19dev oxygen continuously at home", text: "Emphysema, uses 3 L oxygen continuously at home, stable.", want: []string{"Z99.81"}},
		{name: "h19dev fed through a gastrostomy", text: "Advanced Parkinson disease, fed through gastrostomy tube only, no aspiration.", want: []string{"Z93.1"}},
		{name: "h19dev hypothyroid after ablation", text: "Toxic nodular goiter treated with radioiodine last year, now hypothyroid after ablation, levothyroxine adjusted.", want: []string{"E89.0"}, not: []string{"E03.9"}},
		{name: "h19dev follow-up after an ED visit", text: "FOLLOW-UP AFTER EMERGENCY DEPARTMENT VISIT. Seen in the ED last week for a closed fracture of the right fifth metatarsal shaft after dropping a weight on the foot; walking boot, healing well.", want: []string{"S92.351D"}, not: []string{"S92.351A"}},
		{name: "h19dev days after an ED visit for concussion", text: "Video visit 5 days after an ED visit for concussion from a fall off a bicycle, no loss of consciousness. Headaches fading.", want: []string{"S06.0X0D"}, not: []string{"S06.0X0A"}},
		{name: "h19dev not drinking well is no denial", text: "Not drinking well for two days, fewer wet diapers, dry mouth: mild dehydration, IV fluids given.", setting: "inpatient", want: []string{"E86.0"}},
		{name: "h19dev cough stress test is no cough", text: "Stress urinary incontinence; cough stress test positive in the office.", want: []string{"N39.3"}, not: []string{"R05.9"}},
		{name: "h19dev declines hormone therapy is no debility", text: "Menopausal hot flashes, declines systemic hormone therapy, will try paroxetine.", not: []string{"R53.81"}},
		{name: "h19dev air hunger is no starvation", text: "ALS on home BiPAP, episodes of air hunger at night eased by morphine.", not: []string{"T73.0XXA"}},
		{name: "h19dev kidney transplant waitlist", text: "ESRD on peritoneal dialysis, active on the kidney transplant waitlist since spring.", want: []string{"Z76.82"}, not: []string{"Z94.0"}},
		{name: "h19dev interdialytic weight gain", text: "End stage renal disease on hemodialysis; interdialytic weight gains of 3 kg, fluid restriction reviewed.", not: []string{"R63.5"}},
		{name: "h19dev hepatitis B surface antibody positive", text: "Serologies: hepatitis B surface antibody positive from vaccination; hepatitis C antibody negative.", not: []string{"B19.10"}},
		{name: "h19dev BRCA carrier after a relative's cancer", text: "WELL-WOMAN VISIT. Mother had breast cancer at 50. Known BRCA2 pathogenic variant carrier. Exam normal.", want: []string{"Z15.01", "Z80.3"}},
	}...)
}
