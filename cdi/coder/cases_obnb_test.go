package coder

// Obstetric cases (obnb), written the way an obstetric, labour-ward or
// prenatal note phrases them. Infections of a current pregnancy take the O98
// code whose "Conditions in" range includes them, and the "Other maternal
// infectious ..." code (O98.8-) for the rest of Chapter 1, which the O98
// "use additional code (Chapter 1)" note names; the organism codes (B95-B97)
// take none (I.C.15.a.1, I.C.1).
func init() {
	cases = append(cases, []tc{
		{name: "obnb-syphilis-o98-1", text: "Pregnant at 26 weeks with syphilis.", want: []string{"O98.112", "A53.9", "Z3A.26"}},
		{name: "obnb-tuberculosis-o98-0", text: "Pregnant at 12 weeks with tuberculosis.", want: []string{"O98.011", "Z3A.12"}},
		{name: "obnb-hepatitis-b-o98-4", text: "Pregnant at 20 weeks with chronic hepatitis B.", want: []string{"O98.412", "B18.1", "Z3A.20"}},
		{name: "obnb-herpes-o98-3", text: "Pregnant at 12 weeks with genital herpes.", want: []string{"O98.311", "A60.00"}},
		{name: "obnb-chapter1-other-o98-8", text: "Pregnant at 20 weeks with scabies.", want: []string{"O98.812", "B86"}},
		{name: "obnb-organism-no-o98", text: "Pregnant at 20 weeks with E. coli urinary tract infection.", want: []string{"B96.20"}, not: []string{"O98.812", "O98.819"}},
		{name: "obnb-guard-syphilis-not-pregnant", text: "Syphilis, treated; she is not pregnant.", not: []string{"O98.119", "O98.111"}},
	}...)
}

// A condition chapter 15 classifies in a category of its own (hypertension
// O10-O16, diabetes O24, genitourinary infection O23, venous complications
// O22) is read through the index's pregnancy entries when the sentence
// documents a current pregnancy: "Pregnancy, complicated by" or the
// condition's own "complicating, pregnancy" subterm. The chapter 15 code
// replaces the condition's own unless its tabular note asks for both
// (O24.1: "use additional code from category E11"; O22.3: the DVT code).
func init() {
	cases = append(cases, []tc{
		{name: "obnb-chronic-htn-o10", text: "28 yo G2P1 at 32 weeks with chronic hypertension on labetalol.", want: []string{"O10.013", "Z3A.32"}, not: []string{"I10"}},
		{name: "obnb-essential-htn-o10", text: "Pregnant at 30 weeks with essential hypertension.", want: []string{"O10.013", "Z3A.30"}, not: []string{"I10"}},
		{name: "obnb-htn-nos-o16", text: "G1P0 at 20 weeks with hypertension.", want: []string{"O16.2", "Z3A.20"}, not: []string{"I10", "O10.012"}},
		{name: "obnb-t1dm-o24-0", text: "Type 1 diabetes in pregnancy, 20 weeks.", want: []string{"O24.012", "E10.9", "Z3A.20"}, not: []string{"O24.912"}},
		{name: "obnb-uti-o23-4", text: "Pregnant at 20 weeks with urinary tract infection.", want: []string{"O23.42", "Z3A.20"}, not: []string{"N39.0"}},
		{name: "obnb-hemorrhoids-o22-4", text: "Pregnant at 30 weeks with hemorrhoids.", want: []string{"O22.43", "Z3A.30"}, not: []string{"K64.9"}},
		{name: "obnb-dvt-o22-3-both", text: "Pregnant at 30 weeks with DVT of the left femoral vein.", want: []string{"O22.33", "I82.412", "Z3A.30"}},
		{name: "obnb-guard-htn-male", text: "54 yo man with chronic hypertension on lisinopril.", want: []string{"I10"}, not: []string{"O10.019", "O16.9"}},
		{name: "obnb-guard-htn-past-pregnancy", text: "Hypertension during her previous pregnancy, now resolved.", not: []string{"O16.9@present", "O10.919", "I10"}},
	}...)
}

// "Maternal care for scar from previous cesarean delivery" (O34.21-) is care
// in a current pregnancy: without a pregnancy or its weeks in the sentence,
// a cesarean delivery is a delivery's procedure or a past event, not this
// code.
func init() {
	cases = append(cases, []tc{
		{name: "obnb-bare-cesarean", text: "Cesarean delivery.", not: []string{"O34.219"}},
		{name: "obnb-postmenopausal-prior-cs", text: "Gravida 3 para 3, prior c/s x3, now postmenopausal.", not: []string{"O34.219"}},
		{name: "obnb-past-cesarean-ago", text: "s/p cesarean delivery 2 years ago.", not: []string{"O34.219"}},
		{name: "obnb-past-cesarean-weeks-no-pregnancy", text: "History of cesarean delivery at 38 weeks in 2019.", not: []string{"O34.219", "Z3A.38"}},
		{name: "obnb-repeat-cesarean-weeks", text: "Repeat cesarean delivery at 39 weeks, prior c/s x2.", want: []string{"O34.219", "Z3A.39"}},
	}...)
}

