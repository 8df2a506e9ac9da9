package gaps

import (
	"fmt"
	"math/rand/v2"
	"reflect"
	"slices"
	"strings"
	"sync"
	"testing"

	"notecoder/cdi/codeset"
	"notecoder/cdi/model"
)

var (
	testOnce sync.Once
	testEng  *Engine
	testCS   *codeset.Set
	testErr  error
)

func engine(t testing.TB) (*Engine, *codeset.Set) {
	t.Helper()
	testOnce.Do(func() {
		testCS, testErr = codeset.Default()
		if testErr == nil {
			testEng, testErr = New(testCS, Options{})
		}
	})
	if testErr != nil {
		t.Fatal(testErr)
	}
	return testEng, testCS
}

// finding builds a one-finding result: the finding's evidence is phrase
// inside line, its scope the whole line.
func finding(t testing.TB, cs *codeset.Set, line, phrase, code string, a model.Assertion) (string, model.Result) {
	t.Helper()
	note := "ASSESSMENT AND PLAN:\n1. " + line + "\n"
	i := strings.Index(note, phrase)
	if i < 0 {
		t.Fatalf("phrase %q not in %q", phrase, line)
	}
	c, ok := cs.Lookup(code)
	if !ok {
		t.Fatalf("test code %s not in the code set", code)
	}
	start := strings.Index(note, line)
	f := model.Finding{Code: c.Code, Title: c.Title, Assertion: a, Section: "assessment",
		Evidence: []model.Span{{Start: i, End: i + len(phrase)}},
		Scope:    model.Span{Start: start, End: start + len(line)}}
	res := model.Result{Findings: []model.Finding{f}}
	if reportable(a) {
		res.Codes = []model.Code{{System: "ICD-10-CM", Code: c.Code, Title: c.Title, Assertion: a, Evidence: f.Evidence}}
	}
	return note, res
}

// checkOptions asserts the shape every prompt must have.
func checkOptions(t *testing.T, cs *codeset.Set, p model.Prompt) {
	t.Helper()
	n := len(p.Options)
	if n < 4 {
		t.Fatalf("prompt %q has %d options, want >= 2 clinical + 2 escapes", p.Message, n)
	}
	hasOther, hasUnd := false, false
	seen := map[string]bool{}
	for _, o := range p.Options {
		switch o.Label {
		case OtherLabel:
			hasOther = true
			continue
		case UndeterminedLabel:
			hasUnd = true
			continue
		case NotSignificant:
			continue
		}
		// an indicator's linkage question may offer the answer that links
		// nothing ("organ dysfunction not due to sepsis"): no code
		if c, ok := cs.Lookup(o.Code); (o.Code != "" || p.Code != "") && (!ok || !c.Billable || c.Code != o.Code) {
			t.Errorf("option %q code %q is not a billable dotted code", o.Label, o.Code)
		}
		if o.Label == "" || seen[o.Label] {
			t.Errorf("option label %q empty or duplicated", o.Label)
		}
		seen[o.Label] = true
	}
	if !hasOther || !hasUnd {
		t.Errorf("prompt %q lacks the Other/Clinically undetermined options", p.Message)
	}
	if !validKind[p.Kind] {
		t.Errorf("kind %q is not a protocol kind", p.Kind)
	}
	low := strings.ToLower(p.Message)
	for _, w := range []string{"drg", "mcc", " cc", "reimburse", "payment", "hcc", "revenue"} {
		if strings.Contains(low, w) {
			t.Errorf("message %q mentions payment (%q)", p.Message, w)
		}
	}
	if p.Key == "" || len(p.Evidence) == 0 {
		t.Errorf("prompt %q lacks key or evidence", p.Message)
	}
}

type specCase struct {
	name, line, phrase, code string
	kind                     string   // "" = no prompt
	want                     []string // option codes that must be offered
	msg                      string   // substring of the message
}

