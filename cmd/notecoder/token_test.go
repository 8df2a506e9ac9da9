package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"notecoder/server/auth"
)

func TestTokenCommand(t *testing.T) {
	dir := t.TempDir()
	good := filepath.Join(dir, "secret")
	os.WriteFile(good, []byte(strings.Repeat("s", 40)+"\n"), 0o600)
	short := filepath.Join(dir, "short")
	os.WriteFile(short, []byte("tiny\n"), 0o600)

	tests := []struct {
		name     string
		args     []string
		wantCode int
		wantErr  string
		roles    []string
	}{
		{"ok", []string{"--secret-file", good, "--tenant", "acme", "--user", "u1", "--role", "cdi"}, 0, "", []string{"cdi"}},
		{"two roles, flags after", []string{"--tenant=acme", "--user=u1", "--role", "physician,cdi", "--ttl", "1h", "--secret-file", good}, 0, "", []string{"physician", "cdi"}},
		{"short secret", []string{"--secret-file", short, "--tenant", "acme", "--user", "u1", "--role", "cdi"}, 1, "too short", nil},
		{"missing file", []string{"--secret-file", filepath.Join(dir, "nope"), "--tenant", "acme", "--user", "u1", "--role", "cdi"}, 1, "read secret file", nil},
		{"bad role", []string{"--secret-file", good, "--tenant", "acme", "--user", "u1", "--role", "root"}, 1, "unknown role", nil},
		{"missing tenant", []string{"--secret-file", good, "--user", "u1", "--role", "cdi"}, 2, "required", nil},
		{"stray arg", []string{"--secret-file", good, "--tenant", "a", "--user", "u1", "--role", "cdi", "extra"}, 2, "unexpected argument", nil},
	}
	secret, _ := auth.LoadSecretFile(good)
	v, _ := auth.NewVerifier(secret)
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var out, errb bytes.Buffer
			code := run(append([]string{"token"}, tc.args...), &out, &errb)
			if code != tc.wantCode {
				t.Fatalf("exit %d, want %d; stderr: %s", code, tc.wantCode, errb.String())
			}
			if tc.wantCode != 0 {
				if out.Len() != 0 || !strings.Contains(errb.String(), tc.wantErr) {
					t.Fatalf("stdout %q stderr %q", out.String(), errb.String())
				}
				return
			}
			tok := strings.TrimSuffix(out.String(), "\n")
			if strings.ContainsAny(tok, " \n") || errb.Len() != 0 {
				t.Fatalf("stdout must hold only the token: %q (stderr %q)", out.String(), errb.String())
			}
			id, err := v.Verify(tok, time.Now())
			if err != nil {
				t.Fatal(err)
			}
			if id.Tenant != "acme" || id.User != "u1" || strings.Join(id.Roles, ",") != strings.Join(tc.roles, ",") {
				t.Fatalf("identity %+v", id)
			}
		})
	}
}
