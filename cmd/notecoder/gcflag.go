package main

import (
	"bufio"
	"flag"
	"fmt"
	"os"
	"runtime/debug"
	"strconv"
	"strings"
)

// defaultGOGC is the GC percent the server runs with when neither --gogc nor
// the GOGC environment variable says otherwise. The engine's knowledge base
// is a ~200 MB pointer-dense live heap that every GC cycle marks (~150 ms of
// wall time on 2 cores); keystrokes that arrive during a mark phase pay
// assists and half the CPU. At Go's default of 100 a loaded server starts a
// cycle every few seconds and the p99 round trip lands inside them; at 400
// cycles are ~5x rarer for ~4x the heap headroom (about +600 MB), which a
// server host has. A soft memory limit (see applyGC) keeps the headroom from
// growing without bound when many documents are open.
const defaultGOGC = 400

// addGCFlag registers --gogc on fs; note says when it applies.
func addGCFlag(fs *flag.FlagSet, note string) *int {
	return fs.Int("gogc", defaultGOGC, "GC target percentage"+note+" (the GOGC environment variable, when set, wins); -1 turns the collector off")
}

// applyGC sets the GC percent from --gogc unless the operator set GOGC in the
// environment, and, unless GOMEMLIMIT is set, a soft memory limit of half the
// machine's memory: past it the collector runs as often as it must, so the
// larger GC percent trades memory for latency only while memory is plentiful.
// It returns the settings in force, for the log.
func applyGC(pct int) string {
	var out []string
	if env := os.Getenv("GOGC"); env != "" {
		out = append(out, "GOGC="+env+" (environment)")
	} else {
		debug.SetGCPercent(pct)
		out = append(out, fmt.Sprintf("GOGC=%d (--gogc)", pct))
	}
	if env := os.Getenv("GOMEMLIMIT"); env != "" {
		out = append(out, "GOMEMLIMIT="+env+" (environment)")
	} else if total := memTotal(); total > 0 {
		debug.SetMemoryLimit(total / 2)
		out = append(out, fmt.Sprintf("memory limit %d MiB (half of %d MiB)", total/2>>20, total>>20))
	}
	return strings.Join(out, ", ")
}

// memTotal returns the machine's memory in bytes from /proc/meminfo, or 0
// where that is not available.
func memTotal() int64 {
	f, err := os.Open("/proc/meminfo")
	if err != nil {
		return 0
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if rest, ok := strings.CutPrefix(sc.Text(), "MemTotal:"); ok {
			fields := strings.Fields(rest)
			if len(fields) == 2 && fields[1] == "kB" {
				if kb, err := strconv.ParseInt(fields[0], 10, 64); err == nil {
					return kb << 10
				}
			}
		}
	}
	return 0
}
