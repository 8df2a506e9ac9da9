package server

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"notecoder/incremental"
	"notecoder/protocol"
	"notecoder/server/auth"
	"notecoder/server/store/sqlite"
)

var testSecret = []byte("0123456789abcdef0123456789abcdef")

// newAuthEnv starts a server that verifies real tokens, with a SQLite store.
func newAuthEnv(t *testing.T) (*testEnv, *auth.Signer) {
	return newAuthEnvWith(t, Config{}, nil)
}

// newAuthEnvWith is newAuthEnv with a configuration and per-tenant policies.
func newAuthEnvWith(t *testing.T, cfg Config, policies map[string]TenantPolicy) (*testEnv, *auth.Signer) {
	t.Helper()
	st, err := sqlite.Open(context.Background(), filepath.Join(t.TempDir(), "w.db"), sqlite.Options{})
	if err != nil {
		t.Fatal(err)
	}
	v, _ := auth.NewVerifier(testSecret)
	signer, _ := auth.NewSigner(testSecret)
	s, err := New(cfg, Deps{Coder: fakeCoder{}, Splitter: incremental.TextSplitter, Auth: v, Store: st, Policies: policies})
	if err != nil {
		t.Fatal(err)
	}
	env := &testEnv{srv: s, http: httptest.NewServer(s.Handler()), store: st}
	env.url = env.http.URL
	t.Cleanup(func() {
		ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		s.Shutdown(ctx)
		env.http.Close()
		st.Close()
	})
	return env, signer
}

func token(t *testing.T, s *auth.Signer, tenant, user, role string) string {
	t.Helper()
	tok, err := s.Issue(tenant, user, []string{role}, time.Hour, time.Now())
	if err != nil {
		t.Fatal(err)
	}
	return tok
}

// call makes a REST request and decodes the JSON answer into out (if not nil).
func (env *testEnv) call(t *testing.T, method, path, tok string, body any, out any) int {
	t.Helper()
	code, err := doCall(env.url, method, path, tok, body, out)
	if err != nil {
		t.Fatalf("%s %s: %v", method, path, err)
	}
	return code
}

func doCall(base, method, path, tok string, body any, out any) (int, error) {
	var rd io.Reader
	if body != nil {
		b, _ := json.Marshal(body)
		rd = bytes.NewReader(b)
	}
	req, _ := http.NewRequest(method, base+path, rd)
	if tok != "" {
		req.Header.Set("Authorization", "Bearer "+tok)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return 0, err
	}
	defer resp.Body.Close()
	data, err := io.ReadAll(resp.Body)
	if err != nil {
		return 0, err
	}
	if out != nil {
		if err := json.Unmarshal(data, out); err != nil {
			return resp.StatusCode, fmt.Errorf("%d %s: %v", resp.StatusCode, data, err)
		}
	}
	return resp.StatusCode, nil
}

