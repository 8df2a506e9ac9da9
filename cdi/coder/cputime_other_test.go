//go:build !linux

package coder

// threadCPU is 0 where the thread's CPU clock is not read: the benchmarks'
// CPU-time percentiles are then 0.
func threadCPU() int64 { return 0 }
