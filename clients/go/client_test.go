package ncclient

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"

	"notecoder/protocol"
	"notecoder/server"
	"notecoder/server/auth"
)

func codeSet(d *Doc) []string {
	var out []string
	for _, c := range d.Codes() {
		out = append(out, c.Code)
	}
	sort.Strings(out)
	return out
}

func mustEdit(t *testing.T, d *Doc, start, end int, text string) int64 {
	t.Helper()
	v, err := d.Edit(start, end, text)
	if err != nil {
		t.Fatalf("edit(%d,%d,%q): %v", start, end, text, err)
	}
	return v
}

func wait(t *testing.T, d *Doc, v int64) {
	t.Helper()
	if err := d.WaitVersion(testCtx(t), v); err != nil {
		t.Fatalf("wait for version %d of %s: %v", v, d.ID(), err)
	}
}

func TestOpenEditKeepsServerSets(t *testing.T) {
	env := newEnv(t, envOpts{})
	var mu sync.Mutex
	acked := map[int64]bool{}
	c := env.dial(t, Options{OnAck: func(d *Doc, v int64, rtt time.Duration) {
		mu.Lock()
		defer mu.Unlock()
		if acked[v] {
			t.Errorf("version %d acknowledged twice", v)
		}
		if rtt < 0 {
			t.Errorf("negative rtt %v", rtt)
		}
		acked[v] = true
	}})
	w := c.Welcome()
	if w.PositionEncoding != protocol.UTF16 || w.Limits.MaxDocBytes == 0 || w.Session == "" {
		t.Fatalf("welcome %+v", w)
	}
	d, err := c.Open("n1", "ASSESSMENT:\n", protocol.Context{Setting: "inpatient"})
	if err != nil {
		t.Fatal(err)
	}
	wait(t, d, 1)
	if got := codeSet(d); len(got) != 0 {
		t.Fatalf("codes of an empty note: %v", got)
	}
	var v int64
	for _, ch := range "CHF and knee OA" {
		v = mustEdit(t, d, d.Len(), d.Len(), string(ch))
	}
	wait(t, d, v)
	if got := strings.Join(codeSet(d), ","); got != "I50.9,M17.9" {
		t.Fatalf("codes %s", got)
	}
	codes := d.Codes()
	if ev := codes[0].Evidence[0]; codes[0].Code != "I50.9" || ev.Start != 12 || ev.End != 15 {
		t.Fatalf("first code %+v", codes[0])
	}
	if len(d.Prompts()) != 2 {
		t.Fatalf("prompts %+v", d.Prompts())
	}
	// Deleting the CHF removes its code and prompt, keeps the other.
	v = mustEdit(t, d, 12, 16, "")
	wait(t, d, v)
	if got := strings.Join(codeSet(d), ","); got != "M17.9" || len(d.Prompts()) != 1 || d.Prompts()[0].Kind != "laterality" {
		t.Fatalf("after delete: codes %s prompts %+v", got, d.Prompts())
	}
	if d.Text() != "ASSESSMENT:\nand knee OA" {
		t.Fatalf("text %q", d.Text())
	}
	// Replace the whole note.
	v, err = d.Replace("PLAN:\nCHF")
	if err != nil {
		t.Fatal(err)
	}
	wait(t, d, v)
	if got := strings.Join(codeSet(d), ","); got != "I50.9" {
		t.Fatalf("after replace: %s", got)
	}
	if d.Pending() != 0 {
		t.Fatalf("pending %d", d.Pending())
	}
	mu.Lock()
	for i := int64(1); i <= v; i++ {
		if !acked[i] {
			t.Errorf("version %d never acknowledged", i)
		}
	}
	mu.Unlock()
}

