package protocol

import (
	"errors"
	"reflect"
	"strings"
	"testing"

	"notecoder/cdi/model"
)

func strp(s string) *string { return &s }

// TestParseErrors covers every parser error code and the check order: a
// frame with several problems reports the earliest check, and the error
// still carries the id, doc and type that could be read.
func TestParseErrors(t *testing.T) {
	long := strings.Repeat("x", MaxIDBytes+1)
	tests := []struct {
		name, frame, code string
		id, doc, typ      string
	}{
		// 1. bad_json
		{"empty", ``, CodeBadJSON, "", "", ""},
		{"truncated", `{"type":"ping"`, CodeBadJSON, "", "", ""},
		{"trailing comma", `{"type":"ping",}`, CodeBadJSON, "", "", ""},
		{"trailing garbage", `{"type":"ping"} x`, CodeBadJSON, "", "", ""},
		{"array", `[{"type":"ping"}]`, CodeBadJSON, "", "", ""},
		{"string", `"ping"`, CodeBadJSON, "", "", ""},
		{"null", `null`, CodeBadJSON, "", "", ""},
		{"invalid utf-8", "{\"type\":\"ping\",\"id\":\"\xff\"}", CodeBadJSON, "", "", ""},
		{"raw control char", "{\"type\":\"open\",\"doc\":\"d\",\"version\":1,\"text\":\"a\x01b\"}", CodeBadJSON, "", "", ""},
		{"raw newline in string", "{\"type\":\"open\",\"doc\":\"d\",\"version\":1,\"text\":\"a\nb\"}", CodeBadJSON, "", "", ""},
		{"bad escape", `{"type":"ping","id":"\q"}`, CodeBadJSON, "", "", ""},
		{"short unicode escape", `{"type":"ping","id":"\u12"}`, CodeBadJSON, "", "", ""},
		{"NaN", `{"type":"open","doc":"d","version":NaN,"text":""}`, CodeBadJSON, "", "", ""},
		{"leading zero", `{"type":"open","doc":"d","version":01,"text":""}`, CodeBadJSON, "", "", ""},
		{"bad json beats unknown type", `{"type":"bogus","doc":}`, CodeBadJSON, "", "", ""},
		// 2. unknown_type
		{"no type", `{"doc":"d1","id":"r1"}`, CodeUnknownType, "r1", "d1", ""},
		{"type number", `{"type":5}`, CodeUnknownType, "", "", ""},
		{"type null", `{"type":null}`, CodeUnknownType, "", "", ""},
		{"server type from client", `{"type":"result","doc":"d"}`, CodeUnknownType, "", "d", ""},
		{"type is case sensitive", `{"type":"Change"}`, CodeUnknownType, "", "", ""},
		{"unknown type beats bad fields", `{"type":"bogus","id":"r1","doc":"d1","version":"x"}`, CodeUnknownType, "r1", "d1", ""},
		// 3. bad_message, per message
		{"hello no token", `{"type":"hello","id":"h"}`, CodeBadMessage, "h", "", TypeHello},
		{"hello token number", `{"type":"hello","token":1}`, CodeBadMessage, "", "", TypeHello},
		{"hello token null", `{"type":"hello","token":null}`, CodeBadMessage, "", "", TypeHello},
		{"hello bad encoding", `{"type":"hello","token":"t","positionEncoding":"utf16"}`, CodeBadMessage, "", "", TypeHello},
		{"hello findings not bool", `{"type":"hello","token":"t","findings":"yes"}`, CodeBadMessage, "", "", TypeHello},
		{"open no doc", `{"type":"open","version":1,"text":""}`, CodeBadMessage, "", "", TypeOpen},
		{"open empty doc", `{"type":"open","doc":"","version":1,"text":""}`, CodeBadMessage, "", "", TypeOpen},
		{"open doc number", `{"type":"open","doc":7,"version":1,"text":""}`, CodeBadMessage, "", "", TypeOpen},
		{"open doc too long", `{"type":"open","doc":"` + strings.Repeat("d", MaxDocIDBytes+1) + `","version":1,"text":""}`, CodeBadMessage, "", "", TypeOpen},
		{"open no version", `{"type":"open","doc":"d","text":""}`, CodeBadMessage, "", "d", TypeOpen},
		{"open negative version", `{"type":"open","id":"r7","doc":"d","version":-1,"text":""}`, CodeBadMessage, "r7", "d", TypeOpen},
		{"open fractional version", `{"type":"open","doc":"d","version":1.5,"text":""}`, CodeBadMessage, "", "d", TypeOpen},
		{"open string version", `{"type":"open","doc":"d","version":"1","text":""}`, CodeBadMessage, "", "d", TypeOpen},
		{"open huge version", `{"type":"open","doc":"d","version":9007199254740992,"text":""}`, CodeBadMessage, "", "d", TypeOpen},
		{"open no text", `{"type":"open","doc":"d","version":1}`, CodeBadMessage, "", "d", TypeOpen},
		{"open text null", `{"type":"open","doc":"d","version":1,"text":null}`, CodeBadMessage, "", "d", TypeOpen},
		{"open context array", `{"type":"open","doc":"d","version":1,"text":"","context":[]}`, CodeBadMessage, "", "d", TypeOpen},
		{"open bad setting", `{"type":"open","doc":"d","version":1,"text":"","context":{"setting":"icu"}}`, CodeBadMessage, "", "d", TypeOpen},
		{"open bad age", `{"type":"open","doc":"d","version":1,"text":"","context":{"age":200}}`, CodeBadMessage, "", "d", TypeOpen},
		{"open age string", `{"type":"open","doc":"d","version":1,"text":"","context":{"age":"67"}}`, CodeBadMessage, "", "d", TypeOpen},
		{"change text and changes", `{"type":"change","doc":"d","version":2,"text":"x","changes":[]}`, CodeBadMessage, "", "d", TypeChange},
		{"change neither", `{"type":"change","doc":"d","version":2}`, CodeBadMessage, "", "d", TypeChange},
		{"change changes object", `{"type":"change","doc":"d","version":2,"changes":{}}`, CodeBadMessage, "", "d", TypeChange},
		{"change item not object", `{"type":"change","doc":"d","version":2,"changes":[1]}`, CodeBadMessage, "", "d", TypeChange},
		{"change item no start", `{"type":"change","doc":"d","version":2,"changes":[{"end":1,"text":""}]}`, CodeBadMessage, "", "d", TypeChange},
		{"change item no text", `{"type":"change","doc":"d","version":2,"changes":[{"start":1,"end":1}]}`, CodeBadMessage, "", "d", TypeChange},
		{"change start string", `{"type":"change","doc":"d","version":2,"changes":[{"start":"1","end":1,"text":""}]}`, CodeBadMessage, "", "d", TypeChange},
		{"change start fraction", `{"type":"change","doc":"d","version":2,"changes":[{"start":0.5,"end":1,"text":""}]}`, CodeBadMessage, "", "d", TypeChange},
		{"change text number", `{"type":"change","doc":"d","version":2,"text":5}`, CodeBadMessage, "", "d", TypeChange},
		{"bad message beats range", `{"type":"change","doc":"d","version":-2,"changes":[{"start":9,"end":1,"text":""}]}`, CodeBadMessage, "", "d", TypeChange},
		{"close no doc", `{"type":"close","id":"c"}`, CodeBadMessage, "c", "", TypeClose},
		{"feedback no target", `{"type":"feedback","doc":"d","action":"accept"}`, CodeBadMessage, "", "d", TypeFeedback},
		{"feedback bad action", `{"type":"feedback","doc":"d","target":"p-1","action":"like"}`, CodeBadMessage, "", "d", TypeFeedback},
		{"feedback reason number", `{"type":"feedback","doc":"d","target":"p-1","action":"accept","reason":1}`, CodeBadMessage, "", "d", TypeFeedback},
		{"answer no query", `{"type":"answer","option":0}`, CodeBadMessage, "", "", TypeAnswer},
		{"answer no option", `{"type":"answer","query":"q-1"}`, CodeBadMessage, "", "", TypeAnswer},
		{"answer negative option", `{"type":"answer","query":"q-1","option":-1}`, CodeBadMessage, "", "", TypeAnswer},
		{"answer option string", `{"type":"answer","query":"q-1","option":"0"}`, CodeBadMessage, "", "", TypeAnswer},
		{"subscribe bad topic", `{"type":"subscribe","topic":"codes"}`, CodeBadMessage, "", "", TypeSubscribe},
		{"unsubscribe no topic", `{"type":"unsubscribe"}`, CodeBadMessage, "", "", TypeUnsubscribe},
		{"id too long is not echoed", `{"type":"ping","id":"` + long + `"}`, CodeBadMessage, "", "", TypePing},
		{"id number", `{"type":"ping","id":1}`, CodeBadMessage, "", "", TypePing},
	}
	var p Parser
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			m, err := p.Parse([]byte(tc.frame))
			if err == nil {
				t.Fatalf("accepted %#v", m)
			}
			if m != nil {
				t.Errorf("message %#v returned with error", m)
			}
			if got := CodeOf(err); got != tc.code {
				t.Fatalf("code %q, want %q (%v)", got, tc.code, err)
			}
			var pe *ParseError
			if !errors.As(err, &pe) {
				t.Fatalf("%T is not a *ParseError", err)
			}
			if pe.ID != tc.id || pe.Doc != tc.doc || pe.Type != tc.typ {
				t.Errorf("recovered id=%q doc=%q type=%q, want %q %q %q", pe.ID, pe.Doc, pe.Type, tc.id, tc.doc, tc.typ)
			}
			if !errors.Is(err, ErrorFor(tc.code)) {
				t.Errorf("errors.Is(%v, sentinel) is false", err)
			}
			e := NewError(err)
			if e.Code != tc.code || e.Ref != tc.id || e.Doc != tc.doc || e.Message == "" {
				t.Errorf("NewError = %+v", e)
			}
		})
	}
}

