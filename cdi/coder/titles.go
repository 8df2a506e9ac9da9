package coder

import (
	"cmp"
	"slices"
	"strings"

	"notecoder/cdi/codeset"
)

// titleMatcher is the second candidate source beside the Alphabetic Index:
// the tabular titles and inclusion terms of billable codes, matched order-free
// inside a clause with every content word required. It reaches conditions the
// index files under a word the note does not use ("localized enlarged lymph
// nodes", "scrotal pain", inclusion terms of "other" codes) and is built once
// in New.
type titleMatcher struct {
	phrases []tphrase
	// Phrases keyed by their rarest word, as a flat table: the phrases of
	// word w are keyIdx[keyOff[w]:keyOff[w+1]] (w < len(keyOff)-1).
	keyOff []int32
	keyIdx []int32
	// keySig is phrases[keyIdx[k]].sig beside keyIdx[k], so the
	// signature test that rejects most keyed phrases reads one sequential
	// slice instead of loading a phrase each.
	keySig []uint64
}

// tphrase is one normalised title or inclusion term.
type tphrase struct {
	code  *codeset.Code
	words []wid  // content words, all required
	sig   uint64 // wordSig of words: a clause without one of them skips the phrase cheaply
	incl  bool   // an inclusion term (not the code's own title)
	// without: a "without ..." or ", not ..." part was dropped from the
	// phrase ("Migraine without aura, intractable"): it matches the note
	// without it but does not replace an index reading that chose a
	// subterm for the same words ("Migraine, intractable"), whose code
	// assumes no such part (mergeTitles).
	without bool
	// wo holds the words of the dropped "without ..." part (nil when
	// none): an index entry read for the note that lists a "with" subterm
	// of those words (Arthritis, rheumatoid, with, rheumatoid factor)
	// codes the bare condition as unspecified, so the title does not
	// presume the part absent (indexNamesWith).
	wo []wid
}

// readSub reports an index candidate whose path ended on a subterm: the
// index chose the code for the words it read.
func (c *cand) readSub() bool {
	if c.tab || c.why.k == 0 {
		return false
	}
	n := c.why.parts[c.why.k-1].n
	return n != nil && n.parent != nil
}

// minTitleWords is the fewest content words a phrase needs: one-word titles
// and inclusion terms are the index's main terms and coded there.
const minTitleWords = 2

// maxClauseWords bounds the clause a phrase is matched in, so a pathological
// run-on line costs the same per word as a short sentence.
const maxClauseWords = 40