// TestPositionEncodings types after a non-BMP character in each encoding:
// offsets, evidence and a refused split character all follow the encoding.
func TestPositionEncodings(t *testing.T) {
	env := newEnv(t, envOpts{})
	const prefix = "A:\n\U0001F600é " // 😀 is 2 UTF-16 units, 4 bytes, 1 code point; é is 1, 2, 1
	tests := []struct {
		enc   protocol.Encoding
		end   int // length of prefix in the encoding
		split int // an offset inside 😀 (-1: none in this encoding)
	}{
		{protocol.UTF16, 3 + 2 + 1 + 1, 4},
		{protocol.UTF8, 3 + 4 + 2 + 1, 5},
		{protocol.UTF32, 3 + 1 + 1 + 1, -1},
	}
	for _, tc := range tests {
		t.Run(tc.enc.String(), func(t *testing.T) {
			c := env.dial(t, Options{PositionEncoding: tc.enc})
			if c.Welcome().PositionEncoding != tc.enc {
				t.Fatalf("welcome encoding %s", c.Welcome().PositionEncoding)
			}
			d, err := c.Open("e-"+tc.enc.String(), prefix, protocol.Context{})
			if err != nil {
				t.Fatal(err)
			}
			if d.Len() != tc.end {
				t.Fatalf("len %d, want %d", d.Len(), tc.end)
			}
			v := mustEdit(t, d, tc.end, tc.end, "CHF")
			wait(t, d, v)
			codes := d.Codes()
			if len(codes) != 1 || codes[0].Evidence[0] != (protocol.Span{Start: tc.end, End: tc.end + 3}) {
				t.Fatalf("codes %+v", codes)
			}
			if tc.split >= 0 {
				_, err := d.Edit(tc.split, tc.split, "x")
				if !errors.Is(err, protocol.ErrRangeOutOfBounds) {
					t.Fatalf("split character: %v", err)
				}
				if d.Version() != v || d.Text() != prefix+"CHF" {
					t.Fatalf("a refused edit changed the document: v%d %q", d.Version(), d.Text())
				}
			}
			for _, bad := range [][2]int{{2, 1}, {0, tc.end + 4}, {-1, 0}} {
				if _, err := d.Edit(bad[0], bad[1], ""); !errors.Is(err, protocol.ErrRangeOutOfBounds) {
					t.Fatalf("edit %v: %v", bad, err)
				}
			}
			// A batch with one bad edit changes nothing.
			_, err = d.EditMany([]protocol.TextChange{{Start: 0, End: 0, Text: "x"}, {Start: 99, End: 99, Text: "y"}})
			if !errors.Is(err, protocol.ErrRangeOutOfBounds) || d.Text() != prefix+"CHF" || d.Version() != v {
				t.Fatalf("bad batch: %v, v%d %q", err, d.Version(), d.Text())
			}
		})
	}
}

func TestServerErrorsAreSentinels(t *testing.T) {
	env := newEnv(t, envOpts{})
	c := env.dial(t, Options{})
	ctx := testCtx(t)
	tests := []struct {
		name string
		call func() error
		want error
	}{
		{"feedback on a document not open", func() error {
			return c.Feedback(ctx, protocol.Feedback{Doc: "nope", Target: "c-1", Action: protocol.ActionAccept})
		}, protocol.ErrDocNotOpen},
		{"feedback with a bad action", func() error {
			return c.Feedback(ctx, protocol.Feedback{Doc: "nope", Target: "c-1", Action: "maybe"})
		}, protocol.ErrBadMessage},
		{"answer without a store", func() error { return c.Answer(ctx, "q-1", 0, "") }, protocol.ErrNotFound},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			err := tc.call()
			if !errors.Is(err, tc.want) {
				t.Fatalf("got %v, want %v", err, tc.want)
			}
			var se *ServerError
			if !errors.As(err, &se) || se.Code != protocol.CodeOf(tc.want) {
				t.Fatalf("not a ServerError with code %s: %#v", protocol.CodeOf(tc.want), err)
			}
		})
	}
	if _, err := c.Ping(ctx); err != nil {
		t.Fatalf("ping: %v", err)
	}
}

