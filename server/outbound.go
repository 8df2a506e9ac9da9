package server

import (
	"sync"
)

// frame is one encoded outbound message other than a result.
type frame struct {
	data []byte
}

// outbox is a connection's outbound queue. Producers (the reader, analysis
// workers, the query hub) never block on it.
//
// Results are not queued as frames: a worker leaves the newest analysis on the
// document and marks it ready here; the writer diffs and encodes it when it is
// about to write. So a document that changes faster than its client reads gets
// one result for its newest version (latest wins) instead of a backlog, and
// deltas are always relative to what the client really received.
//
// Other frames are bounded by maxBytes: past it the connection is a slow
// consumer and is closed with a typed reason, so one slow client cannot hold
// memory or slow anyone else.
type outbox struct {
	mu       sync.Mutex
	frames   []frame
	ready    []*docState // documents with a result waiting, in readiness order
	bytes    int
	maxBytes int
	closed   bool
	wake     chan struct{} // capacity 1: "there is something to write"
}

func newOutbox(maxBytes int) *outbox {
	return &outbox{maxBytes: maxBytes, wake: make(chan struct{}, 1)}
}

func (o *outbox) signal() {
	select {
	case o.wake <- struct{}{}:
	default:
	}
}

// push queues a frame. It reports overflow when the queue exceeds its byte
// bound; the caller then closes the connection as a slow consumer.
func (o *outbox) push(data []byte) (overflow bool) {
	o.mu.Lock()
	if o.closed {
		o.mu.Unlock()
		return false
	}
	o.bytes += len(data)
	if o.maxBytes > 0 && o.bytes > o.maxBytes {
		o.mu.Unlock()
		return true
	}
	o.frames = append(o.frames, frame{data: data})
	o.mu.Unlock()
	o.signal()
	return false
}

// markReady schedules a document's waiting result for writing. A document is
// listed at most once; its flag is owned by the outbox lock.
func (o *outbox) markReady(d *docState) {
	o.mu.Lock()
	if o.closed || d.queued {
		o.mu.Unlock()
		return
	}
	d.queued = true
	o.ready = append(o.ready, d)
	o.mu.Unlock()
	o.signal()
}

// take moves everything waiting into the given buffers.
func (o *outbox) take(frames []frame, ready []*docState) ([]frame, []*docState) {
	o.mu.Lock()
	frames = append(frames[:0], o.frames...)
	clear(o.frames)
	o.frames = o.frames[:0]
	ready = append(ready[:0], o.ready...)
	for _, d := range o.ready {
		d.queued = false
	}
	clear(o.ready)
	o.ready = o.ready[:0]
	o.bytes = 0
	o.mu.Unlock()
	return frames, ready
}

// shut closes the outbox to producers and wakes the writer.
func (o *outbox) shut() {
	o.mu.Lock()
	o.closed = true
	o.mu.Unlock()
	o.signal()
}
