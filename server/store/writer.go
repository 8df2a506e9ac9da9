package store

import (
	"context"
	"errors"
	"sync"
	"sync/atomic"
	"time"

	"notecoder/cdi/query"
)

// WriterOptions tune a Writer; zero values take the defaults.
type WriterOptions struct {
	// FlushInterval is how often pending writes are flushed (default 250ms).
	FlushInterval time.Duration
	// MaxBatch flushes early once this many audit events are pending
	// (default 512).
	MaxBatch int
	// MaxPending bounds queued audit events; beyond it new events are
	// dropped and counted (default 100,000), so a stalled database costs
	// bounded memory and never blocks a keystroke.
	MaxPending int
	// OnError is told about failed flushes (the batch is kept and retried).
	// It must not block. Default: ignore.
	OnError func(error)
}

// WriterStats counts what a Writer did, for metrics.
type WriterStats struct {
	AuditWritten    int64
	WorklistWritten int64
	Dropped         int64
	FailedFlushes   int64
}

type docKey struct{ tenant, doc string }

// Writer batches high-volume writes — "suggestion shown" audit events and
// worklist snapshots — off the keystroke path. Audit and Worklist only take a
// mutex and append; a background goroutine writes a batch per interval in one
// transaction. Worklist snapshots coalesce per (tenant, doc): only the newest
// is written. Writes that must be durable before acknowledging (queries,
// answers, feedback) go to the Store directly, not through a Writer.
type Writer struct {
	store query.Store
	opts  WriterOptions

	// mu guards audit and worklist, and orders closing against queuing.
	mu       sync.Mutex
	audit    []query.AuditEvent
	worklist map[docKey]query.WorklistItem

	flushMu sync.Mutex // one flush at a time
	kick    chan struct{}
	stop    chan struct{}
	done    chan struct{}
	closed  atomic.Bool

	auditWritten, worklistWritten, dropped, failed atomic.Int64
}

// ErrWriterClosed is returned by Flush after Close.
var ErrWriterClosed = errors.New("store: writer closed")

// NewWriter starts a Writer on s. Close it to flush and stop.
func NewWriter(s query.Store, opts WriterOptions) *Writer {
	if opts.FlushInterval <= 0 {
		opts.FlushInterval = 250 * time.Millisecond
	}
	if opts.MaxBatch <= 0 {
		opts.MaxBatch = 512
	}
	if opts.MaxPending <= 0 {
		opts.MaxPending = 100_000
	}
	if opts.OnError == nil {
		opts.OnError = func(error) {}
	}
	w := &Writer{
		store: s, opts: opts, worklist: map[docKey]query.WorklistItem{},
		kick: make(chan struct{}, 1), stop: make(chan struct{}), done: make(chan struct{}),
	}
	go w.loop()
	return w
}

// Audit queues an event; it reports false when the event was dropped (queue
// full or writer closed). It never blocks on the database.
func (w *Writer) Audit(ev query.AuditEvent) bool {
	w.mu.Lock()
	if w.closed.Load() || len(w.audit) >= w.opts.MaxPending {
		w.mu.Unlock()
		w.dropped.Add(1)
		return false
	}
	w.audit = append(w.audit, ev)
	n := len(w.audit)
	w.mu.Unlock()
	if n >= w.opts.MaxBatch {
		select {
		case w.kick <- struct{}{}:
		default:
		}
	}
	return true
}

// Worklist queues a snapshot, replacing any pending one for the same
// (tenant, doc) that is not newer. It never blocks on the database.
func (w *Writer) Worklist(it query.WorklistItem) {
	k := docKey{it.Tenant, it.Doc}
	w.mu.Lock()
	if w.closed.Load() {
		w.mu.Unlock()
		w.dropped.Add(1)
		return
	}
	if old, ok := w.worklist[k]; !ok || !old.UpdatedAt.After(it.UpdatedAt) {
		w.worklist[k] = it
	}
	w.mu.Unlock()
}

