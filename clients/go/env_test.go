package ncclient

import (
	"context"
	"net"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"notecoder/cdi/model"
	"notecoder/incremental"
	"notecoder/server"
	"notecoder/server/auth"
	"notecoder/server/store/sqlite"
)

// fakeCoder codes every "CHF" in a section body as I50.9 with a `type`
// prompt and every "knee OA" as M17.9 with a `laterality` prompt: enough to
// exercise the SDK against the real server without the clinical engine.
type fakeCoder struct{}

type fakeHit struct {
	code, kind string
	sp         model.Span
}

var fakeWords = []struct{ word, code, kind string }{{"CHF", "I50.9", "type"}, {"knee OA", "M17.9", "laterality"}}

func (fakeCoder) CodeSection(body, kind string, ctx model.Context) any {
	var hits []fakeHit
	for _, w := range fakeWords {
		for i := 0; ; {
			j := strings.Index(body[i:], w.word)
			if j < 0 {
				break
			}
			hits = append(hits, fakeHit{w.code, w.kind, model.Span{Start: i + j, End: i + j + len(w.word)}})
			i += j + len(w.word)
		}
	}
	return hits
}

func (fakeCoder) Consolidate(note string, parts []incremental.Part, ctx model.Context) model.Result {
	byCode := map[string]int{}
	res := model.Result{Prompts: []model.Prompt{}}
	for _, p := range parts {
		for _, h := range p.Out.([]fakeHit) {
			sp := h.sp.Shift(p.Offset)
			if i, ok := byCode[h.code]; ok {
				res.Codes[i].Evidence = append(res.Codes[i].Evidence, sp)
				continue
			}
			byCode[h.code] = len(res.Codes)
			res.Codes = append(res.Codes, model.Code{System: "ICD-10-CM", Code: h.code, Title: h.code, Assertion: model.Present,
				Evidence: []model.Span{sp}, Confidence: 0.9, Rule: "fake"})
			res.Prompts = append(res.Prompts, model.Prompt{Kind: h.kind, Code: h.code, Message: h.code + ": " + h.kind + " not documented",
				Key: h.kind + "|" + h.code, Options: []model.Option{{Label: "right", Code: "M17.11"}, {Label: "left", Code: "M17.12"}},
				Evidence: []model.Span{sp}})
		}
	}
	return res
}

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