// TestParseAccepts checks decoded values, including the lenient cases the
// spec allows (null optional fields, 1e3, unknown fields, offsets that only
// the range check may refuse, lone surrogates).
func TestParseAccepts(t *testing.T) {
	tests := []struct {
		name, frame string
		want        Message
	}{
		{"hello defaults", `{"type":"hello","token":""}`, &Hello{}},
		{"hello full", `{"type":"hello","id":"h","token":"t","client":"c/1","positionEncoding":"utf-32","findings":true}`,
			&Hello{ID: "h", Token: "t", Client: "c/1", PositionEncoding: UTF32, Findings: true}},
		{"open null optionals", `{"type":"open","id":null,"doc":"d","version":0,"text":"","context":null}`,
			&Open{Doc: "d", Text: ""}},
		{"open context", `{"type":"open","doc":"d","version":1e3,"text":"x","context":{"setting":"inpatient","age":67,"sex":"F","principalDx":"I50.9"}}`,
			&Open{Doc: "d", Version: 1000, Text: "x", Context: Context{Setting: model.Inpatient, Age: 67, Sex: "F", PrincipalDx: "I50.9"}}},
		{"unknown fields ignored", `{"type":"close","doc":"d","future":{"x":[1,2]}}`, &Close{Doc: "d"}},
		{"change offsets unchecked here", `{"type":"change","doc":"d","version":2,"changes":[{"start":-4,"end":-9,"text":"a"},{"start":9,"end":1,"text":""}]}`,
			&Change{Doc: "d", Version: 2, Changes: []TextChange{{-4, -9, "a"}, {9, 1, ""}}}},
		{"change empty list", `{"type":"change","doc":"d","version":2,"changes":[]}`, &Change{Doc: "d", Version: 2, Changes: []TextChange{}}},
		{"change full text", `{"type":"change","doc":"d","version":3,"text":""}`, &Change{Doc: "d", Version: 3, Text: strp("")}},
		{"change text null means changes", `{"type":"change","doc":"d","version":3,"text":null,"changes":[]}`, &Change{Doc: "d", Version: 3, Changes: []TextChange{}}},
		{"lone high surrogate", `{"type":"close","doc":"a\ud800b"}`, &Close{Doc: "a\uFFFDb"}},
		{"lone low surrogate", `{"type":"close","doc":"a\udc00"}`, &Close{Doc: "a\uFFFD"}},
		{"high then non-low", `{"type":"close","doc":"\ud83d\u0041"}`, &Close{Doc: "\uFFFDA"}},
		{"surrogate pair", `{"type":"close","doc":"\ud83d\ude00"}`, &Close{Doc: "😀"}},
		{"escaped backslash is not an escape", `{"type":"close","doc":"\\ud800"}`, &Close{Doc: `\ud800`}},
		{"escapes", `{"type":"close","doc":"\"\/\b\f\n\r\t\u00e9"}`, &Close{Doc: "\"/\b\f\n\r\té"}},
		{"feedback", `{"type":"feedback","doc":"d","target":"c-1","action":"reject","reason":"r","code":"I50.22"}`,
			&Feedback{Doc: "d", Target: "c-1", Action: "reject", Reason: "r", Code: "I50.22"}},
		{"answer", `{"type":"answer","query":"q-1","option":2,"text":"t"}`, &Answer{Query: "q-1", Option: 2, Text: "t"}},
		{"subscribe", `{"type":"subscribe","topic":"worklist"}`, &Subscribe{Topic: "worklist"}},
		{"unsubscribe", `{"type":"unsubscribe","id":"u","topic":"worklist"}`, &Unsubscribe{ID: "u", Topic: "worklist"}},
		{"ping", `{"type":"ping"}`, &Ping{}},
		{"whitespace", " {\n\t\"type\" : \"ping\" } \r\n", &Ping{}},
	}
	var p Parser
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			m, err := p.Parse([]byte(tc.frame))
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(m, tc.want) {
				t.Errorf("got  %#v\nwant %#v", m, tc.want)
			}
		})
	}
}

