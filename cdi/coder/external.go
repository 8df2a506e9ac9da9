package coder

import (
	"slices"
	"strings"

	"notecoder/cdi/codeset"
	"notecoder/cdi/model"
	"notecoder/cdi/text"
)

// External cause codes (ICD-10-CM chapter 20, V00-Y99; guideline I.C.20)
// say how an injury happened. They are not mandatory nationally but are
// encouraged, and are read from the External Cause of Injuries Index the
// way conditions are read from the disease index: the same compiled index
// structure and the same walker, rooted at the main terms of
// data/external_heads.txt (the mechanisms a note states: "fell", "bitten",
// "struck by"; not the index's catch-all terms such as Injury or Exposure,
// whose X58 says nothing).
//
// A section names the cause (often the history: "fell from a ladder"); the
// note decides whether it is coded (externalCauses): only with a present
// injury whose code does not itself carry the cause and intent (I.C.20.a.1,
// a.8), with the injury's encounter as its 7th character (I.C.20.a.2).
// The place (Y92) is read from the index's "Place of occurrence" entry for
// the place words of data/external_words.tsv ("fell at home", "on the
// sidewalk"), only beside a cause the same sentence names (a bare "home"
// is often the place of the visit or of residence, not of the event), once
// per note at the initial encounter (I.C.20.b); an unstated place codes no
// Y92.9.
// The activity (Y93) is read from the "Activity" entry after the words that
// open it ("while playing basketball", data/external_words.tsv), beside the
// sentence's cause, once per note at the initial encounter (I.C.20.c); the
// status (Y99) from the words abbrev.tsv gives "work-related".

// RuleExternal marks an external cause code (chapter 20).
const RuleExternal = "external-cause"

// extIndex is the compiled External Cause of Injuries Index.
type extIndex struct {
	ix *index
	// head[w]: w (as the note writes it) starts a main term of
	// data/external_heads.txt; a section without one skips the pass.
	head []bool
	// form maps a note's word to the index's ("fell" -> "fall",
	// data/external_words.tsv), in the walk's own copy of the words.
	form map[wid]wid
	// twice maps a note word of form to the subterms, of the main term it
	// is read as, that the word itself names: "fight" is the index's
	// "Assault" (a stabbing "during a fight" is Assault, stab, knife X99.1)
	// and that term's subterm too (Assault, fight Y04.0: "punched during a
	// fight"), so the walk tries the subterm as a reading of its own.
	twice map[wid][]*node
	// other holds the words that, in the clause of a head, give it a sense
	// that is no external cause ("a fall in hemoglobin", "fall risk",
	// data/external_not.txt).
	other map[wid]bool
	// otherOf[h] holds the words that give the head h (in the index's
	// form) another sense only ("the knife slipped": a tool that
	// slipped is no fall of the patient, while "cut with a knife" is
	// the cause itself; data/external_not.txt rows "head<TAB>word").
	otherOf map[wid]map[wid]bool
	// vehVerb maps a verb to the index word it is read as when a vehicle
	// is its subject or object ("his car hit a tree": Collision,
	// data/external_vehicle.tsv); vehicle holds the vehicle words.
	vehVerb map[wid]wid
	vehicle map[wid]bool
	person  map[wid]bool
	// vague holds the bare codes of the heads data/external_heads.txt
	// marks vague (X58, W19, V89.9): kept only when the note names no
	// other external cause.
	vague map[string]bool
	// activity is the index word "activity" (Y93), whose subterms are
	// read only after the words that open it ("while playing
	// basketball"), not from the cause before them ("slipped on ice
	// while walking" is walking, not an activity on ice).
	activity wid
	// place is the index word "place" (Place of occurrence, Y92).
	// placeWord holds the note's place words (data/external_words.tsv
	// rows of "place"): each is read as the subterm it names under Place
	// of occurrence (twice) and further down from there ("kitchen at
	// home": home, see residence, kitchen), not as a walk of the main
	// term that picks another place word ("on the sidewalk outside his
	// house" is the sidewalk). The word keeps its own reading for the
	// other entries ("a pedestrian hit by a car on the street" is a
	// traffic accident).
	place     wid
	placeWord map[wid]bool
	// placeRest[n] holds the words of the place subterm n after the
	// place word that starts it ("nursing home": home), which the note
	// must say too; none for a title of alternatives ("street and
	// highway" is either).
	placeRest map[*node][]wid
}

