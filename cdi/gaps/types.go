package gaps

import (
	_ "embed"
	"slices"
	"strings"

	"notecoder/cdi/codeset"
	"notecoder/cdi/model"
	"notecoder/cdi/text"
)

// Type questions from data/types.tsv: the classic CDI queries whose answers
// the code set files outside the finding's own family (anemia: acute blood
// loss D62, iron deficiency D50.9, anemia in CKD D63.1). The options' codes
// come from the Alphabetic Index paths the file names, so they follow the
// loaded code set; the file only says which answers are the usual ones.

//go:embed data/types.tsv
var typesTSV string

// typeQ is the type question of one code.
type typeQ struct {
	ans     *answer
	settle  [][]string            // phrases (word stems) that name a type
	byFirst map[string][][]string // settle by first stem
	// only: the question is asked only when the finding's own words
	// include one of these stems ("renal insufficiency", not "renal
	// lesion", for the kidney function question of N28.9); nil: always
	only []string
}

// buildTypes parses data/types.tsv against the code set's index.
func (g *Engine) buildTypes(src string) error {
	ix := g.cs.Index()
	if ix == nil {
		return nil
	}
	for n, line := range strings.Split(src, "\n") {
		line = strings.TrimRight(line, "\r")
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) < 4 || len(f) > 6 {
			return &ErrBadData{File: "types.tsv", Line: n + 1, Msg: "want 4 to 6 tab-separated fields"}
		}
		c, ok := g.cs.Lookup(f[0])
		if !ok {
			continue // not in this release
		}
		if !validKind[f[1]] {
			return &ErrBadData{File: "types.tsv", Line: n + 1, Msg: "unknown kind " + f[1]}
		}
		var opts []optCode
		var settle [][]string
		for _, o := range strings.Split(f[3], ";") {
			label, path, ok := strings.Cut(o, "=")
			if !ok {
				return &ErrBadData{File: "types.tsv", Line: n + 1, Msg: "option " + o + " lacks label=path"}
			}
			oc := g.indexOption(path)
			if oc == nil || oc == c {
				continue
			}
			label = strings.TrimSpace(label)
			opts = append(opts, optCode{label: label, code: oc})
			settle = append(settle, labelPhrase(label))
		}
		if len(opts) < 2 {
			continue
		}
		if len(f) >= 5 {
			for _, w := range strings.Split(f[4], ";") {
				if ws := stems(normWords(w)); len(ws) > 0 {
					settle = append(settle, ws)
				}
			}
		}
		var only []string
		if len(f) == 6 {
			for _, w := range strings.Split(f[5], ";") {
				only = append(only, stems(normWords(w))...)
			}
		}
		a := &answer{kind: f[1], options: opts, cross: true,
			message: g.conditionName(c, nil) + ": " + f[2] + " not documented"}
		a.std = slices.Clip(withStandardOptions(opts, false))
		if g.types == nil {
			g.types = map[string]*typeQ{}
			g.typeCats = g.typeCats.reset(nCatSlots)
		}
		if i, ok := catSlot(c.Code); ok {
			g.typeCats.set(i)
		}
		q := &typeQ{ans: a, settle: settle, only: only, byFirst: map[string][][]string{}}
		for _, ph := range settle {
			if len(ph) > 0 {
				q.byFirst[ph[0]] = append(q.byFirst[ph[0]], ph)
			}
		}
		g.types[c.Code] = q
	}
	return nil
}

// indexOption returns the billable code an option's index path ("Anemia >
// blood loss > acute") leads to in the loaded code set, or nil: a path to a
// header gives its unspecified child (see unspecifiedChild).
func (g *Engine) indexOption(path string) *codeset.Code {
	var steps []string
	for _, s := range strings.Split(path, ">") {
		steps = append(steps, strings.TrimSpace(s))
	}
	t := g.cs.Index().Navigate(steps...)
	if t == nil || t.Code == "" {
		return nil
	}
	oc, ok := g.cs.Lookup(indexCode(t.Code))
	if ok && !oc.Billable {
		oc, ok = g.unspecifiedChild(oc)
	}
	if !ok || !oc.Billable {
		return nil
	}
	return oc
}

// labelPhrase is what of a label names the type in note text: its words
// without the linking words before them and without a leading acuity
// ("acute blood loss" -> "blood loss", "in chronic kidney disease" ->
// "kidney disease"), so "acute anemia" or "blood transfusion" do not pass
// for a type; a label that is only such words stays whole ("chronic").
func labelPhrase(label string) []string {
	ws := normWords(label)
	i := 0
	for i < len(ws) && labelLead[ws[i]] {
		i++
	}
	if i == len(ws) {
		i = 0
	}
	return stems(ws[i:])
}

