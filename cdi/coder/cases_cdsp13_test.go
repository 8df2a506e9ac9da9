package coder

import "notecoder/cdi/model"

func init() {
	cases = append(cases, []tc{
		// The inside of the eye (iris, retina, cornea) and the tongue are inner sites:
		// a skin code (L81.9, R23.8, L98.4-) beside them names the wrong body system
		// (data/inner_site.tsv); the eyelid keeps the skin's code.
		{name: "cdsp13-iris-pigmented", text: "Slit lamp examination showed a pigmented lesion of the iris in the left eye.", setting: model.Inpatient, not: []string{"L81.9"}},
		{name: "cdsp13-retina-pigmentation", text: "Fundus: pigmentation of the retina in the left eye.", setting: model.Inpatient, not: []string{"L81.9"}},
		{name: "cdsp13-corneal-bullae", text: "Four days later there were bullae in the corneal epithelium of the right eye.", setting: model.Inpatient, not: []string{"R23.8"}},
		{name: "cdsp13-tongue-pigmentation", text: "There is hyperpigmentation of the tongue.", setting: model.Inpatient, not: []string{"L81.9"}},
		{name: "cdsp13-eyelid-pigmented-kept", text: "Small pigmented lesion on the left lower eyelid.", setting: model.Inpatient, want: []string{"L81.9"}},
		{name: "cdsp13-tongue-ulcer-kept", text: "Ulcerated lesion on the right side of the tongue.", setting: model.Inpatient, want: []string{"K14.0"}},
		// A side word between a bare abscess and the site it names does not hide the
		// site: an abscess in a lung lobe is no cutaneous abscess (data/own_site.txt,
		// data/site_words.txt); a skin site keeps its own code.
		{name: "cdsp13-abscess-lower-lobe", text: "Chest CT confirmed an abscess in the right lower lobe.", setting: model.Inpatient, not: []string{"L02.91"}},
		{name: "cdsp13-hematomas-both-limbs", text: "Exam showed hematomas in both upper limbs.", setting: model.Inpatient, not: []string{"T14.8XXA"}},
		{name: "cdsp13-hematoma-no-site-kept", text: "After the fall she had a hematoma.", setting: model.Inpatient, want: []string{"T14.8XXA"}},
		{name: "cdsp13-abscess-buttock-kept", text: "There is an abscess on the right buttock.", setting: model.Inpatient, want: []string{"L02.31"}},
		// What a relative died "due to" is the relative's condition: the family scope
		// runs over the cause after a death; other scopes still end at "due to".
		{name: "cdsp13-death-sister-due-to", text: "Social history: former smoker. The death of a sister due to breast cancer was noted.", setting: model.Inpatient, want: []string{"Z80.3"}, not: []string{"C50.919"}},
		{name: "cdsp13-father-died-due-to", text: "Family: her father died due to a myocardial infarction at 60.", setting: model.Inpatient, want: []string{"Z82.49"}, not: []string{"I21.9"}},
		{name: "cdsp13-admitted-due-to-kept", text: "Her sister has asthma; she was admitted due to pneumonia.", setting: model.Inpatient, want: []string{"Z82.5", "J18.9"}},
		{name: "cdsp13-brother-then-own-cause", text: "His brother has asthma and he came due to chest pain.", setting: model.Inpatient, want: []string{"Z82.5", "R07.9"}},
		// "Cyst, multilocular (ovary)" is the ovary's neoplasm: the site in parentheses
		// must be named (data/nemod_needed.txt); another site's cyst is that site's.
		{name: "cdsp13-multilocular-kidney", text: "CT showed a multilocular cyst of the left kidney.", setting: model.Inpatient, want: []string{"N28.1"}, not: []string{"D39.10", "D39.12"}},
		{name: "cdsp13-multilocular-no-site", text: "Histology of the jaw specimen revealed a multilocular cystic lesion.", setting: model.Inpatient, not: []string{"D39.10"}},
		{name: "cdsp13-multilocular-ovary-kept", text: "Ultrasound showed a multilocular cyst of the left ovary.", setting: model.Inpatient, want: []string{"D39.12"}},
		// What an antibiotic is given to cover is its aim, not a finding
		// (text/data/context.tsv, data/specialty.txt).
		{name: "cdsp13-mrsa-coverage", text: "Vancomycin was added for MRSA coverage.", setting: model.Inpatient, not: []string{"B95.62"}},
		{name: "cdsp13-coverage-for-tb", text: "Started empiric coverage for tuberculosis pending cultures.", setting: model.Inpatient, not: []string{"A15.9"}},
		{name: "cdsp13-spectrum-extended", text: "Chest X-ray showed bilateral pneumothorax. On day 2 the spectrum of amphotericin IV was extended to M. tuberculosis.", setting: model.Inpatient, want: []string{"J93.9"}, not: []string{"A15.9"}},
		{name: "cdsp13-to-cover-atypical", text: "Continue azithromycin to cover atypical pneumonia.", setting: model.Inpatient, not: []string{"J18.9"}},
		{name: "cdsp13-stated-mrsa-pneumonia-kept", text: "MRSA pneumonia, on vancomycin.", setting: model.Inpatient, want: []string{"J15.212"}},
		// A neoplasm named without its site takes the site of the mass its sentence
		// names; "Disease, diseased" in the mass's index path is no site (the table's
		// "disease, generalized" row made it C80.0, a disseminated neoplasm).
		{name: "cdsp13-pancreatic-mass-adenocarcinoma", text: "A pancreatic mass was biopsied and showed adenocarcinoma.", setting: model.Inpatient, want: []string{"C25.9"}, not: []string{"C80.0", "K86.9"}},
		{name: "cdsp13-gastric-mass-biopsy", text: "Biopsy of the gastric mass: adenocarcinoma.", setting: model.Inpatient, want: []string{"C16.9"}, not: []string{"C80.0"}},
		// A mass and the neoplasm it is found as, sharing their site word in one
		// clause, are both read; the mass gives way (dropFoundAs).
		{name: "cdsp13-esophageal-mass-consistent", text: "Endoscopy showed an esophageal mass consistent with carcinoma.", setting: model.Inpatient, want: []string{"C15.9"}, not: []string{"K22.9"}},
		{name: "cdsp13-lung-mass-consistent", text: "CT showed a lung mass consistent with carcinoma.", setting: model.Inpatient, want: []string{"C34.90"}, not: []string{"R91.8"}},
		{name: "cdsp13-lesion-and-metastases-apart", text: "She started chemotherapy for a persistent bladder lesion and spinal metastases.", setting: model.Inpatient, want: []string{"C79.51"}, not: []string{"C79.11"}},
		{name: "cdsp13-renal-mass-alone-kept", text: "Ultrasound showed a renal mass.", setting: model.Inpatient, want: []string{"N28.89"}},
		// "Nasal" and "temporal" beside a structure of the eye name its side, not
		// the nose (data/side_of.tsv); the nose's own wound or mass keeps its code.
		{name: "cdsp13-scleral-nasal-wound", text: "Imaging showed a scleral paralimbar nasal wound of about 10 mm in the left eye.", setting: model.Inpatient, not: []string{"S01.20XA"}},
		{name: "cdsp13-nasal-subconjunctival-mass", text: "There was a superior nasal subconjunctival mass corresponding to the dislocated lens.", setting: model.Inpatient, want: []string{"H27.10"}, not: []string{"J34.9"}},
		{name: "cdsp13-nose-wound-kept", text: "He has a nasal wound after the fall.", setting: model.Inpatient, want: []string{"S01.20XA"}},
		{name: "cdsp13-nose-mass-kept", text: "Nasal mass on endoscopy.", setting: model.Inpatient, want: []string{"J34.9"}},
		// Who examined the patient, named after "seen by" or "a reassessment by", is
		// a service (data/seen_by.txt); the condition itself is still read.
		{name: "cdsp13-reassessment-by-id", text: "After ten days a reassessment by infectious diseases was performed and vancomycin was started.", setting: model.Inpatient, not: []string{"B99.9"}},
		{name: "cdsp13-seen-by-id", text: "He was seen by Infectious Disease, who recommended cefazolin.", setting: model.Inpatient, not: []string{"B99.9"}},
		{name: "cdsp13-followed-by-kept", text: "Fever followed by pneumonia.", setting: model.Inpatient, want: []string{"J18.9"}},
		{name: "cdsp13-infectious-suspected-kept", text: "Infectious disease is suspected.", setting: model.Inpatient, want: []string{"B99.9"}},
	}...)
}