// buildTitles compiles the matcher from the billable codes of chapters 1-19
// (Z codes go through the history rules, injuries need a 7th character the
// window decides, external causes are not diagnoses).
func buildTitles(lx *lexicon, cs *codeset.Set) *titleMatcher {
	tm := &titleMatcher{}
	// data/title_drop.txt: title words that carry no requirement, the
	// tabular's defaults and catch-all markers.
	drop := map[wid]bool{}
	for _, w := range lines("title_drop.txt") {
		drop[lx.v.add(normOne(strings.TrimSpace(w)))] = true
	}
	var structs [][]wid
	for _, l := range lines("structure.txt") {
		structs = append(structs, titleWords(lx, strings.ReplaceAll(l, ">", " "), drop))
	}
	add := func(c *codeset.Code, s string, incl bool) {
		ws := titleWords(lx, s, drop)
		if len(ws) < minTitleWords {
			return
		}
		p := tphrase{code: c, words: ws, sig: wordSig(ws...), incl: incl, without: dropWithout(s) != s}
		if p.without {
			p.wo = titleWithoutWords(lx, stripParens(s))
		}
		tm.phrases = append(tm.phrases, p)
	}
	for _, c := range cs.All() {
		if !c.Billable || len(c.Code) < 3 || len(c.SevenChr) > 0 {
			continue
		}
		switch c.Code[0] {
		case 'U', 'V', 'W', 'X', 'Y', 'Z':
			continue
		}
		// (containsFold: the lower-cased title without a copy per code.)
		if containsFold(c.Title, "classified elsewhere") {
			// Manifestation codes ("Cardiomyopathy in diseases
			// classified elsewhere") are reached through the index's
			// etiology/manifestation pairs, never from their own words.
			continue
		}
		if containsFold(c.Title, "unspecified") || containsFold(c.Title, "not otherwise specified") {
			// The index reaches a category's default by itself; its
			// inclusion terms ("Backache NOS") add nothing specific.
			continue
		}
		// "Other specified disorders of kidney", "Desmoid tumor of other
		// site": a catch-all's title names no condition; its inclusion
		// terms do.
		if !containsFold(" "+c.Title, " other ") && !containsFold(c.Title, "specified") {
			add(c, c.Title, false)
		}
		for _, in := range c.Inclusion {
			if structureName(lx, in, drop, structs) {
				// "Aortic arch" (Q25.49): the anomaly in the tabular,
				// the vessel in a note (data/structure.txt).
				continue
			}
			if containsFold(in, "other specified") {
				// "Other specified gender dysphoria" (F64.8): the
				// residual kind, a catch-all as its title is; the
				// words left without "other specified" name the
				// condition itself, which the index codes elsewhere.
				continue
			}
			add(c, in, true)
		}
	}
	// Key each phrase by its rarest word so a note word looks up few
	// phrases.
	freq := map[wid]int{}
	for _, p := range tm.phrases {
		for _, w := range p.words {
			freq[w]++
		}
	}
	keys := make([]wid, len(tm.phrases))
	maxW := wid(0)
	for i, p := range tm.phrases {
		k := p.words[0]
		for _, w := range p.words[1:] {
			if freq[w] < freq[k] {
				k = w
			}
		}
		keys[i] = k
		maxW = max(maxW, k)
	}
	tm.keyOff = make([]int32, maxW+2)
	for _, k := range keys {
		tm.keyOff[k+1]++
	}
	for i := 1; i < len(tm.keyOff); i++ {
		tm.keyOff[i] += tm.keyOff[i-1]
	}
	tm.keyIdx = make([]int32, len(keys))
	tm.keySig = make([]uint64, len(keys))
	fill := append([]int32(nil), tm.keyOff...)
	for i, k := range keys {
		tm.keyIdx[fill[k]] = int32(i)
		tm.keySig[fill[k]] = tm.phrases[i].sig
		fill[k]++
	}
	return tm
}

// structureName reports an inclusion term whose words are those of an
// index entry of data/structure.txt (in any order).
func structureName(lx *lexicon, s string, drop map[wid]bool, structs [][]wid) bool {
	ws := titleWords(lx, s, drop)
	for _, st := range structs {
		if len(st) == len(ws) && allIn(ws, st) && allIn(st, ws) {
			return true
		}
	}
	return false
}

// titleWords normalises a tabular title or inclusion term into its required
// content words: parenthesised words are nonessential, "without ..." names a
// default, catch-all markers and stop words are dropped, comma inversions
// ("Pain, knee") are read order-free like the rest.
func titleWords(lx *lexicon, s string, drop map[wid]bool) []wid {
	s = dropWithout(stripParens(s))
	ids := lx.ids(s)
	// "Sepsis due to Pseudomonas": the first word of a two-word connector
	// is not read in notes (see Section), so it is not required.
	// (The title's words come from the chunk memo, not from tokenising
	// the whole title a second time.)
	var conn wid
	var ws []wid
	lx.eachChunk(s, func(cw []wid) { ws = append(ws, cw...) })
	if len(ws) > 2 {
		for k := 0; k+1 < len(ws); k++ {
			if second, ok := lx.connPair[ws[k]]; ok && ws[k+1] == second {
				conn = ws[k]
			}
		}
	}
	out := ids[:0]
	for _, w := range ids {
		if drop[w] || w == lx.wWith || w == conn && conn != 0 {
			continue
		}
		out = append(out, w)
	}
	return out
}

