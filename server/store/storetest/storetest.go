// Package storetest is the conformance suite every query.Store implementation
// passes: the SQLite and PostgreSQL stores run the same tests, so the server
// behaves the same on either.
package storetest

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"sync"
	"testing"
	"time"

	"notecoder/cdi/model"
	"notecoder/cdi/query"
)

// Opener prepares a fresh, empty database for one test and returns a function
// that opens a store on it. The function may be called again after the
// previous store was closed (durability) or while it is open (two nodes on
// one database). Stores it opens are the test's to close; the opener cleans
// the database up with t.Cleanup.
type Opener func(t *testing.T) (open func() query.Store)

// Run runs the whole suite.
func Run(t *testing.T, opener Opener) {
	tests := []struct {
		name string
		fn   func(*testing.T, func() query.Store)
	}{
		{"QueryLifecycle", testQueryLifecycle},
		{"QueryErrors", testQueryErrors},
		{"ConcurrentAnswers", testConcurrentAnswers},
		{"DueQueries", testDueQueries},
		{"Audit", testAudit},
		{"Feedback", testFeedback},
		{"Worklist", testWorklist},
		{"TenantIsolation", testTenantIsolation},
		{"Notify", testNotify},
		{"Durability", testDurability},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			open := opener(t)
			tc.fn(t, open)
		})
	}
}

var (
	t0  = time.Date(2026, 3, 2, 9, 0, 0, 0, time.UTC)
	ctx = context.Background()
)

const note = "ASSESSMENT:\nAcute heart failure. BNP 1,250. EF 35% on echo. Creatinine 2.1."

func openStore(t *testing.T, open func() query.Store) query.Store {
	t.Helper()
	s := open()
	t.Cleanup(func() { s.Close() })
	return s
}

// newQuery builds a valid open query for tenant/doc through query.New.
func newQuery(t *testing.T, tenant, doc string, at time.Time) *query.Query {
	t.Helper()
	q, err := query.New(query.Draft{
		Tenant: tenant, Doc: doc, PromptID: "p-1", PromptKey: "hf-type", Kind: "type", Code: "I50.9",
		Question: "Heart failure is documented with BNP 1,250 and EF 35% on echo. Please clarify the type.",
		Options: []model.Option{
			{Label: "Acute systolic (congestive) heart failure", Code: "I50.21"},
			{Label: "Acute diastolic (congestive) heart failure", Code: "I50.31"},
		},
		CreatedBy: "cdi-1",
	}, note, at)
	if err != nil {
		t.Fatalf("query.New: %v", err)
	}
	return q
}

func mustCreate(t *testing.T, s query.Store, q *query.Query) {
	t.Helper()
	if err := s.CreateQuery(ctx, q); err != nil {
		t.Fatalf("CreateQuery: %v", err)
	}
}

func actions(evs []query.AuditEvent) []string {
	out := make([]string, len(evs))
	for i, e := range evs {
		out[i] = e.Action
	}
	return out
}

