package gaps

import (
	_ "embed"
	"strings"

	"notecoder/cdi/model"
	"notecoder/cdi/text"
)

// A linkage question ("Acute kidney failure: associated condition not
// documented") asks the provider what a condition is linked to. A CDI
// specialist does not send it when the note already links the condition to
// another one, in whichever sentence or section it does so: "acute kidney
// injury due to sepsis" in the hospital course answers the bare "AKI" of the
// assessment too. The link is read two ways: the words of a sentence naming
// the condition (a linking phrase after it, before any other condition), and
// the coder's own combination codes (guideline I.A.15 "with": "sepsis with
// acute kidney injury" is R65.20, whose evidence holds the kidney injury).

//go:embed data/link_after.tsv
var linkAfterTSV string

// linkPhrase is one row of data/link_after.tsv, keyed by its first word.
type linkPhrase struct {
	next     string // the word that must follow the first, "" for none
	adjacent bool   // links only as the first word after the condition
}

// parseLinks reads data/link_after.tsv, keyed by normalised first word.
func parseLinks(src string) (map[string]linkPhrase, error) {
	m := map[string]linkPhrase{}
	for n, f := range dataRows(src) {
		if len(f) != 2 || f[1] != "near" && f[1] != "adjacent" {
			return nil, &ErrBadData{File: "link_after.tsv", Line: n, Msg: "want a phrase and near|adjacent"}
		}
		ws := normWords(f[0])
		if len(ws) < 1 || len(ws) > 2 {
			return nil, &ErrBadData{File: "link_after.tsv", Line: n, Msg: "want a one- or two-word phrase"}
		}
		p := linkPhrase{adjacent: f[1] == "adjacent"}
		if len(ws) == 2 {
			p.next = ws[1]
		}
		m[ws[0]] = p
	}
	return m, nil
}

// linkedInNote reports whether the note links fd's condition to another:
// fd or another present finding of the same code is followed in its sentence
// by a linking phrase, or sits in a combination code of another category.
// It runs only for a linkage question about to be asked.
func (g *Engine) linkedInNote(sc *scratch, note string, fd *model.Finding, res *model.Result) bool {
	for i := -1; i < len(res.Findings); i++ {
		o := fd
		if i >= 0 {
			if o = &res.Findings[i]; o == fd || o.Code != fd.Code || !reportable(o.Assertion) {
				continue
			}
		}
		if combined(o, res.Codes) {
			return true
		}
		scope, ok := clamp(o.Scope, len(note))
		if !ok {
			scope = evidenceHull(o.Evidence, len(note))
		}
		st := sc.scopeTokens(note, scope)
		sc.skip = foreignSpans(sc.skip[:0], o, res.Findings, scope)
		if g.linkedAfter(st, o.Evidence, sc.skip) {
			return true
		}
	}
	return false
}

// combined reports whether the coder put fd's words into a combination code
// of another category (R65.20 of "sepsis with acute kidney injury").
func combined(fd *model.Finding, codes []model.Code) bool {
	for i := range codes {
		c := &codes[i]
		if strings.HasPrefix(c.Rule, "combination") && reportable(c.Assertion) &&
			categoryOf(c.Code) != categoryOf(fd.Code) && overlapsAny(c.Evidence, fd.Evidence) {
			return true
		}
	}
	return false
}

// linkWindow is how many words after a condition a linking phrase may
// start and still be about it ("acute renal failure, likely secondary to",
// "AKI, which was felt to be due to"); further on, the phrase is about
// something else the sentence went on to ("smoker, and the death of a
// brother due to lung cancer").
const linkWindow = 6

// linkedAfter reports whether a linking phrase follows the evidence ev in
// the sentence toks, within linkWindow words and before any other
// condition's words (skip, sorted): in "acute kidney injury and anemia due
// to blood loss" the cause is the anemia's.
func (g *Engine) linkedAfter(toks []text.Token, ev []model.Span, skip []model.Span) bool {
	end := 0
	for _, sp := range ev {
		end = max(end, sp.End)
	}
	k, n := 0, 0
	for i, t := range toks {
		if t.Kind == text.Punct || t.Start < end {
			continue
		}
		if n++; n > linkWindow {
			return false
		}
		for k < len(skip) && skip[k].End <= t.Start {
			k++
		}
		if k < len(skip) && skip[k].Start <= t.Start && t.End <= skip[k].End {
			return false
		}
		p, ok := g.links[t.Norm]
		if !ok || p.adjacent && n > 1 {
			continue
		}
		if p.next == "" {
			return true
		}
		for _, u := range toks[i+1:] {
			if u.Kind != text.Punct {
				if u.Norm == p.next {
					return true
				}
				break
			}
		}
	}
	return false
}
