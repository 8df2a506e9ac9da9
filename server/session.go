package server

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"net/http"
	"strconv"
	"sync"
	"sync/atomic"
	"time"

	"github.com/gorilla/websocket"
	"go.uber.org/zap"

	"notecoder/cdi/model"
	"notecoder/incremental"
	"notecoder/protocol"
	"notecoder/server/auth"
)

// Close codes with typed reasons beyond RFC 6455's.
const (
	closeSlowConsumer = protocol.CloseSlowConsumer
)

// session is one WebSocket connection after its hello.
type session struct {
	srv   *Server
	conn  *websocket.Conn
	id    string
	ident auth.Identity
	enc   protocol.Encoding
	out   *outbox

	findings  bool
	worklist  atomic.Bool
	limiter   bucket               // reader-owned
	docs      map[string]*docState // reader-owned
	closeOnce sync.Once
	closing   chan struct{} // closed when the session must end
	closeCode int
	closeText string
}

func (s *Server) serveWS(w http.ResponseWriter, r *http.Request) {
	if s.draining.Load() {
		http.Error(w, "shutting down", http.StatusServiceUnavailable)
		return
	}
	if n := s.conns.Add(1); n > int64(s.cfg.MaxConns) {
		s.conns.Add(-1)
		s.metrics.closes.WithLabelValues("max_connections").Inc()
		http.Error(w, "too many connections", http.StatusServiceUnavailable)
		return
	}
	conn, err := s.upgrader.Upgrade(w, r, nil)
	if err != nil {
		s.conns.Add(-1)
		return // the upgrader has answered
	}
	s.wg.Add(1)
	go func() {
		defer s.wg.Done()
		defer s.conns.Add(-1)
		s.runConn(conn)
	}()
}

// runConn performs the hello exchange and then becomes the session's reader.
func (s *Server) runConn(conn *websocket.Conn) {
	conn.SetReadLimit(int64(s.cfg.MaxMessageBytes))
	conn.SetReadDeadline(time.Now().Add(s.cfg.HelloTimeout))
	var parser protocol.Parser
	_, data, err := conn.ReadMessage()
	if err != nil {
		s.closeRaw(conn, err, websocket.ClosePolicyViolation, "hello expected")
		return
	}
	msg, err := parser.Parse(data)
	hello, ok := msg.(*protocol.Hello)
	if err != nil || !ok {
		s.metrics.closes.WithLabelValues("no_hello").Inc()
		s.closeNow(conn, websocket.ClosePolicyViolation, "the first message must be hello")
		return
	}
	ident, err := s.authenticate(hello.Token)
	if err != nil {
		s.metrics.errors.WithLabelValues(protocol.CodeUnauthorized).Inc()
		s.metrics.closes.WithLabelValues("unauthorized").Inc()
		e := protocol.Error{Code: protocol.CodeUnauthorized, Message: "token rejected", Ref: hello.ID}
		conn.SetWriteDeadline(time.Now().Add(s.cfg.WriteTimeout))
		conn.WriteMessage(websocket.TextMessage, encode(&e))
		s.closeNow(conn, websocket.ClosePolicyViolation, "unauthorized")
		return
	}
	sess := &session{
		srv:      s,
		conn:     conn,
		id:       "s-" + strconv.FormatUint(s.nextSess.Add(1), 36),
		ident:    ident,
		enc:      hello.PositionEncoding,
		out:      newOutbox(s.cfg.OutboxBytes),
		findings: hello.Findings,
		limiter:  newBucket(s.cfg.ConnRate, s.cfg.ConnBurst),
		docs:     map[string]*docState{},
		closing:  make(chan struct{}),
	}
	s.mu.Lock()
	s.sessions[sess] = struct{}{}
	s.mu.Unlock()
	s.metrics.sessions.Inc()
	defer func() {
		s.mu.Lock()
		delete(s.sessions, sess)
		s.mu.Unlock()
		s.metrics.sessions.Dec()
	}()
	welcome := protocol.Welcome{
		Session:          sess.id,
		PositionEncoding: sess.enc,
		Codeset:          s.cfg.Codeset,
		Server:           s.cfg.Version,
		Limits: protocol.Limits{MaxMessageBytes: s.cfg.MaxMessageBytes, MaxDocBytes: s.cfg.MaxDocBytes,
			MaxDocs: s.cfg.MaxDocs, MessagesPerSecond: s.cfg.ConnRate},
		Identity: protocol.Identity{Tenant: ident.Tenant, User: ident.User, Roles: ident.Roles},
		Findings: hello.Findings,
	}
	sess.out.push(encode(&welcome))
	writerDone := make(chan struct{})
	go func() {
		defer close(writerDone)
		sess.writer()
	}()
	s.log.Debug("session open", zap.String("session", sess.id), zap.String("tenant", ident.Tenant),
		zap.String("client", hello.Client), zap.String("encoding", sess.enc.String()))
	sess.reader(&parser)
	sess.closeWith(websocket.CloseNormalClosure, "")
	<-writerDone
	sess.cleanup()
}

