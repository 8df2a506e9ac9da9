package coder

import (
	"notecoder/cdi/model"
	"notecoder/cdi/text"
	"slices"
	"strconv"
	"strings"
	"sync"

	"notecoder/cdi/codeset"
)

// Weeks of gestation on the maternal record (guideline I.C.15.a.3 and
// I.C.15.b.3): a problem line names the pregnancy by its complication and its
// weeks ("preeclampsia at 35 weeks", "preterm labor, 33 weeks"). The weeks
// give the Z3A code that accompanies the chapter 15 code and the trimester
// the code's axis asks for: the first trimester is less than 14 weeks 0
// days, the second 14 weeks 0 days to less than 28 weeks 0 days, the third
// 28 weeks 0 days until delivery.

// gestation is "Pregnancy, weeks of gestation" of the index: its code per
// week, the codes before and after the listed weeks, and the words of the
// trimester titles.
type gestation struct {
	byWeek          map[int]string
	weekOf          map[string]int // byWeek reversed
	first, last     int
	less, more      string
	wTrimester      wid
	wFirst, wSecond wid
	wThird          wid
	// wPrevious is the word of the codes whose axis is a past event
	// ("scar from previous cesarean delivery").
	wPrevious wid
	// comp are the O98/O99/O9A "Conditions in" ranges and elsewhere the
	// conditions chapter 15 codes in a category of their own.
	comp []complicating
	// listed are data/pregnancy_conditions.tsv: code prefixes (lo) the
	// guidelines send to a subcategory, Z22 carrier states among them.
	listed    []complicating
	elsewhere []string
	// complicatedBy is "Pregnancy, complicated by": the maternal codes of
	// conditions read in a current pregnancy (fetal growth retardation is
	// O36.59-, not the child's R62.50).
	complicatedBy *node
	// subPaths and aliases are data/pregnancy_subterms.tsv: the subterm
	// paths of a condition's own main term that name a current pregnancy,
	// and the note's words for a subterm title.
	subPaths  [][]string
	aliases   map[string][]wid
	selfTerms []string
	// weeks are "Pregnancy, complicated by" subterms that the weeks of
	// gestation of the sentence name by themselves, with the weeks they
	// cover ("early" before 20: "bleeding at 8 weeks" is the hemorrhage in
	// early pregnancy, O20.9; 0 is weeks not given).
	weeks map[string][][2]int
	// paired are the categories a chapter 15 code's own "use additional
	// code" note names (I11 for O10.1-, E11 for O24.1-).
	paired map[string]bool
	// pairedBy are the chapter 15 codes, down to their "complicating
	// pregnancy" subcategory, whose inclusion term takes any condition of
	// a category their note pairs them with ("Any condition in I11
	// specified as a reason for obstetric care": O10.11-).
	pairedBy map[string]string
	// anyIn are the chapter 15 subcategories whose inclusion term takes
	// any condition of a category ("Any condition in I10 specified as a
	// reason for obstetric care": O10.0), by that category.
	anyIn map[string]*codeset.Code
	// inPreg are chapter 15's inclusion terms "X in pregnancy"
	// ("Pyelonephritis in pregnancy", O23.0): the words of X and the code.
	inPreg []inclusionPreg
}

// inclusionPreg is one "X in pregnancy" inclusion term of chapter 15.
type inclusionPreg struct {
	ws   []wid
	code string
}

// loadGestation reads the weeks from the index entry, so the codes are the
// code set's own.
func (e *Engine) loadGestation() {
	g := &e.gest
	g.byWeek = map[int]string{}
	g.wTrimester = e.lx.v.get(normOne("trimester"))
	g.wFirst = e.lx.v.get(normOne("first"))
	g.wSecond = e.lx.v.get(normOne("second"))
	g.wThird = e.lx.v.get(normOne("third"))
	g.wPrevious = e.lx.v.get(normOne("previous"))
	g.complicatedBy = e.ix.entry("pregnancy>complicated by")
	n := e.ix.entry("pregnancy>weeks of gestation")
	if n == nil {
		return
	}
	for _, k := range n.kids {
		t := stripTitle(k.title)
		num, rest, _ := strings.Cut(t, " ")
		if v, err := strconv.Atoi(num); err == nil && rest == "weeks" && k.code != "" {
			g.byWeek[v] = k.code
			if g.weekOf == nil {
				g.weekOf = map[string]int{}
			}
			g.weekOf[k.code] = v
			if g.first == 0 || v < g.first {
				g.first = v
			}
			g.last = max(g.last, v)
			continue
		}
		switch {
		case strings.HasPrefix(t, "less than"):
			g.less = k.code
		case strings.HasPrefix(t, "greater than"):
			g.more = k.code
		}
	}
}

// weeksCode returns the Z3A code of a week of gestation.
func (g *gestation) weeksCode(weeks int) string {
	switch {
	case weeks < g.first:
		return g.less
	case weeks > g.last:
		return g.more
	}
	return g.byWeek[weeks]
}

// trimesterWord returns the ordinal of the trimester a week falls in.
func (g *gestation) trimesterWord(weeks int) wid {
	switch {
	case weeks < 14:
		return g.wFirst
	case weeks < 28:
		return g.wSecond
	}
	return g.wThird
}

// durationWords are data/gestation_duration.tsv: the words after "N weeks"
// ("2 weeks ago", "6 weeks postpartum") and right before the number ("for 3
// weeks", "over the last 2 weeks") that make it a duration, not the age of a
// pregnancy.
var durationWords = sync.OnceValues(func() (after, before []string) {
	k := keyed("gestation_duration.tsv")
	for _, w := range k["after"] {
		after = append(after, strings.ToLower(w))
	}
	for _, w := range k["before"] {
		before = append(before, strings.ToLower(w))
	}
	return after, before
})

// candWeeks is gestWeeks over the statement of c's sentence that holds its
// head: a spaced dash parts a problem-list line's diagnosis from its plan
// ("Gestational diabetes, diet controlled - GTT at 6 weeks"), and the
// plan's weeks are no gestation.
func candWeeks(s string, c *cand, vts []vt) (int, int, int) {
	lo, hi := int(c.sentS), min(int(c.sentE), len(s))
	if c.head >= 0 && c.head < len(vts) {
		at := int(vts[c.head].start)
		for _, d := range [...]string{" - ", " – ", " — "} {
			if i := strings.LastIndex(s[lo:min(at, hi)], d); i >= 0 {
				lo = max(lo, lo+i+len(d))
			}
			if at < hi {
				if i := strings.Index(s[at:hi], d); i >= 0 {
					hi = at + i
				}
			}
		}
	}
	return gestWeeks(s, lo, hi)
}

// gestWeeks finds the weeks of gestation written in s[lo:hi] ("at 32
// weeks", ", 28 wks", "32+3 weeks", "36w"): the whole weeks and the span of
// the mention, or -1 (the units are data/units.tsv's weeks rows). A
// duration ("for 2 weeks", "3 weeks ago") is not a pregnancy's age.
func gestWeeks(s string, lo, hi int) (int, int, int) {
	hi = min(hi, len(s))
	nw := numberWords()
	for i := lo; i < hi; i++ {
		if c := s[i]; !isDigit(c) && !nw.starts(c) {
			continue // (most bytes: one table read, before the byte before is asked)
		}
		if i > lo && (isDigit(s[i-1]) || isLetter(s[i-1]) || s[i-1] == '+' || s[i-1] == '/' || s[i-1] == '.') {
			continue
		}
		var v, j int
		if isDigit(s[i]) {
			j = i
			for j < hi && isDigit(s[j]) {
				j++
			}
			if j-i > 2 {
				i = j
				continue
			}
			v, _ = strconv.Atoi(s[i:j])
		} else if !nw.starts(s[i]) || !isLetter(s[i]) {
			continue
		} else if n, end, ok := nw.wordsAt(s, i, hi); ok {
			// "twenty-eight weeks", dictated (data/number_words.tsv).
			v, j = n, end
		} else {
			continue
		}
		k := j
		// Days after the weeks: "32+3", "32 3/7".
		if k+1 < hi && s[k] == '+' && isDigit(s[k+1]) {
			k += 2
		} else if k+4 <= hi && s[k] == ' ' && isDigit(s[k+1]) && s[k+2] == '/' && s[k+3] == '7' {
			k += 4
		}
		unit, u := unitAt(s, k, hi, true)
		if !units().weeks[unit] {
			i = j
			continue
		}
		if durationAround(s, lo, i, u, hi) || v == 0 {
			i = j
			continue
		}
		return v, i, u
	}
	return -1, 0, 0
}

