package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"math/rand/v2"
	"os"
	"strings"
	"sync"
	"time"
	"unicode/utf8"

	"notecoder/cdi/model"
	"notecoder/clients/go"
	"notecoder/protocol"
)

func init() {
	register(command{name: "replay", summary: "type a note into a server as a physician would and print results as they arrive", run: runReplay})
}

// replayConfig is a parsed replay command line.
type replayConfig struct {
	file    string
	addr    string
	token   string
	cps     float64
	doc     string
	setting string
	all     bool
	seed    uint64
	wait    time.Duration
}

func runReplay(args []string, stdout, stderr io.Writer) int {
	fs := newFlagSet("replay", "FILE --addr HOST:PORT [--token T] [--cps 8] [--doc ID] [--setting outpatient] [--all]", stderr)
	var cfg replayConfig
	fs.StringVar(&cfg.addr, "addr", "127.0.0.1:8080", "server HOST:PORT (or a ws://, wss:// URL)")
	fs.StringVar(&cfg.token, "token", "dev", "bearer token (any string against serve --dev)")
	fs.Float64Var(&cfg.cps, "cps", 8, "characters per second inside words (pauses at word and line ends are longer); 0 = next character as soon as the previous result arrives")
	fs.StringVar(&cfg.doc, "doc", "", "document id (default replay/<file name>)")
	fs.StringVar(&cfg.setting, "setting", "outpatient", "encounter setting: inpatient or outpatient")
	fs.BoolVar(&cfg.all, "all", false, "print every result, also those that change nothing")
	fs.Uint64Var(&cfg.seed, "seed", 1, "random seed of the typing rhythm")
	fs.DurationVar(&cfg.wait, "wait", 30*time.Second, "how long to wait for the last result after typing")
	rest, err := parseInterspersed(fs, args)
	if err != nil {
		return 2
	}
	if len(rest) != 1 {
		fmt.Fprintln(stderr, "notecoder replay: give exactly one FILE (- for stdin)")
		fs.Usage()
		return 2
	}
	cfg.file = rest[0]
	if cfg.cps < 0 || cfg.cps > 1000 {
		fmt.Fprintln(stderr, "notecoder replay: --cps must be 0 to 1000")
		return 2
	}
	if cfg.setting != "inpatient" && cfg.setting != "outpatient" {
		fmt.Fprintln(stderr, "notecoder replay: --setting must be inpatient or outpatient")
		return 2
	}
	var data []byte
	if cfg.file == "-" {
		data, err = io.ReadAll(os.Stdin)
	} else {
		data, err = os.ReadFile(cfg.file)
	}
	if err != nil {
		fmt.Fprintln(stderr, "notecoder replay:", err)
		return 1
	}
	if !utf8.Valid(data) {
		fmt.Fprintf(stderr, "notecoder replay: %s is not UTF-8 text\n", cfg.file)
		return 1
	}
	if cfg.doc == "" {
		base := cfg.file
		if i := strings.LastIndexAny(base, `/\`); i >= 0 {
			base = base[i+1:]
		}
		cfg.doc = "replay/" + base
	}
	ctx, cancel := signalContext()
	defer cancel()
	if err := replay(ctx, cfg, string(data), stdout, stderr); err != nil {
		fmt.Fprintln(stderr, "notecoder replay:", err)
		return 1
	}
	return 0
}

// replayPrinter prints results as they arrive (reader goroutine) and keeps
// the id -> item maps needed to name what a result removes.
type replayPrinter struct {
	w       io.Writer
	all     bool
	t0      time.Time
	mu      sync.Mutex
	rtt     map[int64]time.Duration
	rtts    []time.Duration
	codes   map[string]protocol.CodeItem
	prompts map[string]protocol.PromptItem
	results int
	errs    int
}

func (p *replayPrinter) onAck(_ *ncclient.Doc, v int64, rtt time.Duration) {
	p.mu.Lock()
	p.rtt[v] = rtt
	p.rtts = append(p.rtts, rtt)
	p.mu.Unlock()
}

func (p *replayPrinter) onResult(_ *ncclient.Doc, r *protocol.Result) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.results++
	if r.Reset {
		clear(p.codes)
		clear(p.prompts)
	}
	var lines []string
	for _, id := range r.Codes.Remove {
		if c, ok := p.codes[id]; ok {
			lines = append(lines, fmt.Sprintf("    - code   %-8s %s", c.Code, c.Title))
			delete(p.codes, id)
		}
	}
	for _, c := range r.Codes.Upsert {
		verb := "+"
		if _, ok := p.codes[c.ID]; ok {
			verb = "~"
		}
		p.codes[c.ID] = c
		lines = append(lines, fmt.Sprintf("    %s code   %-8s %s [%s]", verb, c.Code, c.Title, c.Assertion))
	}
	for _, id := range r.Prompts.Remove {
		if q, ok := p.prompts[id]; ok {
			lines = append(lines, fmt.Sprintf("    - prompt %-8s %s", q.Code, q.Kind))
			delete(p.prompts, id)
		}
	}
	for _, q := range r.Prompts.Upsert {
		verb := "+"
		if _, ok := p.prompts[q.ID]; ok {
			verb = "~"
		}
		p.prompts[q.ID] = q
		opts := make([]string, 0, len(q.Options))
		for _, o := range q.Options {
			if o.Code != "" {
				opts = append(opts, o.Label+" "+o.Code)
			}
		}
		lines = append(lines, fmt.Sprintf("    %s prompt %-8s %s: %s (%s)", verb, q.Code, q.Kind, q.Message, strings.Join(opts, ", ")))
	}
	if len(lines) == 0 && !p.all {
		return
	}
	lat := "   (coalesced)"
	if d, ok := p.rtt[r.Version]; ok {
		lat = fmt.Sprintf("%8.2f ms", ms(d))
	}
	fmt.Fprintf(p.w, "%7.2fs  v%-5d %s  codes %d  prompts %d\n", time.Since(p.t0).Seconds(), r.Version, lat, len(p.codes), len(p.prompts))
	for _, l := range lines {
		fmt.Fprintln(p.w, l)
	}
}

func (p *replayPrinter) onError(_ *ncclient.Doc, err error) {
	p.mu.Lock()
	p.errs++
	fmt.Fprintf(p.w, "%7.2fs  error: %v\n", time.Since(p.t0).Seconds(), err)
	p.mu.Unlock()
}

// typingDelay is the pause before the next character: 1/cps inside a word,
// longer after a space or punctuation and longest after a line end, with
// +-40% jitter, as a physician types.
func typingDelay(prev rune, cps float64, rng *rand.Rand) time.Duration {
	base := 1 / cps
	switch prev {
	case ' ', '\t':
		base *= 2
	case '.', ',', ':', ';', '?', '!':
		base *= 3
	case '\n':
		base *= 6
	}
	return time.Duration(base * (0.6 + 0.8*rng.Float64()) * float64(time.Second))
}

func replay(ctx context.Context, cfg replayConfig, note string, stdout, stderr io.Writer) error {
	p := &replayPrinter{w: stdout, all: cfg.all, t0: time.Now(), rtt: map[int64]time.Duration{},
		codes: map[string]protocol.CodeItem{}, prompts: map[string]protocol.PromptItem{}}
	dctx, cancel := context.WithTimeout(ctx, 15*time.Second)
	cl, err := ncclient.Dial(dctx, cfg.addr, ncclient.Options{Token: cfg.token, Client: "notecoder-replay",
		OnAck: p.onAck, OnResult: p.onResult, OnError: p.onError})
	cancel()
	if err != nil {
		return err
	}
	defer cl.Close()
	w := cl.Welcome()
	fmt.Fprintf(stderr, "replay: connected to %s (%s, %s, session %s); typing %d characters at %s\n",
		cfg.addr, w.Server, w.Codeset, w.Session, utf8.RuneCountInString(note), cpsText(cfg.cps))
	d, err := cl.Open(cfg.doc, "", protocol.Context{Setting: model.Setting(cfg.setting)})
	if err != nil {
		return err
	}
	if err := d.WaitVersion(ctx, 1); err != nil {
		return err
	}
	rng := rand.New(rand.NewPCG(cfg.seed, 0))
	keys := 0
	var prev rune
	next := time.Now()
	for _, r := range note {
		if cfg.cps > 0 {
			next = next.Add(typingDelay(prev, cfg.cps, rng))
			if wait := time.Until(next); wait > 0 {
				select {
				case <-time.After(wait):
				case <-ctx.Done():
					return ctx.Err()
				}
			}
		}
		end := d.Len()
		v, err := d.Edit(end, end, string(r))
		if err != nil {
			return err
		}
		keys++
		prev = r
		if cfg.cps == 0 {
			if err := d.WaitVersion(ctx, v); err != nil {
				return err
			}
		}
	}
	wctx, cancel := context.WithTimeout(ctx, cfg.wait)
	defer cancel()
	if err := d.WaitVersion(wctx, d.Version()); err != nil {
		return fmt.Errorf("the last version (%d) was not answered: %w", d.Version(), err)
	}
	p.mu.Lock()
	lat := summarize(append([]time.Duration(nil), p.rtts...))
	results, errs := p.results, p.errs
	p.mu.Unlock()
	fmt.Fprintf(stdout, "\nsummary: %d keystrokes in %.1fs, %d results, %d errors; round trip ms p50 %.2f p99 %.2f max %.2f\n",
		keys, time.Since(p.t0).Seconds(), results, errs, lat.P50, lat.P99, lat.Max)
	fmt.Fprintln(stdout, "codes:")
	for _, c := range d.Codes() {
		fmt.Fprintf(stdout, "  %-8s %s [%s]\n", c.Code, c.Title, c.Assertion)
	}
	fmt.Fprintln(stdout, "prompts:")
	for _, q := range d.Prompts() {
		fmt.Fprintf(stdout, "  %-8s %-11s %s\n", q.Code, q.Kind, q.Message)
	}
	if errs > 0 {
		return errors.New("the server reported errors (see above)")
	}
	return nil
}

func cpsText(cps float64) string {
	if cps == 0 {
		return "result pace (--cps 0)"
	}
	return fmt.Sprintf("%g chars/s", cps)
}
