package coder

import "notecoder/cdi/model"

// Cases for prec21: words the index reads in another sense than the note's (an adult's clumsy
// hand, the edematous form of acute pancreatitis, a nasal steroid spray), found by grouping the
// project's own notes' wrong codes by cause.
func init() {
	cases = append(cases, []tc{
		// An adult's clumsy hand is a lack of coordination, the deficit of the TIA: no F82
		// (clumsy child syndrome), and no R27 beside the TIA (I.B.5).
		{name: "prec21-clumsy-hand-tia", text: "HPI: 71M with a 15-minute spell of left hand clumsiness and slurred words, fully resolved.\nAssessment: TIA.", setting: model.Inpatient, want: []string{"G45.9"}, not: []string{"F82", "R27.9", "R27.8"}},
		{name: "prec21-clumsy-hand-alone", text: "HPI: 58F reports right hand clumsiness for two weeks when buttoning.", want: []string{"R27.9"}, not: []string{"F82"}},
		// (guards the child's syndrome, which the rewrite leaves alone)
		{name: "prec21-clumsy-child", text: "Assessment: clumsy child syndrome, refer to OT.", want: []string{"F82"}},
		// A chronic subdural hematoma accounts for the clumsy hand it causes.
		{name: "prec21-clumsy-subdural", text: "HPI: 80M with headache and new right-hand clumsiness.\nAssessment: chronic subdural hematoma, nontraumatic.", setting: model.Inpatient, want: []string{"I62.03"}, not: []string{"F82", "R27.9"}},
		// Interstitial edematous pancreatitis is acute pancreatitis, not the chronic K86.1.
		{name: "prec21-edematous-pancreatitis", text: "Assessment: gallstone pancreatitis. CT: interstitial edematous pancreatitis without necrosis.", setting: model.Inpatient, want: []string{"K85.10"}, not: []string{"K86.1"}},
		{name: "prec21-edematous-pancreatitis-alone", text: "CT abdomen: edematous interstitial pancreatitis, no collection.", setting: model.Inpatient, want: []string{"K85.90"}, not: []string{"K86.1"}},
		// A nasal steroid acts on the nose: no long-term systemic steroid.
		{name: "prec21-nasal-steroid", text: "A/P: Seasonal allergic rhinitis - continue nasal steroid daily.", want: []string{"J30.2"}, not: []string{"Z79.52"}},
		{name: "prec21-intranasal-steroid-spray", text: "Plan: chronic sinusitis, saline rinses and steroid nasal spray daily.", not: []string{"Z79.52"}},
		// (guards the systemic steroid a patient takes daily)
		{name: "prec21-oral-steroid-kept", text: "A/P: Polymyalgia rheumatica - continue prednisone 10 mg daily, long-term.", want: []string{"M35.3", "Z79.52"}},
		// Weight loss as the plan's item or target is the aim, not the abnormal loss R63.4; a
		// loss the plan works up is still the finding.
		{name: "prec21-plan-weight-loss", text: "Assessment: Obstructive sleep apnea.\nPlan: CPAP titration, positional therapy, weight loss, follow up 3 months.", want: []string{"G47.33"}, not: []string{"R63.4"}},
		{name: "prec21-target-weight-loss", text: "A/P: MASLD - target 10% weight loss, Mediterranean diet.", not: []string{"R63.4"}},
		{name: "prec21-counseled-that-weight-loss", text: "A/P: Knee osteoarthritis, right - counseled that 10% weight loss would reduce knee load.", want: []string{"M17.11"}, not: []string{"R63.4"}},
		// (guards the finding a plan works up)
		{name: "prec21-plan-unintentional-weight-loss", text: "Plan: unintentional weight loss - CT chest and TSH.", want: []string{"R63.4"}},
		// The risks a consent reviewed are risks, not findings (hypothetical).
		{name: "prec21-consent-risks", text: "A/P: CIN 2.\nPlan: LEEP in office next week. Consent reviewed incl. bleeding, infection, cervical stenosis.", want: []string{"N87.1"}, not: []string{"R58", "B99.9", "N88.2"}},
		// The diabetic peripheral angiopathy combination names the PAD written elsewhere in the note.
		{name: "prec21-pad-in-combination", text: "HPI: 63M w/ DM2 (on insulin glargine), peripheral neuropathy, and PAD (ABI 0.70 R) returns for R foot ulcer check.\nDiagnoses:\n1. Diabetic foot ulcer R plantar forefoot, fat layer exposed.\n2. DM2 w/ peripheral angiopathy and polyneuropathy.", want: []string{"E11.51", "E11.621", "E11.42"}, not: []string{"I73.9"}},
		// (guards PAD of a patient without diabetes)
		{name: "prec21-pad-alone", text: "A/P: PAD with claudication at 2 blocks - walking program, cilostazol.", want: []string{"I73.9"}, not: []string{"E11.51"}},
	}...)
}
