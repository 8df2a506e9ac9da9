package protocol

import (
	"fmt"
	"unicode/utf8"

	"github.com/valyala/fastjson"
)

// checkFrame enforces what fastjson's parser leaves lenient: the frame is
// valid UTF-8, valid JSON by RFC 8259 (fastjson.Validate: escapes, numbers,
// no NaN), and strings hold no raw control characters. It also replaces each
// lone UTF-16 surrogate escape with \ufffd (same length, so in place on a
// scratch copy), because fastjson would keep such an escape as six literal
// characters. It returns the frame to parse.
func (p *Parser) checkFrame(f []byte) ([]byte, error) {
	if !utf8.Valid(f) {
		return nil, fmt.Errorf("%w: frame is not valid UTF-8", ErrBadJSON)
	}
	if err := fastjson.ValidateBytes(f); err != nil {
		return nil, fmt.Errorf("%w: malformed JSON", ErrBadJSON)
	}
	out := f
	patched := false
	i, n := 0, len(f)
	for i < n {
		// Outside a string: find the next opening quote.
		for i < n && f[i] != '"' {
			i++
		}
		i++ // skip the quote
		for i < n {
			c := f[i]
			if c == '"' {
				i++
				break
			}
			if c < 0x20 {
				return nil, fmt.Errorf("%w: raw control character in a string", ErrBadJSON)
			}
			if c != '\\' {
				i++
				continue
			}
			// Escape; Validate guaranteed it is well formed.
			if f[i+1] != 'u' {
				i += 2
				continue
			}
			r := hex4(f[i+2 : i+6])
			switch {
			case r >= 0xD800 && r <= 0xDBFF:
				if i+12 <= n && f[i+6] == '\\' && f[i+7] == 'u' {
					if lo := hex4(f[i+8 : i+12]); lo >= 0xDC00 && lo <= 0xDFFF {
						i += 12
						continue
					}
				}
				fallthrough
			case r >= 0xDC00 && r <= 0xDFFF:
				if !patched {
					p.scratch = append(p.scratch[:0], f...)
					out = p.scratch
					patched = true
				}
				copy(out[i:i+6], `\ufffd`)
			}
			i += 6
		}
	}
	return out, nil
}

// hex4 decodes four hex digits (already validated).
func hex4(b []byte) rune {
	var r rune
	for _, c := range b[:4] {
		r <<= 4
		switch {
		case c >= '0' && c <= '9':
			r |= rune(c - '0')
		case c >= 'a' && c <= 'f':
			r |= rune(c - 'a' + 10)
		case c >= 'A' && c <= 'F':
			r |= rune(c - 'A' + 10)
		}
	}
	return r
}
