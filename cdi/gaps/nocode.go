package gaps

import (
	_ "embed"
	"slices"
	"strings"

	"notecoder/cdi/model"
	"notecoder/cdi/text"
)

// Terms without a code (data/nocode.tsv): "urosepsis" has no ICD-10-CM code
// and the guidelines require the provider to be asked what it means, so the
// coder, which reads only what codes, reports nothing for it and no finding
// can carry the question. The gap engine finds the term itself, with the
// section scan that reads indicator words (its spellings are in the same
// vocabulary, so a section costs no extra look-up), reads the mention's
// assertion in its sentence, and asks the row's question.

//go:embed data/nocode.tsv
var nocodeTSV string

// nocodeQ is one row of data/nocode.tsv.
type nocodeQ struct {
	kind, message string
	key           string // prompt key: "nocode|" + term
	words         [][]string
	unless        [][]string // all of (any of) code prefixes
	opts          []optCode
	std           []model.Option
}

// termHit is a mention of a nocode term, asserted present or possible.
type termHit struct {
	q    uint16 // index into Engine.nocode
	span model.Span
}

// buildNocode parses data/nocode.tsv against the code set's index and adds
// the rows' spellings to the indicator vocabulary.
func (g *Engine) buildNocode(src string) error {
	ix := g.cs.Index()
	if ix == nil {
		return nil
	}
	for n, f := range dataRows(src) {
		if len(f) != 6 {
			return &ErrBadData{File: "nocode.tsv", Line: n, Msg: "want 6 tab-separated fields"}
		}
		if !validKind[f[1]] {
			return &ErrBadData{File: "nocode.tsv", Line: n, Msg: "unknown kind " + f[1]}
		}
		if g.termCoded(f[0]) {
			continue // the code set codes the term itself
		}
		q := &nocodeQ{kind: f[1], message: f[2], key: "nocode|" + strings.ToLower(f[0])}
		for _, o := range strings.Split(f[3], ";") {
			label, path, ok := strings.Cut(o, "=")
			if !ok {
				return &ErrBadData{File: "nocode.tsv", Line: n, Msg: "option " + o + " lacks label=path"}
			}
			if c := g.indexOption(path); c != nil {
				q.opts = append(q.opts, optCode{label: strings.TrimSpace(label), code: c})
			}
		}
		if len(q.opts) < 2 {
			continue
		}
		q.std = slices.Clip(withStandardOptions(q.opts, false))
		if f[4] != "-" {
			for _, grp := range strings.Split(f[4], " & ") {
				var ps []string
				for _, p := range strings.Split(grp, ",") {
					if p = strings.TrimSpace(p); p != "" {
						ps = append(ps, p)
					}
				}
				q.unless = append(q.unless, ps)
			}
		}
		for _, w := range strings.Split(f[5], ";") {
			if ws := normWords(w); len(ws) > 0 {
				q.words = append(q.words, ws)
			}
		}
		if len(q.words) == 0 {
			return &ErrBadData{File: "nocode.tsv", Line: n, Msg: "no spelling"}
		}
		if len(g.nocode) >= maxPhrases {
			return &ErrBadData{File: "nocode.tsv", Line: n, Msg: "too many rows"}
		}
		id := uint16(len(g.nocode))
		g.nocode = append(g.nocode, q)
		for _, ws := range q.words {
			e := g.ind.vocab[ws[0]]
			if e == nil {
				e = &vocabEntry{}
				g.ind.vocab[ws[0]] = e
			}
			if !slices.Contains(e.terms, id) {
				e.terms = append(e.terms, id)
			}
		}
	}
	return nil
}

// termCoded reports whether the index gives a row's term a code: a main
// term ("Urosepsis") or a path to a subterm ("Disorder > opioid use", whose
// codes are only under its severities). A path the loaded index does not
// have counts as coded: the row's premise is the index's own entry.
func (g *Engine) termCoded(term string) bool {
	ix := g.cs.Index()
	if !strings.Contains(term, ">") {
		for _, t := range ix.Find(term) {
			if t.Code != "" {
				return true
			}
		}
		return false
	}
	var steps []string
	for _, s := range strings.Split(term, ">") {
		steps = append(steps, strings.TrimSpace(s))
	}
	t := ix.Navigate(steps...)
	return t == nil || t.Code != ""
}

// termAt returns the length in words of the spelling of row q that starts
// at ws[i] (0: none).
func (q *nocodeQ) termAt(ws []string, i int) int {
	for _, p := range q.words {
		if i+len(p) <= len(ws) && eqWords(ws[i:i+len(p)], p) {
			return len(p)
		}
	}
	return 0
}

// termFacts keeps the mentions of nocode terms the section asserts (present
// or possible: "possible urosepsis" still needs the provider's word) in f.
// hits are (row, first word, words) of each match, ws/wi the section's words
// and their token indexes; kind is the section's kind (a past-history
// section places a mention in the past). Called only when a term matched.
func (g *Engine) termFacts(s, kind string, toks []text.Token, wi []int, hits [][3]int, f *SectionFacts) {
	sents := text.Sentences(s, model.Span{Start: 0, End: len(s)})
	a := text.Assertions()
	for _, h := range hits {
		first, last := toks[wi[h[1]]], toks[wi[h[1]+h[2]-1]]
		m := model.Span{Start: first.Start, End: last.End}
		sent := model.Span{Start: 0, End: len(s)}
		for _, st := range sents {
			if st.Span.Start <= m.Start && m.End <= st.Span.End {
				sent = st.Span
				break
			}
		}
		switch a.ClassifyTokens(toks, sent, m, kind) {
		case model.Present, model.Possible:
			f.terms = append(f.terms, termHit{q: uint16(h[0]), span: m})
		}
	}
}

// nocodePrompts appends the question of each nocode row a section
// mentioned, citing every mention, unless the note says what the term
// meant: each unless group has a present code or finding (sc.dx) or a
// negated finding ("urinary tract infection without sepsis" rules the sepsis
// out as plainly as "sepsis due to urinary tract infection" rules it in).
func (g *Engine) nocodePrompts(out []model.Prompt, note string, facts []PlacedFacts, sc *scratch, ctx model.Context, res *model.Result) []model.Prompt {
	var ev []model.Span
	for qi, q := range g.nocode {
		ev = ev[:0]
		for _, pf := range facts {
			if pf.Facts == nil {
				continue
			}
			for _, h := range pf.Facts.terms {
				sp := h.span.Shift(pf.Offset)
				if int(h.q) == qi && sp.Start >= 0 && sp.End <= len(note) && sp.Start < sp.End {
					ev = append(ev, sp)
				}
			}
		}
		if len(ev) == 0 {
			continue
		}
		documented := len(q.unless) > 0
		for _, grp := range q.unless {
			documented = documented && (sc.dxPrefix(grp) >= 0 || negatedPrefix(res.Findings, grp))
		}
		if documented {
			continue
		}
		out = append(out, model.Prompt{
			Kind:     q.kind,
			Message:  q.message,
			Options:  q.std,
			Evidence: slices.Clone(ev),
			Impact:   g.impact(nil, q.opts, ctx),
			Key:      q.key,
		})
	}
	return out
}

// negatedPrefix reports whether a negated finding's code starts with one of
// prefixes.
func negatedPrefix(fs []model.Finding, prefixes []string) bool {
	for i := range fs {
		if fs[i].Assertion != model.Negated {
			continue
		}
		for _, p := range prefixes {
			if strings.HasPrefix(fs[i].Code, p) {
				return true
			}
		}
	}
	return false
}
