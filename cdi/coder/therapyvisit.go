package coder

import (
	"strings"

	"notecoder/cdi/model"
	"notecoder/cdi/text"
)

// forGap is how many tokens may stand between the "for" after a cue word and
// the treatment word it leads to ("for 7 + 3 induction chemotherapy").
const forGap = 5

// cueGap is how many tokens may stand between a cue word and its "for"
// ("admission 4 / 8 to 4 / 30 for").
const cueGap = 8

// RuleTherapyVisit names the rule of an encounter for antineoplastic
// treatment read from the visit's own words (data/therapy_visit.tsv).
const RuleTherapyVisit = "encounter:therapy"

// therapyVisit holds data/therapy_visit.tsv: the words that make a treatment
// word the reason for this encounter, and the encounter code each treatment
// word reads.
type therapyVisit struct {
	cue, not, later, block map[string]bool
	// visit maps a visit word to the word its sentence must also hold
	// ("fraction" with "today"), or "".
	visit map[string]string
	code  map[string]string // treatment word: its Encounter code
	// heading holds the treatment words that a note's title line ties to
	// the visit by itself ("HOME HOSPICE VISIT - NP", "PALLIATIVE MEDICINE
	// CONSULTATION": the note is the palliative care encounter).
	heading map[string]bool
	// codeLens screens a token before the code map is read: by a
	// treatment word's first byte, the bits of the lengths (under 64 bytes)
	// of the words that start with it. Every token of every section passes
	// here, and a string map read per token cost more than all the rest of
	// the reading (the pair, not the length and the first byte apart: with
	// the drug and regimen names, the two alone let most words through).
	codeLens [256]uint64
}

// mayTreat reports whether norm can be a treatment word of t.code, by its
// length and first byte.
func (t *therapyVisit) mayTreat(norm string) bool {
	n := len(norm)
	return n > 0 && n < 64 && t.codeLens[norm[0]]&(1<<n) != 0
}

// loadTherapyVisit reads data/therapy_visit.tsv; an index path the embedded
// index lacks panics, as the data names entries of that index.
func (e *Engine) loadTherapyVisit() therapyVisit {
	t := therapyVisit{cue: map[string]bool{}, visit: map[string]string{}, not: map[string]bool{}, later: map[string]bool{}, block: map[string]bool{}, code: map[string]string{}, heading: map[string]bool{}}
	for _, f := range rows("therapy_visit.tsv") {
		for k := 1; k < len(f) && k < 3; k++ {
			// The tokenizer's norm of a word, as the note's tokens carry it.
			if ts := text.Tokenize(f[k]); len(ts) == 1 && !(k == 2 && f[0] == "therapy") {
				f[k] = ts[0].Norm
			}
		}
		switch {
		case (len(f) == 3 || len(f) == 4 && f[3] == "heading") && f[0] == "therapy":
			if len(f) == 4 {
				t.heading[f[1]] = true
			}
			n := e.ix.entry(strings.ReplaceAll(f[2], " > ", ">"))
			if n == nil || n.code == "" {
				panic("therapy_visit.tsv: no coded index entry " + f[2])
			}
			t.code[f[1]] = n.code
			if w := f[1]; len(w) > 0 && len(w) < 64 {
				t.codeLens[w[0]] |= 1 << len(w)
			} else {
				panic("therapy_visit.tsv: treatment word of 64 bytes or more: " + w)
			}
		case len(f) == 2 && f[0] == "cue":
			t.cue[f[1]] = true
		case len(f) == 2 && f[0] == "visit":
			t.visit[f[1]] = ""
		case len(f) == 3 && f[0] == "visit":
			t.visit[f[1]] = f[2]
		case len(f) == 2 && f[0] == "not":
			t.not[f[1]] = true
		case len(f) == 2 && f[0] == "later":
			t.later[f[1]] = true
		case len(f) == 2 && f[0] == "block":
			t.block[f[1]] = true
		}
	}
	return t
}

// sentenceStop reports whether toks[k] ends a sentence or clause a reason
// for a visit does not run past.
func sentenceStop(t text.Token) bool {
	return t.Kind == text.Punct && (t.Text == "." || t.Text == ";" || t.Text == ":" || t.Text == "?" || t.Text == "!")
}

// therapyVisits adds to out the encounter for antineoplastic treatment that
// section s names as this encounter's reason (data/therapy_visit.tsv):
// guideline I.C.2.e.2 codes an admission or a visit solely for
// chemotherapy, immunotherapy or radiation therapy Z51.11, Z51.12 or Z51.0,
// which the neoplasm's index entry never gives. Only a treatment word tied
// to the visit counts; "on chemotherapy" and "after chemotherapy" say what
// the patient receives, not why this visit happens.
func (e *Engine) therapyVisits(s, kind string, toks []text.Token, out *SectionResult) {
	tv := &e.therapy
	tied := -1 // the last treatment word tied to this visit
	for i, t := range toks {
		if !tv.mayTreat(t.Norm) {
			continue
		}
		code := tv.code[t.Norm]
		if code == "" || i+1 < len(toks) && tv.not[toks[i+1].Norm] {
			continue
		}
		if !e.therapyTied(s, toks, i) && !e.therapyListed(s, toks, tied, i) && !(tv.heading[t.Norm] && titleLine(s, t)) {
			continue
		}
		tied = i
		if slicesContainsCode(out.Codes, code) {
			continue
		}
		out.Codes = append(out.Codes, model.Code{System: "ICD-10-CM", Code: code, Title: e.title(code), Assertion: model.Present,
			Section: kind, Evidence: []model.Span{{Start: t.Start, End: t.End}}, Confidence: 0.8, Rule: RuleTherapyVisit,
			Why: tv.why(code)})
	}
}