// loadExternal compiles the external cause index against the lexicon. It
// runs in New before the lexicon freezes (it adds the index's words).
func (e *Engine) loadExternal() {
	ei := e.cs.ExternalIndex()
	if ei == nil || len(ei.Terms) == 0 {
		return
	}
	ei = externalAdds(ei)
	restore := e.lx.overlayExternal(ei)
	x := extIndex{ix: buildIndexOf(e.lx, e.cs, ei, nil), form: map[wid]wid{}, other: map[wid]bool{}, vague: map[string]bool{}}
	restore()
	keep := map[string]bool{}
	for _, f := range rows("external_heads.txt") {
		title := f[0]
		keep[stripTitle(title)] = true
		if len(f) > 1 && f[1] == "vague" {
			for _, n := range x.ix.byTitle[stripTitle(title)] {
				if n.code != "" {
					x.vague[n.code] = true
				}
			}
		}
	}
	var filter func(t *trie) bool
	filter = func(t *trie) bool {
		terms := t.terms[:0]
		for _, n := range t.terms {
			if keep[n.lt] {
				terms = append(terms, n)
			}
		}
		t.terms = terms
		for w, nx := range t.next {
			if !filter(nx) {
				delete(t.next, w)
			}
		}
		return len(t.terms) > 0 || len(t.next) > 0
	}
	filter(x.ix.heads)
	// A "without" subterm is no default in this index: "Tripping" with
	// nothing more said is not "Tripping, without fall" (W18.40); the
	// patient who tripped and was injured most often fell. (The walker
	// takes an entry's "without" subterm when the note says nothing more,
	// right for "Migraine, without aura", not for an event.)
	var noDefault func(n *node, depth int)
	noDefault = func(n *node, depth int) {
		if depth > maxDepth {
			return
		}
		n.without = nil
		for _, ks := range [][]*node{n.kids, n.conn, n.withKids} {
			for _, k := range ks {
				noDefault(k, depth+1)
			}
		}
	}
	for _, m := range x.ix.mains {
		noDefault(m, 0)
		m.event = true
	}
	x.ix.freezeRoot()
	x.ix.freezeSigs()
	x.place = oneWord(e.lx, "place")
	x.placeWord = map[wid]bool{}
	for _, f := range rows("external_words.tsv") {
		to := oneWord(e.lx, f[0])
		if to == x.place {
			for _, v := range f[1:] {
				if w := oneWord(e.lx, v); w != 0 {
					x.placeWord[w] = true
				}
			}
			continue
		}
		for _, v := range f[1:] {
			if from := oneWord(e.lx, v); from != 0 && to != 0 {
				x.form[from] = to
			}
		}
	}
	x.twice = map[wid][]*node{}
	for from, to := range x.form {
		if hn := x.ix.heads.next[to]; hn != nil {
			for _, m := range hn.terms {
				x.twice[from] = append(x.twice[from], m.byWord[from]...)
			}
		}
	}
	// (A note's place word is read as the main term, walked from there;
	// the note's own "place" heads no walk, and no note says
	// "occurrence".)
	if hn := x.ix.heads.next[x.place]; hn != nil && hn.next[oneWord(e.lx, "occurrence")] != nil {
		hn = hn.next[oneWord(e.lx, "occurrence")]
		x.placeRest = map[*node][]wid{}
		for from := range x.placeWord {
			for _, m := range hn.terms {
				x.twice[from] = append(x.twice[from], m.byWord[from]...)
				for _, n := range m.byWord[from] {
					if len(n.req) > 1 && len(n.alts) == 0 && !strings.Contains(n.lt, " and ") && !strings.Contains(n.lt, " or ") && !strings.Contains(n.lt, ",") {
						x.placeRest[n] = n.req[1:]
					}
				}
			}
		}
	}
	x.otherOf = map[wid]map[wid]bool{}
	for _, f := range rows("external_not.txt") {
		if len(f) == 1 {
			if w := oneWord(e.lx, f[0]); w != 0 {
				x.other[w] = true
			}
			continue
		}
		hw, w := oneWord(e.lx, f[0]), oneWord(e.lx, f[1])
		if hw == 0 || w == 0 {
			continue
		}
		if x.otherOf[hw] == nil {
			x.otherOf[hw] = map[wid]bool{}
		}
		x.otherOf[hw][w] = true
	}
	x.vehVerb, x.vehicle, x.person = map[wid]wid{}, map[wid]bool{}, map[wid]bool{}
	for _, f := range rows("external_vehicle.tsv") {
		if set := map[string]map[wid]bool{"vehicle": x.vehicle, "person": x.person}[f[0]]; set != nil {
			for _, v := range f[1:] {
				if w := oneWord(e.lx, v); w != 0 {
					set[w] = true
				}
			}
			continue
		}
		to := oneWord(e.lx, f[0])
		for _, v := range f[1:] {
			if from := oneWord(e.lx, v); from != 0 && to != 0 {
				x.vehVerb[from] = to
			}
		}
	}
	n := len(e.lx.v.words)
	x.head = make([]bool, n)
	for from, to := range x.vehVerb {
		if x.ix.heads.next[to] != nil {
			x.head[from] = true
		}
	}
	for w := range x.ix.heads.next {
		x.head[w] = true
	}
	for from, to := range x.form {
		if x.ix.heads.next[to] != nil {
			x.head[from] = true
		}
	}
	x.activity = oneWord(e.lx, "activity")
	for w := range x.placeWord {
		x.head[w] = true
	}
	e.ext = x
}

