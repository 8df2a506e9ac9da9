package coder

import (
	"slices"
	"sort"
	"strings"

	"notecoder/cdi/model"
	"notecoder/cdi/text"
)

// RuleOrganism marks an infectious agent coded for a condition whose
// tabular entry asks for it ("use additional code (B95-B97) to identify
// infectious agent").
const RuleOrganism = "organism"

// organism is an agent the index lists under "Infection, bacterial (or
// virus), as cause of disease classified elsewhere": the words that name it
// and its B95-B97 code.
type organism struct {
	words []wid
	code  string
	title string
	// genus: words is the genus of a species the index writes as its
	// nonessential modifier elsewhere ("Pneumonia, Klebsiella
	// (pneumoniae)"), so the genus alone names the species; not when a
	// word the vocabulary does not know (another species) follows it.
	genus bool
}

// loadOrganisms collects the agents of the index's "as cause of disease
// classified elsewhere" groupings under Infection (Enterococcus B95.2,
// Klebsiella pneumoniae B96.1, Proteus B96.4 ...).
func (e *Engine) loadOrganisms() {
	var walk func(n *node, depth int)
	walk = func(n *node, depth int) {
		if depth > 3 {
			return
		}
		for _, k := range append(n.kids[:len(n.kids):len(n.kids)], n.conn...) {
			// (The grouping's title is words a note never says, so the
			// index keeps it among the connector kids.)
			if strings.HasPrefix(k.lt, "as cause of disease classified elsewhere") {
				if nec := agentCause().bacterialNEC; nec != "" && strings.HasPrefix(k.code, nec) && e.bacterialNEC == "" {
					// "Infection, bacterial NOS, as cause of disease
					// classified elsewhere" B96.89: a bacterium the
					// grouping does not list.
					e.bacterialNEC = k.code
				}
				for _, o := range k.kids {
					if o.code == "" || !agentCode(o.code) {
						continue
					}
					// "Escherichia coli [E. coli]": the bracket is an
					// abbreviation of the name, not more words of it.
					name, _, _ := strings.Cut(o.title, "[")
					if ws := e.lx.ids(name); len(ws) > 0 {
						e.organisms = append(e.organisms, organism{words: ws, code: o.code, title: o.title})
					}
				}
				continue
			}
			walk(k, depth+1)
		}
	}
	for _, n := range e.ix.byTitle["infection"] {
		if n.parent == nil {
			walk(n, 0)
		}
	}
	e.addGenusOrganisms()
	e.gramNeg = map[wid]bool{}
	for _, f := range rows("gram_negative.txt") {
		e.gramNeg[e.lx.v.add(normOne(f[0]))] = len(f) > 1 && f[1] == "anaerobic"
	}
	// (Found once here: the walk asks for it at every entry it ends on.)
	e.gramKid = map[*node]*node{}
	var find func(n *node)
	find = func(n *node) {
		g := false
		for _, k := range n.kids {
			if !g && k.code != "" && (strings.HasPrefix(k.lt, "gram-negative") || strings.HasPrefix(k.lt, "gram negative")) {
				e.gramKid[n], g = k, true
				n.gram = true
			}
			find(k)
		}
	}
	for _, m := range e.ix.mains {
		find(m)
	}
}

// addGenusOrganisms adds, for each two-word organism ("Klebsiella
// pneumoniae", B96.1) whose species the index writes elsewhere as the only
// nonessential modifier of the genus ("Pneumonia, Klebsiella (pneumoniae)"
// J15.0; not "Bacteroides (fragilis) (oralis)", which lists several), the
// genus alone as a name of it: the index reads "Klebsiella" as K.
// pneumoniae.
func (e *Engine) addGenusOrganisms() {
	for i, n := 0, len(e.organisms); i < n; i++ {
		o := e.organisms[i]
		if len(o.words) == 2 && e.ix.genusOpt[[2]wid{o.words[0], o.words[1]}] {
			e.organisms = append(e.organisms, organism{words: o.words[:1], code: o.code, title: o.title, genus: true})
		}
	}
}

