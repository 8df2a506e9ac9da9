package coder

func init() {
	cases = append(cases, []tc{
		// "Arrest, cardiac, due to, cardiac condition" (I46.2) holds only for
		// a heart condition as the documented cause; another cause is the
		// index's "specified condition NEC" (I46.8) (data/cause_kind.tsv).
		{name: "leftG arrest from high potassium", text: "She had a cardiac arrest due to hyperkalemia on the second day.", setting: "inpatient", want: []string{"I46.8", "E87.5"}, not: []string{"I46.2"}},
		{name: "leftG arrest from PE", text: "Cardiac arrest secondary to a massive pulmonary embolism, ROSC after two cycles.", setting: "inpatient", want: []string{"I46.8"}, not: []string{"I46.2"}},
		{name: "leftG arrest from sepsis", text: "Patient suffered cardiac arrest due to sepsis.", setting: "inpatient", want: []string{"I46.8", "A41.9"}, not: []string{"I46.2"}},
		// Guards: a heart cause keeps I46.2; no cause stays I46.9.
		{name: "leftG arrest from VF guard", text: "Cardiac arrest due to ventricular fibrillation, shocked twice.", setting: "inpatient", want: []string{"I46.2", "I49.01"}, not: []string{"I46.8"}},
		{name: "leftG arrest from MI guard", text: "Cardiac arrest due to acute MI.", setting: "inpatient", want: []string{"I46.2"}, not: []string{"I46.8"}},
		{name: "leftG arrest no cause guard", text: "Witnessed cardiac arrest in the ED.", setting: "inpatient", want: []string{"I46.9"}, not: []string{"I46.2", "I46.8"}},
		// I69.391 "use additional code to identify the type of dysphagia, if
		// known (R13.11-R13.19)": the phase read from the same words is coded
		// beside the sequela, not folded into it. The unspecified dysphagia
		// (R13.10) is outside the range and stays out.
		{name: "leftG stroke dysphagia phase after comma", text: "History of CVA with residual dysphagia, oropharyngeal phase.", setting: "inpatient", want: []string{"I69.391", "R13.12"}},
		{name: "leftG stroke pharyngoesophageal dysphagia", text: "Old stroke with residual pharyngoesophageal phase dysphagia, on thickened liquids.", setting: "inpatient", want: []string{"I69.391", "R13.14"}},
		{name: "leftG oropharyngeal dysphagia from old stroke", text: "Oropharyngeal dysphagia due to remote stroke.", want: []string{"I69.391", "R13.12"}},
		// Guard: no phase documented, no R13.1x.
		{name: "leftG stroke dysphagia no phase guard", text: "Prior cerebral infarction with residual dysphagia.", want: []string{"I69.391"}, not: []string{"R13.10"}},
		// "Infarct, myocardium, ST elevation, involving, <vessel>": the vessel
		// is read through both groupings (data/implied.tsv) when a see
		// reference from "Occlusion, artery, coronary, with myocardial
		// infarction" took "myocardial infarction" and left "ST elevation"
		// behind a comma: the vessel's code, not the wall's (I21.09) or none.
		{name: "leftG STEMI comma LAD", text: "Anterior STEMI, LAD occlusion.", setting: "inpatient", want: []string{"I21.02"}, not: []string{"I21.09"}},
		{name: "leftG STEMI comma proximal LAD", text: "STEMI, proximal LAD occlusion, stented.", setting: "inpatient", want: []string{"I21.02"}, not: []string{"I21.09"}},
		{name: "leftG STEMI comma circumflex", text: "STEMI, LCx occlusion, DES placed.", setting: "inpatient", want: []string{"I21.21"}, not: []string{"I21.9"}},
		// Guards: the wall alone keeps the wall's code.
		{name: "leftG anterior STEMI wall guard", text: "Anterior STEMI, taken to the cath lab.", setting: "inpatient", want: []string{"I21.09"}, not: []string{"I21.02"}},
		// A hematoma after a cardiac catheterization is "Hematoma,
		// postoperative - see Complication, postprocedural, hematoma,
		// circulatory system organ or structure, following cardiac
		// catheterization" (I97.630), not the injury of the groin (S30.1-)
		// or of no site (T14.8): "post-cath" and the "cath site" beside a
		// hematoma (cdi/text/data/abbrev.tsv), the system read through
		// (implied.tsv), "after" for the index's "following" (title_alias.tsv).
		{name: "leftG groin hematoma after cath", text: "Post-cath groin hematoma, compression applied.", setting: "inpatient", want: []string{"I97.630"}, not: []string{"S30.12XA", "T14.8XXA"}},
		{name: "leftG hematoma at access site", text: "Hematoma at the cath site, no bruit.", setting: "inpatient", want: []string{"I97.630"}, not: []string{"T14.8XXA"}},
		{name: "leftG postop hematoma after catheterization", text: "Postoperative hematoma after cardiac catheterization.", setting: "inpatient", want: []string{"I97.630"}},
		// Guards: a denied one is not coded; a groin hematoma with no
		// procedure named stays the injury.
		{name: "leftG no hematoma after cath guard", text: "Post-cath check: no hematoma.", setting: "inpatient", not: []string{"I97.630"}},
		{name: "leftG groin hematoma fall guard", text: "Groin hematoma after a fall from a ladder.", setting: "inpatient", not: []string{"I97.630"}},
	}...)
}