// durationAround reports a duration word right before the number at i or
// right after the unit ending at u.
func durationAround(s string, lo, i, u, hi int) bool {
	afterWeeks, beforeWeeks := durationWords()
	rest := strings.ToLower(strings.TrimLeft(s[u:hi], " "))
	for _, a := range afterWeeks {
		if strings.HasPrefix(rest, a) && (len(rest) == len(a) || !isLetter(rest[len(a)])) {
			return true
		}
	}
	b := strings.TrimRight(s[lo:i], " ")
	k := len(b)
	for k > 0 && isLetter(b[k-1]) {
		k--
	}
	prev := strings.ToLower(b[k:])
	for _, x := range beforeWeeks {
		if prev == x {
			return true
		}
		// A row of several words ("dx at") is the words right before the
		// number, the first one starting a word.
		if sp := strings.LastIndexByte(x, ' '); sp > 0 && prev == x[sp+1:] {
			head := strings.TrimRight(b[:k], " ")
			if n := len(head) - sp; n >= 0 && strings.EqualFold(head[n:], x[:sp]) && (n == 0 || !isLetter(head[n-1])) {
				return true
			}
		}
	}
	return false
}

func isLetter(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }
func isDigit(c byte) bool  { return c >= '0' && c <= '9' }

// trimesterSibling returns the code of the same parent titled as c with the
// trimester named ("..., third trimester" for "..., unspecified
// trimester"), or nil.
func (e *Engine) trimesterSibling(c *codeset.Code, ordinal string) *codeset.Code {
	want := strings.Replace(c.Title, "unspecified trimester", ordinal+" trimester", 1)
	for _, k := range e.cs.Children(c.Parent) {
		if k != c && k.Title == want {
			return k
		}
	}
	return nil
}

// Conditions complicating a current pregnancy (guideline I.C.15.a.1): a
// provider's note about a pregnant patient is assumed to treat the
// pregnancy as complicated by every current condition unless it says the
// condition is incidental, so the chapter 15 code "... complicating
// pregnancy" is reported, with the condition's own code as its "use
// additional code" note asks. The tabular gives the mapping: each O98/O99/O9A
// subcategory includes "Conditions in E00-E89" (and so on), and its
// "complicating pregnancy" child is split by trimester.

// complicating is one chapter range of an O98/O99/O9A "includes: Conditions
// in ..." note and the code that carries it.
type complicating struct {
	lo, hi string
	code   *codeset.Code
	// chapter is set instead of lo and hi by a note that names a whole
	// chapter ("Maternal infectious and parasitic diseases ...: use
	// additional code (Chapter 1)"): the codes of that chapter no
	// narrower range includes.
	chapter int
}

// complicatingCategories is data/pregnancy_complicating.txt: the chapter 15
// categories of other chapters' conditions complicating pregnancy (O98,
// O99, O9A), whose inclusion notes loadComplicating reads.
var complicatingCategories = sync.OnceValue(func() []string {
	var out []string
	for _, l := range lines("pregnancy_complicating.txt") {
		out = append(out, strings.TrimSpace(l))
	}
	return out
})

// loadComplicating reads the "Conditions in" ranges below O98, O99 and O9A, the
// codes their own "use additional code" notes name, the conditions the
// guidelines add to them (data/pregnancy_conditions.tsv), and
// data/pregnancy_elsewhere.txt: the conditions chapter 15 classifies in a
// category of its own (the excludes notes of O99).
func (e *Engine) loadComplicating() {
	var walk func(c *codeset.Code)
	walk = func(c *codeset.Code) {
		for _, in := range c.Inclusion {
			const p = "conditions in "
			if len(in) <= len(p) || !strings.EqualFold(in[:len(p)], p) {
				continue
			}
			for _, r := range strings.FieldsFunc(strings.ReplaceAll(in[len(p):], " and ", ","), func(r rune) bool { return r == ',' }) {
				lo, hi, ok := strings.Cut(strings.TrimSpace(r), "-")
				if !ok {
					hi = lo
				}
				if len(lo) >= 3 && len(hi) >= 3 {
					e.gest.comp = append(e.gest.comp, complicating{lo: lo[:3], hi: hi[:3], code: c})
				}
			}
		}
		for _, n := range c.UseAdditional {
			// "Alcohol use complicating pregnancy ...: use additional
			// code(s) from F10 to identify manifestations": the
			// substance use subcategories (O99.31-O99.33) name their
			// conditions in a use-additional note, not an includes note.
			// Only the notes written at the code itself, and not the
			// ones that name someone else (the perpetrator of abuse).
			if n.From != c.Code || containsFold(n.Text, "perpetrator") {
				continue
			}
			if ch := chapterNamed(n.Text); ch > 0 {
				e.gest.comp = append(e.gest.comp, complicating{code: c, chapter: ch})
			}
			for _, r := range n.Codes {
				if len(r) >= 3 {
					e.gest.comp = append(e.gest.comp, complicating{lo: r[:3], hi: r[:3], code: c})
				}
			}
		}
		for _, k := range e.cs.Children(c.Code) {
			walk(k)
		}
	}
	// O98 is the same for Chapter 1: "Syphilis complicating pregnancy"
	// includes "Conditions in A50-A53".
	for _, top := range complicatingCategories() {
		if c, ok := e.cs.Lookup(top); ok {
			walk(c)
		}
	}
	for _, f := range rows("pregnancy_conditions.tsv") {
		if len(f) < 2 {
			continue
		}
		if c, found := e.cs.Lookup(f[1]); found && len(f[0]) >= 3 {
			e.gest.listed = append(e.gest.listed, complicating{lo: f[0], code: c})
		}
	}
	e.gest.elsewhere = lines("pregnancy_elsewhere.txt")
	e.gest.paired = map[string]bool{}
	e.gest.pairedBy = map[string]string{}
	for _, c := range e.cs.All() {
		if c.Chapter != 15 {
			continue
		}
		anyIn := false
		for _, in := range c.Inclusion {
			if rest, ok := strings.CutPrefix(in, "Any condition in "); ok && len(rest) >= 3 {
				anyIn = true
				if e.gest.anyIn == nil {
					e.gest.anyIn = map[string]*codeset.Code{}
				}
				e.gest.anyIn[rest[:3]] = c
			}
		}
		for _, n := range c.UseAdditional {
			if strings.HasPrefix(n.From, "O") {
				for _, r := range n.Codes {
					if len(r) >= 3 && r[0] != 'Z' && r[0] != 'O' {
						e.gest.paired[r[:3]] = true
						if pk := e.pregnancyChild(c); anyIn && n.From == c.Code && pk != "" {
							e.gest.pairedBy[r[:3]] = pk
						}
					}
				}
			}
		}
		for _, in := range c.Inclusion {
			x, ok := strings.CutSuffix(in, " in pregnancy")
			if !ok || strings.Contains(x, " arising") {
				continue
			}
			if ws := e.lx.ids(strings.TrimSuffix(x, " NOS")); len(ws) > 0 {
				e.gest.inPreg = append(e.gest.inPreg, inclusionPreg{ws: ws, code: c.Code})
			}
		}
	}
	e.gest.aliases = map[string][]wid{}
	e.gest.weeks = map[string][][2]int{}
	for _, f := range rows("pregnancy_subterms.tsv") {
		switch {
		case len(f) == 2 && f[0] == "path":
			e.gest.subPaths = append(e.gest.subPaths, strings.Split(f[1], ">"))
		case len(f) == 2 && f[0] == "self":
			e.gest.selfTerms = append(e.gest.selfTerms, f[1])
		case len(f) == 4 && f[0] == "weeks":
			lo, err1 := strconv.Atoi(f[2])
			hi, err2 := strconv.Atoi(f[3])
			if err1 == nil && err2 == nil {
				e.gest.weeks[f[1]] = append(e.gest.weeks[f[1]], [2]int{lo, hi})
			}
		case len(f) == 3 && f[0] == "alias":
			for _, x := range strings.Fields(f[2]) {
				e.gest.aliases[f[1]] = append(e.gest.aliases[f[1]], e.lx.v.get(normOne(x)))
			}
		}
	}
}

