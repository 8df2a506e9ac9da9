package coder

import "notecoder/cdi/model"

// presentAnchor returns the index of the first present code with evidence
// whose code match accepts, or -1. The section steps that add a code the
// section states beside another one (a burn's extent, a confirmed abuse's
// perpetrator, an alcohol involvement's blood level) look for that code
// first and read the text only when there is one.
func presentAnchor(codes []model.Code, match func(string) bool) int {
	for i, c := range codes {
		if c.Assertion == model.Present && len(c.Evidence) > 0 && match(c.Code) {
			return i
		}
	}
	return -1
}

// addBeside appends code beside its anchor a: the same system, assertion,
// section and confidence, and a's first evidence span, since the added
// code describes the condition a codes rather than a mention of its own.
func (out *SectionResult) addBeside(a model.Code, code, title, rule, why string) {
	out.Codes = append(out.Codes, model.Code{System: a.System, Code: code, Title: title, Assertion: a.Assertion,
		Section: a.Section, Evidence: a.Evidence[:1:1], Confidence: a.Confidence, Rule: rule, Why: why})
}
