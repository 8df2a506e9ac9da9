package protocol

import (
	"time"

	"notecoder/cdi/model"
)

// Message type names, the `type` field of every frame.
const (
	// Client -> server.
	TypeHello       = "hello"
	TypeOpen        = "open"
	TypeChange      = "change"
	TypeClose       = "close"
	TypeFeedback    = "feedback"
	TypeAnswer      = "answer"
	TypeSubscribe   = "subscribe"
	TypeUnsubscribe = "unsubscribe"
	TypePing        = "ping"
	// Server -> client.
	TypeWelcome  = "welcome"
	TypeResult   = "result"
	TypeError    = "error"
	TypeOK       = "ok"
	TypeQuery    = "query"
	TypeWorklist = "worklist"
	TypePong     = "pong"
)

// Subprotocol is the WebSocket subprotocol a client must offer; the server
// selects it, so a client can tell a notecoder v1 endpoint from anything else.
const Subprotocol = "notecoder.v1"

// Path is the WebSocket endpoint.
const Path = "/v1/ws"

// Field limits enforced by the parser (bad_message beyond them). They bound
// the memory one bad client can make the server hold per message.
const (
	MaxIDBytes     = 128  // client `id`
	MaxDocIDBytes  = 512  // `doc`
	MaxTokenBytes  = 8192 // hello `token`
	MaxShortString = 1024 // client name, reasons, targets, topics
	// MaxSafeInteger is the largest integer a JavaScript client can represent
	// exactly; versions and offsets above it are bad_message.
	MaxSafeInteger = 1<<53 - 1
)

// Context is the encounter context of an `open` (setting, age, sex,
// principalDx); it has the same meaning on the wire as in the coder.
type Context = model.Context

// Option is one answer to a prompt or query (label, optional code).
type Option = model.Option

// Impact is a prompt's CDI ranking data (currentCC, bestCC, hccBefore,
// hccAfter, score).
type Impact = model.Impact

// Span is a half-open range [Start, End) in the negotiated position encoding
// of the connection (not bytes, unless the client chose utf-8).
type Span struct {
	Start int `json:"start"`
	End   int `json:"end"`
}

// Message is any frame of the protocol, in either direction. The concrete
// types are the pointer types below (*Hello, *Result, ...).
type Message interface {
	// MessageType returns the wire `type` of the message.
	MessageType() string
}

// ----- client -> server -----

// Hello must be the first frame of a connection: it authenticates and
// negotiates the position encoding.
type Hello struct {
	ID               string   `json:"id,omitempty"`
	Token            string   `json:"token"`
	Client           string   `json:"client,omitempty"`
	PositionEncoding Encoding `json:"positionEncoding"` // default utf-16
	// Findings asks the server to add the `findings` delta to every result.
	Findings bool `json:"findings,omitempty"`
}

// Open starts (or resets) a document at a version with its full text.
type Open struct {
	ID      string  `json:"id,omitempty"`
	Doc     string  `json:"doc"`
	Version int64   `json:"version"`
	Text    string  `json:"text"`
	Context Context `json:"context,omitzero"`
}

// TextChange replaces [Start, End) — offsets in the negotiated encoding into
// the text left by the previous change of the same message — with Text.
type TextChange struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	Text  string `json:"text"`
}

// Change moves a document to Version by applying Changes in order, or by
// replacing the whole text when Text is non-nil. Exactly one of the two is
// set; an empty Changes list is a pure version bump.
type Change struct {
	ID      string       `json:"id,omitempty"`
	Doc     string       `json:"doc"`
	Version int64        `json:"version"`
	Changes []TextChange `json:"changes,omitempty"`
	Text    *string      `json:"text,omitempty"`
}

// Close forgets a document on this connection.
type Close struct {
	ID  string `json:"id,omitempty"`
	Doc string `json:"doc"`
}

// Feedback actions.
const (
	ActionAccept  = "accept"
	ActionReject  = "reject"
	ActionDismiss = "dismiss"
)

// Feedback records a physician's or coder's verdict on a code or prompt id.
type Feedback struct {
	ID     string `json:"id,omitempty"`
	Doc    string `json:"doc"`
	Target string `json:"target"` // a code id ("c-1") or prompt id ("p-1")
	Action string `json:"action"` // accept | reject | dismiss
	Reason string `json:"reason,omitempty"`
	// Code, optional, is the code the user says is right instead (a
	// correction); the server may learn a per-tenant synonym from it.
	Code string `json:"code,omitempty"`
}

