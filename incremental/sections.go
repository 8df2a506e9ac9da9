package incremental

import "hash/maphash"

// Bound is one section as a splitter reports it: [Start, End) in bytes of the
// text it was given, the section kind, and whether the section begins with a
// header line (the leading text of a note has none).
type Bound struct {
	Start, End int
	// Body is where the section's body starts (after its header line); the
	// coder sees only the body, the header gives the kind.
	Body      int
	Kind      string
	HasHeader bool
}

// Splitter cuts text into contiguous sections covering all of it. Whether a
// line starts a section may depend only on that line and on the kind of the
// section before it, and any header line must be accepted at the start of the
// text; then re-splitting a region that starts at a section start and ends
// where the kinds agree gives the same bounds as splitting the whole note.
type Splitter func(text string) []Bound

// Section is a section of a document with the hash of its bytes, kept up to
// date on every edit so the analyzer's cache look-up costs nothing extra.
type Section struct {
	Bound
	Hash uint64
}

var seed = maphash.MakeSeed()

func hashOf(s string) uint64 { return maphash.String(seed, s) }

func splitAll(split Splitter, text string) []Section {
	return splitRegion(split, text, 0, len(text), nil)
}

// splitRegion splits text[start:end] and appends the sections, shifted to note
// coordinates and hashed, to dst.
func splitRegion(split Splitter, text string, start, end int, dst []Section) []Section {
	if start == end {
		return dst
	}
	for _, b := range split(text[start:end]) {
		b.Start += start
		b.End += start
		b.Body += start
		dst = append(dst, Section{Bound: b, Hash: hashOf(text[b.Start:b.End])})
	}
	return dst
}

// resplit updates secs (bounds in the old text) for the new text after an
// edit described by t, re-splitting only the sections around the edit. The
// result equals splitAll(split, newText) for a line-local splitter; the cost
// follows the size of the touched sections, plus a shift of the later ones.
func resplit(split Splitter, secs []Section, newText string, oldLen int, t Touched) []Section {
	if len(secs) == 0 {
		return splitAll(split, newText)
	}
	delta := len(newText) - oldLen
	i := containing(secs, t.Start)
	if i > 0 {
		// An edit at the top of a section may remove its header, merging it
		// into the one before; text appended to the previous section may
		// become a header. Re-split the previous section too.
		i--
	}
	j := containing(secs, t.OldEnd)
	var buf [8]Section // a keystroke re-splits two or three sections: no allocation
	for {
		rStart, rEnd := secs[i].Start, secs[j].End+delta
		fresh := splitRegion(split, newText, rStart, rEnd, buf[:0])
		if i > 0 && (len(fresh) == 0 || !fresh[0].HasHeader) {
			// The region's first section lost its header: it belongs to the
			// section before it. Widen and try again.
			i--
			continue
		}
		if j+1 < len(secs) && (len(fresh) == 0 || fresh[len(fresh)-1].Kind != secs[j].Kind) {
			// Whether a line starts a section may depend on the kind of the
			// section it would end (a sub-header continues an exam). The
			// region now ends in a different kind, so the next section may
			// read differently: take it in too, until the states agree.
			j++
			continue
		}
		out := make([]Section, 0, len(secs)-(j-i+1)+len(fresh))
		out = append(out, secs[:i]...)
		out = append(out, fresh...)
		for _, s := range secs[j+1:] {
			s.Start += delta
			s.End += delta
			s.Body += delta
			out = append(out, s)
		}
		return out
	}
}

// containing returns the index of the section holding byte pos (old
// coordinates); a position at the very end belongs to the last section.
func containing(secs []Section, pos int) int {
	lo, hi := 0, len(secs)-1
	for lo < hi {
		mid := (lo + hi + 1) / 2
		if secs[mid].Start <= pos {
			lo = mid
		} else {
			hi = mid - 1
		}
	}
	return lo
}
