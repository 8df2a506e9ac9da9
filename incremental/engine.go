package incremental

import (
	"notecoder/cdi/coder"
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
// coder.Engine.Consolidate, and prompts come from the engine's PromptFunc.
type EngineCoder struct{ E *coder.Engine }

// CodeSection codes one section body.
func (c EngineCoder) CodeSection(body, kind string, ctx model.Context) any {
	r := c.E.Section(body, kind, ctx)
	return &r
}

// Consolidate applies the note-level guidelines and the gap engine.
func (c EngineCoder) Consolidate(note string, parts []Part, ctx model.Context) model.Result {
	ps := make([]coder.Part, len(parts))
	for i, p := range parts {
		ps[i] = coder.Part{Offset: p.Offset, Kind: p.Kind, Res: *p.Out.(*coder.SectionResult)}
	}
	res := c.E.Consolidate(ps, ctx)
	if c.E.Prompts != nil {
		res.Prompts = c.E.Prompts(note, ctx, &res)
	}
	if res.Prompts == nil {
		res.Prompts = []model.Prompt{}
	}
	return res
}
