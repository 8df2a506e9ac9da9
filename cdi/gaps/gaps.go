// Package gaps turns a coded note into documentation-gap prompts: the
// questions a CDI specialist would ask while the note is still open.
//
// Specificity prompts are derived from the code set, not listed per disease:
// when the best code for a mention is unspecified (an "unspecified" title, a
// residual .9 code, a non-billable header the text stopped at, or a 7th
// character the text does not settle), the package climbs to the root of the
// condition, reads the titles of its more specific codes along a small set of
// axes (data/axes.tsv: laterality, acuity, type, stage, severity, episode,
// organism, ...), drops what the note text already says, and asks for the rest
// with every valid answer as an option. Clinical-indicator prompts (data/
// indicators.tsv) flag documented values (sodium 126, BMI 42) that have no
// corresponding diagnosis.
//
// Title analysis and families are computed once per code and cached (Warm
// precomputes all of them). Indicator
// values are extracted per section (Facts), so an incremental caller keeps
// them with the section and the note-level step (PromptsFrom) costs
// tokenising each finding's sentence, a few map look-ups and a pass over the
// values found: nothing grows with the length of the note. An Engine is safe
// for concurrent use.
package gaps

import (
	"hash/maphash"
	"slices"
	"strings"
	"sync"
	"sync/atomic"

	"notecoder/cdi/codeset"
	"notecoder/cdi/model"
	"notecoder/cdi/text"
)

// Options tunes an Engine. The zero value is the production default.
type Options struct {
	// MaxOptions caps the clinical options of one prompt (before "Other" and
	// "Clinically undetermined"); 0 means 16. Axes are dropped from the
	// question, lowest priority first, until the options fit.
	MaxOptions int
	// NoIndicators turns clinical-indicator prompts and the questions about
	// terms without a code (data/nocode.tsv) off (specificity only).
	NoIndicators bool
	// IndicatorsTSV replaces the embedded data/indicators.tsv (operators
	// tuning thresholds); "" uses the embedded file.
	IndicatorsTSV string
}

// Engine computes prompts for coded notes. Create it once with New and share it.
type Engine struct {
	cs    *codeset.Set
	lx    *lexicon
	ind   *indSet
	opts  Options
	links map[string]linkPhrase // data/link_after.tsv

	infos    *codeCache[titleInfo]
	families *codeCache[family]
	sites    *codeCache[[]string] // siteStems
	paired   *codeCache[[]string] // pairedWords
	bodies   sync.Map             // root code + "\x00" + condition words -> *famBody
	answers  sync.Map             // ansKey -> *ansEntry
	orgLinks sync.Map             // orgLinkKey -> *answer (nil: nothing to offer), see organismNamed
	nAnswers atomic.Int64

	sections map[string][]*codeset.Code // billable codes per tabular block, built by New
	meanings map[string][]*meaningAns   // index "meaning" questions per finding category, built by New
	meanCats bitset                     // catSlot of the categories in meanings
	types    map[string]*typeQ          // data/types.tsv questions by finding code, built by New
	nocode   []*nocodeQ                 // data/nocode.tsv questions, built by New
	typeCats bitset                     // catSlot of the categories in types

	warmOnce sync.Once
	warmDone chan struct{} // closed when the warm-up has finished

	pool sync.Pool // *scratch
}

// Option labels every prompt ends with, so a physician is never forced into a
// clinical answer (non-leading query practice).
const (
	OtherLabel        = "Other (please specify)"
	UndeterminedLabel = "Clinically undetermined"
	NotSignificant    = "Not clinically significant"
)

// New parses the axis and indicator data and prepares an Engine for cs,
// with the block index built (about 10 ms). Title analyses and families are
// built on demand and cached; a server calls Warm (in a goroutine) after New
// so that no keystroke pays for them. The Engine is fully usable as soon as
// New returns.
func New(cs *codeset.Set, opts Options) (*Engine, error) {
	if cs == nil {
		return nil, &ErrBadData{File: "codeset", Msg: "nil code set"}
	}
	lx, err := parseLexicon(axesTSV)
	if err != nil {
		return nil, err
	}
	src := indicatorsTSV
	if opts.IndicatorsTSV != "" {
		src = opts.IndicatorsTSV
	}
	ind, err := parseIndicators(src, cs)
	if err != nil {
		return nil, err
	}
	if opts.MaxOptions <= 0 {
		opts.MaxOptions = 16
	}
	g := &Engine{cs: cs, lx: lx, ind: ind, opts: opts, warmDone: make(chan struct{}),
		infos: newCodeCache[titleInfo](cs), families: newCodeCache[family](cs), sites: newCodeCache[[]string](cs), paired: newCodeCache[[]string](cs)}
	g.pool.New = func() any {
		return &scratch{scopes: map[model.Span][2]int{}, seen: map[string]bool{}}
	}
	g.sections = map[string][]*codeset.Code{}
	for _, c := range cs.All() {
		if c.Billable && c.Section != "" {
			g.sections[c.Section] = append(g.sections[c.Section], c)
		}
	}
	g.buildMeanings()
	if err := g.buildTypes(typesTSV); err != nil {
		return nil, err
	}
	if err := g.buildNocode(nocodeTSV); err != nil {
		return nil, err
	}
	if g.links, err = parseLinks(linkAfterTSV); err != nil {
		return nil, err
	}
	return g, nil
}

// answer is the text-independent part of a specificity prompt, cached per
// (code, what the sentence settles).
type answer struct {
	kind, message string
	axes          []int
	options       []optCode
	// std is the prompt's options with the escape answers, built once and
	// shared by every prompt with this answer (read-only, cap == len).
	std []model.Option
	// cross: the options lie outside the finding's family (data/types.tsv),
	// so one of them coded elsewhere in the note settles the question.
	cross bool
}

