package coder

import "notecoder/cdi/model"

// Cases for h21dev: the twenty-first session's held-out notes as development data; signs that
// define or routinely come with the diagnosis beside them (I.B.4-5) and word senses that are no
// condition of the patient. The text is written for these cases.
func init() {
	cases = append(cases, []tc{
		{name: "h21dev neurogenic claudication is the stenosis's", text: "S/p L3-4 laminectomy yesterday for lumbar spinal stenosis with neurogenic claudication and degenerative spondylolisthesis at L3-4. Claudication resolved.", setting: model.Inpatient, want: []string{"M48.062"}, not: []string{"I73.9"}},
		{name: "h21dev headache after a repaired durotomy", text: "Post-op day 2: incidental durotomy repaired during the laminectomy; mild positional headache, flat bed rest.", setting: model.Inpatient, want: []string{"G97.41"}, not: []string{"R51.0", "R51.9"}},
		{name: "h21dev bradycardia of apnea of prematurity", text: "NICU day 6: apnea of prematurity with bradycardia during spells, on caffeine.", setting: model.Inpatient, not: []string{"R00.1"}},
		{name: "h21dev TTP petechiae", text: "Assessment: acquired thrombotic thrombocytopenic purpura presenting with petechiae and headache; plasma exchange started.", setting: model.Inpatient, want: []string{"M31.19"}, not: []string{"R23.3", "R51.9"}},
		{name: "h21dev heat stroke confusion and dry skin", text: "Impression: exertional heat stroke, confused with hot dry skin after a marathon; cooled on arrival.", setting: model.Inpatient, not: []string{"R41.0", "L85.3"}},
		{name: "h21dev DRESS rash fever nodes", text: "Assessment: DRESS syndrome from lamotrigine taken as prescribed, with widespread rash, fever and lymphadenopathy.", setting: model.Inpatient, want: []string{"D72.12"}, not: []string{"R21", "R50.9", "R59.1", "R59.9"}},
		{name: "h21dev dizziness of orthostatic hypotension", text: "Impression: orthostatic hypotension with dizziness on standing, fluids and compression stockings.", want: []string{"I95.1"}, not: []string{"R42"}},
		{name: "h21dev SVC syndrome veins and arm swelling", text: "Assessment: superior vena cava syndrome from a mediastinal mass, with arm swelling and dilated chest wall veins.", setting: model.Inpatient, want: []string{"I87.1"}, not: []string{"I86.8", "M79.89"}},
		{name: "h21dev PCOS acne and hirsutism", text: "Assessment: polycystic ovary syndrome with acne and hirsutism; start spironolactone.", want: []string{"E28.2"}, not: []string{"L70.9", "L68.0"}},
		{name: "h21dev periodontitis gum bleeding and recession", text: "Assessment: chronic periodontitis, generalized, moderate, with gingival recession and bleeding gums; dental referral.", want: []string{"K05.322"}, not: []string{"K06.8", "K06.020", "R58"}},
		{name: "h21dev post-laminectomy back pain", text: "Assessment: post-laminectomy syndrome after L4-5 surgery; axial low back pain persists. Continue PT.", want: []string{"M96.1"}, not: []string{"M54.50"}},
		{name: "h21dev callus rim of a foot ulcer", text: "Assessment: right heel ulcer limited to breakdown of skin with a callus rim, debrided today.", not: []string{"L84"}},
		{name: "h21dev warfarin overlap is no dental overjet", text: "Plan: argatroban, then bridge to warfarin with an overlap of 5 days once platelets recover.", setting: model.Inpatient, not: []string{"M26.23"}},
		{name: "h21dev she declines is a refusal", text: "Shingles vaccine offered; patient declines. Follow up in a year.", not: []string{"R53.81"}},
		{name: "h21dev colon after a negated finding opens the conclusion", text: "Day 2 nursery note: scoring every 3 h, not consoling: neonatal abstinence syndrome from maternal methadone.", setting: model.Inpatient, want: []string{"P96.1"}},
		{name: "h21dev NAS signs", text: "Assessment: neonatal abstinence syndrome with irritability, tremors and loose stools; morphine started.", setting: model.Inpatient, want: []string{"P96.1"}, not: []string{"R45.4", "R25.1", "R19.7"}},
		{name: "h21dev bruising of DIC", text: "Assessment: disseminated intravascular coagulation with easy bruising; cryoprecipitate.", setting: model.Inpatient, want: []string{"D65"}, not: []string{"R23.3"}},
		{name: "h21dev percent of the 95th before the percentile", text: "12 yo with obesity. BMI 33.1, which is 126% of the 95th percentile for age and sex. Dietary counseling given.", want: []string{"Z68.55"}, not: []string{"Z68.54"}},
	}...)
}