// addOrganisms codes, in each sentence that has a condition asking for its
// infectious agent, an agent the sentence names that no code of the
// sentence names already ("urinary tract infection due to Enterococcus":
// N39.0 and B95.2; "Klebsiella pneumonia", J15.0, names its agent). The
// agent is read from the section's words (vts, sentence sentOf), as the
// other phrase tables are, so abbreviations count ("E. coli").
func (e *Engine) addOrganisms(toks []text.Token, vts []vt, sentOf []int32, sents []text.Sentence, out *SectionResult) {
	if len(e.organisms) == 0 || len(out.Codes) == 0 {
		return
	}
	n := len(out.Codes)
	for ci := 0; ci < n; ci++ {
		c := out.Codes[ci]
		si := e.agentSentence(c, sents)
		if si < 0 {
			continue
		}
		for oi := range e.organisms {
			o := &e.organisms[oi]
			span, ok := namesOrganism(vts, sentOf, int32(si), o.words, o.genus)
			if !ok || e.agentCoded(out.Codes, sents, si, o) || agentWithin(out.Codes, span) || testedAgent(toks, span) {
				continue
			}
			out.Codes = append(out.Codes, model.Code{
				System: c.System, Code: o.code, Title: e.title(o.code), Assertion: c.Assertion, Section: c.Section,
				Evidence: []model.Span{span}, Confidence: c.Confidence, Rule: RuleOrganism,
				Why: "infectious agent of " + c.Code + " (its use-additional note; Infection, as cause of disease classified elsewhere, " + o.title + ")",
			})
		}
	}
	e.addUnlistedAgents(vts, sentOf, sents, out, n)
	if len(out.Codes) > n {
		out.Codes = mergeCodesInPlace(out.Codes)
	}
}

// testedAgent reports whether the agent named at span is a test still to do
// or to follow (data/agent_cause.tsv "tested" rows right before it, with an
// optional "for": "f/u H pylori", "test for H pylori"; "testedafter" rows
// right after it: "H pylori pending"): the cause is not confirmed, and only
// a confirmed one is coded (IV.H).
func testedAgent(toks []text.Token, span model.Span) bool {
	r := agentCause()
	k := sort.Search(len(toks), func(i int) bool { return toks[i].Start >= span.Start })
	t := sort.Search(len(toks), func(i int) bool { return toks[i].Start >= span.End })
	for _, end := range [2]int{k, k - 1} {
		if end < k && (end < 0 || toks[end].Norm != "for") {
			continue
		}
		for _, v := range r.tested {
			if at := end - len(v); at >= 0 && normPhraseAt(v, toks, at, end) {
				return true
			}
		}
	}
	return timePhraseAt(r.testedAfter, toks, t, len(toks))
}

// agentSentence returns the sentence of a reported code whose tabular asks
// for its infectious agent (a use-additional B95-B97 note), or -1.
func (e *Engine) agentSentence(c model.Code, sents []text.Sentence) int {
	if !reportable(c) || !e.asksAgent(c.Code) {
		return -1
	}
	return sentenceAt(sents, c.Evidence[0].Start)
}

// addUnlistedAgents codes, for a condition of out.Codes[:n] asking for its
// agent whose sentence names a gram-negative genus (data/gram_negative.txt)
// and no agent code, the grouping's own code for a bacterium it does not
// list ("urinary tract infection due to Klebsiella oxytoca", "Acinetobacter
// UTI": N39.0 and B96.89, Infection, bacterial NOS, as cause of disease
// classified elsewhere).
func (e *Engine) addUnlistedAgents(vts []vt, sentOf []int32, sents []text.Sentence, out *SectionResult, n int) {
	if e.bacterialNEC == "" || len(e.gramNeg) == 0 {
		return
	}
	for ci := 0; ci < n; ci++ {
		c := out.Codes[ci]
		si := e.agentSentence(c, sents)
		if si < 0 {
			continue
		}
		k0, _ := slices.BinarySearch(sentOf, int32(si))
		at := -1
		for k := k0; k < len(vts) && sentOf[k] == int32(si) && at < 0; k++ {
			if _, ok := e.gramNeg[vts[k].w]; ok && vts[k].w != 0 {
				at = k
			}
		}
		if at < 0 || slices.ContainsFunc(out.Codes, func(o model.Code) bool {
			return agentCode(o.Code) && sentenceAt(sents, o.Evidence[0].Start) == si
		}) {
			continue
		}
		span := model.Span{Start: int(vts[at].start), End: int(vts[at].end)}
		if at+1 < len(vts) && vts[at+1].w == 0 && sentOf[at+1] == int32(si) {
			span.End = int(vts[at+1].end) // the species
		}
		out.Codes = append(out.Codes, model.Code{
			System: c.System, Code: e.bacterialNEC, Title: e.title(e.bacterialNEC), Assertion: c.Assertion, Section: c.Section,
			Evidence: []model.Span{span}, Confidence: c.Confidence, Rule: RuleOrganism,
			Why: "infectious agent of " + c.Code + " (its use-additional note; Infection, bacterial NOS, as cause of disease classified elsewhere: a gram-negative bacterium it does not list)",
		})
	}
}

