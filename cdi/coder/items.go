package coder

import (
	"sort"

	"notecoder/cdi/model"
	"notecoder/cdi/text"
)

// Item kinds of a comma list (itemKind).
const (
	kindCondition = iota
	kindSign
	kindAgent
	kindTherapy
)

// itemKind sorts a code into what a comma item of a fast-typed note names:
// a sign or symptom (a workup's reason), an infectious agent (a test's
// target, data/agent_codes.txt) or another condition. A list of items of
// one kind shares the trigger after its last item ("HIV, HCV neg", "PE,
// DVT ruled out"); an item of another kind before them is what the test
// or the workup was for. A long-term drug therapy (Z79) is a therapy: "Type
// 2 diabetes, on insulin: no" denies the insulin, not the diabetes.
func (e *Engine) itemKind(code string) int {
	switch {
	case hasAnyPrefix(code, codeBlocks().therapy):
		return kindTherapy
	case e.signLike(code):
		return kindSign
	case hasAnyPrefix(code, e.agentCodes):
		return kindAgent
	}
	return kindCondition
}

// ownItem returns the assertion of a mention read as negated or uncertain
// only by a backward trigger after the next comma item, when that item
// names a finding of a different kind: "viral URI, flu neg" (the flu test
// is negative, J06.9 stays), "CP, ACS ruled out" (R07.9 stays). A reading
// that took the next item's words into the mention ("pharyngitis, rapid
// strep neg" read as streptococcal pharyngitis J02.0) gives back the entry
// its own item reads (anc: J02.9 "Pharyngitis") with that item's evidence
// (first). It returns as unchanged, and anc nil, otherwise.
func (e *Engine) ownItem(toks []text.Token, scope model.Span, ev []model.Span, vts []vt, cands []cand, i int, kind string, as model.Assertion) (model.Assertion, []model.Span, *node) {
	c := &cands[i]
	if c.head < 0 || c.head >= len(vts) {
		return as, nil, nil
	}
	he := int(vts[c.head].end)
	k := sort.Search(len(toks), func(j int) bool { return toks[j].Start >= he })
	depth := 0
	for ; k < len(toks) && toks[k].Start < scope.End; k++ {
		switch toks[k].Text {
		case "(", "[":
			depth++
		case ")", "]":
			depth--
		}
		if toks[k].Text == "," && depth <= 0 || toks[k].Text == ";" || toks[k].Text == "." {
			break
		}
	}
	if k >= len(toks) || toks[k].Text != "," || toks[k].Start >= scope.End {
		return as, nil, nil
	}
	comma := toks[k]
	// The mention's item opens its clause: an item inside a longer list
	// ("anticardiolipin, lupus anticoagulant, pANCA and ... were
	// negative") shares the list's trigger.
	if j := sort.Search(len(toks), func(j int) bool { return toks[j].Start >= ev[0].Start }); j > 0 && toks[j-1].Start >= scope.Start && toks[j-1].Text == "," {
		return as, nil, nil
	}
	n := 0
	for n < len(ev) && ev[n].End <= comma.Start {
		n++
	}
	if n == 0 {
		return as, nil, nil
	}
	first := ev[:n]
	a2 := e.asrt.ClassifyTokensItem(toks, scope, model.Span{Start: first[0].Start, End: first[n-1].End}, kind)
	if a2 == as {
		return as, nil, nil
	}
	if n < len(ev) {
		// The mention reads words of the next item.
		anc := certainAncestor(c, vts, first)
		if anc == nil || e.itemKind(anc.code) == e.itemKind(c.code) {
			return as, nil, nil
		}
		return a2, first, anc
	}
	// The next item: up to the next comma.
	end := scope.End
	for j := k + 1; j < len(toks) && toks[j].Start < scope.End; j++ {
		if t := toks[j].Text; t == "," || t == ";" || t == "." {
			end = toks[j].Start
			break
		}
	}
	// The trigger stands in that item: read up to the item's end, the
	// mention is still denied.
	if e.asrt.ClassifyTokens(toks, model.Span{Start: scope.Start, End: end}, model.Span{Start: ev[0].Start, End: ev[len(ev)-1].End}, kind) != as {
		return as, nil, nil
	}
	k1 := e.itemKind(c.code)
	other, same := false, false
	for j := range cands {
		o := &cands[j]
		if j == i || o.sent != c.sent {
			continue
		}
		sp := mentionSpan(vts, o.pos)
		if sp.Start < comma.End || sp.End > end {
			continue
		}
		if e.itemKind(o.code) == k1 {
			same = true
		} else {
			other = true
		}
	}
	if !other && !same && labelAnswer(toks, comma.End, end) {
		// "Type 2 diabetes, insulin: none", "DM2, complications: none":
		// the next item is a label and its answer, and the label names
		// no finding of its own (no candidate): the answer is about the
		// label (the therapy, the complications), not the diagnosis
		// before it. ("Fever, chills: none" lists two signs under one
		// answer: the chills are a candidate of the same kind.)
		return a2, nil, nil
	}
	if !other || same {
		return as, nil, nil
	}
	return a2, nil, nil
}

// labelAnswer reports whether the tokens in [from, to) are a label, a colon
// and its answer ("insulin: none").
func labelAnswer(toks []text.Token, from, to int) bool {
	k := sort.Search(len(toks), func(j int) bool { return toks[j].Start >= from })
	for j := k; j < len(toks) && toks[j].Start < to; j++ {
		if toks[j].Text == ":" {
			return j > k
		}
	}
	return false
}
