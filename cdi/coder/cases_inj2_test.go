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
	}...)
}
