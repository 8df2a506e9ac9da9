package coder

func init() {
	cases = append(cases, []tc{
		// A removal done in the admission a case narrative dates is this stay's procedure.
		{name: "left10b-gastrectomy-this-stay", text: "The patient, a 62-year-old woman diagnosed with gastric adenocarcinoma, was admitted in June 2012 to the Digestive Service of the General Hospital where a subtotal gastrectomy and a Billroth II reconstruction were performed.", setting: "inpatient",
			want: []string{"C16.9"}, not: []string{"Z90.3"}},
		{name: "left10b-gastrectomy-past-admission-outpatient", text: "The patient, a 62-year-old woman diagnosed with gastric adenocarcinoma, was admitted in June 2012 to the Digestive Service of the General Hospital where a subtotal gastrectomy and a Billroth II reconstruction were performed.",
			want: []string{"Z90.3"}},
		{name: "left10b-gastrectomy-history-inpatient", text: "History of subtotal gastrectomy for gastric cancer.", setting: "inpatient",
			want: []string{"Z90.3"}},
		// "Until <year>" ends a habit.
		{name: "left10b-smoker-until-year", text: "Social history: smoker until 2010.",
			want: []string{"Z87.891"}, not: []string{"F17.200", "F17.210"}},
		{name: "left10b-smoker-until-age", text: "Social history: smoker until the age of 40.",
			want: []string{"Z87.891"}, not: []string{"F17.200"}},
		{name: "left10b-smoker-since-year", text: "Social history: smoker since 2010.",
			want: []string{"F17.200"}, not: []string{"Z87.891"}},
		// Advice to stop is not the withdrawal syndrome.
		{name: "left10b-alcohol-withdrawal-advice", text: "Plan: alcohol withdrawal was recommended.",
			not: []string{"F10.239", "F10.939"}},
		{name: "left10b-alcohol-withdrawal-syndrome", text: "Alcohol withdrawal was treated with diazepam.",
			want: []string{"F10.239"}},
		{name: "left10b-smoking-cessation-advice", text: "Plan: smoking cessation was recommended.",
			not: []string{"F17.200"}},
		{name: "left10b-hernia-surgery-advice", text: "Surgery for the inguinal hernia was recommended.",
			want: []string{"K40.90"}},
		// Anatomical depression.
		{name: "left10b-depression-oval", text: "Fundus examination showed an oval depression in the optic disc.",
			not: []string{"F32.A"}},
		{name: "left10b-depression-surface", text: "Autopsy: a slight depression of the surface of both frontal lobes.",
			not: []string{"F32.A"}},
		{name: "left10b-depression-st-segment", text: "ECG showed depression of the ST segment in the lateral leads.",
			not: []string{"F32.A"}},
		{name: "left10b-depression-mood", text: "History of depression of the mood, on sertraline.",
			want: []string{"F32.A"}},
		// The aortic arch is a structure; a named anomaly is congenital.
		{name: "left10b-aortic-arch-normal", text: "The catheter was advanced to the aortic arch without difficulty.",
			not: []string{"Q25.49"}},
		{name: "left10b-aortic-arch-calcification", text: "Chest x-ray: calcification of the aortic arch.",
			want: []string{"I70.0"}, not: []string{"Q25.49"}},
		{name: "left10b-aortic-arch-right", text: "Echocardiography showed a right aortic arch.",
			want: []string{"Q25.47"}},
		{name: "left10b-aortic-arch-bovine", text: "CT angiography showed a bovine arch.",
			want: []string{"Q25.49"}},
		{name: "left10b-alcohol-withdrawal-as-treatment", text: "He was treated with alcohol withdrawal, nutritional supplements and diuretics.", setting: "inpatient",
			not: []string{"F10.239"}},
		{name: "left10b-alcohol-withdrawal-treated-for", text: "He was treated for alcohol withdrawal with lorazepam.", setting: "inpatient",
			want: []string{"F10.239"}},
		// The type of hepatitis A is acute by its category; "acute" alone is the unspecified type.
		{name: "left10b-hepatitis-a-acute", text: "Assessment: acute hepatitis A.",
			want: []string{"B15.9"}, not: []string{"B17.9"}},
		{name: "left10b-hepatitis-acute-unspecified", text: "Assessment: acute viral hepatitis.",
			want: []string{"B17.9"}},
		// One word of a title's phrase qualified otherwise in the note does not pick the child.
		{name: "left10b-pressure-ulcer-necrotic-tissue", text: "Pressure ulcer of the sacrum with necrotic tissue.", setting: "inpatient",
			want: []string{"L89.159"}, not: []string{"L89.156"}},
		{name: "left10b-pressure-deep-tissue", text: "Deep tissue injury of the sacrum.", setting: "inpatient",
			want: []string{"L89.156"}},
		// An episode treated in a year gone by is over; a lasting condition is not.
		{name: "left10b-tuberculosis-treated-year", text: "Pulmonary tuberculosis treated in 2005.",
			want: []string{"Z86.11"}, not: []string{"A15.0"}},
		{name: "left10b-hypertension-treated-year", text: "Hypertension treated in 2005 with lisinopril.",
			want: []string{"I10"}},
		// Outpatient: an uncertain diagnosis is not coded (IV.H); inpatient it is (II.H).
		{name: "left10b-rule-out-tb-outpatient", text: "Assessment: rule out tuberculosis.",
			not: []string{"A15.9", "A15.0"}},
		// The skin of a site the index lists under the condition is that site's.
		{name: "left10b-ulcer-skin-of-eyelid", text: "Exam: ulceration of the skin of the right upper eyelid.",
			want: []string{"H01.81"}, not: []string{"L98.499"}},
		{name: "left10b-scc-skin-of-face", text: "Squamous cell carcinoma of the skin of the face.",
			want: []string{"C44.320"}},
		{name: "left10b-kaposi-skin-of-leg", text: "Kaposi sarcoma of the skin of the leg.",
			want: []string{"C46.0"}},
		// A past kidney infection is a urinary tract infection.
		{name: "left10b-history-kidney-infection", text: "Past medical history: kidney infection.",
			want: []string{"Z87.440"}, not: []string{"Z86.19"}},
		{name: "left10b-history-bladder-infection", text: "Past medical history: bladder infection.",
			want: []string{"Z87.440"}, not: []string{"Z86.19"}},
	}...)
}
