package coder

import "notecoder/cdi/model"

// False-positive cases (fp): words the index reaches through a synonym or a
// see also in a sense the note does not have, and a smoking quantity that
// names the product.
func init() {
	cases = append(cases, []tc{
		// "gland" is the index's word for a lymph node; bare, through "Node -
		// see also Nodule", it made the gland of an organ a nodule of it.
		{name: "fp-thyroid-gland-not-nodule", text: "Ultrasound of the thyroid gland showed a diffuse goiter.", want: []string{"E04.0"}, not: []string{"E04.1"}},
		{name: "fp-prostate-gland-not-nodular", text: "Prostate gland volume was 40 ml on ultrasound.", not: []string{"N40.2"}},
		{name: "fp-endometrial-glands-not-nodule", text: "The biopsy showed cystic endometrial glands.", not: []string{"D26.1"}},
		// The nodule itself, and a lymph node's metastasis, are still read.
		{name: "fp-thyroid-nodule-kept", text: "A nodule in the thyroid gland was found.", want: []string{"E04.1"}},
		{name: "fp-lymph-node-mets-kept", text: "Metastases in the axillary lymph nodes.", want: []string{"C77.3"}},
		// Packs are packs of cigarettes (Dependence, drug, nicotine, cigarettes).
		{name: "fp-smoker-pack-day", text: "Smoker of one pack a day for the past 40 years.", want: []string{"F17.210"}, not: []string{"F17.200"}},
		{name: "fp-smoker-pack-years", text: "Active smoker of 35 pack-years.", want: []string{"F17.210"}, not: []string{"F17.200"}},
		{name: "fp-smoker-unspecified", text: "He is an active smoker.", want: []string{"F17.200"}},
		// "which was ruled out" denies what the relative clause is about; the
		// "which" alone ends the scope of a trigger.
		{name: "fp-which-ruled-out", setting: model.Inpatient, text: "She was referred with suspected sleep apnea syndrome, which was ruled out by polysomnography.", not: []string{"G47.30", "G47.33"}},
		{name: "fp-which-discarded-list", setting: model.Inpatient, text: "Other lesions such as chemical burns, infectious or traumatic, which were discarded.", not: []string{"T30.4"}},
		{name: "fp-which-treated-kept", setting: model.Inpatient, text: "Pneumonia, which was treated with antibiotics.", want: []string{"J18.9"}},
		// Smoke the patient is exposed to is no smoking of the patient's own.
		{name: "fp-environmental-smoke", setting: model.Inpatient, text: "The crises began after contact with environmental smoke in a closed place.", not: []string{"F17.200", "F17.210"}},
		{name: "fp-secondhand-smoke", text: "Secondhand smoke exposure at home.", not: []string{"F17.200"}},
		// The virus named after both diseases is no herpes zoster.
		{name: "fp-vzv-not-zoster", text: "Serology for varicella-zoster virus was positive.", not: []string{"B02.9"}},
		{name: "fp-zoster-kept", text: "Herpes zoster of the left thorax.", want: []string{"B02.9"}},
		// "Anti-" names a drug or an antibody: no diagnosis from the drug given
		// or the antibody tested; the condition the note states is coded.
		{name: "fp-anti-hypertensive-drug", text: "Treated with anti-hypertensive drugs after discharge.", not: []string{"I10"}},
		{name: "fp-anti-tuberculous-drug", text: "Anti-tuberculous therapy was given for six months.", not: []string{"A15.9"}},
		{name: "fp-anti-cirrhosis-antibody", text: "Antibodies requested: anticardiolipin, anti-cirrhosis and erythropoietin.", not: []string{"K74.60"}},
		{name: "fp-anti-stated-kept", text: "She has hypertension treated with anti-hypertensive drugs.", want: []string{"I10"}},
		// A see reference names one word of an "X or Y" subterm title
		// (Fibrodysplasia ossificans progressiva - see Myositis, ossificans,
		// progressiva; the entry is "ossificans or ossifying"): not Myositis
		// unspecified.
		{name: "fp-see-or-title", text: "Background: fibrodysplasia ossificans progressiva diagnosed at 6 years of age.", want: []string{"M61.10"}, not: []string{"M60.9"}},
		// The older name of ankylosing spondylitis is no unspecified
		// inflammatory spondylopathy.
		{name: "fp-ankylopoietic", text: "Ankylopoietic spondylitis in complete remission.", want: []string{"M45.9"}, not: []string{"M46.90"}},
	}...)
}
