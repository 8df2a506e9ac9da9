// Package postgres is the shared store (`notecoder serve --postgres DSN`):
// query.Store on PostgreSQL through a pgx connection pool, for deployments
// with several server nodes.
//
// The change feed uses LISTEN/NOTIFY: every write transaction queues
// pg_notify on the store's channel, PostgreSQL delivers it to every listening
// node when (and only if) the transaction commits, and each node fans it out
// to its local subscribers. So a query a CDI specialist creates on node B
// reaches the physician connected to node A.
package postgres

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"regexp"
	"sync"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"

	"notecoder/cdi/query"
	"notecoder/server/store/internal/sqlcore"
)

// Options tune the PostgreSQL store; zero values take the defaults.
type Options struct {
	// Schema, when set, holds the tables (created if missing) instead of the
	// connection's default search_path; tests use a unique schema per run.
	// It also names the notification channel, so stores on different
	// schemas of one database do not hear each other.
	Schema string
	// MaxConns bounds the pool (default: pgxpool's default).
	MaxConns int32
}

var schemaRE = regexp.MustCompile(`^[a-z_][a-z0-9_]{0,47}$`)

// Store is the PostgreSQL implementation of query.Store.
type Store struct {
	*sqlcore.Store
	db *database
}

// Open connects to dsn, migrates the schema (nodes starting together take
// turns on an advisory lock) and starts listening for change events before
// returning, so no event committed after Open is missed.
func Open(ctx context.Context, dsn string, opts Options) (*Store, error) {
	cfg, err := pgxpool.ParseConfig(dsn)
	if err != nil {
		return nil, fmt.Errorf("%w: postgres dsn: %v", query.ErrInvalid, err)
	}
	channel := "notecoder_events"
	if opts.Schema != "" {
		if !schemaRE.MatchString(opts.Schema) {
			return nil, fmt.Errorf("%w: schema %q must match %s", query.ErrInvalid, opts.Schema, schemaRE)
		}
		conn, err := pgx.ConnectConfig(ctx, cfg.ConnConfig.Copy())
		if err != nil {
			return nil, fmt.Errorf("postgres: connect: %w", err)
		}
		_, err = conn.Exec(ctx, `CREATE SCHEMA IF NOT EXISTS `+pgx.Identifier{opts.Schema}.Sanitize())
		conn.Close(ctx)
		if err != nil {
			return nil, fmt.Errorf("postgres: create schema: %w", err)
		}
		cfg.ConnConfig.RuntimeParams["search_path"] = opts.Schema
		channel += "_" + opts.Schema
	}
	if opts.MaxConns > 0 {
		cfg.MaxConns = opts.MaxConns
	}
	pool, err := pgxpool.NewWithConfig(ctx, cfg)
	if err != nil {
		return nil, fmt.Errorf("postgres: pool: %w", err)
	}
	if err := pool.Ping(ctx); err != nil {
		pool.Close()
		return nil, fmt.Errorf("postgres: connect: %w", err)
	}
	db := &database{pool: pool, hub: sqlcore.NewHub(), channel: channel, connCfg: cfg.ConnConfig.Copy()}
	if err := db.startListener(ctx); err != nil {
		db.Close()
		return nil, err
	}
	core, err := sqlcore.New(ctx, db, sqlcore.Dialect{
		Name:          "postgres",
		ForUpdate:     " FOR UPDATE",
		Migrations:    sqlcore.PostgresMigrations(),
		MigrationLock: `SELECT pg_advisory_xact_lock(7305837101)`,
	})
	if err != nil {
		db.Close()
		return nil, err
	}
	return &Store{Store: core, db: db}, nil
}

// Channel is the LISTEN/NOTIFY channel the store uses.
func (s *Store) Channel() string { return s.db.channel }

// database adapts a pgx pool to sqlcore.DB with a LISTEN/NOTIFY change feed.
type database struct {
	pool    *pgxpool.Pool
	hub     *sqlcore.Hub
	channel string
	connCfg *pgx.ConnConfig

	stop      context.CancelFunc
	done      chan struct{}
	closeOnce sync.Once
}

// startListener opens the dedicated LISTEN connection and the goroutine that
// forwards notifications to the hub; it returns once LISTEN is in effect.
func (d *database) startListener(ctx context.Context) error {
	conn, err := d.listen(ctx)
	if err != nil {
		return err
	}
	lctx, cancel := context.WithCancel(context.Background())
	d.stop = cancel
	d.done = make(chan struct{})
	go d.loop(lctx, conn)
	return nil
}

