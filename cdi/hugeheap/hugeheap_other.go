//go:build !linux

package hugeheap

// Collapse does nothing outside Linux: there is no MADV_COLLAPSE.
func Collapse() Report { return Report{} }