func (s *Server) authenticate(token string) (auth.Identity, error) {
	if token == "" && !s.cfg.Dev {
		return auth.Identity{}, errors.New("empty token")
	}
	return s.auth.Verify(token, time.Now())
}

// closeRaw handles a failed first read: an oversized frame is 1009, anything
// else is the given policy close.
func (s *Server) closeRaw(conn *websocket.Conn, err error, code int, text string) {
	if errors.Is(err, websocket.ErrReadLimit) {
		s.metrics.closes.WithLabelValues("message_too_big").Inc()
		s.closeNow(conn, websocket.CloseMessageTooBig, "frame larger than maxMessageBytes")
		return
	}
	s.metrics.closes.WithLabelValues("no_hello").Inc()
	s.closeNow(conn, code, text)
}

func (s *Server) closeNow(conn *websocket.Conn, code int, text string) {
	conn.WriteControl(websocket.CloseMessage, websocket.FormatCloseMessage(code, text), time.Now().Add(time.Second))
	conn.Close()
}

// logger returns a logger naming the session and tenant. It is built on
// demand (logging is rare) so an idle session holds no logger of its own.
func (sess *session) logger() *zap.Logger {
	return sess.srv.log.With(zap.String("session", sess.id), zap.String("tenant", sess.ident.Tenant))
}

// closeWith asks the session to end with a close code: the reader stops, the
// writer flushes what is pending, sends the close frame and closes.
func (sess *session) closeWith(code int, text string) {
	sess.closeOnce.Do(func() {
		sess.closeCode, sess.closeText = code, text
		close(sess.closing)
		sess.out.signal()
		// Unblock the reader.
		sess.conn.SetReadDeadline(time.Now())
	})
}

// reader reads and handles frames until the connection ends.
func (sess *session) reader(parser *protocol.Parser) {
	s := sess.srv
	sess.conn.SetReadDeadline(time.Now().Add(2 * s.cfg.PingInterval))
	sess.conn.SetPongHandler(func(string) error {
		sess.conn.SetReadDeadline(time.Now().Add(2 * s.cfg.PingInterval))
		return nil
	})
	for {
		buf, err := readFrame(sess.conn)
		if err != nil {
			if errors.Is(err, websocket.ErrReadLimit) {
				s.metrics.closes.WithLabelValues("message_too_big").Inc()
				sess.closeWith(websocket.CloseMessageTooBig, "frame larger than maxMessageBytes")
			}
			return
		}
		select {
		case <-sess.closing:
			putFrame(buf)
			return
		default:
		}
		now := time.Now()
		sess.conn.SetReadDeadline(now.Add(2 * s.cfg.PingInterval))
		// Parsed messages own their memory, so the frame buffer goes back
		// to the pool at once.
		msg, err := parser.Parse(buf.Bytes())
		putFrame(buf)
		if err != nil {
			var pe *protocol.ParseError
			if errors.As(err, &pe) {
				sess.sendError(err, pe.Doc, pe.ID, nil)
			} else {
				sess.sendError(err, "", "", nil)
			}
			continue
		}
		s.metrics.messages.WithLabelValues(msg.MessageType()).Inc()
		if ok, wait := sess.limiter.take(now); !ok {
			sess.sendRateLimited(msg, wait)
			continue
		}
		if ok, wait := s.global.take(now); !ok {
			sess.sendRateLimited(msg, wait)
			continue
		}
		sess.handle(msg, now)
	}
}