// Answer is the physician's reply to a CDI query, sent on the socket.
type Answer struct {
	ID     string `json:"id,omitempty"`
	Query  string `json:"query"`
	Option int    `json:"option"` // index into the query's options
	Text   string `json:"text,omitempty"`
}

// TopicWorklist is the only subscription topic of v1.
const TopicWorklist = "worklist"

// Subscribe asks for live pushes on a topic (roles cdi or admin for worklist).
type Subscribe struct {
	ID    string `json:"id,omitempty"`
	Topic string `json:"topic"`
}

// Unsubscribe stops the pushes of a topic.
type Unsubscribe struct {
	ID    string `json:"id,omitempty"`
	Topic string `json:"topic"`
}

// Ping is an optional application-level liveness check; the server answers
// Pong with Ref = ID. WebSocket control pings are used by the server itself.
type Ping struct {
	ID string `json:"id,omitempty"`
}

// ----- server -> client -----

// Limits are the server's limits for this connection, announced in welcome.
type Limits struct {
	MaxMessageBytes   int `json:"maxMessageBytes"`
	MaxDocBytes       int `json:"maxDocBytes"`
	MaxDocs           int `json:"maxDocs"`
	MessagesPerSecond int `json:"messagesPerSecond"`
}

// Identity is who the token says the client is.
type Identity struct {
	Tenant string   `json:"tenant"`
	User   string   `json:"user"`
	Roles  []string `json:"roles"`
}

// Roles.
const (
	RolePhysician = "physician"
	RoleCDI       = "cdi"
	RoleAdmin     = "admin"
)

// Welcome answers a valid hello.
type Welcome struct {
	Session          string   `json:"session"`
	PositionEncoding Encoding `json:"positionEncoding"`
	Codeset          string   `json:"codeset"`
	Server           string   `json:"server"` // server software version
	Limits           Limits   `json:"limits"`
	Identity         Identity `json:"identity"`
	Findings         bool     `json:"findings,omitempty"`
}

// CodeItem is one reported code in a result.
type CodeItem struct {
	ID         string  `json:"id"`
	System     string  `json:"system"`
	Code       string  `json:"code"`
	Title      string  `json:"title"`
	Assertion  string  `json:"assertion"`
	Section    string  `json:"section,omitempty"`
	Evidence   []Span  `json:"evidence"`
	Confidence float64 `json:"confidence"`
	Why        string  `json:"why,omitempty"`
}

// PromptItem is one documentation-gap prompt in a result.
type PromptItem struct {
	ID       string   `json:"id"`
	Kind     string   `json:"kind"`
	Code     string   `json:"code"`
	Message  string   `json:"message"`
	Options  []Option `json:"options"`
	Evidence []Span   `json:"evidence"`
	Impact   *Impact  `json:"impact,omitempty"`
}

// FindingItem is one clinical mention with its assertion (only for clients
// that asked with hello.findings).
type FindingItem struct {
	ID        string `json:"id"`
	Code      string `json:"code"`
	Title     string `json:"title"`
	Assertion string `json:"assertion"`
	Section   string `json:"section,omitempty"`
	Evidence  []Span `json:"evidence"`
	Why       string `json:"why,omitempty"`
}

// CodeDelta is the change to a document's code set: apply Remove, then Upsert.
type CodeDelta struct {
	Upsert []CodeItem `json:"upsert"`
	Remove []string   `json:"remove"`
}

// PromptDelta is the change to a document's prompt set.
type PromptDelta struct {
	Upsert []PromptItem `json:"upsert"`
	Remove []string     `json:"remove"`
}

// FindingDelta is the change to a document's finding set.
type FindingDelta struct {
	Upsert []FindingItem `json:"upsert"`
	Remove []string      `json:"remove"`
}

// Result acknowledges a version of a document and carries what changed.
// Reset marks the first result after an `open`: it is relative to the empty
// set, so the client clears the document's items before applying it.
type Result struct {
	Doc      string        `json:"doc"`
	Version  int64         `json:"version"`
	Reset    bool          `json:"reset,omitempty"`
	Codes    CodeDelta     `json:"codes"`
	Prompts  PromptDelta   `json:"prompts"`
	Findings *FindingDelta `json:"findings,omitempty"`
}

