package coder

// Pregnancy cases (preg2): substance use in a current pregnancy takes the
// O99.31-O99.33 code that the tabular names in the subcategory's own "use
// additional code" note (F10, F11-F16 and F18-F19, F17).
func init() {
	cases = append(cases, []tc{
		{name: "preg2-smoker-second-trimester", text: "Current smoker, 20 weeks pregnant.", want: []string{"F17.200", "O99.332", "Z3A.20"}},
		{name: "preg2-alcohol-third-trimester", text: "Alcohol abuse, pregnant at 31 weeks.", want: []string{"F10.10", "O99.313", "Z3A.31"}},
		{name: "preg2-opioid-named-trimester", text: "Opioid dependence, pregnant in the first trimester.", want: []string{"F11.20", "O99.321"}},
		// Guards: a past pregnancy, or someone else's, takes no chapter 15 code.
		{name: "preg2-smoking-past-pregnancy", text: "She smoked during her previous pregnancy.", not: []string{"O99.330", "O99.332"}},
		{name: "preg2-mother-smoked", text: "Heavy smoker. Her mother smoked while pregnant with her.", want: []string{"F17.200"}, not: []string{"O99.330"}},
	}...)
}

// The obstetric formula with the weeks of the pregnancy ("G3P2 at 36
// weeks") says "gravida" to the abbreviation rules of "prior c/s"; on its own
// it is also the history of a woman not pregnant now.
func init() {
	cases = append(cases, []tc{
		{name: "preg2-formula-weeks-prior-cs", text: "G3P2 at 36 weeks, prior c/s.", want: []string{"O34.219", "Z3A.36"}},
		{name: "preg2-formula-wks-sp-cs", text: "G2P1, 25 wks, s/p c/s x1.", want: []string{"O34.219", "Z3A.25"}},
		{name: "preg2-formula-no-weeks", text: "G3P3 with prior c/s, seen for pelvic pain.", not: []string{"O34.219"}},
		{name: "preg2-formula-newborn", text: "Male infant born at 36 weeks by c/s to a G3P2 mother.", not: []string{"O34.219", "Z3A.36"}},
	}...)
}

// A condition of a current pregnancy that "Pregnancy, complicated by" names
// takes that entry's maternal code, with the trimester and the fetus 7th
// character (0 for one fetus or unspecified); past pregnancies and newborns
// keep the condition's own reading.
func init() {
	cases = append(cases, []tc{
		{name: "preg2-fetal-growth-third-trimester", text: "Pregnant at 33 weeks with fetal growth retardation.", want: []string{"O36.5930", "Z3A.33"}, not: []string{"R62.50"}},
		{name: "preg2-complicated-by-line", text: "Pregnancy complicated by fetal growth retardation.", want: []string{"O36.5990"}, not: []string{"R62.50"}},
		{name: "preg2-vomiting-current", text: "Pregnant at 9 weeks with vomiting.", want: []string{"O21.9", "Z3A.09"}},
		// The pregnancy's own code already names the condition: no second code of its category.
		{name: "preg2-hyperemesis-with-vomiting", text: "Pregnant at 9 weeks, hyperemesis gravidarum with vomiting.", want: []string{"O21.0"}, not: []string{"O21.9"}},
		{name: "preg2-fetal-growth-past-pregnancy", text: "Fetal growth retardation in her previous pregnancy.", not: []string{"O36.5990", "O36.5930"}},
		{name: "preg2-fetal-growth-newborn", text: "Newborn with fetal growth retardation, born at 35 weeks.", not: []string{"O36.5930", "O36.5990"}},
	}...)
}
