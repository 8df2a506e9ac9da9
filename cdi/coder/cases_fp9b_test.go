package coder

import "notecoder/cdi/model"

// Smoking said as history or in the past (fp9b): "history of smoking" with
// nothing saying the habit goes on is the personal history Z87.891, as are
// "quit smoking", "stopped smoking", "used to smoke" and a mention's own past
// tense ("had smoked", "smoked until"); a present tense or "currently",
// "still" keeps the current nicotine dependence (F17.2-), as does the present
// perfect "has smoked ... for 30 years".
func init() {
	cases = append(cases, []tc{
		{name: "fp9b-history-of-smoking", text: "He has a history of smoking.", want: []string{"Z87.891@historical"}, not: []string{"F17.200"}},
		{name: "fp9b-history-of-smoking-inpt", setting: model.Inpatient, text: "He had a history of smoking for 15 years, hypertension and dyslipidemia.", want: []string{"Z87.891"}, not: []string{"F17.200"}},
		{name: "fp9b-history-included-smoking", text: "His personal history included smoking and appendectomy.", want: []string{"Z87.891"}, not: []string{"F17.200"}},
		{name: "fp9b-history-currently-smokes", text: "He has a history of smoking and currently smokes 1 pack per day.", want: []string{"F17.210"}, not: []string{"Z87.891"}},
		{name: "fp9b-history-still-smokes", text: "She has a long history of smoking and still smokes.", want: []string{"F17.200"}, not: []string{"Z87.891"}},
		{name: "fp9b-had-smoked", text: "He had smoked one pack a day for 10 years.", want: []string{"Z87.891"}, not: []string{"F17.210"}},
		{name: "fp9b-smoked-for", setting: model.Inpatient, text: "He smoked for 20 years.", want: []string{"Z87.891"}, not: []string{"F17.200"}},
		{name: "fp9b-has-smoked", text: "He has smoked one pack a day for 30 years.", want: []string{"F17.210"}, not: []string{"Z87.891"}},
		{name: "fp9b-quit-smoking", text: "She quit smoking.", want: []string{"Z87.891"}, not: []string{"F17.200"}},
		{name: "fp9b-stopped-smoking", text: "She stopped smoking in 2010.", want: []string{"Z87.891"}, not: []string{"F17.200"}},
		{name: "fp9b-gave-up-smoking", text: "He gave up smoking last year.", want: []string{"Z87.891"}, not: []string{"F17.200"}},
		{name: "fp9b-used-to-smoke", text: "She used to smoke.", want: []string{"Z87.891"}, not: []string{"F17.200"}},
		{name: "fp9b-not-currently-smoke", text: "She does not currently smoke.", not: []string{"F17.200", "Z87.891"}},
		{name: "fp9b-stopped-drug-not-history", text: "Metformin was stopped because of diarrhea.", want: []string{"R19.7@present"}},
		{name: "fp9b-smoker-current", text: "He is a smoker.", want: []string{"F17.200@present"}, not: []string{"Z87.891"}},
	}...)
}

// The index's one-word timing terms written with a hyphen ("intra-operative",
// "post-operative") are read as the index writes them: "Hemorrhage,
// intraoperative - see Complication, intraoperative" is not R58.
func init() {
	cases = append(cases, []tc{
		{name: "fp9b-intra-operative-bleeding", setting: model.Inpatient, text: "Intra-operative bleeding was controlled with cautery.", not: []string{"R58"}},
		{name: "fp9b-post-operative-bleeding", setting: model.Inpatient, text: "Mild post-operative bleeding from the drain.", not: []string{"R58"}},
		{name: "fp9b-post-operative-infection", setting: model.Inpatient, text: "Post-operative wound infection.", want: []string{"T81.49XA"}},
	}...)
}

// Dependence on a wheelchair (Z99.3) is what the note says of the patient
// ("wheelchair-bound", "confined to a wheelchair", "uses a wheelchair"), not
// the chair the patient arrives in.
func init() {
	cases = append(cases, []tc{
		{name: "fp9b-presents-in-wheelchair", text: "Elderly man in no apparent distress. Presents in a wheelchair.", not: []string{"Z99.3"}},
		{name: "fp9b-arrived-by-wheelchair", text: "She arrived by wheelchair.", not: []string{"Z99.3"}},
		{name: "fp9b-wheelchair-bound", text: "She is wheelchair-bound.", want: []string{"Z99.3"}},
		{name: "fp9b-confined-to-wheelchair", text: "He is confined to a wheelchair.", want: []string{"Z99.3"}},
		{name: "fp9b-uses-wheelchair", text: "She uses a wheelchair.", want: []string{"Z99.3"}},
		{name: "fp9b-needs-wheelchair", setting: model.Inpatient, text: "He needs a wheelchair to move.", want: []string{"Z99.3"}},
	}...)
}

// A status Z code read from a service's name ("intestinal transplantation
// unit") is no status of the patient; an encounter's Z code still is
// ("palliative care unit"). Bare "adhesions" (K66.0, peritoneal) need a
// site beside them: "adhesions to the lesion" describe a lesion at surgery;
// "pelvic adhesions" and "adhesions of the abdomen" stay K66.0.
func init() {
	cases = append(cases, []tc{
		{name: "fp9b-transplant-unit", setting: model.Inpatient, text: "He was transferred to the intestinal transplantation unit.", not: []string{"Z94.82"}},
		{name: "fp9b-transplant-status-kept", setting: model.Inpatient, text: "Status post intestinal transplantation.", want: []string{"Z94.82"}},
		{name: "fp9b-palliative-unit-kept", setting: model.Inpatient, text: "He was admitted to the palliative care unit.", want: []string{"Z51.5"}},
		{name: "fp9b-adhesions-to-lesion", setting: model.Inpatient, text: "Multiple adhesions to the lesion were found at surgery.", not: []string{"K66.0"}},
		{name: "fp9b-adhesions-pelvic-kept", setting: model.Inpatient, text: "Extensive pelvic adhesions.", want: []string{"K66.0"}},
		{name: "fp9b-adhesions-abdomen-kept", setting: model.Inpatient, text: "Adhesions of the abdomen.", want: []string{"K66.0"}},
		{name: "fp9b-adhesions-pleural-kept", setting: model.Inpatient, text: "Pleural adhesions were released.", want: []string{"J94.8"}, not: []string{"K66.0"}},
	}...)
}
