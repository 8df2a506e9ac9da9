package coder

// Transport accidents beyond a car's occupant (leftA): a road user "struck by"
// or "hit by" a vehicle is in a collision with it, read under the road user's
// own entry of "Accident, transport" (data/external_add.tsv); a pedestrian is
// on foot unless a conveyance is named (data/external_implied.tsv); a cyclist is
// the index's "pedal cyclist" (data/optional_words.tsv, data/external_words.tsv);
// a public road makes the accident a traffic one, a parking lot or driveway a
// nontraffic one, and a tree or pole is the "stationary object" a car collided
// with (data/title_alias.tsv).
func init() {
	cases = append(cases, []tc{
		{name: "leftA2 pedestrian struck by car", text: "Pedestrian struck by a car. Closed fracture of the left tibial shaft.", want: []string{"V03.90XA"}},
		{name: "leftA2 pedestrian street traffic", text: "Pedestrian hit by a car while crossing the street. Contusion of the right hip.", want: []string{"S70.01XA", "V03.10XA"}, not: []string{"V03.90XA"}},
		{name: "leftA2 pedestrian parking lot", text: "Pedestrian struck by a car in a parking lot. Contusion of the right hip.", want: []string{"V03.00XA"}},
		{name: "leftA2 driver hit by another car", text: "Driver of a car hit by another car. Neck strain.", want: []string{"S16.1XXA", "V43.52XA"}},
		{name: "leftA2 driver other vehicle", text: "Restrained driver of a car in a collision with another vehicle. Neck strain.", want: []string{"V49.40XA"}},
		{name: "leftA2 passenger struck by truck", text: "Passenger in a car struck by a truck. Contusion of the chest wall.", want: []string{"V44.6XXA"}},
		{name: "leftA2 car into tree", text: "Driver of a car that collided with a tree. Contusion of the chest wall.", want: []string{"V47.5XXA"}, not: []string{"V49.9XXA"}},
		{name: "leftA2 cyclist hit by car", text: "Cyclist hit by a car. Abrasion of the left knee.", want: []string{"S80.212A", "V13.9XXA"}},
		{name: "leftA2 bicyclist collision", text: "Bicyclist in a collision with a car. Abrasion of the left knee.", want: []string{"V13.9XXA"}, not: []string{"V49.9XXA"}},
		{name: "leftA2 motorcycle driver hit", text: "Motorcycle driver hit by a car on the highway. Closed fracture of the right clavicle.", want: []string{"V23.49XA"}},
		// A vehicle named without its road user keeps no guessed victim.
		{name: "leftA2 guard struck by car alone", text: "He was struck by a car. Neck strain.", not: []string{"V49.9XXA", "V03.90XA"}},
		{name: "leftA2 guard car accident", text: "Car accident. Neck strain.", want: []string{"V49.9XXA"}, not: []string{"V43.92XA"}},
	}...)
}
