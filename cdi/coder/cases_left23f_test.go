package coder

import "notecoder/cdi/model"

// Cases for left23f: what h22dev left of the h22 development notes. A food allergy with its
// rescue drug named after a comma, amounts of blood lost, the fetal head's "OA", immunity said
// before the infection, the pulmonic valve, and corrected congenital heart defects (I.C.17). The
// text is written for these cases.
func init() {
	cases = append(cases, []tc{
		// A comma after a bare allergy word ends its reach: the drug after it is the rescue
		// medicine, the allergy the food's (drugs.go allergyCands).
		{name: "left23f peanut allergy with its epinephrine pen", text: "Tree nut and peanut allergy, epinephrine pen at school.", want: []string{"Z91.010"}, not: []string{"Z88.8"}},
		{name: "left23f shellfish allergy then a drug after a comma", text: "Shellfish allergy, albuterol inhaler as needed.", not: []string{"Z88.8"}},
		{name: "left23f allergies heading then a drug", text: "Sore throat for three days. Allergies: cefazolin (hives). Exam: tonsils red.", want: []string{"Z88.1"}},
		{name: "left23f drug allergies heading then a drug", text: "Cough. Drug allergies: penicillin. Lungs clear.", want: []string{"R05.9", "Z88.0"}},
		{name: "left23f allergy list over commas still read", text: "Allergic to penicillin, sulfa drugs.", want: []string{"Z88.0", "Z88.2"}},
		// The amount a procedure lost (data/other_sense.tsv).
		{name: "left23f blood loss minimal after surgery", text: "Laparoscopic appendectomy completed; blood loss minimal, drain placed.", setting: model.Inpatient, not: []string{"R58"}},
		{name: "left23f minimal bleeding after IUD placement", text: "Levonorgestrel IUD inserted without difficulty. Minimal bleeding. Patient tolerated well.", want: []string{"Z30.430"}, not: []string{"R58"}},
		{name: "left23f bleeding minimal after biopsy", text: "Endometrial biopsy obtained, bleeding minimal.", not: []string{"R58"}},
		{name: "left23f rectal bleeding still coded", text: "Assessment: minimal rectal bleeding for two days.", want: []string{"K62.5"}},
		// The fetal head's position (cdi/text/data/abbrev.tsv).
		{name: "left23f vertex OA at delivery", text: "Vaginal birth of a liveborn boy from vertex OA position, Apgars 9 and 9.", setting: model.Inpatient, not: []string{"M19.90"}},
		{name: "left23f knee OA still osteoarthritis", text: "Assessment: bilateral knee OA, acetaminophen as needed.", want: []string{"M17.0"}},
		// Immunity said before the infection (cdi/text/data/context.tsv).
		{name: "left23f immune to hepatitis A", text: "Labs today show she is immune to hepatitis A.", not: []string{"B15.9"}},
		{name: "left23f immunity to varicella", text: "Titers show immunity to varicella.", not: []string{"B01.9"}},
		// A presentation dated by its year before "when ... presented with" is past
		// (cdi/text/data/context.tsv).
		{name: "left23f HIV found in a past year at its Pneumocystis pneumonia", text: "HIV diagnosed in 2016 when she presented with Pneumocystis pneumonia; viral load now undetectable on therapy.", want: []string{"B20"}, not: []string{"B59"}},
		// The pulmonary valve's other adjective (data/title_alias.tsv).
		{name: "left23f pulmonic regurgitation", text: "Echo: moderate pulmonic regurgitation, normal RV size.", want: []string{"I37.1"}, not: []string{"I37.8"}},
		// The valve said with its name reads the row's modifier (node.longAlt).
		{name: "left23f pulmonary valve regurgitation", text: "Cardiac MRI: severe pulmonary valve regurgitation with RV dilation.", want: []string{"I37.1"}, not: []string{"I37.8"}},
		{name: "left23f aortic valve regurgitation", text: "Echo: moderate aortic valve regurgitation, LVEF 60%.", want: []string{"I35.1"}, not: []string{"I35.8"}},
		{name: "left23f mitral valve regurgitation", text: "Echo: mild mitral valve regurgitation.", want: []string{"I34.0"}, not: []string{"I05.9"}},
		// A corrected congenital malformation is a personal history (I.C.17; data/lifelong.txt,
		// data/history_kind.tsv).
		{name: "left23f repaired tetralogy is history", text: "Tetralogy of Fallot repaired in infancy; echo today without residual shunt.", want: []string{"Z87.74"}, not: []string{"Q21.3"}},
		{name: "left23f repaired coarctation beside a bicuspid valve", text: "Bicuspid aortic valve and coarctation of the aorta repaired at age 6.", want: []string{"Q23.81", "Z87.74"}, not: []string{"Q25.1"}},
		{name: "left23f repaired defect with residual stays current", text: "Ventricular septal defect repaired at age 2. Echo: small residual ventricular septal defect.", want: []string{"Q21.0"}, not: []string{"Z87.74"}},
		{name: "left23f unrepaired defect stays current", text: "Secundum atrial septal defect, unrepaired, followed by cardiology.", want: []string{"Q21.11"}, not: []string{"Z87.74"}},
	}...)
}
