package protocol

import (
	"errors"
	"fmt"
	"net/http"
	"testing"
)

// TestSentinels: every wire code has one sentinel that survives wrapping,
// maps back from its code, and has its documented HTTP status.
func TestSentinels(t *testing.T) {
	tests := []struct {
		err    error
		code   string
		status int
	}{
		{ErrBadJSON, "bad_json", http.StatusBadRequest},
		{ErrUnknownType, "unknown_type", http.StatusBadRequest},
		{ErrBadMessage, "bad_message", http.StatusBadRequest},
		{ErrUnauthorized, "unauthorized", http.StatusUnauthorized},
		{ErrForbidden, "forbidden", http.StatusForbidden},
		{ErrNotFound, "not_found", http.StatusNotFound},
		{ErrConflict, "conflict", http.StatusConflict},
		{ErrDocNotOpen, "doc_not_open", http.StatusNotFound},
		{ErrVersionMismatch, "version_mismatch", http.StatusConflict},
		{ErrRangeOutOfBounds, "range_out_of_bounds", http.StatusBadRequest},
		{ErrDocTooLarge, "doc_too_large", http.StatusRequestEntityTooLarge},
		{ErrTooManyDocs, "too_many_docs", http.StatusTooManyRequests},
		{ErrRateLimited, "rate_limited", http.StatusTooManyRequests},
		{ErrQueryRejected, "query_rejected", http.StatusUnprocessableEntity},
		{ErrInternal, "internal", http.StatusInternalServerError},
		{ErrUnavailable, "unavailable", http.StatusServiceUnavailable},
		{ErrMessageTooLarge, "message_too_large", http.StatusRequestEntityTooLarge},
		{ErrMethodNotAllowed, "method_not_allowed", http.StatusMethodNotAllowed},
	}
	if len(tests) != len(Codes()) {
		t.Fatalf("table has %d codes, package has %d", len(tests), len(Codes()))
	}
	for i, tc := range tests {
		t.Run(tc.code, func(t *testing.T) {
			if Codes()[i] != tc.code {
				t.Errorf("Codes()[%d] = %q", i, Codes()[i])
			}
			wrapped := fmt.Errorf("outer: %w", fmt.Errorf("%w: detail", tc.err))
			if got := CodeOf(wrapped); got != tc.code {
				t.Errorf("CodeOf = %q", got)
			}
			if !errors.Is(wrapped, tc.err) {
				t.Error("errors.Is fails through wrapping")
			}
			if ErrorFor(tc.code) != tc.err {
				t.Error("ErrorFor does not return the sentinel")
			}
			if got := HTTPStatus(wrapped); got != tc.status {
				t.Errorf("HTTPStatus = %d, want %d", got, tc.status)
			}
			if tc.err.Error() != tc.code {
				t.Errorf("Error() = %q", tc.err.Error())
			}
			e := NewError(fmt.Errorf("%w: expected version 7", tc.err))
			if e.Code != tc.code || e.Message != "expected version 7" {
				t.Errorf("NewError = %+v", e)
			}
		})
	}
	for _, a := range tests {
		for _, b := range tests {
			if a.err != b.err && errors.Is(a.err, b.err) {
				t.Errorf("%s matches %s", a.code, b.code)
			}
		}
	}
}

// TestCodeOfForeignErrors: nil has no code, and a foreign error is internal
// without leaking its text to the client.
func TestCodeOfForeignErrors(t *testing.T) {
	if CodeOf(nil) != "" || HTTPStatus(nil) != http.StatusOK {
		t.Error("nil error has a code")
	}
	secret := errors.New("open /var/db: patient John Doe")
	if CodeOf(secret) != CodeInternal {
		t.Error("foreign error is not internal")
	}
	if e := NewError(secret); e.Message != "internal error" {
		t.Errorf("foreign error text leaked: %q", e.Message)
	}
	if ErrorFor("no_such_code") != nil {
		t.Error("ErrorFor invented a sentinel")
	}
}
