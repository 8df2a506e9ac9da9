package text

import (
	"strings"
	"testing"
	"unicode/utf8"

	"notecoder/cdi/model"
)

func TestTokenize(t *testing.T) {
	tests := []struct {
		in    string
		texts []string
		norms []string
	}{
		{"CHF, T2DM", []string{"CHF", ",", "T2DM"}, []string{"chf", ",", "t2dm"}},
		{"ulcers 9.2% 1.5 mg", []string{"ulcers", "9.2%", "1.5", "mg"}, []string{"ulcer", "9.2%", "1.5", "mg"}},
		{"CKD 3b", []string{"CKD", "3b"}, []string{"ckd", "3b"}},
		{"b.i.d.", []string{"b", ".", "i", ".", "d", "."}, nil},
		{"s/p CABG", []string{"s", "/", "p", "CABG"}, []string{"s", "/", "p", "cabg"}},
		{"Crohn's disease", []string{"Crohn's", "disease"}, []string{"crohn", "disease"}},
		{"Sjögren syndrome", []string{"Sjögren", "syndrome"}, []string{"sjogren", "syndrome"}},
		{"diabetis arteries", []string{"diabetis", "arteries"}, []string{"diabetes", "artery"}},
		{"a\xffb", []string{"a", "b"}, nil},
		{"", nil, nil},
		{"  \n\t ", nil, nil},
		{"120/80", []string{"120", "/", "80"}, nil},
		{"“quoted” – dash", []string{"“", "quoted", "”", "–", "dash"}, []string{"\"", "quoted", "\"", "-", "dash"}},
	}
	for _, tc := range tests {
		toks := Tokenize(tc.in)
		if len(toks) != len(tc.texts) {
			t.Errorf("Tokenize(%q) = %d tokens %v, want %v", tc.in, len(toks), toks, tc.texts)
			continue
		}
		for i, tok := range toks {
			if tok.Text != tc.texts[i] || tc.in[tok.Start:tok.End] != tok.Text {
				t.Errorf("Tokenize(%q)[%d] = %q at %d:%d, want %q", tc.in, i, tok.Text, tok.Start, tok.End, tc.texts[i])
			}
			if tc.norms != nil && tok.Norm != tc.norms[i] {
				t.Errorf("Tokenize(%q)[%d].Norm = %q, want %q", tc.in, i, tok.Norm, tc.norms[i])
			}
		}
	}
}

func TestTokenKinds(t *testing.T) {
	toks := Tokenize("Stage 3b, x")
	want := []TokenKind{Word, Number, Punct, Word}
	for i, k := range want {
		if toks[i].Kind != k {
			t.Errorf("token %d %q kind %d, want %d", i, toks[i].Text, toks[i].Kind, k)
		}
	}
}

