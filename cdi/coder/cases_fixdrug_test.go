package coder

import "notecoder/cdi/model"

// Table cases of helper fixdrug (drugs, underdosing, adverse effects): a
// patient who stopped a prescribed drug for a reason of his own took less
// than prescribed on purpose, the intentional underdosing (I.C.19.e.5.c:
// the underdosing code of the drug's class with Z91.12- for the intent;
// a financial reason is its subterm Z91.120); a drug a provider stopped is
// none; a later sentence that states the intent again keeps the
// underdosing NOS of its own words (Z91.14-) out. Advice is no diagnosis:
// "signs of infection reviewed" and "condoms for STI protection" name what
// to watch for or guard against, not an infection (B99.9). A condition put
// down to a drug named by its class or by a name the table does not list
// ("anemia due to antineoplastic chemotherapy", "CKD from calcineurin
// inhibitor toxicity", "hypogammaglobulinemia from rituximab", "myalgia due
// to daptomycin") takes the class's adverse effect (I.C.19.e.5.a); so does
// a "QT prolongation" put down to a drug (R94.31 beside the T code).
// Hemodialysis "in-center" is the renal dialysis status (Z99.2);
// "comfort-focused care" given, and an admission to an inpatient hospice
// unit, are palliative care (Z51.5), a preferred one is not.
func init() {
	cases = append(cases, []tc{
		{name: "fixdrug stopped his lithium because felt well is intentional underdosing",
			text: "HPI: Known bipolar I disorder; he stopped his lithium two months ago because he felt well and did not want pills.",
			want: []string{"T43.596A", "Z91.128"}, not: []string{"Z91.148"}},
		{name: "fixdrug stopped her warfarin because of cost is financial hardship",
			text: "HPI: Chronic atrial fibrillation; she stopped her warfarin 2 months ago because she could not afford the copays.",
			want: []string{"T45.516A", "Z91.120"}, not: []string{"Z91.128"}},
		{name: "fixdrug stopped risperidone because of weight gain in the history",
			text: "HPI: paranoid schizophrenia. Stopped risperidone 2 months ago because of weight gain.",
			want: []string{"Z91.128"}},
		{name: "fixdrug provider stopped the drug is no underdosing",
			text: "HPI: We stopped his lisinopril last week because of hyperkalemia.",
			not:  []string{"T46.4X6A", "Z91.128", "Z91.148"}},
		{name: "fixdrug stopped receiving vaccines is no underdosing",
			text: "HPI: Records show he stopped receiving vaccines after 15 months because of parental hesitancy.",
			not:  []string{"T50.Z96A", "Z91.128"}},
		{name: "fixdrug intent stated again in the assessment keeps Z91.148 out",
			text: "HPI: he stopped his lithium two months ago because it made him feel flat.\nAssessment: bipolar I disorder, current episode manic; stopped lithium on his own (underdosing).",
			want: []string{"T43.596A", "Z91.128"}, not: []string{"Z91.148"}},
		{name: "fixdrug signs of infection reviewed is advice",
			text: "Assessment: laceration of left hand, repaired.\nPlan: suture removal in 10 days. Signs of infection reviewed.",
			not:  []string{"B99.9"}},
		{name: "fixdrug condoms for STI protection is no infection",
			text: "A/P: Encounter for initial prescription of oral contraceptive pills. Continue condoms for STI protection.",
			want: []string{"Z30.011"}, not: []string{"B99.9", "A64"}},
		{name: "fixdrug wound with signs of infection stays a finding",
			text: "Assessment: laceration of left forearm with signs of infection.",
			want: []string{"S51.812A", "B99.9"}},
		{name: "fixdrug anemia due to antineoplastic chemotherapy takes T45.1X5A",
			text: "Assessment: Anemia due to antineoplastic chemotherapy - transfuse 2 units PRBC.",
			want: []string{"D64.81", "T45.1X5A"}},
		{name: "fixdrug neutropenia due to cytotoxic chemotherapy",
			text: "Assessment: Neutropenia due to cytotoxic chemotherapy.",
			want: []string{"D70.1", "T45.1X5A"}},
		{name: "fixdrug CKD from calcineurin inhibitor toxicity",
			text: "Assessment: CKD stage 3a from calcineurin inhibitor toxicity, creatinine stable.",
			want: []string{"N18.31", "T45.1X5A"}},
		{name: "fixdrug hypogammaglobulinemia from rituximab",
			text: "Assessment: Hypogammaglobulinemia from rituximab, no serious infections.",
			want: []string{"D80.1", "T45.1X5A"}},
		{name: "fixdrug myalgia due to daptomycin",
			text: "Assessment: Myalgia due to daptomycin (adverse effect), CK 900.",
			want: []string{"M79.10", "T36.8X5A"}},
		{name: "fixdrug QT prolongation due to ciprofloxacin",
			text: "Assessment: QT prolongation due to ciprofloxacin, QTc 540. Ciprofloxacin stopped.",
			want: []string{"R94.31", "T36.8X5A"}},
		{name: "fixdrug prolonged QTc from ondansetron",
			text: "Assessment: Prolonged QTc from ondansetron.",
			want: []string{"R94.31", "T45.0X5A"}},
		{name: "fixdrug in-center hemodialysis is the dialysis status",
			text: "DIALYSIS UNIT PROGRESS NOTE\n66 yo M on in-center hemodialysis TTS via a right IJ tunneled catheter; ESRD due to hypertensive nephrosclerosis.",
			want: []string{"Z99.2", "N18.6"}},
		{name: "fixdrug comfort-focused care is palliative care",
			text:    "Assessment: metastatic ovarian cancer. Goals of care reviewed with patient and daughter: comfort-focused care, DNR/DNI confirmed.",
			setting: model.Inpatient, want: []string{"Z51.5", "Z66"}},
		{name: "fixdrug admitted to the inpatient hospice unit",
			text:    "69 yo F with ovarian cancer; elected hospice last week. Admitted to the inpatient hospice unit for intractable vomiting.",
			setting: model.Inpatient, want: []string{"Z51.5"}},
		{name: "fixdrug preferred comfort-focused care is a wish",
			text: "Advance care planning: daughter is HCP; prefers comfort-focused care, MOLST updated - DNR.",
			not:  []string{"Z51.5"}},
	}...)
}
