package main

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math"
	"math/rand/v2"
	"net"
	"net/http"
	"os"
	"os/signal"
	"runtime"
	"runtime/pprof"
	"sort"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"time"
	"unicode/utf16"
	"unicode/utf8"

	"notecoder/cdi/codeset"
	"notecoder/clients/go"
	"notecoder/incremental"
	"notecoder/protocol"
	"notecoder/server"
	"notecoder/server/auth"
)

func init() {
	register(command{name: "loadgen", summary: "type into many sessions of a loopback server and report round-trip latency", run: runLoadgen})
}

// Bounds of a load run: loadgen is a measuring tool for one machine, not a
// way to flood a shared server, so both count and time are capped.
const (
	maxLoadSessions = 20000
	maxLoadDuration = 10 * time.Minute
	maxLoadRate     = 100 // keystrokes per second per session
)

// loadConfig is a parsed loadgen command line.
type loadConfig struct {
	addr      string
	token     string
	sessions  int
	rate      float64
	duration  time.Duration
	drain     time.Duration
	note      string
	seed      uint64
	spawn     bool
	idle      bool
	jsonOut   bool
	dialConc  int
	backspace float64
}

func runLoadgen(args []string, stdout, stderr io.Writer) int {
	fs := newFlagSet("loadgen", "--sessions N --rate K --duration D [--addr 127.0.0.1:8080] [--token T] [--note FILE] [--spawn] [--idle] [--json]", stderr)
	var cfg loadConfig
	fs.StringVar(&cfg.addr, "addr", "127.0.0.1:8080", "server HOST:PORT (loopback only)")
	fs.StringVar(&cfg.token, "token", "dev", "bearer token (any string against serve --dev)")
	fs.IntVar(&cfg.sessions, "sessions", 100, fmt.Sprintf("concurrent sessions, one connection and one document each (at most %d)", maxLoadSessions))
	fs.Float64Var(&cfg.rate, "rate", 5, "keystrokes per second per session (Poisson arrivals)")
	fs.DurationVar(&cfg.duration, "duration", 30*time.Second, fmt.Sprintf("typing time (at most %s)", maxLoadDuration))
	fs.DurationVar(&cfg.drain, "drain", 10*time.Second, "after typing, how long to wait for the last results")
	noteFile := fs.String("note", "", "note to type (default: a built-in synthetic note); {age} {bp} {hr} {spo2} {days} are filled per session")
	noteKB := fs.Int("note-kb", 0, "repeat the note (blank line between copies) until it is at least this many KB: long notes without a file")
	fs.Uint64Var(&cfg.seed, "seed", 1, "random seed (typing gaps, start positions, filled values)")
	fs.BoolVar(&cfg.spawn, "spawn", false, "start an in-process server with the real engine on a loopback port and measure it")
	fs.BoolVar(&cfg.idle, "idle", false, "open the sessions, send nothing, and report the server's memory per idle connection (from its /metrics)")
	fs.BoolVar(&cfg.jsonOut, "json", false, "print the report as JSON")
	fs.IntVar(&cfg.dialConc, "dial-concurrency", 64, "connections dialed at once while ramping up")
	fs.Float64Var(&cfg.backspace, "backspace", 0.08, "share of keystrokes that delete the last character")
	cpuProfile := fs.String("cpuprofile", "", "write a CPU profile of this process (with --spawn: server and clients) to FILE")
	gogc := addGCFlag(fs, " of this process (clients, and with --spawn the server)")
	memProfile := fs.String("memprofile", "", "write an allocation profile of this process (with --spawn: server and clients) to FILE when the run ends")
	loadCodeset := addCodesetFlag(fs)
	rest, err := parseInterspersed(fs, args)
	if err != nil {
		return 2
	}
	if len(rest) > 0 {
		fmt.Fprintf(stderr, "notecoder loadgen: unexpected argument %q\n", rest[0])
		return 2
	}
	cfg.note = defaultLoadNote
	if *noteFile != "" {
		b, err := os.ReadFile(*noteFile)
		if err != nil {
			fmt.Fprintln(stderr, "notecoder loadgen:", err)
			return 1
		}
		if !utf8.Valid(b) || len(b) == 0 {
			fmt.Fprintf(stderr, "notecoder loadgen: %s is empty or not UTF-8 text\n", *noteFile)
			return 1
		}
		cfg.note = string(b)
	}
	if *noteKB < 0 || *noteKB > 512 {
		fmt.Fprintln(stderr, "notecoder loadgen: --note-kb must be between 0 and 512")
		return 2
	}
	cfg.note = repeatNote(cfg.note, *noteKB<<10)
	if err := cfg.validate(); err != nil {
		fmt.Fprintln(stderr, "notecoder loadgen:", err)
		return 2
	}
	ctx, cancel := signalContext()
	defer cancel()
	// A thousand clients keep tens of MB live; at Go's default GC percent
	// their collector runs every few seconds and its pauses would be
	// counted as server round trips.
	fmt.Fprintf(stderr, "loadgen: %s\n", applyGC(*gogc))
	var spawned *spawnedServer
	if cfg.spawn {
		spawned, err = spawnServer(loadCodeset)
		if err != nil {
			fmt.Fprintln(stderr, "notecoder loadgen: --spawn:", err)
			return 1
		}
		defer spawned.stop()
		cfg.addr = spawned.addr
		fmt.Fprintf(stderr, "loadgen: in-process server on %s, first welcome %s after start\n", spawned.addr, spawned.startup.Round(time.Millisecond))
	}
	stopProfile, err := startCPUProfile(*cpuProfile)
	if err != nil {
		fmt.Fprintln(stderr, "notecoder loadgen: --cpuprofile:", err)
		return 1
	}
	defer stopProfile()
	if *memProfile != "" {
		f, err := os.Create(*memProfile)
		if err != nil {
			fmt.Fprintln(stderr, "notecoder loadgen: --memprofile:", err)
			return 1
		}
		defer func() {
			// The profile holds allocations up to the last completed GC
			// cycle; with a large GOGC a run may complete none.
			runtime.GC()
			if err := pprof.Lookup("allocs").WriteTo(f, 0); err != nil {
				fmt.Fprintln(stderr, "notecoder loadgen: --memprofile:", err)
			}
			f.Close()
		}()
	}
	var rep *loadReport
	if cfg.idle {
		rep, err = runIdle(ctx, cfg, stderr)
	} else {
		rep, err = runLoad(ctx, cfg, stderr)
	}
	if err != nil {
		fmt.Fprintln(stderr, "notecoder loadgen:", err)
		return 1
	}
	if spawned != nil {
		rep.Spawned = true
		rep.StartupMs = ms(spawned.startup)
	}
	if cfg.jsonOut {
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		if err := enc.Encode(rep); err != nil {
			// (An exit of 0 with no report would read as a run that
			// measured nothing.)
			fmt.Fprintln(stderr, "notecoder loadgen: --json:", err)
			return 1
		}
	} else {
		rep.print(stdout)
	}
	if rep.Errors > 0 || rep.Unanswered > 0 || rep.FailedSessions > 0 {
		return 1
	}
	return 0
}

