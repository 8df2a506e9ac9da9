package gaps

import (
	"slices"
	"strings"

	"notecoder/cdi/codeset"
	"notecoder/cdi/model"
	"notecoder/cdi/text"
)

// Some Alphabetic Index entries list what an ambiguous word may mean instead
// of giving a code: "Diabetes, uncontrolled, meaning hyperglycemia - see
// Diabetes, by type, with hyperglycemia / meaning hypoglycemia - see ...",
// "Stroke, meaning cerebral hemorrhage / cerebral infarction". The coder
// codes such a mention to the entry's default (E11.9, I63.9), but the
// guidelines require the provider to say which meaning applies. These
// clarification prompts are built here from the index, not per disease: the
// options are the entry's meanings, each coding to the code the index gives
// for it, resolved for the category the finding was coded to ("by type":
// E11.65 for type 2 diabetes, E10.65 for type 1).
//
// The gap engine reads the ambiguity from the finding's sentence, the way it
// reads the axis values a sentence settles: the sentence holds the entry's
// words ("diabetes" ... "uncontrolled") and none of the words that name one
// of its meanings. The coder is unchanged; the keystroke cost is one map
// look-up per prompting finding, and a scan of its sentence only for the few
// categories an entry can apply to.

// meaningEntry is an index entry with a "meaning" subterm.
type meaningEntry struct {
	name   string       // "Diabetes, uncontrolled": the entry as cited, first alternative of each title
	groups [][][]string // the entry's words: one alternative (all its words) of each group must be in the sentence
	main   string       // the main term's title: a finding the coder read through it has its words (Why)
	settle []string     // stems whose presence says which meaning the text means
	own    string       // the code the index gives the entry itself (nearest coded term above it)
	// nos: own's tabular inclusion terms name the entry NOS ("Stroke NOS"
	// at I63.9): a finding coded own is the entry's word however the note
	// wrote it ("CVA", "cerebrovascular accident"), so it need not say it.
	nos bool
}

// meaningAns is an entry's question for one category of finding code.
type meaningAns struct {
	e     *meaningEntry
	ans   *answer
	codes []string // the options' codes: a finding already coded to one is settled
}

// stemLen is the prefix length by which a settling word is compared, so
// "infarct" settles "infarction" and "hemorrhagic" settles "hemorrhage".
const stemLen = 6

func stem(w string) string {
	if len(w) > stemLen {
		return w[:stemLen]
	}
	return w
}

// normWords returns the normalised words of s (as the sentence tokens have them).
func normWords(s string) []string {
	var out []string
	for _, t := range text.Tokenize(s) {
		if t.Kind != text.Punct {
			out = append(out, t.Norm)
		}
	}
	return out
}

// buildMeanings finds the index entries with a "meaning" subterm and
// prepares their question per category of finding code.
func (g *Engine) buildMeanings() {
	ix := g.cs.Index()
	if ix == nil {
		return
	}
	g.meanings = map[string][]*meaningAns{}
	g.meanCats = g.meanCats.reset(nCatSlots)
	var walk func(t *codeset.Term)
	walk = func(t *codeset.Term) {
		for _, k := range t.Children {
			if strings.EqualFold(strings.TrimSpace(k.Title), "meaning") && len(k.Children) >= 2 {
				g.addMeaning(ix, t, k)
				continue
			}
			walk(k)
		}
	}
	for _, t := range ix.Terms {
		walk(t)
	}
}

// meaningOpt is one meaning with its code per finding category.
type meaningOpt struct {
	label string
	byCat map[string]string // category -> code ("" key: the same code whatever the category)
}

