package coder

import "slices"

// maxQualClauses bounds how many comma clauses qualifierClauses adds to a
// mention's near window: a diagnosis written in the tabular's style takes
// two or three ("bipolar disorder, most recent episode manic, in full
// remission"); more is a list.
const maxQualClauses = 3

// markQualWords fills ix.quals: for each main term, the sorted words of its
// subterms at any depth (their required words and other spellings). A
// comma clause after a mention whose every word is one of them qualifies
// the mention (qualifierClauses). Computed once at build, off the node the
// walk reads by the million.
func (e *Engine) markQualWords() {
	e.ix.quals = make(map[*node][]wid, len(e.ix.mains))
	var buf []wid
	var visit func(n *node, depth int)
	visit = func(n *node, depth int) {
		if depth > 2*maxDepth {
			return
		}
		for _, set := range [...][]*node{n.kids, n.conn, n.without} {
			for _, k := range set {
				buf = append(buf, k.req...)
				for _, a := range k.alts {
					buf = append(buf, a...)
				}
				visit(k, depth+1)
			}
		}
	}
	for _, m := range e.ix.mains {
		buf = buf[:0]
		visit(m, 0)
		if len(buf) == 0 {
			continue
		}
		slices.Sort(buf)
		e.ix.quals[m] = slices.Clip(slices.Clone(slices.Compact(buf)))
	}
}

// qualifierClauses extends the near window's end hi over the comma clauses
// that follow the mention of main term n and only qualify it, in a line of
// any length: "CKD, stage 4" at the end of a long hypertension statement,
// "bipolar disorder, in partial remission, most recent episode depressed"
// past the reach trailingQualifiers gives a short line. Each clause is at
// most four words, not opened by "and"/"or", "with" or "without" (read by
// the "with" convention), inside the statement (end) and its contrast part;
// it names no condition (namesCondition, condWord), infectious agent or
// procedure of its own, and every word of it is a word of n's subterms
// (ix.quals), a side, or a number after such a word: the index itself says
// the word qualifies the condition. A comma that starts the next item of a
// list ("HTN, DM2, CKD 3") names a condition and still ends the mention, and
// clauses that a later "and"/"or" clause closes are a list's items. Costs
// nothing unless a comma clause follows the mention.
func (e *Engine) qualifierClauses(vts []vt, hi, end int, n *node) int {
	if hi <= 0 || hi >= end || vts[hi].clause == vts[hi-1].clause {
		return hi
	}
	qs := e.ix.quals[n]
	if len(qs) == 0 {
		return hi
	}
	orig := hi
	for range maxQualClauses {
		if k := e.qualClause(vts, hi, end, qs); k > hi {
			hi = k
		} else {
			break
		}
	}
	for k := hi; k < end && hi > orig; {
		// "acne of face, chest and back", "psychosis with paranoid
		// ideas, affective, withdrawn and ...": comma clauses of a word
		// or two that a later one closes by "and"/"or" are the items of
		// a list, not qualifiers of the head. (A "with" clause or a
		// longer one after them is no such item: "Alzheimer disease,
		// late onset, with mild dementia, no behavioral or mood
		// disturbance"; "osteoarthritis, right knee, worse with stairs,
		// will try therapy and ...".)
		if vts[k].conj {
			return orig
		}
		if x := vts[k].w; x == e.lx.wWith || x == e.lx.wWithout {
			break
		}
		s := k
		for c := vts[k].clause; k < end && vts[k].clause == c; k++ {
		}
		if k-s > 2 {
			break
		}
	}
	return hi
}

// qualClause returns the end of the clause starting at hi when it only
// qualifies a main term whose subterm words are qs (qualifierClauses), or
// hi.
func (e *Engine) qualClause(vts []vt, hi, end int, qs []wid) int {
	if hi >= end || vts[hi].conj || vts[hi].dash || vts[hi].paren || vts[hi].part != vts[hi-1].part {
		return hi
	}
	if x := vts[hi].w; x == e.lx.wWith || x == e.lx.wWithout || e.lx.bits.sourceClause.has(x) {
		return hi
	}
	c := vts[hi].clause
	if k := e.measureClause(vts, hi, end); k > hi {
		return k
	}
	next, own := hi, false
	for next < end && vts[next].clause == c {
		x := vts[next].w
		switch {
		case vts[next].num && own:
		case e.lx.isSide(x):
		default:
			if _, ok := slices.BinarySearch(qs, x); !ok || x == 0 {
				return hi
			}
			own = true
		}
		next++
	}
	if !own || next-hi-numbers(vts, hi, next) > 4 || e.namesCondition(vts, hi, next) || e.namesProcedure(vts, hi, next) {
		return hi
	}
	for m := hi; m < next; m++ {
		if e.condWord(vts, hi-1, m) || e.organismAt(vts, m, next) {
			// "chronic kidney disease" (Disease, kidney) is the
			// next item; "pocket infection, MRSA" names the agent,
			// which the organism rules code beside the infection
			// (B95-B97) rather than as its subterm.
			return hi
		}
	}
	return next
}