// listGap is how many tokens may stand between two treatment words of one
// list ("for carboplatin/pemetrexed (chemotherapy) + pembrolizumab
// (immunotherapy)": the drug names and their punctuation).
const listGap = 6

// therapyListed reports whether the treatment word toks[i] follows, in the
// same sentence and line and within listGap tokens, the treatment word
// toks[prev] already tied to this visit, with no word of another time or
// cause between them: the second treatment of one visit's list ("here for
// chemotherapy plus immunotherapy") is this visit's too, though its "for" is
// further off than forGap.
func (e *Engine) therapyListed(s string, toks []text.Token, prev, i int) bool {
	if prev < 0 || i-prev > listGap || lineBreakIn(s, toks, prev, i+1) != 0 {
		return false
	}
	for k := prev + 1; k < i; k++ {
		if sentenceStop(toks[k]) || e.therapy.block[toks[k].Norm] || e.therapy.later[toks[k].Norm] {
			return false
		}
	}
	return true
}

// slicesContainsCode reports whether codes holds code.
func slicesContainsCode(codes []model.Code, code string) bool {
	for _, c := range codes {
		if c.Code == code {
			return true
		}
	}
	return false
}

// therapyTied reports whether the treatment word toks[i] is the reason for
// this encounter: a visit word right after it or right before it (one
// punctuation token between at most), or a cue word, then "for", then it,
// in one sentence and line, no word of another time or cause between the
// "for" and it ("admitted for surgery for gastric cancer after neoadjuvant
// chemotherapy"); and no word of time to come in its sentence.
func (e *Engine) therapyTied(s string, toks []text.Token, i int) bool {
	tv := &e.therapy
	lo, hi := i, i // the sentence's tokens on this line
	for lo > 0 && !sentenceStop(toks[lo-1]) && lineBreakIn(s, toks, lo-1, lo+1) == 0 {
		lo--
	}
	for hi+1 < len(toks) && !sentenceStop(toks[hi+1]) && lineBreakIn(s, toks, hi, hi+2) == 0 {
		hi++
	}
	for k := lo; k <= hi; k++ {
		if tv.later[toks[k].Norm] {
			return false
		}
	}
	near := func(k int) bool {
		if k < lo || k > hi {
			return false
		}
		with, ok := tv.visit[toks[k].Norm]
		if !ok || with == "" {
			return ok
		}
		for j := lo; j <= hi; j++ {
			if toks[j].Norm == with {
				return true
			}
		}
		return false
	}
	if near(i+1) || near(i-1) || i+2 <= hi && toks[i+1].Kind == text.Punct && near(i+2) || i-2 >= lo && toks[i-1].Kind == text.Punct && near(i-2) {
		return true
	}
	for f := i - 1; f >= lo && f >= i-1-forGap; f-- {
		if tv.block[toks[f].Norm] {
			return false
		}
		if toks[f].Norm != "for" {
			continue
		}
		for c := f - 1; c >= lo && c >= f-1-cueGap; c-- {
			if tv.cue[toks[c].Norm] {
				return true
			}
		}
		return false
	}
	return false
}

// dropTherapyWithoutNeoplasm removes the encounters for antineoplastic
// treatment (titles "Encounter for antineoplastic ...", Z51.0-Z51.12) when
// the note codes no neoplasm (C00-D49), whether therapyVisits read them or
// the index did ("encounter for chemotherapy", its "neoplasm" optional in
// data/optional_words.tsv): the index's entries are "chemotherapy for
// neoplasm", and chemotherapy for another disease (methotrexate for
// rheumatoid arthritis) is coded by that disease.
func dropTherapyWithoutNeoplasm(codes []model.Code) []model.Code {
	for _, c := range codes {
		if c.Assertion == model.Present && len(c.Code) >= 3 && (c.Code[0] == 'C' || c.Code[0] == 'D' && c.Code[1] <= '4') {
			return codes
		}
	}
	return dropWhere(codes, func(c *model.Code) bool {
		// Only the antineoplastic encounters: the palliative care one the
		// same rule reads (Z51.5) needs no neoplasm.
		return (c.Rule == RuleTherapyVisit || strings.HasPrefix(c.Code, "Z51")) && strings.Contains(c.Title, "antineoplastic")
	})
}

// titleLine reports whether t stands on a line of s with no lower-case
// letter and no sentence stop after it: a note's or section's title ("HOME
// HOSPICE VISIT - RN/NP", "INPATIENT HOSPICE UNIT ADMISSION"), which names
// the encounter, not a plan's "home hospice referral".
func titleLine(s string, t text.Token) bool {
	lo := strings.LastIndexByte(s[:t.Start], '\n') + 1
	hi := strings.IndexByte(s[t.End:], '\n')
	if hi < 0 {
		hi = len(s)
	} else {
		hi += t.End
	}
	for k := lo; k < hi; k++ {
		if c := s[k]; c >= 'a' && c <= 'z' || c == '.' || c == ';' || c == ':' {
			return false
		}
	}
	return true
}

// why explains an encounter code of therapyVisits: the antineoplastic
// treatments by guideline I.C.2.e.2, the palliative care one by its index
// entry.
func (t *therapyVisit) why(code string) string {
	if code == "Z51.5" {
		return "encounter for palliative care named as the visit's reason: Palliative care"
	}
	return "encounter for the antineoplastic treatment named as the visit's reason: Encounter (for) (guideline I.C.2.e.2)"
}
