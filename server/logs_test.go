package server

import (
	"context"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"go.uber.org/zap"
	"go.uber.org/zap/zapcore"
	"go.uber.org/zap/zaptest/observer"

	"notecoder/incremental"
	"notecoder/server/auth"
)

// TestLogsCarryNoPHI runs a session at debug level through opens, edits,
// errors and feedback with note text, evidence and a token that carry a
// marker, and checks no log entry contains the marker.
func TestLogsCarryNoPHI(t *testing.T) {
	core, logs := observer.New(zapcore.DebugLevel)
	s, err := New(Config{Dev: true}, Deps{Coder: fakeCoder{}, Splitter: incremental.TextSplitter,
		Auth: auth.DevAuthenticator{}, Log: zap.New(core)})
	if err != nil {
		t.Fatal(err)
	}
	hs := httptest.NewServer(s.Handler())
	env := &testEnv{srv: s, http: hs, url: hs.URL}
	const marker = "ZEBRAPHI"
	e, _ := env.editor(t, map[string]any{"token": "tok-" + marker, "client": "plugin"})
	e.send(map[string]any{"type": "open", "doc": "d", "version": 1, "text": "Patient " + marker + " has CHF"})
	e.result("d", 1)
	e.send(map[string]any{"type": "change", "doc": "d", "version": 9, "changes": []map[string]any{{"start": 0, "end": 0, "text": marker}}})
	e.errorFrame()
	e.send(map[string]any{"type": "change", "doc": "d", "version": 2, "changes": []map[string]any{{"start": 0, "end": 99, "text": marker}}})
	e.errorFrame()
	e.sendRaw(`{"type":"open","doc":"x","version":"` + marker + `"}`)
	e.errorFrame()
	e.conn.Close()
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	s.Shutdown(ctx)
	hs.Close()
	if logs.Len() == 0 {
		t.Fatal("no log entries at debug level: the test would prove nothing")
	}
	for _, entry := range logs.All() {
		line := entry.Message
		for k, v := range entry.ContextMap() {
			line += " " + k + "=" + strings.TrimSpace(toString(v))
		}
		if strings.Contains(line, marker) {
			t.Fatalf("log entry carries note text or token: %s", line)
		}
	}
}

func toString(v any) string {
	switch x := v.(type) {
	case string:
		return x
	case error:
		return x.Error()
	}
	return ""
}

// TestMetrics checks that the operator's metrics are exported after a result.
func TestMetrics(t *testing.T) {
	env := newEnv(t, Config{}, false)
	e, _ := env.editor(t, nil)
	e.send(map[string]any{"type": "open", "doc": "m", "version": 1, "text": "CHF"})
	e.result("m", 1)
	names := []string{"notecoder_keystroke_to_result_seconds_count 1", "notecoder_sessions 1", "notecoder_documents 1",
		"notecoder_section_cache_hit_ratio", "notecoder_outbound_queue_frames", "notecoder_messages_total{type=\"open\"} 1"}
	// The writer records the latency right after the frame is written, so
	// the client may hold the result a moment before the histogram counts
	// it: scrape until every series is there (bounded), then check.
	var body string
	for try := 0; try < 200; try++ {
		resp, err := http.Get(env.url + "/metrics")
		if err != nil {
			t.Fatal(err)
		}
		b, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		body = string(b)
		missing := false
		for _, name := range names {
			missing = missing || !strings.Contains(body, name)
		}
		if !missing {
			break
		}
		time.Sleep(10 * time.Millisecond)
	}
	for _, name := range names {
		if !strings.Contains(body, name) {
			t.Errorf("metrics lack %q", name)
		}
	}
}
