package coder

import (
	"strconv"
	"strings"

	"notecoder/cdi/model"
	"notecoder/cdi/text"
)

// bmiRange is one adult Z68 code with the value range its title states,
// as an index-like node so the candidate explains itself like any other.
type bmiRange struct {
	lo, hi float64 // value in [lo, hi)
	n      *node
}

// bmiTable is the compiled data/bmi.tsv with the Z68 ranges.
type bmiTable struct {
	names          [][]wid // phrases naming the measure
	normLo, normHi float64 // values not coded
	adult          int     // youngest age the adult codes apply to
	ranges         []bmiRange
	associated     []string        // code prefixes of the conditions a BMI is reported with
	pregnancy      []string        // code prefixes that state a current pregnancy
	ordinal        []string        // suffixes of an ordinal number ("97th"): a percentile
	percentile     map[string]bool // words naming a percentile after a number
	between        map[string]bool // tokens that may stand between the number and that word
	ageForm        [][]string      // words after a number that make it an age in years ("y / o")
	ageSuffix      []string        // suffixes of a number token that is an age in years ("16yo")
	old            map[string]bool // unit of "N-unit-old" -> true: N is the age in years; false: an infant
	// child are the pediatric codes by percentile for age (data/bmi.tsv
	// "pediatric" rows), in order; over95 split the top one by the BMI as a
	// percent of the 95th percentile ("over95" rows); childMin is the
	// youngest age they apply to.
	child, over95 []bmiRange
	childMin      int
	// below are the words before a number that put the value just under
	// it ("< 5th percentile", "below 120% of the 95th"), data/bmi.tsv.
	below map[string]bool
}

// loadBMI reads data/bmi.tsv and the adult ranges of category Z68 from the
// code set titles.
func (e *Engine) loadBMI() bmiTable {
	var t bmiTable
	for _, f := range rows("bmi.tsv") {
		switch {
		case f[0] == "words" && len(f) == 2:
			if ws := e.lx.v.phrase(f[1]); len(ws) > 0 {
				t.names = append(t.names, ws)
			}
		case f[0] == "normal" && len(f) == 3:
			t.normLo, _ = strconv.ParseFloat(f[1], 64)
			t.normHi, _ = strconv.ParseFloat(f[2], 64)
		case f[0] == "adult" && len(f) == 2:
			t.adult, _ = strconv.Atoi(f[1])
		case f[0] == "associated" && len(f) >= 2:
			t.associated = append(t.associated, f[1:]...)
		case f[0] == "pregnancy" && len(f) >= 2:
			t.pregnancy = append(t.pregnancy, f[1:]...)
		case f[0] == "ordinal" && len(f) >= 2:
			t.ordinal = append(t.ordinal, f[1:]...)
		case f[0] == "percentile" && len(f) >= 2:
			t.percentile = addWords(t.percentile, f[1:])
		case f[0] == "between" && len(f) >= 2:
			t.between = addWords(t.between, f[1:])
		case f[0] == "ageform" && len(f) == 2:
			t.ageForm = append(t.ageForm, strings.Fields(f[1]))
		case f[0] == "agesuffix" && len(f) >= 2:
			t.ageSuffix = append(t.ageSuffix, f[1:]...)
		case (f[0] == "pediatric" || f[0] == "over95") && len(f) == 4:
			lo, err1 := strconv.ParseFloat(f[1], 64)
			hi, err2 := strconv.ParseFloat(f[2], 64)
			c, ok := e.cs.Lookup(f[3])
			if err1 != nil || err2 != nil || !ok || !c.Billable {
				panic("coder: bad bmi.tsv line " + strings.Join(f, "\t"))
			}
			r := bmiRange{lo: lo, hi: hi, n: &node{title: c.Title, lt: strings.ToLower(c.Title), code: c.Code}}
			if f[0] == "pediatric" {
				t.child = append(t.child, r)
			} else {
				t.over95 = append(t.over95, r)
			}
		case f[0] == "below" && len(f) >= 2:
			t.below = addWords(t.below, f[1:])
		case f[0] == "childmin" && len(f) == 2:
			t.childMin, _ = strconv.Atoi(f[1])
		case f[0] == "old" && len(f) == 3:
			if t.old == nil {
				t.old = map[string]bool{}
			}
			t.old[f[1]] = f[2] == "years"
		}
	}
	var walk func(code string)
	walk = func(code string) {
		for _, c := range e.cs.Children(code) {
			walk(c.Code)
			if !c.Billable || !strings.HasSuffix(c.Title, ", adult") {
				continue
			}
			i := strings.IndexByte(c.Title, ']')
			if i < 0 {
				continue
			}
			r := strings.TrimSpace(strings.TrimSuffix(c.Title[i+1:], ", adult"))
			lo, hi, ok := parseRange(r)
			if !ok {
				continue
			}
			t.ranges = append(t.ranges, bmiRange{lo: lo, hi: hi, n: &node{title: c.Title, lt: strings.ToLower(c.Title), code: c.Code}})
		}
	}
	walk("Z68")
	return t
}

