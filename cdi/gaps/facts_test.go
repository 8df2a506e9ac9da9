package gaps_test

import (
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
		if pipeG, pipeErr = gaps.New(cs, gaps.Options{NoWarm: true}); pipeErr != nil {
			return
		}
		pipeEng.Prompts = pipeG.Prompts
	})
	if pipeErr != nil {
		t.Fatal(pipeErr)
	}
	return pipeEng, pipeG
}

// factCache is what the incremental layer keeps: facts per section text.
type factCache map[string]*gaps.SectionFacts

// placed extracts (or reuses) the facts of every section body of note and
// reports how many sections had to be extracted.
func (fc factCache) placed(g *gaps.Engine, note string) ([]gaps.PlacedFacts, int) {
	var out []gaps.PlacedFacts
	n := 0
	for _, s := range text.Sections(note) {
		if s.Body.End <= s.Body.Start {
			continue
		}
		body := note[s.Body.Start:s.Body.End]
		f, ok := fc[body]
		if !ok {
			f = g.Facts(body)
			fc[body] = f
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
		t.Run(tc.name, func(t *testing.T) {
			fc := factCache{}
			var got []model.Prompt
			for v, note := range tc.versions {
				res := eng.Code(note, ctx)
				pf, extracted := fc.placed(g, note)
				if v > 0 && extracted >= len(pf) {
					t.Fatalf("version %d re-extracted all %d sections", v, extracted)
				}
				got = g.PromptsFrom(note, pf, ctx, &res)
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

// Facts depend on the section text only; where it sits is PlacedFacts'
// business, and bad placements are dropped, not trusted.
func TestFactsPlacement(t *testing.T) {
	_, g := pipeline(t)
	body := "Na 126 this morning."
	f := g.Facts(body)
	if f.Values() != 1 {
		t.Fatalf("Facts(%q) found %d values, want 1", body, f.Values())
	}
	if !reflect.DeepEqual(f, g.Facts(body)) {
		t.Error("Facts is not a pure function of the text")
	}
	if g.Facts("Weakness, ambulating.").Values() != 0 || g.Facts("").Values() != 0 {
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
	off, err := gaps.New(pipeCS, gaps.Options{NoIndicators: true, NoWarm: true})
	if err != nil {
		t.Fatal(err)
	}
	if off.Facts(body).Values() != 0 {
		t.Error("Facts extracted values with indicators off")
	}
}