func testQueryLifecycle(t *testing.T, open func() query.Store) {
	s := openStore(t, open)
	q := newQuery(t, "acme", "enc-1/note-1", t0)
	mustCreate(t, s, q)

	got, err := s.GetQuery(ctx, "acme", q.ID)
	if err != nil {
		t.Fatalf("GetQuery: %v", err)
	}
	if got.Tenant != "acme" || got.Status != query.Open || len(got.Options) != 4 || got.Question != q.Question ||
		!got.CreatedAt.Equal(t0) || len(got.History) != 1 || got.PromptKey != "hf-type" {
		t.Fatalf("stored query differs: %+v", got)
	}

	// Answer, then try to answer again (invalid), then close.
	ans, err := s.UpdateQuery(ctx, "acme", q.ID, func(q *query.Query) error {
		return q.AnswerWith(1, "", "dr-a", t0.Add(time.Minute))
	})
	if err != nil {
		t.Fatalf("answer: %v", err)
	}
	if ans.Status != query.Answered || ans.Answer == nil || ans.Answer.Option != 1 || ans.Answer.By != "dr-a" {
		t.Fatalf("answered query: %+v", ans)
	}
	_, err = s.UpdateQuery(ctx, "acme", q.ID, func(q *query.Query) error {
		return q.Transition(query.Withdrawn, "cdi-1", "", t0.Add(2*time.Minute))
	})
	if !errors.Is(err, query.ErrInvalidTransition) {
		t.Fatalf("withdraw after answer: err = %v, want ErrInvalidTransition", err)
	}
	if _, err := s.UpdateQuery(ctx, "acme", q.ID, func(q *query.Query) error {
		return q.Transition(query.Closed, "cdi-1", "reviewed", t0.Add(3*time.Minute))
	}); err != nil {
		t.Fatalf("close: %v", err)
	}
	got, _ = s.GetQuery(ctx, "acme", q.ID)
	want := []query.Status{query.Open, query.Answered, query.Closed}
	if len(got.History) != 3 {
		t.Fatalf("history = %+v", got.History)
	}
	for i, c := range got.History {
		if c.To != want[i] {
			t.Fatalf("history[%d].To = %s, want %s", i, c.To, want[i])
		}
	}
	if got.History[2].Note != "reviewed" || got.History[1].From != query.Open || got.Answer == nil {
		t.Fatalf("history detail: %+v", got.History)
	}

	// The audit trail was written in the same transactions.
	evs, err := s.ListAudit(ctx, "acme", query.AuditFilter{Doc: "enc-1/note-1"})
	if err != nil {
		t.Fatal(err)
	}
	if a := actions(evs); !slices.Equal(a, []string{query.AuditQueryCreated, query.AuditQueryAnswered, query.AuditQueryClosed}) {
		t.Fatalf("audit actions = %v", a)
	}
	if evs[1].Detail.Option == nil || *evs[1].Detail.Option != 1 || evs[1].Detail.Code != "I50.31" || evs[1].Target != q.ID {
		t.Fatalf("answer audit detail = %+v", evs[1])
	}

	// Listing by doc and status.
	q2 := newQuery(t, "acme", "enc-1/note-1", t0.Add(time.Hour))
	q3 := newQuery(t, "acme", "enc-2/note-1", t0.Add(2*time.Hour))
	mustCreate(t, s, q2)
	mustCreate(t, s, q3)
	tests := []struct {
		f    query.QueryFilter
		want []string
	}{
		{query.QueryFilter{Doc: "enc-1/note-1"}, []string{q2.ID, q.ID}},
		{query.QueryFilter{Doc: "enc-1/note-1", Status: query.Open}, []string{q2.ID}},
		{query.QueryFilter{Status: query.Closed}, []string{q.ID}},
		{query.QueryFilter{}, []string{q3.ID, q2.ID, q.ID}},
		{query.QueryFilter{Limit: 1}, []string{q3.ID}},
		{query.QueryFilter{Doc: "nope"}, []string{}},
	}
	for _, tc := range tests {
		list, err := s.ListQueries(ctx, "acme", tc.f)
		if err != nil {
			t.Fatal(err)
		}
		ids := []string{}
		for _, x := range list {
			ids = append(ids, x.ID)
		}
		if !slices.Equal(ids, tc.want) {
			t.Errorf("ListQueries(%+v) = %v, want %v", tc.f, ids, tc.want)
		}
	}
	if _, err := s.ListQueries(ctx, "acme", query.QueryFilter{Status: "bogus"}); !errors.Is(err, query.ErrInvalid) {
		t.Fatalf("bad status filter: %v", err)
	}
}