func TestUnauthorized(t *testing.T) {
	secret := bytes.Repeat([]byte("k"), 32)
	v, err := auth.NewVerifier(secret)
	if err != nil {
		t.Fatal(err)
	}
	env := newEnv(t, envOpts{auth: v})
	_, err = Dial(testCtx(t), env.url, Options{Token: "forged", NoReconnect: true})
	if !errors.Is(err, protocol.ErrUnauthorized) {
		t.Fatalf("forged token: %v", err)
	}
	s, err := auth.NewSigner(secret)
	if err != nil {
		t.Fatal(err)
	}
	tok, err := s.Issue("st-marys", "dr.lee", []string{protocol.RolePhysician}, time.Hour, time.Now())
	if err != nil {
		t.Fatal(err)
	}
	c := env.dial(t, Options{Token: tok})
	if id := c.Welcome().Identity; id.Tenant != "st-marys" || id.User != "dr.lee" {
		t.Fatalf("identity %+v", id)
	}
	// A physician may not subscribe to the worklist.
	if err := c.SubscribeWorklist(testCtx(t)); !errors.Is(err, protocol.ErrForbidden) {
		t.Fatalf("subscribe as physician: %v", err)
	}
}

func TestDocTooLarge(t *testing.T) {
	env := newEnv(t, envOpts{cfg: server.Config{MaxDocBytes: 64}})
	c := env.dial(t, Options{})
	if _, err := c.Open("big", strings.Repeat("x", 65), protocol.Context{}); !errors.Is(err, protocol.ErrDocTooLarge) {
		t.Fatalf("open: %v", err)
	}
	if c.Doc("big") != nil {
		t.Fatal("a refused open registered the document")
	}
	d, err := c.Open("d", strings.Repeat("x", 60), protocol.Context{})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := d.Edit(60, 60, "12345"); !errors.Is(err, protocol.ErrDocTooLarge) {
		t.Fatalf("edit: %v", err)
	}
	if _, err := d.Replace(strings.Repeat("y", 65)); !errors.Is(err, protocol.ErrDocTooLarge) {
		t.Fatalf("replace: %v", err)
	}
	if d.Version() != 1 || d.Len() != 60 {
		t.Fatalf("refused edits changed the document: v%d len %d", d.Version(), d.Len())
	}
	wait(t, d, 1)
}

func TestBadArguments(t *testing.T) {
	env := newEnv(t, envOpts{})
	c := env.dial(t, Options{})
	for _, id := range []string{"", strings.Repeat("d", protocol.MaxDocIDBytes+1)} {
		if _, err := c.Open(id, "", protocol.Context{}); !errors.Is(err, protocol.ErrBadMessage) {
			t.Fatalf("open %d-byte id: %v", len(id), err)
		}
	}
	for _, raw := range []string{"", "ftp://x", "http://"} {
		if _, err := Dial(testCtx(t), raw, Options{Token: "t"}); err == nil {
			t.Fatalf("dial %q succeeded", raw)
		}
	}
}

// TestReconnectResyncs cuts the connection under an open document with
// edits in flight and while disconnected: the client reconnects, re-opens
// with the full text at a higher version, and the server's sets converge.
func TestReconnectResyncs(t *testing.T) {
	env := newEnv(t, envOpts{})
	var mu sync.Mutex
	var statuses []Status
	c := env.dial(t, Options{Backoff: Backoff{Initial: time.Millisecond, Max: 5 * time.Millisecond},
		OnStatus: func(s Status, err error) {
			mu.Lock()
			statuses = append(statuses, s)
			mu.Unlock()
		}})
	d, err := c.Open("n", "ASSESSMENT:\nCHF", protocol.Context{})
	if err != nil {
		t.Fatal(err)
	}
	wait(t, d, 1)
	session := c.Welcome().Session
	used := d.Version()
	for round := 0; round < 3; round++ {
		env.lis.cut()
		// Edits right after the cut: sent into a dead socket or held while
		// reconnecting; either way the resync carries them.
		mustEdit(t, d, d.Len(), d.Len(), " knee OA")
		v := mustEdit(t, d, 12, 15, "")
		wait(t, d, v)
		// The resync's open got a version above any used before.
		if d.Acked() <= used {
			t.Fatalf("round %d: acked %d, used %d", round, d.Acked(), used)
		}
		used = d.Version()
		if got := strings.Join(codeSet(d), ","); got != "M17.9" {
			t.Fatalf("round %d: codes %s (text %q)", round, got, d.Text())
		}
		// Restore for the next round.
		if v, err = d.Replace("ASSESSMENT:\nCHF"); err != nil {
			t.Fatal(err)
		}
		wait(t, d, v)
		used = d.Version()
	}
	if c.Welcome().Session == session {
		t.Fatal("no new session after reconnects")
	}
	mu.Lock()
	defer mu.Unlock()
	if !containsStatus(statuses, StatusReconnecting) {
		t.Fatalf("statuses %v", statuses)
	}
}

