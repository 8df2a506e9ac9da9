package coder

import "notecoder/cdi/model"

func init() {
	cases = append(cases, []tc{
		// A lifelong condition put in the patient's childhood is over
		// (data/lifelong.txt "ended:" phrases), unless the sentence says it
		// goes on ("ongoing:" words).
		{name: "left11-asthma-used-to-child", text: "She used to have asthma as a child.", want: []string{"J45.909@historical"}},
		{name: "left11-asthma-had-kid", text: "He had asthma as a kid.", want: []string{"J45.909@historical"}},
		{name: "left11-asthma-since-childhood", text: "History of asthma since childhood.", want: []string{"J45.909@present"}},
		{name: "left11-asthma-childhood-still", text: "History of asthma in childhood, still uses albuterol.", want: []string{"J45.909@present"}},
		{name: "left11-asthma-history-current", text: "History of asthma.", want: []string{"J45.909@present"}},
		// A residual "Pain > back" (M54.9) beside a sibling read under
		// another subterm of the same main term is a second site, not the
		// same pain said again.
		{name: "left11-upper-back-neck", text: "Neck pain and upper back pain.", want: []string{"M54.2", "M54.9"}},
		{name: "left11-back-low-back", text: "Back pain and low back pain.", want: []string{"M54.50"}, not: []string{"M54.9"}},
		// "Right or left" names no side: neither side word is read
		// (markBothSides), the code is the unspecified side's.
		{name: "left11-right-or-left-knee", text: "Right or left knee pain, she is not sure.", want: []string{"M25.569"}, not: []string{"M25.561", "M25.562"}},
		{name: "left11-pain-in-left-or-right-hip", text: "Pain in the left or right hip.", want: []string{"M25.559"}, not: []string{"M25.551", "M25.552"}},
		{name: "left11-knee-unsure-side", text: "Knee pain, unsure which side.", want: []string{"M25.569"}},
		{name: "left11-right-and-left-knee", text: "Right and left knee pain.", want: []string{"M25.561", "M25.562"}},
		// A piece of a mention that is uncertain on its own is no
		// established link: outpatient the code is the entry above it
		// (IV.H), inpatient the whole is an uncertain diagnosis (II.H).
		{name: "left11-possible-causes-anemia", text: "Possible causes of the anemia: iron deficiency, blood loss, CKD.", want: []string{"D64.9"}, not: []string{"D50.0", "D63.1"}},
		{name: "left11-chest-pain-likely-msk", text: "Chest pain, likely musculoskeletal.", want: []string{"R07.9"}, not: []string{"R07.89"}},
		{name: "left11-chest-pain-likely-msk-inpt", text: "Chest pain, likely musculoskeletal.", setting: model.Inpatient, want: []string{"R07.89@possible"}},
		{name: "left11-chest-pain-msk-stated", text: "Chest pain, musculoskeletal.", want: []string{"R07.89"}},
		{name: "left11-pneumonia-likely-viral", text: "Pneumonia, likely viral.", want: []string{"J18.9"}, not: []string{"J12.9"}},
		// "Gram-negative" alone is the index's "Pneumonia, gram-negative
		// bacteria NEC" (data/optional_words.tsv).
		{name: "left11-gram-negative-pneumonia", text: "Gram-negative pneumonia.", setting: model.Inpatient, want: []string{"J15.69"}, not: []string{"J18.9"}},
		{name: "left11-gram-negative-pneumonia-nohyphen", text: "Treated for gram negative pneumonia.", setting: model.Inpatient, want: []string{"J15.69"}, not: []string{"J18.9"}},
		// A gram-negative genus whose entry's stain subterm is an
		// unspecified code (Meningitis, gram-negative cocci G00.9) is the
		// entry's "specified organism NEC" (G00.8), with its B96 agent.
		{name: "left11-acinetobacter-meningitis", text: "Acinetobacter meningitis.", setting: model.Inpatient, want: []string{"G00.8", "B96.89"}, not: []string{"G00.9"}},
		{name: "left11-moraxella-meningitis", text: "Meningitis due to Moraxella.", setting: model.Inpatient, want: []string{"G00.8"}, not: []string{"G00.9"}},
		{name: "left11-gram-negative-meningitis", text: "Gram-negative meningitis.", setting: model.Inpatient, want: []string{"G00.9"}, not: []string{"G03.9"}},
		{name: "left11-acinetobacter-sepsis", text: "Acinetobacter sepsis.", setting: model.Inpatient, want: []string{"A41.59"}},
		// Sepsis is a chapter 1 code that classifies the organism (A41.59,
		// "Other Gram-negative sepsis") and A41 has no "use additional
		// code" note for it: B95-B97 identify the agent of infections
		// classified to other chapters (I.C.1.b), not here.
		{name: "left11-klebsiella-sepsis-no-b96", text: "Klebsiella sepsis.", setting: model.Inpatient, want: []string{"A41.59"}, not: []string{"B96.1"}},
		// "Fracture, calcaneus - see Fracture, tarsal, calcaneus": the
		// reference shortens "tarsal bone(s)" (resolveRef), not T14.8.
		{name: "left11-calcaneus-fracture", text: "Fracture of the left calcaneus.", want: []string{"S92.002A"}, not: []string{"T14.8XXA"}},
		{name: "left11-talus-fracture", text: "Closed fracture of the right talus.", want: []string{"S92.101A"}, not: []string{"T14.8XXA"}},
		// The Lisfranc joint is the tarsometatarsal joint
		// (data/synonyms.tsv); the index has no fracture entry for it, so
		// a "Lisfranc fracture" stays a fracture of the foot.
		{name: "left11-lisfranc-dislocation", text: "Lisfranc dislocation of the left foot.", want: []string{"S93.325A"}},
		{name: "left11-lisfranc-sprain", text: "Right Lisfranc sprain.", want: []string{"S93.621A"}, not: []string{"S93.401A"}},
		// An Excludes1 pair of two sided conditions read apart under their
		// own main terms is two unrelated conditions (I.A.12.a's
		// exception): both stay.
		{name: "left11-pterygium-keratoconjunctivitis", text: "Pterygium of the right eye. Keratoconjunctivitis of the right eye.", want: []string{"H11.001", "H16.201"}},
		{name: "left11-pterygium-keratoconj-other-side", text: "Pterygium of the right eye and keratoconjunctivitis of the left eye.", want: []string{"H11.001", "H16.202"}},
		// A tabular inclusion term read word for word (B10.89's "Kaposi's
		// sarcoma-associated herpesvirus infection") swallows the index
		// readings of its words (B00.9), not only the first it replaces.
		{name: "left11-kshv-infection", text: "Kaposi sarcoma associated herpesvirus infection.", want: []string{"B10.89"}, not: []string{"B00.9", "C46.9"}},
		{name: "left11-kaposi-and-herpes-apart", text: "Kaposi sarcoma of the skin. Herpesvirus infection.", want: []string{"C46.0", "B00.9"}},
		// Allergic rhinitis returns every season: its history is the
		// condition (data/lifelong.txt), not a drug allergy status Z88.9.
		{name: "left11-history-seasonal-allergies", text: "History of seasonal allergies.", want: []string{"J30.2"}, not: []string{"Z88.9"}},
		{name: "left11-pmh-seasonal-allergies", text: "PMH: seasonal allergies, hypertension.", want: []string{"J30.2", "I10"}, not: []string{"Z88.9"}},
		{name: "left11-history-drug-allergies", text: "History of drug allergies.", want: []string{"Z88.9"}},
	}...)
}
