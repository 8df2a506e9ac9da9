package incremental

import (
	"errors"
	"fmt"
	"math/rand/v2"
	"reflect"
	"slices"
	"strings"
	"testing"

	"notecoder/cdi/model"
)

// colonSplitter is a line-local splitter for tests: a line ending in ':' starts
// a section whose kind is the lower-cased line without the colon.
func colonSplitter(text string) []Bound {
	var out []Bound
	cur := Bound{Start: 0, Kind: "other"}
	pos := 0
	for pos < len(text) {
		nl := strings.IndexByte(text[pos:], '\n')
		lineEnd := len(text)
		next := len(text)
		if nl >= 0 {
			lineEnd = pos + nl
			next = lineEnd + 1
		}
		line := strings.TrimSpace(text[pos:lineEnd])
		if strings.HasSuffix(line, ":") && len(line) > 1 {
			if pos > cur.Start {
				cur.End = pos
				out = append(out, cur)
			}
			cur = Bound{Start: pos, Body: next, Kind: strings.ToLower(strings.TrimSuffix(line, ":")), HasHeader: true}
		}
		pos = next
	}
	cur.End = len(text)
	if cur.End > cur.Start {
		out = append(out, cur)
	}
	return out
}

func TestApplyEdits(t *testing.T) {
	cases := []struct {
		name  string
		text  string
		edits []Edit
		want  string
		err   error
	}{
		{"insert", "CHF", []Edit{{3, 3, " exacerbation"}}, "CHF exacerbation", nil},
		{"sequence", "abc", []Edit{{0, 1, "X"}, {3, 3, "Y"}}, "XbcY", nil},
		{"delete all", "abc", []Edit{{0, 3, ""}}, "", nil},
		{"start>end", "abc", []Edit{{2, 1, ""}}, "", ErrRangeOutOfBounds},
		{"past end", "abc", []Edit{{0, 4, ""}}, "", ErrRangeOutOfBounds},
		{"second bad leaves all", "abc", []Edit{{0, 0, "zz"}, {9, 9, ""}}, "", ErrRangeOutOfBounds},
		{"split rune", "é", []Edit{{1, 1, "x"}}, "", ErrRangeOutOfBounds},
		{"bad utf8", "a", []Edit{{0, 0, "\xff"}}, "", ErrInvalidText},
		{"too large", "abc", []Edit{{0, 0, strings.Repeat("x", 20)}}, "", ErrDocTooLarge},
	}
	for _, c := range cases {
		got, _, err := ApplyEdits(c.text, c.edits, 16)
		if c.err != nil {
			if !errors.Is(err, c.err) {
				t.Errorf("%s: err %v, want %v", c.name, err, c.err)
			}
			if got != c.text {
				t.Errorf("%s: text changed on error", c.name)
			}
			continue
		}
		if err != nil || got != c.want {
			t.Errorf("%s: got %q, %v; want %q", c.name, got, err, c.want)
		}
	}
}

func checkTouched(t *testing.T, old, neu string, tc Touched) {
	t.Helper()
	if tc.Empty() {
		if old != neu {
			t.Fatalf("empty touched but text changed")
		}
		return
	}
	if tc.Start > tc.End || tc.End > len(neu) || tc.OldEnd > len(old) || tc.Start > tc.OldEnd {
		t.Fatalf("touched %+v out of range (old %d, new %d)", tc, len(old), len(neu))
	}
	if neu[:tc.Start] != old[:tc.Start] {
		t.Fatalf("prefix before %d differs", tc.Start)
	}
	if neu[tc.End:] != old[tc.OldEnd:] {
		t.Fatalf("suffix differs: touched %+v", tc)
	}
}

func TestTouchedSequence(t *testing.T) {
	old := "0123456789"
	edits := []Edit{{5, 6, "ab"}, {0, 1, ""}, {8, 10, "Z"}, {2, 2, "q"}}
	neu, tc, err := ApplyEdits(old, edits, 0)
	if err != nil {
		t.Fatal(err)
	}
	checkTouched(t, old, neu, tc)
}

