package main

import (
	"flag"
	"fmt"
	"os"
	"runtime/debug"
)

// defaultGOGC is the GC percent the server runs with when neither --gogc nor
// the GOGC environment variable says otherwise. The engine's knowledge base
// is a ~200 MB pointer-dense live heap that every GC cycle marks (~150 ms of
// wall time on 2 cores); keystrokes that arrive during a mark phase pay
// assists and half the CPU. At Go's default of 100 a loaded server starts a
// cycle every few seconds and the p99 round trip lands inside them; at 400
// cycles are ~5x rarer for ~4x the heap headroom (about +600 MB), which a
// server host has.
const defaultGOGC = 400

// addGCFlag registers --gogc on fs; note says when it applies.
func addGCFlag(fs *flag.FlagSet, note string) *int {
	return fs.Int("gogc", defaultGOGC, "GC target percentage"+note+" (the GOGC environment variable, when set, wins); -1 turns the collector off")
}

// applyGC sets the GC percent from --gogc unless the operator set GOGC in the
// environment, and says which one is in force.
func applyGC(pct int) string {
	if env := os.Getenv("GOGC"); env != "" {
		return "GOGC=" + env + " (environment)"
	}
	debug.SetGCPercent(pct)
	return fmt.Sprintf("GOGC=%d (--gogc)", pct)
}
