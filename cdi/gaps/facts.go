package gaps

import (
	"slices"
	"sort"

	"notecoder/cdi/codeset"
	"notecoder/cdi/model"
	"notecoder/cdi/text"
)

// SectionFacts is what the text of one section contributes to the
// note-level prompts: the analyte values it documents (sodium 126, creatinine
// 2.1 from 1.0; byte spans relative to the section text), which indicator
// phrases ("weight loss", "hyponatremia") it contains, and for each of the
// section's findings that could prompt, the question its sentence leaves
// open and the prompt's key. It is a pure function of the section text,
// the section's findings and the Engine's data, and immutable once built, so
// the incremental layer caches it with the section's coder output and a
// keystroke re-extracts only the sections it touched. The zero value and nil
// mean "nothing found".
type SectionFacts struct {
	n       int // length of the section text
	vals    []labValue
	phrases []uint16    // ids into indSet.phrases, ascending, unique
	finds   []findFacts // by scope start
	terms   []termHit   // asserted mentions of data/nocode.tsv terms, in text order
	// sides are the starts of the section's side words, noteVals the
	// values of the "note" rows it states (a handedness): what a question
	// about another section's finding reads of this one (sideElsewhere,
	// noteMentions), kept here so a keystroke reads only the edited section.
	sides    []int32
	noteVals []int32
}

// findFacts is what one finding's sentence says, read with its section:
// the question it leaves open (nil: none) and the prompt's key.
type findFacts struct {
	scope model.Span   // relative to the section text, as the coder gave it
	ev    []model.Span // idem
	code  string       // the finding's code as the coder wrote it (the answer depends on it)
	feats []feat       // axis values the sentence settles
	ans   *answer
	key   string
}

// Values is the number of analyte values found, for tests and metrics.
func (f *SectionFacts) Values() int {
	if f == nil {
		return 0
	}
	return len(f.vals)
}

// Findings is the number of findings whose sentence was read ahead, for
// tests and metrics.
func (f *SectionFacts) Findings() int {
	if f == nil {
		return 0
	}
	return len(f.finds)
}

// PlacedFacts is one section's facts placed in its note: Offset is the byte
// offset of the section text in the note. Facts must come from the Engine
// that uses them (phrase ids and answers are its own).
type PlacedFacts struct {
	Offset int
	Facts  *SectionFacts
}

var noFacts = &SectionFacts{}

// Facts extracts the facts of one section's text (its body, as the coder
// sees it) given the findings the coder read in it (offsets relative to s,
// as in coder.SectionResult; nil is allowed and leaves the sentences to be
// read by PromptsFrom). Its cost is one tokenisation of s and a scan of each
// prompting finding's sentence; call it when the section changes and keep
// the result. It returns a shared empty value when s yields nothing.
func (g *Engine) Facts(s string, findings []model.Finding) *SectionFacts {
	return g.FactsTokens(s, nil, findings)
}

// FactsTokens is Facts with the tokens of s already made: toks must be what
// text.AppendTokens(nil, s, 0) returns (the coder tokenises each section the
// same way, and coder.Engine.SectionWith hands its tokens over, so a
// keystroke pays for one tokenisation, not two). toks is only read during
// the call. With toks nil, s is tokenised here.
func (g *Engine) FactsTokens(s string, toks []text.Token, findings []model.Finding) *SectionFacts {
	return g.FactsKind(s, "", toks, findings)
}

// FactsKind is FactsTokens for a section whose kind (text.PMH,
// text.Assessment, ...; "" unknown) the caller knows: a term without a code
// (data/nocode.tsv) named in a past-history or family-history section is
// not a current condition to ask about, as the coder reads the section.
func (g *Engine) FactsKind(s, kind string, toks []text.Token, findings []model.Finding) *SectionFacts {
	if s == "" {
		return noFacts
	}
	sc := g.pool.Get().(*scratch)
	defer g.pool.Put(sc)
	if toks == nil {
		sc.toks = text.AppendTokens(sc.toks[:0], s, 0) // once for values and sentences
		toks = sc.toks
		defer clear(sc.toks) // drop the pooled references to the text
	}
	f := &SectionFacts{n: len(s)}
	if !g.opts.NoIndicators && (len(g.ind.rules) > 0 || len(g.nocode) > 0) {
		g.indicatorFacts(s, kind, sc, toks, f)
	}
	g.findingFacts(s, findings, sc, toks, f)
	f.sides = g.sideOffsets(toks)
	f.noteVals = g.lx.noteValues(toks)
	if len(f.vals) == 0 && len(f.phrases) == 0 && len(f.finds) == 0 && len(f.terms) == 0 && len(f.sides) == 0 && len(f.noteVals) == 0 {
		return noFacts
	}
	return f
}

