// Package server is notecoder's network face: the WebSocket endpoint editors
// stream notes to, the CDI REST API, health and metrics. It owns transport,
// identity, tenancy, limits and persistence; the clinical work is delegated to
// incremental (documents and results) and through it to cdi.
package server

import (
	"context"
	"errors"
	"net"
	"net/http"
	"runtime"
	"sync"
	"sync/atomic"
	"time"

	"github.com/gorilla/websocket"
	"github.com/prometheus/client_golang/prometheus/promhttp"
	"go.uber.org/zap"

	"notecoder/cdi/model"
	"notecoder/cdi/query"
	"notecoder/incremental"
	"notecoder/protocol"
	"notecoder/server/auth"
)

// Config holds the server's tunables. Zero values take the defaults in
// withDefaults; every default is chosen so that a client that sends each change
// as soon as the previous result arrives is never throttled.
type Config struct {
	// Dev accepts any token as the development identity.
	Dev bool
	// Version is the server software version announced in welcome.
	Version string
	// Codeset names the code set in welcome ("ICD-10-CM FY2026").
	Codeset string

	MaxMessageBytes int           // largest inbound frame; larger closes with 1009
	MaxDocBytes     int           // largest document
	MaxDocs         int           // open documents per connection
	MaxConns        int           // concurrent WebSocket connections
	ConnRate        int           // messages per second per connection
	ConnBurst       int           // burst per connection
	GlobalRate      int           // messages per second over all connections
	OutboxBytes     int           // queued outbound bytes before a slow consumer is closed
	HelloTimeout    time.Duration // time allowed for the first message
	WriteTimeout    time.Duration // deadline of every write
	PingInterval    time.Duration // WebSocket ping period; a connection silent for 2x this is dropped
	EscalateAfter   time.Duration // an open query unanswered this long is escalated
	SweepInterval   time.Duration // how often due queries are escalated or expired
	Workers         int           // analysis workers
	CacheEntries    int           // section results kept in the LRU
}

func (c Config) withDefaults() Config {
	def := func(v *int, d int) {
		if *v <= 0 {
			*v = d
		}
	}
	def(&c.MaxMessageBytes, 1<<20)
	def(&c.MaxDocBytes, 512<<10)
	def(&c.MaxDocs, 64)
	def(&c.MaxConns, 10000)
	def(&c.ConnRate, 5000)
	def(&c.ConnBurst, 2000)
	def(&c.GlobalRate, 50000)
	def(&c.OutboxBytes, 8<<20)
	def(&c.Workers, runtime.GOMAXPROCS(0))
	def(&c.CacheEntries, 8192)
	if c.HelloTimeout <= 0 {
		c.HelloTimeout = 10 * time.Second
	}
	if c.WriteTimeout <= 0 {
		c.WriteTimeout = 10 * time.Second
	}
	if c.EscalateAfter <= 0 {
		c.EscalateAfter = 24 * time.Hour
	}
	if c.SweepInterval <= 0 {
		c.SweepInterval = 30 * time.Second
	}
	if c.PingInterval <= 0 {
		c.PingInterval = 30 * time.Second
	}
	if c.Codeset == "" {
		c.Codeset = "ICD-10-CM FY2026"
	}
	if c.Version == "" {
		c.Version = "notecoder/dev"
	}
	return c
}

// Deps are the collaborators a server is built from.
type Deps struct {
	Coder    incremental.Coder
	Splitter incremental.Splitter
	Auth     auth.Authenticator
	Log      *zap.Logger
	// Store persists queries, feedback, worklist and audit. Without one the
	// server still codes, but CDI queries are unavailable.
	Store query.Store
	// Policies are per-tenant prompt policies.
	Policies map[string]TenantPolicy
	// Feedback is the suppression policy for mostly rejected rules.
	Feedback query.Policy
	// Extra registers more HTTP routes (the demo page) on the mux.
	Extra func(mux *http.ServeMux)
	// Titles, when set, names codes the server adds itself (learned
	// synonyms); Assert, when set, reads whether a phrase at [start, end)
	// of a note is present, negated, etc. Both come from cdi.
	Titles func(code string) string
	Assert func(text string, start, end int) model.Assertion
	// Ready, when set, tells /readyz whether the engine can serve yet; the
	// server accepts connections before (see incremental.LazyCoder).
	Ready func() bool
}

// Server serves the WebSocket protocol. Create with New, serve with Serve,
// stop with Shutdown.
type Server struct {
	cfg      Config
	log      *zap.Logger
	auth     auth.Authenticator
	split    incremental.Splitter
	analyzer *incremental.Analyzer
	metrics  *metrics
	hub      *hub
	flow     *workflow // nil without a store
	// engineReady reports whether the engine is loaded (nil: always).
	engineReady func() bool
	titles      func(code string) string
	assert      func(text string, start, end int) model.Assertion
	jobs        chan *docState
	global      sharedBucket
	upgrader    websocket.Upgrader
	mux         *http.ServeMux

	conns    atomic.Int64
	nextSess atomic.Uint64
	ready    atomic.Bool
	draining atomic.Bool

	mu       sync.Mutex
	sessions map[*session]struct{} // guarded by mu
	wg       sync.WaitGroup        // connection goroutines
	workers  sync.WaitGroup
	stopOnce sync.Once
	stop     chan struct{}
	doneOnce sync.Once
	done     chan struct{} // closed when every goroutine has ended
}

