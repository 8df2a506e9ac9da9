package text

import (
	"strings"
	"testing"

	"notecoder/cdi/model"
)

func spanAll(s string) model.Span { return model.Span{Start: 0, End: len(s)} }

// equivNotes is a varied set of our own note fragments: capitals, plurals,
// abbreviations, misspellings, accents, curly quotes, numbers, bullets,
// invalid UTF-8 and words no lexicon knows.
var equivNotes = []string{
	benchNote,
	"",
	"   \n\t",
	"The Patient Has CHF, CKD 3b And T2DM. Ulcers On Both Heels; UTIs x3 In 2023.",
	"HISTORY OF PRESENT ILLNESS: Mr. Zyxwq is a 54 yo M w/ HTN, HLD, s/p CABG (2015) who presents w/ SOB.",
	"Sjögren’s syndrome, Crohn's disease; “diabetis” – arteries, abscesses, rashes, headaches, branches.",
	"• Bilateral PEs\n• DVTs of the LLE\n- Hyperkalemias resolved\n1) Pneumonias, recurrent\n2. Fractures of ribs",
	"BP 142/88, HR 104, Temp 38.9°C, SpO2 91% on 2L NC. Na 126, K 5.9, Cr 2.1 (from 1.0), Hgb 7.2, A1c 9.2%.",
	"a\xffb \xc3 ÉDÈME Ödem naïve CAFÉ Ñandú QUIXOTICALLY Frobnications GLORPS Wibbles",
	"Denies chest pain. No fever. Negative for cough. Possible pneumonia vs. atelectasis; r/o PE.",
	strings.Repeat("Assessment And Plan: Continue Metoprolol 25 MG BID, Lisinopril 10 MG Daily. ", 40),
}

// refTokens is the straightforward tokenisation: no intern table, a fresh
// slice grown by append.
func refTokens(s string, base int) []Token {
	return appendTokensLex(nil, s, base, plainWords())
}

func TestTokenizeMatchesReference(t *testing.T) {
	buf := make([]Token, 0, 8)
	for _, n := range equivNotes {
		for _, base := range []int{0, 17} {
			want := refTokens(n, base)
			got := AppendTokens(buf[:0], n, base)
			buf = got
			if base == 0 {
				sameTokens(t, "Tokenize", n, Tokenize(n), want)
			}
			sameTokens(t, "AppendTokens", n, got, want)
		}
		if got, want := Sections(n), appendSections(nil, n); len(got) != len(want) || (len(want) > 0 && !equalSections(got, want)) {
			t.Errorf("Sections(%.30q) = %v, want %v", n, got, want)
		}
		for _, f := range strings.Fields(n) {
			if got, want := Normalize(f), normalizeRef(f); got != want {
				t.Errorf("Normalize(%q) = %q, want %q", f, got, want)
			}
		}
	}
}

// normalizeRef is Normalize without the intern table.
func normalizeRef(word string) string { return normalizeWith(word, plainWords()) }

