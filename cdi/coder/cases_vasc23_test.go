package coder

// Table cases of helper vasc23 (vascular gold-first set): a leg's atherosclerosis
// with an ulcer of the same leg (I70.23-/I70.24-), the calf's ulcer, an ulcer's
// depth written as visible fat, a narrowed or infected dialysis access and a
// thrombosed, narrowed or infected peripheral bypass graft (T82.-), a ruptured
// aortic aneurysm also named without its rupture, a postthrombotic syndrome
// written with a hyphen and its symptomatic form, and gangrene NEC beside
// the codes that already say the limb is gangrenous.
func init() {
	cases = append(cases, []tc{
		{name: "vasc23 atherosclerosis with ulcer of the same leg's heel",
			text: "Impression: nonhealing ulcer of the right heel with fat layer exposed, from atherosclerosis of the native arteries of the right leg.",
			want: []string{"I70.234", "L97.412"}, not: []string{"I70.201", "L97.419"}},
		{name: "vasc23 atherosclerosis of the right leg, ulcer of the left calf stays apart",
			text: "Atherosclerosis of native arteries of the right leg. Separate problem: ulcer of the left calf limited to breakdown of skin.",
			want: []string{"I70.201", "L97.221"}, not: []string{"I70.242", "I70.232"}},
		{name: "vasc23 calf ulcer is the lower limb's",
			text: "Chronic ulcer of the right calf, fat layer exposed, no muscle involvement.",
			want: []string{"L97.212"}, not: []string{"L98.499", "L98.492"}},
		{name: "vasc23 visible subcutaneous fat is the fat layer exposed",
			text: "Wound check: R heel ulcer 1.5 x 1.0 cm, subcutaneous fat visible at the base, no tendon.",
			want: []string{"L97.412"}, not: []string{"L97.419"}},
		{name: "vasc23 stenosis of a dialysis AV fistula",
			text: "ESRD on hemodialysis. Duplex shows a high-grade stenosis of the left brachiocephalic AV fistula; fistulagram with angioplasty planned.",
			want: []string{"T82.858A"}, not: []string{"I77.0", "I77.1"}},
		{name: "vasc23 infected aortobifemoral graft",
			text:    "CT shows perigraft gas; impression: infected aortobifemoral graft, cultures growing MRSA.",
			setting: "inpatient", want: []string{"T82.7XXA", "B95.62"}, not: []string{"B99.9"}},
		{name: "vasc23 thrombosed fem-pop bypass graft",
			text:    "Pulseless left foot. Duplex: thrombosis of the left fem-pop bypass graft. Plan thrombectomy.",
			setting: "inpatient", want: []string{"T82.868A"}, not: []string{"I82.90", "I74.3"}},
		{name: "vasc23 ruptured AAA also written without its rupture",
			text:    "CTA: 6.8 cm infrarenal AAA with retroperitoneal blood. Assessment: ruptured infrarenal abdominal aortic aneurysm, emergent EVAR.",
			setting: "inpatient", want: []string{"I71.33"}, not: []string{"I71.43"}},
		{name: "vasc23 post-thrombotic syndrome with swelling",
			text: "Assessment: post-thrombotic syndrome, right leg (swelling/aching). Remote DVT, no longer on anticoagulation.",
			want: []string{"I87.091"}, not: []string{"I87.001", "I82.90", "R60.9", "M79.89"}},
		{name: "vasc23 diabetic gangrene keeps no gangrene NEC",
			text:    "Type 2 diabetes with peripheral angiopathy and gangrene of the right 3rd toe. Gangrene is dry, demarcated.",
			setting: "inpatient", want: []string{"E11.52"}, not: []string{"I96"}},
	}...)
}
