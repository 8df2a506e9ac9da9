package coder

import (
	"slices"
	"strings"
	"sync"
	"unicode"

	"notecoder/cdi/model"
	"notecoder/cdi/text"
)

// osteoRow maps a fracture code prefix (traumatic, or M84.4 pathological) to
// the M80.0 subcategory of its site (data/osteoporotic_fracture.tsv); entry,
// when set, is the index subterm the fracture's path must end at (M84.48
// "other site" is the vertebra's only when read from "Fracture,
// pathological, vertebra").
type osteoRow struct{ prefix, sub, entry string }

// loadOsteoporotic reads data/osteoporotic_fracture.tsv, longest prefixes
// first.
func loadOsteoporotic() []osteoRow {
	var out []osteoRow
	for _, f := range rows("osteoporotic_fracture.tsv") {
		if len(f) < 2 {
			continue
		}
		r := osteoRow{prefix: strings.TrimSpace(f[0]), sub: strings.TrimSpace(f[1])}
		if len(f) > 2 {
			r.entry = strings.TrimSpace(f[2])
		}
		out = append(out, r)
	}
	// Longest prefix first: "S82.5" (ankle) before "S82" (lower leg); a row
	// with an entry before the same prefix without one.
	slices.SortStableFunc(out, func(a, b osteoRow) int {
		if len(a.prefix) != len(b.prefix) {
			return len(b.prefix) - len(a.prefix)
		}
		return len(b.entry) - len(a.entry)
	})
	return out
}

// osteoporoticFractures recodes a fracture whose sentence names osteoporosis
// ("osteoporotic compression fracture of L1", "hip fracture due to
// osteoporosis") to the pathological fracture of M80 at its site, with its
// side and its encounter (I.C.13.d.2: a code from M80, not a traumatic
// fracture code), and drops the sentence's M81 (osteoporosis without current
// pathological fracture), which the M80 code includes.
func (e *Engine) osteoporoticFractures(s string, sents []text.Sentence, out *SectionResult) {
	r := osteoporosis()
	if len(e.osteo) == 0 || !slices.ContainsFunc(out.Codes, fractureCode) || !r.named(s) {
		// (The codes first: a section without a fracture code, most of
		// them, is not scanned for the word.)
		return
	}
	var drop dropSet
	link := e.fragilityLink(s, sents, out.Codes)
	for ci := range out.Codes {
		c := &out.Codes[ci]
		if !currentFracture(*c) {
			continue
		}
		si := sentenceAt(sents, c.Evidence[0].Start)
		if si < 0 {
			continue
		}
		if !r.named(s[sents[si].Span.Start:sents[si].Span.End]) {
			if link < 0 {
				continue
			}
			// "Closed displaced fracture of right femoral neck ...
			// Age-related osteoporosis - this is a fragility fracture":
			// the section's one fracture is the one attributed.
			// Its osteoporosis code, and the unspecified site's M80.00
			// the sentence's "fragility fracture" reads, are the
			// fracture's M80 code.
			for oi := range out.Codes {
				if o := out.Codes[oi]; (hasAnyPrefix(o.Code, r.without) || hasAnyPrefix(o.Code, r.unspecified)) && len(o.Evidence) > 0 && sentenceAt(sents, o.Evidence[0].Start) == link {
					drop.mark(oi, len(out.Codes))
				}
			}
		}
		m := e.osteoCode(c.Code, c.Title, c.Why, s[sents[si].Span.Start:sents[si].Span.End])
		if m == "" {
			continue
		}
		old := c.Code
		c.Code, c.Title = m, e.title(m)
		if link >= 0 && !r.named(s[sents[si].Span.Start:sents[si].Span.End]) {
			c.Why += "; a fracture the note calls a fragility fracture of its osteoporosis is a pathological fracture (M80, I.C.13.d.2)"
		} else {
			c.Why += "; a fracture the sentence attributes to osteoporosis is a pathological fracture (M80, I.C.13.d.2)"
		}
		for fi := range out.Findings {
			if f := &out.Findings[fi]; f.Code == old && len(f.Evidence) > 0 && f.Evidence[0] == c.Evidence[0] {
				f.Code, f.Title = m, c.Title
			}
		}
		for oi := range out.Codes {
			if o := out.Codes[oi]; hasAnyPrefix(o.Code, r.without) && len(o.Evidence) > 0 && sentenceAt(sents, o.Evidence[0].Start) == si {
				drop.mark(oi, len(out.Codes))
			}
		}
	}
	out.Codes = drop.apply(out.Codes)
}

