package server

import (
	"sync"
)

// hub knows which session has which document open, per tenant, so that a
// query created over REST (or on another node) reaches the physician's
// editor, and which sessions subscribed to the worklist.
type hub struct {
	mu       sync.RWMutex
	docs     map[docKey]map[*session]*docState // guarded by mu
	bySess   map[*session]map[string]*docState // guarded by mu
	worklist map[string]map[*session]struct{}  // tenant -> subscribers; guarded by mu
}

// docKey names a document within a tenant; documents of different tenants
// never share a key even when their ids are equal.
type docKey struct{ tenant, doc string }

func newHub() *hub {
	return &hub{docs: map[docKey]map[*session]*docState{}, bySess: map[*session]map[string]*docState{},
		worklist: map[string]map[*session]struct{}{}}
}

func (h *hub) add(sess *session, d *docState) {
	k := docKey{sess.ident.Tenant, d.id}
	h.mu.Lock()
	defer h.mu.Unlock()
	m := h.docs[k]
	if m == nil {
		m = map[*session]*docState{}
		h.docs[k] = m
	}
	m[sess] = d
	bs := h.bySess[sess]
	if bs == nil {
		bs = map[string]*docState{}
		h.bySess[sess] = bs
	}
	bs[d.id] = d
}

func (h *hub) remove(sess *session, doc string) {
	k := docKey{sess.ident.Tenant, doc}
	h.mu.Lock()
	defer h.mu.Unlock()
	if m := h.docs[k]; m != nil {
		delete(m, sess)
		if len(m) == 0 {
			delete(h.docs, k)
		}
	}
	if bs := h.bySess[sess]; bs != nil {
		delete(bs, doc)
		if len(bs) == 0 {
			delete(h.bySess, sess)
		}
	}
}

// docsOf lists the documents a session has open.
func (h *hub) docsOf(sess *session) []*docState {
	h.mu.RLock()
	defer h.mu.RUnlock()
	out := make([]*docState, 0, len(h.bySess[sess]))
	for _, d := range h.bySess[sess] {
		out = append(out, d)
	}
	return out
}

// holders lists the sessions that have a tenant's document open.
func (h *hub) holders(tenant, doc string) []*docState {
	h.mu.RLock()
	defer h.mu.RUnlock()
	m := h.docs[docKey{tenant, doc}]
	out := make([]*docState, 0, len(m))
	for _, d := range m {
		out = append(out, d)
	}
	return out
}

// send pushes a frame to every session of the tenant that has doc open.
func (h *hub) send(tenant, doc string, data []byte) int {
	ds := h.holders(tenant, doc)
	for _, d := range ds {
		d.sess.push(data)
	}
	return len(ds)
}

func (h *hub) subscribe(sess *session) {
	h.mu.Lock()
	defer h.mu.Unlock()
	m := h.worklist[sess.ident.Tenant]
	if m == nil {
		m = map[*session]struct{}{}
		h.worklist[sess.ident.Tenant] = m
	}
	m[sess] = struct{}{}
}

func (h *hub) unsubscribe(sess *session) {
	h.mu.Lock()
	defer h.mu.Unlock()
	if m := h.worklist[sess.ident.Tenant]; m != nil {
		delete(m, sess)
		if len(m) == 0 {
			delete(h.worklist, sess.ident.Tenant)
		}
	}
}

func (h *hub) unsubscribeAll(sess *session) { h.unsubscribe(sess) }

// subscribers lists a tenant's worklist subscribers.
func (h *hub) subscribers(tenant string) []*session {
	h.mu.RLock()
	defer h.mu.RUnlock()
	out := make([]*session, 0, len(h.worklist[tenant]))
	for s := range h.worklist[tenant] {
		out = append(out, s)
	}
	return out
}

// tenantsWithSubscribers lists the tenants that have worklist subscribers.
func (h *hub) tenantsWithSubscribers() map[string]bool {
	h.mu.RLock()
	defer h.mu.RUnlock()
	out := make(map[string]bool, len(h.worklist))
	for t := range h.worklist {
		out[t] = true
	}
	return out
}
