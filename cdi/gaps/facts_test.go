package gaps_test

import (
	"fmt"
	"reflect"
	"strings"
	"sync"
	"testing"

	"notecoder/cdi/coder"
	"notecoder/cdi/codeset"
	"notecoder/cdi/gaps"
	"notecoder/cdi/model"
	"notecoder/cdi/text"
)

var (
	pipeOnce sync.Once
	pipeEng  *coder.Engine
	pipeG    *gaps.Engine
	pipeCS   *codeset.Set
	pipeErr  error
)

// pipeline is the coder with the gap engine plugged in (no warm-up: tests
// build what they use).
func pipeline(t testing.TB) (*coder.Engine, *gaps.Engine) {
	t.Helper()
	pipeOnce.Do(func() {
		if pipeCS, pipeErr = codeset.Default(); pipeErr != nil {
			return
		}
		cs := pipeCS
		if pipeEng, pipeErr = coder.New(cs); pipeErr != nil {
			return
		}
		if pipeG, pipeErr = gaps.New(cs, gaps.Options{}); pipeErr != nil {
			return
		}
		pipeEng.Prompts = pipeG.Prompts
	})
	if pipeErr != nil {
		t.Fatal(pipeErr)
	}
	return pipeEng, pipeG
}

// factCache is what the incremental layer keeps: facts per section text
// and kind. withFindings gives Facts the section's findings (as the
// incremental layer does); without, PromptsFrom reads the sentences itself.
type factCache struct {
	m            map[string]*gaps.SectionFacts
	withFindings bool
}

// placed extracts (or reuses) the facts of every section body of note and
// reports how many sections had to be extracted.
func (fc factCache) placed(eng *coder.Engine, g *gaps.Engine, note string, ctx model.Context) ([]gaps.PlacedFacts, int) {
	var out []gaps.PlacedFacts
	n := 0
	for _, s := range text.Sections(note) {
		if s.Body.End <= s.Body.Start {
			continue
		}
		body := note[s.Body.Start:s.Body.End]
		f, ok := fc.m[s.Kind+"\x00"+body]
		if !ok {
			var fs []model.Finding
			if fc.withFindings {
				fs = eng.Section(body, s.Kind, ctx).Findings
			}
			f = g.Facts(body, fs)
			fc.m[s.Kind+"\x00"+body] = f
			n++
		}
		out = append(out, gaps.PlacedFacts{Offset: s.Body.Start, Facts: f})
	}
	return out, n
}

// Typing through a note, reusing the facts of unchanged sections, gives the
// prompts of coding each version from scratch; values and phrases combine
// across sections.
func TestFactsIncrementalEqualsBatch(t *testing.T) {
	eng, g := pipeline(t)
	ctx := model.Context{Setting: model.Inpatient}
	cases := []struct {
		name     string
		versions []string
		wantKeys []string // indicator keys expected on the last version
	}{
		{"lactate in labs, infection in assessment", []string{
			"LABS:\nLactate 4.1, BP 82/50.\nASSESSMENT:\nCough.\n",
			"LABS:\nLactate 4.1, BP 82/50.\nASSESSMENT:\nPneumonia, start antibiotics.\n",
		}, []string{"indicator|sepsis-screen"}},
		{"albumin and weight loss in two sections", []string{
			"HPI:\nPoor oral intake for a month, 15 lb weight loss.\nLABS:\nAlbumin 3.4.\n",
			"HPI:\nPoor oral intake for a month, 15 lb weight loss.\nLABS:\nAlbumin 2.4.\n",
		}, []string{"indicator|malnutrition"}},
		{"diagnosis added in another section suppresses", []string{
			"LABS:\nNa 126.\nASSESSMENT:\nWeakness.\n",
			"LABS:\nNa 126.\nASSESSMENT:\nWeakness. Hyponatremia, fluid restriction.\n",
		}, nil},
		{"creatinine rise across sections", []string{
			"HPI:\nBaseline creatinine 0.9.\nLABS:\nCreatinine 0.9.\n",
			"HPI:\nBaseline creatinine 0.9.\nLABS:\nCreatinine 1.6.\nASSESSMENT AND PLAN:\n1. CHF exacerbation.\n2. Chronic kidney disease.\n",
		}, []string{"indicator|creatinine-rise"}},
	}
	for _, tc := range cases {
		for _, withFindings := range []bool{true, false} {
			t.Run(fmt.Sprintf("%s/findings=%v", tc.name, withFindings), func(t *testing.T) {
				fc := factCache{m: map[string]*gaps.SectionFacts{}, withFindings: withFindings}
				var got []model.Prompt
				for v, note := range tc.versions {
					res := eng.Code(note, ctx)
					pf, extracted := fc.placed(eng, g, note, ctx)
					if v > 0 && extracted >= len(pf) {
						t.Fatalf("version %d re-extracted all %d sections", v, extracted)
					}
					got = g.PromptsFrom(note, pf, ctx, &res)
					read := 0
					for _, p := range pf {
						read += p.Facts.Findings()
					}
					if spec := len(got) - countIndicators(got); withFindings && spec > 0 && read == 0 {
						t.Fatalf("version %d: %d specificity prompts but no sentence read ahead", v, spec)
					}
					if got == nil {
						got = []model.Prompt{} // as the coder returns "none"
					}
					if !reflect.DeepEqual(got, res.Prompts) {
						t.Fatalf("version %d: cached facts give %+v, batch %+v", v, got, res.Prompts)
					}
				}
				var keys []string
				for _, p := range got {
					if strings.HasPrefix(p.Key, "indicator|") {
						keys = append(keys, p.Key)
					}
				}
				if !reflect.DeepEqual(keys, tc.wantKeys) {
					t.Errorf("indicator keys %v, want %v", keys, tc.wantKeys)
				}
			})
		}
	}
}

