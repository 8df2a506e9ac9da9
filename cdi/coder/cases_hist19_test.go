package coder

// hist19: past, healed or ended conditions read as current (own words).
func init() {
	cases = append(cases, []tc{
		{name: "hist19 clot months after, treatment finished",
			text: "HEMATOLOGY FOLLOW-UP\n47M seen 6 months after a provoked right popliteal DVT with PE. Finished 3 months of rivaroxaban; no leg swelling or dyspnea now.\nA/P: History of DVT and PE - no further anticoagulation.",
			want: []string{"Z86.718", "Z86.711"}, not: []string{"I82.431", "I26.99"}},
		{name: "hist19 infarction months ago, old NSTEMI, DES is a stent",
			text: "CARDIOLOGY\n66F here 5 months after an NSTEMI treated with a stent to the RCA. No angina.\nAssessment: CAD s/p DES to RCA, old NSTEMI - continue statin.",
			want: []string{"I25.2", "I25.10", "Z95.5"}, not: []string{"I21.4", "Z98.61"}},
		{name: "hist19 past anemia now corrected",
			text: "GI CLINIC\n45F with celiac disease. Past iron deficiency anemia now corrected (Hgb 13).\nA/P: celiac disease - gluten-free diet.",
			want: []string{"K90.0"}, not: []string{"D50.9"}},
		{name: "hist19 remote appendicitis, cataract extracted",
			text: "PMH: Hypertension. Remote appendicitis.\nPSH: Appendectomy 1990; L cataract extraction.\nA/P: Hypertension - lisinopril.",
			want: []string{"I10"}, not: []string{"K37", "H26.9"}},
		{name: "hist19 Graves disease ablated",
			text: "ENDOCRINOLOGY\n58F with hypothyroidism after radioactive iodine ablation for Graves disease in 2012, on levothyroxine.\nA/P: Hypothyroidism - continue levothyroxine.",
			not:  []string{"E05.00"}},
		{name: "hist19 anaphylaxis at an age",
			text: "ALLERGY CLINIC\n22F with peanut allergy: anaphylaxis at age 6 treated with epinephrine, no reactions since. Carries two auto-injectors.\nA/P: Peanut allergy - strict avoidance, epinephrine refilled.",
			want: []string{"Z91.010", "Z87.892"}, not: []string{"T78.2XXA"}},
		{name: "hist19 abscess drained and healed",
			text: "GI CLINIC\n30F with Crohn disease of the ileum on adalimumab, history of perianal abscess (drained 2022, healed).\nA/P: Crohn disease of small intestine - continue adalimumab.",
			not:  []string{"K61.0"}},
	}...)
}
