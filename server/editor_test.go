package server

import (
	"context"
	"encoding/json"
	"errors"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/gorilla/websocket"

	"notecoder/incremental"
	"notecoder/incremental/incrementaltest"
	"notecoder/protocol"
	"notecoder/server/auth"
	"notecoder/server/store/sqlite"
)

// fakeCoder is the test stand-in for the clinical engine.
type fakeCoder = incrementaltest.Coder

type testEnv struct {
	srv   *Server
	http  *httptest.Server // nil for a child process
	url   string
	store *sqlite.Store
}

func newEnv(t *testing.T, cfg Config, withStore bool) *testEnv {
	t.Helper()
	deps := Deps{Coder: fakeCoder{}, Splitter: incremental.TextSplitter, Auth: auth.DevAuthenticator{}}
	env := &testEnv{}
	if withStore {
		st, err := sqlite.Open(context.Background(), filepath.Join(t.TempDir(), "t.db"), sqlite.Options{})
		if err != nil {
			t.Fatal(err)
		}
		env.store = st
		deps.Store = st
	}
	cfg.Dev = true
	s, err := New(cfg, deps)
	if err != nil {
		t.Fatal(err)
	}
	env.srv = s
	env.http = httptest.NewServer(s.Handler())
	env.url = env.http.URL
	t.Cleanup(func() {
		ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		s.Shutdown(ctx)
		env.http.Close()
		if env.store != nil {
			env.store.Close()
		}
	})
	return env
}

// editor is a fake editor plugin: it sends messages and waits for the
// server's frames; it never sleeps.
type editor struct {
	t    *testing.T
	conn *websocket.Conn
	// codes and prompts hold what applying every result gives, per doc.
	codes   map[string]map[string]protocol.CodeItem
	prompts map[string]map[string]protocol.PromptItem
	queries []protocol.QueryObject
	others  []map[string]any
}

func (env *testEnv) dial(t *testing.T) *websocket.Conn {
	t.Helper()
	url := "ws" + strings.TrimPrefix(env.url, "http") + protocol.Path
	d := websocket.Dialer{Subprotocols: []string{protocol.Subprotocol}}
	conn, resp, err := d.Dial(url, nil)
	if err != nil {
		t.Fatalf("dial: %v", err)
	}
	if resp.Header.Get("Sec-WebSocket-Protocol") != protocol.Subprotocol {
		t.Fatalf("subprotocol %q", resp.Header.Get("Sec-WebSocket-Protocol"))
	}
	t.Cleanup(func() { conn.Close() })
	return conn
}

func (env *testEnv) editor(t *testing.T, hello map[string]any) (*editor, protocol.Welcome) {
	t.Helper()
	e := &editor{t: t, conn: env.dial(t), codes: map[string]map[string]protocol.CodeItem{},
		prompts: map[string]map[string]protocol.PromptItem{}}
	if hello == nil {
		hello = map[string]any{}
	}
	hello["type"] = "hello"
	if _, ok := hello["token"]; !ok {
		hello["token"] = "dev"
	}
	e.send(hello)
	var w protocol.Welcome
	m := e.next()
	if m["type"] != "welcome" {
		t.Fatalf("first frame %v", m)
	}
	remarshal(t, m, &w)
	return e, w
}

func remarshal(t *testing.T, from any, to any) {
	t.Helper()
	b, _ := json.Marshal(from)
	if err := json.Unmarshal(b, to); err != nil {
		t.Fatal(err)
	}
}

func (e *editor) send(m map[string]any) {
	e.t.Helper()
	if err := e.conn.WriteJSON(m); err != nil {
		e.t.Fatalf("send: %v", err)
	}
}

func (e *editor) sendRaw(s string) {
	e.t.Helper()
	if err := e.conn.WriteMessage(websocket.TextMessage, []byte(s)); err != nil {
		e.t.Fatalf("send: %v", err)
	}
}

// next reads one frame (with a generous deadline so a hung server fails the
// test instead of hanging it).
func (e *editor) next() map[string]any {
	e.t.Helper()
	e.conn.SetReadDeadline(time.Now().Add(10 * time.Second))
	_, data, err := e.conn.ReadMessage()
	if err != nil {
		e.t.Fatalf("read: %v", err)
	}
	var m map[string]any
	if err := json.Unmarshal(data, &m); err != nil {
		e.t.Fatalf("frame %s: %v", data, err)
	}
	return m
}