// TestQueryFlow is the CDI flow end to end: a physician's note shows a gap,
// a CDI specialist queries it over REST, the query reaches the physician's
// editor at once, the answer comes back over the socket, and the audit trail
// shows both — with tenants kept apart and roles enforced.
func TestQueryFlow(t *testing.T) {
	env, signer := newAuthEnv(t)
	docTok := token(t, signer, "acme", "dr-lee", "physician")
	cdiTok := token(t, signer, "acme", "cdi-kim", "cdi")
	otherTok := token(t, signer, "globex", "cdi-eve", "cdi")

	doc, _ := env.editor(t, map[string]any{"token": docTok})
	doc.send(map[string]any{"type": "open", "doc": "enc-1/note", "version": 1, "text": "ASSESSMENT:\nknee OA"})
	doc.result("enc-1/note", 1)
	var pid string
	for id, p := range doc.prompts["enc-1/note"] {
		if p.Kind == "laterality" {
			pid = id
		}
	}
	if pid == "" {
		t.Fatalf("no laterality prompt: %v", doc.prompts)
	}

	// A physician cannot create a query.
	if code := env.call(t, "POST", "/v1/queries", docTok, map[string]any{"doc": "enc-1/note", "prompt": pid}, nil); code != 403 {
		t.Fatalf("physician create: %d", code)
	}
	// No token, a forged token: 401.
	if code := env.call(t, "GET", "/v1/worklist", "", nil, nil); code != 401 {
		t.Fatalf("no token: %d", code)
	}
	if code := env.call(t, "GET", "/v1/worklist", cdiTok+"x", nil, nil); code != 401 {
		t.Fatalf("forged token: %d", code)
	}
	// A leading query (payment wording, one option) is refused with findings.
	var refused struct {
		Error struct {
			Code     string `json:"code"`
			Findings []struct {
				Rule string `json:"rule"`
			} `json:"findings"`
		} `json:"error"`
	}
	code := env.call(t, "POST", "/v1/queries", cdiTok, map[string]any{"doc": "enc-1/note", "question": "Please document right knee OA for the DRG",
		"options": []map[string]string{{"label": "right knee", "code": "M17.11"}}}, &refused)
	if code != 422 || refused.Error.Code != protocol.CodeQueryRejected || len(refused.Error.Findings) == 0 || refused.Error.Findings[0].Rule == "" {
		t.Fatalf("leading query: %d %+v", code, refused)
	}

	// The CDI specialist queries the prompt; options come from it.
	var q protocol.QueryObject
	if code := env.call(t, "POST", "/v1/queries", cdiTok, map[string]any{"doc": "enc-1/note", "prompt": pid,
		"question": "Which knee is affected by the osteoarthritis documented in the assessment?"}, &q); code != 201 {
		t.Fatalf("create: %d %+v", code, q)
	}
	if q.Status != "open" || q.CreatedBy != "cdi-kim" || len(q.Options) < 3 {
		t.Fatalf("created %+v", q)
	}
	last := q.Options[len(q.Options)-1].Label
	if last != "Clinically undetermined" {
		t.Fatalf("standard options not appended: %+v", q.Options)
	}
	// It reaches the physician's editor at once.
	doc.until(func(m map[string]any) bool { return m["type"] == "query" })
	if len(doc.queries) != 1 || doc.queries[0].ID != q.ID {
		t.Fatalf("pushed %+v", doc.queries)
	}
	// Another tenant sees nothing.
	if code := env.call(t, "GET", "/v1/queries/"+q.ID, otherTok, nil, nil); code != 404 {
		t.Fatalf("other tenant read: %d", code)
	}
	var wl protocol.Worklist
	env.call(t, "GET", "/v1/worklist", otherTok, nil, &wl)
	if len(wl.Items) != 0 {
		t.Fatalf("other tenant worklist %+v", wl)
	}
	// The physician answers on the socket.
	doc.send(map[string]any{"type": "answer", "id": "a1", "query": q.ID, "option": 0})
	doc.until(func(m map[string]any) bool { return m["type"] == "ok" && m["ref"] == "a1" })
	var got protocol.QueryObject
	env.call(t, "GET", "/v1/queries/"+q.ID, cdiTok, nil, &got)
	if got.Status != "answered" || got.Answer == nil || got.Answer.By != "dr-lee" || got.Answer.Option != 0 {
		t.Fatalf("answered %+v", got)
	}
	var audit struct {
		Events []struct {
			Action, User, Tenant string
		} `json:"events"`
	}
	if code := env.call(t, "GET", "/v1/audit?doc=enc-1/note", cdiTok, nil, &audit); code != 200 {
		t.Fatalf("audit %d", code)
	}
	actions := map[string]string{}
	for _, e := range audit.Events {
		actions[e.Action] = e.User
		if e.Tenant != "acme" {
			t.Fatalf("event of tenant %q", e.Tenant)
		}
	}
	if actions["query_created"] != "cdi-kim" || actions["query_answered"] != "dr-lee" {
		t.Fatalf("audit %+v", audit.Events)
	}
	if code := env.call(t, "GET", "/v1/audit?doc=enc-1/note", docTok, nil, nil); code != 403 {
		t.Fatalf("physician audit: %d", code)
	}
}

// TestDismissSticks dismisses a prompt: it disappears at once, stays away
// while the physician types, and does not come back when the document is
// opened again on a new connection.
func TestDismissSticks(t *testing.T) {
	env, signer := newAuthEnv(t)
	tok := token(t, signer, "acme", "dr-lee", "physician")
	e, _ := env.editor(t, map[string]any{"token": tok})
	e.send(map[string]any{"type": "open", "doc": "d", "version": 1, "text": "Dx: knee OA"})
	e.result("d", 1)
	var pid string
	for id := range e.prompts["d"] {
		pid = id
	}
	e.send(map[string]any{"type": "feedback", "id": "f1", "doc": "d", "target": pid, "action": "dismiss", "reason": "not relevant"})
	e.until(func(m map[string]any) bool { return m["type"] == "ok" && m["ref"] == "f1" })
	e.send(map[string]any{"type": "change", "doc": "d", "version": 2, "changes": []map[string]any{{"start": 0, "end": 0, "text": "Note. "}}})
	e.result("d", 2)
	if len(e.prompts["d"]) != 0 {
		t.Fatalf("dismissed prompt still held: %v", e.prompts["d"])
	}
	if len(e.codes["d"]) != 1 {
		t.Fatalf("codes %v", e.codes["d"])
	}
	e2, _ := env.editor(t, map[string]any{"token": tok})
	e2.send(map[string]any{"type": "open", "doc": "d", "version": 1, "text": "Dx: knee OA"})
	e2.result("d", 1)
	if len(e2.prompts["d"]) != 0 || len(e2.codes["d"]) != 1 {
		t.Fatalf("after reopen: prompts %v codes %v", e2.prompts["d"], e2.codes["d"])
	}
	// Another tenant's document with the same id still gets its prompt.
	e3, _ := env.editor(t, map[string]any{"token": token(t, signer, "globex", "dr-x", "physician")})
	e3.send(map[string]any{"type": "open", "doc": "d", "version": 1, "text": "Dx: knee OA"})
	e3.result("d", 1)
	if len(e3.prompts["d"]) != 1 {
		t.Fatalf("other tenant lost its prompt: %v", e3.prompts["d"])
	}
	// The dismissal is in the audit trail.
	var audit struct {
		Events []struct{ Action string } `json:"events"`
	}
	cdi := token(t, signer, "acme", "cdi", "cdi")
	env.call(t, "GET", "/v1/audit?doc=d", cdi, nil, &audit)
	found := false
	for _, ev := range audit.Events {
		found = found || ev.Action == "prompt_dismissed"
	}
	if !found {
		t.Fatalf("audit %+v", audit.Events)
	}
}