// asksAgent reports whether code's tabular notes ask for an infectious
// agent code (B95-B97).
func (e *Engine) asksAgent(code string) bool {
	if v, ok := e.agent.get(code); ok {
		return v
	}
	c, ok := e.cs.Lookup(code)
	asks := hasAnyPrefix(code, agentCause().asks)
	for i := 0; ok && i < len(c.UseAdditional) && !asks; i++ {
		t := c.UseAdditional[i].Text
		for _, p := range agentCause().bacterial {
			asks = asks || strings.Contains(t, p)
		}
	}
	return e.agent.put(code, asks)
}

// namesOrganism finds the words of an organism together in sentence si; a
// genus alone (genus) is not followed by a word the vocabulary does not
// know ("Klebsiella oxytoca").
func namesOrganism(vts []vt, sentOf []int32, si int32, words []wid, genus bool) (model.Span, bool) {
	// (sentOf is in order: the sentence's words start where a binary
	// search finds them, and end where sentOf moves on.)
	k0, _ := slices.BinarySearch(sentOf, si)
	for k := k0; k+len(words) <= len(vts) && sentOf[k] == si; k++ {
		if sentOf[k+len(words)-1] == si && wordsAt(vts, k, words) {
			if n := k + len(words); genus && n < len(vts) && vts[n].w == 0 && sentOf[n] == si && vts[n].clause == vts[k].clause {
				continue
			}
			return model.Span{Start: int(vts[k].start), End: int(vts[k+len(words)-1].end)}, true
		}
	}
	return model.Span{}, false
}

// agentWithin reports whether an agent code already coded was read from
// words that hold span: "methicillin-resistant Staph aureus" is B95.62, and
// the "Staphylococcus aureus" inside it (or inside the "MRSA" it expands)
// is no second agent (B95.61).
func agentWithin(codes []model.Code, span model.Span) bool {
	for _, c := range codes {
		if !agentCode(c.Code) {
			continue
		}
		for _, ev := range c.Evidence {
			if ev.Start <= span.Start && span.End <= ev.End {
				return true
			}
		}
	}
	return false
}

// agentCoded reports whether a code of sentence si already names the
// agent (its code, or a title with the agent's first word: J15.0
// "Pneumonia due to Klebsiella pneumoniae").
func (e *Engine) agentCoded(codes []model.Code, sents []text.Sentence, si int, o *organism) bool {
	first := e.lx.v.words[o.words[0]]
	for _, c := range codes {
		if c.Code == o.code {
			return true
		}
		if sentenceAt(sents, c.Evidence[0].Start) == si && containsFold(c.Title, first) {
			return true
		}
	}
	return false
}

// namedAgent returns the catch-all subterm of an infection's entry that the
// agent the note names stands for, with the positions it reads, or nil. The
// index lists some agents under the infection ("Sepsis, Escherichia coli",
// "Sepsis, Staphylococcus, aureus") and files every other one under its
// "specified NEC" subterm, which no note says:
//   - a species written after a listed genus that has no subterm of its own
//     ("sepsis due to Staphylococcus hominis") is the genus's "specified NEC"
//     (A41.1), not the unspecified genus (A41.2);
//   - a gram-negative genus (data/gram_negative.txt) the entry does not
//     list ("Klebsiella pneumoniae sepsis", "Acinetobacter sepsis") is the
//     entry's "Gram-negative" subterm (Sepsis A41.5, refined to "Other
//     Gram-negative sepsis" A41.59 by the caller), an anaerobe its
//     "anaerobic" one (A41.4);
//   - another bacterium of "Infection, as cause of disease classified
//     elsewhere" (B95-B96) that the entry does not list ("sepsis due to
//     Enterococcus") is the entry's "specified organism NEC" (Sepsis
//     A41.89), not its "unspecified organism" (A41.9).
//
// Viruses (B97) are left out: "specified organism NEC" is a bacterial code
// under some entries (Meningitis G00.8).
func (e *Engine) namedAgent(w *walker, root, last *node, path []step) (*node, []int) {
	if k, at := e.namedAgentOf(w, root, last, path); k != nil {
		return k, at
	}
	if last != root && last.code != "" && last.parent != nil && last.parent.lt == "due to" {
		// The walk reached a cause the entry files under its own "due
		// to" ("Endocarditis, due to, prosthetic cardiac valve" T82.6):
		// that is the reading, the bacterium named beside it the agent
		// of the infection the complication's code asks for beside it,
		// not a reason to read the "bacterial" catch-all instead.
		return nil, nil
	}
	return e.anySiteAgent(w, root)
}

