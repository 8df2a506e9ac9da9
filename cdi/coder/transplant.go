package coder

import (
	"fmt"
	"slices"
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

// isStatus reports whether code is an organ's transplant status.
func (r *transplantRules) isStatus(code string) bool {
	for _, o := range r.organs {
		if o.status == code {
			return true
		}
	}
	return false
}

// ofBefore reports whether the transplant status read at ev follows "of"
// in its sentence, with only the "between" words ("the", "left") between
// them, and a word before the "of": "CMV hepatitis of the liver
// transplant" names a condition of the transplanted organ.
func (r *transplantRules) ofBefore(toks []text.Token, sent model.Span, ev []model.Span) bool {
	if len(ev) == 0 {
		return false
	}
	first := ev[0].Start
	for _, sp := range ev {
		first = min(first, sp.Start)
	}
	k := 0
	for k < len(toks) && toks[k].Start < first {
		k++
	}
	for k--; k > 0 && toks[k].Start >= sent.Start && toks[k].Kind == text.Word && r.between[toks[k].Norm]; k-- {
	}
	return k > 0 && toks[k].Start >= sent.Start && toks[k].Norm == "of" && toks[k-1].Start >= sent.Start && toks[k-1].Kind == text.Word
}

// ofGap is the most characters between a condition's words and the
// transplant status it is "of" (" of the left " and a little more).
const ofGap = 24

// transplantOf codes a condition of a transplanted organ ("CMV hepatitis of
// the liver allograft", "anastomotic stricture of the liver transplant") as
// the organ's complication (guideline I.C.19.g.3.a: two codes, the T86 code
// and the condition): the status read after "of" (markOfCondition) becomes
// the organ's "infection" code when the condition whose words end just
// before it is an infection (data/transplant_complication.tsv "infection"),
// its "other complication" otherwise. The status no longer stands: Z94
// excludes the complications of the transplanted organ.
func (e *Engine) transplantOf(codes []model.Code) []model.Code {
	r := &e.transplant
	for i := range codes {
		z := &codes[i]
		if z.Marks&markOfCondition == 0 || !reportable(*z) || len(z.Evidence) == 0 {
			continue
		}
		k := slices.IndexFunc(r.organs, func(o transplantOrgan) bool { return o.status == z.Code })
		if k < 0 {
			continue
		}
		cond := -1
		for j, c := range codes {
			if j == i || !reportable(c) || c.Code[0] == 'Z' || strings.HasPrefix(c.Code, "T86") {
				continue
			}
			for _, sp := range c.Evidence {
				for _, zs := range z.Evidence {
					if d := zs.Start - sp.End; d >= len(" of ") && d <= ofGap {
						cond = j
					}
				}
			}
		}
		if cond < 0 {
			continue
		}
		o := r.organs[k]
		to := o.other
		if o.infection != "-" && hasPrefixed(codes[cond:cond+1], r.infections) {
			to = o.infection
		}
		z.Code, z.Title, z.Assertion = to, e.title(to), model.Present
		z.Why += "; " + codes[cond].Code + " of the transplanted organ: its complication (I.C.19.g.3.a, data/transplant_complication.tsv)"
	}
	return codes
}
