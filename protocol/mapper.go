package protocol

import (
	"fmt"
	"slices"
	"sort"
	"unicode/utf8"

	"notecoder/cdi/model"
)

// checkpointStride is the target distance in bytes between two checkpoints of
// a Mapper: a conversion scans at most about this many bytes (none when the
// segment is ASCII), and an edit re-scans about two strides plus the inserted
// text. 256 keeps a 64 KB note at ~256 checkpoints (6 KB of index). It is a
// variable only so tests can use a tiny stride to put checkpoints everywhere.
var checkpointStride = 256

// checkpoint marks a character boundary: byte offset b is unit offset u.
// ascii says the segment from here to the next checkpoint is pure ASCII, so
// conversions inside it are arithmetic.
type checkpoint struct {
	b, u  int
	ascii bool
}

// ByteEdit is a TextChange converted to byte offsets: replace text[Start:End]
// with Text, where the offsets are into the text left by the previous edit of
// the same batch. This is the form the incremental layer applies.
type ByteEdit struct {
	Start, End int
	Text       string
}

// Mapper converts offsets between a client's encoding and bytes for one
// document, and stays cheap for long notes. It keeps a reference to the
// current text (strings are immutable, so this costs no copy) and a sparse
// table of checkpoints every ~256 bytes.
//
// Complexity, n = len(text), s = 256:
//   - ToByte, FromByte: O(log(n/s) + s), and O(log(n/s)) inside an ASCII
//     segment; O(1) for UTF8.
//   - Apply of one change of k inserted bytes: O(log(n/s) + s + k) to convert
//     and re-index plus O(n/s) to shift later checkpoints, plus the O(n) copy
//     that building the new string costs anyway. Convert + Commit do the
//     same work without that copy, for when incremental builds the text.
//   - NewMapper, Reset: O(n) (one pass, byte loop for ASCII runs).
//
// A Mapper is not safe for concurrent use; the server owns one per document
// and uses it from the goroutine that owns the document. Convert spans of a
// result with the Mapper (or a Clone) whose text is the text that was coded.
type Mapper struct {
	enc   Encoding
	text  string
	units int          // length of text in units of enc
	cps   []checkpoint // cps[0] = {0,0}; strictly increasing b (unused for UTF8)
	// scratch is reused by reindex for the re-scanned checkpoints; never
	// shared between clones.
	scratch []checkpoint
}

// NewMapper indexes text for encoding e.
func NewMapper(e Encoding, text string) *Mapper {
	m := &Mapper{enc: e}
	m.Reset(text)
	return m
}

// Encoding returns the encoding the Mapper converts from and to.
func (m *Mapper) Encoding() Encoding { return m.enc }

// Text returns the current text.
func (m *Mapper) Text() string { return m.text }

// Len returns the length of the current text in units of the encoding, the
// largest valid offset.
func (m *Mapper) Len() int { return m.units }

// Reset replaces the text and rebuilds the index (an `open` or a full-text
// `change`). O(len(text)).
func (m *Mapper) Reset(text string) {
	m.text = text
	if m.enc == UTF8 {
		m.units = len(text)
		m.cps = m.cps[:0]
		return
	}
	m.cps = appendCheckpoints(m.cps[:0], text, m.enc, 0, 0, len(text))
	last := m.cps[len(m.cps)-1]
	m.units = last.u + segUnits(text, m.enc, last, len(text))
}

// Clone returns an independent copy that keeps converting for the current
// text after m moves on (for example while a result for this version is
// being encoded). O(n/256).
func (m *Mapper) Clone() *Mapper {
	c := *m
	c.cps = append([]checkpoint(nil), m.cps...)
	c.scratch = nil
	return &c
}

// segUnits counts the units from checkpoint c to byte end (c.b <= end).
func segUnits(text string, e Encoding, c checkpoint, end int) int {
	if c.ascii {
		return end - c.b
	}
	return scanToByte(text, e, c.b, c.u, end) - c.u
}

// appendCheckpoints scans text[b:end] (b a boundary at unit u) and appends a
// checkpoint at b and then at the first boundary at or after every stride.
func appendCheckpoints(dst []checkpoint, text string, e Encoding, b, u, end int) []checkpoint {
	for {
		c := checkpoint{b: b, u: u, ascii: true}
		limit := min(b+checkpointStride, end)
		i := b
		for i < limit && text[i] < utf8.RuneSelf {
			i++
		}
		u += i - b
		for i < limit {
			c.ascii = false
			if text[i] < utf8.RuneSelf {
				i++
				u++
				continue
			}
			r, size := utf8.DecodeRuneInString(text[i:end])
			i += size
			u += runeUnits(e, r, size)
		}
		dst = append(dst, c)
		if i >= end {
			return dst
		}
		b = i
	}
}

