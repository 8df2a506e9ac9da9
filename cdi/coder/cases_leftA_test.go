package coder

func init() {
	cases = append(cases, []tc{
		// A site after a verb of spreading is where the pain spreads to,
		// not the pain's own site (data/spread_verbs.txt).
		{name: "leftA radiates to arm", text: "Crushing chest pain since noon. The pain radiates to her left arm.", want: []string{"R07.9"}, not: []string{"M79.602"}},
		{name: "leftA radiating to arm", text: "Pressure-like substernal chest pain. Pain radiating to the left arm and jaw.", want: []string{"R07.9"}, not: []string{"M79.602"}},
		{name: "leftA radiates to back", text: "Epigastric pain for two days; the pain radiates through to his back.", want: []string{"R10.13"}, not: []string{"M54.9"}},
		{name: "leftA arm pain of its own kept", text: "Chest pain with radiation. Pain in the left arm began yesterday after lifting.", want: []string{"R07.9", "M79.602"}},
		{name: "leftA radiating pain in arm kept", text: "Radiating pain in the right arm for a week.", want: []string{"M79.601"}},
		{name: "leftA arm pain radiating to hand kept", text: "Pain in the left arm radiating to the hand.", want: []string{"M79.602"}},
		// Medication-list headers outpatient records print: an indication
		// there is no diagnosis.
		{name: "leftA current medication header", text: "Current medication:\nnaproxen 500 mg twice daily for pain\natorvastatin 20 mg nightly", not: []string{"R52"}},
		{name: "leftA med list header", text: "Med list:\nacetaminophen 650 mg every 6 hours for pain", not: []string{"R52"}},
		{name: "leftA outpatient prescriptions header", text: "Current Outpatient Prescriptions:\nibuprofen 400 mg three times a day for pain", not: []string{"R52"}},
		// A bare pain named only as a drug's indication, outside the
		// assessment and plan (data/indication.tsv).
		{name: "leftA meds include for pain", text: "Current medicines include naproxen for pain and metformin.", want: []string{"Z79.84"}, not: []string{"R52"}},
		{name: "leftA on drugs for pain", text: "She is on amlodipine and Tylenol for pain.", not: []string{"R52"}},
		{name: "leftA dose for pain", text: "He takes ibuprofen 800 mg three times a day for pain.", not: []string{"R52"}},
		{name: "leftA plan for pain kept", text: "Plan: ibuprofen for pain.", want: []string{"R52"}},
		{name: "leftA pain for weeks kept", text: "She has had pain for 3 weeks.", want: []string{"R52"}},
		{name: "leftA drug caused pain kept", text: "The naproxen caused pain.", want: []string{"R52"}},
		{name: "leftA sited pain for drug kept", text: "He takes ibuprofen for right knee pain.", want: []string{"M25.561"}},
		// An encounter code said with a time to come is a later visit's
		// reason, not this one's (data/future_visit.tsv).
		{name: "leftA suture removal planned", text: "Scalp laceration closed with five sutures.\nPlan: suture removal in 8 days.", not: []string{"Z48.02"}},
		{name: "leftA return for suture removal", text: "Return to clinic in 10 days for suture removal.", not: []string{"Z48.02"}},
		{name: "leftA colonoscopy in years", text: "Repeat screening colonoscopy in 5 years.", not: []string{"Z12.11"}},
		{name: "leftA next visit suture removal", text: "Sutures out at the next visit: suture removal next week.", not: []string{"Z48.02"}},
		{name: "leftA suture removal today kept", text: "Here today for suture removal; follow up in 2 weeks for a wound check.", want: []string{"Z48.02"}},
		{name: "leftA suture placed days ago kept", text: "Sutures were placed 9 days ago in urgent care; suture removal today.", want: []string{"Z48.02"}},
		{name: "leftA screening colonoscopy today kept", text: "Screening colonoscopy today, average risk.", want: []string{"Z12.11"}},
		// A "label: none" item after a diagnosis answers the label (a
		// therapy, the complications), not the diagnosis (ownItem).
		{name: "leftA dm insulin none", text: "Type 2 diabetes mellitus, insulin: none", want: []string{"E11.9"}},
		{name: "leftA dm insulin no", text: "Type 2 diabetes, insulin: no. A1c 7.1.", want: []string{"E11.9"}},
		{name: "leftA dm on insulin no", text: "Type 2 DM, on insulin: no", want: []string{"E11.9"}, not: []string{"Z79.4"}},
		{name: "leftA asthma inhaler none", text: "Mild intermittent asthma, rescue inhaler use: none", want: []string{"J45.20"}},
		{name: "leftA signs none kept denied", text: "Fever, chills: none.", not: []string{"R50.9", "R68.83"}},
		{name: "leftA dm none kept denied", text: "Diabetes: none.", not: []string{"E11.9"}},
		// A treatment the note says was completed ended with the cancer
		// (I.C.2.d, data/history_status.tsv). "No recurrence on X" denies
		// the recurrence, not the drug (context.tsv terminate rows).
		{name: "leftA completed tamoxifen history", text: "History of right breast cancer, completed 5 years of tamoxifen in 2019.", want: []string{"Z85.3"}, not: []string{"C50.911", "Z79.810"}},
		{name: "leftA finished chemo history", text: "History of colon cancer, finished chemotherapy in 2018.", want: []string{"Z85.038"}, not: []string{"C18.9"}},
		{name: "leftA no recurrence on anastrozole", text: "History of left breast cancer, no recurrence on anastrozole.", want: []string{"Z85.3", "Z79.811"}},
		{name: "leftA no progression on letrozole", text: "Metastatic breast cancer with no progression on letrozole.", want: []string{"Z79.811"}},
		{name: "leftA completed then on", text: "History of right breast cancer, completed tamoxifen, now on anastrozole.", want: []string{"Z85.3", "Z79.811"}, not: []string{"Z79.810"}},
		{name: "leftA not on insulin kept", text: "He is not on insulin. Type 2 diabetes.", want: []string{"E11.9"}, not: []string{"Z79.4"}},
		{name: "leftA history line kept", text: "History of breast cancer.", want: []string{"Z85.3"}},
		// A well-woman visit is the routine gynecological examination;
		// "exam" is the index's "Examination"; a Pap smear is the
		// Papanicolaou smear (abbrev.tsv, synonyms.tsv).
		{name: "leftA well woman exam", text: "Assessment: Annual well-woman exam.", want: []string{"Z01.419"}},
		{name: "leftA gynecologic exam", text: "Assessment: Routine gynecologic exam.", want: []string{"Z01.419"}},
		{name: "leftA well woman abnormal", text: "Assessment: Well-woman exam with abnormal findings; left breast lump.", want: []string{"Z01.411"}},
		{name: "leftA screening pap", text: "Assessment: Screening Pap smear, average risk.", want: []string{"Z12.4"}},
		{name: "leftA pap beside gyn exam", text: "Assessment: Well-woman exam. Pap smear collected.", want: []string{"Z01.419"}, not: []string{"Z12.4"}},
		{name: "leftA past pap kept out", text: "Her last Pap smear in 2021 was normal.", not: []string{"Z12.4"}},
		{name: "leftA case gyn examination", text: "Gynecological examination revealed a vaginal foreign body.", want: []string{"T19.2XXA"}, not: []string{"Z01.419"}},
		{name: "leftA exam section header kept out", text: "Exam: lungs clear, heart regular.", not: []string{"Z00.00", "Z01.419"}},
		// "Deviated" is the index's "Deviation" (synonyms.tsv).
		{name: "leftA deviated septum", text: "Deviated septum to the right, chronic nasal obstruction.", want: []string{"J34.2"}},
		{name: "leftA deviated septum bare", text: "Assessment: deviated septum.", want: []string{"J34.2"}},
		{name: "leftA atrial septal defect kept", text: "Atrial septal defect.", want: []string{"Q21.10"}},
		// An eczema named without its kind is the dermatitis the note
		// names by kind (integral.tsv).
		{name: "leftA hx eczema beside atopic", text: "Hx eczema. Atopic dermatitis of both hands, flaring.", want: []string{"L20.9"}, not: []string{"L30.9"}},
		{name: "leftA eczema alone kept", text: "Eczema of the forearms.", want: []string{"L30.9"}},
		// The ankle's ligaments are read under Sprain, ankle
		// (redirect.tsv), their initials expanded (abbrev.tsv).
		{name: "leftA sprained atfl", text: "She rolled her foot and sprained her right ATFL.", want: []string{"S93.491A"}, not: []string{"S93.401A"}},
		{name: "leftA talofibular ligament sprain", text: "Sprain of the left anterior talofibular ligament.", want: []string{"S93.492A"}},
		{name: "leftA cfl sprain", text: "Right CFL sprain after a fall from a step.", want: []string{"S93.411A"}},
		{name: "leftA ankle sprain kept", text: "Left ankle sprain.", want: []string{"S93.402A"}},
		{name: "leftA knee sprain kept", text: "Sprain of the left knee.", want: []string{"S83.92XA"}},
		// Esophageal varices in cirrhosis, alcoholic liver disease or
		// portal hypertension are secondary varices (combos.tsv).
		{name: "leftA varices in cirrhosis", text: "Esophageal varices in cirrhosis, banded last month.", want: []string{"I85.10", "K74.60"}, not: []string{"I85.00"}},
		{name: "leftA bleeding varices alcoholic cirrhosis", text: "Alcoholic cirrhosis. Bleeding esophageal varices.", want: []string{"I85.11", "K70.30"}, not: []string{"I85.01"}},
		{name: "leftA varices portal htn", text: "Portal hypertension with esophageal varices.", want: []string{"I85.10", "K76.6"}},
		{name: "leftA varices alone kept", text: "Esophageal varices on EGD.", want: []string{"I85.00"}},
		{name: "leftA varices cirrhosis denied kept", text: "Esophageal varices, no cirrhosis.", want: []string{"I85.00"}, not: []string{"I85.10"}},
		// An oral contraceptive refill is the surveillance of
		// contraceptive pills; birth control is contraception (abbrev.tsv).
		{name: "leftA ocp refill", text: "Assessment: OCP refill, no side effects.", want: []string{"Z30.41"}},
		{name: "leftA birth control pill refill", text: "Assessment: birth control pill refill.", want: []string{"Z30.41"}},
		{name: "leftA birth control counseling", text: "Assessment: birth control counseling.", want: []string{"Z30.09"}},
		{name: "leftA other refill kept out", text: "Plan: refill metformin, continue OCPs.", want: []string{"Z79.84"}, not: []string{"Z30.41"}},
		// An HPV test or co-test is the HPV screening (abbrev.tsv).
		{name: "leftA hpv cotesting", text: "Pap smear with HPV co-testing collected today.", want: []string{"Z11.51", "Z12.4"}, not: []string{"D36.9", "B97.7"}},
		{name: "leftA hpv screening", text: "HPV screening today.", want: []string{"Z11.51"}},
		{name: "leftA refilled ocp", text: "Assessment: contraception - refilled birth control pills for a year.", want: []string{"Z30.41"}},
	}...)
}