// fractureCode reports a code osteoporoticFractures may recode: a
// traumatic (S) or pathological NEC (M84.4) code with evidence
// (data/osteoporosis.tsv).
func fractureCode(c model.Code) bool {
	r := osteoporosis()
	return c.Code != "" && (hasAnyPrefix(c.Code, r.traumatic) || hasAnyPrefix(c.Code, r.pathological)) && len(c.Evidence) > 0
}

// dropOsteoporoticTwin removes a traumatic fracture code whose pathological
// fracture of osteoporosis at the same site and side (osteoCode) the note
// also codes: the imaging's "displaced right femoral neck fracture
// (subcapital)" is the fracture the assessment attributes to osteoporosis
// (M80.051A), one fracture coded once from M80 (I.C.13.d.2).
func (e *Engine) dropOsteoporoticTwin(codes []model.Code) []model.Code {
	var drop dropSet
	r := osteoporosis()
	for i, c := range codes {
		if !currentFracture(c) || !hasAnyPrefix(c.Code, r.traumatic) {
			continue
		}
		m := ""
		for j, o := range codes {
			if j != i && hasAnyPrefix(o.Code, r.osteoporotic) && reportable(o) {
				if m == "" {
					if m = e.osteoCode(c.Code, c.Title, c.Why, ""); m == "" {
						break
					}
				}
				if o.Code == m {
					drop.mark(i, len(codes))
					break
				}
			}
		}
	}
	return drop.apply(codes)
}

// currentFracture reports whether c is a current fracture code that
// osteoporosis may make pathological (fractureCode, current, its title a
// fracture).
func currentFracture(c model.Code) bool {
	return fractureCode(c) && reportable(c) && containsFold(c.Title, "fracture")
}

// fragilityLink returns the sentence of the section that names osteoporosis
// and calls a fracture a fragility fracture (data/fragility_fracture.txt:
// "Age-related osteoporosis - this is a fragility fracture"), when the
// section codes exactly one fracture: the clinician then attributes that
// fracture to the osteoporosis, though its own sentence does not (I.C.13.d.2).
// It returns -1 otherwise.
func (e *Engine) fragilityLink(s string, sents []text.Sentence, codes []model.Code) int {
	n := 0
	for _, c := range codes {
		if currentFracture(c) {
			n++
		}
	}
	if n != 1 {
		return -1
	}
	for si, st := range sents {
		t := s[st.Span.Start:st.Span.End]
		if !osteoporosis().named(t) {
			continue
		}
		for _, p := range e.fragility {
			if containsFold(t, p) {
				return si
			}
		}
	}
	return -1
}

// osteoCode returns the billable M80 code for the fracture code (its site,
// the side its title names, else the one side its sentence names, its
// encounter), or "". why is the fracture's index path (rows with an entry).
func (e *Engine) osteoCode(code, title, why, sentence string) string {
	sub := ""
	for _, r := range e.osteo {
		if strings.HasPrefix(code, r.prefix) && (r.entry == "" || pathEndsAt(why, r.entry)) {
			sub = r.sub
			break
		}
	}
	if sub == "" {
		return ""
	}
	enc := osteoporosis().seventh[code[len(code)-1]]
	if enc == 0 {
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
			// "pathological fracture of the left hip" is M84.459 (hip,
			// unspecified): the side is the note's, not the title's.
			mid = "9"
			if sd := oneSide(sentence); sd != 0 {
				mid = string(sd)
			}
		}
	}
	m := sub + mid + string(enc)
	if c, ok := e.cs.Lookup(m); !ok || !c.Billable {
		return ""
	}
	return m
}

