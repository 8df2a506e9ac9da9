package gaps

import "testing"

// TestOneQuestionPerCondition: a condition named in two sentences is one
// question to the physician, the narrower of the two when one sentence
// settles part of it ("an exacerbation" says acute on chronic, so only the
// type is left to ask).
func TestOneQuestionPerCondition(t *testing.T) {
	eng, ctx := oneClick(t)
	note := "HISTORY OF PRESENT ILLNESS:\nHe takes his medications for his congestive heart failure.\n" +
		"ASSESSMENT:\nHis symptoms were due to an exacerbation of his heart failure.\n"
	res := eng.Code(note, ctx)
	var got []string
	for _, p := range res.Prompts {
		if p.Kind == "type" && p.Code == "I50.9" {
			got = append(got, p.Message)
		}
	}
	if len(got) != 1 {
		t.Fatalf("heart failure questions %q, want one", got)
	}
	if got[0] != "Heart failure: type not documented" {
		t.Errorf("kept %q, want the narrower type question under the first mention's key", got[0])
	}
}
