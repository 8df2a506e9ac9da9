package coder

import "notecoder/cdi/model"

// Cases for left22f: critical-care and cardiology leftovers (a STEMI treated this stay read as old
// through the "s/p" of its PCI, VF as the arrest's cardiac cause, a transplant evaluation read as
// transplant status, a DNR not chosen, the infant of a mother with gestational diabetes).
func init() {
	cases = append(cases, []tc{
		{name: "left22f-stemi-sp-vessel-pci", text: "Assessment: Anterior STEMI s/p LAD PCI yesterday, on aspirin and ticagrelor.", setting: model.Inpatient, want: []string{"I21.02"}, not: []string{"I25.2"}},
		{name: "left22f-stemi-sp-rca-stent", text: "Assessment: Inferior STEMI s/p RCA stent.", setting: model.Inpatient, want: []string{"I21.11"}, not: []string{"I25.2"}},
		{name: "left22f-arrest-due-to-vf", text: "Assessment: Cardiac arrest due to VF from anterior STEMI, ROSC after CPR.", setting: model.Inpatient, want: []string{"I46.2", "I49.01"}, not: []string{"I46.9"}},
		{name: "left22f-liver-transplant-evaluation", text: "Assessment: Decompensated cirrhosis. Liver transplant evaluation in progress.", setting: model.Inpatient, want: []string{"K74.60"}, not: []string{"Z94.4"}},
		{name: "left22f-kidney-transplant-candidate", text: "Assessment: ESRD on hemodialysis, kidney transplant candidate.", setting: model.Inpatient, want: []string{"N18.6"}, not: []string{"Z94.0"}},
		{name: "left22f-dnr-not-chosen", text: "Code status: discussed with the patient; DNR status not chosen at this time.", setting: model.Inpatient, not: []string{"Z66"}},
		{name: "left22f-infant-of-gdm-mother", text: "Term newborn, day of life 1. Infant of a mother with gestational diabetes, glucose checks stable.", setting: model.Inpatient, want: []string{"P70.0"}, not: []string{"Z83.3", "P70.1"}},
		{name: "left22f-goc-discussed-with-family-dnr", text: "Goals of care: discussed with family, DNR/DNI confirmed.", setting: model.Inpatient, want: []string{"Z66"}},
		{name: "left22f-family-meeting-comfort", text: "Family meeting held, patient made DNR and transitioned to comfort care.", setting: model.Inpatient, want: []string{"Z66", "Z51.5"}},
		{name: "left22f-arrest-due-to-overdose", text: "Assessment: Cardiac arrest secondary to fentanyl overdose, ROSC after CPR.", setting: model.Inpatient, want: []string{"I46.8", "T40.411A"}, not: []string{"I46.9"}},
	}...)
}
