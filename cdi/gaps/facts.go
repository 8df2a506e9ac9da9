package gaps

import (
	"slices"

	"notecoder/cdi/model"
	"notecoder/cdi/text"
)

// SectionFacts is what the text of one section contributes to the
// note-level clinical-indicator prompts: the analyte values it documents
// (sodium 126, creatinine 2.1 from 1.0; byte spans relative to the section
// text) and which indicator phrases ("weight loss", "hyponatremia") it
// contains. It is a pure function of the section text and of the Engine's
// indicator data, and immutable once built, so the incremental layer caches
// it with the section's coder output and a keystroke re-extracts only the
// sections it touched. The zero value and nil mean "nothing found".
type SectionFacts struct {
	vals    []labValue
	phrases []uint16 // ids into indSet.phrases, ascending, unique
}

// Values is the number of analyte values found, for tests and metrics.
func (f *SectionFacts) Values() int {
	if f == nil {
		return 0
	}
	return len(f.vals)
}

// PlacedFacts is one section's facts placed in its note: Offset is the byte
// offset of the section text in the note.
type PlacedFacts struct {
	Offset int
	Facts  *SectionFacts
}

var noFacts = &SectionFacts{}

// Facts extracts the indicator facts of one section's text (its body, as
// the coder sees it). Its cost is one tokenisation of s; call it when the
// section changes and keep the result. It returns a shared empty value when
// indicators are off or s documents nothing.
func (g *Engine) Facts(s string) *SectionFacts {
	if g.opts.NoIndicators || len(g.ind.rules) == 0 || s == "" {
		return noFacts
	}
	sc := g.pool.Get().(*scratch)
	defer g.pool.Put(sc)
	sc.toks = text.AppendTokens(sc.toks[:0], s, 0)
	ws, wi := sc.ws[:0], sc.wi[:0]
	for k, t := range sc.toks {
		if t.Kind != text.Punct {
			ws = append(ws, t.Norm)
			wi = append(wi, k)
		}
	}
	vals := readValues(sc.vals[:0], sc.toks, ws, wi, g.ind.byFirst)
	ids := sc.ids[:0]
	for i, w := range ws {
		for _, id := range g.ind.phByFst[w] {
			p := g.ind.phrases[id]
			if i+len(p) <= len(ws) && eqWords(ws[i:i+len(p)], p) {
				ids = append(ids, id)
			}
		}
	}
	clear(ws) // drop the pooled references to the note text
	clear(sc.toks)
	sc.ws, sc.wi, sc.vals, sc.ids = ws[:0], wi, vals, ids
	if len(vals) == 0 && len(ids) == 0 {
		return noFacts
	}
	slices.Sort(ids)
	return &SectionFacts{vals: slices.Clone(vals), phrases: slices.Compact(slices.Clone(ids))}
}

// PromptsFrom is the note-level step of Prompts for callers that keep
// per-section facts (the incremental layer): specificity prompts for the
// findings of res, read from each finding's own sentence in note, and
// indicator prompts from the facts of every section (in note order) and the
// diagnoses of res. Its cost follows the findings, their sentences and the
// number of values found, not the length of note. Facts whose spans fall
// outside note are ignored.
func (g *Engine) PromptsFrom(note string, facts []PlacedFacts, ctx model.Context, res *model.Result) []model.Prompt {
	if res == nil {
		return nil
	}
	sc := g.pool.Get().(*scratch)
	defer g.pool.Put(sc)
	g.specificity(note, sc, res)
	var ind []model.Prompt
	if !g.opts.NoIndicators {
		ind = g.indicators(note, facts, sc, ctx, res)
	}
	if len(sc.drafts) == 0 && len(ind) == 0 {
		return nil
	}
	out := make([]model.Prompt, 0, len(sc.drafts)+len(ind))
	out = g.buildSpec(out, sc, ctx)
	out = append(out, ind...)
	sortPrompts(out)
	return out
}

// Prompts returns the prompts for a coded note, highest impact first: at most
// one specificity prompt per finding, plus clinical-indicator prompts. It has
// the signature of coder.PromptFunc so it can be plugged into the coder for
// batch use; it extracts the facts of every section of note itself (the
// sections the coder reads), so it gives what Facts + PromptsFrom give.
// Negated, hypothetical, historical and family findings never prompt, nor does
// a finding whose condition already has a more specific code in res.Codes.
func (g *Engine) Prompts(note string, ctx model.Context, res *model.Result) []model.Prompt {
	if res == nil {
		return nil
	}
	return g.PromptsFrom(note, g.noteFacts(note), ctx, res)
}

