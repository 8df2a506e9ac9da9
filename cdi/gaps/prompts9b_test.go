package gaps

import (
	"slices"
	"strings"
	"testing"

	"notecoder/cdi/model"
)

// TestTypeRowsPrompts9b: the type questions CDI practice sends for nicotine
// dependence (the tobacco product, not remission or withdrawal), for a
// subarachnoid hemorrhage (the source vessel) and for rheumatoid arthritis
// (with or without rheumatoid factor), and none once the note says it.
func TestTypeRowsPrompts9b(t *testing.T) {
	runPromptCases(t, []promptCase{
		{name: "smoker asks the product", note: "ASSESSMENT:\nSmoker.\n",
			want: []string{"type F17.200"}, not: []string{"linkage F17.200"}},
		{name: "cigar smoker", note: "SOCIAL HISTORY:\nNicotine dependence, smokes cigars daily.\n",
			not: []string{"type F17.200", "linkage F17.200"}},
		{name: "SAH asks the vessel", note: "ASSESSMENT:\nSubarachnoid hemorrhage.\n",
			want: []string{"type I60.9"}},
		{name: "a named bleeding pattern settles it", note: "ASSESSMENT:\nSubarachnoid hemorrhage, perimesencephalic pattern.\n",
			not: []string{"type I60.9"}},
		{name: "RA asks the factor", note: "ASSESSMENT:\nRheumatoid arthritis.\n",
			want: []string{"type M06.9"}},
		{name: "RA with the factor", note: "ASSESSMENT:\nRheumatoid arthritis, rheumatoid factor negative.\n",
			not: []string{"type M06.9"}},
	})
}

// TestDroppedCodeNotAsked: a finding whose code the note-level step dropped
// beside a code that covers it is not asked about.
func TestDroppedCodeNotAsked(t *testing.T) {
	runPromptCases(t, []promptCase{
		{name: "pneumonia of the influenza", note: "ASSESSMENT:\nInfluenza complicated by pneumonia.\nPLAN:\nPneumonia: continue antibiotics.\n",
			not: []string{"organism J18.9"}},
		{name: "bare pneumonia still asked", note: "ASSESSMENT:\nInfluenza. Pneumonia.\n",
			want: []string{"organism J18.9"}},
	})
}

// TestOrganismNamedNotLinked: a note that names an organism without linking
// it to the sepsis (or pneumonia) is not asked which organism; it is asked
// whether the condition is due to the organism it names, with that
// organism's code as the only clinical answer, and nothing when the
// condition's codes do not name that organism.
func TestOrganismNamedNotLinked(t *testing.T) {
	eng, ctx := oneClick(t)
	for _, c := range []struct {
		note string
		want []string // clinical option codes of the A41.9 prompt; nil: no A41.9 prompt
	}{
		{"ASSESSMENT:\nSepsis. Blood cultures grew Pseudomonas aeruginosa.\n", []string{"A41.52"}},
		{"ASSESSMENT:\nSeptic shock, E. coli bacteremia.\n", []string{"A41.51"}},
		{"ASSESSMENT:\nSepsis.\nPLAN:\nMRSA pneumonia, on vancomycin.\n", []string{"A41.02"}},
		{"ASSESSMENT:\nSepsis, blood cultures positive for Klebsiella pneumoniae.\n", nil},
		{"ASSESSMENT:\nE. coli bacteremia with sepsis.\n", nil},
	} {
		res := eng.Code(c.note, ctx)
		p := promptKeys(res.Prompts)["organism A41.9"]
		if c.want == nil {
			if p != nil {
				t.Errorf("%q: unwanted prompt %q", c.note, p.Message)
			}
			continue
		}
		if p == nil {
			t.Errorf("%q: no organism prompt; codes %v", c.note, codesOf(res.Codes))
			continue
		}
		var got []string
		for _, o := range p.Options {
			if o.Code != "" {
				got = append(got, o.Code)
			}
		}
		if !slices.Equal(got, c.want) || !strings.Contains(p.Message, "link") {
			t.Errorf("%q: %q options %v, want a link question offering %v", c.note, p.Message, got, c.want)
		}
	}
	// no organism named anywhere: the open question with every organism
	p := promptKeys(eng.Code("ASSESSMENT:\nSepsis.\n", ctx).Prompts)["organism A41.9"]
	if p == nil || len(p.Options) < 6 {
		t.Errorf("bare sepsis: want the open organism question, got %v", p)
	}
}

// TestSubstanceUseDisorderSeverity: "opioid use disorder" has no code until
// its severity is stated (the index codes only mild and moderate or
// severe), so it is asked, non-leading, with each answer coding back; a
// stated severity, another code of the substance, a negation or a past
// mention ask nothing.
func TestSubstanceUseDisorderSeverity(t *testing.T) {
	eng, ctx := oneClick(t)
	find := func(ps []model.Prompt) *model.Prompt {
		for i := range ps {
			if ps[i].Key == "nocode|disorder > opioid use" {
				return &ps[i]
			}
		}
		return nil
	}
	for _, c := range []struct {
		note string
		ask  bool
	}{
		{"ASSESSMENT:\nOpioid use disorder, on buprenorphine.\n", true},
		{"ASSESSMENT:\nOUD, on naltrexone.\n", true},
		{"ASSESSMENT:\nOUD on methadone maintenance.\n", false}, // the index codes methadone maintenance F11.20
		{"ASSESSMENT:\nMild opioid use disorder.\n", false},
		{"ASSESSMENT:\nSevere opioid use disorder.\n", false},
		{"ASSESSMENT:\nOpioid use disorder. Opioid dependence on methadone.\n", false},
		{"ASSESSMENT:\nNo opioid use disorder.\n", false},
		{"PAST MEDICAL HISTORY:\nOpioid use disorder in 2015.\nASSESSMENT:\nPneumonia.\n", false},
	} {
		if p := find(eng.Code(c.note, ctx).Prompts); (p != nil) != c.ask {
			t.Errorf("%q: prompt %v, want asked=%v", c.note, p, c.ask)
		}
	}
	note := "ASSESSMENT:\nOpioid use disorder, on buprenorphine.\n"
	p := find(eng.Code(note, ctx).Prompts)
	if p == nil {
		t.Fatal("no opioid use disorder prompt")
	}
	var codes []string
	for _, o := range p.Options {
		if o.Code == "" {
			continue
		}
		codes = append(codes, o.Code)
		r := eng.Code(InsertOption(note, *p, o), ctx)
		if !hasCode(r.Codes, o.Code) || find(r.Prompts) != nil {
			t.Errorf("answer %q codes %v", o.Label, codesOf(r.Codes))
		}
	}
	if !slices.Equal(codes, []string{"F11.10", "F11.20"}) {
		t.Errorf("options %v", p.Options)
	}
}
