package coder

import (
	"fmt"
	"slices"
	"sort"
	"strings"

	"notecoder/cdi/codeset"
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
	// other is the cause's "specified effect NEC" code (I69.398): a
	// deficit the note names as residual ("residual weakness") that the
	// walk under "Sequelae" does not list.
	other string
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
	// bare are the codes an event's bare words reach ("MI": I21.9, the
	// index's "(acute)" a nonessential modifier), and current the words
	// that, in such a mention, state it is the present one ("acute MI").
	bare    map[string]bool
	current map[string]bool
	// since are the words that, just before an event's mention in an
	// outpatient note, date a deficit of its sentence after it ("dysphagia
	// after a stroke", "weakness since her stroke").
	since map[string]bool
	// sinceNot are the words that, right after the event's mention, make
	// the "since" word time its onset, not its end ("slurred speech two
	// hours after stroke symptoms began").
	sinceNot map[string]bool
	deficit  []string // code prefixes of the sequelae of cerebrovascular disease (I69)
	// pairs are the causes whose sequela is a code of its own beside the
	// condition it left ("bronchiectasis, a sequela of old pulmonary
	// tuberculosis": J47.1 and B90.9), and cleared the phrases that say a
	// past event left nothing ("TIA in 2021, no residual deficits").
	pairs   []sequelaPair
	cleared [][]wid
	// pairGate holds the pairs' categories: pairOf runs twice for every
	// code of a section, and few codes are of a pair's category.
	pairGate catGate
}

// sequelaPair is one "pair" line of data/sequela.tsv.
type sequelaPair struct {
	prefixes []string
	words    []wid
}

// datedRule is one "dated" line of data/sequela.tsv.
type datedRule struct {
	prefixes []string
	old      string
}

func (e *Engine) loadSequela() error {
	d := &e.seq
	d.before, d.any, d.month = map[wid]bool{}, map[wid]bool{}, map[string]bool{}
	d.bare, d.current, d.since, d.sinceNot = map[string]bool{}, map[string]bool{}, map[string]bool{}, map[string]bool{}
	for _, n := range e.ix.byTitle["sequelae"] {
		if n.parent == nil {
			d.root = n
			break
		}
	}
	for _, f := range rows("sequela.tsv") {
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
		case f[0] == "bare" && len(f) > 1:
			for _, c := range f[1:] {
				d.bare[c] = true
			}
		case f[0] == "current" && len(f) > 1:
			for _, w := range f[1:] {
				d.current[normOne(w)] = true
			}
		case f[0] == "since" && len(f) > 1:
			for _, w := range f[1:] {
				d.since[normOne(w)] = true
			}
		case f[0] == "sincenot" && len(f) > 1:
			for _, w := range f[1:] {
				d.sinceNot[normOne(w)] = true
			}
		case f[0] == "pair" && len(f) == 3:
			d.pairs = append(d.pairs, sequelaPair{strings.Fields(f[1]), e.lx.ids(f[2])})
			for _, p := range d.pairs[len(d.pairs)-1].prefixes {
				d.pairGate.add(p)
			}
		case f[0] == "cleared" && len(f) > 1:
			for _, p := range f[1:] {
				if seq := e.lx.v.phrase(p); len(seq) > 0 {
					d.cleared = append(d.cleared, seq)
				}
			}
		case f[0] == "deficit" && len(f) > 1:
			d.deficit = append(d.deficit, f[1:]...)
		case f[0] == "dated" && len(f) == 3:
			d.dated = append(d.dated, datedRule{strings.Fields(f[1]), f[2]})
		case f[0] == "cause" && (len(f) == 3 || len(f) == 4):
			c := sequelaCause{prefix: f[1], words: e.lx.ids(f[2])}
			if len(f) == 4 {
				c.other = f[3]
			}
			d.causes = append(d.causes, c)
			if f[1] == "" {
				for b := range d.first {
					d.first[b] = true
				}
			} else {
				d.first[f[1][0]] = true
			}
		default:
			return fmt.Errorf("coder: data/sequela.tsv: bad line %q", strings.Join(f, "\t"))
		}
	}
	return nil
}

