package coder

// Obstetric and newborn cases (ob16), written for the "obstetric" set of
// testdata/usnotes.jsonl in other words than its notes.
func init() {
	cases = append(cases, []tc{
		// A liveborn infant written without the word infant ("live-born female",
		// "live male", "single liveborn") is the outcome of delivery on the
		// mother's record (abbrev.tsv rows; I.C.15.b.5).
		{name: "ob16 live-born female is the outcome", setting: "inpatient", text: "Labor and delivery summary. 31 yo G2P1 at 39w4d, spontaneous labor. Spontaneous vaginal delivery of a single live-born female, 3,410 g, over an intact perineum. EBL 300 mL.", want: []string{"Z37.0"}, not: []string{"Z38.2"}},
		{name: "ob16 live male without infant", setting: "inpatient", text: "DELIVERY NOTE. 27F G1P0 at 40w1d delivered vaginally: live male, 3,650 g, Apgars 9 and 9. Second-degree perineal laceration repaired. EBL 400 mL.", want: []string{"Z37.0", "O70.1"}, not: []string{"Z38.2"}},
		// One outcome per delivery: each twin's liveborn infant beside "twins,
		// both liveborn" is no second, single outcome.
		{name: "ob16 twins outcome only once", setting: "inpatient", text: "Discharge summary. Dichorionic diamniotic twins delivered vaginally at 37w2d. Twin A live female, 2,700 g. Twin B live female, 2,580 g. Twins, both liveborn. EBL 450 mL.", want: []string{"Z37.2"}, not: []string{"Z37.0"}},
		// The blood she lost (EBL) is only written on the mother's record: her
		// liveborn infant is her outcome Z37, not the newborn's Z38.
		{name: "ob16 ebl makes a cesarean note the mother's", setting: "inpatient", text: "OB discharge summary. 35 yo G4P3 at 39w0d for scheduled repeat cesarean section. Procedure: repeat low transverse cesarean. Live-born male, 3,300 g, Apgars 8/9. EBL 750 mL. Uncomplicated course.", want: []string{"Z37.0"}, not: []string{"Z38.2"}},
		// A delivery in the encounter takes the "in childbirth" code (I.C.15.a.3),
		// also for titles naming the pregnancy as a qualifier or repeating an
		// abbreviation ("Gestational [pregnancy-induced] ...", "HELLP syndrome (HELLP)").
		{name: "ob16 gestational hypertension in childbirth", setting: "inpatient", text: "Delivery summary. 26 yo G1P0 at 38w3d induced for gestational hypertension without proteinuria. Spontaneous vaginal delivery of a liveborn male infant. EBL 250 mL. Diagnosis: gestational hypertension, delivered.", want: []string{"O13.4"}, not: []string{"O13.3"}},
		{name: "ob16 hellp in childbirth", setting: "inpatient", text: "Discharge summary. 30 yo G1 at 34w5d with HELLP syndrome (platelets 60K, AST 250). Magnesium, then cesarean delivery of a liveborn female infant. EBL 900 mL. Dx: HELLP syndrome, delivered.", want: []string{"O14.24"}, not: []string{"O14.23"}},
		// "Placenta, placental - see Pregnancy, complicated by, specified condition":
		// the organ is no condition (skip_main.txt).
		{name: "ob16 placental surface is no condition", setting: "inpatient", text: "Operative findings: placenta delivered manually, placental surface with a small adherent clot. Liveborn male infant delivered by cesarean. EBL 800 mL.", not: []string{"O26.899", "O26.893"}},
		// Diabetes in pregnancy read without a type takes the type the note codes
		// (O24.0-/O24.1- with the E10/E11 code, I.C.15.g).
		{name: "ob16 type 2 diabetes in pregnancy by type", text: "Prenatal visit. 33 yo G2P1 at 20w2d. Assessment: type 2 diabetes mellitus in pregnancy, on insulin, well controlled.", want: []string{"O24.112", "E11.9", "Z79.4"}, not: []string{"O24.912"}},
		{name: "ob16 type 1 diabetes in pregnancy by type", text: "OB visit, 30 weeks pregnant. Assessment: type 1 diabetes mellitus in pregnancy on an insulin pump, A1c 6.5.", want: []string{"O24.013", "E10.9"}, not: []string{"O24.913"}},
		// "X complicating pregnancy" names the current pregnancy as "in pregnancy"
		// does (pregnancy_cues.tsv).
		{name: "ob16 anemia complicating pregnancy", text: "Prenatal follow-up, 25 yo at 22 weeks. Assessment: iron deficiency anemia complicating pregnancy, second trimester. Start oral iron.", want: []string{"O99.012", "D50.9"}},
		// "G1 at 9w6d": a gravida with the weeks after it states the current
		// pregnancy; its Z3A code follows the O codes.
		{name: "ob16 gravida alone with weeks", setting: "inpatient", text: "H&P. 21 yo G1 at 9w6d admitted with persistent vomiting. Assessment: hyperemesis gravidarum with dehydration and ketosis, IV fluids.", want: []string{"O21.1", "Z3A.09"}},
		// Past deliveries are no delivery of this encounter: no historical O code,
		// and the note is still a current pregnancy's (pregnancy_delivered.txt "!").
		{name: "ob16 prior deliveries are no delivery", text: "Prenatal visit. 34yo G3P2002 at 30w1d. Two previous uncomplicated term vaginal deliveries. Assessment: routine supervision of normal pregnancy, third trimester.", want: []string{"Z34.83", "Z3A.30"}, not: []string{"O80"}},
		// A chapter 15 "..., unspecified" code beside a specified code of its
		// category is the same condition.
		{name: "ob16 unspecified vomiting beside hyperemesis", text: "OB clinic. 24F G1P0 at 9w3d, vomiting several times daily for a week. Assessment: mild hyperemesis gravidarum. Doxylamine-pyridoxine.", want: []string{"O21.0"}, not: []string{"O21.9"}},
		// A history code whose Excludes1 names the current pregnancy's code
		// (Z87.51 -> O09.21-) becomes that code in the trimester of the weeks.
		{name: "ob16 history of preterm labor in current pregnancy", text: "Prenatal visit. 29F G2P0101 at 26w0d. Her first baby was born at 31 weeks after spontaneous preterm labor. Assessment: supervision of pregnancy with history of preterm labor, 26 weeks.", want: []string{"O09.212"}, not: []string{"Z87.51"}},
		// A chapter 15 code of unspecified weeks or trimester beside its
		// subcategory's code of the weeks is the same condition.
		{name: "ob16 unspecified weeks beside the weeks", setting: "inpatient", text: "Antepartum note. 28 yo G2P1 admitted with a gush of fluid; premature rupture of membranes confirmed by ferning. A/P: PPROM at 31 weeks, no labor, latency antibiotics, betamethasone.", want: []string{"O42.913"}, not: []string{"O42.90"}},
	}...)
}