func testQueryErrors(t *testing.T, open func() query.Store) {
	s := openStore(t, open)
	q := newQuery(t, "acme", "d1", t0)
	mustCreate(t, s, q)
	if err := s.CreateQuery(ctx, q); !errors.Is(err, query.ErrExists) {
		t.Fatalf("duplicate create: %v", err)
	}
	bad := newQuery(t, "acme", "d1", t0)
	bad.Status = query.Answered
	if err := s.CreateQuery(ctx, bad); !errors.Is(err, query.ErrInvalid) {
		t.Fatalf("create non-open: %v", err)
	}
	if _, err := s.GetQuery(ctx, "acme", "q-missing"); !errors.Is(err, query.ErrNotFound) {
		t.Fatalf("missing: %v", err)
	}
	if _, err := s.GetQuery(ctx, "", q.ID); !errors.Is(err, query.ErrInvalid) {
		t.Fatalf("empty tenant: %v", err)
	}
	// fn errors and forbidden edits change nothing.
	boom := errors.New("boom")
	cases := []struct {
		name string
		fn   func(*query.Query) error
		want error
	}{
		{"fn error", func(q *query.Query) error { q.Status = query.Declined; return boom }, boom},
		{"bad option", func(q *query.Query) error { return q.AnswerWith(9, "", "dr", t0) }, query.ErrInvalidAnswer},
		{"other without text", func(q *query.Query) error { return q.AnswerWith(2, " ", "dr", t0) }, query.ErrInvalidAnswer},
		{"rewrite history", func(q *query.Query) error { q.History[0].By = "mallory"; return nil }, query.ErrInvalid},
		{"drop history", func(q *query.Query) error { q.History = nil; return nil }, query.ErrInvalid},
		{"change doc", func(q *query.Query) error { q.Doc = "other"; return nil }, query.ErrInvalid},
		{"bogus status", func(q *query.Query) error { q.Status = "bogus"; return nil }, query.ErrInvalid},
	}
	for _, tc := range cases {
		if _, err := s.UpdateQuery(ctx, "acme", q.ID, tc.fn); !errors.Is(err, tc.want) {
			t.Errorf("%s: err = %v, want %v", tc.name, err, tc.want)
		}
	}
	got, _ := s.GetQuery(ctx, "acme", q.ID)
	if got.Status != query.Open || len(got.History) != 1 || got.Doc != "d1" || got.History[0].By != "cdi-1" {
		t.Fatalf("failed updates changed the query: %+v", got)
	}
	if _, err := s.UpdateQuery(ctx, "acme", "q-missing", func(*query.Query) error { return nil }); !errors.Is(err, query.ErrNotFound) {
		t.Fatalf("update missing: %v", err)
	}
	// Answering "Other" with text works.
	if _, err := s.UpdateQuery(ctx, "acme", q.ID, func(q *query.Query) error { return q.AnswerWith(2, "chronic HFmrEF", "dr", t0) }); err != nil {
		t.Fatal(err)
	}
	evs, _ := s.ListAudit(ctx, "acme", query.AuditFilter{Action: query.AuditQueryAnswered})
	if len(evs) != 1 || evs[0].Detail.AnswerSHA256 != query.HashText("chronic HFmrEF") {
		t.Fatalf("answer audit: %+v", evs)
	}
}

// testConcurrentAnswers proves transitions are atomic: of many concurrent
// answers to one query exactly one wins, and history has one answer.
func testConcurrentAnswers(t *testing.T, open func() query.Store) {
	s := openStore(t, open)
	q := newQuery(t, "acme", "d1", t0)
	mustCreate(t, s, q)
	const n = 8
	var wg sync.WaitGroup
	errs := make([]error, n)
	for i := range n {
		wg.Add(1)
		go func() {
			defer wg.Done()
			_, errs[i] = s.UpdateQuery(ctx, "acme", q.ID, func(q *query.Query) error {
				return q.AnswerWith(i%2, "", fmt.Sprintf("dr-%d", i), t0.Add(time.Minute))
			})
		}()
	}
	wg.Wait()
	wins := 0
	for _, err := range errs {
		switch {
		case err == nil:
			wins++
		case !errors.Is(err, query.ErrInvalidTransition):
			t.Errorf("unexpected error: %v", err)
		}
	}
	got, _ := s.GetQuery(ctx, "acme", q.ID)
	evs, _ := s.ListAudit(ctx, "acme", query.AuditFilter{Action: query.AuditQueryAnswered})
	if wins != 1 || len(got.History) != 2 || len(evs) != 1 || evs[0].User != got.Answer.By {
		t.Fatalf("wins=%d history=%d answered events=%d", wins, len(got.History), len(evs))
	}
}

