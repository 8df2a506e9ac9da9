package coder

import "notecoder/cdi/model"

// Dictated notes: one run-on paragraph with the note's labels spoken inline
// and no stops between them (helper dict18).
func init() {
	cases = append(cases, []tc{
		// The spoken "assessment" ends the denial of the fever before it.
		{name: "dict18-assessment-ends-denial", text: "thirty year old man seen for a cough with no fever on exam lungs with scattered wheezes assessment acute bronchitis plan albuterol", want: []string{"J20.9"}, not: []string{"R05.9"}},
		// The spoken "impression" ends the denial of the abscess.
		{name: "dict18-impression-ends-denial", text: "sixty year old man with leg swelling no abscess on ultrasound impression cellulitis of the left lower leg plan cefazolin", setting: model.Inpatient, want: []string{"L03.116"}},
		// Speech recognition spells the diabetes type out.
		{name: "dict18-type-one-spelled", text: "twenty year old woman with type one diabetes here for follow up sugars running high impression type one diabetes with hyperglycemia", want: []string{"E10.65"}, not: []string{"E11.65"}},
		// And the CKD stage with its letter.
		{name: "dict18-ckd-stage-three-b-spelled", text: "seventy year old man with chronic kidney disease stage three b from hypertension here for labs", want: []string{"I12.9", "N18.32"}, not: []string{"N18.9"}},
		// The spoken history label ends the denial before it.
		{name: "dict18-past-history-ends-denial", text: "eighty year old woman admitted with pneumonia no loss of appetite past history hypertension and gout on allopurinol", setting: model.Inpatient, want: []string{"J18.9", "I10"}},
		// The episode of a recurrent depression is no single episode.
		{name: "dict18-recurrent-episode-depression", text: "admitted for major depressive disorder recurrent episode severe without psychotic features plan sertraline", setting: model.Inpatient, want: []string{"F33.2"}, not: []string{"F32.2"}},
	}...)
}
