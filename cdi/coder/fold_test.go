package coder

import (
	"strings"
	"testing"
)

// TestContainsFold checks the allocation-free title test against the
// strings.ToLower form it replaces.
func TestContainsFold(t *testing.T) {
	tests := []struct {
		s, sub string
		want   bool
	}{
		{"Osteoarthritis of knee, unspecified", "unspecified", true},
		{"UNSPECIFIED fracture", "unspecified", true},
		{"Unspecified", "unspecified", true},
		{"Unspecifie", "unspecified", false},
		{"Initial encounter for closed fracture", "initial", true},
		{"Subsequent encounter", "initial", false},
		{"", "initial", false},
		{"Sequela", "sequela", true},
		{"Ünspecified ÜNSPECIFIED", "unspecified", false},
		{"Énfermedad UNSPECIFIED", "unspecified", true},
		// The one-pass search: a match before a later non-ASCII byte,
		// one only the ToLower path finds (the Kelvin sign lowers to
		// "k"), a match spanning none, and the empty word.
		{"Unspecified Ménière", "unspecified", true},
		{"Ménière, UNSPECIFIED", "unspecified", true},
		{"\u212Anee, unspecified", "knee", true},
		{"Unspecif\u00e9d", "unspecified", false},
		{"", "", true},
		{"Ménière", "", true},
	}
	for _, tc := range tests {
		if got := containsFold(tc.s, tc.sub); got != tc.want {
			t.Errorf("containsFold(%q, %q) = %v, want %v", tc.s, tc.sub, got, tc.want)
		}
		if ref := strings.Contains(strings.ToLower(tc.s), tc.sub); ref != tc.want {
			t.Errorf("reference for %q, %q = %v, want %v", tc.s, tc.sub, ref, tc.want)
		}
	}
}
