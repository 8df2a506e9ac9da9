package coder

// Recall cases (recall helper): whole categories the coder never found
// because a mention's wording did not reach its index entry.
func init() {
	cases = append(cases, []tc{
		// An organism's only code is its "as cause of disease classified elsewhere" subterm.
		{name: "recall-organism-bare-strep", text: "Wound culture grew Streptococcus.", want: []string{"B95.5"}},
		{name: "recall-organism-bare-staph", text: "Blood cultures grew staphylococci.", want: []string{"B95.8"}},
		{name: "recall-organism-k-pneumoniae", text: "Cultures isolated K pneumoniae ESBL.", want: []string{"B96.1"}},
		{name: "recall-organism-pyogenes", text: "Throat swab grew Streptococcus pyogenes.", want: []string{"B95.0"}, not: []string{"B95.5"}},
		{name: "recall-organism-species-staph", text: "Blood culture grew Staphylococcus epidermidis.", want: []string{"B95.7"}, not: []string{"B95.8"}},
		{name: "recall-organism-species-strep", text: "Cultures isolated Streptococcus intermedius.", want: []string{"B95.4"}, not: []string{"B95.5"}},
		{name: "recall-organism-no-species", text: "Staphylococcus grew in two cultures.", want: []string{"B95.8"}},
		{name: "recall-organism-negated", text: "Blood cultures were negative for staphylococcus.", not: []string{"B95.8"}},
		{name: "recall-organism-in-condition", text: "Staphylococcal pneumonia.", want: []string{"J15.20"}, not: []string{"B95.8"}},
		{name: "recall-virus-bare", text: "Serology for hepatitis B virus was positive.", not: []string{"B97.89"}},
		// A vague noun after "metastatic" is the secondary neoplasm of its site.
		{name: "recall-metastatic-lesion-site", text: "CT showed a metastatic lesion in the liver.", want: []string{"C78.7"}, not: []string{"K76.9"}},
		{name: "recall-metastatic-site-lesion", text: "CT showed a metastatic lung lesion.", want: []string{"C78.00"}, not: []string{"R91.8"}},
		{name: "recall-lesion-alone", text: "CT showed a lesion in the liver.", want: []string{"K76.9"}},
		// A site subterm that only splits into parts takes the part data/implied.tsv names.
		{name: "recall-abdominal-abscess", text: "CT showed an abdominal abscess.", want: []string{"K65.1"}, not: []string{"L02.91"}},
		{name: "recall-abdominal-wall-abscess", text: "CT showed an abdominal wall abscess.", want: []string{"L02.211"}},
		// A see reference to a word that is the first of one main term's title.
		{name: "recall-see-gait", text: "He complained of a gait disturbance.", want: []string{"R26.9"}},
		// Translation wording: regions of the abdomen and organism spellings.
		{name: "recall-iliac-fossa-pain", text: "Severe pain in the left iliac fossa.", want: []string{"R10.32"}, not: []string{"R52"}},
		{name: "recall-hypochondrium-mass", text: "A painless mass in the right hypochondrium.", want: []string{"R19.01"}},
		{name: "recall-hypogastric-pain", text: "She reported hypogastric pain.", want: []string{"R10.30"}},
		{name: "recall-staphilococo", text: "Catheter tip cultures grew Staphilococo aureus.", want: []string{"B95.61"}},
		// A subterm word that is the main term's own nonessential modifier.
		{name: "recall-intracranial-hypertension", text: "Fundoscopy showed signs of intracranial hypertension.", want: []string{"G93.2"}, not: []string{"I10"}},
		{name: "recall-benign-hypertension", text: "Benign hypertension on diet.", want: []string{"I10"}, not: []string{"G93.2"}},
		// The adjective of a main term the index spells only as a noun.
		{name: "recall-atherosclerotic", text: "Biopsy showed atherosclerotic disease.", want: []string{"I70.90"}},
		// Organ adjectives read as the index's noun subterms.
		{name: "recall-corneal-ulcer", text: "Slit lamp showed a corneal ulcer.", want: []string{"H16.009"}},
		{name: "recall-palpebral-edema", text: "Palpebral edema was noted.", want: []string{"H02.849"}, not: []string{"R60.9"}},
		{name: "recall-ureteral-stone", text: "CT showed a ureteral stone.", want: []string{"N20.1"}},
		{name: "recall-articular-pain", text: "He complained of articular pain.", want: []string{"M25.50"}, not: []string{"R52"}},
		{name: "recall-epididymal-cyst", text: "Ultrasound showed an epididymal cyst.", want: []string{"N50.3"}},
		{name: "recall-adenopathic-mass", text: "CT revealed adenopathic masses in the mediastinum.", want: []string{"R59.0"}},
		{name: "recall-hemospermia", text: "He reported hemospermia.", want: []string{"R36.1"}},
		{name: "recall-gingivorragia", text: "Epistaxis and gingivorragia.", want: []string{"R04.0", "K06.8"}},
		{name: "recall-hypoacusis", text: "He presented sudden hypoacusis in the left ear.", want: []string{"H91.22"}},
		{name: "recall-lipothymia", text: "She had an episode of lipothymia.", want: []string{"R55"}},
		{name: "recall-tumoration", text: "A tumoration in the left kidney.", want: []string{"D49.512"}},
		{name: "recall-microhematuria", text: "Urinalysis showed microhematuria.", want: []string{"R31.29"}},
		{name: "recall-orchiepididymitis", text: "He was treated for a left orchiepididymitis.", want: []string{"N45.3"}},
		{name: "recall-spondylodiscitis", text: "MRI confirmed a lumbar spondylodiscitis.", want: []string{"M46.46"}},
		{name: "recall-double-j", text: "An antegrade ureteral double J catheter was placed.", not: []string{"Q62.5"}},
		// A main term's see-also refines its code within the chapter when it reads more of the note.
		{name: "recall-see-also-arthrosis-hips", text: "She has arthrosis of both hips.", want: []string{"M16.0"}, not: []string{"M19.90"}},
		{name: "recall-see-also-arthrosis-bare", text: "She has arthrosis.", want: []string{"M19.90"}},
		{name: "recall-see-also-other-chapter", text: "Vertebral fracture after an occupational accident.", not: []string{"M84.48XA"}},
	}...)
}
