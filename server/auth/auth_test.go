package auth

import (
	"encoding/base64"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

var (
	secretA = []byte("0123456789abcdef0123456789abcdef-A")
	secretB = []byte("0123456789abcdef0123456789abcdef-B")
	t0      = time.Date(2026, 3, 1, 8, 0, 0, 0, time.UTC)
)

func mint(t *testing.T, secret []byte, ttl time.Duration, roles ...string) string {
	t.Helper()
	s, err := NewSigner(secret)
	if err != nil {
		t.Fatal(err)
	}
	tok, err := s.Issue("acme", "dr.lee", roles, ttl, t0)
	if err != nil {
		t.Fatal(err)
	}
	return tok
}

func TestVerifyRoundTrip(t *testing.T) {
	tok := mint(t, secretA, time.Hour, RolePhysician, RoleCDI)
	v, err := NewVerifier(secretA)
	if err != nil {
		t.Fatal(err)
	}
	id, err := v.Verify(tok, t0.Add(30*time.Minute))
	if err != nil {
		t.Fatalf("Verify: %v", err)
	}
	if id.Tenant != "acme" || id.User != "dr.lee" || !id.Has(RolePhysician) || !id.Has(RoleCDI) || id.Has(RoleAdmin) {
		t.Fatalf("identity = %+v", id)
	}
	if id.TokenID == "" || !id.Expires.Equal(t0.Add(time.Hour)) {
		t.Fatalf("token id %q expires %v", id.TokenID, id.Expires)
	}
	if !id.HasAny(RoleAdmin, RoleCDI) || id.HasAny(RoleAdmin) {
		t.Fatal("HasAny wrong")
	}
	// Two tokens for the same claims differ by their id.
	if mint(t, secretA, time.Hour, RoleCDI) == mint(t, secretA, time.Hour, RoleCDI) {
		t.Fatal("token ids are not random")
	}
}

func TestVerifyRejects(t *testing.T) {
	good := mint(t, secretA, time.Hour, RolePhysician)
	parts := strings.Split(good, ".")
	payload, _ := base64.RawURLEncoding.DecodeString(parts[1])
	tampered := strings.Replace(string(payload), `"physician"`, `"admin"`, 1)
	if tampered == string(payload) {
		t.Fatal("test setup: role not found in payload")
	}
	tamperedTok := parts[0] + "." + base64.RawURLEncoding.EncodeToString([]byte(tampered)) + "." + parts[2]
	otherTenant := strings.Replace(string(payload), `"acme"`, `"evil"`, 1)
	forgedNoSig := parts[0] + "." + base64.RawURLEncoding.EncodeToString([]byte(otherTenant)) + "."
	forgedZeroSig := parts[0] + "." + parts[1] + "." + base64.RawURLEncoding.EncodeToString(make([]byte, 32))

	v, _ := NewVerifier(secretA)
	tests := []struct {
		name  string
		token string
		now   time.Time
		want  error
	}{
		{"empty", "", t0, ErrMalformed},
		{"garbage", "hello", t0, ErrMalformed},
		{"wrong prefix", "jwt." + parts[1] + "." + parts[2], t0, ErrMalformed},
		{"four parts", good + ".x", t0, ErrMalformed},
		{"signature not base64", parts[0] + "." + parts[1] + ".!!!", t0, ErrMalformed},
		{"missing signature", forgedNoSig, t0, ErrMalformed},
		{"forged zero signature", forgedZeroSig, t0, ErrBadSignature},
		{"tampered payload", tamperedTok, t0, ErrBadSignature},
		{"wrong secret", mint(t, secretB, time.Hour, RolePhysician), t0, ErrBadSignature},
		{"expired", good, t0.Add(time.Hour), ErrExpired},
		{"long expired", good, t0.Add(48 * time.Hour), ErrExpired},
		{"issued in the future", good, t0.Add(-time.Hour), ErrNotYetValid},
		{"oversized", strings.Repeat("a", maxTokenBytes+1), t0, ErrMalformed},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			id, err := v.Verify(tc.token, tc.now)
			if !errors.Is(err, tc.want) {
				t.Fatalf("err = %v, want %v", err, tc.want)
			}
			if id.Tenant != "" || id.User != "" || id.Roles != nil {
				t.Fatalf("rejected token yielded identity %+v", id)
			}
			if tc.token != "" && len(tc.token) > 10 && strings.Contains(err.Error(), tc.token) {
				t.Fatal("error message leaks the token")
			}
		})
	}
}

