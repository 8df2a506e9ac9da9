// Package hugeheap asks the kernel to back the process's heap with 2 MB
// pages once the long-lived data (the coding engine's index, lexicons and
// tables, about 250 MB) has been built.
//
// Why: coding one section touches a few thousand cache lines spread over
// that whole heap (index nodes, per-word maps, code titles). They fit in
// the L2 cache (a 2 MB-cache simulation of BenchmarkSection1KB misses about a
// dozen lines a section), but with 4 KB pages they span thousands of pages,
// more than the TLB holds, so every section pays page walks: that, not the
// data cache, is why sections coded in rotation ran about 1.7 times slower
// than one section coded repeatedly. With 2 MB pages the same data takes a
// hundred TLB entries.
//
// The Go runtime does not request huge pages for its heap (since Go
// 1.21.1), and this machine's transparent huge pages are "madvise", so the
// heap stays in 4 KB pages unless asked. Collapse asks with
// MADV_COLLAPSE, which works whatever the system-wide setting (Linux 6.1 and
// later) and, unlike MADV_HUGEPAGE, does not change how later page faults
// are served (no compaction stall on a keystroke's allocation).
// Elsewhere it does nothing.
package hugeheap

// Report says what Collapse did: the 2 MB ranges it asked for and how many
// the kernel backed with a huge page.
type Report struct {
	Tried, Collapsed int
}
