package coder

import "notecoder/cdi/model"

// Cases for prec22: a precision review of the codes given beyond gold in the project's own
// notes; a value measured under a drug is no standing therapy, and the nodules of septic
// pulmonary emboli are the embolism's own image, the bare injury words of a pathological fracture
// or an ulcer no injury of their own (I.B.4-5), and a parent who smokes
// is the child's exposure to the smoke, not a family history of dependence; the relative who
// brings the patient is no subject of the patient's symptoms, and a newborn's mother's diabetes is
// the newborn's own P70 code, no family history.
func init() {
	cases = append(cases, []tc{
		{name: "prec22 glucose measured on steroids is no long-term steroid", text: "COPD exacerbation, prednisone 40 mg daily. Glucose 210-280 on steroids, no prior diabetes, A1c 5.4: steroid-induced hyperglycemia.", setting: model.Inpatient, want: []string{"J44.1"}, not: []string{"Z79.52"}},
		{name: "prec22 potassium measured on an insulin drip", text: "DKA in type 1 diabetes. Potassium fell to 3.1 on insulin drip, replaced.", setting: model.Inpatient, not: []string{"Z79.4"}},
		{name: "prec22 nodules of septic pulmonary emboli", text: "Tricuspid valve endocarditis with MSSA bacteremia. CT chest: multiple cavitating nodules c/w septic pulmonary emboli.", setting: model.Inpatient, want: []string{"I33.0"}, not: []string{"R91.8"}},
		{name: "prec22 bare fracture of a pathological fracture", text: "Felt a crack rising from a chair, no fall. X-ray: displaced fracture through a lytic lesion. Assessment: pathologic fracture of the left femur due to metastatic prostate cancer.", setting: model.Inpatient, want: []string{"M84.552A", "C79.51", "C61"}, not: []string{"T14.8XXA"}},
		{name: "prec22 open wound of a venous ulcer", text: "Right calf: open wound for 3 months over varicose veins with a fat-layer base: venous stasis ulcer of the right calf due to varicose veins.", want: []string{"I83.012"}, not: []string{"T14.8XXA"}},
		{name: "prec22 open wound of a heel pressure injury", text: "Skin: left heel 2 cm shallow open wound with a pink wound bed: stage 2 pressure injury of the left heel.", setting: model.Inpatient, want: []string{"L89.622"}, not: []string{"S91.302A"}},
		{name: "prec22 sacral wound is the sacral pressure injury", text: "Sent for a foul-smelling sacral wound. Exam: 5 x 4 cm sacral pressure injury, stage 4, bone palpable.", setting: model.Inpatient, not: []string{"S31.000A"}},
		{name: "prec22 heel blister became the diabetic ulcer", text: "Type 2 diabetes. Blister on the right heel from new shoes 3 weeks ago, now open: diabetic ulcer of the right heel with fat layer exposed.", want: []string{"E11.621", "L97.412"}, not: []string{"S90.821A"}},
		{name: "prec22 a parent who smokes is the child's exposure", text: "Asthma visit, 6 yo boy.\nMother smokes half a pack a day, outside only, but his jacket smells of smoke.\nAssessment: mild persistent asthma; secondhand smoke exposure, counseled parents.", want: []string{"J45.30", "Z77.22"}, not: []string{"Z81.2"}},
		{name: "prec22 brought by daughter for the patient's symptoms", text: "81 yo woman brought by daughter for 3 days of confusion and constipation. Calcium 13.1. Assessment: hypercalcemia.", want: []string{"E83.52"}, not: []string{"Z83.79"}},
		{name: "prec22 mother's diabetes in the newborn's record", text: "NEWBORN NOTE\nTerm male born by repeat cesarean. Mother 30 yo with type 1 diabetes since childhood. BW 4300 g.\nAssessment: infant of diabetic mother; neonatal hypoglycemia, glucose 35, fed.", setting: model.Inpatient, want: []string{"P70.1"}, not: []string{"Z83.3"}},
	}...)
}
