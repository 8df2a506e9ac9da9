package coder

import (
	"fmt"
	"slices"
	"sort"
	"strings"

	"notecoder/cdi/model"
	"notecoder/cdi/text"
)

// transplantOrgan is one "organ" row of data/transplant_complication.tsv:
// the organ's transplant status and its T86 codes for an unspecified and
// for another (specified) complication.
type transplantOrgan struct {
	status, unspec, other, infection string
}

// transplantDefault is one "default" row: the T86 code a complication
// calling for one takes when the note names no transplanted organ, unless
// a code of satisfied gives its cause.
type transplantDefault struct {
	prefix, code string
	satisfied    []string
}

// transplantRules is data/transplant_complication.tsv.
type transplantRules struct {
	organs   []transplantOrgan
	calls    []string
	defaults []transplantDefault
	// infections: code prefixes of the infections a transplant's
	// "infection" code is for ("infection" row); between: the words that
	// may stand between "of" and the transplant ("between" row).
	infections []string
	between    map[string]bool
}

// loadTransplantRules reads data/transplant_complication.tsv.
func loadTransplantRules() (transplantRules, error) {
	var r transplantRules
	for _, f := range rows("transplant_complication.tsv") {
		switch {
		case f[0] == "organ" && len(f) == 5:
			r.organs = append(r.organs, transplantOrgan{status: f[1], unspec: f[2], other: f[3], infection: f[4]})
		case f[0] == "infection" && len(f) == 2:
			r.infections = append(r.infections, strings.Fields(f[1])...)
		case f[0] == "between" && len(f) == 2:
			if r.between == nil {
				r.between = map[string]bool{}
			}
			for _, w := range strings.Fields(f[1]) {
				r.between[w] = true
			}
		case f[0] == "calls" && len(f) == 2:
			r.calls = append(r.calls, strings.Fields(f[1])...)
		case f[0] == "default" && (len(f) == 3 || len(f) == 4):
			d := transplantDefault{prefix: f[1], code: f[2]}
			if len(f) == 4 {
				d.satisfied = strings.Fields(f[3])
			}
			r.defaults = append(r.defaults, d)
		default:
			return r, fmt.Errorf("coder: data/transplant_complication.tsv: bad line %q", strings.Join(f, "\t"))
		}
	}
	return r, nil
}

// transplantComplication gives a condition that names a transplant
// complication (graft-versus-host disease, PTLD: their "code first T86.-")
// its organ's T86 code: an unspecified complication of the organ becomes
// its "other complication", the organ's transplant status does when no T86
// code is there (Z94 excludes the complications), and the data's default
// (GVHD: the stem cell transplant, T86.5) when the note names neither.
func (e *Engine) transplantComplication(codes []model.Code, findings []model.Finding) []model.Code {
	r := &e.transplant
	at := -1
	for i, c := range codes {
		if reportable(c) && hasPrefixed(codes[i:i+1], r.calls) {
			at = i
			break
		}
	}
	if at < 0 {
		return codes
	}
	hasT86 := false
	for i := range codes {
		c := &codes[i]
		if !strings.HasPrefix(c.Code, "T86") || !reportable(*c) {
			continue
		}
		hasT86 = true
		for _, o := range r.organs {
			if c.Code == o.unspec && o.other != o.unspec {
				c.Code, c.Title = o.other, e.title(o.other)
				c.Why += "; the complication is the specified " + codes[at].Code + " (data/transplant_complication.tsv)"
			}
		}
	}
	if hasT86 {
		return codes
	}
	for i, c := range codes {
		if c.Assertion == model.Negated || c.Assertion == model.Hypothetical || c.Assertion == model.Family {
			continue
		}
		k := slices.IndexFunc(r.organs, func(o transplantOrgan) bool { return o.status == c.Code })
		if k < 0 {
			continue
		}
		codes[i].Code, codes[i].Title, codes[i].Assertion = r.organs[k].other, e.title(r.organs[k].other), model.Present
		codes[i].Why += "; a transplant complication (" + codes[at].Code + ") of the organ: coded first for it (data/transplant_complication.tsv)"
		return codes
	}
	for _, d := range r.defaults {
		if !strings.HasPrefix(codes[at].Code, d.prefix) || hasPrefixed(codes, d.satisfied) {
			continue
		}
		return append(codes, e.companionCode(codes, findings, at, d.code, RuleCodeFirst,
			"coded first for "+codes[at].Code, " (its transplant, data/transplant_complication.tsv)"))
	}
	return codes
}

// ofWord returns the index of the word before the "of" that the span at
// start follows in its sentence, with only the "between" words ("the",
// "left") between them, or -1: "CMV hepatitis of the liver transplant".
func (r *transplantRules) ofWord(toks []text.Token, sentStart, start int) int {
	k := sort.Search(len(toks), func(i int) bool { return toks[i].Start >= start })
	for k--; k > 0 && toks[k].Start >= sentStart && toks[k].Kind == text.Word && r.between[toks[k].Norm]; k-- {
	}
	if k > 0 && toks[k].Start >= sentStart && toks[k].Norm == "of" && toks[k-1].Start >= sentStart && toks[k-1].Kind == text.Word {
		return k - 1
	}
	return -1
}

// transplantOf codes a condition of a transplanted organ ("CMV hepatitis of
// the liver allograft", "anastomotic stricture of the liver transplant") as
// the organ's complication (guideline I.C.19.g.3.a: two codes, the T86 code
// and the condition): a section's transplant status read right after "of",
// whose word before it ends another code's words, becomes the organ's
// "infection" code when that condition is an infection
// (data/transplant_complication.tsv "infection"), its "other complication"
// otherwise. The status no longer stands: Z94 excludes the complications of
// the transplanted organ. Only a section that reads a transplant status
// looks at its words.
func (e *Engine) transplantOf(toks []text.Token, sents []text.Sentence, out *SectionResult) {
	r := &e.transplant
	for i := range out.Codes {
		z := &out.Codes[i]
		if z.Code[0] != 'Z' || !reportable(*z) {
			continue
		}
		k := slices.IndexFunc(r.organs, func(o transplantOrgan) bool { return o.status == z.Code })
		if k < 0 {
			continue
		}
		cond := -1
		for _, zs := range z.Evidence {
			si := sort.Search(len(sents), func(i int) bool { return sents[i].Span.End > zs.Start })
			sentStart := 0
			if si < len(sents) {
				sentStart = sents[si].Span.Start
			}
			w := r.ofWord(toks, sentStart, zs.Start)
			if w < 0 {
				continue
			}
			for j, c := range out.Codes {
				if j == i || !reportable(c) || c.Code[0] == 'Z' || strings.HasPrefix(c.Code, "T86") {
					continue
				}
				if slices.ContainsFunc(c.Evidence, func(sp model.Span) bool { return sp.End == toks[w].End }) {
					cond = j
				}
			}
		}
		if cond < 0 {
			continue
		}
		o := r.organs[k]
		to := o.other
		if o.infection != "-" && hasPrefixed(out.Codes[cond:cond+1], r.infections) {
			to = o.infection
		}
		z.Code, z.Title, z.Assertion = to, e.title(to), model.Present
		z.Why += "; " + out.Codes[cond].Code + " of the transplanted organ: its complication (I.C.19.g.3.a, data/transplant_complication.tsv)"
	}
}
