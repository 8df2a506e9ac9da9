package text

import (
	"strings"
	"sync"
)

// The intern table maps the normal forms of known words to one shared
// string, so a token whose Norm differs from its text ("The" -> "the",
// "CHF" -> "chf", "ulcers" -> "ulcer") usually needs no new string: the
// tokeniser looks the lower-cased bytes up without allocating. Known words
// are every word of the package's own lexicons (abbreviations and their
// expansions, context cues, section headers and cues, misspellings, plurals)
// plus data/intern.txt, a list of common clinical words. Unknown words still
// get a slice of the per-call norm string.
var (
	internOnce sync.Once
	internTab  map[string]string
)

// loadIntern returns the intern table, building it on first use.
func loadIntern() map[string]string {
	internOnce.Do(func() { internTab = buildIntern() })
	return internTab
}

// internFiles are the embedded files whose words are interned.
var internFiles = []string{"abbrev.tsv", "context.tsv", "misspellings.tsv", "plurals.tsv",
	"section_cues.tsv", "sections.tsv", "intern.txt"}

func buildIntern() map[string]string {
	m := make(map[string]string, 4096)
	var buf []Token
	for _, name := range internFiles {
		data := mustData(name)
		for line := range strings.Lines(data) {
			if t := strings.TrimSpace(line); t == "" || t[0] == '#' {
				continue
			}
			// nil table: the tokeniser must not consult the table it builds
			buf = appendTokensIntern(buf[:0], line, 0, nil)
			for _, t := range buf {
				if t.Kind == Punct || t.Norm == "" || len(t.Norm) > 40 {
					continue
				}
				if _, ok := m[t.Norm]; !ok {
					k := strings.Clone(t.Norm) // not a slice of the data file or a shared norm buffer
					m[k] = k
				}
			}
		}
	}
	return m
}
