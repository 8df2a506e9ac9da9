package incremental

import (
	"sync/atomic"

	lru "github.com/hashicorp/golang-lru/v2"

	"notecoder/cdi/model"
)

// Coder is the clinical engine as the incremental layer needs it: code one
// section's body on its own (offsets relative to the body), then combine the
// per-section outputs into the note's result. The per-section output is opaque
// here; it is cached and handed back to Consolidate unchanged, so it must be
// treated as immutable by the coder. Consolidate must not keep the parts
// slice it is given: the analyzer reuses it.
type Coder interface {
	CodeSection(text, kind string, ctx model.Context) any
	Consolidate(note string, parts []Part, ctx model.Context) model.Result
}

// OutputComparer is implemented by coders whose note-level result depends
// only on the per-section outputs (and on the text inside the spans those
// outputs cover). Same reports whether two outputs of the same section,
// coded from oldBody and newBody, are interchangeable. When every section of
// a new snapshot has the same output as in the previous analysis of the
// document, the analyzer skips consolidation and reuses the previous result
// with its spans shifted: typing prose that changes no finding costs one
// section's coding, not a note-level pass.
type OutputComparer interface {
	Same(a, b any, oldBody, newBody string) bool
}

// NoteStater is implemented by coders whose note-level result also reads
// the note's whole text, beyond the per-section outputs (the coder's current
// pregnancy, which one sentence states for the whole note). NoteState
// summarises that reading; the analyzer reuses a previous result only when
// the state is unchanged, so the real-time result stays the batch one.
type NoteStater interface {
	NoteState(note string) string
	// StateCue reports whether a section's text holds anything NoteState
	// reads. NoteState must be "" for a note none of whose sections holds
	// one: the analyzer then keeps "" across edits that add none, without
	// reading the whole note on every keystroke.
	StateCue(body string) bool
	// ConsolidateState is Consolidate given the note's NoteState, so the
	// note is not read a second time.
	ConsolidateState(note string, parts []Part, ctx model.Context, state string) model.Result
}

// Part is one section's cached output placed in the note.
type Part struct {
	Offset int
	Kind   string
	Out    any
	key    partKey // identifies the section's content; with the same kind and context, equal keys mean equal outputs
}

// partKey is the content part of a cacheKey; kind is compared on the Part
// and the context is the memo's.
type partKey struct {
	hash uint64
	size int
}

type cacheKey struct {
	hash uint64
	size int
	kind string
	ctx  string
}

// Analyzer codes snapshots, re-coding only sections whose content, kind or
// context it has not seen; results are shared across documents and sessions
// (identical sections are common: templates, copied-forward problem lists).
// Safe for concurrent use.
type Analyzer struct {
	coder        Coder
	cache        *lru.Cache[cacheKey, any]
	hits, misses atomic.Uint64
	reused       atomic.Uint64
}

// NewAnalyzer returns an analyzer with a cache of up to size section results.
func NewAnalyzer(c Coder, size int) *Analyzer {
	if size <= 0 {
		size = 1
	}
	cache, err := lru.New[cacheKey, any](size)
	if err != nil {
		panic(err) // only for size <= 0, excluded above
	}
	return &Analyzer{coder: c, cache: cache}
}

// Memo remembers one document's last analysis so the next can reuse it. It
// belongs to one document and is used by one analysis at a time.
type Memo struct {
	// Findings keeps Result.Findings (every mention with its assertion) in
	// this document's results. Off by default: only clients that ask for
	// findings pay for carrying them on every keystroke.
	Findings bool

	text   string
	state  string // the coder's NoteState of text
	ctxKey string
	parts  []Part
	spare  []Part // the parts before last, reused for the next analysis
	res    model.Result
	valid  bool
	reused uint64
}

// Reused counts analyses answered by shifting the previous result.
func (m *Memo) Reused() uint64 { return m.reused }

// takeSpare returns a parts slice of length n, reusing the memo's spare
// array (Consolidate must not keep the parts it is given); nil memo: new.
func (m *Memo) takeSpare(n int) []Part {
	if m == nil || cap(m.spare) < n {
		return make([]Part, n)
	}
	p := m.spare[:n]
	m.spare = nil
	return p
}

// Analyze returns the note-level result for a snapshot. The cost is the
// re-coding of sections not in the cache plus a consolidation pass over the
// per-section outputs. memo may be nil (batch use: the full result, findings
// included).
func (a *Analyzer) Analyze(s Snapshot, memo *Memo) model.Result {
	ctxKey := s.Context.Key()
	parts := memo.takeSpare(len(s.Sections))
	memoHits := uint64(0)
	for i, sec := range s.Sections {
		k := cacheKey{hash: sec.Hash, size: sec.End - sec.Start, kind: sec.Kind, ctx: ctxKey}
		pk := partKey{k.hash, k.size}
		if memo != nil && memo.valid && memo.ctxKey == ctxKey && i < len(memo.parts) && memo.parts[i].key == pk && memo.parts[i].Kind == sec.Kind {
			// Unchanged since this document's last analysis: no shared-cache
			// look-up (and no lock) for the sections a keystroke did not touch.
			parts[i] = Part{Offset: sec.Body, Kind: sec.Kind, Out: memo.parts[i].Out, key: pk}
			memoHits++
			continue
		}
		out, ok := a.cache.Get(k)
		if ok {
			a.hits.Add(1)
		} else {
			a.misses.Add(1)
			out = a.coder.CodeSection(s.Text[sec.Body:sec.End], sec.Kind, s.Context)
			a.cache.Add(k, out)
		}
		parts[i] = Part{Offset: sec.Body, Kind: sec.Kind, Out: out, key: pk}
	}
	a.hits.Add(memoHits)
	if memo == nil {
		return a.coder.Consolidate(s.Text, parts, s.Context)
	}
	var state string
	ns, stater := a.coder.(NoteStater)
	if stater {
		state = noteState(ns, memo, s.Text, parts)
	}
	if memo.state == state {
		if res, ok := a.reuse(memo, s, ctxKey, parts); ok {
			memo.reused++
			a.reused.Add(1)
			return res
		}
	}
	var res model.Result
	if stater {
		res = ns.ConsolidateState(s.Text, parts, s.Context, state)
	} else {
		res = a.coder.Consolidate(s.Text, parts, s.Context)
	}
	if !memo.Findings {
		res.Findings = nil
	}
	*memo = Memo{Findings: memo.Findings, text: s.Text, state: state, ctxKey: ctxKey, parts: parts, spare: memo.parts, res: res, valid: true, reused: memo.reused}
	return res
}

