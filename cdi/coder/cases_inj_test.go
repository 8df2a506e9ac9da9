package coder

// Seventh-session cases (inj): injury lines as an emergency physician writes
// them in an assessment, and qualifiers written with "no".
func init() {
	cases = append(cases, []tc{
		// A qualifying "no" after a comma or "with" reads as the index's
		// "without" (the "with X" subterm does not apply); a "no" that opens
		// a sentence is a negation and leaves the next condition alone.
		{name: "inj-laceration-no-foreign-body", text: "Assessment: Laceration of the scalp, 3 cm, no foreign body.", want: []string{"S01.01XA"}, not: []string{"S01.02XA"}},
		{name: "inj-laceration-with-foreign-body", text: "Assessment: Laceration of the scalp with foreign body.", want: []string{"S01.02XA"}},
		{name: "inj-concussion-no-loc", text: "Assessment: Concussion, no loss of consciousness.", want: []string{"S06.0X0A"}},
		{name: "inj-dm-no-complications", text: "Assessment: Type 2 diabetes, no complications.", want: []string{"E11.9"}, not: []string{"E11.8"}},
		{name: "inj-hernia-with-no-obstruction", text: "Assessment: Inguinal hernia with no obstruction or gangrene.", want: []string{"K40.90"}, not: []string{"K40.30", "K40.40"}},
		{name: "inj-no-opens-sentence", text: "No fever and the patient presented abdominal pain.", want: []string{"R10.9"}, not: []string{"R50.9"}},
		// "Hip fracture" is a femoral neck fracture by default (the index's
		// "see Fracture, femur, neck"); a trochanteric site the note names
		// is a sibling of "neck" and wins (data/see_parent.txt).
		{name: "inj-hip-intertrochanteric", text: "Assessment: Intertrochanteric fracture of the right hip.", want: []string{"S72.141A"}, not: []string{"S72.001A"}},
		{name: "inj-hip-subtrochanteric", text: "Assessment: Subtrochanteric fracture of the left hip.", want: []string{"S72.22XA"}},
		{name: "inj-hip-default-neck", text: "Assessment: Right hip fracture.", want: []string{"S72.001A"}},
		// A vertebral level names its vertebra ("L1" is the first lumbar
		// vertebra, S32.01-), not the region's unspecified vertebra.
		{name: "inj-l1-fracture", text: "Assessment: Compression fracture of L1.", want: []string{"S32.019A"}, not: []string{"S32.009A"}},
		{name: "inj-c2-fracture", text: "Assessment: Fracture of C2.", want: []string{"S12.100A"}},
		{name: "inj-t3-fracture", text: "Assessment: T3 fracture.", want: []string{"S22.039A"}},
		// The tabular's "Traumatic subdural hemorrhage NOS" is S06.5XA
		// (loss of consciousness status unknown): a note silent on
		// consciousness does not say there was a loss of it (S06.5X9).
		{name: "inj-sdh-nos", text: "Assessment: Subdural hematoma after fall.", want: []string{"S06.5XAA"}, not: []string{"S06.5X9A"}},
		{name: "inj-sah-traumatic-nos", text: "Assessment: Traumatic subarachnoid hemorrhage.", want: []string{"S06.6XAA"}},
		{name: "inj-sdh-no-loc", text: "Assessment: Subdural hematoma, no loss of consciousness.", want: []string{"S06.5X0A"}},
		// "Facial" is the face of the index ("Laceration, face NEC").
		{name: "inj-facial-laceration", text: "Assessment: Facial laceration, 2 cm.", want: []string{"S01.81XA"}},
		{name: "inj-facial-abrasion", text: "Assessment: Facial abrasion.", want: []string{"S00.81XA"}},
		{name: "inj-facial-nerve-palsy-stays", text: "Assessment: Facial nerve palsy, right.", want: []string{"G51.0"}},
		// "see Bite, by site, superficial, insect": the parts after "by
		// site" are read below the note's site (S40.86-), not as Bite's own
		// "insect" subterm (the reference itself).
		{name: "inj-insect-bite-arm", text: "Assessment: Insect bite of the right arm.", want: []string{"S40.861A"}},
		{name: "inj-insect-bite-forearm", text: "Assessment: Insect bite, right forearm.", want: []string{"S50.861A"}},
		{name: "inj-midshaft-clavicle", text: "Assessment: Fracture of the right clavicle, midshaft.", want: []string{"S42.021A"}, not: []string{"S42.001A"}},
		// An injury written as a participle is the index's noun.
		{name: "inj-fractured-wrist", text: "Assessment: Fractured left wrist.", want: []string{"S62.102A"}},
		{name: "inj-dislocated-shoulder", text: "Assessment: Dislocated right shoulder.", want: []string{"S43.004A"}},
		{name: "inj-bruised-knee", text: "Assessment: Bruised left knee.", want: []string{"S80.02XA"}},
		{name: "inj-sprained-ankle", text: "Assessment: Sprained right ankle.", want: []string{"S93.401A"}},
		{name: "inj-strained-back", text: "Assessment: Strained lower back.", want: []string{"S39.012A"}},
		{name: "inj-lacerated-finger", text: "Assessment: Lacerated right index finger.", want: []string{"S61.210A"}},
		// A substance named by a Table of Drugs row and its first subrow
		// ("Carbon > monoxide").
		{name: "inj-carbon-monoxide", text: "Assessment: Carbon monoxide poisoning, accidental.", want: []string{"T58.91XA"}},
		{name: "inj-ethyl-alcohol-poisoning", text: "Assessment: Ethyl alcohol poisoning.", want: []string{"T51.0X1A"}},
		// A sting is a venom's toxic effect (Sting - see Table of Drugs);
		// an insect bite stays a superficial injury.
		{name: "inj-bee-sting", text: "Assessment: Anaphylaxis to bee sting.", want: []string{"T63.441A", "T78.2XXA"}},
		{name: "inj-wasp-sting", text: "Assessment: Wasp sting on the left hand.", want: []string{"T63.461A"}},
		{name: "inj-insect-bite-not-venom", text: "Assessment: Insect bite of the right arm.", not: []string{"T63.481A", "T63.491A"}},
		{name: "inj-stab-wound-chest", text: "Assessment: Stab wound to the left chest.", want: []string{"S21.90XA"}},
		{name: "inj-gunshot-chest", text: "Assessment: Gunshot wound of the chest.", want: []string{"S21.93XA"}},
		{name: "inj-chest-pain-stays", text: "Assessment: Chest pain.", want: []string{"R07.9"}, not: []string{"M54.6"}},
		// "Renal sinus" is the kidney's (data/part_nouns.txt, part_owners.txt).
		{name: "inj-renal-sinus-cyst", text: "Assessment: Renal sinus cysts.", want: []string{"N28.1"}, not: []string{"J34.1"}},
		{name: "inj-maxillary-sinus-cyst-stays", text: "Assessment: Maxillary sinus cyst.", want: []string{"J34.1"}},
		// An examination that reports a finding is no visit reason
		// (data/report_verbs.txt); the visit's own line still is.
		{name: "enc-exam-revealed", text: "Physical examination revealed a palpable mass in the left breast.", want: []string{"N63.20"}, not: []string{"Z00.00"}},
		{name: "enc-exam-was-notable", text: "Physical examination was notable for a palpable mass in the left breast.", not: []string{"Z00.00"}},
		{name: "enc-annual-physical-stays", text: "Assessment: Annual physical exam, doing well.", want: []string{"Z00.00"}},
		// "Previously", "formerly", "prior" end a smoking history
		// (data/history_status.tsv).
		{name: "hx-previously-smoked", text: "SOCIAL HISTORY\nHe previously smoked 2 packs a day for 20 years.", want: []string{"Z87.891@historical"}, not: []string{"F17.210"}},
		{name: "hx-smokes-now", text: "SOCIAL HISTORY\nHe smokes 1 pack a day.", want: []string{"F17.210"}},
		// "Uncomplicated" is the default state a sibling's complication
		// replaces, as "without complication" is.
		{name: "woc-asthma-exacerbation", text: "HPI: 30-year-old woman with asthma.\nAssessment: Asthma exacerbation.", want: []string{"J45.901"}, not: []string{"J45.909"}},
		{name: "woc-asthma-alone", text: "Assessment: Asthma.", want: []string{"J45.909"}},
		// An obstetric formula alone is obstetric history, not a current
		// pregnancy; with the weeks it is one.
		{name: "preg-formula-alone-not-current", text: "HPI: 30-year-old woman, G2P2, last pregnancy in 2015, with asthma.\nAssessment: Asthma.", want: []string{"J45.909"}, not: []string{"O99.519"}},
		{name: "preg-formula-with-weeks", text: "HPI: 30-year-old G2P1 at 20 weeks with asthma.\nAssessment: Asthma.", want: []string{"O99.512", "Z3A.20"}},
		// A fracture its sentence attributes to osteoporosis is M80 at the
		// traumatic code's site, side and encounter (I.C.13.d.2), and the
		// sentence's M81 goes (data/osteoporotic_fracture.tsv).
		{name: "osteo-compression-t12", text: "Assessment: Osteoporotic compression fracture of T12.", want: []string{"M80.08XA"}, not: []string{"S22.009A", "S22.089A", "M81.0"}},
		{name: "osteo-l1-due-to", text: "Assessment: Compression fracture of L1 due to osteoporosis.", want: []string{"M80.08XA"}, not: []string{"S32.019A", "M81.0"}},
		{name: "osteo-right-hip", text: "Assessment: Right hip fracture due to osteoporosis.", want: []string{"M80.051A"}, not: []string{"S72.001A"}},
		{name: "osteo-radius-subsequent", text: "Assessment: Osteoporotic fracture of the left distal radius, subsequent encounter for routine healing.", want: []string{"M80.032D"}},
		{name: "osteo-other-sentence-stays-traumatic", text: "Assessment: Osteoporosis. Left distal radius fracture.", want: []string{"M81.0", "S52.502A"}, not: []string{"M80.032A"}},
		{name: "osteo-trauma-stays", text: "Assessment: Fracture of the right femur after a motor vehicle accident.", want: []string{"S72.91XA"}},
	}...)
}
