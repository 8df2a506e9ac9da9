package coder

import "notecoder/cdi/model"

// Surgical complication leftovers (left22g), written for these cases.
func init() {
	cases = append(cases, []tc{
		// "Ileus, postoperative" is K91.89, whose use-additional note the
		// ileus itself (K56.7) specifies (data/index_also.tsv).
		{name: "left22g-postoperative-ileus", text: "Assessment: postoperative ileus on day 3 after right hemicolectomy, NG tube to suction.", setting: model.Inpatient, want: []string{"K91.89", "K56.7"}},
		// "Postoperative sepsis" is the index's "Sepsis, postprocedural"
		// (T81.44), and its use-additional note asks for the sepsis:
		// A41.9 without an organism (I.C.1.d.5.b).
		{name: "left22g-postoperative-sepsis", text: "Postoperative sepsis after laparoscopic colectomy, started on broad antibiotics.", setting: model.Inpatient, want: []string{"T81.44XA", "A41.9"}},
		// The sentence's infection names the organism: that sepsis.
		{name: "left22g-postoperative-sepsis-organism", text: "Postoperative sepsis from pneumonia due to Pseudomonas after the Whipple procedure.", setting: model.Inpatient, want: []string{"T81.44XA", "A41.52", "J15.1"}, not: []string{"A41.9"}},
		// With septic shock: the complication, the sepsis, then R65.21.
		{name: "left22g-postoperative-sepsis-shock", text: "Post-operative sepsis with septic shock on pressors.", setting: model.Inpatient, want: []string{"T81.44XA", "A41.9", "R65.21"}},
		// A broken intramedullary nail is the mechanical breakdown of an
		// internal fixation device of the bone (T84.11-, read through the
		// index's "limb" grouping), not "other specified" device T85.618A.
		{name: "left22g-broken-im-nail-femur", text: "Broken intramedullary nail of the left femur, for revision.", setting: model.Inpatient, want: []string{"T84.115A"}, not: []string{"T85.618A"}},
		{name: "left22g-broken-femoral-im-nail", text: "Imaging: broken femoral intramedullary nail, right side.", setting: model.Inpatient, want: []string{"T84.114A"}, not: []string{"T85.618A"}},
		{name: "left22g-fixation-breakdown-femur", text: "Mechanical breakdown of left femoral internal fixation device.", setting: model.Inpatient, want: []string{"T84.115A"}, not: []string{"T85.618A"}},
		// A hemorrhage "post-<procedure>" is linked to it (I.C.19.g), and
		// the procedure names the system of "Complication, postprocedural,
		// hemorrhage".
		{name: "left22g-post-turp-hemorrhage", text: "Post-TURP hemorrhage with clots, continuous bladder irrigation started.", setting: model.Inpatient, want: []string{"N99.820"}, not: []string{"R58", "N42.1"}},
		{name: "left22g-post-craniotomy-hemorrhage", text: "CT head: post-craniotomy hemorrhage at the resection bed.", setting: model.Inpatient, want: []string{"G97.51"}, not: []string{"R58"}},
		{name: "left22g-post-sleeve-gastrectomy-bleeding", text: "Post-sleeve gastrectomy bleeding from the staple line, transfused 2 units.", setting: model.Inpatient, want: []string{"K91.840"}, not: []string{"R58"}},
		{name: "left22g-post-polypectomy-bleeding", text: "Post-polypectomy bleeding, clipped at repeat colonoscopy.", setting: model.Inpatient, want: []string{"K91.840"}, not: []string{"R58"}},
		// "Post-op" beside the ileus is the index's "postoperative".
		{name: "left22g-post-op-ileus", text: "Post-op ileus, NPO, NG decompression.", setting: model.Inpatient, want: []string{"K91.89", "K56.7"}},
	}...)
}
