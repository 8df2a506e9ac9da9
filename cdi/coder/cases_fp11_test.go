package coder

import "notecoder/cdi/model"

func init() {
	cases = append(cases, []tc{
		// A part of a site the index names only as the whole (data/site_kids.tsv):
		// the glans is the penis's, the inguinal region the groin, a molar a tooth.
		{name: "fp11-glans-pain", text: "Two-week history of glans pain and dysuria.", setting: model.Inpatient, want: []string{"N48.89"}, not: []string{"R52"}},
		{name: "fp11-glans-edema", text: "The glans was edematous and erythematous.", setting: model.Inpatient, want: []string{"N48.89"}, not: []string{"R60.9"}},
		{name: "fp11-glans-penis-cancer", text: "Squamous cell carcinoma of the glans penis.", setting: model.Inpatient, want: []string{"C60.1"}},
		{name: "fp11-inguinal-pain-right", text: "Pain in the right inguinal region for three days.", setting: model.Inpatient, want: []string{"R10.31"}, not: []string{"R52"}},
		{name: "fp11-inguinal-pain", text: "She reports inguinal pain when walking.", want: []string{"R10.30"}, not: []string{"R52"}},
		{name: "fp11-inguinal-hernia-stays", text: "Left inguinal hernia without obstruction.", want: []string{"K40.90"}},
		{name: "fp11-molar-pain", text: "He consulted for pain in the right lower third molar.", setting: model.Inpatient, want: []string{"K08.89"}, not: []string{"R52"}},
		// Phantom limb pain is "Phantom limb syndrome, with pain" (text/data/abbrev.tsv),
		// not the pain of a limb the patient no longer has.
		{name: "fp11-phantom-limb-pain", text: "One month after the amputation he complained of phantom limb pain.", setting: model.Inpatient, want: []string{"G54.6"}, not: []string{"M79.609"}},
		{name: "fp11-phantom-pain", text: "Phantom pain of the amputated leg, treated with gabapentin.", setting: model.Inpatient, want: []string{"G54.6"}, not: []string{"M79.606"}},
		// Bleeding during the operation is no R58 ("Bleeding, intraoperative - see
		// Complication"); translated notes write "transoperative" (data/synonyms.tsv).
		{name: "fp11-transoperative-bleeding", text: "For adequate control of transoperative bleeding, surgery was done under general anesthesia.", setting: model.Inpatient, not: []string{"R58"}},
		// Raised pancreatic enzymes are how acute pancreatitis is diagnosed (data/integral.tsv).
		{name: "fp11-pancreatic-enzymes", text: "He developed abdominal distension and elevation of pancreatic enzymes and was admitted with acute pancreatitis.", setting: model.Inpatient, want: []string{"K85.90"}, not: []string{"R74.9"}},
		{name: "fp11-enzymes-alone", text: "Elevation of serum enzymes was found.", setting: model.Inpatient, want: []string{"R74.9"}},
		// Erythema nodosum is tender red nodules of the shins (data/integral.tsv): no leg pain
		// or erythema beside it; the pain of an arm is no part of it.
		{name: "fp11-erythema-nodosum", text: "Seven days later he developed painful erythematous lesions limited to the lower extremities consistent with erythema nodosum.", setting: model.Inpatient, want: []string{"L52"}, not: []string{"M79.604", "M79.605", "L53.9"}},
		{name: "fp11-erythema-nodosum-arm", text: "Erythema nodosum of both legs. Separately, she has had left arm pain for years.", setting: model.Inpatient, want: []string{"L52", "M79.602"}},
		// The arteriovenous fistula of a dialysis patient is the access made for it (Fistula,
		// arteriovenous, surgically created (for dialysis) Z99.2; text/data/abbrev.tsv); an AV
		// fistula found on imaging is the acquired one (I77.0), not the skin's fistula (L98.8).
		{name: "fp11-avf-dialysis", text: "Hemodialysis was done through a functioning left arm AVF.", setting: model.Inpatient, want: []string{"Z99.2"}, not: []string{"I77.0"}},
		{name: "fp11-av-fistula-created", text: "A left radiocephalic AV fistula was created for hemodialysis.", setting: model.Inpatient, want: []string{"Z99.2"}, not: []string{"L98.8", "I77.0"}},
		{name: "fp11-av-fistula-acquired", text: "Angiography showed an AV fistula of the right renal artery.", setting: model.Inpatient, want: []string{"I77.0"}, not: []string{"N28.89", "Z99.2"}},
	}...)
}