func TestResplitMatchesFullSplit(t *testing.T) {
	base := "intro line\nHPI:\nCough for 3 days.\nASSESSMENT:\nCHF\nCKD 3\nPLAN:\nLasix\n"
	steps := []Edit{
		{len("intro line\nHPI:\nCough"), len("intro line\nHPI:\nCough"), " and fever"},
		{0, 0, "NOTE:\n"},
		{strings.Index(base, "PLAN:"), strings.Index(base, "PLAN:") + 5, "Plan"}, // destroys a header
		{len(base) - 1, len(base) - 1, "\nFOLLOW UP:\n2 weeks"},
	}
	d, err := NewDocument("d", 1, base, model.Context{}, colonSplitter, 0)
	if err != nil {
		t.Fatal(err)
	}
	for i, e := range steps {
		if e.End > len(d.Text()) {
			e.Start, e.End = len(d.Text()), len(d.Text())
		}
		if err := d.Change(d.Version()+1, []Edit{e}); err != nil {
			t.Fatalf("step %d: %v", i, err)
		}
		want := splitAll(colonSplitter, d.Text())
		if !sameSections(d.Sections(), want) {
			t.Fatalf("step %d: sections\n got %+v\nwant %+v", i, d.Sections(), want)
		}
	}
}

func TestVersionMismatchChangesNothing(t *testing.T) {
	d, _ := NewDocument("d", 3, "abc", model.Context{}, colonSplitter, 0)
	if err := d.Change(5, []Edit{{0, 0, "x"}}); !errors.Is(err, ErrVersionMismatch) {
		t.Fatalf("err %v", err)
	}
	if err := d.Change(4, []Edit{{0, 9, "x"}}); !errors.Is(err, ErrRangeOutOfBounds) {
		t.Fatalf("err %v", err)
	}
	if d.Text() != "abc" || d.Version() != 3 {
		t.Fatalf("document changed: %q v%d", d.Text(), d.Version())
	}
}

func FuzzApplyEdits(f *testing.F) {
	f.Add("ASSESSMENT:\nCHF\nPLAN:\nx", 3, 5, "zz", 0, 1, "é")
	f.Add("", 0, 0, "a", 0, 1, "")
	f.Fuzz(func(t *testing.T, text string, s1, e1 int, t1 string, s2, e2 int, t2 string) {
		edits := []Edit{{s1, e1, t1}, {s2, e2, t2}}
		d, err := NewDocument("d", 1, text, model.Context{}, colonSplitter, 1<<16)
		if err != nil {
			return
		}
		neu, tc, err := ApplyEdits(text, edits, 1<<16)
		if err != nil {
			if neu != text {
				t.Fatalf("text changed on error")
			}
			if derr := d.Change(2, edits); derr == nil || d.Text() != text || d.Version() != 1 {
				t.Fatalf("document changed on error")
			}
			return
		}
		checkTouched(t, text, neu, tc)
		if err := d.Change(2, edits); err != nil {
			t.Fatalf("document rejected what ApplyEdits accepted: %v", err)
		}
		if d.Text() != neu {
			t.Fatalf("document text differs")
		}
		if want := splitAll(colonSplitter, neu); !sameSections(d.Sections(), want) {
			t.Fatalf("incremental sections differ from a full split:\n got %+v\nwant %+v", d.Sections(), want)
		}
	})
}

// countingCoder codes a section as one code per line containing "CHF" and
// counts calls, to prove only dirty sections are re-coded.
type countingCoder struct{ calls int }

func (c *countingCoder) CodeSection(text, kind string, ctx model.Context) any {
	c.calls++
	var spans []model.Span
	for i := 0; ; {
		j := strings.Index(text[i:], "CHF")
		if j < 0 {
			break
		}
		spans = append(spans, model.Span{Start: i + j, End: i + j + 3})
		i += j + 3
	}
	return spans
}

func (c *countingCoder) Consolidate(note string, parts []Part, ctx model.Context) model.Result {
	var res model.Result
	for _, p := range parts {
		for _, s := range p.Out.([]model.Span) {
			res.Codes = append(res.Codes, model.Code{System: "ICD-10-CM", Code: "I50.9", Evidence: []model.Span{s.Shift(p.Offset)}})
		}
	}
	if len(res.Codes) > 1 {
		// Merge evidence as a real engine would.
		all := res.Codes[0]
		for _, c := range res.Codes[1:] {
			all.Evidence = append(all.Evidence, c.Evidence...)
		}
		res.Codes = []model.Code{all}
	}
	return res
}

