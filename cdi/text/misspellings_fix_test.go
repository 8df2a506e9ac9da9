package text

import (
	"strings"
	"testing"
)

// TestMisspellingFixesAreNormalForms checks that every one-word fix in
// data/misspellings.tsv is already the normaliser's final form: a fix is used
// as is, so a plural fix ("haemorrhoids" -> "hemorrhoids") would carry a form
// the index words (reduced to "hemorrhoid") never match.
func TestMisspellingFixesAreNormalForms(t *testing.T) {
	for _, f := range splitTSV(mustData("misspellings.tsv")) {
		if len(f) < 2 {
			continue
		}
		fix := strings.ToLower(f[1])
		if strings.Contains(fix, " ") {
			continue
		}
		if tk := Tokenize(fix); len(tk) == 1 && tk[0].Norm != fix {
			t.Errorf("misspellings.tsv: %s -> %s, whose normal form is %s", f[0], fix, tk[0].Norm)
		}
	}
}
