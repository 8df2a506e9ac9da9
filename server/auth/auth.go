// Package auth mints and verifies the bearer tokens that carry a caller's
// identity (tenant, user, roles) on the WebSocket and on REST.
//
// Tokens are self-contained and HMAC-SHA256 signed with a secret shared by
// every server node, so any node can verify a token without a database round
// trip and a token minted by `notecoder token` works on all of them:
//
//	nc1.<base64url(payload JSON)>.<base64url(HMAC-SHA256(secret, "nc1." + payload part))>
//
// The payload holds the tenant ("ten"), the user ("sub"), the roles, the
// issue and expiry times (Unix seconds) and a random token id ("jti") that
// audit and revocation can refer to. Tokens are never logged: they are
// credentials.
package auth

import (
	"bytes"
	"crypto/hmac"
	"crypto/rand"
	"crypto/sha256"
	"encoding/base64"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"slices"
	"strings"
	"time"
	"unicode"
)

// Role names. A role grants what the REST and socket handlers check for; no
// role implies another, so an admin who also codes needs both roles.
const (
	// RolePhysician may open notes, read and answer queries.
	RolePhysician = "physician"
	// RoleCDI may create queries and read the worklist and audit trail.
	RoleCDI = "cdi"
	// RoleAdmin may read the worklist and the audit trail of its tenant.
	RoleAdmin = "admin"
)

// Roles lists every valid role, for validation and usage messages.
var Roles = []string{RolePhysician, RoleCDI, RoleAdmin}

// MinSecretBytes is the shortest accepted HMAC secret: 256 bits, the size of
// the SHA-256 block output, so the key is not the weak link.
const MinSecretBytes = 32

// DefaultTTL is the token lifetime when none is given: one clinical shift.
const DefaultTTL = 8 * time.Hour

// MaxClockSkew is how far in the future a token's issue time may lie, so
// nodes with slightly different clocks accept each other's tokens.
const MaxClockSkew = time.Minute

const tokenPrefix = "nc1"

// maxTokenBytes bounds the work a hostile token can cause before it is
// rejected.
const maxTokenBytes = 4096

// Errors returned by Verify and the constructors. Verify wraps exactly one of
// the token errors so that handlers can map them with errors.Is (all of them
// are 401 on the wire) and tests can tell them apart.
var (
	// ErrMalformed means the token is not in the nc1 format, or its payload is
	// not valid JSON with the required claims.
	ErrMalformed = errors.New("auth: malformed token")
	// ErrBadSignature means the token was not signed with this server's secret
	// or was altered after signing.
	ErrBadSignature = errors.New("auth: bad token signature")
	// ErrExpired means the token's expiry time has passed.
	ErrExpired = errors.New("auth: token expired")
	// ErrNotYetValid means the token claims to be issued in the future beyond
	// MaxClockSkew.
	ErrNotYetValid = errors.New("auth: token not yet valid")
	// ErrShortSecret means the secret is shorter than MinSecretBytes.
	ErrShortSecret = errors.New("auth: secret too short")
	// ErrBadClaims means Issue was asked for a token with an empty or invalid
	// tenant, user, role or TTL.
	ErrBadClaims = errors.New("auth: invalid claims")
)

// Identity is who a verified token speaks for. Every stored object belongs to
// Identity.Tenant, and nothing crosses tenants.
type Identity struct {
	Tenant string
	User   string
	Roles  []string
	// TokenID is the token's random id ("jti"); empty for the dev identity.
	TokenID string
	// Expires is when the token stops being accepted; zero for the dev
	// identity.
	Expires time.Time
}

// Has reports whether the identity holds role; handlers call it before every
// privileged action.
func (id Identity) Has(role string) bool { return slices.Contains(id.Roles, role) }

// HasAny reports whether the identity holds at least one of roles, for
// endpoints open to several roles (the worklist: cdi or admin).
func (id Identity) HasAny(roles ...string) bool {
	for _, r := range roles {
		if id.Has(r) {
			return true
		}
	}
	return false
}