type optCode struct {
	label string
	code  *codeset.Code
}

// mergeSame folds a specificity prompt into an earlier one that asks the
// same question about the same code, or the same kind of question about an
// axis of it (axisKind): a note that names a condition
// twice in other words ("chronic renal failure ... CRF", "hypotensive ...
// hypotension") gets one stage or type question citing both mentions, not the
// same question twice. Where one mention settled part of it ("an exacerbation
// of his heart failure" tells the acuity), the question is the narrower one,
// the one with fewer answers. The earlier prompt keeps its key, so a
// dismissal recorded against it still holds.
func mergeSame(ps []model.Prompt) []model.Prompt {
	for i := 0; i < len(ps); i++ {
		for j := i + 1; j < len(ps); {
			if ps[j].Code != ps[i].Code || ps[j].Kind != ps[i].Kind || !sameOptionCodes(ps[i].Options, ps[j].Options) && !axisKind[ps[i].Kind] || ps[i].Code == "" {
				j++
				continue
			}
			if len(ps[j].Options) < len(ps[i].Options) {
				ps[i].Message, ps[i].Options, ps[i].Impact = ps[j].Message, ps[j].Options, ps[j].Impact
			}
			// A new slice: evidence and options may be shared with
			// cached prompts of other results.
			ev := make([]model.Span, 0, len(ps[i].Evidence)+len(ps[j].Evidence))
			ps[i].Evidence = append(append(ev, ps[i].Evidence...), ps[j].Evidence...)
			ps = slices.Delete(ps, j, j+1)
		}
	}
	return ps
}

// axisKind are the prompt kinds that ask an axis of the code's own
// condition: two of one kind about one code are one question. A linkage or
// organism question names a partner in its answers, so two with other
// answers are two questions.
var axisKind = map[string]bool{"laterality": true, "acuity": true, "type": true, "stage": true, "severity": true, "episode": true}

func sameOptionCodes(a, b []model.Option) bool {
	return slices.EqualFunc(a, b, func(x, y model.Option) bool { return x.Code == y.Code && x.Label == y.Label })
}

// sortPrompts orders by impact score, then by position in the note. It
// sorts positions and then moves each prompt at most once: a prompt is a
// large struct with pointers, and a sort that swaps them pays a write
// barrier per word on every step.
func sortPrompts(ps []model.Prompt) {
	less := func(a, b *model.Prompt) int {
		if a.Impact.Score != b.Impact.Score {
			if a.Impact.Score > b.Impact.Score {
				return -1
			}
			return 1
		}
		return firstStart(a.Evidence) - firstStart(b.Evidence)
	}
	sorted := true
	for i := 1; i < len(ps) && sorted; i++ {
		sorted = less(&ps[i-1], &ps[i]) <= 0
	}
	if sorted {
		return
	}
	var buf [32]int
	perm := buf[:0]
	for i := range ps {
		perm = append(perm, i)
	}
	slices.SortStableFunc(perm, func(a, b int) int { return less(&ps[a], &ps[b]) })
	// apply the permutation (position k takes ps[perm[k]]) cycle by cycle
	for k := range perm {
		if perm[k] < 0 {
			continue
		}
		tmp := ps[k]
		j := k
		for {
			src := perm[j]
			perm[j] = -1
			if src == k {
				ps[j] = tmp
				break
			}
			ps[j] = ps[src]
			j = src
		}
	}
}

func firstStart(sp []model.Span) int {
	if len(sp) == 0 {
		return 1 << 30
	}
	return sp[0].Start
}

// reportable is false for readings that never prompt.
func reportable(a model.Assertion) bool {
	switch a {
	case model.Negated, model.Hypothetical, model.Historical, model.Family:
		return false
	}
	return true
}

// askable returns a finding's code and its family when the family has more
// than one candidate, so a question about it is possible (nil otherwise).
// Facts (ahead, per section) and specificity (per note) both start here.
func (g *Engine) askable(fd *model.Finding) (*codeset.Code, *family) {
	if externalCause(fd.Code) {
		return nil, nil
	}
	c, ok := g.cs.Lookup(fd.Code)
	if !ok {
		return nil, nil
	}
	if fam := g.familyOf(c); len(fam.cands) >= 2 {
		return c, fam
	}
	return nil, nil
}

// externalCause reports a chapter 20 code (V00-Y99). It is not asked
// about: its 7th character follows the injury's (guideline I.C.20.a.2), which
// gets its own episode prompt, and a physician is not queried for how an
// injury happened in the detail those codes distinguish.
func externalCause(code string) bool {
	return code != "" && code[0] >= 'V' && code[0] <= 'Y'
}

// currentHistory reports whether a finding read as history is a condition
// the coder reports as current: "history of atrial fibrillation on
// apixaban" is coded I48.91, not Z86.79, so its type is still a question; a
// past condition is coded as its history Z code and is not asked about.
func currentHistory(fd *model.Finding, coded []string) bool {
	return fd.Assertion == model.Historical && !strings.HasPrefix(fd.Code, "Z") && slices.Contains(coded, fd.Code)
}

func clamp(sp model.Span, n int) (model.Span, bool) {
	if sp.Start < 0 || sp.End > n || sp.Start >= sp.End {
		return sp, false
	}
	return sp, true
}

// specDraft is a specificity prompt before its slices are allocated.
type specDraft struct {
	fd         *model.Finding
	c          *codeset.Code
	ans        *answer
	key        string // its key when read ahead, else
	keyA, keyB int    // its key in scratch.keyBuf
}

