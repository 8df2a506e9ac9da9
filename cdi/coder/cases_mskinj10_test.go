package coder

// Musculoskeletal and injury cases (tenth session): the words that make a
// hematoma nontraumatic or postoperative keep it out of the injury chapter.
func init() {
	cases = append(cases, []tc{
		// "Spontaneous" is the index's "nontraumatic" (Rupture, tendon,
		// nontraumatic (spontaneous)): Hematoma, nontraumatic, soft tissue.
		{name: "mskinj-spontaneous-hematoma-site", text: "Spontaneous hematoma of the left thigh while on warfarin.", setting: "inpatient", want: []string{"M79.81"}, not: []string{"S70.12XA", "S70.10XA", "T14.8XXA"}},
		{name: "mskinj-nontraumatic-hematoma-bare", text: "Assessment: nontraumatic hematoma of the abdominal wall.", setting: "inpatient", want: []string{"M79.81"}, not: []string{"S30.1XXA", "T14.8XXA"}},
		{name: "mskinj-spontaneous-muscle-hematoma", text: "Spontaneous muscle hematoma of the psoas.", setting: "inpatient", want: []string{"M79.81"}, not: []string{"T14.8XXA"}},
		// A traumatic hematoma with a site stays the contusion of the site.
		{name: "mskinj-traumatic-hematoma-site", text: "Hematoma of the right thigh after a fall from a ladder.", setting: "inpatient", want: []string{"S70.11XA"}, not: []string{"M79.81", "T14.8XXA"}},
		// "Postsurgical" is the index's "postoperative": Hematoma,
		// postoperative - see Complication, postprocedural; never T14.8.
		{name: "mskinj-postsurgical-hematoma", text: "Postsurgical hematoma noted at day 3.", setting: "inpatient", not: []string{"T14.8XXA"}},
		// Other spontaneous conditions keep their own entries.
		{name: "mskinj-spontaneous-abortion", text: "Spontaneous abortion at 9 weeks.", setting: "inpatient", want: []string{"O03.9"}},
		{name: "mskinj-spontaneous-pneumothorax", text: "Spontaneous pneumothorax on the right.", setting: "inpatient", want: []string{"J93.83"}},
	}...)
}
