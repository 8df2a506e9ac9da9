package coder

import "testing"

// TestBornHereStartsInterned: bornHereCue skips a word without an interned
// form only while every phrase's first word is interned; a new row in
// record_owner.tsv whose first word is not in cdi/text/data/intern.txt
// would silently bring back a map look-up per word on every keystroke.
func TestBornHereStartsInterned(t *testing.T) {
	if !bornHereStarts().interned {
		t.Fatal("a bornhere or cesareancue phrase starts with a word missing from cdi/text/data/intern.txt")
	}
}
