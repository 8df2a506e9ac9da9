package coder

import (
	"io/fs"
	"testing"
)

// TestDataRowsOnce: a data row written twice is a dead copy that a later
// edit of the first would miss (merges of parallel work left several), so
// every embedded data file holds each data line once.
func TestDataRowsOnce(t *testing.T) {
	names, err := fs.Glob(data, "data/*")
	if err != nil {
		t.Fatal(err)
	}
	for _, n := range names {
		seen := map[string]bool{}
		for _, l := range lines(n[len("data/"):]) {
			if seen[l] {
				t.Errorf("%s: row written twice: %q", n, l)
			}
			seen[l] = true
		}
	}
}
