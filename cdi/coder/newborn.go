package coder

import (
	"strings"
	"sync"

	"notecoder/cdi/model"
)

// newbornRuledOutRows is data/newborn_ruled_out.tsv: code prefixes and the
// Z05 code of the kind of condition they name.
var newbornRuledOutRows = sync.OnceValue(func() [][2]string {
	var out [][2]string
	for _, f := range rows("newborn_ruled_out.tsv") {
		if len(f) == 2 {
			out = append(out, [2]string{f[0], f[1]})
		}
	}
	return out
})

// ruledOutKind returns the Z05 code of a condition code (the longest
// prefix of data/newborn_ruled_out.tsv), or "".
func ruledOutKind(code string) string {
	best, z := 0, ""
	for _, r := range newbornRuledOutRows() {
		if len(r[0]) > best && strings.HasPrefix(code, r[0]) {
			best, z = len(r[0]), r[1]
		}
	}
	return z
}

// newbornRuledOut recodes a newborn's suspected condition that the note
// later rules out (guideline I.C.16.a.5: "Observation and evaluation of
// newborns for suspected conditions not found", Z05): a possible code the
// inpatient setting codes as established ("admitted for suspected sepsis",
// P36.9) with a negated finding of the same kind after it whose title shares
// a word ("sepsis ruled out", A41.9) is the evaluation, Z05.- by the kind of
// condition (data/newborn_ruled_out.tsv). The record is the newborn's when
// the suspected code is a perinatal one (chapter 16) or the note codes a
// liveborn infant (Z38).
func (e *Engine) newbornRuledOut(codes []model.Code, findings []model.Finding) []model.Code {
	newborn := false
	for _, c := range codes {
		newborn = newborn || c.Assertion == model.Present && strings.HasPrefix(c.Code, "Z38")
	}
	for i := range codes {
		c := &codes[i]
		if c.Assertion != model.Possible || len(c.Evidence) == 0 || !newborn && !strings.HasPrefix(c.Code, "P") {
			continue
		}
		z := ruledOutKind(c.Code)
		if z == "" {
			continue
		}
		for _, n := range findings {
			if n.Assertion != model.Negated || len(n.Evidence) == 0 || n.Evidence[0].Start <= c.Evidence[0].Start || ruledOutKind(n.Code) != z || !shareTitleWord(c.Title, n.Title) {
				continue
			}
			c.Code, c.Title, c.Assertion = z, e.title(z), model.Present
			c.Why += "; the suspected condition is ruled out later in the note: observation of the newborn (Observation, newborn, suspected condition, ruled out; I.C.16.a.5)"
			break
		}
	}
	return codes
}

// shareTitleWord reports a word of five letters or more, other than the
// titles' qualifiers, in both titles ("Bacterial sepsis of newborn" and
// "Sepsis, unspecified organism" share "sepsis").
func shareTitleWord(a, b string) bool {
	words := func(t string) []string {
		return strings.FieldsFunc(strings.ToLower(t), func(r rune) bool { return !(r >= 'a' && r <= 'z') })
	}
	bw := words(b)
	for _, x := range words(a) {
		switch x {
		case "unspecified", "other", "newborn", "specified", "without", "elsewhere", "classified", "organism", "disorder", "disease":
			continue
		}
		if len(x) < 5 {
			continue
		}
		for _, y := range bw {
			if x == y {
				return true
			}
		}
	}
	return false
}