var specCases = []specCase{
	// heart failure: type and acuity
	{"hf bare", "Heart failure, stable.", "Heart failure", "I50.9", "type", []string{"I50.21", "I50.22", "I50.23", "I50.31", "I50.32", "I50.33", "I50.41", "I50.42", "I50.43"}, "Heart failure: type and acuity not documented"},
	{"chf abbreviation", "CHF, continue diuretics.", "CHF", "I50.9", "type", []string{"I50.23", "I50.33"}, "type and acuity"},
	{"hf acute only", "Acute heart failure.", "Acute heart failure", "I50.9", "type", []string{"I50.21", "I50.31", "I50.41"}, "Heart failure: type not documented"},
	{"hf chronic only", "Chronic heart failure.", "Chronic heart failure", "I50.9", "type", []string{"I50.22", "I50.32", "I50.42"}, "type not documented"},
	{"hf exacerbation", "CHF exacerbation.", "CHF exacerbation", "I50.9", "type", []string{"I50.23", "I50.33", "I50.43"}, "type not documented"},
	{"hf systolic no acuity", "Systolic heart failure.", "Systolic heart failure", "I50.20", "acuity", []string{"I50.21", "I50.22", "I50.23"}, "acuity not documented"},
	{"hf hfpef", "HFpEF, euvolemic.", "HFpEF", "I50.30", "acuity", []string{"I50.31", "I50.32", "I50.33"}, "acuity"},
	{"hf diastolic no acuity", "Diastolic CHF.", "Diastolic CHF", "I50.30", "acuity", []string{"I50.31", "I50.32", "I50.33"}, "acuity"},
	{"hf complete aoc diastolic", "Acute on chronic diastolic heart failure.", "Acute on chronic diastolic heart failure", "I50.33", "", nil, ""},
	{"hf complete chronic systolic", "Chronic systolic heart failure.", "Chronic systolic heart failure", "I50.22", "", nil, ""},
	{"hf complete acute combined", "Acute combined systolic and diastolic heart failure.", "Acute combined systolic and diastolic heart failure", "I50.41", "", nil, ""},
	{"hf unspecified code but text settles", "Acute on chronic HFrEF.", "Acute on chronic HFrEF", "I50.9", "", nil, ""},
	{"hf right heart acuity", "Right heart failure.", "Right heart failure", "I50.810", "acuity", []string{"I50.811", "I50.812", "I50.813"}, "acuity"},
	// CKD stage
	{"ckd bare", "CKD, follow labs.", "CKD", "N18.9", "stage", []string{"N18.1", "N18.2", "N18.31", "N18.32", "N18.4", "N18.5", "N18.6"}, "Chronic kidney disease: stage not documented"},
	{"ckd words", "Chronic kidney disease.", "Chronic kidney disease", "N18.9", "stage", []string{"N18.4", "N18.6"}, "stage"},
	{"ckd stage 3", "CKD stage 3.", "CKD stage 3", "N18.30", "stage", []string{"N18.31", "N18.32"}, "substage"},
	{"ckd stage iii roman", "Chronic kidney disease stage III.", "Chronic kidney disease stage III", "N18.30", "stage", []string{"N18.31", "N18.32"}, "substage"},
	{"ckd complete 3b", "CKD stage 3b.", "CKD stage 3b", "N18.32", "", nil, ""},
	{"ckd complete 4", "CKD 4.", "CKD 4", "N18.4", "", nil, ""},
	{"ckd complete esrd", "ESRD on hemodialysis.", "ESRD", "N18.6", "", nil, ""},
	{"ckd unspecified code text says stage 4", "Chronic kidney disease, stage IV.", "Chronic kidney disease", "N18.9", "", nil, ""},
	// AKI
	{"aki bare", "AKI, improving.", "AKI", "N17.9", "linkage", []string{"N17.0", "N17.2"}, "Acute kidney failure"},
	{"aki words", "Acute kidney injury.", "Acute kidney injury", "N17.9", "linkage", []string{"N17.0"}, ""},
	{"aki complete atn", "Acute kidney injury with tubular necrosis.", "Acute kidney injury with tubular necrosis", "N17.0", "", nil, ""},
	// malnutrition severity
	{"malnutrition bare", "Malnutrition.", "Malnutrition", "E46", "severity", []string{"E43", "E44.0", "E44.1"}, "severity not documented"},
	{"pcm bare", "Protein calorie malnutrition, dietitian consulted.", "Protein calorie malnutrition", "E46", "severity", []string{"E43", "E44.0", "E44.1"}, "Protein-calorie malnutrition: severity"},
	{"malnutrition complete severe", "Severe protein-calorie malnutrition.", "Severe protein-calorie malnutrition", "E43", "", nil, ""},
	{"malnutrition complete moderate", "Moderate protein-calorie malnutrition.", "Moderate protein-calorie malnutrition", "E44.0", "", nil, ""},
	{"malnutrition complete mild", "Mild protein calorie malnutrition.", "Mild protein calorie malnutrition", "E44.1", "", nil, ""},
	{"malnutrition unspecified code text severe", "Severe malnutrition.", "Severe malnutrition", "E46", "", nil, ""},
	// respiratory failure
	{"resp failure bare", "Respiratory failure.", "Respiratory failure", "J96.90", "acuity", []string{"J96.01", "J96.02", "J96.11", "J96.12", "J96.21", "J96.22"}, "acuity and hypoxia or hypercapnia"},
	{"resp failure acute", "Acute respiratory failure.", "Acute respiratory failure", "J96.00", "type", []string{"J96.01", "J96.02"}, "hypoxia or hypercapnia not documented"},
	{"resp failure chronic", "Chronic respiratory failure.", "Chronic respiratory failure", "J96.10", "type", []string{"J96.11", "J96.12"}, "hypoxia or hypercapnia"},
	{"resp failure aoc", "Acute on chronic respiratory failure.", "Acute on chronic respiratory failure", "J96.20", "type", []string{"J96.21", "J96.22"}, "hypoxia or hypercapnia"},
	{"resp failure hypoxic only", "Hypoxic respiratory failure.", "Hypoxic respiratory failure", "J96.90", "acuity", []string{"J96.01", "J96.11", "J96.21"}, "acuity not documented"},
	{"resp failure complete", "Acute hypoxic respiratory failure.", "Acute hypoxic respiratory failure", "J96.00", "", nil, ""},
	{"resp failure complete code", "Acute respiratory failure with hypoxia.", "Acute respiratory failure with hypoxia", "J96.01", "", nil, ""},
	{"resp failure complete hypercapnic", "Acute on chronic hypercapnic respiratory failure.", "Acute on chronic hypercapnic respiratory failure", "J96.20", "", nil, ""},
	// pressure ulcers
	{"pu bare", "Pressure ulcer.", "Pressure ulcer", "L89.90", "stage", []string{"L89.91", "L89.92", "L89.93", "L89.94", "L89.95"}, "Pressure ulcer: stage not documented"},
	{"pu sacral no stage", "Sacral pressure ulcer.", "Sacral pressure ulcer", "L89.159", "stage", []string{"L89.151", "L89.152", "L89.153", "L89.154"}, "stage"},
	{"pu heel no side", "Pressure ulcer of heel, stage 2.", "Pressure ulcer of heel", "L89.602", "laterality", []string{"L89.612", "L89.622"}, "laterality not documented"},
	{"pu heel no side no stage", "Pressure ulcer of heel.", "Pressure ulcer of heel", "L89.609", "laterality", []string{"L89.611", "L89.624"}, "laterality and stage"},
	{"pu complete", "Stage 3 pressure ulcer of sacral region.", "pressure ulcer of sacral region", "L89.153", "", nil, ""},
	{"pu complete right heel", "Right heel pressure ulcer, stage 4.", "heel pressure ulcer", "L89.614", "", nil, ""},
	{"pu unspecified code text stage", "Pressure injury stage 2, sacrum.", "Pressure injury", "L89.90", "", nil, ""},
	// atrial fibrillation type
	{"af bare", "Atrial fibrillation, rate controlled.", "Atrial fibrillation", "I48.91", "type", []string{"I48.0", "I48.11", "I48.19", "I48.21"}, "Atrial fibrillation: type not documented"},
	{"af abbreviation", "AFib on apixaban.", "AFib", "I48.91", "type", []string{"I48.0", "I48.21"}, "type"},
	{"af complete paroxysmal", "Paroxysmal atrial fibrillation.", "Paroxysmal atrial fibrillation", "I48.0", "", nil, ""},
	{"af complete permanent", "Permanent atrial fibrillation.", "Permanent atrial fibrillation", "I48.21", "", nil, ""},
	{"af complete persistent", "Longstanding persistent atrial fibrillation.", "Longstanding persistent atrial fibrillation", "I48.11", "", nil, ""},
	{"af unspecified code text paroxysmal", "Paroxysmal AF.", "AF", "I48.91", "", nil, ""},
	// fractures
	{"femur fracture bare", "Fracture of the femur.", "Fracture of the femur", "S72.90XA", "laterality", []string{"S72.91XA", "S72.92XA", "S72.91XD", "S72.92XS"}, "laterality and episode of care"},
	{"femur fracture right no episode", "Right femur fracture.", "femur fracture", "S72.91XA", "episode", []string{"S72.91XA", "S72.91XD", "S72.91XS"}, "episode of care not documented"},
	{"femur fracture initial no side", "Femur fracture, initial encounter.", "Femur fracture", "S72.90XA", "laterality", []string{"S72.91XA", "S72.92XA"}, "laterality not documented"},
	{"femoral neck no side", "Femoral neck fracture, initial encounter.", "Femoral neck fracture", "S72.009A", "laterality", []string{"S72.001A", "S72.002A"}, "laterality"},
	{"femur fracture complete", "Right femur fracture, initial encounter.", "femur fracture", "S72.91XA", "", nil, ""},
	// An external cause takes its injury's 7th character (I.C.20.a.2): no
	// episode prompt of its own.
	{"external cause no episode prompt", "Fell from a ladder.", "Fell from a ladder", "W11.XXXA", "", nil, ""},
	{"femur fracture complete sequela", "Left femur fracture, sequela.", "femur fracture", "S72.92XS", "", nil, ""},
	{"radius fracture bare", "Fracture of radius.", "Fracture of radius", "S52.90XA", "laterality", []string{"S52.91XA", "S52.92XA"}, "laterality"},
	{"shaft femur displacement", "Transverse fracture of shaft of right femur, initial encounter.", "Transverse fracture of shaft of right femur", "S72.321A", "", nil, ""},
	// osteoarthritis and limbs
	{"oa knee", "Osteoarthritis of the knee.", "Osteoarthritis of the knee", "M17.9", "laterality", []string{"M17.0", "M17.11", "M17.12"}, "Osteoarthritis of knee: laterality not documented"},
	{"oa hip", "Hip osteoarthritis.", "Hip osteoarthritis", "M16.9", "laterality", []string{"M16.0", "M16.11", "M16.12"}, "laterality"},
	{"oa knee complete right", "Right knee osteoarthritis.", "knee osteoarthritis", "M17.11", "", nil, ""},
	{"oa knee complete bilateral", "Bilateral knee osteoarthritis.", "knee osteoarthritis", "M17.0", "", nil, ""},
	{"oa knee unspecified code text left", "Osteoarthritis, left knee.", "Osteoarthritis", "M17.9", "", nil, ""},
	{"oa knee unilateral no side", "Unilateral primary osteoarthritis of knee.", "osteoarthritis of knee", "M17.10", "laterality", []string{"M17.11", "M17.12"}, "laterality"},
	{"carpal tunnel", "Carpal tunnel syndrome.", "Carpal tunnel syndrome", "G56.00", "laterality", []string{"G56.01", "G56.02", "G56.03"}, "laterality"},
	{"carpal tunnel complete", "Right carpal tunnel syndrome.", "carpal tunnel syndrome", "G56.01", "", nil, ""},
	// sepsis organism
	{"sepsis bare", "Sepsis.", "Sepsis", "A41.9", "organism", []string{"A41.01", "A41.02", "A41.51", "A41.52", "A40.3"}, "Sepsis: organism not documented"},
	{"sepsis source only", "Sepsis secondary to pneumonia.", "Sepsis", "A41.9", "organism", []string{"A41.51"}, "organism"},
	{"sepsis complete ecoli", "Sepsis due to E. coli.", "Sepsis", "A41.51", "", nil, ""},
	{"sepsis complete mrsa", "MRSA sepsis.", "MRSA sepsis", "A41.02", "", nil, ""},
	{"sepsis unspecified code text ecoli", "E. coli sepsis.", "sepsis", "A41.9", "", nil, ""},
	// diabetes
	{"diabetes bare", "Diabetes, diet controlled.", "Diabetes", "E11.9", "type", []string{"E10.9", "E11.9"}, "Diabetes mellitus: type not documented"},
	{"dm abbreviation", "DM on metformin.", "DM", "E11.9", "type", []string{"E10.9", "E11.9"}, "type"},
	{"diabetes complications no type", "Diabetes with complications.", "Diabetes with complications", "E11.8", "type", []string{"E10.8", "E11.8"}, "type"},
	{"diabetes complete t2", "Type 2 diabetes mellitus.", "Type 2 diabetes mellitus", "E11.9", "", nil, ""},
	{"diabetes complete t2dm abbrev", "T2DM, A1c at goal.", "T2DM", "E11.9", "", nil, ""},
	{"diabetes complete t1 hyperglycemia", "Type 1 diabetes with hyperglycemia.", "Type 1 diabetes with hyperglycemia", "E10.65", "", nil, ""},
	// depression
	{"depression bare", "Depression.", "Depression", "F32.A", "severity", []string{"F32.0", "F32.1", "F32.2", "F33.0", "F33.1", "F33.2"}, "Depression: severity and episode (single or recurrent) not documented"},
	{"mdd recurrent no severity", "Major depressive disorder, recurrent.", "Major depressive disorder, recurrent", "F33.9", "severity", []string{"F33.0", "F33.1", "F33.2", "F33.3"}, "severity not documented"},
	{"mdd single no severity", "Major depressive disorder, single episode.", "Major depressive disorder, single episode", "F32.9", "severity", []string{"F32.0", "F32.1", "F32.2"}, "severity"},
	{"depression severe no episode", "Severe depression.", "Severe depression", "F32.A", "episode", []string{"F32.2", "F33.2"}, "episode (single or recurrent) not documented"},
	{"mdd complete", "Major depressive disorder, recurrent, moderate.", "Major depressive disorder, recurrent, moderate", "F33.1", "", nil, ""},
	{"mdd complete single mild", "Major depressive disorder, single episode, mild.", "Major depressive disorder, single episode, mild", "F32.0", "", nil, ""},
	// encephalopathy
	{"encephalopathy bare", "Encephalopathy.", "Encephalopathy", "G93.40", "type", []string{"G93.41", "G92.9"}, "Encephalopathy: type not documented"},
	{"encephalopathy complete metabolic", "Metabolic encephalopathy.", "Metabolic encephalopathy", "G93.41", "", nil, ""},
	{"encephalopathy unspecified code text septic", "Septic encephalopathy.", "encephalopathy", "G93.40", "", nil, ""},
	{"encephalopathy complete toxic", "Toxic encephalopathy.", "Toxic encephalopathy", "G92.9", "", nil, ""},
	// the side options keep the condition's own words (partial, not complete dislocation)
	{"partial hip dislocation side", "Congenital partial dislocation of hip.", "Congenital partial dislocation of hip", "Q65.30", "laterality", []string{"Q65.31", "Q65.32"}, "laterality"},
	// "without X" is a default, not an associated condition: the option is the code's "with" part
	{"appendicitis gangrene option", "Acute appendicitis.", "Acute appendicitis", "K35.80", "linkage", []string{"K35.891", "K35.30"}, "associated condition"},
	{"manic severity title words", "Manic episode.", "Manic episode", "F30.9", "severity", []string{"F30.13", "F30.2"}, "severity"},
	// "not intractable" is the default: the acuity options are the not intractable codes
	{"post-traumatic headache acuity", "Post-traumatic headache.", "Post-traumatic headache", "G44.309", "acuity", []string{"G44.319", "G44.329"}, "acuity"},
	// every sided code of orbital deformity names a cause ("due to bone disease"): no side question
	{"orbit deformity no side prompt", "Deformity of orbit.", "Deformity of orbit", "H05.30", "", nil, ""},
	// codes with nothing to ask
	{"hypertension", "Essential hypertension.", "hypertension", "I10", "", nil, ""},
	{"copd exacerbation question", "COPD.", "COPD", "J44.9", "linkage", []string{"J44.1"}, "Chronic obstructive pulmonary disease"},
	{"copd complete", "COPD with acute exacerbation.", "COPD with acute exacerbation", "J44.1", "", nil, ""},
	// anemia's usual types are other categories (data/types.tsv)
	{"anemia type", "Anemia.", "Anemia", "D64.9", "type", []string{"D62", "D50.9", "D63.1"}, "Anemia: type not documented"},
	{"pneumonia organism", "Pneumonia.", "Pneumonia", "J18.9", "organism", []string{"J13", "J15.212", "J15.5"}, "Pneumonia: organism not documented"},
	{"pneumonia complete", "MRSA pneumonia.", "MRSA pneumonia", "J15.212", "", nil, ""},
}

