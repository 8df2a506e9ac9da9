package coder

// Precision review of inpatient case reports (cdsp20), cases written for
// these rows: words of a treatment read as the condition they are named
// after.
func init() {
	cases = append(cases, []tc{
		// A shock a defibrillator, an ICD or a cardioversion delivers is
		// the electrical treatment, not circulatory shock; the electric
		// shock a patient suffers keeps its own entry.
		{name: "cdsp20-synchronized-shock", setting: "inpatient", text: "Her atrial flutter converted to sinus rhythm after one synchronized shock of 120 J.", want: []string{"I48.92"}, not: []string{"R57.9"}},
		{name: "cdsp20-joule-shock", setting: "inpatient", text: "Ventricular fibrillation on the monitor ended with a single 150 J shock.", want: []string{"I49.01"}, not: []string{"R57.9"}},
		{name: "cdsp20-defibrillation-shocks", setting: "inpatient", text: "Two defibrillation shocks were needed before return of spontaneous circulation.", not: []string{"R57.9"}},
		{name: "cdsp20-icd-shocks-delivered", setting: "inpatient", text: "His implanted defibrillator delivered four shocks overnight for ventricular tachycardia.", want: []string{"I47.20"}, not: []string{"R57.9"}},
		{name: "cdsp20-appropriate-icd-shock", setting: "inpatient", text: "Interrogation showed an appropriate ICD shock for ventricular tachycardia.", want: []string{"Z95.810", "I47.20"}, not: []string{"R57.9"}},
		{name: "cdsp20-guard-cardiogenic-shock-with-icd", setting: "inpatient", text: "Admitted in cardiogenic shock; he has an ICD.", want: []string{"R57.0", "Z95.810"}},
		{name: "cdsp20-guard-electric-shock", setting: "inpatient", text: "He suffered an electric shock while repairing a cable at home.", want: []string{"T75.4XXA"}},
		// Hypothermia the team induces (after a cardiac arrest, on
		// cardiopulmonary bypass, deep hypothermic circulatory arrest) is
		// a treatment, not hypothermia from cold nor a cardiac arrest.
		{name: "cdsp20-therapeutic-hypothermia", setting: "inpatient", text: "After resuscitation from cardiac arrest, therapeutic hypothermia was maintained for 24 hours.", want: []string{"I46.9"}, not: []string{"T68.XXXA", "R68.0"}},
		{name: "cdsp20-induced-hypothermia", setting: "inpatient", text: "Temperature management with induced hypothermia to 33 degrees.", not: []string{"T68.XXXA", "R68.0"}},
		{name: "cdsp20-bypass-hypothermia", setting: "inpatient", text: "The valve was replaced on cardiopulmonary bypass under moderate systemic hypothermia.", not: []string{"T68.XXXA", "R68.0"}},
		{name: "cdsp20-dhca", setting: "inpatient", text: "The aortic arch was replaced under deep hypothermic circulatory arrest.", not: []string{"I46.9", "T68.XXXA"}},
		{name: "cdsp20-guard-accidental-hypothermia", setting: "inpatient", text: "Found outdoors in winter with accidental hypothermia, rewarmed on cardiopulmonary bypass.", want: []string{"T68.XXXA"}},
	}...)
}
