package coder

import (
	"fmt"
	"runtime"
	"slices"
	"sort"
	"strings"
	"testing"
	"time"

	"notecoder/cdi/internal/cpuclock"
	"notecoder/cdi/model"
	"notecoder/cdi/text"
)

// genNote writes a synthetic note of about n bytes from the test phrases
// (our own text, benchCases), with the usual sections.
func genNote(n int, seed int) string {
	var b strings.Builder
	heads := []string{"HPI:", "Past medical history:", "Review of systems:", "Physical exam:", "Assessment and plan:"}
	for i := 0; b.Len() < n; i++ {
		if i%6 == 0 {
			fmt.Fprintf(&b, "\n%s\n", heads[(i/6+seed)%len(heads)])
		}
		c := benchCases[(i*7+seed)%len(benchCases)]
		t := c.text
		if k := strings.IndexByte(t, ':'); k >= 0 && k < 30 {
			t = strings.TrimSpace(t[k+1:])
		}
		fmt.Fprintf(&b, "%d. %s The patient was seen today and is doing reasonably well overall.\n", i%9+1, t)
	}
	return b.String()
}

// BenchmarkCodeNote measures batch coding throughput on 8 KB notes.
func BenchmarkCodeNote(b *testing.B) {
	e := engine(b)
	notes := make([]string, 16)
	total := 0
	for i := range notes {
		notes[i] = genNote(8<<10, i)
		total += len(notes[i])
	}
	b.SetBytes(int64(total / len(notes)))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		e.Code(notes[i%len(notes)], model.Context{Setting: model.Inpatient})
	}
}

// BenchmarkSection1KB measures coding one 1 KB section and reports the
// latency percentiles the incremental layer cares about.
func BenchmarkSection1KB(b *testing.B) {
	benchSections(b, engine(b))
}

// BenchmarkSection1KBAfterPaste is BenchmarkSection1KB after one 1 MB section
// was coded: the pooled scratch buffers it grew must not make every later
// keystroke pay for their size (clearing them in full cost more than the
// section itself).
func BenchmarkSection1KBAfterPaste(b *testing.B) {
	e := engine(b)
	e.Section(genNote(1<<20, 3), "assessment_plan", model.Context{Setting: model.Inpatient})
	benchSections(b, e)
}

// BenchmarkSection1KBCostly is BenchmarkSection1KB on only the generated
// sections that cost most when coded alone (15 and 16 at ~3x the cheapest,
// 14, 17, 21-23 and 30 at ~2x): they set the p99 of the rotation.
func BenchmarkSection1KBCostly(b *testing.B) {
	benchSectionsOf(b, engine(b), []int{14, 15, 16, 17, 21, 22, 23, 30})
}

// BenchmarkSection1KBOne codes one generated section (19, among the
// cheapest) over and over: the same work every time, so whatever tail its
// percentiles show is the machine's (scheduling, caches, GC), not the work's.
func BenchmarkSection1KBOne(b *testing.B) {
	benchSectionsOf(b, engine(b), []int{19})
}

// benchSections codes 32 generated 1 KB sections in turn, b.N in all, and
// reports the p50 and p99 latency.
func benchSections(b *testing.B, e *Engine) {
	idx := make([]int, 32)
	for i := range idx {
		idx[i] = i
	}
	benchSectionsOf(b, e, idx)
}

// benchSectionsOf codes the generated 1 KB sections numbered idx (genNote's
// seed) in turn, b.N in all, and reports the p50 and p99 latency.
func benchSectionsOf(b *testing.B, e *Engine, idx []int) {
	secs := make([]string, len(idx))
	for k, i := range idx {
		s := genNote(1<<10, i)
		if len(s) > 1<<10 {
			s = s[:1<<10]
		}
		secs[k] = s
	}
	lat := make([]time.Duration, 0, b.N)
	cpu := make([]int64, 0, b.N) // the thread's CPU time per section (cpuclock.Thread)
	runtime.LockOSThread()
	defer runtime.UnlockOSThread()
	b.SetBytes(1 << 10)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		c0 := cpuclock.Thread()
		t0 := time.Now()
		e.Section(secs[i%len(secs)], "assessment_plan", model.Context{Setting: model.Inpatient})
		lat = append(lat, time.Since(t0))
		cpu = append(cpu, cpuclock.Thread()-c0)
	}
	b.StopTimer()
	sort.Slice(lat, func(i, j int) bool { return lat[i] < lat[j] })
	slices.Sort(cpu)
	b.ReportMetric(float64(lat[len(lat)/2].Microseconds()), "p50-µs")
	b.ReportMetric(float64(lat[len(lat)*99/100].Microseconds()), "p99-µs")
	// On a busy machine the wall-clock tail is mostly time the thread
	// waited for a CPU; its own CPU time's tail is the work's (and GC
	// assists') share.
	b.ReportMetric(float64(cpu[len(cpu)/2]/1000), "cpu-p50-µs")
	b.ReportMetric(float64(cpu[len(cpu)*99/100]/1000), "cpu-p99-µs")
}

