package text

import (
	"reflect"
	"strings"
	"testing"
)

// TestFirstByLexMatchesMap checks that the abbreviation and context
// matchers' first-word tables by Token.Lex give, for every interned form,
// what their maps give for the form itself.
func TestFirstByLexMatchesMap(t *testing.T) {
	forms := LexForms()
	ab, as := Abbreviations(), Assertions()
	if len(ab.firstIdx) != len(forms) || len(as.firstIdx) != len(forms) {
		t.Fatalf("tables have %d and %d entries, want %d", len(ab.firstIdx), len(as.firstIdx), len(forms))
	}
	for l := 1; l < len(forms); l++ {
		want, wok := ab.byFirst[forms[l]]
		var got []int
		if k := ab.firstIdx[l]; k != 0 {
			got = ab.firstVals[k-1]
		}
		if wok != (ab.firstIdx[l] != 0) || !reflect.DeepEqual(want, got) {
			t.Fatalf("abbreviations %q: by lex %v, map %v %v", forms[l], got, want, wok)
		}
		fw, fok := as.byFirst[forms[l]]
		var gw firstWord
		if k := as.firstIdx[l]; k != 0 {
			gw = as.firstVals[k-1]
		}
		if fok != (as.firstIdx[l] != 0) || !reflect.DeepEqual(fw, gw) {
			t.Fatalf("context %q: by lex %+v, map %+v %v", forms[l], gw, fw, fok)
		}
	}
}

// TestLexIsNorm checks what the by-Lex tables rely on: a token with an
// interned form has that form as its Norm (in any case, plural, misspelt or
// possessive spelling of the word).
func TestLexIsNorm(t *testing.T) {
	forms := LexForms()
	var texts []string
	for _, name := range internFiles {
		texts = append(texts, mustData(name))
	}
	texts = append(texts, benchNote, strings.ToUpper(benchNote),
		"Pt's UTIs and PVCs, Crohn's dz, arteries, rashes; diabetes PNEUMONIAS Sjögren's")
	n := 0
	for _, s := range texts {
		for _, tk := range Tokenize(s) {
			if tk.Lex == 0 {
				continue
			}
			n++
			if int(tk.Lex) >= len(forms) || forms[tk.Lex] != tk.Norm {
				t.Fatalf("token %q: Lex %d, Norm %q", tk.Text, tk.Lex, tk.Norm)
			}
		}
	}
	if n < 1000 {
		t.Fatalf("only %d interned tokens read", n)
	}
}
