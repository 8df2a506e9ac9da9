package coder

// Table cases of helper enc23 (encounter gold-first set): a line that opens
// with the tests sent at this visit ("Prenatal labs drawn: rubella, HIV,
// HBsAg, syphilis") lists what the tests look for, not conditions of the
// patient, so a routine prenatal intake keeps its Z34 supervision code.
func init() {
	cases = append(cases, []tc{
		{name: "enc23 prenatal labs drawn list is no infection",
			text: "OB INTAKE\nG1P0 at 9w3d, uncomplicated so far.\nPrenatal labs drawn: blood type and antibody screen, CBC, rubella IgG, HIV, HBsAg, syphilis.\nImp: supervision of normal first pregnancy, first trimester.",
			want: []string{"Z34.01"}, not: []string{"B20", "O98.711", "O98.411", "O98.111", "B06.9", "B19.10"}},
		{name: "enc23 STI labs sent list is no infection",
			text: "Sexual health visit, asymptomatic, new partner.\nScreening for STIs. Today's labs sent: gonorrhea and chlamydia NAAT, HIV antigen/antibody, syphilis RPR, hepatitis C antibody.",
			want: []string{"Z11.3"}, not: []string{"B20", "A54.9", "A74.9", "A53.9", "B19.20"}},
	}...)
}
