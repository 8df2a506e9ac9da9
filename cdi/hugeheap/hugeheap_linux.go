//go:build linux

package hugeheap

import (
	"bufio"
	"bytes"
	"os"
	"strconv"
	"syscall"
)

// madvCollapse is MADV_COLLAPSE (Linux 6.1): make the range huge pages now,
// copying its 4 KB pages into them. The syscall package predates it.
const madvCollapse = 25

// hugeSize is the x86-64 and arm64 huge page size the kernel collapses into.
const hugeSize = 2 << 20

// Collapse asks the kernel to back every 2 MB-aligned range of the
// process's private anonymous writable mappings (the Go heap's arenas, the
// runtime's own tables) with a huge page. Call it once the long-lived data
// is built: it copies what is resident (a fraction of a second for the
// engine's heap), later allocations stay in 4 KB pages until the next call.
// A kernel without MADV_COLLAPSE refuses every range, which costs one
// syscall each and changes nothing.
func Collapse() Report {
	var r Report
	f, err := os.Open("/proc/self/maps")
	if err != nil {
		return r
	}
	var ranges [][2]uintptr
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if lo, hi, ok := anonRW(sc.Bytes()); ok {
			ranges = append(ranges, [2]uintptr{lo, hi})
		}
	}
	f.Close()
	// Collapsing changes no mapping boundaries, but the list is read in
	// full first so no madvise runs while the maps file is open.
	for _, rg := range ranges {
		for p := (rg[0] + hugeSize - 1) &^ (hugeSize - 1); p+hugeSize <= rg[1]; p += hugeSize {
			// One range at a time: a call over a whole mapping fails
			// as a whole when one of its ranges cannot be collapsed.
			r.Tried++
			if _, _, e := syscall.Syscall(syscall.SYS_MADVISE, p, hugeSize, madvCollapse); e == 0 {
				r.Collapsed++
			}
		}
	}
	return r
}

// anonRW parses one line of /proc/self/maps and reports the address range
// of a private anonymous read-write mapping (no file name: the Go heap and
// the runtime's off-heap tables; not the stack or a mapped file).
func anonRW(line []byte) (lo, hi uintptr, ok bool) {
	f := bytes.Fields(line)
	if len(f) != 5 || len(f[1]) < 4 || f[1][0] != 'r' || f[1][1] != 'w' || f[1][3] != 'p' {
		return 0, 0, false
	}
	a, b, found := bytes.Cut(f[0], []byte("-"))
	if !found {
		return 0, 0, false
	}
	x, err1 := strconv.ParseUint(string(a), 16, 64)
	y, err2 := strconv.ParseUint(string(b), 16, 64)
	if err1 != nil || err2 != nil || y <= x {
		return 0, 0, false
	}
	return uintptr(x), uintptr(y), true
}