// TestParseOwnsMemory: a message stays intact after its frame is overwritten
// and after the next Parse, including the patched-surrogate scratch path.
func TestParseOwnsMemory(t *testing.T) {
	var p Parser
	f1 := []byte(`{"type":"change","id":"r1","doc":"d\ud800","version":2,"changes":[{"start":0,"end":0,"text":"héllo"}]}`)
	m1, err := p.Parse(f1)
	if err != nil {
		t.Fatal(err)
	}
	want, _ := Encode(nil, m1)
	for i := range f1 {
		f1[i] = 'z'
	}
	big, _ := Encode(nil, &Open{Doc: "big", Text: strings.Repeat("é", parserRetainBytes)})
	if m, err := p.Parse(big); err != nil || len(m.(*Open).Text) != 2*parserRetainBytes {
		t.Fatalf("big frame: %v", err)
	}
	if p.scratch != nil || !reflect.ValueOf(&p.p).Elem().IsZero() {
		t.Error("parser kept its buffers after a big frame")
	}
	f2 := []byte(`{"type":"change","id":"r2","doc":"e\udc00","version":3,"changes":[{"start":1,"end":1,"text":"xxxxx"}]}`)
	if _, err := p.Parse(f2); err != nil {
		t.Fatal(err)
	}
	if got, _ := Encode(nil, m1); string(got) != string(want) {
		t.Errorf("message changed after reuse:\n%s\n%s", got, want)
	}
}
