package coder

// Table cases of helper tox23 (poisoning, adverse effect, toxic effect and
// environmental gold-first set): a fire's smoke and a tetanus shot's date are
// no smoker and no tetanus, an hour's "h" no Hartnup disease, serotonin
// syndrome's signs and an unspecified cold effect are integral, a stated
// intent wins over the default accidental one, anaphylaxis to a correct drug
// is T88.6, cost-driven underdosing is Z91.120, and a deeper reading of one
// heatstroke replaces the shallower one.
func init() {
	cases = append(cases, []tc{
		{name: "tox23 smoke exposure is no smoker",
			text: "Pulled from a burning shed with minor smoke exposure; lungs clear, SpO2 99%. Observed 4 hours.",
			not:  []string{"F17.200", "F17.210"}},
		{name: "tox23 tetanus date is no tetanus",
			text: "Laceration of the left index finger from a box cutter at work. Tetanus 4 y ago. Repaired with 3 sutures.",
			want: []string{"S61.211A"}, not: []string{"A35"}},
		{name: "tox23 hour abbreviation is no Hartnup",
			text: "Hives after shrimp, better after cetirizine. Observation for biphasic reaction as we close in 3 h.",
			not:  []string{"E72.02"}},
		{name: "tox23 serotonin syndrome signs are integral",
			text:    "Assessment: serotonin syndrome from linezolid given with her fluoxetine. Tremor, diaphoresis and inducible clonus on exam.",
			setting: "inpatient",
			want:    []string{"G90.81"}, not: []string{"R25.1", "R61", "R25.8"}},
		{name: "tox23 hypothermia needs no unspecified cold effect",
			text:    "Found outside after a night in the snow. Moderate hypothermia from cold exposure, core temp 30 C; rewarming.",
			setting: "inpatient",
			want:    []string{"T68.XXXA"}, not: []string{"T69.9XXA"}},
		{name: "tox23 organophosphate cholinergic crisis is the insecticide",
			text:    "Accidental organophosphate insecticide poisoning with cholinergic crisis; atropine and pralidoxime.",
			setting: "inpatient",
			want:    []string{"T60.0X1A"}, not: []string{"T60.91XA", "T44.1X1A"}},
		{name: "tox23 anaphylactic shock due to correct drug",
			text: "Anaphylactic shock due to penicillin given as ordered for strep throat; epinephrine IM, resolved.",
			want: []string{"T88.6XXA", "T36.0X5A"}, not: []string{"T78.2XXA"}},
		{name: "tox23 stated intent wins over default accidental",
			text:    "Brought in after an aspirin overdose.\nAssessment: intentional aspirin poisoning, salicylate level 52.",
			setting: "inpatient",
			want:    []string{"T39.012A"}, not: []string{"T39.011A"}},
		{name: "tox23 ethylene glycol is the antifreeze alcohol",
			text:    "Ethylene glycol poisoning, accidental, from a mislabeled jug; fomepizole started.",
			setting: "inpatient",
			want:    []string{"T51.8X1A"}, not: []string{"T59.891A", "T52.3X1A"}},
		{name: "tox23 underdosing because of cost",
			text: "A: Type 2 diabetes with hyperglycemia from underdosing of insulin (she deliberately stretched her vials because of cost).",
			want: []string{"E11.65", "T38.3X6A", "Z91.120"}, not: []string{"Z91.128"}},
		{name: "tox23 exertional heat stroke named twice",
			text:    "1. Exertional heat stroke after football practice.\n2. Rhabdomyolysis from the heat stroke - IV fluids.",
			setting: "inpatient",
			want:    []string{"T67.02XA", "M62.82"}, not: []string{"T67.01XA"}},
		{name: "tox23 statin-induced myopathy",
			text: "Impression: statin-induced myopathy, CK 1200; statin held.",
			want: []string{"G72.0", "T46.6X5A"}, not: []string{"G72.9"}},
	}...)
}
