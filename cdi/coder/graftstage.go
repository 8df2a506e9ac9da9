package coder

import (
	"slices"
	"strings"
	"sync"

	"notecoder/cdi/model"
)

// graftStage is one row of data/graft_stage.tsv: beside the transplant
// status or a complication of the graft (status, prefixes), the stage before
// the transplant (past) gives way to a stage the note states now (current),
// unless a code of unless says the graft failed.
type graftStage struct {
	past                    string
	status, current, unless []string
}

// graftStages is data/graft_stage.tsv, read once.
var graftStages = sync.OnceValue(func() []graftStage {
	var out []graftStage
	for _, f := range rows("graft_stage.tsv") {
		if len(f) != 4 {
			panic("coder: data/graft_stage.tsv: bad line " + strings.Join(f, "\t"))
		}
		if f[0] == "restage" {
			continue // (graftRestages)
		}
		out = append(out, graftStage{status: strings.Fields(f[0]), past: f[1], current: strings.Fields(f[2]), unless: strings.Fields(f[3])})
	}
	return out
})

// graftRestage is a "restage" row of data/graft_stage.tsv: a combination
// code (from) that said the stage a transplant ended becomes the one of the
// stage left (to) when no code of stages remains.
type graftRestage struct {
	from, to string
	stages   []string
}

// restageNote is the Why a restaged combination code adds.
const restageNote = "the end stage it named was before the kidney transplant: coded at the stage the note states now (I.C.14.a.2)"

// graftRestages is the "restage" rows of data/graft_stage.tsv, read once.
var graftRestages = sync.OnceValue(func() []graftRestage {
	var out []graftRestage
	for _, f := range rows("graft_stage.tsv") {
		if f[0] == "restage" {
			out = append(out, graftRestage{from: f[1], to: f[2], stages: strings.Fields(f[3])})
		}
	}
	return out
})

// dropGraftPastStage drops the end stage a transplant ended (guideline
// I.C.14.a.2): "4 years after a kidney transplant for ESRD; CKD stage 3a in
// the allograft" is Z94.0 with N18.31, not also N18.6 (and so I12.9, not
// I12.0, for its hypertension), and the cause named for that stage alone.
func (e *Engine) dropGraftPastStage(codes []model.Code) []model.Code {
	for _, r := range graftStages() {
		has := func(code string) bool {
			return slices.ContainsFunc(codes, func(c model.Code) bool { return c.Code == code && reportable(c) })
		}
		if !hasPrefixed(codes, r.status) || !has(r.past) || !hasPrefixed(codes, r.current) || hasPrefixed(codes, r.unless) {
			continue
		}
		// The cause the note gave that stage, named once beside it ("ESRD
		// from IgA nephropathy"), is the native kidneys' disease the
		// transplant replaced: it goes with the stage.
		var cause string
		for _, c := range codes {
			if c.Code == r.past {
				if _, after, ok := strings.Cut(c.Why, ownCauseNote); ok {
					cause, _, _ = strings.Cut(after, ";")
				}
			}
		}
		codes = dropWhere(codes, func(c *model.Code) bool {
			return c.Code == r.past || cause != "" && c.Code == cause && len(c.Evidence) == 1
		})
		// A combination the index gave the sentence that named the past
		// stage ("transplant for ESRD from hypertensive nephrosclerosis",
		// I12.0) says that stage too: it takes the stage left (I12.9).
		for _, rs := range graftRestages() {
			if hasPrefixed(codes, rs.stages) {
				continue
			}
			dup := slices.ContainsFunc(codes, func(c model.Code) bool { return c.Code == rs.to })
			codes = dropWhere(codes, func(c *model.Code) bool {
				if c.Code != rs.from {
					return false
				}
				if !dup {
					c.Code, c.Title, c.Why, dup = rs.to, e.title(rs.to), c.Why+"; "+restageNote, true
					return false
				}
				return true
			})
		}
	}
	return codes
}
