package protocol

import (
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"strconv"
	"strings"
	"unicode/utf8"
)

// The hot outbound frames (result, error, ok, pong, and change for the SDKs)
// are written by hand-written appenders: no reflection, no intermediate
// allocations, output valid JSON identical in meaning to encoding/json's.
// Rare frames go through encoding/json via MarshalJSON methods that add the
// `type` field.

// EncodeResult appends the `result` frame for r to dst. Nil slices are
// written as [] (the contract promises arrays).
func EncodeResult(dst []byte, r *Result) []byte {
	dst = append(dst, `{"type":"result","doc":`...)
	dst = AppendString(dst, r.Doc)
	dst = append(dst, `,"version":`...)
	dst = strconv.AppendInt(dst, r.Version, 10)
	if r.Reset {
		dst = append(dst, `,"reset":true`...)
	}
	dst = append(dst, `,"codes":{"upsert":[`...)
	for i := range r.Codes.Upsert {
		if i > 0 {
			dst = append(dst, ',')
		}
		dst = appendCodeItem(dst, &r.Codes.Upsert[i])
	}
	dst = append(dst, `],"remove":`...)
	dst = appendStrings(dst, r.Codes.Remove)
	dst = append(dst, `},"prompts":{"upsert":[`...)
	for i := range r.Prompts.Upsert {
		if i > 0 {
			dst = append(dst, ',')
		}
		dst = appendPromptItem(dst, &r.Prompts.Upsert[i])
	}
	dst = append(dst, `],"remove":`...)
	dst = appendStrings(dst, r.Prompts.Remove)
	dst = append(dst, '}')
	if f := r.Findings; f != nil {
		dst = append(dst, `,"findings":{"upsert":[`...)
		for i := range f.Upsert {
			if i > 0 {
				dst = append(dst, ',')
			}
			dst = appendFindingItem(dst, &f.Upsert[i])
		}
		dst = append(dst, `],"remove":`...)
		dst = appendStrings(dst, f.Remove)
		dst = append(dst, '}')
	}
	return append(dst, '}')
}

func appendCodeItem(dst []byte, c *CodeItem) []byte {
	dst = append(dst, `{"id":`...)
	dst = AppendString(dst, c.ID)
	dst = append(dst, `,"system":`...)
	dst = AppendString(dst, c.System)
	dst = append(dst, `,"code":`...)
	dst = AppendString(dst, c.Code)
	dst = append(dst, `,"title":`...)
	dst = AppendString(dst, c.Title)
	dst = append(dst, `,"assertion":`...)
	dst = AppendString(dst, c.Assertion)
	if c.Section != "" {
		dst = append(dst, `,"section":`...)
		dst = AppendString(dst, c.Section)
	}
	dst = append(dst, `,"evidence":`...)
	dst = appendSpans(dst, c.Evidence)
	dst = append(dst, `,"confidence":`...)
	dst = appendFloat(dst, c.Confidence)
	if c.Why != "" {
		dst = append(dst, `,"why":`...)
		dst = AppendString(dst, c.Why)
	}
	return append(dst, '}')
}

func appendPromptItem(dst []byte, p *PromptItem) []byte {
	dst = append(dst, `{"id":`...)
	dst = AppendString(dst, p.ID)
	dst = append(dst, `,"kind":`...)
	dst = AppendString(dst, p.Kind)
	dst = append(dst, `,"code":`...)
	dst = AppendString(dst, p.Code)
	dst = append(dst, `,"message":`...)
	dst = AppendString(dst, p.Message)
	dst = append(dst, `,"options":`...)
	dst = appendOptions(dst, p.Options)
	dst = append(dst, `,"evidence":`...)
	dst = appendSpans(dst, p.Evidence)
	if p.Impact != nil {
		dst = append(dst, `,"impact":`...)
		dst = appendImpact(dst, p.Impact)
	}
	return append(dst, '}')
}

func appendFindingItem(dst []byte, f *FindingItem) []byte {
	dst = append(dst, `{"id":`...)
	dst = AppendString(dst, f.ID)
	dst = append(dst, `,"code":`...)
	dst = AppendString(dst, f.Code)
	dst = append(dst, `,"title":`...)
	dst = AppendString(dst, f.Title)
	dst = append(dst, `,"assertion":`...)
	dst = AppendString(dst, f.Assertion)
	if f.Section != "" {
		dst = append(dst, `,"section":`...)
		dst = AppendString(dst, f.Section)
	}
	dst = append(dst, `,"evidence":`...)
	dst = appendSpans(dst, f.Evidence)
	if f.Why != "" {
		dst = append(dst, `,"why":`...)
		dst = AppendString(dst, f.Why)
	}
	return append(dst, '}')
}

