package gaps_test

import (
	"strings"
	"testing"

	"notecoder/cdi/coder"
	"notecoder/cdi/codeset"
	"notecoder/cdi/gaps"
	"notecoder/cdi/model"
)

// End to end through the coder: a vague statement gets the prompt, and
// writing an option's label next to the evidence makes the coder reach the
// option's code (the demo's one-click answer).
func TestEndToEnd(t *testing.T) {
	cs, err := codeset.Default()
	if err != nil {
		t.Fatal(err)
	}
	eng, err := coder.New(cs)
	if err != nil {
		t.Fatal(err)
	}
	g, err := gaps.New(cs, gaps.Options{NoIndicators: true})
	if err != nil {
		t.Fatal(err)
	}
	eng.Prompts = g.Prompts
	ctx := model.Context{Setting: model.Inpatient}
	cases := []struct {
		line, kind string
		roundTrip  []string // option codes whose label must code back to them
	}{
		{"Heart failure.", "type", []string{"I50.21", "I50.22", "I50.23", "I50.31", "I50.32", "I50.33", "I50.811", "I50.1"}},
		{"CHF exacerbation.", "type", []string{"I50.23", "I50.33", "I50.43"}},
		{"Chronic kidney disease.", "stage", []string{"N18.1", "N18.2", "N18.30", "N18.31", "N18.32", "N18.4", "N18.5", "N18.6"}},
		{"CKD stage 3.", "stage", []string{"N18.31", "N18.32"}},
		{"Osteoarthritis of the knee.", "laterality", []string{"M17.0", "M17.11", "M17.12"}},
		{"Acute respiratory failure.", "type", []string{"J96.01", "J96.02"}},
		{"Respiratory failure.", "acuity", []string{"J96.01", "J96.02", "J96.11", "J96.12", "J96.21", "J96.22"}},
		{"Malnutrition.", "severity", []string{"E43"}},
		{"Atrial fibrillation.", "type", []string{"I48.0", "I48.11", "I48.19", "I48.21"}},
		{"Sepsis.", "organism", []string{"A41.01", "A41.02", "A41.50", "A41.51", "A41.81", "A40.1", "A40.3"}},
		{"Diabetes.", "type", []string{"E10.9", "E11.9", "E09.9", "E08.9"}},
		{"Encephalopathy.", "type", []string{"G93.41", "G92.9"}},
		{"Pressure ulcer.", "stage", []string{"L89.91", "L89.92", "L89.93", "L89.94", "L89.95"}},
		{"Fracture of the femur.", "laterality", []string{"S72.91XA", "S72.92XA", "S72.91XD", "S72.92XS"}},
		{"Depression.", "severity", []string{"F32.2", "F33.3", "F33.41"}},
		{"AKI.", "linkage", []string{"N17.0"}},
		{"Asthma.", "type", []string{"J45.20", "J45.30", "J45.40", "J45.50"}},
		{"Mild persistent asthma.", "", nil},
		// a chronic condition named as history but coded as current is asked
		// about; a past one (coded as its Z code) is not
		{"History of atrial fibrillation on apixaban.", "type", []string{"I48.0", "I48.21"}},
		{"History of pneumonia.", "", nil},
		{"Acute on chronic diastolic heart failure.", "", nil},
		{"CKD stage 4.", "", nil},
		{"Right knee osteoarthritis.", "", nil},
		{"Paroxysmal atrial fibrillation.", "", nil},
		{"Type 2 diabetes mellitus.", "", nil},
		{"Severe protein-calorie malnutrition.", "", nil},
		{"No heart failure.", "", nil},
		{"Family history of atrial fibrillation.", "", nil},
	}
	for _, tc := range cases {
		t.Run(tc.line, func(t *testing.T) {
			note := "ASSESSMENT:\n" + tc.line + "\n"
			res := eng.Code(note, ctx)
			if tc.kind == "" {
				if len(res.Prompts) != 0 {
					t.Fatalf("want no prompt, got %q", res.Prompts[0].Message)
				}
				return
			}
			if len(res.Prompts) != 1 || res.Prompts[0].Kind != tc.kind {
				t.Fatalf("want one %s prompt, got %+v", tc.kind, res.Prompts)
			}
			p := res.Prompts[0]
			opts := map[string]model.Option{}
			for _, o := range p.Options {
				opts[o.Code] = o
			}
			for _, code := range tc.roundTrip {
				o, ok := opts[code]
				if !ok {
					t.Errorf("option %s missing from %v", code, p.Options)
					continue
				}
				n2 := gaps.InsertOption(note, p, o)
				r2 := eng.Code(n2, ctx)
				hit := false
				var got []string
				for _, c := range r2.Codes {
					hit = hit || c.Code == code
					got = append(got, c.Code)
				}
				if !hit {
					t.Errorf("label %q: %q codes %v, want %s", o.Label, strings.TrimSpace(n2), got, code)
				}
				if len(r2.Prompts) != 0 && r2.Prompts[0].Kind == p.Kind && r2.Prompts[0].Message == p.Message {
					t.Errorf("answered %q still prompts the same question", o.Label)
				}
			}
		})
	}
}
