package coder

import "notecoder/cdi/model"

// Cases for cdsp21: translated-report wordings for a dilated urinary tract ("ectasia",
// "pyelocaliceal", "ureterohydronephrosis"), a "pneumonic condensation" and a "vesicular"
// (gallbladder) stone reach the index entries they name, and a dilated ureter beside its
// obstruction is not coded apart.
func init() {
	cases = append(cases, []tc{
		{name: "cdsp21-ureteral-ectasia", text: "Renal ultrasound: the right ureter shows ectasia. Impression: right ureteral ectasia, no stone seen.", setting: model.Inpatient, want: []string{"N28.82"}},
		{name: "cdsp21-pyelocaliceal-dilatation", text: "Imaging: moderate dilatation of the left pyelocaliceal tree, cause not yet found.", setting: model.Inpatient, want: []string{"N28.89"}},
		{name: "cdsp21-pyelocaliceal-ectasia", text: "Assessment: pyelocaliceal ectasia of the right kidney on ultrasound.", want: []string{"N28.89"}},
		{name: "cdsp21-ureterohydronephrosis", text: "CT abdomen: grade II left ureterohydronephrosis.", setting: model.Inpatient, want: []string{"N13.30"}},
		{name: "cdsp21-pneumonic-condensation", text: "Chest film showed a pneumonic condensation in the left lower lobe; started on antibiotics.", setting: model.Inpatient, want: []string{"J18.9"}},
		{name: "cdsp21-vesicular-lithiasis", text: "Abdominal ultrasound: vesicular lithiasis without wall thickening.", setting: model.Inpatient, want: []string{"K80.20"}, not: []string{"N21.0"}},
		// The stone itself keeps the bladder: guards the bladder words against the gallbladder row.
		{name: "cdsp21-vesical-lithiasis-guard", text: "Cystoscopy found a vesical lithiasis of 2 cm.", setting: model.Inpatient, want: []string{"N21.0"}, not: []string{"K80.20"}},
		// Guards the new ectasia rows: the dilatation above a stone is the obstruction's (integral.tsv).
		{name: "cdsp21-ureteral-ectasia-beside-stone", text: "Diagnosis: left distal ureteral stone with ureteral ectasia above it.", setting: model.Inpatient, want: []string{"N20.1"}, not: []string{"N28.82"}},
	}...)
}