// anySiteAgent returns root's subterm for a bacterial cause at any of its
// sites (data/agent_cause.tsv "anysite"), with the positions of the
// bacterium the window names, or nil: "mitral valve endocarditis due to
// Streptococcus viridans" is the index's "Endocarditis, bacterial (any
// valve)" (I33.0, the agent's B95 code beside it), not the valve's own
// entry (Endocarditis, mitral I05.9, a rheumatic disease).
func (e *Engine) anySiteAgent(w *walker, root *node) (*node, []int) {
	if root.anyAgent == nil {
		return nil, nil
	}
	if at := e.bacteriumAt(w); at != nil {
		return root.anyAgent, at
	}
	return nil, nil
}

// bacteriumAt returns the positions of a bacterium of "Infection, as cause
// of disease classified elsewhere" (B95-B96) that the window names and the
// walk has not read, or nil.
func (e *Engine) bacteriumAt(w *walker) []int {
	bacterial := agentCause().bacterial
	for oi := range e.organisms {
		o := &e.organisms[oi]
		if !hasAnyPrefix(o.code, bacterial) {
			continue
		}
		for i := w.lo; i+len(o.words) <= w.hi; i++ {
			if !w.unreadWordsAt(i, o.words) {
				continue
			}
			return spanPositions(i, len(o.words))
		}
	}
	return nil
}

// unreadWordsAt reports whether the window's tokens at i spell words and
// the walk has read none of them: an agent the note names beside what the
// walk took.
func (w *walker) unreadWordsAt(i int, words []wid) bool {
	return wordsAt(w.toks, i, words) && !slices.Contains(w.used[i:i+len(words)], true)
}

// spanPositions returns the n token positions from i on, the evidence of
// words read there.
func spanPositions(i, n int) []int {
	at := make([]int, n)
	for k := range at {
		at[k] = i + k
	}
	return at
}

// namedAgentOf is namedAgent for the agents an entry files under its own
// catch-alls.
func (e *Engine) namedAgentOf(w *walker, root, last *node, path []step) (*node, []int) {
	if len(path) > 0 {
		if last.code == "" {
			return nil, nil
		}
		pos := path[len(path)-1].pos
		if len(pos) == 0 {
			return nil, nil
		}
		p := pos[len(pos)-1]
		if int(w.toks[p].w) >= len(e.flags) || e.flags[w.toks[p].w]&flagOrganism == 0 {
			return nil, nil
		}
		saved := w.head
		w.head = p
		k := w.species()
		w.head = saved
		if k < 0 {
			return nil, nil
		}
		if last.specNEC != nil {
			return last.specNEC, []int{k}
		}
		return nil, nil
	}
	if last != root || root.code == "" {
		return nil, nil
	}
	// (The stain's subterm stands on its own: Pneumonia files other
	// agents under "specified NEC, organism NEC" J16.8, no agent catch-all
	// of its own, but lists "gram-negative bacteria NEC" J15.6.)
	if k, at := e.gramNegative(w, root); k != nil {
		if root.agentNEC != nil && root.agentNEC.code != "" && e.unspecifiedCode(k.code) {
			// "Meningitis, gram-negative cocci" is G00.9, "Bacterial
			// meningitis, unspecified": the stain's subterm says no
			// more than an unnamed organism, and a genus the note names
			// ("Acinetobacter meningitis") is the entry's "specified
			// organism NEC" (G00.8).
			return root.agentNEC, at
		}
		return k, at
	}
	h := root.agentNEC
	if h == nil {
		return nil, nil
	}
	bacterial := agentCause().bacterial
	for oi := range e.organisms {
		o := &e.organisms[oi]
		if !hasAnyPrefix(o.code, bacterial) {
			continue
		}
		for i := w.lo; i+len(o.words) <= w.hi; i++ {
			if !w.unreadWordsAt(i, o.words) {
				continue
			}
			if n := i + len(o.words); o.genus && n < len(w.toks) && w.toks[n].w == 0 && w.toks[n].clause == w.toks[i].clause {
				continue // "Klebsiella oxytoca": another species
			}
			if len(root.code) >= 3 && e.titleNames(root.code[:3], e.lx.v.words[o.words[0]]) {
				// "Sepsis due to Pseudomonas" (A41.52) is a code the
				// tabular gained after the index: its title reads the
				// agent (refine), the catch-all would hide it. (Asked
				// only of an agent the window names: the walk of the
				// category's titles was a twentieth of a section's
				// coding when asked of every agent.)
				break
			}
			return h, spanPositions(i, len(o.words))
		}
	}
	return nil, nil
}

