package coder

import "notecoder/cdi/model"

// Inpatient surgical notes (surg22), written for these cases.
func init() {
	cases = append(cases, []tc{
		// A drained abscess or collection that has "collapsed" on repeat
		// imaging is healing, no collapse of the patient (R55).
		{name: "surg22-abscess-collapse-of", text: "Hospital course: pelvic abscess drained by IR.\nRepeat CT shows collapse of the abscess cavity; drain removed.", setting: model.Inpatient, not: []string{"R55"}},
		{name: "surg22-collection-collapse", text: "Follow-up ultrasound: near-complete collection collapse around the drain, no residual fluid.", setting: model.Inpatient, not: []string{"R55"}},
	}...)
}
