package coder

import (
	"strconv"
	"strings"
	"sync"

	"notecoder/cdi/text"
)

// numberWord is one row of data/number_words.tsv.
type numberWord struct {
	w string // lower-case
	v int
}

// numberTable is data/number_words.tsv: the numbers a note may spell out,
// held by their first letter (a few words each) with the shortest and
// longest word, so a word is screened by its length and first byte before
// any compare: no hashing, no allocation, and nothing for the words that
// start no number word.
type numberTable struct {
	byFirst        [256][]numberWord
	minLen, maxLen int
	// count are the words that, right after a number word, make it a count
	// of a group ("one of the patients"), not a value.
	count map[string]bool
	// point are the words of a decimal point ("thirty one point four"):
	// the digit words after one are the number's decimals.
	point map[string]bool
}

// numberWords reads data/number_words.tsv once.
var numberWords = sync.OnceValue(func() *numberTable {
	t := &numberTable{minLen: 1 << 10, count: map[string]bool{}, point: map[string]bool{}}
	for _, f := range rows("number_words.tsv") {
		switch {
		case len(f) == 2 && f[0] == "count":
			t.count[f[1]] = true
			continue
		case len(f) == 2 && f[0] == "point":
			t.point[f[1]] = true
			continue
		}
		v, err := strconv.Atoi(f[1])
		if len(f) != 2 || err != nil || f[0] == "" || f[0] != strings.ToLower(f[0]) || !isLetter(f[0][0]) {
			panic("coder: bad number_words.tsv line " + strings.Join(f, "\t"))
		}
		t.byFirst[f[0][0]] = append(t.byFirst[f[0][0]], numberWord{w: f[0], v: v})
		t.minLen, t.maxLen = min(t.minLen, len(f[0])), max(t.maxLen, len(f[0]))
	}
	return t
})

// word returns the value of the number word w, compared case-blind.
func (t *numberTable) word(w string) (int, bool) {
	if len(w) < t.minLen || len(w) > t.maxLen {
		return 0, false
	}
	for _, x := range t.byFirst[w[0]|0x20] {
		if len(x.w) == len(w) && strings.EqualFold(x.w, w) {
			return x.v, true
		}
	}
	return 0, false
}

// starts reports whether a number word starts with the letter b, either
// case: the one table index a text scan pays at a word start.
func (t *numberTable) starts(b byte) bool { return t.byFirst[b|0x20] != nil }

// tens reports whether a unit word may follow the number n ("thirty-two").
func tens(n int) bool { return n >= 20 && n < 100 && n%10 == 0 }

// numberAt reads the number written at toks[k]: a number token's leading
// number ("32", "41kg", "26.5") or number words ("four", "thirty-two",
// "thirty two"; data/number_words.tsv), so every reader of a measured value
// takes digits and words alike. end is the index of the token after the
// number, k when toks[k] starts none; ok is false when it starts one whose
// value cannot be read. A number word followed by a count word ("one of the
// patients") is a count of a group, not a value: no number.
func numberAt(toks []text.Token, k int) (v float64, end int, ok bool) {
	tk := &toks[k]
	switch tk.Kind {
	case text.Number:
		v, ok := leadingNumber(tk.Text)
		return v, k + 1, ok
	case text.Word:
	default:
		return 0, k, false
	}
	t := numberWords()
	n, ok := t.word(tk.Norm)
	if !ok {
		return 0, k, false
	}
	end = k + 1
	if tens(n) {
		j := k + 1
		if j+1 < len(toks) && toks[j].Text == "-" && toks[j].Start == tk.End && toks[j+1].Start == toks[j].End {
			j++
		}
		if j < len(toks) && toks[j].Kind == text.Word {
			if u, ok := t.word(toks[j].Norm); ok && u >= 1 && u <= 9 {
				n, end = n+u, j+1
			}
		}
	}
	if end < len(toks) && t.count[toks[end].Norm] {
		return 0, k, false
	}
	v = float64(n)
	if end+1 < len(toks) && t.point[toks[end].Norm] {
		// "thirty one point four": the digit words after the point.
		scale := 0.1
		for j := end + 1; j < len(toks) && toks[j].Kind == text.Word; j++ {
			d, ok := t.word(toks[j].Norm)
			if !ok || d > 9 {
				break
			}
			v, end, scale = v+float64(d)*scale, j+1, scale/10
		}
	}
	return v, end, true
}

// wordsAt reads number words at s[i], the start of a word, within
// s[:hi] ("twenty-eight", "twenty eight", "four"): the byte-reading
// counterpart of numberAt, for readers that scan the text (gestWeeks). It
// returns the value, the end of the last word and whether one is written.
func (t *numberTable) wordsAt(s string, i, hi int) (int, int, bool) {
	n, j, ok := t.wordAt(s, i, hi)
	if !ok {
		return 0, i, false
	}
	if tens(n) && j+1 < hi && (s[j] == '-' || s[j] == ' ') {
		if u, m, ok := t.wordAt(s, j+1, hi); ok && u >= 1 && u <= 9 {
			return n + u, m, true
		}
	}
	return n, j, true
}

// wordAt reads the number word written at s[i] within s[:hi], ending
// where a letter does not follow: its value and end. It compares the few
// words of s[i]'s first letter in place, case-blind, the word's end byte
// first, and reads no further than the longest: a text scan pays a table
// index at a word that starts no number word and a byte or two at most
// others ("the" stops at its second byte against "two" and "ten").
func (t *numberTable) wordAt(s string, i, hi int) (int, int, bool) {
	for _, x := range t.byFirst[s[i]|0x20] {
		e := i + len(x.w)
		if e > hi || e < hi && isLetter(s[e]) {
			continue
		}
		k := 1
		for k < len(x.w) && s[i+k]|0x20 == x.w[k] {
			k++
		}
		if k == len(x.w) {
			return x.v, e, true
		}
	}
	return 0, i, false
}

// vtAfter returns the index of the first word of vts[m:b] past the text
// token end: the end of a number that numberAt read from vts[m]'s token.
func vtAfter(vts []vt, m, b, end int) int {
	for m < b && int(vts[m].src) < end {
		m++
	}
	return m
}

// numberInWords reads number words at words[i] of a lower-cased word list
// (locWords, burnWordsOf split "thirty-five" in two): the value and the
// count of words read. ok is false at a word that starts no number, and at
// the unit word of a compound the word before starts ("five" of "thirty
// five"), so a reader walking the list takes the compound once.
func numberInWords(words []string, i int) (v, n int, ok bool) {
	t := numberWords()
	v, ok = t.word(words[i])
	if !ok {
		return 0, 0, false
	}
	if v >= 1 && v <= 9 && i > 0 {
		if p, ok := t.word(words[i-1]); ok && tens(p) {
			return 0, 0, false
		}
	}
	if tens(v) && i+1 < len(words) {
		if u, ok := t.word(words[i+1]); ok && u >= 1 && u <= 9 {
			return v + u, 2, true
		}
	}
	if i+1 < len(words) && t.count[words[i+1]] {
		return 0, 0, false
	}
	return v, 1, true
}
