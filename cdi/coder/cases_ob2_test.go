package coder

import "notecoder/cdi/model"

// Obstetric and newborn lines (ob2) the first pregnancy work left uncoded or
// wrong, written as an obstetrician or NICU note would put them.

// Hypertension with heart or kidney disease in a current pregnancy is
// pre-existing hypertensive disease: O10.1 includes any condition in I11,
// O10.2 any in I12, O10.3 any in I13, and their notes ask for that code
// beside them (guideline I.C.15.d), on the trimester of the hypertension
// code it replaces. O11 asks for its O10 code ("use additional code from O10
// to identify the type of hypertension"). A chapter 15 code wins an
// Excludes1 conflict with another chapter's code (I.C.15.a.1), and the
// "eclampsia" of "preeclampsia" is not Eclampsia (O15.9).
func init() {
	cases = append(cases, []tc{
		{name: "ob2-htn-ckd-o10-2", text: "G2P1 at 30 weeks with chronic hypertension and chronic kidney disease stage 2.", want: []string{"O10.213", "I12.9", "N18.2", "Z3A.30"}, not: []string{"O10.013", "O16.3", "O99.891"}},
		{name: "ob2-htn-hf-o10-1", text: "Pregnant at 25 weeks with hypertension and heart failure.", want: []string{"O10.112", "I11.0", "I50.9", "Z3A.25"}, not: []string{"O16.2"}},
		{name: "ob2-hhd-o10-1", text: "Pregnant at 30 weeks with hypertensive heart disease.", want: []string{"O10.113", "I11.9", "Z3A.30"}},
		{name: "ob2-hhckd-o10-3", text: "Pregnant at 30 weeks with hypertensive heart and chronic kidney disease with heart failure, CKD stage 3.", want: []string{"O10.313", "I13.0", "N18.30"}},
		{name: "ob2-o11-pairs-o10-essential", text: "Preeclampsia superimposed on chronic hypertension, 34 weeks.", want: []string{"O11.3", "O10.013", "Z3A.34"}},
		{name: "ob2-o11-pairs-o10-unspecified", text: "Preeclampsia with pre-existing hypertension, 34 weeks.", want: []string{"O11.3", "O10.913", "Z3A.34"}, not: []string{"O15.9"}},
		{name: "ob2-o11-across-and", text: "G1P0 at 34 weeks with preeclampsia and pre-existing hypertension.", want: []string{"O11.3", "O10.913"}},
		{name: "ob2-preeclampsia-not-eclampsia", text: "Preeclampsia with hypertension.", want: []string{"O14.90"}, not: []string{"O15.9", "I10"}},
		{name: "ob2-guard-eclampsia", text: "Eclampsia at 36 weeks.", want: []string{"O15.9", "Z3A.36"}},
		{name: "ob2-guard-htn-ckd-not-pregnant", text: "Hypertension and CKD stage 3.", want: []string{"I12.9", "N18.30"}, not: []string{"O10.219", "O16.9"}},
	}...)
}

// Diabetes of no stated type in a current pregnancy is the index's
// "Pregnancy, complicated by, diabetes" O24.91-, followed by the diabetes
// code (I.C.15.g), E11 by default (I.C.4.a.2).
func init() {
	cases = append(cases, []tc{
		{name: "ob2-diabetes-nos-o24-9", text: "Pregnant at 20 weeks with diabetes.", want: []string{"O24.912", "E11.9", "Z3A.20"}},
		{name: "ob2-diabetes-nos-no-weeks", text: "Pregnant with diabetes.", want: []string{"O24.919", "E11.9"}},
		{name: "ob2-guard-t2dm-o24-1", text: "Pregnant at 20 weeks with type 2 diabetes.", want: []string{"O24.112", "E11.9"}, not: []string{"O24.912"}},
	}...)
}

