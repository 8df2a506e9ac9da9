package coder

// Table cases of helper enc23 (encounter gold-first set): a line that opens
// with the tests sent at this visit ("Prenatal labs drawn: rubella, HIV,
// HBsAg, syphilis") lists what the tests look for, not conditions of the
// patient, so a routine prenatal intake keeps its Z34 supervision code; a
// "normal screening colonoscopy" is still the screening visit (Z12.-); the
// suture removal of a laceration is the injury's subsequent encounter (7th
// character D), not the aftercare code Z48.02 (I.C.21.c.7).
func init() {
	cases = append(cases, []tc{
		{name: "enc23 prenatal labs drawn list is no infection",
			text: "OB INTAKE\nG1P0 at 9w3d, uncomplicated so far.\nPrenatal labs drawn: blood type and antibody screen, CBC, rubella IgG, HIV, HBsAg, syphilis.\nImp: supervision of normal first pregnancy, first trimester.",
			want: []string{"Z34.01"}, not: []string{"B20", "O98.711", "O98.411", "O98.111", "B06.9", "B19.10"}},
		{name: "enc23 STI labs sent list is no infection",
			text: "Sexual health visit, asymptomatic, new partner.\nScreening for STIs. Today's labs sent: gonorrhea and chlamydia NAAT, HIV antigen/antibody, syphilis RPR, hepatitis C antibody.",
			want: []string{"Z11.3"}, not: []string{"B20", "A54.9", "A74.9", "A53.9", "B19.20"}},
		{name: "enc23 normal screening colonoscopy",
			text: "COLONOSCOPY\nAsymptomatic 52 y/o, no GI symptoms.\nImpression: normal screening colonoscopy. Repeat in 10 years.",
			want: []string{"Z12.11"}},
		{name: "enc23 normal screening mammogram",
			text: "Impression: normal screening mammogram, BI-RADS 1.",
			want: []string{"Z12.31"}, not: []string{"Z12.39"}},
		{name: "enc23 laceration suture removal is the injury's D encounter",
			text: "CC: suture removal.\nLaceration of the left forearm repaired with 5 sutures 8 days ago. Healing well, no infection. Sutures removed.\nDx: laceration of left forearm, healing.",
			want: []string{"S51.812D"}, not: []string{"Z48.02", "S51.812A"}},
	}...)
}