// sequelae replaces, within one sentence, a past cerebrovascular event and
// a deficit coded beside it by the I69 code of that deficit ("left
// hemiparesis due to an old cerebral infarction": I69.354, not I63.9 and
// G81.94).
func (e *Engine) sequelae(toks []text.Token, vts []vt, sentOf []int32, sents []text.Sentence, setting model.Setting, out *SectionResult) {
	d := &e.seq
	if d.root == nil || len(out.Codes) == 0 {
		return
	}
	codes := out.Codes
	var extra []model.Code // deficits the sequela's tabular asks to keep beside it
	recov := 0             // the section names a recovery stay: 0 unread, 1 no, 2 yes
	for ci := range codes {
		cause := d.causeOf(codes[ci].Code)
		if cause == nil || codes[ci].Assertion != model.Present && codes[ci].Assertion != model.Historical && codes[ci].Assertion != model.Possible {
			continue
		}
		si := sentenceAt(sents, codes[ci].Evidence[0].Start)
		if si < 0 {
			continue
		}
		past := codes[ci].Assertion == model.Historical || codes[ci].Code[0] == 'Z' || e.saysPast(vts, sentOf, int32(si), codes[ci].Evidence[0].Start) ||
			setting != model.Inpatient && d.follows(toks, codes[ci].Evidence)
		// "Admitted to acute rehab after a left MCA stroke. Right
		// hemiparesis persists.": the stroke was the acute stay's; in the
		// recovery stay its deficits, in any sentence of the section, are
		// its sequelae (data/recovery_stay.tsv).
		// So too an event the note itself says is past ("a left MCA
		// stroke 5 weeks ago" at a home health start of care).
		if recov == 0 {
			recov = 1
			if e.recovery.in(toks, setting == model.Inpatient) {
				recov = 2
			}
		}
		anySent := recov == 2
		past = past || anySent
		if !past || e.seq.clearedIn(vts, sentOf, int32(si)) {
			// "TIA in 2021 with full recovery (no residual deficits),
			// presented with acute left facial droop": the droop is the
			// new event's, not a sequela of the old one (I.C.9.d.3).
			continue
		}
		cc := codes[ci]
		base := "" // the code of the cause alone: a deficit must change it
		// A deficit in the past event's sentence may take the event's
		// tense ("prior hemorrhage with residual dysarthria"): read past,
		// it still counts; the I69 code says it is present now.
		for di := range codes {
			if di == ci || codes[di].Code == "" || !reportable(codes[di]) && !pastOwn(codes[di]) || d.causeOf(codes[di].Code) != nil || codes[di].Code[0] == 'Z' || !anySent && sentenceAt(sents, codes[di].Evidence[0].Start) != si {
				continue
			}
			if d.saysCurrent(toks, codes[di].Evidence[0]) {
				// "prior right MCA stroke with residual left
				// hemiparesis, presenting with new aphasia": the new
				// deficit is the present event's, no sequela.
				continue
			}
			if base == "" {
				if base = e.sequelaCode(cause.words, ""); base == "" {
					break
				}
			}
			z := e.sequelaCode(cause.words, codes[di].Title)
			other := false
			if (z == "" || z == base) && cause.other != "" && e.namedResidual(vts, sentOf, int32(sentenceAt(sents, codes[di].Evidence[0].Start)), codes[di].Evidence[0].Start) {
				// "prior stroke with residual weakness": a deficit the
				// note names as what remains, which "Sequelae" does not
				// list, is the cause's "specified effect NEC"
				// (I69.398), whose tabular asks for the deficit's own
				// code beside it.
				z, other = cause.other, true
			}
			if z == "" || z == base || !hasAnyPrefix(z, d.deficit) {
				continue
			}
			nc := codes[di]
			nc.Code, nc.Title = z, e.title(z)
			nc.Assertion = model.Present
			nc.Evidence = mergeSpans(codes[di].Evidence, cc.Evidence)
			if other {
				// (The deficit is coded beside it from its own words:
				// read from the event's alone, the "specified effect
				// NEC" does not hold the deficit inside it.)
				nc.Evidence = slices.Clone(cc.Evidence)
			}
			nc.Rule = RuleSequela
			nc.Why = "sequela of a past cerebrovascular event: " + codes[di].Code + " after " + cc.Code + " (Sequelae index entry, guideline I.C.9.d)"
			if other || e.asksOwnAdditional(z, codes[di].Code) {
				// I69.391 "use additional code to identify the type of
				// dysphagia, if known (R13.11-R13.19)": the deficit's
				// own code stays beside the sequela.
				kept := codes[di]
				kept.Assertion = model.Present
				extra = append(extra, kept)
			}
			codes[di] = nc
			codes[ci].Code = "" // replaced by its sequelae
		}
	}
	codes = append(codes, extra...)
	e.pairSequelae(vts, sentOf, sents, codes)
	for i := range codes {
		// A pair cause's mention that states it is the present one
		// ("new COVID-19 infection") stays beside its sequela at the
		// note's level (foldPairCause).
		if c := &codes[i]; c.Code != "" && d.pairOf(c.Code) >= 0 {
			for _, ev := range c.Evidence {
				if d.saysCurrent(toks, ev) {
					c.Marks |= markCurrent
				}
			}
		}
	}
	for i, n := 0, len(codes); i < n; i++ {
		if codes[i].Code != "" {
			codes = e.dateOld(codes, i, toks, sents, setting)
		}
	}
	out.Codes = slices.DeleteFunc(codes, func(c model.Code) bool { return c.Code == "" })
	for i := range out.Codes {
		// An I69 code is a deficit present now, whatever tense names
		// the event ("prior hemorrhage with residual dysarthria").
		if c := &out.Codes[i]; c.Assertion == model.Historical && hasAnyPrefix(c.Code, d.deficit) {
			c.Assertion = model.Present
		}
	}
	out.Codes = mergeCodesInPlace(out.Codes)
}

