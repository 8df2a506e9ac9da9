package coder

// Walk cases (walk): how the index walk scores paths that end in a see
// reference, and what the entries without a code of their own give.
func init() {
	cases = append(cases, []tc{
		// A path ending in a see reference is worth the words its target
		// reads: "Dementia, Alzheimer's type - see Disease, Alzheimer's"
		// reads the disturbance too, so it beats "Dementia, with,
		// behavioral disturbances" (F03.918).
		{name: "walk-see-target-scored", text: "Dementia of the Alzheimer's type with behavioral disturbance.", want: []string{"G30.9", "F02.818"}, not: []string{"F03.918"}},
		{name: "walk-see-target-scored-onset", text: "Alzheimer's dementia, late onset, with behavioral disturbance.", want: []string{"G30.1", "F02.818"}, not: []string{"F03.918"}},
		{name: "walk-see-target-alzheimer-dementia", text: "Alzheimer dementia.", want: []string{"G30.9", "F02.80"}, not: []string{"F03.90"}},
		// The target's words are read once: its own see-also ("Disease,
		// Alzheimer's, early onset, with behavioral disturbance - see also
		// Dementia, in, diseases specified elsewhere") finds nothing left
		// to read and the etiology code stays, with its manifestation.
		{name: "walk-see-target-words-read-once", text: "Presenile dementia, Alzheimer's type, with behavioral disturbance.", want: []string{"G30.0", "F02.818"}},
		// "Pain, leg - see Pain, limb, lower": "lower" was read on the way
		// and is not read again as "lower leg".
		{name: "walk-see-target-lower-limb", text: "Painful right lower extremity.", want: []string{"M79.604"}, not: []string{"M79.661"}},
		// A word beyond another condition is that condition's: "deep" is
		// the thrombosis's, so the inflammation is not read as "vein -
		// see Phlebitis, deep".
		{name: "walk-see-target-not-across-condition", text: "Deep vein thrombosis of the posterior IBD.", want: []string{"I82.409"}, not: []string{"I80.9", "I80.8"}},
	}...)
}

func init() {
	cases = append(cases, []tc{
		// An entry without a code whose subterms name every kind of one
		// subcategory is that subcategory's unspecified kind: "Defect,
		// atrioventricular, septal" (partial, transitional, complete) is
		// Q21.20, not the "septal NOS" Q21.9.
		{name: "walk-agree-av-septal-defect", text: "Atrioventricular septal defect.", want: []string{"Q21.20"}, not: []string{"Q21.9"}},
		// "Disorder, tobacco use" (mild, moderate, severe, cigarettes,
		// chewing tobacco, specified product NEC) is F17.2, whose
		// unspecified kind is F17.200 ("uncomplicated" is the default
		// child, data/default_child.txt).
		{name: "walk-agree-tobacco-use-disorder", text: "Assessment: tobacco use disorder.", want: []string{"F17.200"}, not: []string{"Z72.0", "F17.209"}},
		// A subterm without a code whose codes fall in one kind is that
		// kind: "cigarettes" (only "in remission" below it) is F17.21.
		{name: "walk-agree-tobacco-chewing", text: "Tobacco use disorder, chewing tobacco.", want: []string{"F17.220"}},
		// The vertebra levels below "Radiculopathy, due to, disc disorder"
		// (C3 to C8) give every cervical kind of M50.1 without naming
		// them: the bare entry is no cervical disc disorder.
		{name: "walk-agree-not-by-levels", text: "Radiculopathy due to disc disorder.", not: []string{"M50.10"}},
		{name: "walk-agree-tobacco-remission", text: "Tobacco use disorder, chewing tobacco, in remission.", want: []string{"F17.221"}, not: []string{"F17.220"}},
	}...)
}

func init() {
	cases = append(cases, []tc{
		// "Disease, Alzheimer's, late onset G30.1 [F02.80] - see also
		// Dementia, in, diseases specified elsewhere": the see-also is the
		// manifestation's entry, and what it reads refines the
		// manifestation; the etiology is coded with it (I.A.13).
		{name: "walk-manif-see-also-agitation", text: "Senile dementia of the Alzheimer's type with agitation.", want: []string{"G30.1", "F02.811"}},
		{name: "walk-manif-see-also-psychotic", text: "Senile dementia of the Alzheimer's type with psychotic disturbance.", want: []string{"G30.1", "F02.82"}, not: []string{"F02.80"}},
		{name: "walk-manif-see-also-severity", text: "Senile dementia of the Alzheimer's type, moderate.", want: []string{"G30.1", "F02.B0"}, not: []string{"F02.80"}},
	}...)
}
