package coder

// Specialty-clinic cases (clinic17), written for the "clinic" set of
// testdata/usnotes.jsonl in other words than its notes.
func init() {
	cases = append(cases, []tc{
		// Words whose only index entry is qualified name ordinary things in
		// clinic prose (data/need_qualifier.txt): a shelf at home is no rectal
		// shelf, normal erections are no priapism, and a symptom dated to the
		// menses is no retention of the menses.
		{name: "clinic17 shelf furniture", text: "Dizzy when she reaches up to a top shelf for a box.", not: []string{"K62.89"}},
		{name: "clinic17 erections normal", text: "Still wakes with erections most mornings; libido fine.", not: []string{"N48.30"}},
		{name: "clinic17 menses timing", text: "Breakouts flare the week before her menses.", not: []string{"N94.89"}},
		// A dust mite allergen of a skin or IgE test is no infestation, and a
		// region's TB prevalence is no disease of the patient
		// (data/other_sense.tsv).
		{name: "clinic17 dust mites allergen", text: "Prick testing positive for house dust mites and grass pollen.", not: []string{"B88.9"}},
		{name: "clinic17 tb prevalence", text: "Grew up in a region with a high TB prevalence; IGRA ordered for screening.", not: []string{"A15.9"}},
		// A past episode set at an age or "years ago when" is history, not a
		// current condition (text/data/context.tsv).
		{name: "clinic17 at age past anaphylaxis", text: "At age 6 she had anaphylaxis after eating cashews, given epinephrine by EMS.", want: []string{"Z87.892"}, not: []string{"T78.05XA", "T78.00XA", "T78.2XXA"}},
		{name: "clinic17 years ago when presented", text: "Diagnosed with HIV 5 years ago when he presented with cryptococcal meningitis.", not: []string{"B45.1"}},
		{name: "clinic17 healed with", text: "Fractured her right ankle tripping on a curb in 2020, healed with a boot.", want: []string{"Z87.81"}, not: []string{"S82.891A"}},
		// "Osteoporotic" is the index's osteoporosis: the healed fracture is
		// Z87.310, no traumatic one (data/synonyms.tsv).
		{name: "clinic17 history osteoporotic fracture", text: "PMH: personal history of a healed osteoporotic fracture of the right radius.", want: []string{"Z87.310"}, not: []string{"Z87.81"}},
		// Unspecified codes beside the specified ones the note gives
		// (data/integral.tsv): Hashimoto's hypothyroidism is E06.3 alone; a
		// vertebral fracture called osteoporotic is M80.08- with no traumatic
		// S22.0- or S32.0-.
		{name: "clinic17 hashimoto hypothyroidism", text: "Assessment: hypothyroidism from Hashimoto's thyroiditis, TSH at goal on levothyroxine.", want: []string{"E06.3"}, not: []string{"E03.9"}},
		{name: "clinic17 osteoporotic vertebral fracture no traumatic", text: "Seen 3 weeks after an L1 compression fracture that happened while bending to pick up laundry.\nA/P: osteoporosis with pathological fracture of L1 vertebra, healing well, subsequent visit.", want: []string{"M80.08XD"}, not: []string{"S32.009A", "S32.019A", "S22.009A"}},
		// "HIV infection, asymptomatic" is the index's asymptomatic status
		// (Z21), not HIV disease (data/optional_words.tsv).
		{name: "clinic17 hiv asymptomatic", text: "Assessment: HIV infection, asymptomatic, never had an opportunistic infection; continue ART.", want: []string{"Z21"}, not: []string{"B20"}},
		// Nuclear with cortical age-related cataract in one eye is the
		// combined forms code of that eye (data/combos.tsv).
		{name: "clinic17 combined cataract", text: "Exam: right lens 2+ nuclear sclerosis.\nAssessment: age-related nuclear cataract OD; age-related cortical cataract OD as well.", want: []string{"H25.811"}, not: []string{"H25.11", "H25.011"}},
		// Insomnia of no kind in the plan beside the assessment's kind, and
		// the history's "HIV infection" beside the assessment's asymptomatic
		// status, are the specified codes (data/integral.tsv).
		{name: "clinic17 insomnia unspecified beside kind", text: "Assessment: chronic insomnia for 3 years.\nPlan: refer to CBT for insomnia; sleep diary.", want: []string{"F51.04"}, not: []string{"G47.00"}},
		{name: "clinic17 hiv history beside asymptomatic", text: "HIV infection found on a routine screen in 2021.\nAssessment: HIV infection, asymptomatic; viral load undetectable on ART.", want: []string{"Z21"}, not: []string{"B20"}},
		// A screening "up to date" is no screening of this visit
		// (text/data/context.tsv).
		{name: "clinic17 mammogram up to date", text: "Health maintenance: mammogram up to date; Pap smear up to date.", not: []string{"Z12.31", "Z12.39", "Z12.4", "Z85.3"}},
		// Two eyes' diabetic retinopathy, one with macular edema and one
		// without, are two codes: the "without" of one eye does not give way
		// to the "with" of the other (otherSides).
		{name: "clinic17 retinopathy per eye with and without edema", text: "Assessment: T2DM with severe NPDR with macular edema OD; T2DM with moderate NPDR without macular edema OS.", want: []string{"E11.3411", "E11.3392"}},
	}...)
}
