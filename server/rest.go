package server

import (
	"context"
	_ "embed"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"strconv"
	"strings"
	"time"

	"notecoder/cdi/model"
	"notecoder/cdi/query"
	"notecoder/protocol"
	"notecoder/server/auth"
)

//go:embed openapi.json
var openapiJSON []byte

// maxRESTBody bounds a REST request body.
const maxRESTBody = 1 << 20

func (s *Server) restRoutes() {
	s.mux.HandleFunc("GET /v1/openapi.json", func(w http.ResponseWriter, _ *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		w.Write(openapiJSON)
	})
	s.mux.HandleFunc("POST /v1/queries", s.rest(s.createQuery, protocol.RoleCDI, protocol.RoleAdmin))
	s.mux.HandleFunc("GET /v1/queries/{id}", s.rest(s.getQuery))
	s.mux.HandleFunc("GET /v1/queries", s.rest(s.listQueries))
	s.mux.HandleFunc("POST /v1/queries/{id}/withdraw", s.rest(s.transitionQuery(query.Withdrawn), protocol.RoleCDI, protocol.RoleAdmin))
	s.mux.HandleFunc("POST /v1/queries/{id}/close", s.rest(s.transitionQuery(query.Closed), protocol.RoleCDI, protocol.RoleAdmin))
	s.mux.HandleFunc("POST /v1/queries/{id}/decline", s.rest(s.transitionQuery(query.Declined), protocol.RolePhysician))
	s.mux.HandleFunc("POST /v1/queries/{id}/answer", s.rest(s.answerQuery, protocol.RolePhysician))
	s.mux.HandleFunc("GET /v1/worklist", s.rest(s.getWorklist, protocol.RoleCDI, protocol.RoleAdmin))
	s.mux.HandleFunc("GET /v1/audit", s.rest(s.getAudit, protocol.RoleCDI, protocol.RoleAdmin))
	s.mux.HandleFunc("POST /v1/feedback", s.rest(s.postFeedback))
}

// restHandler serves one authenticated REST request; it returns the status
// and body to send, or an error wrapping a protocol sentinel.
type restHandler func(r *http.Request, id auth.Identity) (int, any, error)

// rest authenticates the bearer token, enforces roles (any of them; none
// means any authenticated user) and writes JSON answers and error bodies.
func (s *Server) rest(h restHandler, roles ...string) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		tok := strings.TrimSpace(strings.TrimPrefix(r.Header.Get("Authorization"), "Bearer "))
		id, err := s.authenticate(tok)
		if err != nil {
			writeError(w, fmt.Errorf("%w: missing, forged or expired token", protocol.ErrUnauthorized), nil)
			return
		}
		if len(roles) > 0 && !id.HasAny(roles...) {
			writeError(w, fmt.Errorf("%w: needs role %s", protocol.ErrForbidden, strings.Join(roles, " or ")), nil)
			return
		}
		r.Body = http.MaxBytesReader(w, r.Body, maxRESTBody)
		status, body, err := h(r, id)
		if err != nil {
			var le *query.LintError
			if errors.As(err, &le) {
				writeError(w, storeErr(err), le)
				return
			}
			writeError(w, err, nil)
			return
		}
		w.Header().Set("Content-Type", "application/json")
		w.WriteHeader(status)
		json.NewEncoder(w).Encode(body)
	}
}

func writeError(w http.ResponseWriter, err error, le *query.LintError) {
	var b protocol.HTTPErrorBody
	b.Error.Code = protocol.CodeOf(err)
	b.Error.Message = err.Error()
	if b.Error.Code == protocol.CodeInternal {
		b.Error.Message = "internal error"
	}
	if le != nil {
		b.Error.Message = "query refused by the compliance lint"
		for _, f := range le.Errors {
			b.Error.Findings = append(b.Error.Findings, protocol.LintFinding{Rule: f.Code, Message: f.Message})
		}
	}
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(protocol.HTTPStatus(err))
	json.NewEncoder(w).Encode(b)
}

func decodeBody(r *http.Request, v any) error {
	data, err := io.ReadAll(r.Body)
	if err != nil {
		return fmt.Errorf("%w: request body too large or unreadable", protocol.ErrBadMessage)
	}
	if err := json.Unmarshal(data, v); err != nil {
		return fmt.Errorf("%w: %v", protocol.ErrBadJSON, err)
	}
	return nil
}

func restCtx(r *http.Request) (context.Context, context.CancelFunc) {
	return context.WithTimeout(r.Context(), 10*time.Second)
}

// livePrompt finds a prompt of an open document on this node by wire id or
// stable key, with the document's current text (for the lint's indicator
// check).
func (s *Server) livePrompt(tenant, doc, ref string) (model.Prompt, string, bool, string) {
	var text string
	for _, d := range s.hub.holders(tenant, doc) {
		d.mu.Lock()
		text = d.doc.Text()
		p, ok := d.differ.Prompt(ref)
		if !ok {
			for _, q := range d.differ.Prompts() {
				if q.Key == ref {
					p, ok = q, true
					break
				}
			}
		}
		d.mu.Unlock()
		if ok {
			return p, text, true, ref
		}
	}
	return model.Prompt{}, text, false, ref
}

