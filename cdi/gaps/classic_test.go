package gaps

import (
	"slices"
	"strings"
	"testing"

	"notecoder/cdi/model"
)

// classicQuery is one classic CDI query: a note line as a physician writes
// it, the question a CDI specialist asks about it (the prompt's code and
// kind; code "" for a clinical-indicator prompt), answers that must be
// offered, and the options whose one-click answer (InsertOption) must make
// the coder give the option's code.
type classicQuery struct {
	line      string
	code      string // the prompt's code; "" for an indicator prompt
	kind      string // "" means: no prompt on code at all
	offer     []string
	roundTrip []string
	labels    []string // answers without a code that must be offered
	msg       string   // the message, when given
	cite      string   // the text of the evidence, when given (spans joined by " ... ")
}

// classicQueries are the queries of ACDIS/AHIMA query practice the gap
// engine is built for, written as short assessment lines: heart failure type
// and acuity, respiratory failure acuity and hypoxia/hypercapnia,
// malnutrition severity, anemia type, encephalopathy type, sepsis organism
// and organ dysfunction, AKI versus CKD stage, pressure ulcer stage and
// site, pneumonia organism, diabetes type and control, fracture laterality
// and episode. Each is non-leading: every prompt carries "Other" and
// "Clinically undetermined" (checked for all of them).
var classicQueries = []classicQuery{
	// heart failure: type and acuity together, or what is left of them
	{line: "Heart failure.", code: "I50.9", kind: "type", offer: []string{"I50.21", "I50.32", "I50.43", "I50.813"}, roundTrip: []string{"I50.22", "I50.33", "I50.41"}},
	{line: "Chronic systolic heart failure, EF 30%.", code: "I50.22"},
	{line: "Systolic heart failure.", code: "I50.20", kind: "acuity", offer: []string{"I50.21", "I50.22", "I50.23"}, roundTrip: []string{"I50.21", "I50.22", "I50.23"}},
	// the heart failure of a hypertensive heart disease combination has no
	// finding of its own: I11.0 needs I50.- for its type (companions)
	{line: "Hypertension with heart failure.", code: "I50.9", kind: "type", offer: []string{"I50.22", "I50.32"}, roundTrip: []string{"I50.22", "I50.33"}, cite: "heart failure", msg: "Heart failure: type and acuity not documented"},
	{line: "Congestive heart failure and hypertension.", code: "I50.9", kind: "type", offer: []string{"I50.23"}, roundTrip: []string{"I50.23"}},
	{line: "Hypertension with chronic diastolic heart failure.", code: "I50.32"},
	// respiratory failure
	{line: "Respiratory failure.", code: "J96.90", kind: "acuity", offer: []string{"J96.01", "J96.02", "J96.11", "J96.22"}, roundTrip: []string{"J96.01", "J96.12", "J96.21"}},
	{line: "Acute respiratory failure.", code: "J96.00", kind: "type", offer: []string{"J96.01", "J96.02"}, roundTrip: []string{"J96.01", "J96.02"}},
	{line: "Acute hypoxic respiratory failure.", code: "J96.01"},
	// malnutrition severity
	{line: "Protein calorie malnutrition.", code: "E46", kind: "severity", offer: []string{"E43", "E44.0", "E44.1"}, roundTrip: []string{"E43", "E44.0", "E44.1"}},
	{line: "Moderate protein calorie malnutrition.", code: "E44.0"},
	// anemia type: acute blood loss lives in D62, outside D64's family
	{line: "Anemia.", code: "D64.9", kind: "type", offer: []string{"D62", "D50.9", "D63.1"}, roundTrip: []string{"D62", "D50.9", "D63.1"}},
	{line: "Acute blood loss anemia.", code: "D62"},
	{line: "Anemia due to chronic kidney disease.", code: "D64.9"},
	{line: "Postoperative day 2. Hgb 7.8 from 11.4, transfused one unit.", code: "", kind: "specificity", offer: []string{"D62", "D64.9"}},
	// respiratory failure from its clinical indicators
	{line: "COPD exacerbation. SpO2 84% on room air, RR 32.", code: "", kind: "specificity", offer: []string{"J96.01", "J96.02", "R09.02"}},
	{line: "Acute hypoxic respiratory failure. SpO2 84% on room air, RR 32.", code: "", kind: ""},
	// malnutrition from its clinical indicators
	{line: "BMI 16.8 with poor oral intake for weeks.", code: "", kind: "severity", offer: []string{"E43", "E44.0", "E44.1"}},
	// encephalopathy type
	{line: "Encephalopathy.", code: "G93.40", kind: "type", offer: []string{"G93.41", "G92.8", "G92.9", "K76.82", "I67.4", "G93.1"}, roundTrip: []string{"G93.41", "G92.9", "G92.8", "K76.82", "I67.4", "G93.1"}},
	{line: "Hepatic encephalopathy.", code: "K76.82"},
	{line: "Encephalopathy due to hypoglycemia.", code: "G93.40"},
	{line: "Toxic metabolic encephalopathy.", code: "G92.8"},
	// sepsis: organism, and the organ dysfunction a sepsis code does not link
	{line: "Sepsis.", code: "A41.9", kind: "organism", offer: []string{"A41.01", "A41.51", "A40.3"}, roundTrip: []string{"A41.02", "A41.51", "A41.52"}},
	// (answered, "septic shock due to escherichia coli" is read as R65.21
	// with B96.20 by the coder, not A41.51: no round trip here)
	{line: "Septic shock.", code: "A41.9", kind: "organism", offer: []string{"A41.51", "A41.01"}},
	{line: "Severe sepsis.", code: "A41.9", kind: "organism", offer: []string{"A41.51"}, roundTrip: []string{"A41.51"}, cite: "sepsis"},
	{line: "Sepsis. Acute kidney injury.", code: "", kind: "linkage", offer: []string{"R65.20"}, labels: []string{"organ dysfunction not due to sepsis"}},
	{line: "E. coli sepsis. Metabolic encephalopathy.", code: "", kind: "linkage", offer: []string{"R65.20"}},
	{line: "Severe sepsis with acute kidney injury.", code: "", kind: ""},
	{line: "Sepsis with acute kidney injury due to sepsis.", code: "", kind: ""},
	{line: "Acute kidney injury. Pneumonia.", code: "", kind: ""},
	// kidney: AKI versus CKD, CKD stage
	{line: "Renal failure.", code: "N19", kind: "acuity", offer: []string{"N17.9", "N18.9", "N18.6"}, roundTrip: []string{"N17.9", "N18.6"}},
	// "renal insufficiency" and worsening renal function are coded N28.9:
	// acute kidney injury or chronic kidney disease (which stage)?
	{line: "Renal insufficiency.", code: "N28.9", kind: "acuity", offer: []string{"N17.9", "N17.0", "N18.31", "N18.4", "N18.6"}, roundTrip: []string{"N17.9", "N17.0", "N18.32", "N18.4", "N18.6"}},
	{line: "Acute renal insufficiency.", code: "N28.9", kind: "acuity", offer: []string{"N17.9"}, roundTrip: []string{"N17.9"}},
	{line: "Deterioration of renal function.", code: "N28.9", kind: "acuity", offer: []string{"N17.9"}, roundTrip: []string{"N17.9"}},
	{line: "Renal lesion.", code: "N28.9"},
	{line: "Hypertensive chronic kidney disease.", code: "I12.9", kind: "stage", offer: []string{"I12.0"}, msg: "Hypertensive chronic kidney disease: stage not documented"},
	{line: "Chronic kidney disease.", code: "N18.9", kind: "stage", offer: []string{"N18.1", "N18.31", "N18.4", "N18.6"}, roundTrip: []string{"N18.2", "N18.32", "N18.5"}},
	{line: "CKD stage 4.", code: "N18.4"},
	// pressure ulcer stage (the site follows the location the note names)
	{line: "Pressure ulcer of sacrum.", code: "L89.159", kind: "stage", offer: []string{"L89.150", "L89.152", "L89.154"}, roundTrip: []string{"L89.152", "L89.153"}},
	{line: "Decubitus ulcer of left heel.", code: "L89.629", kind: "stage", offer: []string{"L89.622", "L89.623"}, roundTrip: []string{"L89.622"}},
	{line: "Stage 3 pressure ulcer of sacrum.", code: "L89.153"},
	// pneumonia organism
	{line: "Pneumonia.", code: "J18.9", kind: "organism", offer: []string{"J13", "J15.1", "J15.212"}, roundTrip: []string{"J13", "J15.1", "J15.212"}},
	{line: "Klebsiella pneumonia.", code: "J15.0"},
	// diabetes type and control
	{line: "Diabetes mellitus.", code: "E11.9", kind: "type", offer: []string{"E10.9", "E11.9"}, roundTrip: []string{"E10.9", "E11.9"}},
	// the type stated in another section answers it: the type-2 answer is the
	// default's own code, so no more specific code shows it
	{line: "PMH: Type 2 diabetes, hypertension.\nAssessment: Diabetes, follow-up.", code: "E11.9"},
	{line: "PMH: hypertension.\nAssessment: Diabetes, follow-up.", code: "E11.9", kind: "type", offer: []string{"E10.9", "E11.9"}},
	{line: "PMH: Diabetes.\nAssessment: Diabetes, follow-up.", code: "E11.9", kind: "type", offer: []string{"E10.9", "E11.9"}},
	// a sign left out as part of a coded diagnosis (the cough of a
	// pneumonia, I.B.5) is no documentation gap; a sign coded alone is
	{line: "Cough and fever due to pneumonia.", code: "R05.9"},
	{line: "Cough.", code: "R05.9", kind: "acuity", offer: []string{"R05.1", "R05.3"}},
	{line: "Uncontrolled type 2 diabetes.", code: "E11.9", kind: "specificity", offer: []string{"E11.65", "E11.649"}, roundTrip: []string{"E11.65", "E11.649"}},
	{line: "Type 2 diabetes mellitus. HbA1c 10.2%.", code: "", kind: "linkage", offer: []string{"E11.65"}},
	{line: "Type 2 diabetes mellitus with hyperglycemia.", code: "E11.65"},
	{line: "Type 2 diabetes mellitus. Glucose 412 mg/dL.", code: "", kind: "linkage", offer: []string{"E11.65"}},
	// osteoarthritis without a site: the site, then its laterality
	{line: "Osteoarthritis.", code: "M19.90", kind: "type", offer: []string{"M17.9", "M16.9", "M19.019", "M15.9"}, roundTrip: []string{"M17.9", "M16.9", "M19.019", "M19.049", "M15.9"}},
	{line: "Osteoarthritis, multiple joints.", code: "M19.90"},
	{line: "Knee osteoarthritis.", code: "M17.9", kind: "laterality", offer: []string{"M17.11", "M17.12", "M17.0"}, roundTrip: []string{"M17.11", "M17.0"}},
	// fracture laterality and episode of care
	{line: "Hip fracture.", code: "S72.009A", kind: "laterality", offer: []string{"S72.001A", "S72.002A", "S72.001D"}, roundTrip: []string{"S72.001A", "S72.002A", "S72.002D"}},
	{line: "Right distal radius fracture.", code: "S52.501A", kind: "episode", offer: []string{"S52.501D", "S52.501S"}, roundTrip: []string{"S52.501D"}},
	{line: "Fracture of left hip, subsequent encounter.", code: "S72.002D"},
}

