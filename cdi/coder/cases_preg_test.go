package coder

// Pregnancy cases (preg): a condition of a current pregnancy complicates it
// (guideline I.C.15.a.1); the O99/O9A code of the condition's chapter comes
// with the condition's own code and the weeks of gestation.
func init() {
	cases = append(cases, []tc{
		{name: "preg-endocrine-trimester-word", text: "Hypothyroidism in pregnancy, first trimester.", want: []string{"O99.281", "E03.9"}},
		{name: "preg-respiratory-weeks", text: "Asthma in pregnancy, 22 weeks.", want: []string{"O99.512", "J45.909", "Z3A.22"}},
		// 28 weeks 0 days begins the third trimester (I.C.15.a.3).
		{name: "preg-respiratory-28-weeks-third", text: "Asthma in pregnancy, 28 weeks.", want: []string{"O99.513", "Z3A.28"}, not: []string{"O99.512"}},
		{name: "preg-currently-pregnant", text: "Currently 20 weeks pregnant with known asthma, on an inhaler.", want: []string{"O99.512", "Z3A.20"}},
		{name: "preg-gravida-para", text: "G2P1 at 31 weeks with hypothyroidism.", want: []string{"O99.283", "E03.9", "Z3A.31"}},
		{name: "preg-obesity-own-subcategory", text: "Obesity, 12 weeks pregnant.", want: []string{"O99.211", "E66.9", "Z3A.12"}, not: []string{"O99.281"}},
		{name: "preg-nervous-and-mental", text: "Pregnant at 16 weeks with migraine and depression.", want: []string{"O99.352", "O99.342", "Z3A.16"}},
		{name: "preg-other-specified-no-trimester", text: "Osteoarthritis of the knee in pregnancy.", want: []string{"O99.891"}},
		{name: "preg-unspecified-trimester", text: "Pregnant patient with hypothyroidism.", want: []string{"O99.280", "E03.9"}},
		// O9A: neoplasms (C00-C96) and injuries (S00-T88) complicating pregnancy.
		{name: "preg-injury-o9a2", text: "Pregnant at 30 weeks with a fracture of the left radius.", want: []string{"O9A.213", "Z3A.30"}},
		{name: "preg-neoplasm-o9a1", text: "Pregnant at 20 weeks with breast cancer.", want: []string{"O9A.112", "Z3A.20"}},
		{name: "preg-uti-not-o99", text: "Urinary tract infection, 20 weeks pregnant.", not: []string{"O99.892", "O99.891"}},
		// Chapter 15 has a category of its own (excludes notes of O99): the index decides.
		{name: "preg-diabetes-not-o99", text: "Type 2 diabetes, 30 weeks pregnant.", not: []string{"O99.283", "O99.280"}},
		{name: "preg-hypertension-not-o99", text: "Hypertension in pregnancy, 30 weeks.", want: []string{"O16.3"}, not: []string{"O99.413"}},
		// A previous cesarean delivery in a pregnant patient: the scar is this pregnancy's
		// (O34.21-); the past delivery is the code's own axis, not a history.
		{name: "preg-sp-csection", text: "s/p C-section x2, currently 38 weeks pregnant.", want: []string{"O34.219", "Z3A.38"}},
		{name: "preg-previous-cesarean-section", text: "Pregnant at 39 weeks with a previous cesarean section.", want: []string{"O34.219", "Z3A.39"}},
		{name: "preg-prior-cesarean-delivery-present", text: "Pregnant, 30 weeks, prior cesarean delivery.", want: []string{"O34.219@present"}},
		{name: "preg-guard-delivered-by-cesarean", text: "She was delivered by cesarean section at 38 weeks of gestation.", not: []string{"O34.219"}},
		// Guards: no current pregnancy, or the condition absent.
		{name: "preg-guard-past-pregnancy", text: "She has asthma and had an uneventful pregnancy 4 years earlier.", want: []string{"J45.909"}, not: []string{"O99.519", "O99.513"}},
		{name: "preg-guard-previous-pregnancy", text: "Hypothyroidism diagnosed during her previous pregnancy.", not: []string{"O99.280"}},
		{name: "preg-guard-mother", text: "The mother had asthma during pregnancy.", not: []string{"O99.519"}},
		{name: "preg-guard-newborn", text: "Newborn born at 34 weeks gestation with pneumonia.", not: []string{"O99.513"}},
		{name: "preg-guard-male", text: "A 40-year-old man with asthma and hypothyroidism.", want: []string{"J45.909", "E03.9"}, not: []string{"O99.519", "O99.280"}},
		{name: "preg-guard-negated", text: "Currently 20 weeks pregnant. No asthma.", not: []string{"O99.512", "J45.909"}},
		{name: "preg-guard-not-pregnant", text: "Asthma; she is not pregnant.", not: []string{"O99.519"}},
	}...)
}
