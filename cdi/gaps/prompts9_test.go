package gaps

import (
	"testing"

	"notecoder/cdi/model"
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
