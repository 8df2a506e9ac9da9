package main

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"os/signal"
	"runtime/debug"
	"strings"
	"sync/atomic"
	"syscall"
	"time"

	"go.uber.org/zap"
	"go.uber.org/zap/zapcore"

	"notecoder/cdi/model"
	"notecoder/cdi/query"
	"notecoder/cdi/text"
	"notecoder/clients/web"
	"notecoder/incremental"
	"notecoder/server"
	"notecoder/server/auth"
	"notecoder/server/store"
)

func init() {
	register(command{name: "serve", summary: "serve the WebSocket API, the CDI REST API and the demo page", run: runServe})
}

// version is the server software version announced to clients.
var version = "notecoder/0.1"

func runServe(args []string, stdout, stderr io.Writer) int {
	fs := newFlagSet("serve", "[--addr HOST:PORT] [--dev] [--secret-file F] [--db PATH | --postgres DSN] [--codeset-dir DIR]", stderr)
	addr := fs.String("addr", "127.0.0.1:8080", "listen address")
	dev := fs.Bool("dev", false, "development mode: accept any token as the dev identity (tenant dev, roles physician and cdi)")
	secretFile := fs.String("secret-file", "", "file holding the token signing secret (at least 32 bytes)")
	dbPath := fs.String("db", store.DefaultDBPath, "embedded SQLite database file")
	pgDSN := fs.String("postgres", "", "PostgreSQL DSN (instead of --db), for several server nodes")
	policyFile := fs.String("policy", "", "JSON file of per-tenant prompt policies: {\"tenant\":{\"kinds\":[...],\"minImpact\":0.5}}")
	logLevel := fs.String("log-level", "info", "log level: debug, info, warn, error")
	warm := fs.Bool("warm", false, "precompute every condition's prompt options after start-up (about 1.5 s of one core and +60 MB of heap, which every GC cycle then scans; without it the first prompt of a condition costs ~7 ms once)")
	escalate := fs.Duration("escalate-after", 24*time.Hour, "escalate a query unanswered this long")
	gogc := addGCFlag(fs, "")
	cpuProfile := fs.String("cpuprofile", "", "write a CPU profile of the server to FILE until it shuts down (SIGINT or SIGTERM)")
	loadCodeset := addCodesetFlag(fs)
	if _, err := parseInterspersed(fs, args); err != nil {
		return 2
	}
	stopProfile, err := startCPUProfile(*cpuProfile)
	if err != nil {
		fmt.Fprintln(stderr, "notecoder serve: --cpuprofile:", err)
		return 2
	}
	defer stopProfile()
	log, err := newLogger(*logLevel, stderr)
	if err != nil {
		fmt.Fprintln(stderr, "notecoder serve:", err)
		return 2
	}
	defer log.Sync()
	log.Info("garbage collector", zap.String("setting", applyGC(*gogc)))

	var authn auth.Authenticator
	switch {
	case *dev:
		authn = auth.DevAuthenticator{}
		log.Warn("DEVELOPMENT MODE: every token is accepted as tenant 'dev' with roles physician and cdi; never use --dev with real patients")
	case *secretFile != "":
		secret, err := auth.LoadSecretFile(*secretFile)
		if err != nil {
			fmt.Fprintln(stderr, "notecoder serve:", err)
			return 2
		}
		v, err := auth.NewVerifier(secret)
		if err != nil {
			fmt.Fprintln(stderr, "notecoder serve:", err)
			return 2
		}
		authn = v
	case loopbackAddr(*addr):
		// `notecoder serve` with no flags is the quickstart: only this
		// machine can reach a loopback address, so development mode is safe
		// enough there and the demo page works out of the box.
		authn = auth.DevAuthenticator{}
		log.Warn("DEVELOPMENT MODE (no --secret-file, loopback address): every token is accepted as tenant 'dev' with roles physician and cdi; give --secret-file to verify tokens")
	default:
		fmt.Fprintln(stderr, "notecoder serve: "+*addr+" is reachable from other machines: give --secret-file F (verify tokens), or --dev (accept any token) to say you mean it")
		return 2
	}
	var policies map[string]server.TenantPolicy
	if *policyFile != "" {
		data, err := os.ReadFile(*policyFile)
		if err == nil {
			err = json.Unmarshal(data, &policies)
		}
		if err != nil {
			fmt.Fprintln(stderr, "notecoder serve: --policy:", err)
			return 2
		}
	}

	// Listen first: the port answers (healthz, readyz 503) while the code set
	// and the engine load, so orchestrators and editors see a live process.
	l, err := net.Listen("tcp", *addr)
	if err != nil {
		fmt.Fprintln(stderr, "notecoder serve:", err)
		return 1
	}
	var handler atomic.Value
	handler.Store(http.Handler(startingHandler()))
	hs := &http.Server{Handler: http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		handler.Load().(http.Handler).ServeHTTP(w, r)
	}), ReadHeaderTimeout: 10 * time.Second}
	serveErr := make(chan error, 1)
	go func() { serveErr <- hs.Serve(l) }()
	log.Info("listening", zap.String("addr", l.Addr().String()))

	t0 := time.Now()
	ctx := context.Background()
	cfg := store.Config{PostgresDSN: *pgDSN, DBPath: *dbPath}
	if *pgDSN != "" && !flagSet(fs, "db") {
		cfg.DBPath = ""
	}
	st, err := store.Open(ctx, cfg)
	if err != nil {
		log.Error("opening the store", zap.Error(err))
		return 1
	}
	defer st.Close()
	log.Info("store open", zap.String("kind", store.Kind(st)))
	cs, err := loadCodeset()
	if err != nil {
		log.Error("loading the code set", zap.Error(err))
		return 1
	}
	// The engine takes about a second to build; the server greets editors
	// meanwhile and their first results arrive once it is ready.
	lazy := incremental.NewLazyCoder()
	srv, err := server.New(server.Config{Dev: *dev, Version: version, Codeset: cs.Version(), EscalateAfter: *escalate},
		server.Deps{Coder: lazy, Splitter: incremental.TextSplitter, Auth: authn, Log: log,
			Store: st, Policies: policies, Feedback: query.DefaultPolicy, Ready: lazy.Ready,
			Titles: func(code string) string {
				if c, ok := cs.Lookup(code); ok {
					return c.Title
				}
				return code
			},
			Assert: assertAt,
			Extra:  func(mux *http.ServeMux) { mux.Handle("GET /", http.FileServerFS(web.FS())) }})
	if err != nil {
		log.Error("starting the server", zap.Error(err))
		return 1
	}
	handler.Store(srv.Handler())
	log.Info("accepting connections", zap.Duration("after", time.Since(t0)))
	eng, g, err := newEngines(cs)
	if err != nil {
		log.Error("building the engine", zap.Error(err))
		return 1
	}
	lazy.Set(incremental.EngineCoder{E: eng, G: g})
	// Building the engine leaves a large heap of garbage (decoded artifact,
	// parse buffers); hand those pages back so the resident size reflects
	// what the server keeps.
	debug.FreeOSMemory()
	// (After the pages are handed back: releasing a page of a collapsed
	// range would split its huge page again.)
	collapseHeap()
	if *warm {
		// Precompute every condition's prompt options in the background, so
		// no physician's first prompt of a condition pays for it.
		go g.Warm()
	}
	log.Info("ready", zap.String("codeset", cs.Version()), zap.Duration("load", time.Since(t0)),
		zap.String("url", "http://"+l.Addr().String()+"/"))

	sig := make(chan os.Signal, 1)
	signal.Notify(sig, syscall.SIGINT, syscall.SIGTERM)
	select {
	case s := <-sig:
		log.Info("shutting down", zap.String("signal", s.String()))
	case err := <-serveErr:
		if err != nil && !errors.Is(err, http.ErrServerClosed) {
			log.Error("serving", zap.Error(err))
			return 1
		}
	}
	sctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	srv.Shutdown(sctx)
	hs.Shutdown(sctx)
	return 0
}

