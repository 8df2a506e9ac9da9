package coder

import (
	"slices"
	"strings"

	"notecoder/cdi/text"
)

// osteoRow maps a traumatic fracture code prefix to the M80.0 subcategory
// of its site (data/osteoporotic_fracture.tsv).
type osteoRow struct{ prefix, sub string }

// loadOsteoporotic reads data/osteoporotic_fracture.tsv, longest prefixes
// first.
func loadOsteoporotic() []osteoRow {
	var out []osteoRow
	for _, l := range lines("osteoporotic_fracture.tsv") {
		if p, s, ok := strings.Cut(l, "\t"); ok {
			out = append(out, osteoRow{strings.TrimSpace(p), strings.TrimSpace(s)})
		}
	}
	// Longest prefix first: "S82.5" (ankle) before "S82" (lower leg).
	slices.SortStableFunc(out, func(a, b osteoRow) int { return len(b.prefix) - len(a.prefix) })
	return out
}

// osteoporoticFractures recodes a fracture whose sentence names osteoporosis
// ("osteoporotic compression fracture of L1", "hip fracture due to
// osteoporosis") to the pathological fracture of M80 at its site, with its
// side and its encounter (I.C.13.d.2: a code from M80, not a traumatic
// fracture code), and drops the sentence's M81 (osteoporosis without current
// pathological fracture), which the M80 code includes.
func (e *Engine) osteoporoticFractures(s string, sents []text.Sentence, out *SectionResult) {
	if len(e.osteo) == 0 || !containsFold(s, "osteopor") {
		return
	}
	var drop dropSet
	for ci := range out.Codes {
		c := &out.Codes[ci]
		if c.Code == "" || c.Code[0] != 'S' || len(c.Evidence) == 0 || !reportable(*c) || !containsFold(c.Title, "fracture") {
			continue
		}
		si := sentenceAt(sents, c.Evidence[0].Start)
		if si < 0 || !containsFold(s[sents[si].Span.Start:sents[si].Span.End], "osteopor") {
			continue
		}
		m := e.osteoCode(c.Code, c.Title)
		if m == "" {
			continue
		}
		old := c.Code
		c.Code, c.Title = m, e.title(m)
		c.Why += "; a fracture the sentence attributes to osteoporosis is a pathological fracture (M80, I.C.13.d.2)"
		for fi := range out.Findings {
			if f := &out.Findings[fi]; f.Code == old && len(f.Evidence) > 0 && f.Evidence[0] == c.Evidence[0] {
				f.Code, f.Title = m, c.Title
			}
		}
		for oi := range out.Codes {
			if o := out.Codes[oi]; strings.HasPrefix(o.Code, "M81") && len(o.Evidence) > 0 && sentenceAt(sents, o.Evidence[0].Start) == si {
				drop.mark(oi, len(out.Codes))
			}
		}
	}
	out.Codes = drop.apply(out.Codes)
}

// osteoCode returns the billable M80 code for the traumatic fracture code
// (its site, the side its title names, its encounter), or "".
func (e *Engine) osteoCode(code, title string) string {
	sub := ""
	for _, r := range e.osteo {
		if strings.HasPrefix(code, r.prefix) {
			sub = r.sub
			break
		}
	}
	if sub == "" {
		return ""
	}
	var enc byte
	switch code[len(code)-1] {
	case 'A', 'B', 'C':
		enc = 'A'
	case 'D', 'E', 'F':
		enc = 'D'
	case 'G', 'H', 'J':
		enc = 'G'
	case 'K', 'M', 'N':
		enc = 'K'
	case 'P', 'Q', 'R':
		enc = 'P'
	case 'S':
		enc = 'S'
	default:
		return ""
	}
	mid := "X"
	if _, sided := e.cs.Lookup(sub + "1"); sided {
		lt := strings.ToLower(title)
		switch {
		case strings.Contains(lt, "right"):
			mid = "1"
		case strings.Contains(lt, "left"):
			mid = "2"
		default:
			mid = "9"
		}
	}
	m := sub + mid + string(enc)
	if c, ok := e.cs.Lookup(m); !ok || !c.Billable {
		return ""
	}
	return m
}