// labelLead are the words a label may start with that name no type.
var labelLead = map[string]bool{"in": true, "due": true, "to": true, "with": true, "acute": true, "chronic": true}

func stems(ws []string) []string {
	out := make([]string, len(ws))
	for i, w := range ws {
		out[i] = stem(w)
	}
	return out
}

// typeFor returns the type question of a finding coded c with evidence ev
// whose sentence is toks, or nil: none for c, or the row asks only about
// some words and the evidence has none of them, or a word of the sentence
// outside the skip spans (other findings' evidence, sorted) already names a
// type, or a linking phrase after the finding's evidence names a cause
// ("anemia secondary to ...", "hypotension due to ...": the type follows
// from the cause, whatever other finding it is; see linkedAfter).
func (g *Engine) typeFor(c *codeset.Code, ev []model.Span, toks []text.Token, skip []model.Span) *answer {
	q := g.types[c.Code]
	if q == nil {
		return nil
	}
	if q.only != nil && !evidenceHas(toks, ev, q.only) {
		return nil
	}
	var buf [64]string
	ws := buf[:0]
	k := 0
	for _, t := range toks {
		if t.Kind == text.Punct {
			continue
		}
		for k < len(skip) && skip[k].End <= t.Start {
			k++
		}
		if k < len(skip) && skip[k].Start <= t.Start && t.End <= skip[k].End {
			ws = append(ws, "") // phrases do not join across another finding
			continue
		}
		ws = append(ws, stem(t.Norm))
	}
	for i, w := range ws {
		for _, ph := range q.byFirst[w] {
			if i+len(ph) <= len(ws) && slices.Equal(ws[i:i+len(ph)], ph) {
				return nil
			}
		}
	}
	if g.linkedAfter(toks, ev, skip) {
		return nil
	}
	return q.ans
}

// ownsFinding reports whether a types.tsv row asks about finding fd (coded
// c, sentence tokens st): the code has a row and the row's only-column, if
// any, names a word of the finding. A row that asks only about some words
// leaves the others to the family's own question: "acute pancreatitis" is
// asked its cause, "pancreatitis" its acuity first.
func (g *Engine) ownsFinding(c *codeset.Code, fd *model.Finding, st []text.Token) bool {
	if !g.hasType(c.Code) {
		return false
	}
	q := g.types[c.Code]
	return q.only == nil || evidenceHas(st, fd.Evidence, q.only)
}

// evidenceHas reports whether a token of toks inside one of the ev spans
// has one of the stems.
func evidenceHas(toks []text.Token, ev []model.Span, stems []string) bool {
	for _, t := range toks {
		if t.Kind == text.Punct || !slices.Contains(stems, stem(t.Norm)) {
			continue
		}
		for _, sp := range ev {
			if sp.Start <= t.Start && t.End <= sp.End {
				return true
			}
		}
	}
	return false
}

// unspecifiedChild returns the billable code under a header the index
// names ("Osteoarthritis > shoulder" is M19.01-) that leaves the rest
// unspecified (M19.019, unspecified shoulder), so a question that asks for
// the site offers a code and the laterality is asked next.
func (g *Engine) unspecifiedChild(h *codeset.Code) (*codeset.Code, bool) {
	for range 3 {
		// the child that leaves the most unspecified: "Unspecified
		// traumatic cataract, unspecified eye", not "..., right eye"
		var next *codeset.Code
		best := 0
		for _, k := range g.cs.Children(h.Code) {
			if n := strings.Count(strings.ToLower(k.Title), "unspecified"); n > best {
				next, best = k, n
			}
		}
		if next == nil {
			return nil, false
		}
		if next.Billable {
			return next, true
		}
		h = next
	}
	return nil, false
}

// hasType reports whether a code has a type question: a bit of its
// category first, so the findings of other categories (nearly all) cost no
// map look-up.
func (g *Engine) hasType(code string) bool {
	if len(code) < 3 {
		return false
	}
	if i, ok := catSlot(code); !ok || !g.typeCats.has(i) {
		return false
	}
	return g.types[code] != nil
}

// optionCoded reports whether the note codes one of a cross-family
// answer's options: the type is documented elsewhere in the note.
func optionCoded(a *answer, coded []string) bool {
	if !a.cross {
		return false
	}
	for _, o := range a.options {
		if slices.Contains(coded, o.code.Code) {
			return true
		}
	}
	return false
}