func (c *loadConfig) validate() error {
	switch {
	case c.sessions < 1 || c.sessions > maxLoadSessions:
		return fmt.Errorf("--sessions must be 1 to %d (got %d)", maxLoadSessions, c.sessions)
	case c.duration <= 0 || c.duration > maxLoadDuration:
		return fmt.Errorf("--duration must be above 0 and at most %s (got %s)", maxLoadDuration, c.duration)
	case !c.idle && (c.rate <= 0 || c.rate > maxLoadRate || math.IsNaN(c.rate)):
		return fmt.Errorf("--rate must be above 0 and at most %d keystrokes/s per session (got %v)", maxLoadRate, c.rate)
	case c.drain < 0 || c.drain > time.Minute:
		return fmt.Errorf("--drain must be 0 to 1m (got %s)", c.drain)
	case c.dialConc < 1:
		return fmt.Errorf("--dial-concurrency must be at least 1")
	case c.backspace < 0 || c.backspace >= 0.5:
		return fmt.Errorf("--backspace must be in [0, 0.5)")
	case c.idle && c.spawn:
		return errors.New("--idle measures an external server's memory (the clients would share an in-process server's); start `notecoder serve` and give its --addr")
	}
	if c.spawn {
		return nil
	}
	return checkLoopback(c.addr)
}

// checkLoopback accepts only HOST:PORT whose host is a loopback address (or
// a name resolving only to loopback addresses).
func checkLoopback(addr string) error {
	host, port, err := net.SplitHostPort(addr)
	if err != nil {
		return fmt.Errorf("--addr must be HOST:PORT: %v", err)
	}
	if p, err := strconv.Atoi(port); err != nil || p < 1 || p > 65535 {
		return fmt.Errorf("--addr: bad port %q", port)
	}
	refuse := fmt.Errorf("--addr %s is not a loopback address: loadgen only drives a server on this machine (127.0.0.1, ::1, localhost)", addr)
	if ip := net.ParseIP(host); ip != nil {
		if !ip.IsLoopback() {
			return refuse
		}
		return nil
	}
	ips, err := net.LookupIP(host)
	if err != nil || len(ips) == 0 {
		return refuse
	}
	for _, ip := range ips {
		if !ip.IsLoopback() {
			return refuse
		}
	}
	return nil
}