func TestAnalyzerRecodesOnlyDirtySections(t *testing.T) {
	cc := &countingCoder{}
	a := NewAnalyzer(cc, 100)
	text := "HPI:\nsob\nASSESSMENT:\nCHF\nPLAN:\ndiuresis\n"
	d, _ := NewDocument("d", 1, text, model.Context{}, colonSplitter, 0)
	res := a.Analyze(d.Snapshot(), nil)
	if cc.calls != 3 || len(res.Codes) != 1 {
		t.Fatalf("calls %d, codes %+v", cc.calls, res.Codes)
	}
	if ev := res.Codes[0].Evidence[0]; text[ev.Start:ev.End] != "CHF" {
		t.Fatalf("evidence %v", ev)
	}
	// Typing in PLAN re-codes PLAN (and the section before it, re-split but
	// unchanged so its hash hits the cache).
	at := strings.Index(text, "diuresis") + len("diuresis")
	if err := d.Change(2, []Edit{{at, at, " and CHF clinic"}}); err != nil {
		t.Fatal(err)
	}
	res = a.Analyze(d.Snapshot(), nil)
	if cc.calls != 4 {
		t.Fatalf("calls %d after one edit, want 4", cc.calls)
	}
	if len(res.Codes[0].Evidence) != 2 {
		t.Fatalf("evidence %+v", res.Codes[0].Evidence)
	}
	for _, ev := range res.Codes[0].Evidence {
		if d.Text()[ev.Start:ev.End] != "CHF" {
			t.Fatalf("evidence %v does not point at CHF", ev)
		}
	}
	// Different context: re-code everything.
	d2, _ := NewDocument("d2", 1, d.Text(), model.Context{Setting: model.Inpatient}, colonSplitter, 0)
	a.Analyze(d2.Snapshot(), nil)
	if cc.calls != 7 {
		t.Fatalf("calls %d, want 7", cc.calls)
	}
}

func TestDifferStableIDs(t *testing.T) {
	d := NewDiffer()
	c1 := model.Code{System: "ICD-10-CM", Code: "I50.9", Evidence: []model.Span{{Start: 0, End: 3}}}
	p1 := model.Prompt{Kind: "type", Code: "I50.9", Key: "hf"}
	delta := d.Diff(model.Result{Codes: []model.Code{c1}, Prompts: []model.Prompt{p1}})
	if len(delta.CodeUpserts) != 1 || len(delta.PromptUpserts) != 1 {
		t.Fatalf("first delta %+v", delta)
	}
	cid, pid := delta.CodeUpserts[0].ID, delta.PromptUpserts[0].ID
	if delta := d.Diff(model.Result{Codes: []model.Code{c1}, Prompts: []model.Prompt{p1}}); !delta.Empty() {
		t.Fatalf("unchanged result gave %+v", delta)
	}
	c1.Evidence = []model.Span{{Start: 4, End: 7}}
	delta = d.Diff(model.Result{Codes: []model.Code{c1}})
	if len(delta.CodeUpserts) != 1 || delta.CodeUpserts[0].ID != cid || len(delta.PromptRemoves) != 1 || delta.PromptRemoves[0] != pid {
		t.Fatalf("moved evidence delta %+v", delta)
	}
	delta = d.Diff(model.Result{})
	if len(delta.CodeRemoves) != 1 || delta.CodeRemoves[0] != cid {
		t.Fatalf("removal delta %+v", delta)
	}
}

// TestTextSplitterIncremental checks the real section splitter against the
// resplit contract: typing a note character by character, and deleting
// headers, always gives the sections a full split gives.
func TestTextSplitterIncremental(t *testing.T) {
	note := "Patient seen today.\nHPI:\nCough x3 days.\nPHYSICAL EXAM:\nHEENT: normal\nLungs: crackles\nASSESSMENT AND PLAN:\n1. CHF exacerbation\n2. CKD stage 3b\nPLAN:\nLasix\nFamily history: mother with breast cancer\n"
	d, err := NewDocument("d", 1, "", model.Context{}, TextSplitter, 0)
	if err != nil {
		t.Fatal(err)
	}
	for i := 0; i < len(note); i++ {
		if err := d.Change(d.Version()+1, []Edit{{i, i, note[i : i+1]}}); err != nil {
			t.Fatal(err)
		}
		if want := splitAll(TextSplitter, d.Text()); !sameSections(d.Sections(), want) {
			t.Fatalf("after typing %q:\n got %+v\nwant %+v", d.Text(), d.Sections(), want)
		}
	}
	// Delete each line in turn from the full note.
	for start := 0; start < len(note); {
		nl := strings.IndexByte(note[start:], '\n')
		end := start + nl + 1
		d, _ := NewDocument("d", 1, note, model.Context{}, TextSplitter, 0)
		if err := d.Change(2, []Edit{{start, end, ""}}); err != nil {
			t.Fatal(err)
		}
		if want := splitAll(TextSplitter, d.Text()); !sameSections(d.Sections(), want) {
			t.Fatalf("after deleting line %q:\n got %+v\nwant %+v", note[start:end], d.Sections(), want)
		}
		start = end
	}
}