func testDueQueries(t *testing.T, open func() query.Store) {
	s := openStore(t, open)
	old := newQuery(t, "acme", "d1", t0)
	fresh := newQuery(t, "acme", "d2", t0.Add(90*time.Minute))
	other := newQuery(t, "beta", "d1", t0.Add(10*time.Minute))
	dueSoon, err := query.New(query.Draft{Tenant: "beta", Doc: "d3", Question: "Please clarify the type of anemia.",
		Options: []model.Option{{Label: "Iron deficiency"}, {Label: "Chronic disease"}}, CreatedBy: "c",
		DueAt: t0.Add(100 * time.Minute)}, "", t0.Add(95*time.Minute))
	if err != nil {
		t.Fatal(err)
	}
	for _, q := range []*query.Query{old, fresh, other, dueSoon} {
		mustCreate(t, s, q)
	}
	now := t0.Add(2 * time.Hour)
	refs, err := s.DueQueries(ctx, now, time.Hour, 0)
	if err != nil {
		t.Fatal(err)
	}
	want := []query.QueryRef{{Tenant: "acme", ID: old.ID}, {Tenant: "beta", ID: other.ID}, {Tenant: "beta", ID: dueSoon.ID}}
	if !slices.Equal(refs, want) {
		t.Fatalf("due = %v, want %v", refs, want)
	}
	// Escalate the old one through the domain: it leaves the due list.
	if _, err := s.UpdateQuery(ctx, "acme", old.ID, func(q *query.Query) error {
		if !q.DueForEscalation(now, time.Hour) {
			return errors.New("not due")
		}
		return q.Escalate(query.SystemUser, now)
	}); err != nil {
		t.Fatal(err)
	}
	if _, err := s.UpdateQuery(ctx, "beta", dueSoon.ID, func(q *query.Query) error {
		if !q.DueToExpire(now) {
			return errors.New("not expiring")
		}
		return q.Transition(query.Expired, query.SystemUser, "", now)
	}); err != nil {
		t.Fatal(err)
	}
	refs, _ = s.DueQueries(ctx, now, time.Hour, 10)
	if !slices.Equal(refs, []query.QueryRef{{Tenant: "beta", ID: other.ID}}) {
		t.Fatalf("due after sweep = %v", refs)
	}
	evs, _ := s.ListAudit(ctx, "acme", query.AuditFilter{Action: query.AuditQueryEscalated})
	evb, _ := s.ListAudit(ctx, "beta", query.AuditFilter{Action: query.AuditQueryExpired})
	if len(evs) != 1 || len(evb) != 1 || evs[0].User != query.SystemUser {
		t.Fatalf("sweep audit: %+v %+v", evs, evb)
	}
	if refs, _ := s.DueQueries(ctx, now, 0, 10); !slices.Equal(refs, []query.QueryRef{}) {
		t.Fatalf("escalation off still lists %v", refs)
	}
}

