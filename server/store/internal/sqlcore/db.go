// Package sqlcore implements query.Store once over a small database
// abstraction, so the SQLite and PostgreSQL stores share every query and
// differ only in their adapters (connection, transactions, change feed) and
// their migration DDL. Both drivers accept $1-style placeholders, ON CONFLICT
// upserts and RETURNING, which is what keeps one SQL text per statement.
package sqlcore

import (
	"context"
	"errors"

	"notecoder/cdi/query"
)

// ErrNoRows is what adapters return from Row.Scan when nothing matched, so the
// core does not depend on database/sql's or pgx's sentinel.
var ErrNoRows = errors.New("sqlcore: no rows")

// Rows is the subset of *sql.Rows and pgx.Rows the core uses.
type Rows interface {
	Next() bool
	Scan(dest ...any) error
	Err() error
	Close()
}

// Row is a single-row result; Scan returns ErrNoRows when nothing matched.
type Row interface {
	Scan(dest ...any) error
}

// Querier runs statements, inside or outside a transaction.
type Querier interface {
	Exec(ctx context.Context, sql string, args ...any) (rowsAffected int64, err error)
	Query(ctx context.Context, sql string, args ...any) (Rows, error)
	QueryRow(ctx context.Context, sql string, args ...any) Row
}

// Tx is a write transaction. Notify queues a change-feed event that is
// published only if the transaction commits.
type Tx interface {
	Querier
	Notify(ctx context.Context, ev query.Event) error
}

// DB is what an adapter provides.
type DB interface {
	Querier
	// InTx runs fn in a write transaction and commits when it returns nil;
	// the transaction holds the write lock from its first statement
	// (SQLite BEGIN IMMEDIATE) or uses row locks (PostgreSQL ... FOR UPDATE).
	InTx(ctx context.Context, fn func(Tx) error) error
	// Subscribe returns the change feed (see query.Store.Subscribe).
	Subscribe(ctx context.Context) (<-chan query.Event, error)
	Close() error
}

// Dialect holds what differs in SQL between the engines.
type Dialect struct {
	// Name is "sqlite" or "postgres", for errors.
	Name string
	// ForUpdate is appended to a SELECT that is followed by an UPDATE of the
	// same row in one transaction.
	ForUpdate string
	// Migrations are the schema versions in order: Migrations[i] brings the
	// schema to version i+1. Each entry is a list of statements.
	Migrations [][]string
	// MigrationLock, when set, is run first in the migration transaction so
	// that nodes starting together migrate one at a time.
	MigrationLock string
}
