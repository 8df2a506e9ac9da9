package coder

import (
	"slices"
	"strconv"
	"strings"
	"sync"

	"notecoder/cdi/model"
	"notecoder/cdi/text"
)

// Birth weight (guidelines I.C.16.d-e): the newborn codes split by weight
// ("Other low birth weight newborn, 1500-1749 grams", "Newborn small for
// gestational age, 2000-2499 grams") are chosen by the birth weight the
// note records next to them, and where the category's note says so ("When
// both birth weight and gestational age of the newborn are available, both
// should be coded with birth weight sequenced before gestational age", P07)
// a gestational-age code takes the weight code beside it. A weight alone
// codes nothing: prematurity and low birth weight must be documented.

// gramRange is one code whose title states a range of grams.
type gramRange struct {
	lo, hi int // grams in [lo, hi)
	code   string
}

// birthWeights are the gram ranges of the code set, by parent code, and the
// categories whose note asks for weight and gestational age both.
type birthWeights struct {
	byParent map[string][]gramRange
	both     map[string]bool // category -> weight and age both coded
	// ageCodes are the "gestational age N completed weeks" codes of those
	// categories, by category and weeks.
	ageCodes map[string]map[int]string
}

// loadBirthWeights reads the gram ranges from the tabular titles.
func (e *Engine) loadBirthWeights() {
	b := birthWeights{byParent: map[string][]gramRange{}, both: map[string]bool{}, ageCodes: map[string]map[int]string{}}
	for _, c := range e.cs.All() {
		if _, r, ok := strings.Cut(c.Title, "gestational age "); ok && c.Billable && strings.HasSuffix(r, " completed weeks") {
			if n, err := strconv.Atoi(strings.TrimSuffix(r, " completed weeks")); err == nil {
				if b.ageCodes[c.Code[:3]] == nil {
					b.ageCodes[c.Code[:3]] = map[int]string{}
				}
				b.ageCodes[c.Code[:3]][n] = c.Code
			}
		}
		if c.Parent == "" {
			for _, n := range c.Notes {
				if containsFold(n, "birth weight") && containsFold(n, "gestational age") && containsFold(n, "both") {
					b.both[c.Code] = true
				}
			}
		}
		if !c.Billable || c.Parent == "" || !strings.HasSuffix(c.Title, " grams") {
			continue
		}
		_, r, ok := strings.Cut(c.Title, ", ")
		if !ok {
			continue
		}
		r = strings.TrimSuffix(r, " grams")
		var lo, hi int
		if v, ok := strings.CutPrefix(r, "less than "); ok {
			n, err := strconv.Atoi(v)
			if err != nil {
				continue
			}
			lo, hi = 0, n
		} else {
			a, z, ok := strings.Cut(r, "-")
			x, err1 := strconv.Atoi(a)
			y, err2 := strconv.Atoi(z)
			if !ok || err1 != nil || err2 != nil {
				continue
			}
			lo, hi = x, y+1
		}
		b.byParent[c.Parent] = append(b.byParent[c.Parent], gramRange{lo: lo, hi: hi, code: c.Code})
	}
	e.bw = b
}

// weightCode returns the code for grams among the weight-split siblings of
// code (when code is their unspecified-weight sibling), or, when code's
// category codes weight and gestational age both and code is not a weight
// code, the category's weight code for grams as an addition. It returns
// "" when neither applies or no range holds grams.
func (e *Engine) weightCode(code string, grams int) (string, bool) {
	c, ok := e.cs.Lookup(code)
	if !ok || len(e.bw.byParent) == 0 {
		return "", false
	}
	if rs := e.bw.byParent[c.Parent]; len(rs) > 0 {
		if !containsFold(c.Title, "unspecified weight") {
			return "", false // already a weight
		}
		return inGrams(rs, grams), false
	}
	if len(code) < 3 || !e.bw.both[code[:3]] {
		return "", false
	}
	for p, rs := range e.bw.byParent {
		if strings.HasPrefix(p, code[:3]) {
			if x := inGrams(rs, grams); x != "" {
				return x, true
			}
		}
	}
	return "", false
}

