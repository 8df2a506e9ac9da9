package coder

// Table cases of helper wound (wound-care gold-first set): a wound-care
// note lists its ulcers site by site ("R heel: unstageable pressure injury",
// "Coccyx: stage 2 pressure injury"), and the label before the colon is the
// ulcer's site (L89 is classified by site and stage), while other findings
// under a site label, and a description that a dash closes before the
// diagnosis, stay apart from the label.
func init() {
	cases = append(cases, []tc{
		{name: "wound site label before the colon is the pressure ulcer's site",
			text: "Wound RN assessment:\n- R heel: unstageable pressure injury, dry stable eschar.\n- Coccyx: stage 2 pressure injury, pink wound bed.\n- L elbow: stage 2 pressure ulcer, healing.",
			want: []string{"L89.610", "L89.152", "L89.022"}, not: []string{"L89.95", "L89.92"}},
		{name: "wound site label of a deep tissue injury",
			text: "Skin: L heel: deep tissue pressure injury, intact purple skin.", setting: "inpatient",
			want: []string{"L89.626"}},
		{name: "wound site label description then dash keeps the wound no injury",
			text: "- Left buttock: 5 x 4 cm wound with the base covered by slough and eschar - unstageable pressure ulcer.",
			not:  []string{"S31.829A", "S31.802A"}},
		{name: "wound site label of an exam finding is no site of it",
			text: "R wrist: swelling over first dorsal compartment, + Finkelstein.\nIMPRESSION: R de Quervain tenosynovitis.",
			want: []string{"M65.4"}, not: []string{"M25.431"}},
		{name: "wound size clause between the ulcer and its depth",
			text: "R heel plantar ulcer, 2.1 x 1.9 x 0.4 cm, fat layer exposed, no bone palpable.",
			want: []string{"L97.412"}, not: []string{"L97.419"}},
		{name: "wound ulcer limited to the skin",
			text: "Arterial ulcer R lateral malleolus, 1 x 1 cm, limited to the skin, no drainage.",
			want: []string{"L97.311"}, not: []string{"L97.319"}},
		{name: "wound ulcer necrosis of muscle is no gangrene NEC",
			text: "Ischemic ulcer of the left heel with necrosis of muscle at the base, no gangrene.",
			want: []string{"L97.423"}, not: []string{"I96"}},
		{name: "wound necrotizing fasciitis necrosis is no gangrene NEC",
			text: "Necrotizing fasciitis of left thigh. OR: extensive necrosis of the fascia of the L thigh, wide debridement.", setting: "inpatient",
			want: []string{"M72.6"}, not: []string{"I96"}},
		{name: "wound remote stroke with residual hemiparesis is a sequela",
			text: "79M with remote L MCA stroke with residual right hemiparesis (right-handed), bedbound.", setting: "inpatient",
			want: []string{"I69.351"}, not: []string{"G81.91", "Z86.73"}},
		{name: "wound hemiparesis late effect beside the stroke sequela",
			text: "HPI: remote L MCA stroke with residual right hemiparesis, right-handed.\nA/P: Right hemiparesis, late effect of old CVA - PT/OT.", setting: "inpatient",
			want: []string{"I69.351"}, not: []string{"G81.91", "I69.30"}},
		{name: "wound varicose ulcer aside without side gives way to the sided code",
			text: "Impression: Varicose veins of right lower extremity with ulcer of ankle (venous stasis ulcer).",
			want: []string{"I83.013"}, not: []string{"I83.009"}},
	}...)
}
