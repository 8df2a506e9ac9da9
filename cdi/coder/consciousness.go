package coder

import (
	"slices"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"notecoder/cdi/model"
	"notecoder/cdi/text"
)

// locRules is data/consciousness.tsv: the phrases that say consciousness was
// lost, the words that deny one, the words that make it brief and the units a
// duration is written in (their minutes).
type locRules struct {
	lost [][]string
	// lostFirst holds the lost phrases' first words by their first byte:
	// mayState screens a section with them before locStated lower-cases and
	// splits it.
	lostFirst [256][]string
	// lostStart marks those first bytes in either case.
	lostStart [256]bool
	// lostNext holds, by the first byte, the second and third bytes of
	// those first words (each byte|0x20, as a pair): mayState calls
	// EqualFold only for a word that starts like one ("patient" does not
	// reach "passed"'s). Every first word has three bytes or more.
	lostNext [256][]uint16
	not      map[string]bool
	brief    [][]string
	units    map[string]float64
}

// consciousnessRules reads data/consciousness.tsv once.
var consciousnessRules = sync.OnceValue(func() *locRules {
	r := &locRules{not: map[string]bool{}, units: map[string]float64{}}
	k := keyed("consciousness.tsv")
	for _, p := range k["lost"] {
		ph := strings.Fields(p)
		if len(ph) == 0 || ph[0] != strings.ToLower(ph[0]) || ph[0][0] >= utf8.RuneSelf {
			panic("consciousness.tsv: lost phrase without a lower-case ASCII first word: " + p)
		}
		r.lost = append(r.lost, ph)
		if len(ph[0]) < 3 {
			panic("consciousness.tsv: lost phrase whose first word has fewer than three bytes: " + p)
		}
		if b := ph[0][0]; !slices.Contains(r.lostFirst[b], ph[0]) {
			r.lostFirst[b] = append(r.lostFirst[b], ph[0])
			if nx := foldPair(ph[0][1], ph[0][2]); !slices.Contains(r.lostNext[b], nx) {
				r.lostNext[b] = append(r.lostNext[b], nx)
			}
		}
		r.lostStart[ph[0][0]] = true
		r.lostStart[unicode.ToUpper(rune(ph[0][0]))] = true
	}
	for _, p := range k["brief"] {
		r.brief = append(r.brief, strings.Fields(p))
	}
	for _, w := range k["not"] {
		r.not[w] = true
	}
	for _, v := range k["unit"] {
		f := strings.Fields(v)
		if len(f) == 2 {
			if m, err := strconv.ParseFloat(f[1], 64); err == nil {
				r.units[f[0]] = m
			}
		}
	}
	return r
})

// locWords splits lower-cased text into words of letters and digits (a
// decimal point inside a number is kept, an apostrophe inside a word too:
// "1.5 hours", "didn't").
func locWords(s string) []string {
	return strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '.' && r != '\''
	})
}

// locPhraseAt reports whether ph is written at words[i:].
func locPhraseAt(words []string, i int, ph []string) bool {
	if i+len(ph) > len(words) {
		return false
	}
	for j, w := range ph {
		if strings.TrimRight(words[i+j], ".") != w {
			return false
		}
	}
	return true
}

// locStated reads the first statement of a loss of consciousness in s and
// returns the S06 6th character it gives: '0' when denied ("no LOC",
// "without loss of consciousness"), '1'-'4' by its stated duration or
// brevity, 0 when s states none, or states one without a duration the
// 6th character can take (more than 24 hours leaves survival and return to
// the former level unsaid). The S06 codes' titles write their durations in
// ranges no note writes ("31 minutes to 59 minutes"), so the coder's word
// matching never reaches them.
func locStated(s string) byte {
	r := consciousnessRules()
	words := locWords(s)
	for i := range words {
		n := 0
		for _, ph := range r.lost {
			if locPhraseAt(words, i, ph) {
				n = len(ph)
				break
			}
		}
		if n == 0 {
			continue
		}
		for j := max(0, i-4); j < i; j++ {
			if r.not[words[j]] {
				return '0'
			}
		}
		// A duration after the phrase ("LOC of about 40 minutes",
		// "unconscious for 2 hours") or just before it ("a 5 minute loss
		// of consciousness").
		lo, hi := max(0, i-4), min(len(words), i+n+8)
		for j := lo; j < hi; j++ {
			if j >= i && j < i+n {
				continue
			}
			if min, ok := r.duration(words, j); ok {
				return locChar(min)
			}
		}
		for j := lo; j < hi; j++ {
			for _, ph := range r.brief {
				if locPhraseAt(words, j, ph) {
					return '1'
				}
			}
		}
		return 0
	}
	return 0
}

// duration reads "N unit" (or "N-unit", "<N unit") at words[j] and returns
// its minutes.
func (r *locRules) duration(words []string, j int) (float64, bool) {
	w := strings.TrimRight(words[j], ".")
	num, unit := w, ""
	next := j + 1
	if n, used, ok := numberInWords(words, j); ok {
		// "five minutes", "twenty-five minutes" (data/number_words.tsv).
		num, next = strconv.Itoa(n), j+used
	}
	if k := strings.IndexFunc(w, unicode.IsLetter); k > 0 && isDigit(w[0]) {
		num, unit = w[:k], w[k:] // "40min"
	} else if next < len(words) {
		unit = strings.TrimRight(words[next], ".")
	}
	if w == "a" || w == "an" {
		num = "1"
	}
	v, err := strconv.ParseFloat(num, 64)
	if err != nil {
		return 0, false
	}
	m, ok := r.units[unit]
	if !ok {
		return 0, false
	}
	return v * m, true
}

