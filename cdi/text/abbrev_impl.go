package text

import (
	"maps"
	"strings"
	"sync"
)

// nearWindow is how many tokens either side "near=" rules look at.
const nearWindow = 8

// abbrevRule is one parsed context condition of a sense.
type abbrevRule struct {
	section, notSection []string
	near, notNear       map[string]bool
	upper, notUpper     bool
	upperOne            bool
	colon               bool
	nextWord, nextNum   bool
	// nextNot: words the next token must not be ("Crohn's" alone is the
	// disease, "Crohn's colitis" names its own noun; "prob COPD" is
	// probable, "prob list" a problem list). The end of the text or a
	// punctuation mark not listed passes.
	nextNot map[string]bool
	// nextIs: words one of which the next token must be ("flu given",
	// "RSV utd": a vaccine-preventable infection named right before the
	// act of giving is the vaccine, not the disease).
	nextIs map[string]bool
	// prevIs: tokens one of which must come right before the
	// abbreviation ("4+ METs", ">4 METs": a capacity at or above a
	// number is in metabolic equivalents, not metastases).
	prevIs map[string]bool
	// tail: the abbreviation closes a list item after a word ("Trigger
	// thumb L.", "Knee OA, R"): punctuation or the end follows, a word
	// precedes (not the number of "2 L").
	tail bool
	// written: the tokens' own text, when the rule asks that the
	// abbreviation be written as in the table ("mets", not the verb "met"
	// that plural normalisation makes of it).
	written []string
	// yield: the sense is the abbreviation's usual one but gives way to a
	// later sense of the same abbreviation whose rule holds with its own
	// near= words present ("OM" is otitis media unless bone words say
	// osteomyelitis: "chronic OM of the left tibia").
	yield bool
	// clause: the near= and notnear= words are looked for only in the
	// abbreviation's own clause, the window stopping at a sentence or
	// clause mark (". ; ,"): "colonoscopy due next year, flu vaccine given
	// today" gives the vaccine today, whatever the item before it says of
	// a year. A spaced dash does not stop it: what follows one qualifies
	// the item ("Flu vaccine today - declined").
	clause bool
	// notYear: no calendar year stands in the near= window ("Vaccines:
	// flu 2025 given", "Tdap given 2019"): a dose dated by its year was
	// given at an earlier visit, not this one.
	notYear bool
}

type abbrevSense struct {
	norms     []string // the abbreviation's token norms
	expansion []string // expansion words (normalised, punctuation dropped)
	words     []string // each expansion word re-tokenised into its non-empty word norms
	rule      abbrevRule
}

type abbrevData struct {
	byFirst map[string][]int // first norm -> sense indices, longest abbreviation first, file order within
	senses  []abbrevSense
	noFirst []bool // by Token.Lex: interned forms that start no abbreviation (see absentByLex)
	// firstInterned: every first word is an interned form, so a word with
	// none starts no abbreviation (wordKeysInterned).
	firstInterned bool
	// firstIdx and firstVals are byFirst by Token.Lex (see byLex).
	firstIdx  []int32
	firstVals [][]int
}

var (
	abbrevOnce sync.Once
	abbrevLex  *Abbrev
)

func loadAbbrev() *Abbrev {
	abbrevOnce.Do(func() {
		a, err := parseAbbrev(mustData("abbrev.tsv"))
		if err != nil {
			panic("text: embedded abbrev.tsv: " + err.Error())
		}
		abbrevLex = a
	})
	return abbrevLex
}

func splitBar(s string) []string {
	var out []string
	for _, x := range strings.Split(s, "|") {
		if x = strings.TrimSpace(x); x != "" {
			out = append(out, x)
		}
	}
	return out
}

func normSet(s string) map[string]bool {
	m := map[string]bool{}
	for _, x := range splitBar(s) {
		for _, t := range Tokenize(x) {
			m[t.Norm] = true
		}
	}
	return m
}

func parseRule(s string) (abbrevRule, bool) {
	var r abbrevRule
	if s == "" {
		return r, true
	}
	for _, c := range strings.Split(s, ",") {
		c = strings.TrimSpace(c)
		k, v, _ := strings.Cut(c, "=")
		switch k {
		case "section":
			r.section = splitBar(v)
		case "notsection":
			r.notSection = splitBar(v)
		case "near":
			r.near = normSet(v)
		case "notnear":
			r.notNear = normSet(v)
		case "upper":
			r.upper = true
		case "notupper":
			r.notUpper = true
		case "upperone":
			r.upperOne = true
		case "colon":
			r.colon = true
		case "nextword":
			r.nextWord = true
		case "nextnumber":
			r.nextNum = true
		case "nextnot":
			r.nextNot = normSet(v)
		case "next":
			r.nextIs = normSet(v)
		case "prev":
			r.prevIs = map[string]bool{}
			for _, x := range splitBar(v) {
				r.prevIs[x] = true
			}
		case "tail":
			r.tail = true
		case "written":
			r.written = []string{} // filled from the abbreviation by parseAbbrev
		case "yield":
			r.yield = true
		case "clause":
			r.clause = true
		case "notyear":
			r.notYear = true
		default:
			return r, false
		}
	}
	return r, true
}

