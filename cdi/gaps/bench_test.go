package gaps_test

import (
	"runtime"
	"slices"
	"strings"
	"testing"
	"time"

	"notecoder/cdi/coder"
	"notecoder/cdi/codeset"
	"notecoder/cdi/gaps"
	"notecoder/cdi/internal/cpuclock"
	"notecoder/cdi/model"
	"notecoder/cdi/text"
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

// padSection is a ~1 KB section that codes to nothing (own text): it makes a
// note longer without adding findings or values.
const padSection = `CARE COORDINATION:
Seen and examined at the bedside this morning with the daughter present. The plan of care was
reviewed with the bedside nurse, the charge nurse and the case manager, and questions from the
family were answered in plain language. The daughter will bring the home medication bottles this
afternoon so that the list can be reconciled with the pharmacy record before discharge planning
continues. Physical therapy and occupational therapy will see the patient later today to decide
on the safest discharge destination; the family prefers home with services if that is feasible.
Transportation has been arranged for the follow-up visit, and the patient portal account was
activated with the daughter listed as proxy. Code status was confirmed with the patient, who is
alert and able to take part in the discussion, and the existing document was scanned into the
chart. Total time spent on coordination today was about thirty five minutes, most of it in
discussion with the family and the team, as documented above and in the nursing notes.
`

type benchEnv struct {
	eng *coder.Engine
	g   *gaps.Engine
}

var benchSetup benchEnv

// setup builds the coder and a warmed gap engine once per benchmark binary
// (the state of a server after start-up).
func setup(b *testing.B) benchEnv {
	b.Helper()
	if benchSetup.g != nil {
		return benchSetup
	}
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
	t0 := time.Now()
	g.Warm()
	b.Logf("warm-up after New: %v", time.Since(t0).Round(time.Millisecond))
	runtime.GC()
	benchSetup = benchEnv{eng: eng, g: g}
	return benchSetup
}

// timeLoop runs f b.N times on one locked OS thread and reports wall and
// thread-CPU p50/p99 in µs (ns/op is zeroed: the percentiles are the result)
// and the number of GC cycles that ended during the loop: with a live heap
// of ~180 MB (code set, coder, gap engine) a cycle marks for ~0.3 s, and
// calls made meanwhile pay write barriers and assists, which is most of the
// spread between p50 and p99.
func timeLoop(b *testing.B, f func()) {
	runtime.LockOSThread()
	defer runtime.UnlockOSThread()
	wall := make([]int64, 0, b.N)
	cpu := make([]int64, 0, b.N)
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	gc0 := ms.NumGC
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		c0 := cpuclock.Thread()
		t0 := time.Now()
		f()
		wall = append(wall, int64(time.Since(t0)))
		cpu = append(cpu, cpuclock.Thread()-c0)
	}
	b.StopTimer()
	runtime.ReadMemStats(&ms)
	b.ReportMetric(float64(ms.NumGC-gc0), "GCs")
	slices.Sort(wall)
	slices.Sort(cpu)
	q := func(s []int64, p int) float64 { return float64(s[(len(s)-1)*p/100]) / 1e3 }
	b.ReportMetric(q(wall, 50), "p50-µs")
	b.ReportMetric(q(wall, 99), "p99-µs")
	b.ReportMetric(q(cpu, 50), "cpu-p50-µs")
	b.ReportMetric(q(cpu, 99), "cpu-p99-µs")
	b.ReportMetric(0, "ns/op")
}

// BenchmarkPrompts is the batch call (facts extracted from the note in the
// call) on the 1 KB section: an upper bound of the keystroke cost.
func BenchmarkPrompts(b *testing.B) {
	env := setup(b)
	ctx := model.Context{Setting: model.Inpatient}
	res := env.eng.Code(benchNote, ctx)
	b.Logf("%d findings, %d prompts", len(res.Findings), len(env.g.Prompts(benchNote, ctx, &res)))
	b.SetBytes(int64(len(benchNote)))
	timeLoop(b, func() { _ = env.g.Prompts(benchNote, ctx, &res) })
}

// BenchmarkFacts is the per-section extraction a keystroke pays for the
// section it touched (1 KB, 15 findings), on top of coding it.
func BenchmarkFacts(b *testing.B) {
	env := setup(b)
	body := benchNote[strings.IndexByte(benchNote, '\n')+1:]
	fs := env.eng.Section(body, text.AssessmentPlan, model.Context{Setting: model.Inpatient}).Findings
	b.Logf("%d findings, %d read ahead", len(fs), env.g.Facts(body, fs).Findings())
	b.SetBytes(int64(len(body)))
	timeLoop(b, func() { _ = env.g.Facts(body, fs) })
}

// BenchmarkFactsTokens is Facts on the tokens the coder already made for
// the section: what the keystroke path (coder.Engine.SectionWith) pays.
func BenchmarkFactsTokens(b *testing.B) {
	env := setup(b)
	body := benchNote[strings.IndexByte(benchNote, '\n')+1:]
	fs := env.eng.Section(body, text.AssessmentPlan, model.Context{Setting: model.Inpatient}).Findings
	toks := text.AppendTokens(nil, body, 0)
	b.SetBytes(int64(len(body)))
	timeLoop(b, func() { _ = env.g.FactsTokens(body, toks, fs) })
}

// placedFacts returns each section's facts placed in note, as the
// incremental layer keeps them between keystrokes.
func (env *benchEnv) placedFacts(note string, ctx model.Context) []gaps.PlacedFacts {
	var facts []gaps.PlacedFacts
	for _, s := range text.Sections(note) {
		if s.Body.End > s.Body.Start {
			body := note[s.Body.Start:s.Body.End]
			fs := env.eng.Section(body, s.Kind, ctx).Findings
			facts = append(facts, gaps.PlacedFacts{Offset: s.Body.Start, Facts: env.g.Facts(body, fs)})
		}
	}
	return facts
}

