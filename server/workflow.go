package server

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"
	"sync"
	"time"

	"go.uber.org/zap"

	"notecoder/cdi/model"
	"notecoder/cdi/query"
	"notecoder/incremental"
	"notecoder/protocol"
	"notecoder/server/store"
)

// TenantPolicy is an organisation's choice of which prompts physicians see.
type TenantPolicy struct {
	// Kinds, when non-empty, lists the prompt kinds shown; others are hidden.
	Kinds []string `json:"kinds,omitempty"`
	// MinImpact hides prompts whose impact score is below it.
	MinImpact float64 `json:"minImpact,omitempty"`
}

// workflow is the CDI side of the server: feedback, dismissals, queries,
// worklist and audit, persisted in the store. Persistence never runs on a
// keystroke: results feed batches flushed by a background goroutine.
type workflow struct {
	s        *Server
	store    query.Store
	stats    *query.Stats
	policies map[string]TenantPolicy

	// writer batches worklist snapshots and "suggestion shown" events.
	writer *store.Writer

	mu       sync.Mutex
	loaded   map[string]bool            // tenants whose feedback stats are loaded; guarded by mu
	dirtyWL  map[string]bool            // tenants whose worklist subscribers need a push; guarded by mu
	synonyms map[string][]query.Synonym // learned phrase -> code per tenant; guarded by mu
	synVer   map[string]int             // bumped when a tenant's synonyms change; guarded by mu
}

func newWorkflow(s *Server, st query.Store, policies map[string]TenantPolicy, p query.Policy) *workflow {
	w := &workflow{s: s, store: st, stats: query.NewStats(p), policies: policies,
		loaded: map[string]bool{}, dirtyWL: map[string]bool{}, synonyms: map[string][]query.Synonym{}, synVer: map[string]int{}}
	w.writer = store.NewWriter(st, store.WriterOptions{OnError: func(err error) {
		s.log.Error("batched store write failed; will retry", zap.Error(err))
	}})
	return w
}

// run flushes batches, delivers store events and sweeps due queries until
// stop closes.
func (w *workflow) run(stop <-chan struct{}, escalateAfter, sweepEvery time.Duration) {
	push := time.NewTicker(250 * time.Millisecond)
	defer push.Stop()
	sweep := time.NewTicker(sweepEvery)
	defer sweep.Stop()
	events := w.subscribe(stop)
	for {
		select {
		case <-stop:
			ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
			w.writer.Close(ctx)
			cancel()
			return
		case <-push.C:
			w.pushWorklists()
		case <-sweep.C:
			w.sweep(escalateAfter)
		case ev, ok := <-events:
			if !ok {
				// The feed was lost: anything may have been missed, so
				// refresh every worklist subscriber and resubscribe.
				w.mu.Lock()
				for t := range w.s.hub.tenantsWithSubscribers() {
					w.dirtyWL[t] = true
				}
				w.mu.Unlock()
				time.Sleep(100 * time.Millisecond)
				events = w.subscribe(stop)
				continue
			}
			w.deliver(ev)
		}
	}
}

func (w *workflow) subscribe(stop <-chan struct{}) <-chan query.Event {
	ctx, cancel := context.WithCancel(context.Background())
	go func() { <-stop; cancel() }()
	ch, err := w.store.Subscribe(ctx)
	if err != nil {
		w.s.log.Error("store subscription failed", zap.Error(err))
		c := make(chan query.Event)
		close(c)
		return c
	}
	return ch
}

// deliver pushes a changed query to the editors that have its document open
// on this node, and marks the tenant's worklist for a push.
func (w *workflow) deliver(ev query.Event) {
	switch ev.Kind {
	case query.EventQuery:
		q, err := w.store.GetQuery(context.Background(), ev.Tenant, ev.ID)
		if err != nil {
			if !errors.Is(err, query.ErrNotFound) {
				w.s.log.Warn("loading query for delivery", zap.Error(err))
			}
			return
		}
		w.s.hub.send(ev.Tenant, q.Doc, encode(&protocol.QueryPush{Query: wireQuery(q)}))
		w.mu.Lock()
		w.dirtyWL[ev.Tenant] = true
		w.mu.Unlock()
	case query.EventWorklist:
		w.mu.Lock()
		w.dirtyWL[ev.Tenant] = true
		w.mu.Unlock()
	}
}

