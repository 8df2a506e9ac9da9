package codeset

import (
	"sort"
	"testing"
	"time"
)

// reportPercentiles records p50/p99 of per-operation durations.
func reportPercentiles(b *testing.B, d []time.Duration) {
	if len(d) == 0 {
		return
	}
	sort.Slice(d, func(i, j int) bool { return d[i] < d[j] })
	b.ReportMetric(float64(d[len(d)/2].Nanoseconds()), "p50-ns")
	b.ReportMetric(float64(d[len(d)*99/100].Nanoseconds()), "p99-ns")
}

// BenchmarkLoad decodes the embedded artifact and builds the Set (what
// Default does once per process).
func BenchmarkLoad(b *testing.B) {
	var d []time.Duration
	for i := 0; i < b.N; i++ {
		t0 := time.Now()
		if _, err := LoadArtifact(embedded); err != nil {
			b.Fatal(err)
		}
		d = append(d, time.Since(t0))
	}
	reportPercentiles(b, d)
}

func BenchmarkLookup(b *testing.B) {
	s := embeddedSet(b)
	codes := []string{"I50.23", "i5023", "S52.502A", "E11.22", "A41.54", "Z99.89", "M17.11", "X99.9"}
	d := make([]time.Duration, 0, b.N)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		t0 := time.Now()
		if _, ok := s.Lookup(codes[i%len(codes)]); !ok {
			b.Fatal("missing")
		}
		d = append(d, time.Since(t0))
	}
	b.StopTimer()
	reportPercentiles(b, d)
}

func BenchmarkSearch(b *testing.B) {
	s := embeddedSet(b)
	s.Search("warm up", 1) // builds the search index once
	queries := []string{"heart failure acute diastolic", "osteoarthritis knee right", "type 2 diabetes with ckd",
		"fracture left radius shaft", "copd exacerbation", "essential hypertension"}
	d := make([]time.Duration, 0, b.N)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		t0 := time.Now()
		s.Search(queries[i%len(queries)], 10)
		d = append(d, time.Since(t0))
	}
	b.StopTimer()
	reportPercentiles(b, d)
}
