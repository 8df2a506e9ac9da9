package coder

// Seventh-session cases (inj2): emergency-department injury lines whose
// index path runs through a see chain, a site the note names in other words
// than the index, or a site entry with no code of its own.
func init() {
	cases = append(cases, []tc{
		// "Strain, tendon - see Injury, muscle, by site, strain": the
		// target restates "tendon" (muscle (and fascia) (and tendon)), and
		// the index files the Achilles tendon under "leg" as a pointer to
		// "Injury, Achilles tendon", read without the note saying "leg".
		{name: "inj2-achilles-strain", text: "Assessment: Strain of the left Achilles tendon.", want: []string{"S86.012A"}},
		// "Rupture, tendon - see Strain": the "strain" the chain names is
		// taken at the pointer's target, not its unspecified injury.
		{name: "inj2-achilles-rupture", text: "Assessment: Achilles tendon rupture, left.", want: []string{"S86.012A"}, not: []string{"S86.002A"}},
		// A strain with no site does not take a site from the pointers.
		{name: "inj2-muscle-strain-no-site", text: "Assessment: Muscle strain after lifting.", not: []string{"S86.911A", "S86.912A", "S86.919A", "S86.011A", "S86.019A", "S46.019A"}},
		// The hamstrings are the posterior muscle group at thigh level.
		{name: "inj2-hamstring-strain", text: "Assessment: Hamstring strain, right.", want: []string{"S76.311A"}},
		// The occipital bone is the occiput, under the base of the skull.
		{name: "inj2-skull-occipital", text: "Assessment: Skull fracture, occipital.", want: []string{"S02.119A"}, not: []string{"S02.91XA"}},
		{name: "inj2-occipital-neuralgia", text: "Assessment: Occipital neuralgia.", want: []string{"M54.81"}},
		// An open wound of the abdomen is of the abdominal wall.
		{name: "inj2-open-wound-abdomen", text: "Assessment: Open wound of the abdomen.", want: []string{"S31.109A"}, not: []string{"T14.8XXA"}},
		{name: "inj2-gunshot-abdomen", text: "Assessment: Gunshot wound to the abdomen.", want: []string{"S31.139A"}},
		{name: "inj2-wound-abdomen-penetration", text: "Assessment: Stab wound to the abdomen with penetration into the peritoneal cavity.", want: []string{"S31.609A"}, not: []string{"S31.109A"}},
		{name: "inj2-laceration-abdomen", text: "Assessment: Laceration of the abdomen.", want: []string{"S31.119A"}},
		{name: "inj2-laceration-abdomen-quadrant", text: "Assessment: Abdominal laceration, left lower quadrant.", want: []string{"S31.114A"}},
		// An amputated tip is cut through the distal phalanx.
		{name: "inj2-thumb-tip-amputation", text: "Assessment: Traumatic amputation of the right thumb tip.", want: []string{"S68.511A"}, not: []string{"S68.011A"}},
		{name: "inj2-fingertip-amputation", text: "Assessment: Traumatic amputation of the left index fingertip.", want: []string{"S68.611A"}, not: []string{"S68.111A"}},
		{name: "inj2-thumb-amputation", text: "Assessment: Traumatic amputation of the right thumb.", want: []string{"S68.011A"}},
		// A boxer's fracture is of the neck of the fifth metacarpal.
		{name: "inj2-boxers-fracture", text: "Assessment: Boxer's fracture, right hand.", want: []string{"S62.336A"}, not: []string{"S62.91XA"}},
		// A strain names its site alone: the index lists the sites under
		// "Strain, muscle (tendon) - see Injury, muscle, by site, strain"
		// (data/implied.tsv). A site without a strain subterm ("abdomen",
		// S39.001 an unspecified injury) is not taken.
		{name: "inj2-shoulder-strain", text: "Assessment: Left shoulder strain.", want: []string{"S46.912A"}},
		{name: "inj2-rotator-cuff-strain", text: "Assessment: Rotator cuff strain, right shoulder.", want: []string{"S46.011A"}},
		{name: "inj2-quadriceps-strain", text: "Assessment: Quadriceps strain, left.", want: []string{"S76.112A"}},
		{name: "inj2-wrist-strain", text: "Assessment: Right wrist strain.", want: []string{"S66.911A"}},
		{name: "inj2-abdominal-wall-strain", text: "Assessment: Abdominal wall strain.", not: []string{"S39.001A"}},
		{name: "inj2-neck-strain", text: "Assessment: Neck strain.", want: []string{"S16.1XXA"}},
	}...)
}
