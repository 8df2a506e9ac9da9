package coder

import (
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
