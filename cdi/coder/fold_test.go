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
