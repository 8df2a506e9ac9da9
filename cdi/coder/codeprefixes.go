package coder

import (
	"strings"
	"sync"

	"notecoder/cdi/text"
)

// agentRules is data/agent_cause.tsv: the code prefixes of the infectious
// agents as the cause of diseases classified elsewhere (B95-B97), of the
// bacteria among them, and of the bacterium NOS code's category.
type agentRules struct {
	agent, bacterial []string
	// asks are the code prefixes of conditions coded with their agent
	// though their tabular has no use-additional note (gastritis and
	// peptic ulcer with H. pylori: K29.70 + B96.81, as US coders do).
	asks         []string
	bacterialNEC string
	// anySite maps a main term (lower case) to its subterm for a bacterial
	// cause at any site of it ("endocarditis" -> "bacterial", the index's
	// "bacterial (any valve)"), which a named bacterium selects over the
	// site's own entry.
	anySite map[string]string
	// tested and testedAfter are phrases (normalised words) right before
	// and right after an agent's name that make it a test still to do or
	// to follow ("f/u H pylori", "H pylori pending"): no confirmed cause.
	tested, testedAfter [][]string
}

// agentCause reads data/agent_cause.tsv once.
var agentCause = sync.OnceValue(func() *agentRules {
	k := keyed("agent_cause.tsv")
	r := &agentRules{agent: k["agent"], bacterial: k["bacterial"], asks: k["asks"], anySite: map[string]string{}}
	for _, v := range k["anysite"] {
		if m, sub, ok := strings.Cut(v, " > "); ok {
			r.anySite[m] = sub
		}
	}
	for _, v := range k["tested"] {
		r.tested = append(r.tested, tokenNorms(v))
	}
	for _, v := range k["testedafter"] {
		r.testedAfter = append(r.testedAfter, tokenNorms(v))
	}
	if n := k["bacterialnec"]; len(n) > 0 {
		r.bacterialNEC = n[len(n)-1]
	}
	return r
})

// tokenNorms returns the token norms of a data row's phrase, punctuation
// included, so that "f/u" matches the tokens "f", "/", "u" of a note.
func tokenNorms(s string) []string {
	var out []string
	for _, t := range text.AppendTokens(nil, s, 0) {
		out = append(out, t.Norm)
	}
	return out
}

// siteDxRules is data/site_diagnosis.tsv: the code prefixes of the
// definitive diagnoses at a site that account for a pain there, and of the
// signs and pains among them that do not.
type siteDxRules struct {
	dx, not []string
}

// siteDiagnosis reads data/site_diagnosis.tsv once.
var siteDiagnosis = sync.OnceValue(func() *siteDxRules {
	k := keyed("site_diagnosis.tsv")
	return &siteDxRules{dx: k["dx"], not: k["not"]}
})

// blockRules is data/code_blocks.tsv: the categories and blocks the rules
// name by their place in the tabular.
type blockRules struct {
	status, drugTable, adverse [2]string   // category ranges, lo and hi included
	adverseChar                byte        // the adverse effect's sixth character
	regionless, therapy        []string    // code prefixes
	cause                      [][2]string // category ranges an external cause code goes with
	causeless                  []string    // code prefixes within them that take none of the mechanisms
	susceptible                []string    // code prefixes whose reading names a disease the patient may get (dropSusceptible)
	noCause                    []string    // code prefixes whose note takes no chapter 20 code (suspected abuse)
	noActivity                 []string    // code prefixes that take no activity code (adverse effects, I.C.20.c)
}

// codeBlocks reads data/code_blocks.tsv once.
var codeBlocks = sync.OnceValue(func() *blockRules {
	r := &blockRules{}
	k := keyedRows("code_blocks.tsv")
	for _, f := range k["status"] {
		if len(f) == 2 {
			r.status = [2]string{f[0], f[1]}
		}
	}
	for _, f := range k["drugtable"] {
		if len(f) == 2 {
			r.drugTable = [2]string{f[0], f[1]}
		}
	}
	for _, f := range k["adverse"] {
		if len(f) == 3 && len(f[2]) == 1 {
			r.adverse, r.adverseChar = [2]string{f[0], f[1]}, f[2][0]
		}
	}
	for _, f := range k["cause"] {
		if len(f) == 2 {
			r.cause = append(r.cause, [2]string{f[0], f[1]})
		}
	}
	r.regionless, r.therapy, r.causeless = column(k["regionless"]), column(k["therapy"]), column(k["causeless"])
	r.susceptible = column(k["susceptible"])
	r.noCause = column(k["nocause"])
	r.noActivity = column(k["noactivity"])
	return r
})

// inBlock reports whether code's category (first three characters) is in
// the range b, lo and hi included.
func inBlock(code string, b [2]string) bool {
	return len(code) >= 3 && b[0] != "" && code[:3] >= b[0] && code[:3] <= b[1]
}

// catGate holds the 3-character categories of a list of code prefixes, so a
// rule that runs for every code of a section (pairOf, contactCodeOf) tests
// its prefixes only for a code of one of their categories: most codes are
// of none, and a map look-up costs less than a dozen prefix tests. A
// prefix shorter than a category lets every code through.
type catGate struct {
	cats map[string]bool
	all  bool
}

// add records a prefix of the list.
func (g *catGate) add(prefix string) {
	if len(prefix) < 3 {
		g.all = true
		return
	}
	if g.cats == nil {
		g.cats = map[string]bool{}
	}
	g.cats[prefix[:3]] = true
}

// may reports whether code can start with one of the list's prefixes.
func (g *catGate) may(code string) bool {
	return g.all || len(code) >= 3 && g.cats[code[:3]]
}
