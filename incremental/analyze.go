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
// treated as immutable by the coder.
type Coder interface {
	CodeSection(text, kind string, ctx model.Context) any
	Consolidate(note string, parts []Part, ctx model.Context) model.Result
}

// Part is one section's cached output placed in the note.
type Part struct {
	Offset int
	Kind   string
	Out    any
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

// Analyze returns the note-level result for a snapshot. The cost is the
// re-coding of sections not in the cache plus a consolidation pass over the
// per-section outputs.
func (a *Analyzer) Analyze(s Snapshot) model.Result {
	ctxKey := s.Context.Key()
	parts := make([]Part, len(s.Sections))
	for i, sec := range s.Sections {
		k := cacheKey{hash: sec.Hash, size: sec.End - sec.Start, kind: sec.Kind, ctx: ctxKey}
		out, ok := a.cache.Get(k)
		if ok {
			a.hits.Add(1)
		} else {
			a.misses.Add(1)
			out = a.coder.CodeSection(s.Text[sec.Body:sec.End], sec.Kind, s.Context)
			a.cache.Add(k, out)
		}
		parts[i] = Part{Offset: sec.Body, Kind: sec.Kind, Out: out}
	}
	return a.coder.Consolidate(s.Text, parts, s.Context)
}

// CacheStats reports section-cache hits and misses since start.
func (a *Analyzer) CacheStats() (hits, misses uint64) { return a.hits.Load(), a.misses.Load() }
