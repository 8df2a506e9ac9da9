package protocol

import (
	"errors"
	"net/http"
)

// Wire error codes, the `code` field of an `error` frame and of a REST error
// body. They are part of the public contract: clients switch on them.
const (
	CodeBadJSON           = "bad_json"
	CodeUnknownType       = "unknown_type"
	CodeBadMessage        = "bad_message"
	CodeUnauthorized      = "unauthorized"
	CodeForbidden         = "forbidden"
	CodeNotFound          = "not_found"
	CodeConflict          = "conflict"
	CodeDocNotOpen        = "doc_not_open"
	CodeVersionMismatch   = "version_mismatch"
	CodeRangeOutOfBounds  = "range_out_of_bounds"
	CodeDocTooLarge       = "doc_too_large"
	CodeTooManyDocs       = "too_many_docs"
	CodeRateLimited       = "rate_limited"
	CodeQueryRejected     = "query_rejected"
	CodeInternal          = "internal"
	CodeUnavailable       = "unavailable"
	CodeMessageTooLarge   = "message_too_large"
	CodeUnsupportedMethod = "method_not_allowed"
)

// wireError is the type of every sentinel: the error text is the wire code,
// so fmt.Errorf("%w: detail", ErrX) reads "code: detail" in logs.
type wireError struct{ code string }

func (e *wireError) Error() string { return e.code }

// Sentinels, one per wire error code. Wrap them with
// fmt.Errorf("%w: detail", protocol.ErrX) so that CodeOf and errors.Is work
// through any number of layers; detail text must never contain note text.
var (
	// ErrBadJSON: the frame is not one well-formed UTF-8 JSON object.
	ErrBadJSON = &wireError{CodeBadJSON}
	// ErrUnknownType: `type` is missing, not a string, or not a message type
	// this server knows.
	ErrUnknownType = &wireError{CodeUnknownType}
	// ErrBadMessage: a required field is missing or a field has the wrong
	// type or an invalid value.
	ErrBadMessage = &wireError{CodeBadMessage}
	// ErrUnauthorized: no valid token (hello, REST Authorization header).
	ErrUnauthorized = &wireError{CodeUnauthorized}
	// ErrForbidden: the token is valid but its roles do not allow the action.
	ErrForbidden = &wireError{CodeForbidden}
	// ErrNotFound: the referenced query, prompt or document does not exist in
	// the caller's tenant (another tenant's objects are reported as missing).
	ErrNotFound = &wireError{CodeNotFound}
	// ErrConflict: the object is in a state that does not allow the action
	// (answering a query that is no longer open, withdrawing an answered one).
	ErrConflict = &wireError{CodeConflict}
	// ErrDocNotOpen: `change`, `close` or `feedback` names a document this
	// connection has not opened.
	ErrDocNotOpen = &wireError{CodeDocNotOpen}
	// ErrVersionMismatch: a change's version is not the held version + 1.
	ErrVersionMismatch = &wireError{CodeVersionMismatch}
	// ErrRangeOutOfBounds: start > end, an offset past the end, a negative
	// offset, or an offset inside a character.
	ErrRangeOutOfBounds = &wireError{CodeRangeOutOfBounds}
	// ErrDocTooLarge: the document would exceed limits.maxDocBytes.
	ErrDocTooLarge = &wireError{CodeDocTooLarge}
	// ErrTooManyDocs: opening one more document would exceed limits.maxDocs.
	ErrTooManyDocs = &wireError{CodeTooManyDocs}
	// ErrRateLimited: the connection or the server is over its message rate;
	// the message was dropped and changed nothing.
	ErrRateLimited = &wireError{CodeRateLimited}
	// ErrQueryRejected: a CDI query failed the compliance lint (leading
	// wording or too few clinical options); REST answers 422 with findings.
	ErrQueryRejected = &wireError{CodeQueryRejected}
	// ErrInternal: the server failed; the message may be retried.
	ErrInternal = &wireError{CodeInternal}
	// ErrUnavailable: the server is starting or draining (REST 503).
	ErrUnavailable = &wireError{CodeUnavailable}
	// ErrMessageTooLarge: a REST body over the size limit (413). On the
	// socket an oversized frame closes the connection with 1009 instead.
	ErrMessageTooLarge = &wireError{CodeMessageTooLarge}
	// ErrMethodNotAllowed: a REST endpoint called with the wrong HTTP method.
	ErrMethodNotAllowed = &wireError{CodeUnsupportedMethod}
)

