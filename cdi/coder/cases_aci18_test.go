package coder

// Outpatient visit notes (aci18), written for these cases. Advice to take a
// drug is no standing therapy (I.C.21.c.3: Z79 is for a drug the patient is
// on; data/longterm.tsv "noton" modals and "advice" words); "past" right
// before an injury puts it in the history (Z87.828, not an initial-encounter
// S code; text/data/context.tsv); one condition named twice, once without its
// kind, is coded by the kind (data/integral.tsv); a sleep disturbance the
// history tells is a symptom (data/sign_codes.txt); and "bends" after a
// subject is the verb, not decompression sickness (data/other_sense.tsv); a
// stop word before "but" is not the later drug's (longterm.go
// cueAfterContrast).
func init() {
	cases = append(cases, []tc{
		{name: "aci18-recommended-patient-take-aspirin", text: "ASSESSMENT AND PLAN\nLeft arm pain. I recommended that the patient take aspirin and nitroglycerin for the pain and go to the emergency room if it returns.", want: []string{"M79.602"}, not: []string{"Z79.82"}},
		{name: "aci18-recommended-she-take-aspirin", text: "ASSESSMENT AND PLAN\nLeft arm pain. I recommended that she take aspirin for the pain.", want: []string{"M79.602"}, not: []string{"Z79.82"}},
		{name: "aci18-may-take-aspirin", text: "ASSESSMENT AND PLAN\nRight elbow pain. He may take aspirin for the pain.", want: []string{"M25.521"}, not: []string{"Z79.82"}},
		{name: "aci18-past-injury-history", text: "ASSESSMENT AND PLAN\nBilateral carpal tunnel syndrome. The tingling comes from a past trauma to the nerves of both wrists.", want: []string{"G56.03"}, not: []string{"S64.91XA", "S64.92XA"}},
		{name: "aci18-hyperlipidemia-named-kind", text: "HISTORY OF PRESENT ILLNESS\nHe has a history of hyperlipidemia. His high cholesterol is controlled on atorvastatin.\n\nASSESSMENT AND PLAN\nHypercholesterolemia. Continue atorvastatin.", want: []string{"E78.00"}, not: []string{"E78.5"}},
		{name: "aci18-back-pain-beside-low-back-pain", text: "CHIEF COMPLAINT\nLow back pain.\n\nHISTORY OF PRESENT ILLNESS\nApart from occasional flare-ups, his pain is made worse by excessive spinal flexion.\n\nASSESSMENT\nLow back pain, left side.\n\nPLAN\nPhysical therapy.", want: []string{"M54.50"}, not: []string{"M54.9"}},
		{name: "aci18-sleep-disturbance-from-pain", text: "CHIEF COMPLAINT\nLeft shoulder pain.\n\nHISTORY OF PRESENT ILLNESS\nThe pain gets worse when she lies on that side, which then causes sleep disturbance since she is uncomfortable.\n\nASSESSMENT\nLeft shoulder pain.\n\nPLAN\nPhysical therapy.", want: []string{"M25.512"}, not: []string{"G47.9"}},
		{name: "aci18-stopped-one-but-continues-other", text: "ASSESSMENT AND PLAN\nCoronary artery disease. He has stopped clopidogrel but continues with daily aspirin and rosuvastatin.", want: []string{"I25.10", "Z79.82"}},
		{name: "aci18-bends-verb", text: "CHIEF COMPLAINT\nLow back pain.\n\nHISTORY OF PRESENT ILLNESS\nThe pain is worse when he bends the spine forward.\n\nASSESSMENT\nLow back pain.\n\nPLAN\nPhysical therapy.", want: []string{"M54.50"}, not: []string{"T70.3XXA"}},
	}...)
}