// unspecifiedCode reports whether an index code ("G00.9", "J15.6-") is one
// the tabular titles "unspecified".
func (e *Engine) unspecifiedCode(code string) bool {
	t, ok := e.cs.Lookup(strings.TrimRight(code, "-."))
	return ok && unspecifiedTitle(t.Title)
}

// gramNegative returns the "Gram-negative" subterm of root ("Sepsis,
// Gram-negative (organism)" A41.5; its "anaerobic" subterm A41.4 for an
// anaerobe) when the note names a gram-negative genus
// (data/gram_negative.txt) the entry does not list, with the genus's
// position: the index files such an agent under its stain, not under the
// entry's "specified organism NEC" (A41.89).
func (e *Engine) gramNegative(w *walker, root *node) (*node, []int) {
	if len(e.gramNeg) == 0 {
		return nil, nil
	}
	if !root.gram {
		return nil, nil
	}
	g := e.gramKid[root]
	for i := w.lo; i < w.hi; i++ {
		anaerobic, ok := e.gramNeg[w.toks[i].w]
		if !ok || w.toks[i].w == 0 || w.used[i] {
			continue
		}
		if anaerobic {
			for _, k := range g.kids {
				if k.lt == "anaerobic" && k.code != "" {
					return k, []int{i}
				}
			}
		}
		return g, []int{i}
	}
	return nil, nil
}

// otherGramNegative returns the tabular's child of a gram-negative code
// for the genus the note names at token i: the child whose title names the
// genus and the word after it ("Sepsis due to Acinetobacter baumannii"
// A41.54), else the residual ("Other Gram-negative sepsis" A41.59). The
// refine would take the unspecified child (A41.50), which is for the stain
// alone ("gram negative sepsis"), or a species the note did not name.
func (e *Engine) otherGramNegative(w *walker, code string, i int) string {
	genus := e.lx.v.words[w.toks[i].w]
	next := ""
	if j := i + 1; j < len(w.toks) && w.toks[j].w != 0 && w.toks[j].clause == w.toks[i].clause {
		next = e.lx.v.words[w.toks[j].w]
	}
	other := ""
	// (The index writes an incomplete code with a dash: "J15.6-".)
	for _, c := range e.cs.Children(strings.TrimRight(code, "-.")) {
		if len(e.cs.Children(c.Code)) > 0 {
			continue
		}
		if next != "" && containsFold(c.Title, genus) && containsFold(c.Title, genus+" "+next) {
			return c.Code
		}
		if otherTitle(c.Title) && containsFold(c.Title, "gram-negative") {
			other = c.Code
		}
	}
	if other == "" {
		return code
	}
	return other
}

// agentWord is the word of an index catch-all for an agent the entry does
// not list ("Sepsis, specified organism NEC").
const agentWord = "organism"

// catchAllRest returns the words of a catch-all subterm's title less
// "specified" and "NEC" ("specified organism NEC": organism).
func catchAllRest(lx *lexicon, title string) []string {
	var rest []string
	for _, s := range lx.normed(title) {
		if s != "specified" && s != "nec" {
			rest = append(rest, s)
		}
	}
	return rest
}

// titleNames reports whether a code under category cat has a title with
// word (case folded).
func (e *Engine) titleNames(cat, word string) bool {
	var walk func(code string, depth int) bool
	walk = func(code string, depth int) bool {
		for _, c := range e.cs.Children(code) {
			if containsFold(c.Title, word) || depth < 3 && walk(c.Code, depth+1) {
				return true
			}
		}
		return false
	}
	return walk(cat, 0)
}

// agentsBefore finds the infectious agents named in [lo, k) in the clause
// of k (an organism of data's B95-B96 list, its species word, a
// gram-negative genus of data/gram_negative.txt and an unknown word after
// it): the first one's position (-1 without) and a mask of the agent words
// from there.
func (e *Engine) agentsBefore(vts []vt, lo, k int) (int, uint64) {
	first, keep := -1, uint64(0)
	for p := max(lo, k-63); p < k; p++ {
		if vts[p].clause != vts[k].clause {
			continue
		}
		m := 0
		if _, ok := e.gramNeg[vts[p].w]; ok && vts[p].w != 0 {
			m = 1
			if p+1 < k && vts[p+1].w == 0 {
				m = 2 // "Proteus mirabilis"
			}
		}
		for oi := range e.organisms {
			o := &e.organisms[oi]
			if len(o.words) > m && p+len(o.words) <= k && wordsAt(vts, p, o.words) {
				m = len(o.words)
			}
		}
		if m == 0 {
			continue
		}
		if first < 0 {
			first = p
		}
		for q := p; q < p+m; q++ {
			keep |= 1 << (q - first)
		}
		p += m - 1
	}
	return first, keep
}
