package query

import (
	"errors"
	"slices"
	"strings"
	"testing"
	"time"

	"notecoder/cdi/model"
)

var t0 = time.Date(2026, 3, 2, 9, 0, 0, 0, time.UTC)

const testNote = "HPI: 71F with dyspnea.\nASSESSMENT:\nHeart failure. BNP 1,250. EF 35% on echo. Creatinine 2.1. Given IV furosemide."

func draft() Draft {
	return Draft{Tenant: "acme", Doc: "d1", CreatedBy: "cdi-1",
		Question: "Heart failure with BNP 1,250 and EF 35% on echo is documented. Please clarify the type.",
		Options:  []model.Option{{Label: "Systolic", Code: "I50.2"}, {Label: "Diastolic", Code: "I50.3"}, {Label: "Combined", Code: "I50.4"}}}
}

func TestNewAppendsStandardOptions(t *testing.T) {
	q, err := New(draft(), testNote, t0)
	if err != nil {
		t.Fatal(err)
	}
	labels := []string{}
	for _, o := range q.Options {
		labels = append(labels, o.Label)
	}
	if !slices.Equal(labels, []string{"Systolic", "Diastolic", "Combined", OptionOther, OptionUndetermined}) {
		t.Fatalf("options = %v", labels)
	}
	if q.Status != Open || !strings.HasPrefix(q.ID, "q-") || len(q.History) != 1 || q.History[0].Action != ActionCreated ||
		q.Warnings == nil || len(q.Warnings) != 0 {
		t.Fatalf("query = %+v", q)
	}
	// Existing equivalents are not duplicated.
	d := draft()
	d.Options = append(d.Options, model.Option{Label: "Other"}, model.Option{Label: "Unable to determine"})
	q, err = New(d, testNote, t0)
	if err != nil || len(q.Options) != 5 {
		t.Fatalf("options with equivalents = %+v, %v", q.Options, err)
	}
}

func TestNewRejectsMalformedDrafts(t *testing.T) {
	tests := []struct {
		name string
		edit func(*Draft)
	}{
		{"no tenant", func(d *Draft) { d.Tenant = "" }},
		{"no doc", func(d *Draft) { d.Doc = "" }},
		{"no author", func(d *Draft) { d.CreatedBy = "" }},
		{"due in past", func(d *Draft) { d.DueAt = t0.Add(-time.Minute) }},
	}
	for _, tc := range tests {
		d := draft()
		tc.edit(&d)
		if _, err := New(d, testNote, t0); !errors.Is(err, ErrInvalid) {
			t.Errorf("%s: %v", tc.name, err)
		}
	}
}

func TestFromPrompt(t *testing.T) {
	p := model.Prompt{Kind: "laterality", Code: "M17.9", Message: "Osteoarthritis of knee: specify laterality", Key: "oa-knee",
		Options: []model.Option{{Label: "right", Code: "M17.11"}, {Label: "left", Code: "M17.12"}, {Label: "bilateral", Code: "M17.0"}}}
	d := FromPrompt("acme", "d1", "p-3", p, "cdi-1")
	if d.Question != "The record documents osteoarthritis of knee. Based on your clinical judgment, please clarify the laterality." {
		t.Fatalf("question = %q", d.Question)
	}
	q, err := New(d, "ASSESSMENT: Osteoarthritis of knee, worse with stairs.", t0)
	if err != nil {
		t.Fatal(err)
	}
	if q.PromptID != "p-3" || q.PromptKey != "oa-knee" || q.Code != "M17.9" || len(q.Options) != 5 || q.Options[1].Code != "M17.12" {
		t.Fatalf("query from prompt = %+v", q)
	}
	// The prompt's options are copied, not shared.
	d.Options[0].Label = "changed"
	if p.Options[0].Label != "right" {
		t.Fatal("FromPrompt aliases the prompt's options")
	}
	if got := QuestionFor(model.Prompt{Kind: "mystery", Message: "CHF: something"}); !strings.Contains(got, "documents CHF.") {
		t.Fatalf("unknown kind / acronym subject: %q", got)
	}
	// Every template passes the lint with two options.
	for kind := range templates {
		q, err := New(FromPrompt("acme", "d", "p", model.Prompt{Kind: kind, Message: "Anemia: specify",
			Options: []model.Option{{Label: "Iron deficiency"}, {Label: "Chronic disease"}}}, "c"), "Anemia noted.", t0)
		if err != nil {
			t.Errorf("template %s refused: %v", kind, err)
			continue
		}
		for _, w := range q.Warnings {
			if !strings.HasPrefix(w, "no_clinical_indicators") {
				t.Errorf("template %s warns %q", kind, w)
			}
		}
	}
}

