package coder

// Table cases of helper cons18 (consult set): denials phrased the way
// consultants exclude a diagnosis, newer beta-lactams and a loop diuretic
// the Table of Drugs does not list by name, and a route word between a
// cause and its drug.
func init() {
	cases = append(cases, []tc{
		{name: "cons18 considered but ruled out", setting: "inpatient",
			text: "Assessment: AKI, prerenal. Hepatorenal syndrome was considered but ruled out after albumin challenge.",
			want: []string{"N17.9"}, not: []string{"K76.7"}},
		{name: "cons18 considered and is ruled out", setting: "inpatient",
			text: "Impression: delirium due to urinary infection. Major depression was considered and is ruled out.",
			want: []string{"F05"}, not: []string{"F32.9"}},
		{name: "cons18 not suspected", setting: "inpatient",
			text: "Gallstones with acute cholecystitis on ultrasound. Bile duct stones not suspected, duct 4 mm.",
			not:  []string{"K80.50"}},
		{name: "cons18 not suggested by cultures", setting: "inpatient",
			text: "Influenza A pneumonia. Bacterial superinfection not suggested by cultures; antibiotics stopped.",
			want: []string{"J10.00"}, not: []string{"A49.9"}},
		{name: "cons18 cefepime encephalopathy", setting: "inpatient",
			text: "Toxic encephalopathy due to cefepime, given as prescribed; drug stopped.",
			want: []string{"G92.8", "T36.1X5A"}, not: []string{"G92.9"}},
		{name: "cons18 torsemide hypokalemia",
			text: "Hypokalemia due to torsemide, potassium supplement added.",
			want: []string{"E87.6", "T50.1X5A"}},
		{name: "cons18 route word before the drug",
			text: "Symptomatic bradycardia due to oral metoprolol; dose reduced.",
			want: []string{"R00.1", "T44.7X5A"}},
	}...)
}
