package coder

func init() {
	cases = append(cases, []tc{
		// Rheumatoid arthritis of a site with the factor unstated is the
		// index's "Arthritis, rheumatoid" (M06.9): the titles "without
		// rheumatoid factor, <site>" (M06.0-) and "Other specified
		// rheumatoid arthritis, <site>" (M06.8-) name a type the note
		// does not give.
		{name: "leftN ra multiple sites", text: "Rheumatoid arthritis of multiple sites, stable on methotrexate.", want: []string{"M06.9"}, not: []string{"M06.09", "M06.89"}},
		{name: "leftN ra comma multiple sites", text: "Rheumatoid arthritis, multiple sites.", want: []string{"M06.9"}, not: []string{"M06.09", "M06.89"}},
		{name: "leftN ra guard seronegative", text: "Seronegative rheumatoid arthritis involving the right knee.", want: []string{"M06.061"}},

		// A follow-up visit after finished treatment of a cancer is the
		// index's "Examination, follow-up, malignant neoplasm" (Z08).
		{name: "leftN follow-up after breast cancer", text: "Encounter for follow-up examination after completed treatment for breast cancer, no recurrence.", want: []string{"Z08"}, not: []string{"Z09"}},
		{name: "leftN follow-up guard", text: "Encounter for follow-up examination after completed treatment for pneumonia.", want: []string{"Z09"}, not: []string{"Z08"}},

		// A coronary angioplasty done before is the coronary status only,
		// not also the entry's "(peripheral)" default (Z98.62).
		{name: "leftN s/p coronary angioplasty", text: "S/p coronary angioplasty in 2019.", want: []string{"Z98.61"}, not: []string{"Z98.62"}},
		{name: "leftN s/p coronary angioplasty stent", text: "Status post coronary angioplasty with stent.", want: []string{"Z95.5"}, not: []string{"Z98.62"}},

		// A non-pressure ulcer is no pressure ulcer: the main term written
		// right after a hyphenated "non-" is its contrary.
		{name: "leftN non-pressure heel ulcer", text: "Chronic non-pressure ulcer of the left heel.", want: []string{"L97.429"}, not: []string{"L89.629"}},

		// A generalized tonic-clonic seizure the note says is no epilepsy
		// is the seizure (R56.9), not "Seizure, grand mal" (G40.409).
		{name: "leftN gtc seizure no epilepsy", text: "Generalized tonic-clonic seizure this morning, no evidence of epilepsy.", want: []string{"R56.9"}, not: []string{"G40.409"}},
		{name: "leftN grand mal guard", text: "Grand mal seizure this morning.", want: []string{"G40.409"}},

		// A "neg" that opens a review-of-systems list denies every item.
		{name: "leftN ros neg list", text: "Sore throat for three days. ROS: neg fever, chills, cough, rash.", want: []string{"J02.9"}, not: []string{"R05.9", "R21"}},
		{name: "leftN header neg list", text: "Sore throat for three days. ROS neg headache, dizziness, palpitations.", not: []string{"R42", "R00.2"}},

		// A family history of end-stage kidney disease is the kidney
		// history (Z84.19), not the APOL1-mediated kind the note never names.
		{name: "leftN fh eskd", text: "Family history of end-stage kidney disease in her mother.", want: []string{"Z84.19"}, not: []string{"Z84.11"}},

		// "S/p appendectomy for appendicitis", undated: the removal is
		// said done, and the appendicitis it was for went with it (a
		// history, Z87.19), as when dated.
		{name: "leftN s/p appendectomy for appendicitis", text: "S/p appendectomy for appendicitis. Here for knee pain.", want: []string{"Z90.49"}, not: []string{"K37", "K35.80"}},

		// "Stabbed" is the index's "Stab" (see also Laceration): the
		// wound is coded from the site.
		{name: "leftN stabbed in the abdomen", text: "He was stabbed in the abdomen last night.", want: []string{"S31.119A"}},

		// A fall from a bicycle is the pedal cyclist's noncollision
		// transport accident, its rider the driver (V18.4), not the unspecified fall (W19).
		{name: "leftN fell off bicycle", text: "Fell off his bicycle and fractured his left wrist.", want: []string{"S62.102A", "V18.4XXA"}, not: []string{"W19.XXXA"}},
		{name: "leftN fell from bike", text: "She fell from her bike, abrasion of the right knee.", want: []string{"S80.211A", "V18.4XXA"}, not: []string{"W19.XXXA"}},
		{name: "leftN fell off ladder guard", text: "Fell off a ladder and fractured his left wrist.", want: []string{"W11.XXXA"}},

		// A hypertension whose cause the note documents with "due to"
		// (not "secondary") is the index's "Hypertension, due to" entry
		// read with the cause's title: renovascular (I15.0), with the
		// stenosis coded too; the cause's "renal" is not the
		// hypertension's kidney (I12.9).
		{name: "leftN htn due to ras", text: "Hypertension due to renal artery stenosis.", want: []string{"I15.0", "I70.1"}, not: []string{"I10", "I12.9"}},
		{name: "leftN htn due to ckd guard", text: "Hypertension due to chronic kidney disease stage 3.", want: []string{"I12.9", "N18.30"}},
	}...)
}
