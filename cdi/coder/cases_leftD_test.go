package coder

import "notecoder/cdi/model"

func init() {
	cases = append(cases, []tc{
		// Index: "Diabetes, steroid-induced - see Diabetes, due to, drug or
		// chemical"; the index prints that entry whole ("due to drug or
		// chemical" E09.9) beside an uncoded "due to" grouping, so the see
		// reference must join its two last parts (not fall back to E11).
		{name: "leftD steroid-induced diabetes", text: "Assessment: steroid-induced diabetes, on prednisone for her COPD.", setting: model.Inpatient, want: []string{"E09.9", "T38.0X5A"}, not: []string{"E11.9"}},
		{name: "leftD steroid induced dm with hyperglycemia", text: "Steroid induced diabetes mellitus with hyperglycemia.", setting: model.Inpatient, want: []string{"E09.65", "T38.0X5A"}, not: []string{"E11.65"}},
		{name: "leftD prednisone-induced diabetes kept", text: "Prednisone-induced diabetes.", setting: model.Inpatient, want: []string{"E09.9", "T38.0X5A"}},
		{name: "leftD type 2 diabetes kept", text: "Type 2 diabetes, diet controlled.", want: []string{"E11.9"}, not: []string{"E09.9"}},

		// A condition put down to a drug is its adverse effect (I.C.19.e.5.a):
		// Hypoglycemia, drug-induced E16.0 with T38.3X5A. A long-term use the
		// drug's name also says (data/longterm.tsv "self" rows: glipizide,
		// insulin glargine) is another fact of the same words, not the
		// condition read less specifically.
		{name: "leftD hypoglycemia due to glipizide", text: "Hypoglycemia due to glipizide.", setting: model.Inpatient, want: []string{"E16.0", "T38.3X5A"}, not: []string{"E16.2"}},
		{name: "leftD hypoglycemia caused by glipizide", text: "She had hypoglycemia caused by glipizide.", setting: model.Inpatient, want: []string{"E16.0", "T38.3X5A"}, not: []string{"E16.2"}},
		{name: "leftD hypoglycemia due to insulin glargine", text: "Hypoglycemia due to insulin glargine.", setting: model.Inpatient, want: []string{"E16.0", "T38.3X5A", "Z79.4"}},
		{name: "leftD t1dm hypoglycemia due to insulin detemir", text: "Type 1 diabetes. Hypoglycemia due to insulin detemir.", setting: model.Inpatient, want: []string{"E10.649", "T38.3X5A"}, not: []string{"E10.9"}},
		{name: "leftD dm2 hypoglycemia glipizide kept", text: "Type 2 diabetic with hypoglycemia due to glipizide.", setting: model.Inpatient, want: []string{"E11.649", "T38.3X5A"}},
		{name: "leftD glargine alone long term kept", text: "Continues insulin glargine 20 units at bedtime.", want: []string{"Z79.4"}, not: []string{"T38.3X5A", "E16.0"}},
		// A "hypoglycemic episode" is a hypoglycemia (cdi/text/data/abbrev.tsv).
		{name: "leftD hypoglycemic episode due to metformin", text: "Hypoglycemic episode due to metformin.", setting: model.Inpatient, want: []string{"E16.0", "T38.3X5A"}},
		{name: "leftD dm2 recurrent hypoglycemic episodes", text: "Type 2 diabetes with recurrent hypoglycemic episodes.", want: []string{"E11.649"}, not: []string{"E11.9"}},
		{name: "leftD dm2 no hypoglycemic events kept", text: "Type 2 diabetes, no hypoglycemic events.", want: []string{"E11.9"}, not: []string{"E11.649", "E16.2"}},
		{name: "leftD rash caused by amoxicillin", text: "Rash caused by amoxicillin.", want: []string{"T36.0X5A"}},

		// Index: "Diabetes, due to underlying condition" E08.- (code first the
		// condition). A condition whose main term has no code of its own
		// ("Fibrosis, cystic", "Cushing's, syndrome") named after "due to" is
		// such a condition; and the E08 entry's own "with" subterms read a
		// complication said after the cause (E08.65, not the default E11.65).
		{name: "leftD dm due to cystic fibrosis", text: "Diabetes due to cystic fibrosis.", setting: model.Inpatient, want: []string{"E08.9", "E84.9"}, not: []string{"E11.9"}},
		{name: "leftD dm secondary to cushing", text: "Diabetes mellitus secondary to Cushing's syndrome.", setting: model.Inpatient, want: []string{"E08.9", "E24.9"}, not: []string{"E11.9"}},
		{name: "leftD dm due to cf with hyperglycemia", text: "Diabetes due to cystic fibrosis with hyperglycemia.", setting: model.Inpatient, want: []string{"E08.65", "E84.9"}, not: []string{"E11.65"}},
		{name: "leftD dm due to pancreatitis with neuropathy", text: "Diabetes secondary to chronic pancreatitis, with neuropathy.", setting: model.Inpatient, want: []string{"E08.40", "K86.1"}, not: []string{"E11.40"}},
		{name: "leftD type 2 dm with cf kept", text: "Type 2 diabetes due to cystic fibrosis.", setting: model.Inpatient, want: []string{"E11.9", "E84.9"}, not: []string{"E08.9"}},
		{name: "leftD dm nephropathy cause after complication kept", text: "Diabetic nephropathy due to cystic fibrosis.", setting: model.Inpatient, want: []string{"E11.21"}, not: []string{"E08.21"}},
		{name: "leftD dm due to weekend kept", text: "Diabetes, worse due to the weekend.", not: []string{"E08.9"}},

		// "Stopped taking" a drug for its side effect tells of an adverse
		// effect, not of less taken than prescribed (no underdosing).
		{name: "leftD stopped for side effects", text: "She stopped taking lisinopril because of side effects.", not: []string{"T46.4X6A"}},
		{name: "leftD stopped not tolerated", text: "He stopped taking atorvastatin since he could not tolerate it.", not: []string{"Z91.148"}},
		{name: "leftD stopped seizure kept", text: "He stopped taking his levetiracetam and had a seizure.", want: []string{"T42.6X6A"}},

		// A course counted part way ("3 of 6 cycles") is treatment still
		// directed to the malignancy (I.C.2.d): current, not Z85.
		{name: "leftD hx breast ca 3 of 6 cycles", text: "History of breast cancer, completed 3 of 6 cycles of chemotherapy.", want: []string{"C50.919"}, not: []string{"Z85.3"}},
		{name: "leftD hx colon ca cycle 3 of 12", text: "History of colon cancer, completed cycle 3 of 12 of FOLFOX.", want: []string{"C18.9"}, not: []string{"Z85.038"}},
		{name: "leftD hx breast ca 6 cycles done kept", text: "History of breast cancer, completed 6 cycles of chemotherapy.", want: []string{"Z85.3"}, not: []string{"C50.919"}},
		{name: "leftD hx breast ca 6 of 6 kept", text: "History of breast cancer, completed 6 of 6 cycles of chemotherapy.", want: []string{"Z85.3"}, not: []string{"C50.919"}},

		// Index: "Pain, due to malignancy (primary) (secondary)" G89.3; the
		// entry has no sites, so a pain put down to a neoplasm is G89.3 at any
		// site (I.C.6.b.5), the neoplasm coded beside it.
		{name: "leftD pain due to bone mets", text: "Pain due to bone metastases.", setting: model.Inpatient, want: []string{"G89.3", "C79.51"}, not: []string{"R52"}},
		{name: "leftD back pain due to vertebral mets", text: "Back pain due to vertebral metastases.", setting: model.Inpatient, want: []string{"G89.3", "C79.51"}},
		{name: "leftD chronic pain due to pancreatic ca", text: "Chronic pain due to pancreatic cancer.", setting: model.Inpatient, want: []string{"G89.3", "C25.9"}, not: []string{"G89.29"}},
		{name: "leftD knee pain due to oa kept", text: "Left knee pain due to osteoarthritis.", not: []string{"G89.3"}},

		// Index: "Failure, heart, diastolic, combined with systolic" I50.4-:
		// both kinds named without "combined" are the combined failure, its
		// acuity read below it.
		{name: "leftD systolic and diastolic hf", text: "Systolic and diastolic heart failure.", setting: model.Inpatient, want: []string{"I50.40"}, not: []string{"I50.30", "I50.20"}},
		{name: "leftD acute systolic and diastolic hf", text: "Acute systolic and diastolic heart failure.", setting: model.Inpatient, want: []string{"I50.41"}, not: []string{"I50.31"}},
		{name: "leftD chronic diastolic and systolic chf", text: "Chronic diastolic and systolic CHF.", setting: model.Inpatient, want: []string{"I50.42"}, not: []string{"I50.32"}},
		{name: "leftD acute on chronic diastolic hf kept", text: "Acute on chronic diastolic heart failure.", setting: model.Inpatient, want: []string{"I50.33"}},

		// Index: "Arthritis, rheumatoid, seropositive, without organ
		// involvement" M05.7- by site: a site named with no involvement
		// documented; a joint disease's "multiple site(s)" is what notes call
		// multiple joints or polyarticular.
		{name: "leftD seropositive ra multiple sites", text: "Seropositive rheumatoid arthritis of multiple sites.", want: []string{"M05.79"}, not: []string{"M05.9"}},
		{name: "leftD seropositive ra multiple joints", text: "Seropositive rheumatoid arthritis involving multiple joints.", want: []string{"M05.79"}, not: []string{"M05.9"}},
		{name: "leftD polyarticular seropositive ra", text: "Polyarticular seropositive rheumatoid arthritis.", want: []string{"M05.79"}},
		{name: "leftD seropositive ra right knee", text: "Seropositive rheumatoid arthritis of the right knee.", want: []string{"M05.761"}},
		{name: "leftD seropositive ra no site kept", text: "Seropositive rheumatoid arthritis.", want: []string{"M05.9"}},
		{name: "leftD gout multiple joints", text: "Gout of multiple joints.", want: []string{"M10.09"}},
	}...)
}