// TestWorklistSubscription: a CDI socket that subscribes receives the
// worklist with the physician's open gap; one that did not subscribe does not.
func TestWorklistSubscription(t *testing.T) {
	env, signer := newAuthEnv(t)
	cdi, _ := env.editor(t, map[string]any{"token": token(t, signer, "acme", "cdi", "cdi")})
	cdi.send(map[string]any{"type": "subscribe", "id": "s", "topic": "worklist"})
	cdi.until(func(m map[string]any) bool { return m["type"] == "ok" })
	phys, _ := env.editor(t, map[string]any{"token": token(t, signer, "acme", "dr", "physician")})
	phys.send(map[string]any{"type": "subscribe", "id": "s", "topic": "worklist"})
	if er := phys.errorFrame(); er.Code != protocol.CodeForbidden {
		t.Fatalf("physician subscribe: %+v", er)
	}
	phys.send(map[string]any{"type": "open", "doc": "w", "version": 1, "text": "Dx: CHF"})
	phys.result("w", 1)
	m := cdi.until(func(m map[string]any) bool {
		if m["type"] != "worklist" {
			return false
		}
		var wl protocol.Worklist
		remarshal(t, m, &wl)
		return len(wl.Items) == 1 && wl.Items[0].Doc == "w" && len(wl.Items[0].Prompts) == 1
	})
	_ = m
	var wl protocol.Worklist
	env.call(t, "GET", "/v1/worklist", token(t, signer, "acme", "cdi", "cdi"), nil, &wl)
	if len(wl.Items) != 1 || !strings.Contains(wl.Items[0].Prompts[0].Message, "type") {
		t.Fatalf("REST worklist %+v", wl)
	}
}

// TestCorrectionTeachesSynonym: a physician accepts a code with a correction;
// the tenant's notes with the same wording then get the corrected code in
// place of the engine's reading, and other tenants are unaffected.
func TestCorrectionTeachesSynonym(t *testing.T) {
	env, signer := newAuthEnv(t)
	tok := token(t, signer, "acme", "dr", "physician")
	e, _ := env.editor(t, map[string]any{"token": tok})
	e.send(map[string]any{"type": "open", "doc": "a", "version": 1, "text": "Dx: knee OA"})
	e.result("a", 1)
	var cid string
	for id, c := range e.codes["a"] {
		if c.Code == "M17.9" {
			cid = id
		}
	}
	e.send(map[string]any{"type": "feedback", "id": "f", "doc": "a", "target": cid, "action": "accept", "code": "M17.11", "reason": "right knee per exam"})
	e.until(func(m map[string]any) bool { return m["type"] == "ok" && m["ref"] == "f" })
	e.send(map[string]any{"type": "open", "doc": "b", "version": 1, "text": "Assessment: Knee OA, stable. No knee OA on the left."})
	e.result("b", 1)
	got := e.codeSet("b")
	if !got["M17.11"] || got["M17.9"] {
		t.Fatalf("learned synonym not applied: %v", got)
	}
	// Offsets stay right after characters whose lower case is longer (İ),
	// in the client's UTF-16 units, and edits elsewhere keep the code.
	text := "HPI: İİİ ŞAHİN.\nAssessment: Knee OA."
	e.send(map[string]any{"type": "open", "doc": "c", "version": 1, "text": text})
	e.result("c", 1)
	e.send(map[string]any{"type": "change", "doc": "c", "version": 2, "changes": []map[string]any{{"start": 4, "end": 4, "text": " seen"}}})
	e.result("c", 2)
	var learned *protocol.CodeItem
	for _, c := range e.codes["c"] {
		if c.Code == "M17.11" {
			learned = &c
		}
	}
	if learned == nil || len(learned.Evidence) != 1 {
		t.Fatalf("learned code after an edit: %v", e.codes["c"])
	}
	final := []rune("HPI: seen İİİ ŞAHİN.\nAssessment: Knee OA.") // all BMP: runes are UTF-16 units
	if ev := learned.Evidence[0]; string(final[ev.Start:ev.End]) != "Knee OA" {
		t.Fatalf("evidence %+v points at %q", ev, string(final[ev.Start:ev.End]))
	}
	other, _ := env.editor(t, map[string]any{"token": token(t, signer, "globex", "dr", "physician")})
	other.send(map[string]any{"type": "open", "doc": "b", "version": 1, "text": "Dx: knee OA"})
	other.result("b", 1)
	if got := other.codeSet("b"); got["M17.11"] || !got["M17.9"] {
		t.Fatalf("synonym crossed tenants: %v", got)
	}
}

