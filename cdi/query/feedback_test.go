package query

import (
	"errors"
	"strings"
	"testing"

	"notecoder/cdi/model"
)

func fbk(tenant, rule, code, action string) Feedback {
	return Feedback{Tenant: tenant, Doc: "d", Target: "c-1", Kind: FeedbackCode, Code: code, Rule: rule, Action: action, User: "u", At: t0}
}

func TestSuppressionPolicy(t *testing.T) {
	tests := []struct {
		name             string
		policy           Policy
		accepts, rejects int
		dismisses        int
		want             bool
	}{
		{"too few decisions", DefaultPolicy, 0, 9, 0, false},
		{"ten rejections", DefaultPolicy, 0, 10, 0, true},
		{"exactly 80%", DefaultPolicy, 2, 8, 0, true},
		{"79%", DefaultPolicy, 21, 79, 0, false},
		{"dismissals count as rejections", DefaultPolicy, 1, 5, 5, true},
		{"custom threshold", Policy{MinDecisions: 3, RejectRate: 0.5}, 1, 2, 0, true},
		{"zero policy takes defaults", Policy{}, 0, 9, 0, false},
	}
	for _, tc := range tests {
		s := NewStats(tc.policy)
		for range tc.accepts {
			s.Add(fbk("acme", "index", "R51.9", Accept))
		}
		for range tc.rejects {
			s.Add(fbk("acme", "index", "R51.9", Reject))
		}
		for range tc.dismisses {
			s.Add(fbk("acme", "index", "R51.9", Dismiss))
		}
		if got := s.Suppressed("acme", "index", "R51.9"); got != tc.want {
			t.Errorf("%s: Suppressed = %v, want %v (%+v)", tc.name, got, tc.want, s.Count("acme", "index", "R51.9"))
		}
		if s.Suppressed("beta", "index", "R51.9") || s.Suppressed("acme", "index", "I10") || s.Suppressed("acme", "other", "R51.9") {
			t.Errorf("%s: suppression leaked to another tenant, code or rule", tc.name)
		}
	}
}

func TestStatsRuleWideAndLoad(t *testing.T) {
	s := NewStats(DefaultPolicy)
	s.Load("acme", []FeedbackCount{{Rule: "combo", Code: "E11.22", Rejected: 6}, {Rule: "combo", Code: "I12.9", Rejected: 5}})
	if s.Suppressed("acme", "combo", "E11.22") || s.Suppressed("acme", "combo", "I12.9") {
		t.Fatal("per-code suppression below the minimum")
	}
	if !s.Suppressed("acme", "combo", "") {
		t.Fatal("rule-wide tally not suppressed at 11 rejections")
	}
	if c := s.Count("acme", "combo", ""); c.Rejected != 11 || c.Decisions() != 11 || c.RejectRate() != 1 {
		t.Fatalf("rule-wide count = %+v", c)
	}
	if (FeedbackCount{}).RejectRate() != 0 {
		t.Fatal("empty reject rate")
	}
}

func TestFeedbackValidate(t *testing.T) {
	ok := fbk("acme", "index", "I10", Accept)
	tests := []struct {
		name string
		edit func(*Feedback)
		ok   bool
	}{
		{"valid", func(*Feedback) {}, true},
		{"valid correction", func(f *Feedback) { f.Phrase = "HTN" }, true},
		{"no tenant", func(f *Feedback) { f.Tenant = "" }, false},
		{"bad kind", func(f *Feedback) { f.Kind = "x" }, false},
		{"bad action", func(f *Feedback) { f.Action = "maybe" }, false},
		{"no time", func(f *Feedback) { f.At = Feedback{}.At }, false},
		{"phrase on reject", func(f *Feedback) { f.Action = Reject; f.Phrase = "x" }, false},
		{"phrase too long", func(f *Feedback) { f.Phrase = strings.Repeat("x", MaxPhraseBytes+1) }, false},
		{"reason too long", func(f *Feedback) { f.Reason = strings.Repeat("x", MaxReasonBytes+1) }, false},
		{"prompt dismissal without key", func(f *Feedback) { f.Kind = FeedbackPrompt; f.Action = Dismiss }, false},
	}
	for _, tc := range tests {
		f := ok
		tc.edit(&f)
		err := f.Validate()
		if (err == nil) != tc.ok || (err != nil && !errors.Is(err, ErrInvalid)) {
			t.Errorf("%s: %v", tc.name, err)
		}
	}
	if NormalizePhrase("  HFrEF \t Exacerbation ") != "hfref exacerbation" {
		t.Error("NormalizePhrase")
	}
}

func TestAuditHelpers(t *testing.T) {
	text := "ASSESSMENT: CHF"
	ev := EvidenceOf(text, []model.Span{{Start: 12, End: 15}, {Start: 10, End: 99}})
	if ev[0].SHA256 != HashText("CHF") || ev[1].SHA256 != "" || ev[1].End != 99 {
		t.Fatalf("evidence = %+v", ev)
	}
	tests := []struct {
		kind, action, want string
	}{
		{FeedbackCode, Accept, AuditCodeAccepted},
		{FeedbackCode, Reject, AuditCodeRejected},
		{FeedbackCode, Dismiss, AuditCodeRejected},
		{FeedbackPrompt, Accept, AuditPromptAccepted},
		{FeedbackPrompt, Reject, AuditPromptRejected},
		{FeedbackPrompt, Dismiss, AuditPromptDismissed},
	}
	for _, tc := range tests {
		f := fbk("acme", "r", "I10", tc.action)
		f.Kind, f.Key = tc.kind, "k"
		if got := AuditForFeedback(f); got.Action != tc.want || got.Tenant != "acme" {
			t.Errorf("%s/%s -> %s", tc.kind, tc.action, got.Action)
		}
	}
	bad := AuditEvent{Tenant: "acme", User: "u", Action: "x"}
	if err := bad.Validate(); !errors.Is(err, ErrInvalid) {
		t.Fatal("event without time accepted")
	}
	if (AuditFilter{Limit: 1 << 30}).EffectiveLimit() != MaxAuditLimit || (AuditFilter{}).EffectiveLimit() != DefaultAuditLimit {
		t.Fatal("EffectiveLimit")
	}
}
