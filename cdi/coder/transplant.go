package coder

import (
	"fmt"
	"slices"
	"strings"

	"notecoder/cdi/model"
)

// transplantOrgan is one "organ" row of data/transplant_complication.tsv:
// the organ's transplant status and its T86 codes for an unspecified and
// for another (specified) complication.
type transplantOrgan struct {
	status, unspec, other string
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
}

// loadTransplantRules reads data/transplant_complication.tsv.
func loadTransplantRules() (transplantRules, error) {
	var r transplantRules
	for _, f := range rows("transplant_complication.tsv") {
		switch {
		case f[0] == "organ" && len(f) == 4:
			r.organs = append(r.organs, transplantOrgan{status: f[1], unspec: f[2], other: f[3]})
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
