package coder

import "notecoder/cdi/model"

// Sixth-session cases (main6): problems seen in a physician's problem list
// written for this purpose.
func init() {
	cases = append(cases, []tc{
		// A sentence or list item is a new clause: the "without" of the item
		// before does not deny this one.
		{name: "main6-without-stays-in-its-item", text: "Assessment and plan:\n1. Migraine without aura.\n2. Folate deficiency.\n3. Vitamin D deficiency.",
			want: []string{"G43.009", "E53.8", "E55.9"}},
		{name: "main6-without-stays-in-its-sentence", text: "The wound healed without infection. The gallbladder is distended.",
			want: []string{"K82.8"}},
		// "on DRUG" in a problem list is a standing therapy (Z79, I.C.21.c.3;
		// I.C.4.a.3 for insulin); a start or an effect is not.
		{name: "main6-on-insulin", text: "Assessment: Type 2 diabetes on insulin.", want: []string{"E11.9", "Z79.4"}},
		{name: "main6-on-brand-anticoagulant", text: "Assessment: Atrial fibrillation on Eliquis.", want: []string{"I48.91", "Z79.01"}},
		{name: "main6-on-brand-antiplatelet", text: "Assessment: Coronary artery disease on Plavix.", want: []string{"Z79.02"}},
		{name: "main6-started-on-not-standing", text: "She was started on apixaban for the new clot.", not: []string{"Z79.01"}},
		{name: "main6-effects-on-not-standing", text: "We discussed the adverse effects on corticoid therapy.", not: []string{"Z79.52"}},
		{name: "main6-on-iv-short", text: "He was on intravenous dexamethasone for two days.", not: []string{"Z79.52"}},
		// A joint replaced before this encounter is the implant's presence
		// (Z96.6-, "Presence, knee-joint implant"), with its side; one
		// planned or done now is the procedure.
		{name: "main6-sp-tkr-right", text: "Assessment: Status post total knee replacement, right.", want: []string{"Z96.651"}},
		{name: "main6-sp-tka-abbrev-year", text: "S/p left TKA in 2019.", want: []string{"Z96.652"}},
		{name: "main6-hx-tha", text: "History of right total hip arthroplasty.", want: []string{"Z96.641"}},
		{name: "main6-bilateral-knee-replacements", text: "Bilateral knee replacements in 2015.", want: []string{"Z96.653"}},
		{name: "main6-tka-admitted-for", text: "Admitted for elective right total knee arthroplasty.", not: []string{"Z96.651", "Z96.659"}},
		{name: "main6-tka-future-date", text: "She is going to have a right knee replacement at the end of 06/2027.", not: []string{"Z96.651"}},
		{name: "main6-prior-to-surgery", text: "Hold clopidogrel for one week prior to knee replacement surgery.", not: []string{"Z96.659"}},
		// Diabetes with one complication coded and CKD in the note: the CKD
		// is one more complication (I.A.15 "with", I.C.4.a).
		{name: "main6-dm-neuropathy-and-ckd", text: "Assessment:\n1. Type 2 diabetes mellitus with diabetic polyneuropathy.\n2. CKD stage 3b.",
			want: []string{"E11.42", "E11.22", "N18.32"}},
		{name: "main6-dm-alone-and-ckd", text: "Assessment:\n1. Type 2 diabetes mellitus.\n2. CKD stage 4.",
			want: []string{"E11.22", "N18.4"}, not: []string{"E11.9"}},
		// Low back pain with sciatica is "Lumbago, with sciatica" (M54.4-).
		{name: "main6-lbp-sciatica-left", text: "Assessment: Low back pain with left-sided sciatica.", want: []string{"M54.42"}, not: []string{"M54.50", "M54.32"}},
		{name: "main6-lbp-sciatica-two-items", text: "Assessment:\n1. Low back pain.\n2. Sciatica, right.", want: []string{"M54.41"}, not: []string{"M54.50", "M54.31"}},
		// "see Dependence, drug, opioids": the subterm is written "opioid".
		{name: "main6-see-plural-opioid-dependence", text: "Assessment: Opioid dependence.", want: []string{"F11.20"}, not: []string{"F19.20"}},
		{name: "main6-see-plural-opioid-abuse", text: "Assessment: Opioid abuse.", want: []string{"F11.10"}, not: []string{"F19.10"}},
		// A "without psychotic features" tail qualifies the diagnosis line as
		// the titles do; it does not make the line too long to read its
		// episode and severity.
		{name: "main6-mdd-single-severe-without", text: "Major depressive disorder, single episode, severe without psychotic features.", want: []string{"F32.2"}, not: []string{"F32.9"}},
		{name: "main6-bipolar-depressed-severe-without", text: "Bipolar disorder, current episode depressed, severe without psychotic features.", want: []string{"F31.4"}, not: []string{"F31.9"}},
		{name: "main6-bipolar-depressed-without", text: "Bipolar disorder current episode depressed without psychotic features.", want: []string{"F31.30"}},
		// Acute and chronic as sibling subterms: both codes (I.B.8); a
		// combined entry stays one code.
		{name: "main6-acute-on-chronic-renal-failure", text: "Assessment: Acute on chronic kidney failure.", want: []string{"N17.9", "N18.9"}},
		{name: "main6-acute-and-chronic-pancreatitis", text: "Assessment: Acute and chronic pancreatitis.", want: []string{"K85.90", "K86.1"}},
		{name: "main6-acute-and-chronic-bronchitis", text: "Assessment: Acute and chronic bronchitis.", want: []string{"J20.9", "J42"}},
		{name: "main6-acute-on-chronic-cholecystitis-combined", text: "Assessment: Acute on chronic cholecystitis.", want: []string{"K81.2"}, not: []string{"K81.0", "K81.1"}},
		{name: "main6-acute-on-chronic-hf-combined", text: "Assessment: Acute on chronic systolic heart failure.", want: []string{"I50.23"}, not: []string{"I50.21", "I50.22"}},
		{name: "main6-chronic-alone", text: "Assessment: Chronic kidney failure.", want: []string{"N18.9"}, not: []string{"N17.9"}},
		// The site written before a primary's head is the primary's: the
		// metastases' site is another one, or unknown (C79.9).
		{name: "main6-metastatic-breast-cancer", text: "Assessment and plan:\nMetastatic breast cancer.", want: []string{"C50.919", "C79.9"}, not: []string{"C79.81"}},
		{name: "main6-metastatic-breast-cancer-to-bone", text: "Assessment and plan:\nMetastatic breast cancer to bone.", want: []string{"C50.919", "C79.51"}, not: []string{"C79.81"}},
		{name: "main6-liver-mets-from-colon-cancer", text: "Assessment and plan:\nLiver metastases from colon cancer.", want: []string{"C18.9", "C78.7"}, not: []string{"C78.5"}},
		// Written "pre-diabetes", the index's one word "Prediabetes".
		{name: "main6-pre-diabetes-hyphen", text: "Assessment: Pre-diabetes.", want: []string{"R73.03"}, not: []string{"E11.9"}},
		// "on" the drug is now, whatever history the sentence opened with;
		// "was on", "previously on" is past.
		{name: "main6-hx-dvt-on-eliquis", text: "Assessment and plan:\nh/o DVT, on Eliquis.", want: []string{"Z86.718", "Z79.01"}},
		{name: "main6-previously-on-warfarin", text: "Assessment and plan:\nHistory of DVT, previously on warfarin.", want: []string{"Z86.718"}, not: []string{"Z79.01"}},
		// Groupings read through (data/implied.tsv): the orifice the object
		// entered, the food of an anaphylaxis. A direct subterm needing more
		// words ("ocular muscle") does not hide the grouping's "eye".
		{name: "main6-foreign-body-right-eye", text: "Assessment:\nForeign body in the right eye.", want: []string{"T15.91XA"}},
		{name: "main6-foreign-body-nostril", text: "Assessment:\nForeign body in the left nostril.", want: []string{"T17.1XXA"}},
		{name: "main6-anaphylaxis-peanuts", text: "Assessment:\nAnaphylaxis due to peanuts.", want: []string{"T78.01XA"}, not: []string{"T78.2XXA"}},
		// Knee ligament tears by their initials; the cruciates are the knee's.
		{name: "main6-acl-tear-left", text: "Assessment:\nLeft ACL tear.", want: []string{"S83.512A"}},
		{name: "main6-anterior-cruciate-tear", text: "Assessment:\nTear of the right anterior cruciate ligament.", want: []string{"S83.511A"}},
		{name: "main6-lumbar-strain", text: "Assessment:\nLumbar strain.", want: []string{"S39.012A"}},
		// A "with" tail after comma qualifiers is read from the wide window;
		// the qualifiers before it stand.
		{name: "main6-uc-left-sided-comma-with", text: "Assessment:\nUlcerative colitis, left sided, with rectal bleeding.", want: []string{"K51.511"}, not: []string{"K51.90"}},
		// A coronary intervention done before: Z98.61, or Z95.5 with a stent.
		{name: "main6-sp-pci-year", text: "Assessment:\nS/p PCI in 2019.", want: []string{"Z98.61"}},
		{name: "main6-sp-pci-des", text: "Assessment:\nCoronary artery disease status post PCI with drug-eluting stent to the LAD.", want: []string{"I25.10", "Z95.5"}, not: []string{"Z98.61"}},
		{name: "main6-pci-today", text: "Assessment:\nUnderwent PCI today with placement of a drug-eluting stent.", not: []string{"Z95.5", "Z98.61"}},
		// Influenza A/B are identified viruses (J10.-); J10's default child
		// mirrors the index's J11.1 for influenza without manifestations.
		{name: "main6-influenza-a", text: "Assessment:\nInfluenza A.", want: []string{"J10.1"}, not: []string{"J11.1"}},
		{name: "main6-influenza-a-pneumonia", text: "Assessment:\nInfluenza A with pneumonia.", want: []string{"J10.00"}},
		{name: "main6-flu-b", text: "Assessment:\nFlu B.", want: []string{"J10.1"}},
		// Clinical "lupus" is SLE; its other senses keep their entries.
		{name: "main6-lupus-alone", text: "Assessment:\nLupus.", want: []string{"M32.9"}},
		{name: "main6-discoid-lupus", text: "Assessment:\nDiscoid lupus.", want: []string{"L93.0"}, not: []string{"M32.9"}},
		{name: "main6-vitamin-d-insufficiency", text: "Assessment:\nVitamin D insufficiency.", want: []string{"E55.9"}},
		// A denied recurrence ends the malignancy: the history code stands.
		{name: "main6-hx-cancer-no-recurrence", text: "Assessment:\nHistory of breast cancer, no evidence of recurrence.", setting: model.Inpatient, want: []string{"Z85.3"}, not: []string{"C50.919"}},
		{name: "main6-hx-cancer-recurrence", text: "Assessment:\nHistory of breast cancer with recurrence in 2020.", setting: model.Inpatient, want: []string{"C50.919"}, not: []string{"Z85.3"}},
		{name: "main6-pleuritic-chest-pain", text: "Assessment:\nRight-sided pleuritic chest pain.", want: []string{"R07.81"}, not: []string{"R07.9"}},
		// An outpatient assessment line that starts with the visit's
		// reason gives its encounter code; narrative and inpatient notes do
		// not, nor a bare "examination".
		{name: "main6-enc-screening-colonoscopy", text: "Assessment:\nScreening colonoscopy, average risk.", setting: model.Outpatient, want: []string{"Z12.11"}},
		{name: "main6-enc-annual-physical", text: "Assessment:\nAnnual physical.", setting: model.Outpatient, want: []string{"Z00.00"}},
		{name: "main6-enc-well-child", text: "Assessment:\nWell child check.", setting: model.Outpatient, want: []string{"Z00.129"}},
		{name: "main6-enc-screening-depression", text: "Assessment:\nScreening for depression.", setting: model.Outpatient, want: []string{"Z13.31"}},
		{name: "main6-enc-not-narrative", text: "Assessment:\nThe examination showed a soft abdomen.", setting: model.Outpatient, not: []string{"Z00.00"}},
		{name: "main6-enc-not-inpatient", text: "Assessment:\nScreening colonoscopy, average risk.", setting: model.Inpatient, not: []string{"Z12.11"}},
		{name: "main6-enc-not-hpi", text: "HPI:\nScreening colonoscopy two years ago was normal.", setting: model.Outpatient, not: []string{"Z12.11"}},
		// "X, likely Y": the doubt is about Y; X stands (outpatient codes it).
		{name: "main6-likely-after-comma-qualifies-next", text: "Assessment:\nAtypical chest pain, likely musculoskeletal.", setting: model.Outpatient, want: []string{"R07.89"}},
		{name: "main6-likely-at-end-doubts", text: "Assessment:\nPneumonia, likely.", setting: model.Outpatient, not: []string{"J18.9"}},
		// Two mentions of one head noun keep their own words.
		{name: "main6-two-failures-secondary", text: "Assessment:\nAcute hypoxic respiratory failure secondary to diastolic heart failure.", setting: model.Inpatient, want: []string{"J96.01", "I50.30"}, not: []string{"I50.31", "R09.02"}},
		{name: "main6-two-failures-aoc", text: "Assessment:\nAcute hypoxic respiratory failure secondary to acute on chronic diastolic heart failure.", setting: model.Inpatient, want: []string{"J96.01", "I50.33"}},
		{name: "main6-two-failures-plain", text: "Assessment:\nAcute hypoxic respiratory failure secondary to heart failure.", setting: model.Inpatient, want: []string{"J96.01", "I50.9"}},
		{name: "main6-two-kidney-failures", text: "Assessment:\nAcute kidney failure on chronic kidney failure.", setting: model.Inpatient, want: []string{"N17.9", "N18.9"}},
		{name: "main6-enc-screening-colon-cancer", text: "Assessment:\nScreening for colon cancer.", setting: model.Outpatient, want: []string{"Z12.11"}, not: []string{"C18.9"}},
		{name: "main6-enc-lung-cancer-screening", text: "Assessment:\nLung cancer screening.", setting: model.Outpatient, want: []string{"Z12.2"}},
		// The side that ends one list item is not the next item's organ's.
		{name: "main6-side-not-from-previous-item", text: "Assessment and plan:\n12. Benign paroxysmal positional vertigo, left.\n13. Dry eye.\n14. Blepharitis.", want: []string{"H81.12", "H01.009"}, not: []string{"H01.006", "H01.003"}},
		// Organ adjectives of the female genital tract read as the index's nouns.
		{name: "main6-vaginal-candidiasis", text: "Assessment:\nVaginal candidiasis.", want: []string{"B37.31"}, not: []string{"B37.9"}},
		{name: "main6-vulvar-lichen-sclerosus", text: "Assessment:\nVulvar lichen sclerosus.", want: []string{"N90.4"}},
		// A vaccine given at the visit is the encounter for immunization (Z23).
		{name: "main6-vaccine-given-z23", text: "Assessment:\nInfluenza vaccine given.", setting: model.Outpatient, want: []string{"Z23"}, not: []string{"J11.1"}},
		{name: "main6-vaccine-given-last-year", text: "Assessment:\nInfluenza vaccine given last year.", setting: model.Outpatient, not: []string{"Z23", "J11.1"}},
		{name: "main6-vaccine-given-hpi", text: "HPI:\nInfluenza vaccine given.", setting: model.Outpatient, not: []string{"Z23"}},
		// "Peripheral neuropathy" is the index's polyneuropathy (both G62.9),
		// whose diabetic kind is E1x.42.
		{name: "main6-diabetic-peripheral-neuropathy", text: "Assessment:\nDiabetic peripheral neuropathy.", want: []string{"E11.42"}, not: []string{"G62.9"}},
		{name: "main6-peripheral-neuropathy-alone", text: "Assessment:\nPeripheral neuropathy.", want: []string{"G62.9"}},
		{name: "main6-peripheral-neuropathy-alcohol", text: "Assessment:\nPeripheral neuropathy due to alcohol.", want: []string{"G62.1"}},
		{name: "main6-hashimoto-hypothyroidism", text: "Assessment:\nHashimoto's hypothyroidism.", want: []string{"E06.3"}, not: []string{"E03.9"}},
		// "PRN", "as needed" doubt only the symptom they directly follow
		// ("nausea prn"), not the diagnosis a line opens with.
		{name: "main6-prn-not-the-diagnosis", text: "Assessment:\nAnxiety, on PRN hydroxyzine.", setting: model.Outpatient, want: []string{"F41.9"}},
		{name: "main6-prn-symptom", text: "Plan:\nOndansetron for nausea prn.", setting: model.Outpatient, not: []string{"R11.0"}},
	}...)
}
