package incremental

import (
	"sync"

	"notecoder/cdi/model"
)

// LazyCoder is a Coder whose engine arrives later: calls wait until Set. It
// lets a server accept connections and greet editors while the engine is
// still being built; the first results simply arrive once it is ready.
type LazyCoder struct {
	once  sync.Once
	ready chan struct{}
	c     Coder
}

// NewLazyCoder returns a coder that waits for Set.
func NewLazyCoder() *LazyCoder { return &LazyCoder{ready: make(chan struct{})} }

// Set installs the engine and releases every waiting call. Later calls to Set
// are ignored.
func (l *LazyCoder) Set(c Coder) {
	l.once.Do(func() {
		l.c = c
		close(l.ready)
	})
}

// Ready reports whether the engine is installed.
func (l *LazyCoder) Ready() bool {
	select {
	case <-l.ready:
		return true
	default:
		return false
	}
}

// CodeSection waits for the engine, then codes the section.
func (l *LazyCoder) CodeSection(body, kind string, ctx model.Context) any {
	<-l.ready
	return l.c.CodeSection(body, kind, ctx)
}

// Consolidate waits for the engine, then consolidates.
func (l *LazyCoder) Consolidate(note string, parts []Part, ctx model.Context) model.Result {
	<-l.ready
	return l.c.Consolidate(note, parts, ctx)
}

// Same forwards to the engine's OutputComparer, so a server built on a
// LazyCoder keeps the analyzer's reuse of the previous result (without it,
// every keystroke paid a note-level consolidation). Before the engine is set
// no output exists to compare; false is always safe.
func (l *LazyCoder) Same(a, b any, oldBody, newBody string) bool {
	if !l.Ready() {
		return false
	}
	if cmp, ok := l.c.(OutputComparer); ok {
		return cmp.Same(a, b, oldBody, newBody)
	}
	return false
}

// NoteState forwards to the engine's NoteStater. Before the engine is set
// nothing was analyzed; "" is then as good as any state.
func (l *LazyCoder) NoteState(note string) string {
	if !l.Ready() {
		return ""
	}
	if ns, ok := l.c.(NoteStater); ok {
		return ns.NoteState(note)
	}
	return ""
}

// StateCue forwards to the engine's NoteStater; before the engine is set,
// true (read the note) is always safe.
func (l *LazyCoder) StateCue(body string) bool {
	if !l.Ready() {
		return true
	}
	if ns, ok := l.c.(NoteStater); ok {
		return ns.StateCue(body)
	}
	return false
}

// ConsolidateState waits for the engine, then consolidates with the state
// when the engine takes one.
func (l *LazyCoder) ConsolidateState(note string, parts []Part, ctx model.Context, state string) model.Result {
	<-l.ready
	if ns, ok := l.c.(NoteStater); ok {
		return ns.ConsolidateState(note, parts, ctx, state)
	}
	return l.c.Consolidate(note, parts, ctx)
}
