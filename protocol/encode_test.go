package protocol

import (
	"encoding/json"
	"math"
	"reflect"
	"strings"
	"testing"
)

// TestAppendString: the hand-written escaper produces JSON that decodes to
// the input (invalid UTF-8 becomes U+FFFD, as with encoding/json) and is
// also a valid JavaScript literal.
func TestAppendString(t *testing.T) {
	tests := []struct{ in, want string }{
		{"", ""},
		{"plain ASCII", "plain ASCII"},
		{`quote " and \ backslash`, `quote " and \ backslash`},
		{"ctl \x00\x01\x1f \n\r\t", "ctl \x00\x01\x1f \n\r\t"},
		{"héllo 😀 – °C", "héllo 😀 – °C"},
		{"bad \xff\xfe utf8 \xe2\x82", "bad \uFFFD\uFFFD utf8 \uFFFD\uFFFD"},
		{"sep \u2028 \u2029", "sep \u2028 \u2029"},
		{"<script>&", "<script>&"},
	}
	for _, tc := range tests {
		b := AppendString([]byte("x"), tc.in)
		if b[0] != 'x' {
			t.Fatal("dst prefix lost")
		}
		var got string
		if err := json.Unmarshal(b[1:], &got); err != nil {
			t.Fatalf("%q: %v: %s", tc.in, err, b)
		}
		if got != tc.want {
			t.Errorf("%q: decoded %q", tc.in, got)
		}
		if strings.ContainsAny(string(b), "\u2028\u2029\n\r") {
			t.Errorf("%q: raw line terminator in %s", tc.in, b)
		}
	}
}

// TestAppendFloat: floats are written exactly as encoding/json writes them;
// non-finite values become 0.
func TestAppendFloat(t *testing.T) {
	for _, f := range []float64{0, 1, -1, 0.8, 0.1 + 0.2, 1e-7, 1.5e-9, 123456789, 1e21, 3.5e22, -2.5e-8, 1e20} {
		want, _ := json.Marshal(f)
		if got := appendFloat(nil, f); string(got) != string(want) {
			t.Errorf("%v: got %s want %s", f, got, want)
		}
	}
	for _, f := range []float64{math.NaN(), math.Inf(1), math.Inf(-1)} {
		if got := appendFloat(nil, f); string(got) != "0" {
			t.Errorf("%v: got %s", f, got)
		}
	}
}

// plainResult mirrors Result without MarshalJSON, so encoding/json's
// reflective output can serve as the reference for EncodeResult.
type plainResult struct {
	Type     string        `json:"type"`
	Doc      string        `json:"doc"`
	Version  int64         `json:"version"`
	Reset    bool          `json:"reset,omitempty"`
	Codes    CodeDelta     `json:"codes"`
	Prompts  PromptDelta   `json:"prompts"`
	Findings *FindingDelta `json:"findings,omitempty"`
}

func sampleResult() *Result {
	return &Result{
		Doc: "enc-\"88\"/note-1", Version: 42, Reset: true,
		Codes: CodeDelta{
			Upsert: []CodeItem{
				{ID: "c-1", System: "ICD-10-CM", Code: "I50.23", Title: "Acute on chronic systolic (congestive) heart failure",
					Assertion: "present", Section: "assessment", Evidence: []Span{{12, 28}, {40, 44}}, Confidence: 0.93, Why: "index: Failure, heart, systolic, acute on chronic"},
				{ID: "c-2", System: "ICD-10-CM", Code: "Z82.49", Title: "Family history of ischemic heart disease", Assertion: "family", Evidence: []Span{{100, 120}}, Confidence: 0.7},
			},
			Remove: []string{"c-9"},
		},
		Prompts: PromptDelta{
			Upsert: []PromptItem{{ID: "p-1", Kind: "laterality", Code: "M17.9", Message: "Knee osteoarthritis: which side?",
				Options:  []Option{{Label: "right", Code: "M17.11"}, {Label: "left", Code: "M17.12"}, {Label: "Other (please specify)"}},
				Evidence: []Span{{3, 9}}, Impact: &Impact{CurrentCC: "", BestCC: "CC", HCCAfter: "HCC38", Score: 1.25}}},
		},
		Findings: &FindingDelta{Upsert: []FindingItem{{ID: "f-1", Code: "R06.02", Title: "Shortness of breath", Assertion: "negated", Evidence: []Span{{5, 8}}, Why: "negation: denies"}}},
	}
}

