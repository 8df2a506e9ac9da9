package coder

import "notecoder/cdi/model"

// Assertion and tense (uncertain): what a note says as possible, feared or
// over is not coded as a current, certain condition. Outpatient, uncertain
// diagnoses are not coded (IV.H); inpatient, at discharge they are coded as
// established (II.H, III.C).
func init() {
	cases = append(cases, []tc{
		{name: "uncertain-etiologies-list", text: "Possible etiologies of his epigastric pain include peptic ulcer disease, gastritis, and anxiety.", want: []string{"R10.13"}, not: []string{"K27.9", "K29.70", "F41.9"}},
		{name: "uncertain-etiologies-list-inpatient", text: "Possible etiologies of his epigastric pain include peptic ulcer disease, gastritis, and anxiety.", setting: model.Inpatient, want: []string{"K29.70", "F41.9"}},
		{name: "uncertain-causes-colon", text: "Potential causes of the abdominal pain: GERD or gastritis.", want: []string{"R10.9"}, not: []string{"K21.9", "K29.70"}},
		{name: "uncertain-differential-for", text: "Differential diagnosis for her cough includes asthma and GERD.", want: []string{"R05.9"}, not: []string{"J45.909", "K21.9"}},
		{name: "uncertain-i-believe-is-the-diagnosis", text: "Assessment: I believe he has a lumbar strain.", want: []string{"S39.012A"}},
		{name: "uncertain-i-suspect", text: "I suspect this is a viral infection.", not: []string{"B34.9"}},
		{name: "uncertain-it-seems", text: "It seems to be gastritis.", not: []string{"K29.70"}},
		{name: "uncertain-used-to-pump", text: "He used to be on an insulin pump and now takes injections.", not: []string{"Z96.41"}},
		{name: "uncertain-pump-in-place", text: "She has an insulin pump.", want: []string{"Z96.41"}},
		{name: "uncertain-risks-which-may-require", text: "Consent: risks include infection, bleeding and nerve damage, which may require further surgery, and deep vein thrombosis and pulmonary embolism.", not: []string{"I82.409", "I26.99", "R58"}},
		{name: "uncertain-risks-which-include", text: "We discussed the risks, which include infection, bleeding, nerve damage, and blood clots.", not: []string{"B99.9", "R58"}},
		{name: "uncertain-kidney-stone-in-ureter", text: "CT shows a 6 mm kidney stone in the distal left ureter.", want: []string{"N20.1"}, not: []string{"N20.0", "N20.2"}},
		{name: "uncertain-renal-calculus-in-ureter", text: "Renal calculus in the proximal right ureter.", want: []string{"N20.1"}, not: []string{"N20.0", "N20.2"}},
		{name: "uncertain-kidney-stone-kept", text: "CT shows a 6 mm kidney stone in the lower pole of the left kidney.", want: []string{"N20.0"}},
		{name: "uncertain-ureteral-stone", text: "Left ureteral stone. Ureterolithiasis.", want: []string{"N20.1"}},
	}...)
}
