package coder

import (
	"strings"
	"sync"
)

// endingRules is data/word_endings.tsv: the endings that make a word a
// procedure's name, a Latin species name or a removal's status subterm, and
// the participles of an operation's name.
type endingRules struct {
	procedure, species, removal []string
	participle                  [][]string // ending, then the participle endings said instead
}

// wordEndings reads data/word_endings.tsv once.
var wordEndings = sync.OnceValue(func() *endingRules {
	k := keyed("word_endings.tsv")
	r := &endingRules{procedure: k["procedure"], species: k["species"], removal: k["removal"]}
	for _, p := range k["participle"] {
		if f := strings.Split(p, "\t"); len(f) >= 2 {
			r.participle = append(r.participle, f)
		}
	}
	return r
})

// hasAnySuffix reports whether s ends with one of the endings.
func hasAnySuffix(s string, endings []string) bool {
	for _, e := range endings {
		if strings.HasSuffix(s, e) {
			return true
		}
	}
	return false
}