// New builds a server. It starts the analysis workers; call Shutdown to stop them.
func New(cfg Config, deps Deps) (*Server, error) {
	if deps.Coder == nil || deps.Splitter == nil || deps.Auth == nil {
		return nil, errors.New("server: Coder, Splitter and Auth are required")
	}
	cfg = cfg.withDefaults()
	log := deps.Log
	if log == nil {
		log = zap.NewNop()
	}
	s := &Server{
		cfg:      cfg,
		log:      log,
		auth:     deps.Auth,
		split:    deps.Splitter,
		analyzer: incremental.NewAnalyzer(deps.Coder, cfg.CacheEntries),
		hub:      newHub(),
		jobs:     make(chan *docState, 1<<16),
		global:   sharedBucket{b: newBucket(cfg.GlobalRate, cfg.GlobalRate)},
		sessions: map[*session]struct{}{},
		stop:     make(chan struct{}),

		engineReady: deps.Ready,
		titles:      deps.Titles,
		assert:      deps.Assert,
	}
	s.metrics = newMetrics(s.analyzer.CacheStats, s.analyzer.Reused)
	if deps.Store != nil {
		s.flow = newWorkflow(s, deps.Store, deps.Policies, deps.Feedback)
		s.workers.Add(1)
		go func() {
			defer s.workers.Done()
			s.flow.run(s.stop, cfg.EscalateAfter, cfg.SweepInterval)
		}()
	}
	s.upgrader = websocket.Upgrader{
		ReadBufferSize:  1024,
		WriteBufferSize: 1024,
		// A shared pool means an idle connection holds no write buffer.
		WriteBufferPool: &sync.Pool{},
		Subprotocols:    []string{protocol.Subprotocol},
		// Editors embed the plugin in EHR pages of any origin; the token,
		// not the origin, authenticates.
		CheckOrigin: func(*http.Request) bool { return true },
	}
	for i := 0; i < cfg.Workers; i++ {
		s.workers.Add(1)
		go s.worker()
	}
	s.mux = http.NewServeMux()
	s.mux.HandleFunc("GET "+protocol.Path, s.serveWS)
	s.mux.HandleFunc("GET /healthz", func(w http.ResponseWriter, _ *http.Request) { w.Write([]byte("ok\n")) })
	s.mux.HandleFunc("GET /readyz", s.serveReady)
	s.mux.Handle("GET /metrics", promhttp.HandlerFor(s.metrics.reg, promhttp.HandlerOpts{}))
	if s.flow != nil {
		s.restRoutes()
	}
	if deps.Extra != nil {
		deps.Extra(s.mux)
	}
	s.ready.Store(true)
	return s, nil
}

// Handler returns the HTTP handler with every route.
func (s *Server) Handler() http.Handler { return s.mux }

func (s *Server) serveReady(w http.ResponseWriter, _ *http.Request) {
	if !s.ready.Load() || s.draining.Load() || (s.engineReady != nil && !s.engineReady()) {
		http.Error(w, "not ready", http.StatusServiceUnavailable)
		return
	}
	w.Write([]byte("ready\n"))
}

// Serve accepts connections on l until Shutdown.
func (s *Server) Serve(l net.Listener) error {
	hs := &http.Server{Handler: s.mux, ReadHeaderTimeout: 10 * time.Second}
	go func() {
		<-s.stop
		ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		hs.Shutdown(ctx)
	}()
	err := hs.Serve(l)
	if errors.Is(err, http.ErrServerClosed) {
		return nil
	}
	return err
}

// Shutdown drains the server: it stops accepting, sends every pending result,
// closes each connection with 1001 (going away) and waits for them, at most
// until ctx ends.
func (s *Server) Shutdown(ctx context.Context) error {
	s.draining.Store(true)
	s.stopOnce.Do(func() { close(s.stop) })
	s.mu.Lock()
	for sess := range s.sessions {
		sess.closeWith(websocket.CloseGoingAway, "server shutting down")
	}
	s.mu.Unlock()
	s.doneOnce.Do(func() {
		s.done = make(chan struct{})
		go func() {
			s.wg.Wait()
			close(s.jobs)
			s.workers.Wait()
			close(s.done)
		}()
	})
	select {
	case <-s.done:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

// worker runs analyses. A document is in the queue at most once; while it is
// being analysed, further edits only mark it dirty, and the worker analyses it
// again at its newest version before letting go (coalescing).
func (s *Server) worker() {
	defer s.workers.Done()
	for d := range s.jobs {
		d.analyze(s)
	}
}
