package gaps

import (
	"errors"
	"strings"
	"testing"

	"notecoder/cdi/model"
)

func TestIndicators(t *testing.T) {
	g, cs := engine(t)
	type dx struct{ code, phrase string }
	cases := []struct {
		name  string
		note  string
		dx    []dx
		key   string // "" = no indicator prompt
		want  string // option code that must be offered
		cite  string // evidence text
		msgIn string
	}{
		{"sodium low", "LABS: Na 126 this morning.\nA/P: weakness.", nil, "indicator|sodium-low", "E87.1", "Na 126", "Na 126 documented"},
		{"sodium low words", "Serum sodium of 124.", nil, "indicator|sodium-low", "E87.1", "Serum sodium of 124", ""},
		{"sodium normal", "Sodium 136.", nil, "", "", "", ""},
		{"sodium low with diagnosis", "Na 126.\nA/P: hyponatremia, fluid restrict.", []dx{{"E87.1", "hyponatremia"}}, "", "", "", ""},
		{"sodium low diagnosis word only", "Na 126. Hyponatremia noted.", nil, "", "", "", ""},
		{"bmi 42", "Vitals: BMI 42.3.", nil, "indicator|bmi-40", "E66.813", "BMI 42.3", ""},
		{"bmi 35", "BMI 35.", nil, "", "", "", ""},
		{"bmi 42 morbid obesity coded", "BMI 42. Morbid obesity.", []dx{{"E66.01", "Morbid obesity"}}, "", "", "", ""},
		{"creatinine from", "Creatinine 2.1 from 1.0 at baseline.", nil, "indicator|creatinine-rise", "N17.9", "Creatinine 2.1 from 1.0", ""},
		{"creatinine baseline words", "Baseline creatinine 0.9. Today creatinine 1.3.", nil, "indicator|creatinine-rise", "N17.9", "creatinine 1.3", ""},
		{"creatinine stable", "Creatinine 1.0, previously 1.1.", nil, "", "", "", ""},
		{"creatinine rise with aki", "Cr 2.4 from 1.1.\nAKI, hold ACE inhibitor.", []dx{{"N17.9", "AKI"}}, "", "", "", ""},
		{"a1c with diabetes", "Hemoglobin A1c 10.2%.\nType 2 diabetes.", []dx{{"E11.9", "Type 2 diabetes"}}, "indicator|a1c-diabetes", "E11.65", "Hemoglobin A1c 10.2%", ""},
		{"a1c type 1 option follows type", "HbA1c 11.\nType 1 diabetes.", []dx{{"E10.9", "Type 1 diabetes"}}, "indicator|a1c-diabetes", "E10.65", "HbA1c 11", ""},
		{"a1c no diabetes", "A1c 9.8.", nil, "", "", "", ""},
		{"a1c controlled statement", "A1c 9.8. Type 2 diabetes, poorly controlled.", []dx{{"E11.9", "Type 2 diabetes"}}, "", "", "", ""},
		{"glucose high with diabetes", "Glucose 412 mg/dL this morning.\nType 2 diabetes.", []dx{{"E11.9", "Type 2 diabetes"}}, "indicator|a1c-diabetes", "E11.65", "Glucose 412", "glycemic control not documented"},
		{"blood glucose of", "Blood glucose of 302 mg/dl.\nType 1 diabetes.", []dx{{"E10.9", "Type 1 diabetes"}}, "indicator|a1c-diabetes", "E10.65", "Blood glucose of 302", ""},
		{"glucose high poor control stated", "Glucose 412. Type 2 diabetes with poor glycemic control.", []dx{{"E11.9", "Type 2 diabetes"}}, "", "", "", ""},
		{"glucose high ketoacidosis coded", "Glucose 512.\nDiabetic ketoacidosis.", []dx{{"E11.10", "Diabetic ketoacidosis"}}, "", "", "", ""},
		{"a1c and glucose one question", "HbA1c 11.2%. Glucose 390.\nType 2 diabetes.", []dx{{"E11.9", "Type 2 diabetes"}}, "indicator|a1c-diabetes", "E11.65", "HbA1c 11.2%", ""},
		{"glucose moderate", "Glucose 189. Type 2 diabetes.", []dx{{"E11.9", "Type 2 diabetes"}}, "", "", "", ""},
		{"glucose high no diabetes", "Glucose 310.", nil, "", "", "", ""},
		{"a1c at goal", "A1c 6.9. Type 2 diabetes.", []dx{{"E11.9", "Type 2 diabetes"}}, "", "", "", ""},
		{"lactate hypotension infection", "Lactate 4.1, BP 82/50.\nPneumonia, start antibiotics.", []dx{{"J18.9", "Pneumonia"}}, "indicator|sepsis-screen", "A41.9", "Lactate 4.1", ""},
		{"lactate map infection", "Lactic acid 3.2 and MAP 58.\nUTI.", []dx{{"N39.0", "UTI"}}, "indicator|sepsis-screen", "R65.21", "MAP 58", ""},
		{"lactate no infection", "Lactate 4.1, BP 82/50.\nDehydration.", []dx{{"E86.0", "Dehydration"}}, "", "", "", ""},
		{"lactate infection normotensive", "Lactate 4.1, BP 128/70.\nPneumonia.", []dx{{"J18.9", "Pneumonia"}}, "", "", "", ""},
		{"sepsis already documented", "Lactate 4.1, BP 82/50.\nSepsis due to pneumonia.", []dx{{"J18.9", "pneumonia"}, {"A41.9", "Sepsis"}}, "indicator|sepsis-severity", "R65.21", "", ""},
		{"septic shock documented", "Lactate 4.1, BP 82/50.\nSepsis with septic shock.", []dx{{"A41.9", "Sepsis"}, {"R65.21", "septic shock"}}, "", "", "", ""},
		{"hemoglobin low", "Hgb 6.4, transfuse.", nil, "indicator|hemoglobin-low", "D62", "Hgb 6.4", ""},
		{"hemoglobin low anemia coded", "Hgb 6.4.\nAcute blood loss anemia.", []dx{{"D62", "Acute blood loss anemia"}}, "", "", "", ""},
		{"albumin weight loss", "Albumin 2.4. 15 lb weight loss over 2 months.", nil, "indicator|malnutrition", "E43", "Albumin 2.4", ""},
		{"hypoxemia tachypnea", "Vitals: RR 32, SpO2 84% on room air.\nCOPD exacerbation.", []dx{{"J44.1", "COPD exacerbation"}}, "indicator|resp-failure", "J96.01", "SpO2 84%", "documented with signs of respiratory distress"},
		{"hypercapnia bipap", "ABG pH 7.28, pCO2 68.\nStarted on BiPAP.", nil, "indicator|resp-failure", "J96.02", "pCO2 68", ""},
		{"pao2 intubated", "PaO2 of 52 mmHg. Intubated for airway protection.", nil, "indicator|resp-failure", "J96.01", "PaO2 of 52", ""},
		{"hypoxemia without distress", "SpO2 89% on room air, RR 18.", nil, "", "", "", ""},
		{"normal saturation tachypnea", "RR 30, O2 sat 96%.", nil, "", "", "", ""},
		{"respiratory failure documented", "SpO2 82%, RR 34.\nAcute hypoxic respiratory failure.", []dx{{"J96.01", "Acute hypoxic respiratory failure"}}, "", "", "", ""},
		{"transferrin saturation is not oxygen", "Transferrin saturation 8%. Tachypneic.", nil, "", "", "", ""},
		{"low bmi poor intake", "BMI 16.8. Poor oral intake for weeks.", nil, "indicator|malnutrition", "E43", "BMI 16.8", "with weight loss or poor intake"},
		{"low bmi alone", "BMI 17.9.", nil, "", "", "", ""},
		{"low bmi malnutrition documented", "BMI 16. 10 kg weight loss.\nSevere protein-calorie malnutrition.", []dx{{"E43", "Severe protein-calorie malnutrition"}}, "", "", "", ""},
		{"hemoglobin drop", "POD 2. Hgb 7.8 from 11.4 preoperatively, transfused one unit.", nil, "indicator|hemoglobin-low", "D62", "Hgb 7.8 from 11.4", "documented; no corresponding diagnosis"},
		{"hemoglobin trend", "Hemoglobin 12.1 on admission. Today hemoglobin 9.6.", nil, "indicator|hemoglobin-low", "D62", "hemoglobin 9.6", ""},
		{"hemoglobin low and drop one question", "Hgb 6.6 from 10.2.", nil, "indicator|hemoglobin-low", "D62", "Hgb 6.6", ""},
		{"hemoglobin with other counts", "Hemoglobin 10.5 g/dl, 82,000 platelets.", nil, "", "", "", ""},
		{"hemoglobin in g/L small drop", "Hb 107 g/L from 110.", nil, "", "", "", ""},
		{"hemoglobin in g/L drop", "Hb 92 g/L from 121.", nil, "indicator|hemoglobin-low", "D62", "Hb 92 g/L from 121", ""},
		{"hemoglobin small drop", "Hgb 10.9 from 11.8.", nil, "", "", "", ""},
		{"hemoglobin drop anemia documented", "Hgb 7.8 from 11.4.\nAcute blood loss anemia.", []dx{{"D62", "Acute blood loss anemia"}}, "", "", "", ""},
		{"hemoglobin rise", "Hgb 9.1 from 7.0 after transfusion.", nil, "", "", "", ""},
		{"albumin without weight loss", "Albumin 2.4.", nil, "", "", "", ""},
		// sepsis with an organ dysfunction the note does not link to it: a
		// rule on diagnoses alone cites them
		{"sepsis and aki", "Sepsis. Acute kidney injury.", []dx{{"A41.9", "Sepsis"}, {"N17.9", "Acute kidney injury"}}, "indicator|sepsis-organ", "R65.20", "Acute kidney injury", "whether the organ dysfunction is due to the sepsis"},
		{"sepsis and encephalopathy", "E. coli sepsis. Metabolic encephalopathy.", []dx{{"A41.51", "E. coli sepsis"}, {"G93.41", "Metabolic encephalopathy"}}, "indicator|sepsis-organ", "R65.20", "E. coli sepsis", ""},
		{"sepsis organ dysfunction linked", "Sepsis with acute kidney injury due to sepsis.", []dx{{"A41.9", "Sepsis"}, {"N17.9", "acute kidney injury"}}, "", "", "", ""},
		{"severe sepsis coded", "Severe sepsis with AKI.", []dx{{"A41.9", "Severe sepsis"}, {"R65.20", "Severe sepsis"}, {"N17.9", "AKI"}}, "", "", "", ""},
		{"aki without sepsis", "Acute kidney injury. Pneumonia.", []dx{{"N17.9", "Acute kidney injury"}, {"J18.9", "Pneumonia"}}, "", "", "", ""},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			res := model.Result{}
			for _, d := range tc.dx {
				i := strings.Index(tc.note, d.phrase)
				if i < 0 {
					t.Fatalf("phrase %q missing", d.phrase)
				}
				sp := []model.Span{{Start: i, End: i + len(d.phrase)}}
				res.Codes = append(res.Codes, model.Code{Code: d.code, Assertion: model.Present, Evidence: sp})
				res.Findings = append(res.Findings, model.Finding{Code: d.code, Assertion: model.Present, Evidence: sp, Scope: sp[0]})
			}
			ps := g.Indicators(tc.note, model.Context{Setting: model.Inpatient}, &res)
			var got *model.Prompt
			for i := range ps {
				if ps[i].Key == tc.key {
					got = &ps[i]
				}
			}
			if tc.key == "" {
				if len(ps) != 0 {
					t.Fatalf("want no indicator prompt, got %q", ps[0].Message)
				}
				return
			}
			if got == nil {
				t.Fatalf("no %s prompt in %+v", tc.key, ps)
			}
			checkOptions(t, cs, *got)
			hasNS, hasWant := false, false
			for _, o := range got.Options {
				hasNS = hasNS || o.Label == NotSignificant
				hasWant = hasWant || o.Code == tc.want
			}
			if !hasNS || !hasWant {
				t.Errorf("options %v lack %q or %s", got.Options, NotSignificant, tc.want)
			}
			if tc.cite != "" {
				cited := false
				for _, e := range got.Evidence {
					cited = cited || tc.note[e.Start:e.End] == tc.cite
				}
				if !cited {
					t.Errorf("evidence %v does not cite %q", got.Evidence, tc.cite)
				}
			}
			if !strings.Contains(got.Message, tc.msgIn) {
				t.Errorf("message %q lacks %q", got.Message, tc.msgIn)
			}
		})
	}
}

