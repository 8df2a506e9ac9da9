package coder

import (
	"slices"
	"strings"
	"sync"

	"notecoder/cdi/model"
)

// allergyReaction is data/allergy_reaction.tsv: the code prefixes of an
// allergy status and of the reactions an allergy is described by.
type allergyReaction struct {
	status, reaction []string
}

// allergyReactions is data/allergy_reaction.tsv, read once.
var allergyReactions = sync.OnceValue(func() allergyReaction {
	var a allergyReaction
	for _, f := range rows("allergy_reaction.tsv") {
		if len(f) != 2 {
			panic("coder: data/allergy_reaction.tsv: bad line " + strings.Join(f, "\t"))
		}
		switch f[0] {
		case "status":
			a.status = append(a.status, f[1])
		case "reaction":
			a.reaction = append(a.reaction, f[1])
		default:
			panic("coder: data/allergy_reaction.tsv: unknown kind " + f[0])
		}
	}
	return a
})

// dropAllergyReactions drops the reaction an allergy status is described by
// ("Allergy: penicillin (hives at age 3)"): a reaction code whose evidence
// follows the status code's evidence within the sentence the status was read
// in (the scope of a finding it was read from) is that allergy's past reaction, which the status
// stands for (data/allergy_reaction.tsv).
func dropAllergyReactions(codes []model.Code, findings []model.Finding) []model.Code {
	a := allergyReactions()
	var scopes []model.Span // from the end of a status's evidence to its sentence's end
	for _, c := range codes {
		if len(c.Evidence) == 0 || !hasAnyPrefix(c.Code, a.status) {
			continue
		}
		// (Each mention of the status: a code merged from several keeps
		// the evidence of all.)
		for _, f := range findings {
			if f.Scope.End == 0 || !slices.ContainsFunc(f.Evidence, func(e model.Span) bool { return slices.Contains(c.Evidence, e) }) {
				continue
			}
			end := 0
			for _, e := range f.Evidence {
				end = max(end, e.End)
			}
			scopes = append(scopes, model.Span{Start: end, End: f.Scope.End})
		}
	}
	if len(scopes) == 0 {
		return codes
	}
	return dropWhere(codes, func(c *model.Code) bool {
		if len(c.Evidence) == 0 || !hasAnyPrefix(c.Code, a.reaction) {
			return false
		}
		lo, hi := c.Evidence[0].Start, c.Evidence[0].End
		for _, e := range c.Evidence[1:] {
			lo, hi = min(lo, e.Start), max(hi, e.End)
		}
		return slices.ContainsFunc(scopes, func(s model.Span) bool { return lo >= s.Start && hi <= s.End })
	})
}