// apply folds a result frame into the editor's sets.
func (e *editor) apply(m map[string]any) protocol.Result {
	var r protocol.Result
	remarshal(e.t, m, &r)
	if e.codes[r.Doc] == nil {
		e.codes[r.Doc] = map[string]protocol.CodeItem{}
		e.prompts[r.Doc] = map[string]protocol.PromptItem{}
	}
	for _, id := range r.Codes.Remove {
		delete(e.codes[r.Doc], id)
	}
	for _, c := range r.Codes.Upsert {
		e.codes[r.Doc][c.ID] = c
	}
	for _, id := range r.Prompts.Remove {
		delete(e.prompts[r.Doc], id)
	}
	for _, p := range r.Prompts.Upsert {
		e.prompts[r.Doc][p.ID] = p
	}
	return r
}

// until reads frames, applying results, until one satisfies stop.
func (e *editor) until(stop func(m map[string]any) bool) map[string]any {
	e.t.Helper()
	for {
		m := e.next()
		switch m["type"] {
		case "result":
			e.apply(m)
		case "query":
			var q protocol.QueryPush
			remarshal(e.t, m, &q)
			e.queries = append(e.queries, q.Query)
		default:
			e.others = append(e.others, m)
		}
		if stop(m) {
			return m
		}
	}
}

// result waits for the result acknowledging version v of doc; results must
// never go backwards.
func (e *editor) result(doc string, v int) protocol.Result {
	e.t.Helper()
	last := -1.0
	m := e.until(func(m map[string]any) bool {
		if m["type"] == "error" {
			e.t.Fatalf("unexpected error %v", m)
		}
		if m["type"] != "result" || m["doc"] != doc {
			return false
		}
		ver := m["version"].(float64)
		if ver < last {
			e.t.Fatalf("result went backwards: %v after %v", ver, last)
		}
		last = ver
		return int(ver) >= v
	})
	var r protocol.Result
	remarshal(e.t, m, &r)
	return r
}

// errorFrame waits for the next error frame.
func (e *editor) errorFrame() protocol.Error {
	e.t.Helper()
	m := e.until(func(m map[string]any) bool { return m["type"] == "error" })
	var er protocol.Error
	remarshal(e.t, m, &er)
	return er
}

func (e *editor) codeSet(doc string) map[string]bool {
	out := map[string]bool{}
	for _, c := range e.codes[doc] {
		out[c.Code] = true
	}
	return out
}

func TestOpenChangeResult(t *testing.T) {
	env := newEnv(t, Config{}, false)
	e, w := env.editor(t, nil)
	if w.PositionEncoding != protocol.UTF16 || w.Limits.MaxDocBytes < 512<<10 || w.Limits.MaxMessageBytes == 0 {
		t.Fatalf("welcome %+v", w)
	}
	e.send(map[string]any{"type": "open", "doc": "n1", "version": 1, "text": "ASSESSMENT:\nCHF"})
	r := e.result("n1", 1)
	if len(r.Codes.Upsert) != 1 || r.Codes.Upsert[0].Code != "I50.9" {
		t.Fatalf("result %+v", r)
	}
	if ev := r.Codes.Upsert[0].Evidence[0]; ev.Start != 12 || ev.End != 15 {
		t.Fatalf("evidence %+v", ev)
	}
	// A change that does not touch the finding still gets a result.
	e.send(map[string]any{"type": "change", "doc": "n1", "version": 2, "changes": []map[string]any{{"start": 15, "end": 15, "text": " exacerbation"}}})
	r = e.result("n1", 2)
	if len(r.Codes.Upsert)+len(r.Codes.Remove) != 0 {
		t.Fatalf("unchanged finding re-sent: %+v", r)
	}
	// Deleting the word removes the code.
	e.send(map[string]any{"type": "change", "doc": "n1", "version": 3, "changes": []map[string]any{{"start": 12, "end": 15, "text": "COPD"}}})
	r = e.result("n1", 3)
	if len(r.Codes.Remove) != 1 || len(e.codes["n1"]) != 0 || len(e.prompts["n1"]) != 0 {
		t.Fatalf("removal %+v; held %v", r, e.codes["n1"])
	}
	// A full replacement.
	e.send(map[string]any{"type": "change", "doc": "n1", "version": 4, "text": "Dx: CHF and knee OA"})
	e.result("n1", 4)
	if got := e.codeSet("n1"); !got["I50.9"] || !got["M17.9"] || len(got) != 2 {
		t.Fatalf("codes %v", got)
	}
}