// indicatorFacts reads the analyte values, indicator phrases and mentions
// of terms without a code of the section s (kind, tokenised as toks) into f.
func (g *Engine) indicatorFacts(s, kind string, sc *scratch, toks []text.Token, f *SectionFacts) {
	ws, wi, ent := sc.ws[:0], sc.wi[:0], sc.ent[:0]
	any := false
	for k, t := range toks {
		if t.Kind != text.Punct {
			e := g.ind.vocab[t.Norm]
			any = any || e != nil
			ws = append(ws, t.Norm)
			wi = append(wi, k)
			ent = append(ent, e)
		}
	}
	vals, ids := sc.vals[:0], sc.ids[:0]
	var hits [][3]int // nocode row, first word, words
	if any {
		vals = readValues(vals, toks, ws, wi, ent)
		for i, e := range ent {
			if e == nil {
				continue
			}
			for _, id := range e.phr {
				p := g.ind.phrases[id]
				if i+len(p) <= len(ws) && eqWords(ws[i:i+len(p)], p) {
					ids = append(ids, id)
				}
			}
			for _, q := range e.terms {
				if n := g.nocode[q].termAt(ws, i); n > 0 {
					hits = append(hits, [3]int{int(q), i, n})
				}
			}
		}
	}
	if len(hits) > 0 {
		g.termFacts(s, kind, toks, wi, hits, f)
	}
	clear(ws) // drop the pooled references to the text
	sc.ws, sc.wi, sc.ent, sc.vals, sc.ids = ws[:0], wi, ent[:0], vals, ids
	if len(vals) > 0 {
		f.vals = slices.Clone(vals)
	}
	if len(ids) > 0 {
		slices.Sort(ids)
		f.phrases = slices.Compact(slices.Clone(ids))
	}
}

// ffDraft is a finding read ahead, before its slices are allocated.
type ffDraft struct {
	fd           *model.Finding
	c            *codeset.Code
	ans          *answer
	featA, featB int // its settled values in scratch.feats
	keyA, keyB   int // its key in scratch.keyBuf
}

// findingFacts reads what the sentence of each finding that could prompt
// settles, exactly as specificity would read it in the note, and stores the
// answer and key in f (one array each for all findings, spans and values,
// one string for all keys). Findings whose spans do not lie in s are left
// to PromptsFrom.
func (g *Engine) findingFacts(s string, findings []model.Finding, sc *scratch, toks []text.Token, f *SectionFacts) {
	ds := sc.ffDrafts[:0]
	feats := sc.feats[:0]
	keys := sc.keyBuf[:0]
	nEv := 0
	for i := range findings {
		fd := &findings[i]
		if !reportable(fd.Assertion) && fd.Assertion != model.Historical {
			continue // historical ones may be current: PromptsFrom decides
		}
		c, fam := g.askable(fd)
		if fam == nil && !g.mayMean(fd.Code) && !g.hasType(fd.Code) {
			continue
		}
		if c == nil {
			if c, _ = g.cs.Lookup(fd.Code); c == nil {
				continue
			}
		}
		// the same reading in s as in the note only if every span lies in s
		scope, ok := clamp(fd.Scope, len(s))
		if !ok {
			continue
		}
		inside := true
		for _, sp := range fd.Evidence {
			if _, ok := clamp(sp, len(s)); !ok {
				inside = false
			}
		}
		if !inside {
			continue
		}
		st := tokensIn(toks, scope)
		d := ffDraft{fd: fd, c: c, featA: len(feats)}
		feats, sc.skip = g.settled(feats, sc.skip[:0], fd, findings, scope, st)
		d.featB = len(feats)
		d.keyA, d.keyB = len(keys), len(keys)
		if d.ans = g.meaningFor(c, fam, fd, findings, st); d.ans == nil {
			if g.ownsFinding(c, fd, st) {
				sc.skip = foreignSpans(sc.skip[:0], fd, findings, scope)
				d.ans = g.typeFor(c, fd.Evidence, st, sc.skip)
			} else if fam != nil {
				d.ans = g.answerFor(fam, feats[d.featA:d.featB])
			}
		}
		if d.ans != nil {
			keys = appendKey(keys, d.ans, c, s, fd.Evidence, st)
			d.keyB = len(keys)
		}
		nEv += len(fd.Evidence)
		ds = append(ds, d)
	}
	sc.feats, sc.keyBuf = feats[:0], keys[:0]
	defer func() { clear(ds); sc.ffDrafts = ds[:0] }()
	if len(ds) == 0 {
		return
	}
	f.finds = make([]findFacts, len(ds))
	evs := make([]model.Span, nEv)
	var fs []feat
	if len(feats) > 0 {
		fs = slices.Clone(feats)
	}
	ks := string(keys)
	for i, d := range ds {
		ev := evs[:len(d.fd.Evidence):len(d.fd.Evidence)]
		evs = evs[len(ev):]
		copy(ev, d.fd.Evidence)
		f.finds[i] = findFacts{scope: d.fd.Scope, ev: ev, code: d.fd.Code, ans: d.ans, key: ks[d.keyA:d.keyB]}
		if d.featB > d.featA {
			f.finds[i].feats = fs[d.featA:d.featB:d.featB]
		}
	}
	slices.SortStableFunc(f.finds, func(a, b findFacts) int { return a.scope.Start - b.scope.Start })
}