// segByUnit returns the index of the checkpoint whose segment holds unit offset off.
func (m *Mapper) segByUnit(off int) int {
	return sort.Search(len(m.cps), func(i int) bool { return m.cps[i].u > off }) - 1
}

// segByByte returns the index of the checkpoint whose segment holds byte b.
func (m *Mapper) segByByte(b int) int {
	return sort.Search(len(m.cps), func(i int) bool { return m.cps[i].b > b }) - 1
}

// segEnd returns the byte end of segment i.
func (m *Mapper) segEnd(i int) int {
	if i+1 < len(m.cps) {
		return m.cps[i+1].b
	}
	return len(m.text)
}

// ToByte converts a client offset into a byte offset of the current text;
// ErrRangeOutOfBounds for a negative offset, one past the end, or one inside
// a character.
func (m *Mapper) ToByte(off int) (int, error) {
	if off < 0 || off > m.units {
		return 0, fmt.Errorf("%w: offset %d outside [0, %d]", ErrRangeOutOfBounds, off, m.units)
	}
	if m.enc == UTF8 {
		return checkByte(m.text, off)
	}
	i := m.segByUnit(off)
	c := m.cps[i]
	if c.ascii {
		return c.b + off - c.u, nil
	}
	return scanToUnit(m.text[:m.segEnd(i)], m.enc, c.b, c.u, off)
}

// FromByte converts a byte offset of the current text into a client offset;
// ErrRangeOutOfBounds when b is outside [0, len] or inside a character.
func (m *Mapper) FromByte(b int) (int, error) {
	if _, err := checkByte(m.text, b); err != nil {
		return 0, err
	}
	if m.enc == UTF8 {
		return b, nil
	}
	c := m.cps[m.segByByte(b)]
	if c.ascii {
		return c.u + b - c.b, nil
	}
	return scanToByte(m.text, m.enc, c.b, c.u, b), nil
}

// ToByteRange converts a client range, checking start <= end as well.
func (m *Mapper) ToByteRange(start, end int) (bs, be int, err error) {
	if start > end {
		return 0, 0, fmt.Errorf("%w: start %d > end %d", ErrRangeOutOfBounds, start, end)
	}
	if bs, err = m.ToByte(start); err != nil {
		return 0, 0, err
	}
	if be, err = m.ToByte(end); err != nil {
		return 0, 0, err
	}
	return bs, be, nil
}

// SpanFromBytes converts a byte span of the current text (as the coder
// reports evidence) into a wire span.
func (m *Mapper) SpanFromBytes(s model.Span) (Span, error) {
	a, err := m.FromByte(s.Start)
	if err != nil {
		return Span{}, err
	}
	b, err := m.FromByte(s.End)
	if err != nil {
		return Span{}, err
	}
	return Span{Start: a, End: b}, nil
}

// AppendSpans converts byte spans into wire spans appended to dst; on error
// dst is returned unchanged with the error.
func (m *Mapper) AppendSpans(dst []Span, src []model.Span) ([]Span, error) {
	n := len(dst)
	for _, s := range src {
		w, err := m.SpanFromBytes(s)
		if err != nil {
			return dst[:n], err
		}
		dst = append(dst, w)
	}
	return dst, nil
}

// Apply converts the changes of one `change` message (client offsets, each
// relative to the text left by the one before) into byte edits, applies them
// and re-indexes. It is atomic: on error (ErrRangeOutOfBounds) the Mapper is
// unchanged. It returns the new text and the byte edits, which the
// incremental layer applies to its own copy of the document.
func (m *Mapper) Apply(changes []TextChange) (string, []ByteEdit, error) {
	edits := make([]ByteEdit, 0, len(changes))
	if len(changes) == 1 {
		c := changes[0]
		bs, be, err := m.ToByteRange(c.Start, c.End)
		if err != nil {
			return m.text, nil, err
		}
		edits = append(edits, ByteEdit{Start: bs, End: be, Text: c.Text})
		m.edit(bs, be, c.Text)
		return m.text, edits, nil
	}
	w := m.Clone()
	for _, c := range changes {
		bs, be, err := w.ToByteRange(c.Start, c.End)
		if err != nil {
			return m.text, nil, err
		}
		edits = append(edits, ByteEdit{Start: bs, End: be, Text: c.Text})
		w.edit(bs, be, c.Text)
	}
	*m = *w
	return m.text, edits, nil
}

