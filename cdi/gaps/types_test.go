package gaps

import (
	"strings"
	"testing"

	"notecoder/cdi/model"
)

// typeCases cover the type questions of data/types.tsv: anemia,
// hypotension, thrombocytopenia, chronic atrial fibrillation, shock and
// kidney failure, whose usual types the code set files outside the tabular
// family of D64.9, I95.9, D69.6, I48.20, R57.9 and N19, are asked with options that code back through
// the index; a sentence that already names a type or a cause, or a note that
// codes one of the options, is not asked.
var typeCases = []sentenceCase{
	{"anemia bare", "Anemia, transfuse if hemoglobin below 7.",
		[][2]string{{"Anemia", "D64.9"}},
		"type", []string{"D62", "D50.0", "D50.9", "D63.1", "D63.0", "D64.81"}, "Anemia: type not documented"},
	{"anemia beside ckd", "Anemia and chronic kidney disease stage 3a.",
		[][2]string{{"Anemia", "D64.9"}, {"chronic kidney disease stage 3a", "N18.31"}},
		"type", []string{"D63.1"}, "Anemia: type not documented"},
	{"anemia type named", "Iron deficiency anemia.",
		[][2]string{{"anemia", "D64.9"}},
		"", nil, ""},
	{"a transfusion is not a type", "Acute anemia requiring blood transfusion.",
		[][2]string{{"anemia", "D64.9"}},
		"type", []string{"D62"}, "Anemia: type not documented"},
	{"blood loss named", "Anemia, likely blood loss.",
		[][2]string{{"Anemia", "D64.9"}},
		"", nil, ""},
	{"anemia cause named", "Anemia secondary to malabsorption.",
		[][2]string{{"Anemia", "D64.9"}, {"malabsorption", "K90.9"}},
		"", nil, ""},
	{"a cause before the anemia is not its cause", "Admitted due to weight loss and anemia.",
		[][2]string{{"anemia", "D64.9"}, {"weight loss", "R63.4"}},
		"type", []string{"D62"}, "Anemia: type not documented"},
	{"hypotension bare", "Hypotension, fluids given.",
		[][2]string{{"Hypotension", "I95.9"}},
		"type", []string{"I95.1", "I95.2", "I95.3", "I95.81", "I95.0"}, "Hypotension: type not documented"},
	{"hypotension type named", "Postural hypotension.",
		[][2]string{{"hypotension", "I95.9"}},
		"", nil, ""},
	{"hypotension type label named", "Drug-induced hypotension.",
		[][2]string{{"hypotension", "I95.9"}},
		"", nil, ""},
	{"thrombocytopenia bare", "Thrombocytopenia, platelets 48,000.",
		[][2]string{{"Thrombocytopenia", "D69.6"}},
		"type", []string{"D75.829", "D69.59", "D69.3", "D69.49"}, "Thrombocytopenia: type not documented"},
	{"thrombocytopenia type named", "Thrombocytopenia, HIT antibodies sent.",
		[][2]string{{"Thrombocytopenia", "D69.6"}},
		"", nil, ""},
	{"chronic atrial fibrillation", "Chronic atrial fibrillation, rate controlled.",
		[][2]string{{"Chronic atrial fibrillation", "I48.20"}},
		"type", []string{"I48.19", "I48.11", "I48.21"}, "Chronic atrial fibrillation: type not documented"},
	{"shock bare", "Shock, started norepinephrine.",
		[][2]string{{"Shock", "R57.9"}},
		"type", []string{"R57.0", "R57.1", "R65.21", "R57.8"}, "Shock: type not documented"},
	{"shock type named", "Shock, likely distributive.",
		[][2]string{{"Shock", "R57.9"}},
		"", nil, ""},
	{"kidney failure acuity", "Renal failure, creatinine rising.",
		[][2]string{{"Renal failure", "N19"}},
		"acuity", []string{"N17.9", "N18.9", "N18.6"}, "Kidney failure: acuity not documented"},
	{"kidney failure acuity named", "Renal failure, likely prerenal.",
		[][2]string{{"Renal failure", "N19"}},
		"", nil, ""},
	{"hypotension cause named", "Hypotension due to sepsis.",
		[][2]string{{"Hypotension", "I95.9"}, {"sepsis", "A41.9"}},
		"", nil, ""},
}

func TestTypePrompts(t *testing.T) {
	runSentenceCases(t, typeCases)
	g, cs := engine(t)
	ctx := model.Context{Setting: model.Inpatient}
	// a type coded elsewhere in the note settles the question
	tc := typeCases[0]
	note, res := sentenceResult(t, cs, tc)
	res.Codes = append(res.Codes, model.Code{Code: "D62", Assertion: model.Present})
	if p := promptFor(g.Prompts(note, ctx, &res), res.Findings[0]); p != nil {
		t.Errorf("D62 coded, still asked %q", p.Message)
	}
}

// TestTypeOptionsResolve: every option path of data/types.tsv leads to a
// billable code in the embedded code set (a typo in a path would silently
// drop the option).
func TestTypeOptionsResolve(t *testing.T) {
	g, _ := engine(t)
	n := 0
	for _, line := range strings.Split(typesTSV, "\n") {
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, "\t")
		q := g.types[f[0]]
		if q == nil {
			t.Errorf("%s: no question built", f[0])
			continue
		}
		if want := len(strings.Split(f[3], ";")); len(q.ans.options) != want {
			t.Errorf("%s: %d of %d options resolved: %v", f[0], len(q.ans.options), want, q.ans.std)
		}
		n++
	}
	if n == 0 {
		t.Error("no rows")
	}
}
