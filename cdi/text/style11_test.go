package text

import (
	"strings"
	"testing"

	"notecoder/cdi/model"
)

// TestSignedMinusAssertions checks the "<minus>" slot of context.tsv: a
// minus written onto a finding denies it where it stands as a sign, not as a
// bullet, a hyphen or a range.
func TestSignedMinusAssertions(t *testing.T) {
	a := Assertions()
	tests := []struct {
		sentence, mention string
		want              model.Assertion
	}{
		{"HPI: +cough, -fever", "fever", model.Negated},
		{"HPI: +cough, -fever", "cough", model.Present},
		{"-fever -chills -N/V", "fever", model.Negated},
		{"-fever -chills -N/V", "chills", model.Negated},
		{"ROS: -CP, -SOB", "SOB", model.Negated},
		{"fever (-)", "fever", model.Negated},
		{"(-) chills", "chills", model.Negated},
		// bullets, hyphens, ranges
		{"-CKD3b", "CKD3b", model.Present},
		{"- CKD3b", "CKD3b", model.Present},
		{"B-cell lymphoma", "cell lymphoma", model.Present},
		{"pain 3-4/10", "pain", model.Present},
		{"HTN -cont lisinopril, DM2", "DM2", model.Present},
		// shorthand hedges
		{"LE edema c/w CHF", "CHF", model.Possible},
		{"SOB prob COPD", "COPD", model.Possible},
		{"prob list: HTN", "HTN", model.Present},
		// a protocol named after a scale treats what comes before it
		{"alcohol withdrawal, on CIWA protocol", "alcohol withdrawal", model.Present},
		{"sepsis protocol initiated", "sepsis", model.Hypothetical},
	}
	for _, tc := range tests {
		i := strings.Index(tc.sentence, tc.mention)
		if i < 0 {
			t.Fatalf("%q not in %q", tc.mention, tc.sentence)
		}
		m := model.Span{Start: i, End: i + len(tc.mention)}
		if got := a.Classify(tc.sentence, model.Span{Start: 0, End: len(tc.sentence)}, m, ""); got != tc.want {
			t.Errorf("%q / %q: %s, want %s", tc.sentence, tc.mention, got, tc.want)
		}
	}
}

// TestAbbrevNextNot checks the "nextnot" rule and the rows that use it: a
// bare eponym's possessive is its disease, one followed by its own noun is
// left alone; "prob" before a word is probable, before "list" it is not.
func TestAbbrevNextNot(t *testing.T) {
	a := Abbreviations()
	tests := []struct {
		text string
		at   int
		want string // "" = not expanded
	}{
		{"Crohn's", 0, "crohn disease"},
		{"h/o Crohn's on Humira", 3, "crohn disease"},
		{"Crohn's disease", 0, ""},
		{"Crohn's colitis", 0, ""},
		{"Parkinson's - cont sinemet", 0, "parkinson disease"},
		{"Wolff-Parkinson-White", 2, ""},
		{"Hashimoto's", 0, "hashimoto disease"},
		{"SOB prob COPD", 1, "probable"},
		{"prob list", 0, ""},
		{"Vit D def", 0, "vitamin"},
		{"Vit D def", 2, "deficiency"},
		{"acute resp failure", 1, "respiratory"},
		{"Resp: 18", 0, ""},
	}
	for _, tc := range tests {
		toks := Tokenize(tc.text)
		exp, _, ok := a.ExpandIn(toks, tc.at, "")
		got := ""
		if ok {
			got = strings.Join(exp, " ")
		}
		if got != tc.want {
			t.Errorf("%q token %d: %q, want %q", tc.text, tc.at, got, tc.want)
		}
	}
	if _, ok := parseRule("nextnot=list|lists"); !ok {
		t.Error("nextnot rule not parsed")
	}
}
