package coder

import (
	"math/rand/v2"
	"slices"
	"testing"
)

// keyIndex.mark finds covered codes by binary search; it must mark exactly
// the codes anyCovers accepts, for prefixes and for ranges whose ends differ
// in length (the truncation rule of codeRange.covers).
func TestKeyIndexMarksWhatAnyCovers(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	alpha := "ACEIN0123459"
	key := func(n int) string {
		b := make([]byte, n)
		for i := range b {
			b[i] = alpha[rng.IntN(len(alpha))]
		}
		return string(b)
	}
	for round := 0; round < 3000; round++ {
		keys := make([]string, rng.IntN(12))
		for i := range keys {
			keys[i] = key(2 + rng.IntN(5))
		}
		rs := make([]codeRange, 1+rng.IntN(4))
		for i := range rs {
			if rng.IntN(2) == 0 {
				rs[i] = codeRange{lo: key(1 + rng.IntN(4))}
			} else {
				lo, hi := key(1+rng.IntN(4)), key(1+rng.IntN(4))
				if lo > hi {
					lo, hi = hi, lo
				}
				rs[i] = codeRange{lo: lo, hi: hi, isRange: true}
			}
		}
		got := make([]bool, len(keys))
		newKeyIndex(keys).mark(rs, got)
		want := make([]bool, len(keys))
		for j, k := range keys {
			want[j] = anyCovers(rs, k)
		}
		if !slices.Equal(got, want) {
			t.Fatalf("keys %q refs %+v: marked %v, anyCovers %v", keys, rs, got, want)
		}
	}
}
