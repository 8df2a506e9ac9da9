package protocol

import (
	"bytes"
	"encoding/json"
	"reflect"
	"testing"
	"unicode/utf8"
)

// FuzzParse: the parser never panics; it refuses exactly the frames that are
// not one valid UTF-8 JSON object with bad_json; every error has a code of
// the first three checks; an accepted message re-encodes to a frame that
// parses to the same message; and the message owns its memory.
func FuzzParse(f *testing.F) {
	for _, s := range []string{
		`{"type":"hello","token":"t","positionEncoding":"utf-8","findings":true}`,
		`{"type":"open","doc":"d","version":1,"text":"ASSESSMENT:\nCHF","context":{"setting":"inpatient","age":67}}`,
		`{"type":"change","doc":"d","version":2,"changes":[{"start":15,"end":15,"text":" exacerbation"}]}`,
		`{"type":"change","doc":"d","version":3,"text":"x\ud800y\ud83d\ude00"}`,
		`{"type":"feedback","doc":"d","target":"p-1","action":"dismiss"}`,
		`{"type":"answer","query":"q-1","option":0,"text":"t"}`,
		`{"type":"subscribe","topic":"worklist"}`, `{"type":"ping","id":"k"}`, `{"type":"close","doc":"d"}`,
		`[1]`, `{"type":1}`, `{`, "\xff",
	} {
		f.Add([]byte(s))
	}
	var p Parser
	f.Fuzz(func(t *testing.T, frame []byte) {
		orig := append([]byte(nil), frame...)
		m, err := p.Parse(frame)
		var obj map[string]json.RawMessage
		isObject := utf8.Valid(orig) && json.Valid(orig) && json.Unmarshal(orig, &obj) == nil && obj != nil
		if !bytes.Equal(frame, orig) {
			t.Fatal("Parse modified its input")
		}
		if err != nil {
			code := CodeOf(err)
			if (code == CodeBadJSON) == isObject {
				t.Fatalf("bad_json=%v but valid object=%v: %v", code == CodeBadJSON, isObject, err)
			}
			switch code {
			case CodeBadJSON, CodeUnknownType, CodeBadMessage:
			default:
				t.Fatalf("unexpected code %q", code)
			}
			if m != nil {
				t.Fatal("message with error")
			}
			return
		}
		if !isObject {
			t.Fatalf("accepted a frame that is not a JSON object: %q", orig)
		}
		enc, err := Encode(nil, m)
		if err != nil {
			t.Fatal(err)
		}
		for i := range frame {
			frame[i] = '#'
		}
		enc2, _ := Encode(nil, m)
		if !bytes.Equal(enc, enc2) {
			t.Fatal("message aliases the frame")
		}
		var q Parser
		m2, err := q.Parse(enc)
		if err != nil {
			t.Fatalf("re-encoding %s does not parse: %v", enc, err)
		}
		if !reflect.DeepEqual(m, m2) {
			t.Fatalf("round trip:\n%#v\n%#v", m, m2)
		}
	})
}

// FuzzPosition: for any bytes and any encoding, ToByte and FromByte are
// inverse on character boundaries, refuse offsets inside characters, and the
// Mapper agrees with the simple functions.
func FuzzPosition(f *testing.F) {
	f.Add("aé😀b", uint8(0))
	f.Add("\xe2\x82 \xf0\x9f\x98", uint8(1))
	f.Add("中文 text – °C", uint8(2))
	f.Fuzz(func(t *testing.T, s string, enc uint8) {
		e := Encoding(enc % 3)
		m := NewMapper(e, s)
		total := Length(s, e)
		if m.Len() != total {
			t.Fatalf("len %d vs %d", m.Len(), total)
		}
		boundaries := 0
		for b := 0; b <= len(s); b++ {
			u, err := FromByte(s, e, b)
			mu, merr := m.FromByte(b)
			if (err == nil) != IsBoundary(s, b) || (err == nil) != (merr == nil) || u != mu {
				t.Fatalf("FromByte(%d): %d %v / %d %v", b, u, err, mu, merr)
			}
			if err != nil {
				if CodeOf(err) != CodeRangeOutOfBounds {
					t.Fatal(err)
				}
				continue
			}
			boundaries++
			back, err := ToByte(s, e, u)
			mback, merr := m.ToByte(u)
			if err != nil || back != b || merr != nil || mback != b {
				t.Fatalf("ToByte(FromByte(%d)=%d) = %d %v / %d %v", b, u, back, err, mback, merr)
			}
		}
		valid := 0
		for u := -1; u <= total+1; u++ {
			b, err := ToByte(s, e, u)
			mb, merr := m.ToByte(u)
			if (err == nil) != (merr == nil) || b != mb {
				t.Fatalf("ToByte(%d): %d %v / %d %v", u, b, err, mb, merr)
			}
			if err != nil {
				continue
			}
			valid++
			if !IsBoundary(s, b) {
				t.Fatalf("ToByte(%d) = %d inside a character", u, b)
			}
		}
		if valid != boundaries {
			t.Fatalf("%d valid offsets but %d boundaries", valid, boundaries)
		}
	})
}

// FuzzMapperEdits: a Mapper driven by a fuzzed edit script always agrees
// with a Mapper rebuilt from scratch, and failed edits change nothing.
func FuzzMapperEdits(f *testing.F) {
	f.Add("ASSESSMENT: CHF é 😀", []byte{1, 3, 5, 'x', 0, 0, 2, 9, 9})
	f.Add("\xe2X\x82\xac", []byte{0, 1, 2, 0})
	f.Fuzz(func(t *testing.T, text string, script []byte) {
		defer func(s int) { checkpointStride = s }(checkpointStride)
		if len(script) > 0 {
			checkpointStride = 1 + int(script[0]%16)
		}
		for e := range Encoding(3) {
			m := NewMapper(e, text)
			sc := script
			for len(sc) >= 4 {
				start := int(int8(sc[0]))
				end := start + int(sc[1]%8)
				n := int(sc[2] % 8)
				sc = sc[3:]
				ins := string(sc[:min(n, len(sc))])
				sc = sc[min(n, len(sc)):]
				if len(sc) > 0 && sc[0]&1 == 1 {
					end = start - 1 // start > end
				}
				before := m.Text()
				_, _, err := m.Apply([]TextChange{{Start: start, End: end, Text: ins}, {Start: 0, End: 0, Text: ""}})
				if err != nil && m.Text() != before {
					t.Fatal("failed edit changed the text")
				}
				fresh := NewMapper(e, m.Text())
				if fresh.Len() != m.Len() {
					t.Fatalf("len %d, fresh %d", m.Len(), fresh.Len())
				}
				for u := 0; u <= m.Len(); u++ {
					a, err1 := m.ToByte(u)
					b, err2 := fresh.ToByte(u)
					if a != b || (err1 == nil) != (err2 == nil) {
						t.Fatalf("ToByte(%d) %d %v, fresh %d %v", u, a, err1, b, err2)
					}
				}
			}
		}
	})
}
