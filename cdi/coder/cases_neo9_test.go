package coder

import "notecoder/cdi/model"

// A mass, lump or nodule is what a neoplasm is found as: beside the neoplasm
// coded at the same site (the Table of Neoplasms row the mass's index path
// names leads to its code) only the neoplasm is reported (I.B.4-5). A mass
// elsewhere, or of the other side, stays.
func init() {
	cases = append(cases, []tc{
		{name: "neo9-bladder-mass", text: "Bladder mass. Biopsy showed urothelial carcinoma of the bladder.", want: []string{"C67.9"}, not: []string{"N32.9"}},
		{name: "neo9-renal-mass-morphology", text: "Renal mass. Pathology showed renal cell carcinoma of the right kidney.", want: []string{"C64.1"}, not: []string{"N28.89"}},
		{name: "neo9-colon-mass-inpatient", text: "Descending colon mass compatible with colon carcinoma.", setting: model.Inpatient, want: []string{"C18.6"}, not: []string{"K63.9"}},
		{name: "neo9-colon-mass-outpatient-stays", text: "Descending colon mass compatible with colon carcinoma.", want: []string{"K63.9"}, not: []string{"C18.6"}},
		{name: "neo9-breast-mass", text: "Breast mass. Invasive ductal carcinoma of the left breast.", want: []string{"C50.912"}, not: []string{"N63.0"}},
		{name: "neo9-breast-lump-other-side", text: "Left breast lump. Carcinoma of the right breast.", want: []string{"N63.20", "C50.911"}},
		{name: "neo9-lung-nodule", text: "Lung nodule. Biopsy showed adenocarcinoma of the lung.", want: []string{"C34.90"}, not: []string{"R91.1"}},
		{name: "neo9-thyroid-nodule", text: "Thyroid nodule. FNA showed papillary thyroid carcinoma.", want: []string{"C73"}, not: []string{"E04.1"}},
		{name: "neo9-liver-mass-hcc", text: "Liver mass; biopsy showed hepatocellular carcinoma.", want: []string{"C22.0"}, not: []string{"R16.0"}},
		{name: "neo9-lung-nodule-other-site", text: "Lung nodule. Adenocarcinoma of the prostate.", want: []string{"R91.1", "C61"}},
		{name: "neo9-mass-family-neoplasm", text: "Renal mass. Family history: her mother had kidney cancer.", want: []string{"N28.89"}},
	}...)
}

// A neoplasm named without its site in the sentence of a mass takes the
// mass's site: "lung nodules consistent with metastases" are lung
// metastases (inpatient, where the uncertain diagnosis is coded as
// established); outpatient the nodules are coded. Masses at two sites leave
// the site unknown.
func init() {
	cases = append(cases, []tc{
		{name: "neo9-lung-nodules-metastases", text: "Lung nodules consistent with metastases.", setting: model.Inpatient, want: []string{"C78.00"}, not: []string{"R91.8", "C79.9"}},
		{name: "neo9-liver-mass-metastasis", text: "Liver mass, probably metastasis.", setting: model.Inpatient, want: []string{"C78.7"}, not: []string{"R16.0"}},
		{name: "neo9-lung-nodules-metastases-outpatient", text: "Lung nodules consistent with metastases.", want: []string{"R91.8"}, not: []string{"C78.00"}},
		{name: "neo9-two-masses-metastases", text: "Lung nodules and a liver mass consistent with metastases.", setting: model.Inpatient, want: []string{"R91.8", "R16.0"}, not: []string{"C78.00", "C78.7"}},
		{name: "neo9-nodule-other-sentence", text: "Lung nodule. Bone metastases.", setting: model.Inpatient, want: []string{"R91.1", "C79.51"}, not: []string{"C78.00"}},
	}...)
}

// "Mass effect" is an imaging sign (displacement by something
// space-occupying), no mass of the site (data/other_sense.tsv, word after);
// "the nasal sector" of the eye is a direction, no disease of the nose
// (data/direction_nouns.txt).
func init() {
	cases = append(cases, []tc{
		{name: "neo9-mass-effect-bowel", text: "CT: mass effect with displacement of the left intestinal loops.", not: []string{"K63.9", "R19.00"}},
		{name: "neo9-mass-effect-hypochondrium", text: "Mass effect in the left hypochondrium displacing the bowel loops.", not: []string{"R19.02"}},
		{name: "neo9-mass-with-mass-effect", text: "Abdominal mass with mass effect on the bowel.", want: []string{"R19.00"}},
		{name: "neo9-nasal-sector-mass", text: "Fundus of the left eye: an amelanotic mass in the nasal sector.", not: []string{"J34.9"}},
		{name: "neo9-nasal-sector-hemorrhage", text: "Hemorrhage in the nasal sector of the retina.", want: []string{"H35.60"}, not: []string{"R04.0"}},
		{name: "neo9-nasal-mass-stays", text: "Mass in the nasal cavity.", want: []string{"J34.9"}},
	}...)
}
