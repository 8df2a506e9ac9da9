package coder

import (
	"strings"
	"sync"

	"notecoder/cdi/codeset"
)

// infectionSetToken is the diagnosis of a data/integral.tsv rule that stands
// for every code naming an infection (Engine.infectionSet) rather than for
// a code prefix: "Infection" NOS is less specific than each of them, and a
// list of their prefixes by hand went stale as the classification grew.
const infectionSetToken = "@infection"

// infectionWordRules is data/infection_words.tsv: the title words that
// name an infection and the words that turn one after them away.
type infectionWordRules struct {
	word, not, never map[string]bool
}

// infectionWords reads data/infection_words.tsv once.
var infectionWords = sync.OnceValue(func() *infectionWordRules {
	k := keyed("infection_words.tsv")
	r := &infectionWordRules{word: wordSet(k["word"]), not: wordSet(k["not"]), never: wordSet(k["never"])}
	return r
})

// wordSet returns the lower-cased words of a data file's rows as a set.
func wordSet(ws []string) map[string]bool {
	m := make(map[string]bool, len(ws))
	for _, w := range ws {
		m[strings.ToLower(w)] = true
	}
	return m
}

// titleInfection reads a tabular title by data/infection_words.tsv: named,
// it names an infection by a word with no "not" word before it; denied, a
// "not" word comes first or a "never" word stands in it, so the title of a
// code above it that names an infection does not make it one ("Systemic
// inflammatory response syndrome (SIRS) of non-infectious origin" below
// "... associated with systemic inflammation and infection").
func titleInfection(t string) (named, denied bool) {
	r := infectionWords()
	eachWord(strings.ToLower(t), func(w string) bool {
		switch {
		case r.never[w]:
			named, denied = false, true
			return false
		case r.not[w]:
			denied = denied || !named
		case r.word[w] && !denied:
			named = true
		}
		return true
	})
	return named, denied
}

// infectionNOS is the unspecified infection of an "@infection" rule with
// what namesInfection reads of it once: its code and the infections its
// chapter sends elsewhere by its Excludes2 notes.
type infectionNOS struct {
	nos       *codeset.Code
	elsewhere []codeRange
}

// newInfectionNOS returns the infectionNOS of code nos, or nil when the
// code set has no such code.
func (e *Engine) newInfectionNOS(nos string) *infectionNOS {
	n, ok := e.cs.Lookup(nos)
	if !ok {
		return nil
	}
	var notes []codeset.Note // the Excludes2 notes of nos's chapter
	for _, x := range n.Excludes2 {
		if strings.HasPrefix(x.From, "chapter") {
			notes = append(notes, x)
		}
	}
	return &infectionNOS{nos: n, elsewhere: compileRefs(notes)}
}

// namesInfection reports whether code names an infection of which the
// unspecified infectious disease r.nos ("Infection" NOS, B99.9) is the less
// specific reading (I.B.1: code to the highest specificity documented). It
// reads the code set, asked only for the codes beside a coded B99.9:
//   - a code of r.nos's chapter (certain infectious and parasitic
//     diseases) outside r.nos's own section, the infectious agents' (B95-B97:
//     no disease of their own) and the sequelae's;
//   - an infection classified in another chapter, whose tabular asks for
//     the agent "use additional code (B95-B97) to identify infectious
//     agent" (I.C.1.b);
//   - an infection r.nos's chapter sends elsewhere by its Excludes2 notes
//     (influenza and other acute respiratory infections J00-J22, those
//     complicating pregnancy O98, the perinatal ones P35-P39);
//   - a code whose title, or the title of a code above it, names an
//     infection (data/infection_words.tsv): an abscess, a cellulitis, an
//     infection of a device or after a procedure, an osteomyelitis.
//
// A chapter 21 code (a contact, a carrier, a history) is no disease, nor
// is a code of the Table of Drugs' categories (a vaccine's adverse effect).
func (e *Engine) namesInfection(r *infectionNOS, code string) bool {
	c, ok := e.cs.Lookup(code)
	n := r.nos
	if !ok || c.Chapter == 21 || inBlock(c.Code, codeBlocks().drugTable) {
		return false
	}
	if c.Chapter == n.Chapter {
		return c.Section != n.Section && !agentCode(c.Code) && !strings.HasPrefix(c.SectionTitle, "Sequelae")
	}
	if asksForAgent(c) || anyCovers(r.elsewhere, undot(c.Code)) {
		return true
	}
	for x := c; x != nil; x = e.cs.ParentOf(x) {
		switch named, denied := titleInfection(x.Title); {
		case named:
			return true
		case denied:
			return false
		}
	}
	return false
}

// asksForAgent reports whether c's tabular notes ask for an infectious
// agent code beside it (B95-B97): an infection classified outside
// chapter 1 that does not name its organism (I.C.1.b).
func asksForAgent(c *codeset.Code) bool {
	for _, n := range c.UseAdditional {
		for _, r := range n.Codes {
			if agentCode(r) {
				return true
			}
		}
	}
	return false
}
