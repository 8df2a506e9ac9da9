// Package sqlite is the embedded store (the default, `notecoder serve --db
// PATH`): query.Store on a single SQLite file through modernc.org/sqlite, pure
// Go, no cgo.
//
// Durability: the database runs in WAL mode with synchronous=FULL, so a
// transaction is on disk (the WAL fsynced) before its method returns; a
// kill -9 or power loss after that loses nothing. Write transactions begin
// IMMEDIATE (they take the write lock up front, so read-then-write never
// fails with SQLITE_BUSY_SNAPSHOT) and wait up to the busy timeout for other
// writers, including other processes on the same file.
//
// The change feed is in-process: events reach subscribers of this Store
// value only. Several server processes sharing one database need PostgreSQL.
package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"net/url"
	"sync"
	"time"

	_ "modernc.org/sqlite" // registers the "sqlite" database/sql driver

	"notecoder/cdi/query"
	"notecoder/server/store/internal/sqlcore"
)

// Options tune the SQLite store; zero values take the defaults.
type Options struct {
	// BusyTimeout is how long a writer waits for the lock (default 10s).
	BusyTimeout time.Duration
	// MaxConns bounds open connections (default 8): readers run in
	// parallel under WAL, writers queue on the lock.
	MaxConns int
}

// Store is the SQLite implementation of query.Store.
type Store struct {
	*sqlcore.Store
	db *database
}

// Open opens (creating if needed) the database file at path and migrates it
// to the current schema. path must be a file path: an in-memory database
// would not be durable and is refused.
func Open(ctx context.Context, path string, opts Options) (*Store, error) {
	if path == "" || path == ":memory:" || (len(path) > 5 && path[:5] == "file:") {
		return nil, fmt.Errorf("%w: sqlite store needs a file path, got %q", query.ErrInvalid, path)
	}
	if opts.BusyTimeout <= 0 {
		opts.BusyTimeout = 10 * time.Second
	}
	if opts.MaxConns <= 0 {
		opts.MaxConns = 8
	}
	q := url.Values{}
	q.Add("_pragma", fmt.Sprintf("busy_timeout(%d)", opts.BusyTimeout.Milliseconds()))
	q.Add("_pragma", "journal_mode(WAL)")
	q.Add("_pragma", "synchronous(FULL)")
	q.Add("_pragma", "foreign_keys(1)")
	q.Set("_txlock", "immediate")
	sqldb, err := sql.Open("sqlite", "file:"+(&url.URL{Path: path}).EscapedPath()+"?"+q.Encode())
	if err != nil {
		return nil, fmt.Errorf("sqlite: open %s: %w", path, err)
	}
	sqldb.SetMaxOpenConns(opts.MaxConns)
	sqldb.SetMaxIdleConns(opts.MaxConns)
	sqldb.SetConnMaxIdleTime(0)
	if err := sqldb.PingContext(ctx); err != nil {
		sqldb.Close()
		return nil, fmt.Errorf("sqlite: open %s: %w", path, err)
	}
	var mode string
	if err := sqldb.QueryRowContext(ctx, "PRAGMA journal_mode").Scan(&mode); err != nil || mode != "wal" {
		sqldb.Close()
		return nil, fmt.Errorf("sqlite: %s: WAL mode not enabled (journal_mode=%q, err=%v)", path, mode, err)
	}
	db := &database{db: sqldb, hub: sqlcore.NewHub()}
	core, err := sqlcore.New(ctx, db, sqlcore.Dialect{Name: "sqlite", Migrations: sqlcore.SQLiteMigrations()})
	if err != nil {
		db.Close()
		return nil, err
	}
	return &Store{Store: core, db: db}, nil
}

// Pragma returns the value of a read-only PRAGMA (journal_mode, synchronous,
// busy_timeout), so tests and `serve` can show the durability settings in
// force.
func (s *Store) Pragma(ctx context.Context, name string) (string, error) {
	switch name {
	case "journal_mode", "synchronous", "busy_timeout", "foreign_keys":
	default:
		return "", fmt.Errorf("%w: pragma %q not allowed", query.ErrInvalid, name)
	}
	var v string
	err := s.db.db.QueryRowContext(ctx, "PRAGMA "+name).Scan(&v)
	return v, err
}

// database adapts *sql.DB to sqlcore.DB with an in-process change feed.
type database struct {
	db  *sql.DB
	hub *sqlcore.Hub

	closeOnce sync.Once
	closeErr  error
}

func (d *database) Exec(ctx context.Context, q string, args ...any) (int64, error) {
	return execOn(ctx, d.db, q, args...)
}

func (d *database) Query(ctx context.Context, q string, args ...any) (sqlcore.Rows, error) {
	return queryOn(ctx, d.db, q, args...)
}

func (d *database) QueryRow(ctx context.Context, q string, args ...any) sqlcore.Row {
	return row{d.db.QueryRowContext(ctx, q, args...)}
}

func (d *database) InTx(ctx context.Context, fn func(sqlcore.Tx) error) error {
	stx, err := d.db.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("sqlite: begin: %w", err)
	}
	t := &tx{tx: stx}
	if err := fn(t); err != nil {
		stx.Rollback()
		return err
	}
	if err := stx.Commit(); err != nil {
		return fmt.Errorf("sqlite: commit: %w", err)
	}
	if len(t.events) > 0 {
		d.hub.Publish(t.events...)
	}
	return nil
}

func (d *database) Subscribe(ctx context.Context) (<-chan query.Event, error) {
	return d.hub.Subscribe(ctx)
}

func (d *database) Close() error {
	d.closeOnce.Do(func() {
		d.hub.Close()
		d.closeErr = d.db.Close()
	})
	return d.closeErr
}

type execer interface {
	ExecContext(ctx context.Context, q string, args ...any) (sql.Result, error)
	QueryContext(ctx context.Context, q string, args ...any) (*sql.Rows, error)
}

func execOn(ctx context.Context, e execer, q string, args ...any) (int64, error) {
	res, err := e.ExecContext(ctx, q, args...)
	if err != nil {
		return 0, err
	}
	return res.RowsAffected()
}

func queryOn(ctx context.Context, e execer, q string, args ...any) (sqlcore.Rows, error) {
	r, err := e.QueryContext(ctx, q, args...)
	if err != nil {
		return nil, err
	}
	return rows{r}, nil
}

type tx struct {
	tx     *sql.Tx
	events []query.Event
}

func (t *tx) Exec(ctx context.Context, q string, args ...any) (int64, error) {
	return execOn(ctx, t.tx, q, args...)
}

func (t *tx) Query(ctx context.Context, q string, args ...any) (sqlcore.Rows, error) {
	return queryOn(ctx, t.tx, q, args...)
}

func (t *tx) QueryRow(ctx context.Context, q string, args ...any) sqlcore.Row {
	return row{t.tx.QueryRowContext(ctx, q, args...)}
}

func (t *tx) Notify(_ context.Context, ev query.Event) error {
	t.events = append(t.events, ev)
	return nil
}

type rows struct{ *sql.Rows }

func (r rows) Close() { r.Rows.Close() }

type row struct{ r *sql.Row }

func (r row) Scan(dest ...any) error {
	err := r.r.Scan(dest...)
	if errors.Is(err, sql.ErrNoRows) {
		return sqlcore.ErrNoRows
	}
	return err
}