func TestSpecificityPrompts(t *testing.T) {
	g, cs := engine(t)
	for _, tc := range specCases {
		t.Run(tc.name, func(t *testing.T) {
			note, res := finding(t, cs, tc.line, tc.phrase, tc.code, model.Present)
			ps := g.Prompts(note, model.Context{Setting: model.Inpatient}, &res)
			if tc.kind == "" {
				if len(ps) != 0 {
					t.Fatalf("want no prompt, got %q %v", ps[0].Message, ps[0].Options)
				}
				return
			}
			if len(ps) != 1 {
				t.Fatalf("want one prompt, got %d: %+v", len(ps), ps)
			}
			p := ps[0]
			checkOptions(t, cs, p)
			if p.Kind != tc.kind {
				t.Errorf("kind %q, want %q (%s)", p.Kind, tc.kind, p.Message)
			}
			if p.Code != res.Findings[0].Code {
				t.Errorf("code %q, want the finding's %q", p.Code, res.Findings[0].Code)
			}
			if !strings.Contains(p.Message, tc.msg) {
				t.Errorf("message %q lacks %q", p.Message, tc.msg)
			}
			wantOptions(t, p, tc.want)
		})
	}
	if len(specCases) < 80 {
		t.Errorf("only %d specificity cases", len(specCases))
	}
}