// dropWithout removes the "without ..." parts of a title: "without
// rheumatoid factor, right shoulder" names a default up to the next comma,
// the rest is still required.
func dropWithout(s string) string {
	if !containsFold(s, "without") && !containsFold(s, ", not ") {
		return s // (most titles: no lower-cased copy; New reads every title)
	}
	for {
		l := strings.ToLower(s)
		i := strings.Index(l, "without")
		if k := strings.Index(l, ", not "); k >= 0 && (i < 0 || k < i) {
			// ", not intractable": "not" is a stop word, and the
			// denied word would read the note's "intractable
			// migraine" as the title's "not intractable" one.
			i = k + 2
		}
		if i < 0 {
			return s
		}
		j := strings.IndexByte(s[i:], ',')
		if j < 0 {
			return s[:i]
		}
		s = s[:i] + s[i+j:]
	}
}

// titleWithoutWords returns the words of the "without ..." parts of a title,
// each up to the next comma ("Rheumatoid arthritis without rheumatoid
// factor, multiple sites": rheumatoid, factor).
func titleWithoutWords(lx *lexicon, s string) []wid {
	var out []wid
	l := strings.ToLower(s)
	for {
		i := strings.Index(l, "without ")
		if i < 0 {
			return out
		}
		l = l[i+len("without "):]
		part := l
		if j := strings.IndexByte(l, ','); j >= 0 {
			part = l[:j]
		}
		out = append(out, lx.ids(part)...)
	}
}

// indexNamesWith reports whether index node n, or a "with" connector
// below it, has a "with" subterm whose words are all in ws: the index
// then tells the condition with ws from the bare one, whose code is its
// own ("Arthritis, rheumatoid" M06.9 beside "with, rheumatoid factor"),
// and a title "without ws" is no default for it.
func indexNamesWith(n *node, ws []wid) bool {
	if n == nil || len(ws) == 0 {
		return false
	}
	has := func(ks []*node) bool {
		for _, k := range ks {
			if len(k.req) > 0 && allIn(k.req, ws) {
				return true
			}
		}
		return false
	}
	if has(n.withKids) {
		return true
	}
	for _, c := range n.conn {
		if c.lt == "with" && has(c.kids) {
			return true
		}
	}
	return false
}

// wordSig is a 64-bit Bloom signature of word ids: a phrase whose
// signature has a bit the clause's lacks cannot have all its words there.
func wordSig(ws ...wid) uint64 {
	var s uint64
	for _, w := range ws {
		s |= 1 << (w & 63)
	}
	return s
}