// Newborn notes write "infant" where the index says "newborn (infant)": a
// preterm infant takes the P07.3- code of its completed weeks (I.C.16.e).
func init() {
	cases = append(cases, []tc{
		{name: "obnb-preterm-infant-weeks", text: "Preterm infant born at 32 weeks.", want: []string{"P07.35"}, not: []string{"Z3A.32", "O60.13"}},
		{name: "obnb-preterm-infant-nos", text: "Preterm infant.", want: []string{"P07.30"}},
		{name: "obnb-infant-diabetic-mother-kept", text: "Infant of a diabetic mother.", want: []string{"P70.1"}},
	}...)
}

// The pregnancy of the note (I.C.15.a.1): a sentence stating a current
// pregnancy with its weeks makes the note about it, so a condition the note
// documents in another sentence or section takes its O99 code too, with the
// trimester of those weeks. Not when the note says the pregnancy ended or is
// about a newborn, nor when the condition's own sentence puts a pregnancy in
// the past.
func init() {
	cases = append(cases, []tc{
		{name: "obnb-note-semicolon", text: "Currently 20 weeks pregnant; known asthma.", want: []string{"O99.512", "J45.909", "Z3A.20"}},
		{name: "obnb-note-next-sentence", text: "Currently 24 weeks pregnant. She has known hypothyroidism on levothyroxine.", want: []string{"O99.282", "E03.9", "Z3A.24"}},
		{name: "obnb-note-pmh-section", text: "HPI: 30 yo G2P1 at 28 weeks, here for a routine visit.\nPMH: asthma, hypothyroidism.", want: []string{"O99.513", "O99.283", "Z3A.28"}},
		{name: "obnb-note-guard-delivered", text: "HPI: 30 yo G2P1 at 28 weeks. PMH: asthma. Delivered by c-section at 38 weeks.", want: []string{"J45.909"}, not: []string{"O99.513", "O99.519"}},
		{name: "obnb-note-guard-no-weeks", text: "Pregnancy test negative. Known asthma.", want: []string{"J45.909"}, not: []string{"O99.519"}},
		{name: "obnb-note-guard-planning", text: "She is planning to become pregnant. Known asthma.", not: []string{"O99.519"}},
		{name: "obnb-note-guard-mother", text: "Mother is 20 weeks pregnant. The boy has asthma.", want: []string{"J45.909"}, not: []string{"O99.512"}},
		{name: "obnb-note-guard-past-sentence", text: "Currently 20 weeks pregnant. Depression during her previous pregnancy, resolved.", not: []string{"O99.342"}},
	}...)
}

// IUGR and fetal growth restriction are the index's "growth retardation"; a
// fetal condition with weeks of gestation is the current pregnancy's
// (O36.59-, "Pregnancy, complicated by, fetal, growth retardation") even
// without the word "pregnant"; a newborn's is not.
func init() {
	cases = append(cases, []tc{
		{name: "obnb-iugr-weeks-only", text: "IUGR, 34 weeks.", want: []string{"O36.5930", "Z3A.34"}, not: []string{"R62.50"}},
		{name: "obnb-fgr-spelled", text: "Fetal growth restriction at 30 weeks gestation.", want: []string{"O36.5930", "Z3A.30"}},
		{name: "obnb-iugr-pregnant", text: "Pregnant at 34 weeks with IUGR.", want: []string{"O36.5930", "Z3A.34"}},
		{name: "obnb-iugr-newborn", text: "Newborn with IUGR, born at 34 weeks.", not: []string{"O36.5930", "Z3A.34"}},
		{name: "obnb-weeks-alone-no-pregnancy", text: "Vomiting, 34 weeks.", want: []string{"R11.10"}, not: []string{"O21.9"}},
	}...)
}

// Elderly primigravida and multigravida (advanced maternal age) are the
// index's "Pregnancy, complicated by, elderly" (O09.51-, O09.52-), with the
// trimester of the weeks (I.C.15.b.2).
func init() {
	cases = append(cases, []tc{
		{name: "obnb-elderly-multigravida", text: "Elderly multigravida, 38 yo G4P3 at 12 weeks.", want: []string{"O09.521", "Z3A.12"}},
		{name: "obnb-elderly-primigravida", text: "Elderly primigravida at 16 weeks.", want: []string{"O09.512", "Z3A.16"}},
		{name: "obnb-ama-primigravida", text: "AMA primigravida, 11 weeks.", want: []string{"O09.511", "Z3A.11"}},
		{name: "obnb-ama-multigravida-spelled", text: "Advanced maternal age multigravida, 20 weeks.", want: []string{"O09.522"}},
		{name: "obnb-guard-mother-elderly-primigravida", text: "Her mother was an elderly primigravida.", not: []string{"O09.519", "O09.512"}},
	}...)
}

