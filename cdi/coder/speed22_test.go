package coder

import (
	"math/rand"
	"strings"
	"testing"
	"unicode/utf8"
)

// containsFoldLoop is containsFold as it was before it searched with
// IndexByte: one byte-by-byte pass. The fast version must answer as it did
// on every input, whatever the non-ASCII bytes (case-changing ones such as
// the dotted capital I and the Kelvin sign included).
func containsFoldLoop(s, sub string) bool {
	if sub == "" {
		return true
	}
	c0 := sub[0]
	if c0 >= utf8.RuneSelf || 'A' <= c0 && c0 <= 'Z' {
		// No lower-cased ASCII byte equals c0: only a non-ASCII s,
		// lower-cased, can hold sub.
		for i := 0; i < len(s); i++ {
			if s[i] >= utf8.RuneSelf {
				return strings.Contains(strings.ToLower(s), sub)
			}
		}
		return false
	}
	alt := c0 // the byte that lower-cases to c0 besides c0 itself
	if 'a' <= c0 && c0 <= 'z' {
		alt = c0 - ('a' - 'A')
	}
	last := len(s) - len(sub)
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf {
			return strings.Contains(strings.ToLower(s), sub)
		}
		if c != c0 && c != alt || i > last {
			continue // (still checking the rest for non-ASCII bytes)
		}
		j := 1
		for j < len(sub) {
			c := s[i+j]
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			if c != sub[j] {
				break
			}
			j++
		}
		if j == len(sub) {
			return true
		}
	}
	return false
}

// TestContainsFoldSameAsLoop compares containsFold with containsFoldLoop on
// random mixed-case text with and without non-ASCII runes.
func TestContainsFoldSameAsLoop(t *testing.T) {
	r := rand.New(rand.NewSource(22))
	alpha := []string{"a", "b", "o", "s", "t", "e", "p", "r", "O", "S", "T", "E", "P", "R", " ", ",", "-", "1", "k", "K"}
	odd := []string{"é", "İ", "\u212a", "ſ", "Ö", "\xff"}
	subs := []string{"osteopor", "o", "pain", "st", "e p", "-1", "unspecified", "r", "Pain", "\u00e9t", "k", "ks", "", "1", "tokens longer than most of the random text"}
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
			if got, want := containsFold(s, sub), containsFoldLoop(s, sub); got != want {
				t.Fatalf("containsFold(%q, %q) = %v, loop says %v", s, sub, got, want)
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