// match appends a candidate for every phrase whose words all occur in one
// clause of vts[a:b) (a clause opened by "and"/"or" joins the one before, so
// "kidney and ureter" stays one clause).
func (tm *titleMatcher) match(lx *lexicon, ar *arena[int], vts []vt, a, b int, cands []cand) []cand {
	for ca := a; ca < b; {
		cb := ca + 1
		// A list joined into one clause ("pain, redness and tearing in the
		// left eye") lets a phrase pair the first item only with words
		// after the last item's own first word (its trailing site), so
		// "persistent crying, poor cough" is no persistent cough.
		list := false
		for cb < b && (vts[cb].clause == vts[cb-1].clause || vts[cb].conj || listItem(vts, cb, b)) {
			list = list || !vts[cb].conj && vts[cb].clause != vts[cb-1].clause
			cb++
		}
		firstEnd, lastStart := cb, cb
		if list {
			firstEnd = ca + 1
			for firstEnd < cb && vts[firstEnd].clause == vts[ca].clause {
				firstEnd++
			}
			lastStart = cb - 1
			for lastStart > ca && !vts[lastStart].conj {
				lastStart--
			}
		}
		hi := min(cb, ca+maxClauseWords)
		var csig uint64
		for j := ca; j < hi; j++ {
			csig |= wordSig(vts[j].w)
		}
		var pb [16]int
		for i := ca; i < hi; i++ {
			w := vts[i].w
			if int(w)+1 >= len(tm.keyOff) {
				continue
			}
			k0, k1 := tm.keyOff[w], tm.keyOff[w+1]
			for k := k0; k < k1; k++ {
				if tm.keySig[k]&^csig != 0 {
					continue
				}
				pi := tm.keyIdx[k]
				p := &tm.phrases[pi]
				if len(p.words) > len(pb) {
					continue
				}
				pos := pb[:0]
				ok := true
				for _, x := range p.words {
					q := -1
					for j := ca; j < hi; j++ {
						if vts[j].w == x {
							q = j
							if j >= i {
								break
							}
						}
					}
					if q < 0 {
						ok = false
						break
					}
					pos = append(pos, q)
				}
				if !ok {
					continue
				}
				lo, hiP := posRange(pos)
				// Words scattered over the clause read as separate
				// things; a phrase's words stay close together (at most
				// one other word between them: "pain in the left hip").
				if hiP-lo >= len(p.words)+2 && hiP-lo-lx.partNounsIn(vts, pos, lo, hiP) >= len(p.words)+2 || list && !listPair(vts, pos, lo, hiP, firstEnd, lastStart) || deniedAt(lx, vts, pos) || lx.beforeTestAny(vts, pos, p.words) || backBefore(vts, pos) || foreSideLast(vts, lo, hiP) || listSideCrossed(vts, pos) || lx.strayAny(vts, pos) || lx.besideApart(vts, pos) || lx.normalAny(vts, pos) || lx.otherSensedAt(vts, pos, ca) || lx.looseAt(vts, pos, hi) || lx.spreadBetween(vts, pos, lo, hiP) {
					continue
				}
				cands = append(cands, cand{code: p.code.Code, pos: ar.keep(pos), tp: pi,
					score: 64*len(pos) - (hiP - lo) - 8, head: lo,
					lo: ca, hi: hi, wlo: max(a, ca-wideSpan), whi: min(b, hi+wideSpan), tab: true})
			}
		}
		ca = cb
	}
	return cands
}

// partNounsIn counts the words of vts[lo:hi] outside pos that name a part
// of the structure before them (data/part_nouns.txt): "the bladder floor
// with multiple diverticula" is the bladder's diverticula, its "floor" a
// part of the site the phrase reads, no word of another thing between them.
// It is called only for a phrase already too spread out, off the hot path.
func (lx *lexicon) partNounsIn(vts []vt, pos []int, lo, hi int) int {
	n := 0
	for j := lo + 1; j < hi; j++ {
		if lx.bits.partNoun.has(vts[j].w) && !slices.Contains(pos, j) {
			n++
		}
	}
	return n
}

// spreadBetween reports whether a verb of spreading (data/spread_verbs.txt)
// stands between the phrase's words at pos, which span vts[lo:hi]: in "pain
// radiating to the left arm" the arm is where the pain spreads, so the
// words around the verb are no "Pain in left arm".
func (lx *lexicon) spreadBetween(vts []vt, pos []int, lo, hi int) bool {
	for k := lo + 1; k < hi; k++ {
		if lx.bits.spreadVerb.has(vts[k].w) && !slices.Contains(pos, k) {
			return true
		}
	}
	return false
}

// otherSensedAt reports whether a word at pos has, right before it in its
// clause (at or after ca), a word that gives it another sense
// (data/other_sense.tsv): the brain's "third ventricle" is no ventricle of
// the heart's "Ventricular dilatation", as in the index walk (otherSensed).
func (lx *lexicon) otherSensedAt(vts []vt, pos []int, ca int) bool {
	for _, p := range pos {
		if k := p - 1; k >= ca && vts[k].clause == vts[p].clause && !slices.Contains(pos, k) && lx.otherSense[vts[p].w][vts[k].w] {
			return true
		}
	}
	return false
}

// maxListItem is the most words of a middle item of a list ("pain, redness
// and tearing in the left eye") that joins the clauses around it.
const maxListItem = 2

