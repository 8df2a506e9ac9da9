package coder

import "notecoder/cdi/model"

func init() {
	cases = append(cases, []tc{
		// A lesion at a site is coded only until the neoplasm it turned out to be is
		// named at that site (data/found_as.txt, as for a mass; guideline I.B.4-5).
		{name: "fp12-liver-lesion-metastases", text: "CT showed a 2 cm lesion in the liver consistent with metastases from the known colon carcinoma.", setting: model.Inpatient, want: []string{"C78.7"}, not: []string{"K76.9"}},
		{name: "fp12-bladder-lesion-carcinoma", text: "Cystoscopy found a 3 cm bladder lesion; biopsy showed urothelial carcinoma of the bladder.", setting: model.Inpatient, want: []string{"C67.9"}, not: []string{"N32.9"}},
		{name: "fp12-bone-lesions-metastatic", text: "Two lytic bone lesions were seen, and biopsy confirmed metastatic prostate adenocarcinoma to bone.", setting: model.Inpatient, want: []string{"C79.51", "C61"}, not: []string{"M89.9"}},
		{name: "fp12-kidney-lesion-other-site", text: "Ultrasound showed a kidney lesion. Biopsy of the lung mass showed adenocarcinoma of the right upper lobe.", setting: model.Inpatient, want: []string{"N28.9", "C34.11"}},
		// T14 is the injury of an unspecified body region: a bare hematoma or fracture
		// beside a body-site word the entry does not read is not coded to it
		// (data/own_site.txt); a site read through the see-also keeps its code.
		{name: "fp12-parietal-hematoma", text: "CT showed an acute left parietal hematoma.", setting: model.Inpatient, not: []string{"T14.8XXA"}},
		{name: "fp12-suprarenal-hematoma", text: "A suprarenal hematoma was found at surgery.", setting: model.Inpatient, not: []string{"T14.8XXA"}},
		{name: "fp12-vertebral-fracture", text: "A vertebral fracture was seen on the radiograph.", setting: model.Inpatient, not: []string{"T14.8XXA"}},
		{name: "fp12-scalp-hematoma", text: "After the fall he had a scalp hematoma.", setting: model.Inpatient, want: []string{"S00.03XA"}, not: []string{"T14.8XXA"}},
		{name: "fp12-history-limb-fracture", text: "She reports a history of an upper extremity fracture as a child.", want: []string{"Z87.81"}, not: []string{"T14.8XXA"}},
		{name: "fp12-subcutaneous-hematoma", text: "After the fall she had a subcutaneous hematoma.", setting: model.Inpatient, want: []string{"T14.8XXA"}},
		// The alternatives a differential diagnosis weighs are possible, with a colon or
		// "between" as with "includes" (text/data/context.tsv); not coded in an office note.
		{name: "fp12-ddx-colon", text: "The differential diagnosis included: sarcoidosis, lymphoma or tuberculosis.", not: []string{"D86.9", "C85.90", "A15.9"}},
		{name: "fp12-ddx-between", text: "The differential diagnosis between sarcoidosis and lymphoma was settled by biopsy, which showed sarcoidosis.", want: []string{"D86.9"}, not: []string{"C85.90"}},
		// A serology names what it tests for; a positive one what it found.
		{name: "fp12-serology-for", text: "Serology for hepatitis B and toxoplasmosis was requested.", setting: model.Inpatient, not: []string{"B19.10", "B58.9"}},
		{name: "fp12-positive-serology", text: "Positive serology for hepatitis C virus was found on admission.", setting: model.Inpatient, want: []string{"B19.20"}},
		// What a study was "looking for" is what it searched for, not a finding.
		{name: "fp12-looking-for", text: "A workup looking for an autoimmune cause (rheumatoid factor, antinuclear antibodies, ANCA, antiphospholipid antibodies) and for an infectious cause (toxocariasis, bartonellosis) was negative.", setting: model.Inpatient, not: []string{"R76.0"}},
		// "Erythematous" alone is the color of what it qualifies (data/adj_need_sub.txt);
		// erythema itself is coded.
		{name: "fp12-erythematous-tm", text: "The left tympanic membrane was bulging and erythematous.", not: []string{"L53.9"}},
		{name: "fp12-erythematous-plaque", text: "She has a pruritic erythematous plaque on the forearm.", want: []string{"L29.9"}, not: []string{"L53.9"}},
		{name: "fp12-erythema-cheeks", text: "Intense erythema of both cheeks was noted.", want: []string{"L53.9"}},
		// The condition a removal done before was for went with the organ
		// (data/status_post.tsv "reason"); one that does not end stays current, and a
		// removal of this stay treats a current condition.
		{name: "fp12-removed-for-fibroids", text: "She had a hysterectomy 20 years ago for leiomyomas and now has hematuria.", setting: model.Inpatient, want: []string{"Z90.710", "Z86.018", "R31.9"}, not: []string{"D21.9"}},
		// (A cholecystitis whose organ was removed for it is over: its history is the
		// digestive kind's, Z87.19 (leftL), not the cholecystitis code kept as historical.)
		{name: "fp12-removed-for-cholecystitis", text: "She had a cholecystectomy in 2010 for cholecystitis.", want: []string{"Z90.49", "Z87.19"}, not: []string{"K81.9"}},
		{name: "fp12-removed-for-myasthenia", text: "He underwent thymectomy years ago for myasthenia gravis.", want: []string{"G70.00"}},
		{name: "fp12-removal-this-stay", text: "A cholecystectomy was performed for acute cholecystitis.", setting: model.Inpatient, want: []string{"K81.0"}},
	}...)
}
