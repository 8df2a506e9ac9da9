package query

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"time"

	"notecoder/cdi/model"
)

// Audit actions. Events are append-only: no API updates or deletes them.
const (
	AuditSuggestionShown = "suggestion_shown"
	AuditCodeAccepted    = "code_accepted"
	AuditCodeRejected    = "code_rejected"
	AuditPromptShown     = "prompt_shown"
	AuditPromptAccepted  = "prompt_accepted"
	AuditPromptRejected  = "prompt_rejected"
	AuditPromptDismissed = "prompt_dismissed"
	AuditQueryCreated    = "query_created"
	AuditQueryAnswered   = "query_answered"
	AuditQueryDeclined   = "query_declined"
	AuditQueryWithdrawn  = "query_withdrawn"
	AuditQueryExpired    = "query_expired"
	AuditQueryEscalated  = "query_escalated"
	AuditQueryClosed     = "query_closed"
)

// AuditEvent is one entry of the tenant's audit trail. It never holds note
// text: evidence is recorded by byte offsets and SHA-256 hashes of the
// evidence text, which prove what was shown without disclosing it.
type AuditEvent struct {
	// ID is assigned by the store, increasing in append order per store.
	ID     int64     `json:"id"`
	At     time.Time `json:"at"`
	Tenant string    `json:"tenant"`
	User   string    `json:"user"`
	Action string    `json:"action"`
	Doc    string    `json:"doc,omitempty"`
	// Target is what the event is about: a code ("I50.23"), a prompt key or
	// wire id, or a query id.
	Target string      `json:"target,omitempty"`
	Detail AuditDetail `json:"detail"`
}

// AuditDetail is the structured, text-free payload of an event. It has no
// free-form field for note text by design.
type AuditDetail struct {
	Code     string     `json:"code,omitempty"`
	Rule     string     `json:"rule,omitempty"`
	Kind     string     `json:"kind,omitempty"`
	Version  int        `json:"version,omitempty"`
	Evidence []Evidence `json:"evidence,omitempty"`
	// From and To are the query status change, when there is one.
	From Status `json:"from,omitempty"`
	To   Status `json:"to,omitempty"`
	// Option is the chosen answer index for query_answered.
	Option *int `json:"option,omitempty"`
	// AnswerSHA256 hashes the physician's free-text answer (the text itself
	// lives on the query, not in the trail).
	AnswerSHA256 string `json:"answerSha256,omitempty"`
	// Reason is the user's stated reason for feedback (a short choice such
	// as "not clinically relevant"), truncated to MaxReasonBytes.
	Reason string `json:"reason,omitempty"`
}

// MaxReasonBytes bounds AuditDetail.Reason and Feedback.Reason.
const MaxReasonBytes = 200

// Evidence locates evidence text without holding it.
type Evidence struct {
	Start  int    `json:"start"`
	End    int    `json:"end"`
	SHA256 string `json:"sha256"`
}

// EvidenceOf hashes the text of each span of text (byte offsets); spans out of
// range are recorded with an empty hash rather than dropped, so the trail
// still shows what was claimed.
func EvidenceOf(text string, spans []model.Span) []Evidence {
	out := make([]Evidence, 0, len(spans))
	for _, s := range spans {
		e := Evidence{Start: s.Start, End: s.End}
		if s.Start >= 0 && s.Start <= s.End && s.End <= len(text) {
			e.SHA256 = HashText(text[s.Start:s.End])
		}
		out = append(out, e)
	}
	return out
}

// HashText is the hex SHA-256 of s, the one hash used in the audit trail.
func HashText(s string) string {
	h := sha256.Sum256([]byte(s))
	return hex.EncodeToString(h[:])
}

// Validate checks the fields every event needs; stores refuse an invalid
// event (and the whole batch containing it) with ErrInvalid.
func (e *AuditEvent) Validate() error {
	switch {
	case e.Tenant == "":
		return fmt.Errorf("%w: audit event without tenant", ErrInvalid)
	case e.Action == "":
		return fmt.Errorf("%w: audit event without action", ErrInvalid)
	case e.User == "":
		return fmt.Errorf("%w: audit event without user", ErrInvalid)
	case e.At.IsZero():
		return fmt.Errorf("%w: audit event without time", ErrInvalid)
	case len(e.Detail.Reason) > MaxReasonBytes:
		return fmt.Errorf("%w: audit reason longer than %d bytes", ErrInvalid, MaxReasonBytes)
	}
	return nil
}

// AuditFilter selects events of one tenant. Zero values select everything.
type AuditFilter struct {
	Doc    string
	User   string
	Action string
	// Since and Until bound At: Since <= At < Until.
	Since, Until time.Time
	// AfterID pages forward: only events with ID > AfterID.
	AfterID int64
	// Limit caps the result (0 = DefaultAuditLimit, at most MaxAuditLimit).
	Limit int
}

// Audit listing bounds.
const (
	DefaultAuditLimit = 1000
	MaxAuditLimit     = 10000
)

// EffectiveLimit resolves Limit to the bound actually applied.
func (f AuditFilter) EffectiveLimit() int {
	switch {
	case f.Limit <= 0:
		return DefaultAuditLimit
	case f.Limit > MaxAuditLimit:
		return MaxAuditLimit
	}
	return f.Limit
}

// AuditForChange is the audit event a query history entry produces. Stores
// append it in the same transaction as the change, so the trail and the
// query can never disagree.
func AuditForChange(q *Query, c Change) AuditEvent {
	ev := AuditEvent{
		At: c.At, Tenant: q.Tenant, User: c.By, Action: "query_" + c.Action, Doc: q.Doc, Target: q.ID,
		Detail: AuditDetail{Code: q.Code, Kind: q.Kind, From: c.From, To: c.To},
	}
	if c.Action == ActionAnswered && q.Answer != nil {
		opt := q.Answer.Option
		ev.Detail.Option = &opt
		if opt >= 0 && opt < len(q.Options) && q.Options[opt].Code != "" {
			ev.Detail.Code = q.Options[opt].Code
		}
		if q.Answer.Text != "" {
			ev.Detail.AnswerSHA256 = HashText(q.Answer.Text)
		}
	}
	return ev
}