// addMeaning registers the entry t whose subterm m lists the meanings.
func (g *Engine) addMeaning(ix *codeset.Index, t, m *codeset.Term) {
	e := &meaningEntry{}
	var names []string
	seen := map[string]bool{}
	for x := t; x != nil; x = x.Parent {
		var alts [][]string
		for _, a := range strings.Split(x.Title, ", ") {
			if ws := normWords(a); len(ws) > 0 {
				alts = append(alts, ws)
				for _, w := range ws {
					seen[w] = true
				}
			}
		}
		if len(alts) == 0 {
			return
		}
		e.groups = append(e.groups, alts)
		e.main = x.Title
		names = append(names, strings.TrimSpace(strings.Split(x.Title, ", ")[0]))
	}
	slices.Reverse(names)
	var nemod []string
	for x := t; x != nil && e.own == ""; x = x.Parent {
		nemod = append(nemod, x.Nemod...)
		e.own = x.Code
	}
	e.name = strings.Join(names, ", ")
	if c, ok := g.cs.Lookup(e.own); ok && len(e.groups) == 1 {
		for _, inc := range c.Inclusion {
			if strings.EqualFold(strings.TrimSpace(inc), e.name+" NOS") {
				e.nos = true
			}
		}
	}
	var opts []meaningOpt
	count := map[string]int{}
	for _, k := range m.Children {
		label, target := k.Title, k.See
		words := label // the meaning as the index words it: what settles it
		// "cerebral hemorrhage - code to Hemorrhage, intracranial" is a see reference
		if i := strings.Index(label, " - code to "); i >= 0 {
			target = []string{label[i+len(" - code to "):]}
			label = label[:i]
			words = label
			// the option names what it codes to, in the words the
			// index reads it by ("Hemorrhage, intracranial" ->
			// "intracranial hemorrhage"): "cerebral hemorrhage" alone
			// reads as intracerebral (I61.9), not the I62.9 meant
			if p := strings.Split(target[0], ", "); len(p) == 2 {
				label = p[1] + " " + strings.ToLower(strings.Split(p[0], ", ")[0])
			}
		}
		label = strings.TrimSpace(label)
		o := meaningOpt{label: label, byCat: map[string]string{}}
		switch {
		case k.Code != "":
			o.byCat[""] = indexCode(k.Code)
		case len(target) == 1:
			path := strings.Split(target[0], ", ")
			if len(path) >= 2 && path[len(path)-2] == "with" {
				o.label = "with " + label // written after the condition, as the index links it
			}
			resolveSee(ix, path, o.byCat)
		}
		if len(o.byCat) == 0 {
			return // a meaning the index does not code (a table): no one-click question
		}
		opts = append(opts, o)
		for _, w := range uniq(normWords(words)) {
			count[w]++
		}
	}
	for w, n := range count {
		// a word every meaning has ("cerebral") or the entry's own words
		// ("malignant" mole) says nothing about which one
		if n < len(opts) && !seen[w] && len(w) > 2 {
			e.settle = append(e.settle, stem(w))
		}
	}
	// the entry's own code is one of its meanings ("Stroke (embolic)
	// (ischemic) I63.9", meaning cerebral infarction): its nonessential
	// modifiers name that meaning
	for _, o := range opts {
		if o.byCat[""] == e.own && e.own != "" {
			for _, n := range nemod {
				for _, w := range normWords(n) {
					if !seen[w] && len(w) > 2 {
						e.settle = append(e.settle, stem(w))
					}
				}
			}
		}
	}
	slices.Sort(e.settle)
	e.settle = slices.Compact(e.settle)
	// the categories the entry can apply to: those its options code to
	cats := map[string]bool{}
	for _, o := range opts {
		for cat, code := range o.byCat {
			if cat == "" {
				cat = categoryOf(code)
			}
			cats[cat] = true
		}
	}
	for cat := range cats {
		ma := &meaningAns{e: e}
		var oc []optCode
		for _, o := range opts {
			code, ok := o.byCat[cat]
			if !ok {
				code, ok = o.byCat[""]
			}
			if !ok {
				return
			}
			c, ok := g.cs.Lookup(code)
			if !ok || !c.Billable {
				return
			}
			oc = append(oc, optCode{label: o.label, code: c})
			ma.codes = append(ma.codes, c.Code)
		}
		ma.ans = &answer{kind: "specificity", options: oc,
			message: e.name + ": meaning not documented"}
		ma.ans.std = slices.Clip(withStandardOptions(oc, false))
		g.meanings[cat] = append(g.meanings[cat], ma)
		if i, ok := catSlot(cat); ok {
			g.meanCats.set(i)
		}
	}
}

func uniq(ws []string) []string {
	slices.Sort(ws)
	return slices.Compact(ws)
}

// resolveSee follows an index path ("Diabetes, by type, with,
// hyperglycemia") and records the code it reaches; a "by type" step is taken
// into every subterm of the term before it, so the code depends on the type
// (the category) the finding was coded to.
func resolveSee(ix *codeset.Index, path []string, byCat map[string]string) {
	by := slices.Index(path, "by type")
	if by < 0 {
		if t := ix.Navigate(path...); t != nil && t.Code != "" {
			byCat[""] = indexCode(t.Code)
		}
		return
	}
	head := ix.Navigate(path[:by]...)
	if head == nil {
		return
	}
	for _, k := range head.Children {
		if t := descendPath(k, path[by+1:]); t != nil && t.Code != "" {
			if code, cat := indexCode(t.Code), categoryOf(t.Code); byCat[cat] == "" {
				byCat[cat] = code
			}
		}
	}
}

// indexCode is an index entry's code without the "-" that marks a code
// the tabular list completes ("F10.-" stays a category, not billable, and
// is then not offered; "I63.9-" is I63.9).
func indexCode(code string) string {
	return strings.TrimSuffix(strings.TrimSuffix(code, "-"), ".")
}