// framePool holds read buffers shared by every connection: a keystroke frame
// costs no allocation, and an idle connection holds no buffer.
var framePool = sync.Pool{New: func() any { return new(bytes.Buffer) }}

// readFrame reads the next data message into a pooled buffer; the caller
// returns it with putFrame.
func readFrame(conn *websocket.Conn) (*bytes.Buffer, error) {
	_, r, err := conn.NextReader()
	if err != nil {
		return nil, err
	}
	buf := framePool.Get().(*bytes.Buffer)
	buf.Reset()
	if _, err := buf.ReadFrom(r); err != nil {
		putFrame(buf)
		return nil, err
	}
	return buf, nil
}

// putFrame returns a buffer to the pool, unless a large frame grew it: the
// pool should hold keystroke-sized buffers, not a long note's `open`.
func putFrame(buf *bytes.Buffer) {
	if buf.Cap() <= 64<<10 {
		framePool.Put(buf)
	}
}

func (sess *session) sendRateLimited(msg protocol.Message, wait time.Duration) {
	e := protocol.Error{Code: protocol.CodeRateLimited, Message: "too many messages", Doc: protocol.DocOf(msg),
		Ref: protocol.IDOf(msg), RetryAfterMs: int(wait/time.Millisecond) + 1}
	sess.srv.metrics.errors.WithLabelValues(e.Code).Inc()
	sess.push(encode(&e))
}

// sendError sends an error frame for err (which wraps a protocol sentinel).
func (sess *session) sendError(err error, doc, ref string, version *int64) {
	code := protocol.CodeOf(err)
	msg := err.Error()
	if code == protocol.CodeInternal {
		sess.logger().Error("internal error", zap.Error(err))
		msg = "internal error"
	}
	e := protocol.Error{Code: code, Message: msg, Doc: doc, Ref: ref, Version: version}
	sess.srv.metrics.errors.WithLabelValues(code).Inc()
	sess.push(encode(&e))
}

func (sess *session) push(data []byte) {
	if sess.out.push(data) {
		sess.srv.metrics.closes.WithLabelValues("slow_consumer").Inc()
		sess.closeWith(closeSlowConsumer, "slow_consumer")
	}
}

func (sess *session) ok(ref string) {
	if ref != "" {
		sess.push(encode(&protocol.OK{Ref: ref}))
	}
}

// handle dispatches one valid message.
func (sess *session) handle(msg protocol.Message, now time.Time) {
	switch m := msg.(type) {
	case *protocol.Hello:
		sess.sendError(fmt.Errorf("%w: hello was already received", protocol.ErrBadMessage), "", m.ID, nil)
	case *protocol.Open:
		sess.open(m, now)
	case *protocol.Change:
		sess.change(m, now)
	case *protocol.Close:
		sess.closeDoc(m)
	case *protocol.Feedback:
		sess.feedback(m)
	case *protocol.Answer:
		sess.answer(m)
	case *protocol.Subscribe:
		sess.subscribe(m)
	case *protocol.Unsubscribe:
		sess.unsubscribe(m)
	case *protocol.Ping:
		sess.push(encode(&protocol.Pong{Ref: m.ID}))
	default:
		sess.sendError(fmt.Errorf("%w: %s", protocol.ErrUnknownType, msg.MessageType()), "", "", nil)
	}
}