func TestAssertionsAndSuppression(t *testing.T) {
	g, cs := engine(t)
	ctx := model.Context{Setting: model.Inpatient}
	for _, a := range []model.Assertion{model.Negated, model.Hypothetical, model.Historical, model.Family} {
		note, res := finding(t, cs, "Heart failure.", "Heart failure", "I50.9", a)
		if ps := g.Prompts(note, ctx, &res); len(ps) != 0 {
			t.Errorf("%s finding prompted: %q", a, ps[0].Message)
		}
	}
	note, res := finding(t, cs, "Heart failure.", "Heart failure", "I50.9", model.Possible)
	if ps := g.Prompts(note, ctx, &res); len(ps) != 1 {
		t.Errorf("possible finding: %d prompts, want 1", len(ps))
	}
	// a more specific code for the same condition already coded
	note, res = finding(t, cs, "Heart failure.", "Heart failure", "I50.9", model.Present)
	res.Codes = append(res.Codes, model.Code{Code: "I50.23", Assertion: model.Present})
	if ps := g.Prompts(note, ctx, &res); len(ps) != 0 {
		t.Errorf("I50.23 already coded but prompted %q", ps[0].Message)
	}
	note, res = finding(t, cs, "Diabetes.", "Diabetes", "E11.9", model.Present)
	res.Codes = append(res.Codes, model.Code{Code: "E11.22", Assertion: model.Present})
	if ps := g.Prompts(note, ctx, &res); len(ps) != 0 {
		t.Errorf("E11.22 already coded but prompted %q", ps[0].Message)
	}
	// two findings of the same words: one prompt
	note, res = finding(t, cs, "CHF.", "CHF", "I50.9", model.Present)
	res.Findings = append(res.Findings, res.Findings[0])
	if ps := g.Prompts(note, ctx, &res); len(ps) != 1 {
		t.Errorf("duplicate finding: %d prompts, want 1", len(ps))
	}
	// nil result, unknown code, out-of-range spans: no panic, no prompt
	if ps := g.Prompts("x", ctx, nil); ps != nil {
		t.Error("nil result prompted")
	}
	bad := model.Result{Findings: []model.Finding{{Code: "ZZZ", Assertion: model.Present}, {Code: "I50.9", Assertion: model.Present,
		Evidence: []model.Span{{Start: 5, End: 500}}, Scope: model.Span{Start: -3, End: 900}}}}
	_ = g.Prompts("short", ctx, &bad)
}

