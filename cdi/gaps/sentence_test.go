package gaps

import (
	"strings"
	"testing"

	"notecoder/cdi/codeset"
	"notecoder/cdi/model"
)

// sentenceCase is one assessment line with several findings: the first
// is the one asked about, the others are what the coder read around it.
type sentenceCase struct {
	name, line string
	finds      [][2]string // phrase, code; the first is the finding under test
	kind       string      // "" = no prompt for the first finding
	want       []string    // option codes that must be offered
	msg        string      // substring of the message
}

// sentenceCases cover what a sentence settles for one condition when it
// names several: the words the coder read for another condition ("type 2"
// of diabetes, "chronic" of atrial fibrillation) settle nothing about the
// heart failure, while a second mention of the same condition still speaks
// for it. They also cover text that looks settled but is not: "secondary
// to" links a cause and is not the "secondary" type of a title, "acute phase
// reactants" are a laboratory term, "insulin
// dependent" does not state the type of diabetes (the index codes it "to
// type of diabetes"), and an obesity class is a severity the code set
// distinguishes (E66.811-E66.813).
var sentenceCases = []sentenceCase{
	{"hf among typed diabetes and chronic af",
		"History of type 2 diabetes mellitus, congestive heart failure and chronic atrial fibrillation.",
		[][2]string{{"congestive heart failure", "I50.9"}, {"type 2 diabetes mellitus", "E11.9"}, {"chronic atrial fibrillation", "I48.20"}},
		"type", []string{"I50.22", "I50.23", "I50.32"}, "Heart failure: type and acuity not documented"},
	{"asthma beside typed diabetes",
		"History of type 2 diabetes mellitus and bronchial asthma.",
		[][2]string{{"bronchial asthma", "J45.909"}, {"type 2 diabetes mellitus", "E11.9"}},
		"type", []string{"J45.20", "J45.50"}, "Asthma: type and severity not documented"},
	{"venous thrombosis beside chronic kidney disease",
		"Mild chronic renal failure and venous thrombosis.",
		[][2]string{{"venous thrombosis", "I82.90"}, {"chronic renal failure", "N18.9"}},
		"acuity", []string{"I82.91"}, "acuity not documented"},
	{"hf own words still settle",
		"Acute on chronic systolic heart failure and atrial fibrillation.",
		[][2]string{{"heart failure", "I50.9"}, {"atrial fibrillation", "I48.91"}},
		"", nil, ""},
	{"second mention of the same condition keeps the type",
		"Type 2 diabetes mellitus (DM) on metformin.",
		[][2]string{{"DM", "E11.9"}, {"Type 2 diabetes mellitus", "E11.9"}},
		"", nil, ""},
	{"secondary to links a cause, it is no type",
		"Stroke secondary to atrial fibrillation.",
		[][2]string{{"atrial fibrillation", "I48.91"}, {"Stroke", "I63.9"}},
		"type", []string{"I48.0", "I48.21"}, "Atrial fibrillation: type not documented"},
	{"acute phase reactants are no acuity",
		"Hepatitis C, raised acute phase reactants.",
		[][2]string{{"Hepatitis C", "B19.20"}},
		"acuity", []string{"B17.10", "B18.2"}, "acuity not documented"},
	{"insulin dependent does not state the type",
		"Insulin-dependent diabetes mellitus.",
		[][2]string{{"diabetes mellitus", "E11.9"}, {"Insulin-dependent", "Z79.4"}},
		"type", []string{"E10.9", "E11.9"}, "Diabetes mellitus: type not documented"},
	{"non-insulin dependent does not state the type",
		"Non-insulin dependent diabetes mellitus.",
		[][2]string{{"diabetes mellitus", "E11.9"}},
		"type", []string{"E10.9", "E11.9"}, "type not documented"},
	{"obesity class",
		"Obesity, counselled on diet.",
		[][2]string{{"Obesity", "E66.9"}},
		"severity", []string{"E66.811", "E66.812", "E66.813"}, "Obesity: severity not documented"},
	{"obesity class written",
		"Obesity class III.",
		[][2]string{{"Obesity", "E66.9"}},
		"", nil, ""},
	{"nyha class is not an obesity class",
		"Obesity and heart failure NYHA class III.",
		[][2]string{{"Obesity", "E66.9"}, {"heart failure", "I50.9"}},
		"severity", []string{"E66.813"}, "Obesity: severity not documented"},
}

func TestSentencePrompts(t *testing.T) { runSentenceCases(t, sentenceCases) }