// DevIdentity is the single identity `notecoder serve --dev` grants to every
// connection: tenant "dev", user "dev", roles physician and cdi.
func DevIdentity() Identity {
	return Identity{Tenant: "dev", User: "dev", Roles: []string{RolePhysician, RoleCDI}}
}

// Authenticator turns a bearer token into an Identity. *Verifier and
// DevAuthenticator implement it so the server holds one value either way.
type Authenticator interface {
	Verify(token string, now time.Time) (Identity, error)
}

// DevAuthenticator accepts any token, including an empty one, as DevIdentity.
// It exists only for `serve --dev`; the server must log loudly when it uses it.
type DevAuthenticator struct{}

// Verify returns DevIdentity whatever the token.
func (DevAuthenticator) Verify(string, time.Time) (Identity, error) { return DevIdentity(), nil }

// LoadSecretFile reads an HMAC secret from path. The file holds the raw
// secret; surrounding whitespace (a trailing newline from an editor or echo)
// is trimmed. A secret shorter than MinSecretBytes after trimming is refused
// with ErrShortSecret.
func LoadSecretFile(path string) ([]byte, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("auth: read secret file: %w", err)
	}
	s := bytes.TrimSpace(b)
	if len(s) < MinSecretBytes {
		return nil, fmt.Errorf("%w: %s holds %d bytes after trimming whitespace, need at least %d",
			ErrShortSecret, path, len(s), MinSecretBytes)
	}
	return s, nil
}

func checkSecret(secret []byte) ([]byte, error) {
	if len(secret) < MinSecretBytes {
		return nil, fmt.Errorf("%w: %d bytes, need at least %d", ErrShortSecret, len(secret), MinSecretBytes)
	}
	return bytes.Clone(secret), nil
}

// claims is the JSON payload of a token.
type claims struct {
	Tenant   string   `json:"ten"`
	User     string   `json:"sub"`
	Roles    []string `json:"roles"`
	IssuedAt int64    `json:"iat"`
	Expires  int64    `json:"exp"`
	ID       string   `json:"jti"`
}

// Signer mints tokens. It is safe for concurrent use.
type Signer struct {
	secret []byte
}

// NewSigner returns a Signer for secret, which must hold at least
// MinSecretBytes bytes. The secret is copied.
func NewSigner(secret []byte) (*Signer, error) {
	s, err := checkSecret(secret)
	if err != nil {
		return nil, err
	}
	return &Signer{secret: s}, nil
}

// Issue mints a token for tenant, user and roles, valid from now for ttl.
// Roles must be among Roles and not empty; tenant and user must be non-empty
// printable strings without whitespace, at most 128 bytes.
func (s *Signer) Issue(tenant, user string, roles []string, ttl time.Duration, now time.Time) (string, error) {
	if err := validName("tenant", tenant); err != nil {
		return "", err
	}
	if err := validName("user", user); err != nil {
		return "", err
	}
	if err := validRoles(roles); err != nil {
		return "", err
	}
	if ttl <= 0 {
		return "", fmt.Errorf("%w: ttl must be positive, got %s", ErrBadClaims, ttl)
	}
	var jti [12]byte
	if _, err := rand.Read(jti[:]); err != nil {
		return "", fmt.Errorf("auth: token id: %w", err)
	}
	c := claims{
		Tenant: tenant, User: user, Roles: slices.Clone(roles),
		IssuedAt: now.Unix(), Expires: now.Add(ttl).Unix(), ID: hex.EncodeToString(jti[:]),
	}
	payload, err := json.Marshal(c)
	if err != nil {
		return "", fmt.Errorf("auth: encode claims: %w", err)
	}
	signed := tokenPrefix + "." + base64.RawURLEncoding.EncodeToString(payload)
	return signed + "." + base64.RawURLEncoding.EncodeToString(mac(s.secret, signed)), nil
}

