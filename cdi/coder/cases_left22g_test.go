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
	}...)
}
