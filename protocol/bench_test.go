package protocol

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
	"time"

	"notecoder/cdi/model"
)

// timed runs op b.N times, timing each call, and reports the p50 and p99
// latency next to ns/op. Each sample includes the ~20-40 ns cost of reading
// the clock, which matters only for the fastest operations.
func timed(b *testing.B, op func(i int)) {
	b.Helper()
	samples := make([]time.Duration, b.N)
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		t0 := time.Now()
		op(i)
		samples[i] = time.Since(t0)
	}
	b.StopTimer()
	slices.Sort(samples)
	b.ReportMetric(float64(samples[len(samples)/2].Nanoseconds()), "p50-ns")
	b.ReportMetric(float64(samples[len(samples)*99/100].Nanoseconds()), "p99-ns")
}

// benchNote builds an original, synthetic clinical note of about n bytes,
// mostly ASCII with the non-ASCII characters real notes carry (°, –, µ, é)
// and an occasional emoji pasted from a chat.
func benchNote(n int) string {
	paras := []string{
		"HPI: 67 y/o F with h/o CHF, T2DM and CKD 3b presents with worsening dyspnea on exertion x3 days. Denies chest pain. ",
		"Temp 38.2 °C, BP 148/92, HR 104, SpO2 91% on RA. Weight up 2.5 kg since last visit – bilateral LE edema 2+. ",
		"Meds: furosemide 40 mg daily, metformin 500 mg BID, lisinopril 10 mg, B12 1000 µg monthly. Seen by Dr. Renée Dubois. ",
		"ASSESSMENT:\n1. Acute on chronic heart failure, likely diastolic; BNP 1,240.\n2. Type 2 diabetes mellitus with CKD.\n",
		"PLAN:\n- IV diuresis, strict I/O, daily weights.\n- Echo to assess EF.\n- Hold metformin while eGFR < 30. Family updated 👍.\n",
	}
	var b strings.Builder
	for i := 0; b.Len() < n; i++ {
		b.WriteString(paras[i%len(paras)])
	}
	return b.String()[:strings.LastIndexByte(b.String()[:n], ' ')]
}

func BenchmarkParseChange(b *testing.B) {
	frame := []byte(`{"type":"change","id":"m-4711","doc":"enc-88/note-1","version":1234,"changes":[{"start":5120,"end":5120,"text":"e"}]}`)
	var p Parser
	timed(b, func(int) {
		if _, err := p.Parse(frame); err != nil {
			b.Fatal(err)
		}
	})
}

func BenchmarkParseOpen64KB(b *testing.B) {
	m := &Open{Doc: "enc-88/note-1", Version: 1, Text: benchNote(64 << 10), Context: Context{Setting: "inpatient"}}
	frame, _ := Encode(nil, m)
	var p Parser
	b.SetBytes(int64(len(frame)))
	timed(b, func(int) {
		if _, err := p.Parse(frame); err != nil {
			b.Fatal(err)
		}
	})
}

// typicalResult is a keystroke's result that changed a few items: 3 codes, 2
// prompts with options and impact, 1 removal.
func typicalResult() *Result {
	r := sampleResult()
	r.Reset = false
	r.Findings = nil
	r.Codes.Upsert = append(r.Codes.Upsert, CodeItem{ID: "c-3", System: "ICD-10-CM", Code: "E11.22",
		Title: "Type 2 diabetes mellitus with diabetic chronic kidney disease", Assertion: "present", Section: "assessment",
		Evidence: []Span{{310, 340}, {352, 355}}, Confidence: 0.88})
	r.Prompts.Upsert = append(r.Prompts.Upsert, PromptItem{ID: "p-2", Kind: "stage", Code: "N18.30",
		Message: "Chronic kidney disease: specify the stage", Options: []Option{{Label: "stage 3a", Code: "N18.31"},
			{Label: "stage 3b", Code: "N18.32"}, {Label: "Other (please specify)"}, {Label: "Clinically undetermined"}},
		Evidence: []Span{{352, 358}}, Impact: &Impact{BestCC: "CC", HCCBefore: "HCC329", HCCAfter: "HCC328", Score: 2}})
	return r
}

func BenchmarkEncodeResult(b *testing.B) {
	r := typicalResult()
	buf := make([]byte, 0, 4096)
	b.SetBytes(int64(len(EncodeResult(nil, r))))
	timed(b, func(int) { buf = EncodeResult(buf[:0], r) })
}

func BenchmarkEncodeResultReflection(b *testing.B) {
	r := typicalResult()
	timed(b, func(int) {
		ref := plainResult{TypeResult, r.Doc, r.Version, r.Reset, r.Codes, r.Prompts, r.Findings}
		if _, err := jsonMarshal(ref); err != nil {
			b.Fatal(err)
		}
	})
}