// TestTenantPolicy: a tenant that shows only `type` prompts never sees a
// laterality prompt; another tenant still does.
func TestTenantPolicy(t *testing.T) {
	env, signer := newAuthEnvWith(t, Config{}, map[string]TenantPolicy{"acme": {Kinds: []string{"type"}}})
	kinds := func(tenant string) map[string]bool {
		e, _ := env.editor(t, map[string]any{"token": token(t, signer, tenant, "dr", "physician")})
		e.send(map[string]any{"type": "open", "doc": "d", "version": 1, "text": "Dx: CHF, knee OA"})
		e.result("d", 1)
		out := map[string]bool{}
		for _, p := range e.prompts["d"] {
			out[p.Kind] = true
		}
		return out
	}
	if got := kinds("acme"); !got["type"] || got["laterality"] {
		t.Fatalf("acme sees %v", got)
	}
	if got := kinds("globex"); !got["type"] || !got["laterality"] {
		t.Fatalf("globex sees %v", got)
	}
}

// TestUnansweredQueryEscalates: an open query left unanswered past the
// escalation time is escalated by the server's sweeper, the physician's
// editor receives the changed query, and the audit trail records it.
func TestUnansweredQueryEscalates(t *testing.T) {
	env, signer := newAuthEnvWith(t, Config{EscalateAfter: time.Millisecond, SweepInterval: 20 * time.Millisecond}, nil)
	doc, _ := env.editor(t, map[string]any{"token": token(t, signer, "acme", "dr", "physician")})
	doc.send(map[string]any{"type": "open", "doc": "n", "version": 1, "text": "Dx: knee OA"})
	doc.result("n", 1)
	var pid string
	for id := range doc.prompts["n"] {
		pid = id
	}
	cdi := token(t, signer, "acme", "cdi", "cdi")
	var q protocol.QueryObject
	if code := env.call(t, "POST", "/v1/queries", cdi, map[string]any{"doc": "n", "prompt": pid,
		"question": "Which knee is affected by the osteoarthritis in the assessment?"}, &q); code != 201 {
		t.Fatalf("create: %d", code)
	}
	// The creation push, then the escalation push.
	pushes := 0
	doc.until(func(m map[string]any) bool {
		if m["type"] == "query" {
			pushes++
		}
		return pushes == 2
	})
	var audit struct {
		Events []struct{ Action string } `json:"events"`
	}
	env.call(t, "GET", "/v1/audit?doc=n", cdi, nil, &audit)
	found := false
	for _, e := range audit.Events {
		found = found || e.Action == "query_escalated"
	}
	if !found {
		t.Fatalf("no query_escalated event: %+v", audit.Events)
	}
}

// The per-keystroke filter must not copy a result it keeps whole, and must
// never write into the engine's slice, which caches share.
func TestWithoutSharesOrCopies(t *testing.T) {
	xs := []int{1, 2, 3, 4, 5}
	if got := without(xs, func(*int) bool { return false }); &got[0] != &xs[0] || len(got) != 5 {
		t.Fatalf("nothing dropped: got %v, a copy or a different length", got)
	}
	odd := func(x *int) bool { return *x%2 == 1 }
	got := without(xs, odd)
	if fmt.Sprint(got) != "[2 4]" {
		t.Fatalf("dropping odd: got %v", got)
	}
	if fmt.Sprint(xs) != "[1 2 3 4 5]" {
		t.Fatalf("input changed: %v", xs)
	}
	if got := without(xs, func(*int) bool { return true }); len(got) != 0 {
		t.Fatalf("dropping all: got %v", got)
	}
}
