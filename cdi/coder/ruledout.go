package coder

import (
	"sort"
	"strings"
	"sync"

	"notecoder/cdi/model"
	"notecoder/cdi/text"
)

// A condition weighed and then excluded by the workup is not coded: the
// inpatient rule for uncertain diagnoses (II.H) applies only to a diagnosis
// still uncertain at discharge. "PE was considered; CTA chest negative",
// "possible pancreatitis; lipase normal and CT unremarkable". The words are
// in data/ruled_out.tsv.

// ruledOutRow is the tests and sites of the conditions whose codes start
// with prefix.
type ruledOutRow struct {
	prefix       string
	tests, sites [][]string
}

// ruledOutData is data/ruled_out.tsv, parsed: phrases are word lists of
// normalised words.
type ruledOutData struct {
	result, done, imaging [][]string
	positive, workup      [][]string
	not, plain, bare, aux map[string]bool
	obj, deny             map[string]bool
	rows                  []ruledOutRow
}

var ruledOutTable = sync.OnceValue(func() *ruledOutData {
	d := &ruledOutData{not: map[string]bool{}, plain: map[string]bool{}, bare: map[string]bool{}, aux: map[string]bool{}, obj: map[string]bool{}, deny: map[string]bool{}}
	rowOf := func(p string) *ruledOutRow {
		for k := range d.rows {
			if d.rows[k].prefix == p {
				return &d.rows[k]
			}
		}
		d.rows = append(d.rows, ruledOutRow{prefix: p})
		return &d.rows[len(d.rows)-1]
	}
	for _, l := range lines("ruled_out.tsv") {
		f := strings.Split(l, "\t")
		if len(f) != 3 {
			panic("coder: data/ruled_out.tsv: want kind, key and words: " + l)
		}
		var phs [][]string
		for _, p := range strings.Split(f[2], ",") {
			var ws []string
			for _, t := range text.Tokenize(p) {
				if t.Kind != text.Punct {
					ws = append(ws, t.Norm)
				}
			}
			if len(ws) > 0 {
				phs = append(phs, ws)
			}
		}
		switch f[0] {
		case "result":
			d.result = append(d.result, phs...)
		case "done":
			d.done = append(d.done, phs...)
		case "positive":
			d.positive = append(d.positive, phs...)
		case "workup":
			d.workup = append(d.workup, phs...)
		case "imaging":
			d.imaging = append(d.imaging, phs...)
		case "not", "plain", "bare", "aux", "obj", "deny":
			m := map[string]map[string]bool{"not": d.not, "plain": d.plain, "bare": d.bare, "aux": d.aux, "obj": d.obj, "deny": d.deny}[f[0]]
			for _, p := range phs {
				m[p[0]] = true
			}
		case "tests":
			r := rowOf(f[1])
			r.tests = append(r.tests, phs...)
		case "sites":
			r := rowOf(f[1])
			r.sites = append(r.sites, phs...)
		default:
			panic("coder: data/ruled_out.tsv: unknown kind " + f[0])
		}
	}
	return d
})

// row returns the tests and sites of code's conditions, or nil.
func (d *ruledOutData) row(code string) *ruledOutRow {
	var best *ruledOutRow
	for k := range d.rows {
		r := &d.rows[k]
		if strings.HasPrefix(code, r.prefix) && (best == nil || len(r.prefix) > len(best.prefix)) {
			best = r
		}
	}
	return best
}

// roPhraseAt returns the number of tokens of toks[k:end] one of phs matches
// from k (its words in order, a "-" or "/" between them skipped), or 0.
func roPhraseAt(toks []text.Token, k, end int, phs [][]string) int {
	for _, ph := range phs {
		if toks[k].Norm != ph[0] {
			continue
		}
		j, n := k+1, 1
		for n < len(ph) && j < end {
			if t := toks[j].Text; t == "-" || t == "/" {
				j++
				continue
			}
			if toks[j].Norm != ph[n] {
				break
			}
			j, n = j+1, n+1
		}
		if n == len(ph) {
			return j - k
		}
	}
	return 0
}

// anyPhrase reports whether one of phs is said in toks[a:b].
func anyPhrase(toks []text.Token, a, b int, phs [][]string) bool {
	for k := a; k < b; k++ {
		if roPhraseAt(toks, k, b, phs) > 0 {
			return true
		}
	}
	return false
}