// pushWorklists sends the current worklist to the subscribers of every tenant
// whose worklist changed.
func (w *workflow) pushWorklists() {
	w.mu.Lock()
	tenants := make([]string, 0, len(w.dirtyWL))
	for t := range w.dirtyWL {
		tenants = append(tenants, t)
	}
	clear(w.dirtyWL)
	w.mu.Unlock()
	for _, t := range tenants {
		subs := w.s.hub.subscribers(t)
		if len(subs) == 0 {
			continue
		}
		wl, err := w.list(t, query.WorklistFilter{})
		if err != nil {
			w.s.log.Warn("worklist push", zap.Error(err))
			continue
		}
		data := encode(&wl)
		for _, sess := range subs {
			sess.push(data)
		}
	}
}

func (w *workflow) list(tenant string, f query.WorklistFilter) (protocol.Worklist, error) {
	items, err := w.store.ListWorklist(context.Background(), tenant, f, time.Now())
	if err != nil {
		return protocol.Worklist{}, err
	}
	out := protocol.Worklist{Items: make([]protocol.WorklistItem, 0, len(items))}
	for _, it := range items {
		wi := protocol.WorklistItem{Doc: it.Doc, UpdatedAt: it.UpdatedAt, Prompts: make([]protocol.PromptItem, 0, len(it.Prompts))}
		for _, p := range it.Prompts {
			imp := p.Impact
			// On the worklist a prompt is named by its stable key: wire ids
			// belong to one editor connection.
			wi.Prompts = append(wi.Prompts, protocol.PromptItem{ID: p.Key, Kind: p.Kind, Code: p.Code, Message: p.Message,
				Options: nonNilOpts(p.Options), Evidence: []protocol.Span{}, Impact: &imp})
			if p.Impact.Score > wi.Impact.Score {
				wi.Impact = p.Impact
			}
		}
		wi.Impact.Score = it.Impact
		out.Items = append(out.Items, wi)
	}
	return out, nil
}

// sweep escalates unanswered queries and expires overdue ones.
func (w *workflow) sweep(escalateAfter time.Duration) {
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	now := time.Now()
	refs, err := w.store.DueQueries(ctx, now, escalateAfter, 100)
	if err != nil {
		w.s.log.Warn("query sweep", zap.Error(err))
		return
	}
	for _, r := range refs {
		_, err := w.store.UpdateQuery(ctx, r.Tenant, r.ID, func(q *query.Query) error {
			if q.DueToExpire(now) {
				return q.Transition(query.Expired, query.SystemUser, "due date passed", now)
			}
			if q.DueForEscalation(now, escalateAfter) {
				return q.Escalate(query.SystemUser, now)
			}
			return nil
		})
		if err != nil {
			w.s.log.Warn("query sweep update", zap.Error(err))
		}
	}
}

// filter applies the tenant's learned synonyms, policy and feedback
// suppression to a result of the given text and sections. lc carries a
// document's learned-synonym matches per section between results, so only
// sections a keystroke changed are scanned.
func (w *workflow) filter(tenant string) resultFilter {
	w.ensureStats(tenant)
	pol, hasPol := w.policies[tenant]
	syns, version := w.synonymsOf(tenant)
	return func(text string, secs []incremental.Section, lc *learnedCache, r *model.Result) {
		if len(syns) > 0 {
			r.Codes = w.addLearned(w.learnedEvidence(text, secs, syns, version, lc), syns, r.Codes)
		}
		r.Codes = without(r.Codes, func(c *model.Code) bool { return w.stats.Suppressed(tenant, c.Rule, c.Code) })
		r.Prompts = without(r.Prompts, func(p *model.Prompt) bool {
			return w.stats.Suppressed(tenant, p.Kind, p.Code) ||
				hasPol && (p.Impact.Score < pol.MinImpact || (len(pol.Kinds) > 0 && !contains(pol.Kinds, p.Kind)))
		})
	}
}

// without returns xs minus the elements drop reports. It never writes to xs
// (the engine's result is shared with caches) and returns xs itself when
// nothing is dropped, the common case, which runs on every keystroke.
func without[T any](xs []T, drop func(*T) bool) []T {
	for i := range xs {
		if !drop(&xs[i]) {
			continue
		}
		out := make([]T, i, len(xs)-1)
		copy(out, xs[:i])
		for j := i + 1; j < len(xs); j++ {
			if !drop(&xs[j]) {
				out = append(out, xs[j])
			}
		}
		return out
	}
	return xs
}

func contains(xs []string, x string) bool {
	for _, v := range xs {
		if v == x {
			return true
		}
	}
	return false
}

