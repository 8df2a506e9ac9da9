package coder

import (
	"strings"
	"sync"
)

// agentRules is data/agent_cause.tsv: the code prefixes of the infectious
// agents as the cause of diseases classified elsewhere (B95-B97), of the
// bacteria among them, and of the bacterium NOS code's category.
type agentRules struct {
	agent, bacterial []string
	bacterialNEC     string
}

// agentCause reads data/agent_cause.tsv once.
var agentCause = sync.OnceValue(func() *agentRules {
	r := &agentRules{}
	for _, l := range lines("agent_cause.tsv") {
		k, p, ok := strings.Cut(l, "\t")
		if !ok {
			continue
		}
		switch p = strings.TrimSpace(p); k {
		case "agent":
			r.agent = append(r.agent, p)
		case "bacterial":
			r.bacterial = append(r.bacterial, p)
		case "bacterialnec":
			r.bacterialNEC = p
		}
	}
	return r
})

// siteDxRules is data/site_diagnosis.tsv: the code prefixes of the
// definitive diagnoses at a site that account for a pain there, and of the
// signs and pains among them that do not.
type siteDxRules struct {
	dx, not []string
}

// siteDiagnosis reads data/site_diagnosis.tsv once.
var siteDiagnosis = sync.OnceValue(func() *siteDxRules {
	r := &siteDxRules{}
	for _, l := range lines("site_diagnosis.tsv") {
		k, p, ok := strings.Cut(l, "\t")
		if !ok {
			continue
		}
		switch p = strings.TrimSpace(p); k {
		case "dx":
			r.dx = append(r.dx, p)
		case "not":
			r.not = append(r.not, p)
		}
	}
	return r
})
