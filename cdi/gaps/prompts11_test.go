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
	checkConditionNames(t, map[string]string{
		"S39.012A": "Strain of muscle, fascia and tendon of lower back",
		"S16.1XXA": "Strain of muscle, fascia and tendon at neck level",
		"S69.91XA": "Injury of right wrist, hand and finger",
		"S13.9XXA": "Sprain of joints and ligaments of neck",
		"S93.401A": "Sprain of ligament of right ankle",
		"I50.9":    "Heart failure",
		"F32.A":    "Depression",
	})
}

// TestSideElsewhere: a side written next to the condition's site in another
// sentence answers the laterality question (guideline I.B.13); two sides, a
// side of another site, or a family member's side leave it asked. Only the
// text between the first and the last finding's sentences is searched
// (findingsHull), so the knee note ends with an assessment.
func TestSideElsewhere(t *testing.T) {
	runPromptCases(t, []promptCase{
		{name: "side in the results", note: "CHIEF COMPLAINT\nNewly diagnosed ovarian cancer.\n\nRESULTS\nCT showed a 3 cm left ovarian mass.\n",
			not: []string{"laterality C56.9"}},
		{name: "no side asks", note: "ASSESSMENT\nOvarian cancer.\n",
			want: []string{"laterality C56.9"}},
		{name: "two sides ask", note: "ASSESSMENT\nOvarian cancer.\n\nRESULTS\nLeft ovarian mass. Right ovarian cyst.\n",
			want: []string{"laterality C56.9"}},
		{name: "another site's side asks", note: "ASSESSMENT\nOvarian cancer.\n\nEXAM\nTenderness of the left lower quadrant.\n",
			want: []string{"laterality C56.9"}},
		{name: "family side asks", note: "FAMILY HISTORY\nMother had left ovarian cancer.\n\nASSESSMENT\nOvarian cancer.\n",
			want: []string{"laterality C56.9"}},
		{name: "knee replacement side in the plan", note: "HISTORY\nStatus post knee arthroplasty.\n\nPLAN\nFollow up on the right knee replacement with orthopedics.\n\nASSESSMENT\nEssential hypertension.\n",
			not: []string{"laterality Z96.659"}},
	})
}

// TestPluralSiteIsBilateral: a paired site of the title written in the
// plural in the finding's own words documents both sides, so the side is
// not asked; the singular still is.
func TestPluralSiteIsBilateral(t *testing.T) {
	runPromptCases(t, []promptCase{
		{name: "ears", note: "HPI\nShe reports intermittent ringing in her ears.\n", not: []string{"laterality H93.19"}},
		{name: "ear", note: "HPI\nShe reports intermittent ringing in her ear.\n", want: []string{"laterality H93.19"}},
	})
}

// TestSameWordsNarrowerQuestion: a condition named in the same words twice
// is one question (one key), and where the second mention settles part of it
// ("an exacerbation of her congestive heart failure" tells the acuity) the
// question is the narrower one; the first mention's question was kept whole.
func TestSameWordsNarrowerQuestion(t *testing.T) {
	eng, ctx := oneClick(t)
	res := eng.Code("HISTORY:\nHistory of diabetes and congestive heart failure.\n\nASSESSMENT:\nThis is an exacerbation of her congestive heart failure.\n", ctx)
	n := 0
	for _, p := range res.Prompts {
		if p.Code != "I50.9" {
			continue
		}
		n++
		if p.Message != "Heart failure: type not documented" {
			t.Errorf("message %q, want the type only", p.Message)
		}
	}
	if n != 1 {
		t.Errorf("%d I50.9 prompts, want 1: %v", n, res.Prompts)
	}
}
