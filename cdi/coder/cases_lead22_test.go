package coder

import "notecoder/cdi/model"

// The lead's cases of the twenty-second session: checks on merged work.
func init() {
	cases = append(cases, []tc{
		{name: "lead22-icu-admission-current", text: "Assessment: Septic shock due to E. coli pneumonia. Plan: MICU admission for septic shock, norepinephrine.", setting: model.Inpatient, want: []string{"R65.21"}},
		{name: "lead22-adult-neonatal-history", text: "HPI: 45 yo man with type 2 diabetes admitted with sepsis due to pneumonia and hypoglycemia.\nPMH: as a neonate he had jaundice treated with phototherapy.\nAssessment: Sepsis due to pneumonia. Hypoglycemia.", setting: model.Inpatient, want: []string{"A41.9", "J18.9", "E11.649"}, not: []string{"P36.9", "P23.9", "P70.2"}},
		{name: "lead22-adult-born-here-birthplace", text: "HPI: 60 yo woman admitted with sepsis due to pneumonia and hypoglycemia.\nSocial history: born here, retired teacher, never smoker.\nAssessment: Sepsis due to pneumonia. Hypoglycemia.", setting: model.Inpatient, want: []string{"A41.9", "J18.9", "E16.2"}, not: []string{"P36.9", "P70.4", "Z38.00"}},
		{name: "lead22-history-cancer-follow-up", text: "Personal history of prostate cancer, follow-up examination.", want: []string{"Z85.46"}, not: []string{"C61"}},
		{name: "lead22-history-cancer-follow-up-recurrence", text: "History of lung cancer, follow-up CT shows recurrence in the right lower lobe.", setting: model.Inpatient, want: []string{"C34.90"}, not: []string{"Z85.118"}},
	}...)
}
