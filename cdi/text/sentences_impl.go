package text

import (
	"strings"
	"sync"
	"unicode/utf8"

	"notecoder/cdi/model"
)

// noSplitBefore is data/no_split_before.txt: words whose trailing period is
// an abbreviation, not a sentence end ("Dr. Smith", "approx. 5 cm", "No. 2").
var noSplitBefore = sync.OnceValue(func() map[string]bool {
	m := map[string]bool{}
	for _, f := range splitTSV(mustData("no_split_before.txt")) {
		m[f[0]] = true
	}
	return m
})

// sentenceSplitter holds the state of one Sentences call.
type sentenceSplitter struct {
	s       string
	out     []Sentence
	start   int  // start of the open sentence, -1 when none
	list    bool // the open sentence is a list item
	lastNum int  // last list number seen (0 = none)
}

func (sp *sentenceSplitter) open(i int) {
	if sp.start < 0 {
		sp.start = i
	}
}

// flush closes the open sentence at end, trimming white space.
func (sp *sentenceSplitter) flush(end int) {
	if sp.start < 0 {
		return
	}
	a, b := sp.start, end
	for a < b && isSpaceByte(sp.s[a]) {
		a++
	}
	for b > a && isSpaceByte(sp.s[b-1]) {
		b--
	}
	if a < b {
		sp.out = append(sp.out, Sentence{Span: model.Span{Start: a, End: b}, ListItem: sp.list})
	}
	sp.start = -1
}

func isSpaceByte(c byte) bool {
	return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\v' || c == '\f'
}

// sentences is Sentences: collect into a pooled buffer, return an exact copy.
func sentences(s string, w model.Span) []Sentence {
	bp := sentPool.Get().(*[]Sentence)
	buf := appendSentences((*bp)[:0], s, w)
	var out []Sentence
	if len(buf) > 0 {
		out = make([]Sentence, len(buf))
		copy(out, buf)
	}
	if cap(buf) <= 1<<14 {
		*bp = buf[:0]
		sentPool.Put(bp)
	}
	return out
}

func appendSentences(dst []Sentence, s string, w model.Span) []Sentence {
	if w.Start < 0 {
		w.Start = 0
	}
	if w.End > len(s) {
		w.End = len(s)
	}
	if w.Start >= w.End {
		return dst
	}
	sp := &sentenceSplitter{s: s, start: -1, out: dst}
	prevLen := 0      // trimmed length of the previous line
	prevJoin := false // previous line may continue on the next
	for ls := w.Start; ls < w.End; {
		le := w.End // (IndexByte: the per-byte loop was a tenth of splitting)
		if k := strings.IndexByte(s[ls:w.End], '\n'); k >= 0 {
			le = ls + k
		}
		next := le + 1
		cs := ls
		for cs < le && isSpaceByte(s[cs]) {
			cs++
		}
		ce := le
		for ce > cs && isSpaceByte(s[ce-1]) {
			ce--
		}
		if cs == ce { // blank line
			sp.flush(ls)
			sp.list = false
			prevLen, prevJoin = 0, false
			ls = next
			continue
		}
		line := s[cs:ce]
		newItem := false
		// (An act title, "Labs ordered:", is read with its list: sectionLex.actTitle.)
		if h, ok := parseHeader(line); ok && !h.unknown && !h.act && !(h.kind == Exam && h.short && h.inline) {
			sp.flush(ls)
			sp.list = false
			sp.lastNum = 0
			cs += h.end - h.titleStart
			for cs < ce && isSpaceByte(s[cs]) {
				cs++
			}
			newItem = true
		}
		if m, num := listMarker(s, cs, ce); m > cs {
			sp.flush(ls)
			sp.list = true
			if num > 0 {
				sp.lastNum = num
			}
			cs = m
			newItem = true
		}
		if !newItem {
			join := prevJoin && sp.start >= 0 && prevLen >= 40 && startsLower(s, cs)
			if !join {
				sp.flush(ls)
				sp.list = false
			}
		}
		sp.scanLine(cs, ce)
		prevLen = ce - cs
		last := s[ce-1]
		prevJoin = last != '.' && last != ':' && last != '?' && last != '!' && last != ';'
		ls = next
	}
	sp.flush(w.End)
	return sp.out
}

// sentPool holds the scratch buffers sentences collects into before one
// exactly sized copy: a growing result slice was most of the garbage of a
// Sentences call.
var sentPool = sync.Pool{New: func() any { b := make([]Sentence, 0, 64); return &b }}

// startsLower reports whether the text at i starts with a lower-case ASCII
// letter, digit or opening parenthesis: a wrapped line of prose.
func startsLower(s string, i int) bool {
	if i >= len(s) {
		return false
	}
	c := s[i]
	return c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '('
}

// listMarker recognises a list-item marker at i ("1.", "2)", "-", "*",
// bullets, "#"), returning the offset of the item text (i when there is no
// marker) and the item number (0 for bullets).
func listMarker(s string, i, end int) (int, int) {
	if i >= end {
		return i, 0
	}
	c := s[i]
	switch {
	case c >= '0' && c <= '9':
		j, n := i, 0
		for j < end && j-i < 3 && s[j] >= '0' && s[j] <= '9' {
			n = n*10 + int(s[j]-'0')
			j++
		}
		if j < end && (s[j] == '.' || s[j] == ')') && (j+1 == end || isSpaceByte(s[j+1])) {
			j++
			for j < end && isSpaceByte(s[j]) {
				j++
			}
			return j, n
		}
		return i, 0
	case c == '-' || c == '*' || c == '+' || c == '>':
		if i+1 < end && isSpaceByte(s[i+1]) {
			j := i + 1
			for j < end && isSpaceByte(s[j]) {
				j++
			}
			return j, 0
		}
		return i, 0
	case c == '#':
		j := i + 1
		for j < end && s[j] >= '0' && s[j] <= '9' {
			j++
		}
		for j < end && (isSpaceByte(s[j]) || s[j] == '.' || s[j] == ')') {
			j++
		}
		return j, 0
	case c >= 0x80:
		r, size := utf8.DecodeRuneInString(s[i:end])
		switch r {
		case '\u2022', '\u25CF', '\u25AA', '\u00B7', '\u2023', '\u2043', '\u2013', '\u2014', '\u25E6':
			j := i + size
			for j < end && isSpaceByte(s[j]) {
				j++
			}
			return j, 0
		}
	}
	return i, 0
}

