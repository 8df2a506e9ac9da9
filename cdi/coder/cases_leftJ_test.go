package coder

func init() {
	cases = append(cases, []tc{
		// A denying prefix written apart from its word ("non-displaced",
		// "non displaced") reads as the one word the tabular spells joined
		// ("Nondisplaced fracture ..."), not as its last word's contrary
		// sibling ("Displaced fracture ..."); "undisplaced" is a spelling of it.
		{name: "leftJ non-displaced metatarsal", text: "X-ray shows a non-displaced fracture of the left fifth metatarsal shaft.", setting: "inpatient", want: []string{"S92.355A"}, not: []string{"S92.352A"}},
		{name: "leftJ non displaced clavicle", text: "Non displaced fracture of the right clavicle shaft, sling applied.", setting: "inpatient", want: []string{"S42.024A"}, not: []string{"S42.021A"}},
		{name: "leftJ undisplaced lateral malleolus", text: "Undisplaced fracture of the left lateral malleolus, splinted.", setting: "inpatient", want: []string{"S82.65XA"}, not: []string{"S82.62XA"}},
		{name: "leftJ non-union tibia", text: "Non-union of the fracture of the left tibial shaft, subsequent encounter.", setting: "inpatient", want: []string{"S82.202K"}, not: []string{"S82.202A"}},
		{name: "leftJ non-alcoholic fatty liver", text: "Non-alcoholic fatty liver disease on ultrasound.", setting: "inpatient", want: []string{"K76.0"}, not: []string{"K70.0"}},
		// Guard: no prefix, no statement: displaced by default (I.C.19.c.1).
		{name: "leftJ fracture default displaced guard", text: "Fracture of the left fifth metatarsal shaft.", setting: "inpatient", want: []string{"S92.352A"}},

		// The "unspecified" branch of a subcategory's parent gives way to a
		// named sibling branch coded for the same site, side and encounter
		// (tabular titles: S51.80- "Unspecified open wound of forearm" beside
		// S51.81- "Laceration without foreign body of forearm").
		{name: "leftJ stab wound forearm", text: "He presents with a stab wound to the left forearm, bleeding controlled.", setting: "inpatient", want: []string{"S51.812A"}, not: []string{"S51.802A"}},

		// A type the note states against the one the index entry names
		// ("dens (anterior) (displaced) (type II)") reads the entry's
		// "specified type NEC" (S12.12-, Other dens fracture), not the
		// type II codes.
		{name: "leftJ type i dens", text: "Type I dens fracture seen on CT of the cervical spine.", setting: "inpatient", want: []string{"S12.120A"}, not: []string{"S12.110A"}},
		{name: "leftJ dens type 3 posterior", text: "Dens fracture, type 3, with posterior displacement.", setting: "inpatient", want: []string{"S12.120A"}, not: []string{"S12.111A", "S12.110A"}},
		// Guard: the entry's own type keeps its codes.
		{name: "leftJ type ii dens guard", text: "Type 2 dens fracture, nondisplaced.", setting: "inpatient", want: []string{"S12.112A"}},
	}...)
}
