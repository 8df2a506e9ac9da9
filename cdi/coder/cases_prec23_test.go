package coder

import "notecoder/cdi/model"

// Table cases of helper prec23 (precision on CodiEsp train and the project's
// notes): a discharge diagnosis header written "Dx at d/c", the fever of a
// neutropenia (R50.81, D70's use-additional note) also named in another
// sentence, and steroid courses that
// are no long-term therapy (a stress dose, a therapy the disease is
// refractory to), and a bare pain whose management the note reports ("pain
// controlled", "for pain control"), and the condition an earlier drug course
// treated ("after recent amoxicillin for sinusitis").
func init() {
	cases = append(cases, []tc{
		{name: "prec23 dx at d/c is the discharge diagnoses",
			text:    "Surgical discharge summary. 58 yo woman admitted for elective colectomy.\nPMH: hypothyroidism on levothyroxine.\nDx at d/c: sigmoid diverticulosis s/p resection; postoperative fever, resolved.\nFollow up in clinic in 2 weeks.",
			setting: model.Inpatient, want: []string{"R50.82"}, not: []string{"R50.9"}},
		{name: "prec23 neutropenic fever is R50.81",
			text:    "Oncology admission. 60 yo woman with ovarian cancer on carboplatin presents with fever 38.8 and rigors at home. ANC 150: neutropenic fever. No source on exam, UA and chest film clear. Cefepime started.",
			setting: model.Inpatient, want: []string{"R50.81", "D70.9"}, not: []string{"R50.9"}},
		{name: "prec23 stress-dose steroid is no long-term use",
			text:    "Assessment: septic shock from a biliary source. Plan: continue norepinephrine, stress-dose hydrocortisone if pressor needs rise, piperacillin-tazobactam.",
			setting: model.Inpatient, want: []string{"R65.21"}, not: []string{"Z79.52"}},
		{name: "prec23 refractory to steroids is no current steroid",
			text: "Hematology clinic. Chronic immune thrombocytopenia, refractory to steroids, now on romiplostim weekly. Platelets 80,000.",
			want: []string{"D69.3"}, not: []string{"Z79.52"}},
		{name: "prec23 chronic prednisone stays long-term",
			text: "Assessment: rheumatoid arthritis, stable on chronic prednisone 5 mg daily and methotrexate.",
			want: []string{"Z79.52", "Z79.631"}},
		{name: "prec23 post-op pain controlled is no R52",
			text:    "Hospital course: laparoscopic appendectomy for acute appendicitis, uneventful. Post-op pain controlled with oral oxycodone, tolerating diet. Discharged POD1.",
			setting: model.Inpatient, want: []string{"K35.80"}, not: []string{"R52"}},
		{name: "prec23 admitted for pain control is no R52",
			text:    "Operative note. Postoperative diagnosis: retinal detachment of the left eye. Plan: admit overnight for pain control and pressure check.",
			setting: model.Inpatient, not: []string{"R52"}},
		{name: "prec23 pain reported without its management stays",
			text: "Telephone note. Patient reports pain all over since yesterday, asks for advice. Recommended acetaminophen.",
			want: []string{"R52"}},
		{name: "prec23 sinusitis an earlier antibiotic treated is not coded",
			text:    "Admitted with watery diarrhea after recent amoxicillin-clav for sinusitis. C. diff toxin positive.",
			setting: model.Inpatient, want: []string{"A04.72"}, not: []string{"J32.9"}},
		{name: "prec23 cellulitis of a finished course is not coded",
			text:    "Admitted with watery diarrhea and cramping. Treated with clindamycin for cellulitis of the leg, finished last week. C. diff toxin positive.",
			setting: model.Inpatient, not: []string{"L03.90", "L03.119"}},
		{name: "prec23 gout of a standing drug started before stays",
			text:    "Admitted with a diffuse rash and fever 5 weeks after starting allopurinol 300 mg for gout.",
			setting: model.Inpatient, want: []string{"M10.9"}},
	}...)
}
