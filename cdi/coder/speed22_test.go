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
