package coder

// Side ownership: a right, left or bilateral word qualifies the site and
// condition of its own phrase ("left hip fracture"); a condition named before
// that phrase does not borrow it, while a side before a site only ("DVT of
// the left leg", "pain in the right knee with effusion") stays the site of
// the condition before it.
func init() {
	cases = append(cases, []tc{
		// The borrow: the side's phrase names a condition of its own.
		{name: "sideown-knee-pain-left-hip-fx", text: "Knee pain with left hip fracture.",
			want: []string{"M25.569", "S72.002A"}, not: []string{"M25.562"}},
		{name: "sideown-tinnitus-bilat-hl", text: "Tinnitus with bilateral hearing loss.",
			want: []string{"H93.19", "H91.93"}, not: []string{"H93.13"}},
		{name: "sideown-tinnitus-bilat-snhl", text: "Tinnitus with bilateral sensorineural hearing loss.",
			want: []string{"H90.3"}, not: []string{"H93.13"}},
		{name: "sideown-hipfx-left-knee-pain", text: "Hip fracture with left knee pain.",
			want: []string{"S72.009A", "M25.562"}, not: []string{"S72.002A"}},
		{name: "sideown-shoulder-pain-wrist-fx", text: "Shoulder pain with right wrist fracture.",
			want: []string{"M25.519"}, not: []string{"M25.511"}},
		{name: "sideown-conjunctivitis-corneal-ulcer", text: "Conjunctivitis with right corneal ulcer.",
			want: []string{"H16.001"}, not: []string{"H10.31"}},
		{name: "sideown-ankle-sprain-knee-pain", text: "Ankle sprain with right knee pain.",
			want: []string{"M25.561"}, not: []string{"S93.401A"}},
		{name: "sideown-wrist-pain-elbow-fx", text: "Wrist pain with left elbow fracture.",
			want: []string{"M25.539"}, not: []string{"M25.532"}},
		{name: "sideown-sciatica-hip-oa", text: "Sciatica with left hip osteoarthritis.",
			want: []string{"M54.30", "M16.12"}, not: []string{"M54.32"}},
		{name: "sideown-hip-replacement-hernia", text: "Status post left hip replacement and bilateral inguinal hernia.",
			want: []string{"Z96.642"}, not: []string{"Z96.643"}},
		{name: "sideown-knee-oa-right-hip-pain", text: "Left knee osteoarthritis with right hip pain.",
			want: []string{"M17.12", "M25.551"}, not: []string{"M17.9"}},
		{name: "sideown-bilat-knee-pain-ankle-fx", text: "Bilateral knee pain with right ankle fracture.",
			want: []string{"M25.561", "M25.562"}},
		// A codeless main term classified by site ends the side's phrase
		// as its condition (Effusion, Perforation).
		{name: "sideown-hip-pain-knee-effusion", text: "Hip pain with right knee effusion.",
			want: []string{"M25.559", "M25.461"}, not: []string{"M25.551"}},
		{name: "sideown-om-tm-perforation", text: "Otitis media with left tympanic membrane perforation.",
			want: []string{"H72.92"}, not: []string{"H66.92"}},
		{name: "sideown-cts-right-trigger-finger", text: "Carpal tunnel syndrome with right trigger finger.",
			want: []string{"G56.00", "M65.30"}, not: []string{"G56.01"}},
		// Abbreviated and hyphenated sides are owned the same way.
		{name: "sideown-abbr-l-hip-fx", text: "Knee pain with L hip fracture.",
			want: []string{"M25.569"}, not: []string{"M25.562"}},
		{name: "sideown-abbr-bl-hearing-loss", text: "Tinnitus with b/l hearing loss.",
			want: []string{"H91.93"}, not: []string{"H93.13"}},
		{name: "sideown-left-sided-hip-fx", text: "Knee pain with left-sided hip fracture.",
			want: []string{"S72.002A"}, not: []string{"M25.562"}},
		// A condition the mention reads itself ("with" combination)
		// keeps its side.
		{name: "sideown-lbp-left-sided-sciatica", text: "Low back pain with left-sided sciatica.",
			want: []string{"M54.42"}},
		{name: "sideown-varicose-right-leg-ulcer", text: "Varicose veins of the right leg with ulcer.",
			want: []string{"I83.018"}},
		// The "systolic and diastolic" join lends no side across another
		// condition.
		{name: "sideown-coloboma-painful", text: "Coloboma in the left eye and swelling apparently painful.",
			want: []string{"Q13.0"}, not: []string{"H57.12"}},
		// Legitimate shares and a side's own site: kept.
		{name: "sideown-left-knee-pain-swelling", text: "Left knee pain and swelling.",
			want: []string{"M25.562"}, not: []string{"M25.569"}},
		{name: "sideown-pain-swelling-left-knee", text: "Pain and swelling of the left knee.",
			want: []string{"M25.562"}},
		{name: "sideown-bilat-knee-oa", text: "Bilateral knee osteoarthritis.",
			want: []string{"M17.0"}},
		{name: "sideown-dvt-left-leg", text: "DVT of the left leg.",
			want: []string{"I82.402"}},
		{name: "sideown-dvt-left-leg-pe", text: "Deep vein thrombosis of the left leg with pulmonary embolism.",
			want: []string{"I82.402", "I26.99"}},
		{name: "sideown-lle-cellulitis-abscess", text: "Left lower extremity cellulitis with abscess.",
			want: []string{"L03.116"}},
		{name: "sideown-right-knee-pain-effusion", text: "Pain in the right knee with effusion.",
			want: []string{"M25.561"}},
		{name: "sideown-right-knee-oa-effusion", text: "Osteoarthritis of the right knee with effusion.",
			want: []string{"M17.11"}},
		{name: "sideown-retinal-detachment-right-eye", text: "Retinal detachment, right eye.",
			want: []string{"H33.21"}},
		{name: "sideown-om-right-ear-effusion", text: "Otitis media of the right ear with effusion.",
			want: []string{"H65.91"}},
		{name: "sideown-aom-bilateral", text: "Acute otitis media, bilateral.",
			want: []string{"H66.93"}},
		{name: "sideown-knee-pain-comma-left", text: "Knee pain, left.",
			want: []string{"M25.562"}},
		{name: "sideown-left-hip-fx-displacement", text: "Fracture of the left hip with displacement.",
			want: []string{"S72.002A"}},
		{name: "sideown-right-hip-fx-knee-pain", text: "Right hip fracture with knee pain.",
			want: []string{"S72.001A", "M25.569"}, not: []string{"M25.561"}},
		{name: "sideown-endometriosis-pelvic-sidewall", text: "Endometriosis of the right pelvic sidewall.",
			want: []string{"N80.351"}},
		{name: "sideown-trigger-middle-finger", text: "Trigger finger, right middle finger.",
			want: []string{"M65.331"}},
		{name: "sideown-fifth-metatarsal", text: "Nondisplaced fracture of left fifth metatarsal, initial encounter.",
			want: []string{"S92.355A"}},
		{name: "sideown-bilat-tinnitus-hl", text: "Bilateral tinnitus and hearing loss.",
			want: []string{"H93.13"}},
		{name: "sideown-poag-left-right-cataract", text: "Primary open-angle glaucoma of the left eye with right cataract.",
			want: []string{"H40.1120"}},
		{name: "sideown-acute-chronic-hypoxic-hypercapnic", text: "Acute on chronic hypoxic and hypercapnic respiratory failure.", setting: "inpatient",
			want: []string{"J96.22"}},
		{name: "sideown-htn-heart-ckd", text: "Hypertensive heart and chronic kidney disease.",
			want: []string{"I13.10"}},
		// A side and site written before a condition are shared with the
		// bare condition "and" joins after it, and a side and site
		// written after two coordinated conditions with both.
		{name: "sideown-share-shoulder-pain-stiffness", text: "Right shoulder pain and stiffness.",
			want: []string{"M25.511", "M25.611"}},
		{name: "sideown-share-knee-pain-stiffness", text: "Left knee pain and stiffness.",
			want: []string{"M25.562", "M25.662"}},
		{name: "sideown-share-knee-pain-effusion", text: "Right knee pain and effusion.",
			want: []string{"M25.561", "M25.461"}},
		{name: "sideown-share-pain-stiffness-of-shoulder", text: "Pain and stiffness of the right shoulder.",
			want: []string{"M25.511", "M25.611"}, not: []string{"R52"}},
		{name: "sideown-share-testicular-mass-pain", text: "Right testicular mass and pain.",
			want: []string{"N50.811", "N50.9"}},
		// A site alone before "and" is the head's second site, its side
		// with it; the site ending another condition's clause is not.
		{name: "sideown-coord-knee-hip-oa", text: "Right knee and hip osteoarthritis.",
			want: []string{"M17.11", "M16.11"}},
		{name: "sideown-coord-wrist-hand-pain", text: "Left wrist and hand pain.",
			want: []string{"M25.532"}},
		{name: "sideown-coord-not-other-clause-site", text: "Ductal carcinoma of the left breast and ductal carcinoma in situ of the right breast.",
			want: []string{"C50.912", "D05.11"}, not: []string{"D05.12"}},
		// Not without a side (a site before a condition qualifies it
		// only), nor into one reading of a phrase.
		{name: "sideown-noshare-cerebral-death", text: "Cerebral hemorrhage and death.",
			want: []string{"I61.9"}, not: []string{"G93.82"}},
		{name: "sideown-noshare-stab-wound-chest", text: "Stab wound to the left chest.",
			want: []string{"S21.90XA"}, not: []string{"S21.91XA"}},
		{name: "sideown-noshare-hipfx-and-knee-pain", text: "Left hip fracture and knee pain.",
			want: []string{"S72.002A", "M25.569"}, not: []string{"M25.562"}},
	}...)
}
