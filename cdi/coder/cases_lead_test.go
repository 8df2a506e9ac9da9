package coder

// Lead cases (fifth session): assertion and clause fixes made by the lead
// while the helpers worked on their own slices.
func init() {
	cases = append(cases, []tc{
		{name: "denies-any-history", text: "The patient denies any history of diabetes or rheumatoid arthritis.", not: []string{"E11.9", "M06.9"}},
		{name: "denies-a-history", text: "He denies a history of hypertension.", not: []string{"I10"}},
		{name: "no-prior-history", text: "No prior history of stroke.", not: []string{"Z86.73", "I63.9"}},
		{name: "without-a-history", text: "A woman without a history of heart failure came with cough.", want: []string{"R05.9"}, not: []string{"I50.9"}},
		{name: "history-after-denied-history", text: "No family history of interest and personal history of hypertension.", want: []string{"I10"}},
		{name: "but-splits-with", text: "She has no known history of asthma but has a history of COPD.", want: []string{"J44.9"}, not: []string{"J45.909"}},
		{name: "but-no-qualifier-across", text: "Type 2 diabetes, however no nephropathy.", want: []string{"E11.9"}, not: []string{"E11.21"}},
		{name: "with-still-joins", text: "Asthma with COPD exacerbation.", want: []string{"J44.1"}},
		{name: "hiv-positive-status", text: "He is HIV positive.", want: []string{"Z21"}, not: []string{"B20"}},
		{name: "hiv-positive-hyphen", text: "HIV-positive patient seen for a sprained ankle.", want: []string{"Z21"}, not: []string{"B20"}},
		{name: "hiv-positive-history", text: "Her history includes positive for HIV.", want: []string{"Z21"}, not: []string{"Z86.19"}},
		{name: "hiv-positive-with-pcp", text: "HIV seropositive man with Pneumocystis pneumonia.", want: []string{"B20", "B59"}, not: []string{"Z21"}},
		{name: "hiv-positive-with-tb", text: "HIV positive patient with pulmonary tuberculosis.", want: []string{"B20", "A15.0"}, not: []string{"Z21"}},
		{name: "hiv-infection-is-disease", text: "HIV infection on antiretroviral therapy.", want: []string{"B20"}, not: []string{"Z21"}},
		{name: "blood-work-is-a-test", text: "He thinks the testosterone is having a positive effect on his blood work.", not: []string{"T80.92XA"}},
		{name: "blood-work-finding", text: "Blood work showed anemia.", want: []string{"D64.9"}},
		{name: "denies-personal-history-although", text: "Although she denies any personal history of kidney stones, her brother had them.", not: []string{"Z87.442"}},
		{name: "residual-gives-way-dorsalgia", text: "Chief complaint: back pain.\nExam: pain to palpation of the lumbar spine.\nAssessment: low back pain.", want: []string{"M54.50"}, not: []string{"M54.9"}},
		{name: "residual-gives-way-abdominal", text: "She has abdominal pain. Exam: right upper quadrant pain to palpation.", want: []string{"R10.11"}, not: []string{"R10.9"}},
		{name: "residual-stays-alone", text: "She has back pain.", want: []string{"M54.9"}},
		{name: "residual-other-category-stays", text: "Back pain and abdominal pain.", want: []string{"M54.9", "R10.9"}},
		{name: "patient-belief-heart-attack", text: "He thought he was having a heart attack, but the ECG was normal.", not: []string{"I21.9"}},
		{name: "patient-fear-stroke", text: "She was worried that she had a stroke.", setting: "inpatient", not: []string{"I63.9"}},
		{name: "potential-is-uncertain", text: "He had a biopsy years ago for potential lung cancer; the nodule was benign.", not: []string{"C34.90"}},
		{name: "potential-for-is-risk", text: "There is potential for bleeding.", setting: "inpatient", not: []string{"R58"}},
		{name: "dcis-right-breast", text: "Ductal carcinoma in situ of the right breast.", want: []string{"D05.11"}, not: []string{"D05.91"}},
		{name: "dcis-abbrev-left", text: "Left DCIS, status post lumpectomy.", want: []string{"D05.12"}, not: []string{"D09.9"}},
		{name: "vaccinated-for-covid", text: "He is fully vaccinated for COVID-19.", not: []string{"U07.1"}},
		{name: "excludes1-opposite-sides-unrelated", text: "Ductal carcinoma of the left breast and ductal carcinoma in situ of the right breast.", want: []string{"C50.912", "D05.11"}},
		{name: "family-hypertension-classifiable", text: "Family history of hypertension.", want: []string{"Z82.49@family"}},
		{name: "family-list-each-member", text: "He reports a family history of high blood pressure and diabetes.", want: []string{"Z82.49@family", "Z83.3@family"}},
		{name: "family-crohn-classifiable", text: "A woman with a family history of Crohn's disease.", want: []string{"Z83.79@family"}, not: []string{"K50.90"}},
	}...)
}