func TestUTF16Offsets(t *testing.T) {
	env := newEnv(t, Config{}, false)
	e, _ := env.editor(t, map[string]any{"positionEncoding": "utf-16"})
	text := "😀 é note: CHF"
	e.send(map[string]any{"type": "open", "doc": "u", "version": 1, "text": text})
	r := e.result("u", 1)
	ev := r.Codes.Upsert[0].Evidence[0]
	// 😀 is two UTF-16 units, é one: "CHF" starts at 2+1+1+1+6 = 11.
	if ev.Start != 11 || ev.End != 14 {
		t.Fatalf("evidence %+v", ev)
	}
	// Insert after the emoji using UTF-16 offsets.
	e.send(map[string]any{"type": "change", "doc": "u", "version": 2, "changes": []map[string]any{{"start": 2, "end": 2, "text": "X"}}})
	r = e.result("u", 2)
	if ev := r.Codes.Upsert[0].Evidence[0]; ev.Start != 12 {
		t.Fatalf("after insert evidence %+v", ev)
	}
	// An offset inside the surrogate pair is refused and changes nothing.
	e.send(map[string]any{"type": "change", "doc": "u", "version": 3, "changes": []map[string]any{{"start": 1, "end": 1, "text": "Y"}}})
	if er := e.errorFrame(); er.Code != protocol.CodeRangeOutOfBounds {
		t.Fatalf("error %+v", er)
	}
	e.send(map[string]any{"type": "change", "doc": "u", "version": 3, "changes": []map[string]any{{"start": 0, "end": 0, "text": ""}}})
	e.result("u", 3)
}

func TestErrorCodes(t *testing.T) {
	env := newEnv(t, Config{MaxDocs: 2, MaxDocBytes: 600 << 10}, false)
	e, _ := env.editor(t, nil)
	cases := []struct {
		frame string
		code  string
	}{
		{`{"type":`, protocol.CodeBadJSON},
		{`{"type":"dance"}`, protocol.CodeUnknownType},
		{`{"type":"open","doc":"a","version":"one","text":""}`, protocol.CodeBadMessage},
		{`{"type":"change","doc":"nope","version":2,"changes":[]}`, protocol.CodeDocNotOpen},
		{`{"type":"open","doc":"big","version":1,"text":"` + strings.Repeat("x", 600<<10+1) + `"}`, protocol.CodeDocTooLarge},
	}
	for _, c := range cases {
		e.sendRaw(c.frame)
		if er := e.errorFrame(); er.Code != c.code {
			t.Errorf("%.40s: code %q, want %q", c.frame, er.Code, c.code)
		}
	}
	e.send(map[string]any{"type": "open", "doc": "a", "version": 5, "text": "CHF"})
	e.result("a", 5)
	e.send(map[string]any{"type": "change", "doc": "a", "version": 7, "changes": []map[string]any{}, "id": "m1"})
	er := e.errorFrame()
	if er.Code != protocol.CodeVersionMismatch || er.Version == nil || *er.Version != 5 || er.Ref != "m1" || er.Doc != "a" {
		t.Fatalf("version mismatch frame %+v", er)
	}
	e.send(map[string]any{"type": "change", "doc": "a", "version": 6, "changes": []map[string]any{{"start": 2, "end": 1, "text": ""}}})
	if er := e.errorFrame(); er.Code != protocol.CodeRangeOutOfBounds {
		t.Fatalf("start>end: %+v", er)
	}
	e.send(map[string]any{"type": "change", "doc": "a", "version": 6, "changes": []map[string]any{{"start": 0, "end": 0, "text": "x"}, {"start": 99, "end": 99, "text": ""}}})
	if er := e.errorFrame(); er.Code != protocol.CodeRangeOutOfBounds {
		t.Fatalf("past end: %+v", er)
	}
	// Nothing changed: version 6 still applies to the original text.
	e.send(map[string]any{"type": "change", "doc": "a", "version": 6, "changes": []map[string]any{{"start": 3, "end": 3, "text": " CHF"}}})
	r := e.result("a", 6)
	if len(r.Codes.Upsert) != 1 || len(r.Codes.Upsert[0].Evidence) != 2 {
		t.Fatalf("after refused changes %+v", r)
	}
	e.send(map[string]any{"type": "open", "doc": "b", "version": 1, "text": ""})
	e.result("b", 1)
	e.send(map[string]any{"type": "open", "doc": "c", "version": 1, "text": ""})
	if er := e.errorFrame(); er.Code != protocol.CodeTooManyDocs {
		t.Fatalf("too many docs: %+v", er)
	}
	// The session goes on after every error.
	e.send(map[string]any{"type": "ping", "id": "p"})
	e.until(func(m map[string]any) bool { return m["type"] == "pong" && m["ref"] == "p" })
}

