// Package ncclient is the Go SDK of notecoder: it connects an editor (or a
// test or load tool) to a notecoder server over the v1 WebSocket protocol.
//
// A Client is one connection (hello/welcome, one reader goroutine,
// reconnect with backoff). Each open note is a Doc: the SDK keeps its text and
// version, validates and sends edits in the negotiated position encoding,
// and keeps the server's current codes, prompts and findings by applying each
// result delta. After a reconnect every Doc is re-opened with its full text
// and a version higher than any used before, so the server and the client
// converge without the caller doing anything.
//
// Server `error` frames arrive as *ServerError, which unwraps to the
// protocol sentinel of its code: errors.Is(err, protocol.ErrDocNotOpen).
//
// Every method is safe for concurrent use. Callbacks in Options run on the
// reader goroutine, one at a time in arrival order, with no SDK lock held:
// they may call Doc and Client methods that send (Edit, Feedback, ...) but
// must not block waiting for a later frame (WaitVersion inside a callback
// would wait forever).
package ncclient

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"math/rand/v2"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/gorilla/websocket"
	"github.com/valyala/fastjson"

	"notecoder/protocol"
)

// Version is the SDK version sent in hello.client after the caller's name.
const Version = "notecoder-go/0.1"

// Status is the state of a Client's connection, reported to OnStatus.
type Status int

// Connection states.
const (
	StatusConnecting   Status = iota // dialing the first time
	StatusOpen                       // welcome received, documents in sync or syncing
	StatusReconnecting               // the connection dropped; retrying with backoff
	StatusClosed                     // Close was called or the server refused the session
)

// String returns the state's name.
func (s Status) String() string {
	switch s {
	case StatusConnecting:
		return "connecting"
	case StatusOpen:
		return "open"
	case StatusReconnecting:
		return "reconnecting"
	case StatusClosed:
		return "closed"
	}
	return "status(" + strconv.Itoa(int(s)) + ")"
}

// Backoff is the reconnect schedule: attempt n waits Initial*Factor^n, at
// most Max, minus a random part of up to Jitter (0..1) of it so that many
// clients dropped at once by a restart do not come back in lockstep.
type Backoff struct {
	Initial time.Duration // default 250 ms
	Max     time.Duration // default 10 s
	Factor  float64       // default 2
	Jitter  float64       // default 0.5
}

func (b Backoff) withDefaults() Backoff {
	if b.Initial <= 0 {
		b.Initial = 250 * time.Millisecond
	}
	if b.Max <= 0 {
		b.Max = 10 * time.Second
	}
	if b.Factor < 1 {
		b.Factor = 2
	}
	if b.Jitter < 0 || b.Jitter > 1 {
		b.Jitter = 0.5
	}
	return b
}

// Delay returns the wait before reconnect attempt n (0-based); r is a random
// number in [0, 1) (pass rand.Float64()).
func (b Backoff) Delay(n int, r float64) time.Duration {
	b = b.withDefaults()
	d := float64(b.Initial)
	for i := 0; i < n && d < float64(b.Max); i++ {
		d *= b.Factor
	}
	if d > float64(b.Max) {
		d = float64(b.Max)
	}
	return time.Duration(d * (1 - b.Jitter*r))
}