// ageCode returns, for a weight code of a category that codes weight and
// gestational age both, the category's code for the completed weeks, or "".
func (e *Engine) ageCode(code string, weeks int) string {
	c, ok := e.cs.Lookup(code)
	if !ok || len(code) < 3 || !e.bw.both[code[:3]] || len(e.bw.byParent[c.Parent]) == 0 {
		return ""
	}
	return e.bw.ageCodes[code[:3]][weeks]
}

// codeNeeds is data/code_needs.tsv: code prefixes and the words one of
// which their sentence must contain ("!" rows: the words that rule the code
// out), parsed once, with the first letters of the prefixes.
var codeNeeds = sync.OnceValue(func() (out struct {
	rows  []codeNeed
	first [256]bool
}) {
	for _, f := range rows("code_needs.tsv") {
		if len(f) >= 2 {
			p, not := strings.CutPrefix(f[0], "!")
			out.rows = append(out.rows, codeNeed{prefix: p, not: not, words: f[1:]})
			for b := range out.first {
				// (An empty prefix would cover every code.)
				out.first[b] = out.first[b] || p == "" || p[0] == byte(b)
			}
		}
	}
	return out
})

// codeNeed is one row of data/code_needs.tsv.
type codeNeed struct {
	prefix string
	not    bool // a "!" row: its words rule the code out
	words  []string
}

// lacksNeeded reports a code of data/code_needs.tsv whose sentence t has
// none of its words, or one of the words of a "!" row, which rule it out.
// A "!" word followed by an object of its own, outside the code's evidence
// ev (offsets in t), rules out that object, not the code: "DNR, declined
// intubation" is a do-not-resuscitate order and a refused intubation, while
// "discussed DNR, patient declined" and "declined DNR" are no order.
func lacksNeeded(code, t string, ev model.Span) bool {
	cn := codeNeeds()
	if code == "" || !cn.first[code[0]] {
		// (Every code emit keeps passes here: most share no first letter
		// with a row.)
		return false
	}
	for _, r := range cn.rows {
		if !strings.HasPrefix(code, r.prefix) {
			continue
		}
		if r.not {
			if slices.ContainsFunc(r.words, func(w string) bool { return rulesOut(t, w, ev) }) {
				return true
			}
			continue
		}
		for _, w := range r.words {
			if hasWord(t, w) {
				return false
			}
		}
		return true
	}
	return false
}

// objectless are the words after a verb that name no object of its own
// ("declined to", "refused it"): the verb then still speaks of the code's
// words (data/objectless.txt).
var objectless = sync.OnceValue(func() map[string]bool {
	m := map[string]bool{}
	for _, l := range lines("objectless.txt") {
		m[strings.ToLower(strings.TrimSpace(l))] = true
	}
	return m
})

// rulesOut reports an occurrence of w in t (whole word, case-blind) that is
// not followed by an object of its own: a word after one space that is
// outside ev and not objectless.
func rulesOut(t, w string, ev model.Span) bool {
	low, w := strings.ToLower(t), strings.ToLower(w)
	for i := 0; i+len(w) <= len(low); {
		k := strings.Index(low[i:], w)
		if k < 0 {
			return false
		}
		k += i
		i = k + 1
		end := k + len(w)
		if k > 0 && isLetter(low[k-1]) || end < len(low) && isLetter(low[end]) {
			continue
		}
		o := end + 1
		if end < len(low) && low[end] == ' ' && o < len(low) && isLetter(low[o]) && (o < ev.Start || o >= ev.End) {
			oe := o
			for oe < len(low) && isLetter(low[oe]) {
				oe++
			}
			if !objectless()[low[o:oe]] {
				continue
			}
		}
		return true
	}
	return false
}