func testAudit(t *testing.T, open func() query.Store) {
	s := openStore(t, open)
	ev := func(min int, user, action, doc string) query.AuditEvent {
		return query.AuditEvent{At: t0.Add(time.Duration(min) * time.Minute), Tenant: "acme", User: user, Action: action, Doc: doc,
			Target: "I50.21", Detail: query.AuditDetail{Code: "I50.21", Evidence: query.EvidenceOf(note, []model.Span{{Start: 12, End: 31}})}}
	}
	batch := []query.AuditEvent{
		ev(0, "dr-a", query.AuditSuggestionShown, "d1"),
		ev(1, "dr-a", query.AuditCodeAccepted, "d1"),
		ev(2, "dr-b", query.AuditSuggestionShown, "d2"),
		ev(3, "dr-b", query.AuditCodeRejected, "d2"),
		ev(4, "dr-a", query.AuditSuggestionShown, "d2"),
	}
	if err := s.AppendAudit(ctx, batch...); err != nil {
		t.Fatal(err)
	}
	// An invalid event refuses the whole batch.
	bad := []query.AuditEvent{ev(5, "dr-a", query.AuditSuggestionShown, "d1"), {Tenant: "acme", Action: "x", At: t0}}
	if err := s.AppendAudit(ctx, bad...); !errors.Is(err, query.ErrInvalid) {
		t.Fatalf("invalid batch: %v", err)
	}
	all, err := s.ListAudit(ctx, "acme", query.AuditFilter{})
	if err != nil || len(all) != 5 {
		t.Fatalf("all = %d events, %v", len(all), err)
	}
	for i := 1; i < len(all); i++ {
		if all[i].ID <= all[i-1].ID {
			t.Fatalf("ids not increasing: %d then %d", all[i-1].ID, all[i].ID)
		}
	}
	if e := all[0]; !e.At.Equal(t0) || e.Detail.Evidence[0].SHA256 != query.HashText(note[12:31]) || e.Detail.Evidence[0].End != 31 {
		t.Fatalf("round trip: %+v", e)
	}
	tests := []struct {
		name string
		f    query.AuditFilter
		want []int // indexes into all
	}{
		{"doc", query.AuditFilter{Doc: "d2"}, []int{2, 3, 4}},
		{"user", query.AuditFilter{User: "dr-a"}, []int{0, 1, 4}},
		{"user+doc", query.AuditFilter{User: "dr-a", Doc: "d2"}, []int{4}},
		{"action", query.AuditFilter{Action: query.AuditSuggestionShown}, []int{0, 2, 4}},
		{"since", query.AuditFilter{Since: t0.Add(3 * time.Minute)}, []int{3, 4}},
		{"until", query.AuditFilter{Until: t0.Add(2 * time.Minute)}, []int{0, 1}},
		{"range", query.AuditFilter{Since: t0.Add(time.Minute), Until: t0.Add(3 * time.Minute)}, []int{1, 2}},
		{"after id", query.AuditFilter{AfterID: all[2].ID}, []int{3, 4}},
		{"limit", query.AuditFilter{Limit: 2}, []int{0, 1}},
		{"nothing", query.AuditFilter{Doc: "zzz"}, []int{}},
	}
	for _, tc := range tests {
		got, err := s.ListAudit(ctx, "acme", tc.f)
		if err != nil {
			t.Fatal(err)
		}
		ids := []int64{}
		for _, e := range got {
			ids = append(ids, e.ID)
		}
		want := []int64{}
		for _, i := range tc.want {
			want = append(want, all[i].ID)
		}
		if !slices.Equal(ids, want) {
			t.Errorf("%s: ids %v, want %v", tc.name, ids, want)
		}
	}
}

func testFeedback(t *testing.T, open func() query.Store) {
	s := openStore(t, open)
	fb := func(action, code, phrase string) query.Feedback {
		return query.Feedback{Tenant: "acme", Doc: "d1", Target: "c-1", Kind: query.FeedbackCode, Code: code, Rule: "index",
			Action: action, Reason: "why", User: "dr-a", At: t0, Phrase: phrase}
	}
	var batch []query.Feedback
	for range 9 {
		batch = append(batch, fb(query.Reject, "R51.9", ""))
	}
	batch = append(batch, fb(query.Accept, "R51.9", ""), fb(query.Accept, "I50.21", "HFrEF  Exacerbation"),
		fb(query.Accept, "I50.21", "hfref exacerbation"), fb(query.Accept, "I10", "HTN"))
	batch = append(batch, query.Feedback{Tenant: "acme", Doc: "d1", Target: "p-1", Kind: query.FeedbackPrompt, Code: "I50.9",
		Rule: "type", Key: "hf-type", Action: query.Dismiss, Reason: "not clinically relevant", User: "dr-a", At: t0})
	if err := s.RecordFeedback(ctx, batch...); err != nil {
		t.Fatal(err)
	}
	// Invalid feedback refuses the whole batch.
	bad := []query.Feedback{fb(query.Accept, "I10", ""), fb("maybe", "I10", "")}
	if err := s.RecordFeedback(ctx, bad...); !errors.Is(err, query.ErrInvalid) {
		t.Fatalf("invalid feedback: %v", err)
	}
	counts, err := s.FeedbackStats(ctx, "acme")
	if err != nil {
		t.Fatal(err)
	}
	wantCounts := []query.FeedbackCount{
		{Rule: "index", Code: "I10", Accepted: 1},
		{Rule: "index", Code: "I50.21", Accepted: 2},
		{Rule: "index", Code: "R51.9", Accepted: 1, Rejected: 9},
		{Rule: "type", Code: "I50.9", Dismissed: 1},
	}
	if !slices.Equal(counts, wantCounts) {
		t.Fatalf("counts = %+v\nwant %+v", counts, wantCounts)
	}
	stats := query.NewStats(query.DefaultPolicy)
	stats.Load("acme", counts)
	if !stats.Suppressed("acme", "index", "R51.9") || stats.Suppressed("acme", "index", "I50.21") || stats.Suppressed("beta", "index", "R51.9") {
		t.Fatal("suppression from stored stats is wrong")
	}
	syn, err := s.Synonyms(ctx, "acme")
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(syn, []query.Synonym{{Phrase: "hfref exacerbation", Code: "I50.21", Count: 2}, {Phrase: "htn", Code: "I10", Count: 1}}) {
		t.Fatalf("synonyms = %+v", syn)
	}
	keys, err := s.DismissedKeys(ctx, "acme", "d1")
	if err != nil || !slices.Equal(keys, []string{"hf-type"}) {
		t.Fatalf("dismissed = %v, %v", keys, err)
	}
	if keys, _ := s.DismissedKeys(ctx, "acme", "d2"); len(keys) != 0 {
		t.Fatalf("dismissal leaked to another doc: %v", keys)
	}
	evs, _ := s.ListAudit(ctx, "acme", query.AuditFilter{Action: query.AuditPromptDismissed})
	rej, _ := s.ListAudit(ctx, "acme", query.AuditFilter{Action: query.AuditCodeRejected})
	if len(evs) != 1 || evs[0].Target != "hf-type" || evs[0].Detail.Reason != "not clinically relevant" || len(rej) != 9 {
		t.Fatalf("feedback audit: %+v, %d rejections", evs, len(rej))
	}
}

