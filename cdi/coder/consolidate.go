package coder

import (
	"sort"
	"strings"

	"notecoder/cdi/model"
)

// consolidate implements Consolidate (without prompts).
func (e *Engine) consolidate(parts []Part, ctx model.Context) model.Result {
	var codes []model.Code
	var findings []model.Finding
	for _, p := range parts {
		for _, f := range p.Res.Findings {
			f.Evidence = shiftSpans(f.Evidence, p.Offset)
			f.Scope = f.Scope.Shift(p.Offset)
			findings = append(findings, f)
		}
		for _, c := range p.Res.Codes {
			c.Evidence = shiftSpans(c.Evidence, p.Offset)
			codes = append(codes, c)
		}
	}
	codes = mergeCodes(codes)
	codes = e.applyCombos(codes)
	codes = dropLessSpecific(e, codes)
	codes = e.dropUnspecifiedNeoplasm(codes)
	codes = e.dropIntegral(codes)
	codes = e.excludes1(codes)
	e.pairUseAdditional(codes)
	sort.SliceStable(codes, func(i, j int) bool { return codes[i].Evidence[0].Start < codes[j].Evidence[0].Start })
	if codes == nil {
		codes = []model.Code{}
	}
	return model.Result{Codes: codes, Findings: findings}
}

func shiftSpans(s []model.Span, d int) []model.Span {
	out := make([]model.Span, len(s))
	for i, x := range s {
		out[i] = x.Shift(d)
	}
	return out
}

// reportable reports whether a code takes part in combination rules: only
// current conditions (present or, inpatient, possible) combine.
func reportable(c model.Code) bool {
	return c.Assertion == model.Present || c.Assertion == model.Possible || c.Assertion == model.Historical && !strings.HasPrefix(c.Code, "Z")
}

// applyCombos replaces codes by the combination code the guidelines require
// when both conditions are documented anywhere in the note.
func (e *Engine) applyCombos(codes []model.Code) []model.Code {
	for round := 0; round < 6; round++ {
		changed := false
		for _, r := range e.combos {
			ri, pi := -1, -1
			for i, c := range codes {
				if !reportable(c) {
					continue
				}
				if ri < 0 && matchPat(r.replace, c.Code) {
					ri = i
				} else if pi < 0 && matchPat(r.partner, c.Code) {
					pi = i
				}
			}
			if ri < 0 || pi < 0 {
				continue
			}
			if _, ok := e.cs.Lookup(r.result); !ok {
				continue
			}
			old := codes[ri]
			nc := old
			nc.Code = r.result
			nc.Title = e.title(r.result)
			nc.Evidence = mergeSpans(old.Evidence, codes[pi].Evidence)
			nc.Rule = RuleCombination + r.rule
			nc.Why = "combination code: " + old.Code + " with " + codes[pi].Code + " (" + r.rule + ", 'with' convention)"
			codes[ri] = nc
			changed = true
		}
		codes = mergeCodes(codes)
		if !changed {
			break
		}
	}
	return codes
}

// dropLessSpecific removes a code when the note also has a more specific
// code for the same condition: an ancestor of another code, or the
// "unspecified" / "without complications" code of a category that has a
// specified code.
func dropLessSpecific(e *Engine, codes []model.Code) []model.Code {
	out := codes[:0:0]
	keys := undotAll(codes)
	for i, c := range codes {
		drop := false
		k := keys[i]
		for j, o := range codes {
			if i == j || o.Assertion != c.Assertion {
				continue
			}
			ok := keys[j]
			if len(ok) > len(k) && strings.HasPrefix(ok, k) {
				drop = true
				break
			}
			if len(k) >= 3 && len(ok) >= 3 && k[:3] == ok[:3] && k != ok && strings.Contains(strings.ToLower(c.Title), "without complication") && !unspecifiedTitle(o.Title) && !strings.HasPrefix(c.Code, "Z") {
				drop = true
				break
			}
		}
		if !drop {
			out = append(out, c)
		}
	}
	return out
}

func unspecifiedTitle(t string) bool {
	t = strings.ToLower(t)
	return strings.Contains(t, "unspecified") || strings.Contains(t, "without complication")
}

// dropIntegral removes symptom codes integral to a coded definitive
// diagnosis (guidelines I.B.4-5): a symptom read inside a diagnosis's
// evidence, or one that data/integral.tsv links to a coded diagnosis.
func (e *Engine) dropIntegral(codes []model.Code) []model.Code {
	out := codes[:0:0]
	for i, c := range codes {
		if !isSymptom(c.Code) || c.Assertion == model.Family {
			out = append(out, c)
			continue
		}
		drop := false
		for j, o := range codes {
			if i == j || isSymptom(o.Code) || strings.HasPrefix(o.Code, "Z") || !reportable(o) {
				continue
			}
			if inside(c.Evidence, o.Evidence) {
				drop = true
				break
			}
			for _, r := range e.integral {
				if !strings.HasPrefix(c.Code, r.symptom) {
					continue
				}
				for _, d := range r.dx {
					if strings.HasPrefix(o.Code, d) {
						drop = true
						break
					}
				}
			}
			if drop {
				break
			}
		}
		if !drop {
			out = append(out, c)
		}
	}
	return out
}

// inside reports whether every span of a lies within some span of b.
func inside(a, b []model.Span) bool {
	for _, x := range a {
		ok := false
		for _, y := range b {
			if x.Start >= y.Start && x.End <= y.End {
				ok = true
				break
			}
		}
		if !ok {
			return false
		}
	}
	return len(a) > 0
}

