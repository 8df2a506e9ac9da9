//go:build !linux

package gaps_test

// threadCPU is not measured outside Linux; the CPU-time metrics read 0.
func threadCPU() int64 { return 0 }
