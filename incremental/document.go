package incremental

import (
	"fmt"
	"unicode/utf8"

	"notecoder/cdi/model"
)

// Document is one open note: its id, version, text, encounter context and
// current sections. A Document is not safe for concurrent use; its owner (the
// session's reader) serialises edits and hands immutable Snapshots to the
// analysis workers.
type Document struct {
	ID       string
	version  int
	text     string
	ctx      model.Context
	sections []Section
	split    Splitter
	maxBytes int
}

// NewDocument opens a document at the given version. maxBytes <= 0 means no
// size limit. The text must be valid UTF-8.
func NewDocument(id string, version int, text string, ctx model.Context, split Splitter, maxBytes int) (*Document, error) {
	if maxBytes > 0 && len(text) > maxBytes {
		return nil, fmt.Errorf("%w: %d bytes, limit %d", ErrDocTooLarge, len(text), maxBytes)
	}
	if !utf8.ValidString(text) {
		return nil, ErrInvalidText
	}
	return &Document{ID: id, version: version, text: text, ctx: ctx, split: split, maxBytes: maxBytes,
		sections: splitAll(split, text)}, nil
}

// Version is the version of the last accepted open or change.
func (d *Document) Version() int { return d.version }

// Text is the current text.
func (d *Document) Text() string { return d.text }

// Context is the encounter context given at open.
func (d *Document) Context() model.Context { return d.ctx }

// Sections returns the current sections; the slice must not be modified.
func (d *Document) Sections() []Section { return d.sections }

// Change applies edits (byte offsets) as version. The version must be exactly
// one more than the current one. Nothing changes on error.
func (d *Document) Change(version int, edits []Edit) error {
	if version != d.version+1 {
		return fmt.Errorf("%w: expected version %d", ErrVersionMismatch, d.version+1)
	}
	text, t, err := ApplyEdits(d.text, edits, d.maxBytes)
	if err != nil {
		return err
	}
	if !t.Empty() {
		d.sections = resplit(d.split, d.sections, text, len(d.text), t)
	}
	d.text = text
	d.version = version
	return nil
}

// Replace replaces the whole text as version (a change without ranges).
func (d *Document) Replace(version int, text string) error {
	if version != d.version+1 {
		return fmt.Errorf("%w: expected version %d", ErrVersionMismatch, d.version+1)
	}
	if d.maxBytes > 0 && len(text) > d.maxBytes {
		return fmt.Errorf("%w: %d bytes, limit %d", ErrDocTooLarge, len(text), d.maxBytes)
	}
	if !utf8.ValidString(text) {
		return ErrInvalidText
	}
	d.text, d.version, d.sections = text, version, splitAll(d.split, text)
	return nil
}

// Snapshot is an immutable view of a document at one version, safe to hand to
// another goroutine.
type Snapshot struct {
	Doc      string
	Version  int
	Text     string
	Context  model.Context
	Sections []Section
}

// Snapshot captures the current state. Sections are copied on write (resplit
// always builds a new slice), so sharing the slice is safe.
func (d *Document) Snapshot() Snapshot {
	return Snapshot{Doc: d.ID, Version: d.version, Text: d.text, Context: d.ctx, Sections: d.sections}
}