// runSentenceCases checks the prompt (or its absence) for the first finding
// of each case.
func runSentenceCases(t *testing.T, cases []sentenceCase) {
	g, cs := engine(t)
	ctx := model.Context{Setting: model.Inpatient}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			note, res := sentenceResult(t, cs, tc)
			p := promptFor(g.Prompts(note, ctx, &res), res.Findings[0])
			if tc.kind == "" {
				if p != nil {
					t.Fatalf("want no prompt, got %q %v", p.Message, p.Options)
				}
				return
			}
			if p == nil {
				t.Fatalf("no prompt for %s", tc.finds[0][1])
			}
			checkOptions(t, cs, *p)
			if p.Kind != tc.kind || !strings.Contains(p.Message, tc.msg) {
				t.Errorf("got %s %q, want %s %q", p.Kind, p.Message, tc.kind, tc.msg)
			}
			wantOptions(t, *p, tc.want)
		})
	}
}

// wantOptions checks that a prompt offers every code of want.
func wantOptions(t *testing.T, p model.Prompt, want []string) {
	t.Helper()
	have := map[string]bool{}
	for _, o := range p.Options {
		have[o.Code] = true
	}
	for _, w := range want {
		if !have[w] {
			t.Errorf("option %s missing from %v", w, p.Options)
		}
	}
}

// sentenceResult builds the coder's result for a case: every finding has
// the line as its scope and is coded present.
func sentenceResult(t *testing.T, cs *codeset.Set, tc sentenceCase) (string, model.Result) {
	t.Helper()
	note := "ASSESSMENT AND PLAN:\n1. " + tc.line + "\n"
	start := strings.Index(note, tc.line)
	scope := model.Span{Start: start, End: start + len(tc.line)}
	var res model.Result
	for _, f := range tc.finds {
		i := strings.Index(note, f[0])
		if i < 0 {
			t.Fatalf("phrase %q not in %q", f[0], tc.line)
		}
		c, ok := cs.Lookup(f[1])
		if !ok {
			t.Fatalf("code %s not in the code set", f[1])
		}
		ev := []model.Span{{Start: i, End: i + len(f[0])}}
		res.Findings = append(res.Findings, model.Finding{Code: c.Code, Title: c.Title, Assertion: model.Present,
			Section: "assessment", Evidence: ev, Scope: scope})
		res.Codes = append(res.Codes, model.Code{System: "ICD-10-CM", Code: c.Code, Title: c.Title, Assertion: model.Present, Evidence: ev})
	}
	return note, res
}

// promptFor returns the prompt of the finding fd among ps, or nil.
func promptFor(ps []model.Prompt, fd model.Finding) *model.Prompt {
	for i := range ps {
		if ps[i].Code == fd.Code && len(ps[i].Evidence) > 0 && ps[i].Evidence[0] == fd.Evidence[0] {
			return &ps[i]
		}
	}
	return nil
}

// TestSameQuestionOnce: a condition named twice in other words gets one
// question citing both mentions, keyed by the first (a dismissal of it
// holds); different questions about one code stay apart.
func TestSameQuestionOnce(t *testing.T) {
	g, cs := engine(t)
	tc := sentenceCase{line: "Chronic renal failure, anemia of CRF.", finds: [][2]string{{"Chronic renal failure", "N18.9"}, {"CRF", "N18.9"}}}
	note, res := sentenceResult(t, cs, tc)
	ps := g.Prompts(note, model.Context{Setting: model.Inpatient}, &res)
	var stage []model.Prompt
	for _, p := range ps {
		if p.Code == "N18.9" && p.Kind == "stage" {
			stage = append(stage, p)
		}
	}
	if len(stage) != 1 {
		t.Fatalf("want one stage question, got %d: %+v", len(stage), ps)
	}
	if len(stage[0].Evidence) != 2 || !strings.Contains(stage[0].Key, "chronic renal failure") {
		t.Errorf("want both mentions as evidence under the first one's key, got %v %q", stage[0].Evidence, stage[0].Key)
	}
	a := model.Prompt{Code: "I50.9", Kind: "type", Options: []model.Option{{Label: "systolic", Code: "I50.20"}}, Evidence: []model.Span{{Start: 0, End: 5}}}
	b := a
	b.Kind = "acuity"
	if got := mergeSame([]model.Prompt{a, b}); len(got) != 2 {
		t.Errorf("two different questions merged: %+v", got)
	}
}
