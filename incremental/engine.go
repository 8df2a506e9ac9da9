package incremental

import (
	"slices"

	"notecoder/cdi/coder"
	"notecoder/cdi/gaps"
	"notecoder/cdi/model"
	"notecoder/cdi/text"
)

// TextSplitter is the Splitter of the clinical text layer: sections at header
// lines, each section running from the end of the previous one (so the bounds
// cover the note exactly) to the start of the next header.
func TextSplitter(s string) []Bound {
	secs := text.Sections(s)
	out := make([]Bound, 0, len(secs))
	prev := 0
	for _, sec := range secs {
		start := prev
		body := sec.Body.Start
		if body < start {
			body = start
		}
		out = append(out, Bound{Start: start, End: sec.Body.End, Body: body, Kind: sec.Kind,
			HasHeader: sec.Header.End > sec.Header.Start})
		prev = sec.Body.End
	}
	if prev < len(s) {
		// Trailing bytes no section claimed (cannot happen with the current
		// splitter, but bounds must cover the text).
		if len(out) == 0 {
			out = append(out, Bound{Start: 0, End: len(s), Body: 0, Kind: text.Other})
		} else {
			out[len(out)-1].End = len(s)
		}
	}
	return out
}

// EngineCoder adapts the clinical engine to the Coder the analyzer drives:
// sections are coded by coder.Engine.Section, consolidated by
// coder.Engine.Consolidate, and prompts come from the gap engine.
//
// With G set, each section's facts (indicator values, what its findings'
// sentences settle) are extracted with the section (gaps.Engine.Facts) and
// cached with it, and Consolidate runs only the
// note-level step (gaps.Engine.PromptsFrom), whose cost does not grow with
// the note; E.Prompts is then not used. With G nil, Consolidate calls
// E.Prompts on the whole note, as a batch caller would.
type EngineCoder struct {
	E *coder.Engine
	G *gaps.Engine
}

// SectionOut is what EngineCoder.CodeSection returns and the analyzer
// caches: the coder's result for the section and, when a gap engine is set,
// the section's gap facts. Both are immutable once returned.
type SectionOut struct {
	Res   coder.SectionResult
	Facts *gaps.SectionFacts
}

// CodeSection codes one section body (and, when G is set, extracts its
// facts: indicator values and what its findings' sentences settle). It
// returns a *SectionOut.
func (c EngineCoder) CodeSection(body, kind string, ctx model.Context) any {
	out := &SectionOut{}
	if c.G == nil {
		out.Res = c.E.Section(body, kind, ctx)
		return out
	}
	out.Res = c.E.SectionWith(body, kind, ctx, func(toks []text.Token, res *coder.SectionResult) {
		out.Facts = c.G.FactsKind(body, kind, toks, res.Findings)
	})
	return out
}

// Consolidate applies the note-level guidelines and the gap engine. Parts
// must come from CodeSection of the same EngineCoder.
func (c EngineCoder) Consolidate(note string, parts []Part, ctx model.Context) model.Result {
	return c.consolidate(note, parts, ctx, func(ps []coder.Part) model.Result { return c.E.ConsolidateNote(note, ps, ctx) })
}

// ConsolidateState is Consolidate with the note state the analyzer already
// holds (coder.Engine.ConsolidateState): a note that names no pregnancy is
// not read again.
func (c EngineCoder) ConsolidateState(note string, parts []Part, ctx model.Context, state string) model.Result {
	return c.consolidate(note, parts, ctx, func(ps []coder.Part) model.Result { return c.E.ConsolidateState(note, ps, ctx, state) })
}

func (c EngineCoder) consolidate(note string, parts []Part, ctx model.Context, noteLevel func([]coder.Part) model.Result) model.Result {
	ps := make([]coder.Part, len(parts))
	var facts []gaps.PlacedFacts
	if c.G != nil {
		facts = make([]gaps.PlacedFacts, len(parts))
	}
	for i, p := range parts {
		so := p.Out.(*SectionOut)
		ps[i] = coder.Part{Offset: p.Offset, Kind: p.Kind, Res: so.Res}
		if c.G != nil {
			facts[i] = gaps.PlacedFacts{Offset: p.Offset, Facts: so.Facts}
		}
	}
	res := noteLevel(ps)
	switch {
	case c.G != nil:
		res.Prompts = c.G.PromptsFrom(note, facts, ctx, &res)
	case c.E.Prompts != nil:
		res.Prompts = c.E.Prompts(note, ctx, &res)
	}
	if res.Prompts == nil {
		res.Prompts = []model.Prompt{}
	}
	return res
}

// NoteState is the coder's reading of the whole note (coder.Engine.NoteState):
// the analyzer reuses a previous result only when it is unchanged.
func (c EngineCoder) NoteState(note string) string { return c.E.NoteState(note) }

// StateCue is coder.Engine.StateCue.
func (c EngineCoder) StateCue(body string) bool { return c.E.StateCue(body) }

// Same reports whether two outputs of one section are interchangeable for
// the note-level result: the same codes and findings at the same offsets in
// the body, the same words inside every finding's sentence (which the gap
// engine reads), and the same gap facts. With whole-note prompts (G nil and
// E.Prompts set) nothing can be reused, because they may read any text.
func (c EngineCoder) Same(a, b any, oldBody, newBody string) bool {
	if c.G == nil && c.E.Prompts != nil {
		return false
	}
	x, y := a.(*SectionOut), b.(*SectionOut)
	if !sameSectionResult(&x.Res, &y.Res, oldBody, newBody) {
		return false
	}
	return c.G == nil || gaps.SameFacts(x.Facts, y.Facts, oldBody, newBody)
}

func sameSectionResult(x, y *coder.SectionResult, oldBody, newBody string) bool {
	if len(x.Codes) != len(y.Codes) || len(x.Findings) != len(y.Findings) || x.Recovery != y.Recovery || x.LOC != y.LOC || x.Born != y.Born || x.Readmit != y.Readmit ||
		x.BirthGrams != y.BirthGrams || x.BirthWeeks != y.BirthWeeks ||
		!slices.Equal(x.StayDone, y.StayDone) || !slices.Equal(x.StayPast, y.StayPast) {
		return false
	}
	for i := range x.Codes {
		p, q := &x.Codes[i], &y.Codes[i]
		if p.Code != q.Code || p.System != q.System || p.Title != q.Title || p.Assertion != q.Assertion ||
			p.Section != q.Section || p.Confidence != q.Confidence || p.Why != q.Why || p.Rule != q.Rule ||
			p.Marks != q.Marks || !sameSpans(p.Evidence, q.Evidence) {
			return false
		}
	}
	for i := range x.Findings {
		p, q := &x.Findings[i], &y.Findings[i]
		if p.Code != q.Code || p.Title != q.Title || p.Assertion != q.Assertion || p.Section != q.Section ||
			p.Why != q.Why || p.Scope != q.Scope || !sameSpans(p.Evidence, q.Evidence) {
			return false
		}
		if !inBounds(p.Scope, oldBody) || !inBounds(q.Scope, newBody) ||
			oldBody[p.Scope.Start:p.Scope.End] != newBody[q.Scope.Start:q.Scope.End] {
			return false
		}
	}
	return true
}

func inBounds(s model.Span, text string) bool {
	return s.Start >= 0 && s.Start <= s.End && s.End <= len(text)
}