// externalAdds returns ei with the subterms of data/external_add.tsv added
// (a see reference each, under the entry the row names): the External
// Cause Index files a fall from a nonmotorized scooter under "Fall, from,
// off, out of" with a reference to its transport accident, but a fall from
// a bicycle only under "Accident, transport, pedal cyclist, noncollision
// accident", words no note says. The terms on the way are copied, so the
// code set's own index (shared by every engine) is left as it is.
func externalAdds(ei *codeset.Index) *codeset.Index {
	rs := rows("external_add.tsv")
	if len(rs) == 0 {
		return ei
	}
	out := &codeset.Index{Terms: slices.Clone(ei.Terms), Columns: ei.Columns}
	for _, f := range rs {
		if len(f) != 3 {
			continue
		}
		path := strings.Split(f[0], ">")
		// find returns the index of the child of ts titled t (as
		// stripTitle reads titles), or -1.
		find := func(ts []*codeset.Term, t string) int {
			return slices.IndexFunc(ts, func(x *codeset.Term) bool { return stripTitle(x.Title) == stripTitle(strings.TrimSpace(t)) })
		}
		i := find(out.Terms, path[0])
		if i < 0 {
			continue
		}
		cp := *out.Terms[i]
		cp.Children = slices.Clone(cp.Children)
		out.Terms[i] = &cp
		cur := &cp
		for _, p := range path[1:] {
			k := find(cur.Children, p)
			if k < 0 {
				cur = nil
				break
			}
			c := *cur.Children[k]
			c.Children = slices.Clone(c.Children)
			c.Parent = cur
			cur.Children[k] = &c
			cur = &c
		}
		if cur == nil {
			continue
		}
		if k := find(cur.Children, f[1]); k >= 0 {
			// The entry already has the subterm ("Place of occurrence,
			// house", which only groups the abandoned house and the one
			// under construction and refers on to the bare residence by a
			// see also): the row gives it the reference to follow.
			c := *cur.Children[k]
			c.See = append(slices.Clone(c.See), f[2])
			c.Parent = cur
			cur.Children[k] = &c
			continue
		}
		cur.Children = append(cur.Children, &codeset.Term{Title: f[1], Level: cur.Level + 1, See: []string{f[2]}, Parent: cur})
	}
	return out
}

