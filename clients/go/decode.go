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
// are decoded with fastjson (the reader goroutine owns one parser per
// client is not needed: a pool-free Parser per call is cheap enough, and it
// keeps decodeServer safe from any goroutine); the rare frames use
// encoding/json. A result fastjson cannot read as the protocol describes
// falls back to encoding/json, so both paths accept the same frames.
func decodeServer(data []byte) (protocol.Message, error) {
	if bytes.HasPrefix(data, resultPrefix) {
		var p fastjson.Parser
		if r, err := decodeResult(&p, data); err == nil {
			return r, nil
		}
	}
	return protocol.DecodeServer(data)
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
		arr, err := v.Get("evidence").Array()
		if err != nil {
			ok = false
			return nil
		}
		out := make([]protocol.Span, len(arr))
		for i, s := range arr {
			a, e1 := s.Get("start").Int()
			b, e2 := s.Get("end").Int()
			if e1 != nil || e2 != nil {
				ok = false
			}
			out[i] = protocol.Span{Start: a, End: b}
		}
		return out
	}
	removes := func(d *fastjson.Value) []string {
		arr, err := d.Get("remove").Array()
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
		arr, err := d.Get("upsert").Array()
		if err != nil {
			ok = false
		}
		return arr
	}
	r.Doc = str(v, "doc")
	ver, err := v.Get("version").Int64()
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
		conf, err := c.Get("confidence").Float64()
		if err != nil {
			ok = false
		}
		r.Codes.Upsert = append(r.Codes.Upsert, protocol.CodeItem{ID: str(c, "id"), System: str(c, "system"),
			Code: str(c, "code"), Title: str(c, "title"), Assertion: str(c, "assertion"), Section: str(c, "section"),
			Evidence: spans(c), Confidence: conf, Why: str(c, "why")})
	}
	r.Prompts.Remove = removes(prompts)
	for _, q := range upserts(prompts) {
		it := protocol.PromptItem{ID: str(q, "id"), Kind: str(q, "kind"), Code: str(q, "code"),
			Message: str(q, "message"), Evidence: spans(q)}
		opts, err := q.Get("options").Array()
		if err != nil {
			ok = false
		}
		it.Options = make([]protocol.Option, len(opts))
		for i, o := range opts {
			it.Options[i] = protocol.Option{Label: str(o, "label"), Code: str(o, "code")}
		}
		if im := q.Get("impact"); im != nil && im.Type() != fastjson.TypeNull {
			score, err := im.Get("score").Float64()
			if err != nil && im.Get("score") != nil {
				ok = false
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
