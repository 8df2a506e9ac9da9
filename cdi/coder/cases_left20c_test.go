package coder

// left20c: outpatient encounter reasons and clinic wording. Counseling that leads an assessment
// line is coded by its topic (Z71.x, guideline I.C.21.c.10), also after a problem's dash; STI
// screening, a contraceptive started at the visit, travel medicine and anticoagulation clinic
// visits read as their encounter codes; a postoperative visit is surgical aftercare by body
// system (Z48.81-); a condition written before "referral" is the referral's reason.
func init() {
	cases = append(cases, []tc{
		{name: "left20c dietary counseling after dash", text: "Assessment:\n1. Obesity, BMI 33 - 15 min dietary counseling, food diary given.", want: []string{"E66.9", "Z68.33", "Z71.3"}},
		{name: "left20c nutrition counseling line", text: "Assessment:\n1. Nutrition counseling for a child with picky eating.", want: []string{"Z71.3"}},
		{name: "left20c smoking cessation counseling", text: "Assessment:\n2. Smoking cessation counseling, 8 minutes; nicotine gum offered.", want: []string{"Z71.6"}},
		{name: "left20c tobacco counseling after dash", text: "A/P:\n1. Hypertension - tobacco cessation counseling, quit date chosen.", want: []string{"I10", "Z71.6"}},
		{name: "left20c alcohol counseling", text: "Assessment:\n1. Alcohol counseling, brief intervention done.", want: []string{"Z71.41"}},
		{name: "left20c exercise counseling", text: "Assessment:\n3. Exercise counseling: walk 30 minutes five days a week.", want: []string{"Z71.82"}},
		{name: "left20c travel medicine heading", text: "TRAVEL MEDICINE CLINIC\n29F leaving for Ghana next month, healthy, no meds.\nPlan: malaria prophylaxis, typhoid vaccine.", want: []string{"Z71.84"}},
		{name: "left20c pretravel consultation", text: "Assessment: pre-travel consultation before a work trip to India.", want: []string{"Z71.84"}},
		{name: "left20c sti screening", text: "Assessment: routine STI screening, no symptoms - urine NAAT sent.", want: []string{"Z11.3"}},
		{name: "left20c std screening", text: "Assessment:\n1. STD screening at patient request.", want: []string{"Z11.3"}},
		{name: "left20c contraception started", text: "Assessment: Contraception - start combined oral contraceptive pills today.", want: []string{"Z30.011"}},
		{name: "left20c contraception counseling with start", text: "Assessment: contraception counseling, start combined OCP today.", want: []string{"Z30.011"}, not: []string{"Z30.09"}},
		{name: "left20c anticoagulation clinic heading", text: "ANTICOAGULATION CLINIC\n72M with atrial fibrillation on warfarin. INR 2.6 today, in range.\nPlan: same dose, recheck 4 weeks.", want: []string{"Z51.81", "Z79.01"}},
		{name: "left20c postoperative check digestive", text: "Assessment: routine postoperative check after laparoscopic cholecystectomy, incisions healing well.", want: []string{"Z48.815"}},
		{name: "left20c post-op visit appendectomy", text: "Assessment: post-op visit following appendectomy, recovering as expected.", want: []string{"Z48.815"}},
		{name: "left20c depression referral to psychiatry", text: "Assessment:\n1. Depression referral to psychiatry.", want: []string{"F32.A"}},
		{name: "left20c anxiety referral", text: "Assessment:\n2. Anxiety referral, therapist list given.", want: []string{"F41.9"}},
		{name: "left20c diagnostic mammogram for a lump", text: "Assessment: palpable lump in the right breast, upper inner quadrant - diagnostic mammogram and ultrasound today.", want: []string{"N63.12"}, not: []string{"Z12.39", "Z12.31"}},
		{name: "left20c smokes pot", text: "Social history: smokes pot most weekends, no alcohol.", not: []string{"F17.200", "F17.210"}},
	}...)
}
