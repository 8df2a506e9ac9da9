package coder

func init() {
	cases = append(cases, []tc{
		// The index: "Burn, partial thickness - code as Burn, by site, second degree".
		{name: "h18in partial thickness burn is second degree", setting: "inpatient",
			text: "Admitted for a partial thickness burn of the left forearm after spilling boiling water; dressings and pain control.",
			want: []string{"T22.212A"}, not: []string{"T22.012A"}},
		// A full-thickness burn is the tabular's third degree (T20-T25 "full-thickness skin loss").
		{name: "h18in full thickness burn is third degree", setting: "inpatient",
			text: "Full thickness burn of the right lower leg from a campfire, needs grafting.",
			want: []string{"T24.331A"}, not: []string{"T24.031A"}},
		// "Thrombocytopenia, heparin induced, immune-mediated" (D75.822): the note says "immune".
		{name: "h18in immune heparin-induced thrombocytopenia", setting: "inpatient",
			text: "Impression: heparin-induced thrombocytopenia, immune, confirmed by serotonin release assay; switched to argatroban.",
			want: []string{"D75.822"}, not: []string{"D75.829"}},
		// "CBD" beside the biliary words is the common bile duct; a stone "obstructing" it is
		// the index's "with obstruction" (K80.33).
		{name: "h18in obstructing CBD stone with acute cholangitis", setting: "inpatient",
			text: "Assessment: acute cholangitis due to an obstructing CBD stone, for ERCP today.",
			want: []string{"K80.33"}, not: []string{"K83.09", "K80.32"}},
		// The weeks at which a condition was diagnosed are a past time of the pregnancy: only
		// the current weeks give Z3A (guideline I.C.21.c.3).
		{name: "h18in weeks at diagnosis are not the current weeks", setting: "inpatient",
			text: "Antepartum admission, G3P2 now at 33 weeks with gestational hypertension; her gestational diabetes was diagnosed at 28 weeks and is diet controlled.",
			want: []string{"Z3A.33"}, not: []string{"Z3A.28"}},
		// A history's "without" code gives way to the present "with" sibling of the same
		// condition: the Graves disease known before is the one now in thyroid storm (E05.01).
		{name: "h18in known Graves disease now in thyroid storm", setting: "inpatient",
			text: "Known Graves disease, quit her methimazole about 2 months ago (lost insurance). Assessment: thyroid storm from Graves disease.",
			want: []string{"E05.01"}, not: []string{"E05.00"}},
	}...)
}
