package coder

// Injury, poisoning and external cause cases (ed17), written for the
// "injury" set of testdata/usnotes.jsonl in other words than its notes.
func init() {
	cases = append(cases, []tc{
		// The loss of consciousness a note states sets the S06 6th character
		// (data/consciousness.tsv): denied in another sentence or section,
		// or by its duration in the code's own sentence.
		{name: "ed17 concussion, loc denied in next sentence", text: "Assessment: Concussion. She never lost consciousness per her husband.", want: []string{"S06.0X0A"}, not: []string{"S06.0X9A"}},
		{name: "ed17 concussion, no loc in hpi", text: "HPI: Hit his head on a cabinet door, no LOC, mild headache since.\nAssessment: Concussion.\nPlan: rest, acetaminophen.", want: []string{"S06.0X0A"}, not: []string{"S06.0X9A", "S06.0XAA"}},
		{name: "ed17 sdh loc 50 minutes", setting: "inpatient", text: "Diagnosis: traumatic subdural hematoma with loss of consciousness for roughly 50 minutes after the assault.", want: []string{"S06.5X2A"}, not: []string{"S06.5X9A"}},
		{name: "ed17 epidural loc 3 hours in hpi", setting: "inpatient", text: "HPI: Thrown from a horse, was unconscious for 3 hours per bystanders.\nAssessment: Traumatic epidural hemorrhage, evacuated.", want: []string{"S06.4X3A"}, not: []string{"S06.4X9A", "S06.4XAA"}},
		// A burn's stated extent of the body surface is the T31 code beside
		// its site codes (I.C.19.d.6; data/burn_extent.tsv), the unspecified
		// region's T30 gives way to a coded site, and a "fire" is no Saint
		// Anthony's fire (erysipelas).
		{name: "ed17 burn extent with full thickness share", setting: "inpatient", text: "BURN UNIT NOTE. Patient caught in a kitchen grease fire. Third-degree burns of the back of the left hand and second-degree burns of the left forearm, 12% TBSA, 4% full thickness.", want: []string{"T23.362A", "T22.212A", "T31.10"}, not: []string{"A46"}},
		{name: "ed17 burn extent under ten percent, house fire", setting: "inpatient", text: "HPI: escaped a house fire, burns to the right leg.\nAssessment: second degree burn of right thigh, about 2% TBSA.", want: []string{"T24.211A", "T31.0", "X00.0XXA"}, not: []string{"A46"}},
		{name: "ed17 burn extent third degree share, no t30", setting: "inpatient", text: "Burn clinic: 22% TBSA burn (third degree 21%) of back and both legs. Full-thickness burns of the back.", want: []string{"T31.22"}, not: []string{"T30.0"}},
		// An unspecified drug's or substance's code gives way to the named
		// one of the same intent (data/substance_unspecified.tsv), and a
		// honeybee is the index's bee (synonyms.tsv).
		{name: "ed17 ethanol toxic effect, no unspecified substance", text: "Assessment: accidental ethanol ingestion (toxic effect of ethanol), hypoglycemia.", want: []string{"T51.0X1A", "E16.2"}, not: []string{"T65.91XA"}},
		{name: "ed17 digoxin adverse effect, no unspecified drug", setting: "inpatient", text: "Discharge diagnosis: digoxin toxicity (adverse effect) with drug-induced bradycardia.", want: []string{"T46.0X5A", "R00.1"}, not: []string{"T50.905A"}},
		{name: "ed17 honeybee sting", text: "Assessment: Large local reaction to honeybee sting, right hand.", want: []string{"T63.441A"}},
		// Another player is the external cause index's person (external_words.tsv).
		{name: "ed17 collided with another player", text: "HPI: collided head-to-head with another player at soccer practice. Assessment: contusion of left thigh.", want: []string{"S70.12XA", "W51.XXXA"}, not: []string{"V89.9XXA"}},
		{name: "ed17 collided with a teammate and fell", text: "HPI: collided with a teammate and fell. Assessment: contusion of left thigh.", want: []string{"W03.XXXA"}, not: []string{"V89.9XXA"}},
		// Lower-case "dishes" is no DISH (M48.1-); the capitals still are.
		{name: "ed17 washing dishes is no hyperostosis", text: "HPI: cut her right palm on a broken glass while washing dishes. Assessment: laceration of right hand.", want: []string{"S61.411A"}, not: []string{"M48.10"}},
		// A shoulder dislocation is the humerus's: its direction chooses
		// the code (implied.tsv "dislocation > shoulder / humerus").
		{name: "ed17 anterior shoulder dislocation", text: "Assessment: Anterior dislocation of right shoulder, reduced.", want: []string{"S43.014A"}, not: []string{"S43.006A"}},
		{name: "ed17 posterior shoulder dislocation", text: "Assessment: posterior shoulder dislocation, left.", want: []string{"S43.025A"}, not: []string{"S43.006A"}},
		// A fracture pattern's "type" is no Gustilo type (seventh_need_next.tsv).
		{name: "ed17 colles type is closed", text: "X-ray: fracture of the distal radius (Colles type).", want: []string{"S52.539A"}, not: []string{"S52.539B"}},
		// The imaging's unspecified fracture of a part gives way to the
		// named kind of the same part, side and wound.
		{name: "ed17 xray distal radius fracture is the colles", text: "X-ray right wrist: fracture of the distal radius.\nAssessment: Closed Colles fracture, right distal radius.", want: []string{"S52.531A"}, not: []string{"S52.509A"}},
		{name: "ed17 history scaphoid fracture is the nonunion", text: "HPI: fell 9 months ago and was diagnosed with a fracture of the left scaphoid, lost to follow-up.\nAssessment: Nonunion of displaced fracture of middle third of left scaphoid.", want: []string{"S62.022K"}, not: []string{"S62.002A", "S62.002D"}},
		// A sequela takes its residual's side; a fracture in later care is
		// no healed history; frostbite is its own external cause (X31);
		// an elder's abuse is the index's adult abuse.
		{name: "ed17 sequela fracture takes the residual's side", text: "Assessment: Post-traumatic osteoarthritis of the right ankle, sequela of old trimalleolar fracture.", want: []string{"M19.171", "S82.851S"}, not: []string{"S82.853S"}},
		{name: "ed17 malunion is no healed fracture history", text: "HPI: 9 months after a closed fracture of the right tibial shaft. Assessment: malunion of displaced transverse fracture of right tibial shaft.", want: []string{"S82.221P"}, not: []string{"Z87.81", "S82.201A"}},
		{name: "ed17 healed malunited fracture is no history", text: "ORTHO CLINIC\n50F with a healed fracture of the left humeral shaft, plated 8 months ago.\nAssessment: Malunion of left humeral shaft fracture (displaced, transverse).", want: []string{"S42.322P"}, not: []string{"Z87.81"}},
		{name: "ed17 frostbite external cause", text: "Assessment: Frostbite of left toes with tissue necrosis.", want: []string{"T34.832A", "X31.XXXA"}},
		{name: "ed17 elder abuse confirmed", text: "Assessment: elder abuse, confirmed.", want: []string{"T74.91XA"}},
		// A fall from a slide or swing is Fall, from, playground equipment
		// (external_implied.tsv).
		{name: "ed17 fell off playground slide", text: "HPI: fell off the playground slide. Assessment: contusion of left knee.", want: []string{"W09.0XXA"}, not: []string{"W19.XXXA"}},
		{name: "ed17 fell from a swing", text: "HPI: fell from a swing at the park. Assessment: contusion of left knee.", want: []string{"W09.1XXA"}, not: []string{"W19.XXXA"}},
		// The trauma bay or team names no injury (other_sense.tsv), and a
		// bite's tear and punctures are the open bite (bite_wounds.txt).
		{name: "ed17 trauma bay is no chest trauma", setting: "inpatient", text: "HPI: left chest tube placed in trauma bay for pneumothorax.", not: []string{"S29.9XXA"}},
		{name: "ed17 trauma surgery consult names no injury", setting: "inpatient", text: "HPI: trauma surgery consulted for the abdominal wall hematoma.", want: []string{"S30.11XA"}, not: []string{"S39.91XA"}},
		{name: "ed17 dog bite tear is the bite", text: "Exam: two puncture wounds and a 2 cm tear on the left forearm.\nAssessment: dog bite of left forearm.", want: []string{"S51.852A", "W54.0XXA"}, not: []string{"S51.812A"}},
		{name: "ed17 cat bite laceration is the bite", text: "Assessment: cat bite of right hand with laceration of the right hand.", want: []string{"S61.451A"}, not: []string{"S61.411A"}},
		// Local swelling is integral to a sting or venomous bite (integral.tsv).
		{name: "ed17 envenomation swelling is integral", text: "Assessment: rattlesnake envenomation of right hand with progressive local swelling.", want: []string{"T63.011A"}, not: []string{"R60.9"}},
		{name: "ed17 wasp sting swelling is integral", text: "Assessment: wasp sting with local swelling.", want: []string{"T63.461A"}, not: []string{"R60.9"}},
	}...)
}
