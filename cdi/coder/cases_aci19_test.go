package coder

// Outpatient visit notes (aci19), written for these cases: an injury named by
// the adjective of its site, a relative or a group who is not the patient's
// family history, and teaching about a disease that is not the visit's
// diagnosis (IV.H, IV.J).
func init() {
	cases = append(cases, []tc{
		// "Fracture, traumatic, ankle, lateral malleolus only" (S82.6-): the
		// note names the malleolus by its adjective and without the ankle.
		{name: "aci19-lateral-malleolar-fracture", text: "ASSESSMENT\nLeft lateral malleolar fracture after a fall from a ladder.\n\nPLAN\nBoot and crutches.", want: []string{"S82.62XA"}, not: []string{"S82.899A", "T14.8XXA"}},
		{name: "aci19-lateral-malleolus-fracture", text: "IMPRESSION\nFracture of the right lateral malleolus.", want: []string{"S82.61XA"}, not: []string{"S82.899A"}},
		// "Sprain, lumbar (spine)" (S33.5): the lay "low back" names it.
		{name: "aci19-low-back-sprain", text: "CHIEF COMPLAINT\nLow back pain.\n\nASSESSMENT\nLow back sprain from lifting a couch.\n\nPLAN\nNaproxen and home exercises.", want: []string{"S33.5XXA"}, not: []string{"M54.50"}},
		// A relative who tells what the patient has is a witness.
		{name: "aci19-mother-notes-that", text: "HISTORY OF PRESENT ILLNESS\nA 14-year-old boy with pimples. His mother notes that the acne gets worse before exams.\n\nASSESSMENT\nAcne vulgaris.", want: []string{"L70.0"}, not: []string{"Z84.0"}},
		{name: "aci19-father-states-that", text: "HISTORY OF PRESENT ILLNESS\nA 6-year-old girl. Her father states that the eczema flares every winter.\n\nASSESSMENT\nAtopic dermatitis.", want: []string{"L20.9"}, not: []string{"Z84.0"}},
		// What patients with a condition usually have is teaching, not a finding.
		{name: "aci19-patients-with-group", text: "ASSESSMENT\nTurner syndrome in a 9-year-old girl. I explained that patients with Turner syndrome often have a horseshoe kidney, so a renal ultrasound is ordered.", want: []string{"Q96.9"}, not: []string{"Q96.9@family", "Z82.79", "Q63.1"}},
		{name: "aci19-reported-in-literature", text: "ASSESSMENT\nNoonan syndrome. Hearing loss has been reported in the literature with this syndrome; audiology screening is ordered.", want: []string{"Q87.19"}, not: []string{"H91.90"}},
		// What a disease can do, told while a hedged diagnosis is worked up.
		{name: "aci19-disease-can-cause", text: "ASSESSMENT AND PLAN\n1. Tick bite of the left thigh, possible early Lyme disease.\n- Counseling: I told him that Lyme disease can cause facial palsy and heart block if it is not treated.\n- Plan: Doxycycline and a Lyme titer.", not: []string{"A69.20"}},
	}...)
}
