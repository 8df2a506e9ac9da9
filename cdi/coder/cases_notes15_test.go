package coder

// Procedure and perioperative cases (notes15), written for the
// "procedures" set of testdata/usnotes.jsonl in other words than its notes.
func init() {
	cases = append(cases, []tc{
		// A pre-operative evaluation or clearance is "Examination,
		// pre-procedural (pre-operative)" (Z01.81-, first-listed by guideline
		// IV.M): a cardiac one is its cardiovascular subterm (Z01.810); a
		// general one has no subterm, and the tabular files "preprocedural
		// examination NOS" under Z01.818, not the main term's Z00.00.
		{name: "notes15 preop general clearance", text: "ASSESSMENT:\n1. Preoperative clearance prior to R inguinal hernia repair - low surgical risk, okay to proceed.", want: []string{"Z01.818"}, not: []string{"Z00.00"}},
		{name: "notes15 preop cardiac eval", text: "Impression: pre-op cardiac evaluation before elective L hip arthroplasty; no further testing, proceed.", want: []string{"Z01.810"}, not: []string{"Z00.00", "Z01.818"}},
		{name: "notes15 preprocedural nos", text: "Reason for visit: encounter for preprocedural examination.", want: []string{"Z01.818"}, not: []string{"Z00.00"}},
		// The surgical site infection classes are "Infection, postoperative
		// wound, surgical site" (T81.41-T81.43); one of no class is the
		// infection following a procedure.
		{name: "notes15 ssi deep incisional", setting: "inpatient", text: "A/P: deep incisional surgical site infection of the sternotomy wound - opened, packed, IV vancomycin.", want: []string{"T81.42XA"}, not: []string{"B99.9"}},
		{name: "notes15 ssi organ space", setting: "inpatient", text: "Assessment: organ/space SSI with subhepatic fluid collection after liver resection, IR drain today.", want: []string{"T81.43XA"}},
		{name: "notes15 ssi superficial", text: "Dx: superficial incisional surgical-site infection of the L knee arthroscopy portal, started doxycycline.", want: []string{"T81.41XA"}, not: []string{"B99.9"}},
		{name: "notes15 ssi unclassed", text: "Surgical site infection of the port incision - cephalexin x 7 days.", want: []string{"T81.40XA"}, not: []string{"B99.9", "T81.49XA"}},
		// Restenosis inside a coronary stent (T82.855-).
		{name: "notes15 in-stent restenosis rca", setting: "inpatient", text: "Cath: severe in-stent restenosis of the proximal RCA stent, treated with drug-coated balloon.", want: []string{"T82.855A"}},
		// Respiratory failure the physician calls postoperative (J95.82-);
		// its hypoxemia is the failure.
		{name: "notes15 postop resp failure", setting: "inpatient", text: "Acute post-op respiratory failure after aortic valve replacement, reintubated overnight.", want: []string{"J95.821"}, not: []string{"J96.00"}},
		{name: "notes15 postop resp failure hypoxemia", setting: "inpatient", text: "#Acute postoperative respiratory failure with hypoxemia after R lower lobectomy - HFNC 50 L.", want: []string{"J95.821"}, not: []string{"R09.02", "J96.01"}},
		// Thrush of the oropharynx is candidiasis of the mouth (B37.0).
		{name: "notes15 oropharyngeal candidiasis", text: "Oropharyngeal candidiasis from inhaled fluticasone - nystatin swish, rinse after inhaler.", want: []string{"B37.0"}, not: []string{"B37.9"}},
		// A dialysis access named by its operation or its veins is the
		// surgically created fistula, not the acquired I77.0.
		{name: "notes15 avf creation", setting: "inpatient", text: "Operation: creation of R brachiocephalic arteriovenous fistula under regional block.", not: []string{"I77.0"}},
		{name: "notes15 avf cephalic arch", text: "Impression: tight cephalic arch narrowing of the L upper arm AV fistula, balloon angioplasty done.", not: []string{"I77.0"}},
		// "Perforated appendicitis" is "Appendicitis, acute, with perforation"
		// (K35.32 with localized peritonitis and no abscess).
		{name: "notes15 perforated appendicitis", setting: "inpatient", text: "Post-op dx: perforated appendicitis with localized peritonitis, no abscess.", want: []string{"K35.32"}, not: []string{"K35.30"}},
		// A cancer of a named lung lobe without the organ (C34.-), and
		// metastasis to the nodes written with "nodal"; subcarinal nodes are
		// mediastinal (intrathoracic, C77.1).
		{name: "notes15 lobe cancer no organ", text: "Dx: squamous cell carcinoma of the left lower lobe, cycle 2 carboplatin/paclitaxel today.", want: []string{"C34.32"}, not: []string{"C80.1"}},
		{name: "notes15 subcarinal nodal metastasis", text: "EBUS: station 7 positive - subcarinal nodal metastasis from the known RLL adenocarcinoma.", want: []string{"C77.1", "C34.31"}, not: []string{"C79.9", "C78.1"}},
		// "Squeeze" alone is no diver's squeeze (T70.3); the limb's rest
		// pain is in the title of atherosclerosis with rest pain (I70.22-).
		{name: "notes15 squeeze ball", text: "Plan: elevate the R arm, squeeze ball exercises three times a day.", not: []string{"T70.3XXA"}},
		{name: "notes15 rest pain integral", text: "A/P: R foot rest pain at night from atherosclerosis of native R leg arteries, ABI 0.4, no ulcer.", want: []string{"I70.221"}, not: []string{"M79.671"}},
		// A melanocytic nevus by site is read through the index's "skin"
		// grouping ("Nevus, skin, back", D22.5).
		{name: "notes15 nevus site", text: "Path: compound melanocytic nevus of the lower back, margins clear.", want: []string{"D22.5"}, not: []string{"D22.9"}},
		// "S/p gastric bypass" is "Status, gastric bypass for obesity"
		// (Z98.84) without the reason the entry names.
		{name: "notes15 gastric bypass status", text: "PMH: s/p Roux-en-Y gastric bypass, B12 deficiency.", want: []string{"Z98.84"}},
		// "Post-procedural hematoma" is the index's "Hematoma, postoperative"
		// (I97.630 after a cardiac catheterization).
		{name: "notes15 postprocedural hematoma cath", setting: "inpatient", text: "#Post-procedural hematoma after cardiac catheterization - compression, serial H/H.", want: []string{"I97.630"}},
	}...)
}