func containsStatus(ss []Status, s Status) bool {
	for _, x := range ss {
		if x == s {
			return true
		}
	}
	return false
}

// TestRateLimitedResyncs sends far over a tiny per-connection rate: the
// dropped changes are repaired by a resync and the last version is answered.
func TestRateLimitedResyncs(t *testing.T) {
	env := newEnv(t, envOpts{cfg: server.Config{ConnRate: 200, ConnBurst: 5}})
	var mu sync.Mutex
	limited := 0
	c := env.dial(t, Options{OnError: func(d *Doc, err error) {
		if errors.Is(err, protocol.ErrRateLimited) {
			mu.Lock()
			limited++
			mu.Unlock()
		}
	}})
	d, err := c.Open("n", "ASSESSMENT:\n", protocol.Context{})
	if err != nil {
		t.Fatal(err)
	}
	var v int64
	for _, ch := range "CHF CHF CHF CHF CHF" {
		v = mustEdit(t, d, d.Len(), d.Len(), string(ch))
	}
	wait(t, d, v)
	mu.Lock()
	n := limited
	mu.Unlock()
	if n == 0 {
		t.Fatal("the server never rate-limited (test does not exercise the resync)")
	}
	if cs := d.Codes(); len(cs) != 1 || len(cs[0].Evidence) != 5 {
		t.Fatalf("codes %+v", cs)
	}
}

func TestConcurrentDocuments(t *testing.T) {
	env := newEnv(t, envOpts{})
	c := env.dial(t, Options{})
	var wg sync.WaitGroup
	errs := make(chan error, 8)
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			d, err := c.Open(fmt.Sprintf("doc-%d", g), "ASSESSMENT:\n", protocol.Context{})
			if err != nil {
				errs <- err
				return
			}
			var v int64
			for _, ch := range strings.Repeat("CHF ", 10) {
				if v, err = d.Edit(d.Len(), d.Len(), string(ch)); err != nil {
					errs <- err
					return
				}
			}
			if err := d.WaitVersion(testCtx(t), v); err != nil {
				errs <- err
				return
			}
			if cs := d.Codes(); len(cs) != 1 || len(cs[0].Evidence) != 10 {
				errs <- fmt.Errorf("%s: codes %+v", d.ID(), cs)
			}
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
	if n := len(c.Docs()); n != 8 {
		t.Fatalf("%d docs", n)
	}
}