func prompt(code string, score float64) model.Prompt {
	return model.Prompt{Kind: "type", Code: code, Message: "m", Key: code, Options: []model.Option{{Label: "a"}},
		Impact: model.Impact{Score: score}}
}

func testWorklist(t *testing.T, open func() query.Store) {
	s := openStore(t, open)
	items := []query.WorklistItem{
		{Tenant: "acme", Doc: "low", Prompts: []model.Prompt{prompt("E11.9", 1)}, UpdatedAt: t0},
		{Tenant: "acme", Doc: "high", Prompts: []model.Prompt{prompt("I50.9", 5), prompt("N18.9", 2)}, UpdatedAt: t0.Add(time.Hour)},
		{Tenant: "acme", Doc: "mid", Prompts: []model.Prompt{prompt("J96.90", 4)}, UpdatedAt: t0.Add(2 * time.Hour)},
		{Tenant: "acme", Doc: "clear", UpdatedAt: t0},
	}
	if err := s.UpsertWorklist(ctx, items...); err != nil {
		t.Fatal(err)
	}
	// A stale snapshot does not roll "high" back; a newer one replaces "low".
	if err := s.UpsertWorklist(ctx,
		query.WorklistItem{Tenant: "acme", Doc: "high", UpdatedAt: t0},
		query.WorklistItem{Tenant: "acme", Doc: "low", Prompts: []model.Prompt{prompt("E11.9", 1), prompt("E66.9", 0.5)}, UpdatedAt: t0.Add(30 * time.Minute)},
	); err != nil {
		t.Fatal(err)
	}
	if err := s.UpsertWorklist(ctx, query.WorklistItem{Tenant: "acme", Doc: "x"}); !errors.Is(err, query.ErrInvalid) {
		t.Fatalf("item without time: %v", err)
	}
	mustCreate(t, s, newQuery(t, "acme", "mid", t0))

	it, err := s.GetWorklist(ctx, "acme", "high")
	if err != nil || it.Impact != 7 || len(it.Prompts) != 2 || !it.UpdatedAt.Equal(t0.Add(time.Hour)) {
		t.Fatalf("high = %+v, %v", it, err)
	}
	now := t0.Add(3 * time.Hour)
	tests := []struct {
		name string
		f    query.WorklistFilter
		want []string
	}{
		{"default hides clear", query.WorklistFilter{}, []string{"high", "mid", "low"}},
		{"include clear", query.WorklistFilter{IncludeClear: true}, []string{"high", "mid", "low", "clear"}},
		{"open only", query.WorklistFilter{Status: query.ItemOpen}, []string{"high", "low"}},
		{"queried", query.WorklistFilter{Status: query.ItemQueried}, []string{"mid"}},
		{"clear", query.WorklistFilter{Status: query.ItemClear}, []string{"clear"}},
		{"stale (min age 2h)", query.WorklistFilter{MinAge: 2 * time.Hour}, []string{"high", "low"}},
		{"fresh (max age 2h)", query.WorklistFilter{MaxAge: 2 * time.Hour}, []string{"high", "mid"}},
		{"limit", query.WorklistFilter{Limit: 1}, []string{"high"}},
	}
	for _, tc := range tests {
		got, err := s.ListWorklist(ctx, "acme", tc.f, now)
		if err != nil {
			t.Fatal(err)
		}
		docs := []string{}
		for _, it := range got {
			docs = append(docs, it.Doc)
		}
		if !slices.Equal(docs, tc.want) {
			t.Errorf("%s: %v, want %v", tc.name, docs, tc.want)
		}
		for _, it := range got {
			if (it.Doc == "mid") != (it.OpenQueries == 1) {
				t.Errorf("%s: %s has %d open queries", tc.name, it.Doc, it.OpenQueries)
			}
		}
	}
	if _, err := s.ListWorklist(ctx, "acme", query.WorklistFilter{Status: "weird"}, now); !errors.Is(err, query.ErrInvalid) {
		t.Fatalf("bad status: %v", err)
	}
}

