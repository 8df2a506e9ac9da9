package gaps

import (
	"fmt"
	"sort"
	"strings"
	"sync"
	"testing"

	"notecoder/cdi/coder"
	"notecoder/cdi/model"
)

// TestOptionRoundTripAcrossCodeSet answers every prompt the code set can
// raise the way a physician's one click does, and checks the coder then
// reads the option's code. For each billable "unspecified" diagnosis code
// (chapters A-R; injuries, pregnancy and perinatal codes need context a
// one-line note does not give) the note is its condition name; when the
// coder reads that code back and the gap engine prompts, each coded option's
// label is written in with InsertOption and the note coded again. The rate
// is a property of the code set's titles, the gap engine's labels and the
// coder's index reading together; failures are logged by prompt kind.
func TestOptionRoundTripAcrossCodeSet(t *testing.T) {
	if testing.Short() {
		t.Skip("codes a few thousand notes")
	}
	g, cs := engine(t)
	eng, ctx := oneClick(t)
	var readBack, prompted, options, hits int
	fails := map[string]int{}
	var examples []string
	for _, c := range cs.All() {
		if !c.Billable || !strings.Contains(strings.ToLower(c.Title), "unspecified") || strings.ContainsAny(c.Code[:1], "OPSTUVWXYZ") {
			continue
		}
		note := "ASSESSMENT:\n" + g.conditionName(c, nil) + ".\n"
		res := eng.Code(note, ctx)
		if !hasCode(res.Codes, c.Code) {
			continue
		}
		readBack++
		if len(res.Prompts) == 0 {
			continue
		}
		prompted++
		p := res.Prompts[0]
		for _, o := range p.Options {
			if o.Code == "" {
				continue
			}
			options++
			r2 := eng.Code(InsertOption(note, p, o), ctx)
			if hasCode(r2.Codes, o.Code) {
				hits++
				continue
			}
			fails[p.Kind]++
			examples = append(examples, fmt.Sprintf("%s: %q + %q -> %v, want %s", p.Kind, strings.TrimSpace(note[len("ASSESSMENT:\n"):]), o.Label, codesOf(r2.Codes), o.Code))
		}
	}
	sort.Strings(examples)
	for i := 0; i < len(examples); i += 1 + len(examples)/20 {
		t.Log(examples[i])
	}
	rate := float64(hits) / float64(max(options, 1))
	t.Logf("%d codes read back from their name, %d prompted, %d coded options, %d round trips (%.3f); failures by kind %v",
		readBack, prompted, options, hits, rate, fails)
	// The floor sits just under the measured rate (0.9737, 2519 of 2587 on
	// 2026-11-28): the remaining failures are mostly "with ..." linkage
	// options whose default child is a judgment call (K35.209 "unspecified
	// as to perforation" read back for the option K35.200), and they move
	// both ways when the coder's defaults change.
	if prompted < 500 || rate < 0.973 {
		t.Errorf("round trip rate %.4f over %d prompts, want >= 0.973 over >= 500", rate, prompted)
	}
}

var (
	oneClickOnce sync.Once
	oneClickEng  *coder.Engine
	oneClickErr  error
)

// oneClick returns the coder with the test gap engine plugged in (built
// once per test binary: coder.New takes ~0.4 s) and the inpatient context.
func oneClick(t *testing.T) (*coder.Engine, model.Context) {
	t.Helper()
	g, cs := engine(t)
	oneClickOnce.Do(func() {
		if oneClickEng, oneClickErr = coder.New(cs); oneClickErr == nil {
			oneClickEng.Prompts = g.Prompts
		}
	})
	if oneClickErr != nil {
		t.Fatal(oneClickErr)
	}
	return oneClickEng, model.Context{Setting: model.Inpatient}
}

// firstPrompt codes a one-line assessment and returns the note and its
// first prompt.
func firstPrompt(t *testing.T, eng *coder.Engine, ctx model.Context, line string) (string, model.Prompt) {
	t.Helper()
	note := "ASSESSMENT:\n" + line + "\n"
	res := eng.Code(note, ctx)
	if len(res.Prompts) == 0 {
		t.Fatalf("%q: no prompt", line)
	}
	return note, res.Prompts[0]
}

func hasCode(cs []model.Code, code string) bool {
	for _, c := range cs {
		if c.Code == code {
			return true
		}
	}
	return false
}

func codesOf(cs []model.Code) []string {
	return fieldOf(cs, func(c model.Code) string { return c.Code })
}

// TestWithoutIsNotAnOption: a title's "without X" is the default state, so
// the option of "Other acute appendicitis without perforation, with
// gangrene" is its "with" part, and the physician's click reads back.
func TestWithoutIsNotAnOption(t *testing.T) {
	eng, ctx := oneClick(t)
	note, p := firstPrompt(t, eng, ctx, "Acute appendicitis.")
	found := false
	for _, o := range p.Options {
		if strings.HasPrefix(o.Label, "without") {
			t.Errorf("option %q (%s) offers a default state", o.Label, o.Code)
		}
		if o.Code == "K35.891" {
			found = true
			if o.Label != "with gangrene" {
				t.Errorf("K35.891 label %q, want \"with gangrene\"", o.Label)
			}
			if r2 := eng.Code(InsertOption(note, p, o), ctx); !hasCode(r2.Codes, o.Code) {
				t.Errorf("%q reads %v", o.Label, codesOf(r2.Codes))
			}
		}
	}
	if !found {
		t.Errorf("no K35.891 option in %v", p.Options)
	}
}

// TestOptionLabelUsesTitleWords: where the usual label of a value says what
// the code's title does not ("psychotic features" for F30.2, whose title and
// index say "psychotic symptoms"), the option writes the title's words.
func TestOptionLabelUsesTitleWords(t *testing.T) {
	eng, ctx := oneClick(t)
	note, p := firstPrompt(t, eng, ctx, "Manic episode.")
	for _, o := range p.Options {
		if o.Code != "F30.2" {
			continue
		}
		if o.Label != "severe with psychotic symptoms" {
			t.Errorf("F30.2 label %q", o.Label)
		}
		if r2 := eng.Code(InsertOption(note, p, o), ctx); !hasCode(r2.Codes, o.Code) {
			t.Errorf("%q reads %v", o.Label, codesOf(r2.Codes))
		}
		return
	}
	t.Errorf("no F30.2 option in %v", p.Options)
}

// TestOptionLabelNamesTheCondition: answering "mild, single episode" to
// "Depression" documents major depressive disorder (F32.0), which the index
// reaches only through "major"; the label says it so the note does.
func TestOptionLabelNamesTheCondition(t *testing.T) {
	eng, ctx := oneClick(t)
	note, p := firstPrompt(t, eng, ctx, "Depression.")
	n := 0
	for _, o := range p.Options {
		t.Logf("%q %s", o.Label, o.Code)
		if o.Code != "F32.0" && o.Code != "F32.1" {
			continue
		}
		n++
		if !strings.Contains(o.Label, "major") {
			t.Errorf("%s label %q does not name major depressive disorder", o.Code, o.Label)
		}
		if r2 := eng.Code(InsertOption(note, p, o), ctx); !hasCode(r2.Codes, o.Code) {
			t.Errorf("%q reads %v", o.Label, codesOf(r2.Codes))
		}
	}
	if n != 2 {
		t.Errorf("want F32.0 and F32.1 options, got %v", p.Options)
	}
}
