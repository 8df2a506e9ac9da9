package coder

import "notecoder/cdi/model"

// Table cases of helper h23dev (heldout23 turned development data): an
// anemia put down to a neoplasm the index codes at its own main term
// ("myeloma", "lymphoma") is the anemia in neoplastic disease (D63.0) as
// one put down to a "cancer" is; a count of METs at or above a number is a
// functional capacity, no metastases; a BMI "below the 5th percentile" is
// under it (Z68.51); "tophaceous gout" is gout with tophi (M1A.--X1);
// "Legionella pneumonia" is the index's Legionnaires' disease (A48.1, not
// J18.9); menopausal hormone therapy named by its hormones is Z79.890.
func init() {
	cases = append(cases, []tc{
		{name: "h23dev anemia due to myeloma is D63.0",
			text: "Hematology: multiple myeloma, new diagnosis.\nAssessment: anemia due to myeloma; hypercalcemia.",
			want: []string{"C90.00", "D63.0", "E83.52"}, not: []string{"D64.9"}},
		{name: "h23dev anemia secondary to lymphoma is D63.0",
			text: "Assessment: diffuse large B-cell lymphoma on R-CHOP. Anemia secondary to lymphoma, transfuse if Hgb under 7.",
			want: []string{"D63.0"}, not: []string{"D64.9"}},
		{name: "h23dev 4+ METs is no metastasis",
			text:    "PRE-OPERATIVE EVALUATION\nWalks 2 miles daily without chest pain or dyspnea; 4+ METs. No prior anesthesia problems.\nPMH: hypertension.",
			setting: model.Outpatient,
			want:    []string{"I10"}, not: []string{"C79.9", "C80.1"}},
		{name: "h23dev more than 4 METs",
			text: "Cardiology preop: tolerates 5+ METs without angina. Essential hypertension.",
			want: []string{"I10"}, not: []string{"C79.9", "C80.1"}},
		{name: "h23dev pediatric BMI below the 5th percentile",
			text: "ADOLESCENT MEDICINE ADMISSION. 15 yo F with anorexia nervosa, restricting type, severe. BMI 14.8, below the 5th percentile for age.",
			want: []string{"F50.012", "Z68.51"}, not: []string{"Z68.52"}},
		{name: "h23dev chronic tophaceous gout is with tophus",
			text:    "Assessment: idiopathic chronic tophaceous gout of the right foot.",
			setting: model.Outpatient,
			want:    []string{"M1A.0711"}, not: []string{"M1A.0710"}},
		{name: "h23dev Legionella pneumonia is Legionnaires' disease",
			text: "Assessment: Legionella pneumonia, urinary antigen positive. Levofloxacin.",
			want: []string{"A48.1"}, not: []string{"J18.9"}},
		{name: "h23dev estrogen-progestin hormone replacement",
			text:    "56 yo F, menopause at 51, on combined estrogen-progestin hormone replacement for hot flashes. Postmenopausal bleeding.",
			setting: model.Outpatient,
			want:    []string{"N95.0", "Z79.890"}},
	}...)
}
