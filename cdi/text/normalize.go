package text

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// wordLex is the word-level lexicon used by the normaliser, one map so a
// word costs one look-up: misspellings and spelling variants
// (data/misspellings.tsv), irregular plurals and words that only look plural
// (data/plurals.tsv), and the intern table (see intern.go). Fix values are
// final normal forms.
type wordLex struct {
	m map[string]lexEntry
	// forms lists the interned forms by their id (lexEntry.id; forms[0]
	// is ""), so a token can carry its form as a small number (Token.Lex)
	// that a caller maps to its own word ids with a slice index.
	forms []string
}

// lexEntry is what the lexicon knows of one lower-case form.
type lexEntry struct {
	fix   string // normal form when the word is a misspelling or irregular plural ("" = none)
	self  string // the form itself, interned ("" = not interned)
	keep  bool   // ends in s but is not a plural
	id    uint32 // index of self in wordLex.forms (0 = not interned)
	fixID uint32 // index of fix in wordLex.forms (0 = fix is not interned)
}

var (
	wordLexOnce sync.Once
	wlex        *wordLex // with the intern table: what the tokeniser uses
	wlexPlain   *wordLex // without it: the straightforward path, for tests and for building the table
)

func words() *wordLex {
	wordLexOnce.Do(func() {
		plain := &wordLex{m: map[string]lexEntry{}}
		for _, f := range splitTSV(mustData("misspellings.tsv")) {
			if len(f) >= 2 {
				k := strings.ReplaceAll(strings.ToLower(f[0]), "'", "")
				e := plain.m[k]
				e.fix = strings.ToLower(f[1])
				plain.m[k] = e
			}
		}
		for _, f := range splitTSV(mustData("plurals.tsv")) {
			if len(f) < 2 {
				continue
			}
			k := strings.ToLower(f[0])
			e := plain.m[k]
			if f[1] == "=" {
				e.keep = true
			} else {
				e.fix = strings.ToLower(f[1])
			}
			plain.m[k] = e
		}
		wlexPlain = plain
		wlex = withIntern(plain)
	})
	return wlex
}

// plainWords is the lexicon without the intern table.
func plainWords() *wordLex {
	words()
	return wlexPlain
}

// accentFold maps common accented Latin letters (after lower-casing) to ASCII
// so "Sjögren" and "Sjogren" match.
var accentFold = map[rune]byte{
	'à': 'a', 'á': 'a', 'â': 'a', 'ã': 'a', 'ä': 'a', 'å': 'a',
	'ç': 'c', 'è': 'e', 'é': 'e', 'ê': 'e', 'ë': 'e',
	'ì': 'i', 'í': 'i', 'î': 'i', 'ï': 'i', 'ñ': 'n',
	'ò': 'o', 'ó': 'o', 'ô': 'o', 'õ': 'o', 'ö': 'o', 'ø': 'o',
	'ù': 'u', 'ú': 'u', 'û': 'u', 'ü': 'u', 'ý': 'y', 'ÿ': 'y',
}

func normalize(word string) string {
	return normalizeWith(word, words())
}

// normalizeWith is normalize with the given lexicon.
func normalizeWith(word string, lx *wordLex) string {
	// trim surrounding punctuation and space
	start, end := 0, len(word)
	for start < end {
		r, size := utf8.DecodeRuneInString(word[start:end])
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			break
		}
		start += size
	}
	for end > start {
		r, size := utf8.DecodeLastRuneInString(word[start:end])
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			break
		}
		end -= size
	}
	w := word[start:end]
	if w == "" {
		return ""
	}
	var buf []byte
	norm, changed, static, _ := normalizeInto(&buf, w, lx)
	switch {
	case !changed:
		return w
	case static:
		return norm
	}
	return string(buf)
}

