package ncclient

import (
	"context"
	"encoding/json"
	"fmt"
	"sort"
	"sync"
	"time"

	"notecoder/protocol"
)

// Doc is one open note: its text and version as the client holds them, and
// the server's current codes, prompts and findings for it, kept by applying
// result deltas in order (remove, then upsert; a result older than the newest
// applied is ignored). Create with Client.Open.
type Doc struct {
	c  *Client
	id string

	// sendMu orders frames of this document on the wire: a change with
	// version v is written before one with v+1, and a resync open is never
	// overtaken by an older change.
	sendMu sync.Mutex

	mu          sync.Mutex
	ctx         protocol.Context
	m           *protocol.Mapper
	version     int64  // current local version
	maxUsed     int64  // highest version ever sent or assigned
	acked       int64  // newest version acknowledged by an applied result
	notified    int64  // newest acknowledged version whose callbacks have run
	awaitReset  bool   // an open was sent; ignore results until its reset
	openVersion int64  // version of the last open
	gen         uint64 // connection generation the document is synced on
	closed      bool
	pending     []sent // versions not yet acknowledged, in order
	ackCh       chan struct{}
	codes       map[string]protocol.CodeItem
	prompts     map[string]protocol.PromptItem
	findings    map[string]protocol.FindingItem
	lastRTT     time.Duration
	retrying    bool // a delayed resync after rate_limited is scheduled
}

type sent struct {
	v  int64
	at time.Time
}

// Ack is one acknowledged version and its round trip (send -> result).
type Ack struct {
	Version int64
	RTT     time.Duration
}

func newDoc(c *Client, id string) *Doc {
	return &Doc{c: c, id: id, m: protocol.NewMapper(c.opts.PositionEncoding, ""), ackCh: make(chan struct{}),
		codes: map[string]protocol.CodeItem{}, prompts: map[string]protocol.PromptItem{},
		findings: map[string]protocol.FindingItem{}}
}

// ID returns the document id.
func (d *Doc) ID() string { return d.id }

// Text returns the current text as the client holds it (including edits not
// yet acknowledged).
func (d *Doc) Text() string {
	d.mu.Lock()
	defer d.mu.Unlock()
	return d.m.Text()
}

// Len returns the length of the text in the negotiated encoding: the largest
// valid offset for Edit.
func (d *Doc) Len() int {
	d.mu.Lock()
	defer d.mu.Unlock()
	return d.m.Len()
}

// Version returns the current local version (the one the last edit got).
func (d *Doc) Version() int64 {
	d.mu.Lock()
	defer d.mu.Unlock()
	return d.version
}

// Acked returns the newest version acknowledged by a result (0 before the
// first result).
func (d *Doc) Acked() int64 {
	d.mu.Lock()
	defer d.mu.Unlock()
	return d.acked
}

// Pending returns how many sent versions still wait for a result.
func (d *Doc) Pending() int {
	d.mu.Lock()
	defer d.mu.Unlock()
	return len(d.pending)
}

// LastRTT returns the round trip of the most recently acknowledged version.
func (d *Doc) LastRTT() time.Duration {
	d.mu.Lock()
	defer d.mu.Unlock()
	return d.lastRTT
}

// Context returns the encounter context the document was opened with.
func (d *Doc) Context() protocol.Context {
	d.mu.Lock()
	defer d.mu.Unlock()
	return d.ctx
}

func firstStart(ev []protocol.Span) int {
	if len(ev) == 0 {
		return -1
	}
	return ev[0].Start
}

// Codes returns the current codes, ordered by where their evidence starts.
// Evidence offsets refer to the text of the acknowledged version.
func (d *Doc) Codes() []protocol.CodeItem {
	d.mu.Lock()
	defer d.mu.Unlock()
	return byEvidence(d.codes, func(c protocol.CodeItem) (string, []protocol.Span) { return c.ID, c.Evidence })
}

// Prompts returns the current documentation-gap prompts, ordered by where
// their evidence starts.
func (d *Doc) Prompts() []protocol.PromptItem {
	d.mu.Lock()
	defer d.mu.Unlock()
	return byEvidence(d.prompts, func(p protocol.PromptItem) (string, []protocol.Span) { return p.ID, p.Evidence })
}

// Findings returns the current findings (only when Options.Findings), ordered
// by where their evidence starts.
func (d *Doc) Findings() []protocol.FindingItem {
	d.mu.Lock()
	defer d.mu.Unlock()
	return byEvidence(d.findings, func(f protocol.FindingItem) (string, []protocol.Span) { return f.ID, f.Evidence })
}

// byEvidence copies a set of items into a slice ordered by where their
// evidence starts, then by id, so callers get a stable reading order.
func byEvidence[T any](set map[string]T, key func(T) (string, []protocol.Span)) []T {
	out := make([]T, 0, len(set))
	for _, it := range set {
		out = append(out, it)
	}
	sort.Slice(out, func(i, j int) bool {
		idI, evI := key(out[i])
		idJ, evJ := key(out[j])
		if a, b := firstStart(evI), firstStart(evJ); a != b {
			return a < b
		}
		return idI < idJ
	})
	return out
}