// hardStop reports whether token t ends the clause a test result is read
// in: a semicolon, a full stop, or a contrast ("but").
func hardStop(t *text.Token) bool {
	return t.Kind == text.Punct && (t.Text == ";" || t.Text == ".") || t.Norm == "but" || t.Norm == "however"
}

// ruledOut reports whether the uncertain condition of cands[i] (its
// mention ending at byte me, its code code) is excluded by the rest of its
// sentence or the next one: a later denial of the same condition ("concern
// for aortic dissection; CTA showed no dissection"), a negative result of a
// test about it ("PE was considered; CTA chest negative"), or an exclusion
// with no object of its own ("ileus was considered but abdomen benign, so
// excluded"). A result whose clause names another condition is that
// condition's ("possible pneumonia; CT negative for PE").
func (e *Engine) ruledOut(toks []text.Token, sents []text.Sentence, cands []cand, i int, vts []vt, code string, ev []model.Span, kind string) bool {
	c := &cands[i]
	me := ev[len(ev)-1].End
	end := int(c.sentE)
	if n := c.sent + 1; n < len(sents) && sents[n].Span.Start >= end {
		// The next sentence, unless it opens a new list item.
		if !listMarked(toks, sents[n].Span.Start) {
			end = sents[n].Span.End
		}
	}
	k0 := sort.Search(len(toks), func(k int) bool { return toks[k].Start >= me })
	kEnd := k0
	for kEnd < len(toks) && toks[kEnd].Start < end && kEnd-k0 < 80 {
		kEnd++
	}
	if kEnd == k0 {
		return false
	}
	// A later denial of the same condition.
	for j := range cands {
		cj := &cands[j]
		if j == i || len(cj.pos) == 0 || !e.sameCondition(c, cj, vts) {
			continue
		}
		s := int(vts[cj.pos[0]].start)
		if s < me || s >= end {
			continue
		}
		js := int(vts[cj.pos[len(cj.pos)-1]].end)
		if e.asrt.ClassifyTokens(toks, model.Span{Start: int(cj.sentS), End: int(cj.sentE)}, model.Span{Start: s, End: js}, kind) == model.Negated {
			return true
		}
	}
	d := ruledOutTable()
	if anyPhrase(toks, k0, kEnd, d.positive) {
		return false
	}
	row := d.row(code)
	seg := k0
	for k := k0; k < kEnd; k++ {
		t := &toks[k]
		if hardStop(t) || t.Start >= int(c.sentE) && seg < k && toks[k-1].Start < int(c.sentE) {
			seg = k
			if hardStop(t) {
				seg = k + 1
			}
			continue
		}
		if d.deny[t.Norm] && e.mentionWordIn(toks, ev, k+1, min(k+3, clauseEnd(toks, k+1, kEnd, true)), d) {
			// "No dissection" after "aortic dissection was a concern".
			return true
		}
		if n := roPhraseAt(toks, k, kEnd, d.done); n > 0 {
			// With no subject and no object of its own ("so excluded",
			// not "obstruction ruled out", "no evidence of strain"), and
			// its clause names no other condition.
			if !d.bareBefore(toks, seg, k) || k+n < kEnd && d.obj[toks[k+n].Norm] {
				continue
			}
			ce := clauseEnd(toks, k+n, kEnd, false)
			if !e.otherCondition(cands, i, vts, toks[seg].Start, toks[ce-1].End) {
				return true
			}
			continue
		}
		n := roPhraseAt(toks, k, kEnd, d.result)
		if n == 0 || k > 0 && d.not[toks[k-1].Norm] {
			continue
		}
		cs := k
		for cs > seg && toks[cs-1].Text != "," {
			cs--
		}
		ce := clauseEnd(toks, k+n, kEnd, true)
		if e.otherCondition(cands, i, vts, toks[cs].Start, toks[ce-1].End) {
			continue
		}
		if row != nil && anyPhrase(toks, seg, ce, row.tests) {
			return true
		}
		if !anyPhrase(toks, seg, ce, d.imaging) {
			continue
		}
		if row != nil && anyPhrase(toks, seg, ce, row.sites) {
			return true
		}
		if e.mentionWordIn(toks, ev, seg, ce, d) {
			return true
		}
	}
	return false
}

