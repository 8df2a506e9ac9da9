package text

import (
	"sort"
	"strings"
	"testing"
	"time"

	"notecoder/cdi/model"
)

// benchNote is a synthetic progress note (our own text) of about 1.3 KB.
const benchNote = `CHIEF COMPLAINT: shortness of breath
HISTORY OF PRESENT ILLNESS:
The patient is a 67 year old woman with a history of CHF (HFrEF, EF 30%), CKD 3b, T2DM and afib on apixaban who presents with
three days of worsening dyspnea on exertion and bilateral lower extremity edema. She denies chest pain, fever or cough. No
history of PE. Mother with breast cancer. s/p CABG in 2015.
PAST MEDICAL HISTORY: HTN, HLD, OSA on CPAP, GERD, OA of the right knee.
MEDICATIONS: furosemide 40 mg p.o. b.i.d., metoprolol 25 mg daily, apixaban 5 mg b.i.d.
ALLERGIES: NKDA
PHYSICAL EXAM:
HEENT: normal. Lungs: bibasilar crackles. Ext: 2+ pitting edema b/l LE.
ASSESSMENT AND PLAN:
1. Acute on chronic systolic heart failure exacerbation - IV diuresis, daily weights, strict I/O.
2. CKD stage 3b - monitor creatinine; possible AKI.
3. Type 2 diabetes mellitus with hyperglycemia - insulin sliding scale.
4. Paroxysmal atrial fibrillation, rate controlled; continue apixaban.
5. Rule out pneumonia; chest x-ray pending. Return if chest pain.
`

func reportLatency(b *testing.B, lat []time.Duration, bytes int) {
	if len(lat) == 0 {
		return
	}
	sort.Slice(lat, func(i, j int) bool { return lat[i] < lat[j] })
	b.ReportMetric(float64(lat[len(lat)/2].Nanoseconds()), "p50-ns")
	b.ReportMetric(float64(lat[len(lat)*99/100].Nanoseconds()), "p99-ns")
	b.SetBytes(int64(bytes))
}

func BenchmarkTokenize(b *testing.B) {
	Tokenize("warm up")
	lat := make([]time.Duration, 0, b.N)
	buf := make([]Token, 0, 1024)
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		t0 := time.Now()
		buf = AppendTokens(buf[:0], benchNote, 0)
		lat = append(lat, time.Since(t0))
	}
	reportLatency(b, lat, len(benchNote))
}

func BenchmarkTokenizeNew(b *testing.B) {
	Tokenize("warm up")
	b.ReportAllocs()
	b.SetBytes(int64(len(benchNote)))
	for i := 0; i < b.N; i++ {
		_ = Tokenize(benchNote)
	}
}

func BenchmarkSectionsSentences(b *testing.B) {
	Sections("warm up")
	lat := make([]time.Duration, 0, b.N)
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		t0 := time.Now()
		for _, s := range Sections(benchNote) {
			_ = Sentences(benchNote, s.Body)
		}
		lat = append(lat, time.Since(t0))
	}
	reportLatency(b, lat, len(benchNote))
}

func BenchmarkClassify(b *testing.B) {
	a := Assertions()
	sent := "She denies chest pain, fever or cough but reports worsening dyspnea and bilateral edema."
	i := strings.Index(sent, "cough")
	m := model.Span{Start: i, End: i + 5}
	toks := Tokenize(sent)
	lat := make([]time.Duration, 0, b.N)
	b.ReportAllocs()
	b.ResetTimer()
	for n := 0; n < b.N; n++ {
		t0 := time.Now()
		_ = a.ClassifyTokens(toks, model.Span{Start: 0, End: len(sent)}, m, HPI)
		lat = append(lat, time.Since(t0))
	}
	reportLatency(b, lat, len(sent))
}

// BenchmarkPipeline runs everything this package does for a note: sections,
// sentences, tokens, abbreviation lookups at every token and one assertion
// per five tokens, as the coder would.
func BenchmarkPipeline(b *testing.B) {
	a := Assertions()
	ab := Abbreviations()
	lat := make([]time.Duration, 0, b.N)
	buf := make([]Token, 0, 1024)
	b.ReportAllocs()
	b.ResetTimer()
	for n := 0; n < b.N; n++ {
		t0 := time.Now()
		buf = AppendTokens(buf[:0], benchNote, 0)
		for _, sec := range Sections(benchNote) {
			for _, s := range Sentences(benchNote, sec.Body) {
				for i := range buf {
					if buf[i].Start < s.Span.Start || buf[i].End > s.Span.End {
						continue
					}
					ab.ExpandIn(buf, i, sec.Kind)
					if i%5 == 0 {
						a.ClassifyTokens(buf, s.Span, model.Span{Start: buf[i].Start, End: buf[i].End}, sec.Kind)
					}
				}
			}
		}
		lat = append(lat, time.Since(t0))
	}
	reportLatency(b, lat, len(benchNote))
}

// BenchmarkSectionKeystroke is what one keystroke asks of this package when
// the coder re-codes a 1.3 KB section: tokens into a reused buffer, the
// sentences, an abbreviation lookup at every token and, for each expansion,
// Tokenize of every expansion word (the coder's normWords), then a second
// tokenisation into another reused buffer (the gap engine's Facts). B/op and
// allocs/op are the garbage a keystroke leaves here.
func BenchmarkSectionKeystroke(b *testing.B) {
	ab := Abbreviations()
	buf := make([]Token, 0, 1024)
	buf2 := make([]Token, 0, 1024)
	lat := make([]time.Duration, 0, b.N)
	b.ReportAllocs()
	b.ResetTimer()
	for n := 0; n < b.N; n++ {
		t0 := time.Now()
		buf = AppendTokens(buf[:0], benchNote, 0)
		_ = Sentences(benchNote, model.Span{Start: 0, End: len(benchNote)})
		for i := 0; i < len(buf); i++ {
			if exp, k, ok := ab.ExpandIn(buf, i, HPI); ok {
				for _, x := range exp {
					_ = Tokenize(x)
				}
				i += k - 1
			}
		}
		buf2 = AppendTokens(buf2[:0], benchNote, 0)
		lat = append(lat, time.Since(t0))
	}
	reportLatency(b, lat, len(benchNote))
}

// BenchmarkSectionKeystrokeReuse is BenchmarkSectionKeystroke the way a
// caller can do it with the reuse APIs: AppendSentences into a reused
// buffer and ExpandWordsIn instead of Tokenize per expansion word.
func BenchmarkSectionKeystrokeReuse(b *testing.B) {
	ab := Abbreviations()
	buf := make([]Token, 0, 1024)
	buf2 := make([]Token, 0, 1024)
	sents := make([]Sentence, 0, 64)
	words := 0
	lat := make([]time.Duration, 0, b.N)
	b.ReportAllocs()
	b.ResetTimer()
	for n := 0; n < b.N; n++ {
		t0 := time.Now()
		buf = AppendTokens(buf[:0], benchNote, 0)
		sents = AppendSentences(sents[:0], benchNote, model.Span{Start: 0, End: len(benchNote)})
		for i := 0; i < len(buf); i++ {
			if ws, k, ok := ab.ExpandWordsIn(buf, i, HPI); ok {
				words += len(ws)
				i += k - 1
			}
		}
		buf2 = AppendTokens(buf2[:0], benchNote, 0)
		lat = append(lat, time.Since(t0))
	}
	reportLatency(b, lat, len(benchNote))
}