func testTenantIsolation(t *testing.T, open func() query.Store) {
	s := openStore(t, open)
	q := newQuery(t, "acme", "d1", t0)
	mustCreate(t, s, q)
	if err := s.RecordFeedback(ctx, query.Feedback{Tenant: "acme", Doc: "d1", Target: "p-1", Kind: query.FeedbackPrompt,
		Code: "I50.9", Rule: "type", Key: "k", Action: query.Dismiss, User: "u", At: t0}); err != nil {
		t.Fatal(err)
	}
	if err := s.RecordFeedback(ctx, query.Feedback{Tenant: "acme", Doc: "d1", Target: "c-1", Kind: query.FeedbackCode,
		Code: "I10", Rule: "index", Action: query.Accept, User: "u", At: t0, Phrase: "htn"}); err != nil {
		t.Fatal(err)
	}
	if err := s.UpsertWorklist(ctx, query.WorklistItem{Tenant: "acme", Doc: "d1", Prompts: []model.Prompt{prompt("I50.9", 3)}, UpdatedAt: t0}); err != nil {
		t.Fatal(err)
	}

	// "beta" sees nothing and can change nothing of "acme".
	if _, err := s.GetQuery(ctx, "beta", q.ID); !errors.Is(err, query.ErrNotFound) {
		t.Errorf("GetQuery across tenants: %v", err)
	}
	if _, err := s.UpdateQuery(ctx, "beta", q.ID, func(q *query.Query) error { return q.AnswerWith(0, "", "mallory", t0) }); !errors.Is(err, query.ErrNotFound) {
		t.Errorf("UpdateQuery across tenants: %v", err)
	}
	if l, _ := s.ListQueries(ctx, "beta", query.QueryFilter{Doc: "d1"}); len(l) != 0 {
		t.Errorf("ListQueries across tenants: %d", len(l))
	}
	if l, _ := s.ListAudit(ctx, "beta", query.AuditFilter{}); len(l) != 0 {
		t.Errorf("ListAudit across tenants: %d", len(l))
	}
	if l, _ := s.FeedbackStats(ctx, "beta"); len(l) != 0 {
		t.Errorf("FeedbackStats across tenants: %v", l)
	}
	if l, _ := s.Synonyms(ctx, "beta"); len(l) != 0 {
		t.Errorf("Synonyms across tenants: %v", l)
	}
	if l, _ := s.DismissedKeys(ctx, "beta", "d1"); len(l) != 0 {
		t.Errorf("DismissedKeys across tenants: %v", l)
	}
	if l, _ := s.ListWorklist(ctx, "beta", query.WorklistFilter{IncludeClear: true}, t0); len(l) != 0 {
		t.Errorf("ListWorklist across tenants: %v", l)
	}
	if _, err := s.GetWorklist(ctx, "beta", "d1"); !errors.Is(err, query.ErrNotFound) {
		t.Errorf("GetWorklist across tenants: %v", err)
	}
	// Same query id and doc in another tenant are separate objects.
	other := newQuery(t, "beta", "d1", t0)
	other.ID = q.ID
	mustCreate(t, s, other)
	if _, err := s.UpdateQuery(ctx, "beta", q.ID, func(q *query.Query) error { return q.Transition(query.Withdrawn, "c", "", t0) }); err != nil {
		t.Fatal(err)
	}
	if a, _ := s.GetQuery(ctx, "acme", q.ID); a.Status != query.Open {
		t.Errorf("beta's update reached acme: %s", a.Status)
	}
	if l, _ := s.ListWorklist(ctx, "acme", query.WorklistFilter{}, t0); len(l) != 1 || l[0].OpenQueries != 1 {
		t.Errorf("acme's open-query count sees beta: %+v", l)
	}
	// Unchanged "acme" query still intact.
	if got, _ := s.GetQuery(ctx, "acme", q.ID); got.Status != query.Open {
		t.Errorf("acme query changed: %s", got.Status)
	}
}