func appendOptions(dst []byte, opts []Option) []byte {
	dst = append(dst, '[')
	for i := range opts {
		if i > 0 {
			dst = append(dst, ',')
		}
		dst = append(dst, `{"label":`...)
		dst = AppendString(dst, opts[i].Label)
		if opts[i].Code != "" {
			dst = append(dst, `,"code":`...)
			dst = AppendString(dst, opts[i].Code)
		}
		dst = append(dst, '}')
	}
	return append(dst, ']')
}

func appendImpact(dst []byte, im *Impact) []byte {
	dst = append(dst, `{"currentCC":`...)
	dst = AppendString(dst, im.CurrentCC)
	dst = append(dst, `,"bestCC":`...)
	dst = AppendString(dst, im.BestCC)
	if im.HCCBefore != "" {
		dst = append(dst, `,"hccBefore":`...)
		dst = AppendString(dst, im.HCCBefore)
	}
	if im.HCCAfter != "" {
		dst = append(dst, `,"hccAfter":`...)
		dst = AppendString(dst, im.HCCAfter)
	}
	dst = append(dst, `,"score":`...)
	dst = appendFloat(dst, im.Score)
	return append(dst, '}')
}

func appendSpans(dst []byte, spans []Span) []byte {
	dst = append(dst, '[')
	for i, s := range spans {
		if i > 0 {
			dst = append(dst, ',')
		}
		dst = append(dst, `{"start":`...)
		dst = strconv.AppendInt(dst, int64(s.Start), 10)
		dst = append(dst, `,"end":`...)
		dst = strconv.AppendInt(dst, int64(s.End), 10)
		dst = append(dst, '}')
	}
	return append(dst, ']')
}

func appendStrings(dst []byte, ss []string) []byte {
	dst = append(dst, '[')
	for i, s := range ss {
		if i > 0 {
			dst = append(dst, ',')
		}
		dst = AppendString(dst, s)
	}
	return append(dst, ']')
}

// appendFloat writes f as encoding/json does (shortest repr, exponent only
// for very small or large magnitudes). NaN and infinities, which JSON cannot
// hold, are written as 0 so a bad score never breaks a frame.
func appendFloat(dst []byte, f float64) []byte {
	if math.IsNaN(f) || math.IsInf(f, 0) {
		return append(dst, '0')
	}
	abs := math.Abs(f)
	format := byte('f')
	if abs != 0 && (abs < 1e-6 || abs >= 1e21) {
		format = 'e'
	}
	dst = strconv.AppendFloat(dst, f, format, -1, 64)
	if format == 'e' {
		// clean up e-09 to e-9, as encoding/json does
		n := len(dst)
		if n >= 4 && dst[n-4] == 'e' && dst[n-3] == '-' && dst[n-2] == '0' {
			dst[n-2] = dst[n-1]
			dst = dst[:n-1]
		}
	}
	return dst
}

// needsEscape[c] is true for ASCII bytes that cannot appear raw in a JSON
// string: controls, quote and backslash.
var needsEscape = func() (t [utf8.RuneSelf]bool) {
	for c := range 0x20 {
		t[c] = true
	}
	t['"'] = true
	t['\\'] = true
	return t
}()

const hexDigits = "0123456789abcdef"

// AppendString appends s as a JSON string literal: quote, backslash and
// control characters escaped, invalid UTF-8 replaced by \ufffd, and U+2028 /
// U+2029 escaped so the frame is also a valid JavaScript literal.
func AppendString(dst []byte, s string) []byte {
	dst = append(dst, '"')
	start := 0
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if !needsEscape[c] {
				i++
				continue
			}
			dst = append(dst, s[start:i]...)
			switch c {
			case '"', '\\':
				dst = append(dst, '\\', c)
			case '\n':
				dst = append(dst, '\\', 'n')
			case '\r':
				dst = append(dst, '\\', 'r')
			case '\t':
				dst = append(dst, '\\', 't')
			default:
				dst = append(dst, '\\', 'u', '0', '0', hexDigits[c>>4], hexDigits[c&0xF])
			}
			i++
			start = i
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			dst = append(dst, s[start:i]...)
			dst = append(dst, `\ufffd`...)
			i++
			start = i
			continue
		}
		if r == '\u2028' || r == '\u2029' {
			dst = append(dst, s[start:i]...)
			dst = append(dst, '\\', 'u', '2', '0', '2', hexDigits[r&0xF])
			i += size
			start = i
			continue
		}
		i += size
	}
	dst = append(dst, s[start:]...)
	return append(dst, '"')
}