// Infections and carrier states of a current pregnancy. COVID-19 is O98.5-
// with U07.1 (I.C.15.s); the 19 of "COVID-19" is no week of gestation. A
// group B streptococcus carrier is O99.82- alone (its Excludes1 keeps
// Z22.330 for the nonpregnant woman); a hepatitis B carrier is the index's
// B18.1 ("Carrier of, hepatitis, B surface antigen"), so O98.4-.
func init() {
	cases = append(cases, []tc{
		{name: "ob2-covid-o98-5", text: "Pregnant at 30 weeks with COVID-19.", want: []string{"O98.513", "U07.1", "Z3A.30"}},
		{name: "ob2-covid-in-pregnancy-no-19-weeks", text: "COVID-19 in pregnancy, 30 weeks.", want: []string{"O98.513", "U07.1", "Z3A.30"}, not: []string{"Z3A.19"}},
		{name: "ob2-guard-covid-not-pregnant", text: "COVID-19 pneumonia.", want: []string{"U07.1"}, not: []string{"O98.519"}},
		{name: "ob2-gbs-positive-o99-82", text: "Pregnant at 36 weeks, GBS positive.", want: []string{"O99.820", "Z3A.36"}, not: []string{"Z22.330", "G61.0"}},
		{name: "ob2-gbs-strep-carrier", text: "Group B strep carrier in pregnancy.", want: []string{"O99.820"}, not: []string{"B95.1", "Z22.330"}},
		{name: "ob2-guard-gbs-uti", text: "GBS UTI at 20 weeks pregnant.", want: []string{"O23.42"}, not: []string{"O99.820"}},
		{name: "ob2-guard-gbs-status-unknown", text: "GBS status unknown, 38 weeks pregnant.", not: []string{"O99.820"}},
		{name: "ob2-guard-gbs-urine", text: "GBS positive urine culture at 20 weeks pregnant.", not: []string{"O99.820"}},
		{name: "ob2-guard-gbs-guillain-barre", text: "GBS with ascending weakness, started IVIG.", want: []string{"G61.0"}, not: []string{"Z22.330"}},
		{name: "ob2-hep-b-carrier", text: "Hepatitis B carrier.", want: []string{"B18.1"}, not: []string{"B19.10"}},
		{name: "ob2-hep-b-carrier-pregnant", text: "Hepatitis B carrier, pregnant at 20 weeks.", want: []string{"O98.412", "B18.1", "Z3A.20"}, not: []string{"B19.10"}},
	}...)
}

// Signs the index files only under "Pregnancy, complicated by": decreased
// fetal movement (O36.81-) and first-trimester bleeding, which is
// hemorrhage in early pregnancy (O20.9; O20 includes hemorrhage before 20
// completed weeks).
func init() {
	cases = append(cases, []tc{
		{name: "ob2-decreased-fetal-movements", text: "G2P1 at 36 weeks with decreased fetal movements.", want: []string{"O36.8130", "Z3A.36"}},
		{name: "ob2-reduced-fetal-movement", text: "Reduced fetal movement at 32 weeks.", want: []string{"O36.8130", "Z3A.32"}},
		{name: "ob2-first-trimester-bleeding", text: "First trimester bleeding, 8 weeks pregnant.", want: []string{"O20.9", "Z3A.08"}, not: []string{"R58"}},
		{name: "ob2-first-trimester-vaginal-bleeding", text: "G1P0 at 9 weeks with first-trimester vaginal bleeding.", want: []string{"O20.9", "Z3A.09"}, not: []string{"N93.9"}},
	}...)
}

// A past cesarean delivery of a woman not pregnant is the index's "History,
// personal, surgery NEC, with uterine scar" (Z98.891); in a current
// pregnancy it stays the scar's maternal care (O34.21-), which wins the
// Excludes1 conflict.
func init() {
	cases = append(cases, []tc{
		{name: "ob2-past-cesarean-z98-891", text: "s/p cesarean 2 years ago.", want: []string{"Z98.891"}, not: []string{"O34.219"}},
		{name: "ob2-history-cesarean-section", text: "History of cesarean section.", want: []string{"Z98.891"}},
		{name: "ob2-guard-pregnant-prior-cesarean", text: "Pregnant at 30 weeks, prior cesarean delivery.", want: []string{"O34.219", "Z3A.30"}, not: []string{"Z98.891"}},
		{name: "ob2-guard-cesarean-planned", text: "Scheduled for cesarean section next week.", not: []string{"Z98.891"}},
	}...)
}

// Newborn codes. Bronchopulmonary dysplasia is the index's only entry for it,
// "Dysplasia, bronchopulmonary, perinatal" (P27.1), said without
// "perinatal". P07 codes birth weight and gestational age on two axes (its
// note: both are coded, weight first): a low birth weight without grams
// (P07.10) is not made less specific by the weeks (P07.37).
func init() {
	cases = append(cases, []tc{
		{name: "ob2-bpd-p27-1", text: "Bronchopulmonary dysplasia, born at 26 weeks.", want: []string{"P27.1"}},
		{name: "ob2-bpd-abbrev", text: "BPD, former 26 week preterm infant on home oxygen.", want: []string{"P27.1", "Z99.81"}, not: []string{"F31.9"}},
		{name: "ob2-lbw-weeks-no-grams", text: "LBW infant, 34 weeks.", want: []string{"P07.10", "P07.37"}},
		{name: "ob2-lbw-spelled-weeks", text: "Low birth weight infant at 34 weeks.", want: []string{"P07.10", "P07.37"}},
		{name: "ob2-guard-preterm-weeks-only", text: "Preterm infant, 32 weeks.", want: []string{"P07.35"}, not: []string{"P07.30", "P07.10"}},
		{name: "ob2-former-preemie-weight-not-used", text: "Former 30 week preemie, now 6 months old, birth weight 1200 g.", not: []string{"P07.14@present", "P07.33@present"}},
	}...)
}

