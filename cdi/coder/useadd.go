package coder

import (
	"strings"

	"notecoder/cdi/codeset"
	"notecoder/cdi/model"

	"notecoder/cdi/text"
)

// associatedNamed recodes an unspecified code that another code of its
// sentence asks for by name and code in its tabular "use additional code"
// note: D70 (neutropenia) says "code for any associated: fever (R50.81)", so
// the fever of "neutropenic fever" or "neutropenia and fever" is R50.81
// (fever presenting with conditions classified elsewhere), not R50.9. Only a
// note that names one complete code of the same category as the
// unspecified code, and a word of that code's title, counts. The
// unspecified code may have been merged with mentions of other sentences
// ("presents with fever 38.9 ... ANC 200: neutropenic fever"): one of its
// spans in the sentence that links it is enough, the fever is one.
func (e *Engine) associatedNamed(sents []text.Sentence, out *SectionResult) {
	var loose []int
	for i, c := range out.Codes {
		if len(c.Code) >= 3 && e.assocCats[c.Code[:3]] && len(c.Evidence) > 0 && reportable(c) && containsFold(c.Title, "unspecified") {
			loose = append(loose, i)
		}
	}
	if len(loose) == 0 || len(out.Codes) < 2 {
		return
	}
	for xi, x := range out.Codes {
		if len(x.Evidence) == 0 || !reportable(x) {
			continue
		}
		xc, ok := e.cs.Lookup(x.Code)
		if !ok {
			continue
		}
		sx := sentenceAt(sents, x.Evidence[0].Start)
		for _, nt := range xc.UseAdditional {
			if len(nt.Codes) != 1 || len(nt.Codes[0]) < 5 {
				continue
			}
			name, _, ok := strings.Cut(nt.Text, " (")
			if !ok || strings.Contains(name, ":") {
				continue
			}
			want := nt.Codes[0]
			for _, yi := range loose {
				y := &out.Codes[yi]
				if yi == xi || y.Code == want || !strings.HasPrefix(y.Code, want[:3]) || !inSentence(sents, y.Evidence, sx) || !containsFold(y.Title, strings.ToLower(strings.TrimSpace(name))) {
					continue
				}
				if wc, ok := e.cs.Lookup(want); !ok || !wc.Billable {
					continue
				}
				old := y.Code
				y.Code, y.Title = want, e.title(want)
				y.Why += "; the use-additional note of " + x.Code + " names this code for it"
				for fi := range out.Findings {
					if f := &out.Findings[fi]; f.Code == old && len(f.Evidence) > 0 && f.Evidence[0] == y.Evidence[0] {
						f.Code, f.Title = want, y.Title
					}
				}
			}
		}
	}
}

// assocCategories returns the categories of the codes that a tabular "use
// additional code" note names alone after a condition ("fever (R50.81)"):
// associatedNamed looks further only at an unspecified code of one of them.
func assocCategories(cs *codeset.Set) map[string]bool {
	out := map[string]bool{}
	for _, c := range cs.All() {
		for _, nt := range c.UseAdditional {
			if nt.From != c.Code || len(nt.Codes) != 1 || len(nt.Codes[0]) < 5 {
				continue
			}
			if name, _, ok := strings.Cut(nt.Text, " ("); ok && !strings.Contains(name, ":") {
				out[nt.Codes[0][:3]] = true
			}
		}
	}
	return out
}

// inSentence reports whether one of the spans ev starts in sentence sx.
func inSentence(sents []text.Sentence, ev []model.Span, sx int) bool {
	for _, sp := range ev {
		if sentenceAt(sents, sp.Start) == sx {
			return true
		}
	}
	return false
}