func TestSignedGarbagePayloadIsMalformed(t *testing.T) {
	// A payload signed with the right secret but without the claims is still
	// refused: the signature proves origin, not validity.
	for _, p := range []string{`{}`, `not json`, `{"ten":"a","sub":"b","roles":["root"],"iat":1,"exp":9999999999,"jti":"x"}`} {
		signed := tokenPrefix + "." + base64.RawURLEncoding.EncodeToString([]byte(p))
		tok := signed + "." + base64.RawURLEncoding.EncodeToString(mac(secretA, signed))
		v, _ := NewVerifier(secretA)
		if _, err := v.Verify(tok, t0); !errors.Is(err, ErrMalformed) {
			t.Errorf("payload %s: err = %v, want ErrMalformed", p, err)
		}
	}
}

func TestShortSecret(t *testing.T) {
	short := []byte("too-short-secret")
	if _, err := NewSigner(short); !errors.Is(err, ErrShortSecret) {
		t.Fatalf("NewSigner: %v", err)
	}
	if _, err := NewVerifier(short); !errors.Is(err, ErrShortSecret) {
		t.Fatalf("NewVerifier: %v", err)
	}
	dir := t.TempDir()
	tests := []struct {
		name    string
		content string
		want    error
		wantLen int
	}{
		{"short", "abc\n", ErrShortSecret, 0},
		{"padded to length with whitespace", "   " + strings.Repeat("x", 20) + strings.Repeat(" ", 20) + "\n", ErrShortSecret, 0},
		{"exactly 32 with newline", strings.Repeat("k", 32) + "\n", nil, 32},
		{"long", "\t" + strings.Repeat("k", 64) + "\r\n", nil, 64},
	}
	for i, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			p := filepath.Join(dir, string(rune('a'+i)))
			if err := os.WriteFile(p, []byte(tc.content), 0o600); err != nil {
				t.Fatal(err)
			}
			s, err := LoadSecretFile(p)
			if !errors.Is(err, tc.want) {
				t.Fatalf("err = %v, want %v", err, tc.want)
			}
			if len(s) != tc.wantLen {
				t.Fatalf("secret length %d, want %d", len(s), tc.wantLen)
			}
		})
	}
	if _, err := LoadSecretFile(filepath.Join(dir, "missing")); err == nil {
		t.Fatal("missing file accepted")
	}
}

func TestIssueRejectsBadClaims(t *testing.T) {
	s, _ := NewSigner(secretA)
	tests := []struct {
		name, tenant, user string
		roles              []string
		ttl                time.Duration
	}{
		{"no tenant", "", "u", []string{RoleCDI}, time.Hour},
		{"no user", "t", "", []string{RoleCDI}, time.Hour},
		{"space in tenant", "a b", "u", []string{RoleCDI}, time.Hour},
		{"no role", "t", "u", nil, time.Hour},
		{"unknown role", "t", "u", []string{"root"}, time.Hour},
		{"zero ttl", "t", "u", []string{RoleCDI}, 0},
		{"negative ttl", "t", "u", []string{RoleCDI}, -time.Hour},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			tok, err := s.Issue(tc.tenant, tc.user, tc.roles, tc.ttl, t0)
			if !errors.Is(err, ErrBadClaims) || tok != "" {
				t.Fatalf("Issue = %q, %v; want ErrBadClaims", tok, err)
			}
		})
	}
}

func TestDevAuthenticator(t *testing.T) {
	var a Authenticator = DevAuthenticator{}
	id, err := a.Verify("anything", t0)
	if err != nil || id.Tenant != "dev" || id.User != "dev" || !id.Has(RolePhysician) || !id.Has(RoleCDI) || id.Has(RoleAdmin) {
		t.Fatalf("dev identity = %+v, %v", id, err)
	}
	var _ Authenticator = (*Verifier)(nil)
}
