package coder

import (
	"notecoder/cdi/model"
)

// Recall cases (acc-rec): entries reached through see references whose
// target title is printed differently from the reference, and the bare words
// that must not lead there.
func init() {
	cases = append(cases, []tc{
		{name: "rec-see-nemod-target", text: "The patient developed disseminated intravascular coagulation.", want: []string{"D65"}},
		{name: "rec-see-nec-target", text: "CT showed left hydroureteronephrosis.", want: []string{"N13.30"}},
		{name: "rec-see-with-subterm", text: "The patient presented a thyroid crisis.", want: []string{"E05.91"}},
		{name: "rec-bare-coagulation", text: "Coagulation studies were normal.", not: []string{"D65"}},
		{name: "rec-bare-age", text: "At the age of 40 she had a cholecystectomy.", not: []string{"R41.81"}},
		{name: "rec-bare-postoperative", text: "She was discharged on the second postoperative day.", not: []string{"T81.9XXA"}},
		{name: "rec-bare-antibodies", text: "Antinuclear antibodies were positive in a pregnant woman.", not: []string{"O36.1190", "O36.1990"}},
		{name: "rec-bare-reforming", text: "The anterior chamber was reformed; reforming with saline.", not: []string{"Z43.9"}},
		{name: "rec-without-varices", text: "Gastroscopy showed esophageal varices without signs of bleeding.", want: []string{"I85.00"}, not: []string{"I85.01"}},
		{name: "rec-without-gallstones", text: "Ultrasound: cholelithiasis without cholecystitis.", want: []string{"K80.20"}},
		{name: "rec-without-nausea", text: "She reports nausea without vomiting.", want: []string{"R11.0"}, not: []string{"R11.2"}},
		{name: "rec-metastatic-melanoma", text: "Assessment: metastatic melanoma.", setting: model.Inpatient, want: []string{"C43.9"}},
		{name: "rec-metastases-from-melanoma", text: "Lymph node metastases from melanoma were found.", want: []string{"C43.9"}},
		{name: "rec-qualified-excludes-dm", text: "She has type 2 diabetes mellitus. Blood gases showed metabolic acidosis.", setting: model.Inpatient, want: []string{"E11.9", "E87.20"}},
		{name: "rec-qualified-excludes-fracture", text: "Closed fracture of the proximal left radius. Laceration of the left elbow.", want: []string{"S52.102A", "S51.012A"}},
		{name: "rec-translation-ethylic", text: "Chronic ethylic liver disease.", want: []string{"K70.9"}},
		{name: "rec-translation-rhabdolysis", text: "Two episodes of rhabdolysis required admission.", want: []string{"M62.82"}},
		{name: "rec-translation-dyslipemia", text: "History of dyslipemia on diet.", want: []string{"E78.5"}},
		{name: "rec-translation-anemization", text: "The patient later experienced anemization.", want: []string{"D64.9"}},
		{name: "rec-abbrev-av-block", text: "Episodes of complete AV block were documented.", want: []string{"I44.2"}},
		{name: "rec-main-alt-visual", text: "She reported visual loss in the left eye.", want: []string{"H54.62"}},
		{name: "rec-vision-exam-not-encounter", text: "The examination showed a visual acuity of 0.5 in both eyes.", not: []string{"Z01.00", "Z01.01"}},
		{name: "rec-serology-is-test", text: "Luetic serology was requested.", setting: model.Inpatient, not: []string{"A53.9"}},
		{name: "rec-root-see-also-sixth", text: "Sixth nerve palsy of the right eye.", want: []string{"H49.21"}, not: []string{"G58.9"}},
		{name: "rec-root-see-also-third", text: "She developed a third nerve palsy.", want: []string{"H49.00"}, not: []string{"G58.9"}},
		{name: "rec-roman-cranial-nerve", text: "On examination, a paralysis of the VI right cranial nerve was observed.", want: []string{"H49.21"}},
		{name: "rec-coordinator-together-with", text: "CT confirmed a new mass in the inguinal region together with lung metastases.", setting: model.Inpatient, want: []string{"C78.00"}, not: []string{"R91.8"}},
		{name: "rec-test-noun-angiography", text: "A cerebral angiography showed occlusion of the right internal carotid artery.", want: []string{"I65.21"}, not: []string{"I66.9"}},
		{name: "rec-with-second-condition", text: "Deep vein thrombosis with pulmonary thromboembolism.", want: []string{"I82.409", "I26.99"}},
	}...)
}
