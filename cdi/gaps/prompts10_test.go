package gaps

import (
	"slices"
	"testing"
)

// TestTypeRowsPrompts10: the classic CDI type questions of data/types.tsv
// added in the tenth session (acute myocardial infarction, ulcerative colitis,
// Crohn's disease, hypothyroidism, hyperlipidemia, dysphagia, peritonitis,
// acute pancreatitis, coagulopathy, neutropenia, amyloidosis, tuberculosis,
// cataract) are asked of the bare condition and not once the
// sentence names a type; an examination sign coded as the condition is not
// asked its kind.
func TestTypeRowsPrompts10(t *testing.T) {
	runPromptCases(t, []promptCase{
		{name: "MI asks STEMI or NSTEMI", note: "ASSESSMENT:\nAcute myocardial infarction.\n",
			want: []string{"type I21.9"}},
		{name: "a named wall says STEMI", note: "ASSESSMENT:\nAcute myocardial infarction of the inferior wall, troponin rising.\n",
			not: []string{"type I21.9"}},
		{name: "a demand infarction is type 2", note: "ASSESSMENT:\nAcute myocardial infarction from demand ischemia.\n",
			not: []string{"type I21.9"}},
		{name: "old MI is history", note: "PAST MEDICAL HISTORY:\nMyocardial infarction in 2015.\n",
			not: []string{"type I21.9"}},
		{name: "UC asks the extent", note: "ASSESSMENT:\nUlcerative colitis, on mesalamine.\n",
			want: []string{"type K51.90"}},
		{name: "UC extent named", note: "ASSESSMENT:\nUlcerative colitis, extensive, on mesalamine.\n",
			not: []string{"type K51.90"}},
		{name: "Crohn's asks the site", note: "ASSESSMENT:\nCrohn's disease flare.\n",
			want: []string{"type K50.90"}},
		{name: "Crohn's site named", note: "ASSESSMENT:\nCrohn's disease of the terminal ileum.\n",
			not: []string{"type K50.90"}},
		{name: "hypothyroidism asks the type", note: "ASSESSMENT:\nHypothyroidism, continue levothyroxine.\n",
			want: []string{"type E03.9"}},
		{name: "postsurgical hypothyroidism", note: "ASSESSMENT:\nHypothyroidism after thyroidectomy, continue levothyroxine.\n",
			not: []string{"type E03.9"}},
		{name: "thyroid medicine names no type", note: "ASSESSMENT:\nHypothyroidism, her thyroid medicine was changed.\n",
			want: []string{"type E03.9"}},
		{name: "hyperlipidemia asks the type", note: "ASSESSMENT:\nHyperlipidemia, on atorvastatin.\n",
			want: []string{"type E78.5"}},
		{name: "mixed hyperlipidemia", note: "ASSESSMENT:\nHyperlipidemia, mixed, on atorvastatin.\n",
			not: []string{"type E78.5"}},
		{name: "hypertension beside names no lipid type", note: "ASSESSMENT:\nHypertensive patient with dyslipidemia on a statin.\n",
			want: []string{"type E78.5"}},
		{name: "dysphagia asks the phase", note: "ASSESSMENT:\nDysphagia with poor oral intake.\n",
			want: []string{"type R13.10"}},
		{name: "dysphagia phase named", note: "ASSESSMENT:\nDysphagia, oropharyngeal phase on the swallow study.\n",
			not: []string{"type R13.10"}},
		{name: "peritonitis asks the kind", note: "ASSESSMENT:\nPeritonitis, on antibiotics.\n",
			want: []string{"type K65.9"}},
		{name: "peritoneal irritation is a sign", note: "EXAM:\nAbdomen tender with signs of peritoneal irritation.\n",
			not: []string{"type K65.9"}},
		{name: "acute pancreatitis asks the cause", note: "ASSESSMENT:\nAcute pancreatitis, lipase 900.\n",
			want: []string{"type K85.90"}},
		{name: "pancreatitis cause named", note: "ASSESSMENT:\nAcute pancreatitis post ERCP.\n",
			not: []string{"type K85.90"}},
		{name: "gallstones not linked: the cause is the question", note: "ASSESSMENT:\nAcute pancreatitis. Cholelithiasis on ultrasound.\n",
			want: []string{"type K85.90"}},
		{name: "coagulopathy asks the kind", note: "ASSESSMENT:\nCoagulopathy, INR 2.1, vitamin K given.\n",
			not: []string{"type D68.9"}},
		{name: "bare coagulopathy", note: "ASSESSMENT:\nCoagulopathy, INR 2.1.\n",
			want: []string{"type D68.9"}},
		{name: "neutropenia asks the cause", note: "ASSESSMENT:\nNeutropenia, ANC 400.\n",
			want: []string{"type D70.9"}},
		{name: "chemotherapy named", note: "ASSESSMENT:\nNeutropenia after chemotherapy, ANC 400.\n",
			not: []string{"type D70.9"}},
		{name: "amyloidosis asks the type", note: "ASSESSMENT:\nAmyloidosis.\n",
			want: []string{"type E85.9"}},
		{name: "primary amyloidosis is a type said", note: "ASSESSMENT:\nPrimary amyloidosis.\n",
			not: []string{"type E85.9"}},
		{name: "tuberculosis asks the site", note: "ASSESSMENT:\nTuberculosis, on four-drug therapy.\n",
			want: []string{"type A15.9"}},
		{name: "extrapulmonary is a site said", note: "ASSESSMENT:\nTuberculosis, likely extrapulmonary, on four-drug therapy.\n",
			not: []string{"type A15.9"}},
		{name: "cataract asks the type", note: "ASSESSMENT:\nCataract, referred to ophthalmology.\n",
			want: []string{"type H26.9"}},
		{name: "age-related cataract", note: "ASSESSMENT:\nCataract, age related, referred to ophthalmology.\n",
			not: []string{"type H26.9"}},
		{name: "pancreatitis alone asks the acuity first", note: "ASSESSMENT:\nPancreatitis.\n",
			want: []string{"acuity K85.90"}, not: []string{"type K85.90"}},
	})
}