func TestKeyStableAcrossEdits(t *testing.T) {
	g, cs := engine(t)
	ctx := model.Context{Setting: model.Inpatient}
	note, res := finding(t, cs, "Heart failure.", "Heart failure", "I50.9", model.Present)
	p1 := g.Prompts(note, ctx, &res)
	// the physician types above: every offset moves, the key stays
	shift := "HPI: 72 year old with dyspnea.\n"
	res2 := res
	res2.Findings = []model.Finding{res.Findings[0]}
	f := &res2.Findings[0]
	f.Evidence = []model.Span{f.Evidence[0].Shift(len(shift))}
	f.Scope = f.Scope.Shift(len(shift))
	res2.Codes = nil
	p2 := g.Prompts(shift+note, ctx, &res2)
	if len(p1) != 1 || len(p2) != 1 || p1[0].Key != p2[0].Key {
		t.Fatalf("keys differ or missing: %v / %v", p1, p2)
	}
	if p2[0].Evidence[0].Start != p1[0].Evidence[0].Start+len(shift) {
		t.Errorf("evidence not moved with the text")
	}
	// a different condition has a different key
	note3, res3 := finding(t, cs, "CKD.", "CKD", "N18.9", model.Present)
	if p3 := g.Prompts(note3, ctx, &res3); len(p3) != 1 || p3[0].Key == p1[0].Key {
		t.Errorf("CKD prompt key collides or missing")
	}
}

