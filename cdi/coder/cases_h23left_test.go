package coder

// Table cases of helper h23left: a tracheostomy or gastrostomy the patient
// has ("has a trach", "PEG in place") is its status (Z93.0, Z93.1), while a
// bare "tracheostomy" or "PEG" in a plan stays the procedure; an HPV co-test
// reported normal or negative is the test, not the virus (B97.7); a
// "pacemaker interrogation" is the index's "Interrogation, cardiac pacemaker"
// (Z45.018); a needlestick is a puncture wound of its site (S61.-).
func init() {
	cases = append(cases, []tc{
		{name: "h23left has a trach is tracheostomy status",
			text: "Resident of a long-term care facility. He has a trach, on room air through a collar. Stable.",
			want: []string{"Z93.0"}},
		{name: "h23left PEG in place is gastrostomy status",
			text: "s/p tracheostomy, PEG in place, tolerating tube feeds.",
			want: []string{"Z93.0", "Z93.1"}},
		{name: "h23left G-tube in place",
			text: "Cerebral palsy. G-tube in place, site clean.",
			want: []string{"Z93.1"}},
		{name: "h23left planned PEG is no status",
			text: "Severe dysphagia, poor oral intake. GI consulted for PEG.",
			not:  []string{"Z93.1"}},
		{name: "h23left HPV co-test negative is no virus",
			text: "Pap smear NILM, HPV co-test negative.",
			not:  []string{"B97.7"}},
		{name: "h23left HPV co-test normal is no virus",
			text: "Cervical cancer screening: Pap smear with HPV co-test normal.",
			not:  []string{"B97.7"}},
		{name: "h23left pacemaker interrogation is the cardiac pacemaker's",
			text: "Device clinic. Reason for visit: pacemaker interrogation. Sick sinus syndrome, paced rhythm, normal function.",
			want: []string{"Z45.018"}},
		{name: "h23left interrogation of pacemaker",
			text: "Here for interrogation of pacemaker, no complaints.",
			want: []string{"Z45.018"}},
		{name: "h23left needlestick injury is a puncture wound, source's disease not the patient's",
			text: "Occupational exposure.\nNeedlestick injury to the left index finger while recapping a needle; source patient HIV positive and hepatitis C positive.",
			want: []string{"S61.231A"}, not: []string{"S69.92XA", "B20", "Z21", "B19.20"}},
		{name: "h23left needlestick of thumb",
			text: "Needlestick injury, right thumb, at work today.",
			want: []string{"S61.031A"}, not: []string{"S69.91XA"}},
	}...)
}
