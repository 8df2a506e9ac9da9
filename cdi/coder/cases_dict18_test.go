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
	}...)
}