// ensureStats loads a tenant's feedback tallies once, so suppression survives
// restarts and is shared by every node (each loads from the same store).
func (w *workflow) ensureStats(tenant string) {
	w.mu.Lock()
	done := w.loaded[tenant]
	w.loaded[tenant] = true
	w.mu.Unlock()
	if done {
		return
	}
	counts, err := w.store.FeedbackStats(context.Background(), tenant)
	if err != nil {
		w.s.log.Warn("loading feedback statistics", zap.Error(err))
		return
	}
	w.stats.Load(tenant, counts)
	w.loadSynonyms(tenant)
}

// loadSynonyms refreshes a tenant's learned synonyms from the store.
func (w *workflow) loadSynonyms(tenant string) {
	syns, err := w.store.Synonyms(context.Background(), tenant)
	if err != nil {
		w.s.log.Warn("loading learned synonyms", zap.Error(err))
		return
	}
	w.mu.Lock()
	w.synonyms[tenant] = syns
	w.synVer[tenant]++
	w.mu.Unlock()
}

// synonymsOf returns a tenant's learned synonyms and their version.
func (w *workflow) synonymsOf(tenant string) ([]query.Synonym, int) {
	w.mu.Lock()
	defer w.mu.Unlock()
	return w.synonyms[tenant], w.synVer[tenant]
}

// learnedCache remembers, per section content hash, where a tenant's
// learned phrases occur in that section's body. Owned by one document's
// writer side (used under the document's lock).
type learnedCache struct {
	version int
	bySec   map[uint64][]learnedHit
}

type learnedHit struct {
	code string
	sp   model.Span // relative to the section body
}

// resultFilter adjusts a result for a tenant before it is diffed.
type resultFilter func(text string, secs []incremental.Section, lc *learnedCache, r *model.Result)

// learnedEvidence returns where each learned code's phrase occurs in the
// note, scanning only sections not seen in the document's last result.
func (w *workflow) learnedEvidence(text string, secs []incremental.Section, syns []query.Synonym, version int, lc *learnedCache) map[string][]model.Span {
	if lc.version != version || lc.bySec == nil {
		lc.version, lc.bySec = version, map[uint64][]learnedHit{}
	}
	next := make(map[uint64][]learnedHit, len(secs))
	ev := map[string][]model.Span{}
	for _, sec := range secs {
		hits, ok := lc.bySec[sec.Hash]
		if !ok {
			hits = w.scanLearned(text[sec.Body:sec.End], syns)
		}
		next[sec.Hash] = hits
		for _, h := range hits {
			ev[h.code] = append(ev[h.code], h.sp.Shift(sec.Body))
		}
	}
	lc.bySec = next
	return ev
}

// scanLearned finds the learned phrases in one section body: whole words,
// ASCII letters compared without case, and not negated or hypothetical.
func (w *workflow) scanLearned(body string, syns []query.Synonym) []learnedHit {
	var hits []learnedHit
	for _, syn := range syns {
		p := syn.Phrase
		if p == "" {
			continue
		}
		for start := 0; start+len(p) <= len(body); start++ {
			end := start + len(p)
			if !foldEqual(body[start:end], p) || !wordEdge(body, start-1) || !wordEdge(body, end) {
				continue
			}
			if w.s.assert != nil && w.s.assert(body, start, end) != model.Present {
				continue
			}
			hits = append(hits, learnedHit{syn.Code, model.Span{Start: start, End: end}})
			start = end - 1
		}
	}
	return hits
}

// foldEqual compares s with a lower-case phrase, folding ASCII letters of s
// only, so byte offsets in s stay valid.
func foldEqual(s, lower string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != lower[i] {
			return false
		}
	}
	return true
}

// addLearned adds the codes a tenant's accepted corrections taught: each
// learned phrase found in the text yields its code unless the result already
// has it, and replaces the engine's reading of the same words.
func (w *workflow) addLearned(found map[string][]model.Span, syns []query.Synonym, codes []model.Code) []model.Code {
	have := make(map[string]bool, len(codes))
	for _, c := range codes {
		have[c.Code] = true
	}
	for _, syn := range syns {
		ev := found[syn.Code]
		if have[syn.Code] || len(ev) == 0 {
			continue
		}
		slices.SortFunc(ev, func(a, b model.Span) int { return a.Start - b.Start })
		title := syn.Code
		if w.s.titles != nil {
			title = w.s.titles(syn.Code)
		}
		have[syn.Code] = true
		kept := codes[:0:0]
		for _, c := range codes {
			if !spansWithin(c.Evidence, ev) {
				kept = append(kept, c)
			}
		}
		codes = append(kept, model.Code{System: "ICD-10-CM", Code: syn.Code, Title: title, Assertion: model.Present,
			Evidence: ev, Confidence: 0.7, Why: "learned from this organisation's accepted corrections", Rule: "learned-synonym"})
	}
	return codes
}

