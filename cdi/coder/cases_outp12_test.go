package coder

// Cases from helper outp12 (outpatient office notes): the general causes
// behind its errors, written in other words than testdata's outpatient set.
func init() {
	cases = append(cases, []tc{
		// A hedge after a problem line's dash doubts the cause named after
		// it; the symptom before the dash is coded (IV.H).
		{name: "outp12 dash likely keeps symptom", text: "Assessment:\n1. Nosebleeds - likely dry air, humidifier advised.", want: []string{"R04.0"}},
		{name: "outp12 dash vs keeps symptom", text: "Assessment:\n2. Left knee pain - patellofemoral syndrome vs meniscal tear, MRI ordered.", want: []string{"M25.562"}, not: []string{"M22.2X2", "S83.202A"}},
		{name: "outp12 dash ruled out keeps symptom", text: "Impression: Abdominal pain - appendicitis ruled out by CT.", want: []string{"R10.9"}, not: []string{"K37"}},
		{name: "outp12 dash probable keeps symptom", text: "Impression: Hematuria - probable kidney stone, CT ordered.", want: []string{"R31.9"}, not: []string{"N20.0"}},
		// Guard: a trigger right after the dash with no words of its own
		// still answers the item.
		{name: "outp12 dash answer still denies", text: "Assessment:\nPulmonary embolism - ruled out.", not: []string{"I26.99"}},
	}...)
}

func init() {
	cases = append(cases, []tc{
		// A history header after a finished sentence on the same line
		// starts its own section: the smoking is the patient's, not the
		// brother's, and the brother's disease is family history.
		{name: "outp12 inline social after family", text: "FH: brother with asthma. SH: current smoker, 1 pack daily.\nA/P: bronchitis, supportive care.", want: []string{"F17.210", "Z82.5"}, not: []string{"Z81.2", "J45.909"}},
		{name: "outp12 inline family after past history", text: "PMH: hypertension. FH: father had a stroke at 60.\nAssessment: hypertension, continue amlodipine.", want: []string{"I10", "Z82.3"}, not: []string{"I63.9", "Z86.73"}},
	}...)
}

func init() {
	cases = append(cases, []tc{
		// A tetanus vaccine given is the immunization encounter; a tetanus
		// status names the vaccine, not the disease.
		{name: "outp12 td booster given", text: "Puncture wound of the left foot from a nail.\nPlan: Td given, wound care.", want: []string{"Z23"}, not: []string{"A35"}},
		{name: "outp12 tetanus status current", text: "Abrasion of the right knee. Tetanus current, last booster 2022.", not: []string{"A35"}},
		// "toilet" is the lavatory unless a stoma is named.
		{name: "outp12 toilet training", text: "Development: toilet training in progress, speaks in phrases.", not: []string{"Z43.9"}},
		// A test sent for a disease is no finding of it.
		{name: "outp12 pcr sent", text: "Assessment: sore throat and fever. Plan: COVID PCR sent, supportive care.", not: []string{"U07.1"}},
		{name: "outp12 hiv test ordered", text: "Plan: HIV test ordered, hepatitis C antibody ordered.", not: []string{"B20", "B19.20"}},
		// Return precautions name what to watch for.
		{name: "outp12 call for", text: "Plan: amoxicillin. Call for rash, swelling or trouble breathing.", not: []string{"R21", "R06.00"}},
	}...)
}

func init() {
	cases = append(cases, []tc{
		// A relative smoking where the child lives is the child's exposure
		// (Z77.22), not a family history of tobacco dependence.
		{name: "outp12 grandmother smokes at home", text: "Social: lives with grandmother, who smokes at home.\nAssessment: wheezing, albuterol.", want: []string{"Z77.22"}, not: []string{"Z81.2", "F17.200"}},
		{name: "outp12 environmental tobacco smoke", text: "Infant exposed to environmental tobacco smoke from both parents.", want: []string{"Z77.22"}, not: []string{"F17.200", "F17.290"}},
	}...)
}

func init() {
	cases = append(cases, []tc{
		// Symptoms that are the diagnosis's own picture are not coded beside it (I.B.5).
		{name: "outp12 anhedonia with depression", text: "Reports anhedonia and poor concentration.\nAssessment: Major depressive disorder, single episode, mild.", want: []string{"F32.0"}, not: []string{"R45.84"}},
		{name: "outp12 worry with gad", text: "Constant worry about finances and work.\nAssessment: Generalized anxiety disorder.", want: []string{"F41.1"}, not: []string{"R45.82"}},
		{name: "outp12 palpitations with toxic goiter", text: "Palpitations and heat intolerance.\nAssessment: Toxic diffuse goiter, starting methimazole.", want: []string{"E05.00"}, not: []string{"R00.2"}},
		{name: "outp12 blurry vision with hyperopia", text: "Blurred vision when reading.\nAssessment: Hyperopia, both eyes. Glasses prescribed.", want: []string{"H52.03"}, not: []string{"H53.8"}},
	}...)
}