// workedUp reports whether the mention starting at byte ms is what a
// workup phrase right before it looked for ("evaluated for DVT") and its
// code has tests or sites of its own (data/ruled_out.tsv).
func (e *Engine) workedUp(toks []text.Token, code string, ms int) bool {
	k := sort.Search(len(toks), func(k int) bool { return toks[k].Start >= ms })
	if k < 2 || toks[k-1].Norm != "for" {
		return false
	}
	d := ruledOutTable()
	if d.row(code) == nil {
		return false
	}
	for a := max(0, k-4); a < k-1; a++ {
		if n := roPhraseAt(toks, a, k, d.workup); n == k-a {
			return true
		}
	}
	return false
}

// bareBefore reports whether the exclusion at toks[k] has no subject of its
// own: the word before it (past auxiliaries) is a clause mark or a bare
// word (data/ruled_out.tsv), or it opens its clause (seg).
func (d *ruledOutData) bareBefore(toks []text.Token, seg, k int) bool {
	j := k - 1
	for j >= seg && d.aux[toks[j].Norm] {
		j--
	}
	return j < seg || toks[j].Kind == text.Punct || d.bare[toks[j].Norm]
}

// listMarked reports whether the sentence starting at byte start opens with
// a list mark (a number followed by "." or ")", or a bullet).
func listMarked(toks []text.Token, start int) bool {
	k := sort.Search(len(toks), func(k int) bool { return toks[k].Start >= start })
	if k >= len(toks) {
		return false
	}
	if t := toks[k].Text; t == "-" || t == "*" || t == "•" {
		return true
	}
	return toks[k].Kind == text.Number && k+1 < len(toks) && (toks[k+1].Text == "." || toks[k+1].Text == ")")
}

// clauseEnd returns the index after the last token of the clause that runs
// from k (up to a hard stop, or a comma when comma is set), at most end.
func clauseEnd(toks []text.Token, k, end int, comma bool) int {
	for k < end && !hardStop(&toks[k]) && !(comma && toks[k].Text == ",") {
		k++
	}
	return k
}

// sameCondition reports whether two candidates name one condition: one
// category, or one head word ("aortic dissection" and "no dissection").
func (e *Engine) sameCondition(a, b *cand, vts []vt) bool {
	if sameCategory(a.code, b.code) {
		return true
	}
	return a.head >= 0 && b.head >= 0 && a.head < len(vts) && b.head < len(vts) && vts[a.head].w == vts[b.head].w
}

// otherCondition reports whether a candidate that names another condition
// than cands[i] starts inside bytes [a, b).
func (e *Engine) otherCondition(cands []cand, i int, vts []vt, a, b int) bool {
	for j := range cands {
		cj := &cands[j]
		if j == i || len(cj.pos) == 0 {
			continue
		}
		if s := int(vts[cj.pos[0]].start); s >= a && s < b && !e.sameCondition(&cands[i], cj, vts) {
			return true
		}
	}
	return false
}

// mentionWordIn reports whether a word of the mention's evidence ev (not a
// plain word, data/ruled_out.tsv) is said again in toks[a:b]: "CT of the
// pulmonary arteries" is about a pulmonary embolism.
func (e *Engine) mentionWordIn(toks []text.Token, ev []model.Span, a, b int, d *ruledOutData) bool {
	for _, sp := range ev {
		k := sort.Search(len(toks), func(k int) bool { return toks[k].Start >= sp.Start })
		for ; k < len(toks) && toks[k].End <= sp.End; k++ {
			w := toks[k].Norm
			if toks[k].Kind != text.Word || len(w) < 3 || d.plain[w] {
				continue
			}
			for j := a; j < b; j++ {
				if toks[j].Norm == w {
					return true
				}
			}
		}
	}
	return false
}

// ruledGap is the fewest bytes between a mention's first words and a word
// read far after them for a hedge between them to be looked for.
const ruledGap = 12

// ruledOutNote explains a weighed condition the workup excluded.
const ruledOutNote = "weighed and excluded by a negative test or a later denial: not coded (II.H applies only to a diagnosis uncertain at discharge)"
