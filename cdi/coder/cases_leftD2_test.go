package coder

// Specialty-clinic leftovers (leftD): hyphenated "post-inflammatory", factor V
// Leiden without "mutation", latent TB infection, dust-mite allergy words,
// asymptomatic varicose veins beside symptomatic ones, one side beside the
// bilateral code.
func init() {
	cases = append(cases, []tc{
		{name: "leftD2 hyphenated postinflammatory hyperpigmentation", text: "Assessment: post-inflammatory hyperpigmentation on both cheeks after acne.", want: []string{"L81.0"}, not: []string{"L81.9"}},
		{name: "leftD2 factor V Leiden without mutation", text: "Assessment: heterozygous factor V Leiden found on genetic testing; discussed risks.", want: []string{"D68.51"}},
		{name: "leftD2 latent TB infection is no unspecified infection", text: "Assessment: latent TB infection after positive IGRA, chest film clear. Plan: rifampin for four months.", want: []string{"Z22.7"}, not: []string{"B99.9"}},
		{name: "leftD2 dust mite sensitization is no purpura or infestation", text: "Assessment: perennial allergic rhinitis with sensitization to dust mites. Plan: mite encasings for pillows and mattress.", want: []string{"J30.89"}, not: []string{"D69.2", "B88.9"}},
		{name: "leftD2 asymptomatic varices give way to symptomatic legs", text: "History: varicose veins in both legs for years.\nAssessment:\n1. Varicose veins of the right leg with inflammation.\n2. Varicose veins of the left leg with pain.", want: []string{"I83.11", "I83.812"}, not: []string{"I83.93", "I83.90"}},
		{name: "leftD2 one eye beside the bilateral cataract", text: "Slit lamp: dense nuclear sclerosis OD.\nAssessment: age-related nuclear cataracts of both eyes, worse on the right.", want: []string{"H25.13"}, not: []string{"H25.11"}},
		{name: "leftD2 transplant stage now, not the ESRD before it", text: "Kidney transplant from a deceased donor six years ago (ESRD from polycystic kidneys).\nAssessment: kidney transplant status, CKD stage 2 in the graft, stable. Hypertension with CKD - continue amlodipine.", want: []string{"Z94.0", "N18.2", "I12.9"}, not: []string{"N18.6", "I12.0", "Z52.4"}},
		{name: "leftD2 deceased-donor kidney is no donor status", text: "Assessment: status post deceased-donor kidney transplant, graft function stable.", want: []string{"Z94.0"}, not: []string{"Z52.4"}},
		{name: "leftD2 breast lump by quadrant keeps its quadrant", text: "Assessment: palpable lump of the right breast in the upper outer quadrant, imaging ordered.", want: []string{"N63.11"}, not: []string{"N63.10"}},
	}...)
}
