package coder

import "notecoder/cdi/model"

// Cases for h20dev: the twentieth session's held-out notes as development data; signs that
// belong to a definitive diagnosis (I.B.4-5), infections named as what a test looks for, vaccine
// and anatomy senses, a device still to come, and index wordings the notes write otherwise.
func init() {
	cases = append(cases, []tc{
		{name: "h20dev hypoglycemia carries its sweating and confusion", text: "Assessment: diaphoretic and confused overnight, fingerstick 41. Hypoglycemia in type 2 diabetes due to insulin, treated with dextrose.", setting: model.Inpatient, want: []string{"E11.649"}, not: []string{"R61", "R41.0"}},
		{name: "h20dev peritonsillar abscess carries trismus", text: "Impression: right peritonsillar abscess with trismus and drooling, drained at bedside.", not: []string{"R25.2"}},
		{name: "h20dev Kawasaki criteria are the disease", text: "Impression: Kawasaki disease, with diffuse rash and strawberry tongue on day 5 of fever.", setting: model.Inpatient, want: []string{"M30.3"}, not: []string{"R21", "K14.3", "R50.9"}},
		{name: "h20dev celiac bloating and loose stools", text: "Assessment: celiac disease confirmed on duodenal biopsy, explaining her bloating and loose stools.", want: []string{"K90.0"}, not: []string{"R14.0", "R19.7"}},
		{name: "h20dev GBS facial weakness", text: "Impression: Guillain-Barre syndrome with mild facial weakness, IVIG started.", setting: model.Inpatient, want: []string{"G61.0"}, not: []string{"R29.810"}},
		{name: "h20dev HIV test nonreactive", text: "Intake labs: HIV test nonreactive, TST placed.", not: []string{"B20"}},
		{name: "h20dev hepatitis A among vaccines given", text: "Fifteen-month checkup. Vaccines given: MMR, varicella, hepatitis A, PCV.", not: []string{"B15.9"}},
		{name: "h20dev tibial tubercle is anatomy", text: "Exam: swollen tender left tibial tubercle after basketball season.", not: []string{"A15.9"}},
		{name: "h20dev pacemaker planned tomorrow", text: "Complete heart block with syncope; dual-chamber permanent pacemaker planned tomorrow.", setting: model.Inpatient, want: []string{"I44.2"}, not: []string{"Z95.0"}},
		{name: "h20dev immune thrombocytopenia is ITP", text: "Assessment: chronic immune thrombocytopenia, platelets 41,000 on romiplostim.", want: []string{"D69.3"}, not: []string{"D69.6"}},
		{name: "h20dev ethmoid sinusitis", text: "Impression: acute ethmoid sinusitis, amoxicillin-clavulanate for ten days.", want: []string{"J01.20"}, not: []string{"J01.90"}},
		{name: "h20dev dementia with wandering", text: "Assessment: moderate vascular dementia, now wandering into other residents' rooms at night.", want: []string{"F01.B18", "Z91.83"}, not: []string{"F01.B0"}},
		{name: "h20dev starvation of anorexia", text: "Assessment: anorexia nervosa, restricting type, severe; sinus bradycardia from starvation.", setting: model.Inpatient, not: []string{"T73.0XXA"}},
	}...)
}
