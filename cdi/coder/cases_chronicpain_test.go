package coder

// Pain coded by its kind and its site together (guideline I.C.6.b.1.a(ii),
// data/kind_site.tsv): the G89 code goes beside the site code when it adds
// what the site code does not say.
func init() {
	cases = append(cases, []tc{
		{name: "chronicpain-knee", text: "Chronic knee pain.", want: []string{"M25.569", "G89.29"}},
		{name: "chronicpain-right-knee", text: "Chronic right knee pain, worse with stairs.", want: []string{"M25.561", "G89.29"}},
		{name: "chronicpain-low-back", text: "Chronic low back pain.", want: []string{"M54.50", "G89.29"}},
		{name: "chronicpain-low-back-inpt", text: "Assessment: chronic low back pain, on gabapentin.", setting: "inpatient", want: []string{"M54.50", "G89.29"}},
		{name: "chronicpain-shoulder-after", text: "Chronic pain of the left shoulder.", want: []string{"M25.512", "G89.29"}},
		{name: "chronicpain-postop-knee", text: "Acute postoperative pain of the knee.", want: []string{"G89.18", "M25.569"}, not: []string{"R52"}},
		{name: "chronicpain-chronic-postop", text: "Chronic postoperative pain of the right shoulder.", want: []string{"G89.28", "M25.511"}},
		{name: "chronicpain-cancer-hip", text: "Cancer-related pain in the hip.", want: []string{"G89.3", "M25.559"}},
		{name: "chronicpain-two-sites", text: "Chronic neck pain and chronic low back pain.", want: []string{"M54.2", "M54.50", "G89.29"}},
		{name: "chronicpain-history-current", text: "History of chronic knee pain.", want: []string{"M25.569", "G89.29"}},
		{name: "chronicpain-negated", text: "Denies chronic knee pain.", not: []string{"M25.569", "G89.29"}},
		// Guards: no G89 without acute/chronic/postprocedural/neoplasm
		// words; "acute" alone is coded by site (Pain, acute, specified by
		// site); a site code that says chronic itself needs no G89; a
		// chronic pain syndrome is G89.4, not chronic pain.
		{name: "chronicpain-knee-plain", text: "Knee pain.", want: []string{"M25.569"}, not: []string{"G89.29"}},
		{name: "chronicpain-acute-knee", text: "Acute knee pain.", want: []string{"M25.569"}, not: []string{"R52", "G89.29"}},
		{name: "chronicpain-bladder", text: "Chronic bladder pain.", want: []string{"R39.82"}, not: []string{"G89.29"}},
		{name: "chronicpain-syndrome", text: "Chronic pain syndrome.", want: []string{"G89.4"}, not: []string{"G89.29"}},
		{name: "chronicpain-alone", text: "Chronic pain.", want: []string{"G89.29"}},
		{name: "chronicpain-alone-inpt", text: "Chronic pain, on oxycodone.", setting: "inpatient", want: []string{"G89.29"}},
		// The site past a cause link is the cause's: the knee pain is the
		// osteoarthritis's symptom.
		{name: "chronicpain-due-to-oa", text: "Chronic pain due to osteoarthritis of the knee.", want: []string{"M17.9"}, not: []string{"M25.569"}},
		{name: "chronicpain-stenosis-lumbar", text: "Chronic pain secondary to lumbar spinal stenosis.", want: []string{"M48.061"}, not: []string{"M54.50"}},
		// The pair is one mention: when the site pain goes (a symptom of a
		// coded diagnosis at the site, or a complaint the outpatient
		// assessment does not address), its G89 goes with it (I.C.6.b.1.a:
		// no G89 when the definitive diagnosis is known).
		{name: "chronicpain-integral-oa", text: "Chronic left knee pain. Primary osteoarthritis of left knee.", want: []string{"M17.12"}, not: []string{"G89.29", "M25.562"}},
		{name: "chronicpain-unaddressed", text: "HISTORY OF PRESENT ILLNESS\nShe has chronic right knee pain.\n\nASSESSMENT\nEssential hypertension. Continue lisinopril.", want: []string{"I10"}, not: []string{"G89.29", "M25.561"}},
	}...)
}