// Rh isoimmunization of a current pregnancy is maternal care for it
// ("Pregnancy, complicated by, isoimmunization, Rh" O36.09-; anti-D
// antibody O36.01-), not the procreative-management Z31.82. An Rh-negative
// mother without isoimmunization has no O36.0 code.
func init() {
	cases = append(cases, []tc{
		{name: "ob2-rh-isoimmunization-o36-09", text: "Rh isoimmunization, 28 weeks pregnant.", want: []string{"O36.0930", "Z3A.28"}, not: []string{"Z31.82"}},
		{name: "ob2-rh-anti-d-o36-01", text: "Pregnant at 28 weeks with Rh isoimmunization, anti-D antibodies.", want: []string{"O36.0130"}},
		{name: "ob2-guard-rh-negative-no-isoimmunization", text: "Rh negative, 28 weeks pregnant.", not: []string{"O36.0930", "O36.0130"}},
	}...)
}

// Obstetric lines the index already reads right, kept so: threatened
// abortion, hyperemesis gravidarum, placenta previa, PPROM, breech and
// post-term pregnancy with their trimester and weeks. A suspected IUGR is
// not coded in an outpatient note (IV.H) and is coded as if it existed in an
// inpatient one (II.H).
func init() {
	cases = append(cases, []tc{
		{name: "ob2-threatened-miscarriage", text: "Threatened miscarriage at 10 weeks.", want: []string{"O20.0", "Z3A.10"}},
		{name: "ob2-hyperemesis-mild", text: "Hyperemesis gravidarum at 10 weeks.", want: []string{"O21.0", "Z3A.10"}},
		{name: "ob2-hyperemesis-metabolic", text: "Hyperemesis gravidarum with dehydration, 10 weeks.", want: []string{"O21.1", "Z3A.10"}, not: []string{"O21.0", "E86.0"}},
		{name: "ob2-placenta-previa", text: "Placenta previa at 32 weeks.", want: []string{"O44.03", "Z3A.32"}},
		{name: "ob2-pprom", text: "PPROM at 32 weeks.", want: []string{"O42.913", "Z3A.32"}},
		{name: "ob2-breech", text: "Breech presentation at 37 weeks.", want: []string{"O32.1XX0", "Z3A.37"}},
		{name: "ob2-post-term", text: "Post-term pregnancy at 41 weeks.", want: []string{"O48.0", "Z3A.41"}},
		{name: "ob2-suspected-iugr-outpatient", text: "Suspected IUGR at 32 weeks.", not: []string{"O36.5930"}},
		{name: "ob2-suspected-iugr-inpatient", text: "Suspected IUGR at 32 weeks.", setting: model.Inpatient, want: []string{"O36.5930"}},
	}...)
}

// The note's pregnancy (I.C.15.a.1): hypertensive disease listed elsewhere
// in a note about a current pregnancy was there before it, so it takes the
// O10 code that includes any condition of its category (O10.0 for I10,
// O10.2 for I12), in the trimester of the note's weeks; the CKD in O10.2
// takes no O99.89- of its own.
func init() {
	cases = append(cases, []tc{
		{name: "ob2-note-pmh-hypertension", text: "HPI: 30 yo G2P1 at 28 weeks, routine prenatal visit.\nPMH: hypertension.", want: []string{"O10.013", "Z3A.28"}, not: []string{"I10", "O16.3"}},
		{name: "ob2-note-pmh-htn-ckd", text: "HPI: 30 yo G2P1 at 28 weeks, routine prenatal visit.\nPMH: hypertension, CKD stage 3, asthma.", want: []string{"O10.213", "I12.9", "N18.30", "O99.513", "Z3A.28"}, not: []string{"O99.891"}},
		{name: "ob2-note-guard-delivered-htn", text: "HPI: 30 yo G2P1 at 28 weeks. PMH: hypertension. Delivered by c-section at 38 weeks.", want: []string{"I10"}, not: []string{"O10.013"}},
		{name: "ob2-note-mental-narrowest", text: "Currently 20 weeks pregnant. She has major depressive disorder.", want: []string{"O99.342"}},
	}...)
}