// overlayExternal adds to the lexicon, for the compilation of the external
// cause index only, the connectors of data/external_connectors.txt and the
// groupings of data/external_implied.tsv; the function it returns takes
// them out again, so the disease index keeps its own reading of the same
// words.
func (lx *lexicon) overlayExternal(ei *codeset.Index) func() {
	var conns, nears, ors, prefixes []string
	// The external index's subterms list other names of one thing with
	// commas ("stairs, steps", "bonfire, campfire", "boat, ship,
	// watercraft NEC"): each name alone selects the entry.
	var walk func(t *codeset.Term)
	walk = func(t *codeset.Term) {
		for _, c := range t.Children {
			if k := stripTitle(lx.unsaid(c.Title)); strings.Contains(k, ",") && !lx.commaOr[k] {
				lx.commaOr[k] = true
				ors = append(ors, k)
			}
			walk(c)
		}
	}
	for _, t := range ei.Terms {
		walk(t)
	}
	for _, l := range lines("external_connectors.txt") {
		k := strings.Join(normWords(l), " ")
		if !lx.connectors[k] {
			lx.connectors[k] = true
			conns = append(conns, k)
		}
		if !lx.nearConn[k] {
			lx.nearConn[k] = true
			nears = append(nears, k)
		}
	}
	type pair struct{ m, g string }
	var added []pair
	for _, f := range rows("external_implied.tsv") {
		if len(f) != 2 {
			continue
		}
		// (Keyed as buildIndexOf keys a main term: by its one content
		// word, "struck by" -> "struck".)
		m, g := strings.Join(normWords(f[0]), " "), strings.Join(normWords(f[1]), " ")
		if ws := lx.ids(f[0]); len(ws) == 1 {
			m = lx.v.words[ws[0]]
		} else if strings.Contains(f[0], ">") {
			// A grouping further down ("fall > from, off, out of"
			// > "stairs, steps": "fell off the curb" is Fall, from,
			// stairs, steps, curb, W10.1).
			var ps []string
			m, ps = lx.impliedPath(f[0])
			for _, p := range ps {
				if !lx.impliedPrefix[p] {
					lx.impliedPrefix[p] = true
					prefixes = append(prefixes, p)
				}
			}
		}
		if lx.implied[m] == nil {
			lx.implied[m] = map[string]bool{}
		}
		if !lx.implied[m][g] {
			lx.implied[m][g] = true
			added = append(added, pair{m, g})
		}
	}
	return func() {
		for _, p := range prefixes {
			delete(lx.impliedPrefix, p)
		}
		for _, k := range ors {
			delete(lx.commaOr, k)
		}
		for _, k := range conns {
			delete(lx.connectors, k)
		}
		for _, k := range nears {
			delete(lx.nearConn, k)
		}
		for _, p := range added {
			delete(lx.implied[p.m], p.g)
			if len(lx.implied[p.m]) == 0 {
				delete(lx.implied, p.m)
			}
		}
	}
}

// oneWord returns the word id of a one-word data entry, or 0.
func oneWord(lx *lexicon, s string) wid {
	w := normOne(strings.TrimSpace(s))
	if w == "" || strings.Contains(w, " ") {
		return 0
	}
	return lx.v.add(w)
}

