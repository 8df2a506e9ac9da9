package incremental

import (
	"reflect"
	"strings"
	"testing"

	"notecoder/cdi/coder"
	"notecoder/cdi/codeset"
	"notecoder/cdi/gaps"
	"notecoder/cdi/model"
)

// Typing through a note with the real engine: the analyzer with the split
// gap engine (facts cached per section, note-level PromptsFrom), and without
// it (E.Prompts on the whole note), give the batch result of every version.
func TestEngineCoderMatchesBatch(t *testing.T) {
	eng, g := realEngines(t)
	ctx := model.Context{Setting: model.Inpatient}
	note := "HPI:\nShortness of breath, 10 lb weight loss.\nLABS:\nNa 126. Creatinine 2.1 from 1.0. Albumin 2.5.\n" +
		"ASSESSMENT AND PLAN:\n1. CHF exacerbation.\n2. Chronic kidney disease.\n"
	edits := []struct{ after, insert string }{
		{"1. CHF exacerbation.", " Lactate 3.1, BP 84/50."},
		{"2. Chronic kidney disease.", "\n3. Pneumonia, start antibiotics."},
		{"Na 126.", " Hyponatremia."},
		{"Chronic kidney disease", " stage 3"},
	}
	for _, split := range []EngineCoder{{E: eng, G: g}, {E: eng}} {
		a := NewAnalyzer(split, 100)
		memo := &Memo{Findings: true}
		d, err := NewDocument("d", 1, note, ctx, TextSplitter, 0)
		if err != nil {
			t.Fatal(err)
		}
		for v := 1; ; v++ {
			got := a.Analyze(d.Snapshot(), memo)
			want := eng.Code(d.Text(), ctx)
			if !reflect.DeepEqual(got, want) {
				t.Fatalf("G set %v, version %d: incremental %+v\nbatch %+v", split.G != nil, v, got, want)
			}
			if v > len(edits) {
				if split.G != nil && len(got.Prompts) == 0 {
					t.Fatal("no prompts on the last version")
				}
				break
			}
			e := edits[v-1]
			at := strings.Index(d.Text(), e.after) + len(e.after)
			if err := d.Change(v+1, []Edit{{at, at, e.insert}}); err != nil {
				t.Fatal(err)
			}
		}
	}
}

// TestEngineCoderReuse types prose keystroke by keystroke in the real
// engine: every result equals the batch result of the same text, and most
// keystrokes are answered by shifting the previous result.
func TestEngineCoderReuse(t *testing.T) {
	a, memo, d, eng := typingNote(t, "HPI:\nKnee pain for months. Sodium 126.\nASSESSMENT:\n1. Osteoarthritis of the knee.\n2. CHF.\nPLAN:\nPhysical therapy.\n", model.Outpatient)
	a.Analyze(d.Snapshot(), memo)
	// Type a new sentence in the HPI, after its findings: the sections
	// after it move, nothing else changes.
	typed := " She walks daily with a cane."
	at := strings.Index(d.Text(), "Sodium 126.") + len("Sodium 126.")
	typeMatchingBatch(t, a, memo, d, eng, typed, at)
	if memo.Reused() < uint64(len(typed))/2 {
		t.Fatalf("only %d of %d keystrokes reused the previous result", memo.Reused(), len(typed))
	}
}

// realEngines builds the shipped coder and gap engine, wired as the server
// wires them, so these tests exercise the data the product runs on.
func realEngines(t *testing.T) (*coder.Engine, *gaps.Engine) {
	t.Helper()
	cs, err := codeset.Default()
	if err != nil {
		t.Fatal(err)
	}
	eng, err := coder.New(cs)
	if err != nil {
		t.Fatal(err)
	}
	g, err := gaps.New(cs, gaps.Options{})
	if err != nil {
		t.Fatal(err)
	}
	eng.Prompts = g.Prompts
	return eng, g
}

// TestEngineCoderNoteState types, keystroke by keystroke, the sentence that
// makes a note about a current pregnancy (the coder then codes the asthma of
// another section as complicating it): every result equals the batch result,
// though the sentence itself gives no finding that would change its section's
// output.
func TestEngineCoderNoteState(t *testing.T) {
	a, memo, d, eng := typingNote(t, "HPI:\n28-year-old woman with a cough. \nPMH:\nAsthma.\nASSESSMENT:\n1. Acute bronchitis.\n", model.Outpatient)
	a.Analyze(d.Snapshot(), memo)
	typed := "She is 20 weeks pregnant."
	at := strings.Index(d.Text(), "cough. ") + len("cough. ")
	res := typeMatchingBatch(t, a, memo, d, eng, typed, at)
	has := codeSet(res)
	if !has["O99.512"] || !has["Z3A.20"] {
		t.Fatalf("the typed pregnancy did not reach the asthma: %v", res.Codes)
	}
	// And back: deleting the weeks ends the state.
	w := strings.Index(d.Text(), "20 weeks ")
	if err := d.Change(d.Version()+1, []Edit{{w, w + len("20 weeks "), ""}}); err != nil {
		t.Fatal(err)
	}
	matchBatch(t, a, memo, d, eng, "weeks deleted")
}

