package coder

import (
	"strings"
	"sync"

	"notecoder/cdi/model"
)

// substanceRow is one row of data/substance_unspecified.tsv: the prefix of
// an unspecified drug's or substance's codes and the categories whose named
// substances make it redundant.
type substanceRow struct{ prefix, lo, hi string }

// substanceRows reads data/substance_unspecified.tsv once.
var substanceRows = sync.OnceValue(func() []substanceRow {
	var out []substanceRow
	for _, f := range rows("substance_unspecified.tsv") {
		if len(f) == 3 {
			out = append(out, substanceRow{f[0], f[1], f[2]})
		}
	}
	return out
})

// substanceIntent is the intent a T36-T65 title states (its 5th or 6th
// character, whose position differs between categories), "" for another
// title.
func substanceIntent(title string) string {
	t := strings.ToLower(title)
	for _, w := range []string{"accidental", "intentional self-harm", "assault", "undetermined", "adverse effect", "underdosing"} {
		if strings.Contains(t, w) {
			return w
		}
	}
	return ""
}

// dropUnspecifiedSubstance drops the code of an unspecified drug or
// substance (T50.90-, T65.9-) beside a code of the same block that names
// the substance with the same intent: the note's bare "toxic effect" or
// "drug-induced" is the named substance's, not a second one (the drug
// table's code for the substance is the code, I.C.19.e). Most notes code
// no substance: the prefixes are screened first.
func dropUnspecifiedSubstance(codes []model.Code) []model.Code {
	rs := substanceRows()
	var drop dropSet
	for i, c := range codes {
		for _, r := range rs {
			if !strings.HasPrefix(c.Code, r.prefix) {
				continue
			}
			in := substanceIntent(c.Title)
			for j, o := range codes {
				if j == i || strings.HasPrefix(o.Code, r.prefix) || len(o.Code) < 3 || o.Code[:3] < r.lo || o.Code[:3] > r.hi {
					continue
				}
				if (o.Assertion == c.Assertion || o.Assertion == model.Present) && substanceIntent(o.Title) == in && in != "" {
					drop.mark(i, len(codes))
					break
				}
			}
		}
	}
	return drop.apply(codes)
}
