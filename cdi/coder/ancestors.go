package coder

import "slices"

// dropIndexAncestors removes an index reading of a sentence whose entry
// is an ancestor of the entry another reading of shared words reached:
// "s/p coronary angioplasty" read as "Status, angioplasty" (peripheral,
// Z98.62) by the index walk, which needs "coronary artery" for the
// subterm, and as "Status, angioplasty, coronary artery" (Z98.61) by the
// status phrases, is the coronary one only. Only readings of one chapter
// are compared: a code of another is a second code the first needs. The
// result shares cands' buffer.
//
// The index readings are in sentence order (choose, mergeTitles: a title
// that took an index reading's place stays there, the titles added are
// after the last index reading), so a reading meets only its sentence's.
func dropIndexAncestors(cands []cand) []cand {
	last := -1 // the last index reading: only titles after it
	for i := range cands {
		if !cands[i].tab {
			last = i
		}
	}
	drop := false
	for i := range cands {
		a := &cands[i]
		if a.tab || a.why.k == 0 || a.code == "" {
			continue
		}
		na := a.why.parts[a.why.k-1].n
		if na == nil || len(na.kids) == 0 {
			continue
		}
		// The sentence's index readings around i.
		lo, hi := i, i
		for lo > 0 && (cands[lo-1].tab || cands[lo-1].sent == a.sent) {
			lo--
		}
		for hi < last && (cands[hi+1].tab || cands[hi+1].sent == a.sent) {
			hi++
		}
		for j := lo; j <= hi && a.code != ""; j++ {
			b := &cands[j]
			// (Of one chapter: "COVID-19, pneumonia" J12.82 reads the
			// entry "COVID-19" U07.1 is, but needs it beside it.)
			if j == i || b.sent != a.sent || b.tab || b.why.k == 0 || b.code == "" || b.code == a.code || b.code[0] != a.code[0] || overlap(a.pos, b.pos) == 0 {
				continue
			}
			for p := b.why.parts[b.why.k-1].n; p != nil; p = p.parent {
				if p.parent == na {
					a.code, drop = "", true
					break
				}
			}
			if a.code != "" && subtreeCodes(na, b.code, 3) {
				// ("s/p coronary angioplasty with stent": the
				// device's entry, Presence, coronary artery graft
				// or prosthesis Z95.5, is also "Status, angioplasty,
				// coronary artery, with implant".)
				a.code, drop = "", true
			}
		}
	}
	if drop {
		cands = slices.DeleteFunc(cands, func(c cand) bool { return c.code == "" })
	}
	return cands
}

// subtreeCodes reports whether a subterm of n down to depth levels (its
// "with" kids included) carries code.
func subtreeCodes(n *node, code string, depth int) bool {
	if depth == 0 {
		return false
	}
	for _, set := range [...][]*node{n.kids, n.conn, n.withKids} {
		for _, k := range set {
			if k.code == code || subtreeCodes(k, code, depth-1) {
				return true
			}
		}
	}
	return false
}