// pregnancyChild returns the code of c's only "complicating pregnancy"
// child, with a dash when it has children of its own (O10.11-), or "".
func (e *Engine) pregnancyChild(c *codeset.Code) string {
	out := ""
	for _, k := range e.cs.Children(c.Code) {
		if strings.HasSuffix(k.Title, "complicating pregnancy") {
			if out != "" {
				return ""
			}
			out = k.Code
			if len(e.cs.Children(k.Code)) > 0 {
				out += "-"
			}
		}
	}
	return out
}

// classedElsewhere reports a condition chapter 15 classifies in a category
// of its own (data/pregnancy_elsewhere.txt).
func (g *gestation) classedElsewhere(cond string) bool {
	for _, p := range g.elsewhere {
		if strings.HasPrefix(cond, p) {
			return true
		}
	}
	return false
}

// mainTermPregnancy reads a condition of a current pregnancy through the
// subterm of its own main term that names the pregnancy
// ("Hypertension, complicating, pregnancy" O16.-, and below it "pre-existing,
// essential" O10.01-): the deepest subterm path whose words are all in the
// mention's near window, a subterm without its words passed over when one
// below it has them ("pre-existing" for "type 2"), else the pregnancy
// subterm's own code. It returns "" when the main term has no such subterm
// or it gives no chapter 15 code.
func (e *Engine) mainTermPregnancy(w *walker, c *cand) (string, []int) {
	if c.tab || c.why.k == 0 {
		return "", nil
	}
	return e.pregnancySubterm(w, c.why.parts[0].n, "")
}

// pregnancySubterm is mainTermPregnancy below the main term of n; with
// cat, only a code of that category counts.
func (e *Engine) pregnancySubterm(w *walker, n *node, cat string) (string, []int) {
	root := n
	for root != nil && root.parent != nil {
		root = root.parent
	}
	if root == nil {
		return "", nil
	}
	for _, path := range e.gest.subPaths {
		sub := root
		for _, t := range path {
			if sub = childByTitleMode(sub, t, true); sub == nil {
				break
			}
		}
		if sub == nil {
			continue
		}
		code, pos := sub.code, []int(nil)
		var walk func(n *node, got []int, depth int, skipped bool)
		walk = func(n *node, got []int, depth int, skipped bool) {
			for _, k := range n.kids {
				g, ok := w.wordsIn(k.req, got)
				for ai := 0; !ok && ai < len(k.alts); ai++ {
					g, ok = w.wordsIn(k.alts[ai], got)
				}
				for _, a := range e.gest.aliases[k.lt] {
					if !ok {
						g, ok = w.wordsIn([]wid{a}, got)
					}
				}
				if !ok || len(g) == len(got) {
					if !skipped && depth < 3 {
						walk(k, got, depth+1, true)
					}
					continue
				}
				if k.code != "" && k.code[0] == 'O' && len(g) > len(pos) && strings.HasPrefix(k.code, cat) {
					code, pos = k.code, append([]int(nil), g...)
				}
				if depth < 3 {
					walk(k, g, depth+1, skipped)
				}
			}
		}
		walk(sub, nil, 1, false)
		if code != "" && code[0] == 'O' && strings.HasPrefix(code, cat) {
			return code, pos
		}
	}
	return "", nil
}

// askedPregnancyCode returns the chapter 15 code that the note of c's own
// chapter 15 code asks for beside it ("Pre-existing hypertension with
// pre-eclampsia": "use additional code from O10 to identify the type of
// hypertension"), read through the pregnancy subterms of the main term c's
// index path ended in ("Hypertension, complicating, pregnancy,
// pre-existing, essential" O10.01-), or "".
func (e *Engine) askedPregnancyCode(w *walker, c *cand) string {
	if c.tab || c.why.k == 0 || len(c.code) < 3 {
		return ""
	}
	oc, ok := e.cs.Lookup(c.code[:3])
	if !ok {
		return ""
	}
	// The words the code was read from bound the window too: "with
	// preeclampsia and pre-existing hypertension" was read across the "and".
	pw := *w
	for _, p := range c.pos {
		pw.lo, pw.hi = min(pw.lo, p), max(pw.hi, p+1)
	}
	for _, n := range oc.UseAdditional {
		if n.From != oc.Code {
			continue
		}
		for _, r := range n.Codes {
			if len(r) >= 3 && r[0] == 'O' && r[:3] != oc.Code {
				if code, _ := e.pregnancySubterm(&pw, c.why.parts[c.why.k-1].n, r[:3]); code != "" {
					return code
				}
			}
		}
	}
	return ""
}

// inclusionPregnancy returns the chapter 15 code whose inclusion term "X in
// pregnancy" names the mention (its head word among X's words, all in the
// near window), and their positions, or "".
func (e *Engine) inclusionPregnancy(w *walker, c *cand) (string, []int) {
	for _, ip := range e.gest.inPreg {
		if got, ok := w.wordsIn(ip.ws, nil); ok && slices.Contains(got, c.head) {
			return ip.code, got
		}
	}
	return "", nil
}

// asksFor reports whether the tabular notes of the chapter 15 code oc ask
// for the condition's own code beside it ("Pre-existing type 2 diabetes
// mellitus, in pregnancy: use additional code from category E11"); when not
// (O10.0, O16, O23), the chapter 15 code replaces the condition's.
func (e *Engine) asksFor(oc, cond string) bool {
	c, ok := e.cs.Lookup(strings.TrimRight(oc, "-"))
	if !ok {
		return false
	}
	for _, n := range c.UseAdditional {
		for _, r := range n.Codes {
			if len(r) >= 3 && strings.HasPrefix(cond, r[:3]) {
				return true
			}
		}
	}
	return false
}

// complicatingCode returns the "... complicating pregnancy" code for a
// condition code in the trimester named by ordinal ("" when unknown), or ""
// when no O98/O99/O9A range includes it or chapter 15 has a category of its own
// for it.
func (e *Engine) complicatingCode(cond, ordinal string) string {
	var n, whole *codeset.Code
	for _, r := range e.gest.listed {
		if strings.HasPrefix(cond, r.lo) && (n == nil || len(r.code.Code) > len(n.Code)) {
			n = r.code
		}
	}
	if n == nil && (len(cond) < 3 || cond[0] == 'O' || cond[0] == 'Z' || cond[0] == 'R' || e.gest.classedElsewhere(cond)) {
		return ""
	}
	cat := cond[:3]
	ct, _ := e.cs.Lookup(cond)
	listed := n != nil
	for _, r := range e.gest.comp {
		if listed {
			break // the guidelines' subcategory (data/pregnancy_conditions.tsv)
		}
		if r.chapter > 0 {
			if ct != nil && ct.Chapter == r.chapter && !agentOrSequela(e.cs, cat) {
				whole = r.code
			}
			continue
		}
		if cat >= r.lo && cat <= r.hi && (n == nil || len(r.code.Code) > len(n.Code)) {
			n = r.code // the narrowest note wins (O99.34 within O99.3)
		}
	}
	if n == nil {
		n = whole // the "Other ..." subcategory of the chapter's category
	}
	if n == nil {
		return ""
	}
	return e.descendPregnancy(n, ct, ordinal)
}