func countIndicators(ps []model.Prompt) int {
	n := 0
	for _, p := range ps {
		if strings.HasPrefix(p.Key, "indicator|") {
			n++
		}
	}
	return n
}

// Facts depend on the section text only; where it sits is PlacedFacts'
// business, and bad placements are dropped, not trusted.
func TestFactsPlacement(t *testing.T) {
	_, g := pipeline(t)
	body := "Na 126 this morning."
	f := g.Facts(body, nil)
	if f.Values() != 1 {
		t.Fatalf("Facts(%q) found %d values, want 1", body, f.Values())
	}
	if !reflect.DeepEqual(f, g.Facts(body, nil)) {
		t.Error("Facts is not a pure function of the text")
	}
	if g.Facts("Weakness, ambulating.", nil).Values() != 0 || g.Facts("", nil).Values() != 0 {
		t.Error("values found in text without any")
	}
	res := model.Result{}
	cases := []struct {
		name   string
		note   string
		facts  []gaps.PlacedFacts
		prompt bool
		cite   string
	}{
		{"at offset", "LABS:\n" + body, []gaps.PlacedFacts{{Offset: 6, Facts: f}}, true, "Na 126"},
		{"past the end", body, []gaps.PlacedFacts{{Offset: 16, Facts: f}}, false, ""},
		{"negative offset", body, []gaps.PlacedFacts{{Offset: -3, Facts: f}}, false, ""},
		{"nil facts", body, []gaps.PlacedFacts{{Offset: 0, Facts: nil}}, false, ""},
		{"no facts", body, nil, false, ""},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			ps := g.PromptsFrom(tc.note, tc.facts, model.Context{}, &res)
			if (len(ps) > 0) != tc.prompt {
				t.Fatalf("got %d prompts, want prompt=%v", len(ps), tc.prompt)
			}
			if tc.prompt {
				e := ps[0].Evidence[0]
				if got := tc.note[e.Start:e.End]; got != tc.cite {
					t.Errorf("evidence %q, want %q", got, tc.cite)
				}
			}
		})
	}
	off, err := gaps.New(pipeCS, gaps.Options{NoIndicators: true})
	if err != nil {
		t.Fatal(err)
	}
	if off.Facts(body, nil).Values() != 0 {
		t.Error("Facts extracted values with indicators off")
	}
}

// SameFacts tells an edit that changes no prompt input from one that does.
func TestSameFacts(t *testing.T) {
	eng, g := pipeline(t)
	ctx := model.Context{Setting: model.Inpatient}
	facts := func(body string) *gaps.SectionFacts {
		return g.Facts(body, eng.Section(body, text.AssessmentPlan, ctx).Findings)
	}
	cases := []struct {
		name, old, new string
		same           bool
	}{
		{"identical", "1. CHF exacerbation. Na 126.\n", "1. CHF exacerbation. Na 126.\n", true},
		{"prose appended", "1. CHF exacerbation. Na 126.\n", "1. CHF exacerbation. Na 126.\nFamily at bedside.\n", true},
		{"value changed", "1. CHF exacerbation. Na 126.\n", "1. CHF exacerbation. Na 124.\n", false},
		{"value text changed, same number", "Na 126.\n", "NA 126.\n", false},
		{"value moved within the section", "Na 126.\n", "Today Na 126.\n", false},
		{"phrase added", "Albumin 2.4.\n", "Albumin 2.4. Weight loss.\n", false},
		{"settling word added", "1. Heart failure.\n", "1. Acute heart failure.\n", false},
		{"nothing either side", "Family at bedside.\n", "Family at the bedside.\n", true},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			if got := gaps.SameFacts(facts(tc.old), facts(tc.new), tc.old, tc.new); got != tc.same {
				t.Errorf("SameFacts = %v, want %v", got, tc.same)
			}
		})
	}
	if !gaps.SameFacts(nil, g.Facts("", nil), "", "") {
		t.Error("nil and empty facts differ")
	}
}

// The keystroke path hands the coder's tokens to FactsTokens instead of
// tokenising the section twice: the facts must be exactly those of Facts,
// for coded sections and for the kinds the coder skips (no tokens lent).
func TestFactsTokensEqualsFacts(t *testing.T) {
	eng, g := pipeline(t)
	ctx := model.Context{Setting: model.Inpatient}
	note := benchNote + "MEDICATIONS:\nFurosemide 40 mg daily. Sodium 128 on the last panel.\n" +
		"LABS:\nLactate 4.2, creatinine 2.3 (baseline 1.0), BMI 41, A1c 9.8.\n"
	n := 0
	for _, s := range text.Sections(note) {
		body := note[s.Body.Start:s.Body.End]
		var lent bool
		var got *gaps.SectionFacts
		res := eng.SectionWith(body, s.Kind, ctx, func(toks []text.Token, r *coder.SectionResult) {
			lent = toks != nil
			got = g.FactsTokens(body, toks, r.Findings)
		})
		want := g.Facts(body, res.Findings)
		if !reflect.DeepEqual(got, want) {
			t.Errorf("section %q (tokens lent: %v): FactsTokens %+v, Facts %+v", s.Kind, lent, got, want)
		}
		if got.Values()+got.Findings() > 0 {
			n++
		}
	}
	if n < 2 {
		t.Fatalf("only %d sections had facts: the test note no longer exercises FactsTokens", n)
	}
}
