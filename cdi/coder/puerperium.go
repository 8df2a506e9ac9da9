package coder

import (
	"slices"
	"strconv"
	"strings"
	"sync"

	"notecoder/cdi/model"
)

// Conditions of the puerperium (guidelines I.C.15.a.1 and I.C.15.o): the
// postpartum period runs from the delivery to six weeks after it, and a
// complication in it is coded from chapter 15. A note written in that period
// ("Postpartum day 2 after cesarean.") names its conditions elsewhere without
// the puerperium's word ("Endometritis, on clindamycin."), where the index
// reads the plain condition (N71.9); the index files the puerperal one under
// "Puerperal, puerperium" ("cystitis" O86.22) and under the condition's own
// main term ("Endometritis, puerperal, postpartum, childbirth" O86.12). Both
// are read once, at load, into a map from the plain condition's code to the
// puerperal one, which the note-level step applies to a postpartum note's
// present codes.

// puerperalMap is the code of a condition read without the puerperium's word
// and the chapter 15 code the index gives it in the puerperium, by the plain
// code. A plain code the index gives two puerperal codes for is left out.
type puerperalMap map[string]string

// loadPuerperal builds e.puerp from the index: each subterm of "Puerperal,
// puerperium" (and each of theirs) with a chapter 15 code, by the code of the
// same words as a main term's path ("cystitis" is Cystitis, N30.90), and each
// main-term entry with a code of its own whose subterm names the puerperium
// ("Endometritis" N71.9, "puerperal, postpartum, childbirth" O86.12).
func (e *Engine) loadPuerperal() {
	got := map[string]map[string]bool{}
	add := func(plain, oc string) {
		if plain == "" || oc == "" || oc[0] != 'O' || plain[0] == 'O' || plain[0] == 'Z' || strings.HasSuffix(oc, "-") || strings.HasSuffix(plain, "-") {
			return
		}
		if hasAnyPrefix(plain, puerperalCues().skip) {
			return // (data/puerperium.tsv skip rows)
		}
		if got[plain] == nil {
			got[plain] = map[string]bool{}
		}
		got[plain][oc] = true
	}
	pathCode := func(lts ...string) string {
		var parts []string
		for _, lt := range lts {
			parts = append(parts, strings.Split(lt, ", ")...)
		}
		if n := e.ix.entry(strings.Join(parts, ">")); n != nil {
			return n.code
		}
		return ""
	}
	if p := e.ix.entry("puerperal"); p != nil {
		for _, k := range p.kids {
			if k.code != "" {
				add(pathCode(k.lt), k.code)
			}
			for _, k2 := range k.kids {
				if k2.code != "" {
					add(pathCode(k.lt, k2.lt), k2.code)
				}
			}
		}
	}
	var walk func(n *node, depth int)
	walk = func(n *node, depth int) {
		for _, k := range n.kids {
			if n.code != "" && puerperalTitle(k.lt) && k.code != "" {
				add(n.code, k.code)
			}
			if depth < 2 {
				walk(k, depth+1)
			}
		}
	}
	for _, m := range e.ix.mains {
		if strings.HasPrefix(m.lt, "puerperal") || strings.HasPrefix(m.lt, "pregnancy") {
			continue
		}
		walk(m, 0)
	}
	e.puerp = puerperalMap{}
	for plain, ocs := range got {
		if len(ocs) == 1 {
			for oc := range ocs {
				e.puerp[plain] = oc
			}
		}
	}
}

// puerperalTitle reports an index subterm title that names the puerperium
// ("puerperal, postpartum, childbirth", "postpartum"), not a pregnancy too.
func puerperalTitle(lt string) bool {
	return (strings.Contains(lt, "puerper") || strings.Contains(lt, "postpartum")) && !strings.Contains(lt, "pregnan")
}

// puerperalCues are data/puerperium.tsv: the words that name the postpartum
// period (I.C.15.o.1), the units of the time since the delivery, and the
// plain codes left alone.
var puerperalCues = sync.OnceValue(func() (r struct {
	stems, words, phrases, skip []string
	days                        map[string]int
}) {
	k := keyed("puerperium.tsv")
	for _, w := range k["stem"] {
		r.stems = append(r.stems, w, strings.ToUpper(w))
	}
	r.words = k["word"]
	r.phrases = k["phrase"]
	r.skip = k["skip"]
	r.days = map[string]int{}
	for _, u := range k["unit"] {
		name, n, _ := strings.Cut(u, " ")
		if v, err := strconv.Atoi(strings.TrimSpace(n)); err == nil {
			r.days[name] = v
		}
	}
	return r
})

// puerperalNamed reports a stem of data/puerperium.tsv in t: without one no
// sentence of t places the note in the postpartum period (a substring search
// on the keystroke path).
func puerperalNamed(t string) bool {
	for _, s := range puerperalCues().stems {
		if strings.Contains(t, s) {
			return true
		}
	}
	return false
}

// notePuerperal reports a note written in the postpartum period: a postpartum
// word with the time since the delivery within six weeks ("postpartum day 2",
// "10 days postpartum", "2 weeks post-partum"; I.C.15.o.1), or a phrase of
// data/puerperium.tsv that names a postpartum encounter ("postpartum
// readmission").
func notePuerperal(note string) bool {
	if !puerperalNamed(note) {
		return false
	}
	low := strings.ToLower(note)
	r := puerperalCues()
	for _, p := range r.phrases {
		if hasLowerWord(low, p) {
			return true
		}
	}
	for _, w := range r.words {
		for i := 0; ; {
			k := strings.Index(low[i:], w)
			if k < 0 {
				break
			}
			k += i
			if d, ok := daysAround(low, k, k+len(w), r.days); ok && d <= 42 {
				return true
			}
			i = k + 1
		}
	}
	return false
}