func (sess *session) open(m *protocol.Open, now time.Time) {
	s := sess.srv
	old := sess.docs[m.Doc]
	if old == nil && len(sess.docs) >= s.cfg.MaxDocs {
		sess.sendError(fmt.Errorf("%w: at most %d open documents per connection", protocol.ErrTooManyDocs, s.cfg.MaxDocs), m.Doc, m.ID, nil)
		return
	}
	if len(m.Text) > s.cfg.MaxDocBytes {
		sess.sendError(fmt.Errorf("%w: %d bytes, limit %d", protocol.ErrDocTooLarge, len(m.Text), s.cfg.MaxDocBytes), m.Doc, m.ID, nil)
		return
	}
	ctx := m.Context
	if ctx.Setting == "" {
		ctx.Setting = model.Outpatient
	}
	doc, err := incremental.NewDocument(m.Doc, int(m.Version), m.Text, ctx, s.split, s.cfg.MaxDocBytes)
	if err != nil {
		sess.sendError(wireErr(err), m.Doc, m.ID, nil)
		return
	}
	d := &docState{sess: sess, id: m.Doc, doc: doc, mapper: protocol.NewMapper(sess.enc, m.Text),
		differ: incremental.NewDiffer(), dismissed: map[string]bool{}}
	d.memo.Findings = sess.findings
	if old != nil {
		old.mu.Lock()
		old.dead = true
		// Dismissals are about the document, not this open.
		for k := range old.dismissed {
			d.dismissed[k] = true
		}
		old.mu.Unlock()
	} else {
		s.metrics.documents.Inc()
	}
	sess.docs[m.Doc] = d
	s.hub.add(sess, d)
	if s.flow != nil {
		// Dismissals outlive the session: a dismissed prompt never comes
		// back for this document.
		keys, err := s.flow.store.DismissedKeys(context.Background(), sess.ident.Tenant, m.Doc)
		if err != nil {
			sess.logger().Warn("loading dismissals", zap.Error(err))
		}
		for _, k := range keys {
			d.dismissed[k] = true
		}
	}
	d.mu.Lock()
	d.editedLocked(s, now)
	d.mu.Unlock()
}

func (sess *session) change(m *protocol.Change, now time.Time) {
	d := sess.docs[m.Doc]
	if d == nil {
		sess.sendError(fmt.Errorf("%w: open the document first", protocol.ErrDocNotOpen), m.Doc, m.ID, nil)
		return
	}
	d.mu.Lock()
	defer d.mu.Unlock()
	cur := int64(d.doc.Version())
	if m.Version != cur+1 {
		sess.sendError(fmt.Errorf("%w: expected version %d", protocol.ErrVersionMismatch, cur+1), m.Doc, m.ID, &cur)
		return
	}
	if m.Text != nil {
		if err := d.doc.Replace(int(m.Version), *m.Text); err != nil {
			sess.sendError(wireErr(err), m.Doc, m.ID, nil)
			return
		}
		d.mapper.Reset(*m.Text)
	} else {
		// Convert changes nothing on error; the mapper is committed only
		// once the document accepted the edits, so both stay in step.
		edits, err := d.mapper.Convert(m.Changes)
		if err != nil {
			sess.sendError(err, m.Doc, m.ID, nil)
			return
		}
		bes := make([]incremental.Edit, len(edits))
		for i, e := range edits {
			bes[i] = incremental.Edit{Start: e.Start, End: e.End, Text: e.Text}
		}
		if err := d.doc.Change(int(m.Version), bes); err != nil {
			sess.sendError(wireErr(err), m.Doc, m.ID, nil)
			return
		}
		d.mapper.Commit(d.doc.Text(), edits)
	}
	d.editedLocked(sess.srv, now)
}

// wireErr maps an incremental error to its protocol sentinel.
func wireErr(err error) error {
	switch {
	case errors.Is(err, incremental.ErrVersionMismatch):
		return fmt.Errorf("%w: %v", protocol.ErrVersionMismatch, err)
	case errors.Is(err, incremental.ErrRangeOutOfBounds):
		return fmt.Errorf("%w: %v", protocol.ErrRangeOutOfBounds, err)
	case errors.Is(err, incremental.ErrDocTooLarge):
		return fmt.Errorf("%w: %v", protocol.ErrDocTooLarge, err)
	case errors.Is(err, incremental.ErrInvalidText):
		return fmt.Errorf("%w: %v", protocol.ErrBadMessage, err)
	}
	return err
}

