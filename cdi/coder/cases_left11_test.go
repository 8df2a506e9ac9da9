package coder

func init() {
	cases = append(cases, []tc{
		// A lifelong condition put in the patient's childhood is over
		// (data/lifelong.txt "ended:" phrases), unless the sentence says it
		// goes on ("ongoing:" words).
		{name: "left11-asthma-used-to-child", text: "She used to have asthma as a child.", want: []string{"J45.909@historical"}},
		{name: "left11-asthma-had-kid", text: "He had asthma as a kid.", want: []string{"J45.909@historical"}},
		{name: "left11-asthma-since-childhood", text: "History of asthma since childhood.", want: []string{"J45.909@present"}},
		{name: "left11-asthma-childhood-still", text: "History of asthma in childhood, still uses albuterol.", want: []string{"J45.909@present"}},
		{name: "left11-asthma-history-current", text: "History of asthma.", want: []string{"J45.909@present"}},
	}...)
}