// signalContext is cancelled on SIGINT/SIGTERM so a run can be cut short
// and still print what it measured.
func signalContext() (context.Context, context.CancelFunc) {
	return signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
}

// loadReport is what a run measured.
type loadReport struct {
	Addr            string           `json:"addr"`
	Sessions        int              `json:"sessions"`
	Connected       int              `json:"connected"`
	FailedSessions  int              `json:"failedSessions"`
	ConnectSeconds  float64          `json:"connectSeconds"`
	RatePerSession  float64          `json:"ratePerSession,omitempty"`
	DurationSeconds float64          `json:"durationSeconds"`
	NoteBytes       int              `json:"noteBytes,omitempty"`
	Keystrokes      int64            `json:"keystrokes"`
	Results         int64            `json:"results"`
	KeystrokesPerS  float64          `json:"keystrokesPerSecond"`
	ResultsPerS     float64          `json:"resultsPerSecond"`
	RTT             latencySummary   `json:"roundTripMs"`
	Errors          int64            `json:"errors"`
	ErrorsByCode    map[string]int64 `json:"errorsByCode,omitempty"`
	Unanswered      int64            `json:"unanswered"`
	Reconnects      int64            `json:"reconnects"`
	Server          *serverMetrics   `json:"server,omitempty"`
	Idle            *idleReport      `json:"idle,omitempty"`
	Spawned         bool             `json:"spawned,omitempty"`
	StartupMs       float64          `json:"startupMs,omitempty"`
}

type latencySummary struct {
	N   int     `json:"n"`
	P50 float64 `json:"p50"`
	P90 float64 `json:"p90"`
	P99 float64 `json:"p99"`
	Max float64 `json:"max"`
}

// startCPUProfile profiles this process into path until stop is called; an
// empty path (the flag not given) profiles nothing.
func startCPUProfile(path string) (stop func(), err error) {
	if path == "" {
		return func() {}, nil
	}
	f, err := os.Create(path)
	if err != nil {
		return nil, err
	}
	if err := pprof.StartCPUProfile(f); err != nil {
		f.Close()
		return nil, err
	}
	return func() {
		pprof.StopCPUProfile()
		f.Close()
	}, nil
}

func ms(d time.Duration) float64 { return float64(d) / float64(time.Millisecond) }

// summarize sorts ds and returns its nearest-rank percentiles in ms.
func summarize(ds []time.Duration) latencySummary {
	if len(ds) == 0 {
		return latencySummary{}
	}
	sort.Slice(ds, func(i, j int) bool { return ds[i] < ds[j] })
	q := func(p float64) float64 {
		i := int(math.Ceil(p*float64(len(ds)))) - 1
		if i < 0 {
			i = 0
		}
		return ms(ds[i])
	}
	return latencySummary{N: len(ds), P50: q(0.50), P90: q(0.90), P99: q(0.99), Max: ms(ds[len(ds)-1])}
}

func (r *loadReport) print(w io.Writer) {
	if r.Idle != nil {
		fmt.Fprintf(w, "loadgen --idle: %d/%d idle sessions on %s (connect %.2fs)\n", r.Connected, r.Sessions, r.Addr, r.ConnectSeconds)
		r.Idle.print(w, r.Connected)
	} else {
		fmt.Fprintf(w, "loadgen: %d sessions x %.1f keys/s for %.0fs against %s (note %d bytes)\n",
			r.Sessions, r.RatePerSession, r.DurationSeconds, r.Addr, r.NoteBytes)
		fmt.Fprintf(w, "  connected            %d/%d in %.2fs\n", r.Connected, r.Sessions, r.ConnectSeconds)
		fmt.Fprintf(w, "  keystrokes           %d (%.0f/s)\n", r.Keystrokes, r.KeystrokesPerS)
		fmt.Fprintf(w, "  results              %d (%.0f/s)\n", r.Results, r.ResultsPerS)
		fmt.Fprintf(w, "  round trip ms        p50 %.2f  p90 %.2f  p99 %.2f  max %.2f  (n=%d)\n",
			r.RTT.P50, r.RTT.P90, r.RTT.P99, r.RTT.Max, r.RTT.N)
		fmt.Fprintf(w, "  errors               %d%s\n", r.Errors, fmtCodes(r.ErrorsByCode))
		fmt.Fprintf(w, "  unanswered versions  %d\n", r.Unanswered)
		fmt.Fprintf(w, "  reconnects           %d\n", r.Reconnects)
		if s := r.Server; s != nil {
			fmt.Fprintf(w, "  server (/metrics)    keystroke->result p50 <= %s  p99 <= %s (histogram buckets); analysis p99 <= %s; section cache hit ratio %.2f; RSS %.1f MB\n",
				bucketStr(s.KeyP50), bucketStr(s.KeyP99), bucketStr(s.AnalysisP99), s.CacheHitRatio, s.RSSBytes/1e6)
		}
	}
	if r.Spawned {
		fmt.Fprintf(w, "  in-process server    first welcome %.0f ms after start (code set and engine load)\n", r.StartupMs)
	}
}