// Error reports a refused message. Version, when set, is the version the
// server holds for Doc (version_mismatch); Ref echoes the client's `id`.
type Error struct {
	Code    string `json:"code"`
	Message string `json:"message"`
	Doc     string `json:"doc,omitempty"`
	Version *int64 `json:"version,omitempty"`
	Ref     string `json:"ref,omitempty"`
	// RetryAfterMs, for rate_limited, is when the client may send again.
	RetryAfterMs int `json:"retryAfterMs,omitempty"`
}

// OK confirms a message that has no other reply (answer, feedback, close,
// subscribe, unsubscribe); Ref echoes the message's `id` when it had one.
type OK struct {
	Ref string `json:"ref,omitempty"`
}

// Pong answers Ping.
type Pong struct {
	Ref string `json:"ref,omitempty"`
}

// Query statuses.
const (
	QueryOpen      = "open"
	QueryAnswered  = "answered"
	QueryDeclined  = "declined"
	QueryWithdrawn = "withdrawn"
	QueryExpired   = "expired"
	QueryClosed    = "closed"
)

// LintFinding is one compliance-lint finding about a query: a refusal reason
// in a 422 body, or a warning on a created query.
type LintFinding struct {
	Rule    string `json:"rule"`
	Message string `json:"message"`
}

// QueryAnswer is the physician's answer recorded on a query.
type QueryAnswer struct {
	Option int       `json:"option"`
	Label  string    `json:"label"`
	Code   string    `json:"code,omitempty"`
	Text   string    `json:"text,omitempty"`
	By     string    `json:"by"`
	At     time.Time `json:"at"`
}

// QueryEvent is one entry of a query's history.
type QueryEvent struct {
	At     time.Time `json:"at"`
	By     string    `json:"by"`
	Status string    `json:"status"`
	Note   string    `json:"note,omitempty"`
}

// QueryObject is a CDI query as REST returns it and as the `query` push
// carries it.
type QueryObject struct {
	ID        string        `json:"id"`
	Doc       string        `json:"doc"`
	Prompt    string        `json:"prompt,omitempty"`
	Question  string        `json:"question"`
	Options   []Option      `json:"options"`
	Status    string        `json:"status"`
	CreatedBy string        `json:"createdBy"`
	CreatedAt time.Time     `json:"createdAt"`
	UpdatedAt time.Time     `json:"updatedAt,omitzero"`
	DueAt     time.Time     `json:"dueAt,omitzero"`
	Answer    *QueryAnswer  `json:"answer,omitempty"`
	Warnings  []LintFinding `json:"warnings"`
	History   []QueryEvent  `json:"history,omitempty"`
}

// QueryPush delivers a new or changed query to the physician's socket.
type QueryPush struct {
	Query QueryObject `json:"query"`
}

// WorklistItem is one open document's gaps, for CDI specialists.
type WorklistItem struct {
	Doc       string       `json:"doc"`
	User      string       `json:"user,omitempty"` // the physician editing it
	Prompts   []PromptItem `json:"prompts"`
	Impact    Impact       `json:"impact"` // the highest prompt impact
	UpdatedAt time.Time    `json:"updatedAt"`
}

// Worklist is the worklist push (and the REST GET /v1/worklist body).
type Worklist struct {
	Items []WorklistItem `json:"items"`
}

// ----- REST bodies -----

// CreateQueryRequest is the body of POST /v1/queries.
type CreateQueryRequest struct {
	Doc      string   `json:"doc"`
	Prompt   string   `json:"prompt,omitempty"`
	Question string   `json:"question"`
	Options  []Option `json:"options"`
	// DueAt, optional, is when an unanswered query escalates.
	DueAt time.Time `json:"dueAt,omitzero"`
}

// FeedbackRequest is the body of POST /v1/feedback (coders outside an editor).
type FeedbackRequest struct {
	Doc    string `json:"doc"`
	Target string `json:"target"`
	Action string `json:"action"`
	Reason string `json:"reason,omitempty"`
	Code   string `json:"code,omitempty"`
}