// next receives one event; a closed channel or a test deadline fails the test
// (no sleeps: the event is committed before next is called).
func next(t *testing.T, ch <-chan query.Event) query.Event {
	t.Helper()
	deadline := time.NewTimer(30 * time.Second)
	defer deadline.Stop()
	select {
	case ev, ok := <-ch:
		if !ok {
			t.Fatal("event channel closed")
		}
		return ev
	case <-deadline.C:
		t.Fatal("no event within 30s")
	}
	return query.Event{}
}

func testNotify(t *testing.T, open func() query.Store) {
	s := openStore(t, open)
	sctx, cancel := context.WithCancel(ctx)
	ch, err := s.Subscribe(sctx)
	if err != nil {
		t.Fatal(err)
	}
	q := newQuery(t, "acme", "d1", t0)
	mustCreate(t, s, q)
	if ev := next(t, ch); ev != (query.Event{Tenant: "acme", Kind: query.EventQuery, ID: q.ID, Doc: "d1"}) {
		t.Fatalf("create event = %+v", ev)
	}
	// A failed update publishes nothing: the next event is the later success.
	s.UpdateQuery(ctx, "acme", q.ID, func(q *query.Query) error { return q.AnswerWith(99, "", "dr", t0) })
	if err := s.UpsertWorklist(ctx, query.WorklistItem{Tenant: "acme", Doc: "d9", UpdatedAt: t0}); err != nil {
		t.Fatal(err)
	}
	if ev := next(t, ch); ev != (query.Event{Tenant: "acme", Kind: query.EventWorklist, Doc: "d9"}) {
		t.Fatalf("worklist event = %+v", ev)
	}
	if _, err := s.UpdateQuery(ctx, "acme", q.ID, func(q *query.Query) error { return q.AnswerWith(0, "", "dr", t0) }); err != nil {
		t.Fatal(err)
	}
	if ev := next(t, ch); ev.Kind != query.EventQuery || ev.ID != q.ID {
		t.Fatalf("answer event = %+v", ev)
	}
	cancel()
	for range ch { // drains and ends: cancel closes the channel
	}
}

func testDurability(t *testing.T, open func() query.Store) {
	s := open()
	q := newQuery(t, "acme", "d1", t0)
	mustCreate(t, s, q)
	if _, err := s.UpdateQuery(ctx, "acme", q.ID, func(q *query.Query) error { return q.AnswerWith(0, "", "dr", t0) }); err != nil {
		t.Fatal(err)
	}
	if err := s.UpsertWorklist(ctx, query.WorklistItem{Tenant: "acme", Doc: "d1", Prompts: []model.Prompt{prompt("I50.9", 3)}, UpdatedAt: t0}); err != nil {
		t.Fatal(err)
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	s2 := openStore(t, open)
	got, err := s2.GetQuery(ctx, "acme", q.ID)
	if err != nil || got.Status != query.Answered || got.Answer.By != "dr" {
		t.Fatalf("after reopen: %+v, %v", got, err)
	}
	if evs, _ := s2.ListAudit(ctx, "acme", query.AuditFilter{}); len(evs) != 2 {
		t.Fatalf("audit after reopen: %d events", len(evs))
	}
	if l, _ := s2.ListWorklist(ctx, "acme", query.WorklistFilter{}, t0); len(l) != 1 || l[0].Impact != 3 {
		t.Fatalf("worklist after reopen: %+v", l)
	}
	// Reopening runs no migration twice and works again.
	mustCreate(t, s2, newQuery(t, "acme", "d2", t0))
}
