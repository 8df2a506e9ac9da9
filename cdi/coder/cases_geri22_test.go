package coder

import "notecoder/cdi/model"

// Palliative-care, hospice and long-term care notes (geri22), written for
// these cases.
func init() {
	cases = append(cases, []tc{
		// A note titled as a hospice or palliative encounter is the palliative
		// care encounter (Z51.5), with or without a neoplasm.
		{name: "geri22-home-hospice-title", text: "HOME HOSPICE VISIT - RN\nEnd-stage COPD, on oxygen.\nPlan: morphine for dyspnea, DNR.", setting: model.Outpatient, want: []string{"Z51.5"}},
		{name: "geri22-palliative-medicine-consult-title", text: "PALLIATIVE MEDICINE CONSULTATION\n79M with end-stage renal disease on hemodialysis, wishes to stop dialysis.", setting: model.Inpatient, want: []string{"Z51.5"}},
		{name: "geri22-hospice-unit-title-cancer", text: "INPATIENT HOSPICE UNIT ADMISSION\n60F with metastatic ovarian cancer and malignant ascites.\nPlan: morphine infusion.", setting: model.Inpatient, want: []string{"Z51.5"}},
		// One dementia whose severity and agitation are named in two
		// sentences: the "without behavioral disturbance" code of the same
		// subcategory gives way to the one with agitation.
		{name: "geri22-dementia-severity-then-agitation", text: "LTC ROUNDS\nAlzheimer's disease (late onset), severe.\nAssessment:\n1. Alzheimer's dementia, severe, with agitation - redirection, no antipsychotic.", setting: model.Outpatient, want: []string{"G30.1", "F02.C11"}, not: []string{"F02.C0"}},
		// A home ventilator is a dependence on it (Z99.11); "PEG-fed" is
		// gastrostomy status (Z93.1).
		{name: "geri22-home-ventilation-peg-fed", text: "Motor neuron disease (ALS) since 2020, home mechanical ventilation 24 h/day via tracheostomy since 2023, PEG-fed.", setting: model.Inpatient, want: []string{"G12.21", "Z99.11", "Z93.1"}},
		// An amputee's level is the leg's (Absence, leg, below knee Z89.51-),
		// not the knee's own absence (Z89.52-).
		{name: "geri22-below-knee-amputee", text: "LTC ROUNDS\nBilateral below-knee amputee, uses a wheelchair.", setting: model.Outpatient, want: []string{"Z89.511", "Z89.512"}, not: []string{"Z89.521", "Z89.522"}},
	}...)
}