// Options configure a Client. Only Token is required (any string works
// against `notecoder serve --dev`).
type Options struct {
	// Token is the bearer token sent in hello.
	Token string
	// Client names the plugin ("my-plugin/1.2"), sent in hello with the SDK
	// version.
	Client string
	// PositionEncoding is the unit of every offset (edits and evidence);
	// the zero value is UTF-16, what JavaScript editors count.
	PositionEncoding protocol.Encoding
	// Findings asks for the findings delta (every mention with its assertion).
	Findings bool
	// NoReconnect turns automatic reconnection off: a dropped connection
	// closes the Client.
	NoReconnect bool
	// Backoff is the reconnect schedule.
	Backoff Backoff
	// HelloTimeout bounds the wait for welcome (default 10 s).
	HelloTimeout time.Duration
	// WriteTimeout bounds every write (default 10 s).
	WriteTimeout time.Duration
	// IdleTimeout drops a connection on which nothing (not even the server's
	// 30 s pings) arrived for this long (default 90 s; negative: never).
	IdleTimeout time.Duration
	// Dialer overrides the WebSocket dialer (TLS settings, proxies).
	Dialer *websocket.Dialer
	// Header is sent with the upgrade request.
	Header http.Header

	// OnResult is called for every result applied to a document (results
	// that are ignored because they are older than what was applied, or
	// because they precede the reset after an open, are not reported).
	OnResult func(d *Doc, r *protocol.Result)
	// OnAck is called once for every version sent (open or change) when a
	// result for it or a newer version is applied, with the time from
	// sending to that result.
	OnAck func(d *Doc, version int64, rtt time.Duration)
	// OnQuery is called when a CDI query about an open document arrives or
	// changes.
	OnQuery func(q protocol.QueryObject)
	// OnError is called for server errors not returned to a waiting call
	// (d is the document the error names, when open) and for frames the SDK
	// cannot read. Document errors that a resync repairs (version_mismatch,
	// doc_not_open, range_out_of_bounds, rate_limited) are reported too.
	OnError func(d *Doc, err error)
	// OnWorklist is called for every worklist push (after SubscribeWorklist).
	OnWorklist func(w *protocol.Worklist)
	// OnStatus is called when the connection state changes; err is why it
	// dropped or closed (nil otherwise).
	OnStatus func(s Status, err error)
}

// Client is one connection to a notecoder server shared by any number of
// documents. Create it with Dial; Close it when done.
type Client struct {
	url  string
	opts Options

	wmu sync.Mutex // serialises frame writes on the connection

	mu       sync.Mutex
	conn     *websocket.Conn // nil while reconnecting
	gen      uint64          // connection generation; incremented on every (re)connect
	welcome  protocol.Welcome
	docs     map[string]*Doc
	waiters  map[string]chan error
	worklist bool // resubscribe after reconnect
	queries  map[string]protocol.QueryObject
	status   Status
	closeErr error

	parser    fastjson.Parser // reader goroutine only
	nextID    atomic.Uint64
	closeOnce sync.Once
	closed    chan struct{} // closed by Close or a fatal refusal
	done      chan struct{} // closed when the reader goroutine has ended
}

// NormalizeURL turns "host:port", "http://host:port" or "ws://host:port" into
// the WebSocket endpoint URL (ws/wss scheme, path /v1/ws when none given).
func NormalizeURL(raw string) (string, error) {
	if raw == "" {
		return "", errors.New("ncclient: empty server address")
	}
	if !strings.Contains(raw, "://") {
		raw = "ws://" + raw
	}
	u, err := url.Parse(raw)
	if err != nil {
		return "", fmt.Errorf("ncclient: bad server address: %w", err)
	}
	switch u.Scheme {
	case "ws", "wss":
	case "http":
		u.Scheme = "ws"
	case "https":
		u.Scheme = "wss"
	default:
		return "", fmt.Errorf("ncclient: unsupported scheme %q (want ws, wss, http or https)", u.Scheme)
	}
	if u.Host == "" {
		return "", fmt.Errorf("ncclient: no host in %q", raw)
	}
	if u.Path == "" || u.Path == "/" {
		u.Path = protocol.Path
	}
	return u.String(), nil
}

// Dial connects, sends hello and waits for welcome (bounded by ctx and
// Options.HelloTimeout). A refused hello returns a *ServerError (errors.Is
// protocol.ErrUnauthorized); the first connection is not retried, so a
// caller learns at once that an address or token is wrong. Later drops are
// retried with backoff unless Options.NoReconnect.
func Dial(ctx context.Context, rawURL string, opts Options) (*Client, error) {
	u, err := NormalizeURL(rawURL)
	if err != nil {
		return nil, err
	}
	if opts.HelloTimeout <= 0 {
		opts.HelloTimeout = 10 * time.Second
	}
	if opts.WriteTimeout <= 0 {
		opts.WriteTimeout = 10 * time.Second
	}
	if opts.IdleTimeout == 0 {
		opts.IdleTimeout = 90 * time.Second
	}
	opts.Backoff = opts.Backoff.withDefaults()
	c := &Client{
		url:     u,
		opts:    opts,
		docs:    map[string]*Doc{},
		waiters: map[string]chan error{},
		queries: map[string]protocol.QueryObject{},
		closed:  make(chan struct{}),
		done:    make(chan struct{}),
	}
	c.setStatus(StatusConnecting, nil)
	conn, w, err := c.connect(ctx)
	if err != nil {
		c.setStatus(StatusClosed, err)
		return nil, err
	}
	c.attach(conn, w)
	go c.run(conn)
	return c, nil
}

