package coder

import (
	"math/rand"
	"strings"
	"testing"
)

// TestContainsFoldEquivalent checks containsFold (with its eight-byte skip
// and first-byte screen) against strings.ToLower and strings.Contains on
// random mixed-case text, with non-ASCII bytes in some of it (case-changing
// ones such as the dotted capital I and the Kelvin sign, and invalid UTF-8).
func TestContainsFoldEquivalent(t *testing.T) {
	r := rand.New(rand.NewSource(11))
	alpha := []string{"a", "b", "o", "s", "t", "e", "p", "r", "O", "S", "T", "E", "P", "R", " ", ",", "-", "1", "k", "K"}
	odd := []string{"é", "İ", "\u212a", "ſ", "Ö", "\xff"}
	subs := []string{"osteopor", "o", "pain", "st", "e p", "-1", "unspecified", "r", "Pain", "\u00e9t", "k", "ks", "", "1", "tokens longer than most of the random text"}
	for n := 0; n < 20000; n++ {
		var b strings.Builder
		for k := r.Intn(60); k > 0; k-- {
			b.WriteString(alpha[r.Intn(len(alpha))])
			if r.Intn(60) == 0 {
				b.WriteString(odd[r.Intn(len(odd))])
			}
		}
		s := b.String()
		if r.Intn(3) == 0 {
			s += "OsteoPorotic"[:r.Intn(13)]
		}
		for _, sub := range subs {
			if got, want := containsFold(s, sub), strings.Contains(strings.ToLower(s), sub); got != want {
				t.Fatalf("containsFold(%q, %q) = %v, want %v", s, sub, got, want)
			}
		}
	}
}