// descendPregnancy returns the billable "complicating pregnancy" code below
// n for the condition ct in the trimester named by ordinal (pregnancyKid),
// or "".
func (e *Engine) descendPregnancy(n, ct *codeset.Code, ordinal string) string {
	for n != nil {
		kids := e.cs.Children(n.Code)
		if len(kids) == 0 {
			if !n.Billable {
				return ""
			}
			return n.Code
		}
		n = e.pregnancyKid(kids, ct, ordinal)
	}
	return ""
}

// pregnancyKid picks the child to descend: the trimester of the
// "complicating pregnancy" codes (unspecified when the note names none), the
// only "complicating pregnancy" child, or among subcategories the one named
// by the condition's title ("Obesity complicating ...") or else "Other ...".
func (e *Engine) pregnancyKid(kids []*codeset.Code, cond *codeset.Code, ordinal string) *codeset.Code {
	var only, unspec, named, other *codeset.Code
	nPreg := 0
	for _, k := range kids {
		t := k.Title
		if containsFold(t, "pregnancy") && !containsFold(t, "childbirth") && !containsFold(t, "puerperium") {
			nPreg++
			only = k
			switch {
			case ordinal != "" && containsFold(t, ", "+ordinal+" trimester"):
				return k
			case containsFold(t, "unspecified trimester"):
				unspec = k
			}
			continue
		}
		lead, _, ok := strings.Cut(t, " complicating")
		switch {
		case !ok:
		case strings.HasPrefix(lead, "Other "):
			other = k
		case cond != nil && len(cond.Title) > len(lead) && strings.EqualFold(cond.Title[:len(lead)], lead) && !isLetter(cond.Title[len(lead)]):
			named = k
		}
	}
	switch {
	case unspec != nil:
		return unspec
	case nPreg == 1:
		return only
	case nPreg > 1:
		return nil
	case named != nil:
		return named
	}
	return other
}

// agentOrSequela reports a category that names no condition of its own:
// the organisms "as the cause of diseases classified elsewhere" (B95-B97)
// that accompany a condition's code, and the sequelae (B90-B94) whose
// residual condition is coded instead.
func agentOrSequela(cs *codeset.Set, cat string) bool {
	c, ok := cs.Lookup(cat)
	return ok && (containsFold(c.Title, "classified elsewhere") || strings.HasPrefix(c.Title, "Sequelae"))
}

// chapterNamed returns N of a note naming "(Chapter N)", or 0.
func chapterNamed(t string) int {
	_, rest, ok := strings.Cut(t, "(Chapter ")
	if !ok {
		return 0
	}
	num, _, _ := strings.Cut(rest, ")")
	v, err := strconv.Atoi(strings.TrimSpace(num))
	if err != nil {
		return 0
	}
	return v
}

// pastPregnancy is data/pregnancy_past.txt: the words that put a sentence's
// pregnancy in the past or on someone else.
var pastPregnancy = sync.OnceValue(func() []string {
	var out []string
	for _, l := range lines("pregnancy_past.txt") {
		out = append(out, strings.ReplaceAll(strings.TrimSpace(l), "_", " "))
	}
	return out
})

// currentPregnancy reports whether s[lo:hi] documents a current pregnancy
// ("pregnant", "in pregnancy", "during pregnancy", "G2P1 at 30 weeks") with
// nothing putting it in the past, and the trimester ordinal it names
// ("first trimester"), if any.
func currentPregnancy(s string, lo, hi int) (bool, string) {
	t := s[lo:min(hi, len(s))]
	if !pregnancyCue(t) {
		return false, ""
	}
	for _, p := range pastPregnancy() {
		if containsFold(t, p) {
			return false, ""
		}
	}
	for _, o := range []string{"first", "second", "third"} {
		if containsFold(t, o+" trimester") {
			return true, o
		}
	}
	return true, ""
}

// pregnancyCue reports whether t names a pregnancy as the patient's state
// ("pregnant", "in pregnancy", "during pregnancy", "pregnancy complicated
// by", "G2P1 at 30 weeks"), whenever it was. An obstetric formula alone is
// the obstetric history every woman's note gives ("G2P2, last pregnancy in
// 2015"): it names a pregnancy only with the weeks of one.
func pregnancyCue(t string) bool {
	// Most sentences name no pregnancy: one fast search rules them out
	// before the case-folded reads.
	if !pregnancyNamed(t) {
		return false
	}
	for _, c := range pregnancyCues().cues {
		if containsFold(t, c) {
			return true
		}
	}
	if !gravida(t) {
		return false
	}
	w, _, _ := gestWeeks(t, 0, len(t))
	return w > 0
}

// indexFrom is strings.IndexByte from position i, in t's positions.
func indexFrom(t string, i int, c byte) int {
	if k := strings.IndexByte(t[i:], c); k >= 0 {
		return i + k
	}
	return -1
}

// gravida reports an obstetric formula "G2P1" (gravida, para) in t.
func gravida(t string) bool { return gravidaAt(t, 0) >= 0 }

// gravidaAt returns the position of the first obstetric formula in t at or
// after from, or -1.
func gravidaAt(t string, from int) int {
	// The next "G" and "g" are found with IndexByte (the real-time path
	// scans the whole note on every keystroke) and kept until passed.
	nextG, nextg := -2, -2
	for i := from; i+3 < len(t); i++ {
		if nextG != -1 && nextG < i {
			nextG = indexFrom(t, i, 'G')
		}
		if nextg != -1 && nextg < i {
			nextg = indexFrom(t, i, 'g')
		}
		switch {
		case nextG < 0 && nextg < 0:
			return -1
		case nextG < 0 || nextg >= 0 && nextg < nextG:
			i = nextg
		default:
			i = nextG
		}
		if i+3 >= len(t) {
			return -1
		}
		if (i == 0 || !isLetter(t[i-1]) && !isDigit(t[i-1])) && isDigit(t[i+1]) {
			j := i + 1
			for j < len(t) && isDigit(t[j]) {
				j++
			}
			if j < len(t) && (t[j] == 'P' || t[j] == 'p') && j+1 < len(t) && isDigit(t[j+1]) {
				return i
			}
			// A first pregnancy written with its gravida alone and the
			// weeks right after ("23 yo G1 at 10w5d"): no grade or
			// stage is "at" a time.
			if j+4 <= len(t) && t[j] == ' ' && (t[j+1] == 'a' || t[j+1] == 'A') && (t[j+2] == 't' || t[j+2] == 'T') && t[j+3] == ' ' {
				return i
			}
		}
	}
	return -1
}

