package coder

// Cases for precision fixes: each fails without the change it documents.
func init() {
	cases = append(cases, []tc{
		// A see reference's own qualifier words choose the subterm below the
		// site ("Amputation, see also Absence, by site, acquired"): an
		// amputation is an acquired absence, not the congenital entry.
		{name: "prec-amputation-acquired", text: "Partial penile amputation was performed.", want: []string{"Z90.79"}, not: []string{"Q55.5"}},
		{name: "prec-stump-acquired", text: "A rectal stump was left in the pelvis.", want: []string{"Z90.49"}, not: []string{"Q42.1"}},
		// "Pneumonia, diffuse - see Pneumonia, broncho-": the reference
		// names the entry even though its title has alternatives.
		{name: "prec-see-named-entry", text: "Diffuse pneumonia.", want: []string{"J18.0"}, not: []string{"J18.9"}},
		// Following "see also Hernia, by site, with obstruction", the
		// subterm "incarcerated" (which refers the same way again) is not
		// read: the site is, and no unspecified hernia is added.
		{name: "prec-see-no-loop-hernia", text: "Incarcerated umbilical hernia.", want: []string{"K42.0"}, not: []string{"K46.9"}},
		{name: "prec-see-no-loop-tb", text: "Tuberculous adenitis of the neck.", want: []string{"A18.2"}, not: []string{"A15.9"}},
		// The bare word of a main term whose only entry is qualified
		// (data/need_qualifier.txt).
		{name: "prec-need-qualifier-impression", text: "The diagnostic impression was pneumonia.", want: []string{"J18.9"}, not: []string{"Q75.8"}},
		{name: "prec-need-qualifier-presentation", text: "An endoscopy 14 months after the initial presentation was normal.", not: []string{"O80"}},
	}...)
}
