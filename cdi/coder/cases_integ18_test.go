package coder

// integ18: signs and symptoms routinely part of a coded diagnosis are not
// coded beside it (guidelines I.B.4-5, I.C.18.b); a symptom with its own
// workup stays.
func init() {
	cases = append(cases, []tc{
		{name: "integ18-adrenal-crisis-hypotension", setting: "inpatient", text: "Admitted with hypotension, BP 70/40, known Addison disease, missed her steroid doses while vomiting. Assessment: adrenal crisis, stress-dose hydrocortisone started.", want: []string{"E27.2"}, not: []string{"I95.9"}},
		{name: "integ18-myasthenia-bulbar", setting: "inpatient", text: "Known myasthenia gravis, now with drooping eyelids and dysphagia to thin liquids for three days. Impression: myasthenia gravis with acute exacerbation, start IVIG.", want: []string{"G70.01"}, not: []string{"R13.10", "H02.403"}},
		{name: "integ18-sickle-crisis-pain", setting: "inpatient", text: "Young man with Hb-SS disease, diffuse chest and leg pain like his usual crises. Assessment: Hb-SS disease with vaso-occlusive crisis, PCA hydromorphone.", want: []string{"D57.00"}, not: []string{"R07.9", "M79.606"}},
		{name: "integ18-alcoholic-hepatitis-ruq", setting: "inpatient", text: "Heavy drinker with jaundice, RUQ pain and anorexia for one week. Impression: alcoholic hepatitis, start prednisolone.", want: []string{"K70.10"}, not: []string{"R10.11", "R63.0"}},
		{name: "integ18-cdiff-cramps", setting: "inpatient", text: "After a course of clindamycin she has watery diarrhea and crampy lower abdominal pain, C. diff toxin positive. Diagnosis: Clostridioides difficile colitis, oral vancomycin.", want: []string{"A04.72"}, not: []string{"R10.30"}},
		{name: "integ18-dequervain-wrist", setting: "outpatient", text: "Six weeks of right wrist pain and swelling over the first dorsal compartment, positive Finkelstein. Impression: right de Quervain tenosynovitis, thumb spica.", want: []string{"M65.4"}, not: []string{"M25.531", "R60.9"}},
		{name: "integ18-hypothyroid-symptoms", setting: "outpatient", text: "Tired all the time, constipation and 5 lb wt gain, TSH 22; also exertional chest pain for a week. Impression: primary hypothyroidism, start levothyroxine 50 mcg; chest pain, stress test ordered.", want: []string{"E03.9", "R07.9"}, not: []string{"R53.83", "R63.5", "K59.00"}},
		{name: "integ18-ureter-stone-flank", setting: "outpatient", text: "Left flank pain and microscopic hematuria, CT shows a 5 mm left UVJ stone with hydronephrosis. Impression: ureteral calculus with hydronephrosis, tamsulosin.", want: []string{"N13.2"}, not: []string{"R10.A2", "R31.29"}},
		{name: "integ18-osa-sleepiness", setting: "outpatient", text: "Loud snoring and daytime sleepiness, AHI 32 on home study. Impression: obstructive sleep apnea, CPAP titration.", want: []string{"G47.33"}, not: []string{"R40.0"}},
		{name: "integ18-thyroid-storm-sweats", setting: "inpatient", text: "Fever 39.4, HR 160, profuse diaphoresis, known Graves disease off methimazole. Assessment: Graves disease with thyroid storm, PTU and propranolol.", want: []string{"E05.01"}, not: []string{"R61"}},
		{name: "integ18-gbs-weakness", setting: "inpatient", text: "Two weeks after a diarrheal illness, ascending leg weakness and areflexia, CSF albuminocytologic dissociation. Assessment: Guillain-Barre syndrome, IVIG.", want: []string{"G61.0"}, not: []string{"R53.1", "R29.2"}},
		{name: "integ18-bleeding-ulcer-emesis", setting: "inpatient", text: "Coffee-ground emesis and melena on daily naproxen; EGD shows a bleeding gastric ulcer. Assessment: acute gastric ulcer with hemorrhage.", want: []string{"K25.0"}, not: []string{"R11.10"}},
		{name: "integ18-sbp-abd-pain", setting: "inpatient", text: "Cirrhotic with ascites, fever and abdominal pain, ascitic PMN 600. Assessment: spontaneous bacterial peritonitis, ceftriaxone.", want: []string{"K65.2"}, not: []string{"R10.9"}},
	}...)
}
