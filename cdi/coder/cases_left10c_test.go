package coder

func init() {
	cases = append(cases, []tc{
		// "Interrupted" is the index's "Interruption, aortic arch" (data/synonyms.tsv).
		{name: "left10c-interrupted-arch", text: "Neonate with an interrupted aortic arch.", want: []string{"Q25.21"}},
		// Diabetic glomerulosclerosis is the intercapillary kind under "Diabetes, with"
		// (data/optional_words.tsv), not diabetes without complications plus N26.9.
		{name: "left10c-diabetic-glomerulosclerosis", text: "Biopsy showed diabetic glomerulosclerosis.", want: []string{"E11.21"}, not: []string{"E11.9", "N26.9"}},
		{name: "left10c-t1-glomerulosclerosis", text: "Type 1 diabetes with glomerulosclerosis.", want: []string{"E10.21"}, not: []string{"N26.9"}},
		{name: "left10c-glomerulosclerosis-alone", text: "Focal glomerulosclerosis on biopsy.", not: []string{"E11.21"}},
		// "Hernia, incarcerated - see also Hernia, by site, with obstruction" with no
		// site: the unspecified site is "abdomen, abdominal" (K46.9's entry), with
		// obstruction K46.0.
		{name: "left10c-incarcerated-hernia", text: "Incarcerated hernia.", want: []string{"K46.0"}, not: []string{"K46.9"}},
		{name: "left10c-hernia-obstruction", text: "Hernia with obstruction.", want: []string{"K46.0"}, not: []string{"K46.9"}},
		{name: "left10c-incarcerated-inguinal", text: "Incarcerated inguinal hernia.", want: []string{"K40.30"}},
		{name: "left10c-hernia-gangrene", text: "Incarcerated hernia with gangrene.", want: []string{"K46.1"}},
		// Infection, herpes (simplex) - see also Herpes: the handed-back head
		// word does not read the catch-all "infection NEC" (B10.89) over the
		// named sibling Herpes, simplex (B00.9).
		{name: "left10c-hsv-infection", text: "Herpes simplex infection of the lip area.", want: []string{"B00.9"}, not: []string{"B10.89"}},
		{name: "left10c-hsv-abbrev", text: "HSV infection, treated with acyclovir.", want: []string{"B00.9"}, not: []string{"B10.89"}},
		{name: "left10c-hsv-with", text: "Infection with herpes simplex virus.", want: []string{"B00.9"}, not: []string{"B10.89"}},
		{name: "left10c-zoster-infection", text: "Herpes zoster infection.", want: []string{"B02.9"}},
		// The subcategory that names only its category's condition (B27.9)
		// gives way to the kind the note names with the same complication
		// character (B27.00).
		{name: "left10c-ebv-mono", text: "Epstein-Barr virus infection with a mononucleosis syndrome.", want: []string{"B27.00"}, not: []string{"B27.90"}},
		{name: "left10c-mono-alone", text: "Infectious mononucleosis.", want: []string{"B27.90"}},
		// "History of ESRD on dialysis, now status post kidney transplant": the
		// "on" before "now" was the history's (data/longterm.tsv "then"), and a
		// kidney transplant ends the end stage the history names
		// (data/lifelong.txt "ended N18.6:"); the transplant status stands.
		{name: "left10c-esrd-transplant", text: "History of ESRD on dialysis, now status post kidney transplant.", want: []string{"Z94.0", "Z99.2@historical", "N18.6@historical"}, not: []string{"Z99.2@present", "N18.6@present"}},
		{name: "left10c-dvt-now-on", text: "History of DVT, now on Eliquis.", want: []string{"Z79.01@present"}},
		{name: "left10c-warfarin-now", text: "Patient on warfarin, now presents with hematuria.", want: []string{"Z79.01@present"}},
		{name: "left10c-esrd-dialysis", text: "ESRD on dialysis.", want: []string{"N18.6@present", "Z99.2@present"}},
		// "Pain, acute" is R52, Pain's own code: the acuity says nothing the
		// code keeps, and the site read through "Pain, joint, knee" wins.
		{name: "left10c-acute-knee-pain", text: "Acute knee pain after a long hike.", want: []string{"M25.569"}, not: []string{"R52"}},
		{name: "left10c-acute-left-knee", text: "Acute pain in the left knee.", want: []string{"M25.562"}, not: []string{"R52"}},
		{name: "left10c-acute-pain", text: "Acute pain.", want: []string{"R52"}},
		{name: "left10c-acute-trauma-pain", text: "Acute pain due to trauma.", want: []string{"G89.11"}},
		// A "due to" subterm is read from another clause only when the note
		// states the cause: list items are not linked (I.A.15 presumes
		// "with", not "due to"); "in (due to) (with)" and the External
		// Cause index's mechanisms still are.
		{name: "left10c-edentulism-list", text: "Partial edentulism, generalized chronic periodontal disease.", want: []string{"K08.409", "K05.6"}, not: []string{"K08.429"}},
		{name: "left10c-edentulism-due", text: "Partial edentulism due to chronic periodontal disease.", want: []string{"K08.429"}},
		{name: "left10c-insomnia-depression", text: "Insomnia and depression.", want: []string{"G47.00"}, not: []string{"F51.05"}},
		{name: "left10c-nephrogenic-anemia", text: "End stage renal disease of unknown etiology, with nephrogenic anemia.", want: []string{"D63.1"}},
		// (left12a: W01's Excludes1 sends a same-level fall due to ice or snow to W00.0,
		// which "Slipping, on, ice" reads.)
		{name: "left10c-slipped-fell", text: "She sustained an injury to her right ankle when she slipped and fell on ice.", want: []string{"W00.0XXA"}, not: []string{"W01.0XXA"}},
		// "Thrombosis, ventricle - see also Infarct, myocardium": the see-also's
		// default reads no word of the note, and the tabular's inclusion term
		// "Ventricular thrombosis (old)" of I51.3 reads them all; no infarction
		// is documented.
		{name: "left10c-lv-thrombosis", text: "Echo showed thrombosis of the left ventricle.", want: []string{"I51.3"}, not: []string{"I21.9"}},
		{name: "left10c-ventricular-thrombosis", text: "Ventricular thrombosis.", want: []string{"I51.3"}, not: []string{"I21.9"}},
		{name: "left10c-ventricle-post-mi", text: "Thrombosis of the ventricle following acute myocardial infarction.", want: []string{"I23.6"}},
	}...)
}
