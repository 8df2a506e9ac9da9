package coder

import "notecoder/cdi/model"

// Leftovers of other helpers' reviews (left22e), written for these cases.
func init() {
	cases = append(cases, []tc{
		// Bacteremia with a named organism is coded with the agent, as the
		// index's own entries give for MRSA and E. coli: the organism inside
		// "VRE" is Enterococcus (B95.2) beside the resistance (Z16.21).
		{name: "left22e-vre-bacteremia", text: "Assessment: VRE bacteremia, on daptomycin.", setting: model.Inpatient, want: []string{"R78.81", "B95.2", "Z16.21"}},
		{name: "left22e-enterococcus-bacteremia", text: "Enterococcus faecalis bacteremia, source unclear, repeat blood cultures today.", setting: model.Inpatient, want: []string{"R78.81", "B95.2"}},
		// "Above-knee amputation" written out is the leg's absence above the
		// knee (Z89.61-), as "AKA" is, not the knee joint's (Z89.52-).
		{name: "left22e-above-knee-amputation-hyphen", text: "Right above-knee amputation in 2019, ambulates with a prosthesis.", setting: model.Outpatient, want: []string{"Z89.611"}, not: []string{"Z89.521"}},
		{name: "left22e-above-knee-amputation-spaced", text: "Status post left above knee amputation for gangrene.", setting: model.Outpatient, want: []string{"Z89.612"}, not: []string{"Z89.522"}},
		// A castration-resistant prostate cancer is a hormone resistant
		// malignancy (Status, malignancy, castrate resistant prostate,
		// Z19.2), never a traumatic castration (S38.2-).
		{name: "left22e-castration-resistant-prostate", text: "Metastatic castration-resistant prostate cancer to bone, on enzalutamide.", setting: model.Outpatient, want: []string{"C61", "C79.51", "Z19.2"}, not: []string{"S38.231A", "S38.231"}},
		{name: "left22e-hormone-resistant-breast", text: "Hormone-resistant left breast cancer, upper outer quadrant, progressing on letrozole.", setting: model.Outpatient, want: []string{"Z19.2"}},
		// "Not a candidate for transplant" puts the patient on no waiting
		// list (Z76.82).
		{name: "left22e-not-transplant-candidate", text: "Decompensated alcoholic cirrhosis with ascites. Not a candidate for transplant given ongoing drinking.", setting: model.Inpatient, not: []string{"Z76.82"}},
		// A pathological fracture "through a metastatic lesion" broke at the
		// neoplasm (Fracture, pathological, due to, neoplastic disease, M84.5-).
		{name: "left22e-fracture-through-metastatic-lesion", text: "Pathological fracture of the left femur through a metastatic lesion, initial encounter.", setting: model.Inpatient, want: []string{"M84.552A"}, not: []string{"M84.452A"}},
		// A radiation course's "fx" are its fractions, no fracture (T14.8).
		{name: "left22e-radiation-fractions", text: "Plan: start palliative EBRT 30 Gy/10 fx tomorrow for painful spine metastases.", setting: model.Inpatient, not: []string{"T14.8XXA", "T14.8"}},
		// A deep tissue injury with its site after a comma is the
		// pressure-induced damage of that site (L89.--6), as a pressure
		// ulcer's site after a comma is read.
		{name: "left22e-dti-comma-heel", text: "Wound care: deep tissue injury, left heel, purple, intact skin; offloading boots.", setting: model.Inpatient, want: []string{"L89.626"}},
		{name: "left22e-dti-comma-sacrum", text: "Skin: deep tissue injury, sacrum, 4 x 3 cm.", setting: model.Inpatient, want: []string{"L89.156"}},
	}...)
}
