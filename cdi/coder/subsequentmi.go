package coder

import (
	"strconv"
	"strings"
	"sync"

	"notecoder/cdi/model"
	"notecoder/cdi/text"
)

// subsequentRules is data/subsequent_infarct.tsv.
type subsequentRules struct {
	unit       map[string]int // time unit word -> days
	after, ago map[string]bool
	within     int
	code       [][2]string // I21 prefix -> I22 code
}

var subsequentData = sync.OnceValue(func() *subsequentRules {
	r := &subsequentRules{unit: map[string]int{}, after: map[string]bool{}, ago: map[string]bool{}}
	for _, f := range rows("subsequent_infarct.tsv") {
		switch {
		case f[0] == "unit" && len(f) == 3:
			n, err := strconv.Atoi(f[2])
			if err != nil {
				panic("subsequent_infarct.tsv: bad days: " + strings.Join(f, "\t"))
			}
			r.unit[f[1]] = n
		case f[0] == "after" && len(f) == 2:
			r.after[f[1]] = true
		case f[0] == "ago" && len(f) == 2:
			r.ago[f[1]] = true
		case f[0] == "within" && len(f) == 2:
			r.within, _ = strconv.Atoi(f[1])
		case f[0] == "code" && len(f) == 3:
			r.code = append(r.code, [2]string{f[1], f[2]})
		default:
			panic("subsequent_infarct.tsv: bad row: " + strings.Join(f, "\t"))
		}
	}
	return r
})

// subsequentCode is the I22 code of a new infarct coded c (I21.4 -> I22.2),
// or "" when c is no infarct that takes one (type 2 and other I21.A
// infarcts stay I21).
func subsequentCode(c string) string {
	for _, m := range subsequentData().code {
		if strings.HasPrefix(c, m[0]) {
			return m[1]
		}
	}
	return ""
}

// subsequentInfarcts recodes, in a section that puts two infarcts of one
// sentence at most four weeks apart ("NSTEMI 12 days after anterior STEMI",
// "anterior STEMI two weeks ago, now inferior STEMI"), the later one as a
// subsequent infarct (I22, guideline I.C.9.e.4) and keeps the earlier one
// an acute infarct: within four weeks it is no old infarct (I25.2), even
// when the note calls it "prior". Runs once per section, after its codes
// are final; most sections have no I21 and return at once.
func (e *Engine) subsequentInfarcts(toks []text.Token, out *SectionResult) {
	n := 0
	for _, c := range out.Codes {
		if strings.HasPrefix(c.Code, "I21") && c.Assertion == model.Present {
			n++
		}
	}
	if n == 0 {
		return
	}
	r := subsequentData()
	for j := 0; j+2 < len(toks); j++ {
		v, end, ok := numberAt(toks, j)
		if !ok && (toks[j].Norm == "a" || toks[j].Norm == "one") {
			v, end, ok = 1, j+1, true
		}
		if !ok || end+1 >= len(toks) {
			continue
		}
		days, isUnit := r.unit[toks[end].Norm]
		if !isUnit || int(v*float64(days)) > r.within || v <= 0 {
			continue
		}
		link := toks[end+1].Norm
		lo, hi := toks[j].Start, toks[end+1].End
		later, earlier := -1, -1
		switch {
		case r.after[link]:
			later = infarctNear(out.Codes, toks, lo, true, true)
			earlier = infarctNear(out.Codes, toks, hi, false, false)
		case r.ago[link]:
			earlier = infarctNear(out.Codes, toks, lo, true, false)
			for i, c := range out.Codes {
				if i != earlier && earlier >= 0 && c.Assertion == model.Present && subsequentCode(c.Code) != "" {
					later = i
					break
				}
			}
		}
		if later < 0 || earlier < 0 || later == earlier {
			continue
		}
		e.acuteAgain(&out.Codes[earlier], out.Findings)
		c := &out.Codes[later]
		if s := subsequentCode(c.Code); s != "" {
			c.Why = c.Code + " within four weeks of an earlier infarct is subsequent (I.C.9.e.4); " + c.Why
			c.Code, c.Title = s, e.title(s)
		}
	}
}

// infarctNear returns the index of the infarct code (a present I21, or with
// old the I25.2 of a mention) whose evidence ends nearest before at (before)
// or starts nearest after it, within the same sentence, or -1. present asks
// for a present I21 only.
func infarctNear(codes []model.Code, toks []text.Token, at int, before, present bool) int {
	best, bd := -1, 1<<30
	for i, c := range codes {
		ok := strings.HasPrefix(c.Code, "I21") && c.Assertion == model.Present
		if !present && c.Code == "I25.2" {
			ok = true
		}
		if !ok {
			continue
		}
		for _, sp := range c.Evidence {
			var d int
			if before {
				d = at - sp.End
			} else {
				d = sp.Start - at
			}
			if d < 0 || d >= bd || sentenceBetween(toks, min(at, sp.Start), max(at, sp.End)) {
				continue
			}
			best, bd = i, d
		}
	}
	return best
}

// sentenceBetween reports a sentence stop ('.', ';' or a line break's
// heading is not looked for) among the tokens within [lo, hi).
func sentenceBetween(toks []text.Token, lo, hi int) bool {
	for _, t := range toks {
		if t.Start >= hi {
			break
		}
		if t.Start >= lo && t.Kind == text.Punct && (t.Text == "." || t.Text == ";") {
			return true
		}
	}
	return false
}

// acuteAgain gives back to an infarct the note called "prior" (I25.2 read
// from its mention) the acute code its finding reached: an infarct four
// weeks old or less is still acute (I.C.9.e.1).
func (e *Engine) acuteAgain(c *model.Code, findings []model.Finding) {
	if c.Code != "I25.2" || len(c.Evidence) == 0 {
		return
	}
	for _, f := range findings {
		if strings.HasPrefix(f.Code, "I21") && len(f.Evidence) > 0 && f.Evidence[0] == c.Evidence[0] {
			c.Code, c.Title, c.Assertion = f.Code, e.title(f.Code), model.Present
			c.Why = f.Code + " within four weeks of the later infarct is still acute (I.C.9.e.1)"
			c.Rule = "index"
			return
		}
	}
}
