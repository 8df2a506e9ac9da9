package coder

// Cases from reviewing real-world outpatient dictation (session 16), in own
// words: a habit's end that goes on ("continues to abstain") or a denial
// that carries "currently"; a verb "states" that is no anxiety state; an
// Excludes1 note between a present code and a history not reported; a
// pronoun after "however" that says the symptoms before it resolved; a
// history of recurrent acute infections; a denial "has not been diagnosed
// with" before the condition.
func init() {
	cases = append(cases, []tc{
		{name: "aci16-quit-then-continues-to-abstain", text: "COPD is stable. She ceased tobacco use ten years ago and continues to abstain from it.", want: []string{"J44.9", "Z87.891"}, not: []string{"Z72.0", "F17.200"}},
		{name: "aci16-still-refrains", text: "Social history: quit smoking in his forties and still refrains.", want: []string{"Z87.891"}, not: []string{"F17.200", "Z72.0"}},
		{name: "aci16-denies-smoking-currently", text: "Social history: He has a history of smoking, but denies smoking currently.", want: []string{"Z87.891"}, not: []string{"F17.200"}},
		{name: "aci16-denies-currently-smoking", text: "Social history: Former history of smoking, but denies currently smoking.", want: []string{"Z87.891"}, not: []string{"F17.200"}},
		{name: "aci16-states-is-a-verb", text: "Plan: lorazepam before the scan for his anxiety as he states he dislikes needles.", not: []string{"F41.1"}},
		{name: "aci16-states-after-comma", text: "Plan: some anxiety about the injection, he states.", not: []string{"F41.1"}},
		{name: "aci16-excludes1-history-unreported", text: "Assessment: Hypertension with headaches. Past history: she gets migraines rarely, every few years.", want: []string{"I10", "R51.9"}},
		{name: "aci16-however-this-has-resolved", text: "HPI: He had numbness and tingling in his fingers after he strained his elbow, however this has resolved.", want: []string{"R20.0@historical", "R20.2@historical"}},
		{name: "aci16-history-recurrent-strep", text: "Assessment: flank pain. He also has a history of recurrent strep throat.", want: []string{"Z87.09"}, not: []string{"J02.0", "J02.9"}},
		{name: "aci16-not-been-diagnosed-with", text: "HPI: She has not been formally diagnosed with hypertension.", not: []string{"I10"}},
		{name: "aci16-has-not-been-diagnosed-with", text: "Review: he has not been diagnosed with asthma, though he wheezes with colds.", not: []string{"J45.909"}},
		{name: "aci16-history-recurrent-pneumonia", text: "Past medical history: recurrent pneumonia as a child.", want: []string{"Z87.01"}, not: []string{"J18.9"}},
	}...)
}
