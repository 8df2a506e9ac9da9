package coder

// Cases of session 14 helper leftE, written for these tests.
func init() {
	cases = append(cases, []tc{
		// External Cause Index: "Cut, cutting" has no code; its see-also
		// (Contact, with, by object) reads the object named (knife W26.0).
		// A knife that slipped is no fall of the patient (Slipping needs the
		// patient to slip: data/external_not.txt head rows).
		{name: "leftE knife slipped while slicing", text: "Laceration of the left thumb. The knife slipped while she was cutting onions.", want: []string{"S61.012A", "W26.0XXA"}, not: []string{"W01.0XXA"}},
		{name: "leftE cut with a kitchen knife", text: "Laceration of right palm. He cut his hand with a kitchen knife while cooking.", want: []string{"W26.0XXA"}},
		{name: "leftE slipped on ice guard", text: "Left wrist sprain. She slipped on the ice in the parking lot.", want: []string{"W00.0XXA"}},
		// Burn, hot, drink (X10.0): a spill of a hot drink is a burn by it.
		{name: "leftE spilled hot tea", text: "Second degree burn of the left forearm. Her child spilled hot tea on her arm.", want: []string{"X10.0XXA"}},
		{name: "leftE spilled water guard", text: "Sprain of right wrist after she spilled water on the floor and slipped.", not: []string{"X10.0XXA", "X12.XXXA"}},
		// Fall, from/in, on, stairs, steps, curb (W10.1): notes name the curb
		// without the stairs grouping (data/external_implied.tsv paths).
		{name: "leftE fell off the curb", text: "Right ankle sprain after he fell off the curb on his way home.", want: []string{"W10.1XXA"}, not: []string{"W19.XXXA"}},
		{name: "leftE tripped on curb and fell", text: "Abrasion of left knee. Tripped on a curb and fell this morning.", want: []string{"W10.1XXA"}, not: []string{"W01.0XXA"}},
		{name: "leftE fell down stairs guard", text: "Contusion of left hip after a fall down the stairs.", not: []string{"W10.1XXA"}},
		// Return precautions (context.tsv): a later trigger of the same
		// category ("for any", 3 words) does not cut the scope of the
		// return precaution it overlaps; "if any" inside "return if any" is
		// no pseudo trigger there.
		{name: "leftE return for any swelling", text: "Hives after new detergent. Return for any swelling of the lips or trouble breathing.", want: []string{"L50.9"}, not: []string{"R06.00", "R22.0"}},
		{name: "leftE return if any wheezing", text: "Urticaria. Return if any wheezing or trouble swallowing.", want: []string{"L50.9"}, not: []string{"R06.2", "R13.10"}},
		{name: "leftE for any pain guard", text: "Ibuprofen for any mild pain. Knee effusion on the left.", want: []string{"M25.462"}},
		// "OM": otitis media is the usual sense (abbrev.tsv "yield") but
		// gives way to osteomyelitis when bone words or a bone site are near.
		{name: "leftE om of the tibia", text: "Chronic OM of the right tibia, on long course of antibiotics.", want: []string{"M86.661"}, not: []string{"H66.91", "H66.90"}},
		{name: "leftE om ear guard", text: "Left OM, bulging tympanic membrane, start amoxicillin.", want: []string{"H66.92"}, not: []string{"M86.9"}},
		// Hypertrophy, mucous membrane, nose (turbinate) J34.3: the grouping
		// and the nose are read through the turbinate the note names.
		{name: "leftE turbinate hypertrophy", text: "Chronic nasal congestion. Bilateral turbinate hypertrophy on exam.", want: []string{"J34.3"}},
		{name: "leftE gum hypertrophy", text: "Gum hypertrophy from phenytoin.", want: []string{"K06.1"}},
		// A postoperative day dates the surgery in this stay (I.C.21.c.3):
		// the index's own Status entry reading ("s/p" -> Status (post),
		// cholecystectomy) is dropped as statusPostCands' rows are.
		{name: "leftE pod lap chole no status", text: "POD 2 s/p lap chole for gallstone cholecystitis, tolerating clears.", setting: "inpatient", not: []string{"Z90.49"}},
		{name: "leftE remote chole status guard", text: "S/p laparoscopic cholecystectomy in 2012. Admitted with a right lower lobe pneumonia.", setting: "inpatient", want: []string{"Z90.49"}},
		// Aftercare, following surgery (for) (on), joint replacement Z47.1 /
		// amputation Z47.81 (I.C.21.c.7): "surgery" and "joint replacement"
		// are read through the procedure the note names; the visit's reason
		// line may start with "aftercare" (encounter_heads.txt); the implant
		// or the absence is the status beside it (Z96.65-, Z89.-).
		{name: "leftE aftercare tka", text: "Assessment: Aftercare following right TKA, range of motion improving.", want: []string{"Z47.1", "Z96.651"}},
		{name: "leftE aftercare bka", text: "Chief complaint: aftercare after left below knee amputation, stump healing well.", want: []string{"Z47.81", "Z89.512"}},
		{name: "leftE aftercare in a plan guard", text: "Plan: arrange aftercare with home health after discharge.", not: []string{"Z51.89", "Z47.1"}},
		// The weeks of gestation are the encounter's (I.C.15.b.3): stated in
		// another sentence than the O code, with "gestation" and no
		// pregnancy word, or beside an O code without a trimester axis.
		{name: "leftE weeks gestation other sentence", text: "She is at 31 weeks gestation today. Mild preeclampsia, labs stable.", setting: "inpatient", want: []string{"O14.03", "Z3A.31"}},
		{name: "leftE weeks pregnant gdm other sentence", text: "Currently 30 weeks pregnant. Gestational diabetes controlled with diet.", want: []string{"O24.410", "Z3A.30"}},
		{name: "leftE newborn gestation guard", text: "Newborn male born at 36 weeks gestation. Transient tachypnea.", setting: "inpatient", not: []string{"Z3A.36", "O99.89"}},
		// "Gestation - see also Pregnancy": a twin gestation is Pregnancy,
		// twin (O30.0-); with the mother's O code the twins' liveborn code is
		// her outcome of delivery Z37.2 (record_owner.tsv), not Z38.5.
		{name: "leftE twin gestation delivered", text: "Cesarean delivery of twins, both liveborn. Monochorionic diamniotic twin gestation.", setting: "inpatient", want: []string{"Z37.2"}, not: []string{"Z38.5", "Z38.31", "Z38.30"}},
		{name: "leftE twin gestation antepartum", text: "Twin gestation at 26 weeks, routine growth scan.", want: []string{"O30.002", "Z3A.26"}},
		// Fracture, traumatic, neck, cervical vertebra, second, dens: notes
		// name the dens alone (site_kids.tsv "main"). The dens entry is the
		// type II fracture; a type III one is the entry's "specified type
		// NEC" (S12.12-, "Other dens fracture"), which a stated type other
		// than the entry's own reads (leftJ: node.typeNEC), not the type II
		// code.
		{name: "leftE type iii dens fracture", text: "CT neck: acute type III dens fracture after a fall from standing.", want: []string{"S12.120A"}, not: []string{"S12.110A", "T14.8XXA", "S12.14XA"}},
		{name: "leftE nondisplaced type iii dens", text: "Nondisplaced type III dens fracture, placed in a hard collar.", want: []string{"S12.121A"}, not: []string{"S12.112A"}},
		{name: "leftE type ii dens fx comma", text: "Type II dens fx, nondisplaced, collar for 12 weeks.", want: []string{"S12.112A"}},
		{name: "leftE type ii dens guard", text: "Nondisplaced type II dens fracture, halo placed.", want: []string{"S12.112A"}},
		{name: "leftE twin gestation birth history guard", text: "Birth history: twin gestation, birth weight 2100 g, NICU for 10 days.", not: []string{"O30.009"}},
	}...)
}
