package coder

import "notecoder/cdi/model"

// Behavioral-health notes (psych17), written for these cases: a fear named as
// a symptom is not a phobia, the DSM's "both obsessions and compulsions" is the
// mixed obsessional disorder, a bipolar II disorder's current episode is its
// own code, an unspecified eating disorder, dementia severity or
// adjustment disorder (and the history's "depression and anxiety") gives way to the kind the note names, "per daughter" names an informant,
// and a spaced dash after "e-cigarette" separates a comment.
func init() {
	cases = append(cases, []tc{
		{name: "psych17-fear-of-abandonment", text: "HISTORY\nLong-standing fear of abandonment and stormy friendships; she also has fears of being judged at work.\n\nASSESSMENT\nBorderline personality disorder. Continue DBT.", want: []string{"F60.3"}, not: []string{"F40.9"}},
		{name: "psych17-ocd-both", text: "ASSESSMENT\nObsessive-compulsive disorder with both obsessions and compulsions, fair insight. Start fluvoxamine.", want: []string{"F42.2"}, not: []string{"F42.8", "F42.9"}},
		{name: "psych17-bipolar-ii-hypomanic", text: "HPI\nHe has bipolar II disorder and reports a week of little sleep and rapid speech.\n\nASSESSMENT\nBipolar II disorder, current episode hypomanic. Add quetiapine at night.", want: []string{"F31.81"}, not: []string{"F31.0"}},
		{name: "psych17-ecig-spaced-dash", text: "ASSESSMENT\n1. Nicotine dependence, e-cigarette - offered the patch and gum.", want: []string{"F17.290"}, not: []string{"F17.210"}},
		{name: "psych17-eating-clinic-named-kind", text: "EATING DISORDERS PROGRAM - OUTPATIENT VISIT\nBinge eating and vomiting 3 times a week.\n\nASSESSMENT\nBulimia nervosa, mild. Continue CBT-E.", want: []string{"F50.21"}, not: []string{"F50.9"}},
		{name: "psych17-dementia-severity-once", text: "HPI\nShe has Alzheimer's disease with agitation, hitting staff.\n\nASSESSMENT\nAlzheimer's dementia, late onset, moderate, with agitation.", setting: model.Inpatient, want: []string{"G30.1", "F02.B11"}, not: []string{"F02.811"}},
		{name: "psych17-adjustment-mixed-once", text: "Her father died last month.\nDiagnosis: Adjustment disorder with mixed anxiety and depressed mood.\nPlan: Weekly therapy; grief support group information provided.", want: []string{"F43.23"}, not: []string{"F43.21"}},
		{name: "psych17-per-daughter-own-history", text: "HPI\n80 y/o man admitted with pneumonia. Baseline per daughter: dementia, forgetful but conversant.\n\nIMPRESSION\nDelirium due to pneumonia, superimposed on dementia.", setting: model.Inpatient, want: []string{"F05", "J18.9"}, not: []string{"Z81.8"}},
		{name: "psych17-depression-and-anxiety-named", text: "HPI\nSeen for follow-up of depression and anxiety. Mood is low and she worries about everything.\n\nASSESSMENT\n1. Major depressive disorder, recurrent, moderate.\n2. Generalized anxiety disorder.", want: []string{"F33.1", "F41.1"}, not: []string{"F41.8"}},
	}...)
}
