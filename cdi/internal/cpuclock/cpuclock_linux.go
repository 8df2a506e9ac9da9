// Package cpuclock reads the calling OS thread's CPU time for the coder's
// and the gap engine's benchmarks: they lock their goroutine to one thread
// and report its percentiles beside wall time, so a tail that comes from
// being descheduled on a busy machine shows as the gap between the two.
package cpuclock

import (
	"syscall"
	"unsafe"
)

// Thread returns the CPU time of the calling OS thread in nanoseconds
// (CLOCK_THREAD_CPUTIME_ID), or 0 when the clock cannot be read.
func Thread() int64 {
	var ts syscall.Timespec
	const clockThreadCPUTimeID = 3
	if _, _, e := syscall.Syscall(syscall.SYS_CLOCK_GETTIME, clockThreadCPUTimeID, uintptr(unsafe.Pointer(&ts)), 0); e != 0 {
		return 0
	}
	return ts.Nano()
}
