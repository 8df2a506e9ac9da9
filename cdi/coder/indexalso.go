package coder

import (
	"fmt"
	"strings"

	"notecoder/cdi/model"
)

// indexAlso is one line of data/index_also.tsv: an index entry whose code
// the tabular asks to be specified by another code, that code, and the
// prefixes of codes that already specify it.
type indexAlso struct {
	path, code string
	satisfied  []string
}

// RuleIndexAlso marks a code added beside an index entry's code whose
// use-additional note it fills (data/index_also.tsv).
const RuleIndexAlso = "indexalso"

func loadIndexAlso() ([]indexAlso, error) {
	var out []indexAlso
	for _, f := range rows("index_also.tsv") {
		if len(f) != 2 && len(f) != 3 {
			return nil, fmt.Errorf("coder: data/index_also.tsv: bad line %q", strings.Join(f, "\t"))
		}
		r := indexAlso{path: strings.TrimSpace(f[0]), code: strings.TrimSpace(f[1])}
		if len(f) == 3 {
			r.satisfied = strings.Fields(f[2])
		}
		out = append(out, r)
	}
	return out, nil
}

// addIndexAlso codes, beside a code read from an index entry of
// data/index_also.tsv ("Ileus > postoperative", K91.89), the condition its
// use-additional note asks for (K56.7), with the same evidence and
// assertion, unless the note codes one that specifies it already; a
// sepsis takes the organism its sentence's infection names. It runs
// once per note over the note's codes: no per-token work.
func (e *Engine) addIndexAlso(codes []model.Code, findings []model.Finding) []model.Code {
	for _, r := range e.indexAlso {
		at := -1
		for i, c := range codes {
			if reportable(c) && c.Rule == RuleIndex && strings.EqualFold(whyPath(c.Why), r.path) {
				at = i
				break
			}
		}
		if at < 0 || hasPrefixed(codes, r.satisfied) || hasPrefixed(codes, []string{r.code}) {
			continue
		}
		// (A sepsis takes the organism the same sentence names:
		// "postprocedural sepsis; E. coli bacteremia".)
		codes = append(codes, e.companionCode(codes, findings, at, r.code, RuleIndexAlso,
			"coded beside "+codes[at].Code+" ("+r.path+")", ", whose use-additional note it fills (data/index_also.tsv)"))
	}
	return codes
}