func equalSections(a, b []Section) bool {
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

func sameTokens(t *testing.T, what, note string, got, want []Token) {
	t.Helper()
	if len(got) != len(want) {
		t.Errorf("%s(%.30q): %d tokens, want %d", what, note, len(got), len(want))
		return
	}
	forms := LexForms()
	for i := range got {
		if l := got[i].Lex; l != 0 && (int(l) >= len(forms) || forms[l] != got[i].Norm) {
			t.Errorf("%s(%.30q)[%d]: Lex %d is not Norm %q", what, note, i, l, got[i].Norm)
			return
		}
		g := got[i]
		g.Lex = want[i].Lex // the reference lexicon interns nothing
		if g != want[i] {
			t.Errorf("%s(%.30q)[%d] = %+v, want %+v", what, note, i, got[i], want[i])
			return
		}
	}
}

func TestInternTable(t *testing.T) {
	lx := words()
	for _, w := range []string{"the", "chf", "patient", "ulcer", "pneumonia", "history", "ckd"} {
		if e := lx.m[w]; e.self != w {
			t.Errorf("intern table lacks %q", w)
		}
	}
	for k, e := range lx.m {
		if e.self != "" && e.self != k {
			t.Fatalf("intern entry %q -> %q", k, e.self)
		}
		if p := plainWords().m[k]; p.fix != e.fix || p.keep != e.keep {
			t.Fatalf("intern entry %q changed the plain lexicon: %+v vs %+v", k, e, p)
		}
	}
}

// TestTokenizeAllocs pins the garbage of the hot paths: known words need no
// norm string, Tokenize allocates only its exact result, Sentences only its
// result. (Pools drop items at random under -race, so counts are checked
// without it.)
func TestTokenizeAllocs(t *testing.T) {
	if raceEnabled {
		t.Skip("sync.Pool drops items under -race")
	}
	known := "The Patient Denies Chest Pain. History Of CHF And Ulcers; Continue Metoprolol Daily."
	buf := make([]Token, 0, 256)
	sents := make([]Sentence, 0, 64)
	abToks := Tokenize("CHF exacerbation")
	tests := []struct {
		name string
		max  float64
		f    func()
	}{
		{"AppendTokens known words", 0, func() { buf = AppendTokens(buf[:0], known, 0) }},
		{"AppendTokens unknown capitalised words", 1, func() { buf = AppendTokens(buf[:0], "Zorblax Quuxes", 0) }},
		{"Tokenize one word", 1, func() { _ = Tokenize("heart") }},
		{"Tokenize known words", 1, func() { _ = Tokenize(known) }},
		{"Sentences", 1, func() { _ = Sentences(benchNote, spanAll(benchNote)) }},
		{"Sections", 1, func() { _ = Sections(benchNote) }},
		{"AppendSentences reused", 0, func() { sents = AppendSentences(sents[:0], benchNote, spanAll(benchNote)) }},
		{"ExpandWordsIn", 0, func() { _, _, _ = Abbreviations().ExpandWordsIn(abToks, 0, HPI) }},
	}
	for _, tc := range tests {
		tc.f()
		if got := testing.AllocsPerRun(50, tc.f); got > tc.max {
			t.Errorf("%s: %.1f allocs, want <= %.0f", tc.name, got, tc.max)
		}
	}
}

func TestExpandWordsInMatchesTokenize(t *testing.T) {
	ab := Abbreviations()
	notes := append([]string{"PE: lungs clear. Hx of PE. MS on exam; MS with relapses. CA 19-9. s/p TKA, r/o MI, h/o CVA"}, equivNotes...)
	seen := 0
	for _, n := range notes {
		toks := Tokenize(n)
		for _, kind := range []string{"", HPI, Exam, PMH, AssessmentPlan} {
			for i := range toks {
				exp, n1, ok1 := ab.ExpandIn(toks, i, kind)
				words, n2, ok2 := ab.ExpandWordsIn(toks, i, kind)
				if ok1 != ok2 || n1 != n2 {
					t.Fatalf("at %q: ExpandIn ok=%v n=%d, ExpandWordsIn ok=%v n=%d", toks[i].Text, ok1, n1, ok2, n2)
				}
				var want []string
				for _, x := range exp {
					for _, tk := range Tokenize(x) {
						if tk.Kind != Punct && tk.Norm != "" {
							want = append(want, tk.Norm)
						}
					}
				}
				if strings.Join(words, " ") != strings.Join(want, " ") || len(words) != len(want) {
					t.Errorf("ExpandWordsIn at %q (%s) = %q, want %q", toks[i].Text, kind, words, want)
				}
				if ok1 {
					seen++
				}
			}
		}
	}
	if seen < 20 {
		t.Errorf("only %d abbreviations expanded: the comparison tested too little", seen)
	}
	if w, n, ok := ab.ExpandWordsIn(nil, 0, ""); ok || n != 0 || w != nil {
		t.Errorf("ExpandWordsIn(nil) = %v %d %v", w, n, ok)
	}
}

func TestAppendSentences(t *testing.T) {
	prefix := []Sentence{{Span: model.Span{Start: 1, End: 2}}}
	for _, n := range equivNotes {
		for _, w := range []model.Span{spanAll(n), {Start: len(n) / 3, End: len(n) - len(n)/4}, {Start: -5, End: len(n) + 9}} {
			want := Sentences(n, w)
			got := AppendSentences(append([]Sentence(nil), prefix...), n, w)
			if len(got) != len(want)+1 || got[0] != prefix[0] {
				t.Fatalf("AppendSentences(%.30q, %v): %d sentences, want %d after the prefix", n, w, len(got), len(want)+1)
			}
			for i := range want {
				if got[i+1] != want[i] {
					t.Errorf("AppendSentences(%.30q, %v)[%d] = %v, want %v", n, w, i, got[i+1], want[i])
				}
			}
		}
	}
}
