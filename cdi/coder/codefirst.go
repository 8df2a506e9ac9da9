package coder

import (
	"fmt"
	"strings"

	"notecoder/cdi/model"
)

// codeFirst is one line of data/code_first.tsv: a code that follows its
// etiology, the etiology the guidelines assume when none is coded, and the
// prefixes of codes that already give one.
type codeFirst struct {
	code, etiology string
	satisfied      []string
}

// RuleCodeFirst marks an etiology supplied for a code coded without one.
const RuleCodeFirst = "codefirst"

func loadCodeFirst() ([]codeFirst, error) {
	var out []codeFirst
	for _, l := range lines("code_first.tsv") {
		f := strings.Split(l, "\t")
		if len(f) != 3 {
			return nil, fmt.Errorf("coder: data/code_first.tsv: bad line %q", l)
		}
		out = append(out, codeFirst{f[0], f[1], strings.Fields(f[2])})
	}
	return out, nil
}

// addEtiologies reports, before a current code that must follow its
// etiology, the default etiology of data/code_first.tsv when the note codes
// none ("septic shock": A41.9 then R65.21).
func (e *Engine) addEtiologies(codes []model.Code) []model.Code {
	for _, r := range e.codeFirst {
		at := -1
		for i, c := range codes {
			if reportable(c) && matchPat(r.code, c.Code) {
				at = i
				break
			}
		}
		if at < 0 || hasPrefixed(codes, r.satisfied) {
			continue
		}
		if _, ok := e.cs.Lookup(r.etiology); !ok {
			continue
		}
		c := codes[at]
		c.Code, c.Title = r.etiology, e.title(r.etiology)
		c.Rule = RuleCodeFirst
		c.Why = "coded first for " + codes[at].Code + " (its code-first condition, not coded otherwise; data/code_first.tsv)"
		codes = append(codes, c)
	}
	return codes
}

// hasPrefixed reports whether a code of the note starts with one of prefixes.
func hasPrefixed(codes []model.Code, prefixes []string) bool {
	for _, c := range codes {
		for _, p := range prefixes {
			if strings.HasPrefix(c.Code, p) {
				return true
			}
		}
	}
	return false
}