// connect dials and performs hello/welcome on a new connection.
func (c *Client) connect(ctx context.Context) (*websocket.Conn, protocol.Welcome, error) {
	d := c.opts.Dialer
	if d == nil {
		d = &websocket.Dialer{HandshakeTimeout: c.opts.HelloTimeout, ReadBufferSize: 4096, WriteBufferSize: 4096}
	}
	dd := *d
	dd.Subprotocols = []string{protocol.Subprotocol}
	ctx, cancel := context.WithTimeout(ctx, c.opts.HelloTimeout)
	defer cancel()
	conn, resp, err := dd.DialContext(ctx, c.url, c.opts.Header)
	if err != nil {
		if resp != nil {
			return nil, protocol.Welcome{}, fmt.Errorf("ncclient: dial %s: %w (HTTP %d)", c.url, err, resp.StatusCode)
		}
		return nil, protocol.Welcome{}, fmt.Errorf("ncclient: dial %s: %w", c.url, err)
	}
	fail := func(err error) (*websocket.Conn, protocol.Welcome, error) {
		conn.Close()
		return nil, protocol.Welcome{}, err
	}
	if conn.Subprotocol() != protocol.Subprotocol {
		return fail(fmt.Errorf("ncclient: %s did not select subprotocol %s", c.url, protocol.Subprotocol))
	}
	name := Version
	if c.opts.Client != "" {
		name = c.opts.Client + " " + Version
	}
	hello, err := json.Marshal(protocol.Hello{ID: "hello", Token: c.opts.Token, Client: name,
		PositionEncoding: c.opts.PositionEncoding, Findings: c.opts.Findings})
	if err != nil {
		return fail(fmt.Errorf("ncclient: encode hello: %w", err))
	}
	deadline, _ := ctx.Deadline()
	conn.SetWriteDeadline(deadline)
	if err := conn.WriteMessage(websocket.TextMessage, hello); err != nil {
		return fail(fmt.Errorf("ncclient: send hello: %w", err))
	}
	conn.SetReadDeadline(deadline)
	stop := context.AfterFunc(ctx, func() { conn.SetReadDeadline(time.Now()) })
	defer stop()
	for {
		_, data, err := conn.ReadMessage()
		if err != nil {
			return fail(fmt.Errorf("ncclient: waiting for welcome: %w", err))
		}
		m, err := protocol.DecodeServer(data)
		if err != nil {
			return fail(fmt.Errorf("ncclient: waiting for welcome: %w", err))
		}
		switch m := m.(type) {
		case *protocol.Welcome:
			conn.SetReadDeadline(time.Time{})
			conn.SetWriteDeadline(time.Time{})
			if m.PositionEncoding != c.opts.PositionEncoding {
				return fail(fmt.Errorf("ncclient: server chose encoding %s, asked for %s", m.PositionEncoding, c.opts.PositionEncoding))
			}
			return conn, *m, nil
		case *protocol.Error:
			return fail(newServerError(m))
		}
		// Anything else before welcome is ignored (a newer server may push).
	}
}

// attach makes conn the current connection and resyncs every document on it.
func (c *Client) attach(conn *websocket.Conn, w protocol.Welcome) {
	c.mu.Lock()
	c.conn = conn
	c.gen++
	gen := c.gen
	c.welcome = w
	docs := make([]*Doc, 0, len(c.docs))
	for _, d := range c.docs {
		docs = append(docs, d)
	}
	resub := c.worklist
	c.mu.Unlock()
	c.setStatus(StatusOpen, nil)
	if c.opts.IdleTimeout > 0 {
		conn.SetReadDeadline(time.Now().Add(c.opts.IdleTimeout))
	}
	conn.SetPingHandler(func(data string) error {
		if c.opts.IdleTimeout > 0 {
			conn.SetReadDeadline(time.Now().Add(c.opts.IdleTimeout))
		}
		err := conn.WriteControl(websocket.PongMessage, []byte(data), time.Now().Add(c.opts.WriteTimeout))
		if errors.Is(err, websocket.ErrCloseSent) {
			return nil
		}
		return err
	})
	for _, d := range docs {
		d.resync()
	}
	if resub {
		if b, err := json.Marshal(protocol.Subscribe{Topic: protocol.TopicWorklist}); err == nil {
			c.writeGen(gen, b)
		}
	}
}