// hasWord reports w in t as a whole word, case-blind.
func hasWord(t, w string) bool { return hasLowerWord(strings.ToLower(t), strings.ToLower(w)) }

func inGrams(rs []gramRange, g int) string {
	for _, r := range rs {
		if g >= r.lo && g < r.hi {
			return r.code
		}
	}
	return ""
}

// unitAt returns the word of letters written after a number ending at k,
// past spaces (and hyphens with dash: "32-week"), lower-cased, and where it
// ends: the unit the number is in ("1600 g", "32 weeks").
func unitAt(s string, k, hi int, dash bool) (string, int) {
	for k < hi && (s[k] == ' ' || dash && s[k] == '-') {
		k++
	}
	u := k
	for u < hi && isLetter(s[u]) {
		u++
	}
	return strings.ToLower(s[k:u]), u
}

// gramsIn finds a weight written in grams in s[lo:hi] ("1600 g", "1,250
// grams", "800gm"; the units are data/units.tsv's grams rows), or -1.
func gramsIn(s string, lo, hi int) int {
	hi = min(hi, len(s))
	for i := lo; i < hi; i++ {
		if !isDigit(s[i]) || i > lo && (isDigit(s[i-1]) || isLetter(s[i-1]) || s[i-1] == '.' || s[i-1] == ',') {
			continue
		}
		j := i
		for j < hi && (isDigit(s[j]) || s[j] == ',' && j+3 < hi && isDigit(s[j+1]) && isDigit(s[j+2]) && isDigit(s[j+3])) {
			j++
		}
		v, err := strconv.Atoi(strings.ReplaceAll(s[i:j], ",", ""))
		if unit, _ := unitAt(s, j, hi, false); units().grams[unit] && err == nil && v > 0 {
			return v
		}
		i = j
	}
	return -1
}

// Birth weight and gestational age across sections (I.C.16.e): "Born at 34
// weeks, birth weight 2100 g" in the history and "Preterm newborn, low birth
// weight" in the assessment are P07.18 and P07.37, weight first. Each
// section records the first weight and weeks it states (sectionBirth); the
// note-level step gives them to the present P07-style codes whose category
// note asks for both (e.bw.both).

// Plausible birth weights in grams: a number outside is no birth weight
// ("Hgb 12 g/dL").
const minBirthGrams, maxBirthGrams = 200, 7000

// sectionBirth returns the first birth weight in grams and the first weeks
// of gestation s states (0 for none). It runs on every section, so the
// three byte scans below wait for a number written with a birth unit among
// the section's tokens (unitAfterNumber): most sections have none.
func sectionBirth(s string, toks []text.Token) (grams, weeks int) {
	if !unitAfterNumber(toks) {
		return 0, 0
	}
	for lo := 0; lo < len(s); {
		g := gramsIn(s, lo, len(s))
		if g < 0 {
			break
		}
		if g >= minBirthGrams && g <= maxBirthGrams {
			grams = g
			break
		}
		// Past this number: gramsIn returns the first one only.
		k := strings.Index(s[lo:], strconv.Itoa(g))
		if k < 0 {
			break
		}
		lo += k + 1
	}
	if grams == 0 {
		grams = otherUnitGrams(s)
	}
	if w, _, _ := gestWeeks(s, 0, len(s)); w > 0 {
		weeks = w
	}
	return grams, weeks
}