// externalCands adds, for each sentence with a head of the external index,
// the external cause its words lead to (at most one per sentence: "slipped
// on ice and fell" is one event, W00.0, not also the bare fall). They are
// added after the condition readings are chosen: a cause shares its words
// with the injury ("burn from hot coffee" is the burn and how it happened)
// and competes with none of them.
func (e *Engine) externalCands(sb *scratchBuf, vts []vt, sentOf []int32, sents []text.Sentence, cands []cand) []cand {
	x := &e.ext
	if x.ix == nil {
		return cands
	}
	first := -1
	for k := range vts {
		if w := vts[k].w; int(w) < len(x.head) && x.head[w] {
			first = k
			break
		}
	}
	if first < 0 {
		return cands
	}
	// The walk reads its own copy of the words, in the index's forms.
	ws := slices.Clone(vts)
	for k := range ws {
		if to, ok := x.form[ws[k].w]; ok {
			ws[k].w = to
		}
		if k > 0 && ws[k].conj && ws[k].clause != ws[k-1].clause && sentOf[k] == sentOf[k-1] {
			// "tripped on the sidewalk and fell": the clauses an "and"
			// joins tell one event, read as one (Fall, same level,
			// from tripping, W01.0). (The disease walk keeps them
			// apart: "obesity and hypertension" are two conditions.)
			c := ws[k].clause
			for m := k; m < len(ws) && ws[m].clause == c; m++ {
				ws[m].clause, ws[m].conj = ws[k-1].clause, false
			}
		}
	}
	x.vehicleCollisions(vts, ws)
	used := make([]bool, len(ws))
	for first > 0 && sentOf[first-1] == sentOf[first] {
		first-- // from the start of the head's sentence
	}
	for a := first; a < len(ws); {
		b := a
		for b < len(ws) && sentOf[b] == sentOf[a] {
			b++
		}
		c, ok, circ, circOK := e.externalSentence(sb, x, vts, ws, used, a, b)
		for _, r := range [3]struct {
			c  cand
			ok bool
		}{{c, ok}, {circ[0], circOK[0]}, {circ[1], circOK[1]}} {
			if !r.ok {
				continue
			}
			c := r.c
			si := int(sentOf[a])
			c.sent = si
			if si < len(sents) {
				c.sentS, c.sentE = int32(sents[si].Span.Start), int32(sents[si].Span.End)
			}
			cands = append(cands, c)
		}
		a = b
	}
	return cands
}

// vehicleCollisions reads, in the walk's copy ws of the words vts, a verb
// of data/external_vehicle.tsv as its index word (Collision) when a vehicle
// word is its object (the word after it, or after an owner: "crashed her
// car into a wall") or its subject (one of the two words before it in its
// clause: "his car hit a tree") and what follows it is no person ("a car
// hit him" is Struck by); no "by" follows the verb ("was hit by a car").
func (x *extIndex) vehicleCollisions(vts, ws []vt) {
	if len(x.vehVerb) == 0 {
		return
	}
	in := func(k, at int) bool { return at < len(vts) && vts[at].clause == vts[k].clause }
	for k := range vts {
		to, ok := x.vehVerb[vts[k].w]
		if !ok || vts[k].byNext || !in(k, k+1) {
			continue
		}
		nx := vts[k+1].w
		veh := x.vehicle[nx] || x.person[nx] && in(k, k+2) && x.vehicle[vts[k+2].w]
		for m := k - 1; m >= max(k-2, 0) && !veh && !x.person[nx] && vts[m].clause == vts[k].clause; m-- {
			veh = x.vehicle[vts[m].w]
		}
		if veh {
			ws[k].w = to
		}
	}
}

// externalNearMore is how many words past the disease walk's near window
// (nearRight) an external cause's object may stand after its head: the
// history names the injured part between them, with its side ("cut his
// right index finger with a kitchen knife": Cut, see also Contact, with,
// knife W26.0), and the injury code, not the cause, reads those words.
const externalNearMore = 3

