package coder

// Behavioral-health notes (psych17), written for these cases: a fear named as
// a symptom is not a phobia, the DSM's "both obsessions and compulsions" is the
// mixed obsessional disorder, a bipolar II disorder's current episode is its
// own code, and a spaced dash after "e-cigarette" separates a comment.
func init() {
	cases = append(cases, []tc{
		{name: "psych17-fear-of-abandonment", text: "HISTORY\nLong-standing fear of abandonment and stormy friendships; she also has fears of being judged at work.\n\nASSESSMENT\nBorderline personality disorder. Continue DBT.", want: []string{"F60.3"}, not: []string{"F40.9"}},
		{name: "psych17-ocd-both", text: "ASSESSMENT\nObsessive-compulsive disorder with both obsessions and compulsions, fair insight. Start fluvoxamine.", want: []string{"F42.2"}, not: []string{"F42.8", "F42.9"}},
		{name: "psych17-bipolar-ii-hypomanic", text: "HPI\nHe has bipolar II disorder and reports a week of little sleep and rapid speech.\n\nASSESSMENT\nBipolar II disorder, current episode hypomanic. Add quetiapine at night.", want: []string{"F31.81"}, not: []string{"F31.0"}},
		{name: "psych17-ecig-spaced-dash", text: "ASSESSMENT\n1. Nicotine dependence, e-cigarette - offered the patch and gum.", want: []string{"F17.290"}, not: []string{"F17.210"}},
	}...)
}