// specificity finds the findings whose code leaves an axis open and
// appends their drafts to sc.drafts (keys in sc.keyBuf); buildSpec turns
// them into prompts. What each sentence settles comes from the section facts
// (facts, sorted by offset) when Facts read it, else from tokenising the
// finding's own sentence: O(findings x log sections) or O(findings x
// scope), never O(note).
func (g *Engine) specificity(note string, facts []PlacedFacts, sc *scratch, res *model.Result) {
	coded := sc.coded[:0]
	for _, c := range res.Codes {
		coded = append(coded, c.Code)
	}
	sc.coded = coded
	clear(sc.scopes)
	sc.toks = sc.toks[:0]
	sc.drafts = sc.drafts[:0]
	sc.keyBuf = sc.keyBuf[:0]
	sc.orph = g.companions(sc.orph[:0], note, res)
	n := len(res.Findings)
	for i := range n + len(sc.orph) {
		var fd *model.Finding
		if i < n {
			fd = &res.Findings[i]
		} else {
			fd = &sc.orph[i-n]
		}
		if !reportable(fd.Assertion) && !currentHistory(fd, coded) {
			continue
		}
		if i < n && fd.Code != "" && !slices.Contains(coded, fd.Code) && (fd.Code[0] == 'R' || g.droppedAsCovered(fd, coded)) {
			// a sign the coder left out as part of a coded diagnosis
			// (I.B.5: the cough of a pneumonia) or of a list that
			// reports none (review of systems), or a condition the
			// note-level step dropped beside a code that says more
			// about it (the "pneumonia" of a plan beside the influenza
			// with pneumonia J11.00 of the assessment): what it leaves
			// open is no documentation gap
			continue
		}
		c, fam := g.askable(fd)
		if fam == nil && !g.mayMean(fd.Code) && !g.hasType(fd.Code) {
			continue
		}
		if fam != nil && moreSpecificCoded(fam, coded) {
			continue
		}
		if c == nil {
			if c, _ = g.cs.Lookup(fd.Code); c == nil {
				continue
			}
		}
		if ff := placedLookup(facts, fd); ff != nil {
			// read ahead with the section: answer and key are ready
			if ff.ans != nil && !optionCoded(ff.ans, coded) && !g.answeredElsewhere(sc, note, c, fam, ff.ans, fd, res.Findings) &&
				(ff.ans.kind != "linkage" || !g.linkedInNote(sc, note, fd, res)) {
				if ans := g.organismNamed(sc, note, fd, fam, ff.ans, res.Findings); ans != nil {
					if na := g.noteSettled(sc, note, facts, c, fam, ans, ff.feats, fd.Evidence, res.Findings); na != ans {
						if na != nil {
							a := len(sc.keyBuf)
							scope, ok := clamp(fd.Scope, len(note))
							if !ok {
								scope = evidenceHull(fd.Evidence, len(note))
							}
							sc.keyBuf = appendKey(sc.keyBuf, na, c, note, fd.Evidence, sc.scopeTokens(note, scope))
							sc.drafts = append(sc.drafts, specDraft{fd: fd, c: c, ans: na, keyA: a, keyB: len(sc.keyBuf)})
						}
						continue
					}
					sc.drafts = append(sc.drafts, specDraft{fd: fd, c: c, ans: ans, key: ff.key})
				}
			}
			continue
		}
		scope, ok := clamp(fd.Scope, len(note))
		if !ok {
			scope = evidenceHull(fd.Evidence, len(note))
		}
		st := sc.scopeTokens(note, scope)
		ans := g.meaningFor(c, fam, fd, res.Findings, st)
		var feats []feat // what the sentence settles, when the family asks
		if ans == nil {
			// a types.tsv row owns its code: once the note names a type,
			// the family's own question is not asked instead (unless the
			// row leaves the finding's words to the family, see ownsFinding)
			if g.ownsFinding(c, fd, st) {
				sc.skip = foreignSpans(sc.skip[:0], fd, res.Findings, scope)
				ans = g.typeFor(c, fd.Evidence, st, sc.skip)
			} else if fam != nil {
				sc.feats, sc.skip = g.settled(sc.feats[:0], sc.skip[:0], fd, res.Findings, scope, st)
				feats = sc.feats
				ans = g.answerFor(fam, feats)
			}
		}
		if ans == nil || optionCoded(ans, coded) {
			continue
		}
		if g.answeredElsewhere(sc, note, c, fam, ans, fd, res.Findings) {
			continue
		}
		if ans.kind == "linkage" && g.linkedInNote(sc, note, fd, res) {
			continue
		}
		if ans = g.organismNamed(sc, note, fd, fam, ans, res.Findings); ans == nil {
			continue
		}
		if ans = g.noteSettled(sc, note, facts, c, fam, ans, feats, fd.Evidence, res.Findings); ans == nil {
			continue
		}
		st = sc.scopeTokens(note, scope) // (typeNamedElsewhere may have grown sc.toks)
		a := len(sc.keyBuf)
		sc.keyBuf = appendKey(sc.keyBuf, ans, c, note, fd.Evidence, st)
		sc.drafts = append(sc.drafts, specDraft{fd: fd, c: c, ans: ans, keyA: a, keyB: len(sc.keyBuf)})
	}
	clear(sc.toks) // drop the pooled references to the note text
	clear(sc.coded)
}

