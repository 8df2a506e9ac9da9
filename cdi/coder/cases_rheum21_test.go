package coder

// Cases for rheum21: rheumatology and dermatology wording (biologics as long-term therapy, psoriatic
// arthritis kinds, resistance patterns that are no drug, signs integral to the skin and joint
// diseases) that the rheumderm notes showed miscoded.
func init() {
	cases = append(cases, []tc{
		{name: "rheum21-rituximab-longterm", text: "Assessment: GPA with renal involvement in remission.\nPlan: continue rituximab maintenance every 6 months.", want: []string{"Z79.620"}},
		{name: "rheum21-secukinumab-longterm", text: "Psoriatic arthritis on secukinumab since 2024.\nPlan: continue secukinumab (long-term biologic).", want: []string{"Z79.620"}},
		{name: "rheum21-febuxostat-longterm", text: "Chronic gout. Plan: continue febuxostat long-term, LFTs every 6 months.", want: []string{"Z79.899"}},
		{name: "rheum21-psa-dip", text: "Assessment: Psoriatic arthritis, predominantly distal interphalangeal joint disease.", want: []string{"L40.51"}, not: []string{"L40.50", "M25.9"}},
		{name: "rheum21-rf-positive-site", text: "Assessment: Rheumatoid arthritis with positive rheumatoid factor, bilateral hands.", want: []string{"M05.741", "M05.742"}, not: []string{"M05.9"}},
		{name: "rheum21-mssa-no-drug", text: "Assessment: Septic arthritis of L knee due to methicillin-susceptible Staph aureus.", want: []string{"B95.61"}, not: []string{"T36.0X5A"}},
		{name: "rheum21-sinus-tract", text: "Exam: L inguinal fold draining sinus tract.", not: []string{"J32.9"}},
		{name: "rheum21-sinus-tract-hs", text: "Exam: L inguinal fold draining sinus tract with 2 open comedones.\nAssessment: Hidradenitis suppurativa, Hurley stage II.", want: []string{"L73.2"}, not: []string{"J32.9", "L98.8"}}, // guards the fistula reading beside hidradenitis (integral)
		{name: "rheum21-sss-fibromyalgia", text: "Assessment: Fibromyalgia - meets 2016 criteria (WPI 11, SSS 8).", want: []string{"M79.7"}, not: []string{"I49.5"}},
		{name: "rheum21-jaw-claudication", text: "HPI: new temporal headache and jaw claudication.\nAssessment: Giant cell arteritis with polymyalgia rheumatica.", want: []string{"M31.5"}, not: []string{"I73.9", "M31.6"}},
		{name: "rheum21-gca-two-mentions", text: "Principal dx: Giant cell arteritis with vision loss, right eye.\nDischarge dx: GCA with polymyalgia rheumatica.", want: []string{"M31.5"}, not: []string{"M31.6"}},
		{name: "rheum21-lupus-effusion", text: "CXR showed small bilateral pleural effusions.\nA/P: SLE with lupus serositis - pleuritis with small bilateral effusions, improving.", want: []string{"M32.13"}, not: []string{"M32.9", "J90", "K65.8"}},
		{name: "rheum21-rosacea-rhinophyma", text: "HPI: nose enlargement over 3 years, papules/pustules on cheeks.\nAssessment: Rosacea, phymatous subtype with rhinophyma.", want: []string{"L71.1"}, not: []string{"L71.9", "J34.89", "L08.9"}},
		{name: "rheum21-strep-pharyngitis-organism", text: "HPI: amoxicillin 6 days ago for strep pharyngitis (rapid strep +).", want: []string{"J02.0"}, not: []string{"B95.5"}},
		{name: "rheum21-psa-plain", text: "Assessment: Psoriatic arthritis, stable.", want: []string{"L40.50"}}, // guards the unspecified kind, which the redirect must keep
	}...)
}
