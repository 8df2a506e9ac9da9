package server

import (
	"time"

	"notecoder/cdi/model"
	"notecoder/protocol"
)

// writeResult diffs a document's waiting analysis against what the client
// holds, encodes the result frame in the client's position encoding and
// writes it. buf is reused between calls.
func (sess *session) writeResult(d *docState, buf []byte) ([]byte, error) {
	s := sess.srv
	a, delta, ok := d.takeDelta(s.filterFor(sess.ident.Tenant))
	if !ok {
		return buf, nil
	}
	r := protocol.Result{Doc: d.id, Version: int64(a.version), Reset: d.firstResult(),
		Codes:   protocol.CodeDelta{Upsert: make([]protocol.CodeItem, 0, len(delta.CodeUpserts)), Remove: nonNil(delta.CodeRemoves)},
		Prompts: protocol.PromptDelta{Upsert: make([]protocol.PromptItem, 0, len(delta.PromptUpserts)), Remove: nonNil(delta.PromptRemoves)}}
	for _, c := range delta.CodeUpserts {
		r.Codes.Upsert = append(r.Codes.Upsert, protocol.CodeItem{ID: c.ID, System: c.System, Code: c.Code.Code,
			Title: c.Title, Assertion: string(c.Assertion), Section: c.Section, Evidence: spans(a.mapper, c.Evidence),
			Confidence: c.Confidence, Why: c.Why})
	}
	for _, p := range delta.PromptUpserts {
		imp := p.Impact
		r.Prompts.Upsert = append(r.Prompts.Upsert, protocol.PromptItem{ID: p.ID, Kind: p.Kind, Code: p.Code,
			Message: p.Message, Options: nonNilOpts(p.Options), Evidence: spans(a.mapper, p.Evidence), Impact: &imp})
	}
	if sess.findings {
		fd := &protocol.FindingDelta{Upsert: make([]protocol.FindingItem, 0, len(delta.FindingUpserts)), Remove: nonNil(delta.FindingRemoves)}
		for _, f := range delta.FindingUpserts {
			fd.Upsert = append(fd.Upsert, protocol.FindingItem{ID: f.ID, Code: f.Code, Title: f.Title,
				Assertion: string(f.Assertion), Section: f.Section, Evidence: spans(a.mapper, f.Evidence), Why: f.Why})
		}
		r.Findings = fd
	}
	buf = appendFrame(buf, &r)
	if err := sess.write(buf); err != nil {
		return buf, err
	}
	s.metrics.results.Inc()
	if a.skipped > 0 {
		s.metrics.coalesced.Add(float64(a.skipped))
	}
	if !a.recvAt.IsZero() {
		s.metrics.latency.Observe(time.Since(a.recvAt).Seconds())
	}
	if s.flow != nil {
		var shown []model.Code
		for _, c := range delta.CodeUpserts {
			if c.New {
				shown = append(shown, c.Code)
			}
		}
		var prompts []model.Prompt
		if len(delta.PromptUpserts)+len(delta.PromptRemoves) > 0 {
			d.mu.Lock()
			prompts = d.differ.Prompts()
			d.mu.Unlock()
			if prompts == nil {
				prompts = []model.Prompt{}
			}
		}
		if shown != nil || prompts != nil {
			s.flow.resultShown(sess, d, prompts, shown, a.mapper.Text(), a.version)
		}
	}
	return buf, nil
}

// spans converts byte spans of the coded text into the client's encoding. A
// span that does not fall on character boundaries is an engine bug; it is
// dropped rather than sent wrong.
func spans(m *protocol.Mapper, src []model.Span) []protocol.Span {
	out := make([]protocol.Span, 0, len(src))
	for _, sp := range src {
		w, err := m.SpanFromBytes(sp)
		if err != nil {
			bug("evidence span off a character boundary")
			continue
		}
		out = append(out, w)
	}
	return out
}

func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}

func nonNilOpts(o []model.Option) []model.Option {
	if o == nil {
		return []model.Option{}
	}
	return o
}

// filterFor returns the per-tenant policy applied to results before they are
// diffed (suppressed rules, prompt kinds and minimum impact), or nil.
func (s *Server) filterFor(tenant string) resultFilter {
	if s.flow == nil {
		return nil
	}
	return s.flow.filter(tenant)
}