// BenchmarkLongSection codes one section of 64 KB and of 1 MB. Equal MB/s
// at both sizes is the point: a pasted record or a 5 MB note arrives as one
// section, and any per-mention scan of the whole section made it quadratic
// (a 5 MB note took 15 s before the per-sentence episode, side and title
// lookups were indexed).
func BenchmarkLongSection(b *testing.B) {
	e := engine(b)
	for _, n := range []int{64 << 10, 1 << 20} {
		s := genNote(n, 3)
		b.Run(fmt.Sprintf("%dKB", n>>10), func(b *testing.B) {
			b.SetBytes(int64(len(s)))
			for i := 0; i < b.N; i++ {
				e.Section(s, "assessment_plan", model.Context{Setting: model.Inpatient})
			}
		})
	}
}

// BenchmarkNew measures building the engine from a loaded code set.
func BenchmarkNew(b *testing.B) {
	cs := engine(b).cs
	for i := 0; i < b.N; i++ {
		if _, err := New(cs); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkConsolidate8KB measures the note-level step a keystroke pays on
// every analysis of an 8 KB note (sections already coded and cached): it
// runs over every section's codes, so its cost grows with the note.
func BenchmarkConsolidate8KB(b *testing.B) {
	e := engine(b)
	ctx := model.Context{Setting: model.Inpatient}
	note := genNote(8<<10, 3)
	var parts []Part
	for _, s := range text.Sections(note) {
		if s.Body.End > s.Body.Start {
			parts = append(parts, Part{Offset: s.Body.Start, Kind: s.Kind, Res: e.Section(note[s.Body.Start:s.Body.End], s.Kind, ctx)})
		}
	}
	res := e.Consolidate(parts, ctx)
	b.Logf("%d sections, %d codes, %d findings", len(parts), len(res.Codes), len(res.Findings))
	lat := make([]time.Duration, 0, b.N)
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		t0 := time.Now()
		e.Consolidate(parts, ctx)
		lat = append(lat, time.Since(t0))
	}
	b.StopTimer()
	sort.Slice(lat, func(i, j int) bool { return lat[i] < lat[j] })
	b.ReportMetric(float64(lat[len(lat)/2].Microseconds()), "p50-µs")
	b.ReportMetric(float64(lat[len(lat)*99/100].Microseconds()), "p99-µs")
}

// BenchmarkNoteState measures what a keystroke pays for the note-wide
// reading the real-time path checks before reusing a result (NoteState): a
// substring search on a note naming no pregnancy, a sentence scan on one
// that does.
func BenchmarkNoteState(b *testing.B) {
	e := engine(b)
	for _, tc := range []struct{ name, note string }{
		{"8KB", genNote(8<<10, 3)},
		{"64KB", genNote(64<<10, 3)},
		{"8KB-pregnant", "HPI: She is 20 weeks pregnant.\n" + genNote(8<<10, 3)},
	} {
		b.Run(tc.name, func(b *testing.B) {
			lat := make([]time.Duration, 0, b.N)
			for i := 0; i < b.N; i++ {
				t0 := time.Now()
				e.NoteState(tc.note)
				lat = append(lat, time.Since(t0))
			}
			sort.Slice(lat, func(i, j int) bool { return lat[i] < lat[j] })
			b.ReportMetric(float64(lat[len(lat)/2].Nanoseconds())/1000, "p50-µs")
			b.ReportMetric(float64(lat[len(lat)*99/100].Nanoseconds())/1000, "p99-µs")
		})
	}
}

// BenchmarkPregnancyNoteStep measures the note-wide work a keystroke pays in
// a pregnancy note once its sections are coded: NoteState, then the
// note-level step given that state (ConsolidateState), which reads the
// note's weeks and, for a delivery note, takes the delivery from the state.
func BenchmarkPregnancyNoteStep(b *testing.B) {
	e := engine(b)
	ctx := model.Context{Setting: model.Inpatient}
	for _, tc := range []struct{ name, note string }{
		{"8KB-pregnant", "HPI: She is 20 weeks pregnant.\n" + genNote(8<<10, 3)},
		{"8KB-delivered", "HPI: G1P0 at 39 weeks gestation. Spontaneous vaginal delivery of a liveborn girl.\n" + genNote(8<<10, 3)},
	} {
		var parts []Part
		for _, s := range text.Sections(tc.note) {
			if s.Body.End > s.Body.Start {
				parts = append(parts, Part{Offset: s.Body.Start, Kind: s.Kind, Res: e.Section(tc.note[s.Body.Start:s.Body.End], s.Kind, ctx)})
			}
		}
		b.Run(tc.name, func(b *testing.B) {
			lat := make([]time.Duration, 0, b.N)
			for i := 0; i < b.N; i++ {
				t0 := time.Now()
				e.ConsolidateState(tc.note, parts, ctx, e.NoteState(tc.note))
				lat = append(lat, time.Since(t0))
			}
			sort.Slice(lat, func(i, j int) bool { return lat[i] < lat[j] })
			b.ReportMetric(float64(lat[len(lat)/2].Nanoseconds())/1000, "p50-µs")
			b.ReportMetric(float64(lat[len(lat)*99/100].Nanoseconds())/1000, "p99-µs")
		})
	}
}
