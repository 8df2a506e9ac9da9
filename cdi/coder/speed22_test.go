package coder

import (
	"math/rand"
	"strings"
	"testing"
)

// TestContainsFoldSameAsLoop checks containsFold against its contract,
// strings.Contains(strings.ToLower(s), sub) for a lower-case ASCII sub, on
// random mixed-case text with and without non-ASCII runes (case-changing
// ones such as the dotted capital I and the Kelvin sign included).
func TestContainsFoldSameAsLoop(t *testing.T) {
	r := rand.New(rand.NewSource(22))
	alpha := []string{"a", "b", "o", "s", "t", "e", "p", "r", "O", "S", "T", "E", "P", "R", " ", ",", "-", "1", "k", "K"}
	odd := []string{"é", "İ", "\u212a", "ſ", "Ö", "\xff"}
	subs := []string{"osteopor", "o", "pain", "st", "e p", "-1", "unspecified", "r", "k", "ks", "", "1", "tokens longer than most of the random text"}
	for n := 0; n < 30000; n++ {
		var b strings.Builder
		for k := r.Intn(60); k > 0; k-- {
			b.WriteString(alpha[r.Intn(len(alpha))])
			if r.Intn(40) == 0 {
				b.WriteString(odd[r.Intn(len(odd))])
			}
		}
		s := b.String()
		if r.Intn(3) == 0 {
			s += "OsteoPorotic"[:r.Intn(13)]
		}
		for _, sub := range subs {
			if got, want := containsFold(s, sub), strings.Contains(strings.ToLower(s), sub); got != want {
				t.Fatalf("containsFold(%q, %q) = %v, strings.ToLower says %v", s, sub, got, want)
			}
		}
	}
}

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
