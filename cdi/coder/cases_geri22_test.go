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
	}...)
}
