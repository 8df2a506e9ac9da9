package coder

import "notecoder/cdi/model"

// Cases for h22dev: the twenty-second session's held-out notes as development data; use
// disorders with withdrawal, transplant rejection and immunosuppressant underdosing, stone and
// valve combinations, infective endocarditis, word senses and sites of gonorrhea and the nasal
// septum. The text is written for these cases.
func init() {
	cases = append(cases, []tc{
		{name: "h22dev alcohol use disorder moderate with uncomplicated withdrawal", text: "Diagnoses: alcohol use disorder, moderate, with uncomplicated withdrawal; CIWA 10, chlordiazepoxide taper.", setting: model.Inpatient, want: []string{"F10.230"}, not: []string{"F10.20"}},
		{name: "h22dev opioid use disorder severe in withdrawal", text: "Assessment: opioid use disorder, severe, in withdrawal with yawning and rhinorrhea; buprenorphine started.", setting: model.Inpatient, want: []string{"F11.23"}, not: []string{"F11.20", "J34.89"}},
		{name: "h22dev cannabis use disorder mild with withdrawal", text: "Assessment: cannabis use disorder, mild, with withdrawal (irritability, poor sleep) since stopping.", want: []string{"F12.13"}, not: []string{"F12.10"}},
		{name: "h22dev rejection of a renal allograft", text: "Discharge diagnosis: acute cellular rejection of the renal allograft; pulse steroids given.", setting: model.Inpatient, want: []string{"T86.11"}},
		{name: "h22dev underdosing of cyclosporine", text: "Assessment: graft dysfunction due to underdosing of cyclosporine from cost.", setting: model.Inpatient, want: []string{"T45.1X6A", "Z91.120"}},
		{name: "h22dev long-term calcineurin inhibitor therapy", text: "Problem list: kidney transplant recipient; long-term calcineurin inhibitor therapy.", want: []string{"Z79.621"}},
		{name: "h22dev gallbladder and duct stones with obstruction", text: "CT: gallbladder with multiple stones, no wall thickening; CBD 11 mm with a distal stone. Diagnosis: choledocholithiasis causing obstruction; no cholecystitis.", setting: model.Inpatient, want: []string{"K80.71"}, not: []string{"K80.20", "K80.51"}},
		{name: "h22dev aortic stenosis with regurgitation", text: "Echo: moderate aortic stenosis with mild aortic regurgitation, stable.", want: []string{"I35.2"}, not: []string{"I35.0", "I35.1"}},
		{name: "h22dev acute endocarditis with MSSA sepsis", text: "TTE: tricuspid valve vegetation, acute endocarditis. Assessment: MSSA sepsis with tricuspid endocarditis and septic pulmonary emboli.", setting: model.Inpatient, want: []string{"A41.01", "I33.0", "I26.90"}, not: []string{"I33.9", "I07.9", "I76"}},
		{name: "h22dev pharyngeal gonorrhea", text: "Results: pharyngeal gonorrhea positive, rectal NAAT negative; ceftriaxone given.", want: []string{"A54.5"}, not: []string{"A54.9"}},
		{name: "h22dev septal deviation", text: "Exam: septal deviation to the right with turbinate hypertrophy.", want: []string{"J34.2"}},
		{name: "h22dev tetanus documented is the vaccine", text: "Wound care reviewed. Tetanus documented in chart.", not: []string{"A35"}},
		{name: "h22dev vaso-occlusive pain is the crisis", text: "Sickle cell disease (Hb SS) on hydroxyurea, admitted with vaso-occlusive pain in the back and legs.", setting: model.Inpatient, want: []string{"D57.00"}, not: []string{"D57.1", "M54.9", "M79.661"}},
		{name: "h22dev DNR reviewed with patient and daughter", text: "Goals of care reviewed with patient and daughter: comfort-focused care, DNR/DNI confirmed.", setting: model.Inpatient, want: []string{"Z66"}},
	}...)
}