// otherUnitGrams reads a birth weight written in kilograms ("2.1 kg") or in
// pounds and ounces ("4 lb 10 oz", data/units.tsv kilograms, pounds and
// ounces rows), in grams, or 0.
func otherUnitGrams(s string) int {
	u := units()
	for i := 0; i < len(s); i++ {
		if !isDigit(s[i]) || i > 0 && (isDigit(s[i-1]) || isLetter(s[i-1]) || s[i-1] == '.') {
			continue
		}
		j := i
		for j < len(s) && isDigit(s[j]) {
			j++
		}
		whole, _ := strconv.Atoi(s[i:j])
		frac, scale := 0, 1
		if j+1 < len(s) && s[j] == '.' && isDigit(s[j+1]) {
			j++
			for j < len(s) && isDigit(s[j]) && scale < 1000 {
				frac, scale = frac*10+int(s[j]-'0'), scale*10
				j++
			}
		}
		unit, end := unitAt(s, j, len(s), false)
		switch {
		case u.kilograms[unit]:
			g := whole*1000 + frac*1000/scale
			if g >= minBirthGrams && g <= maxBirthGrams {
				return g
			}
		case u.pounds[unit] && scale == 1:
			oz := 0
			k := end
			for k < len(s) && (s[k] == ' ' || s[k] == ',' || s[k] == '.') {
				k++
			}
			m := k
			for m < len(s) && isDigit(s[m]) && m-k < 2 {
				m++
			}
			if m > k {
				if ou, _ := unitAt(s, m, len(s), false); u.ounces[ou] {
					oz, _ = strconv.Atoi(s[k:m])
				}
			}
			// 1 lb = 453.592 g, 1 oz = 28.3495 g.
			g := (whole*4535920 + oz*283495 + 5000) / 10000
			if g >= minBirthGrams && g <= maxBirthGrams {
				return g
			}
		}
		i = j
	}
	return 0
}

// newbornWeightAge gives the present newborn codes of a category whose note
// asks for birth weight and gestational age both (P07) the weight and weeks
// another section states: an unspecified weight or unspecified weeks code
// becomes the one for the grams or the completed weeks, and a weight code
// without an age code (or the other way round) takes the other beside it.
// Prematurity and low birth weight must still be documented: a weight or
// weeks alone codes nothing (I.C.16.e).
func (e *Engine) newbornWeightAge(codes []model.Code, parts []Part) []model.Code {
	grams, weeks := 0, 0
	for _, p := range parts {
		if grams == 0 {
			grams = p.Res.BirthGrams
		}
		if weeks == 0 {
			weeks = p.Res.BirthWeeks
		}
	}
	if grams == 0 && weeks == 0 || len(e.bw.both) == 0 {
		return codes
	}
	var weightAt, ageAt = -1, -1
	changed := false
	for i := range codes {
		c := &codes[i]
		if c.Assertion != model.Present || len(c.Code) < 3 || c.Code[0] != 'P' || !e.bw.both[c.Code[:3]] {
			continue
		}
		ct, ok := e.cs.Lookup(c.Code)
		if !ok {
			continue
		}
		if grams > 0 {
			if x, add := e.weightCode(c.Code, grams); x != "" && !add {
				c.Code, c.Title, changed = x, e.title(x), true
				c.Why += "; " + birthWeightNote
			}
		}
		if weeks > 0 && containsFold(ct.Title, "unspecified weeks") {
			if x := e.bw.ageCodes[c.Code[:3]][weeks]; x != "" {
				c.Code, c.Title, changed = x, e.title(x), true
				c.Why += "; gestational age the note states (I.C.16.e)"
			}
		}
		if ct, ok = e.cs.Lookup(c.Code); !ok {
			continue
		}
		switch {
		case len(e.bw.byParent[ct.Parent]) > 0:
			weightAt = i
		case e.isAgeCode(c.Code):
			ageAt = i
		}
	}
	if changed {
		codes = dropDuplicateCodes(codes)
		weightAt, ageAt = -1, -1
		for i, c := range codes {
			if c.Assertion != model.Present || len(c.Code) < 3 || c.Code[0] != 'P' || !e.bw.both[c.Code[:3]] {
				continue
			}
			if ct, ok := e.cs.Lookup(c.Code); ok && len(e.bw.byParent[ct.Parent]) > 0 {
				weightAt = i
			} else if e.isAgeCode(c.Code) {
				ageAt = i
			}
		}
	}
	switch {
	case weightAt < 0 && ageAt >= 0 && grams > 0:
		c := codes[ageAt]
		if x, add := e.weightCode(c.Code, grams); x != "" && add {
			nc := c
			nc.Code, nc.Title, nc.Why = x, e.title(x), c.Why+"; "+birthWeightNote
			codes = append(codes, nc)
		}
	case ageAt < 0 && weightAt >= 0 && weeks > 0:
		c := codes[weightAt]
		if a := e.ageCode(c.Code, weeks); a != "" {
			nc := c
			nc.Code, nc.Title, nc.Why = a, e.title(a), "gestational age with the birth weight (I.C.16.e, P07 note)"
			codes = append(codes, nc)
		}
	}
	return codes
}

