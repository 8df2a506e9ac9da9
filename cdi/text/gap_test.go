package text

import (
	"strings"
	"testing"

	"notecoder/cdi/model"
)

// A trigger with a <gap> frames its subject: the finding inside the gap
// keeps its assertion, the list after the trigger takes the trigger's.
func TestGapTrigger(t *testing.T) {
	a := Assertions()
	s := "Possible etiologies of her abdominal pain include GERD, gastritis, and anxiety."
	for _, c := range []struct {
		word string
		want model.Assertion
	}{{"abdominal pain", model.Present}, {"GERD", model.Possible}, {"gastritis", model.Possible}, {"anxiety", model.Possible}} {
		i := strings.Index(s, c.word)
		if got := a.Classify(s, model.Span{Start: 0, End: len(s)}, model.Span{Start: i, End: i + len(c.word)}, ""); got != c.want {
			t.Errorf("%s: got %v, want %v", c.word, got, c.want)
		}
	}
	// A gap does not run past a semicolon.
	s = "Possible etiologies of pain; anxiety include stress."
	i := strings.Index(s, "stress")
	if got := a.Classify(s, model.Span{Start: 0, End: len(s)}, model.Span{Start: i, End: i + 6}, ""); got != model.Present {
		t.Errorf("gap across ';': got %v", got)
	}
	if _, err := parseContext("possible\tforward\t0\tpossible <gap> include\n"); err == nil {
		t.Error("a <gap> after one word must be rejected")
	}
}
