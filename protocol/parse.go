package protocol

import (
	"fmt"
	"math"
	"unicode/utf8"

	"github.com/valyala/fastjson"

	"notecoder/cdi/model"
)

// Parser parses inbound (client -> server) frames with fastjson. Keep one per
// reader goroutine: it reuses its buffers between calls and is not safe for
// concurrent use. Messages it returns own all their memory (strings are
// copied), so they stay valid after the next Parse.
type Parser struct {
	p       fastjson.Parser
	scratch []byte // frame copy when lone surrogates must be patched
}

// Parse decodes one frame into a typed message (*Hello, *Open, *Change,
// *Close, *Feedback, *Answer, *Subscribe, *Unsubscribe or *Ping), checking in
// the contract's order:
//
//  1. the frame is one well-formed UTF-8 JSON object (ErrBadJSON);
//  2. `type` is a string naming a client message (ErrUnknownType);
//  3. required fields are present and every known field has the right type
//     and an allowed value (ErrBadMessage).
//
// Every error is a *ParseError carrying the `type`, `id` and `doc` that could
// still be read, and wraps the sentinel. Offsets are not checked against any
// text here (negative offsets and start > end pass through): that is
// range_out_of_bounds, which comes after doc_not_open and version_mismatch.
//
// A lone UTF-16 surrogate escape (\ud800 without its pair), which JavaScript
// strings can hold, is read as U+FFFD: it keeps the same length in UTF-16 and
// code points, so the client's offsets stay right.
func (p *Parser) Parse(frame []byte) (Message, error) {
	m, err := p.parse(frame)
	if len(frame) > parserRetainBytes {
		// Messages own their memory, so the buffers sized for a big frame
		// (an `open` of a long note) can go: an idle connection must not
		// keep them.
		p.p = fastjson.Parser{}
		p.scratch = nil
	}
	return m, err
}

// parserRetainBytes is the largest frame whose parse buffers a Parser keeps
// for reuse; keystroke frames are far below it.
const parserRetainBytes = 16 << 10

func (p *Parser) parse(frame []byte) (Message, error) {
	frame, err := p.checkFrame(frame)
	if err != nil {
		return nil, &ParseError{Err: err}
	}
	v, err := p.p.ParseBytes(frame)
	if err != nil {
		return nil, &ParseError{Err: fmt.Errorf("%w: %s", ErrBadJSON, "malformed JSON")}
	}
	o, err := v.Object()
	if err != nil {
		return nil, &ParseError{Err: fmt.Errorf("%w: a frame must be one JSON object", ErrBadJSON)}
	}
	pe := &ParseError{}
	if s, ok := peekString(o, "id", MaxIDBytes); ok {
		pe.ID = s
	}
	if s, ok := peekString(o, "doc", MaxDocIDBytes); ok {
		pe.Doc = s
	}
	tv := o.Get("type")
	if tv == nil || tv.Type() != fastjson.TypeString {
		pe.Err = fmt.Errorf("%w: missing or non-string \"type\"", ErrUnknownType)
		return nil, pe
	}
	typ := tv.GetStringBytes()
	var m Message
	r := reader{o: o}
	switch string(typ) {
	case TypeChange:
		pe.Type = TypeChange
		m = r.change()
	case TypeOpen:
		pe.Type = TypeOpen
		m = r.open()
	case TypeHello:
		pe.Type = TypeHello
		m = r.hello()
	case TypeClose:
		pe.Type = TypeClose
		m = &Close{ID: r.id(), Doc: r.doc()}
	case TypeFeedback:
		pe.Type = TypeFeedback
		m = r.feedback()
	case TypeAnswer:
		pe.Type = TypeAnswer
		m = r.answer()
	case TypeSubscribe:
		pe.Type = TypeSubscribe
		m = &Subscribe{ID: r.id(), Topic: r.topic()}
	case TypeUnsubscribe:
		pe.Type = TypeUnsubscribe
		m = &Unsubscribe{ID: r.id(), Topic: r.topic()}
	case TypePing:
		pe.Type = TypePing
		m = &Ping{ID: r.id()}
	default:
		pe.Err = fmt.Errorf("%w: unknown message type", ErrUnknownType)
		if len(typ) <= 32 && utf8.Valid(typ) {
			pe.Err = fmt.Errorf("%w: unknown message type %q", ErrUnknownType, typ)
		}
		return nil, pe
	}
	if r.err != nil {
		pe.Err = r.err
		return nil, pe
	}
	return m, nil
}

