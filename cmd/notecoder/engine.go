package main

import (
	"notecoder/cdi/coder"
	"notecoder/cdi/codeset"
	"notecoder/cdi/gaps"
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
	eng, err := coder.New(cs)
	if err != nil {
		return nil, nil, err
	}
	g, err := gaps.New(cs, gaps.Options{})
	if err != nil {
		return nil, nil, err
	}
	eng.Prompts = g.Prompts
	return eng, g, nil
}
