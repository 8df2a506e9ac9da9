package coder

import "notecoder/cdi/model"

// External cause cases (ext): how an injury happened is read from the
// External Cause of Injuries Index (guideline I.C.20) with the same walker
// as conditions, kept only beside a present injury whose code does not name
// its cause, with the injury's encounter as 7th character; a value that
// fell, a fall risk, a denied or past fall give nothing.
func init() {
	cases = append(cases, []tc{
		{name: "ext-ladder-assessment", text: "Assessment: 1. Closed fracture of the left distal radius. 2. Fall from ladder at home.", want: []string{"S52.502A", "W11.XXXA"}, not: []string{"W19.XXXA"}},
		{name: "ext-fell-off-ladder", text: "Left distal radius fracture. He fell off a ladder.", want: []string{"W11.XXXA"}},
		{name: "ext-mechanical-fall", text: "Right hip fracture after a mechanical fall at home.", want: []string{"W19.XXXA"}},
		{name: "ext-dog-bite", text: "Dog bite to the right hand with laceration.", want: []string{"W54.0XXA"}},
		{name: "ext-baseball", text: "Nasal bone fracture. Struck by a baseball.", want: []string{"S02.2XXA", "W21.03XA"}},
		{name: "ext-hot-coffee", text: "Burn of the left forearm from hot coffee.", want: []string{"X10.0XXA"}},
		{name: "ext-slipped-ice", text: "Left ankle fracture. Slipped on ice.", want: []string{"W00.0XXA"}, not: []string{"W01.0XXA"}},
		{name: "ext-stairs", text: "Left ankle fracture after a fall down the stairs.", want: []string{"W10.9XXA"}},
		{name: "ext-bed", text: "Contusion of the left knee after a fall from bed.", want: []string{"W06.XXXA"}},
		{name: "ext-collision", text: "Motor vehicle collision with fracture of the left femur.", want: []string{"V89.9XXA"}},
		{name: "ext-assaulted", text: "Scalp laceration. He was assaulted.", want: []string{"S01.01XA", "Y09"}},
		{name: "ext-assault-knife", text: "Scalp laceration after an assault with a knife.", want: []string{"X99.1XXA"}, not: []string{"Y09"}},
		// The history names the cause, the assessment the injury; the
		// cause is listed after it (I.C.20.a.6).
		{name: "ext-hpi-assessment", text: "HPI: He fell from a ladder yesterday while cleaning gutters.\n\nAssessment: Closed fracture of the left distal radius.", setting: model.Inpatient, want: []string{"W11.XXXA", "S52.502A"}},
		// The 7th character is the injury's encounter (I.C.20.a.2).
		{name: "ext-subsequent", text: "Left distal radius fracture, subsequent encounter for routine healing. Fell from a ladder.", want: []string{"S52.502D", "W11.XXXD"}, not: []string{"W11.XXXA"}},
		// No injury coded: no external cause.
		{name: "ext-no-injury", text: "Fell from a ladder last week, no injury. Hypertension.", not: []string{"W11.XXXA", "W19.XXXA"}},
		{name: "ext-no-injury-fall", text: "Assessment: mechanical fall. Essential hypertension.", want: []string{"I10"}, not: []string{"W19.XXXA"}},
		// Other senses, plans, denials and histories give nothing.
		{name: "ext-fall-hemoglobin", text: "Fracture of the left radius. Fall in hemoglobin after surgery.", not: []string{"W19.XXXA"}},
		{name: "ext-bp-fell", text: "Fracture of the left radius. Blood pressure fell to 80/40.", not: []string{"W19.XXXA"}},
		{name: "ext-fall-precautions", text: "Fracture of the left radius. Fall precautions.", not: []string{"W19.XXXA"}},
		{name: "ext-fall-risk", text: "Fracture of the left radius. High risk of falls.", not: []string{"W19.XXXA"}},
		{name: "ext-no-falls", text: "Fracture of the left radius. No falls.", not: []string{"W19.XXXA"}},
		{name: "ext-fall-history", text: "Fracture of the left radius. History of a fall years ago.", not: []string{"W19.XXXA"}},
		{name: "ext-fell-asleep", text: "Fracture of the left radius. She fell asleep in the waiting room.", not: []string{"W19.XXXA"}},
		// A vague restatement ("after the fall", "the accident") of an
		// event another code names is not coded again.
		{name: "ext-vague-restated", text: "Left wrist fracture. He fell from a ladder. After the fall he could not move his wrist.", want: []string{"W11.XXXA"}, not: []string{"W19.XXXA"}},
		{name: "ext-traffic-accident", text: "Fracture of the left femur due to a traffic accident.", want: []string{"V87.9XXA"}, not: []string{"X58.XXXA"}},
		{name: "ext-accident-alone", text: "Fracture of the left femur in an accident.", want: []string{"X58.XXXA"}},
		// "slip" as a noun is no slipping.
		{name: "ext-slip-sign", text: "Fracture of the left radius. The slip sign was positive.", not: []string{"W01.0XXA"}},
		// A poisoning names its cause and intent (I.C.20.a.8).
		{name: "ext-poisoning", text: "Accidental acetaminophen overdose after a fall.", not: []string{"W19.XXXA"}},
	}...)
}
