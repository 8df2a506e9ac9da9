package coder

import (
	"strings"

	"notecoder/cdi/model"
	"notecoder/cdi/text"
)

// comaRange is one total-score subcategory of the Glasgow coma scale
// (R40.241-R40.243) with the score range its title states.
type comaRange struct {
	lo, hi int    // score in [lo, hi]
	code   string // subcategory, without the 7th character
	title  string
}

// comaTime is a phrase that says when a score was recorded, and the 7th
// character it gives.
type comaTime struct {
	words []wid
	char  byte
}

// comaTable is a compiled score scale: data/coma_scale.tsv with the R40.24-
// ranges, or data/stroke_scale.tsv with the R29.7- scores (NIHSS, I.C.18.i).
type comaTable struct {
	prefix     string  // the code prefix of the scale's codes (reportMeasured)
	seventh    bool    // the range codes take a 7th character for when it was recorded
	names      [][]wid // phrases naming the total score
	ranges     []comaRange
	times      []comaTime
	sedated    [][]wid  // phrases of a sedated patient or an induced coma
	associated []string // code prefixes of the traumatic brain injuries the score goes with
	nodes      map[string]*node
}

// loadComa reads a scale file (data/coma_scale.tsv, data/stroke_scale.tsv)
// and, from the code set titles under the parent its "ranges" row names, the
// codes of the scores: subcategories with a range taking a 7th character
// ("Glasgow coma scale score 9-12"), or leaves of one score each ("NIHSS
// score 9") for a scale whose row does not say "seventh".
func (e *Engine) loadComa(file string) comaTable {
	var t comaTable
	phrase := func(s string) []wid {
		// (Stop words are no words of the section's reading: "on
		// arrival" is read as "arrival".)
		var ws []wid
		for _, w := range normWords(s) {
			if x := e.lx.v.add(w); !e.lx.stop[x] {
				ws = append(ws, x)
			}
		}
		return ws
	}
	var parent, title string
	for _, f := range rows(file) {
		switch {
		case f[0] == "ranges" && len(f) >= 3:
			parent, title = f[1], f[2]+" "
			t.prefix = parent
			t.seventh = len(f) > 3 && f[3] == "seventh"
		case f[0] == "words" && len(f) == 2:
			if ws := phrase(f[1]); len(ws) > 0 {
				t.names = append(t.names, ws)
			}
		case f[0] == "time" && len(f) == 3 && len(f[1]) == 1:
			if ws := phrase(f[2]); len(ws) > 0 {
				t.times = append(t.times, comaTime{words: ws, char: f[1][0]})
			}
		case f[0] == "sedated" && len(f) == 2:
			if ws := phrase(f[1]); len(ws) > 0 {
				t.sedated = append(t.sedated, ws)
			}
		case f[0] == "associated" && len(f) >= 2:
			t.associated = append(t.associated, f[1:]...)
		}
	}
	t.nodes = map[string]*node{}
	if parent == "" {
		return t
	}
	if t.seventh {
		for _, c := range e.cs.Children(parent) {
			if !strings.HasPrefix(c.Title, title) {
				continue
			}
			a, b, ok := strings.Cut(strings.TrimPrefix(c.Title, title), "-")
			lo, ok1 := leadingNumber(a)
			hi, ok2 := leadingNumber(b)
			if !ok || !ok1 || !ok2 {
				continue
			}
			t.ranges = append(t.ranges, comaRange{lo: int(lo), hi: int(hi), code: c.Code, title: c.Title})
		}
		e.comaNodes(&t)
		return t
	}
	var walk func(code string)
	walk = func(code string) {
		for _, c := range e.cs.Children(code) {
			if !c.Billable {
				walk(c.Code)
				continue
			}
			rest := strings.TrimPrefix(c.Title, title)
			if v, ok := leadingNumber(rest); ok && rest != c.Title && v == float64(int(v)) {
				t.ranges = append(t.ranges, comaRange{lo: int(v), hi: int(v), code: c.Code, title: c.Title})
			}
		}
	}
	walk(parent)
	e.comaNodes(&t)
	return t
}