func (d *database) listen(ctx context.Context) (*pgx.Conn, error) {
	conn, err := pgx.ConnectConfig(ctx, d.connCfg.Copy())
	if err != nil {
		return nil, fmt.Errorf("postgres: listener connect: %w", err)
	}
	if _, err := conn.Exec(ctx, "LISTEN "+pgx.Identifier{d.channel}.Sanitize()); err != nil {
		conn.Close(ctx)
		return nil, fmt.Errorf("postgres: listen: %w", err)
	}
	return conn, nil
}

// loop forwards notifications until ctx ends. When the connection fails it
// closes every subscription (events may have been lost meanwhile, so
// consumers must resubscribe and re-read) and reconnects with backoff.
func (d *database) loop(ctx context.Context, conn *pgx.Conn) {
	defer close(d.done)
	backoff := 100 * time.Millisecond
	for {
		if conn == nil {
			select {
			case <-ctx.Done():
				return
			case <-time.After(backoff):
			}
			c, err := d.listen(ctx)
			if err != nil {
				backoff = min(backoff*2, 5*time.Second)
				continue
			}
			conn, backoff = c, 100*time.Millisecond
		}
		n, err := conn.WaitForNotification(ctx)
		if err != nil {
			conn.Close(context.Background())
			conn = nil
			if ctx.Err() != nil {
				return
			}
			d.hub.Reset()
			continue
		}
		var ev query.Event
		if json.Unmarshal([]byte(n.Payload), &ev) == nil && ev.Tenant != "" {
			d.hub.Publish(ev)
		}
	}
}

func (d *database) Exec(ctx context.Context, q string, args ...any) (int64, error) {
	tag, err := d.pool.Exec(ctx, q, args...)
	return tag.RowsAffected(), err
}

func (d *database) Query(ctx context.Context, q string, args ...any) (sqlcore.Rows, error) {
	return d.pool.Query(ctx, q, args...)
}

func (d *database) QueryRow(ctx context.Context, q string, args ...any) sqlcore.Row {
	return row{d.pool.QueryRow(ctx, q, args...)}
}

func (d *database) InTx(ctx context.Context, fn func(sqlcore.Tx) error) error {
	ptx, err := d.pool.Begin(ctx)
	if err != nil {
		return fmt.Errorf("postgres: begin: %w", err)
	}
	if err := fn(&tx{tx: ptx, channel: d.channel}); err != nil {
		ptx.Rollback(context.Background())
		return err
	}
	if err := ptx.Commit(ctx); err != nil {
		return fmt.Errorf("postgres: commit: %w", err)
	}
	return nil
}

func (d *database) Subscribe(ctx context.Context) (<-chan query.Event, error) {
	return d.hub.Subscribe(ctx)
}

func (d *database) Close() error {
	d.closeOnce.Do(func() {
		if d.stop != nil {
			d.stop()
			<-d.done
		}
		d.hub.Close()
		d.pool.Close()
	})
	return nil
}

type tx struct {
	tx      pgx.Tx
	channel string
}

func (t *tx) Exec(ctx context.Context, q string, args ...any) (int64, error) {
	tag, err := t.tx.Exec(ctx, q, args...)
	return tag.RowsAffected(), err
}

func (t *tx) Query(ctx context.Context, q string, args ...any) (sqlcore.Rows, error) {
	return t.tx.Query(ctx, q, args...)
}

func (t *tx) QueryRow(ctx context.Context, q string, args ...any) sqlcore.Row {
	return row{t.tx.QueryRow(ctx, q, args...)}
}

// Notify queues the event with pg_notify inside the transaction: PostgreSQL
// delivers it to every listener at commit, and drops it on rollback.
func (t *tx) Notify(ctx context.Context, ev query.Event) error {
	b, err := json.Marshal(ev)
	if err != nil {
		return err
	}
	_, err = t.tx.Exec(ctx, `SELECT pg_notify($1, $2)`, t.channel, string(b))
	return err
}

type row struct{ r pgx.Row }

func (r row) Scan(dest ...any) error {
	err := r.r.Scan(dest...)
	if errors.Is(err, pgx.ErrNoRows) {
		return sqlcore.ErrNoRows
	}
	return err
}
