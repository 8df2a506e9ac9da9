package ncclient

import (
	"errors"
	"fmt"
	"time"

	"notecoder/protocol"
)

// SDK-side errors: conditions the client detects itself, as opposed to the
// server's `error` frames (which arrive as *ServerError and match the protocol
// sentinels with errors.Is).
var (
	// ErrClosed: the Client was closed (by Close, or because the server refused
	// the session for good and reconnecting is off or pointless).
	ErrClosed = errors.New("ncclient: client closed")
	// ErrDocClosed: the Doc was closed; it takes no more edits and its waiters
	// return.
	ErrDocClosed = errors.New("ncclient: document closed")
	// ErrNotConnected: a request that needs a confirmation (feedback, answer,
	// subscribe, ping) was made while the client is reconnecting; nothing was
	// sent, so it is safe to retry later.
	ErrNotConnected = errors.New("ncclient: not connected")
	// ErrDisconnected: the connection dropped after a request was sent and
	// before its confirmation arrived; the server may or may not have applied
	// it.
	ErrDisconnected = errors.New("ncclient: connection lost before confirmation")
)

// ServerError is an `error` frame from the server. errors.Is(err,
// protocol.ErrVersionMismatch) and friends work on it because Unwrap returns
// the protocol sentinel of its code, so callers switch on sentinels, not
// strings.
type ServerError struct {
	Code    string // wire code, e.g. "version_mismatch"
	Message string // human-readable, never note text
	Doc     string // the document the refused message named, if any
	// Version is the version the server holds (version_mismatch); valid when
	// HasVersion.
	Version    int64
	HasVersion bool
	Ref        string        // the id of the refused message, if it had one
	RetryAfter time.Duration // for rate_limited
}

func newServerError(e *protocol.Error) *ServerError {
	se := &ServerError{Code: e.Code, Message: e.Message, Doc: e.Doc, Ref: e.Ref,
		RetryAfter: time.Duration(e.RetryAfterMs) * time.Millisecond}
	if e.Version != nil {
		se.Version, se.HasVersion = *e.Version, true
	}
	return se
}

// Error reads "notecoder server: code: message".
func (e *ServerError) Error() string {
	s := "notecoder server: " + e.Code
	if e.Message != "" {
		s += ": " + e.Message
	}
	if e.Doc != "" {
		s += fmt.Sprintf(" (doc %q)", e.Doc)
	}
	return s
}

// Unwrap returns the protocol sentinel for the code (nil for a code this SDK
// does not know, which a newer server may send).
func (e *ServerError) Unwrap() error { return protocol.ErrorFor(e.Code) }
