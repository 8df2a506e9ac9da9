package server

import (
	"context"
	"fmt"
	"time"

	"notecoder/cdi/model"
	"notecoder/cdi/query"
	"notecoder/protocol"
)

// feedback records a verdict on a code or prompt the client holds. A
// dismissal takes effect at once (the prompt is removed from the client's set
// by the next result); the decision is stored durably before `ok`.
func (sess *session) feedback(m *protocol.Feedback) {
	d := sess.docs[m.Doc]
	if d == nil {
		sess.sendError(fmt.Errorf("%w: open the document first", protocol.ErrDocNotOpen), m.Doc, m.ID, nil)
		return
	}
	fb := query.Feedback{Tenant: sess.ident.Tenant, Doc: m.Doc, Target: m.Target, Action: m.Action,
		Reason: m.Reason, User: sess.ident.User, At: time.Now()}
	d.mu.Lock()
	text := d.doc.Text()
	if p, ok := d.differ.Prompt(m.Target); ok {
		fb.Kind, fb.Code, fb.Rule, fb.Key = query.FeedbackPrompt, p.Code, p.Kind, p.Key
		if fb.Key == "" {
			fb.Key = promptKey(p)
		}
		fb.Evidence = query.EvidenceOf(text, p.Evidence)
		if m.Action == protocol.ActionDismiss {
			d.dismissed[fb.Key] = true
			if d.pending == nil && d.lastMap != nil {
				// Re-send the last result so the client drops the prompt now.
				d.pending = &analysis{version: d.lastVer, res: d.last, mapper: d.lastMap, secs: d.lastSecs}
			}
		}
	} else if c, ok := d.differ.Code(m.Target); ok {
		fb.Kind, fb.Code, fb.Rule = query.FeedbackCode, c.Code, c.Rule
		fb.Evidence = query.EvidenceOf(text, c.Evidence)
		if m.Code != "" && m.Action == protocol.ActionAccept && len(c.Evidence) > 0 {
			// An accepted correction teaches the tenant a synonym: the
			// evidence phrase should have yielded the corrected code.
			if ph := phraseOf(text, c.Evidence[0]); ph != "" {
				fb.Code, fb.Phrase = m.Code, ph
			}
		}
	} else {
		d.mu.Unlock()
		sess.sendError(fmt.Errorf("%w: no code or prompt %q in this document", protocol.ErrNotFound, m.Target), m.Doc, m.ID, nil)
		return
	}
	d.mu.Unlock()
	if m.Action == protocol.ActionDismiss && fb.Kind == query.FeedbackPrompt {
		sess.out.markReady(d)
	}
	flow := sess.srv.flow
	if flow == nil {
		sess.ok(m.ID)
		return
	}
	// Durable write off the reader, so the editor's next keystrokes are not
	// held behind a disk flush; `ok` follows the commit.
	go func() {
		if err := flow.recordFeedback(fb); err != nil {
			sess.sendError(storeErr(err), m.Doc, m.ID, nil)
			return
		}
		sess.ok(m.ID)
	}()
}

// promptKey is the stable identity of a prompt without an engine key.
func promptKey(p model.Prompt) string { return p.Kind + "|" + p.Code }

// phraseOf returns the evidence text as a short phrase for a learned synonym,
// or "" when it is too long to be a clinical term.
func phraseOf(text string, sp model.Span) string {
	if sp.Start < 0 || sp.End > len(text) || sp.End-sp.Start > query.MaxPhraseBytes {
		return ""
	}
	return query.NormalizePhrase(text[sp.Start:sp.End])
}

// answer records the physician's answer to a query. The updated query reaches
// every editor with the document open (and the CDI specialist) through the
// store's change feed; `ok` follows the commit.
func (sess *session) answer(m *protocol.Answer) {
	flow := sess.srv.flow
	if flow == nil {
		sess.sendError(fmt.Errorf("%w: queries need a store", protocol.ErrNotFound), "", m.ID, nil)
		return
	}
	ident := sess.ident
	go func() {
		ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
		defer cancel()
		_, err := flow.store.UpdateQuery(ctx, ident.Tenant, m.Query, func(q *query.Query) error {
			return q.AnswerWith(m.Option, m.Text, ident.User, time.Now())
		})
		if err != nil {
			sess.sendError(storeErr(err), "", m.ID, nil)
			return
		}
		sess.ok(m.ID)
	}()
}

func (sess *session) subscribe(m *protocol.Subscribe) {
	if m.Topic != protocol.TopicWorklist {
		sess.sendError(fmt.Errorf("%w: unknown topic", protocol.ErrBadMessage), "", m.ID, nil)
		return
	}
	if !sess.ident.HasAny(protocol.RoleCDI, protocol.RoleAdmin) {
		sess.sendError(fmt.Errorf("%w: the worklist is for CDI specialists", protocol.ErrForbidden), "", m.ID, nil)
		return
	}
	sess.srv.hub.subscribe(sess)
	sess.ok(m.ID)
	if flow := sess.srv.flow; flow != nil {
		tenant := sess.ident.Tenant
		go func() {
			wl, err := flow.list(tenant, query.WorklistFilter{})
			if err == nil {
				sess.push(encode(&wl))
			}
		}()
	}
}

func (sess *session) unsubscribe(m *protocol.Unsubscribe) {
	sess.srv.hub.unsubscribe(sess)
	sess.ok(m.ID)
}
