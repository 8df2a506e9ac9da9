package gaps

import (
	"testing"
)

// TestHandednessElsewhere: a handedness is said of the patient, so it
// answers the dominant-side question of a hemiplegia from any sentence of
// the note, not only the hemiplegia's own (it was asked while the history
// said "right-handed"). The side stays a question when no side is written.
func TestHandednessElsewhere(t *testing.T) {
	runPromptCases(t, []promptCase{
		{name: "handedness in another section", note: "HISTORY:\nShe is right-handed.\n\nASSESSMENT:\nLeft hemiplegia.\n",
			not: []string{"laterality G81.94"}},
		{name: "handedness in another sentence", note: "ASSESSMENT:\nLeft hemiplegia. The patient is left handed.\n",
			not: []string{"laterality G81.94"}},
		{name: "no handedness still asks", note: "HISTORY:\nShe is a retired teacher.\n\nASSESSMENT:\nLeft hemiplegia.\n",
			want: []string{"laterality G81.94"}},
		{name: "handedness leaves the side open", note: "HISTORY:\nRight handed.\n\nASSESSMENT:\nHemiplegia.\n",
			want: []string{"laterality G81.90"}},
		{name: "autosomal dominant is no handedness", note: "HISTORY:\nAutosomal dominant polycystic kidney disease.\n\nASSESSMENT:\nLeft hemiplegia.\n",
			want: []string{"laterality G81.94"}},
	})
}

// TestConditionNameKeepsSiteList: a comma inside a list of sites is part of
// the name ("Strain of muscle" did not say which muscle), a comma before an
// axis or a residual ends it, and "of unspecified part of" keeps one "of".
func TestConditionNameKeepsSiteList(t *testing.T) {
	g, cs := engine(t)
	for code, want := range map[string]string{
		"S39.012A": "Strain of muscle, fascia and tendon of lower back",
		"S16.1XXA": "Strain of muscle, fascia and tendon at neck level",
		"S69.91XA": "Injury of right wrist, hand and finger",
		"S13.9XXA": "Sprain of joints and ligaments of neck",
		"S93.401A": "Sprain of ligament of right ankle",
		"I50.9":    "Heart failure",
		"F32.A":    "Depression",
	} {
		c, ok := cs.Lookup(code)
		if !ok {
			t.Fatalf("%s not in the code set", code)
		}
		if got := g.conditionName(c, nil); got != want {
			t.Errorf("conditionName(%s) = %q, want %q", code, got, want)
		}
	}
}
