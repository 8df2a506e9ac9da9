package protocol

import (
	"fmt"
	"unicode/utf8"
)

// Encoding is the unit in which a connection counts text offsets. The zero
// value is UTF16, the protocol default (what JavaScript string indices are).
type Encoding uint8

// The three position encodings of PROTOCOL.md.
const (
	UTF16 Encoding = iota // "utf-16": UTF-16 code units
	UTF8                  // "utf-8": bytes
	UTF32                 // "utf-32": Unicode code points
)

// String returns the wire name ("utf-16", "utf-8", "utf-32").
func (e Encoding) String() string {
	switch e {
	case UTF16:
		return "utf-16"
	case UTF8:
		return "utf-8"
	case UTF32:
		return "utf-32"
	}
	return fmt.Sprintf("Encoding(%d)", uint8(e))
}

// ParseEncoding reads a wire name. The empty string is the default UTF16; any
// other unknown name is ErrBadMessage (the server does not guess).
func ParseEncoding(s string) (Encoding, error) {
	switch s {
	case "", "utf-16":
		return UTF16, nil
	case "utf-8":
		return UTF8, nil
	case "utf-32":
		return UTF32, nil
	}
	return UTF16, fmt.Errorf("%w: positionEncoding must be utf-16, utf-8 or utf-32", ErrBadMessage)
}

// MarshalText writes the wire name, so Encoding fields encode as strings.
func (e Encoding) MarshalText() ([]byte, error) {
	if e > UTF32 {
		return nil, fmt.Errorf("%w: invalid encoding %d", ErrInternal, uint8(e))
	}
	return []byte(e.String()), nil
}

// UnmarshalText parses the wire name (see ParseEncoding).
func (e *Encoding) UnmarshalText(b []byte) error {
	v, err := ParseEncoding(string(b))
	if err != nil {
		return err
	}
	*e = v
	return nil
}

// runeUnits is the number of units one decoded rune takes in e. An invalid
// byte decodes as utf8.RuneError of width 1 and counts as one unit (it stands
// for U+FFFD), so every byte string has a well-defined length.
func runeUnits(e Encoding, r rune, size int) int {
	switch e {
	case UTF8:
		return size
	case UTF16:
		if r >= 0x10000 {
			return 2
		}
	}
	return 1
}

// IsBoundary reports whether byte offset b of text falls between characters:
// not inside a valid multi-byte UTF-8 sequence. 0 and len(text) are
// boundaries; offsets outside [0, len] are not. O(1).
func IsBoundary(text string, b int) bool {
	if b < 0 || b > len(text) {
		return false
	}
	if b == 0 || b == len(text) || utf8.RuneStart(text[b]) {
		return true
	}
	// text[b] is a continuation byte: inside a character unless it is stray.
	lo := max(b-3, 0)
	for i := b - 1; i >= lo; i-- {
		if utf8.RuneStart(text[i]) {
			r, size := utf8.DecodeRuneInString(text[i:])
			if (r == utf8.RuneError && size == 1) || i+size <= b {
				return true
			}
			return false
		}
	}
	return true
}

// Length returns the length of text in units of e. O(len(text)).
func Length(text string, e Encoding) int {
	if e == UTF8 {
		return len(text)
	}
	n, _ := countUnits(text, e)
	return n
}

// countUnits returns the length of s in units of e (e != UTF8) and whether s
// is pure ASCII (then units == bytes in every encoding).
func countUnits(s string, e Encoding) (n int, ascii bool) {
	i := 0
	for i < len(s) && s[i] < utf8.RuneSelf {
		i++
	}
	if i == len(s) {
		return len(s), true
	}
	n = i
	for i < len(s) {
		c := s[i]
		if c < utf8.RuneSelf {
			i++
			n++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		n += runeUnits(e, r, size)
	}
	return n, false
}

// scanToUnit walks text from byte b0 (a boundary at unit u0) forward to unit
// offset off and returns its byte offset. It fails when off falls inside a
// character (the second half of a surrogate pair) or past the end.
func scanToUnit(text string, e Encoding, b0, u0, off int) (int, error) {
	b, u := b0, u0
	for u < off {
		if b >= len(text) {
			return 0, fmt.Errorf("%w: offset %d past the end (length %d)", ErrRangeOutOfBounds, off, u)
		}
		c := text[b]
		if c < utf8.RuneSelf {
			b++
			u++
			continue
		}
		r, size := utf8.DecodeRuneInString(text[b:])
		b += size
		u += runeUnits(e, r, size)
	}
	if u != off {
		return 0, fmt.Errorf("%w: offset %d splits a surrogate pair", ErrRangeOutOfBounds, off)
	}
	return b, nil
}

// scanToByte counts the units of text[b0:b] (b0 at unit u0, both
// boundaries) and returns the unit offset of b.
func scanToByte(text string, e Encoding, b0, u0, b int) int {
	u := u0
	for i := b0; i < b; {
		c := text[i]
		if c < utf8.RuneSelf {
			i++
			u++
			continue
		}
		r, size := utf8.DecodeRuneInString(text[i:])
		i += size
		u += runeUnits(e, r, size)
	}
	return u
}

// ToByte converts offset off, in units of e, to a byte offset into text. It
// returns ErrRangeOutOfBounds (wrapped) for a negative offset, an offset past
// the end, or one inside a character (a split surrogate pair in UTF16, a
// split UTF-8 sequence in UTF8). O(off) for UTF16/UTF32, O(1) for UTF8; use a
// Mapper for repeated conversions on a long text.
func ToByte(text string, e Encoding, off int) (int, error) {
	if off < 0 {
		return 0, fmt.Errorf("%w: negative offset %d", ErrRangeOutOfBounds, off)
	}
	if e == UTF8 {
		return checkByte(text, off)
	}
	return scanToUnit(text, e, 0, 0, off)
}

// FromByte converts byte offset b into text to an offset in units of e. b
// must be a character boundary in [0, len(text)], else ErrRangeOutOfBounds.
// O(b) for UTF16/UTF32, O(1) for UTF8.
func FromByte(text string, e Encoding, b int) (int, error) {
	if _, err := checkByte(text, b); err != nil {
		return 0, err
	}
	if e == UTF8 {
		return b, nil
	}
	return scanToByte(text, e, 0, 0, b), nil
}

// checkByte validates a byte offset: in range and on a character boundary.
func checkByte(text string, b int) (int, error) {
	if b < 0 || b > len(text) {
		return 0, fmt.Errorf("%w: byte offset %d outside [0, %d]", ErrRangeOutOfBounds, b, len(text))
	}
	if !IsBoundary(text, b) {
		return 0, fmt.Errorf("%w: byte offset %d splits a UTF-8 sequence", ErrRangeOutOfBounds, b)
	}
	return b, nil
}
