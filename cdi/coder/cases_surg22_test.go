package coder

import "notecoder/cdi/model"

// Inpatient surgical notes (surg22), written for these cases.
func init() {
	cases = append(cases, []tc{
		// A drained abscess or collection that has "collapsed" on repeat
		// imaging is healing, no collapse of the patient (R55).
		{name: "surg22-abscess-collapse-of", text: "Hospital course: pelvic abscess drained by IR.\nRepeat CT shows collapse of the abscess cavity; drain removed.", setting: model.Inpatient, not: []string{"R55"}},
		{name: "surg22-collection-collapse", text: "Follow-up ultrasound: near-complete collection collapse around the drain, no residual fluid.", setting: model.Inpatient, not: []string{"R55"}},
		// A lumbar level written with both vertebrae ("L4-L5") keeps the
		// stenosis's "with neurogenic claudication" subterm in reach
		// (M48.062), and so no arterial claudication I73.9 beside it.
		{name: "surg22-stenosis-l4-l5-neurogenic-claudication", text: "Preoperative diagnosis: Lumbar spinal stenosis at L4-L5 with neurogenic claudication.", setting: model.Inpatient, want: []string{"M48.062"}, not: []string{"M48.061", "I73.9"}},
		{name: "surg22-stenosis-l3-l4-neurogenic-claudication", text: "Assessment: lumbar stenosis at L3-L4 with neurogenic claudication, failed epidural injections.", setting: model.Inpatient, want: []string{"M48.062"}, not: []string{"M48.061", "I73.9"}},
		// Delirium the physician calls postoperative is the index's
		// "Delirium, postprocedural" (F05), not disorientation (R41.0).
		{name: "surg22-postoperative-delirium", text: "Assessment: postoperative delirium after the hip nailing, CAM positive; reorientation, no restraints.", setting: model.Inpatient, want: []string{"F05"}, not: []string{"R41.0"}},
		{name: "surg22-post-op-delirium-plan", text: "Plan:\n2. Post-op delirium - stop oxycodone, sleep hygiene, family at bedside.", setting: model.Inpatient, want: []string{"F05"}, not: []string{"R41.0"}},
		// An air leak the surgeon calls postoperative is the index's "Leak,
		// air, postprocedural" (J95.812), not the other air leak J93.82.
		{name: "surg22-postoperative-air-leak", text: "POD 5 after right upper lobectomy.\nAssessment: prolonged postoperative air leak, chest tube to water seal.", setting: model.Inpatient, want: []string{"J95.812"}, not: []string{"J93.82"}},
		// "Oral" before a drug names its route: no "Pain, oral" (K13.79)
		// read from the pain before it.
		{name: "surg22-pain-on-oral-oxycodone", text: "S: nauseated, no flatus. Pain controlled on oral oxycodone.", setting: model.Inpatient, not: []string{"K13.79"}},
		{name: "surg22-pain-oral-medications", text: "Pain well controlled with oral medications; ambulating in the hall.", setting: model.Inpatient, not: []string{"K13.79"}},
	}...)
}
