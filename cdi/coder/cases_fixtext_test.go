package coder

import "notecoder/cdi/model"

// Table cases of helper fixtext (text structure): an inline section header
// written after a short document title on the same line opens its section
// ("Discharge summary. Hospital course: ..."); a denial written after one
// item of a comma list answers that item only ("HTN denied, asthma"), and an
// item that says its finding is there ("cough present") is out of an earlier
// denial's reach; a "with" alone names no child of a category
// ("post-thrombotic syndrome ... with swelling" is not "with ulcer").
func init() {
	cases = append(cases, []tc{
		{name: "fixtext inline hospital course after a title is this stay",
			text: "Discharge summary. Hospital course: AKI resolved with fluids.", setting: model.Inpatient,
			want: []string{"N17.9"}, not: []string{"Z87.448"}},
		{name: "fixtext inline assessment after a progress note title",
			text: "Progress note. Assessment: community acquired pneumonia, improving.",
			want: []string{"J18.9"}},
		{name: "fixtext pmh denial of one item keeps the next",
			text: "PMH: HLD, HTN denied, asthma",
			want: []string{"E78.5", "J45.909"}, not: []string{"I10"}},
		{name: "fixtext ros denial after an item keeps the next item",
			text: "Assessment: chest pain denied, palpitations.",
			want: []string{"R00.2"}, not: []string{"R07.9"}},
		{name: "fixtext affirmed item after a denied one",
			text: "Assessment: no fever, cough present.",
			want: []string{"R05.9"}, not: []string{"R50.9"}},
		{name: "fixtext affirmed item noted",
			text: "Assessment: no edema, wheezing noted.",
			want: []string{"R06.2"}, not: []string{"R60.9"}},
		{name: "fixtext affirmed item keeps a relative's scope",
			text: "Family history: mother, diabetes present.",
			want: []string{"Z83.3"}, not: []string{"E11.9"}},
		{name: "fixtext controlled item is out of the next item's denial",
			text: "Assessment: HTN controlled, asthma denied.",
			want: []string{"I10"}, not: []string{"J45.909"}},
		{name: "fixtext denied list stays denied",
			text: "ROS: denies fever, chills, cough, nausea.",
			not:  []string{"R50.9", "R05.9", "R11.0"}},
		{name: "fixtext post-thrombotic syndrome with swelling is no ulcer",
			text: "Assessment: post-thrombotic syndrome of the left leg with swelling.",
			want: []string{"I87.092"}, not: []string{"I87.012"}},
	}...)
}

// Pathology specimen labels (markSpecimenLabels): the organ and part named
// before the colon are the site of the diagnosis after it.
func init() {
	cases = append(cases, []tc{
		{name: "fixtext pathology label sigmoid colon adenoma",
			text: "Colon, sigmoid, biopsy: tubular adenoma.",
			want: []string{"D12.5"}, not: []string{"D12.6", "D36.9"}},
		{name: "fixtext pathology label with a snare polypectomy",
			text: "Final diagnosis:\nA. Colon, sigmoid, cold snare polypectomy: tubular adenoma.",
			want: []string{"D12.5"}, not: []string{"D36.9"}},
		{name: "fixtext pathology label breast core biopsy",
			text: "Breast, left, core biopsy: invasive ductal carcinoma.",
			want: []string{"C50.912"}, not: []string{"C80.1"}},
		{name: "fixtext organ heading without a procedure is no label",
			text: "EGD: Stomach: mild erosions, biopsied. Esophagus normal.",
			not:  []string{"K25.9"}},
		{name: "fixtext pathology label prostate needle biopsy",
			text: "Prostate, needle biopsy: adenocarcinoma.",
			want: []string{"C61"}, not: []string{"C80.1"}},
	}...)
}

// A procedure line dated by month and day only is this stay's procedure in
// an inpatient note (data/status_post.tsv staydate; the section keeps the
// dated title as text): the absence it leaves is no status yet
// (I.C.21.c.3). A full date with a year stays a past procedure's status.
func init() {
	cases = append(cases, []tc{
		{name: "fixtext dated procedure line is this stay",
			text: "Reason for admission: wet gangrene of the right foot.\nProcedure 11/24: below-knee amputation right.", setting: model.Inpatient,
			not: []string{"Z89.511"}},
		{name: "fixtext procedure line with a year stays a status",
			text: "Procedure 11/24/2019: below-knee amputation right.", setting: model.Inpatient,
			want: []string{"Z89.511"}},
	}...)
}