func TestRateLimited(t *testing.T) {
	env := newEnv(t, Config{ConnRate: 1, ConnBurst: 2}, false)
	e, _ := env.editor(t, nil)
	for i := 0; i < 3; i++ {
		e.send(map[string]any{"type": "ping"})
	}
	er := e.errorFrame()
	if er.Code != protocol.CodeRateLimited || er.RetryAfterMs <= 0 {
		t.Fatalf("error %+v", er)
	}
}

func closeCode(t *testing.T, conn *websocket.Conn) int {
	t.Helper()
	conn.SetReadDeadline(time.Now().Add(15 * time.Second))
	for {
		_, _, err := conn.ReadMessage()
		if err == nil {
			continue
		}
		var ce *websocket.CloseError
		if errors.As(err, &ce) {
			return ce.Code
		}
		t.Fatalf("read ended without a close frame: %v", err)
	}
}

func TestNoHelloFirst(t *testing.T) {
	env := newEnv(t, Config{}, false)
	conn := env.dial(t)
	conn.WriteMessage(websocket.TextMessage, []byte(`{"type":"open","doc":"a","version":1,"text":""}`))
	if c := closeCode(t, conn); c != websocket.ClosePolicyViolation {
		t.Fatalf("close %d", c)
	}
}

func TestHelloTimeout(t *testing.T) {
	env := newEnv(t, Config{HelloTimeout: 50 * time.Millisecond}, false)
	conn := env.dial(t)
	if c := closeCode(t, conn); c != websocket.ClosePolicyViolation {
		t.Fatalf("close %d", c)
	}
}

func TestFrameTooBig(t *testing.T) {
	env := newEnv(t, Config{MaxMessageBytes: 1024}, false)
	e, _ := env.editor(t, nil)
	e.sendRaw(`{"type":"open","doc":"a","version":1,"text":"` + strings.Repeat("x", 2000) + `"}`)
	if c := closeCode(t, e.conn); c != websocket.CloseMessageTooBig {
		t.Fatalf("close %d", c)
	}
}

func TestUnauthorized(t *testing.T) {
	secret := []byte(strings.Repeat("k", 32))
	v, _ := auth.NewVerifier(secret)
	s, err := New(Config{}, Deps{Coder: fakeCoder{}, Splitter: incremental.TextSplitter, Auth: v})
	if err != nil {
		t.Fatal(err)
	}
	hs := httptest.NewServer(s.Handler())
	defer hs.Close()
	defer s.Shutdown(context.Background())
	env := &testEnv{srv: s, http: hs, url: hs.URL}
	for _, tok := range []string{"forged", ""} {
		conn := env.dial(t)
		conn.WriteJSON(map[string]any{"type": "hello", "token": tok})
		_, data, err := conn.ReadMessage()
		if err != nil || !strings.Contains(string(data), `"unauthorized"`) {
			t.Fatalf("token %q: %s %v", tok, data, err)
		}
		if c := closeCode(t, conn); c != websocket.ClosePolicyViolation {
			t.Fatalf("close %d", c)
		}
	}
	signer, _ := auth.NewSigner(secret)
	expired, _ := signer.Issue("t1", "u1", []string{"physician"}, time.Second, time.Now().Add(-time.Hour))
	conn := env.dial(t)
	conn.WriteJSON(map[string]any{"type": "hello", "token": expired})
	if _, data, _ := conn.ReadMessage(); !strings.Contains(string(data), "unauthorized") {
		t.Fatalf("expired token accepted: %s", data)
	}
	good, _ := signer.Issue("t1", "u1", []string{"physician"}, time.Hour, time.Now())
	e := &editor{t: t, conn: env.dial(t), codes: map[string]map[string]protocol.CodeItem{}, prompts: map[string]map[string]protocol.PromptItem{}}
	e.send(map[string]any{"type": "hello", "token": good})
	if m := e.next(); m["type"] != "welcome" {
		t.Fatalf("valid token: %v", m)
	}
}

