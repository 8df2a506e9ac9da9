// Package query is the CDI (clinical documentation integrity) domain: the
// query a CDI specialist sends a physician and its lifecycle, the compliance
// lint that keeps queries non-leading, the worklist ranking of open
// documentation gaps, feedback statistics, the audit event type, and the Store
// interface that server/store implements for SQLite and PostgreSQL.
//
// The package does no I/O. Every object carries the tenant it belongs to, and
// every Store method takes the tenant and filters by it: nothing crosses
// tenants.
package query

import (
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"slices"
	"strings"
	"time"
	"unicode/utf8"

	"notecoder/cdi/model"
)

// Status is where a query is in its lifecycle:
//
//	open -> answered | declined | withdrawn | expired -> closed
type Status string

// Query statuses.
const (
	// Open: sent to the physician, waiting for an answer.
	Open Status = "open"
	// Answered: the physician chose an option.
	Answered Status = "answered"
	// Declined: the physician declined to answer (e.g. disagrees a query is
	// warranted); a legitimate, compliant outcome.
	Declined Status = "declined"
	// Withdrawn: the CDI specialist took the query back (e.g. the note was
	// amended and the gap is gone).
	Withdrawn Status = "withdrawn"
	// Expired: nobody answered before the due time.
	Expired Status = "expired"
	// Closed: reviewed and filed; nothing can change it any more.
	Closed Status = "closed"
)

// Statuses lists every status in lifecycle order, for validation and docs.
var Statuses = []Status{Open, Answered, Declined, Withdrawn, Expired, Closed}

// ParseStatus validates a status string from a request (e.g. a REST filter).
func ParseStatus(s string) (Status, error) {
	if slices.Contains(Statuses, Status(s)) {
		return Status(s), nil
	}
	return "", fmt.Errorf("%w: unknown status %q", ErrInvalid, s)
}

// transitions is the lifecycle graph; anything not listed is refused.
var transitions = map[Status][]Status{
	Open:      {Answered, Declined, Withdrawn, Expired},
	Answered:  {Closed},
	Declined:  {Closed},
	Withdrawn: {Closed},
	Expired:   {Closed},
}

// CanTransition reports whether the lifecycle allows from -> to.
func CanTransition(from, to Status) bool { return slices.Contains(transitions[from], to) }

// Errors of the domain. Stores return them too, so handlers map each to one
// HTTP status (ErrNotFound 404, ErrInvalid 400, ErrInvalidTransition and
// ErrExists 409, ErrRefused 422).
var (
	// ErrNotFound: no such object for this tenant (objects of other tenants
	// are reported the same way, so their existence does not leak).
	ErrNotFound = errors.New("query: not found")
	// ErrExists: an object with this id already exists.
	ErrExists = errors.New("query: already exists")
	// ErrInvalid: a request is malformed (missing field, bad value); nothing
	// was changed.
	ErrInvalid = errors.New("query: invalid")
	// ErrInvalidTransition: the lifecycle does not allow the change (e.g.
	// answering a withdrawn query); nothing was changed.
	ErrInvalidTransition = errors.New("query: invalid status transition")
	// ErrInvalidAnswer: the answer does not fit the query (option out of
	// range, "Other" without text); nothing was changed.
	ErrInvalidAnswer = errors.New("query: invalid answer")
	// ErrRefused: the compliance lint refused the query; the error is a
	// *LintError carrying the findings.
	ErrRefused = errors.New("query: refused by compliance lint")
)

// Limits on free text, so one request cannot bloat the store or the socket.
const (
	MaxQuestionBytes = 4000
	MaxOptionBytes   = 300
	MaxOptions       = 24
	MaxAnswerBytes   = 4000
	MaxNoteBytes     = 1000
)

// Answer is the physician's reply to a query.
type Answer struct {
	// Option is an index into Query.Options.
	Option int `json:"option"`
	// Text is optional free text; required when the chosen option is
	// "Other (please specify)".
	Text string    `json:"text,omitempty"`
	By   string    `json:"by"`
	At   time.Time `json:"at"`
}

// Change is one entry of a query's history: every status change, plus the
// creation and escalation, so the audit trail can be rebuilt from the query.
type Change struct {
	At time.Time `json:"at"`
	By string    `json:"by"`
	// From is empty for the creation entry.
	From Status `json:"from,omitempty"`
	To   Status `json:"to"`
	// Action names what happened: created, answered, declined, withdrawn,
	// expired, closed or escalated (From == To for escalation). The audit
	// action is "query_" + Action.
	Action string `json:"action"`
	Note   string `json:"note,omitempty"`
}