func fmtCodes(m map[string]int64) string {
	if len(m) == 0 {
		return ""
	}
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	var b strings.Builder
	b.WriteString(" (")
	for i, k := range keys {
		if i > 0 {
			b.WriteString(", ")
		}
		fmt.Fprintf(&b, "%s %d", k, m[k])
	}
	b.WriteString(")")
	return b.String()
}

func bucketStr(s bucketBound) string {
	if math.IsInf(float64(s), 1) {
		return "+Inf"
	}
	if s == 0 {
		return "n/a"
	}
	return fmt.Sprintf("%gms", s*1000)
}

// loadSession is one simulated physician: a connection, a document and the
// keystrokes not yet acknowledged.
type loadSession struct {
	id    int
	note  []rune // this session's note (placeholders filled)
	pos   int    // runes of note typed
	rng   *rand.Rand
	cl    *ncclient.Client
	doc   *ncclient.Doc
	mu    sync.Mutex
	keys  map[int64]time.Time // keystroke versions awaiting a result
	rtts  []time.Duration
	sent  int64
	acked int64
}

// counters are shared by every session's callbacks.
type counters struct {
	results    atomic.Int64
	reconnects atomic.Int64
	mu         sync.Mutex
	errs       map[string]int64
	errTotal   atomic.Int64
}

func (c *counters) addErr(err error) {
	code := "transport"
	var se *ncclient.ServerError
	if errors.As(err, &se) {
		code = se.Code
	}
	c.errTotal.Add(1)
	c.mu.Lock()
	c.errs[code]++
	c.mu.Unlock()
}

func (s *loadSession) onAck(_ *ncclient.Doc, v int64, rtt time.Duration) {
	s.mu.Lock()
	if _, ok := s.keys[v]; ok {
		delete(s.keys, v)
		s.rtts = append(s.rtts, rtt)
		s.acked++
	}
	s.mu.Unlock()
}

// dialAll connects every session (at most cfg.dialConc at once) and, unless
// idle, opens its document and waits for the first result.
func dialAll(ctx context.Context, cfg loadConfig, cnt *counters, stderr io.Writer) ([]*loadSession, time.Duration) {
	t0 := time.Now()
	out := make([]*loadSession, cfg.sessions)
	sem := make(chan struct{}, cfg.dialConc)
	var wg sync.WaitGroup
	var firstErr sync.Once
	for i := range out {
		s := &loadSession{id: i, rng: rand.New(rand.NewPCG(cfg.seed, uint64(i))), keys: map[int64]time.Time{}}
		s.note = []rune(fillNote(cfg.note, s.rng))
		out[i] = s
		wg.Add(1)
		sem <- struct{}{}
		go func() {
			defer wg.Done()
			defer func() { <-sem }()
			opts := ncclient.Options{Token: cfg.token, Client: "notecoder-loadgen",
				OnAck:   s.onAck,
				OnError: func(_ *ncclient.Doc, err error) { cnt.addErr(err) },
				OnResult: func(*ncclient.Doc, *protocol.Result) {
					cnt.results.Add(1)
				},
				OnStatus: func(st ncclient.Status, _ error) {
					if st == ncclient.StatusReconnecting {
						cnt.reconnects.Add(1)
					}
				},
			}
			dctx, cancel := context.WithTimeout(ctx, 30*time.Second)
			defer cancel()
			cl, err := ncclient.Dial(dctx, "ws://"+cfg.addr+protocol.Path, opts)
			if err != nil {
				firstErr.Do(func() { fmt.Fprintf(stderr, "loadgen: session %d: %v\n", s.id, err) })
				return
			}
			s.cl = cl
			if cfg.idle {
				return
			}
			// Start somewhere in the note, as a physician editing a note
			// already under way.
			s.pos = s.rng.IntN(len(s.note) + 1)
			d, err := cl.Open(fmt.Sprintf("loadgen/%d", s.id), string(s.note[:s.pos]), protocol.Context{Setting: "inpatient", Age: 40 + s.rng.IntN(50)})
			if err == nil {
				err = d.WaitVersion(dctx, 1)
			}
			if err != nil {
				firstErr.Do(func() { fmt.Fprintf(stderr, "loadgen: session %d: open: %v\n", s.id, err) })
				cl.Close()
				s.cl = nil
				return
			}
			s.doc = d
		}()
	}
	wg.Wait()
	return out, time.Since(t0)
}