// allErrors lists every sentinel so tests and docs can enumerate them.
var allErrors = []*wireError{
	ErrBadJSON, ErrUnknownType, ErrBadMessage, ErrUnauthorized, ErrForbidden,
	ErrNotFound, ErrConflict, ErrDocNotOpen, ErrVersionMismatch,
	ErrRangeOutOfBounds, ErrDocTooLarge, ErrTooManyDocs, ErrRateLimited,
	ErrQueryRejected, ErrInternal, ErrUnavailable, ErrMessageTooLarge,
	ErrMethodNotAllowed,
}

// Codes returns every wire error code, in the order of PROTOCOL.md, so that
// metrics can pre-register one series per code.
func Codes() []string {
	out := make([]string, len(allErrors))
	for i, e := range allErrors {
		out[i] = e.code
	}
	return out
}

// CodeOf returns the wire code of err: the code of the first sentinel found in
// its wrap chain, "" for nil, and "internal" for an error that wraps no
// sentinel (an unexpected failure must not leak its text as a code).
func CodeOf(err error) string {
	if err == nil {
		return ""
	}
	var we *wireError
	if errors.As(err, &we) {
		return we.code
	}
	return CodeInternal
}

// ErrorFor returns the sentinel for a wire code, or nil when the code is
// unknown; the Go SDK uses it to turn a received `error` frame back into an
// error that errors.Is can test.
func ErrorFor(code string) error {
	for _, e := range allErrors {
		if e.code == code {
			return e
		}
	}
	return nil
}

// HTTPStatus maps an error to the REST status code PROTOCOL.md assigns to its
// wire code, so every REST handler answers the same way.
func HTTPStatus(err error) int {
	switch CodeOf(err) {
	case "":
		return http.StatusOK
	case CodeBadJSON, CodeUnknownType, CodeBadMessage, CodeRangeOutOfBounds:
		return http.StatusBadRequest
	case CodeUnauthorized:
		return http.StatusUnauthorized
	case CodeForbidden:
		return http.StatusForbidden
	case CodeNotFound, CodeDocNotOpen:
		return http.StatusNotFound
	case CodeConflict, CodeVersionMismatch:
		return http.StatusConflict
	case CodeDocTooLarge, CodeMessageTooLarge:
		return http.StatusRequestEntityTooLarge
	case CodeQueryRejected:
		return http.StatusUnprocessableEntity
	case CodeTooManyDocs, CodeRateLimited:
		return http.StatusTooManyRequests
	case CodeUnavailable:
		return http.StatusServiceUnavailable
	case CodeUnsupportedMethod:
		return http.StatusMethodNotAllowed
	default:
		return http.StatusInternalServerError
	}
}

// ParseError is what Parser.Parse returns on failure. Besides the wrapped
// sentinel it carries whatever could still be read from the bad frame — the
// message type, the client's `id` and the `doc` — so the `error` frame can
// echo them (as `ref` and `doc`) and the client can match it to its request.
type ParseError struct {
	Type string // the `type` field if it was a string, else ""
	ID   string // the client's `id` if it was a string, else ""
	Doc  string // the `doc` field if it was a string, else ""
	Err  error  // wraps one sentinel: ErrBadJSON, ErrUnknownType or ErrBadMessage
}

// Error returns the wrapped error's text (code and field name, never values).
func (e *ParseError) Error() string { return e.Err.Error() }

// Unwrap exposes the sentinel to errors.Is / errors.As / CodeOf.
func (e *ParseError) Unwrap() error { return e.Err }