// listItem reports whether the clause starting at k, after a comma, is a short
// middle item of a list closed by "and"/"or": "pain, redness and tearing in
// the left eye" is one clause, so the site after the last item reaches the
// first as it does in "pain and tearing in the left eye".
func listItem(vts []vt, k, b int) bool {
	c := vts[k].clause
	if vts[k].conj || vts[k-1].clause != c-1 {
		return false
	}
	e := k
	for e < b && vts[e].clause == c {
		e++
	}
	return e-k <= maxListItem && e < b && vts[e].conj && vts[e].clause == c+1
}

// listPair reports whether a phrase at pos (spanning [lo, hi]) reads a
// joined list as one clause may: within one item, as before the join, or
// pairing the first item (before firstEnd) with words after the first word
// of the last item (after lastStart), its trailing site.
func listPair(vts []vt, pos []int, lo, hi, firstEnd, lastStart int) bool {
	spans := false
	for k := lo + 1; k <= hi; k++ {
		if vts[k].clause != vts[k-1].clause && !vts[k].conj {
			spans = true
			break
		}
	}
	if !spans {
		return true
	}
	first := false
	for _, q := range pos {
		if q >= firstEnd && q <= lastStart {
			return false
		}
		first = first || q < firstEnd
	}
	return first
}

// siteShared reports whether two readings overlap only on body-site words
// that follow the words of their own: two conditions coordinated before one
// site ("pain and inflammation in the left hemiscrotum" is scrotal pain and
// an inflammation of the scrotum), not two readings of one mention. A site
// before them qualifies the next noun only ("cerebral hemorrhage and
// death" is no brain death).
func (e *Engine) siteShared(vts []vt, a, b []int) bool {
	return e.siteAfter(vts, a, b) || e.sideShared(vts, a, b)
}

// siteAfter is siteShared for a site written after both conditions, with
// its side ("pain and stiffness of the right shoulder").
func (e *Engine) siteAfter(vts []vt, a, b []int) bool {
	firstShared := -1
	lastOwnA, lastOwnB := -1, -1
	for _, p := range a {
		if slices.Contains(b, p) {
			if !e.isSite(vts[p].w) && !e.isLateral(vts[p].w) {
				return false
			}
			if firstShared < 0 || p < firstShared {
				firstShared = p
			}
		} else if !e.isSite(vts[p].w) && !e.isLateral(vts[p].w) {
			lastOwnA = max(lastOwnA, p)
		}
	}
	for _, p := range b {
		if !slices.Contains(a, p) && !e.isSite(vts[p].w) && !e.isLateral(vts[p].w) {
			lastOwnB = max(lastOwnB, p)
		}
	}
	return lastOwnA >= 0 && lastOwnB >= 0 && firstShared > lastOwnA && firstShared > lastOwnB
}

