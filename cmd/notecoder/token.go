package main

import (
	"fmt"
	"io"
	"strings"
	"time"

	"notecoder/server/auth"
)

func init() {
	register(command{name: "token", summary: "mint a signed bearer token for a tenant, user and roles", run: runToken})
}

// roleList is a repeatable, comma-separable --role flag.
type roleList []string

func (r *roleList) String() string { return strings.Join(*r, ",") }

func (r *roleList) Set(v string) error {
	for _, p := range strings.Split(v, ",") {
		if p = strings.TrimSpace(p); p != "" {
			*r = append(*r, p)
		}
	}
	return nil
}

// runToken prints only the token on stdout so scripts can capture it with
// $(notecoder token ...); every error goes to stderr with exit status 1
// (2 for usage errors).
func runToken(args []string, stdout, stderr io.Writer) int {
	fs := newFlagSet("token", "--secret-file F --tenant T --user U --role physician|cdi|admin [--role ...] [--ttl 8h]", stderr)
	secretFile := fs.String("secret-file", "", "file holding the HMAC secret (at least 32 bytes after trimming whitespace)")
	tenant := fs.String("tenant", "", "tenant (organisation) the token belongs to")
	user := fs.String("user", "", "user id the token speaks for")
	var roles roleList
	fs.Var(&roles, "role", "role: physician, cdi or admin (repeat or comma-separate for several)")
	ttl := fs.Duration("ttl", auth.DefaultTTL, "token lifetime")
	rest, err := parseInterspersed(fs, args)
	if err != nil {
		return 2
	}
	if len(rest) > 0 {
		fmt.Fprintf(stderr, "notecoder token: unexpected argument %q\n", rest[0])
		fs.Usage()
		return 2
	}
	if *secretFile == "" || *tenant == "" || *user == "" || len(roles) == 0 {
		fmt.Fprintln(stderr, "notecoder token: --secret-file, --tenant, --user and --role are required")
		fs.Usage()
		return 2
	}
	secret, err := auth.LoadSecretFile(*secretFile)
	if err != nil {
		fmt.Fprintf(stderr, "notecoder token: %v\n", err)
		return 1
	}
	signer, err := auth.NewSigner(secret)
	if err != nil {
		fmt.Fprintf(stderr, "notecoder token: %v\n", err)
		return 1
	}
	tok, err := signer.Issue(*tenant, *user, roles, *ttl, time.Now())
	if err != nil {
		fmt.Fprintf(stderr, "notecoder token: %v\n", err)
		return 1
	}
	fmt.Fprintln(stdout, tok)
	return 0
}