// Change actions recorded in Change.Action.
const (
	ActionCreated   = "created"
	ActionAnswered  = "answered"
	ActionDeclined  = "declined"
	ActionWithdrawn = "withdrawn"
	ActionExpired   = "expired"
	ActionClosed    = "closed"
	ActionEscalated = "escalated"
)

var actionFor = map[Status]string{
	Answered: ActionAnswered, Declined: ActionDeclined, Withdrawn: ActionWithdrawn,
	Expired: ActionExpired, Closed: ActionClosed,
}

// SystemUser is the By of changes made by the server itself (expiry,
// escalation), so the history never pretends a person did them.
const SystemUser = "system"

// Query is a CDI query: a non-leading multiple-choice question about one
// documentation gap in one document, sent to the physician's editor.
type Query struct {
	ID     string `json:"id"`
	Tenant string `json:"-"`
	Doc    string `json:"doc"`
	// PromptID is the wire id of the prompt the query was built from (may be
	// empty for a query written from scratch).
	PromptID string `json:"prompt,omitempty"`
	// PromptKey is the prompt's stable key (model.Prompt.Key), so answering
	// the query can settle the prompt across edits.
	PromptKey string         `json:"promptKey,omitempty"`
	Kind      string         `json:"kind,omitempty"`
	Code      string         `json:"code,omitempty"`
	Question  string         `json:"question"`
	Options   []model.Option `json:"options"`
	Status    Status         `json:"status"`
	Answer    *Answer        `json:"answer,omitempty"`
	CreatedBy string         `json:"createdBy"`
	CreatedAt time.Time      `json:"createdAt"`
	UpdatedAt time.Time      `json:"updatedAt"`
	// DueAt, when set, is when an open query expires.
	DueAt time.Time `json:"dueAt,omitzero"`
	// EscalatedAt is when the query was escalated for being unanswered.
	EscalatedAt time.Time `json:"escalatedAt,omitzero"`
	// Warnings are the non-blocking lint findings, "code: message".
	Warnings []string `json:"warnings"`
	History  []Change `json:"history"`
}

// Clone returns a deep copy, so a stored or cached query is never mutated
// through a caller's pointer.
func (q *Query) Clone() *Query {
	c := *q
	c.Options = slices.Clone(q.Options)
	c.Warnings = slices.Clone(q.Warnings)
	c.History = slices.Clone(q.History)
	if q.Answer != nil {
		a := *q.Answer
		c.Answer = &a
	}
	return &c
}

// Draft is what a CDI specialist submits; New turns it into an open Query.
type Draft struct {
	Tenant    string
	Doc       string
	PromptID  string
	PromptKey string
	Kind      string
	Code      string
	// Question may be empty when built from a prompt: the kind's template is
	// used.
	Question  string
	Options   []model.Option
	CreatedBy string
	// DueAt, when set, is when the query expires unanswered.
	DueAt time.Time
}

// FromPrompt drafts a query from a documentation-gap prompt: the prompt's
// options become the query's options and the question comes from the
// template for the prompt's kind. promptID is the prompt's wire id.
func FromPrompt(tenant, doc, promptID string, p model.Prompt, by string) Draft {
	return Draft{
		Tenant: tenant, Doc: doc, PromptID: promptID, PromptKey: p.Key,
		Kind: p.Kind, Code: p.Code, Question: QuestionFor(p),
		Options: slices.Clone(p.Options), CreatedBy: by,
	}
}

// New validates d, appends the standard options, runs the compliance lint
// against noteText and returns the open query with its warnings. A refused
// draft yields a *LintError (errors.Is(err, ErrRefused)); a malformed one
// (missing tenant, doc, user) an ErrInvalid error.
func New(d Draft, noteText string, now time.Time) (*Query, error) {
	switch {
	case d.Tenant == "":
		return nil, fmt.Errorf("%w: tenant is required", ErrInvalid)
	case d.Doc == "":
		return nil, fmt.Errorf("%w: doc is required", ErrInvalid)
	case d.CreatedBy == "":
		return nil, fmt.Errorf("%w: createdBy is required", ErrInvalid)
	case !d.DueAt.IsZero() && !d.DueAt.After(now):
		return nil, fmt.Errorf("%w: dueAt must be in the future", ErrInvalid)
	}
	q := &Query{
		ID: NewID("q-"), Tenant: d.Tenant, Doc: d.Doc, PromptID: d.PromptID, PromptKey: d.PromptKey,
		Kind: d.Kind, Code: d.Code, Question: strings.TrimSpace(d.Question),
		Options: WithStandardOptions(d.Options), Status: Open, CreatedBy: d.CreatedBy,
		CreatedAt: now, UpdatedAt: now, DueAt: d.DueAt, Warnings: []string{},
	}
	errs, warns := Lint(q, noteText)
	if len(errs) > 0 {
		return nil, &LintError{Errors: errs, Warnings: warns}
	}
	for _, w := range warns {
		q.Warnings = append(q.Warnings, w.String())
	}
	q.History = []Change{{At: now, By: d.CreatedBy, To: Open, Action: ActionCreated}}
	return q, nil
}