// Edit replaces [start, end) — offsets in the negotiated encoding — with
// text and sends it as one `change` with the next version, which it returns.
// A bad range (start > end, past the end, inside a character) returns
// protocol.ErrRangeOutOfBounds and a text over maxDocBytes returns
// protocol.ErrDocTooLarge; either way nothing changes and nothing is sent.
// While reconnecting the edit is applied locally and reaches the server with
// the resync.
func (d *Doc) Edit(start, end int, text string) (int64, error) {
	return d.EditMany([]protocol.TextChange{{Start: start, End: end, Text: text}})
}

// EditMany applies changes in order (each against the text left by the one
// before) atomically and sends them as one `change`. An empty list is a pure
// version bump that still gets a result.
func (d *Doc) EditMany(changes []protocol.TextChange) (int64, error) {
	return d.send(func() (*protocol.Change, error) {
		edits, err := d.m.Convert(changes)
		if err != nil {
			return nil, err
		}
		text := d.m.Text()
		n := len(text)
		for _, e := range edits {
			n += len(e.Text) - (e.End - e.Start)
		}
		if err := d.c.checkSize(n); err != nil {
			return nil, err
		}
		for _, e := range edits {
			text = text[:e.Start] + e.Text + text[e.End:]
		}
		d.m.Commit(text, edits)
		cp := append([]protocol.TextChange{}, changes...)
		return &protocol.Change{Changes: cp}, nil
	})
}

// Replace replaces the whole text (a `change` with `text`) and returns the
// new version.
func (d *Doc) Replace(text string) (int64, error) {
	return d.send(func() (*protocol.Change, error) {
		if err := d.c.checkSize(len(text)); err != nil {
			return nil, err
		}
		d.m.Reset(text)
		return &protocol.Change{Text: &text}, nil
	})
}

// send runs apply under the document lock, gives the change the next
// version and writes it when the document is synced on the live connection.
func (d *Doc) send(apply func() (*protocol.Change, error)) (int64, error) {
	d.sendMu.Lock()
	defer d.sendMu.Unlock()
	select {
	case <-d.c.closed:
		return 0, ErrClosed
	default:
	}
	d.mu.Lock()
	if d.closed {
		d.mu.Unlock()
		return 0, ErrDocClosed
	}
	ch, err := apply()
	if err != nil {
		d.mu.Unlock()
		return 0, err
	}
	d.maxUsed++
	d.version = d.maxUsed
	ch.Doc, ch.Version = d.id, d.version
	d.pending = append(d.pending, sent{d.version, time.Now()})
	gen := d.gen
	frame := protocol.EncodeChange(nil, ch)
	v := d.version
	d.mu.Unlock()
	if gen != 0 {
		d.c.writeGen(gen, frame)
	}
	return v, nil
}

// reopen sets text and context and sends `open` (Client.Open).
func (d *Doc) reopen(text string, ctx protocol.Context) {
	d.sendMu.Lock()
	defer d.sendMu.Unlock()
	d.mu.Lock()
	d.m.Reset(text)
	d.ctx = ctx
	d.closed = false
	d.mu.Unlock()
	d.resyncLocked()
}

// resync sends `open` with the full text and a version above any used
// before, on the live connection (when there is none, the next connection
// resyncs). Results are ignored until that open's reset result.
func (d *Doc) resync() {
	d.sendMu.Lock()
	defer d.sendMu.Unlock()
	d.resyncLocked()
}

// resyncLocked is resync with sendMu held. The generation is read under
// sendMu so that a resync racing with a reconnect can never leave the
// document marked synced on a connection that did not get its open.
func (d *Doc) resyncLocked() {
	gen := d.c.currentGen()
	d.mu.Lock()
	if d.closed {
		d.mu.Unlock()
		return
	}
	d.maxUsed++
	d.version = d.maxUsed
	d.openVersion = d.version
	d.awaitReset = true
	d.gen = gen
	d.pending = append(d.pending, sent{d.version, time.Now()})
	frame, err := json.Marshal(protocol.Open{Doc: d.id, Version: d.version, Text: d.m.Text(), Context: d.ctx})
	d.mu.Unlock()
	if err != nil || gen == 0 {
		return
	}
	if !d.c.writeGen(gen, frame) {
		d.mu.Lock()
		if d.gen == gen {
			d.gen = 0
		}
		d.mu.Unlock()
	}
}

