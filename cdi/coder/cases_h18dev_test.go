package coder

// Table cases of helper h18dev (eighteenth held-out set as development data), in own words.
func init() {
	cases = append(cases, []tc{
		{name: "h18dev elastography CAP is no pneumonia", text: "Fibroscan today: liver stiffness 7.2 kPa, CAP 295, fatty liver.", want: []string{"K76.0"}, not: []string{"J18.9"}},
		{name: "h18dev saphenous vein reflux is no GERD", text: "Venous duplex: right GSV reflux with painful varicose veins of the right calf.", not: []string{"K21.9"}},
		{name: "h18dev AMH level is no hematuria", text: "Infertility work-up: AMH 1.1, FSH 9, TSH normal.", not: []string{"R31.21"}},
		{name: "h18dev cooking pot is no POTS", text: "She spilled a pot of boiling water on her left thigh at home.", not: []string{"G90.A"}},
		{name: "h18dev gender dysphoria of an adult", text: "Assessment: gender dysphoria, adult. Continue estradiol.", want: []string{"F64.0"}, not: []string{"F64.9"}},
		{name: "h18dev drug discussed but not started", text: "Assessment: type 2 diabetes, diet controlled, A1c 6.6. Plan: metformin discussed but not started.", want: []string{"E11.9"}, not: []string{"Z79.84"}},
		{name: "h18dev tests listed after a screening", text: "Plan: STI screening - chlamydia NAAT, HIV, syphilis serology.", not: []string{"B20", "A53.9", "A74.9"}},
		{name: "h18dev antigen tests ordered by disease", text: "Plan: thick smear, rapid malaria Ag STAT and dengue NS1 today.", not: []string{"B54", "A90"}},
		{name: "h18dev heavy menstrual bleeding", text: "Heavy menstrual bleeding with regular cycles, tranexamic acid started.", want: []string{"N92.0"}, not: []string{"R58"}},
	}...)
}
