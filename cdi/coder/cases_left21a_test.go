package coder

// Cases for left21a: thoracic back strains read as the back wall of the thorax, a strain read
// through "see Injury, muscle, by site, strain" keeping its strain subterm, a transient loss of
// consciousness outside head injury as R55, and a cellulitis beside a skin abscess coded by the
// abscess's site.
func init() {
	cases = append(cases, []tc{
		// Index: Injury, muscle, thorax, strain, back wall (S29.012); "Strain, back" is the low back.
		{name: "left21a-thoracic-back-muscles", text: "Assessment: Strain of thoracic back muscles.", want: []string{"S29.012A"}, not: []string{"S39.012A"}},
		{name: "left21a-midback-lifting", text: "Assessment: Mid-back strain after lifting boxes.", want: []string{"S29.012A"}, not: []string{"S39.012A"}},
		{name: "left21a-upper-back", text: "Assessment: Upper back strain, right side.", want: []string{"S29.012A"}, not: []string{"S39.012A"}},
		{name: "left21a-thoracic-paraspinal", text: "Assessment: Thoracic paraspinal muscle strain.", want: []string{"S29.012A"}},
		{name: "left21a-strained-mid-back", text: "Assessment: Strained his mid back moving furniture.", want: []string{"S29.012A"}},
		// The see reference's "strain" is taken below the site even when the note says it.
		{name: "left21a-muscle-thorax", text: "Assessment: Strain of muscle of thorax.", want: []string{"S29.019A"}, not: []string{"S29.009A"}},
		{name: "left21a-muscle-lower-back", text: "Assessment: Strain of muscle of lower back.", want: []string{"S39.012A"}, not: []string{"S39.002A"}},
		{name: "left21a-chest-wall-muscles", text: "Assessment: Strain of chest wall muscles.", want: []string{"S29.019A"}, not: []string{"S29.009A"}},
		// Guards: neighbours that must not move.
		{name: "left21a-lumbar-strain", text: "Assessment: Lumbar strain.", want: []string{"S39.012A"}},
		{name: "left21a-cervical-strain", text: "Assessment: Cervical strain.", want: []string{"S16.1XXA"}},
		{name: "left21a-thoracic-back-pain", text: "Assessment: Thoracic back pain.", want: []string{"M54.6"}, not: []string{"S29.012A"}},
		{name: "left21a-shoulder-muscle", text: "Assessment: Strain of left shoulder muscle.", want: []string{"S46.912A"}},
		// Loss, consciousness, transient R55; a traumatic one is the S06 code's 6th character (the two
		// concussion cases are guards: they pass on the baseline and must keep no R55).
		{name: "left21a-transient-loc", text: "Assessment: Transient loss of consciousness.", want: []string{"R55"}},
		{name: "left21a-brief-loc", text: "Assessment: Brief LOC while standing in line at the pharmacy.", want: []string{"R55"}},
		{name: "left21a-momentary-loc", text: "Assessment: Momentary loss of consciousness after standing up quickly.", want: []string{"R55"}},
		{name: "left21a-concussion-loc", text: "Assessment: Concussion with brief loss of consciousness.", want: []string{"S06.0X1A"}, not: []string{"R55"}},
		{name: "left21a-concussion-hpi-loc", text: "HPI: Fell and struck head with brief LOC.\nAssessment: Concussion.", want: []string{"S06.0X1A"}, not: []string{"R55"}},
		// Abscess and cellulitis at one site: both by site.
		{name: "left21a-forearm-abscess-cellulitis", text: "Assessment: Right forearm abscess with cellulitis.", want: []string{"L02.413", "L03.113"}, not: []string{"L03.90"}},
		{name: "left21a-thigh-abscess-cellulitis", text: "Assessment: Abscess of left thigh with surrounding cellulitis.", want: []string{"L02.416", "L03.116"}, not: []string{"L03.90"}},
		{name: "left21a-hand-cellulitis-abscess", text: "Assessment: Cellulitis and abscess of the right hand.", want: []string{"L02.511", "L03.113"}, not: []string{"L03.90"}},
		{name: "left21a-buttock-abscess-cellulitis", text: "Assessment: Buttock abscess with cellulitis.", want: []string{"L02.31", "L03.317"}, not: []string{"L03.90"}},
		{name: "left21a-foot-abscess-cellulitis", text: "Assessment: Abscess of the left foot with cellulitis.", want: []string{"L02.612", "L03.116"}, not: []string{"L03.90"}},
		// Confirmed abuse with its perpetrator (I.C.19.f: Y07 when known; the index's Perpetrator entries).
		{name: "left21a-elder-abuse-son", text: "Assessment: Physical abuse of an 82-year-old woman by her son.", want: []string{"T74.11XA", "Y07.44"}},
		{name: "left21a-abuse-man-daughter", text: "Assessment: Physical abuse of a 70-year-old man by his daughter.", want: []string{"T74.11XA", "Y07.44"}},
		{name: "left21a-child-abuse-father", text: "Assessment: Confirmed physical abuse of a child by the father.", want: []string{"T74.12XA", "Y07.11"}},
		{name: "left21a-child-neglect-mother", text: "Assessment: Child neglect, confirmed, by the mother.", want: []string{"T74.02XA", "Y07.12"}},
		{name: "left21a-spouse-abuse-husband", text: "Assessment: Spouse abuse, physical, confirmed; assaulted by husband.", want: []string{"T74.11XA", "Y07.010"}},
		{name: "left21a-abuse-ex-husband", text: "Assessment: Adult physical abuse, confirmed, at the hands of her ex-husband. Contusion of left cheek.", want: []string{"T74.11XA", "Y07.011"}},
		{name: "left21a-child-abuse-boyfriend", text: "Assessment: Child physical abuse, confirmed, perpetrated by the mother's boyfriend.", want: []string{"T74.12XA", "Y07.432"}},
		// Guard: suspected abuse takes no perpetrator code (I.C.19.f); passes on the baseline.
		{name: "left21a-suspected-no-perpetrator", text: "Assessment: Suspected child physical abuse by the father.", want: []string{"T76.12XA"}, not: []string{"Y07.11", "T74.12XA"}},
		{name: "left21a-possible-abuse", text: "Assessment: Possible physical abuse of a child.", not: []string{"T74.12XA"}},
		// Blood alcohol level by the tabular's bands (Y90), only beside the alcohol involvement it measures.
		{name: "left21a-bal-180", text: "Assessment: Alcohol intoxication. BAL 180 mg/dL.", want: []string{"F10.129", "Y90.6"}},
		{name: "left21a-bal-percent", text: "Assessment: Acute alcohol intoxication, blood alcohol 0.12.", want: []string{"F10.129", "Y90.6"}},
		{name: "left21a-bal-215", text: "Assessment: Alcohol dependence with intoxication. Blood alcohol level on arrival was 215 mg/dL.", want: []string{"F10.229", "Y90.7"}},
		{name: "left21a-ethanol-level", text: "Assessment: Alcohol intoxication, serum ethanol level of 252 on arrival.", want: []string{"F10.129", "Y90.8"}},
		// Guard: no alcohol involvement coded, no level code; passes on the baseline.
		{name: "left21a-bal-no-alcohol-dx", text: "Assessment: Scalp laceration after fall. BAL 180 mg/dL.", want: []string{"S01.01XA"}, not: []string{"Y90.6"}},
	}...)
}
