package coder

import "notecoder/cdi/model"

// Cases for outrec22: external causes an outpatient injury visit's history tells and the coder
// missed: a load lifted stated by its weight (Lifting, weights X50.0), a knife named after the
// injured part with its side (Cut, see also Contact, with, knife W26.0), and a stabbing during a
// fight, a cut inflicted by another person (Assault, cutting or piercing instrument, knife X99.1);
// and a pre-operative visit named a medical evaluation or clearance (Z01.818).
func init() {
	cases = append(cases, []tc{
		{name: "outrec22-lifting-weight-lb", setting: model.Outpatient,
			text: "HPI: Stocker at a grocery, hurt his back lifting a 50 lb crate onto a pallet this morning.\nDx: strain of lumbar muscle.",
			want: []string{"S39.012A", "X50.0XXA"}},
		{name: "outrec22-lifting-weight-pounds", setting: model.Outpatient,
			text: "HPI: Felt a pull in the low back while lifting a 70-pound bag of feed at the farm.\nAssessment: lumbar muscle strain.",
			want: []string{"S39.012A", "X50.0XXA"}},
		// A restriction in the plan is no event.
		{name: "outrec22-lifting-limit-not", setting: model.Outpatient,
			text: "Assessment: lumbar muscle strain after a slip on a wet floor.\nPlan: no lifting over 20 lb for 2 weeks.",
			not:  []string{"X50.0XXA"}},
		{name: "outrec22-knife-after-sided-finger", setting: model.Outpatient,
			text: "HPI: 33 yo F cut her left middle finger with a paring knife while cooking dinner.\nAssessment: laceration of left middle finger without foreign body.",
			want: []string{"W26.0XXA"}},
		{name: "outrec22-knife-after-sided-ring", setting: model.Outpatient,
			text: "HPI: He cut the tip of his right ring finger with a pocket knife while whittling.\nDx: laceration of right ring finger.",
			want: []string{"W26.0XXA"}},
		{name: "outrec22-stabbed-in-fight", setting: model.Inpatient,
			text: "HPI: 30 yo M stabbed in the right flank with a steak knife during a fight at a party.\nAssessment: stab wound of right flank, no penetration into the peritoneal cavity.",
			want: []string{"X99.1XXA"}, not: []string{"W26.0XXA"}},
		// A pre-operative visit named a medical one is the pre-procedural examination (Z01.818).
		{name: "outrec22-preop-medical-evaluation-title", setting: model.Outpatient,
			text: "PREOPERATIVE MEDICAL EVALUATION\n71 yo F scheduled for left hip arthroplasty next week.\nAssessment: acceptable risk; hold lisinopril the morning of surgery.",
			want: []string{"Z01.818"}},
		{name: "outrec22-preop-medical-clearance", setting: model.Outpatient,
			text: "Assessment:\n1. Pre-op medical clearance before cholecystectomy - low risk.\n2. Hypertension, controlled.",
			want: []string{"Z01.818", "I10"}},
	}...)
}