func (s *Server) createQuery(r *http.Request, id auth.Identity) (int, any, error) {
	var req protocol.CreateQueryRequest
	if err := decodeBody(r, &req); err != nil {
		return 0, nil, err
	}
	if req.Doc == "" {
		return 0, nil, fmt.Errorf("%w: doc is required", protocol.ErrBadMessage)
	}
	ctx, cancel := restCtx(r)
	defer cancel()
	draft := query.Draft{Tenant: id.Tenant, Doc: req.Doc, PromptID: req.Prompt, Question: req.Question,
		Options: req.Options, CreatedBy: id.User, DueAt: req.DueAt}
	p, text, found, _ := s.livePrompt(id.Tenant, req.Doc, req.Prompt)
	if req.Prompt != "" && !found {
		// Not open on this node: the worklist snapshot has it by key.
		if it, err := s.flow.store.GetWorklist(ctx, id.Tenant, req.Doc); err == nil {
			for _, q := range it.Prompts {
				if q.Key == req.Prompt {
					p, found = q, true
				}
			}
		}
		if !found {
			return 0, nil, fmt.Errorf("%w: no prompt %q on document %q", protocol.ErrNotFound, req.Prompt, req.Doc)
		}
	}
	if found {
		fp := query.FromPrompt(id.Tenant, req.Doc, req.Prompt, p, id.User)
		draft.PromptKey, draft.Kind, draft.Code = fp.PromptKey, fp.Kind, fp.Code
		if draft.Question == "" {
			draft.Question = fp.Question
		}
		if len(draft.Options) == 0 {
			draft.Options = fp.Options
		}
	}
	q, err := query.New(draft, text, time.Now())
	if err != nil {
		return 0, nil, err
	}
	if err := s.flow.store.CreateQuery(ctx, q); err != nil {
		return 0, nil, storeErr(err)
	}
	return http.StatusCreated, wireQuery(q), nil
}

func (s *Server) getQuery(r *http.Request, id auth.Identity) (int, any, error) {
	ctx, cancel := restCtx(r)
	defer cancel()
	q, err := s.flow.store.GetQuery(ctx, id.Tenant, r.PathValue("id"))
	if err != nil {
		return 0, nil, storeErr(err)
	}
	return http.StatusOK, wireQuery(q), nil
}

func (s *Server) listQueries(r *http.Request, id auth.Identity) (int, any, error) {
	f := query.QueryFilter{Doc: r.URL.Query().Get("doc")}
	if st := r.URL.Query().Get("status"); st != "" {
		status, err := query.ParseStatus(st)
		if err != nil {
			return 0, nil, fmt.Errorf("%w: %v", protocol.ErrBadMessage, err)
		}
		f.Status = status
	}
	ctx, cancel := restCtx(r)
	defer cancel()
	qs, err := s.flow.store.ListQueries(ctx, id.Tenant, f)
	if err != nil {
		return 0, nil, storeErr(err)
	}
	out := struct {
		Queries []protocol.QueryObject `json:"queries"`
	}{Queries: make([]protocol.QueryObject, 0, len(qs))}
	for _, q := range qs {
		out.Queries = append(out.Queries, wireQuery(q))
	}
	return http.StatusOK, out, nil
}

func (s *Server) transitionQuery(to query.Status) restHandler {
	return func(r *http.Request, id auth.Identity) (int, any, error) {
		var body struct {
			Note string `json:"note"`
		}
		if r.ContentLength != 0 {
			if err := decodeBody(r, &body); err != nil {
				return 0, nil, err
			}
		}
		ctx, cancel := restCtx(r)
		defer cancel()
		q, err := s.flow.store.UpdateQuery(ctx, id.Tenant, r.PathValue("id"), func(q *query.Query) error {
			return q.Transition(to, id.User, body.Note, time.Now())
		})
		if err != nil {
			return 0, nil, storeErr(err)
		}
		return http.StatusOK, wireQuery(q), nil
	}
}

func (s *Server) answerQuery(r *http.Request, id auth.Identity) (int, any, error) {
	var body struct {
		Option *int   `json:"option"`
		Text   string `json:"text"`
	}
	if err := decodeBody(r, &body); err != nil {
		return 0, nil, err
	}
	if body.Option == nil {
		return 0, nil, fmt.Errorf("%w: option is required", protocol.ErrBadMessage)
	}
	ctx, cancel := restCtx(r)
	defer cancel()
	q, err := s.flow.store.UpdateQuery(ctx, id.Tenant, r.PathValue("id"), func(q *query.Query) error {
		return q.AnswerWith(*body.Option, body.Text, id.User, time.Now())
	})
	if err != nil {
		return 0, nil, storeErr(err)
	}
	return http.StatusOK, wireQuery(q), nil
}