func TestShutdownClosesGoingAway(t *testing.T) {
	env := newEnv(t, Config{}, false)
	e, _ := env.editor(t, nil)
	e.send(map[string]any{"type": "open", "doc": "a", "version": 1, "text": "CHF"})
	e.result("a", 1)
	go env.srv.Shutdown(context.Background())
	if c := closeCode(t, e.conn); c != websocket.CloseGoingAway {
		t.Fatalf("close %d", c)
	}
	resp, err := http.Get(env.url + "/readyz")
	if err == nil && resp.StatusCode == 200 {
		t.Fatalf("ready while draining")
	}
}

// TestTypingConverges types a note keystroke by keystroke without waiting
// for results, then checks that the results the client applied equal what a
// fresh open of the final text yields, and that the last version was
// acknowledged.
func TestTypingConverges(t *testing.T) {
	env := newEnv(t, Config{}, false)
	e, _ := env.editor(t, nil)
	note := "HPI:\nknee OA pain, CHF.\nASSESSMENT:\nCHF\nknee OA\n"
	e.send(map[string]any{"type": "open", "doc": "t", "version": 1, "text": ""})
	v := 1
	for i := 0; i < len(note); i++ {
		v++
		e.send(map[string]any{"type": "change", "doc": "t", "version": v, "changes": []map[string]any{{"start": i, "end": i, "text": note[i : i+1]}}})
	}
	// Delete the first CHF.
	at := strings.Index(note, "CHF")
	v++
	e.send(map[string]any{"type": "change", "doc": "t", "version": v, "changes": []map[string]any{{"start": at, "end": at + 3, "text": ""}}})
	e.result("t", v)
	final := note[:at] + note[at+3:]
	e.send(map[string]any{"type": "open", "doc": "fresh", "version": 1, "text": final})
	e.result("fresh", 1)
	held, fresh := e.codes["t"], e.codes["fresh"]
	if len(held) != len(fresh) {
		t.Fatalf("held %v, fresh %v", held, fresh)
	}
	for _, c := range held {
		found := false
		for _, f := range fresh {
			if f.Code == c.Code && len(f.Evidence) == len(c.Evidence) && f.Evidence[0] == c.Evidence[0] {
				found = true
			}
		}
		if !found {
			t.Fatalf("held %+v not in fresh %v", c, fresh)
		}
	}
}

// TestGreetsBeforeEngineReady: with a lazy engine the server welcomes an
// editor at once, reports not ready, and answers the open once the engine
// is installed.
func TestGreetsBeforeEngineReady(t *testing.T) {
	lazy := incremental.NewLazyCoder()
	s, err := New(Config{Dev: true}, Deps{Coder: lazy, Splitter: incremental.TextSplitter, Auth: auth.DevAuthenticator{}, Ready: lazy.Ready})
	if err != nil {
		t.Fatal(err)
	}
	hs := httptest.NewServer(s.Handler())
	defer hs.Close()
	defer s.Shutdown(context.Background())
	env := &testEnv{srv: s, http: hs, url: hs.URL}
	e, _ := env.editor(t, nil)
	if resp, err := http.Get(env.url + "/readyz"); err != nil || resp.StatusCode != http.StatusServiceUnavailable {
		t.Fatalf("readyz before the engine: %v %v", resp, err)
	}
	e.send(map[string]any{"type": "open", "doc": "a", "version": 1, "text": "CHF"})
	lazy.Set(fakeCoder{})
	if r := e.result("a", 1); len(r.Codes.Upsert) != 1 {
		t.Fatalf("result %+v", r)
	}
	if resp, err := http.Get(env.url + "/readyz"); err != nil || resp.StatusCode != http.StatusOK {
		t.Fatalf("readyz after the engine: %v %v", resp, err)
	}
}

// TestFindingsOnRequest: a client that asks for findings at hello gets the
// findings delta with every mention; one that did not gets none.
func TestFindingsOnRequest(t *testing.T) {
	env := newEnv(t, Config{}, false)
	e, w := env.editor(t, map[string]any{"findings": true})
	if !w.Findings {
		t.Fatal("welcome does not confirm findings")
	}
	e.send(map[string]any{"type": "open", "doc": "f", "version": 1, "text": "Dx: CHF"})
	r := e.result("f", 1)
	if r.Findings == nil || len(r.Findings.Upsert) == 0 {
		t.Fatalf("no findings delta: %+v", r)
	}
	plain, _ := env.editor(t, nil)
	plain.send(map[string]any{"type": "open", "doc": "f", "version": 1, "text": "Dx: CHF"})
	if r := plain.result("f", 1); r.Findings != nil {
		t.Fatalf("findings sent unasked: %+v", r.Findings)
	}
}
