package coder

// Cases of session 13 helper obst13, written for these tests: delivery
// admissions (gestational diabetes classes, arrest of dilation, protracted
// labor, graded perineal tears, a viable infant as the outcome of delivery)
// and rehabilitation admissions (the open of an ORIF is no open fracture,
// fracture aftercare is a subsequent encounter).
func init() {
	cases = append(cases, []tc{
		{name: "obst13 a1gdm diet controlled", text: "G2P1 at 31 weeks, A1GDM, glucose log reviewed.", setting: "inpatient", want: []string{"O24.410", "Z3A.31"}},
		{name: "obst13 a2gdm control unsaid", text: "G3P2 at 33 weeks with A2GDM, fetal testing twice weekly.", setting: "inpatient", want: []string{"O24.419", "Z3A.33"}, not: []string{"O24.410"}},
		{name: "obst13 a2gdm insulin in delivery", text: "Vaginal delivery of a liveborn female infant at 38 weeks. A2GDM on insulin, sugars stable in labor. Second degree perineal tear repaired.", setting: "inpatient", want: []string{"O24.424", "O70.1", "Z37.0"}, not: []string{"O24.414"}},
		{name: "obst13 arrest of dilation", text: "Induced at 41 weeks, labor complicated by arrest of dilation at 6 cm; primary cesarean.", setting: "inpatient", want: []string{"O62.1", "Z3A.41"}},
		{name: "obst13 protracted labor", text: "Protracted labor at 40 weeks, oxytocin augmentation, then vacuum-assisted delivery.", setting: "inpatient", want: []string{"O63.9", "Z3A.40"}},
		{name: "obst13 2nd degree laceration", text: "NSVD at 39 weeks of a liveborn male infant. 2nd degree perineal laceration repaired with 3-0 vicryl.", setting: "inpatient", want: []string{"O70.1", "Z37.0"}, not: []string{"O80"}},
		{name: "obst13 viable infant outcome", text: "Spontaneous vaginal delivery at 37 weeks of a viable female infant, Apgars 8 and 9.", setting: "inpatient", want: []string{"Z37.0"}},
		{name: "obst13 viable pregnancy guard", text: "Ultrasound at 8 weeks shows a viable intrauterine pregnancy.", not: []string{"Z37.0", "Z38.2"}},
		{name: "obst13 orif post-op closed initial", text: "POD 2 after ORIF of a left hip fracture, pain controlled, PT started.", setting: "inpatient", want: []string{"S72.002A"}, not: []string{"S72.002B"}},
		{name: "obst13 rehab aftercare orif subsequent", text: "Admitted to inpatient rehab for aftercare after ORIF of a left hip fracture.", setting: "inpatient", want: []string{"S72.002D"}, not: []string{"S72.002B", "S72.002E", "S72.002A"}},
		{name: "obst13 fall at rehab new fracture guard", text: "Fell at her rehab facility this morning and sustained a left hip fracture.", setting: "inpatient", want: []string{"S72.002A"}, not: []string{"S72.002D"}},
		{name: "obst13 orif snf ankle aftercare", text: "Transferred to SNF for aftercare after ORIF of right ankle fracture.", setting: "inpatient", want: []string{"S82.891D"}, not: []string{"S82.891B"}},
		{name: "obst13 open fracture still open", text: "Open fracture of the left tibial shaft, taken for open reduction and fixation.", setting: "inpatient", want: []string{"S82.202B"}},
		{name: "obst13 closed fracture orif initial", text: "Closed fracture of right hip, underwent ORIF today.", setting: "inpatient", want: []string{"S72.001A"}},
		{name: "obst13 liveborn male outcome", text: "Primary cesarean at 40 weeks for arrest of dilation. Findings: liveborn male, vertex, Apgars 9/9. A1GDM, diet only.", setting: "inpatient", want: []string{"O62.1", "Z37.0", "O24.420"}, not: []string{"O24.410", "Z38.2"}},
		{name: "obst13 liveborn male infant not doubled", text: "NSVD of a liveborn male infant at 39 weeks.", setting: "inpatient", want: []string{"O80", "Z37.0", "Z3A.39"}},
		{name: "obst13 healthy baby boy delivered", text: "Spontaneous vaginal delivery at 39 weeks; she delivered a healthy baby boy.", setting: "inpatient", want: []string{"O80", "Z37.0", "Z3A.39"}},
		{name: "obst13 healthy boy well visit guard", text: "Healthy boy of 6 seen for a well visit, born at term, no concerns.", not: []string{"Z38.2", "Z37.0", "Z38.00"}},
		{name: "obst13 di di twin pregnancy", text: "Di/di twin pregnancy at 32 weeks, admitted for preterm labor.", setting: "inpatient", want: []string{"O30.043", "Z3A.32"}, not: []string{"O30.003"}},
	}...)
}