// complicatedByCode reads a condition of a current pregnancy through
// "Pregnancy, complicated by" (guideline I.C.15.a.1: chapter 15 codes have
// sequencing priority over codes from other chapters): when a subterm path
// of the entry, at most three levels deep, has all its words in the
// mention's near window, the condition's head word among them, the code of
// the path naming the most words replaces the condition's own. It returns
// "" and no positions when the entry names no such path. (The walker's own
// descent is not used: it skips a word before a test noun, and "growth" is
// one.) With skip, a subterm without its words is passed over, once, when
// one below it has them ("diabetes, pre-existing, type 2" for "type 2
// diabetes").
//
// weeks are the sentence's weeks of gestation (0: not given): a subterm of
// data/pregnancy_subterms.tsv "weeks" rows is read from them, below a
// subterm the mention named, with the code of its see reference when it
// has none of its own ("antepartum - see Hemorrhage, antepartum").
func (e *Engine) complicatedByCode(w *walker, c *cand, skip bool, weeks int) (string, []int, bool) {
	n := e.gest.complicatedBy
	if n == nil || c.head < 0 {
		return "", nil, false
	}
	var best *node
	bestCode := ""
	var bestPos []int
	var buf [16]int
	var walk func(n *node, pos []int, depth int, skipped bool)
	walk = func(n *node, pos []int, depth int, skipped bool) {
		for _, k := range n.kids {
			got, ok := w.wordsIn(k.req, pos)
			for ai := 0; !ok && ai < len(k.alts); ai++ {
				got, ok = w.wordsIn(k.alts[ai], pos)
			}
			if !ok && len(pos) > 0 && slices.Contains(pos, c.head) && (best == nil || len(bestPos) < len(pos)) && weeksName(e.gest.weeks[k.lt], weeks) {
				if kc := ownOrSeeCode(k); kc != "" && kc[0] == 'O' {
					best, bestCode, bestPos = k, kc, append(buf[:0:0], pos...)
					continue
				}
			}
			if !ok || len(got) == len(pos) {
				if skip && !skipped && len(pos) > 0 && depth < 3 {
					walk(k, pos, depth+1, true)
				}
				continue
			}
			if k.code != "" && k.code[0] == 'O' && slices.Contains(got, c.head) && len(got) > len(bestPos) {
				best, bestCode, bestPos = k, k.code, append(buf[:0:0], got...)
			}
			if depth < 3 {
				walk(k, got, depth+1, skipped)
			}
		}
	}
	walk(n, buf[:0], 1, false)
	if best == nil {
		return "", nil, false
	}
	self := false
	for a := best; a != nil && a != n; a = a.parent {
		self = self || slices.Contains(e.gest.selfTerms, a.lt)
	}
	return bestCode, bestPos, self
}

// fetalWeeks reports weeks of gestation in c's sentence with nothing
// putting a pregnancy in the past or on a newborn: a fetal condition there
// ("IUGR, 34 weeks") is the current pregnancy's.
// The sentence is read once (sb.fetal).
func (e *Engine) fetalWeeks(sb *scratchBuf, s string, c *cand) bool {
	if len(e.gest.selfTerms) == 0 {
		return false
	}
	for len(sb.fetal) <= c.sent {
		sb.fetal = append(sb.fetal, -1)
	}
	if x := sb.fetal[c.sent]; x >= 0 {
		return x == 1
	}
	w, _, _ := gestWeeks(s, int(c.sentS), int(c.sentE))
	ok := w > 0 && !pastIn(s[c.sentS:min(int(c.sentE), len(s))])
	sb.fetal[c.sent] = 0
	if ok {
		sb.fetal[c.sent] = 1
	}
	return ok
}

// wordsIn appends to pos the near-window positions of the words ws, each
// nearest the head, and reports whether every word is there.
func (w *walker) wordsIn(ws []wid, pos []int) ([]int, bool) {
	if len(ws) == 0 {
		return pos, false
	}
	out := pos[:len(pos):len(pos)]
	for _, x := range ws {
		p, bd := -1, 1<<30
		for i := w.lo; i < w.hi; i++ {
			if w.toks[i].w == x && !slices.Contains(out, i) {
				if d := abs(i - w.head); d < bd {
					p, bd = i, d
				}
			}
		}
		if p < 0 {
			return pos, false
		}
		out = append(out, p)
	}
	return out, true
}

// The pregnancy of the note (guideline I.C.15.a.1): a note that states a
// current pregnancy with its weeks in one sentence ("Currently 20 weeks
// pregnant.", "G2P1 at 28 weeks") is about that pregnancy, and a condition
// it documents elsewhere ("PMH: asthma") complicates it as much as one named
// in the same sentence. Only the O98/O99/O9A codes the tabular pairs with
// the condition's own are added: the conditions chapter 15 classifies in a
// category of their own need the index, read where the sentence names the
// pregnancy. Whole notes only (Code): a section alone does not know the rest.

// deliveredWords is data/pregnancy_delivered.txt: its words of a delivery
// ("=" rows whole words) and, apart, its "!" rows' words of an earlier
// pregnancy, split once rather than on every keystroke of a pregnancy note.
var deliveredWords = sync.OnceValue(func() (w struct{ ended, past []string }) {
	for _, l := range lines("pregnancy_delivered.txt") {
		d := strings.ReplaceAll(strings.TrimSpace(l), "_", " ")
		if x, ok := strings.CutPrefix(d, "!"); ok {
			w.past = append(w.past, x)
		} else {
			w.ended = append(w.ended, d)
		}
	}
	return w
})

// noteDelivered reports a word of data/pregnancy_delivered.txt in the note:
// the pregnancy ended, or the note is the newborn's or a man's. A word in a
// sentence that puts it in an earlier pregnancy ("!" rows) does not count.
func noteDelivered(note string) bool {
	low := strings.ToLower(note) // (the rows are lower case)
	dw := deliveredWords()
	past := dw.past
	for _, d := range dw.ended {
		if x, ok := strings.CutPrefix(d, "="); ok {
			if hasLowerWord(low, x) {
				return true
			}
			continue
		}
		for i := 0; ; {
			k := strings.Index(low[i:], d)
			if k < 0 {
				break
			}
			k += i
			if !pastSentence(low, k, past) {
				return true
			}
			i = k + 1
		}
	}
	return false
}

// pastSentence reports a word of past (data/pregnancy_delivered.txt "!"
// rows) in the sentence of low around position k: "Two prior uncomplicated
// term vaginal deliveries" ends no current pregnancy.
func pastSentence(low string, k int, past []string) bool {
	lo := strings.LastIndexAny(low[:k], ".\n") + 1
	hi := strings.IndexAny(low[k:], ".\n")
	if hi < 0 {
		hi = len(low)
	} else {
		hi += k
	}
	for _, w := range past {
		if hasLowerWord(low[lo:hi], w) {
			return true
		}
	}
	return false
}

// noteWeeks returns the weeks of gestation a sentence of the note states of
// a current pregnancy ("G1P0 at 39 weeks gestation") and their span, -1 when
// none does, whether or not the pregnancy has ended since: a delivery note's
// weeks are the delivery encounter's (Z3A beside its O codes, I.C.21.c.11).
func noteWeeks(note string) (int, model.Span) {
	var none model.Span
	w, at := -1, none
	// Only a sentence that names a pregnancy can state one, and it holds
	// "regnan" (pregnant, pregnancy) or an obstetric formula: each line that
	// does is split into its sentences, so a note naming none costs a few
	// substring searches (the real-time path asks on every keystroke), and
	// one naming a pregnancy only in passing ("pregnancy test negative")
	// costs that line.
	for i := 0; i < len(note) && w < 0; {
		k := nextPregnancyCue(note, i)
		if k < 0 {
			break
		}
		lo := strings.LastIndexByte(note[:k], '\n') + 1
		hi := len(note)
		if n := strings.IndexByte(note[k:], '\n'); n >= 0 {
			hi = k + n
		}
		for _, st := range text.Sentences(note, model.Span{Start: lo, End: hi}) {
			if ok, _ := currentPregnancy(note, st.Span.Start, st.Span.End); !ok && !gestationSentence(note[st.Span.Start:st.Span.End]) {
				continue
			}
			if wk, ws, we := gestWeeks(note, st.Span.Start, st.Span.End); wk > 0 {
				w, at = wk, model.Span{Start: ws, End: we}
				break
			}
		}
		i = hi + 1
	}
	if w < 0 {
		return -1, none
	}
	return w, at
}

// hasLowerWord reports the lower-case word w, as a whole word, in the
// lower-cased text low.
func hasLowerWord(low, w string) bool {
	for i := 0; i+len(w) <= len(low); {
		k := strings.Index(low[i:], w)
		if k < 0 {
			return false
		}
		k += i
		if (k == 0 || !isLetter(low[k-1])) && (k+len(w) == len(low) || !isLetter(low[k+len(w)])) {
			return true
		}
		i = k + 1
	}
	return false
}