// type runs one session's keystrokes until the deadline: Poisson arrivals at
// cfg.rate, mostly typing the next character at the end of the text,
// sometimes deleting the last one, restarting the note when it is done.
func (s *loadSession) typeUntil(ctx context.Context, cfg loadConfig, deadline time.Time, cnt *counters) {
	next := time.Now().Add(time.Duration(s.rng.ExpFloat64() / cfg.rate * float64(time.Second)))
	t := time.NewTimer(time.Until(next))
	defer t.Stop()
	for {
		if next.After(deadline) {
			return
		}
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
		s.keystroke(cfg, cnt)
		next = next.Add(time.Duration(s.rng.ExpFloat64() / cfg.rate * float64(time.Second)))
		t.Reset(time.Until(next))
	}
}

func (s *loadSession) keystroke(cfg loadConfig, cnt *counters) {
	d := s.doc
	// Hold mu across the send so the ack (on the reader goroutine) finds
	// the version registered.
	s.mu.Lock()
	defer s.mu.Unlock()
	var v int64
	var err error
	switch {
	case s.pos == len(s.note):
		v, err = d.Replace("")
		s.pos = 0
	case s.pos > 0 && s.rng.Float64() < cfg.backspace:
		r := s.note[s.pos-1]
		n := utf16.RuneLen(r)
		if n < 0 {
			n = 1
		}
		end := d.Len()
		v, err = d.Edit(end-n, end, "")
		s.pos--
	default:
		end := d.Len()
		v, err = d.Edit(end, end, string(s.note[s.pos]))
		s.pos++
	}
	if err != nil {
		cnt.addErr(err)
		return
	}
	s.keys[v] = time.Now()
	s.sent++
}

func runLoad(ctx context.Context, cfg loadConfig, stderr io.Writer) (*loadReport, error) {
	cnt := &counters{errs: map[string]int64{}}
	before, _ := scrapeMetrics(cfg.addr)
	sessions, connectTime := dialAll(ctx, cfg, cnt, stderr)
	defer closeAll(sessions)
	rep := &loadReport{Addr: cfg.addr, Sessions: cfg.sessions, ConnectSeconds: connectTime.Seconds(),
		RatePerSession: cfg.rate, NoteBytes: len(cfg.note)}
	var live []*loadSession
	for _, s := range sessions {
		if s.doc != nil {
			live = append(live, s)
		}
	}
	rep.Connected = len(live)
	rep.FailedSessions = cfg.sessions - len(live)
	if len(live) == 0 {
		return nil, errors.New("no session could connect and open a document")
	}
	fmt.Fprintf(stderr, "loadgen: %d sessions connected in %s; typing for %s\n", len(live), connectTime.Round(time.Millisecond), cfg.duration)
	// Errors and results of the ramp-up do not count in the rates.
	cnt.results.Store(0)
	start := time.Now()
	deadline := start.Add(cfg.duration)
	var wg sync.WaitGroup
	for _, s := range live {
		wg.Add(1)
		go func() {
			defer wg.Done()
			s.typeUntil(ctx, cfg, deadline, cnt)
		}()
	}
	wg.Wait()
	elapsed := time.Since(start)
	results := cnt.results.Load()
	// Drain: every keystroke's version must be answered.
	dctx, cancel := context.WithTimeout(context.Background(), cfg.drain)
	var dwg sync.WaitGroup
	for _, s := range live {
		dwg.Add(1)
		go func() {
			defer dwg.Done()
			s.doc.WaitVersion(dctx, s.doc.Version())
		}()
	}
	dwg.Wait()
	cancel()
	var all []time.Duration
	for _, s := range live {
		s.mu.Lock()
		rep.Keystrokes += s.sent
		rep.Unanswered += int64(len(s.keys))
		if len(s.keys) > 0 && rep.Unanswered <= 20 {
			fmt.Fprintf(stderr, "loadgen: session %d: %d keystroke versions unanswered (document at version %d, acknowledged %d)\n",
				s.id, len(s.keys), s.doc.Version(), s.doc.Acked())
		}
		all = append(all, s.rtts...)
		s.mu.Unlock()
	}
	rep.DurationSeconds = elapsed.Seconds()
	rep.Results = results
	rep.KeystrokesPerS = float64(rep.Keystrokes) / elapsed.Seconds()
	rep.ResultsPerS = float64(results) / elapsed.Seconds()
	rep.RTT = summarize(all)
	rep.Errors = cnt.errTotal.Load()
	cnt.mu.Lock()
	if len(cnt.errs) > 0 {
		rep.ErrorsByCode = cnt.errs
	}
	cnt.mu.Unlock()
	rep.Reconnects = cnt.reconnects.Load()
	if after, err := scrapeMetrics(cfg.addr); err == nil {
		rep.Server = diffMetrics(before, after)
	}
	return rep, nil
}

