package coder

import "testing"

// TestCatGate: the gate lets through exactly the codes of its prefixes'
// categories, and every code once a prefix is shorter than a category.
func TestCatGate(t *testing.T) {
	var g catGate
	for _, p := range []string{"A15", "B00.4", "U07.1"} {
		g.add(p)
	}
	for code, want := range map[string]bool{"A15.0": true, "B00.41": true, "B00.9": true, "U07.1": true, "A16.2": false, "I10": false, "Z9": false, "": false} {
		if got := g.may(code); got != want {
			t.Errorf("may(%q) = %v, want %v", code, got, want)
		}
	}
	g.add("Z")
	if !g.may("I10") || !g.may("") {
		t.Error("a one-letter prefix must let every code through")
	}
}
