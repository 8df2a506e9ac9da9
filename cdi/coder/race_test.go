//go:build race

package coder

// raceEnabled is true under the race detector, which makes the pipeline
// 10-20x slower: the multi-megabyte bad-input case is skipped there (it runs
// in the normal test run) so `go test -race ./...` stays within CI's budget.
const raceEnabled = true
