package sqlcore

import (
	"context"
	"sync"

	"notecoder/cdi/query"
)

// SubscriberBuffer is how many events a subscriber may fall behind before its
// channel is closed (it must then resubscribe and re-read from the store).
// Publishing never blocks on a slow subscriber: a stuck consumer must not
// stall commits.
const SubscriberBuffer = 4096

// Hub fans events out to in-process subscribers.
type Hub struct {
	mu     sync.Mutex
	subs   map[*sub]struct{}
	closed bool
}

type sub struct {
	ch   chan query.Event
	done bool
}

// NewHub returns an empty hub.
func NewHub() *Hub { return &Hub{subs: map[*sub]struct{}{}} }

// Subscribe registers a subscriber until ctx ends or the hub closes.
func (h *Hub) Subscribe(ctx context.Context) (<-chan query.Event, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	s := &sub{ch: make(chan query.Event, SubscriberBuffer)}
	h.mu.Lock()
	if h.closed {
		h.mu.Unlock()
		return nil, ErrClosed
	}
	h.subs[s] = struct{}{}
	h.mu.Unlock()
	go func() {
		<-ctx.Done()
		h.mu.Lock()
		h.drop(s)
		h.mu.Unlock()
	}()
	return s.ch, nil
}

// drop closes and forgets s; h.mu must be held.
func (h *Hub) drop(s *sub) {
	if !s.done {
		s.done = true
		close(s.ch)
		delete(h.subs, s)
	}
}

// Publish delivers evs to every subscriber, closing those whose buffer is full.
func (h *Hub) Publish(evs ...query.Event) {
	h.mu.Lock()
	defer h.mu.Unlock()
	for s := range h.subs {
		for _, ev := range evs {
			select {
			case s.ch <- ev:
			default:
				h.drop(s)
			}
			if s.done {
				break
			}
		}
	}
}

// Reset closes every subscription (events may have been missed, e.g. the
// PostgreSQL listener reconnected) while keeping the hub open.
func (h *Hub) Reset() {
	h.mu.Lock()
	defer h.mu.Unlock()
	for s := range h.subs {
		h.drop(s)
	}
}

// Close closes every subscription and refuses new ones.
func (h *Hub) Close() {
	h.mu.Lock()
	defer h.mu.Unlock()
	h.closed = true
	for s := range h.subs {
		h.drop(s)
	}
}
