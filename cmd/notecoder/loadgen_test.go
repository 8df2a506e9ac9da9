package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"math"
	"math/rand/v2"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"notecoder/cdi/model"
	"notecoder/incremental"
	"notecoder/server"
	"notecoder/server/auth"
)

// wordCoder codes every "CHF" in a section as I50.9 with a `type` prompt: a
// stand-in for the engine so the tools' tests exercise the real server.
type wordCoder struct{}

func (wordCoder) CodeSection(body, kind string, ctx model.Context) any {
	var spans []model.Span
	for i := 0; ; {
		j := strings.Index(body[i:], "CHF")
		if j < 0 {
			return spans
		}
		spans = append(spans, model.Span{Start: i + j, End: i + j + 3})
		i += j + 3
	}
}

func (wordCoder) Consolidate(note string, parts []incremental.Part, ctx model.Context) model.Result {
	res := model.Result{Prompts: []model.Prompt{}}
	for _, p := range parts {
		for _, sp := range p.Out.([]model.Span) {
			sp = sp.Shift(p.Offset)
			if len(res.Codes) == 0 {
				res.Codes = append(res.Codes, model.Code{System: "ICD-10-CM", Code: "I50.9", Title: "Heart failure, unspecified",
					Assertion: model.Present, Confidence: 0.9, Rule: "test"})
				res.Prompts = append(res.Prompts, model.Prompt{Kind: "type", Code: "I50.9", Message: "Heart failure: type not documented",
					Key: "type|I50.9", Options: []model.Option{{Label: "chronic systolic", Code: "I50.22"}}})
			}
			res.Codes[0].Evidence = append(res.Codes[0].Evidence, sp)
			res.Prompts[0].Evidence = res.Codes[0].Evidence
		}
	}
	return res
}

// testServer starts a dev server with wordCoder and returns its HOST:PORT.
func testServer(t *testing.T) string {
	t.Helper()
	s, err := server.New(server.Config{Dev: true}, server.Deps{Coder: wordCoder{}, Splitter: incremental.TextSplitter, Auth: auth.DevAuthenticator{}})
	if err != nil {
		t.Fatal(err)
	}
	hs := httptest.NewServer(s.Handler())
	t.Cleanup(func() {
		ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		s.Shutdown(ctx)
		hs.Close()
	})
	return strings.TrimPrefix(hs.URL, "http://")
}

func TestLoadgenRefuses(t *testing.T) {
	tests := []struct {
		args []string
		want string
	}{
		{[]string{"--addr", "10.1.2.3:8080", "--duration", "1s"}, "not a loopback address"},
		{[]string{"--addr", "192.168.0.10:80", "--duration", "1s"}, "not a loopback address"},
		{[]string{"--addr", "[2001:db8::1]:80", "--duration", "1s"}, "not a loopback address"},
		{[]string{"--addr", "no-such-host.invalid:80", "--duration", "1s"}, "not a loopback address"},
		{[]string{"--addr", "127.0.0.1", "--duration", "1s"}, "HOST:PORT"},
		{[]string{"--addr", "127.0.0.1:0", "--duration", "1s"}, "bad port"},
		{[]string{"--sessions", "0", "--duration", "1s"}, "--sessions"},
		{[]string{"--sessions", "20001", "--duration", "1s"}, "--sessions"},
		{[]string{"--duration", "11m"}, "--duration"},
		{[]string{"--duration", "0s"}, "--duration"},
		{[]string{"--rate", "0", "--duration", "1s"}, "--rate"},
		{[]string{"--rate", "1000", "--duration", "1s"}, "--rate"},
		{[]string{"--rate", "NaN", "--duration", "1s"}, "--rate"},
		{[]string{"--backspace", "0.9", "--duration", "1s"}, "--backspace"},
		{[]string{"stray", "--duration", "1s"}, "unexpected argument"},
	}
	for _, tc := range tests {
		var out, errb bytes.Buffer
		code := run(append([]string{"loadgen"}, tc.args...), &out, &errb)
		if code != 2 || !strings.Contains(errb.String(), tc.want) {
			t.Errorf("%v: exit %d, stderr %q; want 2 and %q", tc.args, code, errb.String(), tc.want)
		}
		if out.Len() != 0 {
			t.Errorf("%v: stdout %q", tc.args, out.String())
		}
	}
}

func TestLoadgenLoopbackNames(t *testing.T) {
	for _, addr := range []string{"127.0.0.1:8080", "[::1]:8080", "localhost:8080", "127.1.2.3:1"} {
		if err := checkLoopback(addr); err != nil {
			t.Errorf("%s: %v", addr, err)
		}
	}
}

