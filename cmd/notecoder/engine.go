package main

import (
	"sync"

	"notecoder/cdi/coder"
	"notecoder/cdi/codeset"
	"notecoder/cdi/gaps"
	"notecoder/cdi/hugeheap"
)

// newEngine builds the clinical engine the batch commands share: the coder
// with the documentation-gap engine plugged into its prompt hook, so `code`,
// `serve` and the load tools give the same codes and prompts.
func newEngine(cs *codeset.Set) (*coder.Engine, error) {
	eng, _, err := newEngines(cs)
	return eng, err
}

// newEngines also returns the gap engine, for the real-time path, which
// extracts gap facts per section (cached with the section) instead of
// reading the whole note on every keystroke.
func newEngines(cs *codeset.Set) (*coder.Engine, *gaps.Engine, error) {
	// The two engines only read the code set: the gap engine builds on
	// the other core while the coder's index builds on this one.
	var g *gaps.Engine
	var gerr error
	var wg sync.WaitGroup
	wg.Go(func() { g, gerr = gaps.New(cs, gaps.Options{}) })
	eng, err := coder.New(cs)
	wg.Wait()
	if err != nil {
		return nil, nil, err
	}
	if gerr != nil {
		return nil, nil, gerr
	}
	eng.Prompts = g.Prompts
	return eng, g, nil
}

// collapseHeap backs the built engines, the long-lived data of a server,
// with huge pages (package hugeheap): a keystroke's section no longer pays
// TLB misses for lookups spread over them. Collapsing copies the heap (a
// second of kernel time on a loaded 2-core VM), so it runs beside the first
// requests instead of delaying start-up. Only the server calls it: a batch
// run (code, eval) is over before the copy pays for itself (measured: `code
// --jsonl` on 6.3 MB took 0.4-1 s longer with it).
func collapseHeap() { go hugeheap.Collapse() }