// BenchmarkMapper measures conversions on 8 KB and 64 KB notes in UTF-16 (the
// browser default and the costliest encoding): random offsets, a keystroke
// (Apply of a one-character insert or delete, including building the new
// string) and converting a typical result's 10 evidence spans. The 64 KB
// numbers should match the 8 KB ones except for the string copy in Apply.
func BenchmarkMapper(b *testing.B) {
	for _, size := range []int{8 << 10, 64 << 10} {
		note := benchNote(size)
		name := itoa(size>>10) + "KB"
		b.Run(name+"/ToByte", func(b *testing.B) {
			m := NewMapper(UTF16, note)
			r := rand.New(rand.NewPCG(1, 1))
			offs := make([]int, 4096)
			for i := range offs {
				for {
					offs[i] = r.IntN(m.Len() + 1)
					if _, err := m.ToByte(offs[i]); err == nil {
						break
					}
				}
			}
			timed(b, func(i int) { _, _ = m.ToByte(offs[i%len(offs)]) })
		})
		b.Run(name+"/FromByte", func(b *testing.B) {
			m := NewMapper(UTF16, note)
			r := rand.New(rand.NewPCG(1, 2))
			offs := make([]int, 4096)
			for i := range offs {
				for offs[i] = r.IntN(len(note)); !IsBoundary(note, offs[i]); offs[i]-- {
				}
			}
			timed(b, func(i int) { _, _ = m.FromByte(offs[i%len(offs)]) })
		})
		b.Run(name+"/ToByteNoIndex", func(b *testing.B) {
			off := Length(note, UTF16) / 2
			timed(b, func(int) { _, _ = ToByte(note, UTF16, off) })
		})
		b.Run(name+"/Keystroke", func(b *testing.B) {
			m := NewMapper(UTF16, note)
			r := rand.New(rand.NewPCG(1, 3))
			pos := make([]int, 4096)
			for i := range pos {
				pos[i] = r.IntN(m.Len() - 10)
			}
			last := 0
			timed(b, func(i int) {
				var ch []TextChange
				if i%2 == 0 {
					p := pos[i%len(pos)]
					for ; ; p++ { // step off the middle of a surrogate pair
						if _, err := m.ToByte(p); err == nil {
							break
						}
					}
					ch, last = []TextChange{{Start: p, End: p, Text: "x"}}, p
				} else { // delete it again so the note keeps its size
					ch = []TextChange{{Start: last, End: last + 1}}
				}
				if _, _, err := m.Apply(ch); err != nil {
					b.Fatal(err)
				}
			})
		})
		b.Run(name+"/ConvertCommit", func(b *testing.B) {
			// The server path when incremental builds the new text: the
			// Mapper only converts and re-indexes; the string is built
			// outside the timed region.
			m := NewMapper(UTF16, note)
			off := m.Len() / 2
			for ; ; off++ {
				if _, err := m.ToByte(off); err == nil {
					break
				}
			}
			ins := []TextChange{{Start: off, End: off, Text: "x"}}
			del := []TextChange{{Start: off, End: off + 1}}
			bs, _ := m.ToByte(off)
			withX := note[:bs] + "x" + note[bs:]
			samples := make([]time.Duration, b.N)
			b.ReportAllocs()
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				ch, next := ins, withX
				if i%2 == 1 {
					ch, next = del, note
				}
				t0 := time.Now()
				edits, err := m.Convert(ch)
				if err != nil {
					b.Fatal(err)
				}
				m.Commit(next, edits)
				samples[i] = time.Since(t0)
			}
			b.StopTimer()
			slices.Sort(samples)
			b.ReportMetric(float64(samples[len(samples)/2].Nanoseconds()), "p50-ns")
			b.ReportMetric(float64(samples[len(samples)*99/100].Nanoseconds()), "p99-ns")
		})
		b.Run(name+"/ResultSpans", func(b *testing.B) {
			m := NewMapper(UTF16, note)
			r := rand.New(rand.NewPCG(1, 4))
			spans := make([]model.Span, 10)
			for i := range spans {
				s := r.IntN(len(note) - 40)
				for !IsBoundary(note, s) {
					s--
				}
				e := s + 20
				for !IsBoundary(note, e) {
					e++
				}
				spans[i] = model.Span{Start: s, End: e}
			}
			dst := make([]Span, 0, 10)
			timed(b, func(int) {
				var err error
				if dst, err = m.AppendSpans(dst[:0], spans); err != nil {
					b.Fatal(err)
				}
			})
		})
	}
}
