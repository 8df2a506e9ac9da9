package coder

// Cases of session 20 helper leftE, written for these tests.
func init() {
	cases = append(cases, []tc{
		// External Cause Index: "Fall, from, off, out of, tree" W14; the
		// "Fall, tree (caused by lightning)" W20.8 is a tree that fell.
		{name: "leftE2 fell from a tree", text: "Fractured left wrist. He fell from a tree in the yard.", want: []string{"W14.XXXA"}, not: []string{"W20.8XXA"}},
		{name: "leftE2 fell out of a tree", text: "Closed fracture of the right forearm after she fell out of a tree.", want: []string{"W14.XXXA"}, not: []string{"W20.8XXA"}},
		{name: "leftE2 tree fell on him guard", text: "Fractured left wrist. A tree fell on him in the yard.", want: []string{"W20.8XXA"}, not: []string{"W14.XXXA"}},
		// A vehicle that hit something is in a collision (Accident,
		// transport, car occupant, collision, fixed or stationary object).
		{name: "leftE2 car hit a tree", text: "Contusion of the chest wall. His car hit a tree on the highway.", want: []string{"V47.9XXA"}},
		{name: "leftE2 crashed car into tree", text: "Chest wall contusion. She crashed her car into a tree last night.", want: []string{"V47.9XXA"}},
		{name: "leftE2 car hit him guard", text: "Contusion of the chest wall. A car hit him in the parking lot.", not: []string{"V47.9XXA", "V49.9XXA"}},
		// A VP shunt is the ventricular intracranial (communicating) shunt
		// (Malfunction, ventricular (communicating shunt) T85.01); a
		// pacemaker's lead is its electrode (Malfunction, cardiac
		// electronic device, electrode T82.110), text/data/abbrev.tsv.
		{name: "leftE2 vp shunt malfunction", text: "Admitted for VP shunt malfunction with headache and vomiting.", setting: "inpatient", want: []string{"T85.01XA"}},
		{name: "leftE2 pacemaker lead malfunction", text: "Malfunction of the pacemaker lead found on interrogation.", want: []string{"T82.110A"}, not: []string{"T82.119A"}},
		// The substance in a bracket right after the circumstance word is
		// the one poisoned; a suicide attempt coded by the self-harm
		// poisoning needs no T14.91.
		{name: "leftE2 overdose bracket drug", text: "She took an intentional overdose (acetaminophen). Suicide attempt.", want: []string{"T39.1X2A"}, not: []string{"T14.91XA"}},
		{name: "leftE2 accidental overdose bracket", text: "Accidental overdose (oxycodone) at home, found by her husband.", want: []string{"T40.2X1A"}},
	}...)
}