// normalizeInto appends the normal form of the word w to *buf. It returns
// changed=false (and leaves nothing meaningful in buf) when w is already
// normal, or static=true with norm set when the form comes from the lexicon
// (a fix or an interned string). Otherwise the normal form is
// (*buf)[len-before:]. id is the interned form's index in lx.forms when
// the normal form is one (0 otherwise).
func normalizeInto(buf *[]byte, w string, lx *wordLex) (norm string, changed, static bool, id uint32) {
	b := *buf
	start := len(b)
	// Most words are lower case already: their plain prefix is copied
	// whole instead of byte by byte (the loop below would keep each
	// byte as it is).
	i := 0
	for i < len(w) && normPlain[w[i]] {
		i++
	}
	b = append(b, w[:i]...)
	for i < len(w) {
		c := w[i]
		if c < utf8.RuneSelf {
			if c >= 'A' && c <= 'Z' {
				c += 'a' - 'A'
				changed = true
			} else if c == '\'' {
				// apostrophes are dropped: "crohn's" -> "crohns" -> "crohn"
				changed = true
				if i+2 == len(w) && (w[i+1] == 's' || w[i+1] == 'S') {
					// A final possessive "'s" goes with it, so a name
					// ending in a vowel reads as the name: "Kaposi's" is
					// "kaposi", not "kaposis" (kept: "-is" is no plural).
					break
				}
				i++
				continue
			}
			b = append(b, c)
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(w[i:])
		i += size
		lr := unicode.ToLower(r)
		if f, ok := accentFold[lr]; ok {
			b = append(b, f)
			changed = true
			continue
		}
		if r == '\u2019' || r == utf8.RuneError {
			changed = true
			continue
		}
		if lr != r {
			changed = true
		}
		b = utf8.AppendRune(b, lr)
	}
	low := b[start:]
	if isUpperPlural(w) {
		// "UTIs", "PVCs": an upper-case abbreviation with a plural s
		b = b[:len(b)-1]
		low = b[start:]
		changed = true
		if e, ok := lx.m[string(low)]; ok && (e.fix != "" || e.self != "") {
			*buf = b[:start]
			return e.known(), true, true, e.knownID()
		}
		*buf = b
		return "", true, false, 0
	}
	e, ok := lx.m[string(low)] // no allocation: look-up by bytes
	if e.fix != "" {
		*buf = b[:start]
		return e.fix, true, true, e.fixID
	}
	if !e.keep {
		if n := singularLen(low); n != len(low) {
			b = b[:start+n]
			low = b[start:]
			if low[len(low)-1] == 'i' && n+2 <= len(w) && (w[n] == 'e' || w[n] == 'E') && (w[n+1] == 's' || w[n+1] == 'S') {
				// "-ies" -> "-y"
				b[len(b)-1] = 'y'
			}
			if e, ok := lx.m[string(b[start:])]; ok && (e.fix != "" || e.self != "") {
				*buf = b[:start]
				return e.known(), true, true, e.knownID()
			}
			*buf = b
			return "", true, false, 0
		}
	}
	if changed && ok && e.self != "" {
		*buf = b[:start]
		return e.self, true, true, e.id
	}
	*buf = b
	if !changed && ok && e.self != "" {
		return "", false, false, e.id // w is the interned form itself
	}
	return "", changed, false, 0
}

// knownID is the index in wordLex.forms of known() (0 = not interned).
func (e lexEntry) knownID() uint32 {
	if e.fix != "" {
		return e.fixID
	}
	return e.id
}

// known is the entry's static normal form: the fix, else the interned form.
func (e lexEntry) known() string {
	if e.fix != "" {
		return e.fix
	}
	return e.self
}

// singularLen returns the length of the singular stem of the lower-case
// word w; len(w) when w is not a regular plural. "-ies" returns the length up
// to the "i" (the caller turns it into "y").
func singularLen(w []byte) int {
	n := len(w)
	if n < 4 || w[n-1] != 's' {
		return n
	}
	// every byte must be a letter for the plural rules to apply
	for _, c := range w {
		if c < 'a' || c > 'z' {
			if c >= '0' && c <= '9' {
				continue
			}
			return n
		}
	}
	p := w[n-2]
	switch p {
	case 's', 'u': // "mass", "virus"
		return n
	case 'i': // "-itis", "-osis", "pelvis"
		return n
	}
	if allUpperLike(w) {
		return n
	}
	if p == 'e' && n >= 5 {
		q := w[n-3]
		switch {
		case q == 'i' && n >= 5: // arteries -> arter|i -> artery
			return n - 2
		case q == 's' && w[n-4] == 's': // abscesses -> abscess
			return n - 2
		case q == 'x', q == 'z' && w[n-4] == 'z': // reflexes, fizzes
			return n - 2
		case q == 'h' && (w[n-4] == 's' || w[n-4] == 'c'):
			// rashes -> rash, branches -> branch, but (head)aches -> ache
			if w[n-4] == 'c' && w[n-5] == 'a' && (n == 5 || isConsonant(w[n-6])) {
				return n - 1
			}
			return n - 2
		}
	}
	return n - 1
}

func isConsonant(c byte) bool {
	switch c {
	case 'a', 'e', 'i', 'o', 'u':
		return false
	}
	return c >= 'a' && c <= 'z'
}

// allUpperLike is a hook for abbreviation-like stems; lower-cased input has no
// case left, so only digit-bearing short forms ("t2s") are protected here.
func allUpperLike(w []byte) bool {
	for _, c := range w {
		if c >= '0' && c <= '9' {
			return true
		}
	}
	return false
}

// isUpperPlural reports whether w is an upper-case abbreviation followed by
// a lower-case plural "s" ("UTIs", "PVCs").
func isUpperPlural(w string) bool {
	n := len(w)
	if n < 3 || w[n-1] != 's' {
		return false
	}
	for i := 0; i < n-1; i++ {
		c := w[i]
		if !(c >= 'A' && c <= 'Z' || c >= '0' && c <= '9') {
			return false
		}
	}
	return w[0] >= 'A' && w[0] <= 'Z'
}

// normPlain marks the bytes normalizeInto keeps as they are (ASCII other
// than upper-case letters and the apostrophe), so it can copy a lower-case
// word's bytes in one append.
var normPlain = func() (t [256]bool) {
	for c := 0; c < 0x80; c++ {
		t[c] = !(c >= 'A' && c <= 'Z') && c != '\''
	}
	return t
}()
