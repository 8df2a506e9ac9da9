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