func TestBadData(t *testing.T) {
	_, cs := engine(t)
	for _, src := range []string{
		"@axis\tx\ttype\n",
		"@axis\tlaterality\tlaterality\tlaterality\tten\t1\n",
		"nosuchaxis\tright\tright\n",
		"@axis\tlaterality\tlaterality\tlaterality\t1\t1\nlaterality\tright\tright\t\tweird\n",
		"@axis\tlaterality\tlaterality\tlaterality\t1\t1\n", // required axes missing
	} {
		var bd *ErrBadData
		if _, err := parseLexicon(src); !errors.As(err, &bd) {
			t.Errorf("parseLexicon(%q) = %v, want *ErrBadData", src, err)
		}
	}
	for _, src := range []string{
		"x\tspecificity\tsodium<130\t-\t-\tm\thyponatremia=E87.1\n",                       // unknown analyte
		"@analyte\tsodium\tna\nx\tbogus\tsodium<130\t-\t-\tm\thyponatremia=E87.1\n",       // bad kind
		"@analyte\tsodium\tna\nx\tspecificity\tsodium<abc\t-\t-\tm\thyponatremia=E87.1\n", // bad threshold
		"@analyte\tsodium\tna\nx\tspecificity\tsodium<130\t-\t-\tm\thyponatremia=E87\n",   // not billable
		"@analyte\tsodium\tna\nx\tspecificity\tsodium<130\t-\t-\tm\n",                     // missing field
		"@analyte\tsodium\tna\nx\tspecificity\tsodium<130\t-\t-\tm\thyponatremia\n",       // option without code
		"@analyte\tsodium\tna\tbogus\n",                                                   // unknown analyte field
	} {
		var bd *ErrBadData
		if _, err := parseIndicators(src, cs); !errors.As(err, &bd) {
			t.Errorf("parseIndicators(%q) = %v, want *ErrBadData", src, err)
		}
	}
	// errors name the file's own line, comments and blank lines counted
	var bd *ErrBadData
	if _, err := parseLexicon("# comment\n\nnosuchaxis\tright\tright\n"); !errors.As(err, &bd) || bd.Line != 3 {
		t.Errorf("parseLexicon error %v, want *ErrBadData at line 3", err)
	}
	if _, err := parseIndicators("@analyte\tsodium\tna\n# c\nx\tspecificity\tsodium<abc\t-\t-\tm\thyponatremia=E87.1\n", cs); !errors.As(err, &bd) || bd.Line != 3 {
		t.Errorf("parseIndicators error %v, want *ErrBadData at line 3", err)
	}
	if _, err := New(nil, Options{}); err == nil {
		t.Error("New(nil) succeeded")
	}
	if _, err := New(cs, Options{IndicatorsTSV: "broken line\n"}); err == nil {
		t.Error("New with a broken indicator file succeeded")
	}
	g, err := New(cs, Options{NoIndicators: true})
	if err != nil {
		t.Fatal(err)
	}
	res := model.Result{}
	if ps := g.Prompts("Na 120", model.Context{}, &res); len(ps) != 0 {
		t.Errorf("NoIndicators still prompted %q", ps[0].Message)
	}
}

// TestTrendModeFromRules: an analyte is read over time only when a rise: or
// drop: rule compares it, and a panel analyte's later numbers need a trend
// word; nothing of this is written in Go.
func TestTrendModeFromRules(t *testing.T) {
	_, cs := engine(t)
	src := "@analyte\tcreatinine\tcr\n@analyte\themoglobin\thgb\tpanel\n@analyte\tsodium\tna\n" +
		"a\tspecificity\trise:creatinine\t-\t-\tm\tacute kidney injury=N17.9\n" +
		"b\tspecificity\tdrop:hemoglobin>=15%\t-\t-\tm\tanemia, unspecified=D64.9\n" +
		"c\tspecificity\tsodium<130\t-\t-\tm\thyponatremia=E87.1\n"
	set, err := parseIndicators(src, cs)
	if err != nil {
		t.Fatal(err)
	}
	for w, want := range map[string]trendMode{"cr": trendAny, "hgb": trendAfterWord, "na": trendNone} {
		if got := set.byFirst[w][0].trend; got != want {
			t.Errorf("%s: trend %d, want %d", w, got, want)
		}
	}
}
