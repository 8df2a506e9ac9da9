package protocol

import (
	"bufio"
	"bytes"
	"encoding/json"
	"os"
	"reflect"
	"strings"
	"testing"
)

// example is one JSON line of PROTOCOL.md.
type example struct {
	line   int
	json   string
	schema string // REST body type from a preceding <!-- example: T --> marker
}

// readExamples returns every line of every ```json fence of PROTOCOL.md.
func readExamples(t *testing.T) []example {
	t.Helper()
	data, err := os.ReadFile("PROTOCOL.md")
	if err != nil {
		t.Fatal(err)
	}
	var out []example
	sc := bufio.NewScanner(bytes.NewReader(data))
	sc.Buffer(make([]byte, 0, 1<<16), 1<<20)
	inFence, schema, pending, n := false, "", "", 0
	for sc.Scan() {
		n++
		l := sc.Text()
		switch {
		case !inFence && strings.HasPrefix(l, "<!-- example: "):
			pending = strings.TrimSuffix(strings.TrimPrefix(l, "<!-- example: "), " -->")
		case !inFence && strings.HasPrefix(l, "```json"):
			inFence, schema, pending = true, pending, ""
		case !inFence && strings.HasPrefix(l, "```"):
			t.Errorf("PROTOCOL.md:%d: fence that is not json", n)
			inFence = true
			schema = "-"
		case inFence && strings.HasPrefix(l, "```"):
			inFence, schema = false, ""
		case inFence && schema != "-":
			if strings.TrimSpace(l) == "" {
				t.Errorf("PROTOCOL.md:%d: blank line in a json fence", n)
				continue
			}
			out = append(out, example{line: n, json: l, schema: schema})
		default:
			if strings.TrimSpace(l) != "" && !strings.HasPrefix(l, "<!--") {
				pending = ""
			}
		}
	}
	if inFence {
		t.Error("PROTOCOL.md: unterminated fence")
	}
	return out
}

// restTypes maps the example markers to the REST body types.
var restTypes = map[string]func() any{
	"HTTPErrorBody":      func() any { return new(HTTPErrorBody) },
	"CreateQueryRequest": func() any { return new(CreateQueryRequest) },
	"QueryObject":        func() any { return new(QueryObject) },
	"QueryList":          func() any { return new(QueryList) },
	"Worklist":           func() any { return new(Worklist) },
	"AuditPage":          func() any { return new(AuditPage) },
	"FeedbackRequest":    func() any { return new(FeedbackRequest) },
}

func toMap(t *testing.T, where string, b []byte) map[string]any {
	t.Helper()
	var m map[string]any
	d := json.NewDecoder(bytes.NewReader(b))
	d.UseNumber()
	if err := d.Decode(&m); err != nil {
		t.Fatalf("%s: %v in %s", where, err, b)
	}
	return m
}

// subset reports the first path where a (the document) is not contained in
// b (the re-encoding): every field of the example must survive.
func subset(a, b any, path string) string {
	switch av := a.(type) {
	case map[string]any:
		bv, ok := b.(map[string]any)
		if !ok {
			return path
		}
		for k, x := range av {
			y, ok := bv[k]
			if !ok {
				return path + "." + k + " (dropped)"
			}
			if p := subset(x, y, path+"."+k); p != "" {
				return p
			}
		}
		return ""
	case []any:
		bv, ok := b.([]any)
		if !ok || len(av) != len(bv) {
			return path + " (length)"
		}
		for i := range av {
			if p := subset(av[i], bv[i], path+"[]"); p != "" {
				return p
			}
		}
		return ""
	default:
		if !reflect.DeepEqual(a, b) {
			return path
		}
		return ""
	}
}