// spansWithin reports whether every span of a lies inside some span of b.
func spansWithin(a, b []model.Span) bool {
	if len(a) == 0 {
		return false
	}
	for _, x := range a {
		in := false
		for _, y := range b {
			in = in || (y.Start <= x.Start && x.End <= y.End)
		}
		if !in {
			return false
		}
	}
	return true
}

// wordEdge reports whether position i of s is outside a word (or outside s).
func wordEdge(s string, i int) bool {
	if i < 0 || i >= len(s) {
		return true
	}
	c := s[i]
	return !(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c >= 0x80)
}

// resultShown queues the document's current prompts as its worklist
// snapshot and its newly shown suggestions for the audit trail; the writer
// persists them in batches, never on the keystroke path.
func (w *workflow) resultShown(sess *session, d *docState, prompts []model.Prompt, shown []model.Code, text string, version int) {
	now := time.Now()
	if prompts != nil {
		w.writer.Worklist(query.WorklistItem{Tenant: sess.ident.Tenant, Doc: d.id, Prompts: prompts, UpdatedAt: now})
	}
	for _, c := range shown {
		w.writer.Audit(query.AuditEvent{At: now, Tenant: sess.ident.Tenant, User: sess.ident.User,
			Action: query.AuditSuggestionShown, Doc: d.id, Target: c.Code,
			Detail: query.AuditDetail{Code: c.Code, Rule: c.Rule, Version: version, Evidence: query.EvidenceOf(text, c.Evidence)}})
	}
}

// recordFeedback stores a decision durably, then updates the live statistics.
func (w *workflow) recordFeedback(fb query.Feedback) error {
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	if err := w.store.RecordFeedback(ctx, fb); err != nil {
		return err
	}
	w.ensureStats(fb.Tenant)
	w.stats.Add(fb)
	if fb.Phrase != "" {
		w.loadSynonyms(fb.Tenant)
	}
	return nil
}

// storeErr maps a store or domain error to a protocol sentinel.
func storeErr(err error) error {
	var le *query.LintError
	switch {
	case errors.As(err, &le):
		return fmt.Errorf("%w: %v", protocol.ErrQueryRejected, err)
	case errors.Is(err, query.ErrNotFound):
		return fmt.Errorf("%w: %v", protocol.ErrNotFound, err)
	case errors.Is(err, query.ErrInvalidTransition), errors.Is(err, query.ErrExists):
		return fmt.Errorf("%w: %v", protocol.ErrConflict, err)
	case errors.Is(err, query.ErrInvalid):
		return fmt.Errorf("%w: %v", protocol.ErrBadMessage, err)
	}
	return fmt.Errorf("%w: %v", protocol.ErrInternal, err)
}

// wireQuery converts a stored query to its wire form.
func wireQuery(q *query.Query) protocol.QueryObject {
	o := protocol.QueryObject{ID: q.ID, Doc: q.Doc, Prompt: q.PromptID, Question: q.Question,
		Options: nonNilOpts(q.Options), Status: string(q.Status), CreatedBy: q.CreatedBy, CreatedAt: q.CreatedAt,
		UpdatedAt: q.UpdatedAt, DueAt: q.DueAt, Warnings: []protocol.LintFinding{}}
	for _, wn := range q.Warnings {
		// Stored as "rule: message" (query.Finding.String).
		rule, msg, ok := strings.Cut(wn, ": ")
		if !ok {
			rule, msg = "warning", wn
		}
		o.Warnings = append(o.Warnings, protocol.LintFinding{Rule: rule, Message: msg})
	}
	if a := q.Answer; a != nil {
		qa := &protocol.QueryAnswer{Option: a.Option, Text: a.Text, By: a.By, At: a.At}
		if a.Option >= 0 && a.Option < len(q.Options) {
			qa.Label, qa.Code = q.Options[a.Option].Label, q.Options[a.Option].Code
		}
		o.Answer = qa
	}
	for _, h := range q.History {
		o.History = append(o.History, protocol.QueryEvent{At: h.At, By: h.By, Status: string(h.To), Note: h.Note})
	}
	return o
}
