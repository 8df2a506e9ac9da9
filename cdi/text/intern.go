package text

import (
	"iter"
	"strings"
	"unicode/utf8"
)

// The intern table maps the normal forms of known words to one shared
// string, so a token whose Norm differs from its text ("The" -> "the",
// "CHF" -> "chf", "ulcers" -> "ulcer") usually needs no new string: the
// tokeniser looks the lower-cased bytes up without allocating. Known words
// are every word of the package's own lexicons (abbreviations and their
// expansions, context cues, section headers and cues, misspellings, plurals)
// plus data/intern.txt, a list of common clinical words. Unknown words still
// get a slice of the per-call norm string. The table lives in the
// normaliser's lexicon (lexEntry.self), so interning costs no extra look-up.

// internFiles are the embedded files whose words are interned.
var internFiles = []string{"abbrev.tsv", "context.tsv", "misspellings.tsv", "plurals.tsv",
	"section_cues.tsv", "sections.tsv", "intern.txt"}

// withIntern returns a copy of the plain lexicon whose entries also carry
// the interned normal form of every word of internFiles. It tokenises with
// plain, so the normal forms are exactly those the plain lexicon gives.
func withIntern(plain *wordLex) *wordLex {
	m := make(map[string]lexEntry, len(plain.m)+4096)
	for k, e := range plain.m {
		m[k] = e
	}
	forms := []string{""}
	var buf []Token
	for _, name := range internFiles {
		data := mustData(name)
		for line := range strings.Lines(data) {
			if t := strings.TrimSpace(line); t == "" || t[0] == '#' {
				continue
			}
			buf = appendTokensLex(buf[:0], line, 0, plain)
			for _, t := range buf {
				if t.Kind == Punct || t.Norm == "" || len(t.Norm) > 40 {
					continue
				}
				e := m[t.Norm]
				if e.self == "" {
					e.self = strings.Clone(t.Norm) // not a slice of the data file or a shared norm buffer
					e.id = uint32(len(forms))
					forms = append(forms, e.self)
					m[e.self] = e
				}
			}
		}
	}
	// A fix that is itself interned gets its id, so a misspelled token
	// carries one too.
	for k, e := range m {
		if e.fix == "" {
			continue
		}
		if f, ok := m[e.fix]; ok && f.self == e.fix {
			e.fixID = f.id
			m[k] = e
		}
	}
	return &wordLex{m: m, forms: forms}
}

// LexForms returns the interned normal forms indexed by Token.Lex (entry 0
// is ""). The slice is shared and must not be modified; a caller with its
// own word ids maps them once and then reads a token's id by index.
func LexForms() []string {
	return words().forms
}

// absentByLex returns, indexed by Token.Lex, whether an interned form is
// not a key of has: a matcher keyed by first words skips such a token with
// a slice index instead of a map look-up (Lex 0 still needs the look-up).
func absentByLex(has func(string) bool) []bool {
	forms := words().forms
	out := make([]bool, len(forms))
	for i := 1; i < len(forms); i++ {
		out[i] = !has(forms[i])
	}
	return out
}

// byLex returns m's entries by Token.Lex: idx[lex] is the position plus one
// in vals of the entry of the interned form lex (0 when the form is no key
// of m). A token with an interned form then reads its entry with two slice
// indexes instead of hashing its Norm (the form itself, see addWord); a
// token without one still looks its Norm up in m.
func byLex[V any](m map[string]V) (idx []int32, vals []V) {
	forms := words().forms
	idx = make([]int32, len(forms))
	for i := 1; i < len(forms); i++ {
		if v, ok := m[forms[i]]; ok {
			vals = append(vals, v)
			idx[i] = int32(len(vals))
		}
	}
	return idx, vals
}

// wordKeysInterned reports whether every key that could be the Norm of a
// Word token (lower-case letters and digits, or non-ASCII) is an interned
// form. Then a Word token with no interned form (Lex 0) starts no entry
// either, and a matcher keyed by first words skips it without hashing its
// Norm (absentWord).
func wordKeysInterned(keys iter.Seq[string]) bool {
	lx := words()
	for k := range keys {
		if e, ok := lx.m[k]; ok && e.self == k {
			continue
		}
		if strings.IndexFunc(k, func(r rune) bool { return r < utf8.RuneSelf && !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9') }) >= 0 {
			continue // no Word token's Norm has this byte
		}
		return false
	}
	return true
}

// absentWord reports a token that starts no entry of a matcher whose
// absent table is absentByLex's and whose keys are all interned
// (wordKeysInterned gave interned): an interned form it lacks, or a word
// with no interned form.
func absentWord(absent []bool, interned bool, t *Token) bool {
	if t.Lex == 0 {
		return interned && t.Kind == Word
	}
	return int(t.Lex) < len(absent) && absent[t.Lex]
}
