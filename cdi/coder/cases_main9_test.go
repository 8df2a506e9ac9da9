package coder

import "notecoder/cdi/model"

// A word that says a past habit or condition goes on ("currently") does not
// when the sentence denies it ("not currently smoking"): the word is then
// part of the denial's trigger, and what it describes is denied.
func init() {
	cases = append(cases, []tc{
		{name: "main9-history-smoking-not-currently", text: "History of smoking, not currently smoking.", want: []string{"Z87.891"}, not: []string{"F17.200", "F17.210"}},
		{name: "main9-history-smoking-currently", text: "History of smoking, currently smokes 1 ppd.", want: []string{"F17.210"}, not: []string{"Z87.891"}},
		{name: "main9-history-cancer-not-currently-treated", text: "History of breast cancer, not currently on treatment.", want: []string{"Z85.3"}, not: []string{"C50.919"}},
		{name: "main9-history-cancer-currently-treated", text: "History of breast cancer, currently on tamoxifen.", want: []string{"C50.919"}, not: []string{"Z85.3"}},
	}...)
}

// A bare "necrosis" is the gangrene of I96 only beside a body site
// (data/need_site.txt); "digital", "plantar", "acral" name one though no
// row of the Table of Neoplasms spells them (data/site_words.txt).
func init() {
	cases = append(cases, []tc{
		{name: "main9-digital-necrosis", text: "Digital necrosis after vasopressors.", setting: model.Inpatient, want: []string{"I96"}},
		{name: "main9-plantar-necrosis", text: "Plantar necrosis.", setting: model.Inpatient, want: []string{"I96"}},
		{name: "main9-acral-necrosis", text: "Acral necrosis after vasopressors.", setting: model.Inpatient, want: []string{"I96"}},
		{name: "main9-tumor-necrosis-stays-uncoded", text: "Areas of necrosis in the tumor.", setting: model.Inpatient, not: []string{"I96"}},
	}...)
}
