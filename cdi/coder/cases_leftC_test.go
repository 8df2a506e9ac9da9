package coder

import "notecoder/cdi/model"

func init() {
	cases = append(cases, []tc{
		// A history-named cancer whose treatment is completed or dated by
		// a year is over (Z85, I.C.2.d); one still treated stays current.
		{name: "leftC hx breast ca chemo year", text: "History of breast cancer treated with chemotherapy in 2015.", setting: model.Inpatient, want: []string{"Z85.3"}, not: []string{"C50.919"}},
		{name: "leftC hx breast ca completed chemo", text: "History of breast cancer, completed chemotherapy.", want: []string{"Z85.3"}, not: []string{"C50.919"}},
		{name: "leftC hx breast ca currently treated kept", text: "History of breast cancer diagnosed in 2015, currently on chemotherapy.", want: []string{"C50.919"}, not: []string{"Z85.3"}},
		{name: "leftC hx prostate hormone kept", text: "History of prostate cancer treated with hormone therapy.", want: []string{"C61"}, not: []string{"Z85.46"}},
		// A "days ago" after the mention dates the treatment, not the
		// cancer the word "metastatic" says is current.
		{name: "leftC metastatic ca chemo days ago", text: "Metastatic breast cancer, last chemotherapy 5 days ago.", setting: model.Inpatient, want: []string{"C50.919", "C79.9"}, not: []string{"Z85.3"}},
	}...)
}
