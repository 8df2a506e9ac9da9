package hugeheap

import (
	"runtime"
	"testing"
)

// TestCollapse checks that Collapse runs and leaves the heap usable (on a
// kernel without MADV_COLLAPSE it collapses nothing).
func TestCollapse(t *testing.T) {
	keep := make([][]byte, 64)
	for i := range keep {
		keep[i] = make([]byte, 1<<20)
		keep[i][i] = byte(i)
	}
	r := Collapse()
	if r.Collapsed > r.Tried {
		t.Fatalf("collapsed %d of %d", r.Collapsed, r.Tried)
	}
	t.Logf("%s: collapsed %d of %d ranges", runtime.GOOS, r.Collapsed, r.Tried)
	for i := range keep {
		if keep[i][i] != byte(i) {
			t.Fatalf("block %d changed", i)
		}
	}
}
