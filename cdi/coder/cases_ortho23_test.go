package coder

import "notecoder/cdi/model"

// Orthopedic notes (ortho23): a named bony tubercle of the heel and a household
// "hanging" task are no disease; fracture sites as notes name them (the
// scaphoid's waist, the tibial plateau); a staphylococcal septic arthritis named
// by its organism; the first carpometacarpal joint's own osteoarthritis codes;
// a dislocated or loosened joint replacement (T84.0-) over the native joint's
// dislocation and its pain; the leg pain of neurogenic claudication; and the
// fall dated days ago that caused the injury treated now; an unspecified
// side beside the bilateral code whose title names the site in the plural.
func init() {
	cases = append(cases, []tc{
		{name: "ortho23 calcaneal tubercle is anatomy", text: "Heel pain x 3 months, worst with first steps. Exam: tender medial calcaneal tubercle. Assessment: left plantar fasciitis.", want: []string{"M72.2"}, not: []string{"A15.9"}},
		{name: "ortho23 hanging curtains is a task", text: "Fell off a stepladder while hanging curtains at home. Dx: open Colles' fracture of the left radius, Gustilo type II.", setting: model.Inpatient, want: []string{"S52.532B", "W11.XXXA"}, not: []string{"T71.9XXA"}},
		{name: "ortho23 scaphoid waist nonunion", text: "Assessment: R scaphoid waist fracture nonunion. Plan ORIF with bone graft.", want: []string{"S62.021K"}, not: []string{"T14.8XXD", "S62.001K"}},
		{name: "ortho23 bicondylar tibial plateau", text: "Closed, displaced bicondylar tibial plateau fracture, right (Schatzker VI). Spanning ex-fix placed.", setting: model.Inpatient, want: []string{"S82.141A"}, not: []string{"S82.201A"}},
		{name: "ortho23 septic arthritis staph aureus", text: "Assessment: septic arthritis of the right knee, staph aureus (MSSA) on synovial fluid culture.", setting: model.Inpatient, want: []string{"M00.061"}, not: []string{"M00.9"}},
		{name: "ortho23 bilateral first CMC primary OA", text: "XR: primary OA of the first CMC joints, bilateral. Thumb spica splints.", want: []string{"M18.0"}, not: []string{"M19.91"}},
		{name: "ortho23 left first CMC primary OA", text: "Assessment: primary osteoarthritis of the first CMC joint, left.", want: []string{"M18.12"}, not: []string{"M19.91"}},
		{name: "ortho23 aseptic loosening knee prosthesis", text: "Assessment: aseptic loosening of the L knee prosthesis. Plan revision arthroplasty.", setting: model.Inpatient, want: []string{"T84.033A"}},
		{name: "ortho23 dislocated hip arthroplasty", text: "Dx: dislocated right total hip arthroplasty, closed reduction failed.", setting: model.Inpatient, want: []string{"T84.020A"}, not: []string{"S73.001A"}},
		{name: "ortho23 posterior dislocation of hip prosthesis", text: "Third posterior dislocation of the R hip prosthesis. Assessment: dislocation of right hip prosthesis, revision tomorrow.", setting: model.Inpatient, want: []string{"T84.020A"}, not: []string{"S73.014A"}},
		{name: "ortho23 neurogenic claudication leg pain", text: "Bilateral buttock and leg pain with walking, relieved by sitting. Assessment: lumbar spinal stenosis L4-L5 with neurogenic claudication.", setting: model.Inpatient, want: []string{"M48.062"}, not: []string{"M79.604", "M79.605", "M79.606"}},
		{name: "ortho23 bilateral CTS beside the plan's CTS", text: "EMG: median neuropathy at the wrist bilaterally. Dx bilateral carpal tunnel syndrome.\nPlan: CTS - night splints, release if no better.", want: []string{"G56.03"}, not: []string{"G56.00"}},
		{name: "ortho23 fall dated days ago", text: "49 y/o M fell from a ladder 2 days ago while cleaning gutters. Assessment: acute traumatic rotator cuff tear L shoulder.", want: []string{"S46.012A", "W11.XXXA"}},
	}...)
}