func TestImpact(t *testing.T) {
	g, cs := engine(t)
	note, res := finding(t, cs, "Malnutrition.", "Malnutrition", "E46", model.Present)
	ps := g.Prompts(note, model.Context{Setting: model.Inpatient}, &res)
	if len(ps) != 1 {
		t.Fatalf("want a prompt")
	}
	im := ps[0].Impact
	if im.CurrentCC != "CC" || im.BestCC != "MCC" || im.Score < 3 {
		t.Errorf("E46 -> E43 impact %+v, want CC -> MCC with score >= 3", im)
	}
	// ordering: the MCC gain ranks above a prompt without gain
	note2 := note + "2. Osteoarthritis of the knee.\n"
	i := strings.Index(note2, "Osteoarthritis of the knee")
	res.Findings = append(res.Findings, model.Finding{Code: "M17.9", Assertion: model.Present,
		Evidence: []model.Span{{Start: i, End: i + 26}}, Scope: model.Span{Start: i, End: i + 27}})
	res.Codes = append(res.Codes, model.Code{System: "ICD-10-CM", Code: "M17.9", Assertion: model.Present,
		Evidence: res.Findings[len(res.Findings)-1].Evidence})
	ps = g.Prompts(note2, model.Context{}, &res)
	if len(ps) != 2 || ps[0].Code != "E46" || ps[1].Impact.Score >= ps[0].Impact.Score {
		t.Errorf("prompts not ordered by impact: %+v", ps)
	}
	// CC exclusion: with a principal diagnosis that excludes the options, no gain
	note, res = finding(t, cs, "CHF.", "CHF", "I50.9", model.Present)
	plain := g.Prompts(note, model.Context{}, &res)[0].Impact
	excl := g.Prompts(note, model.Context{PrincipalDx: "I50.23"}, &res)[0].Impact
	if plain.BestCC != "MCC" {
		t.Errorf("I50.9 best option level %q, want MCC", plain.BestCC)
	}
	if !cs.CCExcluded("I50.21", "I50.23") {
		t.Skip("code set does not exclude I50.21 under I50.23")
	}
	if excl.BestCC != "" || excl.Score >= plain.Score {
		t.Errorf("with principal I50.23 impact %+v, want no CC gain", excl)
	}
}

