package coder

// Table cases of the medclinic gold-first set (medc19): hedges, test names,
// referrals, tried-and-failed drugs and findings that are the disease itself.
func init() {
	cases = append(cases, []tc{
		{name: "medc19 maybe hedges a cause", text: "Reports epigastric discomfort after meals for 3 weeks, maybe GERD or DAPT-related gastritis.\nA/P: Epigastric pain - start pantoprazole.", want: []string{"R10.13"}, not: []string{"K21.9", "K29.70"}},
		{name: "medc19 possibly secondary Sjogren", text: "Dry mouth for several months, possibly secondary Sjogren's. SSA/SSB ordered.", want: []string{"R68.2"}, not: []string{"M35.00"}},
		{name: "medc19 TI-RADS is a category", text: "Thyroid nodule right lobe 2.1 cm, TI-RADS 4, FNA benign.", want: []string{"E04.1"}, not: []string{"J45.909"}},
		{name: "medc19 TB QuantiFERON test", text: "Moderate ulcerative pancolitis flare. Check TB QuantiFERON and hepatitis B serologies before biologic.", not: []string{"A15.9"}},
		{name: "medc19 transplant referral", text: "IPF, progressive - continue nintedanib. Lung transplant referral discussed.", want: []string{"J84.112"}, not: []string{"Z94.2"}},
		{name: "medc19 failed prednisone", text: "Chronic ITP, failed prednisone and IVIG, now on eltrombopag 50 mg daily.", want: []string{"D69.3"}, not: []string{"Z79.52"}},
		{name: "medc19 hypercalcemia of primary hyperparathyroidism", text: "Calcium 11.1, PTH 98. A/P: Primary hyperparathyroidism with hypercalcemia and hypercalciuria - refer for parathyroidectomy.", want: []string{"E21.0"}, not: []string{"E83.52", "R82.994"}},
		{name: "medc19 ITP thrombocytopenia", text: "Chronic immune thrombocytopenia (ITP), platelets 42K on eltrombopag.", want: []string{"D69.3"}, not: []string{"D69.6"}},
		{name: "medc19 lupus nephritis", text: "Lupus nephritis (SLE glomerular disease), partial renal response - continue mycophenolate.", want: []string{"M32.14"}, not: []string{"N05.9"}},
		{name: "medc19 pleuritic chest pain", text: "Sharp chest pain with deep inspiration for 4 days.\nA/P: Pleuritic chest pain - NSAID.", want: []string{"R07.81"}, not: []string{"R07.9"}},
		{name: "medc19 pica of iron deficiency", text: "Fatigue and pica for ice. A/P: Iron deficiency anemia - IV iron.", want: []string{"D50.9"}, not: []string{"F50.89"}},
	}...)
}