// excludes1 resolves Excludes1 conflicts: two codes that the tabular says are
// never reported together. The more specific one is kept (a diagnosis over a
// symptom, then the longer code, then
// not "unspecified", then the earlier one) and the conflict is reported in its
// Why.
func (e *Engine) excludes1(codes []model.Code) []model.Code {
	dropped := make([]bool, len(codes))
	keys := undotAll(codes)
	for i := range codes {
		if dropped[i] {
			continue
		}
		ci, ok := e.cs.Lookup(codes[i].Code)
		if !ok || len(ci.Excludes1) == 0 {
			continue
		}
		x1 := e.noteRefs(ci, 'x')
		for j := range codes {
			if i == j || dropped[j] || dropped[i] {
				continue
			}
			if !anyCovers(x1, keys[j]) {
				continue
			}
			keep, lose := i, j
			if moreSpecific(codes[j], codes[i]) {
				keep, lose = j, i
			}
			dropped[lose] = true
			codes[keep].Why += "; Excludes1 conflict with " + codes[lose].Code + " (" + codes[lose].Title + "): kept the more specific code"
		}
	}
	out := codes[:0:0]
	for i, c := range codes {
		if !dropped[i] {
			out = append(out, c)
		}
	}
	return out
}

func moreSpecific(a, b model.Code) bool {
	// A definitive diagnosis outranks a symptom code: the Excludes1 notes of
	// symptoms name diagnoses by category ranges ("coma: diabetic
	// (E08-E13 with .01 ...)") broader than the codes they mean.
	if sa, sb := isSymptom(a.Code), isSymptom(b.Code); sa != sb {
		return sb
	}
	// A status or encounter code (Z33.1 pregnant state) gives way to the
	// condition it excludes (an O-code complication).
	if za, zb := a.Code[0] == 'Z', b.Code[0] == 'Z'; za != zb {
		return zb
	}
	// Then a code that names its condition over an "unspecified" one
	// (B20 over D84.9 "Immunodeficiency, unspecified"): a short complete
	// category is not less specific than a long unspecified code.
	ua, ub := unspecifiedTitle(a.Title), unspecifiedTitle(b.Title)
	if ua != ub {
		return !ua
	}
	la, lb := len(undot(a.Code)), len(undot(b.Code))
	if la != lb {
		return la > lb
	}
	return false
}

// pairUseAdditional notes in Why when a code is the "use additional code" of
// another code in the note, so the pair is visible in audit.
func (e *Engine) pairUseAdditional(codes []model.Code) {
	var keys []string
	for i := range codes {
		ci, ok := e.cs.Lookup(codes[i].Code)
		if !ok || len(ci.UseAdditional) == 0 {
			continue
		}
		if keys == nil {
			keys = undotAll(codes)
		}
		ua := e.noteRefs(ci, 'u')
		for j := range codes {
			if i != j && anyCovers(ua, keys[j]) {
				codes[j].Why += "; use additional code with " + codes[i].Code
			}
		}
	}
}

// neoBehaviour classifies a neoplasm code by the column of the Table of
// Neoplasms it belongs to: 'm' malignant primary, 's' secondary, 'i' in situ,
// 'b' benign, 'u' uncertain, 'n' unspecified behaviour, 0 not a neoplasm.
func neoBehaviour(code string) byte {
	if len(code) < 3 {
		return 0
	}
	c3 := code[:3]
	switch {
	case c3 >= "C00" && c3 <= "C76", c3 >= "C80" && c3 <= "C96":
		return 'm'
	case c3 >= "C77" && c3 <= "C79":
		return 's'
	case c3 >= "D00" && c3 <= "D09":
		return 'i'
	case c3 >= "D10" && c3 <= "D36":
		return 'b'
	case c3 >= "D37" && c3 <= "D48":
		return 'u'
	case c3 == "D49":
		return 'n'
	}
	return 0
}

// dropUnspecifiedNeoplasm removes the unspecified-site neoplasm codes (the
// cells of the table's first row: C80.1, C79.9, D09.9, D36.9, D48.9, D49.9)
// when the note codes the neoplasm at a site: "the tumor", "a carcinoma"
// elsewhere in the note name the same neoplasm less precisely. A code of
// unspecified behaviour gives way to any site-specific neoplasm code; the
// others give way to one of their own behaviour.
func (e *Engine) dropUnspecifiedNeoplasm(codes []model.Code) []model.Code {
	if e.ix.neo == nil || len(codes) < 2 {
		return codes
	}
	unspec := func(c string) bool {
		for _, x := range e.ix.neo.cells {
			if x != "" && strings.TrimRight(x, ".-") == c {
				return true
			}
		}
		return false
	}
	out := codes[:0:0]
	for i, c := range codes {
		b := neoBehaviour(c.Code)
		drop := false
		if b == 'n' && !unspec(c.Code) {
			// "tumor" at a site (D49.x, behaviour not documented) in a
			// note that documents a neoplasm's behaviour elsewhere
			// ("renal cell carcinoma ... the tumor contacted the
			// capsule") is that neoplasm named loosely.
			for j, o := range codes {
				if i != j && reportable(o) {
					if ob := neoBehaviour(o.Code); ob != 0 && ob != 'n' {
						drop = true
						break
					}
				}
			}
		}
		if b != 0 && unspec(c.Code) {
			for j, o := range codes {
				if i == j || !reportable(o) || unspec(o.Code) {
					continue
				}
				if ob := neoBehaviour(o.Code); ob != 0 && (b == 'n' || ob == b) {
					drop = true
					break
				}
			}
		}
		if !drop {
			out = append(out, c)
		}
	}
	return out
}

// undotAll returns the undotted form of every code, computed once for the
// pairwise note-level rules.
func undotAll(codes []model.Code) []string {
	out := make([]string, len(codes))
	for i, c := range codes {
		out[i] = undot(c.Code)
	}
	return out
}
