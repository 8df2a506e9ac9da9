package store

import (
	"context"
	"errors"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"notecoder/cdi/model"
	"notecoder/cdi/query"
)

// countingStore records batch sizes and can fail on demand.
type countingStore struct {
	query.Store
	mu         sync.Mutex
	auditCalls []int
	wlCalls    []int
	fail       error
}

func (c *countingStore) AppendAudit(ctx context.Context, evs ...query.AuditEvent) error {
	c.mu.Lock()
	fail := c.fail
	c.auditCalls = append(c.auditCalls, len(evs))
	c.mu.Unlock()
	if fail != nil {
		return fail
	}
	return c.Store.AppendAudit(ctx, evs...)
}

func (c *countingStore) UpsertWorklist(ctx context.Context, items ...query.WorklistItem) error {
	c.mu.Lock()
	fail := c.fail
	c.wlCalls = append(c.wlCalls, len(items))
	c.mu.Unlock()
	if fail != nil {
		return fail
	}
	return c.Store.UpsertWorklist(ctx, items...)
}

var t0 = time.Date(2026, 3, 2, 9, 0, 0, 0, time.UTC)

func openTemp(t *testing.T) *countingStore {
	s, err := Open(context.Background(), Config{DBPath: filepath.Join(t.TempDir(), "w.db")})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	if Kind(s) != "sqlite" {
		t.Fatalf("kind = %s", Kind(s))
	}
	return &countingStore{Store: s}
}

func shown(i int) query.AuditEvent {
	return query.AuditEvent{At: t0.Add(time.Duration(i) * time.Second), Tenant: "acme", User: "dr", Action: query.AuditSuggestionShown,
		Doc: "d1", Target: "I10"}
}

func TestWriterBatchesAndCoalesces(t *testing.T) {
	cs := openTemp(t)
	// A long interval: only explicit flushes and MaxBatch kicks write.
	w := NewWriter(cs, WriterOptions{FlushInterval: time.Hour, MaxBatch: 1000})
	for i := range 250 {
		if !w.Audit(shown(i)) {
			t.Fatal("event dropped")
		}
	}
	for i := range 50 { // 50 keystrokes on one doc, 1 on another
		w.Worklist(query.WorklistItem{Tenant: "acme", Doc: "d1", Prompts: []model.Prompt{{Key: "k", Impact: model.Impact{Score: float64(i)}}},
			UpdatedAt: t0.Add(time.Duration(i) * time.Second)})
	}
	// An older snapshot arriving late does not replace the pending newer one.
	w.Worklist(query.WorklistItem{Tenant: "acme", Doc: "d1", UpdatedAt: t0})
	w.Worklist(query.WorklistItem{Tenant: "beta", Doc: "d1", UpdatedAt: t0})
	if err := w.Flush(context.Background()); err != nil {
		t.Fatal(err)
	}
	if len(cs.auditCalls) != 1 || cs.auditCalls[0] != 250 || len(cs.wlCalls) != 1 || cs.wlCalls[0] != 2 {
		t.Fatalf("audit calls %v, worklist calls %v", cs.auditCalls, cs.wlCalls)
	}
	evs, _ := cs.ListAudit(context.Background(), "acme", query.AuditFilter{})
	it, err := cs.GetWorklist(context.Background(), "acme", "d1")
	if len(evs) != 250 || err != nil || it.Impact != 49 {
		t.Fatalf("stored %d events, worklist %+v %v", len(evs), it, err)
	}
	if st := w.Stats(); st.AuditWritten != 250 || st.WorklistWritten != 2 || st.Dropped != 0 {
		t.Fatalf("stats %+v", st)
	}
	if err := w.Close(context.Background()); err != nil {
		t.Fatal(err)
	}
	if w.Audit(shown(1)) || w.Flush(context.Background()) != ErrWriterClosed {
		t.Fatal("closed writer accepted work")
	}
}

func TestWriterSplitsBatchesAndRetries(t *testing.T) {
	cs := openTemp(t)
	w := NewWriter(cs, WriterOptions{FlushInterval: time.Hour, MaxBatch: 100, MaxPending: 300})
	boom := errors.New("database down")
	cs.fail = boom
	w.mu.Lock() // queue directly so the MaxBatch kick does not race the test
	for i := range 250 {
		w.audit = append(w.audit, shown(i))
	}
	w.mu.Unlock()
	w.Worklist(query.WorklistItem{Tenant: "acme", Doc: "d1", UpdatedAt: t0})
	if err := w.Flush(context.Background()); !errors.Is(err, boom) {
		t.Fatalf("flush with failing store: %v", err)
	}
	// Queue is bounded while the store is down.
	for i := range 100 {
		w.Audit(shown(1000 + i))
	}
	cs.mu.Lock()
	cs.fail = nil
	cs.mu.Unlock()
	if err := w.Close(context.Background()); err != nil {
		t.Fatal(err)
	}
	evs, _ := cs.ListAudit(context.Background(), "acme", query.AuditFilter{})
	if st := w.Stats(); st.Dropped != 50 || st.FailedFlushes < 1 || st.AuditWritten != 300 {
		t.Fatalf("stats: %+v", st)
	}
	if len(evs) != 300 || !evs[0].At.Equal(t0) {
		t.Fatalf("after recovery: %d events (first %v)", len(evs), evs[0].At)
	}
	for _, n := range cs.auditCalls {
		if n > 100 {
			t.Fatalf("batch of %d exceeds MaxBatch", n)
		}
	}
	if _, err := cs.GetWorklist(context.Background(), "acme", "d1"); err != nil {
		t.Fatalf("worklist retried: %v", err)
	}
}

func TestWriterDropsInvalidEvents(t *testing.T) {
	cs := openTemp(t)
	w := NewWriter(cs, WriterOptions{FlushInterval: time.Hour})
	w.Audit(shown(1))
	w.Audit(query.AuditEvent{Tenant: "acme"}) // invalid
	w.Audit(shown(2))
	if err := w.Close(context.Background()); err != nil {
		t.Fatal(err)
	}
	evs, _ := cs.ListAudit(context.Background(), "acme", query.AuditFilter{})
	if len(evs) != 2 || w.Stats().Dropped != 1 {
		t.Fatalf("%d events stored, stats %+v", len(evs), w.Stats())
	}
}

func TestWriterConcurrentProducers(t *testing.T) {
	cs := openTemp(t)
	w := NewWriter(cs, WriterOptions{FlushInterval: time.Millisecond, MaxBatch: 64})
	var wg sync.WaitGroup
	for g := range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range 200 {
				w.Audit(shown(g*1000 + i))
				w.Worklist(query.WorklistItem{Tenant: "acme", Doc: "d", UpdatedAt: t0.Add(time.Duration(g*1000+i) * time.Second)})
			}
		}()
	}
	wg.Wait()
	if err := w.Close(context.Background()); err != nil {
		t.Fatal(err)
	}
	evs, _ := cs.ListAudit(context.Background(), "acme", query.AuditFilter{})
	it, _ := cs.GetWorklist(context.Background(), "acme", "d")
	if len(evs) != 800 || !it.UpdatedAt.Equal(t0.Add(3199*time.Second)) {
		t.Fatalf("%d events, worklist at %v", len(evs), it.UpdatedAt)
	}
}

func TestOpenConfig(t *testing.T) {
	if _, err := Open(context.Background(), Config{DBPath: "x.db", PostgresDSN: "postgres://x"}); !errors.Is(err, query.ErrInvalid) {
		t.Fatalf("both configured: %v", err)
	}
}
