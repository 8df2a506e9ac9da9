package coder

// Known coder errors other helpers of this session left (leftZc): the
// fetus of a single gestation, the carrier state of group B streptococcus
// in pregnancy, a fistula not yet made, a postpartum readmission, a hand
// caught in a door.
func init() {
	cases = append(cases, []tc{
		// O32's 7th character 0 is a single gestation or an unnamed fetus; the
		// bare word "fetus" names no fetus 1-5 and no "other fetus".
		{name: "leftZc-breech-single-fetus", setting: "inpatient",
			text: "Intrauterine pregnancy at 38 weeks. The fetus is in frank breech presentation.",
			want: []string{"O32.1XX0"}, not: []string{"O32.1XX9"}},
		// Guard: a numbered fetus of a twin pregnancy keeps its 7th character.
		{name: "leftZc-guard-twin-fetus-2", setting: "inpatient",
			text: "Twin pregnancy at 34 weeks; fetus 2 is in breech presentation.",
			want: []string{"O32.1XX2"}},
		// A positive GBS screen in pregnancy is the carrier state (Carrier,
		// streptococcus, group B Z22.330; in pregnancy O99.82-), no infection.
		{name: "leftZc-gbs-positive-pregnancy",
			text: "Prenatal visit, 36 weeks gestation. Group B strep positive on the vaginal-rectal swab.",
			want: []string{"O99.820"}, not: []string{"B95.1", "Z22.330"}},
		// A fistula made for future dialysis is no dependence on dialysis (Z99.2).
		{name: "leftZc-ckd5-fistula-not-dialysis",
			text: "Chronic kidney disease stage 5, referred to vascular surgery for an AV fistula; not yet on dialysis.",
			want: []string{"N18.5"}, not: []string{"Z99.2"}},
		// A postpartum readmission named with the delivery's kind is in the puerperium
		// as "after delivery" is (I.C.15.o.1: Endometritis, puerperal O86.12).
		{name: "leftZc-readmitted-after-vaginal-delivery", setting: "inpatient",
			text: "Readmitted 4 days after a vaginal delivery with fever and uterine tenderness; diagnosed with endometritis.",
			want: []string{"O86.12"}, not: []string{"N71.9"}},
		// A finger caught in a closing door: Caught, between, sliding door and door
		// frame / objects (moving) W23.0 ("Caught" is a mechanism main term).
		{name: "leftZc-caught-in-car-door",
			text: "She caught her right thumb in the car door. Contusion of right thumb.",
			want: []string{"S60.011A", "W23.0XXA"}},
		// Guard: a word "caught" that names no mechanism.
		{name: "leftZc-guard-caught-early",
			text: "The infection was caught early. Cellulitis of left lower leg.",
			not:  []string{"W23.0XXA", "W23.1XXA", "W23.2XXA"}},
	}...)
}
