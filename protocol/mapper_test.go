package protocol

import (
	"math/rand/v2"
	"strings"
	"testing"
	"unicode/utf16"
	"unicode/utf8"

	"notecoder/cdi/model"
)

// reference computes, independently of the package code, the unit offset of
// every character boundary of s (byte -> unit) and its inverse. Invalid
// bytes are one character of one unit (they stand for U+FFFD).
func reference(s string, e Encoding) (byUnit map[int]int, byByte map[int]int, total int) {
	byUnit, byByte = map[int]int{}, map[int]int{}
	u := 0
	for i, r := range s {
		byUnit[u], byByte[i] = i, u
		switch e {
		case UTF8:
			_, w := utf8.DecodeRuneInString(s[i:])
			u += w
		case UTF16:
			u += utf16.RuneLen(r)
		case UTF32:
			u++
		}
	}
	byUnit[u], byByte[len(s)] = len(s), u
	return byUnit, byByte, u
}

// checkAgainstReference verifies both the simple functions (when full) and
// the Mapper for every offset in and around the text.
func checkAgainstReference(t *testing.T, m *Mapper, full bool) {
	t.Helper()
	s, e := m.Text(), m.Encoding()
	byUnit, byByte, total := reference(s, e)
	if m.Len() != total || Length(s, e) != total {
		t.Fatalf("%v len %d / %d, want %d (text %q)", e, m.Len(), Length(s, e), total, s)
	}
	for u := -2; u <= total+2; u++ {
		want, ok := byUnit[u]
		got, err := m.ToByte(u)
		if ok != (err == nil) || (ok && got != want) {
			t.Fatalf("%v Mapper.ToByte(%d) = %d, %v; want %d, %v (text %q)", e, u, got, err, want, ok, s)
		}
		if err != nil && CodeOf(err) != CodeRangeOutOfBounds {
			t.Fatalf("wrong error code %v", err)
		}
		if full {
			got, err = ToByte(s, e, u)
			if ok != (err == nil) || (ok && got != want) {
				t.Fatalf("%v ToByte(%d) = %d, %v; want %d, %v", e, u, got, err, want, ok)
			}
		}
	}
	for b := -2; b <= len(s)+2; b++ {
		want, ok := byByte[b]
		if IsBoundary(s, b) != ok {
			t.Fatalf("IsBoundary(%d) = %v (text %q)", b, !ok, s)
		}
		got, err := m.FromByte(b)
		if ok != (err == nil) || (ok && got != want) {
			t.Fatalf("%v Mapper.FromByte(%d) = %d, %v; want %d, %v (text %q)", e, b, got, err, want, ok, s)
		}
		if full {
			got, err = FromByte(s, e, b)
			if ok != (err == nil) || (ok && got != want) {
				t.Fatalf("%v FromByte(%d) = %d, %v; want %d, %v", e, b, got, err, want, ok)
			}
		}
	}
}

// TestPositionTable pins the documented behaviour on small cases.
func TestPositionTable(t *testing.T) {
	const s = "aé😀b" // bytes: a(0) é(1-2) 😀(3-6) b(7); utf-16: a0 é1 😀2-3 b4
	tests := []struct {
		e       Encoding
		off     int
		want    int
		wantErr bool
	}{
		{UTF16, 0, 0, false}, {UTF16, 1, 1, false}, {UTF16, 2, 3, false},
		{UTF16, 3, 0, true}, // between the surrogates of 😀
		{UTF16, 4, 7, false}, {UTF16, 5, 8, false}, {UTF16, 6, 0, true}, {UTF16, -1, 0, true},
		{UTF32, 2, 3, false}, {UTF32, 3, 7, false}, {UTF32, 4, 8, false}, {UTF32, 5, 0, true},
		{UTF8, 1, 1, false}, {UTF8, 2, 0, true}, // inside é
		{UTF8, 4, 0, true}, {UTF8, 5, 0, true}, {UTF8, 6, 0, true}, // inside 😀
		{UTF8, 7, 7, false}, {UTF8, 8, 8, false}, {UTF8, 9, 0, true},
	}
	for _, tc := range tests {
		got, err := ToByte(s, tc.e, tc.off)
		m := NewMapper(tc.e, s)
		got2, err2 := m.ToByte(tc.off)
		if tc.wantErr {
			if CodeOf(err) != CodeRangeOutOfBounds || CodeOf(err2) != CodeRangeOutOfBounds {
				t.Errorf("%v %d: want range_out_of_bounds, got %v / %v", tc.e, tc.off, err, err2)
			}
			continue
		}
		if err != nil || err2 != nil || got != tc.want || got2 != tc.want {
			t.Errorf("%v %d: got %d %v / %d %v, want %d", tc.e, tc.off, got, err, got2, err2, tc.want)
		}
	}
	for _, e := range []Encoding{UTF8, UTF16, UTF32} {
		if _, err := FromByte(s, e, 2); CodeOf(err) != CodeRangeOutOfBounds {
			t.Errorf("%v: FromByte inside é: %v", e, err)
		}
	}
	if _, _, err := NewMapper(UTF16, s).ToByteRange(2, 1); CodeOf(err) != CodeRangeOutOfBounds {
		t.Errorf("start > end accepted: %v", err)
	}
}

