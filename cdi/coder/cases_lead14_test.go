package coder

func init() {
	cases = append(cases, []tc{
		// An inpatient note's assessment or discharge diagnoses say what the
		// stay evaluated and treated (III, additional diagnoses): a symptom
		// named only in the history of present illness, or a sign found only
		// on the exam, that no diagnostic statement takes up is not coded,
		// as in an office note (IV.J, III.B).
		{name: "lead14 inpatient HPI symptom not in the assessment", text: "HPI: 70F with two days of palpitations and lightheadedness.\nAssessment: 1. Atrial fibrillation with RVR - diltiazem drip, apixaban.", setting: "inpatient", want: []string{"I48.91"}, not: []string{"R42"}},
		{name: "lead14 inpatient exam sign not in the diagnoses", text: "Exam: cachectic, mild right upper quadrant tenderness.\nDischarge diagnoses: 1. Community-acquired pneumonia.", setting: "inpatient", want: []string{"J18.9"}, not: []string{"R10.811"}},
		{name: "lead14 inpatient post-op nausea in the subjective only", text: "S: overnight nausea and bloating, no flatus.\nAssessment: Postoperative ileus after colectomy - NG tube, NPO.", setting: "inpatient", want: []string{"K91.89"}, not: []string{"R14.0", "R11.0"}},
		// The opening line of a note, under no header, tells the story as a
		// history of present illness does.
		{name: "lead14 opening line symptom not in the assessment", text: "58M seen for ankle swelling and fatigue after a long flight.\nAssessment: 1. Left calf DVT - start apixaban.", want: []string{"I82.4Z2"}, not: []string{"R53.83", "R60.0"}},
		{name: "lead14 inpatient opening line symptom not in the diagnoses", text: "81F from home with poor appetite and generalized weakness for a week.\nDischarge diagnoses: 1. Urinary tract infection. 2. Hyponatremia.", setting: "inpatient", want: []string{"N39.0", "E87.1"}, not: []string{"R63.0", "R53.1"}},
		// Guards: the assessment naming the symptom keeps it; a note with no
		// diagnostic statement keeps what it has.
		{name: "lead14 inpatient symptom the assessment names", text: "HPI: three days of lightheadedness.\nAssessment: 1. Dizziness, orthostatic vitals negative, cause unclear - PT evaluation.", setting: "inpatient", want: []string{"R42"}},
		{name: "lead14 inpatient HPI symptom without an assessment", text: "HPI: 70F with two days of lightheadedness after a fall at home.", setting: "inpatient", want: []string{"R42"}},
	}...)
}