func TestConcurrent(t *testing.T) {
	g, cs := engine(t)
	var wg sync.WaitGroup
	for w := 0; w < 4; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for _, tc := range specCases[:30] {
				note, res := finding(t, cs, tc.line, tc.phrase, tc.code, model.Present)
				_ = g.Prompts(note, model.Context{}, &res)
			}
		}()
	}
	wg.Wait()
}

// A warmed engine has every family before the first prompt and gives the
// same prompts as one that builds families on demand.
func TestWarm(t *testing.T) {
	if testing.Short() {
		t.Skip("warms the whole code set (seconds of CPU)")
	}
	cold, cs := engine(t)
	warm, err := New(cs, Options{})
	if err != nil {
		t.Fatal(err)
	}
	hf, _ := cs.Lookup("I50.9")
	if warm.families.load(hf) != nil {
		t.Fatal("New built families: it must leave that to Warm")
	}
	var wg sync.WaitGroup
	for i := 0; i < 2; i++ { // concurrent callers both return when it is done
		wg.Add(1)
		go func() { defer wg.Done(); warm.Warm() }()
	}
	wg.Wait()
	warm.Warm() // idempotent, returns at once
	for _, tc := range specCases {
		c, _ := cs.Lookup(tc.code)
		if warm.families.load(c) == nil {
			t.Errorf("%s: family of %s not built by Warm", tc.name, tc.code)
		}
		note, res := finding(t, cs, tc.line, tc.phrase, tc.code, model.Present)
		got := warm.Prompts(note, model.Context{}, &res)
		want := cold.Prompts(note, model.Context{}, &res)
		if !reflect.DeepEqual(got, want) {
			t.Errorf("%s: warm prompts %+v, cold %+v", tc.name, got, want)
		}
	}
}