// noteSettled returns ans asked again with what the note says of the
// patient anywhere (data/axes.tsv rows flagged "note"), for a question about
// to ask such an axis: a handedness in the history answers the dominant side
// of the assessment's "Left hemiplegia", which its own sentence leaves open.
// It returns ans itself when the note adds nothing, nil when nothing is left
// to ask. feats are the values the finding's sentence settled.
//
// A laterality is read the same way from a side written next to the
// condition's site in another sentence: "newly diagnosed ovarian cancer"
// with "CT showed a 3 cm left ovarian mass" documents the side (guideline
// I.B.13 lets laterality come from any provider's documentation), so the
// physician is not asked it.
//
// Both read what the sections' facts recorded when each section was last
// edited (SectionFacts.noteVals, .sides), so a keystroke does not read the
// whole note again.
func (g *Engine) noteSettled(sc *scratch, note string, facts []PlacedFacts, c *codeset.Code, fam *family, ans *answer, feats []feat, ev []model.Span, findings []model.Finding) *answer {
	if fam == nil {
		return ans
	}
	all := slices.Clip(feats)
	if len(g.lx.noteAxis) > 0 {
		all = g.lx.noteMentions(all, facts, ans.axes)
	}
	if slices.Contains(ans.axes, g.lx.aLaterality) {
		if f, ok := g.pluralSite(sc, note, c, fam, ev); ok {
			all = append(all, f)
		} else if f, ok := g.sideElsewhere(sc, note, facts, c, findings); ok {
			all = append(all, f)
		}
	}
	if len(all) == len(feats) {
		return ans
	}
	return g.answerFor(fam, all)
}

// pluralSite returns the bilateral value when the finding's own words name
// the paired site of its title (pairedWords) in the plural ("ringing in her ears" for
// "Tinnitus, unspecified ear"; the normaliser makes "ears" "ear", so the
// written form tells) and the family has a bilateral code: both sides are
// documented, there is no side to ask.
func (g *Engine) pluralSite(sc *scratch, note string, c *codeset.Code, fam *family, ev []model.Span) (feat, bool) {
	bil := feat{}
	for _, cd := range fam.cands {
		if f, ok := cd.info.value(g.lx.aLaterality); ok && f.val == "bilateral" {
			bil = f
			break
		}
	}
	if bil.val == "" {
		return feat{}, false
	}
	paired := g.pairedWords(c, fam)
	if len(paired) == 0 {
		return feat{}, false
	}
	for _, sp := range ev {
		sp, ok := clamp(sp, len(note))
		if !ok {
			continue
		}
		for _, t := range sc.scopeTokens(note, sp) {
			n := len(t.Norm)
			if t.Kind == text.Punct || n < 3 || len(t.Text) != n+1 || t.Text[n]|0x20 != 's' || !strings.EqualFold(t.Text[:n], t.Norm) {
				continue
			}
			if slices.Contains(paired, t.Norm) {
				return bil, true
			}
		}
	}
	return feat{}, false
}

// pairedWords returns the words of c's title that follow its "unspecified"
// and follow a side in a sibling's title (the place of the side:
// "Tinnitus, unspecified ear" and "Tinnitus, right ear" -> ear), cached per
// code (fam is c's family).
func (g *Engine) pairedWords(c *codeset.Code, fam *family) []string {
	if v := g.paired.load(c); v != nil {
		return *v
	}
	var out []string
	ws := words(stripBrackets(c.Title))
	for i := 1; i < len(ws); i++ {
		if ws[i-1] == "unspecified" && sidedInFamily(fam, ws[i]) {
			out = append(out, ws[i])
		}
	}
	return *g.paired.loadOrStore(c, &out)
}

// sidedInFamily reports whether some code of fam writes w right after a
// side ("Tinnitus, right ear"): w is where its siblings put the side.
func sidedInFamily(fam *family, w string) bool {
	for _, cd := range fam.cands {
		cw := words(cd.c.Title)
		for i := 1; i < len(cw); i++ {
			if cw[i] == w && (cw[i-1] == "right" || cw[i-1] == "left") {
				return true
			}
		}
	}
	return false
}

// sideElsewhere returns the one side the note writes just before a word of
// the site of c's title (the words after its first "of": "ovary" of
// "Malignant neoplasm of unspecified ovary", compared on four letters so
// "ovarian" is one), anywhere in the note; ok is false when no sentence
// does or two sentences write different sides. Words read as negated,
// hypothetical or family findings say nothing about the patient's side.
// Only a laterality question about to be asked gets here. The site is
// looked for only in the few bytes after each side word the sections'
// facts recorded (SectionFacts.sides: sideBefore's reach), so the work
// follows the side words between the findings, not the note's length; only
// the words before each hit are tokenised.
func (g *Engine) sideElsewhere(sc *scratch, note string, facts []PlacedFacts, c *codeset.Code, findings []model.Finding) (feat, bool) {
	var side feat
	found := false
	lo, hi := findingsHull(findings, len(note))
	stems := g.siteStems(c)
	if len(stems) == 0 || lo >= hi {
		return side, false
	}
	for _, pf := range facts {
		if pf.Facts == nil || pf.Offset >= hi {
			continue
		}
		for _, r := range pf.Facts.sides {
			q := pf.Offset + int(r)
			// A site word starting in (q, q+sideReach] has this side word
			// within sideBefore's reach; one starting in [lo, hi) is in
			// the findings' text.
			from, to := max(q+1, lo), min(q+sideReach+1, hi)
			for _, stem := range stems {
				for off := from; off < to; {
					p := indexFold(note[off:min(to-1+len(stem), hi)], stem)
					if p < 0 {
						break
					}
					p += off
					off = p + len(stem)
					if p > 0 && isWordByte(note[p-1]) || unreportableAt(findings, p) {
						continue
					}
					f, ok := g.sideBefore(sc, note, p)
					if !ok {
						continue
					}
					if found && side.val != f.val {
						return feat{}, false
					}
					side, found = f, true
				}
			}
		}
	}
	return side, found
}

