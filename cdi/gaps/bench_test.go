package gaps_test

import (
	"sort"
	"testing"
	"time"

	"notecoder/cdi/coder"
	"notecoder/cdi/codeset"
	"notecoder/cdi/gaps"
	"notecoder/cdi/model"
)

// benchNote is a ~1 KB assessment section with several vague and specific
// findings and lab values (own text).
const benchNote = `ASSESSMENT AND PLAN:
1. CHF exacerbation. Continue IV furosemide, daily weights, strict I/O. Echo pending.
2. Chronic kidney disease, creatinine 2.1 from 1.0 at baseline; hold lisinopril, renal dosing.
3. Acute respiratory failure, on 4 L nasal cannula, wean as tolerated.
4. Atrial fibrillation, rate controlled on metoprolol, continue apixaban.
5. Type 2 diabetes mellitus, A1c 10.4, sliding scale insulin, diabetic diet.
6. Osteoarthritis of the knee, acetaminophen scheduled, PT evaluation.
7. Malnutrition, albumin 2.6 with 12 lb weight loss, dietitian consult.
8. Pressure ulcer of sacrum, wound care consult, offload every 2 hours.
9. Depression, continue sertraline, outpatient follow-up with psychiatry.
10. Encephalopathy, improving, continue to monitor mental status closely.
11. Sodium 127, fluid restriction 1.5 L, repeat BMP in the morning.
12. Essential hypertension, continue amlodipine. No pneumonia on imaging.
`

func BenchmarkPrompts(b *testing.B) {
	cs, err := codeset.Default()
	if err != nil {
		b.Fatal(err)
	}
	eng, err := coder.New(cs)
	if err != nil {
		b.Fatal(err)
	}
	g, err := gaps.New(cs, gaps.Options{})
	if err != nil {
		b.Fatal(err)
	}
	ctx := model.Context{Setting: model.Inpatient}
	res := eng.Code(benchNote, ctx)
	t0 := time.Now()
	first := g.Prompts(benchNote, ctx, &res) // cold: builds the families
	cold := time.Since(t0)
	b.Logf("%d findings, %d prompts, cold first call %v", len(res.Findings), len(first), cold)
	b.SetBytes(int64(len(benchNote)))
	lat := make([]time.Duration, 0, b.N)
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		s := time.Now()
		_ = g.Prompts(benchNote, ctx, &res)
		lat = append(lat, time.Since(s))
	}
	b.StopTimer()
	sort.Slice(lat, func(i, j int) bool { return lat[i] < lat[j] })
	b.ReportMetric(float64(lat[len(lat)/2].Nanoseconds())/1e3, "p50-µs")
	b.ReportMetric(float64(lat[len(lat)*99/100].Nanoseconds())/1e3, "p99-µs")
	b.ReportMetric(0, "ns/op")
}