// organismAt reports whether vts[m:end] start with the words of an
// infectious agent of the index's "as cause of disease classified
// elsewhere" groupings (e.organisms).
func (e *Engine) organismAt(vts []vt, m, end int) bool {
	for _, o := range e.organisms {
		if m+len(o.words) > end || vts[m].w != o.words[0] {
			continue
		}
		ok := true
		for k, x := range o.words[1:] {
			if vts[m+1+k].w != x {
				ok = false
				break
			}
		}
		if ok {
			return true
		}
	}
	return false
}

// countClause extends the near window's end hi up to a unit that counts the
// mention's habit and so names its product (data/count_units.txt: "Smoker,
// 1 ppd x 35 yrs, HTN", "current smoker (1 ppd)", "smoker - 1/2 ppd" are
// cigarettes) when it lies in one of the next two clauses of the sentence
// (end). (The unit is no subterm word of "Smoker" itself, whose see
// reference holds the cigarettes; a unit the mention's entries do not list
// reads nothing.) A clause opened by "and"/"or" or one that names a
// condition of its own ends the search: the list's next item is not counted
// by it. The clause's words after the unit stay out. Costs nothing unless a
// clause follows the mention.
func (e *Engine) countClause(vts []vt, hi, end int) int {
	if hi <= 0 || hi >= end || vts[hi].clause == vts[hi-1].clause {
		return hi
	}
	k := hi
	for range 2 {
		if k >= end || vts[k].conj || vts[k].part != vts[k-1].part {
			return hi
		}
		c := vts[k].clause
		s := k
		for k < end && vts[k].clause == c {
			k++
		}
		if e.namesCondition(vts, s, k) {
			return hi
		}
		for u := s; u < k; u++ {
			if e.lx.bits.countUnit.has(vts[u].w) {
				return u + 1
			}
		}
	}
	return hi
}

// countClauseBefore lowers the near window's start lo to a unit that counts
// the mention's habit in one of the two clauses of the sentence (from a)
// before the mention's own (data/count_units.txt): "Emphysema, 40
// pack-years, still smoking" counts packs of cigarettes as "smoker, 40
// pack-years" does. A clause that names a condition of its own, or a
// contrast, ends the search (the emphysema is no count); the words of the
// clause before the unit stay out. Costs nothing unless the mention opens
// its clause.
func (e *Engine) countClauseBefore(vts []vt, lo, i, a int) int {
	s := clauseStart(vts, a, i)
	if lo > s || s <= a || vts[s].conj {
		// ("Smokes half a pack a day and also vapes": the clause "and"
		// opens is the list's next item, not counted by the packs.)
		return lo
	}
	k := s
	for range 2 {
		if k <= a || vts[k].part != vts[k-1].part {
			return lo
		}
		cs := clauseStart(vts, a, k-1)
		if e.namesCondition(vts, cs, k) {
			return lo
		}
		for u := k - 1; u >= cs; u-- {
			if e.lx.bits.countUnit.has(vts[u].w) {
				return u
			}
		}
		k = cs
	}
	return lo
}

// countLeads reports whether the first of the positions pos is a count unit
// in a clause before the others' (countClauseBefore read it).
func (e *Engine) countLeads(vts []vt, pos []int) bool {
	if len(pos) < 2 {
		return false
	}
	p0, last := slices.Min(pos), slices.Max(pos)
	return e.lx.bits.countUnit.has(vts[p0].w) && vts[p0].clause < vts[last].clause
}

// measureClause returns the end of the clause starting at hi when it is a
// size only, numbers and the words of data/measure_words.txt ("2.1 x 1.9 x
// 0.4 cm"), or hi.
func (e *Engine) measureClause(vts []vt, hi, end int) int {
	c := vts[hi].clause
	next, num := hi, false
	for ; next < end && vts[next].clause == c; next++ {
		switch {
		case vts[next].num:
			num = true
		case e.measureWords[vts[next].w]:
		default:
			return hi
		}
	}
	if !num {
		return hi
	}
	return next
}