// TestDominanceAxis: hemiplegia and monoplegia codes differ by the side and
// by whether it is the dominant one; a side alone leaves the dominance open,
// and the options' labels are the spelling the coder reads back
// ("nondominant", not the titles' "non-dominant").
func TestDominanceAxis(t *testing.T) {
	runPromptCases(t, []promptCase{
		{name: "hemiplegia asks side and dominance", note: "ASSESSMENT:\nHemiplegia.\n",
			want: []string{"laterality G81.90"}},
		{name: "a side leaves the dominance", note: "ASSESSMENT:\nLeft hemiplegia.\n",
			want: []string{"laterality G81.94"}},
		{name: "dominance named", note: "ASSESSMENT:\nLeft hemiplegia affecting the dominant side.\n",
			not: []string{"laterality G81.92", "laterality G81.94"}},
		{name: "late effect of stroke", note: "ASSESSMENT:\nHemiplegia following cerebral infarction.\n",
			want: []string{"laterality I69.359"}},
	})
	eng, ctx := oneClick(t)
	res := eng.Code("ASSESSMENT:\nMonoplegia of upper limb following cerebral infarction.\n", ctx)
	for _, p := range res.Prompts {
		if p.Code != "I69.339" {
			continue
		}
		var labels []string
		for _, o := range p.Options {
			labels = append(labels, o.Label)
		}
		if !slices.Contains(labels, "right nondominant") || p.Message != "Monoplegia of upper limb following cerebral infarction: laterality and dominant or nondominant side not documented" {
			t.Errorf("I69.339 prompt %q, options %v", p.Message, labels)
		}
		return
	}
	t.Errorf("no I69.339 prompt: %v", res.Prompts)
}

// TestUnspecifiedChildLeavesMost: an option whose index path ends at a
// header offers the child that leaves the most unspecified (traumatic
// cataract of an unspecified eye, H26.109), so the laterality is asked next
// rather than answered for the physician.
func TestUnspecifiedChildLeavesMost(t *testing.T) {
	g, cs := engine(t)
	h, _ := cs.Lookup("H26.10")
	if c, ok := g.unspecifiedChild(h); !ok || c.Code != "H26.109" {
		t.Errorf("unspecifiedChild(H26.10) = %v, want H26.109", c)
	}
}
