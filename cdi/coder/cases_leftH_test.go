package coder

import (
	"slices"
	"testing"

	"notecoder/cdi/model"
)

func init() {
	cases = append(cases, []tc{
		// A "non-" prefix denies the qualifier after it: the walker does not
		// read "ST elevation" inside "non-ST elevation" (data/denying_prefixes.txt),
		// nor the walls or vessels implied under it (groupingDenied). An NSTEMI
		// with a wall or a vessel named is I21.4 (the NSTEMI has no site axis).
		{name: "leftH anterior nstemi", text: "Anterior NSTEMI, troponin peaked at 4.", setting: "inpatient", want: []string{"I21.4"}, not: []string{"I21.09"}},
		{name: "leftH anterior nstemi outpt", text: "Anterior NSTEMI two weeks ago, here for follow up.", want: []string{"I21.4"}, not: []string{"I21.09"}},
		{name: "leftH nstemi with vessel", text: "NSTEMI with occlusion of the LAD on cath.", setting: "inpatient", want: []string{"I21.4"}, not: []string{"I21.02"}},
		{name: "leftH nstemi comma vessel", text: "Dx: NSTEMI, LAD occlusion.", setting: "inpatient", want: []string{"I21.4"}, not: []string{"I21.02"}},
		// Guards: a STEMI keeps its wall and vessel.
		{name: "leftH anterior stemi guard", text: "Anterior STEMI, taken to the cath lab.", setting: "inpatient", want: []string{"I21.09"}, not: []string{"I21.4"}},
		{name: "leftH stemi comma vessel guard", text: "Dx: STEMI, LAD occlusion.", setting: "inpatient", want: []string{"I21.02"}},

		// "from", "caused by", "resulting from", "because of" read as "due to"
		// (data/cause_phrases.txt); "d/t" and "2/2" expand to the connectors
		// and now link as the written ones do.
		{name: "leftH arrest from potassium", text: "He had a cardiac arrest from hyperkalemia.", setting: "inpatient", want: []string{"I46.8", "E87.5"}, not: []string{"I46.9"}},
		{name: "leftH arrest caused by potassium", text: "Cardiac arrest caused by hyperkalemia.", setting: "inpatient", want: []string{"I46.8", "E87.5"}, not: []string{"I46.9"}},
		{name: "leftH arrest d/t potassium", text: "Cardiac arrest d/t hyperkalemia.", setting: "inpatient", want: []string{"I46.8", "E87.5"}, not: []string{"I46.9"}},
		{name: "leftH arrest 2/2 potassium", text: "Cardiac arrest 2/2 hyperkalemia.", setting: "inpatient", want: []string{"I46.8", "E87.5"}, not: []string{"I46.9"}},
		{name: "leftH arrest 2/2 potassium outpt", text: "Seen after a cardiac arrest 2/2 hyperkalemia last month.", want: []string{"I46.8"}, not: []string{"I46.9"}},
		// A site written right before the connector is the cause's site too.
		{name: "leftH foot pain due to injury", text: "Pain in the right foot due to an injury.", setting: "inpatient", want: []string{"S99.921A"}},

		// A drug named after "from" is the condition's cause: an adverse effect
		// of a drug taken as prescribed (I.C.19.e.5.a).
		{name: "leftH hypoglycemia from glyburide", text: "Type 2 diabetes. Hypoglycemia from glyburide.", setting: "inpatient", want: []string{"E11.649", "T38.3X5A"}},
		{name: "leftH hypoglycemia from glyburide outpt", text: "Type 2 diabetes. Hypoglycemia from glyburide last week, dose lowered.", want: []string{"E11.649", "T38.3X5A"}},
		{name: "leftH rash from amoxicillin", text: "Rash from amoxicillin.", want: []string{"R21", "T36.0X5A"}},
		// "Warfarin-associated": a hyphenated "associated" is an adverse-effect
		// cue as "induced" is (data/drug_intent.tsv).
		{name: "leftH warfarin-associated coagulopathy", text: "On warfarin. Warfarin-associated coagulopathy.", setting: "inpatient", want: []string{"D68.32", "T45.515A"}, not: []string{"D68.9"}},

		// "Tumor pain" is Pain, tumor associated (G89.3), "associated" left out
		// (data/optional_words.tsv), read only right before the head
		// (data/before_head.txt): "a painful tumor of the epididymis" stays the
		// tumor's (fp9-painful-tumor).
		{name: "leftH tumor pain", text: "Tumor pain controlled with oxycodone.", setting: "inpatient", want: []string{"G89.3"}, not: []string{"R52"}},
		{name: "leftH tumor pain outpt", text: "Tumor pain, better on the new regimen.", want: []string{"G89.3"}, not: []string{"R52"}},
	}...)
}

// TestCodeFirstOrder checks that a code whose tabular "code first" note names
// another code of the note is listed after it (codeFirstOrder), and that an
// adverse effect's T code stays after the condition it caused.
func TestCodeFirstOrder(t *testing.T) {
	e := engine(t)
	for _, c := range []struct {
		text          string
		first, second string
	}{
		{"Diabetes due to cystic fibrosis.", "E84.9", "E08.9"},
		{"Dementia in Alzheimer's disease.", "G30.9", "F02.80"},
		{"Coagulopathy due to warfarin.", "D68.32", "T45.515A"},
	} {
		res := e.Code(c.text, model.Context{Setting: model.Inpatient})
		i := slices.IndexFunc(res.Codes, func(x model.Code) bool { return x.Code == c.first })
		j := slices.IndexFunc(res.Codes, func(x model.Code) bool { return x.Code == c.second })
		if i < 0 || j < 0 || i > j {
			t.Errorf("%q: want %s before %s, got %s", c.text, c.first, c.second, codesOf(res))
		}
	}
}
