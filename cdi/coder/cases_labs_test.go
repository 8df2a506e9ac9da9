package coder

// Abnormal lab findings a US provider states in an assessment or problem list
// (guideline III.B: coded when the provider calls them significant): lab
// names the index spells out (CRP, ESR, LDH, alk phos, white count), elevated
// serum enzymes the index files under "Abnormal, serum level" (lipase,
// alkaline phosphatase), elevated liver enzymes, elevated or supratherapeutic
// INR, elevated A1c without diabetes, a positive QuantiFERON, low vitamin D
// and B12; the raw values of a results line and the negated findings that
// must stay uncoded; "not yet diabetic", which denies the diabetes;
// elevated bilirubin (R17) and an elevated or suppressed TSH (R94.6); and the
// lab names "free T4", "free PSA", which are no "free" denial.
func init() {
	cases = append(cases, []tc{
		{name: "labs-elevated-lfts", text: "Assessment: elevated LFTs, will recheck in 4 weeks.", want: []string{"R79.89"}},
		{name: "labs-transaminitis", text: "Assessment: transaminitis, likely medication related.", want: []string{"R74.01"}},
		{name: "labs-liver-enzymes", text: "Assessment: elevated liver enzymes, likely statin related.", want: []string{"R74.8"}, not: []string{"R74.9"}},
		{name: "labs-liver-enzymes-post", text: "Problem list:\n1. Liver enzymes elevated.", want: []string{"R74.8"}, not: []string{"R74.9"}},
		{name: "labs-alk-phos", text: "Assessment: elevated alkaline phosphatase, check GGT.", want: []string{"R74.8"}},
		{name: "labs-alk-phos-abbrev", text: "Assessment: elevated alk phos.", want: []string{"R74.8"}},
		{name: "labs-lipase", text: "Assessment: elevated lipase without abdominal pain.", want: []string{"R74.8"}},
		{name: "labs-leukocytosis", text: "Assessment: leukocytosis, afebrile, will recheck CBC.", want: []string{"D72.829"}},
		{name: "labs-white-count", text: "Assessment: elevated white count, likely steroid induced.", want: []string{"D72.829"}},
		{name: "labs-troponin", text: "Assessment: elevated troponin, type 2 demand, no ACS.", want: []string{"R77.8"}},
		{name: "labs-psa", text: "Assessment: elevated PSA, refer to urology.", want: []string{"R97.20"}},
		{name: "labs-crp", text: "Assessment: elevated CRP.", want: []string{"R79.82"}},
		{name: "labs-esr", text: "Assessment: elevated ESR, rheumatology referral.", want: []string{"R70.0"}},
		{name: "labs-ldh", text: "Assessment: elevated LDH.", want: []string{"R74.02"}},
		{name: "labs-inr", text: "Assessment: elevated INR.", want: []string{"R79.1"}},
		{name: "labs-inr-supra", text: "Assessment: supratherapeutic INR on warfarin, hold tonight's dose.", want: []string{"R79.1", "Z79.01"}},
		{name: "labs-hyperglycemia", text: "Assessment: hyperglycemia.", want: []string{"R73.9"}},
		{name: "labs-prediabetes", text: "Assessment: prediabetes, lifestyle counseling.", want: []string{"R73.03"}},
		{name: "labs-a1c", text: "Assessment: elevated A1c, not yet diabetic.", want: []string{"R73.09"}, not: []string{"E11.9"}},
		{name: "labs-hba1c", text: "Assessment: elevated hemoglobin A1c.", want: []string{"R73.09"}},
		{name: "labs-microalbuminuria", text: "Assessment: microalbuminuria.", want: []string{"R80.9"}},
		{name: "labs-proteinuria", text: "Assessment: proteinuria, check UACR.", want: []string{"R80.9"}},
		{name: "labs-micro-hematuria", text: "Assessment: microscopic hematuria.", want: []string{"R31.29"}},
		{name: "labs-gross-hematuria", text: "Assessment: gross hematuria, CT urogram ordered.", want: []string{"R31.0"}},
		{name: "labs-abnormal-ekg", text: "Assessment: abnormal EKG, cardiology referral.", want: []string{"R94.31"}},
		{name: "labs-elevated-bp", text: "Assessment: elevated blood pressure reading without diagnosis of hypertension.", want: []string{"R03.0"}, not: []string{"I10"}},
		{name: "labs-low-vit-d", text: "Assessment: low vitamin D, start cholecalciferol.", want: []string{"E55.9"}},
		{name: "labs-vit-d-def", text: "Assessment: vitamin D deficiency.", want: []string{"E55.9"}},
		{name: "labs-low-b12", text: "Assessment: low B12, start supplementation.", want: []string{"E53.8"}},
		{name: "labs-iron-def", text: "Assessment: iron deficiency without anemia.", want: []string{"E61.1"}, not: []string{"D50.9"}},
		{name: "labs-hypokalemia", text: "Assessment: hypokalemia, replete.", want: []string{"E87.6"}},
		{name: "labs-hypomagnesemia", text: "Assessment: hypomagnesemia.", want: []string{"E83.42"}},
		{name: "labs-ppd", text: "Assessment: positive PPD. Chest x-ray clear.", want: []string{"R76.11"}},
		{name: "labs-quantiferon", text: "Assessment: positive QuantiFERON, no active TB.", want: []string{"R76.12"}, not: []string{"A15.9"}},
		{name: "labs-raw-values", text: "Labs: CRP 45, ESR 60, INR 3.4, alk phos 210.", not: []string{"R79.82", "R70.0", "R79.1", "R74.8"}},
		{name: "labs-lfts-normal", text: "Assessment: LFTs normal.", not: []string{"R79.89", "R74.01"}},
		{name: "labs-no-leukocytosis", text: "Assessment: no leukocytosis.", not: []string{"D72.829"}},
		{name: "labs-inr-therapeutic", text: "Assessment: INR therapeutic on warfarin.", want: []string{"Z79.01"}, not: []string{"R79.1"}},
		{name: "labs-pending", text: "Plan: CRP and ESR pending.", not: []string{"R79.82", "R70.0"}},
		{name: "labs-low-sodium-diet", text: "Plan: low sodium diet, low vitamin K variability.", not: []string{"E87.1", "E55.9"}},
		{name: "labs-bilirubin", text: "Assessment: elevated bilirubin.", want: []string{"R17"}},
		{name: "labs-total-bilirubin", text: "Problem list:\n1. Elevated total bilirubin, fractionate.", want: []string{"R17"}},
		{name: "labs-bilirubin-not", text: "Assessment: bilirubin not elevated.", not: []string{"R17"}},
		{name: "labs-tsh", text: "Assessment: elevated TSH.", want: []string{"R94.6"}},
		{name: "labs-tsh-suppressed", text: "Assessment: suppressed TSH, check thyroid uptake scan.", want: []string{"R94.6"}},
		{name: "labs-tsh-free-t4", text: "Assessment: elevated TSH, repeat with free T4 in 6 weeks.", want: []string{"R94.6"}},
		{name: "labs-psa-free-psa", text: "Assessment: elevated PSA, check free PSA.", want: []string{"R97.20"}},
	}...)
}