// pregnancyNamed reports "regnan" (pregnant, pregnancy; a stem of
// data/pregnancy_cues.tsv) or an obstetric formula in t: without one, no
// sentence of t names a pregnancy.
func pregnancyNamed(t string) bool {
	for _, c := range pregnancyCues().stems {
		if strings.Contains(t, c) {
			return true
		}
	}
	return gravida(t) || gestationAt(t, 0) >= 0
}

// gestationAt returns the position of the first gestation cue in t at or
// after from, or -1: the spellings of "gestation" (gestational) a note
// states a pregnancy's weeks with and no pregnancy word ("She is at 34
// weeks gestation."), the weeks of the encounter's pregnancy as much as "34
// weeks pregnant" (guideline I.C.15.b.3, the Z3A code of the weeks;
// data/pregnancy_cues.tsv "weeks" rows).
func gestationAt(t string, from int) int {
	best := -1
	for _, c := range pregnancyCues().weeks {
		if k := strings.Index(t[from:], c); k >= 0 && (best < 0 || from+k < best) {
			best = from + k
		}
	}
	return best
}

// gestationSentence reports a sentence that states the weeks of gestation of
// a current pregnancy without naming it ("currently at 34 weeks
// gestation"), not of a past one (data/pregnancy_past.txt).
func gestationSentence(t string) bool {
	if gestationAt(t, 0) < 0 {
		return false
	}
	for _, p := range pastPregnancy() {
		if containsFold(t, p) {
			return false
		}
	}
	return true
}

// cueRules is data/pregnancy_cues.tsv: the stems of the pregnancy words as
// written and in capitals, and the phrases naming a current pregnancy.
type cueRules struct {
	stems, cues, weeks []string
	// delivery are the "delivery" rows as written and in capitals.
	delivery []string
}

// pregnancyCues reads data/pregnancy_cues.tsv once. A cue without a stem
// would never be read past the fast search: that is a data bug, and panics.
var pregnancyCues = sync.OnceValue(func() *cueRules {
	k := keyed("pregnancy_cues.tsv")
	both := func(ws []string) []string { // as written and in capitals
		var out []string
		for _, w := range ws {
			out = append(out, w, strings.ToUpper(w))
		}
		return out
	}
	r := &cueRules{stems: both(k["stem"]), weeks: both(k["weeks"]), delivery: both(k["delivery"])}
	for _, c := range k["cue"] {
		if !slices.ContainsFunc(r.stems, func(st string) bool { return containsFold(c, st) }) {
			panic("coder: data/pregnancy_cues.tsv: cue without a stem: " + c)
		}
		r.cues = append(r.cues, c)
	}
	return r
})

// deliveryNamed reports a delivery stem of data/pregnancy_cues.tsv in t
// ("deliver", "cesarean"): without one the note records no delivery, and
// deliveryComplicate has nothing to read (a few substring searches on the
// keystroke path).
func deliveryNamed(t string) bool {
	for _, c := range pregnancyCues().delivery {
		if strings.Contains(t, c) {
			return true
		}
	}
	return false
}

// nextPregnancyCue returns the first position at or after i of "regnan",
// "REGNAN" (the stems of data/pregnancy_cues.tsv), an obstetric formula or
// a gestation cue in note, or -1.
func nextPregnancyCue(note string, i int) int {
	best := -1
	for _, c := range pregnancyCues().stems {
		if k := strings.Index(note[i:], c); k >= 0 && (best < 0 || i+k < best) {
			best = i + k
		}
	}
	if k := gravidaAt(note, i); k >= 0 && (best < 0 || k < best) {
		best = k
	}
	if k := gestationAt(note, i); k >= 0 && (best < 0 || k < best) {
		best = k
	}
	return best
}

// complicateNote adds to the parts the "complicating pregnancy" code of each
// present condition whose own sentence names no pregnancy, in the trimester
// of the note's weeks, and the weeks' Z3A code to the part that states them.
func (e *Engine) complicateNote(parts []Part, note string, weeks int, at model.Span) {
	ord := e.lx.v.words[e.gest.trimesterWord(weeks)]
	added := false
	for pi := range parts {
		p := &parts[pi]
		if e.noteTrimester(p, ord, false) {
			added = true // the weeks' Z3A code goes with it (I.C.21.c.11)
		}
		e.normalPregnancyOrder(p, note)
		if e.complicatePart(p, note, ord, notePregNote, nil) {
			added = true
		}
	}
	if !added {
		// A chapter 15 code the note reads in another sentence than the
		// weeks ("28 weeks pregnant. Gestational diabetes, diet
		// controlled.") takes them too: the weeks are the encounter's
		// (I.C.15.b.3), unless a sentence gave a Z3A code already.
		hasO, hasZ := false, false
		for pi := range parts {
			for _, c := range parts[pi].Res.Codes {
				hasO = hasO || c.Assertion == model.Present && reportable(c) && (strings.HasPrefix(c.Code, "O") || strings.HasPrefix(c.Code, "Z34"))
				hasO = hasO || c.Assertion == model.Historical && e.currentPregnancyAlt(c.Code) != ""
				hasZ = hasZ || strings.HasPrefix(c.Code, "Z3A")
			}
		}
		added = hasO && !hasZ
	}
	if added {
		e.addWeeks(parts, weeks, at)
	}
}

// complicatePart adds to the part the "complicating pregnancy" code of each
// present condition whose own sentence names no pregnancy (there it was read
// already) and no earlier pregnancy or newborn (data/pregnancy_past.txt), in
// the trimester named by ord ("" for the unspecified one), with why as the
// reason the note gives; codes with a prefix in skip are left alone. It
// reports whether it added one. The caller has copied the part's codes.
func (e *Engine) complicatePart(p *Part, note, ord, why string, skip []string) bool {
	added := false
	n := len(p.Res.Codes)
	for ci := 0; ci < n; ci++ {
		c := p.Res.Codes[ci]
		if c.Assertion != model.Present || len(c.Code) < 3 || len(c.Evidence) == 0 || c.Code[0] == 'O' || hasAnyPrefix(c.Code, skip) {
			continue
		}
		oc := e.complicatingCode(c.Code, ord)
		if n := e.gest.anyIn[c.Code[:3]]; oc == "" && n != nil {
			// Hypertensive disease the note lists beside the
			// pregnancy was there before it: the O10 code that
			// includes any condition of its category (O10.0 for
			// I10, O10.2 for I12; I.C.15.d).
			ct, _ := e.cs.Lookup(c.Code)
			oc = e.descendPregnancy(n, ct, ord)
		}
		if oc == "" || sameEvidenceO(p.Res.Codes, c.Evidence[0]) {
			continue
		}
		sent, ok := findingScope(p.Res.Findings, c)
		if !ok {
			continue
		}
		t := note[p.Offset+sent.Start : p.Offset+sent.End]
		if pregnancyCue(t) || pastIn(t) {
			// The sentence speaks of a pregnancy itself: read there.
			continue
		}
		p.Res.Codes = append(p.Res.Codes, model.Code{System: c.System, Code: oc, Title: e.title(oc), Assertion: c.Assertion,
			Section: c.Section, Evidence: c.Evidence, Confidence: c.Confidence,
			Why: c.Why + "; " + complicatingNote + "; " + why, Rule: c.Rule, Marks: c.Marks})
		added = true
	}
	return added
}

// deliveryComplicate adds, in a note of the stay that delivered the patient
// (deliveryStay), the "complicating pregnancy" code of each present
// condition a sentence names without the pregnancy (I.C.15.a.1: a condition
// of a pregnant patient complicates it unless the provider says it is
// incidental; "GBS positive, penicillin in labor" in a delivery note is the
// carrier state complicating childbirth). They are read in the trimester of
// the note's weeks (weeks < 0: unspecified), and consolidation's inChildbirth
// moves each to its "complicating childbirth" sibling (O99.820 to O99.824),
// as the delivery codes of the same parts say. The caller has found the
// parts a delivery stay's and cloned them.
func (e *Engine) deliveryComplicate(parts []Part, note string, weeks int) {
	ord := ""
	if weeks > 0 {
		ord = e.lx.v.words[e.gest.trimesterWord(weeks)]
	}
	for pi := range parts {
		e.complicatePart(&parts[pi], note, ord, deliveryNote, deliveryAfter())
	}
}