// findingsHull returns the part of the note from the first finding's
// sentence to the last one's: the text that documents conditions, where a
// side is searched for. Text around it that codes to nothing (a long
// template, pasted results) is not read, so the search does not grow with
// it. (A per-section index of side words kept with the section facts would
// make it independent of the note's length altogether.)
func findingsHull(findings []model.Finding, n int) (int, int) {
	lo, hi := n, 0
	for i := range findings {
		sp := findings[i].Scope
		if sp.End <= sp.Start {
			sp = evidenceHull(findings[i].Evidence, n)
		}
		lo, hi = min(lo, max(sp.Start, 0)), max(hi, min(sp.End, n))
	}
	if lo >= hi {
		return 0, 0
	}
	return lo, hi
}

// sideBefore returns the laterality value of a side phrase that ends at
// most three words before the word starting at offset p, in the same clause
// ("left ovarian", "the left internal ovarian").
func (g *Engine) sideBefore(sc *scratch, note string, p int) (feat, bool) {
	a := max(0, p-sideReach)
	if !g.sideWordIn(note[a:p]) {
		return feat{}, false // most sites have no side before them: no tokens
	}
	toks := sc.scopeTokens(note, model.Span{Start: a, End: p})
	var w [8]string
	ws := w[:0]
	for _, t := range toks {
		if t.Kind == text.Punct {
			ws = ws[:0] // another clause
			continue
		}
		if len(ws) == len(w) {
			copy(ws, ws[1:])
			ws = ws[:len(w)-1]
		}
		ws = append(ws, t.Norm)
	}
	if a > 0 && len(ws) == len(toks) && len(ws) > 0 {
		ws = ws[1:] // the first word may be cut
	}
	for k := max(0, len(ws)-4); k < len(ws); k++ {
		f, neutral, n := g.lx.match(ws, k, false)
		if n > 0 && !neutral && f.axis == g.lx.aLaterality && len(ws)-(k+n) <= 2 {
			return f, true
		}
	}
	return feat{}, false
}

// sideWordIn reports whether s holds the first word of a laterality
// pattern (axes.tsv: "right", "left", "bilateral", "rt" ...), ignoring case:
// a cheap test before tokenising.
func (g *Engine) sideWordIn(s string) bool {
	for _, w := range g.lx.sideFirst {
		if indexFold(s, w) >= 0 {
			return true
		}
	}
	return false
}

// sideReach is how many bytes before a site word sideBefore reads for its
// side (three words and their spaces, most often).
const sideReach = 48

// sideOffsets returns the starts of a section's words that open a side
// phrase (lx.sideFirst: "left", "right", "bilateral", ...), in order, from
// its tokens: the places sideElsewhere looks after. sideBefore matches its
// side from such a word, so no side it could read is missed.
func (g *Engine) sideOffsets(toks []text.Token) []int32 {
	var out []int32
	for i := range toks {
		if toks[i].Kind != text.Punct && g.lx.sideFirstSet[toks[i].Norm] {
			out = append(out, int32(toks[i].Start))
		}
	}
	return out
}

// indexFold is strings.Index for a lower-case ASCII needle, ignoring the
// case of s.
func indexFold(s, lower string) int {
	n := len(lower)
	for i := 0; i+n <= len(s); i++ {
		if s[i]|0x20 != lower[0] {
			continue
		}
		j := 1
		for j < n && (s[i+j]|0x20) == lower[j] {
			j++
		}
		if j == n {
			return i
		}
	}
	return -1
}

// isWordByte reports an ASCII letter or digit (or a UTF-8 continuation).
func isWordByte(b byte) bool {
	return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= '0' && b <= '9' || b >= 0x80
}

// siteStems returns the four-letter stems of the site words of c's title:
// the words after its first "of" that name no axis value, residual or
// connector ("Presence of unspecified artificial knee joint" -> arti, knee,
// join).
func (g *Engine) siteStems(c *codeset.Code) []string {
	if v := g.sites.load(c); v != nil {
		return *v
	}
	st := g.computeSiteStems(c)
	return *g.sites.loadOrStore(c, &st)
}

// computeSiteStems is siteStems without the cache.
func (g *Engine) computeSiteStems(c *codeset.Code) []string {
	ws := words(stripBrackets(c.Title))
	of := slices.Index(ws, "of")
	if of < 0 {
		return nil
	}
	var out []string
	for i := of + 1; i < len(ws); {
		if _, _, n := g.lx.match(ws, i, true); n > 0 {
			i += n
			continue
		}
		if w := ws[i]; len(w) >= 4 && !residualWord[w] && !danglingWord[w] && w != "part" && w != "site" && w != "encounter" {
			out = append(out, w[:4])
		}
		i++
	}
	return out
}

// unreportableAt reports whether the word at byte offset off is the
// evidence of a negated, hypothetical or family finding.
func unreportableAt(findings []model.Finding, off int) bool {
	for i := range findings {
		if reportable(findings[i].Assertion) || findings[i].Assertion == model.Historical {
			continue
		}
		for _, sp := range findings[i].Evidence {
			if sp.Start <= off && off < sp.End {
				return true
			}
		}
	}
	return false
}

