package coder

// Symptom cases (symp): chapter R signs written as the adjective, the organ
// noun, or the exam manoeuvre rather than the index's own wording.
func init() {
	cases = append(cases, []tc{
		// "Tenderness, abdominal": notes write the noun "abdomen" and the adjective "tender".
		{name: "symp-abdomen-tender", text: "On examination the abdomen was tender.", want: []string{"R10.819"}},
		{name: "symp-tender-abdomen", text: "Tender abdomen without guarding.", want: []string{"R10.819"}},
		{name: "symp-abdomen-tender-hypochondrium", text: "Abdomen tender in the right hypochondrium.", want: []string{"R10.811"}},
		// Pain brought on by palpation of the abdomen is tenderness, not abdominal pain.
		{name: "symp-painful-to-palpation", text: "The abdomen was soft and painful to palpation.", want: []string{"R10.819"}, not: []string{"R52", "R10.9"}},
		{name: "symp-pain-on-palpation-iliac-fossa", text: "Abdomen painful to palpation in the right iliac fossa.", want: []string{"R10.813"}},
		{name: "symp-pain-on-palpation-epigastrium", text: "Abdominal pain on palpation in the epigastrium.", want: []string{"R10.816"}, not: []string{"R10.9"}},
		// Away from the abdomen the phrase keeps its pain code (no "Tenderness, knee" in the index).
		{name: "symp-pain-on-palpation-knee", text: "Pain on palpation of the left knee.", want: []string{"M25.562"}},
		// "Tenderness in the epigastrium" is the index's "epigastric" subterm.
		{name: "symp-tenderness-epigastrium", text: "Abdominal tenderness in the epigastrium.", want: []string{"R10.816"}},
		{name: "symp-pain-epigastrium", text: "Pain in the epigastrium since yesterday.", want: []string{"R10.13"}},
		// Negated exam findings stay out.
		{name: "symp-nontender-abdomen", text: "The abdomen was soft and non-tender.", not: []string{"R10.819"}},
	}...)
}

func init() {
	cases = append(cases, []tc{
		// The index writes the main term "Hyper-reflexia" (R29.2) with a hyphen.
		{name: "symp-hyperreflexia", text: "Neurological examination showed generalized hyperreflexia.", want: []string{"R29.2"}},
		{name: "symp-hyper-reflexia-hyphen", text: "He had hyper-reflexia in both legs.", want: []string{"R29.2"}},
		// An unsteady gait is "Gait abnormality, unsteadiness" (R26.81), not a joint instability.
		{name: "symp-gait-instability", text: "Three-month history of gait instability.", want: []string{"R26.81"}},
		{name: "symp-unsteady-gait", text: "On examination she had an unsteady gait.", want: []string{"R26.81"}},
		{name: "symp-gait-instability-negated", text: "There was no gait instability.", not: []string{"R26.81"}},
	}...)
}

func init() {
	cases = append(cases, []tc{
		// Exam adjectives of signs the index names as nouns.
		{name: "symp-dyspneic-cyanotic", text: "She was dyspneic and cyanotic on arrival.", want: []string{"R06.00", "R23.0"}},
		{name: "symp-drowsy", text: "He was drowsy but arousable.", want: []string{"R40.0"}},
		{name: "symp-feverish", text: "The child was feverish for two days.", want: []string{"R50.9"}},
		// The adjective inside a longer main term keeps that term.
		{name: "symp-cyanotic-congenital-heart", text: "Cyanotic congenital heart disease.", want: []string{"Q24.9"}, not: []string{"R23.0"}},
		{name: "symp-not-dyspneic", text: "She was not dyspneic.", not: []string{"R06.00"}},
	}...)
}

func init() {
	cases = append(cases, []tc{
		// Abdominal pain is integral to diverticulitis (I.B.5) but not to diverticulosis.
		{name: "symp-pain-with-diverticulosis", text: "She had abdominal pain in the left iliac fossa. CT showed sigmoid diverticulosis.", want: []string{"R10.32", "K57.30"}},
		{name: "symp-pain-with-diverticulitis", text: "She had abdominal pain in the left iliac fossa. CT showed acute sigmoid diverticulitis.", want: []string{"K57.32"}, not: []string{"R10.32"}},
	}...)
}
