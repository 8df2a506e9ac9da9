// Package store opens the configured query.Store (SQLite by default,
// PostgreSQL with a DSN) and provides Writer, the batching writer that keeps
// persistence off the keystroke path.
//
// Implementations live in the subpackages sqlite and postgres; both share
// their SQL through internal/sqlcore and pass the storetest conformance
// suite.
package store

import (
	"context"
	"fmt"

	"notecoder/cdi/query"
	"notecoder/server/store/postgres"
	"notecoder/server/store/sqlite"
)

// DefaultDBPath is the SQLite file used when neither a path nor a DSN is
// configured (`notecoder serve` without --db or --postgres).
const DefaultDBPath = "./notecoder.db"

// Config selects the store: PostgresDSN wins when set, else DBPath (default
// DefaultDBPath) with SQLite. Setting both is a configuration error.
type Config struct {
	DBPath      string
	PostgresDSN string
	// PostgresSchema optionally puts the tables in a dedicated schema.
	PostgresSchema string
}

// Open opens and migrates the configured store. The caller closes it.
func Open(ctx context.Context, cfg Config) (query.Store, error) {
	switch {
	case cfg.PostgresDSN != "" && cfg.DBPath != "":
		return nil, fmt.Errorf("%w: use either --db or --postgres, not both", query.ErrInvalid)
	case cfg.PostgresDSN != "":
		return postgres.Open(ctx, cfg.PostgresDSN, postgres.Options{Schema: cfg.PostgresSchema})
	}
	path := cfg.DBPath
	if path == "" {
		path = DefaultDBPath
	}
	return sqlite.Open(ctx, path, sqlite.Options{})
}

// Kind names the engine behind s ("sqlite", "postgres" or "other"), for the
// start-up log line.
func Kind(s query.Store) string {
	switch s.(type) {
	case *sqlite.Store:
		return "sqlite"
	case *postgres.Store:
		return "postgres"
	}
	return "other"
}
