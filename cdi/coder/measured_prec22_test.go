package coder

import (
	"testing"

	"notecoder/cdi/text"
)

// TestMeasured keeps a class number, an age with its sex and a year before
// "on" from reading as a value measured under a drug: "stage 5 on dialysis",
// "58F on letrozole", "dx 2019 on adalimumab" still state a standing therapy.
func TestMeasured(t *testing.T) {
	for s, want := range map[string]bool{"glucose 230-290": true, "WBC 11.8": true, "up to 260": true, "stage 5": false, "type 2": false, "58F": false, "dx 2019": false, "on": false} {
		toks := text.Tokenize(s)
		if got := measured(toks, len(toks)-1); got != want {
			t.Errorf("measured(%q) = %v, want %v", s, got, want)
		}
	}
}
