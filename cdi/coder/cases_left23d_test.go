package coder

import "notecoder/cdi/model"

// Table cases of helper left23d (vascular and surgery gold-first sets):
// assertion bugs that cost precision everywhere (a habit label answered
// "never" after a dash, a "denied" answering one entry of a past history
// list), the reason of a past amputation read as history, and an
// unspecified dermatitis beside a venous disease with inflammation, and a
// postprocedural sepsis whose organism the mention names.
func init() {
	cases = append(cases, []tc{
		{name: "left23d smoking answered never after a dash",
			text: "Discussed smoking - never smoked. Vitamin D, renal function normal.",
			not:  []string{"F17.200", "Z87.891"}},
		{name: "left23d smoking label answered never",
			text: "Social: Smoking - never. Alcohol rarely.",
			not:  []string{"F17.200"}},
		{name: "left23d guard a dash before a plan keeps the problem",
			text: "HTN - never treated, will start amlodipine.",
			want: []string{"I10"}},
		{name: "left23d HTN denied answers its own PMH entry",
			text: "PMH: hyperlipidemia (on rosuvastatin 20), HTN denied, non-smoker.",
			want: []string{"E78.5"}, not: []string{"I10"}},
		{name: "left23d HTN denied in a short PMH list",
			text: "Past medical history: HLD, HTN denied.",
			want: []string{"E78.5"}, not: []string{"I10"}},
		{name: "left23d guard ROS list denied together",
			text: "ROS: chest pain, dyspnea denied.",
			not:  []string{"R07.9", "R06.00"}},
		{name: "left23d reason of a dated amputation is history",
			text: "69M with L BKA (2022, for gangrene) who walks with a prosthesis. Stump skin intact.",
			want: []string{"Z89.512"}, not: []string{"I96"}},
		{name: "left23d reason of an amputation dated with in",
			text: "Left BKA in 2021 for gangrene; walks with a prosthesis.",
			want: []string{"Z89.512"}, not: []string{"I96"}},
		{name: "left23d plan dermatitis is the stasis dermatitis of the varicose veins",
			text: "Vein clinic.\nExam: stasis dermatitis of the left medial ankle, no ulcer.\nAssessment: varicose veins of the left leg with inflammation.\nPlan: triamcinolone ointment to the dermatitis, compression stockings.",
			want: []string{"I83.12"}, not: []string{"L30.9"}},
		{name: "left23d guard atopic dermatitis beside varicose veins without inflammation",
			text: "Assessment: varicose veins of the left leg without symptoms; atopic dermatitis of the hands.",
			want: []string{"L20.9"}},
		{name: "left23d postprocedural sepsis with its organism keeps T81.44",
			text:    "Assessment: postprocedural sepsis due to MSSA after hernia repair, on cefazolin.",
			setting: model.Inpatient,
			want:    []string{"T81.44XA", "A41.01"}},
		{name: "left23d postoperative sepsis due to E. coli",
			text:    "Hospital course complicated by postoperative sepsis due to E. coli; blood cultures cleared.",
			setting: model.Inpatient,
			want:    []string{"T81.44XA", "A41.51"}},
		{name: "left23d guard a postoperative day is no postprocedural sepsis",
			text:    "Postoperative day 3, sepsis due to E. coli from a urinary source.",
			setting: model.Inpatient,
			want:    []string{"A41.51"}, not: []string{"T81.44XA"}},
	}...)
}