// pairSequelae replaces a past infectious or nutritional cause (a "pair"
// line of data/sequela.tsv) that its sentence names beside another
// condition by the cause's sequela code, read under the index's "Sequelae
// (of)" with the cause's words: "bronchiectasis, a sequela of old pulmonary
// tuberculosis" is J47.1 and B90.9, not A15.0 (guideline I.B.10: the
// condition first, the sequela code second). The cause is past when a
// "before" word stands just before it or an "any" word is in its sentence.
func (e *Engine) pairSequelae(vts []vt, sentOf []int32, sents []text.Sentence, codes []model.Code) {
	d := &e.seq
	if len(d.pairs) == 0 {
		return
	}
	for ci := range codes {
		c := &codes[ci]
		if c.Code == "" || c.Assertion != model.Present && c.Assertion != model.Historical {
			continue
		}
		pi := d.pairOf(c.Code)
		if pi < 0 {
			continue
		}
		si := sentenceAt(sents, c.Evidence[0].Start)
		if si < 0 || !e.saysPast(vts, sentOf, int32(si), c.Evidence[0].Start) || d.clearedIn(vts, sentOf, int32(si)) {
			continue
		}
		other := false
		for di := range codes {
			o := &codes[di]
			if di != ci && o.Code != "" && o.Code[0] != 'Z' && o.Assertion == model.Present && !hasAnyPrefix(o.Code, d.pairs[pi].prefixes) && sentenceAt(sents, o.Evidence[0].Start) == si {
				other = true
				break
			}
		}
		if !other {
			continue
		}
		z := e.sequelaCode(d.pairs[pi].words, "")
		if cs, ok := e.cs.Lookup(z); !ok || !cs.Billable || hasAnyPrefix(z, d.pairs[pi].prefixes) {
			continue
		}
		c.Why = "sequela of a past condition: " + c.Code + " (Sequelae index entry, guideline I.B.10)"
		c.Code, c.Title = z, e.title(z)
		c.Assertion = model.Present
		c.Rule = RuleSequela
	}
}

// pairOf is the index of the "pair" line whose prefixes hold code, or -1.
func (d *sequelaData) pairOf(code string) int {
	if !d.pairGate.may(code) {
		return -1
	}
	for k := range d.pairs {
		if hasAnyPrefix(code, d.pairs[k].prefixes) {
			return k
		}
	}
	return -1
}

