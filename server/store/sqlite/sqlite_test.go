package sqlite

import (
	"context"
	"errors"
	"path/filepath"
	"testing"

	"notecoder/cdi/query"
	"notecoder/server/store/storetest"
)

func opener(t *testing.T) func() query.Store {
	path := filepath.Join(t.TempDir(), "notecoder.db")
	return func() query.Store {
		s, err := Open(context.Background(), path, Options{})
		if err != nil {
			t.Fatalf("Open: %v", err)
		}
		return s
	}
}

func TestConformance(t *testing.T) { storetest.Run(t, opener) }

func TestDurabilitySettings(t *testing.T) {
	s := opener(t)().(*Store)
	defer s.Close()
	for name, want := range map[string]string{"journal_mode": "wal", "synchronous": "2", "busy_timeout": "10000"} {
		got, err := s.Pragma(context.Background(), name)
		if err != nil || got != want {
			t.Errorf("PRAGMA %s = %q (%v), want %q", name, got, err, want)
		}
	}
	if v, err := s.SchemaVersion(context.Background()); err != nil || v != 1 {
		t.Errorf("schema version = %d, %v", v, err)
	}
}

func TestOpenRefusesMemory(t *testing.T) {
	for _, p := range []string{"", ":memory:", "file::memory:"} {
		if _, err := Open(context.Background(), p, Options{}); !errors.Is(err, query.ErrInvalid) {
			t.Errorf("Open(%q) = %v", p, err)
		}
	}
}