// parseRange reads "20.0-20.9", "19.9 or less", "70 or greater" as [lo, hi).
func parseRange(s string) (float64, float64, bool) {
	switch {
	case strings.HasSuffix(s, " or less"):
		v, err := strconv.ParseFloat(strings.TrimSuffix(s, " or less"), 64)
		return -1, v + 0.1, err == nil
	case strings.HasSuffix(s, " or greater"):
		v, err := strconv.ParseFloat(strings.TrimSuffix(s, " or greater"), 64)
		return v, 1e9, err == nil
	}
	a, b, ok := strings.Cut(s, "-")
	if !ok {
		return 0, 0, false
	}
	lo, err1 := strconv.ParseFloat(a, 64)
	hi, err2 := strconv.ParseFloat(b, 64)
	return lo, hi + 0.1, err1 == nil && err2 == nil
}

// percentileAt reports whether the number at toks[k] is a percentile, not
// a value: an ordinal ("BMI 97th percentile for age") or a number a
// percentile word ("percentile", "%ile") follows. A child's BMI is a
// percentile; read as a value, the 97 of "97th" is an adult BMI of 70 or
// more (Z68.45). The words are data/bmi.tsv's ordinal, percentile and
// between rows.
func (t *bmiTable) percentileAt(toks []text.Token, k int) bool {
	s := strings.ToLower(toks[k].Text)
	for _, suf := range t.ordinal {
		if strings.HasSuffix(s, suf) {
			return true
		}
	}
	for j := k + 1; j < len(toks) && j <= k+3; j++ {
		if t.percentile[toks[j].Norm] {
			return true
		}
		if !t.between[toks[j].Norm] {
			break
		}
	}
	return false
}

// percentileAfter reports whether a percentile follows the BMI value within
// a few words of vts[from:b] ("BMI 26.5 = 97th percentile for age"): a BMI
// given with its percentile is a child's, read by the percentile, not by an
// adult Z68 range, even where the patient's age is stated in another
// section than the vital signs.
func (t *bmiTable) percentileAfter(vts []vt, toks []text.Token, from, b int) bool {
	for q := from; q < b && q < from+4; q++ {
		if k := int(vts[q].src); toks[k].Kind == text.Number && t.percentileAt(toks, k) {
			return true
		}
	}
	return false
}

// addWords adds words to a set, creating it when nil: the word rows of a
// data file become sets built once at load.
func addWords(m map[string]bool, ws []string) map[string]bool {
	if m == nil {
		m = map[string]bool{}
	}
	for _, w := range ws {
		m[w] = true
	}
	return m
}

// leadingNumber parses the number a token starts with ("41kg" -> 41).
func leadingNumber(s string) (float64, bool) {
	n := 0
	for n < len(s) && (s[n] >= '0' && s[n] <= '9' || s[n] == '.' || s[n] == ',') {
		n++
	}
	v, err := strconv.ParseFloat(strings.ReplaceAll(strings.TrimRight(s[:n], ".,"), ",", "."), 64)
	return v, err == nil && n > 0
}

// sectionAge returns the age of a "N-year-old" in the section, or -1; a
// "N-month-old" or "N-day-old" is 0. The short forms of a header line
// ("16yo F", "16 yo", "16 y/o", "16 year old") are ages too: an
// adolescent's BMI is a percentile, not an adult Z68 range. The forms and
// units are data/bmi.tsv's ageform, agesuffix and old rows.
func (t *bmiTable) sectionAge(toks []text.Token) int {
	for i := 0; i < len(toks); i++ {
		if toks[i].Kind == text.Number {
			n := strings.ToLower(toks[i].Text)
			for _, suf := range t.ageSuffix {
				if strings.HasSuffix(n, suf) {
					if v, ok := leadingNumber(n); ok && len(n) <= 5 {
						return int(v)
					}
				}
			}
		}
		v, end, ok := numberAt(toks, i)
		if end == i {
			continue
		}
		for _, form := range t.ageForm {
			if ageFormAt(toks, end, form) && ok {
				return int(v)
			}
		}
	}
	// "16-year-old", "sixteen-year-old", "thirty-two-year-old".
	for i := 0; i+4 < len(toks); i++ {
		v, end, ok := numberAt(toks, i)
		if end == i || end+3 >= len(toks) || toks[end].Text != "-" || toks[end+2].Text != "-" || toks[end+3].Norm != "old" {
			continue
		}
		years, known := t.old[toks[end+1].Norm]
		switch {
		case known && years:
			if ok {
				return int(v)
			}
		case known:
			return 0
		}
	}
	return -1
}

