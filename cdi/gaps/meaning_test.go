package gaps

import (
	"strings"
	"testing"

	"notecoder/cdi/model"
)

// TestMeaningPrompt: a mention that uses a word the index lists meanings for
// ("Diabetes, uncontrolled, meaning hyperglycemia / hypoglycemia"; "Stroke,
// meaning cerebral hemorrhage / cerebral infarction") and does not say which
// is asked about, with the meanings as options coded for the finding's type,
// and each option, written in, codes back to its code.
func TestMeaningPrompt(t *testing.T) {
	eng, ctx := oneClick(t)
	_, cs := engine(t)
	for _, tc := range []struct {
		line, code string
		want       []string
	}{
		{"Type 2 diabetes, uncontrolled.", "E11.9", []string{"E11.65", "E11.649"}},
		{"Type 2 DM, uncontrolled.", "E11.9", []string{"E11.65", "E11.649"}},
		{"Uncontrolled type 1 diabetes mellitus.", "E10.9", []string{"E10.65", "E10.649"}},
		{"Stroke last week.", "I63.9", []string{"I62.9", "I63.9"}},
	} {
		note, p := firstPrompt(t, eng, ctx, tc.line)
		checkOptions(t, cs, p)
		if p.Code != tc.code || p.Kind != "specificity" || !strings.Contains(p.Message, "meaning not documented") {
			t.Errorf("%q: prompt %s %s %q, want a meaning question on %s", tc.line, p.Kind, p.Code, p.Message, tc.code)
			continue
		}
		var got []string
		for _, o := range p.Options {
			if o.Code == "" {
				continue
			}
			got = append(got, o.Code)
			r2 := eng.Code(InsertOption(note, p, o), ctx)
			if !hasCode(r2.Codes, o.Code) {
				t.Errorf("%q + %q -> %v, want %s", tc.line, o.Label, codesOf(r2.Codes), o.Code)
			}
		}
		if strings.Join(got, " ") != strings.Join(tc.want, " ") {
			t.Errorf("%q: options %v, want %v", tc.line, got, tc.want)
		}
	}
}

// TestMeaningNOS: a finding coded to the code whose inclusion term names
// the entry NOS (I63.9 "Stroke NOS") is asked the entry's question however
// the note words it: "CVA" expands to "cerebrovascular accident", read by
// "Accident, cerebrovascular", the same stroke. (Only the options are
// checked: written in before the abbreviation, "cerebral infarction CVA"
// reads as I63.50 through "Infarct, cerebral, see also Occlusion,
// cerebrovascular", a defect of the walk, not of the question.)
func TestMeaningNOS(t *testing.T) {
	eng, ctx := oneClick(t)
	_, cs := engine(t)
	for _, line := range []string{"CVA last week.", "Cerebrovascular accident last week."} {
		_, p := firstPrompt(t, eng, ctx, line)
		checkOptions(t, cs, p)
		var got []string
		for _, o := range p.Options {
			if o.Code != "" {
				got = append(got, o.Code)
			}
		}
		if p.Code != "I63.9" || !strings.Contains(p.Message, "Stroke: meaning not documented") || strings.Join(got, " ") != "I62.9 I63.9" {
			t.Errorf("%q: prompt %s %q %v, want the Stroke meaning question on I63.9", line, p.Code, p.Message, got)
		}
	}
}

// TestMeaningSettled: no meaning question when the text says the meaning,
// the ambiguous word qualifies another condition, or the code is already
// more specific than what a meaning codes to.
func TestMeaningSettled(t *testing.T) {
	eng, ctx := oneClick(t)
	for _, line := range []string{
		"Type 2 diabetes, uncontrolled, with hypoglycemia.",
		"Type 2 diabetes uncontrolled with hyperglycemia.",
		"Type 2 diabetes mellitus.",
		"Type 2 DM, uncontrolled hypertension.",
		"Ischemic stroke.",
		"Hemorrhagic stroke.",
		"Ischemic CVA.",
		"Cerebral infarction.",
		"Malignant mole of the back.",
	} {
		res := eng.Code("ASSESSMENT:\n"+line+"\n", ctx)
		for _, p := range res.Prompts {
			if strings.Contains(p.Message, "meaning not documented") {
				t.Errorf("%q: unexpected %s %q %v", line, p.Code, p.Message, p.Options)
			}
		}
	}
}

// TestMeaningFacts: the question read ahead with the section (Facts +
// PromptsFrom, the keystroke path) is the one Prompts gives.
func TestMeaningFacts(t *testing.T) {
	g, cs := engine(t)
	note, res := finding(t, cs, "Type 2 diabetes, uncontrolled.", "Type 2 diabetes", "E11.9", model.Present)
	res.Findings[0].Why = "Diabetes, diabetic > type 2"
	body := strings.Index(note, "1.")
	local := res.Findings[0]
	local.Scope = local.Scope.Shift(-body)
	local.Evidence = []model.Span{local.Evidence[0].Shift(-body)}
	f := g.Facts(note[body:], []model.Finding{local})
	if f.Findings() != 1 {
		t.Fatalf("facts read %d findings, want 1", f.Findings())
	}
	a := g.PromptsFrom(note, []PlacedFacts{{Offset: body, Facts: f}}, model.Context{}, &res)
	b := g.Prompts(note, model.Context{}, &res)
	if len(a) != 1 || len(b) != 1 || a[0].Message != b[0].Message || a[0].Key != b[0].Key || !strings.Contains(a[0].Message, "meaning") {
		t.Fatalf("PromptsFrom %v, Prompts %v: want the same meaning question", a, b)
	}
	if a[0].Options[0].Code != "E11.65" || a[0].Options[1].Code != "E11.649" {
		t.Errorf("options %v", a[0].Options)
	}
}
