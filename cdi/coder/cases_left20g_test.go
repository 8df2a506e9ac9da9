package coder

// Cardiology leftovers (left20g): one acute STEMI is one code, by its vessel,
// wherever the note names wall and vessel (data/one_event.txt); a coronary
// occlusion that infarcted is the infarct (data/integral.tsv); a subsequent
// NSTEMI is I22.2 (data/combos.tsv, guideline I.C.9.e.4); a CRT-D and a
// prevention ICD are a defibrillator (cdi/text/data/abbrev.tsv); a short or
// stop word in a one-line medication list ends only its own item's use; a
// denial ends at a "nonsmoker" item of its list (cdi/text/data/context.tsv).
func init() {
	cases = append(cases, []tc{
		{name: "left20g anterior stemi vessel in another sentence", text: "Discharge diagnosis: acute anterior wall STEMI.\nCath showed a thrombotic occlusion of the proximal LAD, stented.", setting: "inpatient", want: []string{"I21.02"}, not: []string{"I21.09"}},
		{name: "left20g inferior stemi named again as inferior MI", text: "1. Inferior STEMI from a mid RCA occlusion, treated with a stent.\n2. Complete heart block complicating the inferior MI, temporary wire in place.", setting: "inpatient", want: []string{"I21.11"}, not: []string{"I21.19"}},
		{name: "left20g cath occlusion of an infarct", text: "Coronary angiogram: occlusion of the distal RCA, balloon angioplasty.\nAssessment: inferior STEMI involving RCA.", setting: "inpatient", want: []string{"I21.11"}, not: []string{"I24.0"}},
		{name: "left20g subsequent nstemi", text: "Ten days ago she had an anterior STEMI with a stent to the LAD. Today new troponin rise and ST depression: new NSTEMI, a subsequent MI.", setting: "inpatient", want: []string{"I22.2", "I21.02"}, not: []string{"I21.4", "I22.9"}},
		{name: "left20g crt-d", text: "Nonischemic cardiomyopathy with a CRT-D, device check today.", want: []string{"Z95.810"}},
		{name: "left20g primary prevention icd", text: "HFrEF, primary-prevention ICD since 2019, type 2 diabetes.", want: []string{"Z95.810"}},
		{name: "left20g taper scoped to its list item", text: "Medications: rivaroxaban 20 mg daily, prednisone 5 mg (tapering), insulin lispro with meals.", want: []string{"Z79.01", "Z79.4"}, not: []string{"Z79.52"}},
		{name: "left20g stopped drug scoped to its list item", text: "Current meds: clopidogrel (stopped last week), tamoxifen 20 mg daily.", want: []string{"Z79.810"}, not: []string{"Z79.02"}},
		{name: "left20g denial ends at a nonsmoker item", text: "PMH: no diabetes, nonsmoker, hypothyroidism on levothyroxine.", want: []string{"E03.9"}, not: []string{"E11.9"}},
	}...)
}
