//go:build race

package server

// raceEnabled is true under the race detector, which changes memory and
// timing enough that the idle-connection memory bound is only logged there.
const raceEnabled = true
