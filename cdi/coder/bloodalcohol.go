package coder

import (
	"strconv"
	"strings"
	"sync"
)

// RuleBloodAlcohol marks a blood alcohol level code (Y90) read beside the
// alcohol involvement it measures.
const RuleBloodAlcohol = "blood-alcohol"

// balWords is data/blood_alcohol.tsv.
type balWords struct {
	name    [][]string
	between map[string]bool
	with    []string
	lo      []float64
	code    []string
	// first lists, by the lower-cased first byte of a name row, the rows
	// that start with it, so that mayState compares only those.
	first [256][]int
}

// bloodAlcoholWords reads data/blood_alcohol.tsv once.
var bloodAlcoholWords = sync.OnceValue(func() *balWords {
	r := &balWords{between: map[string]bool{}}
	for _, f := range rows("blood_alcohol.tsv") {
		switch {
		case f[0] == "name" && len(f) >= 2:
			r.name = append(r.name, locWords(f[1]))
			b := f[1][0] | 0x20
			r.first[b] = append(r.first[b], len(r.name)-1)
		case f[0] == "between" && len(f) >= 2:
			r.between[f[1]] = true
		case f[0] == "with" && len(f) >= 2:
			r.with = append(r.with, f[1])
		case f[0] == "band" && len(f) >= 3:
			v, err := strconv.ParseFloat(f[1], 64)
			if err != nil {
				panic("blood_alcohol.tsv: bad band " + f[1])
			}
			r.lo = append(r.lo, v)
			r.code = append(r.code, f[2])
		default:
			panic("blood_alcohol.tsv: bad row " + strings.Join(f, "\t"))
		}
	}
	return r
})

// mayState reports whether s names a blood alcohol level's test (a name
// row, word for word as locWords splits and locPhraseAt compares them). It
// reads s once without splitting it: a section of an alcohol-use patient
// names alcohol often, and splitting it into words to look for a level cost
// a 1 KB section ~50 k instructions on every keystroke. It may say yes
// where bloodAlcoholLevel finds no number, never the reverse.
func (r *balWords) mayState(s string) bool {
	prev := byte(' ')
	for i := 0; i < len(s); i++ {
		b := s[i]
		if !locWordByte[prev] {
			for _, k := range r.first[b|0x20] {
				if phraseAtFold(s, i, r.name[k]) {
					return true
				}
			}
		}
		prev = b
	}
	return false
}

// phraseAtFold reports whether the words of ph are written at s[i:], case-blind,
// each ending where locWords would end it (trailing full stops allowed, as
// locPhraseAt trims them) and separated by bytes locWords drops.
func phraseAtFold(s string, i int, ph []string) bool {
	for j, w := range ph {
		if j > 0 {
			n := i
			for i < len(s) && !locWordByte[s[i]] {
				i++
			}
			if i == n {
				return false
			}
		}
		if len(s)-i < len(w) || !strings.EqualFold(s[i:i+len(w)], w) {
			return false
		}
		i += len(w)
		for i < len(s) && s[i] == '.' {
			i++
		}
		if i < len(s) && locWordByte[s[i]] {
			return false
		}
	}
	return true
}

// bloodAlcoholLevel reads the first blood alcohol level the lower-cased
// words state, in mg/100 ml; ok is false when none is stated.
func bloodAlcoholLevel(words []string, r *balWords) (float64, bool) {
	for i := range words {
		k := -1
		for _, ph := range r.name {
			if locPhraseAt(words, i, ph) && i+len(ph) > k {
				k = i + len(ph)
			}
		}
		if k < 0 {
			continue
		}
		for n := 0; n < 4 && k < len(words) && r.between[strings.TrimRight(words[k], ".")]; n++ {
			k++
		}
		if k >= len(words) {
			return 0, false
		}
		v, err := strconv.ParseFloat(strings.TrimRight(words[k], "."), 64)
		if err != nil || v < 0 {
			continue
		}
		if k+1 < len(words) && strings.HasPrefix(words[k+1], "mmol") {
			continue // another unit than the codes'
		}
		if v < 1 {
			v *= 1000 // a percentage: grams per 100 ml
		}
		return v, true
	}
	return 0, false
}

// bloodAlcohol adds the blood alcohol level code (Y90) to a section that
// codes a present alcohol involvement (F10, T51.0: Y90's "code first") and
// states the level ("BAL 180 mg/dL", "blood alcohol 0.12"). Sections
// without such a code, then without "alcohol", "etoh", "bal" or "bac", are
// not read.
func (e *Engine) bloodAlcohol(s string, out *SectionResult) {
	r := bloodAlcoholWords()
	ai := presentAnchor(out.Codes, func(c string) bool { return hasAnyPrefix(c, r.with) })
	if ai < 0 || !r.mayState(s) {
		return
	}
	v, ok := bloodAlcoholLevel(locWords(s), r)
	if !ok {
		return
	}
	code := ""
	for j, lo := range r.lo {
		if v >= lo {
			code = r.code[j]
		}
	}
	t := e.title(code)
	if code == "" || t == "" {
		return
	}
	a := out.Codes[ai]
	out.addBeside(a, code, t, RuleBloodAlcohol, "blood alcohol level the section states, beside the alcohol involvement it measures (Y90)")
}
