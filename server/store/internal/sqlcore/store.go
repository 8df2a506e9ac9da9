package sqlcore

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"reflect"
	"slices"
	"strings"
	"time"

	"notecoder/cdi/model"
	"notecoder/cdi/query"
)

// ErrClosed is returned by a store or hub used after Close.
var ErrClosed = errors.New("store: closed")

// Store implements query.Store over a DB and a Dialect.
type Store struct {
	db DB
	d  Dialect
}

var _ query.Store = (*Store)(nil)

// New migrates db to the newest schema version of d and returns the store.
func New(ctx context.Context, db DB, d Dialect) (*Store, error) {
	s := &Store{db: db, d: d}
	if err := s.migrate(ctx); err != nil {
		return nil, err
	}
	return s, nil
}

// SchemaVersion reports the applied schema version.
func (s *Store) SchemaVersion(ctx context.Context) (int, error) {
	var v int
	err := s.db.QueryRow(ctx, `SELECT COALESCE(MAX(version), 0) FROM schema_migrations`).Scan(&v)
	return v, err
}

func (s *Store) migrate(ctx context.Context) error {
	if _, err := s.db.Exec(ctx, `CREATE TABLE IF NOT EXISTS schema_migrations (
		version INTEGER PRIMARY KEY, applied_at BIGINT NOT NULL)`); err != nil {
		return fmt.Errorf("%s: create schema_migrations: %w", s.d.Name, err)
	}
	for i, stmts := range s.d.Migrations {
		version := i + 1
		err := s.db.InTx(ctx, func(tx Tx) error {
			if s.d.MigrationLock != "" {
				if _, err := tx.Exec(ctx, s.d.MigrationLock); err != nil {
					return err
				}
			}
			var n int
			if err := tx.QueryRow(ctx, `SELECT COUNT(*) FROM schema_migrations WHERE version = $1`, version).Scan(&n); err != nil {
				return err
			}
			if n > 0 {
				return nil
			}
			for _, st := range stmts {
				if _, err := tx.Exec(ctx, st); err != nil {
					return fmt.Errorf("statement %q: %w", firstLine(st), err)
				}
			}
			_, err := tx.Exec(ctx, `INSERT INTO schema_migrations (version, applied_at) VALUES ($1, $2)`,
				version, time.Now().UnixNano())
			return err
		})
		if err != nil {
			return fmt.Errorf("%s: migrate to version %d: %w", s.d.Name, version, err)
		}
	}
	var newest int
	if err := s.db.QueryRow(ctx, `SELECT COALESCE(MAX(version), 0) FROM schema_migrations`).Scan(&newest); err != nil {
		return fmt.Errorf("%s: read schema version: %w", s.d.Name, err)
	}
	if newest > len(s.d.Migrations) {
		return fmt.Errorf("%s: database schema version %d is newer than this binary's %d; upgrade notecoder",
			s.d.Name, newest, len(s.d.Migrations))
	}
	return nil
}

func firstLine(s string) string {
	s = strings.TrimSpace(s)
	if i := strings.IndexByte(s, '\n'); i >= 0 {
		return s[:i]
	}
	return s
}

// Close closes the underlying database and the change feed.
func (s *Store) Close() error { return s.db.Close() }

// Subscribe returns the change feed.
func (s *Store) Subscribe(ctx context.Context) (<-chan query.Event, error) {
	return s.db.Subscribe(ctx)
}

func nanos(t time.Time) int64 {
	if t.IsZero() {
		return 0
	}
	return t.UnixNano()
}

func fromNanos(n int64) time.Time {
	if n == 0 {
		return time.Time{}
	}
	return time.Unix(0, n).UTC()
}

func needTenant(tenant string) error {
	if tenant == "" {
		return fmt.Errorf("%w: tenant is required", query.ErrInvalid)
	}
	return nil
}

// ---- queries ----

func encodeQuery(q *query.Query) (string, error) {
	b, err := json.Marshal(q)
	return string(b), err
}