// startingHandler answers while the engine loads.
func startingHandler() http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /healthz", func(w http.ResponseWriter, _ *http.Request) { w.Write([]byte("ok\n")) })
	mux.HandleFunc("/", func(w http.ResponseWriter, _ *http.Request) {
		w.Header().Set("Retry-After", "1")
		http.Error(w, "starting: loading the code set", http.StatusServiceUnavailable)
	})
	return mux
}

// newLogger builds the structured logger. Logs go to stderr and never carry
// note text, evidence text or tokens.
func newLogger(level string, w io.Writer) (*zap.Logger, error) {
	var lvl zapcore.Level
	if err := lvl.UnmarshalText([]byte(level)); err != nil {
		return nil, fmt.Errorf("--log-level: %v", err)
	}
	enc := zap.NewProductionEncoderConfig()
	enc.EncodeTime = zapcore.ISO8601TimeEncoder
	core := zapcore.NewCore(zapcore.NewJSONEncoder(enc), zapcore.AddSync(w), lvl)
	return zap.New(core), nil
}

// flagSet reports whether the named flag was given on the command line.
func flagSet(fs *flag.FlagSet, name string) bool {
	set := false
	fs.Visit(func(f *flag.Flag) { set = set || f.Name == name })
	return set
}

// assertAt reads how the phrase at [start, end) of a note is asserted
// (present, negated, ...) within its sentence, for codes the server adds
// itself from a tenant's learned synonyms.
func assertAt(note string, start, end int) model.Assertion {
	ls := strings.LastIndexByte(note[:start], '\n') + 1
	le := strings.IndexByte(note[end:], '\n')
	if le < 0 {
		le = len(note)
	} else {
		le += end
	}
	sent := model.Span{Start: ls, End: le}
	for _, s := range text.Sentences(note, sent) {
		if s.Span.Start <= start && end <= s.Span.End {
			sent = s.Span
			break
		}
	}
	return text.Assertions().Classify(note, sent, model.Span{Start: start, End: end}, "")
}

// loopbackAddr reports whether a listen address is reachable only from this
// machine (127.0.0.0/8, ::1, localhost). An empty host listens everywhere.
func loopbackAddr(addr string) bool {
	host, _, err := net.SplitHostPort(addr)
	if err != nil {
		return false
	}
	if host == "localhost" {
		return true
	}
	ip := net.ParseIP(host)
	return ip != nil && ip.IsLoopback()
}