func (w *Writer) loop() {
	defer close(w.done)
	t := time.NewTicker(w.opts.FlushInterval)
	defer t.Stop()
	for {
		select {
		case <-w.stop:
			return
		case <-t.C:
		case <-w.kick:
		}
		if err := w.flush(context.Background()); err != nil {
			w.opts.OnError(err)
		}
	}
}

// Flush writes everything pending now and returns the first error; failed
// items stay queued for the next flush.
func (w *Writer) Flush(ctx context.Context) error {
	if w.closed.Load() {
		return ErrWriterClosed
	}
	return w.flush(ctx)
}

func (w *Writer) flush(ctx context.Context) error {
	w.flushMu.Lock()
	defer w.flushMu.Unlock()
	w.mu.Lock()
	audit := w.audit
	w.audit = nil
	wl := w.worklist
	w.worklist = map[docKey]query.WorklistItem{}
	w.mu.Unlock()

	var firstErr error
	for len(audit) > 0 {
		n := min(len(audit), w.opts.MaxBatch)
		if err := w.store.AppendAudit(ctx, audit[:n]...); err != nil {
			if errors.Is(err, query.ErrInvalid) {
				// An invalid event would poison every retry: write the
				// valid ones and drop the rest.
				audit = w.dropInvalid(ctx, audit[:n], audit[n:])
				continue
			}
			w.failed.Add(1)
			w.requeue(audit, nil)
			audit, firstErr = nil, err
			break
		}
		w.auditWritten.Add(int64(n))
		audit = audit[n:]
	}
	if len(wl) > 0 {
		items := make([]query.WorklistItem, 0, len(wl))
		for _, it := range wl {
			items = append(items, it)
		}
		if err := w.store.UpsertWorklist(ctx, items...); err != nil {
			w.failed.Add(1)
			w.requeue(nil, wl)
			if firstErr == nil {
				firstErr = err
			}
		} else {
			w.worklistWritten.Add(int64(len(items)))
		}
	}
	return firstErr
}

// dropInvalid removes invalid events from batch, counts them as dropped and
// returns the valid ones followed by rest.
func (w *Writer) dropInvalid(_ context.Context, batch, rest []query.AuditEvent) []query.AuditEvent {
	out := make([]query.AuditEvent, 0, len(batch)+len(rest))
	for _, ev := range batch {
		if ev.Validate() == nil {
			out = append(out, ev)
		} else {
			w.dropped.Add(1)
		}
	}
	if len(out) == len(batch) { // the store refused for another reason: give up on the batch
		w.dropped.Add(int64(len(batch)))
		out = out[:0]
	}
	return append(out, rest...)
}

// requeue puts failed writes back in front of newer ones, within MaxPending.
func (w *Writer) requeue(audit []query.AuditEvent, wl map[docKey]query.WorklistItem) {
	w.mu.Lock()
	defer w.mu.Unlock()
	if len(audit) > 0 {
		merged := append(audit, w.audit...)
		if over := len(merged) - w.opts.MaxPending; over > 0 {
			// Keep the oldest, as Audit does when full: the trail keeps
			// its beginning and loses the newest events, counted.
			w.dropped.Add(int64(over))
			merged = merged[:w.opts.MaxPending]
		}
		w.audit = merged
	}
	for k, it := range wl {
		if newer, ok := w.worklist[k]; !ok || !newer.UpdatedAt.After(it.UpdatedAt) {
			w.worklist[k] = it
		}
	}
}

// Close flushes what is pending (bounded by ctx) and stops the writer; later
// Audit and Worklist calls are dropped.
func (w *Writer) Close(ctx context.Context) error {
	// Setting closed under mu orders it against Audit and Worklist: what
	// they queued before is in the final flush, what comes after is dropped.
	w.mu.Lock()
	already := w.closed.Swap(true)
	w.mu.Unlock()
	if already {
		return nil
	}
	close(w.stop)
	<-w.done
	return w.flush(ctx)
}

// Stats returns the writer's counters.
func (w *Writer) Stats() WriterStats {
	return WriterStats{
		AuditWritten: w.auditWritten.Load(), WorklistWritten: w.worklistWritten.Load(),
		Dropped: w.dropped.Load(), FailedFlushes: w.failed.Load(),
	}
}