// TestEncodingNames covers the wire names.
func TestEncodingNames(t *testing.T) {
	for name, want := range map[string]Encoding{"": UTF16, "utf-16": UTF16, "utf-8": UTF8, "utf-32": UTF32} {
		got, err := ParseEncoding(name)
		if err != nil || got != want {
			t.Errorf("%q: %v %v", name, got, err)
		}
	}
	for _, bad := range []string{"UTF-16", "utf16", "utf-7", "latin1"} {
		if _, err := ParseEncoding(bad); CodeOf(err) != CodeBadMessage {
			t.Errorf("%q accepted: %v", bad, err)
		}
	}
	for _, e := range []Encoding{UTF16, UTF8, UTF32} {
		b, err := e.MarshalText()
		var back Encoding
		if err != nil || back.UnmarshalText(b) != nil || back != e {
			t.Errorf("%v does not round-trip", e)
		}
	}
	if _, err := Encoding(9).MarshalText(); err == nil {
		t.Error("invalid encoding marshalled")
	}
}

// pieces are the building blocks of random texts: ASCII runs, 2-, 3- and
// 4-byte characters, and stray bytes that edits can join into characters.
var pieces = []string{"a", "bc", " ", "\n", "é", "°", "–", "中", "😀", "𝄞", "\xe2", "\x82\xac", "\xff", strings.Repeat("x", 300)}

func randomText(r *rand.Rand, n int) string {
	var b strings.Builder
	for b.Len() < n {
		b.WriteString(pieces[r.IntN(len(pieces))])
	}
	return b.String()
}

// TestMapperEdits applies random edits through Apply, Convert+Commit and
// ApplyBytes and checks every conversion against a fresh reference after
// each step; bad edits must leave the Mapper unchanged.
func TestMapperEdits(t *testing.T) {
	for _, stride := range []int{7, 512} {
		t.Run("stride"+itoa(stride), func(t *testing.T) {
			defer func(s int) { checkpointStride = s }(checkpointStride)
			checkpointStride = stride
			testMapperEdits(t)
		})
	}
}

