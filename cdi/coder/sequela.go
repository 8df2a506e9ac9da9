package coder

import (
	"fmt"
	"slices"
	"sort"
	"strings"

	"notecoder/cdi/model"
	"notecoder/cdi/text"
)

// RuleSequela marks a deficit coded as the sequela of a past
// cerebrovascular event (I69).
const RuleSequela = "sequela:cerebrovascular"

// sequelaCause is one "cause" line of data/sequela.tsv.
type sequelaCause struct {
	prefix string
	words  []wid
}

// sequelaData is data/sequela.tsv, loaded.
type sequelaData struct {
	root   *node          // the index's "Sequelae (of)" main term
	before map[wid]bool   // words saying the event is past, just before it
	any    map[wid]bool   // words naming what remains, anywhere
	causes []sequelaCause // codes of a cerebrovascular cause
	// first marks the first bytes of the causes' prefixes (all bytes for
	// an empty one): causeOf runs for every code of a section, and most
	// codes start with a letter no cause does.
	first [256]bool
	dated []datedRule     // events a year in their sentence makes old
	month map[string]bool // month names (normalised)
}

// datedRule is one "dated" line of data/sequela.tsv.
type datedRule struct {
	prefixes []string
	old      string
}

func (e *Engine) loadSequela() error {
	d := &e.seq
	d.before, d.any, d.month = map[wid]bool{}, map[wid]bool{}, map[string]bool{}
	for _, n := range e.ix.byTitle["sequelae"] {
		if n.parent == nil {
			d.root = n
			break
		}
	}
	for _, l := range lines("sequela.tsv") {
		f := strings.Split(l, "\t")
		switch {
		case (f[0] == "before" || f[0] == "any") && len(f) > 1:
			m := d.before
			if f[0] == "any" {
				m = d.any
			}
			for _, w := range f[1:] {
				m[e.lx.v.add(normOne(w))] = true
			}
		case f[0] == "month" && len(f) > 1:
			for _, w := range f[1:] {
				d.month[normOne(w)] = true
			}
		case f[0] == "dated" && len(f) == 3:
			d.dated = append(d.dated, datedRule{strings.Fields(f[1]), f[2]})
		case f[0] == "cause" && len(f) == 3:
			d.causes = append(d.causes, sequelaCause{f[1], e.lx.ids(f[2])})
			if f[1] == "" {
				for b := range d.first {
					d.first[b] = true
				}
			} else {
				d.first[f[1][0]] = true
			}
		default:
			return fmt.Errorf("coder: data/sequela.tsv: bad line %q", l)
		}
	}
	return nil
}

// sequelae replaces, within one sentence, a past cerebrovascular event and
// a deficit coded beside it by the I69 code of that deficit ("left
// hemiparesis due to an old cerebral infarction": I69.354, not I63.9 and
// G81.94).
func (e *Engine) sequelae(toks []text.Token, vts []vt, sentOf []int32, sents []text.Sentence, out *SectionResult) {
	d := &e.seq
	if d.root == nil || len(out.Codes) == 0 {
		return
	}
	codes := out.Codes
	for ci := range codes {
		cause := d.causeOf(codes[ci].Code)
		if cause == nil || codes[ci].Assertion != model.Present && codes[ci].Assertion != model.Historical && codes[ci].Assertion != model.Possible {
			continue
		}
		si := sentenceAt(sents, codes[ci].Evidence[0].Start)
		if si < 0 {
			continue
		}
		past := codes[ci].Assertion == model.Historical || codes[ci].Code[0] == 'Z' || e.saysPast(vts, sentOf, int32(si), codes[ci].Evidence[0].Start)
		if !past {
			continue
		}
		cc := codes[ci]
		base := "" // the code of the cause alone: a deficit must change it
		// A deficit in the past event's sentence may take the event's
		// tense ("prior hemorrhage with residual dysarthria"): read past,
		// it still counts; the I69 code says it is present now.
		for di := range codes {
			if di == ci || codes[di].Code == "" || !reportable(codes[di]) && !pastOwn(codes[di]) || d.causeOf(codes[di].Code) != nil || codes[di].Code[0] == 'Z' || sentenceAt(sents, codes[di].Evidence[0].Start) != si {
				continue
			}
			if base == "" {
				if base = e.sequelaCode(cause.words, ""); base == "" {
					break
				}
			}
			z := e.sequelaCode(cause.words, codes[di].Title)
			if z == "" || z == base || !strings.HasPrefix(z, "I69") {
				continue
			}
			nc := codes[di]
			nc.Code, nc.Title = z, e.title(z)
			nc.Assertion = model.Present
			nc.Evidence = mergeSpans(codes[di].Evidence, cc.Evidence)
			nc.Rule = RuleSequela
			nc.Why = "sequela of a past cerebrovascular event: " + codes[di].Code + " after " + cc.Code + " (Sequelae index entry, guideline I.C.9.d)"
			codes[di] = nc
			codes[ci].Code = "" // replaced by its sequelae
		}
	}
	for i := range codes {
		if codes[i].Code != "" {
			e.dateOld(&codes[i], toks, sents)
		}
	}
	out.Codes = slices.DeleteFunc(codes, func(c model.Code) bool { return c.Code == "" })
	for i := range out.Codes {
		// An I69 code is a deficit present now, whatever tense names
		// the event ("prior hemorrhage with residual dysarthria").
		if c := &out.Codes[i]; c.Assertion == model.Historical && strings.HasPrefix(c.Code, "I69") {
			c.Assertion = model.Present
		}
	}
	out.Codes = mergeCodesInPlace(out.Codes)
}