func closeAll(sessions []*loadSession) {
	var wg sync.WaitGroup
	for _, s := range sessions {
		if s.cl == nil {
			continue
		}
		wg.Add(1)
		go func() {
			defer wg.Done()
			s.cl.Close()
			<-s.cl.Done()
		}()
	}
	wg.Wait()
}

// idleReport is the server's memory before and after the idle connections.
type idleReport struct {
	RSSBefore, RSSAfter   float64 `json:"-"`
	HeapBefore, HeapAfter float64 `json:"-"`
	StackBefore           float64 `json:"-"`
	StackAfter            float64 `json:"-"`
	GoroutinesBefore      float64 `json:"goroutinesBefore"`
	GoroutinesAfter       float64 `json:"goroutinesAfter"`
	RSSPerConnKB          float64 `json:"rssPerConnectionKB"`
	HeapPerConnKB         float64 `json:"heapPerConnectionKB"`
	StackPerConnKB        float64 `json:"stackPerConnectionKB"`
	RSSDeltaMB            float64 `json:"rssDeltaMB"`
}

func (r *idleReport) print(w io.Writer, n int) {
	fmt.Fprintf(w, "  server RSS           %.1f MB -> %.1f MB: %.1f KB per connection\n", r.RSSBefore/1e6, r.RSSAfter/1e6, r.RSSPerConnKB)
	fmt.Fprintf(w, "  server heap in use   %.1f MB -> %.1f MB: %.1f KB per connection\n", r.HeapBefore/1e6, r.HeapAfter/1e6, r.HeapPerConnKB)
	fmt.Fprintf(w, "  server stacks in use %.1f MB -> %.1f MB: %.1f KB per connection\n", r.StackBefore/1e6, r.StackAfter/1e6, r.StackPerConnKB)
	fmt.Fprintf(w, "  heap + stacks        %.1f KB per connection\n", r.HeapPerConnKB+r.StackPerConnKB)
	fmt.Fprintf(w, "  server goroutines    %.0f -> %.0f (%.1f per connection)\n", r.GoroutinesBefore, r.GoroutinesAfter,
		(r.GoroutinesAfter-r.GoroutinesBefore)/float64(max(n, 1)))
}

// runIdle opens the sessions (hello only), holds them for cfg.duration and
// reports the server's resident memory growth per connection. It needs an
// external server: in --spawn mode the clients share the process.
func runIdle(ctx context.Context, cfg loadConfig, stderr io.Writer) (*loadReport, error) {
	before, err := scrapeMetrics(cfg.addr)
	if err != nil {
		return nil, fmt.Errorf("reading the server's /metrics: %w", err)
	}
	cnt := &counters{errs: map[string]int64{}}
	sessions, connectTime := dialAll(ctx, cfg, cnt, stderr)
	defer closeAll(sessions)
	rep := &loadReport{Addr: cfg.addr, Sessions: cfg.sessions, ConnectSeconds: connectTime.Seconds()}
	for _, s := range sessions {
		if s.cl != nil {
			rep.Connected++
		}
	}
	rep.FailedSessions = cfg.sessions - rep.Connected
	if rep.Connected == 0 {
		return nil, errors.New("no session could connect")
	}
	fmt.Fprintf(stderr, "loadgen: %d idle sessions connected in %s; holding for %s\n", rep.Connected, connectTime.Round(time.Millisecond), cfg.duration)
	select {
	case <-time.After(cfg.duration):
	case <-ctx.Done():
	}
	after, err := scrapeMetrics(cfg.addr)
	if err != nil {
		return nil, fmt.Errorf("reading the server's /metrics: %w", err)
	}
	n := float64(rep.Connected)
	rep.Idle = &idleReport{
		RSSBefore: before["process_resident_memory_bytes"], RSSAfter: after["process_resident_memory_bytes"],
		HeapBefore: before["go_memstats_heap_inuse_bytes"], HeapAfter: after["go_memstats_heap_inuse_bytes"],
		StackBefore: before["go_memstats_stack_inuse_bytes"], StackAfter: after["go_memstats_stack_inuse_bytes"],
		GoroutinesBefore: before["go_goroutines"], GoroutinesAfter: after["go_goroutines"],
	}
	rep.Idle.StackPerConnKB = (rep.Idle.StackAfter - rep.Idle.StackBefore) / n / 1024
	rep.Idle.RSSDeltaMB = (rep.Idle.RSSAfter - rep.Idle.RSSBefore) / 1e6
	rep.Idle.RSSPerConnKB = (rep.Idle.RSSAfter - rep.Idle.RSSBefore) / n / 1024
	rep.Idle.HeapPerConnKB = (rep.Idle.HeapAfter - rep.Idle.HeapBefore) / n / 1024
	rep.Errors = cnt.errTotal.Load()
	return rep, nil
}

