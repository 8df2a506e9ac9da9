package text

import (
	"sync"
	"unicode"
	"unicode/utf8"
)

// byte classes for the ASCII fast path.
const (
	cSpace = iota
	cLetter
	cUpper
	cDigit
	cPunct
	cHigh // >= 0x80: decode a rune
	cCtrl // other control bytes: skipped like space
)

var asciiClass [256]uint8

func init() {
	for i := 0; i < 256; i++ {
		c := byte(i)
		switch {
		case c >= 0x80:
			asciiClass[i] = cHigh
		case c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f':
			asciiClass[i] = cSpace
		case c >= 'a' && c <= 'z':
			asciiClass[i] = cLetter
		case c >= 'A' && c <= 'Z':
			asciiClass[i] = cUpper
		case c >= '0' && c <= '9':
			asciiClass[i] = cDigit
		case c < 0x20 || c == 0x7f:
			asciiClass[i] = cCtrl
		default:
			asciiClass[i] = cPunct
		}
	}
}

// scratch holds the per-call normalisation buffer; pooled so tokenising a
// section allocates only the token slice and one string for all changed norms.
type scratch struct {
	buf []byte
	pos []int32 // per token: start,end into buf, or -1 when Norm is already set
}

var scratchPool = sync.Pool{New: func() any { return &scratch{buf: make([]byte, 0, 4096), pos: make([]int32, 0, 1024)} }}

// isWordRune reports whether r continues a word (letters and marks).
func isWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.Is(unicode.Mn, r)
}

// tokPool holds the scratch token buffers Tokenize fills before copying
// the result into an exactly sized slice: short strings (one abbreviation
// expansion, one title) then cost one small allocation instead of a slice
// grown for a whole section.
var tokPool = sync.Pool{New: func() any { b := make([]Token, 0, 256); return &b }}

// tokenize is Tokenize: tokens into a pooled buffer, then one exact copy.
func tokenize(s string) []Token {
	if len(s) == 0 {
		return nil
	}
	bp := tokPool.Get().(*[]Token)
	buf := appendTokensLex((*bp)[:0], s, 0, words())
	var out []Token
	if len(buf) > 0 {
		out = make([]Token, len(buf))
		copy(out, buf)
	}
	clear(buf)             // drop the pooled references to s
	if cap(buf) <= 1<<14 { // keep at most ~0.9 MB per pooled buffer
		*bp = buf[:0]
		tokPool.Put(bp)
	}
	return out
}

func appendTokens(dst []Token, s string, base int) []Token {
	return appendTokensLex(dst, s, base, words())
}

// appendTokensLex tokenises with the given lexicon (the plain one while the
// intern table is being built and in the reference tests).
func appendTokensLex(dst []Token, s string, base int, lx *wordLex) []Token {
	if len(s) == 0 {
		return dst
	}
	sc := scratchPool.Get().(*scratch)
	sc.buf = sc.buf[:0]
	sc.pos = sc.pos[:0]
	first := len(dst)
	if cap(dst)-len(dst) < len(s)/8 {
		// grow once with headroom: a reused buffer then stops growing after
		// its first few sections instead of reallocating per call
		nd := make([]Token, len(dst), 2*len(dst)+len(s)/4+8)
		copy(nd, dst)
		dst = nd
	}
	i := 0
	n := len(s)
	for i < n {
		c := s[i]
		cls := asciiClass[c]
		switch cls {
		case cSpace, cCtrl:
			i++
			continue
		case cLetter, cUpper:
			j := scanWord(s, i+1)
			dst = addWord(dst, sc, s, i, j, base, Word, lx)
			i = j
		case cDigit:
			j := scanNumber(s, i+1)
			dst = addWord(dst, sc, s, i, j, base, Number, lx)
			i = j
		case cPunct:
			dst = append(dst, Token{Start: base + i, End: base + i + 1, Text: s[i : i+1], Norm: s[i : i+1], Kind: Punct})
			sc.pos = append(sc.pos, -1, -1)
			i++
		case cHigh:
			r, size := utf8.DecodeRuneInString(s[i:])
			if r == utf8.RuneError && size <= 1 {
				i++ // invalid byte: skipped like white space
				continue
			}
			switch {
			case isWordRune(r):
				j := scanWord(s, i+size)
				dst = addWord(dst, sc, s, i, j, base, Word, lx)
				i = j
			case unicode.IsDigit(r):
				j := scanNumber(s, i+size)
				dst = addWord(dst, sc, s, i, j, base, Number, lx)
				i = j
			case unicode.IsSpace(r) || unicode.IsControl(r) || r == 0xFEFF || r == 0x200B:
				i += size
			default:
				t := s[i : i+size]
				norm := t
				switch r {
				case '\u2018', '\u2019', '\u02BC':
					norm = "'"
				case '\u201C', '\u201D':
					norm = "\""
				case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2212':
					norm = "-"
				case '\u2022', '\u25CF', '\u25AA', '\u00B7', '\u2023', '\u2043':
					norm = "*"
				}
				dst = append(dst, Token{Start: base + i, End: base + i + size, Text: t, Norm: norm, Kind: Punct})
				sc.pos = append(sc.pos, -1, -1)
				i += size
			}
		}
	}
	if len(sc.buf) > 0 {
		all := string(sc.buf)
		for k := first; k < len(dst); k++ {
			p := (k - first) * 2
			if sc.pos[p] >= 0 {
				dst[k].Norm = all[sc.pos[p]:sc.pos[p+1]]
			}
		}
	}
	if cap(sc.buf) <= 1<<20 && cap(sc.pos) <= 1<<20 {
		scratchPool.Put(sc)
	}
	return dst
}

