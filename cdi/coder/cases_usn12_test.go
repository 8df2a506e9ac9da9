package coder

import "notecoder/cdi/model"

// US-style service notes (usn12), written for these cases. A pain, a
// swelling, a redness or a deformity routine to the diagnosis the note codes
// is not coded beside it (I.B.4-5, data/integral.tsv): thigh pain with a
// femur fracture, wrist pain with a distal radius fracture, the erythema of a
// first degree burn, a red eardrum with otitis media, a runny nose with a
// viral respiratory infection, the swelling of an osteomyelitis, the weight
// loss of a major depressive episode. "Declines VBAC" and
// "declined the epidural" refuse something (data/other_sense.tsv); a callus
// the film grades is the bone's. A cancer under surveillance is a history
// (data/history_status.tsv).
func init() {
	cases = append(cases, []tc{
		{name: "usn12-thigh-pain-femur-fracture", text: "Left thigh pain since the fall.\nAssessment: Closed fracture of shaft of left femur, initial encounter - traction.", setting: model.Inpatient, want: []string{"S72.302A"}, not: []string{"M79.652"}},
		{name: "usn12-thigh-pain-alone", text: "Right thigh pain for a week after a long hike, no injury.", want: []string{"M79.651"}},
		{name: "usn12-wrist-pain-radius-fracture", text: "Persistent pain of the wrist.\nAssessment: Fracture of right distal radius, closed, subsequent encounter with routine healing.", want: []string{"S52.501D"}, not: []string{"M25.531", "M25.539"}},
		{name: "usn12-burn-erythema", text: "Exam: erythema over the right lower leg from a scald.\nA/P: First degree burn of right lower leg, initial encounter.", setting: model.Inpatient, want: []string{"T24.131A"}, not: []string{"L53.9"}},
		{name: "usn12-tm-erythematous-otitis", text: "Right tympanic membrane erythematous and bulging.\nAssessment: Acute otitis media of right ear.", want: []string{"H66.91"}, not: []string{"L53.9"}},
		{name: "usn12-rhinorrhea-cold", text: "Three days of runny nose and rhinorrhea.\nAssessment: Viral URI - fluids, saline.", want: []string{"J06.9"}, not: []string{"J34.89"}},
		{name: "usn12-osteomyelitis-swelling", text: "Presents with drainage and swelling.\nAssessment: Acute osteomyelitis of right tibia.", setting: model.Inpatient, want: []string{"M86.161"}, not: []string{"R60.9"}},
		{name: "usn12-mdd-weight-loss", text: "Poor appetite with weight loss of 8 lb.\nAssessment: Major depressive disorder, single episode, moderate.", want: []string{"F32.1"}, not: []string{"R63.4"}},
		{name: "usn12-deformity-fracture", text: "Exam: obvious deformity of the left forearm.\nA/P: Closed fracture of shaft of left ulna, initial encounter.", setting: model.Inpatient, not: []string{"M21.922", "M21.932"}},
		{name: "usn12-declines-vbac", text: "G3P2 at 39 weeks, declines VBAC, admitted for scheduled cesarean.", setting: model.Inpatient, not: []string{"R53.81"}},
		{name: "usn12-declined-epidural", text: "She declines epidural analgesia.", setting: model.Inpatient, not: []string{"R53.81"}},
		{name: "usn12-callus-graded", text: "X-ray of the tibia: early callus, fracture line still visible.", not: []string{"L84"}},
		{name: "usn12-cancer-surveillance", text: "Assessment: Personal history of colon cancer, surveillance - colonoscopy every 3 years.", want: []string{"Z85.038"}, not: []string{"C18.9"}},
	}...)
}

// An osteomyelitis of a named foot or hand bone is the index's tarsus,
// metatarsus or carpus (data/site_kids.tsv), not an unspecified site; a
// diabetes and an osteomyelitis anywhere in the note are linked by the
// index's "with" (E11.69 beside the M86 code, data/combos.tsv).
func init() {
	cases = append(cases, []tc{
		{name: "usn12-osteomyelitis-talus", text: "Subacute osteomyelitis of the left talus on MRI.", setting: model.Inpatient, want: []string{"M86.272"}, not: []string{"M86.20"}},
		{name: "usn12-osteomyelitis-metatarsal", text: "Chronic osteomyelitis of right fifth metatarsal - IV antibiotics.", setting: model.Inpatient, want: []string{"M86.671"}, not: []string{"M86.60"}},
		{name: "usn12-osteomyelitis-calcaneal", text: "Acute osteomyelitis, right calcaneal, MRSA.", setting: model.Inpatient, want: []string{"M86.171"}, not: []string{"M86.10"}},
		{name: "usn12-diabetes-osteomyelitis-apart", text: "A/P:\n1. Chronic osteomyelitis of left fifth metatarsal - resection.\n2. Type 2 diabetes - continue metformin.", setting: model.Inpatient, want: []string{"E11.69", "M86.672"}, not: []string{"E11.9"}},
		{name: "usn12-diabetes-osteomyelitis-type1", text: "Type 1 DM on pump. Acute osteomyelitis of right tibia.", setting: model.Inpatient, want: []string{"E10.69", "M86.161"}, not: []string{"E10.9"}},
	}...)
}

// A chapter 15 code read with an unspecified trimester takes the trimester of
// the weeks another sentence states for the current pregnancy (I.C.15.a.3),
// with the weeks' Z3A code.
func init() {
	cases = append(cases, []tc{
		{name: "usn12-trimester-from-weeks-anemia", text: "28yo G1P0 at 22 weeks by LMP.\nAssessment: Anemia complicating pregnancy - iron.", want: []string{"O99.012", "Z3A.22"}, not: []string{"O99.019"}},
		{name: "usn12-trimester-from-weeks-uti", text: "Currently 9 weeks pregnant.\nA/P: Urinary tract infection in pregnancy - nitrofurantoin.", want: []string{"O23.41", "Z3A.09"}, not: []string{"O23.40"}},
		{name: "usn12-trimester-no-weeks", text: "Pregnant, dates uncertain.\nAssessment: Anemia complicating pregnancy.", want: []string{"O99.019"}},
	}...)
}

// "PPH" beside delivery words is a postpartum hemorrhage (cdi/text/data/abbrev.tsv).
func init() {
	cases = append(cases, []tc{
		{name: "usn12-pph-abbrev", text: "PPH after vaginal delivery, EBL 1200 mL, oxytocin and carboprost given.", setting: model.Inpatient, want: []string{"O72.1"}},
		{name: "usn12-pph-not-obstetric", text: "PPH on the echo report.", setting: model.Inpatient, not: []string{"O72.1"}},
	}...)
}
