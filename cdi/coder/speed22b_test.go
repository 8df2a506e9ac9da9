package coder

import (
	"testing"

	"notecoder/cdi/text"
)

// TestPastLexMatchesMap checks the by-Lex screen of pastVerb: a form is
// marked exactly when the past-verb map has it.
func TestPastLexMatchesMap(t *testing.T) {
	e := engine(t)
	forms := text.LexForms()
	if len(e.pastLex) != len(forms) {
		t.Fatalf("pastLex has %d entries, want %d", len(e.pastLex), len(forms))
	}
	n := 0
	for i, f := range forms {
		_, ok := e.lx.pastVerb[f]
		if e.pastLex[i] != ok {
			t.Fatalf("form %q: pastLex %v, map %v", f, e.pastLex[i], ok)
		}
		if ok {
			n++
		}
	}
	if n == 0 {
		t.Fatal("no past verb is an interned form: the screen is never used")
	}
}
