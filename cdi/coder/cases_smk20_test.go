package coder

// Cases for smk20: a pack count in the clause after "smoker" names the
// cigarettes (data/count_units.txt, countClause), and a bare "stress"
// inside a sentence is a trigger, setting or topic, coded only where it
// opens its line (data/statement_only.txt).
func init() {
	cases = append(cases, []tc{
		{name: "smk20-smoker-ppd-years-list", text: "PMH: Smoker, 2 ppd x 20 yrs, hyperlipidemia.", want: []string{"F17.210", "E78.5"}, not: []string{"F17.200"}},
		{name: "smk20-smoker-ppd-brackets", text: "Risk factors: current smoker (1 ppd), HTN.", want: []string{"F17.210", "I10"}, not: []string{"F17.200"}},
		{name: "smk20-smoker-dash-ppd", text: "Social: smoker - 1 ppd since age 18, no alcohol.", want: []string{"F17.210"}, not: []string{"F17.200"}},
		{name: "smk20-stress-trigger", text: "HPI: reflux flares up with coffee and stress, no dysphagia.", not: []string{"F43.9"}},
		{name: "smk20-stress-setting", text: "Reports stress at home lately, sleeping poorly.", not: []string{"F43.9"}},
		{name: "smk20-stress-topic", text: "Plan: reviewed diet, stress and sleep hygiene.", not: []string{"F43.9"}},
		{name: "smk20-stress-test-plan", text: "Assessment: chest pain - outpatient stress next week.", not: []string{"F43.9"}},
		// An assessment's short item is a diagnosis, its modifiers too.
		{name: "smk20-stress-assessment-item", text: "Assessment: 1. Situational stress - counseled.", want: []string{"F43.9"}},
		{name: "smk20-stress-ap-chronic", text: "A/P: chronic stress, poor sleep.", want: []string{"F43.9"}},
	}...)
}
