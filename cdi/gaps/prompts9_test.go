package gaps

import (
	"slices"
	"testing"

	"notecoder/cdi/model"
	"notecoder/cdi/text"
)

// promptCase is a whole note (own text) and the prompts it must and must
// not get, each written "KIND CODE" (code "" for a prompt without one).
type promptCase struct {
	name, note string
	want, not  []string
}

func promptKeys(ps []model.Prompt) map[string]*model.Prompt {
	m := map[string]*model.Prompt{}
	for i := range ps {
		m[ps[i].Kind+" "+ps[i].Code] = &ps[i]
	}
	return m
}

func runPromptCases(t *testing.T, cases []promptCase) {
	t.Helper()
	eng, ctx := oneClick(t)
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			res := eng.Code(c.note, ctx)
			got := promptKeys(res.Prompts)
			for _, w := range c.want {
				if got[w] == nil {
					t.Errorf("no %q prompt; codes %v, prompts %v", w, codesOf(res.Codes), promptNames(got))
				}
			}
			for _, n := range c.not {
				if p := got[n]; p != nil {
					t.Errorf("unwanted %q prompt %q", n, p.Message)
				}
			}
		})
	}
}

func promptNames(m map[string]*model.Prompt) []string {
	var out []string
	for k := range m {
		out = append(out, k)
	}
	return out
}

// TestLinkageAlreadyLinked: a linkage question is not asked when the note
// links the condition to another one, in its own sentence or in another
// mention of it anywhere in the note.
func TestLinkageAlreadyLinked(t *testing.T) {
	runPromptCases(t, []promptCase{
		{name: "linked in another section",
			note: "HOSPITAL COURSE:\nAcute kidney injury due to sepsis improved with fluids.\nASSESSMENT:\nSepsis. AKI.\n",
			not:  []string{"linkage N17.9"}, want: []string{"organism A41.9"}},
		{name: "linked in its sentence", note: "ASSESSMENT:\nAcute kidney injury secondary to dehydration.\n",
			not: []string{"linkage N17.9"}},
		{name: "attributed to", note: "HISTORY OF PRESENT ILLNESS:\nHe developed acute kidney injury attributed to contrast.\nASSESSMENT:\nAKI, improving.\n",
			not: []string{"linkage N17.9"}},
		{name: "coder combination", note: "ASSESSMENT:\nSepsis with acute kidney injury.\n",
			not: []string{"linkage N17.9"}},
		{name: "bare AKI still asked", note: "ASSESSMENT:\nAKI.\n", want: []string{"linkage N17.9"}},
		{name: "cause of another condition", note: "ASSESSMENT:\nAKI and anemia due to blood loss.\n",
			want: []string{"linkage N17.9"}},
		{name: "link too far on", note: "ASSESSMENT:\nAKI, seen on the labs drawn at the clinic, and she came in due to her daughter's worry.\n",
			want: []string{"linkage N17.9"}},
		{name: "laboratory trend is no link", note: "ASSESSMENT:\nAKI, creatinine 2.1 from 1.0.\n",
			want: []string{"linkage N17.9"}},
	})
}

