package gaps

import (
	"sort"

	"notecoder/cdi/codeset"
	"notecoder/cdi/model"
)

// RecallDoc is one coded document for EvalPromptRecall: the gold codes and the
// prompts produced for it (the caller runs the coder and Prompts, so this
// package stays pure).
type RecallDoc struct {
	Gold     []string
	Findings []model.Finding
	Prompts  []model.Prompt
}

// RecallReport is prompt recall on gold codes that are unspecified because
// the text lacked detail.
type RecallReport struct {
	Docs int `json:"docs"`
	// Eligible counts gold codes that are unspecified ("unspecified" title or
	// residual .9) and have a more specific code of the same condition.
	Eligible int `json:"eligible"`
	// Hit counts eligible gold codes with a prompt on the same category.
	Hit    int     `json:"hit"`
	Recall float64 `json:"recall"`
	// Read counts eligible gold codes where the coder found a present
	// finding in the same category (a prompt was possible at all);
	// HitWhenRead is the recall on those.
	Read        int     `json:"read"`
	HitWhenRead float64 `json:"hitWhenRead"`
	// TargetEligible and TargetHit restrict Eligible/Hit to the common CDI
	// targets (CDITargets).
	TargetEligible int     `json:"targetEligible"`
	TargetHit      int     `json:"targetHit"`
	TargetRecall   float64 `json:"targetRecall"`
	// Prompts is the number of specificity/indicator prompts over all docs.
	Prompts int `json:"prompts"`
	// Missed lists the most frequent eligible gold codes without a prompt.
	Missed []CodeCount `json:"missed"`
	// Caught lists the most frequent eligible gold codes with a prompt.
	Caught []CodeCount `json:"caught"`
}

// CodeCount is a code with how often it occurred.
type CodeCount struct {
	Code  string `json:"code"`
	Count int    `json:"count"`
}

// EvalPromptRecall measures whether a prompt fires where professional coders
// had to assign an unspecified code: for each such gold code with a specified
// sibling, is there a prompt whose code is in the same 3-character category?
// It is pure: it reads only its arguments and the Engine's code set.
func (g *Engine) EvalPromptRecall(docs []RecallDoc) RecallReport {
	var r RecallReport
	missed, caught := map[string]int{}, map[string]int{}
	for _, d := range docs {
		r.Docs++
		r.Prompts += len(d.Prompts)
		prompted := map[string]bool{}
		for _, p := range d.Prompts {
			if p.Code != "" {
				prompted[categoryOf(p.Code)] = true
			}
		}
		read := map[string]bool{}
		for _, f := range d.Findings {
			if reportable(f.Assertion) {
				read[categoryOf(f.Code)] = true
			}
		}
		seen := map[string]bool{}
		for _, gc := range d.Gold {
			code := codeset.Normalize(gc)
			if code == "" || seen[code] {
				continue
			}
			seen[code] = true
			if !g.eligible(code) {
				continue
			}
			r.Eligible++
			cat := categoryOf(code)
			tgt := isTarget(code)
			if tgt {
				r.TargetEligible++
			}
			if read[cat] {
				r.Read++
			}
			if prompted[cat] {
				r.Hit++
				if tgt {
					r.TargetHit++
				}
				caught[code]++
			} else {
				missed[code]++
			}
		}
	}
	if r.Eligible > 0 {
		r.Recall = float64(r.Hit) / float64(r.Eligible)
	}
	if r.TargetEligible > 0 {
		r.TargetRecall = float64(r.TargetHit) / float64(r.TargetEligible)
	}
	if r.Read > 0 {
		hitRead := 0
		for _, n := range caught {
			hitRead += n
		}
		r.HitWhenRead = float64(hitRead) / float64(r.Read)
	}
	r.Missed, r.Caught = top(missed, 15), top(caught, 15)
	return r
}

// eligible: the gold code is unspecified and a more specific code of the
// same condition exists.
func (g *Engine) eligible(code string) bool {
	c, ok := g.cs.Lookup(code)
	if !ok {
		// FY2018 gold codes without their current extra character: try the
		// unspecified child ("R51" -> "R51.9").
		return false
	}
	ti := g.info(c)
	if !ti.unspec && !(c.Billable && unspecLike(c, ti)) {
		return false
	}
	fam := g.familyOf(c)
	for _, cd := range fam.cands {
		if cd.c != c {
			return true
		}
	}
	return false
}

func top(m map[string]int, n int) []CodeCount {
	out := make([]CodeCount, 0, len(m))
	for k, v := range m {
		out = append(out, CodeCount{k, v})
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].Count != out[j].Count {
			return out[i].Count > out[j].Count
		}
		return out[i].Code < out[j].Code
	})
	if len(out) > n {
		out = out[:n]
	}
	return out
}

// CDITargets are the code prefixes of the common CDI targets the prompts are
// built for: heart failure, CKD, AKI, malnutrition, respiratory failure,
// pressure ulcers, atrial fibrillation, fractures (S-codes with "fracture"),
// osteoarthritis, sepsis, diabetes, depression, encephalopathy, pneumonia.
var CDITargets = []string{"I50", "N18", "N17", "E40", "E41", "E42", "E43", "E44", "E45", "E46", "J96", "L89", "I48",
	"M15", "M16", "M17", "M18", "M19", "A40", "A41", "E08", "E09", "E10", "E11", "E13", "F32", "F33", "G93.4", "G92",
	"J18", "J15", "S02", "S12", "S22", "S32", "S42", "S52", "S62", "S72", "S82", "S92"}

func isTarget(code string) bool {
	for _, p := range CDITargets {
		if len(code) >= len(p) && code[:len(p)] == p {
			return true
		}
	}
	return false
}