func parseAbbrev(data string) (*Abbrev, error) {
	a := &Abbrev{abbrevData{byFirst: map[string][]int{}}}
	seen := map[string]bool{} // (a row written twice is a dead copy a later edit of the first misses)
	for _, f := range splitTSV(data) {
		if len(f) < 2 || f[0] == "" || f[1] == "" {
			return nil, &ErrBadData{"abbrev.tsv", joinFields(f), "want abbreviation and expansion"}
		}
		row := joinFields(f)
		if seen[row] {
			return nil, &ErrBadData{"abbrev.tsv", row, "row repeated"}
		}
		seen[row] = true
		rule := ""
		if len(f) > 2 {
			rule = f[2]
		}
		r, ok := parseRule(rule)
		if !ok {
			return nil, &ErrBadData{"abbrev.tsv", joinFields(f), "unknown rule"}
		}
		toks := Tokenize(f[0])
		if len(toks) == 0 {
			continue
		}
		sense := abbrevSense{rule: r}
		for _, t := range toks {
			sense.norms = append(sense.norms, t.Norm)
			if r.written != nil {
				sense.rule.written = append(sense.rule.written, t.Text)
			}
		}
		for _, t := range Tokenize(f[1]) {
			if t.Kind != Punct {
				sense.expansion = append(sense.expansion, t.Norm)
			}
		}
		for _, x := range sense.expansion {
			for _, t := range Tokenize(x) {
				if t.Kind != Punct && t.Norm != "" {
					sense.words = append(sense.words, t.Norm)
				}
			}
		}
		a.senses = append(a.senses, sense)
		k := sense.norms[0]
		a.byFirst[k] = append(a.byFirst[k], len(a.senses)-1)
	}
	for k, list := range a.byFirst {
		// stable insertion sort by abbreviation length, longest first
		for i := 1; i < len(list); i++ {
			for j := i; j > 0 && len(a.senses[list[j]].norms) > len(a.senses[list[j-1]].norms); j-- {
				list[j], list[j-1] = list[j-1], list[j]
			}
		}
		a.byFirst[k] = list
	}
	a.noFirst = absentByLex(func(w string) bool { _, ok := a.byFirst[w]; return ok })
	a.firstInterned = wordKeysInterned(maps.Keys(a.byFirst))
	a.firstIdx, a.firstVals = byLex(a.byFirst)
	return a, nil
}

// Len reports how many abbreviation senses the lexicon holds (for tests and
// the start-up log).
func (a *Abbrev) Len() int { return len(a.senses) }

func (a *Abbrev) expand(toks []Token, i int, section string) ([]string, int, bool) {
	if s := a.match(toks, i, section); s != nil {
		return s.expansion, len(s.norms), true
	}
	return nil, 0, false
}

// match returns the first sense starting at toks[i] whose tokens and context
// rule fit, or nil. A fitting sense marked yield is returned only when no
// later sense of the same abbreviation fits with its near= words present.
func (a *Abbrev) match(toks []Token, i int, section string) *abbrevSense {
	if i < 0 || i >= len(toks) || absentWord(a.noFirst, a.firstInterned, &toks[i]) {
		return nil
	}
	var yielded *abbrevSense
	var senses []int
	if l := toks[i].Lex; l != 0 && int(l) < len(a.firstIdx) {
		if k := a.firstIdx[l]; k != 0 {
			senses = a.firstVals[k-1]
		}
	} else {
		senses = a.byFirst[toks[i].Norm]
	}
	for _, si := range senses {
		s := &a.senses[si]
		n := len(s.norms)
		if i+n > len(toks) {
			continue
		}
		if yielded != nil && (n != len(yielded.norms) || s.rule.near == nil) {
			continue // only a later sense that names its context words
		}
		match := true
		for k := 1; k < n; k++ {
			if toks[i+k].Norm != s.norms[k] {
				match = false
				break
			}
		}
		if match && s.rule.holds(toks, i, n, section) {
			if s.rule.yield && yielded == nil {
				yielded = s
				continue
			}
			return s
		}
	}
	return yielded
}

// afterWord reports a word before toks[i], or a word and a comma ("knee OA,
// R").
func afterWord(toks []Token, i int) bool {
	if i > 0 && toks[i-1].Norm == "," {
		i--
	}
	return i > 0 && toks[i-1].Kind == Word
}

func isUpperToken(t string) bool {
	letters := 0
	for i := 0; i < len(t); i++ {
		c := t[i]
		if c >= 'a' && c <= 'z' {
			return false
		}
		if c >= 'A' && c <= 'Z' {
			letters++
		}
	}
	return letters > 0
}

