package coder

import (
	"strings"
	"sync"
)

// measureUnits is data/units.tsv: the units of measure read after a number
// in the note's text, kept as data so a reviewer sees every spelling read.
type measureUnits struct {
	grams    map[string]bool // a birth weight in grams (gramsIn)
	weeks    map[string]bool // weeks of gestation (gestWeeks)
	duration []string        // units of a duration before "history" (durationHistory)
	long     []string        // words before "history" that make it long-standing
}

// units reads data/units.tsv once. Sets are built at load so a unit is one
// map lookup, as the switch it replaces was one compare.
var units = sync.OnceValue(func() *measureUnits {
	u := &measureUnits{grams: map[string]bool{}, weeks: map[string]bool{}}
	for _, l := range lines("units.tsv") {
		k, w, ok := strings.Cut(l, "\t")
		if !ok {
			continue
		}
		switch w = strings.ToLower(strings.TrimSpace(w)); k {
		case "grams":
			u.grams[w] = true
		case "weeks":
			u.weeks[w] = true
		case "duration":
			u.duration = append(u.duration, w)
		case "long":
			u.long = append(u.long, w)
		}
	}
	return u
})
