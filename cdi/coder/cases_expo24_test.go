package coder

// Table cases of helper expo24 (exposures and contacts): an infection the
// note gives to another person (the source patient of a needlestick or
// splash, a partner, a household member) is not the patient's disease, but
// when the same or a neighbouring sentence says the patient's exposure, it is
// the patient's contact with it (Z20.-, guideline I.C.21.c.1;
// data/contact_codes.tsv). An infection that is the object of "exposure to",
// "exposed to", "contact with" is the contact code too ("Exposure (to)" is a
// main term skip_main.txt never lets head a mention). Without the other
// person ("if exposed to tuberculosis", "HIV pre-exposure prophylaxis") no
// contact is coded.
func init() {
	cases = append(cases, []tc{
		{name: "expo24 needlestick with HIV and HCV positive source",
			text: "Occupational needlestick injury to the left index finger while recapping a needle; source patient HIV positive and hepatitis C positive.",
			want: []string{"S61.231A", "Z20.6", "Z20.5"}, not: []string{"B20", "Z21", "B19.20"}},
		{name: "expo24 blood splash from HIV positive source",
			text: "Splash of blood into the right eye during surgery. The source patient is HIV positive.",
			want: []string{"Z20.6"}, not: []string{"B20", "Z21"}},
		{name: "expo24 partner with chlamydia",
			text: "Here after exposure; her sexual partner was diagnosed with chlamydia last week. No symptoms.",
			want: []string{"Z20.2"}, not: []string{"A74.9", "A56.00"}},
		{name: "expo24 household member with tuberculosis",
			text: "Husband has active pulmonary tuberculosis. Patient was exposed at home, asymptomatic.",
			want: []string{"Z20.1"}, not: []string{"A15.0", "A15.9"}},
		{name: "expo24 exposure to hepatitis C",
			text: "Assessment: exposure to hepatitis C, asymptomatic; baseline labs drawn.",
			want: []string{"Z20.5"}, not: []string{"B19.20"}},
		{name: "expo24 exposed to chickenpox",
			text: "Exposed to chickenpox at daycare 5 days ago. No rash.",
			want: []string{"Z20.820"}, not: []string{"B01.9"}},
		{name: "expo24 partner's disease without exposure is not coded",
			text: "Her husband has hepatitis C.",
			not:  []string{"B19.20", "Z20.5"}},
		{name: "expo24 conditional exposure is no contact",
			text: "If exposed to tuberculosis, return for a PPD.",
			not:  []string{"Z20.1", "A15.9"}},
		{name: "expo24 pre-exposure prophylaxis is no HIV contact",
			text: "Counseled on HIV pre-exposure prophylaxis.",
			not:  []string{"Z20.6", "B20"}},
		{name: "expo24 source patient positive for hepatitis B",
			text: "Needlestick exposure at work; source patient is positive for hepatitis B.",
			want: []string{"Z20.5"}, not: []string{"B19.10"}},
	}...)
}