// applyResult applies a result delta; it reports whether the result was
// applied (false when ignored as stale) and the versions it acknowledged.
// The caller runs the callbacks and then calls notify, so that WaitVersion
// returns only after OnAck and OnResult have seen the result.
func (d *Doc) applyResult(r *protocol.Result, now time.Time) (bool, []Ack) {
	d.mu.Lock()
	if d.closed || r.Version > d.version {
		d.mu.Unlock()
		return false, nil
	}
	if d.awaitReset {
		if !r.Reset || r.Version < d.openVersion {
			d.mu.Unlock()
			return false, nil
		}
		d.awaitReset = false
	} else if r.Version < d.acked {
		d.mu.Unlock()
		return false, nil
	}
	if r.Reset {
		clear(d.codes)
		clear(d.prompts)
		clear(d.findings)
	}
	for _, id := range r.Codes.Remove {
		delete(d.codes, id)
	}
	for _, c := range r.Codes.Upsert {
		d.codes[c.ID] = c
	}
	for _, id := range r.Prompts.Remove {
		delete(d.prompts, id)
	}
	for _, p := range r.Prompts.Upsert {
		d.prompts[p.ID] = p
	}
	if r.Findings != nil {
		for _, id := range r.Findings.Remove {
			delete(d.findings, id)
		}
		for _, f := range r.Findings.Upsert {
			d.findings[f.ID] = f
		}
	}
	d.acked = r.Version
	n := 0
	for n < len(d.pending) && d.pending[n].v <= r.Version {
		n++
	}
	var acks []Ack
	if n > 0 {
		if d.c.opts.OnAck != nil {
			acks = make([]Ack, n)
			for i, p := range d.pending[:n] {
				acks[i] = Ack{p.v, now.Sub(p.at)}
			}
		}
		d.lastRTT = now.Sub(d.pending[n-1].at)
		d.pending = append(d.pending[:0], d.pending[n:]...)
	}
	d.mu.Unlock()
	return true, acks
}

// notify wakes WaitVersion callers once the callbacks of the result for
// version v have run.
func (d *Doc) notify(v int64) {
	d.mu.Lock()
	if v > d.notified {
		d.notified = v
	}
	close(d.ackCh)
	d.ackCh = make(chan struct{})
	d.mu.Unlock()
}

// serverError repairs the document after an error about it: a change the
// server refused leaves the two sides apart, so the document is re-opened
// with its full text (after the advised delay for rate_limited).
func (d *Doc) serverError(se *ServerError) {
	switch se.Code {
	case protocol.CodeVersionMismatch, protocol.CodeDocNotOpen, protocol.CodeRangeOutOfBounds:
		d.resync()
	case protocol.CodeRateLimited:
		d.mu.Lock()
		if d.retrying {
			d.mu.Unlock()
			return
		}
		d.retrying = true
		d.mu.Unlock()
		wait := se.RetryAfter
		if wait <= 0 {
			wait = 50 * time.Millisecond
		}
		time.AfterFunc(wait, func() {
			d.mu.Lock()
			d.retrying = false
			d.mu.Unlock()
			d.resync()
		})
	}
}

// WaitVersion returns when a result for version v or a newer one has been
// applied and its OnAck/OnResult callbacks have run (nil), or with ctx's
// error, ErrDocClosed or ErrClosed. Do not call it from a callback: results
// are applied by the goroutine that runs them.
func (d *Doc) WaitVersion(ctx context.Context, v int64) error {
	for {
		d.mu.Lock()
		if d.notified >= v {
			d.mu.Unlock()
			return nil
		}
		if d.closed {
			d.mu.Unlock()
			return ErrDocClosed
		}
		ch := d.ackCh
		d.mu.Unlock()
		select {
		case <-ch:
		case <-ctx.Done():
			return ctx.Err()
		case <-d.c.closed:
			return ErrClosed
		}
	}
}

// Synced waits until the current version is acknowledged (see WaitVersion).
func (d *Doc) Synced(ctx context.Context) error { return d.WaitVersion(ctx, d.Version()) }

// Feedback sends a verdict (protocol.ActionAccept, ActionReject,
// ActionDismiss) on a code or prompt id of this document, with an optional
// reason, and waits for the server's confirmation.
func (d *Doc) Feedback(ctx context.Context, target, action, reason string) error {
	return d.c.Feedback(ctx, protocol.Feedback{Doc: d.id, Target: target, Action: action, Reason: reason})
}

// Close sends `close` and forgets the document; waiters return ErrDocClosed.
func (d *Doc) Close() error {
	d.sendMu.Lock()
	defer d.sendMu.Unlock()
	d.mu.Lock()
	if d.closed {
		d.mu.Unlock()
		return ErrDocClosed
	}
	d.closed = true
	gen := d.gen
	close(d.ackCh)
	d.ackCh = make(chan struct{})
	d.mu.Unlock()
	d.c.mu.Lock()
	if d.c.docs[d.id] == d {
		delete(d.c.docs, d.id)
	}
	d.c.mu.Unlock()
	if gen != 0 {
		frame, err := json.Marshal(protocol.Close{Doc: d.id})
		if err != nil {
			return fmt.Errorf("ncclient: encode close: %w", err)
		}
		d.c.writeGen(gen, frame)
	}
	return nil
}
