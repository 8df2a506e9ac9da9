package text

// TokenKind tells words, numbers and punctuation apart so the coder can skip
// punctuation cheaply and treat stage numbers ("3b") specially.
type TokenKind uint8

// Token kinds.
const (
	// Word is a run of letters, possibly with inner digits, apostrophes or
	// hyphen-free joins ("T2DM", "don't").
	Word TokenKind = iota + 1
	// Number starts with a digit: "3", "3b", "1.5", "9.2%", "120/80" is three tokens.
	Number
	// Punct is one punctuation or symbol byte (or one non-letter rune).
	Punct
)

// Token is one word, number or punctuation mark with its byte offsets into the
// tokenised string. Text is a substring of the input (no copy); Norm is the
// normalised form used for matching (see Normalize).
type Token struct {
	Start, End int
	Text, Norm string
	Kind       TokenKind
	// Lex is the index of Norm in LexForms() when Norm is a known
	// (interned) form, else 0: callers keyed by word map it with a slice
	// index instead of hashing Norm again.
	Lex uint32
}

// Tokenize splits s into tokens, skipping white space. It never panics and
// returns tokens in order with 0 <= Start < End <= len(s), in a slice sized
// exactly (nil when s has no token), so tokenising short strings on a hot
// path costs one small allocation.
func Tokenize(s string) []Token {
	return tokenize(s)
}

// AppendTokens appends the tokens of s to dst with offsets shifted by base and
// returns the extended slice; callers that tokenise many sections reuse one
// buffer to avoid allocation.
func AppendTokens(dst []Token, s string, base int) []Token {
	return appendTokens(dst, s, base)
}

// Normalize returns the matching form of one word: lower-case, accents on
// common Latin letters removed, trailing punctuation dropped, common clinical
// misspellings fixed (from data/misspellings.tsv) and plurals reduced to the
// singular ("ulcers" -> "ulcer", "fractures" -> "fracture") while words that
// only look plural ("diabetes", "psoriasis", "pancreas") are kept.
func Normalize(word string) string {
	return normalize(word)
}
