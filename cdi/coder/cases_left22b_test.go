package coder

import "notecoder/cdi/model"

// Cases for left22b: infections and complications of devices and valves (prosthetic valve
// endocarditis, infected joint replacements, central line and peritoneal dialysis catheter
// infections, thrombosed dialysis access, infected pacemaker pockets), an endocarditis whose
// organism is named as an adjective, and a suspected rabies exposure, in inpatient and
// outpatient wording.
func init() {
	cases = append(cases, []tc{
		{name: "left22b-enterococcal-aortic-endocarditis", setting: model.Inpatient, text: "Assessment: Enterococcal endocarditis of the aortic valve, on ampicillin and ceftriaxone.", want: []string{"I33.0", "B95.2"}, not: []string{"I35.8", "I01.1"}},
		{name: "left22b-pve-organism", setting: model.Inpatient, text: "Hospital course: prosthetic valve endocarditis due to Enterococcus faecalis, TEE shows a vegetation on the bioprosthetic aortic valve.", want: []string{"T82.6XXA", "I33.0", "B95.2"}, not: []string{"I01.1", "I38"}},
		{name: "left22b-pve-outpatient", setting: model.Outpatient, text: "ID clinic follow-up. Prosthetic valve endocarditis, continuing IV antibiotics via PICC.", want: []string{"T82.6XXA", "I33.0"}, not: []string{"I38", "Z95.2"}},
		{name: "left22b-infected-knee-arthroplasty", setting: model.Inpatient, text: "Admitted with an infected right knee arthroplasty, taken for washout and liner exchange.", want: []string{"T84.53XA"}, not: []string{"B99.9", "Z96.651"}},
		{name: "left22b-infected-tha", setting: model.Outpatient, text: "Ortho clinic: infected left total hip arthroplasty, on suppressive doxycycline.", want: []string{"T84.52XA"}, not: []string{"B99.9", "Z96.642"}},
		{name: "left22b-infected-tka-abbrev", setting: model.Inpatient, text: "Infected right TKA with Staphylococcus epidermidis on cultures.", want: []string{"T84.53XA", "B95.7"}, not: []string{"B99.9"}},
		{name: "left22b-periprosthetic", setting: model.Inpatient, text: "Periprosthetic joint infection of the left hip, two-stage revision planned.", want: []string{"T84.52XA"}, not: []string{"M00.9"}},
		{name: "left22b-central-line-infection", setting: model.Inpatient, text: "Central line infection, line removed and tip sent for culture.", want: []string{"T80.219A"}, not: []string{"B99.9", "T85.79XA"}},
		{name: "left22b-picc-line-infection", setting: model.Outpatient, text: "PICC line infection at the insertion site, seen in infusion clinic.", want: []string{"T80.219A"}, not: []string{"T85.79XA"}},
		{name: "left22b-pd-catheter-peritonitis", setting: model.Inpatient, text: "ESRD on peritoneal dialysis. PD catheter peritonitis, intraperitoneal vancomycin started.", want: []string{"T85.71XA", "K65.9"}},
		{name: "left22b-thrombosed-av-fistula", setting: model.Outpatient, text: "Thrombosed left arm AV fistula, ESRD on hemodialysis, referred for thrombectomy.", want: []string{"T82.868A"}, not: []string{"I77.0", "I82.90"}},
		{name: "left22b-clotted-av-graft", setting: model.Inpatient, text: "Clotted AV graft, missed dialysis today.", want: []string{"T82.868A"}, not: []string{"I77.0"}},
		{name: "left22b-infected-pacemaker-pocket", setting: model.Inpatient, text: "Infected pacemaker pocket, device extraction planned.", want: []string{"T82.7XXA"}, not: []string{"B99.9", "Z95.0"}},
		{name: "left22b-potential-rabies-exposure", setting: model.Outpatient, text: "Potential rabies exposure, rabies immune globulin and vaccine given.", want: []string{"Z20.3"}},
		{name: "left22b-bat-in-room", setting: model.Outpatient, text: "Woke up with a bat in the room, no bite seen.", want: []string{"Z20.3"}},
		{name: "left22b-strep-viridans-mitral", setting: model.Inpatient, text: "Strep viridans mitral valve endocarditis, on IV ceftriaxone for 4 weeks.", want: []string{"I33.0", "B95.4"}, not: []string{"I05.9", "I01.1"}},
		{name: "left22b-strep-viridans-outpatient", setting: model.Outpatient, text: "OPAT visit: strep viridans endocarditis, week 3 of 4 of ceftriaxone.", want: []string{"I33.0", "B95.4"}, not: []string{"B95.5"}},
		{name: "left22b-pji-due-to-mssa", setting: model.Inpatient, text: "Right knee prosthetic joint infection due to MSSA, for two-stage revision.", want: []string{"T84.53XA", "B95.61"}, not: []string{"A49.01"}},
		{name: "left22b-uti-due-to-mssa", setting: model.Outpatient, text: "Urinary tract infection due to MSSA, treated with cephalexin.", want: []string{"N39.0", "B95.61"}, not: []string{"A49.01"}},
	}...)
}