// EncodeError appends the `error` frame for e to dst.
func EncodeError(dst []byte, e *Error) []byte {
	dst = append(dst, `{"type":"error","code":`...)
	dst = AppendString(dst, e.Code)
	dst = append(dst, `,"message":`...)
	dst = AppendString(dst, e.Message)
	if e.Doc != "" {
		dst = append(dst, `,"doc":`...)
		dst = AppendString(dst, e.Doc)
	}
	if e.Version != nil {
		dst = append(dst, `,"version":`...)
		dst = strconv.AppendInt(dst, *e.Version, 10)
	}
	if e.Ref != "" {
		dst = append(dst, `,"ref":`...)
		dst = AppendString(dst, e.Ref)
	}
	if e.RetryAfterMs != 0 {
		dst = append(dst, `,"retryAfterMs":`...)
		dst = strconv.AppendInt(dst, int64(e.RetryAfterMs), 10)
	}
	return append(dst, '}')
}

// EncodeOK appends `{"type":"ok","ref":...}` (ref omitted when empty).
func EncodeOK(dst []byte, ref string) []byte {
	if ref == "" {
		return append(dst, `{"type":"ok"}`...)
	}
	dst = append(dst, `{"type":"ok","ref":`...)
	dst = AppendString(dst, ref)
	return append(dst, '}')
}

// EncodePong appends the `pong` frame answering a ping with id ref.
func EncodePong(dst []byte, ref string) []byte {
	if ref == "" {
		return append(dst, `{"type":"pong"}`...)
	}
	dst = append(dst, `{"type":"pong","ref":`...)
	dst = AppendString(dst, ref)
	return append(dst, '}')
}

// EncodeChange appends a `change` frame; the SDKs send one per keystroke.
func EncodeChange(dst []byte, c *Change) []byte {
	dst = append(dst, `{"type":"change"`...)
	if c.ID != "" {
		dst = append(dst, `,"id":`...)
		dst = AppendString(dst, c.ID)
	}
	dst = append(dst, `,"doc":`...)
	dst = AppendString(dst, c.Doc)
	dst = append(dst, `,"version":`...)
	dst = strconv.AppendInt(dst, c.Version, 10)
	if c.Text != nil {
		dst = append(dst, `,"text":`...)
		dst = AppendString(dst, *c.Text)
		return append(dst, '}')
	}
	dst = append(dst, `,"changes":[`...)
	for i, ch := range c.Changes {
		if i > 0 {
			dst = append(dst, ',')
		}
		dst = append(dst, `{"start":`...)
		dst = strconv.AppendInt(dst, int64(ch.Start), 10)
		dst = append(dst, `,"end":`...)
		dst = strconv.AppendInt(dst, int64(ch.End), 10)
		dst = append(dst, `,"text":`...)
		dst = AppendString(dst, ch.Text)
		dst = append(dst, '}')
	}
	return append(dst, "]}"...)
}

// NewError builds the `error` frame for err: its wire code, its text as the
// message, and the `id`/`doc` a *ParseError recovered. Error texts built in
// this package never contain note text; callers must keep it that way.
func NewError(err error) *Error {
	e := &Error{Code: CodeOf(err), Message: strings.TrimPrefix(err.Error(), CodeOf(err)+": ")}
	if e.Code == CodeInternal && !isWire(err) {
		e.Message = "internal error"
	}
	if pe, ok := err.(*ParseError); ok {
		e.Ref, e.Doc = pe.ID, pe.Doc
	}
	return e
}

// isWire reports whether err wraps a sentinel (its text is safe to send).
func isWire(err error) bool {
	var we *wireError
	return errors.As(err, &we)
}

// Encode appends the JSON frame of any message to dst: hand-written for the
// hot types, encoding/json (with the `type` field added) for the rest.
func Encode(dst []byte, m Message) ([]byte, error) {
	switch m := m.(type) {
	case *Result:
		return EncodeResult(dst, m), nil
	case *Error:
		return EncodeError(dst, m), nil
	case *OK:
		return EncodeOK(dst, m.Ref), nil
	case *Pong:
		return EncodePong(dst, m.Ref), nil
	case *Change:
		if m.Text != nil && m.Changes != nil {
			return dst, fmt.Errorf("%w: change has both text and changes", ErrBadMessage)
		}
		return EncodeChange(dst, m), nil
	case nil:
		return dst, fmt.Errorf("%w: nil message", ErrInternal)
	}
	b, err := json.Marshal(m)
	if err != nil {
		return dst, fmt.Errorf("%w: encode %s: %v", ErrInternal, m.MessageType(), err)
	}
	return append(dst, b...), nil
}
