package coder

// Precision cases (fp2): eye-side abbreviations, and words read in a sense
// that is not the index entry's.
func init() {
	cases = append(cases, []tc{
		// OD / OS / OU and the translated RE / LE / AO name the eye's side, so
		// the side children of the tabular are reached (I.B.13).
		{name: "fp2-vision-loss-od", text: "Painless decrease in vision in OD for three months.", want: []string{"H54.61"}, not: []string{"H54.7"}},
		{name: "fp2-vision-loss-le", text: "She noticed a progressive decrease in vision in the LE.", want: []string{"H54.62"}, not: []string{"H54.7"}},
		{name: "fp2-vision-loss-ao", text: "Decreased visual acuity AO since the spring.", want: []string{"H54.3"}, not: []string{"H54.7"}},
		// In lower case, or with no eye word near, the letters are not an eye.
		{name: "fp2-re-not-eye", text: "Re: admission for fever. LE cells were found in the blood.", not: []string{"H54.61", "H54.62"}},
	}...)
}

func init() {
	cases = append(cases, []tc{
		// Seroma - see also Hematoma - see also Contusion: the second see-also
		// is the injury reading of a hematoma, not of a seroma, even at a site.
		{name: "fp2-seroma-no-contusion", text: "A seroma formed beneath the wound two weeks after surgery.", not: []string{"T14.8XXA"}},
		{name: "fp2-seroma-site-no-contusion", text: "Ultrasound showed a seroma in the abdominal wall.", not: []string{"T14.8XXA", "S30.11XA"}},
		// Weak, foot - see also Weak, arches - see also flat foot: weakness of a
		// foot is no flat foot.
		{name: "fp2-weak-foot-not-flatfoot", text: "Weakness of the left foot on dorsiflexion.", not: []string{"M21.42", "M21.40"}},
		// A hematoma itself keeps the contusion reading, and a chain whose
		// second entry the note names is still followed.
		{name: "fp2-hematoma-contusion", text: "He had a hematoma after the fall.", want: []string{"T14.8XXA"}},
		{name: "fp2-convulsive-chain", text: "Convulsive episodes since childhood.", want: []string{"R56.9"}},
	}...)
}

func init() {
	cases = append(cases, []tc{
		// A site after a list of complaints reaches the first of them, as it
		// does after "X and Y": "pain, redness and tearing in the left eye"
		// is ocular pain, not pain of no site.
		{name: "fp2-list-site-eye", text: "Pain, redness and tearing in the left eye.", want: []string{"H57.12"}, not: []string{"R52"}},
		{name: "fp2-list-site-knee", text: "Pain, swelling and warmth of the right knee.", want: []string{"M25.561"}, not: []string{"R52"}},
		// Only the last item's trailing site: a modifier of the first item
		// does not pair with a middle item.
		{name: "fp2-list-no-cross-pair", text: "Persistent crying, poor cough and fever.", want: []string{"R05.9"}, not: []string{"R05.3"}},
		// Two conditions of one site share it: scrotal pain and an
		// inflammation of the scrotum.
		{name: "fp2-shared-site-scrotum", text: "He complained of pain and inflammation in the left hemiscrotum.", want: []string{"N50.82", "N49.2"}, not: []string{"R52"}},
		// A site before them qualifies the next noun only.
		{name: "fp2-shared-site-before", text: "A massive cerebral hemorrhage and the death of the patient.", want: []string{"I61.9"}, not: []string{"G93.82"}},
	}...)
}

func init() {
	cases = append(cases, []tc{
		// An allergy to a substance the index does not list is coded by the
		// class of the substance (Table of Drugs adverse-effect category;
		// data/allergy_status.tsv), not as an unspecified drug allergy.
		{name: "fp2-allergy-amoxicillin", text: "Allergy to amoxicillin.", want: []string{"Z88.0"}},
		{name: "fp2-allergy-list", text: "Allergic to codeine and ibuprofen.", want: []string{"Z88.5", "Z88.6"}},
		{name: "fp2-allergy-history-class", text: "A woman with a history of allergy to thiazides.", want: []string{"Z88.8"}, not: []string{"Z88.9"}},
		{name: "fp2-allergy-before", text: "Known amoxicillin allergy.", want: []string{"Z88.0"}},
		// Denied allergies and the unnamed "drug" stay uncoded.
		{name: "fp2-allergy-denied", text: "He denies allergy to amoxicillin.", not: []string{"Z88.0"}},
		{name: "fp2-no-known-drug-allergies", text: "No known drug allergies.", not: []string{"Z88.8", "Z88.9"}},
	}...)
}