func (d *sequelaData) causeOf(code string) *sequelaCause {
	if code != "" && !d.first[code[0]] {
		return nil
	}
	for i := range d.causes {
		if strings.HasPrefix(code, d.causes[i].prefix) {
			return &d.causes[i]
		}
	}
	return nil
}

// saysPast reports whether sentence si names the event at offset at as
// past: a "before" word among the few words before it ("history" only as
// "history of"), or an "any" word.
func (e *Engine) saysPast(vts []vt, sentOf []int32, si int32, at int) bool {
	const reach = 3 // words before the mention ("history of a stroke")
	before := 0
	for k := len(vts) - 1; k >= 0; k-- {
		if sentOf[k] != si {
			continue
		}
		x := vts[k].w
		if e.seq.any[x] {
			return true
		}
		if int(vts[k].end) <= at && before < reach {
			before++
			if e.seq.before[x] && (x != e.lx.wHistory || vts[k].ofNext) {
				return true
			}
		}
	}
	return false
}

// sentenceAt is the index of the sentence holding byte offset at, or -1.
func sentenceAt(sents []text.Sentence, at int) int {
	i := sort.Search(len(sents), func(i int) bool { return sents[i].Span.End > at })
	if i < len(sents) && at >= sents[i].Span.Start {
		return i
	}
	return -1
}

// sequelaCode walks "Sequelae (of)" with the cause's words and the
// deficit's title, and refines the code the walk reaches in the tabular.
func (e *Engine) sequelaCode(cause []wid, deficit string) string {
	hv := make([]vt, 0, len(cause)+8)
	for _, x := range cause {
		hv = append(hv, vt{w: x, start: -1, end: -1, cap: true})
	}
	if deficit != "" {
		for _, x := range e.phraseIDs(deficit) {
			hv = append(hv, vt{w: x, start: -1, end: -1, cap: true})
		}
	}
	w := &walker{lx: e.lx, toks: hv, used: make([]bool, len(hv)), sb: &scratchBuf{},
		lo: 0, hi: len(hv), wlo: 0, whi: len(hv)}
	_, path := w.best(e.seq.root, 0, false)
	if len(path) == 0 {
		return ""
	}
	code, _, _, _ := e.resolvePath(w, e.seq.root, path, nil, 0)
	if code == "" {
		return ""
	}
	final, _, _ := e.refine(code, w, 0)
	return final
}

// dateOld replaces an acute event that its sentence dates by a year ("a
// heart attack in 2018") by the code of the old condition (data/sequela.tsv
// "dated"). A case report dates its current episode by month ("in March
// 2003 he was admitted"), so a year after a month name does not count.
func (e *Engine) dateOld(c *model.Code, toks []text.Token, sents []text.Sentence) {
	var rule *datedRule
	for i := range e.seq.dated {
		for _, p := range e.seq.dated[i].prefixes {
			if strings.HasPrefix(c.Code, p) {
				rule = &e.seq.dated[i]
			}
		}
	}
	if rule == nil {
		return
	}
	si := sentenceAt(sents, c.Evidence[0].Start)
	if si < 0 || !e.seq.yearIn(toks, sents[si].Span) {
		return
	}
	if _, ok := e.cs.Lookup(rule.old); !ok {
		return
	}
	c.Why = c.Code + " dated by a year in its sentence: past its acute period (" + c.Why + ")"
	c.Code, c.Title = rule.old, e.title(rule.old)
	c.Assertion = model.Historical
	c.Rule = RuleSequela
}

// yearIn reports whether sentence sp names a year (1900-2099) that no month
// name precedes.
func (d *sequelaData) yearIn(toks []text.Token, sp model.Span) bool {
	for i := range toks {
		t := &toks[i]
		if t.Start >= sp.End {
			break
		}
		if t.Start < sp.Start || t.Kind != text.Number || len(t.Text) != 4 || !(strings.HasPrefix(t.Text, "19") || strings.HasPrefix(t.Text, "20")) {
			continue
		}
		if i > 0 && d.month[toks[i-1].Norm] {
			continue
		}
		return true
	}
	return false
}
