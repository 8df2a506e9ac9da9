// Package hugeheap asks the kernel to back the process's heap with 2 MB
// pages once the long-lived data (the coding engine's index, lexicons and
// tables, about 250 MB) has been built.
//
// Why: coding one section touches a few thousand cache lines spread over
// that whole heap (index nodes, per-word maps, code titles). They fit in the
// L2 cache (a callgrind simulation of BenchmarkSection1KB with a 2 MB last
// level misses about a dozen lines a section), yet sections coded in
// rotation ran far slower than one section coded repeatedly. With 4 KB pages
// the lines lie on more pages than the TLB maps, so lookups pay page walks;
// with 2 MB pages the same heap takes about 130 TLB entries. Measured on the
// 2-core VM: the benchmark's p50 fell by 15-20% with unchanged instruction
// counts.
//
// The Go runtime does not request huge pages for its heap (since Go
// 1.21.1), and this machine's transparent huge pages are "madvise", so the
// heap stays in 4 KB pages unless asked. Collapse asks with
// MADV_COLLAPSE, which works whatever the system-wide setting (Linux 6.1 and
// later) and, unlike MADV_HUGEPAGE, does not change how later page faults
// are served (no compaction stall on a keystroke's allocation). Elsewhere
// it does nothing.
//
// The pages stay huge while the data is live: the runtime returns only free
// pages to the kernel, and with the default GOGC the heap goal stays above
// what the built engines hold, so its scavenger has little to release.
package hugeheap

// Report says what Collapse did: the 2 MB ranges it asked for and how many
// the kernel backed with a huge page.
type Report struct {
	Tried, Collapsed int
}
