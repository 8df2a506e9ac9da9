package query

import (
	"fmt"
	"strings"
	"sync"
	"time"
	"unicode/utf8"
)

// Feedback kinds and actions.
const (
	FeedbackCode   = "code"
	FeedbackPrompt = "prompt"

	Accept  = "accept"
	Reject  = "reject"
	Dismiss = "dismiss"
)

// MaxPhraseBytes bounds a learned synonym phrase: a clinical term, not a
// passage of the note.
const MaxPhraseBytes = 120

// Feedback is one accept / reject / dismiss decision by a physician or coder
// on a suggested code or a prompt, recorded with who, when and why.
type Feedback struct {
	Tenant string `json:"-"`
	Doc    string `json:"doc"`
	// Target is the wire id of the code or prompt ("c-1", "p-1").
	Target string `json:"target"`
	// Kind is FeedbackCode or FeedbackPrompt.
	Kind string `json:"kind"`
	// Code is the ICD-10-CM code suggested (or the prompt's code).
	Code string `json:"code,omitempty"`
	// Rule is the code's rule family (model.Code.Rule) or the prompt's kind,
	// the unit by which statistics suppress.
	Rule string `json:"rule,omitempty"`
	// Key is the prompt's stable key (model.Prompt.Key); a dismissed prompt
	// stays dismissed for the document by this key.
	Key    string    `json:"key,omitempty"`
	Action string    `json:"action"`
	Reason string    `json:"reason,omitempty"`
	User   string    `json:"user"`
	At     time.Time `json:"at"`
	// Phrase, for an accepted correction, is the note's wording that should
	// have yielded Code; it becomes a per-tenant synonym phrase -> Code.
	Phrase string `json:"phrase,omitempty"`
	// Evidence locates (without text) what the decision was about; it is
	// copied into the audit event.
	Evidence []Evidence `json:"evidence,omitempty"`
}

// Validate checks fb before it is stored; an invalid feedback changes nothing.
func (fb *Feedback) Validate() error {
	switch {
	case fb.Tenant == "" || fb.Doc == "" || fb.User == "":
		return fmt.Errorf("%w: feedback needs tenant, doc and user", ErrInvalid)
	case fb.Kind != FeedbackCode && fb.Kind != FeedbackPrompt:
		return fmt.Errorf("%w: feedback kind %q (want code or prompt)", ErrInvalid, fb.Kind)
	case fb.Action != Accept && fb.Action != Reject && fb.Action != Dismiss:
		return fmt.Errorf("%w: feedback action %q (want accept, reject or dismiss)", ErrInvalid, fb.Action)
	case fb.At.IsZero():
		return fmt.Errorf("%w: feedback without time", ErrInvalid)
	case len(fb.Reason) > MaxReasonBytes || !utf8.ValidString(fb.Reason):
		return fmt.Errorf("%w: reason must be valid UTF-8 of at most %d bytes", ErrInvalid, MaxReasonBytes)
	case fb.Phrase != "" && (fb.Action != Accept || fb.Code == ""):
		return fmt.Errorf("%w: a phrase is learned only from an accepted correction with a code", ErrInvalid)
	case len(fb.Phrase) > MaxPhraseBytes || !utf8.ValidString(fb.Phrase):
		return fmt.Errorf("%w: phrase must be valid UTF-8 of at most %d bytes", ErrInvalid, MaxPhraseBytes)
	case fb.Action == Dismiss && fb.Kind == FeedbackPrompt && fb.Key == "":
		return fmt.Errorf("%w: dismissing a prompt needs its key", ErrInvalid)
	}
	return nil
}

// NormalizePhrase is the form synonyms are stored and looked up in: lower
// case, single spaces, trimmed.
func NormalizePhrase(s string) string { return strings.ToLower(strings.Join(strings.Fields(s), " ")) }

// FeedbackCount is the tally of decisions for one (rule, code) of a tenant.
type FeedbackCount struct {
	Rule      string `json:"rule"`
	Code      string `json:"code"`
	Accepted  int    `json:"accepted"`
	Rejected  int    `json:"rejected"`
	Dismissed int    `json:"dismissed"`
}

// Decisions is the number of decisions counted by the policy.
func (c FeedbackCount) Decisions() int { return c.Accepted + c.Rejected + c.Dismissed }

