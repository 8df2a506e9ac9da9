package coder

import (
	"math/rand"
	"strings"
	"testing"
)

// mayStateByteLoop is locRules.mayState as it was before its two-byte
// screen: every byte that starts a word is compared with the first words.
func mayStateByteLoop(r *locRules, s string) bool {
	prev := byte(' ')
	for i := 0; i < len(s); i++ {
		b := s[i]
		if r.lostStart[b] && !locWordByte[prev] {
			for _, w := range r.lostFirst[b|0x20] {
				if len(s)-i >= len(w) && strings.EqualFold(s[i:i+len(w)], w) {
					return true
				}
			}
		}
		prev = b
	}
	return false
}

// TestMayStateSameAsByteLoop compares mayState with mayStateByteLoop on
// random text built from pieces of the lost phrases' first words, other
// words that start like them, and odd bytes.
func TestMayStateSameAsByteLoop(t *testing.T) {
	r := consciousnessRules()
	pieces := []string{"lo", "los", "loss", "LOC", "Lost", "pa", "pas", "passed", "patient", "un", "Unconscious", "wo", "woke", "awoke", "came", "Ca", "re", "regained",
		"k", "kno", "KNOCKED", " ", " ", ".", "'", "-", "1", "é", "\u212a", "ſ", "\xff", "x", "s", "t"}
	rnd := rand.New(rand.NewSource(7))
	yes := 0
	for n := 0; n < 50000; n++ {
		var b strings.Builder
		for k := rnd.Intn(12); k > 0; k-- {
			b.WriteString(pieces[rnd.Intn(len(pieces))])
		}
		s := b.String()
		got, want := r.mayState(s), mayStateByteLoop(r, s)
		if got != want {
			t.Fatalf("mayState(%q) = %v, byte loop says %v", s, got, want)
		}
		if got {
			yes++
		}
	}
	if yes < 1000 {
		t.Fatalf("only %d random texts may state a loss: the test reads too few", yes)
	}
}