// deliveryAfter is data/delivery_after.txt: code prefixes of conditions that
// come of the delivery itself (its blood loss, its tears), which chapter 15
// codes elsewhere than as complicating childbirth.
var deliveryAfter = sync.OnceValue(func() []string { return lines("delivery_after.txt") })

const deliveryNote = "the note documents the delivery of this stay"

// deliveryStay reports parts whose present codes record the mother's
// delivery in this encounter (a data/delivered_codes.txt code of chapter 15,
// her outcome of delivery Z37, or a liveborn infant she delivered) and none of the newborn's (chapter 16),
// in a note that never says the patient was born: the birth record of the
// child reads the same words ("born by SVD") and its conditions are no
// mother's, and a readmission names the delivery of an earlier stay.
func deliveryStay(parts []Part) bool {
	mother := false
	for _, p := range parts {
		if p.Res.Born || p.Res.Readmit {
			// (A readmission's delivery was the earlier stay's.)
			return false
		}
		for _, c := range p.Res.Codes {
			if c.Assertion != model.Present || c.Code == "" {
				continue
			}
			if c.Code[0] == 'P' {
				return false
			}
			// (A liveborn infant of a section that says she delivered,
			// markMother, is her outcome of delivery too.)
			mother = mother || (c.Code[0] == 'O' || strings.HasPrefix(c.Code, "Z37") || c.Marks&markMother != 0) && hasAnyPrefix(c.Code, deliveredCodes())
		}
	}
	return mother
}

// deliveryWeeks gives a delivery note (noteDelivered) whose weeks of gestation
// one sentence states ("G1P0 at 39 weeks gestation.") and whose O codes
// another reads ("Normal spontaneous vaginal delivery.") the weeks' Z3A code
// beside them (guideline I.C.21.c.11: Z3A is used only on the maternal
// record, after the codes its "code first" note names), unless a sentence gave one already. Its
// conditions are not turned into "complicating pregnancy" ones: they may be
// the delivery's or the puerperium's. (On the newborn's record recordOwner
// drops the Z3A code with the O codes.)
func (e *Engine) deliveryWeeks(parts []Part, weeks int, at model.Span) {
	z := e.gest.weeksCode(weeks)
	zc, ok := e.cs.Lookup(z)
	if !ok {
		return
	}
	// The codes Z3A goes with are those its "code first" note names
	// ("obstetric condition or encounter for delivery (O09-O60, O80-O82)"):
	// not a pregnancy with abortive outcome (O00-O08), whose note may name
	// weeks of a pregnancy in general.
	refs := compileRefs(zc.CodeFirst)
	ord := e.lx.v.words[e.gest.trimesterWord(weeks)]
	for pi := range parts {
		e.noteTrimester(&parts[pi], ord, true)
	}
	hasO := false
	for pi := range parts {
		for _, c := range parts[pi].Res.Codes {
			if strings.HasPrefix(c.Code, z[:3]) {
				return
			}
			hasO = hasO || c.Assertion == model.Present && reportable(c) && slices.ContainsFunc(refs, func(r codeRange) bool { return r.covers(undot(c.Code)) })
		}
	}
	if hasO {
		e.addWeeks(parts, weeks, at)
	}
}

// addWeeks appends the Z3A code of weeks to the part whose text states them
// at the span at (note offsets).
func (e *Engine) addWeeks(parts []Part, weeks int, at model.Span) {
	z := e.gest.weeksCode(weeks)
	// The part that states the weeks: the last one starting before them
	// (parts are in note order).
	var p *Part
	for pi := range parts {
		if parts[pi].Offset <= at.Start {
			p = &parts[pi]
		}
	}
	if z == "" || p == nil {
		return
	}
	p.Res.Codes = append(p.Res.Codes, model.Code{System: "ICD-10-CM", Code: z, Title: e.title(z), Assertion: model.Present,
		Section: p.Kind, Evidence: []model.Span{{Start: at.Start - p.Offset, End: at.End - p.Offset}}, Confidence: 0.8,
		Why: "weeks of gestation of the pregnancy the note documents (Pregnancy, weeks of gestation)", Rule: RuleIndex})
}

const notePregNote = "the note documents a current pregnancy with its weeks"

// noteTrimester gives a chapter 15 code (or a normal pregnancy's
// supervision, Z34) read in the part with an unspecified trimester ("Obesity complicating pregnancy" in the plan) the trimester of
// the weeks the note states for the current pregnancy ("G2P1 at 34w2d"):
// the final character follows the provider's documentation of the trimester
// or of the weeks for the encounter (I.C.15.a.3), wherever in the note it
// is. The part's codes are copied before the first change (the real-time
// path shares them). It reports whether it changed a code. With onlyAxis
// (a note that may be the delivery's, deliveryWeeks) only a code whose
// subcategory's time axis is the trimester alone is changed: the
// supervision of an elderly primigravida has no "childbirth" code, so the
// weeks' trimester is its last character whether or not she delivered,
// while smoking complicating the pregnancy may be "complicating childbirth".
func (e *Engine) noteTrimester(p *Part, ord string, onlyAxis bool) bool {
	copied := false
	for ci, c := range p.Res.Codes {
		if c.Code == "" || !hasAnyPrefix(c.Code, pregnancySupervision().trimester) || !reportable(c) || !strings.Contains(c.Title, "unspecified trimester") {
			continue
		}
		ct, ok := e.cs.Lookup(c.Code)
		if !ok || onlyAxis && e.otherTimeAxis(ct) {
			continue
		}
		k := e.trimesterSibling(ct, ord)
		if k == nil {
			continue
		}
		if !copied {
			p.Res.Codes, copied = slices.Clone(p.Res.Codes), true
		}
		p.Res.Codes[ci].Code, p.Res.Codes[ci].Title = k.Code, k.Title
		p.Res.Codes[ci].Why += "; " + notePregNote + " (" + ord + " trimester, I.C.15.a.3)"
	}
	return copied
}

// otherTimeAxis reports a sibling of c whose time axis is not a trimester
// (childbirth, the puerperium): c's trimester is then not its only reading.
func (e *Engine) otherTimeAxis(c *codeset.Code) bool {
	for _, k := range e.cs.Children(c.Parent) {
		if a := timeAxis(k.Title); a == "c" || a == "p" {
			return true
		}
	}
	return false
}

// normalPregnancyOrder gives the supervision of a normal pregnancy read
// without its order (Z34.9-, "unspecified") the order the note's obstetric
// formula states: a first pregnancy (G1) is Z34.0-, any other Z34.8-, in the
// same trimester (data/pregnancy_supervision.tsv order rows). The part's
// codes are copied before the first change.
func (e *Engine) normalPregnancyOrder(p *Part, note string) {
	copied := false
	for ci, c := range p.Res.Codes {
		r := pregnancySupervision().orderOf(c.Code)
		if r == nil {
			continue
		}
		g := gravidaCount(note)
		if g == 0 {
			return
		}
		code := r.other + c.Code[len(r.unspec):]
		if g == 1 {
			code = r.first + c.Code[len(r.unspec):]
		}
		k, ok := e.cs.Lookup(code)
		if !ok || !k.Billable {
			continue
		}
		if !copied {
			p.Res.Codes, copied = slices.Clone(p.Res.Codes), true
		}
		p.Res.Codes[ci].Code, p.Res.Codes[ci].Title = k.Code, k.Title
		p.Res.Codes[ci].Why += "; the obstetric formula gives the pregnancy's order"
	}
}