// TestProtocolExamples checks that every example in PROTOCOL.md decodes into
// its Go type and round-trips: nothing is dropped or changed by
// encode(decode(x)), and decoding the re-encoding gives the same value.
func TestProtocolExamples(t *testing.T) {
	exs := readExamples(t)
	if len(exs) < 30 {
		t.Fatalf("only %d examples found", len(exs))
	}
	seen := map[string]bool{}
	var p Parser
	for _, ex := range exs {
		where := "PROTOCOL.md:" + itoa(ex.line)
		orig := toMap(t, where, []byte(ex.json))
		var re []byte
		var again func([]byte) any
		var first any
		if ex.schema != "" {
			mk, ok := restTypes[ex.schema]
			if !ok {
				t.Fatalf("%s: unknown example marker %q", where, ex.schema)
			}
			v := mk()
			d := json.NewDecoder(strings.NewReader(ex.json))
			d.DisallowUnknownFields()
			if err := d.Decode(v); err != nil {
				t.Errorf("%s: %v", where, err)
				continue
			}
			first = v
			b, err := json.Marshal(v)
			if err != nil {
				t.Fatalf("%s: %v", where, err)
			}
			re = b
			again = func(b []byte) any {
				v := mk()
				if err := json.Unmarshal(b, v); err != nil {
					t.Fatalf("%s: %v", where, err)
				}
				return v
			}
			seen["rest:"+ex.schema] = true
		} else {
			typ, _ := orig["type"].(string)
			seen[typ] = true
			var m Message
			var err error
			if isClientType(typ) {
				m, err = p.Parse([]byte(ex.json))
				again = func(b []byte) any {
					m, err := p.Parse(b)
					if err != nil {
						t.Fatalf("%s: re-encoding does not parse: %v: %s", where, err, b)
					}
					return m
				}
			} else {
				m, err = DecodeServer([]byte(ex.json))
				again = func(b []byte) any {
					m, err := DecodeServer(b)
					if err != nil {
						t.Fatalf("%s: re-encoding does not decode: %v: %s", where, err, b)
					}
					return m
				}
			}
			if err != nil {
				t.Errorf("%s: %v", where, err)
				continue
			}
			if m.MessageType() != typ {
				t.Errorf("%s: decoded as %s", where, m.MessageType())
			}
			first = m
			re, err = Encode(nil, m)
			if err != nil {
				t.Fatalf("%s: %v", where, err)
			}
		}
		if d := subset(orig, toMap(t, where, re), ""); d != "" {
			t.Errorf("%s: round trip changed %s\n doc: %s\n got: %s", where, d, ex.json, re)
		}
		if got := again(re); !reflect.DeepEqual(got, first) {
			t.Errorf("%s: decode(encode(x)) != x\n%#v\n%#v", where, first, got)
		}
	}
	for _, typ := range []string{TypeHello, TypeOpen, TypeChange, TypeClose, TypeFeedback, TypeAnswer,
		TypeSubscribe, TypeUnsubscribe, TypePing, TypeWelcome, TypeResult, TypeError, TypeOK, TypeQuery,
		TypeWorklist, TypePong} {
		if !seen[typ] {
			t.Errorf("PROTOCOL.md has no example of %q", typ)
		}
	}
	for name := range restTypes {
		if !seen["rest:"+name] {
			t.Errorf("PROTOCOL.md has no example of REST body %s", name)
		}
	}
}

func isClientType(t string) bool {
	switch t {
	case TypeHello, TypeOpen, TypeChange, TypeClose, TypeFeedback, TypeAnswer, TypeSubscribe,
		TypeUnsubscribe, TypePing:
		return true
	}
	return false
}

// TestProtocolDocumentsEveryCode keeps the spec and the code in step: every
// error code, close code and close reason defined here is documented.
func TestProtocolDocumentsEveryCode(t *testing.T) {
	data, err := os.ReadFile("PROTOCOL.md")
	if err != nil {
		t.Fatal(err)
	}
	doc := string(data)
	for _, c := range Codes() {
		if !strings.Contains(doc, "| `"+c+"` |") {
			t.Errorf("error code %q missing from the error code table", c)
		}
	}
	for _, c := range []int{CloseNormal, CloseGoingAway, ClosePolicy, CloseTooBig, CloseInternal,
		CloseTryAgainLater, CloseSlowConsumer, CloseRateLimited, CloseTokenExpired} {
		if !strings.Contains(doc, "| "+itoa(c)+" |") {
			t.Errorf("close code %d missing from the close code table", c)
		}
	}
	for _, r := range []string{ReasonSlowConsumer, ReasonRateLimited, ReasonTokenExpired, ReasonNoHello,
		ReasonShutdown, ReasonOverloaded, ReasonTooBig} {
		if !strings.Contains(doc, "`"+r+"`") {
			t.Errorf("close reason %q not documented", r)
		}
	}
}

func itoa(n int) string {
	b, _ := json.Marshal(n)
	return string(b)
}
