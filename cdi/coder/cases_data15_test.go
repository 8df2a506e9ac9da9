package coder

func init() {
	cases = append(cases, []tc{
		// "Infection" NOS beside an infection the old hand list of
		// prefixes did not name (pyonephrosis asks for its agent,
		// B95-B97): the named infection said again (I.B.1).
		{name: "data15 infection NOS beside pyonephrosis", text: "Assessment: pyonephrosis of the right kidney. The infection is improving on antibiotics.", want: []string{"N13.6"}, not: []string{"B99.9"}},
		{name: "data15 infection NOS beside breast abscess", text: "Assessment: abscess of the right breast. The infection is improving on cephalexin.", want: []string{"N61.1"}, not: []string{"B99.9"}},
		// A condition at an unspecified part or site beside the same
		// condition at a named part of the same side (partScope).
		{name: "data15 breast cancer quadrant", text: "Assessment: right breast cancer, upper outer quadrant. Continue anastrozole for the right breast cancer.", want: []string{"C50.411"}, not: []string{"C50.911"}},
		{name: "data15 chest wall wound part", text: "Assessment: open wound of the right back wall of thorax without penetration. Open wound of chest wall dressed.", want: []string{"S21.201A"}, not: []string{"S21.90XA"}},
	}...)
}
