package coder

import (
	"slices"
	"strings"
	"sync"

	"notecoder/cdi/model"
)

// examRows is data/exam_findings.tsv: pairs maps the routine examination
// code without abnormal findings to its "with abnormal findings" sibling;
// stated holds the rows marked "stated", whose examination takes its
// findings only from the note's own words, never from the conditions coded
// beside it.
type examRows struct {
	pairs  map[string]string
	stated map[string]bool
}

// examFindingRows reads data/exam_findings.tsv once.
var examFindingRows = sync.OnceValue(func() examRows {
	r := examRows{pairs: map[string]string{}, stated: map[string]bool{}}
	for _, f := range rows("exam_findings.tsv") {
		if len(f) >= 2 {
			r.pairs[f[0]] = f[1]
		}
		if len(f) == 3 && f[2] == "stated" {
			r.stated[f[0]] = true
		}
	}
	return r
})

// knownSections is data/known_sections.txt: the section kinds that carry
// what the patient already had before the visit: a condition they name is
// no finding of a routine examination (see examFindings).
var knownSections = sync.OnceValue(func() map[string]bool {
	m := map[string]bool{}
	for _, l := range lines("known_sections.txt") {
		m[strings.TrimSpace(l)] = true
	}
	return m
})

// examFindings recodes a routine examination "without abnormal findings"
// (Z00.129) to its "with abnormal findings" sibling (Z00.121) when the note
// codes a present condition of chapters 1-19 (A00-T88) that no history
// section names (I.C.21.c.13): "Well child check. Iron deficiency anemia -
// start iron" found the anemia at the visit, while "Asthma - stable" beside
// a history of asthma is a known condition managed at it. Findings give each
// mention's section.
func (e *Engine) examFindings(codes []model.Code, findings []model.Finding) []model.Code {
	ex := examFindingRows()
	pairs := ex.pairs
	exam := -1
	for i, c := range codes {
		if _, ok := pairs[c.Code]; ok && c.Assertion == model.Present {
			exam = i
			break
		}
	}
	if exam < 0 {
		return codes
	}
	if alt := pairs[codes[exam].Code]; slices.ContainsFunc(codes, func(o model.Code) bool { return o.Code == alt && o.Assertion == model.Present }) {
		// "WELL CHILD" heading the note, "1. 11 yo WCC with abnormal
		// findings" in its assessment: one examination, with the
		// findings the assessment states.
		return slices.Delete(codes, exam, exam+1)
	}
	if ex.stated[codes[exam].Code] {
		return codes
	}
	for _, c := range codes {
		if c.Assertion != model.Present || c.Code == "" || c.Code[0] < 'A' || c.Code[0] > 'T' {
			continue
		}
		if !knownCondition(c, findings) {
			alt := pairs[codes[exam].Code]
			if slices.ContainsFunc(codes, func(o model.Code) bool { return o.Code == alt }) {
				return codes
			}
			codes[exam].Code, codes[exam].Title = alt, e.title(alt)
			codes[exam].Why += "; with abnormal findings (" + c.Code + ")"
			return codes
		}
	}
	return codes
}

// knownCondition reports whether one of c's evidence spans lies in a
// mention of a history-bearing section (knownSections).
func knownCondition(c model.Code, findings []model.Finding) bool {
	known := knownSections()
	for _, ev := range c.Evidence {
		for _, f := range findings {
			if !known[f.Section] {
				continue
			}
			for _, fe := range f.Evidence {
				if fe.Start <= ev.Start && ev.End <= fe.End {
					return true
				}
			}
		}
	}
	return false
}
