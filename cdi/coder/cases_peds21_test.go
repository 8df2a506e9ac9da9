package coder

import "notecoder/cdi/model"

// Cases for peds21: a newborn's inpatient record that says it was born in this
// hospital is its birth episode and takes the liveborn Z38 by type of delivery
// even when no delivery code was read (I.C.16.a.2); pediatric shorthand VUR and
// an impetiginized dermatosis reach their index entries; a graded IVH and a
// Bell-staged NEC are the newborn's (P52.-, P77.-).
func init() {
	cases = append(cases, []tc{
		{name: "peds21-bornhere-cesarean", text: "NICU Admission\nBaby girl born here at 32 0/7 wks by primary C-section for severe preeclampsia; BW 1620 g.\nAssessment: RDS s/p surfactant, on CPAP.", setting: model.Inpatient, want: []string{"Z38.01", "P22.0"}, not: []string{"Z38.00", "O82"}},
		{name: "peds21-inborn-vaginal", text: "Nursery Note\nInborn female, 36 1/7 wks, BW 2380 g, Apgars 8/9.\nAssessment: transitional neonatal hypoglycemia, resolved with dextrose gel.", setting: model.Inpatient, want: []string{"Z38.00", "P70.4"}, not: []string{"Z38.01"}},
		{name: "peds21-svd-here-newborn-record", text: "Newborn Discharge Note\nTerm female, 40 1/7 wks, SVD here. Apgars 8/9, BW 3280 g.\nAssessment: healthy term newborn, feeding well.", setting: model.Inpatient, want: []string{"Z38.00"}, not: []string{"O80", "Z3A.40"}},
		// Guards (pass on the base too): a readmitted newborn is no birth
		// episode, and an office visit is never one.
		{name: "peds21-bornhere-readmitted-guard", text: "Pediatric Admission\n5-day-old male born here at 39 wks, readmitted for hyperbilirubinemia.\nAssessment: neonatal jaundice, phototherapy.", setting: model.Inpatient, not: []string{"Z38.00", "Z38.01"}},
		{name: "peds21-bornhere-outpatient-guard", text: "Weight check\n6-day-old born here at 39 wks by C-section, feeding well.\nAssessment: weight gain adequate.", not: []string{"Z38.00", "Z38.01"}},
		{name: "peds21-vur-abbrev", text: "Assessment: Bilateral primary VUR, improving, without reflux nephropathy. Continue prophylaxis.", want: []string{"N13.71"}},
		{name: "peds21-impetiginized-eczema", text: "Assessment: Moderate atopic dermatitis flare with secondary impetiginization. Cephalexin x 7 days.", want: []string{"L20.9", "L01.1"}},
		{name: "peds21-ivh-graded-newborn", text: "Assessment: ELBW preterm infant, 25 wk.\nGrade III IVH (R) with ventricular dilation on HUS, stable, neurosurgery aware.", setting: model.Inpatient, want: []string{"P52.21"}, not: []string{"I61.5"}},
		{name: "peds21-intraventricular-hemorrhage-grade-2", text: "Assessment: Intraventricular hemorrhage, grade 2, stable - repeat head ultrasound in 1 week.", setting: model.Inpatient, want: []string{"P52.1"}, not: []string{"I61.5"}},
		// Guard (passes on the base too): an adult's intraventricular bleed,
		// ungraded and not on a head ultrasound, stays intracerebral.
		{name: "peds21-ivh-adult-guard", text: "Assessment: Hypertensive intracerebral hemorrhage with IVH, EVD placed by neurosurgery.", setting: model.Inpatient, want: []string{"I61.5"}, not: []string{"P52.3"}},
		{name: "peds21-nec-bell-stage", text: "Assessment: NEC Bell stage IIA - NPO, Replogle to LIWS, pip-tazo, serial KUBs.", setting: model.Inpatient, want: []string{"P77.2"}, not: []string{"K55.30"}},
	}...)
}