// tokensIn returns the tokens that lie inside sp.
func tokensIn(toks []text.Token, sp model.Span) []text.Token {
	i := sort.Search(len(toks), func(k int) bool { return toks[k].Start >= sp.Start })
	j := i
	for j < len(toks) && toks[j].End <= sp.End {
		j++
	}
	return toks[i:j]
}

// lookup returns the facts read ahead for a finding of the note (same
// spans, same code), placed at off, or nil.
func (f *SectionFacts) lookup(fd *model.Finding, off int) *findFacts {
	rs := fd.Scope.Start - off
	i, _ := slices.BinarySearchFunc(f.finds, rs, func(x findFacts, t int) int { return x.scope.Start - t })
	for ; i < len(f.finds) && f.finds[i].scope.Start == rs; i++ {
		ff := &f.finds[i]
		if ff.scope.End != fd.Scope.End-off || ff.code != fd.Code || len(ff.ev) != len(fd.Evidence) {
			continue
		}
		same := true
		for k, sp := range ff.ev {
			if sp.Shift(off) != fd.Evidence[k] {
				same = false
				break
			}
		}
		if same {
			return ff
		}
	}
	return nil
}

// placedLookup finds the facts read ahead for a finding among the sections
// (sorted by offset), or nil.
func placedLookup(facts []PlacedFacts, fd *model.Finding) *findFacts {
	i := sort.Search(len(facts), func(k int) bool { return facts[k].Offset > fd.Scope.Start }) - 1
	if i < 0 {
		return nil
	}
	pf := facts[i]
	if pf.Facts == nil || len(pf.Facts.finds) == 0 || fd.Scope.End > pf.Offset+pf.Facts.n {
		return nil
	}
	return pf.Facts.lookup(fd, pf.Offset)
}

// PromptsFrom is the note-level step of Prompts for callers that keep
// per-section facts (the incremental layer): specificity prompts for the
// findings of res, from what Facts read in each finding's sentence (a
// finding Facts did not see is read from note here), and indicator prompts
// from the values and phrases of every section and the diagnoses of res. Its
// cost follows the number of findings and values, not the length of note.
// Facts whose spans fall outside note are ignored. The Options slices of the
// prompts are shared between results (one per distinct question, cap ==
// len): read them, append to them, never write their elements.
func (g *Engine) PromptsFrom(note string, facts []PlacedFacts, ctx model.Context, res *model.Result) []model.Prompt {
	if res == nil {
		return nil
	}
	sc := g.pool.Get().(*scratch)
	defer g.pool.Put(sc)
	if !slices.IsSortedFunc(facts, byOffset) {
		sc.placed = append(sc.placed[:0], facts...)
		slices.SortStableFunc(sc.placed, byOffset)
		facts = sc.placed
		defer clear(sc.placed)
	}
	g.specificity(note, facts, sc, res)
	defer clear(sc.orph) // the drafts point into it until buildSpec
	var ind []model.Prompt
	if !g.opts.NoIndicators {
		ind = g.indicators(note, facts, sc, ctx, res)
	}
	if len(sc.drafts) == 0 && len(ind) == 0 {
		return nil
	}
	out := make([]model.Prompt, 0, len(sc.drafts)+len(ind))
	out = mergeSame(g.buildSpec(out, sc, ctx))
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
		out = append(out, PlacedFacts{Offset: s.Body.Start, Facts: g.FactsKind(note[s.Body.Start:s.Body.End], s.Kind, nil, nil)})
	}
	return out
}