// comaNodes builds the index node of every code the scale can give (each
// range code, with each 7th character its time rows name and the default
// 0) at load: the table is shared by every goroutine coding a section, so
// comaCands only reads it (it filled the map as it went, a data race once
// two sections stated a score at once).
func (e *Engine) comaNodes(t *comaTable) {
	chars := []byte{'0'}
	for _, tm := range t.times {
		chars = append(chars, tm.char)
	}
	for _, r := range t.ranges {
		codes := []string{r.code}
		if t.seventh {
			codes = codes[:0]
			for _, ch := range chars {
				codes = append(codes, r.code+string(ch))
			}
		}
		for _, code := range codes {
			if c, ok := e.cs.Lookup(code); ok && t.nodes[code] == nil {
				t.nodes[code] = &node{title: c.Title, lt: strings.ToLower(c.Title), code: code}
			}
		}
	}
}

// comaCands adds an R40.24- candidate for a Glasgow coma scale total score
// stated in the sentence [a, b) ("GCS 8", "GCS of 12", "Glasgow coma scale
// 7"), the 7th character from the sentence's words for when it was recorded
// (I.C.18.e.1), none for a sedated patient or an induced coma. Whether it is
// reported depends on the note's other codes (reportComa).
func (e *Engine) comaCands(t *comaTable, vts []vt, toks []text.Token, a, b int, cands []cand, sb *scratchBuf) []cand {
	if len(t.ranges) == 0 {
		return cands
	}
	for i := a; i < b; i++ {
		if e.flags[vts[i].w]&flagComa == 0 {
			continue
		}
		n := longestAt(vts, i, b, t.names)
		if n == 0 {
			continue
		}
		for m := i + n; m < b && m < i+n+3; m++ {
			v, end, ok := numberAt(toks, int(vts[m].src))
			if end == int(vts[m].src) {
				continue
			}
			if !ok || v != float64(int(v)) {
				break
			}
			hi := vtAfter(vts, m, b, end)
			for _, r := range t.ranges {
				if int(v) < r.lo || int(v) > r.hi {
					continue
				}
				for k := a; k < b; k++ {
					if longestAt(vts, k, b, t.sedated) > 0 {
						return cands
					}
				}
				char := byte('0')
				for k := a; k < b && char == '0'; k++ {
					for _, tm := range t.times {
						if k+len(tm.words) <= b && wordsAt(vts, k, tm.words) {
							char = tm.char
							break
						}
					}
				}
				code := r.code
				if t.seventh {
					code += string(char)
				}
				nd := t.nodes[code] // (built at load for every code the scale gives)
				if nd == nil {
					break
				}
				pos := make([]int, 0, n+hi-m)
				for k := i; k < i+n; k++ {
					pos = append(pos, k)
				}
				for k := m; k < hi; k++ {
					pos = append(pos, k)
				}
				cands = append(cands, cand{code: code, why: whyOf(nd, false), pos: sb.ints.keep(pos),
					score: 64 * len(pos), head: i, lo: i, hi: hi, wlo: i, whi: hi})
				break
			}
			break
		}
		i += n - 1
	}
	return cands
}

// longestAt returns the length of the longest phrase of ps at vts[i:b], or 0.
func longestAt(vts []vt, i, b int, ps [][]wid) int {
	n := 0
	for _, p := range ps {
		if i+len(p) <= b && len(p) > n && wordsAt(vts, i, p) {
			n = len(p)
		}
	}
	return n
}

// reportComa applies guideline I.C.18.e.1 to the note's R40.24- codes: a
// coma scale score is reported with a traumatic brain injury the provider
// documents (data/coma_scale.tsv "associated"), never with a nontraumatic
// coma due to an underlying condition (R40.2A), and only the first score
// documented on presentation (the one the note states first).
func (e *Engine) reportComa(codes []model.Code) []model.Code {
	return reportMeasured(codes, e.coma.prefix, e.coma.associated, []string{"R40.2A"}, firstStated)
}

// reportNIHSS applies guideline I.C.18.i to the note's R29.7- codes: the
// NIH stroke scale score is reported with an acute cerebral infarction
// (data/stroke_scale.tsv "associated"), and only the initial score when
// several are documented (the one the note states first).
func (e *Engine) reportNIHSS(codes []model.Code) []model.Code {
	if e.nihss.prefix == "" {
		return codes
	}
	return reportMeasured(codes, e.nihss.prefix, e.nihss.associated, nil, firstStated)
}

// firstStated ranks a present score by how early the note states it.
func firstStated(c model.Code) (float64, bool) {
	if c.Assertion != model.Present || len(c.Evidence) == 0 {
		return 0, false
	}
	return -float64(c.Evidence[0].Start), true
}