// sortPrompts moves prompts by permutation; it must give exactly the stable
// order by score, then first evidence start.
func TestSortPromptsStable(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 9))
	for n := 0; n < 60; n++ {
		ps := make([]model.Prompt, n)
		for i := range ps {
			ps[i] = model.Prompt{Key: fmt.Sprint(i), Impact: model.Impact{Score: float64(rng.IntN(4))}}
			if rng.IntN(5) > 0 {
				ps[i].Evidence = []model.Span{{Start: rng.IntN(6), End: 9}}
			}
		}
		want := slices.Clone(ps)
		slices.SortStableFunc(want, func(a, b model.Prompt) int {
			if a.Impact.Score != b.Impact.Score {
				if a.Impact.Score > b.Impact.Score {
					return -1
				}
				return 1
			}
			return firstStart(a.Evidence) - firstStart(b.Evidence)
		})
		sortPrompts(ps)
		if !reflect.DeepEqual(ps, want) {
			t.Fatalf("n=%d: got %v, want %v", n, keysOf(ps), keysOf(want))
		}
	}
}

// fieldOf lists one string field of each item, for failure messages.
func fieldOf[T any](xs []T, f func(T) string) []string {
	out := make([]string, len(xs))
	for i, x := range xs {
		out[i] = f(x)
	}
	return out
}

func keysOf(ps []model.Prompt) []string {
	return fieldOf(ps, func(p model.Prompt) string { return p.Key })
}

// The condition name in a prompt message is the title without what the
// prompt asks; a connector left without its object is dropped with it.
func TestConditionNameDropsDanglingConnector(t *testing.T) {
	checkConditionNames(t, map[string]string{
		"L97.909": "Non-pressure chronic ulcer of lower leg",
		"I50.9":   "Heart failure",
		"N18.9":   "Chronic kidney disease",
	})
}

// checkConditionNames checks the condition name a prompt message gives each
// code.
func checkConditionNames(t *testing.T, want map[string]string) {
	t.Helper()
	g, cs := engine(t)
	for code, w := range want {
		c, ok := cs.Lookup(code)
		if !ok {
			t.Fatalf("%s not in the code set", code)
		}
		if got := g.conditionName(c, nil); got != w {
			t.Errorf("conditionName(%s) = %q, want %q", code, got, w)
		}
	}
}
