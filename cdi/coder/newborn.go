package coder

import (
	"slices"
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

// newbornKids are the subterm titles under which the index files a
// condition of the newborn ("Sepsis, newborn" P36.9, "Hypoglycemia,
// neonatal" P70.4, "Enterocolitis, necrotizing, in newborn, stage 2" P77.2).
var newbornKids = [...]string{"newborn", "neonatal", "in newborn"}

// newbornSubterms recodes, in a note that is the newborn's own record
// (newborn: it says the patient was born here, names the newborn's stay,
// "day of life 3", or codes a liveborn infant Z38; and it codes
// no pregnancy or postpartum care. A birth history, "born at 39 weeks", "a
// full-term newborn", is an older child's too), a code the
// index gave without its "newborn" or "neonatal" subterm to that subterm's
// perinatal code: the adult "jaundice" R17 of a NICU note is "Jaundice,
// newborn" P59.9, its sepsis "Sepsis, newborn" P36.9 (I.C.16.a: chapter 16
// codes are for the newborn's record). The entry the Why names is read
// again below the subterm; only a chapter 16 code the subterm (or the same
// path below it) names is taken.
func (e *Engine) newbornSubterms(codes []model.Code, newborn bool) []model.Code {
	if !newborn {
		// A liveborn infant code (Z38) also makes the record the
		// newborn's. (A chapter 16 code alone does not: "HPI: 30 yo G2P1
		// at 28 weeks ..." may read one from the mother's weeks.)
		newborn = slices.ContainsFunc(codes, func(c model.Code) bool {
			return c.Assertion == model.Present && strings.HasPrefix(c.Code, "Z38")
		})
	}
	if !newborn || slices.ContainsFunc(codes, func(c model.Code) bool {
		// (A pregnancy, delivery, postpartum or contraception code,
		// O or Z30-Z3A but the liveborn Z38, makes it a mother's note
		// that may name her newborn.)
		return c.Code[0] == 'O' || strings.HasPrefix(c.Code, "Z3") && !strings.HasPrefix(c.Code, "Z38")
	}) {
		return codes
	}
	changed := false
	for i := range codes {
		c := &codes[i]
		if c.Code[0] == 'P' || c.Code[0] == 'Z' || c.Rule != RuleIndex && c.Rule != RuleUncertain {
			continue
		}
		path := whyPath(c.Why)
		if k := strings.LastIndex(path, "-> "); k >= 0 {
			path = path[k+3:]
			path = strings.TrimPrefix(path, "see also ")
			path = strings.TrimPrefix(path, "see ")
		}
		if x := e.newbornCode(path, c.Code); x != "" && x != c.Code {
			c.Why += "; the newborn's condition (" + path + ", newborn subterm " + x + "; I.C.16.a)"
			c.Code, c.Title, changed = x, e.title(x), true
		}
	}
	if changed {
		codes = dropDuplicateCodes(codes)
	}
	return codes
}

// newbornCode returns the chapter 16 code of the index path (main term >
// subterm ...) read below a "newborn" or "neonatal" subterm of the path's
// deepest entry that has one, the rest of the path resolved under it, or "".
// A rest the subterm does not list ("with pneumatosis" under "Enterocolitis,
// necrotizing, in newborn") gives the subterm's own code only where the
// adult code's Excludes1 names it (K55.3- excludes "necrotizing
// enterocolitis of newborn (P77.-)").
func (e *Engine) newbornCode(path, adult string) string {
	parts := strings.Split(path, " > ")
	nodes := make([]*node, 0, len(parts))
	for k := range parts {
		n := e.ix.entry(strings.Join(parts[:k+1], ">"))
		if n == nil {
			return ""
		}
		nodes = append(nodes, n)
	}
	for k := len(nodes) - 1; k >= 0; k-- {
		for _, t := range newbornKids {
			nb := childByTitle(nodes[k], t)
			if nb == nil {
				continue
			}
			base := nb
			for _, p := range parts[k+1:] {
				if nb == nil {
					break
				}
				if t := stripTitle(p); t != "in non-newborn" {
					// (The non-newborn's own subterm is the
					// path's way to the adult stages.)
					nb = childByTitle(nb, t)
				}
			}
			if nb == nil && strings.HasPrefix(base.code, "P") && e.excludesCode(adult, base.code) {
				nb = base
			}
			if nb != nil && strings.HasPrefix(nb.code, "P") {
				if _, ok := e.cs.Lookup(nb.code); ok {
					return nb.code
				}
			}
		}
	}
	return ""
}