// answeredElsewhere reports whether ans, the question about finding fd
// (code c, family fam), is answered by another present finding of the same
// code whose own sentence settles it: "Type 2 diabetes" in the history and
// "Diabetes, follow-up" in the assessment are one diabetes whose type is
// documented once (the type-2 answer is the default's own code, E11.9, so
// no more specific code shows it). Only a question about to be asked gets
// here, and only a note naming the condition twice reads another sentence.
func (g *Engine) answeredElsewhere(sc *scratch, note string, c *codeset.Code, fam *family, ans *answer, fd *model.Finding, findings []model.Finding) bool {
	q := g.types[c.Code]
	if q != nil && ans != q.ans {
		q = nil // a meaning question, not the type row's
	}
	if q == nil && fam == nil {
		return false
	}
	for i := range findings {
		o := &findings[i]
		if o == fd || o.Code != fd.Code || !reportable(o.Assertion) || overlapsAny(o.Evidence, fd.Evidence) {
			continue
		}
		scope, ok := clamp(o.Scope, len(note))
		if !ok {
			scope = evidenceHull(o.Evidence, len(note))
		}
		st := sc.scopeTokens(note, scope)
		if q != nil {
			if q.only != nil && !evidenceHas(st, o.Evidence, q.only) {
				continue // the row does not ask about this finding's words
			}
			if g.typeFor(c, o.Evidence, st, foreignSpans(nil, o, findings, scope)) == nil {
				return true
			}
			continue
		}
		feats, _ := g.settled(nil, nil, o, findings, scope, st)
		if g.answerFor(fam, feats) == nil {
			return true
		}
	}
	return false
}

// companions appends to out a finding for each unspecified code of res that
// no finding of res reached: a code the coder added to another finding's
// code, the "use additional code" of a combination (hypertension with heart
// failure is I11.0 with I50.9) or the default etiology of a code-first rule
// (septic shock is A41.9 with R65.21). The physician is asked about it as
// about a finding: which heart failure, which organism. Its sentence is the
// one of the finding whose evidence it shares, and its evidence keeps the
// spans that name it (the heart failure of "hypertension with heart
// failure"), so a one-click answer is written next to the right words.
// Codes of a category some finding has are that finding's business.
// Combination codes (their parts are findings, asked about themselves) and
// history codes are left out.
func (g *Engine) companions(out []model.Finding, note string, res *model.Result) []model.Finding {
	for ci := range res.Codes {
		c := &res.Codes[ci]
		if !reportable(c.Assertion) || strings.HasPrefix(c.Rule, "combination") || strings.HasPrefix(c.Rule, "history") || len(c.Evidence) == 0 {
			continue
		}
		// a finding of its own condition is asked about (a side of a
		// bilateral finding, split by the coder, is not a question): most
		// codes end here
		cat := categoryOf(c.Code)
		own := false
		for i := range res.Findings {
			if categoryOf(res.Findings[i].Code) == cat {
				own = true
				break
			}
		}
		if own {
			continue
		}
		cc, ok := g.cs.Lookup(c.Code)
		if !ok {
			continue
		}
		if ti := g.info(cc); !ti.unspec && !(cc.Billable && unspecLike(cc, ti)) {
			continue
		}
		var host *model.Finding
		for i := range res.Findings {
			if overlapsAny(res.Findings[i].Evidence, c.Evidence) {
				host = &res.Findings[i]
				break
			}
		}
		if host == nil {
			continue
		}
		out = append(out, model.Finding{Code: c.Code, Title: c.Title, Assertion: c.Assertion, Section: c.Section,
			Evidence: namingSpans(c.Evidence, cc.Title, note), Scope: host.Scope, Why: c.Why})
	}
	return out
}

// appendKey appends a prompt's key: kind|category|evidence words, so it
// survives edits to spacing, case and other sentences.
func appendKey(b []byte, ans *answer, c *codeset.Code, note string, ev []model.Span, scopeToks []text.Token) []byte {
	b = append(b, ans.kind...)
	b = append(b, '|')
	b = append(b, categoryOf(c.Code)...)
	b = append(b, '|')
	return appendEvidenceWords(b, note, ev, scopeToks)
}

// buildSpec turns the drafts of sc.drafts into prompts appended to out,
// dropping repeated keys. The note-level allocations are one string for the
// keys not read ahead and one array for the evidence of all prompts; options
// are the answers' shared slices.
func (g *Engine) buildSpec(out []model.Prompt, sc *scratch, ctx model.Context) []model.Prompt {
	if len(sc.drafts) == 0 {
		return out
	}
	keys := ""
	if len(sc.keyBuf) > 0 {
		keys = string(sc.keyBuf)
	}
	clear(sc.seen)
	nEv := 0
	kept := sc.drafts[:0]
	for _, d := range sc.drafts {
		if d.key == "" {
			d.key = keys[d.keyA:d.keyB]
		}
		if sc.seen[d.key] {
			// the same words asked twice ("congestive heart failure" in the
			// history, "an exacerbation of her congestive heart failure" in
			// the assessment): one question, the narrower one when the
			// other mention settled part of it (as mergeSame does), under
			// the first mention's key
			for k := range kept {
				if kept[k].key == d.key && len(d.ans.options) < len(kept[k].ans.options) && d.c == kept[k].c {
					kept[k].ans = d.ans
				}
			}
			continue
		}
		sc.seen[d.key] = true
		kept = append(kept, d)
		nEv += len(d.fd.Evidence)
	}
	clear(sc.seen)
	evs := make([]model.Span, nEv)
	for _, d := range kept {
		ev := evs[:len(d.fd.Evidence):len(d.fd.Evidence)]
		evs = evs[len(ev):]
		copy(ev, d.fd.Evidence)
		out = append(out, model.Prompt{
			Kind:     d.ans.kind,
			Code:     d.c.Code,
			Message:  d.ans.message,
			Options:  d.ans.std,
			Evidence: ev,
			Impact:   g.impact(d.c, d.ans.options, ctx),
			Key:      d.key,
		})
	}
	clear(sc.drafts) // drop references to the result
	return out
}