// noteState is the coder's NoteState of text, kept "" without reading the
// note when the memo's note had none and no section that changed holds a
// cue (headers are not read: the analyzer's reuse ignores them too).
func noteState(ns NoteStater, memo *Memo, text string, parts []Part) string {
	if !memo.valid || memo.state != "" || len(memo.parts) != len(parts) {
		return ns.NoteState(text)
	}
	for i := range parts {
		if parts[i].key != memo.parts[i].key && ns.StateCue(text[parts[i].Offset:bodyEnd(parts, i, len(text))]) {
			return ns.NoteState(text)
		}
	}
	return ""
}

// reuse returns the memo's result shifted to the new snapshot when every
// section's output is the same as before.
func (a *Analyzer) reuse(memo *Memo, s Snapshot, ctxKey string, parts []Part) (model.Result, bool) {
	cmp, ok := a.coder.(OutputComparer)
	if !ok || !memo.valid || memo.ctxKey != ctxKey || len(memo.parts) != len(parts) {
		return model.Result{}, false
	}
	old := memo.parts
	for i := range parts {
		if parts[i].Kind != old[i].Kind {
			return model.Result{}, false
		}
		if parts[i].key == old[i].key {
			// Same section content: same output, at most moved.
			continue
		}
		oldBody := memo.text[old[i].Offset:bodyEnd(old, i, len(memo.text))]
		newBody := s.Text[parts[i].Offset:bodyEnd(parts, i, len(s.Text))]
		if !cmp.Same(old[i].Out, parts[i].Out, oldBody, newBody) {
			return model.Result{}, false
		}
	}
	res := shiftResult(memo.res, old, parts)
	memo.text, memo.parts, memo.spare, memo.res = s.Text, parts, old, res
	return res, true
}

// bodyEnd is where part i's body ends: at the next part's section start is
// not known here, so the next body's start bounds it (headers between are
// never evidence).
func bodyEnd(parts []Part, i, n int) int {
	if i+1 < len(parts) {
		return parts[i+1].Offset
	}
	return n
}

// shiftResult moves every span of res from the old parts' coordinates to
// the new parts'. Span lists whose spans do not move are shared, not copied,
// so typing near the end of a note costs little however many findings
// precede it.
func shiftResult(res model.Result, old, parts []Part) model.Result {
	delta := func(sp model.Span) int {
		// The part holding sp: the last whose old offset is <= sp.Start.
		lo, hi := 0, len(old)-1
		for lo < hi {
			mid := (lo + hi + 1) / 2
			if old[mid].Offset <= sp.Start {
				lo = mid
			} else {
				hi = mid - 1
			}
		}
		return parts[lo].Offset - old[lo].Offset
	}
	// Parts before the first moved one keep their offsets: spans there stay.
	firstMoved := len(old)
	for i := range old {
		if parts[i].Offset != old[i].Offset {
			firstMoved = i
			break
		}
	}
	if firstMoved == len(old) {
		return res
	}
	still := old[firstMoved].Offset // spans starting before this do not move
	spans := func(src []model.Span) []model.Span {
		n := len(src)
		if n == 0 || src[n-1].Start < still && maxStart(src) < still {
			return src
		}
		out := make([]model.Span, n)
		for i, sp := range src {
			if sp.Start < still {
				out[i] = sp
			} else {
				out[i] = sp.Shift(delta(sp))
			}
		}
		return out
	}
	out := model.Result{Codes: make([]model.Code, len(res.Codes)), Prompts: make([]model.Prompt, len(res.Prompts))}
	for i, c := range res.Codes {
		c.Evidence = spans(c.Evidence)
		out.Codes[i] = c
	}
	for i, p := range res.Prompts {
		p.Evidence = spans(p.Evidence)
		out.Prompts[i] = p
	}
	if res.Findings != nil {
		out.Findings = make([]model.Finding, len(res.Findings))
		for i, f := range res.Findings {
			f.Evidence = spans(f.Evidence)
			if f.Scope.Start >= still {
				f.Scope = f.Scope.Shift(delta(f.Scope))
			}
			out.Findings[i] = f
		}
	}
	return out
}

// maxStart is the largest start in a span list (lists are usually but not
// always sorted).
func maxStart(src []model.Span) int {
	m := -1
	for _, sp := range src {
		if sp.Start > m {
			m = sp.Start
		}
	}
	return m
}

// Reused counts analyses answered by shifting a document's previous result
// instead of consolidating the note again.
func (a *Analyzer) Reused() uint64 { return a.reused.Load() }

// CacheStats reports section-cache hits and misses since start.
func (a *Analyzer) CacheStats() (hits, misses uint64) { return a.hits.Load(), a.misses.Load() }
