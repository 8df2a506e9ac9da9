package main

import (
	"bytes"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

func TestReplayPrintsResults(t *testing.T) {
	addr := testServer(t)
	note := filepath.Join(t.TempDir(), "n.txt")
	if err := os.WriteFile(note, []byte("ASSESSMENT:\nCHF \U0001F600 CHF\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	var out, errb bytes.Buffer
	code := run([]string{"replay", note, "--addr", addr, "--cps", "0", "--setting", "inpatient"}, &out, &errb)
	if code != 0 {
		t.Fatalf("exit %d\n%s\n%s", code, out.String(), errb.String())
	}
	s := out.String()
	for _, want := range []string{
		"+ code   I50.9    Heart failure, unspecified [present]",
		"+ prompt I50.9    type: Heart failure: type not documented (chronic systolic I50.22)",
		"summary: 22 keystrokes",
		"0 errors",
		"codes:\n  I50.9",
		"prompts:\n  I50.9    type",
	} {
		if !strings.Contains(s, want) {
			t.Errorf("output lacks %q:\n%s", want, s)
		}
	}
	// Paced typing (fast, so the test stays short) gives the same end state.
	out.Reset()
	if code := run([]string{"replay", note, "--addr", addr, "--cps", "500", "--all"}, &out, &errb); code != 0 || !strings.Contains(out.String(), "codes:\n  I50.9") {
		t.Fatalf("paced replay: exit %d\n%s", code, out.String())
	}
}

func TestReplayRefuses(t *testing.T) {
	note := filepath.Join(t.TempDir(), "n.txt")
	os.WriteFile(note, []byte("x"), 0o600)
	bad := filepath.Join(t.TempDir(), "bad.txt")
	os.WriteFile(bad, []byte{0xff, 0xfe}, 0o600)
	tests := []struct {
		args []string
		code int
		want string
	}{
		{[]string{}, 2, "exactly one FILE"},
		{[]string{note, note}, 2, "exactly one FILE"},
		{[]string{note, "--cps", "-1"}, 2, "--cps"},
		{[]string{note, "--setting", "er"}, 2, "--setting"},
		{[]string{filepath.Join(t.TempDir(), "missing")}, 1, "no such file"},
		{[]string{bad}, 1, "not UTF-8"},
		{[]string{note, "--addr", "ftp://x"}, 1, "scheme"},
	}
	for _, tc := range tests {
		var out, errb bytes.Buffer
		if code := run(append([]string{"replay"}, tc.args...), &out, &errb); code != tc.code || !strings.Contains(errb.String(), tc.want) {
			t.Errorf("%v: exit %d, stderr %q; want %d and %q", tc.args, code, errb.String(), tc.code, tc.want)
		}
	}
}

func TestTypingDelay(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	tests := []struct {
		prev   rune
		factor float64
	}{{'a', 1}, {' ', 2}, {'.', 3}, {',', 3}, {'\n', 6}}
	for _, tc := range tests {
		for i := 0; i < 50; i++ {
			d := typingDelay(tc.prev, 10, rng)
			lo := time.Duration(0.6 * tc.factor / 10 * float64(time.Second))
			hi := time.Duration(1.4 * tc.factor / 10 * float64(time.Second))
			if d < lo || d > hi {
				t.Fatalf("after %q: %v outside [%v, %v]", tc.prev, d, lo, hi)
			}
		}
	}
}