func TestLoadgenRun(t *testing.T) {
	addr := testServer(t)
	note := filepath.Join(t.TempDir(), "note.txt")
	if err := os.WriteFile(note, []byte("ASSESSMENT:\nCHF, age {age}. CHF again.\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	var out, errb bytes.Buffer
	code := run([]string{"loadgen", "--addr", addr, "--sessions", "4", "--rate", "50", "--duration", "300ms", "--note", note, "--json"}, &out, &errb)
	if code != 0 {
		t.Fatalf("exit %d\nstdout %s\nstderr %s", code, out.String(), errb.String())
	}
	var rep loadReport
	if err := json.Unmarshal(out.Bytes(), &rep); err != nil {
		t.Fatalf("report %q: %v", out.String(), err)
	}
	if rep.Connected != 4 || rep.Keystrokes == 0 || rep.Results == 0 || rep.Errors != 0 || rep.Unanswered != 0 {
		t.Fatalf("report %+v", rep)
	}
	// Every keystroke was answered, so every one has a round trip.
	if int64(rep.RTT.N) != rep.Keystrokes || rep.RTT.P50 > rep.RTT.P99 || rep.RTT.P99 > rep.RTT.Max {
		t.Fatalf("round trips %+v for %d keystrokes", rep.RTT, rep.Keystrokes)
	}
	if rep.Server == nil || rep.Server.RSSBytes == 0 {
		t.Fatalf("server metrics %+v", rep.Server)
	}
	// The text report carries the same numbers.
	out.Reset()
	code = run([]string{"loadgen", "--addr", addr, "--sessions", "2", "--rate", "50", "--duration", "100ms"}, &out, &errb)
	if code != 0 || !strings.Contains(out.String(), "unanswered versions  0") || !strings.Contains(out.String(), "round trip ms") {
		t.Fatalf("exit %d, text report %q", code, out.String())
	}
}

func TestLoadgenIdle(t *testing.T) {
	addr := testServer(t)
	var out, errb bytes.Buffer
	code := run([]string{"loadgen", "--idle", "--addr", addr, "--sessions", "3", "--duration", "10ms", "--json"}, &out, &errb)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errb.String())
	}
	var rep loadReport
	if err := json.Unmarshal(out.Bytes(), &rep); err != nil {
		t.Fatal(err)
	}
	if rep.Connected != 3 || rep.Idle == nil || rep.Idle.GoroutinesAfter <= rep.Idle.GoroutinesBefore {
		t.Fatalf("idle report %+v %+v", rep, rep.Idle)
	}
	if code := run([]string{"loadgen", "--idle", "--spawn", "--duration", "10ms"}, &out, &errb); code != 2 {
		t.Fatalf("--idle --spawn: exit %d", code)
	}
}

func TestLoadgenSpawn(t *testing.T) {
	if testing.Short() {
		t.Skip("loads the real engine")
	}
	var out, errb bytes.Buffer
	code := run([]string{"loadgen", "--spawn", "--sessions", "2", "--rate", "20", "--duration", "200ms", "--json"}, &out, &errb)
	if code != 0 {
		t.Fatalf("exit %d: %s %s", code, out.String(), errb.String())
	}
	var rep loadReport
	if err := json.Unmarshal(out.Bytes(), &rep); err != nil {
		t.Fatal(err)
	}
	if !rep.Spawned || rep.StartupMs <= 0 || rep.Connected != 2 || rep.Unanswered != 0 {
		t.Fatalf("report %+v", rep)
	}
}

func TestSummarize(t *testing.T) {
	ms := func(xs ...int) []time.Duration {
		out := make([]time.Duration, len(xs))
		for i, x := range xs {
			out[i] = time.Duration(x) * time.Millisecond
		}
		return out
	}
	var hundred []time.Duration
	for i := 100; i >= 1; i-- {
		hundred = append(hundred, time.Duration(i)*time.Millisecond)
	}
	tests := []struct {
		in   []time.Duration
		want latencySummary
	}{
		{nil, latencySummary{}},
		{ms(7), latencySummary{N: 1, P50: 7, P90: 7, P99: 7, Max: 7}},
		{ms(4, 1, 3, 2), latencySummary{N: 4, P50: 2, P90: 4, P99: 4, Max: 4}},
		{hundred, latencySummary{N: 100, P50: 50, P90: 90, P99: 99, Max: 100}},
	}
	for _, tc := range tests {
		if got := summarize(tc.in); got != tc.want {
			t.Errorf("summarize(%v) = %+v, want %+v", tc.in, got, tc.want)
		}
	}
}

