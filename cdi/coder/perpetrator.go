package coder

import (
	"strings"
	"sync"
)

// RulePerpetrator marks a perpetrator code (Y07) read beside a confirmed abuse.
const RulePerpetrator = "perpetrator"

// perpWords is data/perpetrator.tsv: the words that lead to a perpetrator,
// those that may stand between, and the perpetrators with their codes.
type perpWords struct {
	lead [][]string
	det  map[string]bool
	who  [][]string
	code []string
}

// perpetratorWords reads data/perpetrator.tsv once.
var perpetratorWords = sync.OnceValue(func() *perpWords {
	r := &perpWords{det: map[string]bool{}}
	for _, f := range rows("perpetrator.tsv") {
		switch {
		case f[0] == "lead" && len(f) >= 2:
			r.lead = append(r.lead, locWords(f[1]))
		case f[0] == "det" && len(f) >= 2:
			r.det[f[1]] = true
		case f[0] == "who" && len(f) >= 3:
			r.who = append(r.who, locWords(f[1]))
			r.code = append(r.code, f[2])
		default:
			panic("perpetrator.tsv: bad row " + strings.Join(f, "\t"))
		}
	}
	return r
})

// confirmedAbuse reports a confirmed abuse, neglect or maltreatment code
// (T74.-), the codes a perpetrator code goes with (I.C.19.f).
func confirmedAbuse(code string) bool { return strings.HasPrefix(code, "T74.") }

// perpetrators adds the perpetrator code (Y07) to a section that codes a
// present confirmed abuse (T74) and names who did it ("physical abuse of an
// 82-year-old by her son": Perpetrator, son, Y07.44). Guideline I.C.19.f
// adds it when the perpetrator is known; suspected abuse (T76) takes none,
// which externalCauses enforces note-wide. Sections without a T74 code or
// without a lead word are not read.
func (e *Engine) perpetrators(s string, out *SectionResult) {
	ai := presentAnchor(out.Codes, confirmedAbuse)
	if ai < 0 || !containsFold(s, "by") && !containsFold(s, "hands of") {
		return
	}
	r := perpetratorWords()
	words := locWords(s)
	code := ""
	for i := 0; i < len(words) && code == ""; i++ {
		k := -1
		for _, l := range r.lead {
			if locPhraseAt(words, i, l) {
				k = i + len(l)
				break
			}
		}
		if k < 0 {
			continue
		}
		for n := 0; n < 2 && k < len(words) && r.det[strings.TrimRight(words[k], ".")]; n++ {
			k++
		}
		best := 0
		for j, ph := range r.who {
			if len(ph) > best && locPhraseAt(words, k, ph) {
				best, code = len(ph), r.code[j]
			}
		}
	}
	if code == "" {
		return
	}
	t := e.title(code)
	if t == "" {
		return
	}
	a := out.Codes[ai]
	out.addBeside(a, code, t, RulePerpetrator, "perpetrator of the confirmed abuse the section names (Y07, guideline I.C.19.f)")
}
