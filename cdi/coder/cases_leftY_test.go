package coder

// Known errors of the clinic and psychiatric review (leftY): a subterm whose
// title lists its words apart ("Vaginitis, atrophic, postmenopausal") reads
// the later word from a qualifying clause after the head; with both sides
// named beside a hemiparesis the weak side is the one written beside it, and
// its dominance follows that side (I69.35- tabular note, guideline I.C.6.a);
// an irritated seborrheic keratosis is the inflamed one (L82.0); a
// (meth)amphetamine-induced psychosis is the stimulant-induced psychotic
// disorder (F15.x59 by use, abuse, dependence), no adverse effect (T43.6-).
func init() {
	cases = append(cases, []tc{
		{name: "leftY-atrophic-vaginitis-trailing-postmenopausal", text: "Assessment: Atrophic vaginitis, postmenopausal. Begin topical estrogen.", want: []string{"N95.2"}, not: []string{"N76.0"}},
		{name: "leftY-atrophic-vaginitis-postmenopausal-bare", text: "Atrophic vaginitis, postmenopausal.", want: []string{"N95.2"}, not: []string{"N76.0"}},
		{name: "leftY-guard-vaginitis-chronic-trailing", text: "Atrophic vaginitis, chronic.", want: []string{"N76.1"}, not: []string{"N95.2"}},
		{name: "leftY-hemiparesis-left-after-right-mca", text: "Residual left hemiparesis following a right MCA stroke two years ago.", want: []string{"I69.354"}, not: []string{"I69.352", "I69.353"}},
		{name: "leftY-hemiparesis-left-side-right-hemisphere", text: "Hemiparesis of the left side following a right hemispheric stroke.", want: []string{"I69.354"}, not: []string{"I69.353", "I69.352"}},
		{name: "leftY-guard-hemiparesis-right-after-left-mca", text: "Right hemiparesis following left MCA stroke.", want: []string{"I69.351"}},
		{name: "leftY-sk-irritated-trailing", text: "Seborrheic keratosis, irritated; cryotherapy performed.", want: []string{"L82.0"}, not: []string{"L82.1"}},
		{name: "leftY-meth-psychosis-bare", text: "Methamphetamine-induced psychosis, admitted to psychiatry.", want: []string{"F15.959"}, not: []string{"T43.655A", "F24"}},
		{name: "leftY-meth-psychosis-use-disorder", text: "Methamphetamine-induced psychosis. Methamphetamine use disorder, severe.", want: []string{"F15.259"}, not: []string{"T43.655A", "F15.20"}},
		{name: "leftY-meth-psychosis-abuse", text: "Methamphetamine induced psychosis in the setting of methamphetamine abuse.", want: []string{"F15.159"}, not: []string{"T43.655A"}},
		{name: "leftY-amphetamine-psychosis", text: "Amphetamine-induced psychosis.", want: []string{"F15.959"}, not: []string{"T43.625A"}},
	}...)
}
