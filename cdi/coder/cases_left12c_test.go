package coder

func init() {
	cases = append(cases, []tc{
		// Skin codes are not taken for a finding at an inner organ (data/inner_site.tsv).
		{name: "l12c pigment colon mucosa", text: "Endoscopy: patchy hyperpigmentation of the colonic mucosa, biopsied.", not: []string{"L81.9"}},
		{name: "l12c erythema gastric mucosa", text: "Upper endoscopy showed mucosal erythema of the stomach without bleeding.", not: []string{"L53.9"}},
		{name: "l12c erythematous gastric mucosa", text: "EGD: erythematous gastric mucosa in the antrum.", not: []string{"L53.9"}},
		{name: "l12c erythema serosa", text: "At laparotomy there was erythema of the serosa.", not: []string{"L53.9"}},
		{name: "l12c erythematous oral mucosa kept", text: "Erythema of the mucosa under the denture.", want: []string{"L53.9"}},
		{name: "l12c renal pigmentation", text: "The explanted kidney showed areas of renal pigmentation.", not: []string{"L81.9"}},
		{name: "l12c skin ulcer leg kept", text: "Chronic ulcer of the left leg.", want: []string{"L97.929"}},
		{name: "l12c oral pemphigus kept", text: "Pemphigus vulgaris involving the oral mucosa.", want: []string{"L10.0"}},
		// A named site makes a diffuse edema localized (data/site_extent.tsv).
		{name: "l12c diffuse edema leg", text: "She has diffuse edema of the right leg.", want: []string{"R60.0"}, not: []string{"R60.1"}},
		{name: "l12c diffuse nodes neck", text: "Diffuse lymphadenopathy of the neck.", want: []string{"R59.0"}, not: []string{"R59.1"}},
		{name: "l12c generalized edema kept", text: "Generalized edema.", want: []string{"R60.1"}},
		{name: "l12c diffuse abdominal pain kept", text: "Diffuse abdominal pain.", want: []string{"R10.84"}},
		// A comma after a denied verb with no object ends the denial.
		{name: "l12c not drink smoker", text: "Habits: does not drink, smoker.", want: []string{"F17.200"}},
		{name: "l12c not drink smokes", text: "She does not drink, smokes 15 cigarettes a day.", want: []string{"F17.210"}},
		{name: "l12c doesnt smoke", text: "He doesn't smoke.", not: []string{"F17.200"}},
		{name: "l12c verb list or", text: "He does not drink, smoke or use drugs.", not: []string{"F17.200"}},
		{name: "l12c not report list", text: "Does not report fever, cough.", not: []string{"R50.9", "R05.9"}},
		// An Excludes1 that sends the dropped condition to the kept code's category.
		{name: "l12c jaundice cholelithiasis", text: "Obstructive jaundice due to cholelithiasis.", want: []string{"K80.21"}, not: []string{"K80.20"}},
		{name: "l12c jaundice choledocholithiasis", text: "Obstructive jaundice secondary to choledocholithiasis.", want: []string{"K80.51"}, not: []string{"K80.50"}},
		{name: "l12c cholelithiasis alone", text: "Cholelithiasis.", want: []string{"K80.20"}},
		// Stress fracture of a foot bone: the foot's code, no stress reaction.
		{name: "l12c stress fx metatarsal", text: "Stress fracture of the left third metatarsal.", want: []string{"M84.375A"}, not: []string{"F43.9", "S92.332A"}},
		{name: "l12c stress fx metatarsal bare", text: "Metatarsal stress fracture.", want: []string{"M84.376A"}},
		{name: "l12c pathological fx metacarpal", text: "Pathological fracture of the right metacarpal.", want: []string{"M84.441A"}},
		{name: "l12c stress fx ankle kept", text: "Stress fracture of the right ankle.", want: []string{"M84.371A"}},
		// An unspecified-region injury code is not taken beside a named site.
		{name: "l12c suprarenal hematoma", text: "CT showed a suprarenal hematoma.", not: []string{"T14.8XXA"}},
		{name: "l12c thyroid hematoma", text: "Ultrasound: hematoma of the thyroid.", not: []string{"T14.8XXA"}},
		{name: "l12c thigh hematoma kept", text: "Hematoma of the left thigh.", want: []string{"S70.12XA"}},
	}...)
}
