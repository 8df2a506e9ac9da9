package coder

import (
	"slices"
	"strings"
	"sync"

	"notecoder/cdi/model"
)

// graftStage is one row of data/graft_stage.tsv: beside the transplant
// status, the stage before the transplant (past) gives way to a stage the
// note states now (current), unless a code of unless says the graft failed.
type graftStage struct {
	status, past    string
	current, unless []string
}

// graftStages is data/graft_stage.tsv, read once.
var graftStages = sync.OnceValue(func() []graftStage {
	var out []graftStage
	for _, f := range rows("graft_stage.tsv") {
		if len(f) != 4 {
			panic("coder: data/graft_stage.tsv: bad line " + strings.Join(f, "\t"))
		}
		out = append(out, graftStage{status: f[0], past: f[1], current: strings.Fields(f[2]), unless: strings.Fields(f[3])})
	}
	return out
})

// dropGraftPastStage drops the end stage a transplant ended (guideline
// I.C.14.a.2): "4 years after a kidney transplant for ESRD; CKD stage 3a in
// the allograft" is Z94.0 with N18.31, not also N18.6 (and so I12.9, not
// I12.0, for its hypertension), and the cause named for that stage alone.
func dropGraftPastStage(codes []model.Code) []model.Code {
	for _, r := range graftStages() {
		has := func(code string) bool {
			return slices.ContainsFunc(codes, func(c model.Code) bool { return c.Code == code && reportable(c) })
		}
		if !has(r.status) || !has(r.past) || !hasPrefixed(codes, r.current) || hasPrefixed(codes, r.unless) {
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
	}
	return codes
}
