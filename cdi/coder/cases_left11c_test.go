package coder

import "notecoder/cdi/model"

// Fast-typed notes, second pass (left11c). A negative test or a ruled-out
// workup written after a comma item of another kind is that item's: the
// condition before it stands ("viral URI, flu neg", "CP, ACS ruled out";
// ownItem, data/agent_codes.txt), a list of like items stays denied ("HIV,
// HCV neg", "PE, DVT ruled out"). A condition that read another's pre-head
// words only on its way to a see reference leaves them to it ("NSTEMI w/
// underlying CAD"); a sign read into another clause's uncertain diagnosis
// keeps its certain part outpatient ("edema, likely CHF"). The calf and the
// shin are the lower leg's; packs per day say cigarettes; a trigger between
// a head and a word read from a later clause is that clause's; "decubitus"
// with a stage is the pressure ulcer; a steroid burst for an exacerbation is
// no long-term use.
func init() {
	cases = append(cases, []tc{
		{name: "left11c-strep-neg", text: "pharyngitis, rapid strep neg", want: []string{"J02.9"}, not: []string{"J02.0"}},
		{name: "left11c-flu-neg", text: "viral URI, flu neg", want: []string{"J06.9"}, not: []string{"J11.1"}},
		{name: "left11c-covid-neg", text: "CAP, COVID neg", setting: model.Inpatient, want: []string{"J18.9"}, not: []string{"U07.1", "J12.82"}},
		{name: "left11c-acs-ruled-out", text: "CP, ACS ruled out", want: []string{"R07.9"}, not: []string{"I24.9"}},
		{name: "left11c-uti-ruled-out", text: "fever, UTI ruled out", want: []string{"R50.9"}, not: []string{"N39.0"}},
		{name: "left11c-like-list-denied", text: "PE, DVT ruled out", setting: model.Inpatient, not: []string{"I26.99", "I82.409"}},
		{name: "left11c-hep-list-denied", text: "hepatitis B, C negative", not: []string{"B19.10", "B19.20", "K75.9"}},
		{name: "left11c-nstemi-cad", text: "NSTEMI w/ underlying CAD", setting: model.Inpatient, want: []string{"I21.4", "I25.10"}},
		{name: "left11c-nstemi-cad-comma", text: "NSTEMI, CAD", setting: model.Inpatient, want: []string{"I21.4", "I25.10"}},
		{name: "left11c-heart-attack-like", text: "She says the pain felt like a heart attack.", not: []string{"R07.2"}},
		{name: "left11c-edema-likely-chf", text: "edema, likely CHF", want: []string{"R60.9"}, not: []string{"I50.9"}},
		{name: "left11c-edema-likely-chf-inpatient", text: "edema, likely CHF", setting: model.Inpatient, want: []string{"I50.9"}},
		{name: "left11c-calf-pain", text: "L calf pain", want: []string{"M79.662"}, not: []string{"R52"}},
		{name: "left11c-shin-pain", text: "R shin pain x 2 weeks", want: []string{"M79.661"}, not: []string{"R52"}},
		{name: "left11c-pain-in-calf", text: "pain in left calf", want: []string{"M79.662"}},
		{name: "left11c-calf-dvt-stays", text: "left calf DVT", want: []string{"I82.4Z2"}},
		{name: "left11c-half-ppd", text: "smoker, 1/2 ppd", want: []string{"F17.210"}, not: []string{"F17.200"}},
		{name: "left11c-tob-ppd", text: "tob: 1 ppd", want: []string{"F17.210"}},
		{name: "left11c-tobacco-ppd", text: "SOCIAL HISTORY\nTobacco: 1 ppd", want: []string{"F17.210"}},
		{name: "left11c-tobacco-quit", text: "SOCIAL HISTORY\nTobacco: quit 2010, 1 ppd x 20 years", want: []string{"Z87.891"}, not: []string{"F17.210"}},
		{name: "left11c-tobacco-former", text: "Tobacco: former, 1 ppd", want: []string{"Z87.891"}, not: []string{"F17.210"}},
		{name: "left11c-tobacco-use-stays", text: "tobacco use", want: []string{"Z72.0"}},
		{name: "left11c-dm-no-retinopathy", text: "Diabetes: no retinopathy", want: []string{"E11.9"}, not: []string{"E11.319"}},
		{name: "left11c-migraine-without-aura", text: "migraine without aura", want: []string{"G43.009"}},
		{name: "left11c-sacral-decubitus", text: "sacral decubitus stage 3", setting: model.Inpatient, want: []string{"L89.153"}},
		{name: "left11c-heel-decub", text: "R heel decub stage 2", setting: model.Inpatient, want: []string{"L89.612"}},
		{name: "left11c-decubitus-position", text: "CXR in left lateral decubitus position", not: []string{"L89.90", "L89.91", "L89.92"}},
		{name: "left11c-prednisone-burst", text: "A/P:\nCOPD exacerbation - prednisone burst", want: []string{"J44.1"}, not: []string{"Z79.52"}},
		{name: "left11c-chronic-prednisone", text: "A/P:\nCOPD on chronic prednisone", want: []string{"Z79.52"}},
	}...)
}