// TestEngineCoderDeliveryState types a delivery into a note that states the
// weeks of a pregnancy: the note's state turns to a delivery ("d" and the
// weeks), which the note-level step takes from the state instead of reading
// the note again, and every keystroke's result is the batch one.
func TestEngineCoderDeliveryState(t *testing.T) {
	a, memo, d, eng := typingNote(t, "HPI:\n26 yo G1P0 at 39 weeks gestation, admitted with contractions. \nASSESSMENT:\n1. Pregnancy at term, latent phase.\n", model.Inpatient)
	matchBatch(t, a, memo, d, eng, "before")
	if st := eng.NoteState(d.Text()); st != "39" {
		t.Fatalf("state before the delivery %q, want 39", st)
	}
	typed := "Spontaneous vaginal delivery of a liveborn girl."
	at := strings.Index(d.Text(), "contractions. ") + len("contractions. ")
	res := typeMatchingBatch(t, a, memo, d, eng, typed, at)
	if st := eng.NoteState(d.Text()); st != "d39" {
		t.Fatalf("state after the delivery %q, want d39", st)
	}
	has := codeSet(res)
	if !has["Z3A.39"] || !has["Z37.0"] {
		t.Fatalf("the delivery's weeks and outcome are missing: %v", res.Codes)
	}
}

// typingNote opens note in setting as a document under a real engine's
// analyzer and memo, for the tests that type into it.
func typingNote(t *testing.T, note string, setting model.Setting) (*Analyzer, *Memo, *Document, *coder.Engine) {
	t.Helper()
	eng, g := realEngines(t)
	d, err := NewDocument("d", 1, note, model.Context{Setting: setting}, TextSplitter, 0)
	if err != nil {
		t.Fatal(err)
	}
	return NewAnalyzer(EngineCoder{E: eng, G: g}, 100), &Memo{Findings: true}, d, eng
}

// codeSet is the set of res's codes.
func codeSet(res model.Result) map[string]bool {
	has := map[string]bool{}
	for _, c := range res.Codes {
		has[c.Code] = true
	}
	return has
}

// countingStater counts the whole-note reads the analyzer asks for.
type countingStater struct {
	EngineCoder
	n *int
}

func (c countingStater) NoteState(note string) string {
	*c.n++
	return c.EngineCoder.NoteState(note)
}

// TestNoteStateNotReadPerKeystroke: in a note that names no pregnancy,
// typing words that name none does not read the whole note again.
func TestNoteStateNotReadPerKeystroke(t *testing.T) {
	eng, g := realEngines(t)
	ctx := model.Context{Setting: model.Outpatient}
	n := 0
	a := NewAnalyzer(countingStater{EngineCoder{E: eng, G: g}, &n}, 100)
	memo := &Memo{Findings: true}
	d, _ := NewDocument("d", 1, "HPI:\nCough for a week. \nASSESSMENT:\n1. Acute bronchitis.\n", ctx, TextSplitter, 0)
	a.Analyze(d.Snapshot(), memo)
	at := strings.Index(d.Text(), "week. ") + len("week. ")
	typed := "No fever."
	for i := 0; i < len(typed); i++ {
		if err := d.Change(d.Version()+1, []Edit{{at + i, at + i, typed[i : i+1]}}); err != nil {
			t.Fatal(err)
		}
		a.Analyze(d.Snapshot(), memo)
	}
	if n != 1 {
		t.Fatalf("the whole note was read %d times for %d keystrokes, want once", n, len(typed))
	}
}

// typeMatchingBatch types typed at at, key by key, checking every result
// against batch coding of the same text; it returns the last result.
func typeMatchingBatch(t *testing.T, a *Analyzer, memo *Memo, d *Document, eng *coder.Engine, typed string, at int) model.Result {
	t.Helper()
	var res model.Result
	for i := 0; i < len(typed); i++ {
		if err := d.Change(d.Version()+1, []Edit{{at + i, at + i, typed[i : i+1]}}); err != nil {
			t.Fatal(err)
		}
		res = matchBatch(t, a, memo, d, eng, typed[:i+1])
	}
	return res
}

// matchBatch analyzes the document's snapshot and fails unless the result is
// what batch coding gives for its text.
func matchBatch(t *testing.T, a *Analyzer, memo *Memo, d *Document, eng *coder.Engine, what string) model.Result {
	t.Helper()
	snap := d.Snapshot()
	got := a.Analyze(snap, memo)
	if want := eng.Code(d.Text(), snap.Context); !reflect.DeepEqual(got, want) {
		t.Fatalf("after %q: incremental %+v\nbatch %+v", what, got, want)
	}
	return got
}

// TestEngineCoderPuerperalState types the postpartum day into a note whose
// endometritis another section names: every keystroke matches batch coding,
// and once the day is typed the state carries "p" and the endometritis is
// the puerperium's (O86.12).
func TestEngineCoderPuerperalState(t *testing.T) {
	a, memo, d, eng := typingNote(t, "HPI:\nAfter cesarean delivery. \nASSESSMENT:\n1. Endometritis, on clindamycin.\n", model.Inpatient)
	matchBatch(t, a, memo, d, eng, "before")
	typed := "Postpartum day 2. "
	at := strings.Index(d.Text(), "After")
	res := typeMatchingBatch(t, a, memo, d, eng, typed, at)
	if st := eng.NoteState(d.Text()); !strings.HasSuffix(st, "p") {
		t.Fatalf("state after the postpartum day %q, want a p", st)
	}
	has := codeSet(res)
	if !has["O86.12"] || has["N71.9"] {
		t.Fatalf("the endometritis is not the puerperium's: %v", res.Codes)
	}
}
