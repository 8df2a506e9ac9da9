package coder

func init() {
	cases = append(cases, []tc{
		// A "without" of an earlier clause does not make a later denied word
		// the code's own: the dash ends the "without complications" clause and
		// the "no" denies the ketoacidosis the "with" subterm read past it.
		{name: "lead13 without complications dash no DKA", text: "Type 1 diabetes mellitus without complications - no DKA.", want: []string{"E10.9"}, not: []string{"E10.10"}},
		{name: "lead13 T2DM without complication dash no hypoglycemia", text: "Type 2 diabetes without complication - no hypoglycemia episodes.", want: []string{"E11.9"}, not: []string{"E11.649"}},
		// Guards: the "without" subterm in its own clause, and a "with" past the dash.
		{name: "lead13 migraine without aura stays", text: "Migraine without aura - no status.", want: []string{"G43.009"}},
		{name: "lead13 with DKA dash no coma", text: "Type 1 diabetes with DKA - no coma.", setting: "inpatient", want: []string{"E10.10"}},
		// The diabetes of no stated type takes the type the note states
		// elsewhere (I.C.4.a.2): the default E11 only when none is documented.
		{name: "lead13 type 1 stated then DKA", text: "Type 1 diabetic. Admitted with DKA.", setting: "inpatient", want: []string{"E10.10"}, not: []string{"E11.10"}},
		{name: "lead13 type 1 in PMH nephropathy in assessment", text: "PMH: type 1 diabetes since age 9.\nAssessment: diabetic nephropathy, on lisinopril.", want: []string{"E10.21"}, not: []string{"E11.21"}},
		// Guards: a bare diabetes beside the stated type (merged before), no
		// type stated, the mother's type, type 2 stated.
		{name: "lead13 bare diabetes beside type 1 is type 1", text: "Type 1 diabetes. Diabetes well controlled on the pump.", want: []string{"E10.9"}, not: []string{"E11.9"}},
		{name: "lead13 DKA no type stays default", text: "Admitted with DKA.", setting: "inpatient", want: []string{"E11.10"}},
		{name: "lead13 family type 2 does not type the patient", text: "Mother has type 2 diabetes. He has type 1 diabetes. Now DKA.", setting: "inpatient", want: []string{"E10.10", "Z83.3"}, not: []string{"E11.10"}},
		{name: "lead13 type 2 beside a drug-induced diabetes keeps E11", text: "Type 2 diabetes mellitus. Prednisone-induced diabetes worsening. Admitted with DKA.", setting: "inpatient", want: []string{"E11.10"}, not: []string{"E09.10"}},
		{name: "lead13 type 2 stated keeps E11", text: "PMH: T2DM.\nA/P: DKA, insulin drip.", setting: "inpatient", want: []string{"E11.10"}},
		// A diabetic's drug-induced hypoglycemia is the diabetes with
		// hypoglycemia (E16.0 Excludes1), whatever the type.
		{name: "lead13 type 1 hypoglycemia due to insulin", text: "Type 1 DM. Hypoglycemia due to insulin.", setting: "inpatient", want: []string{"E10.649"}, not: []string{"E16.0", "E10.9"}},
		{name: "lead13 type 2 hypoglycemia from insulin in the plan", text: "PMH: type 2 diabetes.\nA/P: hypoglycemia due to insulin, dose reduced.", setting: "inpatient", want: []string{"E11.649"}, not: []string{"E16.0"}},
		// Guards: the sentence's own "insulin-induced" reading, and no
		// diabetes: the drug-induced hypoglycemia stays.
		{name: "lead13 T2DM insulin-induced hypoglycemia", text: "T2DM on basal insulin, admitted with insulin-induced hypoglycemia.", setting: "inpatient", want: []string{"E11.649", "T38.3X5A"}, not: []string{"E16.0"}},
		{name: "lead13 drug hypoglycemia without diabetes stays", text: "Insulin-induced hypoglycemia after an accidental injection; she has no diabetes.", setting: "inpatient", want: []string{"E16.0"}, not: []string{"E11.649"}},
		// "Diabetes, due to underlying condition" (E08) is read from the
		// note's own "due to"/"secondary to" a condition, coded beside it.
		{name: "lead13 diabetes secondary to chronic pancreatitis", text: "Diabetes secondary to chronic pancreatitis, on insulin.", setting: "inpatient", want: []string{"E08.9", "K86.1"}, not: []string{"E11.9"}},
		// Guards: a drug is no underlying condition; an admission's cause
		// is not the diabetes'.
		{name: "lead13 diabetes due to prednisone stays E09", text: "Diabetes due to prednisone.", setting: "inpatient", want: []string{"E09.9", "T38.0X5A"}, not: []string{"E08.9"}},
		{name: "lead13 diabetes admitted due to a fall", text: "Diabetes, admitted due to a fall at home.", setting: "inpatient", want: []string{"E11.9"}, not: []string{"E08.9"}},
		// "<drug>-induced <condition>": the condition's drug-induced subterm
		// (I.C.19.e.5.a), as "<condition> due to <drug>" already was.
		{name: "lead13 amiodarone-induced hypothyroidism", text: "Amiodarone-induced hypothyroidism, on levothyroxine.", want: []string{"E03.2", "T46.2X5A"}, not: []string{"E03.9"}},
		{name: "lead13 opioid-induced constipation", text: "Opioid-induced constipation, start senna.", want: []string{"K59.03", "T40.2X5A"}, not: []string{"K59.00"}},
		{name: "lead13 chemo-induced peripheral neuropathy", text: "Chemotherapy-induced peripheral neuropathy of both feet.", want: []string{"G62.0", "T45.1X5A"}, not: []string{"G62.9"}},
		{name: "lead13 prednisone-induced diabetes", text: "Prednisone-induced diabetes, on metformin.", want: []string{"E09.9", "T38.0X5A"}, not: []string{"E11.9"}},
		// Guards: the drug of another clause; the cue before a condition
		// with no drug-induced subterm.
		{name: "lead13 drug-induced other clause", text: "Lisinopril-induced cough resolved; hypothyroidism on levothyroxine.", want: []string{"E03.9"}, not: []string{"E03.2"}},
		{name: "lead13 lisinopril-induced angioedema stays", text: "Lisinopril-induced angioedema of the lips.", setting: "inpatient", want: []string{"T78.3XXA", "T46.4X5A"}},
	}...)
}
