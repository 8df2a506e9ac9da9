package coder

import "notecoder/cdi/model"

// Cases for cdsp21: wordings of translated Spanish case reports reach the index entries they
// name: a dilated urinary tract ("ectasia", "pyelocaliceal", "ureterohydronephrosis"), a
// "pneumonic condensation", a "vesicular" (gallbladder) stone, the lab words "potasemia" and
// "plaquetopenia", and a bowel "subocclusion"; a dilated ureter beside its obstruction is not
// coded apart.
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
		{name: "cdsp21-plaquetopenia", text: "Labs: plaquetopenia of 60,000 on admission.", setting: model.Inpatient, want: []string{"D69.6"}},
		{name: "cdsp21-hypopotasemia", text: "Hypopotasemia of 2.8 corrected with oral potassium.", setting: model.Inpatient, want: []string{"E87.6"}},
		{name: "cdsp21-hyperpotasemia", text: "Assessment: hyperpotasemia from the ACE inhibitor, drug held.", want: []string{"E87.5"}},
		{name: "cdsp21-intestinal-subocclusion", text: "Admitted with an intestinal subocclusion from adhesions, managed with a nasogastric tube.", setting: model.Inpatient, want: []string{"K56.51"}, not: []string{"K56.609", "K66.0"}},
	}...)
}
