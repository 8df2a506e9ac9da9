//go:build !linux

// Package cpuclock reads the calling OS thread's CPU time for the
// benchmarks; outside Linux it is not read.
package cpuclock

// Thread is 0 where the thread's CPU clock is not read: the benchmarks'
// CPU-time percentiles are then 0.
func Thread() int64 { return 0 }