func TestHistQuantile(t *testing.T) {
	text := `# HELP x_seconds h
# TYPE x_seconds histogram
x_seconds_bucket{le="0.001"} %d
x_seconds_bucket{le="0.01"} %d
x_seconds_bucket{le="+Inf"} %d
process_resident_memory_bytes 1.5e+08
`
	parse := func(a, b, c int) map[string]float64 {
		m, err := parseMetrics(strings.NewReader(fmt.Sprintf(text, a, b, c)))
		if err != nil {
			t.Fatal(err)
		}
		return m
	}
	before := parse(10, 10, 10)
	tests := []struct {
		after [3]int
		q     float64
		want  float64
	}{
		{[3]int{110, 110, 110}, 0.99, 0.001},    // 100 new, all fast
		{[3]int{60, 110, 110}, 0.5, 0.001},      // half fast
		{[3]int{60, 110, 110}, 0.99, 0.01},      // the slow half
		{[3]int{10, 10, 110}, 0.5, math.Inf(1)}, // all above the last bound
		{[3]int{10, 10, 10}, 0.5, 0},            // nothing observed
	}
	for _, tc := range tests {
		after := parse(tc.after[0], tc.after[1], tc.after[2])
		if got := histQuantile(before, after, "x_seconds", tc.q); got != tc.want {
			t.Errorf("%v q%.2f: %v, want %v", tc.after, tc.q, got, tc.want)
		}
		if after["process_resident_memory_bytes"] != 1.5e8 {
			t.Fatalf("gauge %v", after)
		}
	}
}

func TestFillNoteVaries(t *testing.T) {
	a := fillNote(defaultLoadNote, rand.New(rand.NewPCG(1, 1)))
	b := fillNote(defaultLoadNote, rand.New(rand.NewPCG(1, 2)))
	if strings.Contains(a, "{") || a == b {
		t.Fatalf("placeholders not filled per session:\n%s", a)
	}
}

func TestRepeatNote(t *testing.T) {
	if got := repeatNote("abc", 2); got != "abc" {
		t.Errorf("short target: %q", got)
	}
	got := repeatNote(defaultLoadNote, 8<<10)
	if len(got) < 8<<10 || len(got) > 8<<10+len(defaultLoadNote)+1 {
		t.Fatalf("8 KB target gave %d bytes", len(got))
	}
	if !strings.HasPrefix(got, defaultLoadNote+"\n"+defaultLoadNote) {
		t.Errorf("copies not separated by a blank line")
	}
}

// --cpuprofile writes a profile pprof can read; without the flag nothing is
// written and stop is harmless.
func TestStartCPUProfile(t *testing.T) {
	stop, err := startCPUProfile("")
	if err != nil {
		t.Fatal(err)
	}
	stop()
	path := filepath.Join(t.TempDir(), "cpu.prof")
	stop, err = startCPUProfile(path)
	if err != nil {
		t.Fatal(err)
	}
	stop()
	if fi, err := os.Stat(path); err != nil || fi.Size() == 0 {
		t.Fatalf("profile %s: %v, %v", path, fi, err)
	}
	if _, err := startCPUProfile(filepath.Join(t.TempDir(), "missing-dir", "cpu.prof")); err == nil {
		t.Fatal("an unwritable path gave no error")
	}
}

// TestReportInfiniteBound: a loaded host puts the p99 in the +Inf bucket;
// the JSON report must still be written (it was once empty, with exit 0).
func TestReportInfiniteBound(t *testing.T) {
	rep := loadReport{Server: &serverMetrics{KeyP50: 0.005, KeyP99: bucketBound(math.Inf(1))}}
	b, err := json.Marshal(rep)
	if err != nil {
		t.Fatal(err)
	}
	var back map[string]any
	if err := json.Unmarshal(b, &back); err != nil {
		t.Fatal(err)
	}
	srv := back["server"].(map[string]any)
	if srv["keystrokeToResultP99Seconds"] != "+Inf" || srv["keystrokeToResultP50Seconds"] != 0.005 {
		t.Fatalf("server %v", srv)
	}
	// The report reads back into its own type (TestLoadgenSpawn does so,
	// and failed under load while only the writing side knew "+Inf").
	var rt loadReport
	if err := json.Unmarshal(b, &rt); err != nil {
		t.Fatal(err)
	}
	if !math.IsInf(float64(rt.Server.KeyP99), 1) || rt.Server.KeyP50 != 0.005 {
		t.Fatalf("round trip %+v", rt.Server)
	}
	var bad bucketBound
	if err := json.Unmarshal([]byte(`"slow"`), &bad); err == nil {
		t.Fatal(`"slow" read as a bucket bound`)
	}
}
