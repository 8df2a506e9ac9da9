package ncclient

import (
	"context"
	"net"
	"net/http/httptest"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"notecoder/incremental"
	"notecoder/incremental/incrementaltest"
	"notecoder/server"
	"notecoder/server/auth"
	"notecoder/server/store/sqlite"
)

// fakeCoder is the test stand-in for the clinical engine.
type fakeCoder = incrementaltest.Coder

// trackingListener remembers accepted connections so a test can cut them
// all (a network failure as the client sees it).
type trackingListener struct {
	net.Listener
	mu    sync.Mutex
	conns []net.Conn
}

func (l *trackingListener) Accept() (net.Conn, error) {
	c, err := l.Listener.Accept()
	if err == nil {
		l.mu.Lock()
		l.conns = append(l.conns, c)
		l.mu.Unlock()
	}
	return c, err
}

// cut closes every connection accepted so far.
func (l *trackingListener) cut() {
	l.mu.Lock()
	defer l.mu.Unlock()
	for _, c := range l.conns {
		c.Close()
	}
	l.conns = nil
}

type testEnv struct {
	srv  *server.Server
	http *httptest.Server
	lis  *trackingListener
	url  string
}

type envOpts struct {
	cfg   server.Config
	store bool
	auth  auth.Authenticator
}

func newEnv(t *testing.T, o envOpts) *testEnv {
	t.Helper()
	deps := server.Deps{Coder: fakeCoder{}, Splitter: incremental.TextSplitter, Auth: o.auth}
	cfg := o.cfg
	if deps.Auth == nil {
		deps.Auth = auth.DevAuthenticator{}
		cfg.Dev = true
	}
	var st *sqlite.Store
	if o.store {
		var err error
		st, err = sqlite.Open(context.Background(), filepath.Join(t.TempDir(), "t.db"), sqlite.Options{})
		if err != nil {
			t.Fatal(err)
		}
		deps.Store = st
	}
	s, err := server.New(cfg, deps)
	if err != nil {
		t.Fatal(err)
	}
	hs := httptest.NewUnstartedServer(s.Handler())
	lis := &trackingListener{Listener: hs.Listener}
	hs.Listener = lis
	hs.Start()
	env := &testEnv{srv: s, http: hs, lis: lis, url: hs.URL}
	t.Cleanup(func() {
		ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		s.Shutdown(ctx)
		hs.Close()
		if st != nil {
			st.Close()
		}
	})
	return env
}

// testCtx bounds every wait of a test, so a hung server fails the test
// instead of hanging it; it is a safety net, not a timing assertion.
func testCtx(t *testing.T) context.Context {
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	t.Cleanup(cancel)
	return ctx
}

func (env *testEnv) dial(t *testing.T, opts Options) *Client {
	t.Helper()
	if opts.Token == "" {
		opts.Token = "dev"
	}
	c, err := Dial(testCtx(t), env.url, opts)
	if err != nil {
		t.Fatalf("dial: %v", err)
	}
	t.Cleanup(func() { c.Close(); <-c.Done() })
	return c
}