func testMapperEdits(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	for _, e := range []Encoding{UTF16, UTF8, UTF32} {
		m := NewMapper(e, randomText(r, 2500))
		m2 := NewMapper(e, m.Text())
		checkAgainstReference(t, m, true)
		for step := range 120 {
			n := 1 + r.IntN(3)
			changes := make([]TextChange, n)
			for i := range changes {
				a, b := r.IntN(m.Len()+3)-1, r.IntN(m.Len()+3)-1
				if a > b && r.IntN(4) > 0 {
					a, b = b, a
				}
				if r.IntN(3) == 0 {
					b = min(a+r.IntN(5), m.Len())
				}
				changes[i] = TextChange{Start: a, End: b, Text: randomText(r, r.IntN(40))}
				if r.IntN(4) == 0 {
					changes[i].Text = ""
				}
			}
			before, beforeLen := m.Text(), m.Len()
			text, edits, err := m.Apply(changes)
			edits2, err2 := m2.Convert(changes)
			if (err == nil) != (err2 == nil) {
				t.Fatalf("Apply and Convert disagree: %v / %v", err, err2)
			}
			if err != nil {
				if CodeOf(err) != CodeRangeOutOfBounds {
					t.Fatalf("error code %v", err)
				}
				if m.Text() != before || m.Len() != beforeLen || text != before {
					t.Fatal("failed Apply changed the Mapper")
				}
				continue
			}
			// Replay the byte edits on the old text to get what the
			// incremental layer would build.
			built := before
			for _, be := range edits {
				built = built[:be.Start] + be.Text + built[be.End:]
			}
			if built != text {
				t.Fatalf("byte edits do not rebuild the text")
			}
			m2.Commit(built, edits2)
			if m2.Text() != text {
				t.Fatal("Commit text differs")
			}
			checkAgainstReference(t, m, step%40 == 0)
			checkAgainstReference(t, m2, false)
			if len(m.cps) > 2*(len(m.text)/checkpointStride)+9 {
				t.Fatalf("index grew to %d checkpoints for %d bytes", len(m.cps), len(m.text))
			}
		}
		// ApplyBytes refuses a split character and changes nothing.
		m3 := NewMapper(e, "é")
		if _, err := m3.ApplyBytes([]ByteEdit{{Start: 0, End: 0, Text: "x"}, {Start: 2, End: 2}}); CodeOf(err) != CodeRangeOutOfBounds {
			t.Errorf("ApplyBytes split: %v", err)
		}
		if m3.Text() != "é" {
			t.Error("failed ApplyBytes changed the text")
		}
		if got, err := m3.ApplyBytes([]ByteEdit{{Start: 0, End: 2, Text: "ab"}, {Start: 1, End: 1, Text: "😀"}}); err != nil || got != "a😀b" {
			t.Errorf("ApplyBytes = %q, %v", got, err)
		}
		checkAgainstReference(t, m3, true)
	}
}

// TestMapperCloneAndSpans: a clone keeps answering for its text, and byte
// spans from the coder convert to wire spans.
func TestMapperCloneAndSpans(t *testing.T) {
	m := NewMapper(UTF16, "😀 CHF é")
	c := m.Clone()
	if _, _, err := m.Apply([]TextChange{{0, 2, ""}}); err != nil {
		t.Fatal(err)
	}
	if c.Text() != "😀 CHF é" || c.Len() != 8 {
		t.Fatalf("clone changed: %q", c.Text())
	}
	sp, err := c.SpanFromBytes(model.Span{Start: 5, End: 8})
	if err != nil || sp != (Span{3, 6}) {
		t.Errorf("span %v %v", sp, err)
	}
	spans, err := c.AppendSpans(nil, []model.Span{{Start: 0, End: 4}, {Start: 9, End: 11}})
	if err != nil || len(spans) != 2 || spans[0] != (Span{0, 2}) || spans[1] != (Span{7, 8}) {
		t.Errorf("spans %v %v", spans, err)
	}
	if _, err := c.AppendSpans(nil, []model.Span{{Start: 1, End: 4}}); CodeOf(err) != CodeRangeOutOfBounds {
		t.Errorf("split span accepted: %v", err)
	}
}

// TestMapperJoinsStrayBytes: when the text holds invalid UTF-8, an edit can
// join stray bytes on both sides into one character; the index must re-scan
// across the join whatever the checkpoint positions are.
func TestMapperJoinsStrayBytes(t *testing.T) {
	defer func(s int) { checkpointStride = s }(checkpointStride)
	tests := []struct {
		text string
		edit ByteEdit
	}{
		{"ab\xe2X\x82\xacyz", ByteEdit{3, 4, ""}},           // delete between lead and continuations
		{"ab\xe2cd", ByteEdit{3, 3, "\x82\xac"}},            // insert continuations after a stray lead
		{"ab\x82\xaccd", ByteEdit{2, 2, "\xe2"}},            // insert a lead before stray continuations
		{"a\xf0\x9fQ\x98\x80b", ByteEdit{3, 4, ""}},         // 4-byte join
		{"\xf0Q\x9f\x98\x80 tail text", ByteEdit{1, 2, ""}}, // join at the very start
	}
	for _, stride := range []int{1, 2, 3, 4, 7} {
		checkpointStride = stride
		for _, tc := range tests {
			for _, e := range []Encoding{UTF16, UTF8, UTF32} {
				m := NewMapper(e, tc.text)
				if _, err := m.ApplyBytes([]ByteEdit{tc.edit}); err != nil {
					t.Fatalf("%q %v: %v", tc.text, tc.edit, err)
				}
				checkAgainstReference(t, m, true)
			}
		}
	}
}
