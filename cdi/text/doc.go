// Package text is the language layer of the coding brain: it turns raw note
// text into tokens with byte offsets, normalised word forms, sections,
// sentences and list items, expands clinical abbreviations in context, and
// classifies how each mention is asserted (ConText: negated, possible,
// historical, family, hypothetical). Everything the coder needs to read a note
// before it matches index terms lives here, so cdi/coder never looks at raw
// bytes itself.
//
// The package is pure (no I/O at run time): its lexicons (header synonyms,
// abbreviations, misspellings, ConText triggers, content cues) are data files
// under data/ embedded with go:embed and parsed once on first use. All
// offsets are byte offsets into the UTF-8 text passed in; every function
// accepts any byte string (including invalid UTF-8) without panicking.
// All exported values are safe for concurrent use.
package text
