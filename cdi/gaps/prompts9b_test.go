package gaps

import (
	"testing"
)

// TestTypeRowsPrompts9b: the type questions CDI practice sends for nicotine
// dependence (the tobacco product, not remission or withdrawal), for a
// subarachnoid hemorrhage (the source vessel) and for rheumatoid arthritis
// (with or without rheumatoid factor), and none once the note says it.
func TestTypeRowsPrompts9b(t *testing.T) {
	runPromptCases(t, []promptCase{
		{name: "smoker asks the product", note: "ASSESSMENT:\nSmoker.\n",
			want: []string{"type F17.200"}, not: []string{"linkage F17.200"}},
		{name: "cigar smoker", note: "SOCIAL HISTORY:\nNicotine dependence, smokes cigars daily.\n",
			not: []string{"type F17.200", "linkage F17.200"}},
		{name: "SAH asks the vessel", note: "ASSESSMENT:\nSubarachnoid hemorrhage.\n",
			want: []string{"type I60.9"}},
		{name: "a named bleeding pattern settles it", note: "ASSESSMENT:\nSubarachnoid hemorrhage, perimesencephalic pattern.\n",
			not: []string{"type I60.9"}},
		{name: "RA asks the factor", note: "ASSESSMENT:\nRheumatoid arthritis.\n",
			want: []string{"type M06.9"}},
		{name: "RA with the factor", note: "ASSESSMENT:\nRheumatoid arthritis, rheumatoid factor negative.\n",
			not: []string{"type M06.9"}},
	})
}

// TestDroppedCodeNotAsked: a finding whose code the note-level step dropped
// beside a code that covers it is not asked about.
func TestDroppedCodeNotAsked(t *testing.T) {
	runPromptCases(t, []promptCase{
		{name: "pneumonia of the influenza", note: "ASSESSMENT:\nInfluenza complicated by pneumonia.\nPLAN:\nPneumonia: continue antibiotics.\n",
			not: []string{"organism J18.9"}},
		{name: "bare pneumonia still asked", note: "ASSESSMENT:\nInfluenza. Pneumonia.\n",
			want: []string{"organism J18.9"}},
	})
}