// scopeTokens tokenises one sentence of the note (once per call: findings
// of one sentence share it) and returns its tokens with note offsets.
func (sc *scratch) scopeTokens(note string, sp model.Span) []text.Token {
	if r, ok := sc.scopes[sp]; ok {
		return sc.toks[r[0]:r[1]]
	}
	a := len(sc.toks)
	sc.toks = text.AppendTokens(sc.toks, note[sp.Start:sp.End], sp.Start)
	sc.scopes[sp] = [2]int{a, len(sc.toks)}
	return sc.toks[a:]
}

// settled appends to feats the axis values fd's sentence (scope, tokens
// st) settles for it, skipping the words of other findings (foreignSpans,
// appended to skip). Most sentences settle nothing: the other findings are
// looked at only when some value is there (skipping words never adds one).
func (g *Engine) settled(feats []feat, skip []model.Span, fd *model.Finding, findings []model.Finding, scope model.Span, st []text.Token) ([]feat, []model.Span) {
	a := len(feats)
	feats = g.lx.mentions(feats, st, nil)
	if len(feats) == a {
		return feats, skip
	}
	if skip = foreignSpans(skip, fd, findings, scope); len(skip) > 0 {
		feats = g.lx.mentions(feats[:a], st, skip)
	}
	return feats, skip
}

// foreignSpans appends to out the evidence spans, inside scope, of the
// findings of another category than fd whose evidence does not overlap
// fd's, sorted by start (a second mention of the same condition, "type 2
// diabetes mellitus (DM)", still speaks for it). Their words name another condition of the same sentence: in
// "history of type 2 diabetes mellitus, heart failure and chronic atrial
// fibrillation" the coder read "type 2" and "chronic" for diabetes and
// atrial fibrillation, so they settle nothing about the heart failure.
//
// A companion (a code no finding reached, see companions) shares its
// host's evidence but not the host's other words: for A41.9 of "severe
// sepsis" (cited as "sepsis") the host's "severe" names the severe sepsis
// R65.20, so the parts of the host's spans around the companion's words
// are foreign too.
func foreignSpans(out []model.Span, fd *model.Finding, findings []model.Finding, scope model.Span) []model.Span {
	comp := true
	for i := range findings {
		if &findings[i] == fd {
			comp = false
			break
		}
	}
	for i := range findings {
		o := &findings[i]
		if o == fd || o.Scope.End <= scope.Start || o.Scope.Start >= scope.End ||
			categoryOf(o.Code) == categoryOf(fd.Code) {
			continue
		}
		shared := overlapsAny(o.Evidence, fd.Evidence)
		if shared && !comp {
			continue
		}
		for _, sp := range o.Evidence {
			if sp.Start < scope.Start || sp.End > scope.End || sp.Start >= sp.End {
				continue
			}
			if !shared || !overlapsAny([]model.Span{sp}, fd.Evidence) {
				out = append(out, sp)
				continue
			}
			// the host's span around the companion's words
			h := evidenceHull(fd.Evidence, scope.End)
			if sp.Start < h.Start {
				out = append(out, model.Span{Start: sp.Start, End: h.Start})
			}
			if h.End < sp.End {
				out = append(out, model.Span{Start: h.End, End: sp.End})
			}
		}
	}
	if !slices.IsSortedFunc(out, spanStart) {
		slices.SortFunc(out, spanStart)
	}
	return out
}

func spanStart(a, b model.Span) int { return a.Start - b.Start }

func overlapsAny(a, b []model.Span) bool {
	for _, x := range a {
		for _, y := range b {
			if x.Start < y.End && y.Start < x.End {
				return true
			}
		}
	}
	return false
}

func moreSpecificCoded(fam *family, coded []string) bool {
	for _, code := range coded {
		if code != fam.f.Code && fam.contains(code) {
			return true
		}
	}
	return false
}

func evidenceHull(ev []model.Span, n int) model.Span {
	s, e := n, 0
	for _, sp := range ev {
		if sp.Start >= 0 && sp.End <= n && sp.Start < sp.End {
			s = min(s, sp.Start)
			e = max(e, sp.End)
		}
	}
	if s >= e {
		return model.Span{}
	}
	return model.Span{Start: s, End: e}
}

func categoryOf(code string) string {
	if len(code) > 3 {
		return code[:3]
	}
	return code
}

// appendEvidenceWords appends the normalised words of the evidence spans
// (taken from the scope tokens when they lie inside it), so a key survives
// edits to spacing, case and other sentences.
func appendEvidenceWords(b []byte, note string, ev []model.Span, scopeToks []text.Token) []byte {
	start := len(b)
	word := func(t text.Token) {
		if t.Kind == text.Punct {
			return
		}
		if len(b) > start {
			b = append(b, ' ')
		}
		b = append(b, t.Norm...)
	}
	for _, sp := range ev {
		if sp.Start < 0 || sp.End > len(note) || sp.Start >= sp.End {
			continue
		}
		found := false
		for _, t := range scopeToks {
			if t.Start >= sp.Start && t.End <= sp.End {
				found = true
				word(t)
			}
		}
		if !found {
			for _, t := range text.Tokenize(note[sp.Start:sp.End]) {
				word(t)
			}
		}
	}
	return b
}

// withStandardOptions appends the non-leading escape answers.
func withStandardOptions(opts []optCode, indicator bool) []model.Option {
	return appendStandardOptions(make([]model.Option, 0, len(opts)+3), opts, indicator)
}

