package coder

import (
	"slices"
	"strings"

	"notecoder/cdi/model"
)

// drugInducedKid returns the subterm of main term root that names its
// condition as caused by a drug (data/drug_induced.txt), or nil. A line
// "due to > medicament nec" is a path of subterms: "Hypothyroidism, due to,
// medicament NEC" (E03.2) files the drug under a "due to" grouping, which
// the index keeps among the connector kids (node.conn).
func (e *Engine) drugInducedKid(root *node) *node {
	for _, t := range e.drugKids {
		n := root
		for _, step := range strings.Split(t, " > ") {
			var next *node
			for _, k := range n.kids {
				if k.lt == step {
					next = k
					break
				}
			}
			for _, k := range n.conn {
				if next == nil && k.lt == step {
					next = k
				}
			}
			if n = next; n == nil {
				break
			}
		}
		if n != nil && n != root && n.code != "" {
			return n
		}
	}
	return nil
}

// adverseEffect reports a Table of Drugs code in the adverse effect column
// (T36-T50 with 5 in the sixth character: T46.4X5A; data/code_blocks.tsv).
func adverseEffect(code string) bool {
	b := codeBlocks()
	return len(code) >= 7 && code[6] == b.adverseChar && inBlock(code, b.adverse)
}

// poisoningCode reports a Table of Drugs code in a poisoning column of the
// drug categories (T36-T50 with 1-4 in the sixth character: T39.1X2A).
func poisoningCode(code string) bool {
	b := codeBlocks()
	return len(code) >= 7 && code[6] >= '1' && code[6] <= '4' && inBlock(code, b.adverse)
}

// poisoningFirst reports a code whose tabular says to code a poisoning
// first (K71 "Toxic liver disease": "code first poisoning due to drug or
// toxin, if applicable"): the drug-induced form of a condition the note
// puts down to an overdose is taken only where the classification files a
// poisoning's manifestation there.
func (e *Engine) poisoningFirst(code string) bool {
	c, ok := e.cs.Lookup(code)
	if !ok {
		return false
	}
	for _, n := range c.CodeFirst {
		if strings.Contains(strings.ToLower(n.Text), "poisoning") {
			return true
		}
	}
	return false
}

// drugInduced recodes a condition of the sentence that the note puts down
// to a drug read as its adverse effect (cands[from:] the drug candidates,
// cands[n0:nc] the sentence's conditions, cands[nc:from] its long-term
// therapy, status and other readings): "hypotension due to
// lisinopril" is Hypotension, drug-induced (I95.2) beside T46.4X5A, not
// I95.9 (guideline I.C.19.e.5.a: the nature of the adverse effect, then
// the drug). Only a condition read from its main term alone, right before
// the drug (a "due to" between them at most), or right after the drug's
// circumstance word when that word follows the drug ("amiodarone-induced
// hypothyroidism" E03.2, "opioid-induced constipation" K59.03), is recoded:
// a subterm the walk read says more.
func (e *Engine) drugInduced(vts []vt, cands []cand, n0, nc, from int) {
	for di := from; di < len(cands); di++ {
		d := &cands[di]
		poisoned := poisoningCode(d.code)
		if !adverseEffect(d.code) && !poisoned || len(d.pos) == 0 {
			continue
		}
		dlo, _ := posRange(d.pos)
		// The circumstance word is the last position drugCands keeps; a
		// cue right after the drug's words ("-induced") links the drug to
		// the condition that follows it in the clause.
		cue := d.pos[len(d.pos)-1]
		fwd := len(d.pos) > 1 && cue == d.pos[len(d.pos)-2]+1 && cue < len(vts)
		read := false
		for ci := n0; ci < nc && !read; ci++ {
			// A condition whose own reading took the substance's words
			// is the one it caused ("neutropenic fever due to
			// chemotherapy": the neutropenia, D70.1), not the word
			// before it. A long-term use the drug's name also says
			// ("self" rows of data/longterm.tsv: "glipizide" is
			// Z79.84) is no condition and does not count.
			read = cands[ci].code != d.code && overlap(cands[ci].pos, d.pos) > 0
		}
		if read {
			continue
		}
		for ci := n0; ci < from; ci++ {
			c := &cands[ci]
			if c.tab || c.why.k == 0 || len(c.pos) == 0 || c.code == "" {
				continue
			}
			// (The main term a see-also led to counts: "Febris - see
			// also Fever" for "fever due to vancomycin".)
			// The entry the reading ended on: a main term, a catch-all
			// subterm that says no more than its main term ("hemorrhagic
			// disorder due to warfarin": Disorder, hemorrhagic NEC,
			// drug-induced), or an entry data/drug_induced_at.tsv sends
			// elsewhere (Defect, coagulation).
			root := c.why.parts[c.why.k-1].n
			// A chapter 19 code (the drug's own T code, an injury) is no
			// condition to recode, unless data/drug_induced_at.tsv names its
			// entry (Shock, anaphylactic: T78.2 becomes T88.6).
			if root == nil || c.code != root.code || c.code[0] == 'T' && e.drugAt[root] == nil {
				continue
			}
			// A subterm the walk read whose own kid files the drug's form
			// ("Failure, hepatic, acute or subacute, due to drugs" K71.10
			// for "acute liver failure from acetaminophen") says more.
			// Only where the tabular asks for the drug's T code beside it
			// (K71's "code first poisoning"): "orthostatic hypotension
			// due to lisinopril" stays I95.1.
			own := false
			if root.parent != nil {
				if k := e.drugInducedKid(root); k != nil && e.poisoningFirst(k.code) {
					own = true
				}
			}
			if at := e.drugAt[root]; at != nil {
				root = at
			} else if root.parent != nil && !strings.HasSuffix(root.lt, " nec") && !own {
				continue
			}
			clo, chi := posRange(c.pos)
			after := fwd && clo > cue && clo-cue <= 2 && clo < len(vts) && vts[clo].clause == vts[cue].clause
			if !after && (chi >= dlo || dlo-chi > 4) {
				continue
			}
			if k := e.drugInducedKid(root); k != nil && (!poisoned || e.poisoningFirst(k.code)) {
				c.code, c.why = k.code, whyOf(k, false)
			}
		}
	}
}

