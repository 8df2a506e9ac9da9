package coder

import (
	"strings"
	"sync"
)

// measureUnits is data/units.tsv: the units of measure read after a number
// in the note's text, kept as data so a reviewer sees every spelling read.
type measureUnits struct {
	grams map[string]bool // a birth weight in grams (gramsIn)
	// kilograms, pounds and ounces are a birth weight in other units
	// (otherUnitGrams).
	kilograms, pounds, ounces map[string]bool
	weeks                     map[string]bool // weeks of gestation (gestWeeks)
	// birth is grams, kilograms, pounds and weeks together: the units a
	// section's birth weight or gestational age is written in, looked up
	// once per number-and-word pair before sectionBirth scans the bytes.
	birth    map[string]bool
	duration []string // units of a duration before "history" (durationHistory)
	long     []string // words before "history" that make it long-standing
}

// units reads data/units.tsv once. Sets are built at load so a unit is one
// map lookup, as the switch it replaces was one compare.
var units = sync.OnceValue(func() *measureUnits {
	k := keyed("units.tsv")
	set := func(ws []string) map[string]bool {
		m := map[string]bool{}
		for _, w := range ws {
			m[strings.ToLower(w)] = true
		}
		return m
	}
	low := func(ws []string) []string {
		for i, w := range ws {
			ws[i] = strings.ToLower(w)
		}
		return ws
	}
	u := &measureUnits{grams: set(k["grams"]), kilograms: set(k["kilograms"]), pounds: set(k["pounds"]), ounces: set(k["ounces"]), weeks: set(k["weeks"]), duration: low(k["duration"]), long: low(k["long"])}
	u.birth = set(nil)
	for _, m := range []map[string]bool{u.grams, u.kilograms, u.pounds, u.weeks} {
		for w := range m {
			u.birth[w] = true
		}
	}
	return u
})