func (r *abbrevRule) holds(toks []Token, i, n int, section string) bool {
	t := toks[i]
	if r.upper && !isUpperToken(t.Text) && !isUpperPlural(t.Text) {
		// ("AKs", "SKs": the plural of a capital abbreviation.)
		return false
	}
	if r.notUpper && isUpperToken(t.Text) && len(t.Text) > 1 {
		return false
	}
	if r.upperOne && !(len(t.Text) == 1 && t.Text[0] >= 'A' && t.Text[0] <= 'Z') {
		return false
	}
	if len(r.section) > 0 && !contains(r.section, section) {
		return false
	}
	if len(r.notSection) > 0 && contains(r.notSection, section) {
		return false
	}
	if r.written != nil {
		for k := 0; k < n && k < len(r.written); k++ {
			if !strings.EqualFold(toks[i+k].Text, r.written[k]) {
				return false
			}
		}
	}
	next := i + n
	if r.colon && (next >= len(toks) || toks[next].Norm != ":") {
		return false
	}
	if r.nextWord && (next >= len(toks) || toks[next].Kind != Word) {
		return false
	}
	if r.nextNot != nil && next < len(toks) && r.nextNot[toks[next].Norm] && !spacedDash(toks, next) {
		return false
	}
	if r.nextIs != nil && (next >= len(toks) || !r.nextIs[toks[next].Norm]) {
		return false
	}
	if r.prevIs != nil && (i == 0 || !r.prevIs[toks[i-1].Norm]) {
		return false
	}
	if r.tail && (next < len(toks) && toks[next].Kind != Punct || !afterWord(toks, i)) {
		return false
	}
	if r.nextNum {
		k := next
		if k+1 < len(toks) && toks[k].Norm == "-" && toks[k].Start == t.End && toks[k+1].Start == toks[k].End {
			k++ // "CA-125": the number written on with a hyphen
		}
		if k >= len(toks) || toks[k].Kind != Number {
			return false
		}
	}
	if r.near != nil || r.notNear != nil || r.notYear {
		lo, hi := i-nearWindow, next+nearWindow
		if lo < 0 {
			lo = 0
		}
		if hi > len(toks) {
			hi = len(toks)
		}
		if r.clause {
			for k := i - 1; k >= lo; k-- {
				if clauseMark(toks, k) {
					lo = k + 1
					break
				}
			}
			for k := next; k < hi; k++ {
				if clauseMark(toks, k) {
					hi = k
					break
				}
			}
		}
		found, formula, weeks := false, false, false
		for k := lo; k < hi; k++ {
			if k >= i && k < next {
				continue
			}
			if r.notNear[toks[k].Norm] {
				return false
			}
			if r.notYear && calendarYear(toks[k]) {
				return false
			}
			if r.near[toks[k].Norm] {
				found = true
			}
			if r.near["gravida"] {
				formula = formula || obstetricFormula(toks[k].Norm)
				weeks = weeks || k > 0 && toks[k-1].Kind == Number && gestUnit(toks[k].Norm)
			}
		}
		// An obstetric formula ("G3P2") stands for "gravida" when the
		// weeks of a pregnancy come with it ("G3P2 at 36 weeks"): on its
		// own it is also the obstetric history of a woman not pregnant
		// now (a gynaecology note).
		found = found || formula && weeks
		if r.near != nil && !found {
			return false
		}
	}
	return true
}

// obstetricFormula reports a normalised token that is an obstetric formula
// ("g3p2", "g1p0a0", "g4p3003"): a gravida count followed by a para count,
// which says "gravida" as plainly as the word does.
func obstetricFormula(n string) bool {
	if len(n) < 4 || n[0] != 'g' || n[1] < '0' || n[1] > '9' {
		return false
	}
	i := 1
	for i < len(n) && n[i] >= '0' && n[i] <= '9' {
		i++
	}
	return i+1 < len(n) && n[i] == 'p' && n[i+1] >= '0' && n[i+1] <= '9'
}

// gestUnit reports the normalised unit of a gestational age ("36 weeks",
// "36 wks", "36w"; data/gest_units.txt).
func gestUnit(n string) bool { return gestUnits()[n] }

// gestUnits is data/gest_units.txt, read once.
var gestUnits = sync.OnceValue(func() map[string]bool {
	m := map[string]bool{}
	for _, f := range splitTSV(mustData("gest_units.txt")) {
		m[f[0]] = true
	}
	return m
})

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// spacedDash reports whether toks[k] is a hyphen written with a space before
// it ("e-cigarette - discussed the patch"): a dash that separates a list item
// from its comment, not the hyphen that joins the next word on
// ("e-cigarette-associated"), which a nextnot "-" is written for.
func spacedDash(toks []Token, k int) bool {
	return toks[k].Norm == "-" && k > 0 && toks[k].Start > toks[k-1].End
}

// clauseMark reports a token that ends a clause for the "clause" rule: a
// full stop, semicolon or comma.
func clauseMark(toks []Token, k int) bool {
	switch toks[k].Norm {
	case ".", ";", ",":
		return toks[k].Kind == Punct
	}
	return false
}

// calendarYear reports a number token written as a year of the last two
// centuries ("2019"), the date of a past dose in a vaccine list.
func calendarYear(t Token) bool {
	x := t.Text
	return t.Kind == Number && len(x) == 4 && (x[:2] == "19" || x[:2] == "20") &&
		x[2] >= '0' && x[2] <= '9' && x[3] >= '0' && x[3] <= '9'
}