// externalSentence walks the external index from each head of sentence
// [a, b) and returns the best reading. A reading whose code the best one's
// Excludes1 names (a definite note, not a "NOS" one), and which reads a
// word the best one did not, wins instead: the tabular sends the event
// there ("slipped and fell on the ice": Fall, due to, slipping W01.0
// excludes "fall ... due to ice or snow (W00.0)", which Slipping, on, ice
// reads).
func (e *Engine) externalSentence(sb *scratchBuf, x *extIndex, vts, ws []vt, used []bool, a, b int) (cand, bool, [2]cand, [2]bool) {
	var best cand
	found := false
	// circ holds the best activity (Y93, [0]) and place (Y92, [1])
	// readings, coded beside the cause, not instead of it (I.C.20.b, c).
	var circ [2]cand
	var circOK [2]bool
	sb.nearMore = externalNearMore
	defer func() { sb.nearMore = 0 }()
	var rb [4]cand
	rivals := rb[:0] // the other readings, for the Excludes1 check
	take := func(c cand) {
		if k := circumstanceSlot(c.code); k >= 0 {
			// The activity (Y93) and the place (Y92) are coded
			// beside the cause, not instead of it (I.C.20.b, c):
			// each its own best reading.
			if !circOK[k] || c.score > circ[k].score {
				circ[k], circOK[k] = c, true
			}
			return
		}
		if !found || c.score > best.score {
			if found {
				rivals = append(rivals, best)
			}
			best, found = c, true
		} else {
			rivals = append(rivals, c)
		}
	}
	for i := a; i < b; i++ {
		if w := ws[i].w; x.placeWord[w] && !x.otherSenseAs(ws, a, b, i, x.place) {
			// (Walked as the main term's word, so that the
			// subterm it leads to is not read from it again:
			// "kitchen at home" is home, see residence, kitchen.)
			ws[i].w = x.place
			for _, n := range x.twice[w] {
				if !saysAfter(ws, i, b, x.placeRest[n]) {
					continue
				}
				if c, ok := e.walkHit(sb, ws, used, a, b, i, i+1, n); ok && placeCode(c.code) {
					take(c)
				}
			}
			ws[i].w = w
		}
		cur := x.ix.head(ws[i].w)
		if cur == nil || ws[i].w == 0 {
			continue
		}
		if x.otherSense(ws, a, b, i) {
			continue
		}
		for _, n := range x.twice[vts[i].w] {
			if c, ok := e.walkHit(sb, ws, used, a, b, i, i+1, n); ok && chapter20(c.code) {
				take(c)
			}
		}
		for j := i; j < b; j++ {
			if j > i {
				nx := cur.next[ws[j].w]
				if nx == nil || ws[j].w == 0 {
					break
				}
				cur = nx
			}
			lo := a
			if ws[i].w == x.activity {
				lo = i
			}
			for _, n := range cur.terms {
				c, ok := e.walkHit(sb, ws, used, lo, b, i, j+1, n)
				if !ok || !chapter20(c.code) {
					continue
				}
				take(c)
			}
		}
	}
	if found && len(rivals) > 0 {
		best = e.excludedRival(best, rivals)
	}
	// The place locates the cause the sentence names ("slipped on ice
	// on the sidewalk"): a place word in a sentence without one ("home
	// medications", "discharged home") is no place of occurrence.
	circOK[1] = circOK[1] && found
	return best, found, circ, circOK
}

// saysAfter reports whether the words of a place subterm after its first
// (extIndex.placeRest) follow position i of ws, in order, before b: the place word
// is one word of the subterm's name ("nursing home", Place of occurrence,
// nursing home), and the note must say the whole name ("a nursing student"
// is in no nursing home).
func saysAfter(ws []vt, i, b int, rest []wid) bool {
	for k, w := range rest {
		if i+1+k >= b || ws[i+1+k].w != w {
			return false
		}
	}
	return true
}

// circumstanceSlot returns 0 for an activity code (Y93), 1 for a place
// code (Y92), -1 for any other.
func circumstanceSlot(code string) int {
	switch {
	case activityCode(code):
		return 0
	case placeCode(code):
		return 1
	}
	return -1
}

// placeCode reports a place of occurrence code (Y92): where the patient
// was when injured, read from the index's "Place of occurrence" entry.
func placeCode(code string) bool {
	return strings.HasPrefix(code, "Y92")
}

// circumstanceCode reports a place (Y92), activity (Y93) or status (Y99)
// code: the circumstances of an injury, not its cause.
func circumstanceCode(code string) bool {
	return strings.HasPrefix(code, "Y92") || strings.HasPrefix(code, "Y93") || strings.HasPrefix(code, "Y99")
}

// activityCode reports an activity code (Y93): what the patient was doing
// when injured, read from the index's "Activity" entry beside the cause.
func activityCode(code string) bool {
	return strings.HasPrefix(code, "Y93")
}

// excludedRival returns the rival whose code a definite Excludes1 note of
// best's code names and that reads a word best did not (the word the
// exclusion is about), else best.
func (e *Engine) excludedRival(best cand, rivals []cand) cand {
	ci, ok := e.cs.Lookup(best.code)
	if !ok {
		return best
	}
	refs := e.noteRefs(ci, 'd')
	if len(refs) == 0 {
		return best
	}
	for _, r := range rivals {
		if r.code == best.code || !slices.ContainsFunc(r.pos, func(p int) bool { return !slices.Contains(best.pos, p) }) {
			continue
		}
		k := undot(r.code)
		for _, rg := range refs {
			if rg.covers(k) {
				return r
			}
		}
	}
	return best
}