// ApplyBytes applies byte edits (each relative to the text left by the one
// before) after checking that every offset is in range and on a character
// boundary; atomic like Apply. It keeps a Mapper in step when the edits were
// produced elsewhere.
func (m *Mapper) ApplyBytes(edits []ByteEdit) (string, error) {
	w := m
	if len(edits) > 1 {
		w = m.Clone()
	}
	for _, e := range edits {
		if e.Start > e.End {
			return m.text, fmt.Errorf("%w: start %d > end %d", ErrRangeOutOfBounds, e.Start, e.End)
		}
		if _, err := checkByte(w.text, e.Start); err != nil {
			return m.text, err
		}
		if _, err := checkByte(w.text, e.End); err != nil {
			return m.text, err
		}
		if len(edits) == 1 {
			break
		}
		w.edit(e.Start, e.End, e.Text)
	}
	if len(edits) == 1 {
		m.edit(edits[0].Start, edits[0].End, edits[0].Text)
	} else if len(edits) > 1 {
		*m = *w
	}
	return m.text, nil
}

// Convert validates client changes against the current text and converts
// them to byte edits without changing the Mapper; pair it with Commit when
// another layer (incremental) builds the new text. One change costs
// O(log(n/s) + s); several changes are converted on a clone, each against
// the text left by the one before.
func (m *Mapper) Convert(changes []TextChange) ([]ByteEdit, error) {
	edits := make([]ByteEdit, 0, len(changes))
	if len(changes) == 1 {
		c := changes[0]
		bs, be, err := m.ToByteRange(c.Start, c.End)
		if err != nil {
			return nil, err
		}
		return append(edits, ByteEdit{Start: bs, End: be, Text: c.Text}), nil
	}
	w := m.Clone()
	for _, c := range changes {
		bs, be, err := w.ToByteRange(c.Start, c.End)
		if err != nil {
			return nil, err
		}
		edits = append(edits, ByteEdit{Start: bs, End: be, Text: c.Text})
		w.edit(bs, be, c.Text)
	}
	return edits, nil
}

// Commit moves the Mapper to newText, which the caller obtained by applying
// edits (as returned by Convert on this Mapper's current text) in order. A
// single edit re-indexes locally without copying the text; several are
// replayed. Precondition: newText is exactly that result (not checked).
func (m *Mapper) Commit(newText string, edits []ByteEdit) {
	switch len(edits) {
	case 0:
		if newText != m.text {
			m.Reset(newText)
		}
	case 1:
		e := edits[0]
		m.reindex(e.Start, e.End, len(e.Text), newText)
	default:
		for _, e := range edits {
			m.edit(e.Start, e.End, e.Text)
		}
		m.text = newText
	}
}

// edit replaces text[bs:be] (validated boundaries) with ins.
func (m *Mapper) edit(bs, be int, ins string) {
	m.reindex(bs, be, len(ins), m.text[:bs]+ins+m.text[be:])
}

// reindex moves the index from the current text to newText, which is the
// current text with [bs:be] replaced by insLen bytes. The segments from the
// one holding bs to the first checkpoint at or after be are re-scanned in
// newText; later checkpoints are only shifted.
func (m *Mapper) reindex(bs, be, insLen int, newText string) {
	old := m.text
	m.text = newText
	if m.enc == UTF8 {
		m.units = len(m.text)
		return
	}
	deltaB := insLen - (be - bs)
	// The re-scanned region starts at a checkpoint at least 3 bytes before
	// the edit and ends at one at least 3 bytes after it: when the text holds
	// invalid UTF-8, an edit can join stray bytes on both sides into one
	// character (at most 4 bytes), and a checkpoint must never end up inside
	// a character. Checkpoints from j on sit in untouched text and only move.
	i0 := m.segByByte(max(bs-3, 0))
	j := i0 + 1
	for j < len(m.cps) && m.cps[j].b < be+3 {
		j++
	}
	oldEndB, oldEndU := len(old), m.units
	if j < len(m.cps) {
		oldEndB, oldEndU = m.cps[j].b, m.cps[j].u
	}
	start := m.cps[i0]
	newEndB := oldEndB + deltaB
	region := appendCheckpoints(m.scratch[:0], m.text, m.enc, start.b, start.u, newEndB)
	last := region[len(region)-1]
	newEndU := last.u + segUnits(m.text, m.enc, last, newEndB)
	deltaU := newEndU - oldEndU
	tail := m.cps[j:]
	for k := range tail {
		tail[k].b += deltaB
		tail[k].u += deltaU
	}
	m.cps = slices.Replace(m.cps, i0, j, region...)
	m.scratch = region[:0]
	m.units += deltaU
	// Deletions can leave many short segments; rebuild when the table is
	// more than twice as dense as a fresh one (amortised O(1) per edit).
	if len(m.cps) > 2*(len(m.text)/checkpointStride)+8 {
		m.Reset(m.text)
	}
}
