package coder

import (
	"strings"

	"notecoder/cdi/model"
	"notecoder/cdi/text"
)

// deniedKindNote explains a reading that fell back to its main term's code.
const deniedKindNote = "the note denies the condition the subterm's code classifies: the main term's own code"

// deniedKinds gives a reading the code of its main term when the subterm it
// reached is a code of a category the section denies by another mention:
// "generalized tonic-clonic seizure, no evidence of epilepsy" reads
// "Seizure, grand mal" (G40.409, an epilepsy), but the note says there is
// no epilepsy (G40.909 negated), so the seizure is the bare "Seizure(s)"
// (R56.9, I.C.6 codes epilepsy only when documented). Only a candidate
// whose main term carries a code of another category is looked at, and
// only beside another reading of that category: one assertion is computed
// for the rare pair, none for the rest.
func (e *Engine) deniedKinds(toks []text.Token, vts []vt, cands []cand, kind string) {
	// The readings of a main term bare, whose own code they are (the
	// only ones that can deny a category below): few per section, so
	// each other reading is compared with these alone.
	var bareBuf [16]int32
	bare := bareBuf[:0]
	for j := range cands {
		o := &cands[j]
		if !o.tab && o.why.k == 1 && len(o.code) >= 3 {
			if n := o.why.parts[0].n; n != nil && n.parent == nil && n.code == o.code {
				bare = append(bare, int32(j))
			}
		}
	}
	if len(bare) == 0 {
		return
	}
	for i := range cands {
		c := &cands[i]
		if c.tab || c.why.k == 0 || len(c.code) < 3 || c.why.parts[0].n == nil {
			continue
		}
		root := c.why.parts[0].n
		for root.parent != nil {
			root = root.parent
		}
		if root.code == "" || strings.HasSuffix(root.code, "-") || strings.HasPrefix(root.code, c.code[:3]) {
			continue
		}
		for _, j := range bare {
			// The denial reads a main term bare, whose own code it is
			// ("epilepsy", G40.909): the condition the category is,
			// not another one filed in it ("no choledocholithiasis",
			// K80.50, beside calculous cholecystitis). And it names the
			// category by its own entry ("Epilepsy"), not by another
			// reading of the same main term ("chest pain ... no chest
			// pain").
			o := &cands[j]
			if int(j) == i || o.code == c.code || !strings.HasPrefix(o.code, c.code[:3]) || overlap(o.pos, c.pos) > 0 || o.why.parts[0].n == root {
				continue
			}
			// And the denied entry is the category's own condition: its
			// subcategory names nothing but what the category does
			// ("Epilepsy, unspecified" in "Epilepsy and recurrent
			// seizures"). A denied "sciatica" (M54.3) or "radiculopathy"
			// (M54.1) is one condition filed in "Dorsalgia" beside
			// another: "low back pain without sciatica" keeps M54.50.
			if len(o.code) > 4 && !e.subResidual(o.code[:5], o.code[:3]) {
				continue
			}
			if e.candAssertion(toks, vts, o, kind) == model.Negated {
				c.code, c.kindDenied = root.code, true
				break
			}
		}
	}
}

// candAssertion is the ConText assertion of candidate c read as emit reads
// it (its words' span inside its sentence), for the steps that need the
// assertion of another candidate before emit.
func (e *Engine) candAssertion(toks []text.Token, vts []vt, c *cand, kind string) model.Assertion {
	if len(c.pos) == 0 {
		return model.Present
	}
	ms, me := 1<<30, -1
	for _, p := range c.pos {
		ms, me = min(ms, int(vts[p].start)), max(me, int(vts[p].end))
	}
	scope := model.Span{Start: min(ms, int(c.sentS)), End: max(me, int(c.sentE))}
	scope.Start = max(scope.Start, ms-maxScopeBytes)
	scope.End = min(scope.End, me+maxScopeBytes)
	return e.asrt.ClassifyTokens(toks, scope, model.Span{Start: ms, End: me}, kind)
}