// sideShared reports whether two readings overlap only on a side and site
// written before the first condition, the second condition being the bare
// clause "and" joins right after it: "right shoulder pain and stiffness" is a
// pain and a stiffness of the right shoulder, as "left knee pain and
// swelling" is both the knee's. The side makes the phrase one site that
// both conditions are of (guideline I.B.13 codes the side the note gives);
// without one a site qualifies the next noun only ("cerebral hemorrhage and
// death" is no brain death), and a clause with words of its own ("and
// swelling of the ankle") has its own site.
func (e *Engine) sideShared(vts []vt, a, b []int) bool {
	side, firstShared, lastShared := false, -1, -1
	firstOwn := [2]int{-1, -1}
	for x, ps := range [2][]int{a, b} {
		other := b
		if x == 1 {
			other = a
		}
		for _, p := range ps {
			w := vts[p].w
			switch {
			case slices.Contains(other, p):
				if !e.isSite(w) && !e.isLateral(w) {
					return false
				}
				side = side || e.isLateral(w)
				lastShared = max(lastShared, p)
				if firstShared < 0 || p < firstShared {
					firstShared = p
				}
			case e.isLateral(w):
				// (One reading may keep the side to itself, the
				// other reading only the site after it.)
				side = true
			case firstOwn[x] < 0 || p < firstOwn[x]:
				firstOwn[x] = p
			}
		}
	}
	if !side && firstShared > 0 && e.isLateral(vts[firstShared-1].w) && vts[firstShared-1].clause == vts[firstShared].clause {
		// (Neither reading took the side, which the emitted codes
		// read from the window: "left leg cellulitis and abscess".)
		side = true
	}
	if !side || firstShared < 0 || firstOwn[0] < 0 || firstOwn[1] < 0 || firstOwn[0] < lastShared || firstOwn[1] < lastShared {
		return false
	}
	// first: the condition of the shared phrase's clause; second: the
	// bare coordinated one.
	first, second, fp, sp := a, b, firstOwn[0], firstOwn[1]
	if sp < fp {
		first, second, fp, sp = b, a, sp, fp
	}
	c := vts[lastShared].clause
	if vts[firstShared].clause != c || vts[fp].clause != c || vts[sp].clause != c+1 || !vts[sp].conj || vts[sp-1].clause != c {
		return false
	}
	for _, p := range first {
		if vts[p].clause != c {
			return false
		}
	}
	for _, p := range second {
		if vts[p].clause != c && p < sp {
			return false
		}
	}
	// The second clause is its condition's words only.
	for k := sp; k < len(vts) && vts[k].clause == c+1; k++ {
		if !slices.Contains(second, k) {
			return false
		}
	}
	return true
}

// backBefore reports a phrase word that qualifies only a condition before
// it in the note ("secondary to") read before the title word it qualifies:
// "bleeding secondary to esophageal varices" is no "Secondary esophageal
// varices with bleeding" (pos holds the note position of each title word).
func backBefore(vts []vt, pos []int) bool {
	for k := 0; k+1 < len(pos); k++ {
		if vts[pos[k]].back && pos[k+1] > pos[k] {
			return true
		}
	}
	return false
}

// foreSideLast reports a side word of another condition's phrase
// (markForeSides) read last, after the phrase's other words: "tinnitus with
// bilateral hearing loss" is no "Tinnitus, bilateral", while "bilateral
// hearing loss" reads the words the side goes with.
func foreSideLast(vts []vt, lo, hi int) bool {
	return vts[hi].foreTo > 0 && hi > lo
}

// listSideCrossed reports a side word of a coordinated site list read with a
// site of the list that another side qualifies (markSiteLists): "left wrist
// and right hand pain" is no "Pain in right wrist".
func listSideCrossed(vts []vt, pos []int) bool {
	for _, p := range pos {
		if vts[p].sideEnd > 0 && otherListSide(vts, pos, p) {
			return true
		}
	}
	return false
}

// besideApart reports a phrase word of data/beside_head.txt ("state") with
// no other word of the phrase right beside it: "anxiety as he states" is
// no "Anxiety state", whose words are one phrase.
func (lx *lexicon) besideApart(vts []vt, pos []int) bool {
	for _, p := range pos {
		if !lx.besideWord[vts[p].w] {
			continue
		}
		if !slices.Contains(pos, p-1) && !slices.Contains(pos, p+1) {
			return true
		}
	}
	return false
}

// strayAny reports a phrase word taken alone out of an abbreviation
// expansion (strayWord): "acute respiratory failure with hypercapnia
// secondary to COPD" is no "Acute and chronic respiratory failure".
func (lx *lexicon) strayAny(vts []vt, pos []int) bool {
	for _, p := range pos {
		if lx.strayWord(vts, p, -1, pos, nil) {
			return true
		}
	}
	return false
}

// normalAny reports a phrase word written right after a "normal" the phrase
// does not read ("elevated cholesterol with normal triglycerides" is no
// "Elevated cholesterol with elevated triglycerides").
func (lx *lexicon) normalAny(vts []vt, pos []int) bool {
	for _, p := range pos {
		if k := p - 1; k >= 0 && vts[k].w == lx.wNormal && vts[k].clause == vts[p].clause && vts[p].src-vts[k].src == 1 && !lx.site[vts[p].w] && !slices.Contains(pos, k) {
			return true
		}
	}
	return false
}

