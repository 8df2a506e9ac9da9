package coder

func init() {
	cases = append(cases, []tc{
		// "Infection" NOS beside an infection the old hand list of
		// prefixes did not name (pyonephrosis asks for its agent,
		// B95-B97): the named infection said again (I.B.1).
		{name: "data15 infection NOS beside pyonephrosis", text: "Assessment: pyonephrosis of the right kidney. The infection is improving on antibiotics.", want: []string{"N13.6"}, not: []string{"B99.9"}},
		{name: "data15 infection NOS beside breast abscess", text: "Assessment: abscess of the right breast. The infection is improving on cephalexin.", want: []string{"N61.1"}, not: []string{"B99.9"}},
	}...)
}