// run is the reader goroutine: it reads frames until the connection ends,
// then reconnects (with backoff) or closes the client.
func (c *Client) run(conn *websocket.Conn) {
	defer close(c.done)
	for {
		err := c.readLoop(conn)
		c.detach(err)
		if fatal := c.isFatal(err); fatal != nil {
			c.shutdown(fatal)
			return
		}
		conn = c.reconnect(err)
		if conn == nil {
			return
		}
	}
}

func (c *Client) readLoop(conn *websocket.Conn) error {
	for {
		_, data, err := conn.ReadMessage()
		if err != nil {
			return err
		}
		if c.opts.IdleTimeout > 0 {
			conn.SetReadDeadline(time.Now().Add(c.opts.IdleTimeout))
		}
		c.handle(data)
	}
}

// detach forgets the dead connection and fails every request waiting for a
// confirmation on it.
func (c *Client) detach(err error) {
	c.mu.Lock()
	if c.conn != nil {
		c.conn.Close()
	}
	c.conn = nil
	waiters := c.waiters
	c.waiters = map[string]chan error{}
	c.mu.Unlock()
	for _, ch := range waiters {
		ch <- fmt.Errorf("%w: %v", ErrDisconnected, err)
	}
}

// isFatal returns the error to close with when reconnecting is off or cannot
// help: Close was called, or the server refused the session by policy or
// because the token expired.
func (c *Client) isFatal(err error) error {
	select {
	case <-c.closed:
		return ErrClosed
	default:
	}
	if c.opts.NoReconnect {
		return fmt.Errorf("%w: connection lost: %v", ErrClosed, err)
	}
	var ce *websocket.CloseError
	if errors.As(err, &ce) && (ce.Code == protocol.ClosePolicy || ce.Code == protocol.CloseTokenExpired) {
		return fmt.Errorf("%w: server closed the session: %d %s", ErrClosed, ce.Code, ce.Text)
	}
	return nil
}

// reconnect retries with backoff until a connection is attached (returned)
// or the client is closed (nil).
func (c *Client) reconnect(cause error) *websocket.Conn {
	c.setStatus(StatusReconnecting, cause)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	go func() {
		select {
		case <-c.closed:
			cancel()
		case <-ctx.Done():
		}
	}()
	for attempt := 0; ; attempt++ {
		t := time.NewTimer(c.opts.Backoff.Delay(attempt, rand.Float64()))
		select {
		case <-c.closed:
			t.Stop()
			c.shutdown(ErrClosed)
			return nil
		case <-t.C:
		}
		conn, w, err := c.connect(ctx)
		if err == nil {
			c.attach(conn, w)
			return conn
		}
		var se *ServerError
		if errors.As(err, &se) && se.Code == protocol.CodeUnauthorized {
			c.shutdown(fmt.Errorf("%w: reconnect refused: %w", ErrClosed, err))
			return nil
		}
		c.setStatus(StatusReconnecting, err)
	}
}

// shutdown marks the client closed for good and wakes every waiter.
func (c *Client) shutdown(err error) {
	c.closeOnce.Do(func() { close(c.closed) })
	c.mu.Lock()
	if c.closeErr == nil {
		c.closeErr = err
	}
	conn := c.conn
	c.conn = nil
	waiters := c.waiters
	c.waiters = map[string]chan error{}
	c.mu.Unlock()
	if conn != nil {
		conn.Close()
	}
	for _, ch := range waiters {
		ch <- ErrClosed
	}
	c.setStatus(StatusClosed, err)
}

func (c *Client) setStatus(s Status, err error) {
	c.mu.Lock()
	if c.status == StatusClosed || (c.status == s && err == nil) {
		c.mu.Unlock()
		return
	}
	c.status = s
	c.mu.Unlock()
	if c.opts.OnStatus != nil {
		c.opts.OnStatus(s, err)
	}
}