func TestNormalize(t *testing.T) {
	tests := map[string]string{
		"ulcers": "ulcer", "Ulcers,": "ulcer", "diabetes": "diabetes", "Diabetes": "diabetes",
		"fractures": "fracture", "arteries": "artery", "abscesses": "abscess", "reflexes": "reflex",
		"branches": "branch", "headaches": "headache", "aches": "ache", "rashes": "rash",
		"virus": "virus", "pelvis": "pelvis", "psoriasis": "psoriasis", "mass": "mass",
		"pancreas": "pancreas", "AIDS": "aids", "metastases": "metastasis", "diagnoses": "diagnosis",
		"feet": "foot", "emboli": "embolus", "varices": "varix", "pnuemonia": "pneumonia",
		"haemorrhage": "hemorrhage", "oedema": "edema", "UTIs": "uti", "has": "has", "was": "was",
		"does": "does", "herpes": "herpes", "kidneys": "kidney", "days": "day", "hernias": "hernia",
		"": "", "--": "", "3b": "3b", "Parkinson's": "parkinson",
	}
	for in, want := range tests {
		if got := Normalize(in); got != want {
			t.Errorf("Normalize(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestHeaderKind(t *testing.T) {
	tests := []struct {
		line string
		kind string
		ok   bool
	}{
		{"ASSESSMENT:", Assessment, true},
		{"Assessment and Plan", AssessmentPlan, true},
		{"Assessment & Plan:", AssessmentPlan, true},
		{"A/P: CHF", AssessmentPlan, true},
		{"Dx: pneumonia", Diagnoses, true},
		{"HISTORY OF PRESENT ILLNESS:", HPI, true},
		{"Past Medical History (PMH):", PMH, true},
		{"PSH: appendectomy", PSH, true},
		{"Family History:", FamilyHistory, true},
		{"SOCIAL HISTORY", SocialHistory, true},
		{"Discharge Diagnoses:", DischargeDiagnoses, true},
		{"Differential diagnosis:", Differential, true},
		{"DDx:", Differential, true},
		{"Hospital Course:", HospitalCourse, true},
		{"Review of Systems:", ROS, true},
		{"PHYSICAL EXAMINATION:", Exam, true},
		{"HEENT: normal", Exam, true},
		{"Impression:", Impression, true},
		{"Chief Complaint: chest pain", ChiefComplaint, true},
		{"Allergies: NKDA", Allergies, true},
		{"Current Medications:", Medications, true},
		{"Labs:", Results, true},
		{"Plan for discharge:", Plan, true},
		{"DISCHARGE CONDITION:", Other, true},
		{"UNKNOWN BIG HEADER:", Other, true},
		{"Hypertension: stable", "", false},
		{"CHF: continue lasix", "", false},
		{"Plan was discussed with the patient.", "", false},
		{"P", "", false},
		{"P: follow up", Plan, true},
		{"", "", false},
		{"   ", "", false},
		{"1. CHF", "", false},
		{strings.Repeat("A", 200) + ":", "", false},
	}
	for _, tc := range tests {
		kind, ok := HeaderKind(tc.line)
		if ok != tc.ok || kind != tc.kind {
			t.Errorf("HeaderKind(%q) = %q,%v want %q,%v", tc.line, kind, ok, tc.kind, tc.ok)
		}
	}
}

func TestSections(t *testing.T) {
	note := "Seen today.\nCHIEF COMPLAINT: chest pain\nHPI:\n65 yo M.\nPhysical Exam:\nHEENT: normal\nLungs: clear\n" +
		"Assessment and Plan\n1. CHF\nPE: on heparin\nPNEUMONIA:\ncontinue abx\nFamily History: mother with breast cancer\nA/P: stable\n"
	secs := Sections(note)
	want := []struct{ kind, title, body string }{
		{Other, "", "Seen today.\n"},
		{ChiefComplaint, "CHIEF COMPLAINT", " chest pain\n"},
		{HPI, "HPI", "\n65 yo M.\n"},
		{Exam, "Physical Exam", "\nHEENT: normal\nLungs: clear\n"},
		{AssessmentPlan, "Assessment and Plan", "\n1. CHF\nPE: on heparin\nPNEUMONIA:\ncontinue abx\n"},
		{FamilyHistory, "Family History", " mother with breast cancer\n"},
		{AssessmentPlan, "A/P", " stable\n"},
	}
	if len(secs) != len(want) {
		t.Fatalf("got %d sections %+v, want %d", len(secs), secs, len(want))
	}
	for i, w := range want {
		s := secs[i]
		if s.Kind != w.kind || s.Title != w.title || note[s.Body.Start:s.Body.End] != w.body {
			t.Errorf("section %d = %s %q %q, want %s %q %q", i, s.Kind, s.Title, note[s.Body.Start:s.Body.End], w.kind, w.title, w.body)
		}
	}
	// An inline family history that is one finished sentence covers its
	// line only; the patient's own findings follow in the section before.
	note2 := "He has weakness.\nFamily history: uncle with ALS.\nLingual fasciculations.\n"
	got2 := Sections(note2)
	if len(got2) != 3 || got2[1].Kind != FamilyHistory || got2[2].Kind != Other || note2[got2[2].Body.Start:got2[2].Body.End] != "Lingual fasciculations.\n" {
		t.Errorf("Sections(%q) = %+v", note2, got2)
	}
	if got := Sections(""); len(got) != 0 {
		t.Errorf("Sections(\"\") = %v", got)
	}
}

func TestSentences(t *testing.T) {
	tests := []struct {
		in   string
		want []string
		list []bool
	}{
		{"ASSESSMENT:\n1. CHF exacerbation, continue lasix 40 mg p.o. b.i.d.\n2. HTN\n3) DM2; CKD 3b",
			[]string{"CHF exacerbation, continue lasix 40 mg p.o. b.i.d.", "HTN", "DM2", "CKD 3b"}, []bool{true, true, true, true}},
		{"- afib\n* OSA\n• COPD\n#HLD", []string{"afib", "OSA", "COPD", "HLD"}, []bool{true, true, true, true}},
		{"Seen by Dr. Smith today. Took 1.5 mg. Has CHF.", []string{"Seen by Dr. Smith today.", "Took 1.5 mg.", "Has CHF."}, nil},
		{"pt has chf. also has htn", []string{"pt has chf.", "also has htn"}, nil},
		{"Patient is a 65 year old male with a history of congestive heart failure who\npresents with chest pain.",
			[]string{"Patient is a 65 year old male with a history of congestive heart failure who\npresents with chest pain."}, nil},
		{"Hypertension\nDiabetes", []string{"Hypertension", "Diabetes"}, nil},
		{"1.  Hypoglycemia. 2.  Hypertension. 3.  Renal insufficiency.", []string{"Hypoglycemia.", "Hypertension.", "Renal insufficiency."}, []bool{true, true, true}},
		{"Dx: pneumonia", []string{"pneumonia"}, nil},
		{"HEENT: normal. Lungs clear.", []string{"normal.", "Lungs clear."}, nil},
		{"Diagnoses: 1. CHF 2. HTN", []string{"CHF", "HTN"}, []bool{true, true}},
		{"Return if worse! OK?", []string{"Return if worse!", "OK?"}, nil},
		{"", nil, nil},
		{"\n\n  \n", nil, nil},
	}
	for _, tc := range tests {
		got := Sentences(tc.in, model.Span{Start: 0, End: len(tc.in)})
		var texts []string
		for _, s := range got {
			texts = append(texts, tc.in[s.Span.Start:s.Span.End])
		}
		if strings.Join(texts, "|") != strings.Join(tc.want, "|") {
			t.Errorf("Sentences(%q) = %q, want %q", tc.in, texts, tc.want)
			continue
		}
		for i, l := range tc.list {
			if got[i].ListItem != l {
				t.Errorf("Sentences(%q)[%d].ListItem = %v, want %v", tc.in, i, got[i].ListItem, l)
			}
		}
	}
}

func TestSentencesWithinClamp(t *testing.T) {
	s := "A. B. C."
	for _, w := range []model.Span{{Start: -5, End: 100}, {Start: 3, End: 2}, {Start: 3, End: 5}} {
		for _, sent := range Sentences(s, w) {
			if sent.Span.Start < 0 || sent.Span.End > len(s) || sent.Span.Start >= sent.Span.End {
				t.Errorf("within %v: bad span %v", w, sent.Span)
			}
		}
	}
}

func TestAssertions(t *testing.T) {
	a := Assertions()
	tests := []struct {
		sentence, mention, section string
		want                       model.Assertion
	}{
		// negation
		{"Patient denies chest pain.", "chest pain", "", model.Negated},
		{"No fever.", "fever", "", model.Negated},
		{"Negative for fever, chills, or weight loss.", "weight loss", "", model.Negated},
		{"Without edema.", "edema", "", model.Negated},
		{"PE was ruled out.", "PE", "", model.Negated},
		{"Ruled out for MI.", "MI", "", model.Negated},
		{"Free of infection.", "infection", "", model.Negated},
		{"No evidence of pneumonia.", "pneumonia", "", model.Negated},
		{"Pneumothorax absent.", "Pneumothorax", "", model.Negated},
		{"DVT: negative.", "DVT", "", model.Negated},
		{"Never had a stroke.", "stroke", "", model.Negated},
		{"She has not had seizures.", "seizures", "", model.Negated},
		{"No history of diabetes.", "diabetes", "", model.Negated},
		{"No family history of colon cancer.", "colon cancer", "", model.Negated},
		{"Family History: no diabetes", "diabetes", FamilyHistory, model.Negated},
		// pseudo-triggers and scope termination
		{"No increase in edema.", "edema", "", model.Present},
		{"No change in the pleural effusion.", "pleural effusion", "", model.Present},
		{"Not only fever but also rash.", "rash", "", model.Present},
		{"Gram negative rods, sepsis.", "sepsis", "", model.Present},
		{"No fever but has cough.", "cough", "", model.Present},
		{"Denies chest pain, however reports dyspnea.", "dyspnea", "", model.Present},
		{"No fever although cough persists.", "cough", "", model.Present},
		{"Denies pain; has edema.", "edema", "", model.Present},
		{"No acute distress, pneumonia on x-ray.", "pneumonia", "", model.Present},
		{"Nontender, non-healing ulcer of the foot.", "ulcer", "", model.Present},
		{"Non-productive cough for two weeks.", "cough", "", model.Present},
		{"She reports non-radiating chest pain.", "chest pain", "", model.Present},
		{"The abdomen is non-tender.", "tender", "", model.Negated},
		{"Urinalysis showed proteinuria and negative ketones.", "proteinuria", "", model.Present},
		{"Carcinoma of the colon with negative margins.", "Carcinoma", "", model.Present},
		{"Positive for hepatitis C and negative for HIV.", "HIV", "", model.Negated},
		{"He has asthma, well controlled, and denied recent fever.", "asthma", "", model.Present},
		{"He has asthma, well controlled, and denied recent fever.", "fever", "", model.Negated},
		{"Without any relevant history, he developed hematuria after the catheter.", "hematuria", "", model.Present},
		{"No fever, and later complained of abdominal pain.", "abdominal pain", "", model.Present},
		{"No toxic habits and a history of asthma since childhood.", "asthma", "", model.Historical},
		{"No family history of interest and personal history of treated gout.", "gout", "", model.Historical},
		{"Left flank pain without dysuria and accompanied by hematuria.", "hematuria", "", model.Present},
		{"Left flank pain without dysuria and accompanied by hematuria.", "dysuria", "", model.Negated},
		{"No allergies of interest, and asthma since childhood.", "asthma", "", model.Present},
		{"Personal history included a remote stroke.", "stroke", "", model.Historical},
		{"She did not improve and began to present diplopia.", "diplopia", "", model.Present},
		{"A man with no relevant medical history and chronic neck pain.", "neck pain", "", model.Present},
		{"She reported no allergies or toxic habits, was hypertensive and had hypothyroidism.", "hypothyroidism", "", model.Present},
		{"Analgesia was increased without achieving control, with drowsiness.", "drowsiness", "", model.Present},
		{"Examination without murmur, with paresis of the left arm.", "paresis", "", model.Present},
		{"Closure failed without result, also suffering erythema.", "erythema", "", model.Present},
		{"No fever, also no cough.", "cough", "", model.Negated},
		{"She entered the waiting list for a kidney transplantation.", "kidney transplantation", "", model.Hypothetical},
		{"Raised enzymes and negative serology for hepatitis B were found.", "hepatitis B", "", model.Negated},
		{"Negative cultures for mycobacteria were reported.", "mycobacteria", "", model.Negated},
		{"Cultures ruled out sepsis, with negative Bence-Jones proteinuria.", "Bence-Jones proteinuria", "", model.Negated},
		{"No relevant history and was referred for chest pain.", "chest pain", "", model.Present},
		{"Without prior illness, he consulted for dizziness.", "dizziness", "", model.Present},
		{"History of present illness: chest pain.", "chest pain", "", model.Present},
		{"CHF, likely due to ischemic cardiomyopathy.", "CHF", "", model.Present},
		{"Hypertension, not well controlled.", "Hypertension", "", model.Present},
		{"Acute on chronic systolic heart failure.", "heart failure", "", model.Present},
		// possible
		{"Pneumonia not ruled out.", "Pneumonia", "", model.Possible},
		{"Possible pneumonia.", "pneumonia", "", model.Possible},
		{"Probable UTI.", "UTI", "", model.Possible},
		{"Suspected sepsis.", "sepsis", "", model.Possible},
		{"Likely viral syndrome.", "viral syndrome", "", model.Possible},
		{"Rule out MI.", "MI", "", model.Possible},
		{"r/o PE.", "PE", "", model.Possible},
		{"Concern for appendicitis.", "appendicitis", "", model.Possible},
		{"Bronchitis versus pneumonia.", "pneumonia", "", model.Possible},
		{"Bronchitis versus pneumonia.", "Bronchitis", "", model.Possible},
		{"Pneumonia is suspected.", "Pneumonia", "", model.Possible},
		{"Cannot rule out fracture.", "fracture", "", model.Possible},
		{"Findings consistent with pneumonia.", "pneumonia", "", model.Possible},
		{"?stroke", "stroke", "", model.Possible},
		// historical
		{"History of MI.", "MI", "", model.Historical},
		{"h/o DVT.", "DVT", "", model.Historical},
		{"s/p MI in 2010.", "MI", "", model.Historical},
		{"Status post stroke.", "stroke", "", model.Historical},
		{"Prior stroke.", "stroke", "", model.Historical},
		{"Previous pneumonia.", "pneumonia", "", model.Historical},
		{"Pneumonia 3 years ago.", "Pneumonia", "", model.Historical},
		{"Hypertension.", "Hypertension", PMH, model.Historical},
		{"Appendicitis.", "Appendicitis", PSH, model.Historical},
		{"s/p CABG x3 for CAD.", "CAD", "", model.Present},
		// family
		{"Mother with breast cancer.", "breast cancer", "", model.Family},
		{"Father had an MI at 50.", "MI", "", model.Family},
		{"Family history of diabetes.", "diabetes", "", model.Family},
		{"FHx: colon cancer.", "colon cancer", "", model.Family},
		{"Breast cancer in her mother.", "Breast cancer", "", model.Family},
		{"Diabetes.", "Diabetes", FamilyHistory, model.Family},
		{"History of diabetes.", "diabetes", FamilyHistory, model.Family},
		{"Mother brought him in for fever.", "fever", "", model.Present},
		{"He was found by his mother at home, unconscious.", "unconscious", "", model.Present},
		{"The infant was taken by her parents to the clinic for a rash.", "rash", "", model.Present},
		// hypothetical
		{"Return if chest pain recurs.", "chest pain", "", model.Hypothetical},
		{"Call if fever develops.", "fever", "", model.Hypothetical},
		{"At risk for falls.", "falls", "", model.Hypothetical},
		{"Screening for colon cancer.", "colon cancer", "", model.Hypothetical},
		{"DVT prophylaxis with heparin.", "DVT", "", model.Hypothetical},
		{"Influenza vaccine given.", "Influenza", "", model.Hypothetical},
		// the mention names the act a backward trigger after it names again
		{"Encounter for immunization, influenza vaccine given.", "Encounter for immunization", "", model.Present},
		{"Encounter for immunization, influenza vaccine given.", "influenza", "", model.Hypothetical},
		{"Tylenol prn pain.", "pain", "", model.Hypothetical},
		{"Evaluate for PE.", "PE", "", model.Hypothetical},
		// a forward phrase does not swallow an overlapping backward one, and
		// a longer backward phrase does not hide a forward one
		{"Since anemia was not detected, a smear was made.", "anemia", "", model.Negated},
		{"He did not present arthritis.", "arthritis", "", model.Negated},
		{"He did not have arthritis.", "arthritis", "", model.Negated},
		{"Fever did not improve with paracetamol.", "paracetamol", "", model.Present},
		{"Ascites was not observed.", "Ascites", "", model.Negated},
		{"Edema is not evidenced.", "Edema", "", model.Negated},
		{"Serology for HIV, HCV and HBV were negative.", "HIV", "", model.Negated},
		{"Serology for HIV and HBV were also negative.", "HBV", "", model.Negated},
		{"After excluding meningitis, lumbar pain was treated.", "meningitis", "", model.Negated},
		{"After ruling out a fracture, he was discharged.", "fracture", "", model.Negated},
		{"The CT seemed to rule out bladder injury.", "bladder injury", "", model.Negated},
		{"Ruling out the presence of an eating disorder.", "eating disorder", "", model.Negated},
		{"They suggest ruling out a testicular mass.", "testicular mass", "", model.Possible},
		{"To rule out pneumonia, a chest film was made.", "pneumonia", "", model.Possible},
		{"There was no possibility of surgery for liver metastases.", "liver metastases", "", model.Present},
		{"CT without intravenous contrast of her bladder tumor.", "bladder tumor", "", model.Present},
		{"Lymphoma was ruled out by biopsy confirming a myelolipoma.", "myelolipoma", "", model.Present},
		{"No further events, visiting the clinic, where a seizure was treated.", "seizure", "", model.Present},
		{"There was no history of fever, only night cramps.", "cramps", "", model.Present},
		// a trigger inside parentheses stops at the closing one; a negated
		// list ends with its "or" item unless another "or" follows
		{"Weakness (lack of cooperation) and generalized hyporeflexia.", "hyporeflexia", "", model.Present},
		{"No fever (38 C) or cough.", "cough", "", model.Negated},
		{"No signs of obesity or malnutrition, pale skin and dry mucosa.", "pale skin", "", model.Present},
		{"No fever or chills, nausea, or vomiting.", "nausea", "", model.Negated},
		{"No fever, chills, or night sweats.", "night sweats", "", model.Negated},
		{"He denies weight gain or loss, fevers, chills.", "fevers", "", model.Negated},
		{"He denies weight gain or loss, fevers, chills.", "chills", "", model.Negated},
		{"No signs of obesity or malnutrition, pale skin.", "pale skin", "", model.Present},
		{"Persistent fever, abdominal pain without peritonitis, vomiting and diarrhea.", "diarrhea", "", model.Present},
		{"Persistent fever, abdominal pain without peritonitis, vomiting and diarrhea.", "peritonitis", "", model.Negated},
		{"Soft abdomen, depressible without tenderness, masses or organomegaly.", "masses", "", model.Negated},
		{"Fever, without cough, rhinorrhea and headache.", "headache", "", model.Negated},
		{"Esophageal varices without bleeding, ascites and encephalopathy.", "ascites", "", model.Negated},
		{"Cultures were negative, as well as the serology for HIV.", "HIV", "", model.Negated},
		{"The study showed normal levels of calcium and calciuria.", "calciuria", "", model.Negated},
		{"This led us to search for a primary breast carcinoma.", "breast carcinoma", "", model.Hypothetical},
		{"The drug is contraindicated in severe renal failure.", "renal failure", "", model.Hypothetical},
		{"The mother voiced the suspicion that the child has hand pain.", "hand pain", "", model.Possible},
		{"No limitation of the spine, had mild pain on flexion.", "pain", "", model.Present},
		{"Labs were normal except for proteinuria, and the urine culture was negative.", "proteinuria", "", model.Present},
		{"No history of paresthesia, followed two days later by weakness.", "weakness", "", model.Present},
		{"With a renal tumor, the risks of surgery were discussed.", "renal tumor", "", model.Present},
		{"High fall risk.", "fall", "", model.Hypothetical},
		{"After excluding a relation with systemic diseases, intracranial infections and trauma, hearing loss was attributed to the drug.", "hearing loss", "", model.Present},
		{"History of paralysis of the carotid body in her sister.", "paralysis", "", model.Family},
		{"After the diagnosis of phenylketonuria in the mother, a test was made.", "phenylketonuria", "", model.Family},
		{"She was admitted for prophylactic surgery for breast cancer.", "breast cancer", "", model.Hypothetical},
		// a negated list of short items runs past the window; a new clause
		// or a positive result ends it
		{"She denied fever, chills, night sweats, weight loss, abdominal pain, nausea, vomiting, diarrhea, constipation, melena, hematochezia or dysuria.", "dysuria", "", model.Negated},
		{"No fever in the last two weeks of the long hot summer that followed the trip and the cough.", "cough", "", model.Present},
		{"Without fever, she had a cough.", "cough", "", model.Present},
		{"Negative for HIV and positive for hepatitis C.", "hepatitis C", "", model.Present},
		{"No abnormalities were detected on examination, and laboratory tests showed anemia.", "anemia", "", model.Present},
		{"She was irritable and did not calm down in her mother's arms.", "irritable", "", model.Present},
		{"Hypertension without treatment and type 2 diabetes.", "diabetes", "", model.Present},
		{"There is a high risk of spreading the local infection.", "infection", "", model.Present},
		// an exclusion that could not be made is uncertain; the later of
		// two overlapping phrases scoping the same way wins
		{"It was not possible to rule out lymphoma.", "lymphoma", "", model.Possible},
		{"We could not rule out lymphoma.", "lymphoma", "", model.Possible},
		{"Lymphoma could not be excluded.", "Lymphoma", "", model.Possible},
		{"It was impossible to exclude lymphoma.", "lymphoma", "", model.Possible},
		{"Markers, antiphospholipid antibodies, HIV and ANA were negative, as well as the cultures.", "antiphospholipid antibodies", "", model.Negated},
		{"A painless groove, with no changes of the skin.", "changes", "", model.Negated},
		{"The patient did not report fever.", "fever", "", model.Negated},
		{"She had no personal history of diabetes.", "diabetes", "", model.Negated},
		{"He had neither fever nor cough.", "fever", "", model.Negated},
		{"Pheochromocytoma was dismissed.", "Pheochromocytoma", "", model.Negated},
		{"The patient was vaccinated against hepatitis B.", "hepatitis B", "", model.Hypothetical},
		{"Her sister was diagnosed with breast cancer.", "breast cancer", "", model.Family},
		{"She was diagnosed with breast cancer.", "breast cancer", "", model.Present},
		{"A well differentiated adenocarcinoma with 17 nodes free of tumor.", "adenocarcinoma", "", model.Present},
		{"Serology for hepatitis negative, as well as for Chlamydia.", "hepatitis", "", model.Negated},
		{"The CT ruled out aortic dissection and when embolism was suspected, she was referred.", "embolism", "", model.Possible},
		{"His family doctor noted proteinuria.", "proteinuria", "", model.Present},
		// the complement of a causal phrase is out of reach of a backward
		// trigger about the clause's subject
		{"Since the cause of the anemia was not found, a puncture was made.", "anemia", "", model.Present},
		{"Due to joint stiffness, the option of a tenotomy was ruled out.", "joint stiffness", "", model.Present},
		{"Other causes of liver disease were ruled out.", "liver disease", "", model.Present},
		{"Anemia was not found.", "Anemia", "", model.Negated},
		{"Pain was not accompanied by fever.", "fever", "", model.Negated},
		{"Pain was not accompanied by fever.", "Pain", "", model.Present},
		{"Calcifications were not visible.", "Calcifications", "", model.Negated},
		// a backward phrase takes the "not" of a forward "was not" with it
		{"The cause was not found, so a biopsy of the mass was done.", "mass", "", model.Present},
		{"The cause was not found, so a biopsy of the mass was done.", "cause", "", model.Negated},
		{"No relapse and detected two nodules.", "nodules", "", model.Present},
		{"Cardiomegaly, not present in a previous film.", "Cardiomegaly", "", model.Present},
		{"Fever without apparent focus, cough.", "cough", "", model.Present},
		{"High risk of relapse, given the lymphadenopathy.", "lymphadenopathy", "", model.Present},
		{"High risk of relapse, given the lymphadenopathy.", "relapse", "", model.Hypothetical},
		{"The differential diagnosis was made with vasculitis.", "vasculitis", "", model.Possible},
		{"Lesions that could correspond to metastases.", "metastases", "", model.Possible},
		{"Methemoglobinemia level was not determined.", "Methemoglobinemia", "", model.Negated},
		{"The tumor origin was not determined.", "tumor", "", model.Present},
		{"No sensory deficit, mild hyperreflexia.", "hyperreflexia", "", model.Present},
		{"No sensory deficit, mild hyperreflexia.", "sensory deficit", "", model.Negated},
		{"No fever, chills, or mild cough.", "cough", "", model.Negated},
		{"No fever and the patient had pain.", "pain", "", model.Present},
		{"No fever and developed sepsis.", "sepsis", "", model.Present},
		{"No fever and cough.", "cough", "", model.Negated},
		{"HCV positive and HIV negative.", "HCV", "", model.Present},
		{"HCV positive and HIV negative.", "HIV", "", model.Negated},
		{"Ruled out lymphoma and confirmed sarcoidosis.", "sarcoidosis", "", model.Present},
		{"She had another child who died of asthma.", "asthma", "", model.Family},
		{"The child died of asthma.", "asthma", "", model.Present},
		{"Hematuria with normal sediment, negative glycosuria.", "Hematuria", "", model.Present},
		{"Hematuria with normal sediment, negative glycosuria.", "glycosuria", "", model.Negated},
		{"HIV negative, toxoplasmosis.", "toxoplasmosis", "", model.Present},
		{"Culture-negative endocarditis.", "endocarditis", "", model.Present},
		{"HIV-negative.", "HIV", "", model.Negated},
		{"Lymphoma was suspected and anemia was found.", "anemia", "", model.Present},
		{"Lymphoma was suspected and anemia was found.", "Lymphoma", "", model.Possible},
		// plain
		{"Congestive heart failure.", "heart failure", "", model.Present},
		{"Patient has pneumonia.", "pneumonia", AssessmentPlan, model.Present},
	}
	if len(tests) < 50 {
		t.Fatalf("only %d assertion cases", len(tests))
	}
	for _, tc := range tests {
		i := strings.Index(tc.sentence, tc.mention)
		if i < 0 {
			t.Fatalf("mention %q not in %q", tc.mention, tc.sentence)
		}
		m := model.Span{Start: i, End: i + len(tc.mention)}
		got := a.Classify(tc.sentence, model.Span{Start: 0, End: len(tc.sentence)}, m, tc.section)
		if got != tc.want {
			t.Errorf("Classify(%q, %q, %s) = %s, want %s", tc.sentence, tc.mention, tc.section, got, tc.want)
		}
		// the token-based entry point agrees, with the sentence inside a larger text
		pre := "Other text here. "
		text := pre + tc.sentence + " More text."
		toks := Tokenize(text)
		got2 := a.ClassifyTokens(toks, model.Span{Start: len(pre), End: len(pre) + len(tc.sentence)}, m.Shift(len(pre)), tc.section)
		if got2 != got {
			t.Errorf("ClassifyTokens(%q) = %s, Classify = %s", tc.sentence, got2, got)
		}
	}
}

func TestClassifyBadInput(t *testing.T) {
	a := Assertions()
	for _, c := range []struct {
		s        string
		sent, mn model.Span
	}{
		{"", model.Span{}, model.Span{}},
		{"no fever", model.Span{Start: -3, End: 99}, model.Span{Start: 3, End: 8}},
		{"no fever", model.Span{Start: 5, End: 2}, model.Span{Start: 3, End: 8}},
		{"no fever", model.Span{Start: 0, End: 8}, model.Span{Start: 50, End: 60}},
	} {
		_ = a.Classify(c.s, c.sent, c.mn, "")
	}
	if got := a.Classify("no fever", model.Span{Start: -3, End: 99}, model.Span{Start: 3, End: 8}, ""); got != model.Negated {
		t.Errorf("clamped sentence: got %s", got)
	}
}

func TestAbbreviations(t *testing.T) {
	a := Abbreviations()
	if a.Len() < 300 {
		t.Errorf("only %d abbreviation senses", a.Len())
	}
	tests := []struct {
		text, section, abbr, want string
	}{
		{"h/o CHF", "", "h/o", "history of"},
		{"h/o CHF", "", "CHF", "congestive heart failure"},
		{"CKD 3b", "", "CKD 3b", "chronic kidney disease stage 3b"},
		{"afib on eliquis", "", "afib", "atrial fibrillation"},
		{"a-fib", "", "a-fib", "atrial fibrillation"},
		{"T2DM", "", "T2DM", "type 2 diabetes mellitus"},
		{"DM2", "", "DM2", "type 2 diabetes mellitus"},
		{"s/p CABG", "", "s/p", "status post"},
		{"b/l LE edema", "", "b/l", "bilateral"},
		{"LLE swelling", "", "LLE", "left lower extremity"},
		{"NSTEMI", "", "NSTEMI", "non st elevation myocardial infarction"},
		{"HFrEF", "", "HFrEF", "heart failure with reduced ejection fraction"},
		{"PE: lungs clear", "", "PE", "physical exam"},
		{"PE on heparin", "", "PE", "pulmonary embolism"},
		{"PE normal", Exam, "PE", "physical exam"},
		{"RA on methotrexate", "", "RA", "rheumatoid arthritis"},
		{"R knee pain", "", "R", "right"},
		{"N/V", "", "N/V", "nausea and vomiting"},
		{"UTIs", "", "UTIs", "urinary tract infection"},
		{"CA 19-9 normal", "", "CA", "tumor marker"},
		{"ordered a CA-125", "", "CA", "tumor marker"},
		{"breast CA", "", "CA", "cancer"},
		{"CVA tenderness on the right", "", "CVA tenderness", "costovertebral angle tenderness"},
		{"history of CVA", "", "CVA", "cerebrovascular accident"},
		{"disc herniation at L4-5", "", "L4", "fourth lumbar vertebra"},
		{"T12 compression fracture", "", "T12", "thoracic vertebra"},
	}
	for _, tc := range tests {
		toks := Tokenize(tc.text)
		i := -1
		for k, tk := range toks {
			if tk.Start == strings.Index(tc.text, tc.abbr) {
				i = k
			}
		}
		exp, n, ok := a.ExpandIn(toks, i, tc.section)
		if !ok {
			t.Errorf("%q: %q not expanded", tc.text, tc.abbr)
			continue
		}
		if got := strings.Join(exp, " "); got != tc.want || tc.text[toks[i].Start:toks[i+n-1].End] != tc.abbr {
			t.Errorf("%q: %q -> %q (%d tokens), want %q", tc.text, tc.abbr, got, n, tc.want)
		}
	}
	for _, text := range []string{"pt", "was", "the patient"} {
		toks := Tokenize(text)
		_, _, ok := a.Expand(toks, 0)
		if ok && text != "pt" {
			t.Errorf("%q expanded without context", text)
		}
	}
	// A level is a vertebra only next to a spine word: T4 is also a hormone.
	if _, _, ok := a.ExpandIn(Tokenize("free T4 low"), 1, ""); ok {
		t.Error("T4 expanded without a spine word")
	}
	if _, _, ok := a.Expand(nil, 0); ok {
		t.Error("Expand(nil) ok")
	}
	if _, _, ok := a.Expand(Tokenize("CHF"), 5); ok {
		t.Error("Expand out of range ok")
	}
}

func TestClassifyContent(t *testing.T) {
	tests := []struct{ text, want string }{
		{"ALLERGIES: penicillin", Allergies},
		{"No known drug allergies.", Allergies},
		{"His mother died of a heart attack. Father has diabetes.", FamilyHistory},
		{"He smokes one pack a day and drinks alcohol on weekends. Married, works as a plumber.", SocialHistory},
		{"Lisinopril 10 mg daily, metformin 500 mg twice a day.", Medications},
		{"Appendectomy and cholecystectomy.", PSH},
		{"GENERAL: Well developed, well nourished, in no acute distress. Lungs clear to auscultation.", Exam},
		{"Negative for fever, chills, weight loss. Denies chest pain.", ROS},
		{"Chest x-ray shows a left lower lobe infiltrate.", Results},
		{"The patient is a 54-year-old man who presents with three days of cough and fever that started after a trip. " +
			"He states that the cough is productive and that he has been taking ibuprofen for the fever without much relief, " +
			"and he came in today because his wife was worried about him.", HPI},
		{"Chest pain.", ChiefComplaint},
		{"", Other},
		{"\xff\xfe\x00", Other},
	}
	for _, tc := range tests {
		if got := ClassifyContent(tc.text); got != tc.want {
			t.Errorf("ClassifyContent(%q) = %s, want %s", tc.text, got, tc.want)
		}
	}
}

func TestDataFilesParse(t *testing.T) {
	if _, err := parseContext("negated\tsideways\t0\tno\n"); err == nil {
		t.Error("bad direction accepted")
	}
	if _, err := parseContext("maybe\tforward\t0\tno\n"); err == nil {
		t.Error("bad category accepted")
	}
	if _, err := parseAbbrev("chf\tcongestive heart failure\tnearish=x\n"); err == nil {
		t.Error("bad rule accepted")
	}
	if _, err := parseAbbrev("uti\turinary tract infection\n# a comment\nuti\turinary tract infection\n"); err == nil {
		t.Error("repeated row accepted")
	}
	if _, err := parseCues("hpi\tx\tpresents\n"); err == nil {
		t.Error("bad weight accepted")
	}
}

// checkTokens verifies the tokenizer's invariants on any input.
func checkTokens(t *testing.T, s string) {
	toks := Tokenize(s)
	prev := 0
	for _, tk := range toks {
		if tk.Start < prev || tk.End <= tk.Start || tk.End > len(s) || s[tk.Start:tk.End] != tk.Text {
			t.Fatalf("bad token %+v in %q", tk, s)
		}
		prev = tk.End
	}
}

func checkSentences(t *testing.T, s string) {
	prev := 0
	for _, sent := range Sentences(s, model.Span{Start: 0, End: len(s)}) {
		if sent.Span.Start < prev || sent.Span.End <= sent.Span.Start || sent.Span.End > len(s) {
			t.Fatalf("bad sentence %+v in %q", sent, s)
		}
		prev = sent.Span.End
	}
	prev = 0
	for _, sec := range Sections(s) {
		if sec.Header.Start < prev || sec.Body.Start < sec.Header.End || sec.Body.End < sec.Body.Start || sec.Body.End > len(s) {
			t.Fatalf("bad section %+v in %q", sec, s)
		}
		prev = sec.Body.End
	}
}

func TestBadInput(t *testing.T) {
	long := strings.Repeat("no chest pain but CHF and DM2 ", 100000/30)
	inputs := []string{"", "\x00\x01\x02", "\xff\xfe\xfd", string([]byte{0xe2, 0x80}), long, strings.Repeat("A", 100000),
		strings.Repeat("1. ", 30000), strings.Repeat(":", 100000), strings.Repeat("\n", 100000), strings.Repeat("(", 1000) + "ASSESSMENT:"}
	a := Assertions()
	for _, in := range inputs {
		checkTokens(t, in)
		checkSentences(t, in)
		_ = ClassifyContent(in)
		_ = a.Classify(in, model.Span{Start: 0, End: len(in)}, model.Span{Start: len(in) / 2, End: len(in)/2 + 1}, "")
		if !utf8.ValidString(in) {
			for _, tk := range Tokenize(in) {
				_ = Normalize(tk.Text)
			}
		}
	}
}

func FuzzTokenize(f *testing.F) {
	for _, s := range []string{"CHF, T2DM 9.2% b.i.d.", "Crohn's Sjögren", "\xff\xfe", "", "1.5.3 a'b ’s"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		checkTokens(t, s)
		for _, tk := range Tokenize(s) {
			_ = Normalize(tk.Text)
		}
	})
}

func FuzzSentences(f *testing.F) {
	for _, s := range []string{"ASSESSMENT:\n1. CHF\n2. HTN; DM", "Dr. Smith. 1.5 mg. pt has chf. also", "A/P:\n- afib\n\n#COPD", "HEENT: ok. PE: on heparin"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		checkSentences(t, s)
		_ = ClassifyContent(s)
	})
}

func TestConcurrentUse(t *testing.T) {
	note := "ASSESSMENT:\n1. No CHF. 2. h/o afib\nFamily History: mother with DM2"
	done := make(chan model.Assertion, 8)
	for g := 0; g < 8; g++ {
		go func() {
			toks := Tokenize(note)
			Abbreviations().Expand(toks, 3)
			_ = ClassifyContent(note)
			secs := Sections(note)
			i := strings.Index(note, "CHF")
			done <- Assertions().ClassifyTokens(toks, Sentences(note, secs[0].Body)[0].Span, model.Span{Start: i, End: i + 3}, secs[0].Kind)
		}()
	}
	for g := 0; g < 8; g++ {
		if got := <-done; got != model.Negated {
			t.Errorf("goroutine got %s, want negated", got)
		}
	}
}