// scrapeMetrics reads the server's Prometheus text: plain samples by name,
// histogram buckets as name{le="x"}.
func scrapeMetrics(addr string) (map[string]float64, error) {
	cl := http.Client{Timeout: 5 * time.Second}
	resp, err := cl.Get("http://" + addr + "/metrics")
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return nil, fmt.Errorf("/metrics: HTTP %d", resp.StatusCode)
	}
	return parseMetrics(resp.Body)
}

func parseMetrics(r io.Reader) (map[string]float64, error) {
	out := map[string]float64{}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64<<10), 1<<20)
	for sc.Scan() {
		line := sc.Text()
		if line == "" || line[0] == '#' {
			continue
		}
		i := strings.LastIndexByte(line, ' ')
		if i < 0 {
			continue
		}
		v, err := strconv.ParseFloat(line[i+1:], 64)
		if err != nil {
			continue
		}
		out[line[:i]] = v
	}
	return out, sc.Err()
}

// serverMetrics is what the server's own histograms say about the run.
type serverMetrics struct {
	KeyP50        bucketBound `json:"keystrokeToResultP50Seconds"` // upper bucket bound
	KeyP99        bucketBound `json:"keystrokeToResultP99Seconds"`
	AnalysisP99   bucketBound `json:"analysisP99Seconds"`
	CacheHitRatio float64     `json:"sectionCacheHitRatio"`
	RSSBytes      float64     `json:"rssBytes"`
	Coalesced     float64     `json:"coalescedVersions"`
}

func diffMetrics(before, after map[string]float64) *serverMetrics {
	if before == nil {
		before = map[string]float64{}
	}
	hits := after["notecoder_section_cache_hits_total"] - before["notecoder_section_cache_hits_total"]
	misses := after["notecoder_section_cache_misses_total"] - before["notecoder_section_cache_misses_total"]
	s := &serverMetrics{
		KeyP50:      bucketBound(histQuantile(before, after, "notecoder_keystroke_to_result_seconds", 0.5)),
		KeyP99:      bucketBound(histQuantile(before, after, "notecoder_keystroke_to_result_seconds", 0.99)),
		AnalysisP99: bucketBound(histQuantile(before, after, "notecoder_analysis_seconds", 0.99)),
		RSSBytes:    after["process_resident_memory_bytes"],
		Coalesced:   after["notecoder_coalesced_versions_total"] - before["notecoder_coalesced_versions_total"],
	}
	if hits+misses > 0 {
		s.CacheHitRatio = hits / (hits + misses)
	}
	return s
}

// histQuantile returns the upper bound of the bucket holding quantile q of
// the observations made between the two scrapes (0 when none).
func histQuantile(before, after map[string]float64, name string, q float64) float64 {
	type bucket struct{ le, n float64 }
	var bs []bucket
	prefix := name + `_bucket{le="`
	for k, v := range after {
		if !strings.HasPrefix(k, prefix) {
			continue
		}
		les := strings.TrimSuffix(strings.TrimPrefix(k, prefix), `"}`)
		le, err := strconv.ParseFloat(les, 64)
		if err != nil {
			continue
		}
		bs = append(bs, bucket{le, v - before[k]})
	}
	sort.Slice(bs, func(i, j int) bool { return bs[i].le < bs[j].le })
	if len(bs) == 0 || bs[len(bs)-1].n == 0 {
		return 0
	}
	total := bs[len(bs)-1].n
	for _, b := range bs {
		if b.n >= q*total {
			return b.le
		}
	}
	return math.Inf(1)
}

// bucketBound is a histogram bucket's upper bound in seconds. A quantile
// beyond the last finite bound lies in the +Inf bucket, which a loaded host
// reaches; JSON has no infinity, so that bound is written as Prometheus
// writes it, the string "+Inf", instead of failing the whole report.
type bucketBound float64

// MarshalJSON writes the bound as a number, or "+Inf".
func (b bucketBound) MarshalJSON() ([]byte, error) {
	if math.IsInf(float64(b), 1) {
		return []byte(`"+Inf"`), nil
	}
	return json.Marshal(float64(b))
}

