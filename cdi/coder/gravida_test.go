package coder

import (
	"math/rand"
	"testing"
)

// TestGravidaAtMatchesScan checks the IndexByte search for obstetric
// formulas against a plain byte-by-byte scan on random text built from the
// characters that matter.
func TestGravidaAtMatchesScan(t *testing.T) {
	scan := func(s string, from int) int {
		for i := from; i+3 < len(s); i++ {
			if (s[i] == 'G' || s[i] == 'g') && (i == 0 || !isLetter(s[i-1]) && !isDigit(s[i-1])) && isDigit(s[i+1]) {
				j := i + 1
				for j < len(s) && isDigit(s[j]) {
					j++
				}
				if j < len(s) && (s[j] == 'P' || s[j] == 'p') && j+1 < len(s) && isDigit(s[j+1]) {
					return i
				}
			}
		}
		return -1
	}
	r := rand.New(rand.NewSource(1))
	const alphabet = "gGpP0123 a,."
	for n := 0; n < 20000; n++ {
		b := make([]byte, r.Intn(24))
		for i := range b {
			b[i] = alphabet[r.Intn(len(alphabet))]
		}
		s := string(b)
		from := 0
		if len(s) > 0 {
			from = r.Intn(len(s) + 1)
		}
		if got, want := gravidaAt(s, from), scan(s, from); got != want {
			t.Fatalf("gravidaAt(%q, %d) = %d, want %d", s, from, got, want)
		}
	}
}