// supervisionRules is data/pregnancy_supervision.tsv: the codes whose
// unspecified trimester the note's weeks give, and the supervision codes
// whose unspecified order the obstetric formula gives.
type supervisionRules struct {
	trimester []string // code prefixes
	order     []pregnancyOrder
}

// pregnancyOrder is one order row: the prefix of a supervision code read
// without the pregnancy's order, and the prefixes for a first and another.
type pregnancyOrder struct{ unspec, first, other string }

// pregnancySupervision reads data/pregnancy_supervision.tsv once.
var pregnancySupervision = sync.OnceValue(func() *supervisionRules {
	k := keyedRows("pregnancy_supervision.tsv")
	r := &supervisionRules{trimester: column(k["trimester"])}
	for _, f := range k["order"] {
		if len(f) == 3 {
			r.order = append(r.order, pregnancyOrder{unspec: f[0], first: f[1], other: f[2]})
		}
	}
	return r
})

// orderOf returns the order row of a billable supervision code read
// without the pregnancy's order (its prefix and one more character), or nil.
func (r *supervisionRules) orderOf(code string) *pregnancyOrder {
	for i := range r.order {
		if o := &r.order[i]; len(code) == len(o.unspec)+1 && strings.HasPrefix(code, o.unspec) {
			return o
		}
	}
	return nil
}

// gravidaCount returns the gravida of the note's first obstetric formula
// ("G3P2" is 3), or 0 when it states none.
func gravidaCount(note string) int {
	i := gravidaAt(note, 0)
	if i < 0 {
		return 0
	}
	n := 0
	for j := i + 1; j < len(note) && isDigit(note[j]) && n < 100; j++ {
		n = n*10 + int(note[j]-'0')
	}
	return n
}

// sameEvidenceO reports a chapter 15 code already read from the mention at ev.
func sameEvidenceO(codes []model.Code, ev model.Span) bool {
	for _, c := range codes {
		if c.Code[0] == 'O' && len(c.Evidence) > 0 && c.Evidence[0] == ev {
			return true
		}
	}
	return false
}

// findingScope returns the sentence of the finding c was coded from.
func findingScope(fs []model.Finding, c model.Code) (model.Span, bool) {
	for _, f := range fs {
		if f.Code == c.Code && len(f.Evidence) > 0 && f.Evidence[0] == c.Evidence[0] {
			return f.Scope, true
		}
	}
	return model.Span{}, false
}

// pastIn reports a word of data/pregnancy_past.txt in t.
func pastIn(t string) bool {
	for _, p := range pastPregnancy() {
		if containsFold(t, p) {
			return true
		}
	}
	return false
}

// weeksName reports whether weeks of gestation (0: not given) fall in one
// of the ranges [lo, hi) of a "weeks" row.
func weeksName(rs [][2]int, weeks int) bool {
	for _, r := range rs {
		if weeks >= r[0] && weeks < r[1] {
			return true
		}
	}
	return false
}

// ownOrSeeCode is k's code, or else the code of the entry its one see
// reference leads to.
func ownOrSeeCode(k *node) string {
	if k.code != "" {
		return k.code
	}
	if len(k.see) == 1 && k.see[0].target != nil {
		return k.see[0].target.code
	}
	return ""
}

// currentPregnancyHistory recodes, in a note of a current pregnancy (a
// present Z3A weeks code), a history code whose Excludes1 note sends the
// current pregnancy elsewhere ("Personal history of pre-term labor", Z87.51:
// "excludes1: current pregnancy with history of pre-term labor (O09.21-)")
// to that supervision code in the trimester of the weeks (I.C.15.a.3,
// I.C.15.b.2: the high-risk supervision codes O09.-). Read from the
// tabular's own notes, so any such history code follows.
func (e *Engine) currentPregnancyHistory(codes []model.Code) []model.Code {
	weeks := -1
	for _, c := range codes {
		if c.Assertion == model.Present && strings.HasPrefix(c.Code, "Z3A.") {
			if n, err := strconv.Atoi(c.Code[4:]); err == nil {
				weeks = n
			}
		}
	}
	if weeks < 1 || weeks > 42 {
		return codes
	}
	ord := e.lx.v.words[e.gest.trimesterWord(weeks)]
	for i := range codes {
		c := &codes[i]
		if c.Assertion != model.Present && c.Assertion != model.Historical || c.Code[0] != 'Z' {
			continue
		}
		un := e.currentPregnancyAlt(c.Code)
		if un == "" {
			continue
		}
		uc, _ := e.cs.Lookup(un)
		alt := e.trimesterSibling(uc, ord)
		if alt == nil {
			continue
		}
		c.Code, c.Title, c.Assertion = alt.Code, alt.Title, model.Present
		c.Why += "; the current pregnancy's supervision the history code excludes (" + ord + " trimester, I.C.15.a.3)"
	}
	return codes
}

// currentPregnancyAlt returns the unspecified-trimester supervision code a
// history code's Excludes1 note sends a current pregnancy to ("Personal
// history of pre-term labor" Z87.51: "current pregnancy with history of
// pre-term labor (O09.21-)", O09.219), or "". A note of a current pregnancy
// that documents only such a history states its weeks for that code
// (complicateNote adds the Z3A code that lets currentPregnancyHistory read
// the trimester).
func (e *Engine) currentPregnancyAlt(code string) string {
	if code == "" || code[0] != 'Z' {
		return ""
	}
	ct, ok := e.cs.Lookup(code)
	if !ok {
		return ""
	}
	for _, n := range ct.Excludes1 {
		if !strings.HasPrefix(n.Text, "current pregnancy") || len(n.Codes) != 1 {
			continue
		}
		for _, k := range e.cs.Children(n.Codes[0]) {
			if k.Billable && strings.HasSuffix(k.Title, "unspecified trimester") {
				return k.Code
			}
		}
	}
	return ""
}

// pretermRows is data/preterm_delivered.tsv: a preterm labor code ->
// [its "with preterm delivery" code, the one delivered in the third
// trimester, the one delivered in the second or ""].
var pretermRows = sync.OnceValue(func() map[string][3]string {
	m := map[string][3]string{}
	for _, f := range rows("preterm_delivered.tsv") {
		if len(f) == 3 || len(f) == 4 {
			r := [3]string{f[1], f[2]}
			if len(f) == 4 {
				r[2] = f[3]
			}
			m[f[0]] = r
		}
	}
	return m
})

// pretermDelivered returns the "preterm labor with preterm delivery" code
// of a preterm labor code whose sentence says the patient delivered ("she
// delivered at 34 weeks after preterm labor"; "preterm delivery at 34
// weeks" with its trimester from the weeks), or "": the "without
// delivery" code is the undelivered encounter's (I.C.15.b).
func pretermDelivered(code, sent string) string {
	r, ok := pretermRows()[code]
	if !ok {
		return ""
	}
	low := strings.ToLower(sent)
	if !strings.HasPrefix(code, "O60.1") && !saysDelivered(low) {
		return ""
	}
	if w, _, _ := gestWeeks(sent, 0, len(sent)); w >= 28 && w < 37 {
		return r[1]
	} else if w >= 14 && w < 28 && r[2] != "" {
		return r[2]
	}
	if r[0] == code {
		return ""
	}
	return r[0]
}

// saysDelivered reports a delivery the sentence (lower case) says happened:
// "delivered", "delivery of", "gave birth", not "undelivered", "not
// delivered", "without delivery" or "prior delivery" (data/event_words.tsv).
func saysDelivered(low string) bool {
	for i := 0; ; {
		k := strings.Index(low[i:], "deliver")
		if k < 0 {
			return slices.ContainsFunc(eventWords()["deliversaid"], func(p string) bool { return strings.Contains(low, p) })
		}
		k += i
		i = k + len("deliver")
		if k > 0 && isLetter(low[k-1]) {
			continue // "undelivered"
		}
		before := low[max(0, k-12):k]
		if deniedBefore(before, eventWords()["delivernot"]) {
			continue
		}
		return true
	}
}