func descendPath(t *codeset.Term, path []string) *codeset.Term {
	if len(path) == 0 {
		return t
	}
	for _, c := range t.Sub(path[0]) {
		if r := descendPath(c, path[1:]); r != nil {
			return r
		}
	}
	return nil
}

// mayMean reports whether a finding coded code could take a meaning
// question (a residual code of a category some entry codes to): one map
// look-up, so findings the specificity prompts skip cost nothing more.
func (g *Engine) mayMean(code string) bool {
	if len(code) < 3 || code[len(code)-1] != '9' {
		return false
	}
	i, ok := catSlot(code)
	return ok && g.meanCats.has(i)
}

// catSlot numbers a category (letter, then two letters or digits) for the
// meanCats bitset, so the per-finding test is a bit, not a map look-up.
func catSlot(code string) (uint16, bool) {
	b36 := func(c byte) (int, bool) {
		switch {
		case c >= '0' && c <= '9':
			return int(c - '0'), true
		case c >= 'A' && c <= 'Z':
			return int(c-'A') + 10, true
		}
		return 0, false
	}
	if code[0] < 'A' || code[0] > 'Z' {
		return 0, false
	}
	x, ok1 := b36(code[1])
	y, ok2 := b36(code[2])
	if !ok1 || !ok2 {
		return 0, false
	}
	return uint16((int(code[0]-'A')*36+x)*36 + y), true
}

// nCatSlots is the number of catSlot values.
const nCatSlots = 26 * 36 * 36

// meaningFor returns the clarification question for the finding fd, coded
// c (family fam, nil when none) and read in the sentence toks, or nil: the
// sentence uses an entry's ambiguous words, says none of its meanings, and c
// is the entry's default (an unspecified or residual code), not one of the
// meanings' codes unless it is the entry's own code (Stroke I63.9 is also
// what "meaning cerebral infarction" codes to), and every meaning of c's
// category is a refinement of c (C43.59, melanoma of the trunk, is not
// asked back to C43.9). others are the findings around it (same offsets as
// toks): an ambiguous word that qualifies one of them is not fd's.
func (g *Engine) meaningFor(c *codeset.Code, fam *family, fd *model.Finding, others []model.Finding, toks []text.Token) *answer {
	if !g.mayMean(c.Code) {
		return nil
	}
	// the sentence's words first: they rule out almost every finding
	for _, ma := range g.meanings[c.Code[:3]] {
		if !ma.e.matches(fd, others, toks) || (c.Code != ma.e.own && slices.Contains(ma.codes, c.Code)) {
			continue
		}
		refines := true
		for _, o := range ma.codes {
			if o != c.Code && o[:3] == c.Code[:3] && (fam == nil || !fam.contains(o)) {
				refines = false
			}
		}
		if refines && unspecLike(c, g.info(c)) {
			return ma.ans
		}
	}
	return nil
}

// matches reports whether the sentence has the entry's words and no word
// that settles its meaning. The main term's words may also be the coder's:
// a finding whose index path (Why) starts at the main term was read through
// it, however the note spelled it ("T2DM, uncontrolled"). A subterm word
// inside another finding's evidence or right before it ("uncontrolled
// hypertension") qualifies that finding.
func (e *meaningEntry) matches(fd *model.Finding, others []model.Finding, toks []text.Token) bool {
	other := func(pos int) bool {
		for i := range others {
			f := &others[i]
			if f == fd || f.Code == fd.Code {
				continue
			}
			for _, sp := range f.Evidence {
				if sp.Start <= pos && pos < sp.End {
					return true
				}
			}
		}
		return false
	}
	has := func(w string, sub bool) bool {
		for k, t := range toks {
			if t.Norm != w {
				continue
			}
			if !sub {
				return true
			}
			next := k + 1
			for next < len(toks) && toks[next].Kind == text.Punct {
				next++
			}
			if other(t.Start) || (next == k+1 && next < len(toks) && other(toks[next].Start)) {
				continue
			}
			return true
		}
		return false
	}
	last := len(e.groups) - 1
	for gi, alts := range e.groups {
		if gi == last && (strings.HasPrefix(fd.Why, e.main) || e.nos && fd.Code == e.own) {
			continue // the main term: the coder read the mention through it, or its NOS code
		}
		ok := false
		for _, a := range alts {
			all := true
			for _, w := range a {
				if !has(w, gi != last) {
					all = false
					break
				}
			}
			if all {
				ok = true
				break
			}
		}
		if !ok {
			return false
		}
	}
	for _, t := range toks {
		if t.Kind != text.Punct && slices.Contains(e.settle, stem(t.Norm)) {
			return false
		}
	}
	return true
}
