package coder

// Problem-list and assessment lines from specialties the first problem-list
// probe did not cover (infections, renal, injuries, drugs, pregnancy, eye,
// psychiatry, neoplasms), as physicians write them.
func init() {
	cases = append(cases, []tc{
		// "Diverticulitis, intestine, large, with abscess, perforation":
		// either word selects the entry (data/comma_or.txt), a named part
		// of the colon reads the entry's subterms, and without a part the
		// grouping "intestine" is read through to its "with" subterms.
		{name: "plist2-diverticulitis-sigmoid-abscess", text: "Assessment/Plan:\n1. Sigmoid diverticulitis with abscess", want: []string{"K57.20"}, not: []string{"K57.32", "L02.91"}},
		{name: "plist2-diverticulitis-colon-perforation", text: "Assessment/Plan:\n1. Diverticulitis of colon with perforation", want: []string{"K57.20"}, not: []string{"K57.32"}},
		{name: "plist2-diverticulitis-sigmoid-bleeding", text: "Assessment/Plan:\n1. Sigmoid diverticulitis with bleeding", want: []string{"K57.33"}, not: []string{"K57.32"}},
		{name: "plist2-diverticulitis-abscess", text: "Assessment/Plan:\n1. Diverticulitis with abscess", want: []string{"K57.80"}, not: []string{"K57.92", "L02.91"}},
		{name: "plist2-diverticulitis-perforation", text: "Assessment/Plan:\n1. Diverticulitis with perforation", want: []string{"K57.80"}, not: []string{"K57.92"}},
		// "Infection, Clostridium, difficile" has no code of its own: its
		// grouping "foodborne" gives the default "not specified as
		// recurrent"; Clostridioides is the index's Clostridium, and "C.
		// difficile" is the organism.
		{name: "plist2-cdiff-infection", text: "Assessment/Plan:\n1. C. diff infection", want: []string{"A04.72"}, not: []string{"B99.9"}},
		{name: "plist2-clostridioides-infection", text: "Assessment/Plan:\n1. Clostridioides difficile infection", want: []string{"A04.72"}, not: []string{"B99.9"}},
		{name: "plist2-cdifficile-colitis", text: "Assessment/Plan:\n1. C. difficile colitis", want: []string{"A04.72"}, not: []string{"K52.9"}},
		{name: "plist2-cdifficile-recurrent", text: "Assessment/Plan:\n1. Recurrent C. difficile infection", want: []string{"A04.71"}},
		// N18.6 asks for the dialysis status: with end-stage disease the
		// dialysis is the chronic one, no other cue needed.
		{name: "plist2-esrd-hemodialysis", text: "Assessment/Plan:\n1. ESRD on hemodialysis", want: []string{"N18.6", "Z99.2"}},
		{name: "plist2-esrd-dialysis", text: "Assessment/Plan:\n1. End stage renal disease on dialysis", want: []string{"N18.6", "Z99.2"}},
		{name: "plist2-aki-dialysis-no-status", text: "Assessment/Plan:\n1. Acute kidney injury, started on dialysis", want: []string{"N17.9"}, not: []string{"Z99.2"}},
		// Chronic lymphocytic leukemia is of B-cell type unless said
		// otherwise; "in remission" is the code's own axis, no history.
		{name: "plist2-cll", text: "Assessment/Plan:\n1. CLL", want: []string{"C91.10"}, not: []string{"C95.90"}},
		{name: "plist2-cll-remission", text: "Assessment/Plan:\n1. CLL in remission", want: []string{"C91.11"}, not: []string{"Z85.6"}},
		{name: "plist2-leukemia-history", text: "Assessment/Plan:\n1. History of leukemia", want: []string{"Z85.6"}},
		// "Retinopathy, diabetic - see Diabetes, retinopathy": the index
		// files the complication under "with".
		{name: "plist2-diabetic-retinopathy", text: "Assessment/Plan:\n1. Diabetic retinopathy", want: []string{"E11.319"}, not: []string{"E11.9"}},
		{name: "plist2-diabetic-retinopathy-type1", text: "Assessment/Plan:\n1. Type 1 diabetic retinopathy", want: []string{"E10.319"}, not: []string{"E10.9"}},
		// The weeks of a pregnancy are said without "gestation".
		{name: "plist2-pregnancy-weeks", text: "Assessment/Plan:\n1. Intrauterine pregnancy at 28 weeks", want: []string{"Z3A.28"}},
		// The "dry" of the index entry chose the code, not its 7th
		// character: no stage said is "stage unspecified".
		{name: "plist2-dry-amd-stage-unspecified", text: "Assessment/Plan:\n1. Dry age-related macular degeneration, left eye", want: []string{"H35.3120"}, not: []string{"H35.3121"}},
		{name: "plist2-dry-amd-intermediate", text: "Assessment/Plan:\n1. Dry AMD, left eye, intermediate stage", want: []string{"H35.3122"}},
		{name: "plist2-wet-amd-active", text: "Assessment/Plan:\n1. Wet AMD of right eye with active choroidal neovascularization", want: []string{"H35.3211"}},
		// Nuclear sclerosis of the lens is said without "eye".
		{name: "plist2-nuclear-sclerosis-eye", text: "Assessment/Plan:\n1. Nuclear sclerosis of right eye", want: []string{"H25.11"}},
		{name: "plist2-nuclear-sclerotic-cataract", text: "Assessment/Plan:\n1. Nuclear sclerotic cataract, bilateral", want: []string{"H25.13"}},
		// A bone named by its adjective alone ("fifth metatarsal").
		{name: "plist2-fifth-metatarsal-nondisplaced", text: "Assessment/Plan:\n1. Nondisplaced fracture of left fifth metatarsal, initial encounter", want: []string{"S92.355A"}, not: []string{"T14.8XXA"}},
		{name: "plist2-fifth-metatarsal-subsequent", text: "Assessment/Plan:\n1. Left fifth metatarsal fracture, subsequent encounter", want: []string{"S92.352D"}, not: []string{"T14.8XXD"}},
		// A preterm newborn's weeks without "gestational age" or
		// "completed".
		{name: "plist2-preterm-weeks", text: "Assessment/Plan:\n1. Prematurity, 32 weeks gestation", want: []string{"P07.35"}, not: []string{"P07.30"}},
		{name: "plist2-preterm-completed-weeks", text: "Assessment/Plan:\n1. Preterm newborn, 34 completed weeks", want: []string{"P07.37"}},
		// "Stroke (ischemic) (embolic)": the adjective is the stroke's
		// nonessential modifier, no cerebral ischemia of its own (the
		// artery, "MCA", does not make it I67.82; it is the artery of I63.5-).
		{name: "plist2-ischemic-stroke-mca", text: "Assessment/Plan:\n1. Acute ischemic stroke of the left MCA", want: []string{"I63.512"}, not: []string{"I67.82"}},
		{name: "plist2-ischemic-stroke-cerebral", text: "Assessment/Plan:\n1. Left cerebral ischemic stroke", want: []string{"I63.9"}, not: []string{"I67.82"}},
		// The adjective's own entry that reads the noun stays.
		{name: "plist2-iron-deficiency-anemia-tremor", text: "Past history: essential tremor and iron deficiency anemia.", want: []string{"G25.0", "D50.9"}},
		// "see Pregnancy, supervision, elderly mother" names the entry
		// "supervision of".
		{name: "plist2-supervision-elderly-multigravida", text: "Assessment/Plan:\n1. Supervision of high-risk pregnancy, elderly multigravida, second trimester", want: []string{"O09.522"}, not: []string{"Z33.1"}},
		// ("acute, subacute" stays one entry: an acute otitis media with
		// effusion is the nonsuppurative one.)
		{name: "plist2-aom-effusion", text: "Assessment/Plan:\n1. Acute otitis media with effusion, bilateral", want: []string{"H65.193"}, not: []string{"H66.93"}},
		// A closing encounter clause is the 7th character, not a
		// qualifier: the degree before it still qualifies the burn.
		{name: "plist2-burn-degree-before-encounter", text: "Assessment/Plan:\n1. Burn of right thigh, second degree, initial encounter", want: []string{"T24.211A"}, not: []string{"T24.011A"}},
		{name: "plist2-burn-degree-sequela", text: "Assessment/Plan:\n1. Burn of left forearm, third degree, sequela", want: []string{"T22.312S"}, not: []string{"T22.012S"}},
	}...)
}