// TestUncodableTermQuery: a term with no code that the guidelines say must
// be queried (urosepsis, I.C.1.d.1.a(ii)) gets a non-leading multiple-choice
// question, unless the note negates it, places it in the past, or says what
// it meant; each clinical answer codes back.
func TestUncodableTermQuery(t *testing.T) {
	eng, ctx := oneClick(t)
	find := func(ps []model.Prompt, key string) *model.Prompt {
		for i := range ps {
			if ps[i].Key == key {
				return &ps[i]
			}
		}
		return nil
	}
	for _, c := range []struct {
		note, key string
		ask       bool
	}{
		{"ASSESSMENT:\nUrosepsis.\n", "nocode|urosepsis", true},
		{"ASSESSMENT:\nAdmitted with uro-sepsis, started on ceftriaxone.\n", "nocode|urosepsis", true},
		{"ASSESSMENT:\nPossible urosepsis.\n", "nocode|urosepsis", true},
		{"ASSESSMENT:\nUrosepsis. Urinary tract infection.\n", "nocode|urosepsis", true},
		{"ASSESSMENT:\nNo evidence of urosepsis.\n", "nocode|urosepsis", false},
		{"PAST MEDICAL HISTORY:\nUrosepsis in 2019.\nASSESSMENT:\nPneumonia.\n", "nocode|urosepsis", false},
		{"ASSESSMENT:\nUrosepsis. Sepsis due to urinary tract infection.\n", "nocode|urosepsis", false},
		{"ASSESSMENT:\nUrosepsis, urinary tract infection without sepsis.\n", "nocode|urosepsis", false},
		{"ASSESSMENT:\nEndotoxemia.\n", "nocode|endotoxemia", true},
	} {
		p := find(eng.Code(c.note, ctx).Prompts, c.key)
		if (p != nil) != c.ask {
			t.Errorf("%q: prompt %v, want asked=%v", c.note, p, c.ask)
		}
	}
	note := "ASSESSMENT:\nUrosepsis, on ceftriaxone.\n"
	p := find(eng.Code(note, ctx).Prompts, "nocode|urosepsis")
	if p == nil {
		t.Fatal("no urosepsis prompt")
	}
	if p.Code != "" || len(p.Evidence) != 1 || note[p.Evidence[0].Start:p.Evidence[0].End] != "Urosepsis" {
		t.Errorf("code %q evidence %v, want no code and the term cited", p.Code, p.Evidence)
	}
	var codes, labels []string
	for _, o := range p.Options {
		labels = append(labels, o.Label)
		if o.Code == "" {
			continue
		}
		codes = append(codes, o.Code)
		r := eng.Code(InsertOption(note, *p, o), ctx)
		if !hasCode(r.Codes, o.Code) || find(r.Prompts, p.Key) != nil {
			t.Errorf("answer %q codes %v, prompts %v", o.Label, codesOf(r.Codes), r.Prompts)
		}
	}
	if !slices.Equal(codes, []string{"A41.9", "N39.0"}) || !slices.Contains(labels, OtherLabel) || !slices.Contains(labels, UndeterminedLabel) {
		t.Errorf("options %v", p.Options)
	}
}

// TestUncodableTermSectionKind: the incremental path reads a section with
// its kind (FactsKind), so a past-history mention asks nothing there either.
// (The body names no year: "in 2019" makes the mention past in any section.)
func TestUncodableTermSectionKind(t *testing.T) {
	g, _ := engine(t)
	body := "Urosepsis."
	res := &model.Result{}
	for _, c := range []struct {
		kind string
		ask  bool
	}{{text.PMH, false}, {text.Assessment, true}, {"", true}} {
		ps := g.PromptsFrom(body, []PlacedFacts{{Facts: g.FactsKind(body, c.kind, nil, nil)}}, model.Context{}, res)
		if got := len(ps) == 1 && ps[0].Key == "nocode|urosepsis"; got != c.ask {
			t.Errorf("kind %q: prompts %v, want asked=%v", c.kind, ps, c.ask)
		}
	}
}

// Iron deficiency anemia: its cause (data/types.tsv), answered by the
// classic options and not asked when the note names a bleeding or links a
// cause.
func init() {
	classicQueries = append(classicQueries, []classicQuery{
		{line: "Iron deficiency anemia.", code: "D50.9", kind: "linkage", offer: []string{"D50.0", "D62", "D50.8"}, roundTrip: []string{"D50.0", "D62", "D50.8"},
			msg: "Iron deficiency anemia: cause not documented"},
		{line: "Chronic iron deficiency anemia, on oral iron.", code: "D50.9", kind: "linkage", offer: []string{"D50.0"}},
		{line: "Iron deficiency anemia due to menorrhagia.", code: "D50.9"},
		{line: "Iron deficiency anemia from hookworm infestation.", code: "D50.9"},
		{line: "Iron deficiency anemia secondary to chronic blood loss.", code: "D50.0"},
	}...)
}

// A cause is read from a linking phrase close after the condition ("from"
// only right after it), not from a laboratory trend or a later clause.
func init() {
	classicQueries = append(classicQueries, []classicQuery{
		{line: "Anemia, hemoglobin 8.1 from 12.0.", code: "D64.9", kind: "type", offer: []string{"D62", "D50.9"}},
		{line: "Hypotension, seen in the emergency room and treated with fluids and later admitted due to falls.", code: "I95.9", kind: "type"},
		{line: "Hypotension from sepsis.", code: "I95.9"},
		{line: "Hypotension, likely secondary to sepsis.", code: "I95.9"},
	}...)
}