// handle dispatches one server frame (reader goroutine).
func (c *Client) handle(data []byte) {
	m, err := decodeServer(&c.parser, data)
	if err != nil {
		c.report(nil, fmt.Errorf("ncclient: unreadable frame: %w", err))
		return
	}
	switch m := m.(type) {
	case *protocol.Result:
		d := c.Doc(m.Doc)
		if d == nil {
			return
		}
		applied, acks := d.applyResult(m, time.Now())
		if !applied {
			return
		}
		for _, a := range acks {
			c.opts.OnAck(d, a.Version, a.RTT)
		}
		if c.opts.OnResult != nil {
			c.opts.OnResult(d, m)
		}
		d.notify(m.Version)
	case *protocol.Error:
		se := newServerError(m)
		if se.Ref != "" && c.deliver(se.Ref, se) {
			return
		}
		d := c.Doc(se.Doc)
		if d != nil {
			d.serverError(se)
		}
		c.report(d, se)
	case *protocol.OK:
		if m.Ref != "" {
			c.deliver(m.Ref, nil)
		}
	case *protocol.Pong:
		if m.Ref != "" {
			c.deliver(m.Ref, nil)
		}
	case *protocol.QueryPush:
		c.mu.Lock()
		c.queries[m.Query.ID] = m.Query
		c.mu.Unlock()
		if c.opts.OnQuery != nil {
			c.opts.OnQuery(m.Query)
		}
	case *protocol.Worklist:
		if c.opts.OnWorklist != nil {
			c.opts.OnWorklist(m)
		}
	}
}

func (c *Client) report(d *Doc, err error) {
	if c.opts.OnError != nil {
		c.opts.OnError(d, err)
	}
}

// deliver completes the request with id ref; false when nobody waits for it.
func (c *Client) deliver(ref string, err error) bool {
	c.mu.Lock()
	ch, ok := c.waiters[ref]
	delete(c.waiters, ref)
	c.mu.Unlock()
	if ok {
		ch <- err
	}
	return ok
}

// writeGen writes frame on the connection of generation gen; it writes
// nothing (and returns false) when that connection is gone, because the next
// one resyncs every document anyway.
func (c *Client) writeGen(gen uint64, frame []byte) bool {
	c.mu.Lock()
	conn := c.conn
	if conn == nil || c.gen != gen {
		c.mu.Unlock()
		return false
	}
	c.mu.Unlock()
	c.wmu.Lock()
	defer c.wmu.Unlock()
	conn.SetWriteDeadline(time.Now().Add(c.opts.WriteTimeout))
	if err := conn.WriteMessage(websocket.TextMessage, frame); err != nil {
		// The reader sees the broken connection and reconnects.
		conn.Close()
		return false
	}
	return true
}

// currentGen returns the generation of the live connection (0 when none).
func (c *Client) currentGen() uint64 {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.conn == nil {
		return 0
	}
	return c.gen
}

// request sends a message that the server confirms with ok (or pong) and
// waits for the confirmation, the matching error, ctx, or a disconnect.
func (c *Client) request(ctx context.Context, build func(id string) protocol.Message) error {
	id := "r-" + strconv.FormatUint(c.nextID.Add(1), 36)
	frame, err := protocol.Encode(nil, build(id))
	if err != nil {
		return err
	}
	ch := make(chan error, 1)
	c.mu.Lock()
	select {
	case <-c.closed:
		c.mu.Unlock()
		return ErrClosed
	default:
	}
	if c.conn == nil {
		c.mu.Unlock()
		return ErrNotConnected
	}
	gen := c.gen
	c.waiters[id] = ch
	c.mu.Unlock()
	if !c.writeGen(gen, frame) {
		c.mu.Lock()
		_, mine := c.waiters[id]
		delete(c.waiters, id)
		c.mu.Unlock()
		if mine {
			return ErrNotConnected
		}
		return <-ch
	}
	select {
	case err := <-ch:
		return err
	case <-ctx.Done():
		c.mu.Lock()
		delete(c.waiters, id)
		c.mu.Unlock()
		return ctx.Err()
	}
}

// Welcome returns the welcome of the current (or last) connection: the
// session id, the position encoding in force, the limits and the identity.
func (c *Client) Welcome() protocol.Welcome {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.welcome
}

// Status returns the connection state.
func (c *Client) Status() Status {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.status
}

// Err returns why the client closed (nil while it is not closed).
func (c *Client) Err() error {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.closeErr
}

// Done is closed when the reader goroutine has ended (after Close, or when
// the server refused the session for good).
func (c *Client) Done() <-chan struct{} { return c.done }

// Doc returns the open document with id, or nil.
func (c *Client) Doc(id string) *Doc {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.docs[id]
}