func decodeQuery(tenant, body string) (*query.Query, error) {
	var q query.Query
	if err := json.Unmarshal([]byte(body), &q); err != nil {
		return nil, fmt.Errorf("store: corrupt query row: %w", err)
	}
	q.Tenant = tenant
	return &q, nil
}

func validateNewQuery(q *query.Query) error {
	switch {
	case q == nil:
		return fmt.Errorf("%w: nil query", query.ErrInvalid)
	case q.Tenant == "" || q.ID == "" || q.Doc == "":
		return fmt.Errorf("%w: query needs tenant, id and doc", query.ErrInvalid)
	case q.Status != query.Open:
		return fmt.Errorf("%w: a new query must be open, not %q", query.ErrInvalid, q.Status)
	case len(q.History) == 0 || q.History[0].Action != query.ActionCreated:
		return fmt.Errorf("%w: a new query starts with its created history entry (use query.New)", query.ErrInvalid)
	}
	return nil
}

// CreateQuery implements query.Store.
func (s *Store) CreateQuery(ctx context.Context, q *query.Query) error {
	if err := validateNewQuery(q); err != nil {
		return err
	}
	body, err := encodeQuery(q)
	if err != nil {
		return err
	}
	return s.db.InTx(ctx, func(tx Tx) error {
		n, err := tx.Exec(ctx, `INSERT INTO queries (tenant, id, doc, status, created_at, updated_at, due_at, escalated_at, body)
			VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) ON CONFLICT (tenant, id) DO NOTHING`,
			q.Tenant, q.ID, q.Doc, string(q.Status), nanos(q.CreatedAt), nanos(q.UpdatedAt), nanos(q.DueAt), nanos(q.EscalatedAt), body)
		if err != nil {
			return err
		}
		if n == 0 {
			return fmt.Errorf("%w: query %s", query.ErrExists, q.ID)
		}
		for _, c := range q.History {
			if err := appendAudit(ctx, tx, query.AuditForChange(q, c)); err != nil {
				return err
			}
		}
		return tx.Notify(ctx, query.Event{Tenant: q.Tenant, Kind: query.EventQuery, ID: q.ID, Doc: q.Doc})
	})
}

// GetQuery implements query.Store.
func (s *Store) GetQuery(ctx context.Context, tenant, id string) (*query.Query, error) {
	if err := needTenant(tenant); err != nil {
		return nil, err
	}
	return getQuery(ctx, s.db, tenant, id, "")
}

func getQuery(ctx context.Context, db Querier, tenant, id, suffix string) (*query.Query, error) {
	var body string
	err := db.QueryRow(ctx, `SELECT body FROM queries WHERE tenant = $1 AND id = $2`+suffix, tenant, id).Scan(&body)
	if errors.Is(err, ErrNoRows) {
		return nil, fmt.Errorf("%w: query %s", query.ErrNotFound, id)
	}
	if err != nil {
		return nil, err
	}
	return decodeQuery(tenant, body)
}

