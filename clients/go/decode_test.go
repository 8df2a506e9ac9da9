package ncclient

import (
	"bytes"
	"testing"

	"github.com/valyala/fastjson"

	"notecoder/protocol"
)

// TestDecodeResultMatchesEncodingJSON checks the fastjson path against
// protocol.DecodeServer on the same frames: both must give the same result
// (compared through the canonical encoder), or the fast path must refuse so
// that the fallback decides.
func TestDecodeResultMatchesEncodingJSON(t *testing.T) {
	full := &protocol.Result{Doc: "enc-88/note-1", Version: 7, Reset: true,
		Codes: protocol.CodeDelta{Upsert: []protocol.CodeItem{{ID: "c-1", System: "ICD-10-CM", Code: "I50.9",
			Title: "Heart failure, \"unspecified\"\n\u2028", Assertion: "present", Section: "assessment",
			Evidence: []protocol.Span{{Start: 12, End: 15}, {Start: 40, End: 43}}, Confidence: 0.8, Why: "index: Failure, heart"}},
			Remove: []string{"c-9"}},
		Prompts: protocol.PromptDelta{Upsert: []protocol.PromptItem{{ID: "p-1", Kind: "type", Code: "I50.9", Message: "type?",
			Options:  []protocol.Option{{Label: "acute systolic", Code: "I50.21"}, {Label: "Other (please specify)"}},
			Evidence: []protocol.Span{{Start: 12, End: 15}},
			Impact:   &protocol.Impact{CurrentCC: "", BestCC: "MCC", HCCBefore: "HCC226", HCCAfter: "HCC224", Score: 3.5}},
			{ID: "p-2", Kind: "laterality", Code: "M17.9", Message: "side?", Options: []protocol.Option{}, Evidence: []protocol.Span{}}},
			Remove: []string{}},
		Findings: &protocol.FindingDelta{Upsert: []protocol.FindingItem{{ID: "f-1", Code: "R06.02", Title: "SOB",
			Assertion: "negated", Evidence: []protocol.Span{{Start: 1, End: 2}}, Why: "negation: denies"}}, Remove: []string{"f-2"}}}
	tests := []struct {
		name  string
		frame string
		fast  bool // the fast path must accept it
	}{
		{"full", string(protocol.EncodeResult(nil, full)), true},
		{"empty delta", `{"type":"result","doc":"d","version":2,"codes":{"upsert":[],"remove":[]},"prompts":{"upsert":[],"remove":[]}}`, true},
		{"unknown fields and escapes", `{"type":"result","doc":"d\u00e9","version":3,"extra":{"a":[1]},"codes":{"upsert":[{"id":"c-1","system":"S","code":"A","title":"t\ud83d\ude00","assertion":"present","evidence":[{"start":0,"end":1,"x":2}],"confidence":1,"new":true}],"remove":["c-2"]},"prompts":{"upsert":[],"remove":[]}}`, true},
		{"null impact and findings", `{"type":"result","doc":"d","version":4,"codes":{"upsert":[],"remove":[]},"prompts":{"upsert":[{"id":"p","kind":"k","code":"C","message":"m","options":[{"label":"l"}],"evidence":[],"impact":null}],"remove":[]},"findings":null}`, true},
		{"missing evidence", `{"type":"result","doc":"d","version":5,"codes":{"upsert":[{"id":"c","system":"S","code":"A","title":"t","assertion":"present","confidence":1}],"remove":[]},"prompts":{"upsert":[],"remove":[]}}`, false},
		{"string version", `{"type":"result","doc":"d","version":"5","codes":{"upsert":[],"remove":[]},"prompts":{"upsert":[],"remove":[]}}`, false},
		{"no prompts", `{"type":"result","doc":"d","version":5,"codes":{"upsert":[],"remove":[]}}`, false},
		{"bad json", `{"type":"result","doc":`, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var p fastjson.Parser
			fast, ferr := decodeResult(&p, []byte(tc.frame))
			if tc.fast != (ferr == nil) {
				t.Fatalf("fast path accepted=%v, want %v (%v)", ferr == nil, tc.fast, ferr)
			}
			slow, serr := protocol.DecodeServer([]byte(tc.frame))
			got, gerr := decodeServer(&p, []byte(tc.frame))
			if (serr == nil) != (gerr == nil) {
				t.Fatalf("decodeServer err %v, DecodeServer err %v", gerr, serr)
			}
			if serr != nil {
				return
			}
			want := protocol.EncodeResult(nil, slow.(*protocol.Result))
			if g := protocol.EncodeResult(nil, got.(*protocol.Result)); !bytes.Equal(g, want) {
				t.Fatalf("decodeServer:\n%s\nencoding/json:\n%s", g, want)
			}
			if fast != nil {
				if g := protocol.EncodeResult(nil, fast); !bytes.Equal(g, want) {
					t.Fatalf("fast:\n%s\nencoding/json:\n%s", g, want)
				}
			}
		})
	}
}

func BenchmarkDecodeResult(b *testing.B) {
	frame := []byte(`{"type":"result","doc":"loadgen/1","version":1234,"codes":{"upsert":[{"id":"c-3","system":"ICD-10-CM","code":"I50.9","title":"Heart failure, unspecified","assertion":"present","section":"assessment","evidence":[{"start":120,"end":133}],"confidence":0.8}],"remove":["c-2"]},"prompts":{"upsert":[],"remove":[]}}`)
	b.Run("fastjson", func(b *testing.B) {
		var p fastjson.Parser
		for b.Loop() {
			if _, err := decodeServer(&p, frame); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("encoding-json", func(b *testing.B) {
		for b.Loop() {
			if _, err := protocol.DecodeServer(frame); err != nil {
				b.Fatal(err)
			}
		}
	})
}
