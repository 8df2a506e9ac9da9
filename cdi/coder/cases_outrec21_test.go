package coder

// Cases for outrec21: outpatient encounter and status codes the coder missed: a vaccine given at the
// visit said by its own name in any section (Z23), the routine postpartum visit (Z39.2), and the
// healed fracture of a patient with osteoporosis (Z87.310).
func init() {
	cases = append(cases, []tc{
		{name: "outrec21-tdap-deltoid", text: "Urgent care. Laceration of the right palm from a box cutter, repaired. Tdap 0.5 mL IM given R deltoid.", want: []string{"Z23"}},
		{name: "outrec21-shingrix-today", text: "A/P:\n1. HTN - controlled.\n2. Tdap + Shingrix #1 today.", want: []string{"Z23", "I10"}},
		{name: "outrec21-boosters-given", text: "A/P:\n1. Well child check, 4 years.\n2. DTaP, IPV, MMR and varicella boosters given.", want: []string{"Z23"}},
		{name: "outrec21-vaccine-series-started", text: "Assessment/Plan:\n1. Hepatitis B non-immune: vaccine series started today.", want: []string{"Z23"}},
		{name: "outrec21-vaccines-today-header", text: "Travel clinic visit before a trip to Peru. Vaccines today: typhoid, hepatitis A #1, yellow fever.", want: []string{"Z23"}},
		// Guards: a dose dated by its year, or given before, is no encounter for immunization.
		{name: "outrec21-vaccine-year-not", text: "Chronic f/u. Vaccines: flu 2025 given. A/P: COPD stable.", not: []string{"Z23"}},
		{name: "outrec21-vaccine-already-not", text: "Tdap/flu already given. Assessment: asthma, mild intermittent.", not: []string{"Z23"}},
		{name: "outrec21-postpartum-exam", text: "Assessment: Routine postpartum exam, recovering well. Breastfeeding.", want: []string{"Z39.2"}},
		{name: "outrec21-postpartum-visit-head", text: "POSTPARTUM VISIT\n30 yo G1P1, 6 weeks after a vaginal delivery. Perineum healed. EPDS 4.", want: []string{"Z39.2"}},
		// Guard: a postpartum visit planned on a delivery note is the later visit's.
		{name: "outrec21-postpartum-planned-not", text: "Plan: discharge home, postpartum visit in 6 weeks.", not: []string{"Z39.2"}},
		{name: "outrec21-osteo-history", text: "Assessment:\n1. Age-related osteoporosis without current fracture - continue alendronate.\n2. History of right wrist fracture 3 years ago after a fall at home, healed.", want: []string{"M81.0", "Z87.310"}, not: []string{"Z87.81"}},
		// Guard: without osteoporosis the healed fracture stays the traumatic one.
		{name: "outrec21-trauma-history-kept", text: "Assessment: Hypertension. History of right wrist fracture 3 years ago after a fall at home, healed.", want: []string{"Z87.81"}, not: []string{"Z87.310"}},
	}...)
}