// locChar is the S06 6th character of a loss of consciousness of min
// minutes; 0 beyond 24 hours.
func locChar(min float64) byte {
	switch {
	case min <= 30:
		return '1'
	case min < 60:
		return '2'
	case min < 360:
		return '3'
	case min <= 1440:
		return '4'
	}
	return 0
}

// consciousnessLoss sets the loss of consciousness (6th character) of the
// section's intracranial injury codes (S06) from what the note states: the
// code's own sentence first, else the section (out.LOC, which SectionWith
// reads with sectionLOC before this runs: "Concussion. No loss of
// consciousness." is S06.0X0, not "with loss of consciousness of unspecified
// duration"). A sentence's statement replaces any reading; the section's
// only one that left the duration unsaid (9) or the status unknown (A).
// Sections without an S06 code, most of them, are not read.
func (e *Engine) consciousnessLoss(s string, sents []text.Sentence, out *SectionResult) {
	for ci := range out.Codes {
		c := &out.Codes[ci]
		if len(c.Code) != 8 || !strings.HasPrefix(c.Code, "S06.") || !strings.Contains(c.Title, "consciousness") || len(c.Evidence) == 0 {
			continue
		}
		var ch byte
		if si := sentenceAt(sents, c.Evidence[0].Start); si >= 0 {
			ch = locStated(s[sents[si].Span.Start:sents[si].Span.End])
		}
		if ch == 0 && (c.Code[6] == '9' || c.Code[6] == 'A') {
			ch = out.LOC // the section's own statement, read once by sectionLOC
		}
		if ch == 0 || ch == c.Code[6] {
			continue
		}
		code := c.Code[:6] + string(ch) + c.Code[7:]
		t := e.title(code)
		if t == "" || !strings.Contains(t, "consciousness") {
			continue
		}
		old := c.Code
		c.Code, c.Title = code, t
		c.Why += "; the loss of consciousness the note states sets the 6th character"
		for fi := range out.Findings {
			if f := &out.Findings[fi]; f.Code == old && len(f.Evidence) > 0 && f.Evidence[0] == c.Evidence[0] {
				f.Code, f.Title = code, t
			}
		}
	}
}

// sectionLOC is locStated of a whole section, for a section mayState lets
// through: every section of every keystroke passes here, most never state a
// loss of consciousness, and locStated lower-cases and splits the text.
func sectionLOC(s string) byte {
	if !consciousnessRules().mayState(s) {
		return 0
	}
	return locStated(s)
}

// mayState reports whether s can hold a lost phrase: whether a word of s (as
// locWords splits it) starts with a lost phrase's first word, case-blind. It
// reads s once and looks only at the bytes that start a word, and at one
// only when its next two bytes are those of such a word: four substring
// searches cost a 1 KB section 45 k instructions on every keystroke, a check
// of every byte 20 k. It may say yes where locStated finds nothing, never
// the reverse (a byte of a multi-byte rune counts as a word break).
//
// EqualFold matches an ASCII word only in as many ASCII bytes (a multi-byte
// rune that folds to a letter leaves it short of runes), so the bytes|0x20
// screen loses no match.
func (r *locRules) mayState(s string) bool {
	for i := 0; i < len(s); {
		b := s[i]
		if !locWordByte[b] {
			i++
			continue
		}
		// b starts a word (the byte before it is none of a word's).
		if r.lostStart[b] && i+3 <= len(s) {
			lb := b | 0x20
			if slices.Contains(r.lostNext[lb], foldPair(s[i+1], s[i+2])) {
				for _, w := range r.lostFirst[lb] {
					if len(s)-i >= len(w) && strings.EqualFold(s[i:i+len(w)], w) {
						return true
					}
				}
			}
		}
		for i++; i < len(s) && locWordByte[s[i]]; i++ {
		}
	}
	return false
}

// foldPair packs two bytes, each |0x20 (an ASCII letter in lower case), in
// one number for mayState's screen.
func foldPair(a, b byte) uint16 {
	return uint16(a|0x20)<<8 | uint16(b|0x20)
}

// locWordByte marks the ASCII bytes locWords keeps inside a word: letters,
// digits, the decimal point and the apostrophe.
var locWordByte = func() (t [256]bool) {
	for b := 0; b < utf8.RuneSelf; b++ {
		t[b] = unicode.IsLetter(rune(b)) || unicode.IsDigit(rune(b)) || b == '.' || b == '\''
	}
	return t
}()

// noteConsciousness gives an intracranial injury (S06) coded with its loss
// of consciousness unsaid (9) or unknown (A) the first statement another
// section of the note makes: the HPI's "no loss of consciousness" or "LOC
// for about 2 minutes" settles the assessment's "concussion" (the S06 6th
// character is read from the whole record, as the coder would). codes are
// consolidate's own copies.
func (e *Engine) noteConsciousness(codes []model.Code, parts []Part) {
	var ch byte
	for _, p := range parts {
		if p.Res.LOC != 0 {
			ch = p.Res.LOC
			break
		}
	}
	if ch == 0 {
		return
	}
	for i := range codes {
		c := &codes[i]
		if len(c.Code) != 8 || !strings.HasPrefix(c.Code, "S06.") || (c.Code[6] != '9' && c.Code[6] != 'A') || ch == c.Code[6] {
			continue
		}
		code := c.Code[:6] + string(ch) + c.Code[7:]
		if t := e.title(code); t != "" && strings.Contains(t, "consciousness") {
			c.Code, c.Title = code, t
			c.Why += "; the loss of consciousness another section states sets the 6th character"
		}
	}
}
