package coder

import "notecoder/cdi/model"

// Table cases of helper misc24: the sinus (SA) node is the index's
// "Dysfunction, sinoatrial node" (I49.5), not an endocrine gland NOS read
// through "node" (E34.9); in an outpatient note a deficit "after", "since" or
// "following" a stroke is its sequela (I69, guideline I.C.9.d), while an
// inpatient stay for the stroke codes the infarction and the deficit; a bare
// "pad" after a finger names the finger's part, so the side before it still
// reads the finger ("Pad, knuckle" needs its qualifier).
func init() {
	cases = append(cases, []tc{
		{name: "misc24 sinus node dysfunction is sick sinus",
			text: "CARDIOLOGY CLINIC\nHolter shows pauses up to 3.4 s with symptomatic bradycardia.\nAssessment: sinus node dysfunction. Plan: dual-chamber pacemaker.",
			want: []string{"I49.5"}, not: []string{"E34.9"}},
		{name: "misc24 SA node dysfunction",
			text: "Impression: SA node dysfunction with chronotropic incompetence.",
			want: []string{"I49.5"}, not: []string{"E34.9"}},
		{name: "misc24 dysphagia after stroke outpatient is sequela",
			text: "SPEECH THERAPY FOLLOW-UP\nPatient seen for dysphagia after stroke, tolerating mechanical soft diet.\nAssessment: oropharyngeal dysphagia after stroke.",
			want: []string{"I69.391"}, not: []string{"I63.9"}},
		{name: "misc24 aphasia since her stroke outpatient",
			text: "Neurology clinic. Expressive aphasia since her left MCA stroke, improving with therapy.",
			want: []string{"I69.320"}, not: []string{"I63.512", "I63.9"}},
		{name: "misc24 hemiparesis following a stroke outpatient",
			text: "PCP visit. Right hemiparesis following a stroke, walks with a cane.",
			want: []string{"I69.351"}, not: []string{"I63.9"}},
		{name: "misc24 inpatient acute stroke with dysphagia stays I63",
			text:    "ADMISSION H&P\nAdmitted with acute ischemic stroke; dysphagia after stroke on bedside swallow screen, NPO.\nAssessment: acute ischemic stroke. Dysphagia.",
			setting: model.Inpatient, want: []string{"I63.9"}, not: []string{"I69.391"}},
		{name: "misc24 laceration left index finger pad",
			text: "Dx: laceration of the left index finger pad, repaired with 3 sutures.",
			want: []string{"S61.211A"}, not: []string{"S61.218A"}},
		{name: "misc24 needlestick left index finger pad",
			text: "Employee health. Needlestick to the left index finger pad with a clean needle.",
			want: []string{"S61.231A"}, not: []string{"S61.238A"}},
	}...)
}
