package text

import "notecoder/cdi/model"

// Sentence is one sentence or list item. ListItem is true for numbered or
// bulleted items and for semicolon-separated entries of a list line, which
// the coder treats as separate diagnostic statements.
type Sentence struct {
	Span     model.Span
	ListItem bool
}

// Sentences splits the part of s inside within into sentences and list items.
// Spans are ordered, non-overlapping, inside within and trimmed of white
// space. An out-of-range within is clamped to s.
func Sentences(s string, within model.Span) []Sentence {
	return sentences(s, within)
}

// AppendSentences is Sentences appending to dst, for hot paths that split
// one section per keystroke and can reuse a buffer instead of leaving a new
// slice to the garbage collector. dst[:len(dst)] is kept as is.
func AppendSentences(dst []Sentence, s string, within model.Span) []Sentence {
	return appendSentences(dst, s, within)
}
