package query

import (
	"errors"
	"slices"
	"testing"

	"notecoder/cdi/model"
)

func opts(labels ...string) []model.Option {
	out := make([]model.Option, len(labels))
	for i, l := range labels {
		out[i] = model.Option{Label: l}
	}
	return out
}

func codes(fs []Finding) []string {
	out := []string{}
	for _, f := range fs {
		if !slices.Contains(out, f.Code) {
			out = append(out, f.Code)
		}
	}
	slices.Sort(out)
	return out
}

func TestLint(t *testing.T) {
	hfOpts := opts("Acute systolic heart failure", "Acute diastolic heart failure", "Chronic systolic heart failure")
	tests := []struct {
		name      string
		question  string
		options   []model.Option
		note      string
		wantErrs  []string
		wantWarns []string
	}{
		{"compliant", "Heart failure with BNP 1,250 and EF 35% on echo is documented. Please clarify the type and acuity.",
			hfOpts, testNote, nil, nil},
		{"empty question", "  ", hfOpts, testNote, []string{"empty_question"}, nil},
		{"one clinical option", "BNP 1,250. Please clarify the type.", opts("Acute systolic heart failure"), testNote,
			[]string{"too_few_options"}, nil},
		{"only escape options", "BNP 1,250. Please clarify.", opts("Other (please specify)", "Clinically undetermined"), testNote,
			[]string{"too_few_options"}, nil},
		{"duplicate option", "BNP 1,250. Please clarify.", opts("Systolic", "systolic ", "Diastolic"), testNote,
			[]string{"duplicate_option"}, nil},
		{"empty option", "BNP 1,250. Please clarify.", opts("Systolic", "", "Diastolic"), testNote, []string{"empty_option"}, nil},
		{"DRG", "Clarifying the type of heart failure (BNP 1,250) may change the DRG.", hfOpts, testNote, []string{"payment_wording"}, nil},
		{"MS-DRG", "BNP 1,250: the MS-DRG depends on the type.", hfOpts, testNote, []string{"payment_wording"}, nil},
		{"MCC", "BNP 1,250. Specifying acuity captures an MCC.", hfOpts, testNote, []string{"payment_wording"}, nil},
		{"CC as a word", "BNP 1,250. Type adds a CC.", hfOpts, testNote, []string{"payment_wording"}, nil},
		{"cc volume is fine", "BNP 1,250 after 500 cc IV furosemide. Please clarify the type.", hfOpts, testNote, nil,
			[]string{"indicator_not_in_note"}},
		{"reimbursement", "BNP 1,250. Please clarify for accurate reimbursement.", hfOpts, testNote, []string{"payment_wording"}, nil},
		{"payment", "BNP 1,250. Payment depends on specificity.", hfOpts, testNote, []string{"payment_wording"}, nil},
		{"HCC", "BNP 1,250. This maps to an HCC.", hfOpts, testNote, []string{"payment_wording"}, nil},
		{"revenue", "BNP 1,250. Lost revenue otherwise.", hfOpts, testNote, []string{"payment_wording"}, nil},
		{"case mix", "BNP 1,250. Affects case mix index.", hfOpts, testNote, []string{"payment_wording"}, nil},
		{"bill", "BNP 1,250. We cannot bill without the type.", hfOpts, testNote, []string{"payment_wording"}, nil},
		{"payment in option", "BNP 1,250. Please clarify the type.",
			opts("Acute systolic heart failure (MCC)", "Chronic systolic heart failure"), testNote, []string{"payment_wording"}, nil},
		{"would you agree", "BNP 1,250 and EF 35%. Would you agree the patient has acute systolic heart failure?", hfOpts, testNote,
			[]string{"leading_agreement", "leading_single_diagnosis"}, nil},
		{"do you agree", "Given BNP 1,250, do you agree with the type below?", hfOpts, testNote, []string{"leading_agreement"}, nil},
		{"names one answer", "BNP 1,250 and EF 35% suggest acute systolic heart failure. Please clarify.", hfOpts, testNote,
			[]string{"leading_single_diagnosis"}, nil},
		{"please document a named diagnosis", "Please document acute systolic heart failure and acute diastolic heart failure if BNP 1,250 applies.",
			hfOpts, testNote, []string{"leading_directive"}, nil},
		{"please document (warn)", "BNP 1,250 and EF 35% on echo. Please document the type of heart failure.", hfOpts, testNote,
			nil, []string{"directive_wording"}},
		{"consider documenting (warn)", "BNP 1,250. Consider documenting the acuity.", hfOpts, testNote, nil, []string{"directive_wording"}},
		{"yes/no", "Heart failure and BNP 1,250 are documented. Is the heart failure acute?", opts("Yes", "No"), testNote,
			nil, []string{"yes_no_query"}},
		{"value not in note", "BNP 2,400 and EF 35%. Please clarify the type.", hfOpts, testNote, nil, []string{"indicator_not_in_note"}},
		{"value is a prefix of a note value", "BNP 1,2 noted. Please clarify the type.", hfOpts, testNote, nil, []string{"indicator_not_in_note"}},
		{"indicator term not in note", "Troponin was elevated. Please clarify the type.", hfOpts, testNote, nil, []string{"indicator_not_in_note"}},
		{"quote not in note", `The note says "worsening edema". Please clarify the type.`, hfOpts, testNote, nil,
			[]string{"indicator_not_in_note"}},
		{"quote in note", `The note says "given iv furosemide". Please clarify the type.`, hfOpts, testNote, nil, nil},
		{"no indicators", "Please clarify the type of heart failure.", hfOpts, testNote, nil, []string{"no_clinical_indicators"}},
		{"codes are not values", "Heart failure (I50.9) with BNP 1,250. Please clarify the type.", hfOpts, testNote, nil, nil},
		{"no note: indicator checks skipped", "Troponin 99. Please clarify the type.", hfOpts, "", nil, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			q := &Query{Question: tc.question, Options: WithStandardOptions(tc.options)}
			errs, warns := Lint(q, tc.note)
			if got, want := codes(errs), sorted(tc.wantErrs); !slices.Equal(got, want) {
				t.Errorf("errors = %v, want %v (%v)", got, want, errs)
			}
			if got, want := codes(warns), sorted(tc.wantWarns); !slices.Equal(got, want) {
				t.Errorf("warnings = %v, want %v (%v)", got, want, warns)
			}
		})
	}
}

func sorted(s []string) []string {
	out := append([]string{}, s...)
	slices.Sort(out)
	return out
}

func TestNewRefusesWithFindings(t *testing.T) {
	d := draft()
	d.Question = "BNP 1,250. Capturing the acuity adds an MCC and raises the DRG weight."
	_, err := New(d, testNote, t0)
	var le *LintError
	if !errors.Is(err, ErrRefused) || !errors.As(err, &le) || len(le.Errors) == 0 || le.Errors[0].Code != "payment_wording" {
		t.Fatalf("err = %v", err)
	}
	// Warnings of an accepted query are kept as "code: message".
	d = draft()
	d.Question = "Troponin elevated with BNP 1,250. Please clarify the type."
	q, err := New(d, testNote, t0)
	if err != nil || len(q.Warnings) != 1 || q.Warnings[0] != `indicator_not_in_note: the indicator "troponin" cited in the question is not in the note` {
		t.Fatalf("warnings = %q, %v", q.Warnings, err)
	}
}
