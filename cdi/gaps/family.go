package gaps

import (
	"slices"
	"sort"
	"strings"
	"sync"
	"sync/atomic"

	"notecoder/cdi/codeset"
	"notecoder/cdi/text"
)

// titleInfo is what a code title says along the axes, computed once per code.
type titleInfo struct {
	feats  []feat    // at most one value per axis, in title order
	resid  []string  // words that belong to no axis (the condition and site), after @same
	stem   string    // resid joined: equal stems = same condition, same site
	unspec bool      // the title says "unspecified"
	other  bool      // "Other ..." residual category (specified elsewhere)
	labels []featLab // labels read from the title for values not in the data file
	qual   []string  // qualifier words @same equivalences hid (see applySameQual)
}

// featLab is a label taken from title words (organisms, linked conditions).
type featLab struct {
	axis       int
	val, label string
}

// stripBrackets removes nonessential modifiers "(...)" and synonyms "[...]".
func stripBrackets(s string) string {
	if !strings.ContainsAny(s, "([") {
		return s
	}
	var b strings.Builder
	depth := 0
	for _, r := range s {
		switch r {
		case '(', '[':
			depth++
			continue
		case ')', ']':
			if depth > 0 {
				depth--
			}
			b.WriteByte(' ')
			continue
		}
		if depth == 0 {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// residIgnore are title words that neither name an axis nor the condition.
var residIgnore = map[string]bool{
	"unspecified": true, "other": true, "specified": true, "of": true, "and": true, "or": true,
	"the": true, "a": true, "an": true, "nos": true, "not": true, "elsewhere": true, "classified": true,
	"site": true, "part": true, "to": true, "for": true, "with": true, "without": true, "in": true,
	"whether": true, "unspecified,": true,
}

// analyse reads a title along the axes. chapter1 makes "due to X" an organism.
func (lx *lexicon) analyse(c *codeset.Code) *titleInfo {
	ti := &titleInfo{}
	w := words(stripBrackets(c.Title))
	for _, x := range w {
		if x == "unspecified" {
			ti.unspec = true
		}
	}
	ti.other = len(w) > 0 && w[0] == "other"
	has := map[int]bool{}
	var resid []string
	chapter1 := c.Chapter == 1
	for i := 0; i < len(w); {
		f, neutral, n := lx.match(w, i, true)
		if n > 0 {
			if !neutral && !has[f.axis] {
				has[f.axis] = true
				ti.feats = append(ti.feats, f)
				if l, ok := lx.titleLabel(c.Title, w, i, n, f); ok {
					ti.labels = append(ti.labels, featLab{axis: f.axis, val: f.val, label: l})
				}
			}
			i += n
			continue
		}
		conn := 0
		switch {
		case w[i] == "with" || w[i] == "without" || w[i] == "in":
			conn = 1
		case w[i] == "due" && i+1 < len(w) && w[i+1] == "to":
			conn = 2
		}
		if conn > 0 && i+conn < len(w) {
			// a known phrase right after the connector ("due to MRSA")
			if f, neutral, n := lx.match(w, i+conn, true); n > 0 {
				if !neutral && !has[f.axis] {
					has[f.axis] = true
					ti.feats = append(ti.feats, f)
				}
				i += conn + n
				continue
			}
			// the linked condition runs to the next connector or 7th-character phrase
			j := i + conn
			for j < len(w) {
				if w[j] == "with" || w[j] == "without" || (w[j] == "due" && j+1 < len(w) && w[j+1] == "to") {
					break
				}
				if f, _, n := lx.match(w, j, true); n > 0 && (f.axis == lx.aEpisode || f.axis == lx.aSpecificity) {
					break
				}
				j++
			}
			if w[i] == "without" {
				// "without perforation" is the default state, not an
				// associated condition: it settles nothing, and the
				// "with gangrene" after it is the code's linkage
				// ("Other acute appendicitis without perforation, with
				// gangrene")
				i = j
				continue
			}
			axis := lx.aLinkage
			if conn == 2 && chapter1 {
				axis = lx.aOrganism
			}
			val := strings.Join(w[i+conn:j], " ")
			if !has[axis] {
				has[axis] = true
				ti.feats = append(ti.feats, feat{axis: axis, val: val})
				lab := strings.Join(w[i:j], " ")
				if axis == lx.aOrganism {
					lab = "due to " + val
				}
				ti.labels = append(ti.labels, featLab{axis: axis, val: val, label: lab})
			}
			i = j
			continue
		}
		if !residIgnore[w[i]] {
			resid = append(resid, w[i])
		}
		i++
	}
	ti.resid, ti.qual = lx.applySameQual(resid)
	ti.stem = strings.Join(ti.resid, " ")
	return ti
}

// titleLabel returns the title's own words for a value when the value's
// usual label says something the title does not ("severe with psychotic
// features" for "Manic episode, severe with psychotic symptoms"): the
// option writes the words the code's title and index use.
func (lx *lexicon) titleLabel(title string, w []string, i, n int, f feat) (string, bool) {
	lab := words(lx.label(f.axis, f.val))
	if strings.Contains(strings.Join(w[i:i+n], ""), strings.Join(lab, "")) {
		// the same words spelled apart ("non-dominant" for the label's
		// "nondominant"): the label is the spelling the coder reads
		return "", false
	}
	for _, x := range lab {
		if !slices.Contains(w[i:i+n], x) {
			var orig []string
			for _, t := range text.Tokenize(stripBrackets(title)) {
				if t.Kind != text.Punct {
					orig = append(orig, strings.ToLower(t.Text))
				}
			}
			if len(orig) != len(w) {
				return "", false
			}
			return strings.Join(orig[i:i+n], " "), true
		}
	}
	return "", false
}

func (ti *titleInfo) value(axis int) (feat, bool) {
	for _, f := range ti.feats {
		if f.axis == axis {
			return f, true
		}
	}
	return feat{}, false
}

// cand is one more specific code of the same condition.
type cand struct {
	c    *codeset.Code
	info *titleInfo
	ord  int // tabular order within the family
}

// family is everything about a finding's code that does not depend on the
// note text: computed once per code and cached. The candidate list is shared
// by every code with the same root and condition words (the 7th-character
// siblings of an injury code, the codes of one unspecified level), so a warm
// engine holds one list per condition, not one per code.
type family struct {
	f    *codeset.Code
	info *titleInfo
	*famBody
}

// famBody is the part of a family shared across codes: its root and
// candidates.
type famBody struct {
	// root is the code the family was collected from: every code of the
	// family is root.Code or a descendant, i.e. has it as prefix, except the
	// same-condition codes of sibling categories in extra.
	root  string
	cands []cand          // billable, same condition words; includes f itself (an answer when the text only defaulted to it)
	extra map[string]bool // codes of sibling categories added at category level (E10/E11); nil when none
}

// noBody is the body of a code that leaves nothing open.
var noBody = &famBody{}

// contains reports whether code belongs to the family (any wording), for
// "already more specific".
func (b *famBody) contains(code string) bool {
	if b.root == "" {
		return false
	}
	return strings.HasPrefix(code, b.root) || b.extra[code]
}

// unspecLike: the code is where the text stopped short along some axis.
func unspecLike(c *codeset.Code, ti *titleInfo) bool {
	if ti.unspec {
		return true
	}
	code := c.Code
	return !ti.other && strings.Contains(code, ".") && code[len(code)-1] == '9'
}

// is7th reports a 7th-character expansion (its siblings differ by episode).
func is7th(c *codeset.Code) bool {
	return len(strings.ReplaceAll(c.Code, ".", "")) == 7 && len(c.SevenChr) > 0
}

// identifierWord reports a title word that names rather than describes: a
// single letter or a number (hepatitis B, factor 8).
func identifierWord(w string) bool {
	if len(w) == 1 {
		return true
	}
	for i := 0; i < len(w); i++ {
		if w[i] < '0' || w[i] > '9' {
			return false
		}
	}
	return w != ""
}

func commonPrefix(a, b string) int {
	n := 0
	for n < len(a) && n < len(b) && a[n] == b[n] {
		n++
	}
	return n
}

// buildFamily climbs from the code through unspecified levels to the root of
// its condition and lists the root's billable descendants (plus, at category
// level, same-condition codes of sibling categories: E10/E11, F32/F33).
func (g *Engine) buildFamily(f *codeset.Code) *family {
	fi := g.info(f)
	fam := &family{f: f, info: fi, famBody: noBody}
	spec := !f.Billable || unspecLike(f, fi) || is7th(f)
	if !spec {
		return fam
	}
	root := f
	if is7th(f) {
		if p := g.cs.ParentOf(f); p != nil {
			root = p
		}
	}
	for root.Parent != "" && (unspecLike(root, g.info(root)) || (root == f && !f.Billable && g.info(root).unspec)) {
		p := g.cs.ParentOf(root)
		if p == nil {
			break
		}
		root = p
	}
	// the body depends only on the root and the finding's condition words
	key := root.Code + "\x00" + fi.stem
	if v, ok := g.bodies.Load(key); ok {
		fam.famBody = v.(*famBody)
		return fam
	}
	allowed := make(map[string]bool, len(fi.resid))
	for _, w := range fi.resid {
		allowed[w] = true
	}
	// Identifier words the finding's title has and the root's lacks name
	// the condition itself (the B of "viral hepatitis B" under "viral
	// hepatitis"): every candidate must have them too.
	var ids []string
	for _, w := range fi.resid {
		if identifierWord(w) && !slices.Contains(g.info(root).resid, w) {
			ids = append(ids, w)
		}
	}
	body := &famBody{root: root.Code}
	add := func(c *codeset.Code) {
		if !c.Billable {
			return
		}
		ci := g.info(c)
		for _, w := range ci.resid {
			if !allowed[w] {
				return
			}
		}
		for _, w := range ids {
			if !slices.Contains(ci.resid, w) {
				return
			}
		}
		body.cands = append(body.cands, cand{c: c, info: ci, ord: len(body.cands)})
	}
	var walk func(c *codeset.Code)
	walk = func(c *codeset.Code) {
		add(c)
		for _, k := range g.cs.Children(c.Code) {
			walk(k)
		}
	}
	walk(root)
	if root.Parent == "" {
		stems := map[string]bool{fi.stem: true, g.info(root).stem: true}
		for _, c := range g.sectionCodes(root.Section) {
			if strings.HasPrefix(c.Code, root.Code) || body.extra[c.Code] || !stems[g.info(c).stem] {
				continue
			}
			if body.extra == nil {
				body.extra = map[string]bool{}
			}
			body.extra[c.Code] = true
			add(c)
		}
	}
	v, _ := g.bodies.LoadOrStore(key, body)
	fam.famBody = v.(*famBody)
	return fam
}

// conditionName turns a title into the condition named in a message, without
// the words of the axes being asked about or "unspecified":
// "Unspecified fracture of unspecified femur, initial encounter..." ->
// "Fracture of femur"; "Type 2 diabetes mellitus without complications"
// asked for type -> "Diabetes mellitus".
func (g *Engine) conditionName(c *codeset.Code, drop []int) string {
	t := g.nameSegments(stripBrackets(c.Title))
	toks := text.Tokenize(t)
	var ws []string
	var wi []int
	for k, tk := range toks {
		if tk.Kind != text.Punct {
			ws = append(ws, tk.Norm)
			wi = append(wi, k)
		}
	}
	remove := make([]bool, len(toks))
	cut := func(a, b int) { // word indexes [a, b)
		for k := wi[a]; k <= wi[b-1]; k++ {
			remove[k] = true
		}
	}
	dropAx := map[int]bool{}
	for _, ax := range drop {
		dropAx[ax] = true
	}
	for i := 0; i < len(ws); {
		f, neutral, n := g.lx.match(ws, i, true)
		if n > 0 {
			if neutral || dropAx[f.axis] {
				cut(i, i+n)
			}
			i += n
			continue
		}
		if ws[i] == "unspecified" {
			cut(i, i+1)
			if i+1 < len(ws) && (ws[i+1] == "site" || ws[i+1] == "part") {
				ofBefore := i > 0 && ws[i-1] == "of"
				if ofBefore {
					cut(i-1, i)
				}
				cut(i+1, i+2)
				// one "of" stays between the condition and its site:
				// "ulcer of unspecified part of lower leg" -> "ulcer of
				// lower leg", not "ulcer lower leg"
				if ws[i+1] == "part" && i+2 < len(ws) && ws[i+2] == "of" && !ofBefore {
					cut(i+2, i+3)
				}
			}
		}
		i++
	}
	// A connector between two cut phrases ("stage 1 through stage 4")
	// goes with them.
	for k := range toks {
		if remove[k] || !rangeWord[toks[k].Norm] {
			continue
		}
		p, n := k-1, k+1
		for p >= 0 && toks[p].Kind == text.Punct {
			p--
		}
		for n < len(toks) && toks[n].Kind == text.Punct {
			n++
		}
		if p >= 0 && n < len(toks) && remove[p] && remove[n] {
			remove[k] = true
		}
	}
	// "with" followed by the words the name already ends with says nothing
	// ("Hypertensive chronic kidney disease with [stage 1 through stage 4]
	// chronic kidney disease").
	var kept []int
	for k, tk := range toks {
		if !remove[k] && tk.Kind != text.Punct {
			kept = append(kept, k)
		}
	}
	for j, k := range kept {
		if toks[k].Norm != "with" || j == 0 || j == len(kept)-1 {
			continue
		}
		tail := kept[j+1:]
		if len(tail) > j {
			continue
		}
		same := true
		for m, q := range tail {
			if toks[q].Norm != toks[kept[j-len(tail)+m]].Norm {
				same = false
				break
			}
		}
		if same {
			for _, q := range kept[j:] {
				remove[q] = true
			}
			break
		}
	}
	// A connector whose object was cut ("ulcer of lower leg with
	// [unspecified severity]") does not end the name.
	for k := len(toks) - 1; k >= 0; k-- {
		if remove[k] || toks[k].Kind == text.Punct {
			continue
		}
		if !danglingWord[toks[k].Norm] {
			break
		}
		remove[k] = true
	}
	var b strings.Builder
	prevEnd := -1
	for k, tk := range toks {
		if remove[k] {
			continue
		}
		if b.Len() > 0 && tk.Start != prevEnd {
			b.WriteByte(' ')
		}
		b.WriteString(tk.Text)
		prevEnd = tk.End
	}
	name := strings.Trim(b.String(), " -")
	if name == "" {
		return strings.TrimSpace(t)
	}
	return strings.ToUpper(name[:1]) + name[1:]
}

// nameSegments returns the part of a title a message names: the text before
// its first comma, which is what follows it is an axis or a residual
// ("Heart failure, unspecified", "..., initial encounter"), unless that
// comma is inside a list of sites ("Strain of muscle, fascia and tendon of
// lower back, initial encounter" named "Strain of muscle" left the physician
// guessing which muscle). A segment continues the name when it has an "and"
// and does not start with an axis value or a residual word.
func (g *Engine) nameSegments(t string) string {
	segs := strings.Split(t, ",")
	n := len(segs[0])
	for _, seg := range segs[1:] {
		ws := words(seg)
		if len(ws) == 0 || !slices.Contains(ws, "and") || residualWord[ws[0]] {
			break
		}
		if _, _, m := g.lx.match(ws, 0, true); m > 0 {
			break
		}
		n += 1 + len(seg)
	}
	if n == 0 {
		return t
	}
	return t[:n]
}

// residualWord starts a title segment that is no part of the condition's
// name: "except ankle", "not elsewhere classified", "other and unspecified".
var residualWord = map[string]bool{"unspecified": true, "except": true, "not": true, "other": true,
	"including": true, "initial": true, "subsequent": true, "sequela": true}

// rangeWord joins two values of an axis ("stage 1 through stage 4").
var rangeWord = map[string]bool{"through": true, "to": true, "or": true}

// danglingWord holds the title words that need an object after them.
var danglingWord = map[string]bool{"with": true, "without": true, "of": true, "and": true, "or": true,
	"in": true, "due": true, "to": true, "at": true, "on": true, "for": true, "by": true, "affecting": true}

// sectionCodes lists the billable codes of a tabular block.
func (g *Engine) sectionCodes(section string) []*codeset.Code { return g.sections[section] }

// Warm precomputes the title analysis and the family of every code of the
// code set (1.2-1.9 s of one core, +63 MB) and returns when done. A server
// starts it in a goroutine right after New (`go g.Warm()`): start-up is not
// delayed, and once it is done no keystroke pays for the first prompt of a
// condition (7 ms for a dozen conditions on a cold engine). Batch tools and
// tests skip it. Calling it is never needed for correctness; it is safe to
// call any number of times, concurrently: the work runs once and every
// caller returns when it is done.
func (g *Engine) Warm() {
	g.warmOnce.Do(func() { go g.warm() })
	<-g.warmDone
}

// warm runs in one goroutine: title analyses first (every family needs
// them), then the families of the non-injury codes (most prompts), then the
// 7th-character codes, whose families share one body per condition.
func (g *Engine) warm() {
	defer close(g.warmDone)
	all := g.cs.All()
	for _, c := range all {
		g.info(c)
	}
	for _, c := range all {
		if !is7th(c) {
			g.familyOf(c)
		}
	}
	for _, c := range all {
		if is7th(c) {
			g.familyOf(c)
		}
	}
}

// info returns the cached title analysis of a code.
func (g *Engine) info(c *codeset.Code) *titleInfo {
	if ti := g.infos.load(c); ti != nil {
		return ti
	}
	return g.infos.loadOrStore(c, g.lx.analyse(c))
}

// familyOf returns the cached family of a code.
func (g *Engine) familyOf(c *codeset.Code) *family {
	if fam := g.families.load(c); fam != nil {
		return fam
	}
	return g.families.loadOrStore(c, g.buildFamily(c))
}

// codeCache is a lazily filled per-code cache, safe for concurrent use. It
// is a slice indexed by the code's position in its set (a keystroke reads it
// for every finding: a pointer-keyed sync.Map hashed an interface each time);
// codes from elsewhere, which only tests make, fall back to a map.
type codeCache[T any] struct {
	cs    *codeset.Set
	slots []atomic.Pointer[T]
	other sync.Map // *codeset.Code -> *T
}

func newCodeCache[T any](cs *codeset.Set) *codeCache[T] {
	return &codeCache[T]{cs: cs, slots: make([]atomic.Pointer[T], len(cs.All()))}
}

// load returns the cached value of c, or nil.
func (k *codeCache[T]) load(c *codeset.Code) *T {
	if i, ok := k.cs.Position(c); ok {
		return k.slots[i].Load()
	}
	if v, ok := k.other.Load(c); ok {
		return v.(*T)
	}
	return nil
}

// loadOrStore caches v for c unless a value is there already, and returns
// the one cached.
func (k *codeCache[T]) loadOrStore(c *codeset.Code, v *T) *T {
	if i, ok := k.cs.Position(c); ok {
		if k.slots[i].CompareAndSwap(nil, v) {
			return v
		}
		return k.slots[i].Load()
	}
	got, _ := k.other.LoadOrStore(c, v)
	return got.(*T)
}

// sortFeats orders features by the label order of their axes.
func (lx *lexicon) sortFeats(fs []feat) {
	sort.SliceStable(fs, func(i, j int) bool { return lx.axes[fs[i].axis].order < lx.axes[fs[j].axis].order })
}