// peekString reads a string field for error reporting only.
func peekString(o *fastjson.Object, key string, maxLen int) (string, bool) {
	v := o.Get(key)
	if v == nil || v.Type() != fastjson.TypeString {
		return "", false
	}
	b := v.GetStringBytes()
	if len(b) == 0 || len(b) > maxLen {
		return "", false
	}
	return string(b), true
}

// reader extracts typed fields from one object and remembers the first
// error, so message decoders read straight-line.
type reader struct {
	o   *fastjson.Object
	err error
}

func (r *reader) fail(format string, args ...any) {
	if r.err == nil {
		r.err = fmt.Errorf("%w: "+format, append([]any{ErrBadMessage}, args...)...)
	}
}

// field returns the value of key, treating JSON null as absent.
func field(o *fastjson.Object, key string) *fastjson.Value {
	v := o.Get(key)
	if v != nil && v.Type() == fastjson.TypeNull {
		return nil
	}
	return v
}

// str reads a string field of at most maxLen bytes.
func (r *reader) str(o *fastjson.Object, key string, required bool, maxLen int) string {
	v := field(o, key)
	if v == nil {
		if required {
			r.fail("missing %q", key)
		}
		return ""
	}
	if v.Type() != fastjson.TypeString {
		r.fail("%q must be a string", key)
		return ""
	}
	b := v.GetStringBytes()
	if maxLen > 0 && len(b) > maxLen {
		r.fail("%q longer than %d bytes", key, maxLen)
		return ""
	}
	return string(b)
}

// integer reads an integral JSON number with |x| <= MaxSafeInteger. Numbers
// written with a fraction or exponent are accepted when integral (1e3).
func (r *reader) integer(o *fastjson.Object, key string, required bool) (int64, bool) {
	v := field(o, key)
	if v == nil {
		if required {
			r.fail("missing %q", key)
		}
		return 0, false
	}
	if v.Type() != fastjson.TypeNumber {
		r.fail("%q must be an integer", key)
		return 0, false
	}
	n, err := v.Int64()
	if err != nil {
		f, ferr := v.Float64()
		if ferr != nil || f != math.Trunc(f) || math.Abs(f) > MaxSafeInteger {
			r.fail("%q must be an integer", key)
			return 0, false
		}
		n = int64(f)
	}
	if n > MaxSafeInteger || n < -MaxSafeInteger {
		r.fail("%q out of range", key)
		return 0, false
	}
	return n, true
}

func (r *reader) id() string { return r.str(r.o, "id", false, MaxIDBytes) }

func (r *reader) doc() string {
	d := r.str(r.o, "doc", true, MaxDocIDBytes)
	if d == "" && r.err == nil {
		r.fail("%q must not be empty", "doc")
	}
	return d
}

func (r *reader) version() int64 {
	n, _ := r.integer(r.o, "version", true)
	if n < 0 {
		r.fail("%q must be a non-negative integer", "version")
	}
	return n
}

