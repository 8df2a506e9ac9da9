package coder

import "notecoder/cdi/model"

// Injury, external cause and device errors (leftQ), written for these cases:
// the Gustilo grade written with Arabic numerals or as grade III alone, the
// unconsciousness an intracranial injury code holds, the infection a
// catheter-associated urinary infection names beside its device code, one
// dated fall that is no history of falling, a sign watched for, a
// periprosthetic fracture, and another child as the person of a bite.
func init() {
	cases = append(cases, []tc{
		// Gustilo grade III (IIIA-IIIC) is 7th character C, I or II is B.
		{name: "leftQ-gustilo-3b", text: "Open fracture of the right tibial shaft, Gustilo type 3B, taken to the OR.", setting: model.Inpatient, want: []string{"S82.201C"}, not: []string{"S82.201B"}},
		{name: "leftQ-grade-3a", text: "Open left femoral shaft fracture, grade 3a, after a motorcycle crash.", setting: model.Inpatient, want: []string{"S72.302C"}, not: []string{"S72.302B"}},
		{name: "leftQ-type-iii", text: "Open fracture of the left tibial shaft, type III.", setting: model.Inpatient, want: []string{"S82.202C"}, not: []string{"S82.202B"}},
		// The loss of consciousness is in the S06 code: no R40.20 beside it.
		{name: "leftQ-concussion-unconscious", text: "Concussion after hitting his head; he was unconscious for 20 minutes.", setting: model.Inpatient, want: []string{"S06.0X1A"}, not: []string{"R40.20"}},
		{name: "leftQ-sdh-unconscious", text: "Subdural hematoma, unconscious for 2 hours at the scene.", setting: model.Inpatient, want: []string{"S06.5X3A"}, not: []string{"R40.20"}},
		// T83.5 "use additional code to identify infection": the UTI.
		{name: "leftQ-cauti", text: "Admitted with a CAUTI; the catheter was changed.", setting: model.Inpatient, want: []string{"T83.511A", "N39.0"}},
		{name: "leftQ-uti-foley", text: "Urinary tract infection due to his indwelling Foley.", setting: model.Inpatient, want: []string{"T83.511A", "N39.0"}},
		// One dated fall is no history of falling.
		{name: "leftQ-fell-weeks-ago", text: "She fell 3 weeks ago and still has right wrist pain.", want: []string{"M25.531"}, not: []string{"Z91.81"}},
		// Monitoring for a sign in the plan is not the sign.
		{name: "leftQ-seizure-monitoring", text: "Plan: admit for overnight seizure monitoring.", setting: model.Inpatient, not: []string{"R56.9"}},
		// A periprosthetic fracture is M97, not also the bone's S code;
		// the other side's fracture is another one.
		{name: "leftQ-periprosthetic-knee-femur", text: "Periprosthetic fracture around the left knee replacement; distal femur fracture seen on x-ray.", setting: model.Inpatient, want: []string{"M97.12XA"}, not: []string{"S72.402A", "S72.409A"}},
		{name: "leftQ-periprosthetic-hip-neck", text: "After a fall she has a periprosthetic fracture of the right hip, a femoral neck fracture around the stem.", setting: model.Inpatient, want: []string{"M97.01XA", "W19.XXXA"}, not: []string{"S72.001A", "S72.009A"}},
		// The fall that caused the periprosthetic fracture goes with it (I.C.20.a.1).
		{name: "leftQ-periprosthetic-slip", text: "She slipped on ice and has a periprosthetic fracture around the left knee prosthesis.", setting: model.Inpatient, want: []string{"M97.12XA", "W00.0XXA"}},
		// Another child is the External Cause Index's person.
		{name: "leftQ-toddler-bit", text: "Another toddler bit her on the right forearm, leaving an abrasion of the right forearm.", want: []string{"S50.811A", "W50.3XXA"}},
		{name: "leftQ-child-bite-wound", text: "Open bite wound of the left hand after another child bit him.", want: []string{"W50.3XXA"}},
	}...)
}