// foldPairCause drops, at the note's level, a pair cause's code (A15.0,
// U07.1) when the note codes that cause's sequela (B90.9, U09.9): the HPI's
// "pulmonary tuberculosis treated 1998" is the old disease the assessment
// names as the bronchiectasis' cause, not an active one (I.B.10), and the
// "COVID-19 in 2023" of a post COVID-19 condition is the past infection
// (I.C.1.g.1.m: U09.9 is not for an active infection's manifestations). A
// mention that states it is present ("new COVID-19 infection", markCurrent)
// stays: U07.1 and U09.9 together when a new infection comes on top.
func (e *Engine) foldPairCause(codes []model.Code) []model.Code {
	d := &e.seq
	if len(d.pairs) == 0 {
		return codes
	}
	drop := false
	for i := range codes {
		c := &codes[i]
		pi := d.pairOf(c.Code)
		if pi < 0 || c.Marks&markCurrent != 0 || c.Assertion != model.Present && c.Assertion != model.Historical {
			continue
		}
		// (Walked only for a note that codes a pair cause: few do.)
		z := e.sequelaCode(d.pairs[pi].words, "")
		if z != "" && slices.ContainsFunc(codes, func(o model.Code) bool { return o.Code == z && o.Assertion == model.Present }) {
			c.Code, drop = "", true
		}
	}
	if !drop {
		return codes
	}
	return slices.DeleteFunc(codes, func(c model.Code) bool { return c.Code == "" })
}

// dropSequelaTwins drops, at the note's level, a deficit's own code that
// another mention of the note already codes as a sequela (I69): "Residual
// right hemiplegia" in one sentence and "Right hemiplegia - sequela of
// cerebral infarction" in another are one deficit, I69.351, not G81.91
// beside it (G81's Excludes1 sends the sequela to I69.35-). The deficit is
// read under the I69 code's own cause; a code its I69 code's tabular asks
// for beside it (R13.12 with I69.391) stays, and a deficit of the other
// side is another one.
func (e *Engine) dropSequelaTwins(codes []model.Code) []model.Code {
	d := &e.seq
	drop := false
	for i := range codes {
		s := &codes[i]
		if s.Rule != RuleSequela || s.Assertion != model.Present || len(s.Code) < 6 || !hasAnyPrefix(s.Code, d.deficit) {
			continue
		}
		var cause *sequelaCause
		for k := range d.causes {
			if o := d.causes[k].other; len(o) >= 5 && strings.HasPrefix(s.Code, o[:5]) {
				cause = &d.causes[k]
				break
			}
		}
		if cause == nil {
			continue
		}
		for j := range codes {
			x := &codes[j]
			if j == i || x.Code == "" || x.Code[0] == 'Z' || x.Assertion != model.Present || hasAnyPrefix(x.Code, d.deficit) || d.causeOf(x.Code) != nil {
				continue
			}
			z := e.sequelaCode(cause.words, x.Title)
			// (The same code, or its other dominance of the same side:
			// "L hemiparesis" beside "hemiparesis of the left
			// (dominant) side".)
			zt := e.title(z)
			same := z == s.Code || len(z) == len(s.Code) && z[:len(z)-1] == s.Code[:len(s.Code)-1] && containsFold(zt, "side") && containsFold(s.Title, "side") && !oppositeSides(zt, s.Title)
			if !same || e.asksOwnAdditional(s.Code, x.Code) || slices.ContainsFunc(codes, func(y model.Code) bool {
				// (The plan's "dysphagia" R13.10 beside the R13.12 kept
				// with I69.391 is that kept code's: left to it.)
				return y.Code != x.Code && len(y.Code) >= 3 && strings.HasPrefix(x.Code, y.Code[:3]) && e.asksOwnAdditional(s.Code, y.Code)
			}) {
				continue
			}
			s.Evidence = mergeSpans(s.Evidence, x.Evidence)
			x.Code, drop = "", true
		}
	}
	if !drop {
		return codes
	}
	return slices.DeleteFunc(codes, func(c model.Code) bool { return c.Code == "" })
}