// RejectRate is the share of decisions that turned the suggestion down
// (rejects and dismissals); 0 when there are no decisions.
func (c FeedbackCount) RejectRate() float64 {
	if d := c.Decisions(); d > 0 {
		return float64(c.Rejected+c.Dismissed) / float64(d)
	}
	return 0
}

// Synonym is a learned per-tenant phrase -> code mapping; Count is how many
// accepted corrections taught it.
type Synonym struct {
	Phrase string `json:"phrase"`
	Code   string `json:"code"`
	Count  int    `json:"count"`
}

// Policy decides when a tenant's feedback suppresses a rule for a code.
type Policy struct {
	// MinDecisions is how many decisions are needed before suppressing, so a
	// few early rejections do not silence a rule (default 10).
	MinDecisions int
	// RejectRate is the share of rejections at or above which the rule is
	// suppressed (default 0.8).
	RejectRate float64
}

// DefaultPolicy is the suppression policy when none is configured.
var DefaultPolicy = Policy{MinDecisions: 10, RejectRate: 0.8}

// Suppresses applies the policy to one tally.
func (p Policy) Suppresses(c FeedbackCount) bool {
	if p.MinDecisions <= 0 {
		p.MinDecisions = DefaultPolicy.MinDecisions
	}
	if p.RejectRate <= 0 {
		p.RejectRate = DefaultPolicy.RejectRate
	}
	return c.Decisions() >= p.MinDecisions && c.RejectRate() >= p.RejectRate
}

type statKey struct{ tenant, rule, code string }

// Stats holds per-tenant feedback tallies in memory so the coding path can ask
// Suppressed without a database round trip. Load it from Store.FeedbackStats
// at start-up (per tenant) and Add each feedback as it is recorded. Safe for
// concurrent use.
type Stats struct {
	policy Policy

	mu sync.RWMutex
	// counts is keyed by (tenant, rule, code); code "" holds the rule-wide
	// total.
	counts map[statKey]*FeedbackCount
}

// NewStats returns empty statistics governed by p (zero fields take the
// defaults).
func NewStats(p Policy) *Stats {
	return &Stats{policy: p, counts: map[statKey]*FeedbackCount{}}
}

// Load replaces nothing and adds the tallies of tenant (as read from the
// store) to the statistics.
func (s *Stats) Load(tenant string, counts []FeedbackCount) {
	s.mu.Lock()
	defer s.mu.Unlock()
	for _, c := range counts {
		s.add(tenant, c.Rule, c.Code, c.Accepted, c.Rejected, c.Dismissed)
	}
}

// Add counts one feedback decision.
func (s *Stats) Add(fb Feedback) {
	var a, r, d int
	switch fb.Action {
	case Accept:
		a = 1
	case Reject:
		r = 1
	case Dismiss:
		d = 1
	default:
		return
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	s.add(fb.Tenant, fb.Rule, fb.Code, a, r, d)
}

func (s *Stats) add(tenant, rule, code string, a, r, d int) {
	for _, k := range []statKey{{tenant, rule, code}, {tenant, rule, ""}} {
		c := s.counts[k]
		if c == nil {
			c = &FeedbackCount{Rule: rule, Code: k.code}
			s.counts[k] = c
		}
		c.Accepted += a
		c.Rejected += r
		c.Dismissed += d
		if code == "" {
			break
		}
	}
}

// Suppressed reports whether tenant's feedback suppresses rule for code: at
// least MinDecisions decisions and a reject rate at or above RejectRate. With
// code "" it judges the rule across all its codes.
func (s *Stats) Suppressed(tenant, rule, code string) bool {
	s.mu.RLock()
	c := s.counts[statKey{tenant, rule, code}]
	var snap FeedbackCount
	if c != nil {
		snap = *c
	}
	s.mu.RUnlock()
	return c != nil && s.policy.Suppresses(snap)
}

// Count returns the tally for (tenant, rule, code) (zero when unknown).
func (s *Stats) Count(tenant, rule, code string) FeedbackCount {
	s.mu.RLock()
	defer s.mu.RUnlock()
	if c := s.counts[statKey{tenant, rule, code}]; c != nil {
		return *c
	}
	return FeedbackCount{Rule: rule, Code: code}
}