// NewID returns prefix plus 16 random hex digits: unique across server nodes
// without coordination, and not guessable across tenants.
func NewID(prefix string) string {
	var b [8]byte
	if _, err := rand.Read(b[:]); err != nil {
		panic("query: crypto/rand failed: " + err.Error())
	}
	return prefix + hex.EncodeToString(b[:])
}

func (q *Query) transition(to Status, by, action, note string, now time.Time) error {
	if !CanTransition(q.Status, to) {
		return fmt.Errorf("%w: %s -> %s", ErrInvalidTransition, q.Status, to)
	}
	if by == "" {
		return fmt.Errorf("%w: user is required", ErrInvalid)
	}
	if len(note) > MaxNoteBytes || !utf8.ValidString(note) {
		return fmt.Errorf("%w: note must be valid UTF-8 of at most %d bytes", ErrInvalid, MaxNoteBytes)
	}
	q.History = append(q.History, Change{At: now, By: by, From: q.Status, To: to, Action: action, Note: note})
	q.Status = to
	q.UpdatedAt = now
	return nil
}

// Transition moves the query to status to on behalf of by, recording note in
// the history. Answering needs AnswerWith (the answer is part of the change);
// Transition refuses to = Answered.
func (q *Query) Transition(to Status, by, note string, now time.Time) error {
	if to == Answered {
		return fmt.Errorf("%w: use AnswerWith to answer", ErrInvalid)
	}
	return q.transition(to, by, actionFor[to], note, now)
}

// AnswerWith records the physician's answer: option indexes Options; text is
// required when the option is "Other (please specify)". An invalid answer
// changes nothing.
func (q *Query) AnswerWith(option int, text, by string, now time.Time) error {
	if !CanTransition(q.Status, Answered) {
		return fmt.Errorf("%w: %s -> %s", ErrInvalidTransition, q.Status, Answered)
	}
	text = strings.TrimSpace(text)
	switch {
	case option < 0 || option >= len(q.Options):
		return fmt.Errorf("%w: option %d out of range [0,%d)", ErrInvalidAnswer, option, len(q.Options))
	case len(text) > MaxAnswerBytes || !utf8.ValidString(text):
		return fmt.Errorf("%w: text must be valid UTF-8 of at most %d bytes", ErrInvalidAnswer, MaxAnswerBytes)
	case isOther(q.Options[option].Label) && text == "":
		return fmt.Errorf("%w: %q needs the free text", ErrInvalidAnswer, q.Options[option].Label)
	}
	if err := q.transition(Answered, by, ActionAnswered, "", now); err != nil {
		return err
	}
	q.Answer = &Answer{Option: option, Text: text, By: by, At: now}
	return nil
}

// DueForEscalation reports whether the open query has waited at least after
// since it was created and has not been escalated yet; the server's sweeper
// escalates such queries (notifying the CDI specialist) exactly once.
func (q *Query) DueForEscalation(now time.Time, after time.Duration) bool {
	return q.Status == Open && q.EscalatedAt.IsZero() && after > 0 && now.Sub(q.CreatedAt) >= after
}

// Escalate marks the open query escalated at now; it stays open. Escalating
// twice or a query that is not open is ErrInvalidTransition.
func (q *Query) Escalate(by string, now time.Time) error {
	if q.Status != Open || !q.EscalatedAt.IsZero() {
		return fmt.Errorf("%w: cannot escalate a %s query (escalated: %v)", ErrInvalidTransition, q.Status, !q.EscalatedAt.IsZero())
	}
	q.EscalatedAt = now
	q.UpdatedAt = now
	q.History = append(q.History, Change{At: now, By: by, From: Open, To: Open, Action: ActionEscalated})
	return nil
}

// DueToExpire reports whether the open query has a due time that has passed.
func (q *Query) DueToExpire(now time.Time) bool {
	return q.Status == Open && !q.DueAt.IsZero() && !now.Before(q.DueAt)
}