// TestEncodeResultMatchesReflection compares the hand-written encoder with
// encoding/json on the same data, for a full and an empty result.
func TestEncodeResultMatchesReflection(t *testing.T) {
	full := sampleResult()
	empty := &Result{Doc: "d", Version: 1}
	for _, r := range []*Result{full, empty} {
		got := EncodeResult(nil, r)
		ref := plainResult{TypeResult, r.Doc, r.Version, r.Reset, r.Codes, r.Prompts, r.Findings}
		if ref.Codes.Upsert == nil {
			ref.Codes.Upsert = []CodeItem{}
		}
		if ref.Codes.Remove == nil {
			ref.Codes.Remove = []string{}
		}
		if ref.Prompts.Upsert == nil {
			ref.Prompts.Upsert = []PromptItem{}
		}
		if ref.Prompts.Remove == nil {
			ref.Prompts.Remove = []string{}
		}
		if ref.Findings != nil && ref.Findings.Remove == nil {
			ref.Findings.Remove = []string{}
		}
		want, err := json.Marshal(ref)
		if err != nil {
			t.Fatal(err)
		}
		var a, b any
		if err := json.Unmarshal(got, &a); err != nil {
			t.Fatalf("invalid JSON: %v\n%s", err, got)
		}
		_ = json.Unmarshal(want, &b)
		if !reflect.DeepEqual(a, b) {
			t.Errorf("hand-written:\n%s\nreflection:\n%s", got, want)
		}
		m, err := DecodeServer(got)
		if err != nil {
			t.Fatal(err)
		}
		if r2 := m.(*Result); r2.Doc != r.Doc || r2.Version != r.Version || len(r2.Codes.Upsert) != len(r.Codes.Upsert) {
			t.Errorf("decoded %+v", r2)
		}
	}
}

// TestEncodeError covers the optional fields of the error frame.
func TestEncodeError(t *testing.T) {
	v := int64(6)
	tests := []struct {
		e    Error
		want string
	}{
		{Error{Code: "bad_json", Message: "malformed JSON"}, `{"type":"error","code":"bad_json","message":"malformed JSON"}`},
		{Error{Code: "version_mismatch", Message: "expected version 7", Doc: "d", Version: &v, Ref: "r"},
			`{"type":"error","code":"version_mismatch","message":"expected version 7","doc":"d","version":6,"ref":"r"}`},
		{Error{Code: "rate_limited", Message: "slow down", RetryAfterMs: 50}, `{"type":"error","code":"rate_limited","message":"slow down","retryAfterMs":50}`},
	}
	for _, tc := range tests {
		if got := string(EncodeError(nil, &tc.e)); got != tc.want {
			t.Errorf("got  %s\nwant %s", got, tc.want)
		}
		m, err := DecodeServer([]byte(tc.want))
		if err != nil || !reflect.DeepEqual(*m.(*Error), tc.e) {
			t.Errorf("decode: %v %+v", err, m)
		}
	}
	if got := string(EncodeOK(nil, "")); got != `{"type":"ok"}` {
		t.Error(got)
	}
	if got := string(EncodePong(nil, "k")); got != `{"type":"pong","ref":"k"}` {
		t.Error(got)
	}
}

// TestEncodeClientMessages: every client message encodes to a frame the
// Parser reads back identically (the Go SDK relies on this).
func TestEncodeClientMessages(t *testing.T) {
	msgs := []Message{
		&Hello{ID: "h", Token: "t", Client: "sdk", PositionEncoding: UTF8, Findings: true},
		&Open{ID: "o", Doc: "d", Version: 1, Text: "ASSESSMENT:\nCHF 😀", Context: Context{Setting: "inpatient", Age: 3}},
		&Open{Doc: "d", Text: ""},
		&Change{ID: "c", Doc: "d", Version: 2, Changes: []TextChange{{1, 2, "x\"y"}, {0, 0, ""}}},
		&Change{Doc: "d", Version: 3, Changes: []TextChange{}},
		&Change{Doc: "d", Version: 4, Text: strp("new text")},
		&Close{Doc: "d"},
		&Feedback{ID: "f", Doc: "d", Target: "p-1", Action: ActionDismiss, Reason: "no"},
		&Answer{Query: "q-1", Option: 0},
		&Subscribe{Topic: TopicWorklist},
		&Unsubscribe{ID: "u", Topic: TopicWorklist},
		&Ping{ID: "k"},
	}
	var p Parser
	for _, m := range msgs {
		b, err := Encode(nil, m)
		if err != nil {
			t.Fatal(err)
		}
		got, err := p.Parse(b)
		if err != nil {
			t.Fatalf("%s: %v", b, err)
		}
		if !reflect.DeepEqual(got, m) {
			t.Errorf("%s:\n got %#v\nwant %#v", b, got, m)
		}
		j, err := json.Marshal(m)
		if err != nil || string(j) != string(b) {
			t.Errorf("json.Marshal differs from Encode: %s vs %s (%v)", j, b, err)
		}
	}
	if _, err := Encode(nil, &Change{Doc: "d", Text: strp("x"), Changes: []TextChange{}}); CodeOf(err) != CodeBadMessage {
		t.Errorf("change with text and changes encoded: %v", err)
	}
}

// TestDecodeServerErrors: the client-side decoder types its failures.
func TestDecodeServerErrors(t *testing.T) {
	for frame, code := range map[string]string{
		`{`:                               CodeBadJSON,
		`{"doc":"d"}`:                     CodeUnknownType,
		`{"type":"hello","token":"t"}`:    CodeUnknownType,
		`{"type":"result","version":"x"}`: CodeBadMessage,
	} {
		if _, err := DecodeServer([]byte(frame)); CodeOf(err) != code {
			t.Errorf("%s: %v, want %s", frame, err, code)
		}
	}
}

var jsonMarshal = json.Marshal
