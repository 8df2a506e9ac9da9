package text

import (
	"bufio"
	"io/fs"
	"strings"
	"testing"
)

// TestDataRowsOnce: a data row written twice is a dead copy that a later
// edit of the first would miss (merges of parallel work left several), so
// every embedded data file holds each data line once.
func TestDataRowsOnce(t *testing.T) {
	names, err := fs.Glob(dataFS, "data/*")
	if err != nil {
		t.Fatal(err)
	}
	for _, n := range names {
		b, err := dataFS.ReadFile(n)
		if err != nil {
			t.Fatal(err)
		}
		seen := map[string]bool{}
		sc := bufio.NewScanner(strings.NewReader(string(b)))
		for sc.Scan() {
			l := strings.TrimRight(sc.Text(), " \r")
			if l == "" || strings.HasPrefix(l, "#") {
				continue
			}
			if seen[l] {
				t.Errorf("%s: row written twice: %q", n, l)
			}
			seen[l] = true
		}
	}
}