func (s *Server) getWorklist(r *http.Request, id auth.Identity) (int, any, error) {
	var f query.WorklistFilter
	v := r.URL.Query()
	if st := v.Get("status"); st == "all" {
		f.IncludeClear = true
	} else if st != "" {
		status, err := query.ParseItemStatus(st)
		if err != nil {
			return 0, nil, fmt.Errorf("%w: %v", protocol.ErrBadMessage, err)
		}
		f.Status = status
	}
	for _, p := range []struct {
		name string
		dst  *time.Duration
	}{{"minAge", &f.MinAge}, {"maxAge", &f.MaxAge}} {
		if a := v.Get(p.name); a != "" {
			d, err := time.ParseDuration(a)
			if err != nil {
				return 0, nil, fmt.Errorf("%w: %s: %v", protocol.ErrBadMessage, p.name, err)
			}
			*p.dst = d
		}
	}
	wl, err := s.flow.list(id.Tenant, f)
	if err != nil {
		return 0, nil, storeErr(err)
	}
	return http.StatusOK, wl, nil
}

func (s *Server) getAudit(r *http.Request, id auth.Identity) (int, any, error) {
	v := r.URL.Query()
	f := query.AuditFilter{Doc: v.Get("doc"), User: v.Get("user"), Action: v.Get("action")}
	for _, p := range []struct {
		name string
		dst  *time.Time
	}{{"from", &f.Since}, {"to", &f.Until}} {
		if a := v.Get(p.name); a != "" {
			t, err := time.Parse(time.RFC3339, a)
			if err != nil {
				return 0, nil, fmt.Errorf("%w: %s must be RFC 3339", protocol.ErrBadMessage, p.name)
			}
			*p.dst = t
		}
	}
	ctx, cancel := restCtx(r)
	defer cancel()
	evs, err := s.flow.store.ListAudit(ctx, id.Tenant, f)
	if err != nil {
		return 0, nil, storeErr(err)
	}
	out := protocol.AuditPage{Events: make([]protocol.AuditEvent, 0, len(evs))}
	for _, e := range evs {
		out.Events = append(out.Events, wireAudit(e))
	}
	return http.StatusOK, out, nil
}

func (s *Server) postFeedback(r *http.Request, id auth.Identity) (int, any, error) {
	var req protocol.FeedbackRequest
	if err := decodeBody(r, &req); err != nil {
		return 0, nil, err
	}
	if req.Doc == "" || req.Target == "" {
		return 0, nil, fmt.Errorf("%w: doc and target are required", protocol.ErrBadMessage)
	}
	fb := query.Feedback{Tenant: id.Tenant, Doc: req.Doc, Target: req.Target, Action: req.Action,
		Reason: req.Reason, User: id.User, At: time.Now(), Kind: query.FeedbackCode, Code: req.Target}
	if p, _, ok, _ := s.livePrompt(id.Tenant, req.Doc, req.Target); ok {
		fb.Kind, fb.Code, fb.Rule, fb.Key = query.FeedbackPrompt, p.Code, p.Kind, p.Key
		if fb.Key == "" {
			fb.Key = promptKey(p)
		}
	} else if c := strings.ToUpper(req.Target); len(c) >= 3 {
		// A coder outside the editor names the code itself.
		fb.Code = c
		if req.Code != "" && req.Action == protocol.ActionAccept {
			fb.Code = strings.ToUpper(req.Code)
		}
	}
	if err := fb.Validate(); err != nil {
		return 0, nil, storeErr(err)
	}
	if err := s.flow.recordFeedback(fb); err != nil {
		return 0, nil, storeErr(err)
	}
	return http.StatusCreated, wireAudit(query.AuditForFeedback(fb)), nil
}

// wireAudit flattens an audit event's structured detail into the wire's
// string map: evidence as "start-end:sha256" entries, never text.
func wireAudit(e query.AuditEvent) protocol.AuditEvent {
	d := e.Detail
	m := map[string]string{}
	set := func(k, v string) {
		if v != "" {
			m[k] = v
		}
	}
	set("code", d.Code)
	set("rule", d.Rule)
	set("kind", d.Kind)
	if d.Version != 0 {
		m["version"] = strconv.Itoa(d.Version)
	}
	set("from", string(d.From))
	set("to", string(d.To))
	if d.Option != nil {
		m["option"] = strconv.Itoa(*d.Option)
	}
	set("answerSha256", d.AnswerSHA256)
	set("reason", d.Reason)
	if len(d.Evidence) > 0 {
		parts := make([]string, len(d.Evidence))
		for i, ev := range d.Evidence {
			parts[i] = strconv.Itoa(ev.Start) + "-" + strconv.Itoa(ev.End) + ":" + ev.SHA256
		}
		m["evidence"] = strings.Join(parts, ";")
	}
	if len(m) == 0 {
		m = nil
	}
	return protocol.AuditEvent{At: e.At, Tenant: e.Tenant, User: e.User, Action: e.Action, Doc: e.Doc, Target: e.Target, Detail: m}
}
