// Package incrementaltest provides a stand-in clinical engine for tests of the
// layers above incremental (the server, the SDKs), which need codes and
// prompts that follow the text without loading the real code set.
package incrementaltest

import (
	"strings"

	"notecoder/cdi/model"
	"notecoder/incremental"
)

// Coder codes every "CHF" in a section body as I50.9 with a `type` prompt
// and every "knee OA" as M17.9 with a `laterality` prompt (options right,
// left, bilateral). Each mention is a finding; a code's evidence collects
// every mention in the note; its prompt carries the same evidence.
type Coder struct{}

type hit struct {
	code, kind string
	sp         model.Span
}

var words = []struct{ word, code, kind string }{{"CHF", "I50.9", "type"}, {"knee OA", "M17.9", "laterality"}}

// CodeSection finds the words in one section body.
func (Coder) CodeSection(body, kind string, ctx model.Context) any {
	var hits []hit
	for _, w := range words {
		for i := 0; ; {
			j := strings.Index(body[i:], w.word)
			if j < 0 {
				break
			}
			hits = append(hits, hit{w.code, w.kind, model.Span{Start: i + j, End: i + j + len(w.word)}})
			i += j + len(w.word)
		}
	}
	return hits
}

// Consolidate merges the sections' hits into one code and one prompt per
// word.
func (Coder) Consolidate(note string, parts []incremental.Part, ctx model.Context) model.Result {
	byCode := map[string]int{}
	res := model.Result{Prompts: []model.Prompt{}}
	for _, p := range parts {
		for _, h := range p.Out.([]hit) {
			sp := h.sp.Shift(p.Offset)
			res.Findings = append(res.Findings, model.Finding{Code: h.code, Title: h.code, Assertion: model.Present,
				Evidence: []model.Span{sp}, Scope: sp})
			if i, ok := byCode[h.code]; ok {
				res.Codes[i].Evidence = append(res.Codes[i].Evidence, sp)
				res.Prompts[i].Evidence = res.Codes[i].Evidence
				continue
			}
			byCode[h.code] = len(res.Codes)
			res.Codes = append(res.Codes, model.Code{System: "ICD-10-CM", Code: h.code, Title: h.code, Assertion: model.Present,
				Evidence: []model.Span{sp}, Confidence: 0.9, Rule: "fake"})
			res.Prompts = append(res.Prompts, model.Prompt{Kind: h.kind, Code: h.code, Message: h.code + ": " + h.kind + " not documented",
				Key: h.kind + "|" + h.code, Evidence: []model.Span{sp},
				Options: []model.Option{{Label: "right", Code: "M17.11"}, {Label: "left", Code: "M17.12"}, {Label: "bilateral", Code: "M17.0"}}})
		}
	}
	return res
}
