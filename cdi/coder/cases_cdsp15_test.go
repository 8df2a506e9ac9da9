package coder

import "notecoder/cdi/model"

func init() {
	cases = append(cases, []tc{
		// A gastropathy in a note of portal hypertension is the portal hypertensive gastropathy
		// K31.89 (Hypertension, portal, gastropathy; data/combos.tsv), with the K76.6 whose "use
		// additional code" names it; a gastropathy with no portal hypertension stays K31.9.
		{name: "cdsp15-gastropathy-portal-htn", text: "Endoscopy found small esophageal varices and a gastropathy secondary to portal hypertension.", setting: model.Inpatient, want: []string{"K31.89", "K76.6"}, not: []string{"K31.9"}},
		{name: "cdsp15-gastropathy-listed-portal-htn", text: "Known portal hypertension. Upper endoscopy: mild gastropathy.", want: []string{"K31.89", "K76.6"}, not: []string{"K31.9"}},
		{name: "cdsp15-gastropathy-alone-kept", text: "Upper endoscopy showed a mild gastropathy.", want: []string{"K31.9"}, not: []string{"K31.89"}},
		// The site adjective right before a malignancy ("prostatic adenocarcinoma") names its
		// primary; a site of another organ after it ("in the maxillary sinus") is where the
		// tumour was found and does not replace it (walker.ownAdjSite). A later site in the
		// adjective's own organ still refines it.
		{name: "cdsp15-prostatic-met-in-sinus", text: "Biopsy confirmed a metastasis of prostatic adenocarcinoma in the left maxillary sinus.", setting: model.Inpatient, want: []string{"C61", "C78.39"}, not: []string{"C31.0"}},
		{name: "cdsp15-gastric-adeno-in-frontal-bone", text: "Imaging showed a gastric adenocarcinoma deposit in the frontal bone.", setting: model.Inpatient, want: []string{"C16.9"}, not: []string{"C41.0"}},
		{name: "cdsp15-pancreatic-head-kept", text: "Pancreatic adenocarcinoma located in the head of the pancreas.", setting: model.Inpatient, want: []string{"C25.0"}, not: []string{"C25.9"}},
		{name: "cdsp15-medullary-thyroid-kept", text: "Medullary carcinoma in the thyroid gland.", setting: model.Inpatient, want: []string{"C73"}},
		// "Hemorrhoidal disease/bleeding/thrombosis" are the index's Hemorrhoids (K64.9, its
		// "(bleeding)" nonessential) and Hemorrhoids, thrombosed (K64.5), not a bare bleeding
		// (R58) or a vein thrombosis (I82.90) (cdi/text/data/abbrev.tsv); the adjective alone
		// names anatomy and stays uncoded.
		{name: "cdsp15-hemorrhoidal-disease", text: "Colonoscopy showed hemorrhoidal disease only.", want: []string{"K64.9"}},
		{name: "cdsp15-hemorrhoidal-bleeding", text: "She consults for intermittent hemorrhoidal bleeding.", want: []string{"K64.9"}, not: []string{"R58"}},
		{name: "cdsp15-hemorrhoidal-thrombosis", text: "Painful hemorrhoidal thrombosis for two days.", want: []string{"K64.5"}, not: []string{"I82.90"}},
		{name: "cdsp15-hemorrhoidal-artery-kept", text: "Embolization of the superior hemorrhoidal artery was performed.", not: []string{"K64.9"}},
		// Hemorrhoids named as history are read as the other digestive conditions are (K64.9 kept
		// as "history of diverticulitis" keeps K57.92), not through their category title's
		// "perianal venous thrombosis" as a history of venous thrombosis (Z86.718,
		// data/history_kind.tsv); a history of a DVT keeps Z86.718.
		{name: "cdsp15-history-hemorrhoids", text: "Past medical history: hemorrhoids, hypertension.", want: []string{"I10"}, not: []string{"Z86.718"}},
		{name: "cdsp15-history-dvt-kept", text: "History of DVT in 2015, off anticoagulation.", want: []string{"Z86.718"}},
		// "Hepatopathy" has no index entry; it is the index's "Disease, liver" (abbrev.tsv).
		{name: "cdsp15-chronic-hepatopathy", text: "Known chronic hepatopathy, followed by hepatology.", want: []string{"K76.9"}},
		{name: "cdsp15-alcoholic-hepatopathy", text: "Alcoholic hepatopathy with active drinking.", want: []string{"K70.9"}},
	}...)
}