// isAgeCode reports a "gestational age N completed weeks" code of a
// category that codes weight and age both.
func (e *Engine) isAgeCode(code string) bool {
	for _, x := range e.bw.ageCodes[code[:3]] {
		if x == code {
			return true
		}
	}
	return false
}

// dropDuplicateCodes keeps the first of codes with the same code and
// assertion.
func dropDuplicateCodes(codes []model.Code) []model.Code {
	return dropWhere(codes, func(c *model.Code) bool {
		for i := range codes {
			o := &codes[i]
			if o == c {
				return false
			}
			if o.Code == c.Code && o.Assertion == c.Assertion {
				return true
			}
		}
		return false
	})
}

// weightBeforeAge moves, in a category whose note asks for both, the birth
// weight code before the gestational age code it follows ("with birth
// weight sequenced before gestational age", P07).
func (e *Engine) weightBeforeAge(codes []model.Code) {
	if len(e.bw.both) == 0 {
		return
	}
	for i := range codes {
		if len(codes[i].Code) < 3 || codes[i].Code[0] != 'P' || !e.bw.both[codes[i].Code[:3]] || !e.isAgeCode(codes[i].Code) {
			continue
		}
		for j := i + 1; j < len(codes); j++ {
			c := codes[j].Code
			if len(c) < 3 || c[:3] != codes[i].Code[:3] {
				continue
			}
			if ct, ok := e.cs.Lookup(c); ok && len(e.bw.byParent[ct.Parent]) > 0 {
				w := codes[j]
				copy(codes[i+1:j+1], codes[i:j])
				codes[i] = w
				break
			}
		}
	}
}

// unitAfterNumber reports a number token followed by a word of
// data/units.tsv's birth units, past one hyphen ("2100 g", "32-week",
// "32 3/7 weeks"), or a number token whose first letters are one ("800gm",
// "40w0d"): every
// weight or weeks gramsIn, otherUnitGrams and gestWeeks can read has one.
func unitAfterNumber(toks []text.Token) bool {
	birth := units().birth
	for i := range toks {
		t := &toks[i]
		if t.Kind != text.Number {
			continue
		}
		if k := strings.IndexFunc(t.Text, func(r rune) bool { return r < 0x80 && isLetter(byte(r)) }); k > 0 {
			e := k
			for e < len(t.Text) && isLetter(t.Text[e]) {
				e++
			}
			if lowerIn(birth, t.Text[k:e]) {
				return true
			}
			continue
		}
		j := i + 1
		if j < len(toks) && toks[j].Text == "-" {
			j++
		}
		if j < len(toks) && toks[j].Kind == text.Word && lowerIn(birth, toks[j].Text) {
			return true
		}
	}
	return false
}

// lowerIn looks w up in a set of lower-case words without allocating: a
// unit word is short, so it is lower-cased into a small array.
func lowerIn(set map[string]bool, w string) bool {
	var b [16]byte
	if len(w) > len(b) {
		return false
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		b[i] = c
	}
	return set[string(b[:len(w)])]
}
