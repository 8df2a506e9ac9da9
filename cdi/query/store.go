package query

import (
	"context"
	"time"
)

// Event kinds on the change feed.
const (
	// EventQuery: a query was created or changed; ID and Doc are set.
	EventQuery = "query"
	// EventWorklist: a document's worklist snapshot changed; Doc is set.
	EventWorklist = "worklist"
)

// Event is one entry of a Store's change feed. It says what changed, not the
// new state: a consumer reads the object from the store (with the tenant) to
// deliver it, so the feed carries no PHI and no stale copies.
type Event struct {
	Tenant string `json:"t"`
	Kind   string `json:"k"`
	ID     string `json:"id,omitempty"`
	Doc    string `json:"d,omitempty"`
}

// QueryFilter selects a tenant's queries. Zero values select everything.
type QueryFilter struct {
	Doc    string
	Status Status
	// Limit caps the result (0 = DefaultQueryLimit); newest first.
	Limit int
}

// DefaultQueryLimit bounds a query listing when no limit is given.
const DefaultQueryLimit = 500

// QueryRef names a query across tenants; only the escalation/expiry sweeper
// sees refs of several tenants, and it acts on each with its own tenant.
type QueryRef struct {
	Tenant string
	ID     string
}

// Store is the durable state of the CDI workflow. server/store implements it
// on SQLite (embedded, the default) and PostgreSQL (shared by several nodes);
// server/store/storetest is the conformance suite both pass.
//
// Every method that reads takes the tenant and filters by it: an object of
// another tenant is ErrNotFound, never an error that reveals it exists. A
// method that returns nil error has committed durably (SQLite synchronous=FULL
// in WAL mode; PostgreSQL commit), so what a handler acknowledges after it is
// never lost. Bad input is refused with ErrInvalid and changes nothing. All
// methods are safe for concurrent use.
type Store interface {
	// CreateQuery stores a new query (from New) and appends its
	// query_created audit event in the same transaction; an existing id is
	// ErrExists. Publishes an EventQuery.
	CreateQuery(ctx context.Context, q *Query) error
	// GetQuery returns the tenant's query by id, or ErrNotFound.
	GetQuery(ctx context.Context, tenant, id string) (*Query, error)
	// ListQueries returns the tenant's queries matching f, newest first.
	ListQueries(ctx context.Context, tenant string, f QueryFilter) ([]*Query, error)
	// UpdateQuery loads the tenant's query, applies fn (typically
	// AnswerWith, Transition or Escalate) and saves it atomically, appending
	// one audit event per new history entry in the same transaction. If fn
	// returns an error nothing is saved and that error is returned. fn must
	// not change identity fields nor rewrite history (ErrInvalid). fn may run
	// more than once if the store retries; it must have no side effects.
	// Publishes an EventQuery when something changed.
	UpdateQuery(ctx context.Context, tenant, id string, fn func(q *Query) error) (*Query, error)
	// DueQueries lists open queries of every tenant that are due for
	// escalation (created at or before now-escalateAfter and not escalated)
	// or for expiry (DueAt at or before now), oldest first, at most limit.
	// It is for the server's sweeper only.
	DueQueries(ctx context.Context, now time.Time, escalateAfter time.Duration, limit int) ([]QueryRef, error)

	// AppendAudit appends events (of any tenants) in one transaction: all or
	// none. An invalid event refuses the whole batch with ErrInvalid.
	AppendAudit(ctx context.Context, events ...AuditEvent) error
	// ListAudit returns the tenant's events matching f in append order.
	ListAudit(ctx context.Context, tenant string, f AuditFilter) ([]AuditEvent, error)

	// RecordFeedback stores feedback decisions in one transaction: the raw
	// record, the per-(rule, code) tally, the learned synonym (accepted
	// correction with a phrase), the dismissed prompt key, and the matching
	// audit event (AuditForFeedback). All or none.
	RecordFeedback(ctx context.Context, fbs ...Feedback) error
	// FeedbackStats returns the tenant's tallies by (rule, code), for
	// Stats.Load.
	FeedbackStats(ctx context.Context, tenant string) ([]FeedbackCount, error)
	// Synonyms returns the tenant's learned phrase -> code synonyms, most
	// taught first.
	Synonyms(ctx context.Context, tenant string) ([]Synonym, error)
	// DismissedKeys returns the prompt keys dismissed for the tenant's doc.
	DismissedKeys(ctx context.Context, tenant, doc string) ([]string, error)

	// UpsertWorklist replaces the snapshots of the items' (tenant, doc) in
	// one transaction; a snapshot older than the stored one (UpdatedAt) is
	// ignored, so late batches never roll the worklist back. Impact 0 with
	// prompts is computed with ImpactOf. Publishes one EventWorklist per
	// item written.
	UpsertWorklist(ctx context.Context, items ...WorklistItem) error
	// GetWorklist returns the tenant's snapshot of doc, or ErrNotFound.
	GetWorklist(ctx context.Context, tenant, doc string) (WorklistItem, error)
	// ListWorklist returns the tenant's items matching f at now in Rank
	// order, with OpenQueries counted from the queries.
	ListWorklist(ctx context.Context, tenant string, f WorklistFilter, now time.Time) ([]WorklistItem, error)

	// Subscribe returns the change feed: every EventQuery and EventWorklist
	// committed after Subscribe returns, by this process and (PostgreSQL)
	// by every other node on the same database. The channel is closed when
	// ctx ends, when the store closes, or when the subscriber falls more
	// than a buffer behind or the feed's connection was lost; the consumer
	// then resubscribes and re-reads what it shows from the store, because
	// events may have been missed.
	Subscribe(ctx context.Context) (<-chan Event, error)

	// Close releases the store; pending subscriptions are closed.
	Close() error
}

// AuditForFeedback is the audit event a feedback decision produces:
// code_accepted / code_rejected for codes, prompt_accepted /
// prompt_rejected / prompt_dismissed for prompts (a dismissed code is
// recorded as code_rejected).
func AuditForFeedback(fb Feedback) AuditEvent {
	action := AuditCodeAccepted
	switch {
	case fb.Kind == FeedbackCode && fb.Action != Accept:
		action = AuditCodeRejected
	case fb.Kind == FeedbackPrompt && fb.Action == Accept:
		action = AuditPromptAccepted
	case fb.Kind == FeedbackPrompt && fb.Action == Reject:
		action = AuditPromptRejected
	case fb.Kind == FeedbackPrompt:
		action = AuditPromptDismissed
	}
	target := fb.Target
	if fb.Kind == FeedbackPrompt && fb.Key != "" {
		target = fb.Key
	}
	return AuditEvent{
		At: fb.At, Tenant: fb.Tenant, User: fb.User, Action: action, Doc: fb.Doc, Target: target,
		Detail: AuditDetail{Code: fb.Code, Rule: fb.Rule, Reason: fb.Reason, Evidence: fb.Evidence},
	}
}
