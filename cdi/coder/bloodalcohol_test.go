package coder

import "testing"

// TestBloodAlcoholMayState: the byte-level gate must say yes wherever the
// word-level reader finds a level (it may say yes more often), or a level
// the note states would be lost on the keystroke path.
func TestBloodAlcoholMayState(t *testing.T) {
	r := bloodAlcoholWords()
	for _, s := range []string{
		"BAL 180 mg/dL on arrival.",
		"Blood alcohol level was 0.21.",
		"blood-alcohol: 250",
		"Serum ethanol level elevated at 310.",
		"ETOH level 95; alcohol use disorder.",
		"bac. 0.08",
		"Labs: blood\u00a0alcohol 120 mg/dL",
		"alcohol level on admission was approximately 200",
	} {
		_, ok := bloodAlcoholLevel(locWords(s), r)
		if !ok {
			t.Errorf("%q: the reader finds no level (fix the test)", s)
		}
		if !r.mayState(s) {
			t.Errorf("%q: the gate says no where the reader finds a level", s)
		}
	}
	for _, s := range []string{
		"Alcohol use disorder, drinks daily; balance poor, bacterial infection ruled out.",
		"verbal abuse, global aphasia",
		"balcony fall",
	} {
		if r.mayState(s) {
			t.Errorf("%q: the gate says yes without a level's test name", s)
		}
	}
}