func TestLifecycle(t *testing.T) {
	type step struct {
		to   Status
		want error
	}
	tests := []struct {
		name  string
		steps []step
	}{
		{"answer then close", []step{{Answered, nil}, {Closed, nil}, {Open, ErrInvalidTransition}}},
		{"decline then close", []step{{Declined, nil}, {Closed, nil}}},
		{"withdraw then close", []step{{Withdrawn, nil}, {Closed, nil}}},
		{"expire then close", []step{{Expired, nil}, {Closed, nil}}},
		{"cannot close open", []step{{Closed, ErrInvalidTransition}}},
		{"cannot answer twice", []step{{Answered, nil}, {Answered, ErrInvalidTransition}}},
		{"cannot withdraw answered", []step{{Answered, nil}, {Withdrawn, ErrInvalidTransition}}},
		{"closed is final", []step{{Declined, nil}, {Closed, nil}, {Closed, ErrInvalidTransition}, {Answered, ErrInvalidTransition}}},
		{"unknown status", []step{{"bogus", ErrInvalidTransition}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			q, err := New(draft(), testNote, t0)
			if err != nil {
				t.Fatal(err)
			}
			for i, s := range tc.steps {
				before := q.Clone()
				now := t0.Add(time.Duration(i+1) * time.Minute)
				var err error
				if s.to == Answered {
					err = q.AnswerWith(0, "", "dr", now)
				} else {
					err = q.Transition(s.to, "u", "", now)
				}
				if !errors.Is(err, s.want) {
					t.Fatalf("step %d -> %s: err = %v, want %v", i, s.to, err, s.want)
				}
				if err != nil {
					if q.Status != before.Status || len(q.History) != len(before.History) || !q.UpdatedAt.Equal(before.UpdatedAt) {
						t.Fatalf("failed step %d changed the query", i)
					}
					continue
				}
				last := q.History[len(q.History)-1]
				if q.Status != s.to || last.From != before.Status || last.To != s.to || !last.At.Equal(now) || !q.UpdatedAt.Equal(now) {
					t.Fatalf("step %d: status %s, last change %+v", i, q.Status, last)
				}
			}
		})
	}
	q, _ := New(draft(), testNote, t0)
	if err := q.Transition(Answered, "u", "", t0); !errors.Is(err, ErrInvalid) {
		t.Fatalf("Transition(Answered) = %v", err)
	}
	if err := q.Transition(Declined, "", "", t0); !errors.Is(err, ErrInvalid) || q.Status != Open {
		t.Fatalf("no user: %v", err)
	}
}

func TestAnswerValidation(t *testing.T) {
	tests := []struct {
		name   string
		option int
		text   string
		want   error
	}{
		{"first", 0, "", nil},
		{"with text", 1, "also acute", nil},
		{"negative", -1, "", ErrInvalidAnswer},
		{"past end", 5, "", ErrInvalidAnswer},
		{"other needs text", 3, "   ", ErrInvalidAnswer},
		{"other with text", 3, "HFimpEF", nil},
		{"undetermined", 4, "", nil},
		{"oversized text", 0, strings.Repeat("x", MaxAnswerBytes+1), ErrInvalidAnswer},
		{"invalid utf8", 0, "\xff", ErrInvalidAnswer},
	}
	for _, tc := range tests {
		q, _ := New(draft(), testNote, t0)
		err := q.AnswerWith(tc.option, tc.text, "dr", t0.Add(time.Minute))
		if !errors.Is(err, tc.want) {
			t.Errorf("%s: err = %v, want %v", tc.name, err, tc.want)
			continue
		}
		if err != nil && (q.Answer != nil || q.Status != Open) {
			t.Errorf("%s: refused answer changed the query", tc.name)
		}
		if err == nil && (q.Answer == nil || q.Answer.Option != tc.option || q.Answer.Text != strings.TrimSpace(tc.text)) {
			t.Errorf("%s: answer = %+v", tc.name, q.Answer)
		}
	}
}

func TestEscalationAndExpiry(t *testing.T) {
	q, _ := New(draft(), testNote, t0)
	tests := []struct {
		now   time.Time
		after time.Duration
		want  bool
	}{
		{t0.Add(59 * time.Minute), time.Hour, false},
		{t0.Add(time.Hour), time.Hour, true},
		{t0.Add(48 * time.Hour), time.Hour, true},
		{t0.Add(48 * time.Hour), 0, false},
	}
	for _, tc := range tests {
		if got := q.DueForEscalation(tc.now, tc.after); got != tc.want {
			t.Errorf("DueForEscalation(%v, %v) = %v", tc.now.Sub(t0), tc.after, got)
		}
	}
	if err := q.Escalate(SystemUser, t0.Add(time.Hour)); err != nil {
		t.Fatal(err)
	}
	if q.DueForEscalation(t0.Add(3*time.Hour), time.Hour) || q.Status != Open || q.History[1].Action != ActionEscalated {
		t.Fatalf("after escalation: %+v", q)
	}
	if err := q.Escalate(SystemUser, t0.Add(2*time.Hour)); !errors.Is(err, ErrInvalidTransition) {
		t.Fatalf("second escalation: %v", err)
	}
	d := draft()
	d.DueAt = t0.Add(24 * time.Hour)
	q, _ = New(d, testNote, t0)
	if q.DueToExpire(t0.Add(23*time.Hour)) || !q.DueToExpire(t0.Add(24*time.Hour)) {
		t.Fatal("DueToExpire wrong")
	}
	q.AnswerWith(0, "", "dr", t0)
	if q.DueForEscalation(t0.Add(48*time.Hour), time.Hour) || q.DueToExpire(t0.Add(48*time.Hour)) {
		t.Fatal("answered query still due")
	}
}

func TestParseStatus(t *testing.T) {
	for _, s := range Statuses {
		if got, err := ParseStatus(string(s)); err != nil || got != s {
			t.Errorf("ParseStatus(%s) = %v, %v", s, got, err)
		}
	}
	if _, err := ParseStatus("OPEN"); !errors.Is(err, ErrInvalid) {
		t.Error("ParseStatus is case-insensitive")
	}
}

func TestCloneIsDeep(t *testing.T) {
	q, _ := New(draft(), testNote, t0)
	q.AnswerWith(0, "x", "dr", t0)
	c := q.Clone()
	c.Options[0].Label = "changed"
	c.Answer.Text = "changed"
	c.History[0].By = "changed"
	if q.Options[0].Label == "changed" || q.Answer.Text == "changed" || q.History[0].By == "changed" {
		t.Fatal("Clone shares memory")
	}
}
