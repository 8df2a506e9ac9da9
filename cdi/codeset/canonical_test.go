package codeset

import "testing"

// TestCanonical checks the premise of Lookup's shortcut: a code spelled
// canonically normalises to itself or to nothing, so no other spelling of it
// is in the set.
func TestCanonical(t *testing.T) {
	for _, c := range []string{"I10", "I50.23", "S72.001A", "Z3A", "QA0", "I50.", "i50.23", "I5023", " I10", "I50.2.3", "A", "S72.001A9", "I-10", "Z3A.12"} {
		if canonical(c) {
			if n := Normalize(c); n != c && n != "" {
				t.Errorf("canonical(%q) but Normalize gives %q", c, n)
			}
		}
	}
	for _, c := range []string{"I10", "I50.23", "S72.001A"} {
		if !canonical(c) {
			t.Errorf("canonical(%q) = false", c)
		}
	}
	for _, c := range []string{"I50.", "i50.23", "I5023", " I10", "I50.2.3"} {
		if canonical(c) {
			t.Errorf("canonical(%q) = true", c)
		}
	}
}