// otherSense reports whether the clause of the head at i has a word of
// data/external_not.txt, for any head or for this head's own word.
func (x *extIndex) otherSense(ws []vt, a, b, i int) bool {
	return x.otherSenseAs(ws, a, b, i, ws[i].w)
}

// otherSenseAs is otherSense for the word at i read as the head h (a place
// word as "place": "home safety counseling").
func (x *extIndex) otherSenseAs(ws []vt, a, b, i int, h wid) bool {
	own := x.otherOf[h]
	for k := i - 1; k >= a && ws[k].clause == ws[i].clause; k-- {
		if x.other[ws[k].w] || own[ws[k].w] {
			return true
		}
	}
	for k := i + 1; k < b && ws[k].clause == ws[i].clause; k++ {
		if x.other[ws[k].w] || own[ws[k].w] {
			return true
		}
	}
	return false
}

// chapter20 reports a code of chapter 20, External causes of morbidity.
func chapter20(code string) bool {
	return code != "" && code[0] >= 'V' && code[0] <= 'Y'
}

// causeNeeded reports an injury or other condition of chapter 19 that an
// external cause code goes with (I.C.20.a.1): S00-T34 and T66-T79
// (data/code_blocks.tsv "cause" and "causeless" rows). The
// poisonings, adverse effects, underdosings and toxic effects (T36-T65)
// name the cause and intent in their own code (I.C.20.a.8); abuse (T74,
// T76) and complications of care (T80-T88) take other chapter 20 codes
// than the mechanisms read here.
func causeNeeded(code string) bool {
	r := codeBlocks()
	for _, b := range r.cause {
		if inBlock(code, b) {
			return !hasAnyPrefix(code, r.causeless)
		}
	}
	return false
}

// bareCode is code without its 7th character and placeholders
// ("W19.XXXA" -> "W19", "V89.9XXA" -> "V89.9").
func bareCode(code string) string {
	if k := strings.IndexByte(code, '.'); k >= 0 && len(code)-k-1 == 4 {
		code = code[:len(code)-1]
	}
	return strings.TrimSuffix(strings.TrimRight(code, "X"), ".")
}

// encounterClass maps an injury code's 7th character to the encounter it
// states: 'A' initial, 'D' subsequent, 'S' sequela (I.C.19.a: B and C are
// initial encounters for open fractures; D-R subsequent ones).
func encounterClass(code string) byte {
	k := strings.IndexByte(code, '.')
	if k < 0 || len(code)-k-1 != 4 {
		return 0
	}
	switch c := code[len(code)-1]; {
	case c == 'A' || c == 'B' || c == 'C':
		return 'A'
	case c == 'S':
		return 'S'
	case c >= 'D' && c <= 'R':
		return 'D'
	}
	return 0
}