// Docs returns the open documents (in no particular order).
func (c *Client) Docs() []*Doc {
	c.mu.Lock()
	defer c.mu.Unlock()
	out := make([]*Doc, 0, len(c.docs))
	for _, d := range c.docs {
		out = append(out, d)
	}
	return out
}

// Queries returns the CDI queries pushed to this client, latest state of
// each (any status).
func (c *Client) Queries() []protocol.QueryObject {
	c.mu.Lock()
	defer c.mu.Unlock()
	out := make([]protocol.QueryObject, 0, len(c.queries))
	for _, q := range c.queries {
		out = append(out, q)
	}
	return out
}

// Open registers a document and sends `open` with text and the encounter
// context (now, or on the next connection when reconnecting). Opening an id
// that is already open resets it to the new text and context. The text must
// fit welcome.limits.maxDocBytes (protocol.ErrDocTooLarge, nothing sent).
func (c *Client) Open(doc, text string, ctx protocol.Context) (*Doc, error) {
	if doc == "" || len(doc) > protocol.MaxDocIDBytes {
		return nil, fmt.Errorf("%w: document id must be 1 to %d bytes", protocol.ErrBadMessage, protocol.MaxDocIDBytes)
	}
	if err := c.checkSize(len(text)); err != nil {
		return nil, err
	}
	c.mu.Lock()
	select {
	case <-c.closed:
		c.mu.Unlock()
		return nil, ErrClosed
	default:
	}
	d := c.docs[doc]
	if d == nil {
		d = newDoc(c, doc)
		c.docs[doc] = d
	}
	c.mu.Unlock()
	d.reopen(text, ctx)
	return d, nil
}

func (c *Client) checkSize(n int) error {
	c.mu.Lock()
	max := c.welcome.Limits.MaxDocBytes
	c.mu.Unlock()
	if max > 0 && n > max {
		return fmt.Errorf("%w: %d bytes, the server takes at most %d", protocol.ErrDocTooLarge, n, max)
	}
	return nil
}

// Feedback records a verdict on a code or prompt id of an open document and
// waits for the server's confirmation (ok, sent once the record is durable).
// The ID field is set by the SDK.
func (c *Client) Feedback(ctx context.Context, fb protocol.Feedback) error {
	return c.request(ctx, func(id string) protocol.Message { fb.ID = id; return &fb })
}

// Answer answers a CDI query (option is an index into its options, text
// optional free text) and waits until the server confirms it is durable.
func (c *Client) Answer(ctx context.Context, queryID string, option int, text string) error {
	return c.request(ctx, func(id string) protocol.Message {
		return &protocol.Answer{ID: id, Query: queryID, Option: option, Text: text}
	})
}

// SubscribeWorklist asks for live worklist pushes (roles cdi or admin),
// delivered to Options.OnWorklist; the subscription is renewed after every
// reconnect.
func (c *Client) SubscribeWorklist(ctx context.Context) error {
	err := c.request(ctx, func(id string) protocol.Message {
		return &protocol.Subscribe{ID: id, Topic: protocol.TopicWorklist}
	})
	if err == nil {
		c.mu.Lock()
		c.worklist = true
		c.mu.Unlock()
	}
	return err
}

// UnsubscribeWorklist stops the worklist pushes.
func (c *Client) UnsubscribeWorklist(ctx context.Context) error {
	c.mu.Lock()
	c.worklist = false
	c.mu.Unlock()
	return c.request(ctx, func(id string) protocol.Message {
		return &protocol.Unsubscribe{ID: id, Topic: protocol.TopicWorklist}
	})
}

// Ping sends an application-level ping and returns the round-trip time.
func (c *Client) Ping(ctx context.Context) (time.Duration, error) {
	t0 := time.Now()
	err := c.request(ctx, func(id string) protocol.Message { return &protocol.Ping{ID: id} })
	return time.Since(t0), err
}

// Close closes the connection (1000) and stops reconnecting. Documents stay
// readable; edits return ErrClosed. It does not wait for the reader
// goroutine (use Done), so it may be called from a callback.
func (c *Client) Close() error {
	c.mu.Lock()
	conn := c.conn
	c.mu.Unlock()
	c.closeOnce.Do(func() { close(c.closed) })
	if conn != nil {
		conn.WriteControl(websocket.CloseMessage, websocket.FormatCloseMessage(websocket.CloseNormalClosure, ""),
			time.Now().Add(time.Second))
	}
	c.shutdown(ErrClosed)
	return nil
}
