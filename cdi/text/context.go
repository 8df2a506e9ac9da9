package text

import "notecoder/cdi/model"

// Assertion is the ConText engine: trigger phrases (data/context.tsv) with a
// category and a scope direction, pseudo-triggers that block them, and
// terminators that end a scope. Build it once with Assertions; it is
// read-only and safe for concurrent use.
type Assertion struct {
	contextData
}

// Assertions returns the embedded ConText engine, parsed on first use.
func Assertions() *Assertion {
	return loadAssertions()
}

// Classify says how the mention (a span inside sentence, both byte offsets
// into s) is asserted: negated, possible, historical, family, hypothetical or
// present. The section kind matters: a mention in a family-history section is
// Family, in a past-history section Historical, unless a stronger trigger
// (negation) applies. A condition of someone other than the patient who is
// not a blood relative ("her husband has hepatitis C") is Hypothetical: it
// is not the patient's and not a family history.
func (a *Assertion) Classify(s string, sentence, mention model.Span, sectionKind string) model.Assertion {
	return a.classify(s, sentence, mention, sectionKind)
}
