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
	// The engines are the process's long-lived data: backed by huge
	// pages, a section no longer pays TLB misses for its lookups spread
	// over them (package hugeheap). Collapsing copies the heap (about a
	// second of kernel time on a loaded 2-core VM), so it runs beside the
	// first requests instead of delaying start-up; a short run may exit
	// before it is done, losing nothing.
	go hugeheap.Collapse()
	return eng, g, nil
}