// daysAround reads the time since the delivery around a postpartum word at
// low[k:j]: "N unit" before it ("10 days postpartum") or "unit N" after it
// ("postpartum day 2", "postpartum day #3"), in days.
func daysAround(low string, k, j int, units map[string]int) (int, bool) {
	// After: " day 2", " day #2", " week 1".
	rest := strings.TrimLeft(low[j:min(len(low), j+24)], " ")
	unit, after, _ := strings.Cut(rest, " ")
	if per, ok := units[unit]; ok {
		after = strings.TrimLeft(after, "#: ")
		n := 0
		d := 0
		for d < len(after) && isDigit(after[d]) && d < 3 {
			n = n*10 + int(after[d]-'0')
			d++
		}
		if d > 0 {
			return n * per, true
		}
	}
	// Before: "10 days ", "2 weeks ".
	b := strings.TrimRight(low[max(0, k-24):k], " ")
	sp := strings.LastIndexByte(b, ' ')
	unit = b[sp+1:]
	per, ok := units[unit]
	if !ok || sp < 0 {
		return 0, false
	}
	num := strings.TrimRight(b[:sp], " ")
	d := len(num)
	for d > 0 && isDigit(num[d-1]) && len(num)-d < 3 {
		d--
	}
	if d == len(num) {
		return 0, false
	}
	n, _ := strconv.Atoi(num[d:])
	return n * per, true
}

const puerperalNote = "a condition of the postpartum period the note documents, read through the index's puerperal entry (I.C.15.a.1, I.C.15.o)"

// puerperalParts recodes, in a note written in the postpartum period, each
// present condition the index gives a puerperal code (e.puerp): the chapter
// 15 code replaces the plain one, or goes beside it when its tabular notes
// ask for it (O99.215 "use additional code to identify the type of
// obesity"). A note that also codes the newborn (chapter 16, Z38) is left
// alone: it may be the child's. A sign (a fever, a bleeding) is recoded only
// in a note with no chapter 15 code of its own: beside one it is that
// diagnosis' sign ("fever and uterine tenderness ... puerperal endometritis",
// "heavy bleeding ... delayed postpartum hemorrhage"), which consolidation
// drops. The parts' codes are copied before a change.
func (e *Engine) puerperalParts(parts []Part) {
	signs, delivered, readmit := true, false, false
	for pi := range parts {
		for _, c := range parts[pi].Res.Codes {
			if c.Assertion == model.Present && (strings.HasPrefix(c.Code, "P") || strings.HasPrefix(c.Code, "Z38")) {
				return
			}
			if c.Assertion == model.Present && strings.HasPrefix(c.Code, "O") {
				signs = false
			}
			delivered = delivered || c.Assertion == model.Present && hasAnyPrefix(c.Code, deliveredCodes())
		}
		// (A readmission's delivery was the earlier stay's.)
		readmit = readmit || parts[pi].Res.Readmit
	}
	delivered = delivered && !readmit
	if !delivered {
		e.puerperalAxis(parts)
	}
	for pi := range parts {
		p := &parts[pi]
		copied := false
		n := len(p.Res.Codes)
		for ci := 0; ci < n; ci++ {
			c := p.Res.Codes[ci]
			oc := e.puerp[c.Code]
			if c.Assertion != model.Present || oc == "" || !signs && e.signLike(c.Code) || slices.ContainsFunc(p.Res.Codes, func(o model.Code) bool { return o.Code == oc }) {
				continue
			}
			if !copied {
				p.Res.Codes, copied = slices.Clone(p.Res.Codes), true
			}
			if e.asksFor(oc, c.Code) {
				nc := c
				nc.Code, nc.Title, nc.Why = oc, e.title(oc), c.Why+"; "+puerperalNote
				p.Res.Codes = append(p.Res.Codes, nc)
				continue
			}
			p.Res.Codes[ci].Code, p.Res.Codes[ci].Title = oc, e.title(oc)
			p.Res.Codes[ci].Why += "; " + puerperalNote
		}
	}
}

// puerperalAxis moves, in a note of the postpartum period that records no
// delivery of its own (no O80, no Z37, or a readmission after it), each present
// chapter 15 code read for a trimester or none ("postpartum preeclampsia with
// severe features", O14.10) to its "complicating the puerperium" sibling
// (O14.15): the 6th character follows when the condition arose, and on a
// stay that did not deliver her it arose after the delivery (I.C.15.a.1,
// I.C.15.o). The sibling is the tabular's own (axisSibling). The parts'
// codes are copied before a change.
func (e *Engine) puerperalAxis(parts []Part) {
	for pi := range parts {
		p := &parts[pi]
		copied := false
		for ci, c := range p.Res.Codes {
			if c.Assertion != model.Present || len(c.Code) < 3 || c.Code[0] != 'O' {
				continue
			}
			alt := e.axisSibling(c.Code, "the puerperium")
			if alt == "" || slices.ContainsFunc(p.Res.Codes, func(o model.Code) bool { return o.Code == alt }) {
				continue
			}
			if !copied {
				p.Res.Codes, copied = slices.Clone(p.Res.Codes), true
			}
			p.Res.Codes[ci].Code, p.Res.Codes[ci].Title = alt, e.title(alt)
			p.Res.Codes[ci].Why += "; arising in the puerperium of a delivery before this stay"
		}
	}
}
