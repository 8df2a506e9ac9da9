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
	r := &endingRules{}
	for _, l := range lines("word_endings.tsv") {
		f := strings.Split(l, "\t")
		switch {
		case f[0] == "procedure" && len(f) == 2:
			r.procedure = append(r.procedure, f[1])
		case f[0] == "species" && len(f) == 2:
			r.species = append(r.species, f[1])
		case f[0] == "removal" && len(f) == 2:
			r.removal = append(r.removal, f[1])
		case f[0] == "participle" && len(f) >= 3:
			r.participle = append(r.participle, f[1:])
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