// mergeTitles keeps the index reading of every mention and lets a tabular
// phrase in only where the index read nothing, or where it names a more
// specific code of the same category than the index reached ("testicular
// pain" read by the index as N50.81-, the title "Right testicular pain"
// N50.811). Each source's candidates are chosen on their own first.
// The result lives in sb's buffers.
func (e *Engine) mergeTitles(sb *scratchBuf, vts []vt, cs []cand) []cand {
	nTab := 0
	for i := range cs {
		if cs[i].tab {
			nTab++
		}
	}
	if nTab == 0 {
		sb.idx = choose(e, vts, cs, sb.idx[:0])
		return sb.idx
	}
	idx := sb.idx[:0]
	tabs := sb.tabs[:0]
	for i := range cs {
		if cs[i].tab {
			tabs = append(tabs, cs[i])
		} else {
			idx = append(idx, cs[i])
		}
	}
	sb.tabs = tabs
	// idx is chosen into cs (no longer needed), tabs into sb.tabsC.
	out := choose(e, vts, idx, cs[:0])
	sb.idx = idx
	tabs = choose(e, vts, tabs, sb.tabsC[:0])
	sb.tabsC = tabs
	nIdx := len(out)
	// Both lists are in sentence order (choose sorts them), so a title
	// meets only its own sentence's index readings, found by binary
	// search, and the titles added before it in that sentence: a 5 MB note
	// stays linear.
	added := nIdx // first title appended for the current sentence
	for ti := range tabs {
		t := &tabs[ti]
		if ti == 0 || tabs[ti-1].sent != t.sent {
			added = len(out)
		}
		keep := true
		k, _ := slices.BinarySearchFunc(out[:nIdx], t.sent, func(o cand, s int) int { return cmp.Compare(o.sent, s) })
		for ; k < len(out); k++ {
			if k < nIdx && out[k].sent != t.sent {
				k = max(added, nIdx) - 1 // on to the titles kept in this sentence
				continue
			}
			o := &out[k]
			if o.sent != t.sent || overlap(t.pos, o.pos) == 0 || e.siteShared(vts, t.pos, o.pos) {
				continue
			}
			// The title reads all the index's words and more
			// ("periumbilical pain" where the index read "pain"), or
			// refines the index code within its category.
			wider := overlap(o.pos, t.pos) == len(o.pos) && (len(t.pos) > len(o.pos) || o.why.alsoBare) || k < nIdx && !o.tab && (e.widerByCategory(vts, t, o) || widerThanBare(t, o))
			if wo := e.tm.phrases[t.tp].wo; wider && wo != nil && k < nIdx && !o.tab && o.why.k > 0 && indexNamesWith(o.why.parts[o.why.k-1].n, wo) {
				// "Rheumatoid arthritis of multiple sites" is not
				// "... without rheumatoid factor, multiple sites"
				// (M06.09): the index's entry says the factor, or
				// not, and codes neither (M06.9).
				wider = false
			}
			if k < nIdx && !o.tab && (wider || !(e.tm.phrases[t.tp].without && o.readSub()) && e.moreSpecificTitle(t.code, o.code)) {
				*o = *t
				if wider {
					// "Kaposi sarcoma associated herpesvirus infection"
					// (B10.89's inclusion term) took the place of the
					// index's "Kaposi sarcoma"; the index's "herpesvirus
					// infection" (B00.9) is the same mention read from
					// fewer of its words, gone too.
					for q := k + 1; q < nIdx && out[q].sent == t.sent; q++ {
						if x := &out[q]; x.code != "" && !x.tab && overlap(x.pos, t.pos) == len(x.pos) && !e.paired(x.code, t.code) {
							x.code = ""
						}
					}
				}
			}
			keep = false
			break
		}
		if keep {
			out = append(out, *t)
		}
	}
	// (A reading a title swallowed whole is emptied above, dropped here.)
	out = slices.DeleteFunc(out, func(c cand) bool { return c.code == "" })
	sb.cands = out
	return out
}