// TestClassicQueries checks each classic query: the right question and
// answers, the escape answers, and that a one-click answer codes back.
func TestClassicQueries(t *testing.T) {
	eng, ctx := oneClick(t)
	for _, q := range classicQueries {
		t.Run(q.line, func(t *testing.T) {
			note := "ASSESSMENT:\n" + q.line + "\n"
			res := eng.Code(note, ctx)
			var p *model.Prompt
			for i := range res.Prompts {
				if res.Prompts[i].Code == q.code && (q.code != "" || q.kind == "" || res.Prompts[i].Kind == q.kind) {
					p = &res.Prompts[i]
					break
				}
			}
			if q.kind == "" {
				if p != nil {
					t.Fatalf("want no prompt on %q, got %s %q %v", q.code, p.Kind, p.Message, p.Options)
				}
				return
			}
			if p == nil {
				t.Fatalf("no prompt on %q (codes %v, prompts %+v)", q.code, codesOf(res.Codes), res.Prompts)
			}
			if p.Kind != q.kind {
				t.Errorf("kind %s, want %s (%q)", p.Kind, q.kind, p.Message)
			}
			if q.msg != "" && p.Message != q.msg {
				t.Errorf("message %q, want %q", p.Message, q.msg)
			}
			if q.cite != "" {
				var cited []string
				for _, e := range p.Evidence {
					cited = append(cited, note[e.Start:e.End])
				}
				if got := strings.Join(cited, " ... "); got != q.cite {
					t.Errorf("evidence %q, want %q", got, q.cite)
				}
			}
			byCode := map[string]model.Option{}
			var labels []string
			for _, o := range p.Options {
				labels = append(labels, o.Label)
				if o.Code != "" {
					byCode[o.Code] = o
				}
			}
			for _, l := range append([]string{OtherLabel, UndeterminedLabel}, q.labels...) {
				if !slices.Contains(labels, l) {
					t.Errorf("options %v lack %q", labels, l)
				}
			}
			for _, c := range q.offer {
				if _, ok := byCode[c]; !ok {
					t.Errorf("option %s missing from %v", c, p.Options)
				}
			}
			for _, c := range q.roundTrip {
				o, ok := byCode[c]
				if !ok {
					t.Errorf("round-trip option %s missing from %v", c, p.Options)
					continue
				}
				n2 := InsertOption(note, *p, o)
				r2 := eng.Code(n2, ctx)
				if !hasCode(r2.Codes, c) {
					t.Errorf("answer %q: %q codes %v, want %s", o.Label, strings.TrimSpace(n2), codesOf(r2.Codes), c)
				}
				for _, p2 := range r2.Prompts {
					if p2.Code == p.Code && p2.Kind == p.Kind && p2.Message == p.Message {
						t.Errorf("answer %q: the same question is asked again", o.Label)
					}
				}
			}
		})
	}
}
