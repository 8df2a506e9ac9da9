package coder

import (
	"slices"
	"strings"
	"sync"

	"notecoder/cdi/model"
)

// historyCareRows is data/history_beside_care.tsv: a healed-history code and
// the word of the injury titles whose later care makes it redundant.
var historyCareRows = sync.OnceValue(func() [][2]string {
	var out [][2]string
	for _, f := range rows("history_beside_care.tsv") {
		if len(f) == 2 {
			out = append(out, [2]string{f[0], f[1]})
		}
	}
	return out
})

// laterCare reports a 7th character of a subsequent encounter or sequela.
func laterCare(code string) bool {
	if len(code) != 8 {
		return false
	}
	return strings.IndexByte("DGKPS", code[7]) >= 0
}

// dropHealedHistory drops a history code of a healed injury (Z87.81)
// beside a code of the same kind of injury in its later care or as a
// sequela: the fracture the visit follows up or whose late effect it
// treats is not healed history.
func dropHealedHistory(codes []model.Code) []model.Code {
	for _, r := range historyCareRows() {
		hist := false
		for _, c := range codes {
			hist = hist || c.Code == r[0]
		}
		if !hist {
			continue
		}
		care := false
		for _, c := range codes {
			care = care || c.Assertion == model.Present && laterCare(c.Code) && containsFold(c.Title, r[1])
		}
		if care {
			codes = dropWhere(codes, func(c *model.Code) bool { return c.Code == r[0] })
		}
	}
	return codes
}

// historyStep is the index subterm under which a main term files the
// personal history of its condition ("Hepatitis, history of, C" Z86.19).
const historyStep = " > history of > "

// dropHistoryOfCurrent drops a personal history code read under a main
// term's "history of" subterm ("Hepatitis > history of > C") beside a
// current code of the same main term whose path names every step after
// it ("Hepatitis > C > chronic"): the infection the note also calls current
// is not over, and a personal history (Z86.1-) says it is. ("History of
// hepatitis A" beside a chronic hepatitis C names another infection: kept.)
func dropHistoryOfCurrent(codes []model.Code) []model.Code {
	var drop []bool
	for i, h := range codes {
		if h.Code[0] != 'Z' || h.Rule != RuleIndex {
			continue
		}
		path := whyPath(h.Why)
		k := strings.Index(path, historyStep)
		if k < 0 {
			continue
		}
		main, rest := path[:k], strings.Split(strings.ToLower(path[k+len(historyStep):]), " > ")
		for _, c := range codes {
			cp := strings.ToLower(whyPath(c.Why))
			if c.Code[0] == 'Z' || c.Assertion != model.Present || !strings.HasPrefix(whyPath(c.Why), main+" > ") {
				continue
			}
			if !slices.ContainsFunc(rest, func(s string) bool { return !slices.Contains(strings.Split(cp, " > "), s) }) {
				if drop == nil {
					drop = make([]bool, len(codes))
				}
				drop[i] = true
				break
			}
		}
	}
	if drop == nil {
		return codes
	}
	return compactCodes(codes, drop)
}
