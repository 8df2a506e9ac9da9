package sqlite

import (
	"context"
	"fmt"
	"path/filepath"
	"slices"
	"testing"
	"time"

	"notecoder/cdi/model"
	"notecoder/cdi/query"
)

func report(b *testing.B, lat []time.Duration) {
	slices.Sort(lat)
	if len(lat) == 0 {
		return
	}
	b.ReportMetric(float64(lat[len(lat)/2].Microseconds()), "p50-µs")
	b.ReportMetric(float64(lat[len(lat)*99/100].Microseconds()), "p99-µs")
}

// BenchmarkCreateAndAnswer measures the durable round trip a CDI query needs:
// create (with its audit event) then answer (with its audit event), each one
// fsynced transaction.
func BenchmarkCreateAndAnswer(b *testing.B) {
	s, err := Open(context.Background(), filepath.Join(b.TempDir(), "b.db"), Options{})
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	ctx := context.Background()
	lat := make([]time.Duration, 0, b.N)
	b.ResetTimer()
	for i := range b.N {
		start := time.Now()
		q, err := query.New(query.Draft{Tenant: "acme", Doc: fmt.Sprintf("d%d", i%100), Question: "Please clarify the type of heart failure.",
			Options: []model.Option{{Label: "Systolic"}, {Label: "Diastolic"}}, CreatedBy: "cdi"}, "", start)
		if err != nil {
			b.Fatal(err)
		}
		if err := s.CreateQuery(ctx, q); err != nil {
			b.Fatal(err)
		}
		if _, err := s.UpdateQuery(ctx, "acme", q.ID, func(q *query.Query) error { return q.AnswerWith(0, "", "dr", start) }); err != nil {
			b.Fatal(err)
		}
		lat = append(lat, time.Since(start))
	}
	report(b, lat)
}

// BenchmarkAuditBatch measures one batched append of 256 "suggestion shown"
// events, the Writer's unit of work.
func BenchmarkAuditBatch(b *testing.B) {
	s, err := Open(context.Background(), filepath.Join(b.TempDir(), "b.db"), Options{})
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	ctx := context.Background()
	batch := make([]query.AuditEvent, 256)
	for i := range batch {
		batch[i] = query.AuditEvent{At: time.Now(), Tenant: "acme", User: "dr", Action: query.AuditSuggestionShown, Doc: "d1", Target: "I10",
			Detail: query.AuditDetail{Evidence: []query.Evidence{{Start: 1, End: 4, SHA256: query.HashText("CHF")}}}}
	}
	lat := make([]time.Duration, 0, b.N)
	b.ResetTimer()
	for range b.N {
		start := time.Now()
		if err := s.AppendAudit(ctx, batch...); err != nil {
			b.Fatal(err)
		}
		lat = append(lat, time.Since(start))
	}
	report(b, lat)
	b.ReportMetric(float64(len(batch)*b.N)/b.Elapsed().Seconds(), "events/s")
}
