package ncclient

import (
	"bytes"
	"fmt"

	"github.com/valyala/fastjson"

	"notecoder/protocol"
)

// resultPrefix is how the server's encoder starts every result frame; only
// such frames take the fastjson path, everything else goes through
// protocol.DecodeServer.
var resultPrefix = []byte(`{"type":"result"`)

// decodeServer decodes one server frame. Result frames, one per keystroke,
// are decoded with fastjson (about a fifth of the CPU of encoding/json, which
// matters when loadgen runs a thousand clients beside the server); the rare
// frames use encoding/json. A result frame the fast path cannot read as the
// protocol describes falls back to encoding/json, so both paths accept the
// same frames and report errors the same way.
// p is the reader goroutine's parser (reused so a keystroke's result costs
// no parser allocations); it may be nil.
func decodeServer(p *fastjson.Parser, data []byte) (protocol.Message, error) {
	if p != nil && bytes.HasPrefix(data, resultPrefix) {
		if r, err := decodeResult(p, data); err == nil {
			return r, nil
		}
	}
	return protocol.DecodeServer(data)
}

// array returns v[key] as an array; an error when absent or not an array.
func array(v *fastjson.Value, key string) ([]*fastjson.Value, error) {
	f := v.Get(key)
	if f == nil {
		return nil, errShape
	}
	return f.Array()
}

// errShape is returned when a result frame does not have the expected
// shape; decodeServer then lets encoding/json produce the precise error.
var errShape = fmt.Errorf("%w: result shape", protocol.ErrBadMessage)

func decodeResult(p *fastjson.Parser, data []byte) (*protocol.Result, error) {
	v, err := p.ParseBytes(data)
	if err != nil {
		return nil, err
	}
	r := &protocol.Result{}
	ok := true
	str := func(v *fastjson.Value, key string) string {
		f := v.Get(key)
		if f == nil || f.Type() == fastjson.TypeNull {
			return ""
		}
		b, err := f.StringBytes()
		if err != nil {
			ok = false
			return ""
		}
		return string(b)
	}
	spans := func(v *fastjson.Value) []protocol.Span {
		arr, err := array(v, "evidence")
		if err != nil {
			ok = false
			return nil
		}
		out := make([]protocol.Span, len(arr))
		for i, s := range arr {
			st, en := s.Get("start"), s.Get("end")
			if st == nil || en == nil {
				ok = false
				continue
			}
			a, e1 := st.Int()
			b, e2 := en.Int()
			if e1 != nil || e2 != nil {
				ok = false
			}
			out[i] = protocol.Span{Start: a, End: b}
		}
		return out
	}
	removes := func(d *fastjson.Value) []string {
		arr, err := array(d, "remove")
		if err != nil {
			ok = false
			return nil
		}
		out := make([]string, len(arr))
		for i, s := range arr {
			b, err := s.StringBytes()
			if err != nil {
				ok = false
			}
			out[i] = string(b)
		}
		return out
	}
	upserts := func(d *fastjson.Value) []*fastjson.Value {
		arr, err := array(d, "upsert")
		if err != nil {
			ok = false
		}
		return arr
	}
	r.Doc = str(v, "doc")
	vv := v.Get("version")
	if vv == nil {
		return nil, errShape
	}
	ver, err := vv.Int64()
	if err != nil {
		return nil, errShape
	}
	r.Version = ver
	if rv := v.Get("reset"); rv != nil {
		r.Reset, err = rv.Bool()
		if err != nil {
			return nil, errShape
		}
	}
	codes, prompts := v.Get("codes"), v.Get("prompts")
	if codes == nil || prompts == nil {
		return nil, errShape
	}
	r.Codes.Remove = removes(codes)
	for _, c := range upserts(codes) {
		var conf float64
		if cv := c.Get("confidence"); cv != nil {
			if conf, err = cv.Float64(); err != nil {
				ok = false
			}
		}
		r.Codes.Upsert = append(r.Codes.Upsert, protocol.CodeItem{ID: str(c, "id"), System: str(c, "system"),
			Code: str(c, "code"), Title: str(c, "title"), Assertion: str(c, "assertion"), Section: str(c, "section"),
			Evidence: spans(c), Confidence: conf, Why: str(c, "why")})
	}
	r.Prompts.Remove = removes(prompts)
	for _, q := range upserts(prompts) {
		it := protocol.PromptItem{ID: str(q, "id"), Kind: str(q, "kind"), Code: str(q, "code"),
			Message: str(q, "message"), Evidence: spans(q)}
		opts, err := array(q, "options")
		if err != nil {
			ok = false
		}
		it.Options = make([]protocol.Option, len(opts))
		for i, o := range opts {
			it.Options[i] = protocol.Option{Label: str(o, "label"), Code: str(o, "code")}
		}
		if im := q.Get("impact"); im != nil && im.Type() != fastjson.TypeNull {
			var score float64
			if sv := im.Get("score"); sv != nil {
				if score, err = sv.Float64(); err != nil {
					ok = false
				}
			}
			it.Impact = &protocol.Impact{CurrentCC: str(im, "currentCC"), BestCC: str(im, "bestCC"),
				HCCBefore: str(im, "hccBefore"), HCCAfter: str(im, "hccAfter"), Score: score}
		}
		r.Prompts.Upsert = append(r.Prompts.Upsert, it)
	}
	if f := v.Get("findings"); f != nil && f.Type() != fastjson.TypeNull {
		fd := &protocol.FindingDelta{Remove: removes(f)}
		for _, x := range upserts(f) {
			fd.Upsert = append(fd.Upsert, protocol.FindingItem{ID: str(x, "id"), Code: str(x, "code"), Title: str(x, "title"),
				Assertion: str(x, "assertion"), Section: str(x, "section"), Evidence: spans(x), Why: str(x, "why")})
		}
		r.Findings = fd
	}
	if !ok {
		return nil, errShape
	}
	return r, nil
}
