package server

import (
	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
)

// metrics are the operator's view of the server. Each server owns its own
// registry so tests can run several servers in one process.
type metrics struct {
	reg *prometheus.Registry

	latency   prometheus.Histogram // receipt of a change to its result frame written
	analysis  prometheus.Histogram // analyzer time per coded version
	sessions  prometheus.Gauge
	documents prometheus.Gauge
	queued    prometheus.Gauge // frames waiting in outbound queues, all connections
	messages  *prometheus.CounterVec
	errors    *prometheus.CounterVec
	closes    *prometheus.CounterVec
	coalesced prometheus.Counter
	results   prometheus.Counter
}

func newMetrics(cacheStats func() (hits, misses uint64), reused func() uint64) *metrics {
	m := &metrics{reg: prometheus.NewRegistry()}
	buckets := []float64{.0001, .00025, .0005, .001, .002, .005, .01, .025, .05, .1, .25, 1}
	m.latency = prometheus.NewHistogram(prometheus.HistogramOpts{
		Name: "notecoder_keystroke_to_result_seconds", Help: "Time from receiving an open or change to writing the result frame that acknowledges it.", Buckets: buckets})
	m.analysis = prometheus.NewHistogram(prometheus.HistogramOpts{
		Name: "notecoder_analysis_seconds", Help: "Time to code one document version (cache look-ups, re-coding dirty sections, consolidation, diff).", Buckets: buckets})
	m.sessions = prometheus.NewGauge(prometheus.GaugeOpts{Name: "notecoder_sessions", Help: "Open WebSocket sessions that passed hello."})
	m.documents = prometheus.NewGauge(prometheus.GaugeOpts{Name: "notecoder_documents", Help: "Open documents over all sessions."})
	m.queued = prometheus.NewGauge(prometheus.GaugeOpts{Name: "notecoder_outbound_queue_frames", Help: "Frames waiting to be written, over all connections."})
	m.messages = prometheus.NewCounterVec(prometheus.CounterOpts{Name: "notecoder_messages_total", Help: "Inbound messages by type."}, []string{"type"})
	m.errors = prometheus.NewCounterVec(prometheus.CounterOpts{Name: "notecoder_errors_total", Help: "Error frames sent, by protocol error code."}, []string{"code"})
	m.closes = prometheus.NewCounterVec(prometheus.CounterOpts{Name: "notecoder_closes_total", Help: "Connections closed by the server, by reason."}, []string{"reason"})
	m.coalesced = prometheus.NewCounter(prometheus.CounterOpts{Name: "notecoder_coalesced_versions_total", Help: "Document versions acknowledged by a result for a newer version instead of their own."})
	m.results = prometheus.NewCounter(prometheus.CounterOpts{Name: "notecoder_results_total", Help: "Result frames sent."})
	hitRate := prometheus.NewGaugeFunc(prometheus.GaugeOpts{Name: "notecoder_section_cache_hit_ratio", Help: "Share of section look-ups answered from the section result cache since start."}, func() float64 {
		h, mi := cacheStats()
		if h+mi == 0 {
			return 0
		}
		return float64(h) / float64(h+mi)
	})
	hits := prometheus.NewCounterFunc(prometheus.CounterOpts{Name: "notecoder_section_cache_hits_total", Help: "Section results served from the cache."}, func() float64 { h, _ := cacheStats(); return float64(h) })
	misses := prometheus.NewCounterFunc(prometheus.CounterOpts{Name: "notecoder_section_cache_misses_total", Help: "Sections coded because the cache did not hold them."}, func() float64 { _, mi := cacheStats(); return float64(mi) })
	reuses := prometheus.NewCounterFunc(prometheus.CounterOpts{Name: "notecoder_reused_results_total", Help: "Analyses answered by shifting the document's previous result because no section's findings changed."}, func() float64 { return float64(reused()) })
	m.reg.MustRegister(reuses, m.latency, m.analysis, m.sessions, m.documents, m.queued, m.messages, m.errors, m.closes,
		m.coalesced, m.results, hitRate, hits, misses,
		collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}))
	return m
}