// ageFormAt reports whether the words of form follow in toks from k: a word
// is compared with the token's normal form, punctuation ("/") with its text.
func ageFormAt(toks []text.Token, k int, form []string) bool {
	if k+len(form) > len(toks) {
		return false
	}
	for j, w := range form {
		tk := toks[k+j]
		if isLetterOrDigit(w[0]) {
			if tk.Norm != w {
				return false
			}
		} else if tk.Text != w {
			return false
		}
	}
	return true
}

// bmiCands adds a Z68 candidate for a body mass index value stated in the
// sentence [a, b) of vts when it is outside the normal range and the patient
// is not a child.
//
// A BMI stated as a percentile for age ("BMI 97th percentile", "BMI 26.5 =
// 97th percentile for age") is a child's: its pediatric code (Z68.5-) by
// the percentile, and above the 95th by the BMI as a percent of the 95th
// percentile when the note gives it ("110% of the 95th percentile"), for a
// patient not known to be under the pediatric codes' youngest age.
func (e *Engine) bmiCands(vts []vt, toks []text.Token, a, b int, age int, cands []cand, sb *scratchBuf) []cand {
	t := &e.bmi
	if len(t.ranges) == 0 || age >= 0 && age < t.childMin {
		return cands
	}
	child := age >= 0 && age < t.adult
	for i := a; i < b; i++ {
		if e.flags[vts[i].w]&flagBMI == 0 {
			continue
		}
		n := longestAt(vts, i, b, t.names)
		if n == 0 {
			continue
		}
		if c, ok := e.childBMI(vts, toks, i, n, b, cands, sb); ok {
			cands = c
			i += n - 1
			continue
		}
		if child {
			continue
		}
		for m := i + n; m < b && m < i+n+4; m++ {
			v, end, ok := numberAt(toks, int(vts[m].src))
			if end == int(vts[m].src) {
				continue
			}
			if !ok || v >= t.normLo && v < t.normHi || v < 5 || v > 150 || t.percentileAt(toks, end-1) || t.percentileAfter(vts, toks, m+1, b) {
				break
			}
			hi := vtAfter(vts, m, b, end)
			for _, r := range t.ranges {
				if v >= r.lo && v < r.hi {
					pos := make([]int, 0, n+hi-m)
					for k := i; k < i+n; k++ {
						pos = append(pos, k)
					}
					for k := m; k < hi; k++ {
						pos = append(pos, k)
					}
					cands = append(cands, cand{code: r.n.code, why: whyOf(r.n, false), pos: sb.ints.keep(pos),
						score: 64 * len(pos), head: i, lo: i, hi: hi, wlo: i, whi: hi})
					break
				}
			}
			break
		}
		i += n - 1
	}
	return cands
}

// childBMI adds the pediatric Z68.5- candidate of the BMI named at vts[i:i+n]
// when a percentile follows within a few words (data/bmi.tsv "pediatric"
// rows; "over95" by a "N% of the 95th percentile" after it). ok is false
// when no percentile is stated: the value is then read as an adult's.
func (e *Engine) childBMI(vts []vt, toks []text.Token, i, n, b int, cands []cand, sb *scratchBuf) ([]cand, bool) {
	t := &e.bmi
	if len(t.child) == 0 {
		return cands, false
	}
	for m := i + n; m < b && m < i+n+6; m++ {
		k := int(vts[m].src)
		if toks[k].Kind != text.Number || !t.percentileAt(toks, k) {
			continue
		}
		p, ok := leadingNumber(toks[k].Text)
		if !ok {
			return cands, false
		}
		p -= t.under(toks, k)
		var r *bmiRange
		for j := range t.child {
			if p >= t.child[j].lo && p < t.child[j].hi {
				r = &t.child[j]
			}
		}
		if r == nil {
			return cands, false
		}
		hi := m + 1
		if p >= 95 {
			// "110% of the 95th percentile": a number with "%" before
			// the 95th, in the words after the percentile, or between
			// the BMI and it ("BMI 35.6, which is 128% of the 95th
			// percentile"; the 95th is then the percentile found).
			lo, stop := m+1, min(b, m+12)
			for q := i + n; q < m; q++ {
				if kq := int(vts[q].src); toks[kq].Kind == text.Number && (strings.HasSuffix(toks[kq].Text, "%") || kq+1 < len(toks) && toks[kq+1].Text == "%") {
					lo, stop = q, m
					break
				}
			}
			for q := lo; q+1 < b && q < stop; q++ {
				kq := int(vts[q].src)
				if toks[kq].Kind != text.Number || !strings.HasSuffix(toks[kq].Text, "%") && !(kq+1 < len(toks) && toks[kq+1].Text == "%") {
					continue
				}
				v, ok := leadingNumber(toks[kq].Text)
				if !ok {
					continue
				}
				v -= t.under(toks, kq)
				for j := range t.over95 {
					if v >= t.over95[j].lo && v < t.over95[j].hi {
						r = &t.over95[j]
						if q+1 > hi {
							hi = q + 1
						}
					}
				}
				break
			}
		}
		pos := make([]int, 0, n+1)
		for k := i; k < i+n; k++ {
			pos = append(pos, k)
		}
		pos = append(pos, m)
		return append(cands, cand{code: r.n.code, why: whyOf(r.n, false), pos: sb.ints.keep(pos),
			score: 64 * len(pos), head: i, lo: i, hi: hi, wlo: i, whi: hi}), true
	}
	return cands, false
}

