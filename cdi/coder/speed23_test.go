package coder

import (
	"testing"

	"notecoder/cdi/model"
)

// TestLacksNeededGate checks lacksNeeded with its first-letter gate: the
// rows of data/code_needs.tsv still apply to their codes, and a code no row
// names is never ruled out.
func TestLacksNeededGate(t *testing.T) {
	for _, c := range []struct {
		code, sent string
		want       bool
		ev         model.Span
	}{
		{"Z38.00", "Single liveborn infant, delivered vaginally.", false, model.Span{}},
		{"Z38.00", "Single infant in hospital.", true, model.Span{}},
		{"Z66", "Patient declined DNR.", true, model.Span{Start: 17, End: 20}},
		{"Z66", "DNR order in place.", false, model.Span{}},
		{"Z91.81", "History of falls.", false, model.Span{}},
		{"Z91.81", "At risk.", false, model.Span{}},
		{"Z91.81", "Fall today.", true, model.Span{}},
		{"I10", "Hypertension.", false, model.Span{}},
		{"E11.9", "Type 2 diabetes declined.", false, model.Span{}},
	} {
		if got := lacksNeeded(c.code, c.sent, c.ev); got != c.want {
			t.Errorf("lacksNeeded(%s, %q) = %v, want %v", c.code, c.sent, got, c.want)
		}
	}
}
