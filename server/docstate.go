package server

import (
	"sync"
	"time"

	"notecoder/cdi/model"
	"notecoder/incremental"
	"notecoder/protocol"
)

// analysis is a coded version waiting to be written.
type analysis struct {
	version int
	res     model.Result
	recvAt  time.Time             // arrival of the oldest version it acknowledges
	mapper  *protocol.Mapper      // positions of the coded text, for the client's encoding
	secs    []incremental.Section // the coded text's sections (shared, immutable)
	skipped int                   // versions it acknowledges besides its own
}

// docState is one open document of one session.
//
// The reader owns doc and mapper (edits), workers analyse snapshots, the writer
// owns differ. mu guards the fields shared between them.
type docState struct {
	sess *session
	id   string

	mu        sync.Mutex
	doc       *incremental.Document // guarded by mu: the reader mutates, workers snapshot
	mapper    *protocol.Mapper      // reader-owned; cloned under mu into each snapshot
	dead      bool                  // closed or replaced by a newer open
	running   bool                  // queued for or inside a worker
	dirty     bool                  // edited since the running analysis took its snapshot
	recvAt    time.Time             // arrival of the oldest edit not yet analysed
	versions  int                   // versions accepted since the last snapshot
	pending   *analysis             // newest coded version not yet written
	last      model.Result          // last result written, before filtering (for re-sends after a dismissal)
	lastMap   *protocol.Mapper
	lastSecs  []incremental.Section
	learned   learnedCache // learned-synonym matches per section, for this document
	lastVer   int
	dismissed map[string]bool // prompt keys dismissed for this document
	differ    *incremental.Differ
	memo      incremental.Memo // the last analysis, owned by the running analysis
	sent      bool             // a result was written since the open: later ones are deltas, the first is a reset

	queued bool // guarded by the session outbox's lock
}

// edited records an accepted version and schedules an analysis unless one is
// already in flight (which will then run again at the newest version).
// Called by the reader with mu held.
func (d *docState) editedLocked(s *Server, at time.Time) {
	if d.recvAt.IsZero() {
		d.recvAt = at
	}
	d.versions++
	if d.running {
		d.dirty = true
		return
	}
	d.running = true
	s.jobs <- d
}

// analyze codes the document at its newest version, again and again while
// edits keep arriving, and leaves the newest result for the writer.
func (d *docState) analyze(s *Server) {
	for {
		d.mu.Lock()
		if d.dead {
			d.running = false
			d.mu.Unlock()
			return
		}
		snap := d.doc.Snapshot()
		mapper := d.mapper.Clone()
		recv, versions := d.recvAt, d.versions
		d.recvAt, d.versions, d.dirty = time.Time{}, 0, false
		d.mu.Unlock()

		t0 := time.Now()
		res := s.analyzer.Analyze(snap, &d.memo)
		s.metrics.analysis.Observe(time.Since(t0).Seconds())

		d.mu.Lock()
		if d.dead {
			d.running = false
			d.mu.Unlock()
			return
		}
		a := &analysis{version: snap.Version, res: res, recvAt: recv, mapper: mapper, secs: snap.Sections, skipped: versions - 1}
		if p := d.pending; p != nil {
			// The writer has not taken the previous result: this one
			// acknowledges its versions too.
			a.skipped += p.skipped + 1
			if p.recvAt.Before(a.recvAt) || a.recvAt.IsZero() {
				a.recvAt = p.recvAt
			}
		}
		d.pending = a
		again := d.dirty
		if !again {
			d.running = false
		}
		d.mu.Unlock()
		d.sess.out.markReady(d)
		if !again {
			return
		}
	}
}

// takeDelta is called by the writer: it returns the pending result's version,
// the delta against what the client holds, and the mapper for its positions.
func (d *docState) takeDelta(filter resultFilter) (a *analysis, delta incremental.Delta, ok bool) {
	d.mu.Lock()
	defer d.mu.Unlock()
	a = d.pending
	d.pending = nil
	if a == nil || d.dead {
		return nil, incremental.Delta{}, false
	}
	d.last, d.lastVer, d.lastMap, d.lastSecs = a.res, a.version, a.mapper, a.secs
	res := a.res
	res.Prompts = d.visiblePrompts(res.Prompts)
	if filter != nil {
		filter(a.mapper.Text(), a.secs, &d.learned, &res)
	}
	return a, d.differ.Diff(res), true
}

// firstResult reports whether the next result written is the first since
// the open (and records that it is no longer). Writer-only.
func (d *docState) firstResult() bool {
	first := !d.sent
	d.sent = true
	return first
}

// visiblePrompts drops dismissed prompts. Called with mu held.
func (d *docState) visiblePrompts(ps []model.Prompt) []model.Prompt {
	if len(d.dismissed) == 0 {
		return ps
	}
	out := make([]model.Prompt, 0, len(ps))
	for _, p := range ps {
		if !d.dismissed[incremental.PromptKey(p)] {
			out = append(out, p)
		}
	}
	return out
}
