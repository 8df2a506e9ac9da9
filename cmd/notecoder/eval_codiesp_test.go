package main

import (
	"testing"

	"notecoder/cdi/codeset"
)

// TestMapGold checks the FY2018 -> FY2026 gold mapping used by the "mapped"
// columns of eval --codiesp: only retired codes with exactly one unspecified
// child move; valid codes and codes lacking a 7th character stay.
func TestMapGold(t *testing.T) {
	cs, err := codeset.Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct{ in, want string }{
		{"R51", "R51.9"},    // headache: header since FY2021
		{"M54.5", "M54.50"}, // low back pain: header since FY2022
		{"R05", "R05.9"},    // cough: header since FY2023
		{"I10", "I10"},      // still valid
		{"T14.8", "T14.8"},  // needs a 7th character: the episode is unknown
		{"ZZZ", "ZZZ"},      // unknown code unchanged
	} {
		if got := mapGold(cs, c.in); got != c.want {
			t.Errorf("mapGold(%s) = %s, want %s", c.in, got, c.want)
		}
	}
}

// TestScoreLevel checks the five CodiEsp scoring levels on one document.
func TestScoreLevel(t *testing.T) {
	pred := map[string]bool{"S82.101A": true, "I10": true, "E11.22": true}
	gold := map[string]bool{"S82.101": true, "I10": true, "E11.9": true, "R69": true}
	for _, c := range []struct {
		level    string
		tpP, tpG int
	}{
		{"exact", 1, 1},    // I10
		{"no7th", 2, 2},    // + S82.101
		{"prefix", 2, 2},   // S82.101A refines S82.101
		{"first4", 2, 2},   // S821, I10 (E112 != E119)
		{"category", 3, 3}, // + E11
	} {
		got := scoreLevel(c.level, pred, gold)
		if got.tpP != c.tpP || got.tpG != c.tpG || got.nP != 3 || got.nG != 4 {
			t.Errorf("%s: got %+v, want tpP %d tpG %d nP 3 nG 4", c.level, got, c.tpP, c.tpG)
		}
	}
}