// BenchmarkPromptsFrom is the note-level step a keystroke pays on every
// analysis: the 1 KB problem list padded to 8 KB and 64 KB with sections that
// code to nothing. The findings are the same, so the cost must not grow.
// The +Facts variants add the re-extraction of the 1 KB section the
// keystroke touched: the whole cost the gap engine adds to a keystroke.
func BenchmarkPromptsFrom(b *testing.B) {
	env := setup(b)
	ctx := model.Context{Setting: model.Inpatient}
	want := env.eng.Code(benchNote, ctx)
	for _, size := range []int{1 << 10, 8 << 10, 64 << 10} {
		note := benchNote
		for len(note)+len(padSection) <= size {
			note = padSection + note // findings at the end: offsets grow too
		}
		res := env.eng.Code(note, ctx)
		if len(res.Findings) != len(want.Findings) {
			b.Fatalf("%d B note: %d findings, want %d (padding must code to nothing)", len(note), len(res.Findings), len(want.Findings))
		}
		facts := env.placedFacts(note, ctx)
		name := map[int]string{1 << 10: "1KB", 8 << 10: "8KB", 64 << 10: "64KB"}[size]
		b.Run(name, func(b *testing.B) {
			b.Logf("%d B, %d sections, %d findings, %d prompts", len(note), len(facts), len(res.Findings),
				len(env.g.PromptsFrom(note, facts, ctx, &res)))
			timeLoop(b, func() { _ = env.g.PromptsFrom(note, facts, ctx, &res) })
		})
		// a keystroke in the problem list: its facts again, then the note.
		// The server extracts facts from the tokens the coder made for the
		// section (coder.Engine.SectionWith), so tokenising is the coder's
		// cost, not the gap engine's.
		last := len(facts) - 1
		body := note[facts[last].Offset:]
		fs := env.eng.Section(body, text.AssessmentPlan, ctx).Findings
		toks := text.AppendTokens(nil, body, 0)
		b.Run(name+"+Facts", func(b *testing.B) {
			timeLoop(b, func() {
				facts[last].Facts = env.g.FactsTokens(body, toks, fs)
				_ = env.g.PromptsFrom(note, facts, ctx, &res)
			})
		})
	}
}

// BenchmarkColdPrompt is the first prompt of a fresh engine without
// Warm: what a keystroke would pay for the first sight of these conditions
// if the server skipped it.
func BenchmarkColdPrompt(b *testing.B) {
	env := setup(b)
	ctx := model.Context{Setting: model.Inpatient}
	res := env.eng.Code(benchNote, ctx)
	cs := env.eng.Codeset()
	var total time.Duration
	for i := 0; i < b.N; i++ {
		b.StopTimer()
		g, err := gaps.New(cs, gaps.Options{})
		if err != nil {
			b.Fatal(err)
		}
		b.StartTimer()
		t0 := time.Now()
		_ = g.Prompts(benchNote, ctx, &res)
		total += time.Since(t0)
	}
	b.ReportMetric(float64(total.Microseconds())/float64(b.N)/1e3, "ms/first-call")
}

var controlSink uint64

// BenchmarkControl is a fixed CPU-only loop of about the same p50 as
// PromptsFrom, measured the same way: its p99/p50 ratio is the noise floor
// of the machine at the time (other processes' cache pollution, steal time),
// to read the p99 of the other benchmarks against.
func BenchmarkControl(b *testing.B) {
	buf := make([]uint64, 4096)
	for i := range buf {
		buf[i] = uint64(i) * 0x9e3779b97f4a7c15
	}
	timeLoop(b, func() {
		var h uint64
		for r := 0; r < 6; r++ {
			for _, x := range buf {
				h = (h ^ x) * 0xbf58476d1ce4e5b9
			}
		}
		controlSink += h
	})
}

// BenchmarkNew is the start-up cost New adds to a server (block index, data
// files; Warm runs after it in the background).
func BenchmarkNew(b *testing.B) {
	env := setup(b)
	cs := env.eng.Codeset()
	for i := 0; i < b.N; i++ {
		if _, err := gaps.New(cs, gaps.Options{}); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkPromptsFromSpread is BenchmarkPromptsFrom with a finding at the
// top of the note as well as the problem list at its end, so the findings'
// text spans the whole note: a question that reads the rest of the note
// (a side written in another sentence, a handedness) must read what the
// sections' facts kept, not the note, so 64 KB costs what 1 KB does.
func BenchmarkPromptsFromSpread(b *testing.B) {
	env := setup(b)
	ctx := model.Context{Setting: model.Inpatient}
	for _, size := range []int{1 << 10, 64 << 10} {
		pad := ""
		for len(pad)+len(padSection)+len(benchNote) <= size {
			pad += padSection
		}
		note := "HISTORY OF PRESENT ILLNESS:\nShe has knee pain and a history of osteoarthritis of the knee.\n\n" + pad + benchNote
		res := env.eng.Code(note, ctx)
		facts := env.placedFacts(note, ctx)
		b.Run(map[int]string{1 << 10: "1KB", 64 << 10: "64KB"}[size], func(b *testing.B) {
			b.Logf("%d B, %d prompts", len(note), len(env.g.PromptsFrom(note, facts, ctx, &res)))
			timeLoop(b, func() { _ = env.g.PromptsFrom(note, facts, ctx, &res) })
		})
	}
}
