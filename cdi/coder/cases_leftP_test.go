package coder

// Obstetric, newborn, pediatric and oncology errors (leftP), in the
// project's own words: a leukemia's relapse stated after a comma (the
// tabular's "in relapse" sibling, I.C.2), and a well-child visit headed by
// the child's age.
func init() {
	cases = append(cases, []tc{
		{name: "leftP-all-comma-relapsed", text: "Acute lymphoblastic leukemia, relapsed.", want: []string{"C91.02"}, not: []string{"C91.00"}},
		{name: "leftP-all-comma-in-relapse", text: "Acute lymphoblastic leukemia, in relapse.", want: []string{"C91.02"}, not: []string{"C91.00"}},
		{name: "leftP-aml-relapsed-after", setting: "inpatient", text: "Acute myeloid leukemia, relapsed after transplant; admitted for salvage chemotherapy.", want: []string{"C92.02"}, not: []string{"C92.00"}},
		{name: "leftP-wcc-age-yo", text: "1. 4 yo WCC", want: []string{"Z00.129"}},
		{name: "leftP-wcc-age-words", text: "Assessment: 4 year old well child check, growing well.", want: []string{"Z00.129"}},
		// A cancer named after its cause link ("from", "due to") keeps its
		// own words: "blood" of "blood loss" is no blood cancer.
		{name: "leftP-blood-loss-from-cecal-cancer", setting: "inpatient", text: "Her iron deficiency anemia was put down to chronic blood loss from the cecal cancer.", want: []string{"D50.0", "C18.0"}, not: []string{"C95.90"}},
		{name: "leftP-blood-loss-due-to-cancer", setting: "inpatient", text: "Slow blood loss due to a cecal cancer.", want: []string{"C18.0"}, not: []string{"C95.90"}},
		// Chlamydia is the index's "chlamydial" (Screening, chlamydial
		// diseases Z11.8), with or without the test named between.
		{name: "leftP-screening-naat-chlamydia", text: "Screening NAAT for chlamydia collected today.", want: []string{"Z11.8"}, not: []string{"A74.9"}},
		{name: "leftP-chlamydia-screening", text: "Chlamydia screening at this visit.", want: []string{"Z11.8"}, not: []string{"A74.9"}},
		{name: "leftP-screening-colonoscopy-for-cancer", text: "Screening colonoscopy for colon cancer, average risk.", want: []string{"Z12.11"}, not: []string{"C18.9"}},
		// Preterm labor on the record of the encounter that delivered her
		// is "with preterm delivery" (O60.1-), trimester by the weeks.
		{name: "leftP-preterm-labor-delivered-sentence", setting: "inpatient", text: "After preterm labor she delivered at 34 weeks.", want: []string{"O60.14X0", "Z3A.34"}, not: []string{"O60.00", "O60.03"}},
		{name: "leftP-preterm-labor-delivered-note", setting: "inpatient", text: "G2P1 at 33 weeks admitted in preterm labor.\nSpontaneous vaginal delivery of a live girl.", want: []string{"O60.14X0"}, not: []string{"O60.03"}},
		{name: "leftP-preterm-delivery-second-trimester", setting: "inpatient", text: "Preterm delivery at 25 weeks.", want: []string{"O60.12X0"}, not: []string{"O60.10X0"}},
		// A supervision visit names the current pregnancy: its weeks give
		// the trimester and the Z3A code.
		{name: "leftP-supervision-normal-pregnancy-weeks", text: "Supervision of normal pregnancy, 24 weeks.", want: []string{"Z34.92", "Z3A.24"}, not: []string{"Z34.90"}},
		{name: "leftP-supervision-first-pregnancy-weeks", text: "Assessment: supervision of normal first pregnancy at 31 weeks, doing well.", want: []string{"Z34.03", "Z3A.31"}, not: []string{"Z34.00"}},
	}...)
}