// pathEndsAt reports whether the index path of why ("Fracture,
// pathological > vertebra (7th character from context)") ends at the
// subterm entry, before any see reference or note it goes on to.
func pathEndsAt(why, entry string) bool {
	p, _, _ := strings.Cut(why, " (")
	p, _, _ = strings.Cut(p, " ->")
	p, _, _ = strings.Cut(p, ";")
	_, last, ok := strings.Cut(p, " > ")
	for ok {
		p = last
		_, last, ok = strings.Cut(p, " > ")
	}
	return strings.EqualFold(strings.TrimSpace(p), entry)
}

// oneSide returns '1' when the sentence says "right" and not "left", '2'
// for the reverse, and 0 otherwise.
func oneSide(sentence string) byte {
	r, l := false, false
	for _, f := range strings.FieldsFunc(strings.ToLower(sentence), func(c rune) bool { return !unicode.IsLetter(c) }) {
		r = r || f == "right"
		l = l || f == "left"
	}
	switch {
	case r && !l:
		return '1'
	case l && !r:
		return '2'
	}
	return 0
}

// osteoRules is data/osteoporosis.tsv: the word naming osteoporosis, the
// code prefixes of the fractures it makes pathological and of its own codes,
// and the fracture's 7th character -> the M80 code's.
type osteoRules struct {
	words                              []string
	traumatic, pathological            []string
	osteoporotic, without, unspecified []string
	seventh                            [256]byte // 0: no M80 encounter
	// history: a traumatic healed-fracture history code -> the osteoporotic one
	history map[string]string
}

// osteoporosis reads data/osteoporosis.tsv once.
var osteoporosis = sync.OnceValue(func() *osteoRules {
	k := keyed("osteoporosis.tsv")
	r := &osteoRules{words: k["word"], traumatic: k["traumatic"], pathological: k["pathological"],
		osteoporotic: k["osteoporotic"], without: k["without"], unspecified: k["unspecified"]}
	r.history = map[string]string{}
	for _, v := range k["history"] {
		if from, to, ok := strings.Cut(v, "\t"); ok {
			r.history[from] = to
		}
	}
	for _, v := range k["seventh"] {
		if from, to, ok := strings.Cut(v, "\t"); ok && len(to) == 1 {
			for i := 0; i < len(from); i++ {
				r.seventh[from[i]] = to[0]
			}
		}
	}
	return r
})

// named reports whether t names osteoporosis (a word row's stem, any case).
func (r *osteoRules) named(t string) bool {
	for _, w := range r.words {
		if containsFold(t, w) {
			return true
		}
	}
	return false
}

// osteoporoticHistory recodes the history of a healed traumatic fracture
// (Z87.81) to that of a healed osteoporosis fracture (Z87.310) when the note
// codes the patient's osteoporosis (M80, M81): I.C.13.d.2 makes a fracture
// of a patient with known osteoporosis from a trauma that would not break a
// healthy bone the osteoporotic one, and the "fragility fracture 2 years
// ago, healed" an osteoporosis follow-up lists is that fracture healed.
func (e *Engine) osteoporoticHistory(codes []model.Code) []model.Code {
	r := osteoporosis()
	known := false
	for _, c := range codes {
		known = known || reportable(c) && (hasAnyPrefix(c.Code, r.without) || hasAnyPrefix(c.Code, r.osteoporotic))
	}
	if !known {
		return codes
	}
	for i := range codes {
		if to, ok := r.history[codes[i].Code]; ok {
			codes[i].Code, codes[i].Title = to, e.title(to)
		}
	}
	return codes
}