// AuditEvent is one append-only audit record. It never holds note text:
// evidence is referenced by offsets and hashes in Detail.
type AuditEvent struct {
	At     time.Time         `json:"at"`
	Tenant string            `json:"tenant"`
	User   string            `json:"user"`
	Action string            `json:"action"`
	Doc    string            `json:"doc,omitempty"`
	Target string            `json:"target,omitempty"`
	Detail map[string]string `json:"detail,omitempty"`
}

// AuditPage is the body of GET /v1/audit.
type AuditPage struct {
	Events []AuditEvent `json:"events"`
}

// QueryList is the body of GET /v1/queries.
type QueryList struct {
	Queries []QueryObject `json:"queries"`
}

// HTTPErrorBody is the body of every REST error response.
type HTTPErrorBody struct {
	Error HTTPError `json:"error"`
}

// HTTPError is the inside of HTTPErrorBody.
type HTTPError struct {
	Code     string        `json:"code"`
	Message  string        `json:"message"`
	Findings []LintFinding `json:"findings,omitempty"`
}

// WebSocket close codes the server uses, with their reason texts.
const (
	CloseNormal        = 1000 // client asked, or the server finished
	CloseGoingAway     = 1001 // server shutdown (drain)
	ClosePolicy        = 1008 // no hello first, hello timeout, hello refused
	CloseTooBig        = 1009 // frame over maxMessageBytes
	CloseInternal      = 1011 // unexpected server failure
	CloseTryAgainLater = 1013 // server overloaded (connection cap)
	CloseSlowConsumer  = 4001 // outbound queue over its bound
	CloseRateLimited   = 4002 // persistently over the message rate
	CloseTokenExpired  = 4003 // the hello token expired during the session
)

// Close reason texts (the reason string of the close frame).
const (
	ReasonSlowConsumer = "slow_consumer"
	ReasonRateLimited  = "rate_limited"
	ReasonTokenExpired = "token_expired"
	ReasonNoHello      = "hello_required"
	ReasonShutdown     = "shutdown"
	ReasonOverloaded   = "overloaded"
	ReasonTooBig       = "message_too_large"
)

// MessageType implements Message.
func (*Hello) MessageType() string { return TypeHello }

// MessageType implements Message.
func (*Open) MessageType() string { return TypeOpen }

// MessageType implements Message.
func (*Change) MessageType() string { return TypeChange }

// MessageType implements Message.
func (*Close) MessageType() string { return TypeClose }

// MessageType implements Message.
func (*Feedback) MessageType() string { return TypeFeedback }

// MessageType implements Message.
func (*Answer) MessageType() string { return TypeAnswer }

// MessageType implements Message.
func (*Subscribe) MessageType() string { return TypeSubscribe }

// MessageType implements Message.
func (*Unsubscribe) MessageType() string { return TypeUnsubscribe }

// MessageType implements Message.
func (*Ping) MessageType() string { return TypePing }

// MessageType implements Message.
func (*Welcome) MessageType() string { return TypeWelcome }

// MessageType implements Message.
func (*Result) MessageType() string { return TypeResult }

// MessageType implements Message.
func (*Error) MessageType() string { return TypeError }

// MessageType implements Message.
func (*OK) MessageType() string { return TypeOK }

// MessageType implements Message.
func (*Pong) MessageType() string { return TypePong }

// MessageType implements Message.
func (*QueryPush) MessageType() string { return TypeQuery }

// MessageType implements Message.
func (*Worklist) MessageType() string { return TypeWorklist }

// IDOf returns the client's `id` of an inbound message ("" when none), the
// value the server echoes as `ref`.
func IDOf(m Message) string {
	switch m := m.(type) {
	case *Hello:
		return m.ID
	case *Open:
		return m.ID
	case *Change:
		return m.ID
	case *Close:
		return m.ID
	case *Feedback:
		return m.ID
	case *Answer:
		return m.ID
	case *Subscribe:
		return m.ID
	case *Unsubscribe:
		return m.ID
	case *Ping:
		return m.ID
	}
	return ""
}

// DocOf returns the document id a message is about ("" when none).
func DocOf(m Message) string {
	switch m := m.(type) {
	case *Open:
		return m.Doc
	case *Change:
		return m.Doc
	case *Close:
		return m.Doc
	case *Feedback:
		return m.Doc
	case *Result:
		return m.Doc
	case *Error:
		return m.Doc
	}
	return ""
}
