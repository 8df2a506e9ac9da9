package coder

import (
	"testing"

	"notecoder/cdi/text"
)

// TestTokWidMatchesLookup checks the shortcut of Section: a token's word id
// read through its interned form (Token.Lex) is the id a look-up of its
// Norm gives.
func TestTokWidMatchesLookup(t *testing.T) {
	e := engine(t)
	lexed := 0
	for i := 0; i < 8; i++ {
		for _, tok := range text.Tokenize(genNote(2<<10, i) + " Ulcers UTIs diabetis Sjögren’s CHF") {
			if tok.Lex != 0 {
				lexed++
			}
			if got, want := e.tokWid(&tok), e.lx.v.get(tok.Norm); got != want {
				t.Fatalf("tokWid(%q, Lex %d) = %d, want %d", tok.Norm, tok.Lex, got, want)
			}
		}
	}
	if lexed == 0 {
		t.Fatal("no token carried an interned form: the shortcut is dead")
	}
}
