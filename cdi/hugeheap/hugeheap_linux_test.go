package hugeheap

import "testing"

// TestAnonRW checks which /proc/self/maps lines are collapsed: private
// anonymous writable mappings only.
func TestAnonRW(t *testing.T) {
	for _, c := range []struct {
		line   string
		ok     bool
		lo, hi uintptr
	}{
		{"c000000000-c004000000 rw-p 00000000 00:00 0 ", true, 0xc000000000, 0xc004000000},
		{"7f55ba000000-7f55ba400000 rw-p 00000000 00:00 0", true, 0x7f55ba000000, 0x7f55ba400000},
		{"00400000-00e00000 r-xp 00000000 fd:00 123 /tmp/x", false, 0, 0},
		{"7ffd1000-7ffd2000 rw-p 00000000 00:00 0 [stack]", false, 0, 0},
		{"7f0000-7f1000 rw-s 00000000 00:05 9 /dev/shm/x", false, 0, 0},
		{"7f0000-7f1000 ---p 00000000 00:00 0", false, 0, 0},
	} {
		lo, hi, ok := anonRW([]byte(c.line))
		if ok != c.ok || lo != c.lo || hi != c.hi {
			t.Errorf("%q: got %x-%x %v", c.line, lo, hi, ok)
		}
	}
}
