package text

import (
	"strings"
	"testing"

	"notecoder/cdi/model"
)

// TestClassifyTokensItem checks that a backward trigger after the next comma
// item reaches the mention with ClassifyTokens (a list of like items shares
// it) and not with ClassifyTokensItem (the caller's reading when the next
// item is a different finding); forward triggers and triggers in the
// mention's own item are read by both. It also checks the "quit <year>"
// history row.
func TestClassifyTokensItem(t *testing.T) {
	a := Assertions()
	tests := []struct {
		sentence, mention string
		whole, item       model.Assertion
	}{
		{"viral URI, flu neg", "viral URI", model.Negated, model.Present},
		{"viral URI, flu neg", "flu", model.Negated, model.Negated},
		{"CP, ACS ruled out", "CP", model.Negated, model.Present},
		{"HIV, HCV neg", "HIV", model.Negated, model.Present},
		{"PE ruled out", "PE", model.Negated, model.Negated},
		{"no fever, chills", "chills", model.Negated, model.Negated},
		{"pneumonia (RLL, LLL) ruled out", "pneumonia", model.Negated, model.Negated},
		{"Tobacco: quit 2010, 1 ppd", "ppd", model.Historical, model.Historical},
	}
	for _, tc := range tests {
		i := strings.Index(tc.sentence, tc.mention)
		if i < 0 {
			t.Fatalf("%q not in %q", tc.mention, tc.sentence)
		}
		m := model.Span{Start: i, End: i + len(tc.mention)}
		sent := model.Span{Start: 0, End: len(tc.sentence)}
		toks := AppendTokens(nil, tc.sentence, 0)
		if got := a.ClassifyTokens(toks, sent, m, ""); got != tc.whole {
			t.Errorf("%q / %q: ClassifyTokens %s, want %s", tc.sentence, tc.mention, got, tc.whole)
		}
		if got := a.ClassifyTokensItem(toks, sent, m, ""); got != tc.item {
			t.Errorf("%q / %q: ClassifyTokensItem %s, want %s", tc.sentence, tc.mention, got, tc.item)
		}
	}
}