// clearedIn reports whether sentence si holds a "cleared" phrase of
// data/sequela.tsv ("no residual", "full recovery").
func (d *sequelaData) clearedIn(vts []vt, sentOf []int32, si int32) bool {
	if len(d.cleared) == 0 {
		return false
	}
	lo := sort.Search(len(sentOf), func(i int) bool { return sentOf[i] >= si })
	for i := lo; i < len(vts) && sentOf[i] == si; i++ {
		for _, p := range d.cleared {
			if vts[i].w != p[0] || i+len(p) > len(vts) {
				continue
			}
			ok := true
			for k := 1; k < len(p); k++ {
				if vts[i+k].w != p[k] || sentOf[i+k] != si {
					ok = false
					break
				}
			}
			if ok {
				return true
			}
		}
	}
	return false
}

// asksOwnAdditional reports whether the tabular notes written at code z or
// its category (not a block's or chapter's) ask for x as an additional code:
// I69.391's "use additional code to identify the type of dysphagia, if known
// (R13.11-R13.19)" keeps R13.12 beside it, while the unspecified R13.10,
// outside the range, is not asked for.
func (e *Engine) asksOwnAdditional(z, x string) bool {
	c, ok := e.cs.Lookup(z)
	if !ok {
		return false
	}
	for _, n := range c.UseAdditional {
		if len(n.From) >= 3 && strings.HasPrefix(z, n.From) && notesCover([]codeset.Note{n}, x) {
			return true
		}
	}
	return false
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

// namedResidual reports whether one of the few words before offset at in
// sentence si is an "any" word ("residual weakness"): the deficit there is
// named as what remains of the event.
func (e *Engine) namedResidual(vts []vt, sentOf []int32, si int32, at int) bool {
	const reach = 3 // "residual left-sided weakness"
	n := 0
	clause := int32(-1) // the deficit's clause ("no residual deficits), current smoker" is another's)
	for k := len(vts) - 1; k >= 0 && n < reach; k-- {
		if sentOf[k] != si {
			continue
		}
		if int(vts[k].end) > at {
			clause = vts[k].clause
			continue
		}
		if vts[k].clause != clause {
			return false
		}
		n++
		if e.seq.any[vts[k].w] {
			return true
		}
	}
	return false
}

// dropOtherSequela drops a cause's "specified effect NEC" sequela (I69.398,
// sequelaCause.other) when the note codes another sequela of the same cause
// (I69.351): the deficit named "residual weakness" in one place is the
// hemiparesis the note names in another, not one more effect.
func (e *Engine) dropOtherSequela(codes []model.Code) []model.Code {
	d := &e.seq
	isOther := func(c string) bool {
		for i := range d.causes {
			if d.causes[i].other == c {
				return true
			}
		}
		return false
	}
	drop := -1
	for i := range codes {
		if codes[i].Rule != RuleSequela || !isOther(codes[i].Code) || len(codes[i].Code) < 5 {
			continue
		}
		for j := range codes {
			if j != i && strings.HasPrefix(codes[j].Code, codes[i].Code[:5]) && !isOther(codes[j].Code) {
				drop = i
				break
			}
		}
		if drop >= 0 {
			break
		}
	}
	if drop < 0 {
		return codes
	}
	return e.dropOtherSequela(slices.Delete(codes, drop, drop+1))
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
// Each mention of a merged code is dated on its own: "had a heart attack.
// MI in 2019" is one old infarction whichever mention comes first. In an
// outpatient note the event's bare mentions (data "bare", "MI" beside "MI
// in 2019") are that dated one too, unless a "current" word states one is
// present ("now an acute MI"), which keeps the acute code (I.C.9.e: I21 is
// for the four weeks after the event). dateOld returns codes, to which it
// may append the old code when only some mentions are dated; a bare code
// that stays carries markCurrent when one of its mentions says current, for
// foldBare at the note's level.
func (e *Engine) dateOld(codes []model.Code, ci int, toks []text.Token, sents []text.Sentence, setting model.Setting) []model.Code {
	c := &codes[ci]
	var rule *datedRule
	for i := range e.seq.dated {
		for _, p := range e.seq.dated[i].prefixes {
			if strings.HasPrefix(c.Code, p) {
				rule = &e.seq.dated[i]
			}
		}
	}
	if rule == nil {
		return codes
	}
	bare := e.seq.bare[c.Code]
	var dated, cur [8]bool // per evidence span; longer lists are not split
	anyDated, anyCur := false, false
	for k, ev := range c.Evidence {
		if k == len(dated) {
			break
		}
		if si := sentenceAt(sents, ev.Start); si >= 0 && e.seq.yearIn(toks, sents[si].Span) && !(setting == model.Inpatient && e.stayDated(toks, sents[si].Span)) {
			dated[k], anyDated = true, true
		}
		if bare && e.seq.saysCurrent(toks, ev) {
			cur[k], anyCur = true, true
		}
	}
	if anyCur {
		c.Marks |= markCurrent
	}
	if !anyDated || len(c.Evidence) > len(dated) {
		return codes
	}
	if _, ok := e.cs.Lookup(rule.old); !ok {
		return codes
	}
	outpt := setting != model.Inpatient
	var keep, old []model.Span
	for k, ev := range c.Evidence {
		if dated[k] || bare && outpt && !cur[k] {
			old = append(old, ev)
		} else {
			keep = append(keep, ev)
		}
	}
	oc := *c
	oc.Why = c.Code + " dated by a year in its sentence: past its acute period (" + c.Why + ")"
	oc.Code, oc.Title = rule.old, e.title(rule.old)
	oc.Assertion = model.Historical
	oc.Rule = RuleSequela
	oc.Marks &^= markCurrent
	if len(keep) == 0 {
		*c = oc
		return codes
	}
	c.Evidence = keep
	oc.Evidence = old
	return append(codes, oc)
}

// follows reports whether the event's mention at ev comes right after a
// "since" word of data/sequela.tsv, at most a few words between and no
// punctuation ("dysphagia after a stroke", "weakness since her left MCA
// stroke"), and does not say it is the present event ("after an acute
// stroke"). Read in an outpatient note: a stroke is treated in the stay it
// was admitted for, so the deficit the visit sees after it is its sequela
// (I69, guideline I.C.9.d), not a current infarction (I63). In an inpatient
// note "hemiplegia after the stroke" is the admission's own deficit. The
// event's first mention is read (evs are its mentions, in note order); a
// mention that says it is current ("Acute ischemic stroke" in the
// assessment of an ED visit) keeps it current, and so does a word after the
// first that times its onset ("after stroke symptoms began").
func (d *sequelaData) follows(toks []text.Token, evs []model.Span) bool {
	const reach = 4 // "after a left MCA stroke"
	if len(d.since) == 0 || len(evs) == 0 {
		return false
	}
	for _, ev := range evs {
		if d.saysCurrent(toks, ev) {
			return false
		}
	}
	ev := evs[0]
	if j := sort.Search(len(toks), func(i int) bool { return toks[i].Start >= ev.End }); j < len(toks) && d.sinceNot[toks[j].Norm] {
		return false
	}
	i := sort.Search(len(toks), func(i int) bool { return toks[i].End > ev.Start })
	for k := i - 1; k >= 0 && k >= i-reach; k-- {
		switch {
		case toks[k].Kind == text.Punct:
			return false
		case d.since[toks[k].Norm]:
			return true
		case d.current[toks[k].Norm]:
			return false
		}
	}
	return false
}

// saysCurrent reports whether the mention at ev, or the word just before
// it, is a "current" word of data/sequela.tsv ("acute MI", "new heart
// attack").
func (d *sequelaData) saysCurrent(toks []text.Token, ev model.Span) bool {
	i := sort.Search(len(toks), func(i int) bool { return toks[i].End > ev.Start })
	if i > 0 {
		i--
	}
	for ; i < len(toks) && toks[i].Start < ev.End; i++ {
		if d.current[toks[i].Norm] {
			return true
		}
	}
	return false
}

// foldBare merges into the old code of a "dated" rule (I25.2) the rule's
// bare codes (I21.9) the note holds beside it, in an outpatient note: "MI"
// in the assessment of a note whose history dates the infarction five years
// ago is that old infarction, not a new one (I.C.9.e). A bare code one of
// whose mentions a "current" word states present (markCurrent) stays.
func (e *Engine) foldBare(codes []model.Code, setting model.Setting) []model.Code {
	if setting == model.Inpatient || len(e.seq.bare) == 0 {
		return codes
	}
	for _, r := range e.seq.dated {
		oi := -1
		for i := range codes {
			if codes[i].Code == r.old && (codes[i].Assertion == model.Historical || codes[i].Assertion == model.Present) {
				oi = i
				break
			}
		}
		if oi < 0 {
			continue
		}
		for i := range codes {
			c := &codes[i]
			if !e.seq.bare[c.Code] || c.Marks&markCurrent != 0 || c.Assertion != model.Present && c.Assertion != model.Historical {
				continue
			}
			ok := false
			for _, p := range r.prefixes {
				ok = ok || strings.HasPrefix(c.Code, p)
			}
			if !ok {
				continue
			}
			codes[oi].Evidence = mergeSpans(codes[oi].Evidence, c.Evidence)
			codes[oi].Why += "; " + c.Code + " of an undated mention is the same old event (I.C.9.e)"
			c.Code = ""
		}
	}
	return slices.DeleteFunc(codes, func(c model.Code) bool { return c.Code == "" })
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

// recoverySequelae reads, in an inpatient note one of whose sections says
// the patient was admitted for a recovery stay (SectionResult.Recovery:
// "Admitted to IRF after L MCA stroke"), a cerebrovascular event another section names
// ("# R hemiparesis after L MCA stroke" in the plan) as the acute stay's, a
// past one: its deficits anywhere in the note are its sequelae (I69.-,
// guideline I.C.9.d), as sequelae does within the recovery section itself.
// A cause with no deficit the index reaches is left alone.
func (e *Engine) recoverySequelae(codes []model.Code) []model.Code {
	d := &e.seq
	if d.root == nil {
		return codes
	}
	changed := false
	n := len(codes)
	for ci := 0; ci < n; ci++ {
		cause := d.causeOf(codes[ci].Code)
		if cause == nil || codes[ci].Code[0] == 'Z' || codes[ci].Assertion != model.Present {
			continue
		}
		base := e.sequelaCode(cause.words, "")
		if base == "" {
			continue
		}
		cc := codes[ci]
		for di := 0; di < n; di++ {
			dc := codes[di]
			if di == ci || dc.Code == "" || !reportable(dc) || dc.Code[0] == 'Z' || d.causeOf(dc.Code) != nil || hasAnyPrefix(dc.Code, d.deficit) {
				continue
			}
			z := e.sequelaCode(cause.words, dc.Title)
			if z == "" || z == base || !hasAnyPrefix(z, d.deficit) {
				continue
			}
			keep := e.asksOwnAdditional(z, dc.Code)
			if keep && slices.ContainsFunc(codes, func(o model.Code) bool { return o.Code == z }) {
				// Already beside its sequela (the recovery section's
				// "residual oropharyngeal dysphagia": I69.391, R13.12).
				continue
			}
			nc := dc
			nc.Code, nc.Title = z, e.title(z)
			nc.Evidence = mergeSpans(dc.Evidence, cc.Evidence)
			nc.Rule = RuleSequela
			nc.Why = "sequela of a past cerebrovascular event: " + dc.Code + " after " + cc.Code + ", the note's stay being for recovery (Sequelae index entry, guideline I.C.9.d)"
			if keep {
				codes = append(codes, dc)
			}
			codes[di] = nc
			codes[ci].Code = ""
			changed = true
		}
	}
	for ci := 0; ci < n; ci++ {
		// (leftU) "admitted 8 days after a right MCA stroke" beside the
		// plan's "left hemiparesis as a late effect of the infarction"
		// (already I69.354): the recovery stay codes the event's
		// deficits as its sequelae, and the acute code (I63.-) was the
		// acute stay's only (I.C.9.d). A cause whose sequelae category
		// the note codes goes.
		cause := d.causeOf(codes[ci].Code)
		if cause == nil || codes[ci].Code == "" || codes[ci].Code[0] == 'Z' || codes[ci].Assertion != model.Present {
			continue
		}
		if base := e.sequelaCode(cause.words, ""); len(base) >= 5 && slices.ContainsFunc(codes, func(o model.Code) bool {
			return o.Assertion == model.Present && strings.HasPrefix(o.Code, base[:5]) && hasAnyPrefix(o.Code, d.deficit)
		}) {
			codes[ci].Code = ""
			changed = true
		}
	}
	if !changed {
		return codes
	}
	codes = slices.DeleteFunc(codes, func(c model.Code) bool { return c.Code == "" })
	return mergeCodesInPlace(codes)
}
