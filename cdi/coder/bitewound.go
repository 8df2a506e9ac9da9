package coder

import (
	"strings"
	"sync"

	"notecoder/cdi/model"
)

// biteIncludes is data/bite_wounds.txt: the title prefixes of the open
// wounds an open bite of the same site includes.
var biteIncludes = sync.OnceValue(func() []string { return lines("bite_wounds.txt") })

// dropBittenWounds drops a laceration or puncture without foreign body
// beside an open bite of the same subcategory (site) and side: the wounds
// of a bite are the bite's (Bite, by site, open bite). Notes without an
// open bite code, most of them, cost one prefix test per code.
func dropBittenWounds(codes []model.Code) []model.Code {
	var bites []int
	for i, c := range codes {
		if c.Code[0] == 'S' && strings.HasPrefix(c.Title, "Open bite") && c.Assertion == model.Present {
			bites = append(bites, i)
		}
	}
	if len(bites) == 0 {
		return codes
	}
	return dropWhere(codes, func(c *model.Code) bool {
		if c.Code[0] != 'S' || len(c.Code) < 5 {
			return false
		}
		kind := false
		for _, p := range biteIncludes() {
			kind = kind || strings.HasPrefix(c.Title, p)
		}
		if !kind {
			return false
		}
		for _, b := range bites {
			o := codes[b]
			if o.Code[:5] == c.Code[:5] && o.Code != c.Code && sideWord(o.Title) == sideWord(c.Title) && o.Assertion == c.Assertion {
				return true
			}
		}
		return false
	})
}
