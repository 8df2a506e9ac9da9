package coder

import (
	"notecoder/cdi/codeset"
	"strconv"
	"strings"
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
	first, last     int
	less, more      string
	wTrimester      wid
	wFirst, wSecond wid
	wThird          wid
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
	n := e.ix.entry("pregnancy>weeks of gestation")
	if n == nil {
		return
	}
	for _, k := range n.kids {
		t := stripTitle(k.title)
		num, rest, _ := strings.Cut(t, " ")
		if v, err := strconv.Atoi(num); err == nil && rest == "weeks" && k.code != "" {
			g.byWeek[v] = k.code
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

// afterWeeks are the words after "N weeks" that make it a duration, not the
// pregnancy's age ("2 weeks ago", "6 weeks postpartum").
var afterWeeks = []string{"ago", "postpartum", "post-partum", "after", "later", "old", "prior", "before", "earlier", "of age", "of life", "duration", "history"}

// beforeWeeks are the words before the number that make it a duration
// ("for 3 weeks", "over the last 2 weeks").
var beforeWeeks = []string{"for", "last", "past", "since", "over", "within", "every", "in", "after", "next", "x"}

// gestWeeks finds the weeks of gestation written in s[lo:hi] ("at 32
// weeks", ", 28 wks", "32+3 weeks", "36w"): the whole weeks and the span of
// the mention, or -1. A duration ("for 2 weeks", "3 weeks ago") is not a
// pregnancy's age.
func gestWeeks(s string, lo, hi int) (int, int, int) {
	hi = min(hi, len(s))
	for i := lo; i < hi; i++ {
		if !isDigit(s[i]) || i > lo && (isDigit(s[i-1]) || isLetter(s[i-1]) || s[i-1] == '+' || s[i-1] == '/' || s[i-1] == '.') {
			continue
		}
		j := i
		for j < hi && isDigit(s[j]) {
			j++
		}
		if j-i > 2 {
			i = j
			continue
		}
		v, _ := strconv.Atoi(s[i:j])
		k := j
		// Days after the weeks: "32+3", "32 3/7".
		if k+1 < hi && s[k] == '+' && isDigit(s[k+1]) {
			k += 2
		} else if k+4 <= hi && s[k] == ' ' && isDigit(s[k+1]) && s[k+2] == '/' && s[k+3] == '7' {
			k += 4
		}
		for k < hi && (s[k] == ' ' || s[k] == '-') {
			k++
		}
		u := k
		for u < hi && isLetter(s[u]) {
			u++
		}
		switch strings.ToLower(s[k:u]) {
		case "weeks", "week", "wks", "wk", "w", "wga":
		default:
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