// loadDrugAt reads data/drug_induced_at.tsv: an index entry whose
// drug-caused form the index files under another entry, so a condition read
// at the first and put down to a drug takes the second's drug-induced
// subterm (coagulopathy due to warfarin is D68.32). A path the index lacks
// panics: the data file names entries of the embedded index.
func (e *Engine) loadDrugAt() map[*node]*node {
	m := map[*node]*node{}
	for _, f := range rows("drug_induced_at.tsv") {
		if len(f) != 2 {
			panic("drug_induced_at.tsv: want 2 columns: " + strings.Join(f, "\t"))
		}
		from, to := e.ix.entry(f[0]), e.ix.entry(f[1])
		if from == nil || to == nil {
			panic("drug_induced_at.tsv: no index entry for " + strings.Join(f, "\t"))
		}
		m[from] = to
	}
	return m
}

// dropDefaultIntent drops an accidental poisoning or toxic effect (sixth
// character 1, T36-T65) of a substance whose poisoning the note also codes
// with a stated intent (self-harm, assault, undetermined: 2-4, same
// category and subcategory): accidental is the intent coded only when the
// note leaves it unknown or unspecified (I.C.19.e.5.b), so "admitted with
// acetaminophen overdose" above "intentional acetaminophen poisoning" is
// the one self-harm poisoning, T39.1X2A.
func dropDefaultIntent(codes []model.Code) []model.Code {
	blk := codeBlocks().drugTable
	intent := func(c model.Code) byte {
		if c.Assertion != model.Present || len(c.Code) < 8 || !inBlock(c.Code, blk) || c.Code[6] < '1' || c.Code[6] > '4' {
			return 0
		}
		return c.Code[6]
	}
	return dropWhere(codes, func(c *model.Code) bool {
		if intent(*c) != '1' {
			return false
		}
		return slices.ContainsFunc(codes, func(o model.Code) bool {
			in := intent(o)
			return in > '1' && o.Code[:6] == c.Code[:6] && o.Code[7:] == c.Code[7:]
		})
	})
}

// dropAdverseBesidePoisoning drops the adverse effect of a drug whose
// poisoning the note also codes (same category and subcategory, sixth
// character 5 beside 1-4): "intentional overdose of acetaminophen ... acute
// liver failure from acetaminophen" is one overdose whose manifestation the
// liver failure is (I.C.19.e.5.b), not a second event of a drug properly
// taken.
func dropAdverseBesidePoisoning(codes []model.Code) []model.Code {
	poisoned := false
	for _, c := range codes {
		if c.Assertion == model.Present && poisoningCode(c.Code) {
			poisoned = true
			break
		}
	}
	if !poisoned {
		return codes
	}
	return dropWhere(codes, func(c *model.Code) bool {
		if c.Assertion != model.Present || !adverseEffect(c.Code) {
			return false
		}
		return slices.ContainsFunc(codes, func(o model.Code) bool {
			return o.Assertion == model.Present && poisoningCode(o.Code) && o.Code[:6] == c.Code[:6]
		})
	})
}
