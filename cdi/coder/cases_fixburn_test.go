package coder

// Table cases of helper fixburn (burns, corrosions, external causes). A
// burn list under its own head ("BURN ASSESSMENT:" over "- right forearm:
// second degree, 4%" items) codes each item's burn by site and depth
// (I.C.19.d), and the items' shares add up to the extent T31 when no total
// is written (I.C.19.d.6).
func init() {
	cases = append(cases, []tc{
		{name: "fixburn burn assessment header list codes each site",
			text: "ED NOTE\nHPI: 34 y/o man spilled a pot of boiling water on himself.\nBURN ASSESSMENT:\n- right forearm: second degree, 4%\n- left hand dorsum: third degree, 1%\nPlan: silver sulfadiazine dressings, burn clinic follow up.",
			want: []string{"T22.211A", "T23.362A", "T31.0"}, not: []string{"T30.0"}},
		{name: "fixburn burns list head in the text codes each item",
			text: "Burns:\n- anterior chest: partial thickness, 6%\n- right thigh: full thickness, 5%",
			want: []string{"T21.21XA", "T24.311A", "T31.10"}},
		{name: "fixburn burn list with a stated total keeps the total",
			text: "Burn assessment:\n1. face: first degree\n2. left palm: second degree\nTBSA 3%.",
			want: []string{"T20.10XA", "T23.252A", "T31.0"}},
		{name: "fixburn burns head sentence split at semicolons",
			text: "BURN UNIT ADMISSION\n60 yo F escaped a fire in her apartment.\nBurns (Lund-Browder): posterior trunk full thickness (3rd degree) 8%; L thigh partial thickness (2nd degree) 6%. Total 14% TBSA, 8% third degree.",
			want: []string{"T21.30XA", "T24.212A", "T31.10"}, not: []string{"T30.0"}},
		{name: "fixburn burn assessment sentence split at commas, asides skipped",
			text: "BURN UNIT ADMISSION\nHPI: 28 yo F, hot water from a kettle spilled over her L wrist and hand.\nBURN ASSESSMENT: L volar wrist partial thickness (blistered, weeping), L palm partial thickness. No full thickness areas. TBSA ~3%.",
			want: []string{"T23.272A", "T23.252A", "T31.0"}, not: []string{"T30.0", "T23.372A", "T23.352A"}},
		{name: "fixburn exam list items with depth and TBSA are burns",
			text: "BURN UNIT ADMISSION NOTE\n51F admitted after hot grease spilled on her L leg while cooking.\nExam:\n- L dorsal foot: waxy, white, insensate, full-thickness (3rd degree) ~2% TBSA\n- L lower leg, anterior: blistered, moist, blanching - partial thickness (2nd degree) ~5% TBSA\n- total ~7% TBSA, 2% full thickness.",
			want: []string{"T25.322A", "T24.232A", "T31.0"}},
		{name: "fixburn depth first then sites joined by and",
			text: "BURN UNIT ADMISSION. 40 yo M caught in a garage fire. Burns: full thickness (3rd degree) to the upper back, about 7% TBSA; partial thickness (2nd degree) blistered burns to the left upper arm and dorsum of left hand. Total TBSA 15%.",
			want: []string{"T21.33XA", "T22.232A", "T23.262A", "T31.10"}},
		{name: "fixburn second degree list outside a burn list is no burn",
			text: "Assessment:\n- AV block: second degree, Mobitz I\n- hemorrhoids: second degree",
			not:  []string{"T30.0", "T20.20XA", "T21.20XA"}},
		// External causes: the activity (Y93) read after "while"/"during"
		// beside the cause, once, at the initial encounter (I.C.20.c).
		{name: "fixburn activity basketball beside the injury",
			text: "Twisted his right ankle while playing basketball. Dx: sprain of right ankle.",
			want: []string{"S93.401A", "Y93.67"}},
		{name: "fixburn activity gardening beside the cause",
			text: "Cut her left index finger with pruning shears while gardening. Dx: laceration of left index finger without foreign body, without nail damage.",
			want: []string{"S61.211A", "Y93.H2"}, not: []string{"Y93.9"}},
		{name: "fixburn activity read after its cue, not from the cause before it",
			text: "HPI: slipped on ice while walking to her car this morning and fell onto her outstretched left hand. Dx: sprain of left wrist.",
			want: []string{"S63.502A", "W00.0XXA", "Y93.01"}, not: []string{"Y93.29"}},
		{name: "fixburn activity cooking beside a burn",
			text: "HPI: burned his right palm on a hot pan while cooking. Dx: second degree burn of right palm.",
			want: []string{"T23.251A", "Y93.G3"}},
		{name: "fixburn no activity at a subsequent encounter",
			text: "Follow up of right ankle sprain sustained while playing basketball 2 weeks ago, healing. Dx: sprain of right ankle, subsequent encounter.",
			want: []string{"S93.401D"}, not: []string{"Y93.67"}},
		{name: "fixburn no activity without an injury",
			text: "Chest pain while walking up a hill, relieved by rest. Dx: stable angina.",
			not:  []string{"Y93.01"}},
		{name: "fixburn fall while snowboarding",
			text: "Fell while snowboarding and landed on his outstretched right hand. Dx: sprain of right wrist.",
			want: []string{"S63.501A", "V00.311A", "Y93.23"}, not: []string{"W19.XXXA"}},
		{name: "fixburn tripped over a throw rug and fell",
			text: "82 y/o woman tripped over a throw rug at home and fell. Dx: closed fracture of right distal radius.",
			want: []string{"W18.09XA"}, not: []string{"W01.0XXA"}},
		{name: "fixburn fall kept beside an activity",
			text: "Fell while walking in the park. Dx: contusion of left knee.",
			want: []string{"S80.02XA", "W19.XXXA", "Y93.01"}},
		{name: "fixburn no activity beside an adverse effect",
			text: "Anaphylaxis after a yellow jacket sting while gardening; epinephrine given.",
			want: []string{"T78.2XXA"}, not: []string{"Y93.H2"}},
		// A corrosion codes its chemical first (T20-T28 corrosion codes:
		// "Code first (T51-T65) to identify chemical and intent").
		{name: "fixburn alkali corrosion of the cornea codes the alkali",
			text: "Splashed drain cleaner (sodium hydroxide) into the right eye at home. Dx: alkali corrosion of right cornea, accidental.",
			want: []string{"T54.3X1A", "T26.61XA"}},
		// The sequela of a burn takes the degree the note states for the
		// old burn of the same site (T2x.xxxS).
		{name: "fixburn burn scar sequela takes the old burn's degree",
			text: "Assessment: burn scar contracture of right elbow, sequela of third degree burn of right elbow 2 years ago.",
			want: []string{"L90.5", "T22.321S"}, not: []string{"T22.021S"}},
		// A foreign body in a natural orifice entered through it (W44.-,
		// by what it is).
		{name: "fixburn plastic bead in the nostril entered through it",
			text: "3 y/o pushed a plastic bead into her right nostril.\nDx: foreign body (plastic bead) in right nostril.",
			want: []string{"T17.1XXA", "W44.B1XA"}},
		{name: "fixburn foreign body of the skin is no natural orifice",
			text: "Dx: retained glass foreign body in the left palm after a fall onto broken glass.",
			not:  []string{"W44.C0XA", "W44.9XXA"}},
		// A heat illness is the natural heat's effect (T67 "use additional
		// code to identify the source of the heat": X30).
		{name: "fixburn heat stroke working outdoors is natural heat",
			text: "Roofer found confused after working for hours in extreme heat. Dx: heat stroke.",
			want: []string{"T67.01XA", "X30.XXXA"}},
		{name: "fixburn local heat is no cause beside a burn",
			text: "Spilled hot oil on her right hand. Applied a heat pack at home. Dx: second degree burn of right hand.",
			want: []string{"X10.2XXA"}, not: []string{"X30.XXXA"}},
	}...)
}