func mac(secret []byte, signed string) []byte {
	m := hmac.New(sha256.New, secret)
	m.Write([]byte(signed))
	return m.Sum(nil)
}

// Verifier checks tokens minted by a Signer with the same secret. It is safe
// for concurrent use.
type Verifier struct {
	secret []byte
}

// NewVerifier returns a Verifier for secret, which must hold at least
// MinSecretBytes bytes. The secret is copied.
func NewVerifier(secret []byte) (*Verifier, error) {
	s, err := checkSecret(secret)
	if err != nil {
		return nil, err
	}
	return &Verifier{secret: s}, nil
}

// Verify checks token's format, signature (constant-time) and validity at now
// and returns the identity it carries. The signature is checked before the
// payload is parsed, so unauthenticated input never reaches the JSON decoder.
// Errors wrap ErrMalformed, ErrBadSignature, ErrExpired or ErrNotYetValid and
// never contain the token.
func (v *Verifier) Verify(token string, now time.Time) (Identity, error) {
	if len(token) > maxTokenBytes {
		return Identity{}, fmt.Errorf("%w: longer than %d bytes", ErrMalformed, maxTokenBytes)
	}
	parts := strings.Split(token, ".")
	if len(parts) != 3 || parts[0] != tokenPrefix || parts[1] == "" || parts[2] == "" {
		return Identity{}, fmt.Errorf("%w: want %s.<payload>.<signature>", ErrMalformed, tokenPrefix)
	}
	sig, err := base64.RawURLEncoding.DecodeString(parts[2])
	if err != nil {
		return Identity{}, fmt.Errorf("%w: signature is not base64url", ErrMalformed)
	}
	if !hmac.Equal(sig, mac(v.secret, parts[0]+"."+parts[1])) {
		return Identity{}, ErrBadSignature
	}
	payload, err := base64.RawURLEncoding.DecodeString(parts[1])
	if err != nil {
		return Identity{}, fmt.Errorf("%w: payload is not base64url", ErrMalformed)
	}
	var c claims
	dec := json.NewDecoder(bytes.NewReader(payload))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&c); err != nil {
		return Identity{}, fmt.Errorf("%w: payload is not valid claims JSON", ErrMalformed)
	}
	if validName("tenant", c.Tenant) != nil || validName("user", c.User) != nil || validRoles(c.Roles) != nil ||
		c.Expires == 0 || c.IssuedAt == 0 || c.ID == "" {
		return Identity{}, fmt.Errorf("%w: missing or invalid claims", ErrMalformed)
	}
	exp := time.Unix(c.Expires, 0)
	if !now.Before(exp) {
		return Identity{}, fmt.Errorf("%w: at %s", ErrExpired, exp.UTC().Format(time.RFC3339))
	}
	if time.Unix(c.IssuedAt, 0).After(now.Add(MaxClockSkew)) {
		return Identity{}, ErrNotYetValid
	}
	return Identity{Tenant: c.Tenant, User: c.User, Roles: c.Roles, TokenID: c.ID, Expires: exp}, nil
}

func validName(what, s string) error {
	if s == "" || len(s) > 128 {
		return fmt.Errorf("%w: %s must be 1..128 bytes", ErrBadClaims, what)
	}
	for _, r := range s {
		if unicode.IsSpace(r) || !unicode.IsPrint(r) {
			return fmt.Errorf("%w: %s must be printable without whitespace", ErrBadClaims, what)
		}
	}
	return nil
}

func validRoles(roles []string) error {
	if len(roles) == 0 {
		return fmt.Errorf("%w: at least one role (%s) is required", ErrBadClaims, strings.Join(Roles, ", "))
	}
	for _, r := range roles {
		if !slices.Contains(Roles, r) {
			return fmt.Errorf("%w: unknown role %q (want %s)", ErrBadClaims, r, strings.Join(Roles, ", "))
		}
	}
	return nil
}