// indicators evaluates the rules on the facts of a note.
func (g *Engine) indicators(note string, facts []PlacedFacts, sc *scratch, ctx model.Context, res *model.Result) []model.Prompt {
	if len(g.ind.rules) == 0 && len(g.nocode) == 0 {
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
	dx, dxEv := sc.dx[:0], sc.dxEv[:0] // present codes and findings, for dx: and unless
	for _, c := range res.Codes {
		if reportable(c.Assertion) {
			dx, dxEv = append(dx, c.Code), append(dxEv, c.Evidence)
		}
	}
	for _, f := range res.Findings {
		if reportable(f.Assertion) {
			dx, dxEv = append(dx, f.Code), append(dxEv, f.Evidence)
		}
	}
	sc.dx, sc.dxEv = dx, dxEv
	defer clear(sc.dxEv) // drop the references to the result
	var out []model.Prompt
	for i := range g.ind.rules {
		if p, ok := g.evalIndicator(&g.ind.rules[i], note, present, vals, dx, ctx, sc); ok {
			out = append(out, p)
		}
	}
	return g.nocodePrompts(out, note, facts, sc, ctx, res)
}

func byStart(a, b labValue) int { return a.span.Start - b.span.Start }

func byOffset(a, b PlacedFacts) int { return a.Offset - b.Offset }

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
	toks     []text.Token
	ws       []string
	wi       []int
	vals     []labValue
	ids      []uint16
	present  bitset
	dx       []string
	dxEv     [][]model.Span // the evidence of dx[i]
	coded    []string
	scopes   map[model.Span][2]int // finding scope -> its tokens in toks
	seen     map[string]bool       // prompt keys already given
	feats    []feat
	drafts   []specDraft
	keyBuf   []byte
	placed   []PlacedFacts
	ev       []model.Span
	ffDrafts []ffDraft
	ent      []*vocabEntry
	skip     []model.Span    // other findings' evidence in a finding's sentence
	orph     []model.Finding // findings made for codes no finding reached (companions)
}

// SameFacts reports whether two extractions of the same section, from
// oldBody and newBody (the section text before and after an edit), give the
// same prompts wherever the section sits: the same values, phrases and
// finding readings at the same offsets within the section, and the same text
// inside the value spans (prompt messages quote it). The incremental layer
// uses it to reuse a note's previous result, shifted, when a keystroke
// changed nothing that matters. nil and empty facts are equal.
func SameFacts(a, b *SectionFacts, oldBody, newBody string) bool {
	if a == nil {
		a = noFacts
	}
	if b == nil {
		b = noFacts
	}
	if a == b {
		return true
	}
	if len(a.vals) != len(b.vals) || !slices.Equal(a.phrases, b.phrases) || len(a.finds) != len(b.finds) || !slices.Equal(a.terms, b.terms) {
		return false
	}
	for i, v := range a.vals {
		w := b.vals[i]
		if v != w {
			return false
		}
		if v.span.End > len(oldBody) || w.span.End > len(newBody) || oldBody[v.span.Start:v.span.End] != newBody[w.span.Start:w.span.End] {
			return false
		}
	}
	for i, f := range a.finds {
		h := b.finds[i]
		if f.scope != h.scope || f.code != h.code || f.ans != h.ans || f.key != h.key || !slices.Equal(f.ev, h.ev) || !slices.Equal(f.feats, h.feats) {
			return false
		}
	}
	return true
}
