package server

import (
	"sync/atomic"
	"testing"
)

// bugs counts invariant violations seen in production.
var bugs atomic.Int64

// bug reports a broken invariant: it panics under `go test` so tests catch it,
// and counts it in production, where a wrong detail must not take the
// connection down (gopls's bug.Report).
func bug(what string) {
	if testing.Testing() {
		panic("notecoder bug: " + what)
	}
	bugs.Add(1)
}
