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
		// Thoracic pain is chest pain; the thoracic spine is the back's
		// and the note names it.
		{name: "cdsp20-central-thoracic-pain", setting: "inpatient", text: "She came in with central thoracic pain spreading to the jaw and sweating.", want: []string{"R07.9"}, not: []string{"M54.6"}},
		{name: "cdsp20-guard-thoracic-spine-pain", setting: "inpatient", text: "Thoracic pain over the spine began after he lifted a heavy box.", want: []string{"M54.6"}, not: []string{"R07.9"}},
		// A discal hernia is a herniated intervertebral disc, no
		// abdominal hernia.
		{name: "cdsp20-discal-hernia", setting: "inpatient", text: "Her history includes a discal hernia at L4-L5 treated conservatively.", want: []string{"M51.26"}, not: []string{"K46.9"}},
		{name: "cdsp20-discal-herniation-cervical", setting: "inpatient", text: "MRI confirmed a discal herniation at C5-C6.", want: []string{"M50.222"}, not: []string{"K46.9"}},
		// A shock that qualifies the noun after it describes a pain or is
		// a treatment: no electrocution, no circulatory shock.
		{name: "cdsp20-shock-like-pain", text: "Brief electric shock-like pains in the left jaw when she chews.", not: []string{"T75.4XXA", "R57.9"}},
		{name: "cdsp20-shock-sensation-neck-flexion", text: "Bending the neck brings a shock sensation down the spine.", not: []string{"R57.9", "T75.4XXA"}},
		{name: "cdsp20-shock-wave-therapy", text: "Shock wave therapy was offered for the plantar fasciitis.", not: []string{"R57.9"}},
		// Immaturity a biopsy describes is the look of the cells, no
		// preterm newborn.
		{name: "cdsp20-focal-immaturity-biopsy", setting: "inpatient", text: "A 52-year-old man; the resected polyp showed focal immaturity without dysplasia.", not: []string{"P07.30"}},
		{name: "cdsp20-immaturity-of-epithelium", setting: "inpatient", text: "Histology: immaturity of the glandular epithelium, margins clear.", not: []string{"P07.30"}},
		{name: "cdsp20-guard-newborn-immaturity", setting: "inpatient", text: "Newborn boy admitted to the nursery with immaturity.", want: []string{"P07.30"}},
	}...)
}