func TestCloseEndsEverything(t *testing.T) {
	env := newEnv(t, envOpts{})
	c := env.dial(t, Options{})
	d, err := c.Open("n", "x", protocol.Context{})
	if err != nil {
		t.Fatal(err)
	}
	wait(t, d, 1)
	d2, _ := c.Open("m", "y", protocol.Context{})
	if err := d2.Close(); err != nil {
		t.Fatal(err)
	}
	if _, err := d2.Edit(0, 0, "z"); !errors.Is(err, ErrDocClosed) {
		t.Fatalf("edit of a closed doc: %v", err)
	}
	if err := d2.WaitVersion(testCtx(t), 99); !errors.Is(err, ErrDocClosed) {
		t.Fatalf("wait on a closed doc: %v", err)
	}
	if c.Doc("m") != nil {
		t.Fatal("closed doc still listed")
	}
	c.Close()
	<-c.Done()
	if _, err := d.Edit(0, 0, "z"); !errors.Is(err, ErrClosed) {
		t.Fatalf("edit after Close: %v", err)
	}
	if err := d.WaitVersion(testCtx(t), 99); !errors.Is(err, ErrClosed) {
		t.Fatalf("wait after Close: %v", err)
	}
	if _, err := c.Open("o", "", protocol.Context{}); !errors.Is(err, ErrClosed) {
		t.Fatalf("open after Close: %v", err)
	}
	if err := c.Feedback(testCtx(t), protocol.Feedback{Doc: "n", Target: "c-1", Action: "accept"}); !errors.Is(err, ErrClosed) {
		t.Fatalf("feedback after Close: %v", err)
	}
	if c.Status() != StatusClosed {
		t.Fatalf("status %v", c.Status())
	}
}

// TestQueriesAndWorklist runs the CDI loop with a store: a query created over
// REST reaches the physician's client, the answer is confirmed, and a
// subscribed client gets worklist pushes.
func TestQueriesAndWorklist(t *testing.T) {
	env := newEnv(t, envOpts{store: true})
	queries := make(chan protocol.QueryObject, 8)
	worklists := make(chan *protocol.Worklist, 8)
	c := env.dial(t, Options{
		OnQuery:    func(q protocol.QueryObject) { queries <- q },
		OnWorklist: func(w *protocol.Worklist) { worklists <- w },
	})
	ctx := testCtx(t)
	if err := c.SubscribeWorklist(ctx); err != nil {
		t.Fatal(err)
	}
	d, err := c.Open("enc-1/n", "ASSESSMENT:\nknee OA", protocol.Context{})
	if err != nil {
		t.Fatal(err)
	}
	wait(t, d, 1)
	ps := d.Prompts()
	if len(ps) != 1 {
		t.Fatalf("prompts %+v", ps)
	}
	// Dismiss is confirmed, and the prompt leaves the set.
	body, _ := json.Marshal(protocol.CreateQueryRequest{Doc: d.ID(), Prompt: ps[0].ID,
		Question: "Please clarify the laterality of the osteoarthritis.",
		Options:  []protocol.Option{{Label: "right", Code: "M17.11"}, {Label: "left", Code: "M17.12"}}})
	req, _ := http.NewRequestWithContext(ctx, http.MethodPost, env.url+"/v1/queries", bytes.NewReader(body))
	req.Header.Set("Authorization", "Bearer dev")
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusCreated {
		t.Fatalf("create query: %d", resp.StatusCode)
	}
	var q protocol.QueryObject
	for q.Status != protocol.QueryOpen {
		select {
		case q = <-queries:
		case <-ctx.Done():
			t.Fatal("no query push")
		}
	}
	if err := c.Answer(ctx, q.ID, 0, ""); err != nil {
		t.Fatalf("answer: %v", err)
	}
	if err := c.Answer(ctx, q.ID, 0, ""); !errors.Is(err, protocol.ErrConflict) {
		t.Fatalf("second answer: %v", err)
	}
	for q.Status != protocol.QueryAnswered {
		select {
		case q = <-queries:
		case <-ctx.Done():
			t.Fatal("no answered push")
		}
	}
	select {
	case <-worklists:
	case <-ctx.Done():
		t.Fatal("no worklist push")
	}
	if err := d.Feedback(ctx, ps[0].ID, protocol.ActionDismiss, ""); err != nil {
		t.Fatalf("dismiss: %v", err)
	}
	v := mustEdit(t, d, d.Len(), d.Len(), " ")
	wait(t, d, v)
	if len(d.Prompts()) != 0 {
		t.Fatalf("dismissed prompt came back: %+v", d.Prompts())
	}
	if err := c.UnsubscribeWorklist(ctx); err != nil {
		t.Fatal(err)
	}
}