func FuzzTextSplitterResplit(f *testing.F) {
	f.Add("HPI:\nCough\nPHYSICAL EXAM:\nHEENT: ok\nASSESSMENT:\nCHF\n", 5, 9, "EXAM:\n")
	// A family-history line that runs on into the social history splits
	// inside the line (text.socialCueAt).
	f.Add("FHx: father MI. Former smoker. Lives alone.\nASSESSMENT:\nCHF\n", 16, 16, "Mother DM. ")
	f.Fuzz(func(t *testing.T, text string, s, e int, ins string) {
		d, err := NewDocument("d", 1, text, model.Context{}, TextSplitter, 1<<16)
		if err != nil {
			return
		}
		if d.Change(2, []Edit{{s, e, ins}}) != nil {
			return
		}
		if want := splitAll(TextSplitter, d.Text()); !sameSections(d.Sections(), want) {
			t.Fatalf("resplit differs:\n got %+v\nwant %+v", d.Sections(), want)
		}
	})
}

func sameSections(a, b []Section) bool {
	if len(a) == 0 && len(b) == 0 {
		return true
	}
	return reflect.DeepEqual(a, b)
}

// comparingCoder is countingCoder plus OutputComparer: outputs are equal when
// the spans are and the text under them is.
type comparingCoder struct {
	countingCoder
	consolidations int
}

func (c *comparingCoder) Consolidate(note string, parts []Part, ctx model.Context) model.Result {
	c.consolidations++
	return c.countingCoder.Consolidate(note, parts, ctx)
}

func (c *comparingCoder) Same(a, b any, oldBody, newBody string) bool {
	x, y := a.([]model.Span), b.([]model.Span)
	if len(x) != len(y) {
		return false
	}
	for i := range x {
		if x[i] != y[i] || oldBody[x[i].Start:x[i].End] != newBody[y[i].Start:y[i].End] {
			return false
		}
	}
	return true
}

// TestReuseShiftsPreviousResult: typing that changes no section's output
// skips consolidation, and the reused result's evidence still points at the
// right text after the shift.
func TestReuseShiftsPreviousResult(t *testing.T) {
	t.Run("direct", func(t *testing.T) {
		cc := &comparingCoder{}
		testReuse(t, cc, NewAnalyzer(cc, 100))
	})
	// The server wraps its engine in a LazyCoder: the reuse must survive it.
	t.Run("lazy", func(t *testing.T) {
		cc := &comparingCoder{}
		lazy := NewLazyCoder()
		lazy.Set(cc)
		testReuse(t, cc, NewAnalyzer(lazy, 100))
	})
}

func testReuse(t *testing.T, cc *comparingCoder, a *Analyzer) {
	var memo Memo
	text := "HPI:\nCHF noted\nASSESSMENT:\nCHF\nPLAN:\nfollow CHF\n"
	d, _ := NewDocument("d", 1, text, model.Context{}, colonSplitter, 0)
	a.Analyze(d.Snapshot(), &memo)
	if cc.consolidations != 1 {
		t.Fatalf("consolidations %d", cc.consolidations)
	}
	check := func(res model.Result) {
		t.Helper()
		if len(res.Codes) != 1 || len(res.Codes[0].Evidence) != 3 {
			t.Fatalf("result %+v", res)
		}
		for _, ev := range res.Codes[0].Evidence {
			if d.Text()[ev.Start:ev.End] != "CHF" {
				t.Fatalf("evidence %v points at %q", ev, d.Text()[ev.Start:ev.End])
			}
		}
	}
	// Type prose after "noted" in HPI: HPI's output is the same, later
	// sections shift.
	at := strings.Index(text, "noted") + len("noted")
	for i, ch := range " today" {
		if err := d.Change(d.Version()+1, []Edit{{at + i, at + i, string(ch)}}); err != nil {
			t.Fatal(err)
		}
		check(a.Analyze(d.Snapshot(), &memo))
	}
	if cc.consolidations != 1 || memo.Reused() != 6 {
		t.Fatalf("consolidations %d, reused %d", cc.consolidations, memo.Reused())
	}
	// Typing before a finding changes its section's output: consolidate.
	if err := d.Change(d.Version()+1, []Edit{{5, 5, "x"}}); err != nil {
		t.Fatal(err)
	}
	check(a.Analyze(d.Snapshot(), &memo))
	if cc.consolidations != 2 {
		t.Fatalf("consolidations %d after an edit before a finding", cc.consolidations)
	}
	// A new finding: consolidate.
	end := len(d.Text())
	if err := d.Change(d.Version()+1, []Edit{{end, end, "CHF"}}); err != nil {
		t.Fatal(err)
	}
	if res := a.Analyze(d.Snapshot(), &memo); cc.consolidations != 3 || len(res.Codes[0].Evidence) != 4 {
		t.Fatalf("new finding: consolidations %d, %+v", cc.consolidations, res.Codes)
	}
}