// UnmarshalJSON reads what MarshalJSON writes, so a report that met the
// +Inf bucket on a loaded host can be read back (by loadgen's own tests
// and by tools comparing runs) instead of failing as a type error.
func (b *bucketBound) UnmarshalJSON(p []byte) error {
	if string(p) == `"+Inf"` {
		*b = bucketBound(math.Inf(1))
		return nil
	}
	var f float64
	if err := json.Unmarshal(p, &f); err != nil {
		return fmt.Errorf("bucket bound: want a number or \"+Inf\": %w", err)
	}
	*b = bucketBound(f)
	return nil
}

// spawnedServer is an in-process server on a loopback port.
type spawnedServer struct {
	addr    string
	startup time.Duration // process-relative: from spawnServer's call to the first welcome
	srv     *server.Server
}

func (s *spawnedServer) stop() {
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	s.srv.Shutdown(ctx)
}

// spawnServer starts the real engine behind a server on 127.0.0.1:0 with the
// same wiring as `serve` (code set, engine, dev identity; no store, since the
// typing loop needs no queries) and waits for the first welcome, which is
// what it reports as start-up time.
func spawnServer(loadCodeset func() (*codeset.Set, error)) (*spawnedServer, error) {
	t0 := time.Now()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return nil, err
	}
	cs, err := loadCodeset()
	if err != nil {
		l.Close()
		return nil, fmt.Errorf("loading the code set: %w", err)
	}
	eng, g, err := newEngines(cs)
	if err != nil {
		l.Close()
		return nil, fmt.Errorf("building the engine: %w", err)
	}
	collapseHeap() // as serve does: the load test measures its layout
	srv, err := server.New(server.Config{Dev: true, Version: version, Codeset: cs.Version()},
		server.Deps{Coder: incremental.EngineCoder{E: eng, G: g}, Splitter: incremental.TextSplitter, Auth: auth.DevAuthenticator{}})
	if err != nil {
		l.Close()
		return nil, err
	}
	go srv.Serve(l)
	sp := &spawnedServer{addr: l.Addr().String(), srv: srv}
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	c, err := ncclient.Dial(ctx, "ws://"+sp.addr+protocol.Path, ncclient.Options{Token: "dev", NoReconnect: true})
	if err != nil {
		sp.stop()
		return nil, err
	}
	sp.startup = time.Since(t0)
	c.Close()
	return sp, nil
}

// fillNote replaces the note's placeholders with per-session values, so
// sessions do not all type byte-identical sections (which the server's
// section cache would answer without coding).
func fillNote(note string, rng *rand.Rand) string {
	return strings.NewReplacer(
		"{age}", strconv.Itoa(45+rng.IntN(45)),
		"{bp}", fmt.Sprintf("%d/%d", 105+rng.IntN(60), 60+rng.IntN(35)),
		"{hr}", strconv.Itoa(55+rng.IntN(60)),
		"{spo2}", strconv.Itoa(88+rng.IntN(12)),
		"{days}", strconv.Itoa(1+rng.IntN(14)),
	).Replace(note)
}

// repeatNote returns note repeated, a blank line between copies, until it is
// at least n bytes (note itself when it already is): a long note with the
// built-in note's density of findings, without a file.
func repeatNote(note string, n int) string {
	if len(note) >= n {
		return note
	}
	var b strings.Builder
	for b.Len() < n {
		if b.Len() > 0 {
			b.WriteString("\n")
		}
		b.WriteString(note)
	}
	return b.String()
}

// defaultLoadNote is a synthetic inpatient note written for this tool (no
// third-party text). Placeholders vary per session.
const defaultLoadNote = `CHIEF COMPLAINT:
Shortness of breath for {days} days.

HISTORY OF PRESENT ILLNESS:
{age}-year-old woman with a history of congestive heart failure and type 2 diabetes mellitus presents with worsening dyspnea on exertion and orthopnea over {days} days. She reports bilateral leg swelling. Denies chest pain or fever. She ran out of furosemide last week.

PAST MEDICAL HISTORY:
Hypertension. Type 2 diabetes mellitus with diabetic chronic kidney disease. Osteoarthritis of the knee. Former smoker.

MEDICATIONS:
Furosemide 40 mg daily, metformin 500 mg twice daily, lisinopril 10 mg daily.

PHYSICAL EXAM:
BP {bp}, HR {hr}, SpO2 {spo2}% on room air. Jugular venous distension present. Bibasilar crackles. 2+ pitting edema of both legs.

ASSESSMENT:
1. Acute on chronic heart failure exacerbation, likely from medication nonadherence.
2. Type 2 diabetes mellitus with hyperglycemia.
3. Chronic kidney disease stage 3.
4. Hypertension.
5. Osteoarthritis of the knee.

PLAN:
IV furosemide 40 mg twice daily, daily weights, strict intake and output. Echocardiogram. Hold metformin. Sliding scale insulin. Continue lisinopril. Follow up with cardiology.
`
