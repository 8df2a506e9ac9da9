package main

import (
	"notecoder/cdi/coder"
	"notecoder/cdi/codeset"
	"notecoder/cdi/gaps"
)

// newEngine builds the clinical engine every command shares: the coder with
// the documentation-gap engine plugged into its prompt hook, so `code`,
// `serve` and the load tools give the same codes and prompts.
func newEngine(cs *codeset.Set) (*coder.Engine, error) {
	eng, err := coder.New(cs)
	if err != nil {
		return nil, err
	}
	g, err := gaps.New(cs, gaps.Options{})
	if err != nil {
		return nil, err
	}
	eng.Prompts = g.Prompts
	return eng, nil
}