// appendStandardOptions appends the options and the escape answers to out.
func appendStandardOptions(out []model.Option, opts []optCode, indicator bool) []model.Option {
	for _, o := range opts {
		code := ""
		if o.code != nil {
			code = o.code.Code
		}
		out = append(out, model.Option{Label: o.label, Code: code})
	}
	out = append(out, model.Option{Label: OtherLabel}, model.Option{Label: UndeterminedLabel})
	if indicator {
		out = append(out, model.Option{Label: NotSignificant})
	}
	return out
}

// mentions appends to out the axis values the sentence already settles,
// leaving out the words inside the skip spans (sorted by start; see
// foreignSpans): a skipped run becomes an empty word, which no pattern
// matches, so phrases never join across it.
func (lx *lexicon) mentions(out []feat, toks []text.Token, skip []model.Span) []feat {
	var w [64]string
	ws := w[:0]
	k := 0
	for _, t := range toks {
		if t.Kind == text.Punct {
			continue
		}
		for k < len(skip) && skip[k].End <= t.Start {
			k++
		}
		if k < len(skip) && skip[k].Start <= t.Start && t.End <= skip[k].End {
			if len(ws) > 0 && ws[len(ws)-1] != "" {
				ws = append(ws, "")
			}
			continue
		}
		ws = append(ws, t.Norm)
	}
	for i := 0; i < len(ws); {
		f, neutral, n := lx.match(ws, i, false)
		if n == 0 {
			i++
			continue
		}
		if !neutral {
			out = append(out, f)
		}
		i += n
	}
	return out
}

// ansKey identifies a cached answer without building a string: the code and
// an order-independent hash of the settled values (verified on a hit).
type ansKey struct {
	code string
	h    uint64
}

// ansEntry is a cached answer (nil: nothing open) with the values it was
// computed for.
type ansEntry struct {
	ms []feat
	a  *answer
}

var sigSeed = maphash.MakeSeed()

// featsHash hashes a multiset of values: the sum of mixed per-value hashes,
// so the order the text wrote them in does not matter.
func featsHash(ms []feat) uint64 {
	var h uint64
	for _, m := range ms {
		x := maphash.String(sigSeed, m.val) ^ (uint64(m.axis+1) * 0x9e3779b97f4a7c15)
		x ^= x >> 31
		x *= 0xbf58476d1ce4e5b9
		x ^= x >> 29
		h += x
	}
	return h
}

// sameFeats reports whether a and b hold the same values, counted, in any
// order.
func sameFeats(a, b []feat) bool {
	if len(a) != len(b) {
		return false
	}
	count := func(s []feat, f feat) int {
		n := 0
		for _, x := range s {
			if x.axis == f.axis && x.val == f.val {
				n++
			}
		}
		return n
	}
	for _, f := range a {
		if count(a, f) != count(b, f) {
			return false
		}
	}
	return true
}

// answerCacheMax bounds the answer cache; past it the cache is not grown
// (answers are recomputed, still correct).
const answerCacheMax = 200000

// answerFor returns the question for a family given what the text settles,
// or nil when nothing is open. A cache hit allocates nothing.
func (g *Engine) answerFor(fam *family, ms []feat) *answer {
	k := ansKey{code: fam.f.Code, h: featsHash(ms)}
	if v, ok := g.answers.Load(k); ok {
		if e := v.(*ansEntry); sameFeats(e.ms, ms) {
			return e.a
		}
		return g.computeAnswer(fam, ms) // hash collision: do not cache
	}
	a := g.computeAnswer(fam, ms)
	if g.answerCount() < answerCacheMax {
		if _, loaded := g.answers.LoadOrStore(k, &ansEntry{ms: append([]feat(nil), ms...), a: a}); !loaded {
			g.nAnswers.Add(1)
		}
	}
	return a
}

func (g *Engine) answerCount() int64 { return g.nAnswers.Load() }

// namingSpans returns the parts of ev that name title: in each span, the
// longest run of words sharing a stem with the title (the last of equal
// runs), so I50.9 of "hypertension ... heart failure" or of "hypertensive
// heart and chronic kidney disease with heart failure" is cited as "heart
// failure". Spans without such a word are dropped; ev itself is returned
// when no span has one.
func namingSpans(ev []model.Span, title, note string) []model.Span {
	tw := stems(normWords(title))
	var out []model.Span
	for _, sp := range ev {
		if sp.Start < 0 || sp.End > len(note) || sp.Start >= sp.End {
			continue
		}
		best, run := model.Span{}, model.Span{}
		bestN, n := 0, 0
		for _, t := range text.Tokenize(note[sp.Start:sp.End]) {
			if t.Kind == text.Punct {
				continue
			}
			if len(t.Norm) <= 2 || !slices.Contains(tw, stem(t.Norm)) {
				n = 0
				continue
			}
			if n == 0 {
				run.Start = sp.Start + t.Start
			}
			run.End = sp.Start + t.End
			n++
			if n >= bestN {
				best, bestN = run, n
			}
		}
		if bestN > 0 {
			out = append(out, best)
		}
	}
	if len(out) == 0 {
		return ev
	}
	return out
}

// droppedAsCovered reports whether the note-level step left a present
// finding's billable code out of the result: it consolidates the note's
// mentions and drops a code that another reported code covers (an
// unspecified code beside a more specific one, a condition inside a
// combination code), so the finding's open axes are answered, or not asked,
// through the code that covers it. A non-billable finding (a header the text
// stopped at) is reported as another code and is still asked about.
func (g *Engine) droppedAsCovered(fd *model.Finding, coded []string) bool {
	if fd.Assertion == model.Historical || len(coded) == 0 {
		return false
	}
	c, ok := g.cs.Lookup(fd.Code)
	return ok && c.Billable
}