func (r *reader) hello() *Hello {
	h := &Hello{ID: r.id()}
	h.Token = r.str(r.o, "token", true, MaxTokenBytes)
	h.Client = r.str(r.o, "client", false, MaxShortString)
	if enc := r.str(r.o, "positionEncoding", false, 16); r.err == nil {
		e, err := ParseEncoding(enc)
		if err != nil {
			r.fail("\"positionEncoding\" must be utf-16, utf-8 or utf-32")
		}
		h.PositionEncoding = e
	}
	if v := field(r.o, "findings"); v != nil {
		b, err := v.Bool()
		if err != nil {
			r.fail("%q must be a boolean", "findings")
		}
		h.Findings = b
	}
	return h
}

func (r *reader) open() *Open {
	m := &Open{ID: r.id(), Doc: r.doc(), Version: r.version()}
	m.Text = r.str(r.o, "text", true, 0)
	if v := field(r.o, "context"); v != nil {
		c, err := v.Object()
		if err != nil {
			r.fail("%q must be an object", "context")
			return m
		}
		switch s := r.str(c, "setting", false, 16); s {
		case "", string(model.Inpatient), string(model.Outpatient):
			m.Context.Setting = model.Setting(s)
		default:
			r.fail("\"context.setting\" must be inpatient or outpatient")
		}
		if age, ok := r.integer(c, "age", false); ok {
			if age < 0 || age > 150 {
				r.fail("\"context.age\" must be between 0 and 150")
			}
			m.Context.Age = int(age)
		}
		m.Context.Sex = r.str(c, "sex", false, 16)
		m.Context.PrincipalDx = r.str(c, "principalDx", false, 16)
	}
	return m
}

func (r *reader) change() *Change {
	m := &Change{ID: r.id(), Doc: r.doc(), Version: r.version()}
	cv := field(r.o, "changes")
	tv := field(r.o, "text")
	switch {
	case cv != nil && tv != nil:
		r.fail("\"changes\" and \"text\" are exclusive")
	case tv != nil:
		t := r.str(r.o, "text", true, 0)
		m.Text = &t
	case cv != nil:
		arr, err := cv.Array()
		if err != nil {
			r.fail("%q must be an array", "changes")
			return m
		}
		m.Changes = make([]TextChange, len(arr))
		for i, e := range arr {
			c, err := e.Object()
			if err != nil {
				r.fail("\"changes[%d]\" must be an object", i)
				return m
			}
			s, _ := r.integer(c, "start", true)
			en, _ := r.integer(c, "end", true)
			t := r.str(c, "text", true, 0)
			if r.err != nil {
				r.err = fmt.Errorf("%w (in changes[%d])", r.err, i)
				return m
			}
			m.Changes[i] = TextChange{Start: int(s), End: int(en), Text: t}
		}
	default:
		r.fail("one of \"changes\" or \"text\" is required")
	}
	return m
}

func (r *reader) feedback() *Feedback {
	m := &Feedback{ID: r.id(), Doc: r.doc()}
	m.Target = r.str(r.o, "target", true, MaxShortString)
	m.Action = r.str(r.o, "action", true, 16)
	if r.err == nil {
		switch m.Action {
		case ActionAccept, ActionReject, ActionDismiss:
		default:
			r.fail("\"action\" must be accept, reject or dismiss")
		}
	}
	m.Reason = r.str(r.o, "reason", false, MaxShortString)
	m.Code = r.str(r.o, "code", false, 16)
	return m
}

func (r *reader) answer() *Answer {
	m := &Answer{ID: r.id()}
	m.Query = r.str(r.o, "query", true, MaxShortString)
	if m.Query == "" && r.err == nil {
		r.fail("%q must not be empty", "query")
	}
	n, _ := r.integer(r.o, "option", true)
	if n < 0 || n > math.MaxInt32 {
		r.fail("\"option\" must be a non-negative index")
	}
	m.Option = int(n)
	m.Text = r.str(r.o, "text", false, 4*MaxShortString)
	return m
}

func (r *reader) topic() string {
	t := r.str(r.o, "topic", true, MaxShortString)
	if r.err == nil && t != TopicWorklist {
		r.fail("\"topic\" must be %q", TopicWorklist)
	}
	return t
}