// Indicators returns the clinical-indicator prompts for a coded note: values
// documented in the note (sodium 126, BMI 42, a creatinine rise, lactate with
// hypotension) with no corresponding diagnosis in res. Thresholds come from
// data/indicators.tsv. Each prompt cites the text of the values it found.
// Prompts also returns them unless Options.NoIndicators is set.
func (g *Engine) Indicators(note string, ctx model.Context, res *model.Result) []model.Prompt {
	if res == nil || g.opts.NoIndicators {
		return nil
	}
	sc := g.pool.Get().(*scratch)
	defer g.pool.Put(sc)
	return g.indicators(note, g.noteFacts(note), sc, ctx, res)
}

// noteFacts extracts the facts of every section body of a whole note.
func (g *Engine) noteFacts(note string) []PlacedFacts {
	if g.opts.NoIndicators {
		return nil
	}
	secs := text.Sections(note)
	out := make([]PlacedFacts, 0, len(secs))
	for _, s := range secs {
		if s.Body.End <= s.Body.Start {
			continue
		}
		out = append(out, PlacedFacts{Offset: s.Body.Start, Facts: g.Facts(note[s.Body.Start:s.Body.End])})
	}
	return out
}

// indicators evaluates the rules on the facts of a note.
func (g *Engine) indicators(note string, facts []PlacedFacts, sc *scratch, ctx model.Context, res *model.Result) []model.Prompt {
	if len(g.ind.rules) == 0 {
		return nil
	}
	vals := sc.vals[:0]
	present := sc.present.reset(len(g.ind.phrases))
	sc.present = present
	for _, pf := range facts {
		if pf.Facts == nil {
			continue
		}
		for _, v := range pf.Facts.vals {
			v.span = v.span.Shift(pf.Offset)
			if v.span.Start < 0 || v.span.End > len(note) || v.span.Start >= v.span.End {
				continue
			}
			vals = append(vals, v)
		}
		for _, id := range pf.Facts.phrases {
			present.set(id)
		}
	}
	// note order, whatever order the sections came in: the first value of
	// an analyte is its baseline
	if !slices.IsSortedFunc(vals, byStart) {
		slices.SortStableFunc(vals, byStart)
	}
	sc.vals = vals
	dx := sc.dx[:0] // present codes and findings, for dx: and unless
	for _, c := range res.Codes {
		if reportable(c.Assertion) {
			dx = append(dx, c.Code)
		}
	}
	for _, f := range res.Findings {
		if reportable(f.Assertion) {
			dx = append(dx, f.Code)
		}
	}
	sc.dx = dx
	var out []model.Prompt
	for i := range g.ind.rules {
		if p, ok := g.evalIndicator(&g.ind.rules[i], note, present, vals, dx, ctx); ok {
			out = append(out, p)
		}
	}
	return out
}

func byStart(a, b labValue) int { return a.span.Start - b.span.Start }

// bitset marks the phrase ids present in a note.
type bitset []uint64

// reset returns the set cleared and sized for n ids.
func (b bitset) reset(n int) bitset {
	w := (n + 63) / 64
	if cap(b) < w {
		return make(bitset, w)
	}
	b = b[:w]
	clear(b)
	return b
}

func (b bitset) set(id uint16) {
	if i := int(id) >> 6; i < len(b) {
		b[i] |= 1 << (id & 63)
	}
}

func (b bitset) has(id uint16) bool {
	i := int(id) >> 6
	return i < len(b) && b[i]&(1<<(id&63)) != 0
}

// scratch holds the per-call buffers of Facts and PromptsFrom (pooled: the
// keystroke path allocates little more than what it returns).
type scratch struct {
	toks    []text.Token
	ws      []string
	wi      []int
	vals    []labValue
	ids     []uint16
	present bitset
	dx      []string
	coded   []string
	scopes  map[model.Span][2]int // finding scope -> its tokens in toks
	seen    map[string]bool       // prompt keys already given
	feats   []feat
	drafts  []specDraft
	keyBuf  []byte
}
