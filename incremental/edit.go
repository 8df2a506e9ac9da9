// Package incremental keeps the versioned text of an open note, applies edits
// atomically, tracks which sections an edit touched, and turns the coder's
// per-section results into note-level results and deltas with stable ids.
//
// Everything here works in byte offsets into the UTF-8 text; the server converts
// from the client's position encoding at the edge, so this package never scans
// the note to convert positions.
package incremental

import (
	"errors"
	"fmt"
	"unicode/utf8"
)

// Errors returned by this package. The server maps each to one protocol error
// code; callers test them with errors.Is.
var (
	// ErrVersionMismatch: a change's version is not exactly one more than the
	// document's version.
	ErrVersionMismatch = errors.New("version mismatch")
	// ErrRangeOutOfBounds: start > end, an offset past the end, or an offset
	// inside a UTF-8 sequence.
	ErrRangeOutOfBounds = errors.New("range out of bounds")
	// ErrDocTooLarge: the edit would make the document larger than allowed.
	ErrDocTooLarge = errors.New("document too large")
	// ErrInvalidText: inserted text is not valid UTF-8.
	ErrInvalidText = errors.New("invalid UTF-8 text")
)

// Edit replaces the bytes [Start, End) with Text. Offsets are in bytes.
type Edit struct {
	Start, End int
	Text       string
}

// ApplyEdits applies edits in order, each to the text left by the one before,
// and returns the new text and the byte range of the result that the edits
// touched (the union of their effects, in final-text coordinates) together
// with the net size change. Either all edits apply or none: on error the input
// text is untouched (it is an immutable string) and the error wraps
// ErrRangeOutOfBounds, ErrInvalidText or ErrDocTooLarge. maxBytes <= 0 means no
// limit.
func ApplyEdits(text string, edits []Edit, maxBytes int) (string, Touched, error) {
	t := Touched{Start: -1}
	cur := text
	for i, e := range edits {
		if e.Start < 0 || e.End < e.Start || e.End > len(cur) {
			return text, Touched{}, fmt.Errorf("%w: change %d [%d,%d) in a text of %d bytes", ErrRangeOutOfBounds, i, e.Start, e.End, len(cur))
		}
		if !boundary(cur, e.Start) || !boundary(cur, e.End) {
			return text, Touched{}, fmt.Errorf("%w: change %d splits a character", ErrRangeOutOfBounds, i)
		}
		if !utf8.ValidString(e.Text) {
			return text, Touched{}, fmt.Errorf("%w: change %d", ErrInvalidText, i)
		}
		n := len(cur) - (e.End - e.Start) + len(e.Text)
		if maxBytes > 0 && n > maxBytes {
			return text, Touched{}, fmt.Errorf("%w: %d bytes after change %d, limit %d", ErrDocTooLarge, n, i, maxBytes)
		}
		cur = cur[:e.Start] + e.Text + cur[e.End:]
		t = t.add(e)
	}
	return cur, t, nil
}

// Touched describes where a sequence of edits changed a text: the region
// [Start, End) of the new text that differs, and OldEnd, where that region
// ended in the old text. Everything after End in the new text equals
// everything after OldEnd in the old text, shifted by End-OldEnd.
type Touched struct {
	Start, End, OldEnd int
}

// Empty reports whether no edit was recorded.
func (t Touched) Empty() bool { return t.Start < 0 }

// add folds one more edit (in the coordinates of the text after the previous
// edits) into the touched region.
func (t Touched) add(e Edit) Touched {
	delta := len(e.Text) - (e.End - e.Start)
	if t.Start < 0 {
		return Touched{Start: e.Start, End: e.Start + len(e.Text), OldEnd: e.End}
	}
	// Map the earlier region into the current coordinates: it is unaffected if
	// it lies before the edit; shifted if after.
	start, end, oldEnd := t.Start, t.End, t.OldEnd
	if e.Start < start {
		start = e.Start
	}
	if e.End > end {
		// The edit reaches past the region: the old text up to the region's
		// old end plus whatever lies beyond it in the old text.
		oldEnd += e.End - end
		end = e.End
	}
	end += delta
	if e.Start+len(e.Text) > end {
		end = e.Start + len(e.Text)
	}
	return Touched{Start: start, End: end, OldEnd: oldEnd}
}

func boundary(s string, i int) bool {
	return i == len(s) || i == 0 || utf8.RuneStart(s[i])
}