// scanWord returns the end of the word whose first rune ends at i: letters,
// digits, and an apostrophe between letters ("don't", "Crohn's").
func scanWord(s string, i int) int {
	n := len(s)
	for i < n {
		c := s[i]
		switch asciiClass[c] {
		case cLetter, cUpper, cDigit:
			i++
		case cHigh:
			r, size := utf8.DecodeRuneInString(s[i:])
			if r == '\u2019' && i+size < n && isLetterByte(s[i+size]) {
				i += size
				continue
			}
			if r == utf8.RuneError && size <= 1 || !(isWordRune(r) || unicode.IsDigit(r)) {
				return i
			}
			i += size
		case cPunct:
			if c == '\'' && i+1 < n && isLetterByte(s[i+1]) {
				i++
				continue
			}
			return i
		default:
			return i
		}
	}
	return i
}

func isLetterByte(c byte) bool { k := asciiClass[c]; return k == cLetter || k == cUpper }

// scanNumber returns the end of a number whose first digit ends at i: digits,
// a decimal point between digits, trailing letters ("3b", "2nd", "10mg") and
// one trailing percent sign.
func scanNumber(s string, i int) int {
	n := len(s)
	for i < n {
		c := s[i]
		switch asciiClass[c] {
		case cDigit, cLetter, cUpper:
			i++
		case cPunct:
			if c == '.' && i+1 < n && asciiClass[s[i+1]] == cDigit && asciiClass[s[i-1]] == cDigit {
				i++
				continue
			}
			if c == '%' {
				return i + 1
			}
			return i
		default:
			return i
		}
	}
	return i
}

// addWord appends a word or number token, computing its Norm: the input
// substring when it is already normal, a lexicon string (a fix or an
// interned form) when the lexicon knows it, else a slice of the call's shared
// norm buffer.
func addWord(dst []Token, sc *scratch, s string, i, j, base int, kind TokenKind, lx *wordLex) []Token {
	t := s[i:j]
	start := len(sc.buf)
	norm, changed, static, id := normalizeInto(&sc.buf, t, lx)
	tok := Token{Start: base + i, End: base + j, Text: t, Kind: kind, Lex: id}
	switch {
	case !changed:
		tok.Norm = t
		sc.buf = sc.buf[:start]
		sc.pos = append(sc.pos, -1, -1)
	case static:
		tok.Norm = norm
		sc.buf = sc.buf[:start]
		sc.pos = append(sc.pos, -1, -1)
	default:
		sc.pos = append(sc.pos, int32(start), int32(len(sc.buf)))
	}
	return append(dst, tok)
}