// widerThanBare reports whether title candidate t reads a word index
// candidate o, a bare main term (no subterm read), did not, and every word
// of o it lacks is a nonessential modifier o read near the mention: "a bladder
// with multiple diverticula" is the tabular's "Diverticulum of bladder"
// (N32.3), while the index read only "Diverticulum, diverticula (multiple)"
// (K57.90, the intestine's), its "multiple" a nonessential modifier that
// says nothing of the site.
func widerThanBare(t, o *cand) bool {
	if o.nOpt <= 0 || o.nOpt >= len(o.pos) || o.readSub() {
		return false
	}
	// The title must read a word o did not read at all (the site): one
	// that reads o's own nonessential modifier ("essential hypertension"
	// for the index's "Hypertension (essential)") says no more than o.
	ess := o.pos[:len(o.pos)-o.nOpt]
	return overlap(ess, t.pos) == len(ess) && overlap(t.pos, o.pos) < len(t.pos)
}

// widerByCategory reports whether title candidate t reads a word index
// candidate o did not, and o's words that t lacks are all in the title of
// t's category: "acute hepatitis A", read by the index as "Hepatitis, acute"
// (B17.9, acute viral hepatitis of unspecified type), is "Hepatitis A
// without hepatic coma" (B15.9) in the category "Acute hepatitis A".
func (e *Engine) widerByCategory(vts []vt, t, o *cand) bool {
	if t.code == o.code || overlap(t.pos, o.pos) == len(t.pos) || len(t.code) < 4 {
		return false
	}
	var cat []wid
	for _, p := range o.pos {
		if slices.Contains(t.pos, p) {
			continue
		}
		if cat == nil {
			cat = e.phraseIDs(e.title(t.code[:3]))
		}
		if !containsW(cat, vts[p].w) {
			return false
		}
	}
	return cat != nil
}

// moreSpecificTitle reports whether code a refines index code b: same
// category, and b is an ancestor of a (a partial code a descends from) or
// a billable "unspecified" code.
func (e *Engine) moreSpecificTitle(a, b string) bool {
	b = strings.TrimRight(b, "-.")
	if len(a) < 3 || len(b) < 3 || a[:3] != b[:3] || a == b {
		return false
	}
	if strings.HasPrefix(a, b) {
		return true
	}
	ca, ok1 := e.cs.Lookup(a)
	cb, ok2 := e.cs.Lookup(b)
	if !ok1 || !ok2 || len(undot(a)) < len(undot(b)) || unspecifiedTitle(ca.Title) {
		return false
	}
	// A partial index code is refined only by its own descendants (the
	// prefix test above): "Leukemia, acute myeloid C92.0-" is not made
	// "Other myeloid leukemia" (C92.Z0) by the words of its inclusion term
	// "Myeloid leukemia NEC".
	return cb.Billable && unspecifiedTitle(cb.Title)
}

// whyIn explains a title candidate for audit, cut from a's block
// (whyRef.renderIn); built only for the codes a section reports.
func (tm *titleMatcher) whyIn(a *whyArena, pi int32) string {
	p := &tm.phrases[pi]
	lead, rest := "Tabular title: ", p.code.Title
	if p.incl {
		lead, rest = tabularInclusionWhy, p.code.Code
	}
	a.reserve(len(lead) + len(rest))
	st := a.b.Len()
	a.b.WriteString(lead)
	a.b.WriteString(rest)
	return a.b.String()[st:]
}

// tabularInclusionWhy leads the reason of a code read from one of its
// tabular inclusion terms; dropLessSpecific reads it as a default reading
// when the term is the NOS of a default child.
const tabularInclusionWhy = "Tabular inclusion term of "