// externalCauses applies guideline I.C.20 to the note's codes: an external
// cause is kept only when present and when the note codes a present
// injury that takes one, and its 7th character is that injury's encounter
// (I.C.20.a.2: the first such injury's, the one it most likely explains).
// Without such an injury the present findings of external causes go too:
// a documentation prompt about a code that is not reported would be noise.
// A note coding suspected abuse (T76, data/code_blocks.tsv "nocause") keeps
// none (I.C.19.f).
func (e *Engine) externalCauses(codes []model.Code, finds []model.Finding) ([]model.Code, []model.Finding) {
	has := false
	for i := range codes {
		if chapter20(codes[i].Code) {
			has = true
			break
		}
	}
	if !has {
		return codes, finds
	}
	var enc byte
	injured, abused := false, false
	// activityOK: an injury the activity code goes with (I.C.20.c).
	activityOK := false
	nc := codeBlocks().noCause
	for i := range codes {
		c := &codes[i]
		if c.Assertion == model.Present && hasAnyPrefix(c.Code, nc) {
			// Suspected abuse (T76): no external cause or perpetrator
			// code (I.C.19.f, data/code_blocks.tsv "nocause"); the
			// account of the injury is what is suspected.
			injured, abused = false, false
			break
		}
		if c.Assertion == model.Present && confirmedAbuse(c.Code) {
			// A confirmed abuse takes its perpetrator's code
			// (I.C.19.f) whether or not an injury is coded.
			abused = true
		}
		if c.Assertion == model.Present && causeNeeded(c.Code) {
			injured = true
			activityOK = activityOK || !hasAnyPrefix(c.Code, codeBlocks().noActivity) && encounterClass(c.Code) != 'S'
			if x := encounterClass(c.Code); x != 0 && enc == 0 {
				enc = x
			}
		}
	}
	specific := false
	for i := range codes {
		// (A place, activity or status says nothing of how the
		// injury happened: beside one, "fell" keeps its W19.)
		if c := &codes[i]; chapter20(c.Code) && c.Assertion == model.Present && !e.ext.vague[bareCode(c.Code)] && !circumstanceCode(c.Code) {
			specific = true
		}
	}
	// cause: a cause the place code follows (I.C.20.b: Y92 is a
	// secondary code, used after another external cause code).
	cause := false
	for i := range codes {
		if c := &codes[i]; chapter20(c.Code) && c.Assertion == model.Present && !circumstanceCode(c.Code) && c.Rule != RuleBloodAlcohol && c.Rule != RulePerpetrator {
			cause = true
		}
	}
	drop := make([]bool, len(codes))
	any, activity, place := false, false, false
	for i := range codes {
		c := &codes[i]
		if !chapter20(c.Code) {
			continue
		}
		if c.Rule == RuleBloodAlcohol {
			// The level goes with the alcohol involvement it measures
			// (Y90 "code first F10"), coded with it by bloodAlcohol.
			continue
		}
		if c.Rule == RulePerpetrator {
			if !abused || c.Assertion != model.Present {
				drop[i], any = true, true
			}
			continue
		}
		if !injured || c.Assertion != model.Present || specific && e.ext.vague[bareCode(c.Code)] {
			drop[i], any = true, true
			continue
		}
		if activityCode(c.Code) {
			// One activity code, at the initial encounter only
			// (I.C.20.c): not with a subsequent or sequela encounter.
			if enc != 0 && enc != 'A' || activity || !activityOK {
				drop[i], any = true, true
				continue
			}
			activity = true
		}
		if placeCode(c.Code) {
			// One place code, at the initial encounter only, after
			// the cause it locates (I.C.20.b); like the activity, not
			// beside an adverse effect alone.
			if enc != 0 && enc != 'A' || place || !activityOK || !cause {
				drop[i], any = true, true
				continue
			}
			place = true
		}
		c.Rule = RuleExternal
		if x, ok := e.cs.Lookup(c.Code); ok && !x.Billable && encounterClass(c.Code) == 0 {
			// A code added since the FY2023 tabular ("W44.A1 Button
			// battery entering into or through a natural orifice") has
			// no 7th-character definitions to read it by: its codes are
			// the order file's, the injury's encounter (initial when
			// none) with placeholders.
			ch := enc
			if ch == 0 {
				ch = 'A'
			}
			if alt := withSeventh(c.Code, ch); alt != c.Code {
				if _, ok := e.cs.Lookup(alt); ok {
					c.Code, c.Title = alt, e.title(alt)
					c.Why += "; 7th character of the injury's encounter (I.C.20.a.2)"
				}
			}
		}
		if enc != 0 && encounterClass(c.Code) != 0 && c.Code[len(c.Code)-1] != enc {
			alt := c.Code[:len(c.Code)-1] + string(enc)
			if _, ok := e.cs.Lookup(alt); ok {
				c.Code, c.Title = alt, e.title(alt)
				c.Why += "; 7th character of the injury's encounter (I.C.20.a.2)"
			}
		}
	}
	if any {
		codes = compactCodes(codes, drop)
	}
	if !injured {
		kept := finds[:0]
		for _, f := range finds {
			if !chapter20(f.Code) || f.Assertion != model.Present {
				kept = append(kept, f)
			}
		}
		finds = kept
	}
	return codes, finds
}