// Byte classes of scanLine: most bytes of a line are letters that only open
// a sentence, and a table look-up tells them from the few that need the
// switch (terminators, semicolons, digits that may number a list).
const (
	lcPlain = iota
	lcSpace
	lcOther
)

var lineClass = func() (t [256]uint8) {
	for c := 0; c < 256; c++ {
		switch {
		case isSpaceByte(byte(c)):
			t[c] = lcSpace
		case c == '.' || c == '!' || c == '?' || c == ';' || c >= '0' && c <= '9':
			t[c] = lcOther
		}
	}
	return t
}()

// scanLine splits the content [i, end) of one line at sentence terminators,
// semicolons and inline list numbers ("1. CHF 2. HTN").
func (sp *sentenceSplitter) scanLine(i, end int) {
	s := sp.s
	lastNonSpace := byte(0)
	if i > 0 {
		lastNonSpace = ':' // content right after a header or marker counts as after a colon
	}
	for k := i; k < end; k++ {
		c := s[k]
		switch lineClass[c] {
		case lcSpace:
			continue
		case lcPlain:
			if sp.start < 0 {
				sp.start = k
			}
			// The rest of a run of plain bytes (a word) changes
			// nothing but the last non-space byte.
			for k+1 < end && lineClass[s[k+1]] == lcPlain {
				k++
			}
			lastNonSpace = s[k]
			continue
		}
		switch {
		case c == '?' && hedgeMark(lastNonSpace, sp.start < 0):
			// "? fibroids", "(TVUS, ? fibroids)", "4. ? RBD": a question mark that opens a
			// phrase hedges what follows (a context trigger); it asks no question, so it ends
			// no sentence and stays with the words it hedges.
			sp.open(k)
		case c == '.' || c == '!' || c == '?':
			sp.open(k)
			if sentenceEnd(s, k, end) {
				sp.flush(k + 1)
			}
		case c == ';':
			sp.list = true
			sp.flush(k)
		case c >= '0' && c <= '9' && (k == i || isSpaceByte(s[k-1])):
			if m, n := listMarker(s, k, end); m > k && m < end && isLetterByte(s[m]) &&
				((sp.lastNum > 0 && n == sp.lastNum+1) || (n == 1 && (lastNonSpace == ':' || sp.start < 0))) {
				sp.flush(k)
				sp.list = true
				sp.lastNum = n
				k = m - 1
				lastNonSpace = ' '
				continue
			}
			sp.open(k)
		default:
			sp.open(k)
		}
		lastNonSpace = c
	}
}

// sentenceEnd decides whether the terminator at k ends a sentence.
func sentenceEnd(s string, k, end int) bool {
	n := k + 1
	// closing quotes and parentheses stay with the sentence
	for n < end && (s[n] == '"' || s[n] == ')' || s[n] == '\'') {
		n++
	}
	if n < end && !isSpaceByte(s[n]) {
		return false // "b.i.d", "1.5", "e.g"
	}
	if s[k] != '.' {
		return true
	}
	// word before the period
	ws := k
	for ws > 0 && isLetterByte(s[ws-1]) {
		ws--
	}
	word := s[ws:k]
	nx := n
	for nx < end && isSpaceByte(s[nx]) {
		nx++
	}
	nextUpper := nx >= end || !(s[nx] >= 'a' && s[nx] <= 'z')
	switch {
	case word == "":
		return true
	case len(word) == 1 && ws > 0 && s[ws-1] == '.':
		return nextUpper && nx < end && s[nx] >= 'A' && s[nx] <= 'Z' // "b.i.d. Return"
	case len(word) == 1 && word[0] >= 'A' && word[0] <= 'Z':
		return nx >= end // initials "J. Smith"
	}
	if len(word) <= 13 {
		var buf [16]byte
		lw := buf[:0]
		for j := 0; j < len(word); j++ {
			c := word[j]
			if c >= 'A' && c <= 'Z' {
				c += 'a' - 'A'
			}
			lw = append(lw, c)
		}
		if noSplitBefore()[string(lw)] {
			return false
		}
	}
	if !nextUpper {
		return len(word) >= 3 // run-on dictation: "has chf. also htn"
	}
	return true
}

// hedgeMark reports whether a question mark after the byte last (the previous non-space byte of
// the line, ' ' after a list marker, 0 at the line start) opens a phrase rather than ending a
// question: nothing of the sentence before it (empty), or an opening bracket, a comma, a colon,
// a dash or a slash right before it. Notes write "? fibroids" for a suspected diagnosis, and
// ending the sentence there would cut the hedge off from its diagnosis.
func hedgeMark(last byte, empty bool) bool {
	if empty {
		return true
	}
	switch last {
	case 0, ' ', '(', '[', ',', ':', '-', '/':
		return true
	}
	return false
}