// A client that applies every delta (removes, then upserts) must hold
// exactly the result's items, the first of any key winning, with ids that
// stay while the key stays: checked on random results with repeated codes,
// repeated prompt keys and several mentions of one code.
func TestDifferDeltasRebuildResult(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	codes := []string{"I50.9", "N18.3", "E11.9", "I10"}
	asserts := []model.Assertion{model.Present, model.Negated}
	d := NewDiffer()
	heldCodes := map[string]model.Code{}
	heldPrompts := map[string]model.Prompt{}
	heldFindings := map[string]model.Finding{}
	idOf := map[string]string{} // identity -> id, to check ids are stable
	for round := 0; round < 400; round++ {
		var res model.Result
		for i := rng.IntN(6); i > 0; i-- {
			s := rng.IntN(3) * 10
			res.Codes = append(res.Codes, model.Code{System: "ICD-10-CM", Code: codes[rng.IntN(len(codes))],
				Evidence: []model.Span{{Start: s, End: s + 4}}})
		}
		for i := rng.IntN(4); i > 0; i-- {
			res.Prompts = append(res.Prompts, model.Prompt{Kind: "type", Code: codes[rng.IntN(2)], Key: fmt.Sprint("k", rng.IntN(3)),
				Message: fmt.Sprint("m", rng.IntN(2))})
		}
		for i := rng.IntN(6); i > 0; i-- {
			s := rng.IntN(3) * 10
			res.Findings = append(res.Findings, model.Finding{Code: codes[rng.IntN(2)], Assertion: asserts[rng.IntN(2)],
				Evidence: []model.Span{{Start: s, End: s + 2}}})
		}
		delta := d.Diff(res)
		for _, id := range delta.CodeRemoves {
			delete(heldCodes, id)
		}
		for _, id := range delta.PromptRemoves {
			delete(heldPrompts, id)
		}
		for _, id := range delta.FindingRemoves {
			delete(heldFindings, id)
		}
		for _, u := range delta.CodeUpserts {
			if prev, ok := idOf["c"+u.Code.Code]; ok && prev != u.ID && !u.New {
				t.Fatalf("round %d: code %s changed id %s -> %s", round, u.Code.Code, prev, u.ID)
			}
			idOf["c"+u.Code.Code] = u.ID
			heldCodes[u.ID] = u.Code
		}
		for _, u := range delta.PromptUpserts {
			heldPrompts[u.ID] = u.Prompt
		}
		for _, u := range delta.FindingUpserts {
			heldFindings[u.ID] = u.Finding
		}
		// what the client must hold: the first item per key, no more
		codeKey := func(c model.Code) string { return c.Code }
		if !sameHeld(heldCodes, res.Codes, codeKey) {
			t.Fatalf("round %d: client holds codes %+v, result has %+v", round, heldCodes, res.Codes)
		}
		if !sameHeld(heldPrompts, res.Prompts, func(p model.Prompt) string { return p.Key }) {
			t.Fatalf("round %d: client holds prompts %+v, result has %+v", round, heldPrompts, res.Prompts)
		}
		if len(heldFindings) != len(res.Findings) {
			t.Fatalf("round %d: client holds %d findings, result has %d", round, len(heldFindings), len(res.Findings))
		}
		var got, want []string
		for _, f := range heldFindings {
			got = append(got, fmt.Sprint(f.Code, f.Assertion, f.Evidence))
		}
		for _, f := range res.Findings {
			want = append(want, fmt.Sprint(f.Code, f.Assertion, f.Evidence))
		}
		slices.Sort(got)
		slices.Sort(want)
		if !slices.Equal(got, want) {
			t.Fatalf("round %d: client findings %v, result %v", round, got, want)
		}
	}
}

// sameHeld reports whether what a client holds (by wire id) is exactly the
// first item per key of a result's items.
func sameHeld[T any](held map[string]T, items []T, key func(T) string) bool {
	want := map[string]T{}
	for _, it := range items {
		if _, ok := want[key(it)]; !ok {
			want[key(it)] = it
		}
	}
	got := map[string]T{}
	for _, it := range held {
		got[key(it)] = it
	}
	return len(held) == len(want) && reflect.DeepEqual(got, want)
}
