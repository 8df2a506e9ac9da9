package text

// Abbrev is the abbreviation lexicon: token sequences ("s", "/", "p") mapped
// to expansions, with context rules for ambiguous ones. Build it once with
// Abbreviations; it is read-only and safe for concurrent use.
type Abbrev struct {
	abbrevData
}

// Abbreviations returns the embedded abbreviation lexicon (data/abbrev.tsv),
// parsed on first use.
func Abbreviations() *Abbrev {
	return loadAbbrev()
}

// Expand reports the expansion words for the abbreviation starting at toks[i]
// and how many tokens it spans. Context rules (neighbouring tokens, section
// header) choose among the senses of ambiguous ones; ok is false when toks[i]
// starts no known abbreviation or no sense fits the context.
func (a *Abbrev) Expand(toks []Token, i int) (expansion []string, n int, ok bool) {
	return a.expand(toks, i, "")
}

// ExpandIn is Expand with the section kind known, which settles senses such as
// PE (physical exam in an exam section, pulmonary embolism elsewhere).
func (a *Abbrev) ExpandIn(toks []Token, i int, sectionKind string) (expansion []string, n int, ok bool) {
	return a.expand(toks, i, sectionKind)
}

// ExpandWordsIn is ExpandIn for callers that match word by word: each
// expansion word is re-tokenised once when the lexicon loads and the non-empty,
// non-punctuation norms are returned, exactly what calling Tokenize on every
// expansion word would give, without a Tokenize call per abbreviation per
// keystroke. The returned slice is shared: callers must not modify it.
func (a *Abbrev) ExpandWordsIn(toks []Token, i int, sectionKind string) (words []string, n int, ok bool) {
	if s := a.match(toks, i, sectionKind); s != nil {
		return s.words, len(s.norms), true
	}
	return nil, 0, false
}