// Newborn weight and age (I.C.16.d-e): a documented low birth weight or
// prematurity reads the birth weight recorded in grams (the tabular titles'
// ranges), and P07's note asks for the weight code and the gestational age
// code both, weight first. A weight alone codes nothing.
func init() {
	cases = append(cases, []tc{
		{name: "obnb-preterm-weeks-and-grams", text: "Preterm infant born at 32 weeks, birth weight 1600 g.", want: []string{"P07.16", "P07.35"}},
		{name: "obnb-elbw-grams-and-weeks", text: "Extremely low birth weight infant, 800 g, 25 weeks.", want: []string{"P07.03", "P07.24"}, not: []string{"P07.00"}},
		{name: "obnb-vlbw-grams-and-weeks", text: "VLBW infant, 1300 g, 30 weeks.", want: []string{"P07.15", "P07.33"}},
		{name: "obnb-lbw-grams-comma", text: "Low birth weight newborn, 2,100 grams.", want: []string{"P07.18"}, not: []string{"P07.10"}},
		{name: "obnb-sga-grams", text: "Small for gestational age, birth weight 2100 grams, 38 weeks.", want: []string{"P05.18"}, not: []string{"P05.10"}},
		{name: "obnb-preemie", text: "Preemie, 30 weeks.", want: []string{"P07.33"}},
		{name: "obnb-term-weight-alone", text: "Term newborn, birth weight 3400 g.", not: []string{"P07.10", "P07.18", "P05.10"}},
	}...)
}

// Jaundice of prematurity is the newborn's P59.0. The liveborn infant codes
// (Z38) belong to the newborn's birth record (I.C.16.a.2, I.C.21.c.12): a
// sentence that names twins without a birth is not one.
func init() {
	cases = append(cases, []tc{
		{name: "obnb-jaundice-of-prematurity", text: "Jaundice of prematurity.", want: []string{"P59.0"}, not: []string{"R17"}},
		{name: "obnb-z38-cesarean-birth", text: "Single liveborn infant delivered by cesarean section.", want: []string{"Z38.01"}},
		{name: "obnb-z38-twin-born", text: "Twin A, born at 34 weeks by cesarean.", want: []string{"Z38.5"}},
		{name: "obnb-z38-guard-twins-no-birth", text: "Located in twins.", not: []string{"Z38.5"}},
	}...)
}

// Chapter 15's own inclusion terms "X in pregnancy" ("Pyelonephritis in
// pregnancy", O23.0) read a condition the index files only under a synonym
// ("Pregnancy, complicated by, pyelitis"). Preeclampsia is a pregnancy
// context for "chronic hypertension" (pre-existing): O11.
func init() {
	cases = append(cases, []tc{
		{name: "obnb-pyelonephritis-o23-0", text: "G3P2 at 22 weeks with pyelonephritis.", want: []string{"O23.02", "Z3A.22"}, not: []string{"N12"}},
		{name: "obnb-salpingitis-o23-52", text: "Pregnant at 12 weeks with salpingitis.", want: []string{"O23.521", "Z3A.12"}},
		{name: "obnb-guard-pyelonephritis-man", text: "Pyelonephritis, 40 yo man.", want: []string{"N12"}, not: []string{"O23.00"}},
		{name: "obnb-superimposed-preeclampsia-o11", text: "Preeclampsia superimposed on chronic hypertension, 34 weeks.", want: []string{"O11.3", "Z3A.34"}, not: []string{"I10"}},
	}...)
}

// Someone else's pregnancy makes no chapter 15 code for the patient, in the
// sentence or in the note.
func init() {
	cases = append(cases, []tc{
		{name: "obnb-guard-daughter-pregnant", text: "Her daughter is 20 weeks pregnant. She has asthma.", want: []string{"J45.909"}, not: []string{"O99.512", "Z3A.20"}},
		{name: "obnb-guard-wife-pregnant", text: "His wife is 30 weeks pregnant. He has asthma.", want: []string{"J45.909"}, not: []string{"O99.513", "Z3A.30"}},
		{name: "obnb-guard-wife-same-sentence", text: "Asthma; his wife is 30 weeks pregnant.", not: []string{"O99.513"}},
	}...)
}

// A primary cesarean delivery at term is this delivery's, not care for the
// scar of a previous one.
func init() {
	cases = append(cases, []tc{
		{name: "obnb-primary-cesarean-weeks", text: "Primary cesarean delivery for arrest of dilation at 39 weeks.", not: []string{"O34.219"}},
	}...)
}

// Hypertension read as its chapter 15 code keeps the hypertensive disease
// combination the note gives (I12.9 with CKD, guideline I.C.9.a.2; "use
// additional code from I12" of O10.2); a hypertensive heart disease that
// chapter 15 pairs with O10.1- is not read as the maternal hypertension NOS
// (O16.-) that would drop it.
func init() {
	cases = append(cases, []tc{
		{name: "obnb-htn-ckd-keeps-i12", text: "Pregnant at 25 weeks with hypertension and CKD stage 3.", want: []string{"O10.212", "I12.9", "N18.30", "Z3A.25"}, not: []string{"O16.2"}},
		{name: "obnb-htn-hf-keeps-i11", text: "Pregnant at 25 weeks with hypertension and heart failure.", want: []string{"I11.0"}, not: []string{"O16.2"}},
	}...)
}