// ListQueries implements query.Store.
func (s *Store) ListQueries(ctx context.Context, tenant string, f query.QueryFilter) ([]*query.Query, error) {
	if err := needTenant(tenant); err != nil {
		return nil, err
	}
	if f.Status != "" {
		if _, err := query.ParseStatus(string(f.Status)); err != nil {
			return nil, err
		}
	}
	w := where{args: []any{tenant}, conds: []string{"tenant = $1"}}
	if f.Doc != "" {
		w.add("doc = $%d", f.Doc)
	}
	if f.Status != "" {
		w.add("status = $%d", string(f.Status))
	}
	limit := f.Limit
	if limit <= 0 {
		limit = query.DefaultQueryLimit
	}
	w.args = append(w.args, limit)
	rows, err := s.db.Query(ctx, `SELECT body FROM queries WHERE `+w.sql()+
		fmt.Sprintf(` ORDER BY created_at DESC, id DESC LIMIT $%d`, len(w.args)), w.args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	out := []*query.Query{}
	for rows.Next() {
		var body string
		if err := rows.Scan(&body); err != nil {
			return nil, err
		}
		q, err := decodeQuery(tenant, body)
		if err != nil {
			return nil, err
		}
		out = append(out, q)
	}
	return out, rows.Err()
}

// UpdateQuery implements query.Store.
func (s *Store) UpdateQuery(ctx context.Context, tenant, id string, fn func(q *query.Query) error) (*query.Query, error) {
	if err := needTenant(tenant); err != nil {
		return nil, err
	}
	var out *query.Query
	err := s.db.InTx(ctx, func(tx Tx) error {
		q, err := getQuery(ctx, tx, tenant, id, s.d.ForUpdate)
		if err != nil {
			return err
		}
		before := q.Clone()
		if err := fn(q); err != nil {
			return err
		}
		if q.ID != before.ID || q.Tenant != before.Tenant || q.Doc != before.Doc || q.CreatedBy != before.CreatedBy ||
			!q.CreatedAt.Equal(before.CreatedAt) || len(q.History) < len(before.History) ||
			!reflect.DeepEqual(q.History[:len(before.History)], before.History) {
			return fmt.Errorf("%w: an update may not change a query's identity or rewrite its history", query.ErrInvalid)
		}
		if _, err := query.ParseStatus(string(q.Status)); err != nil {
			return err
		}
		if reflect.DeepEqual(q, before) {
			out = q
			return nil
		}
		body, err := encodeQuery(q)
		if err != nil {
			return err
		}
		if _, err := tx.Exec(ctx, `UPDATE queries SET status = $3, updated_at = $4, due_at = $5, escalated_at = $6, body = $7
			WHERE tenant = $1 AND id = $2`,
			tenant, id, string(q.Status), nanos(q.UpdatedAt), nanos(q.DueAt), nanos(q.EscalatedAt), body); err != nil {
			return err
		}
		for _, c := range q.History[len(before.History):] {
			if err := appendAudit(ctx, tx, query.AuditForChange(q, c)); err != nil {
				return err
			}
		}
		out = q
		return tx.Notify(ctx, query.Event{Tenant: tenant, Kind: query.EventQuery, ID: id, Doc: q.Doc})
	})
	if err != nil {
		return nil, err
	}
	return out, nil
}

// DueQueries implements query.Store.
func (s *Store) DueQueries(ctx context.Context, now time.Time, escalateAfter time.Duration, limit int) ([]query.QueryRef, error) {
	if limit <= 0 {
		limit = query.DefaultQueryLimit
	}
	escBefore := int64(-1) // matches nothing when escalation is off
	if escalateAfter > 0 {
		escBefore = now.Add(-escalateAfter).UnixNano()
	}
	rows, err := s.db.Query(ctx, `SELECT tenant, id FROM queries WHERE status = 'open'
		AND ((escalated_at = 0 AND created_at <= $1) OR (due_at <> 0 AND due_at <= $2))
		ORDER BY created_at, tenant, id LIMIT $3`, escBefore, now.UnixNano(), limit)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	out := []query.QueryRef{}
	for rows.Next() {
		var r query.QueryRef
		if err := rows.Scan(&r.Tenant, &r.ID); err != nil {
			return nil, err
		}
		out = append(out, r)
	}
	return out, rows.Err()
}

// ---- audit ----

func appendAudit(ctx context.Context, tx Querier, ev query.AuditEvent) error {
	if err := ev.Validate(); err != nil {
		return err
	}
	detail, err := json.Marshal(ev.Detail)
	if err != nil {
		return err
	}
	_, err = tx.Exec(ctx, `INSERT INTO audit (tenant, at, usr, action, doc, target, detail) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
		ev.Tenant, nanos(ev.At), ev.User, ev.Action, ev.Doc, ev.Target, string(detail))
	return err
}

// AppendAudit implements query.Store.
func (s *Store) AppendAudit(ctx context.Context, events ...query.AuditEvent) error {
	if len(events) == 0 {
		return nil
	}
	for i := range events {
		if err := events[i].Validate(); err != nil {
			return fmt.Errorf("event %d: %w", i, err)
		}
	}
	return s.db.InTx(ctx, func(tx Tx) error {
		for _, ev := range events {
			if err := appendAudit(ctx, tx, ev); err != nil {
				return err
			}
		}
		return nil
	})
}

// ListAudit implements query.Store.
func (s *Store) ListAudit(ctx context.Context, tenant string, f query.AuditFilter) ([]query.AuditEvent, error) {
	if err := needTenant(tenant); err != nil {
		return nil, err
	}
	w := where{args: []any{tenant}, conds: []string{"tenant = $1"}}
	if f.Doc != "" {
		w.add("doc = $%d", f.Doc)
	}
	if f.User != "" {
		w.add("usr = $%d", f.User)
	}
	if f.Action != "" {
		w.add("action = $%d", f.Action)
	}
	if !f.Since.IsZero() {
		w.add("at >= $%d", f.Since.UnixNano())
	}
	if !f.Until.IsZero() {
		w.add("at < $%d", f.Until.UnixNano())
	}
	if f.AfterID > 0 {
		w.add("id > $%d", f.AfterID)
	}
	w.args = append(w.args, f.EffectiveLimit())
	rows, err := s.db.Query(ctx, `SELECT id, at, usr, action, doc, target, detail FROM audit WHERE `+w.sql()+
		fmt.Sprintf(` ORDER BY id LIMIT $%d`, len(w.args)), w.args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	out := []query.AuditEvent{}
	for rows.Next() {
		ev := query.AuditEvent{Tenant: tenant}
		var at int64
		var detail string
		if err := rows.Scan(&ev.ID, &at, &ev.User, &ev.Action, &ev.Doc, &ev.Target, &detail); err != nil {
			return nil, err
		}
		ev.At = fromNanos(at)
		if err := json.Unmarshal([]byte(detail), &ev.Detail); err != nil {
			return nil, fmt.Errorf("store: corrupt audit row %d: %w", ev.ID, err)
		}
		out = append(out, ev)
	}
	return out, rows.Err()
}

// ---- feedback ----

// RecordFeedback implements query.Store.
func (s *Store) RecordFeedback(ctx context.Context, fbs ...query.Feedback) error {
	for i := range fbs {
		if err := fbs[i].Validate(); err != nil {
			return fmt.Errorf("feedback %d: %w", i, err)
		}
	}
	if len(fbs) == 0 {
		return nil
	}
	return s.db.InTx(ctx, func(tx Tx) error {
		for _, fb := range fbs {
			evidence, err := json.Marshal(fb.Evidence)
			if err != nil {
				return err
			}
			if _, err := tx.Exec(ctx, `INSERT INTO feedback (tenant, doc, target, kind, code, rule, pkey, action, reason, usr, at, phrase, evidence)
				VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)`,
				fb.Tenant, fb.Doc, fb.Target, fb.Kind, fb.Code, fb.Rule, fb.Key, fb.Action, fb.Reason, fb.User,
				nanos(fb.At), fb.Phrase, string(evidence)); err != nil {
				return err
			}
			var a, r, d int
			switch fb.Action {
			case query.Accept:
				a = 1
			case query.Reject:
				r = 1
			default:
				d = 1
			}
			if _, err := tx.Exec(ctx, `INSERT INTO feedback_stats (tenant, rule, code, accepted, rejected, dismissed)
				VALUES ($1, $2, $3, $4, $5, $6)
				ON CONFLICT (tenant, rule, code) DO UPDATE SET accepted = feedback_stats.accepted + excluded.accepted,
				rejected = feedback_stats.rejected + excluded.rejected, dismissed = feedback_stats.dismissed + excluded.dismissed`,
				fb.Tenant, fb.Rule, fb.Code, a, r, d); err != nil {
				return err
			}
			if p := query.NormalizePhrase(fb.Phrase); p != "" && fb.Action == query.Accept {
				if _, err := tx.Exec(ctx, `INSERT INTO synonyms (tenant, phrase, code, count, updated_at) VALUES ($1, $2, $3, 1, $4)
					ON CONFLICT (tenant, phrase, code) DO UPDATE SET count = synonyms.count + 1, updated_at = excluded.updated_at`,
					fb.Tenant, p, fb.Code, nanos(fb.At)); err != nil {
					return err
				}
			}
			if fb.Kind == query.FeedbackPrompt && fb.Action == query.Dismiss {
				if _, err := tx.Exec(ctx, `INSERT INTO dismissed (tenant, doc, pkey, usr, at) VALUES ($1, $2, $3, $4, $5)
					ON CONFLICT (tenant, doc, pkey) DO NOTHING`, fb.Tenant, fb.Doc, fb.Key, fb.User, nanos(fb.At)); err != nil {
					return err
				}
			}
			if err := appendAudit(ctx, tx, query.AuditForFeedback(fb)); err != nil {
				return err
			}
		}
		return nil
	})
}

// FeedbackStats implements query.Store.
func (s *Store) FeedbackStats(ctx context.Context, tenant string) ([]query.FeedbackCount, error) {
	if err := needTenant(tenant); err != nil {
		return nil, err
	}
	rows, err := s.db.Query(ctx, `SELECT rule, code, accepted, rejected, dismissed FROM feedback_stats
		WHERE tenant = $1 ORDER BY rule, code`, tenant)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	out := []query.FeedbackCount{}
	for rows.Next() {
		var c query.FeedbackCount
		if err := rows.Scan(&c.Rule, &c.Code, &c.Accepted, &c.Rejected, &c.Dismissed); err != nil {
			return nil, err
		}
		out = append(out, c)
	}
	return out, rows.Err()
}

// Synonyms implements query.Store.
func (s *Store) Synonyms(ctx context.Context, tenant string) ([]query.Synonym, error) {
	if err := needTenant(tenant); err != nil {
		return nil, err
	}
	rows, err := s.db.Query(ctx, `SELECT phrase, code, count FROM synonyms WHERE tenant = $1
		ORDER BY count DESC, phrase, code`, tenant)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	out := []query.Synonym{}
	for rows.Next() {
		var sy query.Synonym
		if err := rows.Scan(&sy.Phrase, &sy.Code, &sy.Count); err != nil {
			return nil, err
		}
		out = append(out, sy)
	}
	return out, rows.Err()
}

// DismissedKeys implements query.Store.
func (s *Store) DismissedKeys(ctx context.Context, tenant, doc string) ([]string, error) {
	if err := needTenant(tenant); err != nil {
		return nil, err
	}
	rows, err := s.db.Query(ctx, `SELECT pkey FROM dismissed WHERE tenant = $1 AND doc = $2 ORDER BY pkey`, tenant, doc)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	out := []string{}
	for rows.Next() {
		var k string
		if err := rows.Scan(&k); err != nil {
			return nil, err
		}
		out = append(out, k)
	}
	return out, rows.Err()
}

// ---- worklist ----

// UpsertWorklist implements query.Store.
func (s *Store) UpsertWorklist(ctx context.Context, items ...query.WorklistItem) error {
	type row struct {
		it      query.WorklistItem
		prompts string
	}
	rowsIn := make([]row, 0, len(items))
	for i, it := range items {
		if it.Tenant == "" || it.Doc == "" || it.UpdatedAt.IsZero() {
			return fmt.Errorf("%w: worklist item %d needs tenant, doc and updatedAt", query.ErrInvalid, i)
		}
		if it.Prompts == nil {
			it.Prompts = []model.Prompt{}
		}
		if it.Impact == 0 {
			it.Impact = query.ImpactOf(it.Prompts)
		}
		b, err := json.Marshal(it.Prompts)
		if err != nil {
			return err
		}
		rowsIn = append(rowsIn, row{it, string(b)})
	}
	if len(rowsIn) == 0 {
		return nil
	}
	return s.db.InTx(ctx, func(tx Tx) error {
		for _, r := range rowsIn {
			n, err := tx.Exec(ctx, `INSERT INTO worklist (tenant, doc, impact, prompts, updated_at) VALUES ($1, $2, $3, $4, $5)
				ON CONFLICT (tenant, doc) DO UPDATE SET impact = excluded.impact, prompts = excluded.prompts,
				updated_at = excluded.updated_at WHERE worklist.updated_at <= excluded.updated_at`,
				r.it.Tenant, r.it.Doc, r.it.Impact, r.prompts, nanos(r.it.UpdatedAt))
			if err != nil {
				return err
			}
			if n > 0 {
				if err := tx.Notify(ctx, query.Event{Tenant: r.it.Tenant, Kind: query.EventWorklist, Doc: r.it.Doc}); err != nil {
					return err
				}
			}
		}
		return nil
	})
}

const worklistSelect = `SELECT w.doc, w.impact, w.prompts, w.updated_at,
	(SELECT COUNT(*) FROM queries q WHERE q.tenant = w.tenant AND q.doc = w.doc AND q.status = 'open')
	FROM worklist w WHERE `

func scanWorklist(tenant string, rows interface{ Scan(...any) error }) (query.WorklistItem, error) {
	it := query.WorklistItem{Tenant: tenant}
	var prompts string
	var at int64
	if err := rows.Scan(&it.Doc, &it.Impact, &prompts, &at, &it.OpenQueries); err != nil {
		return it, err
	}
	it.UpdatedAt = fromNanos(at)
	if err := json.Unmarshal([]byte(prompts), &it.Prompts); err != nil {
		return it, fmt.Errorf("store: corrupt worklist row: %w", err)
	}
	return it, nil
}

// GetWorklist implements query.Store.
func (s *Store) GetWorklist(ctx context.Context, tenant, doc string) (query.WorklistItem, error) {
	if err := needTenant(tenant); err != nil {
		return query.WorklistItem{}, err
	}
	it, err := scanWorklist(tenant, s.db.QueryRow(ctx, worklistSelect+`w.tenant = $1 AND w.doc = $2`, tenant, doc))
	if errors.Is(err, ErrNoRows) {
		return query.WorklistItem{}, fmt.Errorf("%w: worklist item", query.ErrNotFound)
	}
	return it, err
}

// ListWorklist implements query.Store.
func (s *Store) ListWorklist(ctx context.Context, tenant string, f query.WorklistFilter, now time.Time) ([]query.WorklistItem, error) {
	if err := needTenant(tenant); err != nil {
		return nil, err
	}
	if f.Status != "" {
		if _, err := query.ParseItemStatus(string(f.Status)); err != nil {
			return nil, err
		}
	}
	w := where{args: []any{tenant}, conds: []string{"w.tenant = $1"}}
	if f.MinAge > 0 {
		w.add("w.updated_at <= $%d", now.Add(-f.MinAge).UnixNano())
	}
	if f.MaxAge > 0 {
		w.add("w.updated_at >= $%d", now.Add(-f.MaxAge).UnixNano())
	}
	rows, err := s.db.Query(ctx, worklistSelect+w.sql()+` ORDER BY w.impact DESC, w.updated_at DESC, w.doc`, w.args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	limit := f.Limit
	if limit <= 0 {
		limit = query.DefaultWorklistLimit
	}
	out := []query.WorklistItem{}
	for rows.Next() && len(out) < limit {
		it, err := scanWorklist(tenant, rows)
		if err != nil {
			return nil, err
		}
		if f.Match(it, now) {
			out = append(out, it)
		}
	}
	if err := rows.Err(); err != nil {
		return nil, err
	}
	slices.SortStableFunc(out, query.CompareItems) // same order; guards float ties across engines
	return out, nil
}

// where builds a conjunction with numbered placeholders.
type where struct {
	conds []string
	args  []any
}

func (w *where) add(format string, arg any) {
	w.args = append(w.args, arg)
	w.conds = append(w.conds, fmt.Sprintf(format, len(w.args)))
}

func (w *where) sql() string { return strings.Join(w.conds, " AND ") }
