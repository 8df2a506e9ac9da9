package sqlcore

import "strings"

// schemaV1 is version 1 of the schema in a neutral dialect: {{ID}} is an
// auto-increment primary key, {{REAL}} a double. Times are BIGINT Unix
// nanoseconds (0 = unset) so both engines sort and compare them alike; JSON
// documents are TEXT. Every table leads with tenant and every index starts
// with it, so tenant filtering is always an index prefix.
var schemaV1 = []string{
	`CREATE TABLE queries (
		tenant TEXT NOT NULL,
		id TEXT NOT NULL,
		doc TEXT NOT NULL,
		status TEXT NOT NULL,
		created_at BIGINT NOT NULL,
		updated_at BIGINT NOT NULL,
		due_at BIGINT NOT NULL DEFAULT 0,
		escalated_at BIGINT NOT NULL DEFAULT 0,
		body TEXT NOT NULL,
		PRIMARY KEY (tenant, id))`,
	`CREATE INDEX queries_by_doc ON queries (tenant, doc, status, created_at)`,
	`CREATE INDEX queries_open ON queries (status, created_at)`,
	`CREATE TABLE audit (
		id {{ID}},
		tenant TEXT NOT NULL,
		at BIGINT NOT NULL,
		usr TEXT NOT NULL,
		action TEXT NOT NULL,
		doc TEXT NOT NULL,
		target TEXT NOT NULL,
		detail TEXT NOT NULL)`,
	`CREATE INDEX audit_by_doc ON audit (tenant, doc, id)`,
	`CREATE INDEX audit_by_user ON audit (tenant, usr, id)`,
	`CREATE INDEX audit_by_time ON audit (tenant, at)`,
	`CREATE TABLE feedback (
		id {{ID}},
		tenant TEXT NOT NULL,
		doc TEXT NOT NULL,
		target TEXT NOT NULL,
		kind TEXT NOT NULL,
		code TEXT NOT NULL,
		rule TEXT NOT NULL,
		pkey TEXT NOT NULL,
		action TEXT NOT NULL,
		reason TEXT NOT NULL,
		usr TEXT NOT NULL,
		at BIGINT NOT NULL,
		phrase TEXT NOT NULL,
		evidence TEXT NOT NULL)`,
	`CREATE INDEX feedback_by_doc ON feedback (tenant, doc, id)`,
	`CREATE TABLE feedback_stats (
		tenant TEXT NOT NULL,
		rule TEXT NOT NULL,
		code TEXT NOT NULL,
		accepted BIGINT NOT NULL,
		rejected BIGINT NOT NULL,
		dismissed BIGINT NOT NULL,
		PRIMARY KEY (tenant, rule, code))`,
	`CREATE TABLE synonyms (
		tenant TEXT NOT NULL,
		phrase TEXT NOT NULL,
		code TEXT NOT NULL,
		count BIGINT NOT NULL,
		updated_at BIGINT NOT NULL,
		PRIMARY KEY (tenant, phrase, code))`,
	`CREATE TABLE dismissed (
		tenant TEXT NOT NULL,
		doc TEXT NOT NULL,
		pkey TEXT NOT NULL,
		usr TEXT NOT NULL,
		at BIGINT NOT NULL,
		PRIMARY KEY (tenant, doc, pkey))`,
	`CREATE TABLE worklist (
		tenant TEXT NOT NULL,
		doc TEXT NOT NULL,
		impact {{REAL}} NOT NULL,
		prompts TEXT NOT NULL,
		updated_at BIGINT NOT NULL,
		PRIMARY KEY (tenant, doc))`,
	`CREATE INDEX worklist_rank ON worklist (tenant, impact DESC, updated_at DESC)`,
}

// appendOnlySQLite makes the audit table append-only in the database itself,
// so not even a hand-written statement can edit the trail unnoticed.
var appendOnlySQLite = []string{
	`CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit BEGIN SELECT RAISE(ABORT, 'audit is append-only'); END`,
	`CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit BEGIN SELECT RAISE(ABORT, 'audit is append-only'); END`,
}

var appendOnlyPostgres = []string{
	`CREATE FUNCTION audit_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
	BEGIN RAISE EXCEPTION 'audit is append-only'; END $$`,
	`CREATE TRIGGER audit_no_change BEFORE UPDATE OR DELETE ON audit
	FOR EACH ROW EXECUTE FUNCTION audit_append_only()`,
	`CREATE TRIGGER audit_no_truncate BEFORE TRUNCATE ON audit
	FOR EACH STATEMENT EXECUTE FUNCTION audit_append_only()`,
}

func render(stmts []string, id, real string) []string {
	out := make([]string, len(stmts))
	for i, s := range stmts {
		s = strings.ReplaceAll(s, "{{ID}}", id)
		out[i] = strings.ReplaceAll(s, "{{REAL}}", real)
	}
	return out
}

// SQLiteMigrations returns the migrations for SQLite.
func SQLiteMigrations() [][]string {
	return [][]string{
		append(render(schemaV1, "INTEGER PRIMARY KEY AUTOINCREMENT", "REAL"), appendOnlySQLite...),
	}
}

// PostgresMigrations returns the migrations for PostgreSQL.
func PostgresMigrations() [][]string {
	return [][]string{
		append(render(schemaV1, "BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY", "DOUBLE PRECISION"), appendOnlyPostgres...),
	}
}