// under returns a small amount when the number at toks[k] follows a word
// that puts the value below it ("< 5th percentile", "below 120% of the
// 95th", "less than"), so the range holding the value is the one under the
// number; 0 otherwise. ("Than" and an article may stand between: "below
// the 5th percentile".)
func (t *bmiTable) under(toks []text.Token, k int) float64 {
	for j := k - 1; j >= 0 && j >= k-3; j-- {
		if t.below[toks[j].Norm] || t.below[toks[j].Text] {
			return 0.001
		}
		if toks[j].Norm != "than" && toks[j].Norm != "the" {
			break
		}
	}
	return 0
}

// reportBMI applies guideline I.C.21.c.3 to the note's Z68 codes: a BMI
// is reported only beside an associated condition the provider documents
// (obesity, anorexia, malnutrition ...: data/bmi.tsv), never during a
// pregnancy, and of values that fluctuate over the encounter only the most
// severe. The value alone is a measurement, not a diagnosis.
func (e *Engine) reportBMI(codes []model.Code) []model.Code {
	return reportMeasured(codes, "Z68", e.bmi.associated, e.bmi.pregnancy, func(c model.Code) (float64, bool) {
		return e.bmi.severity(c.Code), true
	})
}

// reportMeasured keeps, of the note's codes starting with prefix (a value
// measured, not diagnosed: a BMI, a coma scale score), at most the one rank
// scores highest (the first of equals; ok false: not a candidate), and that
// one only when a present code starts with one of assoc (the condition the
// guideline reports the value with) and none with one of excl. A
// condition of the past medical history ("PMH: obesity (BMI 36)") is
// reported as the patient's (a non-Z historical code is), and a value
// stated with it in the history is then the patient's current measure too:
// it is kept and made present, not left a history Z code that is never
// reported.
func reportMeasured(codes []model.Code, prefix string, assoc, excl []string, rank func(c model.Code) (float64, bool)) []model.Code {
	n, withAssoc, histAssoc, excluded := 0, false, false, false
	for _, c := range codes {
		switch {
		case strings.HasPrefix(c.Code, prefix):
			n++
		case c.Assertion == model.Historical && hasAnyPrefix(c.Code, assoc):
			histAssoc = true
		case c.Assertion != model.Present:
		case hasAnyPrefix(c.Code, excl):
			excluded = true
		case hasAnyPrefix(c.Code, assoc):
			withAssoc = true
		}
	}
	if n == 0 {
		return codes
	}
	keep := -1
	if (withAssoc || histAssoc) && !excluded {
		var best float64
		for i, c := range codes {
			if !strings.HasPrefix(c.Code, prefix) {
				continue
			}
			if !withAssoc && c.Assertion != model.Historical {
				// A condition of the history beside a value measured now
				// ("History of morbid obesity, s/p gastric bypass. BMI 31."):
				// the value is no longer reported with it.
				continue
			}
			if r, ok := rank(c); ok && (keep < 0 || r > best) {
				keep, best = i, r
			}
		}
	}
	if keep >= 0 && codes[keep].Assertion == model.Historical {
		codes[keep].Assertion = model.Present
	}
	var drop dropSet
	for i, c := range codes {
		if i != keep && strings.HasPrefix(c.Code, prefix) {
			drop.mark(i, len(codes))
		}
	}
	return drop.apply(codes)
}

// severity is how far a Z68 code's range lies from the normal one (0 for
// a code outside the adult table, a pediatric percentile).
func (t *bmiTable) severity(code string) float64 {
	for _, r := range t.ranges {
		if r.n.code != code {
			continue
		}
		if r.hi <= t.normLo {
			return t.normLo - r.hi + 0.1
		}
		return r.lo - t.normHi + 0.1
	}
	return 0
}