func (sess *session) closeDoc(m *protocol.Close) {
	d := sess.docs[m.Doc]
	if d == nil {
		sess.sendError(fmt.Errorf("%w: not open", protocol.ErrDocNotOpen), m.Doc, m.ID, nil)
		return
	}
	sess.dropDoc(d)
	sess.ok(m.ID)
}

func (sess *session) dropDoc(d *docState) {
	d.mu.Lock()
	d.dead = true
	d.mu.Unlock()
	delete(sess.docs, d.id)
	sess.srv.hub.remove(sess, d.id)
	sess.srv.metrics.documents.Dec()
}

// cleanup forgets every document of an ended session.
func (sess *session) cleanup() {
	for _, d := range sess.docs {
		sess.dropDoc(d)
	}
	sess.srv.hub.unsubscribeAll(sess)
}

// writer writes queued frames and waiting results until the session closes.
func (sess *session) writer() {
	s := sess.srv
	ticker := time.NewTicker(s.cfg.PingInterval)
	defer ticker.Stop()
	defer sess.conn.Close()
	var frames []frame
	var ready []*docState
	var buf []byte
	for {
		select {
		case <-sess.out.wake:
		case <-ticker.C:
			if err := sess.conn.WriteControl(websocket.PingMessage, nil, time.Now().Add(s.cfg.WriteTimeout)); err != nil {
				sess.closeWith(websocket.CloseAbnormalClosure, "")
				return
			}
			continue
		case <-sess.closing:
		}
		closing := false
		select {
		case <-sess.closing:
			closing = true
			if sess.closeCode == websocket.CloseGoingAway || sess.closeCode == websocket.CloseNormalClosure {
				sess.awaitAnalyses(2 * time.Second)
			}
		default:
		}
		frames, ready = sess.out.take(frames, ready)
		s.metrics.queued.Set(float64(len(frames) + len(ready)))
		if closing && sess.closeCode == closeSlowConsumer {
			// The backlog is what the client could not read: drop it and
			// say why.
			frames, ready = frames[:0], ready[:0]
		}
		var err error
		for _, f := range frames {
			if err = sess.write(f.data); err != nil {
				break
			}
		}
		for _, d := range ready {
			if err != nil {
				break
			}
			buf, err = sess.writeResult(d, buf[:0])
		}
		if err != nil {
			return
		}
		if closing {
			code := sess.closeCode
			if code == websocket.CloseAbnormalClosure {
				return
			}
			sess.conn.WriteControl(websocket.CloseMessage, websocket.FormatCloseMessage(code, sess.closeText),
				time.Now().Add(time.Second))
			sess.out.shut()
			return
		}
	}
}

// awaitAnalyses waits, at most d, until no document of the session is being
// analysed, so a graceful close acknowledges every accepted version.
func (sess *session) awaitAnalyses(max time.Duration) {
	deadline := time.Now().Add(max)
	for time.Now().Before(deadline) {
		busy := false
		for _, d := range sess.docSnapshot() {
			d.mu.Lock()
			busy = busy || d.running
			d.mu.Unlock()
		}
		if !busy {
			return
		}
		time.Sleep(time.Millisecond)
	}
}

// docSnapshot lists the session's documents for the writer, which does not
// own the reader's map: the hub keeps a copy it can read under its lock.
func (sess *session) docSnapshot() []*docState {
	return sess.srv.hub.docsOf(sess)
}

func (sess *session) write(data []byte) error {
	sess.conn.SetWriteDeadline(time.Now().Add(sess.srv.cfg.WriteTimeout))
	return sess.conn.WriteMessage(websocket.TextMessage, data)
}
