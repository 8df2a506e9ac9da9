package coder

import (
	"slices"
	"strconv"
	"strings"

	"notecoder/cdi/codeset"
)

// The Table of Drugs and Chemicals gives, for each substance, one code per
// circumstance: poisoning (accidental, intentional self-harm, assault,
// undetermined), adverse effect of a drug properly taken, and underdosing
// (guideline I.C.19.e). A substance named next to a word that says which
// circumstance it was (data/drug_intent.tsv) is coded from its row; a drug
// named alone (a medication list) is not.

// Table of Drugs columns, in the order of the table.
const (
	drugAccidental = iota
	drugSelfHarm
	drugAssault
	drugUndetermined
	drugAdverse
	drugUnderdosing
	drugColumns
)

// drugRow is one substance of the table: the words of its name and its node
// (title and one code per column, as the neoplasm table's rows).
type drugRow struct {
	words []wid
	n     *node
	// allergy is the allergy status of the substance's class
	// (data/allergy_status.tsv), nil when its class has none.
	allergy *node
	// med is the subrow of a chemical row (no adverse-effect column) that
	// is the substance taken as a medicine ("Lithium > salts (carbonate)"
	// T43.59-; data/drug_intent.tsv "medicine" rows), nil when it has
	// none.
	med *node
	// deeper: the subrows below a row named by a table entry and its
	// first subrow ("Carbon monoxide > fuel > gas (piped)"), which a note
	// names apart from the substance ("carbon monoxide from a natural gas
	// furnace"); read by deeperRow.
	deeper []drugSub
	// excess: the substance has no toxicity at a correctly prescribed
	// dose (data/drug_intent.tsv "excess" rows), so its toxicity is a
	// poisoning, not an adverse effect (I.C.19.e.5.a-b).
	excess bool
}

// drugSub is a subrow below a drugRow: the words of its title, its node and
// its own subrows. The table files the source or form of a substance under
// it, as the index files subterms, so the words of the note choose the
// deepest row they all agree with.
type drugSub struct {
	words []wid
	n     *node
	kids  []drugSub
}

// drugTable is the Table of Drugs by the first word of each substance name,
// with the circumstance words of data/drug_intent.tsv.
type drugTable struct {
	byFirst map[wid][]drugRow
	intent  map[wid]drugCue // word -> the column it says and where it stands
	// modifier words that move a poisoning to another column ("suicide
	// attempt": self-harm) -> that column
	poisonBy map[wid]int
	// allergy words ("allergic to", "penicillin allergy")
	allergy map[wid]bool
	// statusOnly: substances outside the Table of Drugs whose allergy
	// status the index gives (data/allergy_status.tsv "substance" rows:
	// "food allergy" Z91.018), by their first word; only allergyCands
	// reads them
	statusOnly map[wid][]drugRow
	// medicine: circumstance words said only of a medicine ("overdose");
	// with them, as with an adverse effect or underdosing, a chemical row
	// is read as its medicinal subrow (drugRow.med)
	medicine map[wid]bool
	// purpose: words that say whether the patient meant an underdosing
	// (data/drug_intent.tsv "purpose" rows) -> the index entry of that
	// intent ("Underdosing, intentional NEC" Z91.128); purposeNot: the
	// words right before one that turn it round ("not deliberate").
	purpose    map[wid][2]*node
	purposeNot map[wid]bool
	// route: words of the way a drug is given (data/drug_intent.tsv
	// "route" rows) that may stand between a cause word and the drug
	// ("hypokalemia from IV furosemide") without breaking the link.
	route map[wid]bool
	// pattern: words that, right after a drug, make it the name of an
	// organism's resistance pattern ("methicillin-susceptible Staph
	// aureus", data/drug_intent.tsv "pattern" rows): no drug was taken.
	pattern map[wid]bool
	// toxic: adverse-effect words that name a toxic level of the
	// substance ("toxicity"; data/drug_intent.tsv "toxic" rows), read as
	// a poisoning for an excess substance (drugRow.excess).
	toxic map[wid]bool
}

// drugCue is a circumstance word of data/drug_intent.tsv: the column it
// names and where it must stand against the substance.
type drugCue struct {
	col   int
	where byte // 'n' near (either side), 'a' right after, 'h' right after with a hyphen, 'b' right before
}

// drugReach is how many content words apart a substance and its
// circumstance word may be ("acetaminophen overdose", "adverse reaction to
// the lisinopril", "toxicity from his digoxin").
const drugReach = 4

// loadDrugs compiles the code set's Table of Drugs against the lexicon.
// Substances whose names are longer than three words, or carry digits,
// commas or brackets (chemical names a note does not write that way), are
// left out.
func (e *Engine) loadDrugs() drugTable {
	dt := drugTable{byFirst: map[wid][]drugRow{}, intent: map[wid]drugCue{}, poisonBy: map[wid]int{}, allergy: map[wid]bool{}, medicine: map[wid]bool{}, statusOnly: map[wid][]drugRow{}, purpose: map[wid][2]*node{}, purposeNot: map[wid]bool{}, route: map[wid]bool{}, pattern: map[wid]bool{}, toxic: map[wid]bool{}}
	skip := map[string]bool{}
	medRow := map[string]bool{} // first words of the subrows that are a chemical taken as a medicine
	excess := map[string]bool{} // table rows whose toxicity is a poisoning
	alias := map[string][]string{}
	for _, f := range rows("drug_names.tsv") {
		// A brand name is another name of its generic's table row
		// ("Tylenol overdose" is acetaminophen's, T39.1X1A).
		if len(f) == 2 {
			k := strings.ToLower(strings.TrimSpace(f[1]))
			alias[k] = append(alias[k], strings.TrimSpace(f[0]))
		}
	}
	for _, f := range rows("drug_intent.tsv") {
		if len(f) == 3 && strings.TrimSpace(f[0]) == "alias" {
			k := strings.ToLower(strings.TrimSpace(f[2]))
			alias[k] = append(alias[k], strings.TrimSpace(f[1]))
			continue
		}
		if len(f) == 2 && strings.TrimSpace(f[0]) == "skip" {
			skip[strings.ToLower(strings.TrimSpace(f[1]))] = true
			continue
		}
		if len(f) == 2 && strings.TrimSpace(f[0]) == "allergy" {
			dt.allergy[e.lx.v.add(normOne(f[1]))] = true
			continue
		}
		if len(f) == 2 && strings.TrimSpace(f[0]) == "pattern" {
			dt.pattern[e.lx.v.add(normOne(f[1]))] = true
			continue
		}
		if len(f) == 2 && strings.TrimSpace(f[0]) == "medicine" {
			medRow[strings.ToLower(strings.TrimSpace(f[1]))] = true
			continue
		}
		if len(f) == 2 && strings.TrimSpace(f[0]) == "drug" {
			dt.medicine[e.lx.v.add(normOne(f[1]))] = true
			continue
		}
		if len(f) == 2 && strings.TrimSpace(f[0]) == "excess" {
			excess[strings.ToLower(strings.TrimSpace(f[1]))] = true
			continue
		}
		if len(f) == 2 && strings.TrimSpace(f[0]) == "toxic" {
			dt.toxic[e.lx.v.add(normOne(f[1]))] = true
			continue
		}
		if len(f) == 2 && strings.TrimSpace(f[0]) == "route" {
			dt.route[e.lx.v.add(normOne(f[1]))] = true
			continue
		}
		if len(f) == 2 && strings.TrimSpace(f[0]) == "purposenot" {
			dt.purposeNot[e.lx.v.add(normOne(f[1]))] = true
			continue
		}
		if len(f) == 4 && strings.TrimSpace(f[0]) == "purpose" {
			// word, the entry it names and the entry negated.
			// A negated entry "-" says nothing ("not cost related").
			said, turned := e.ix.entry(strings.TrimSpace(f[2])), (*node)(nil)
			if strings.TrimSpace(f[3]) != "-" {
				turned = e.ix.entry(strings.TrimSpace(f[3]))
				if turned == nil || turned.code == "" {
					panic("coder: data/drug_intent.tsv: purpose row names no coded index entry: " + strings.Join(f, "\t"))
				}
			}
			if said == nil || said.code == "" {
				panic("coder: data/drug_intent.tsv: purpose row names no coded index entry: " + strings.Join(f, "\t"))
			}
			dt.purpose[e.lx.v.add(normOne(f[1]))] = [2]*node{said, turned}
			continue
		}
		if len(f) < 3 {
			continue
		}
		col, err := strconv.Atoi(strings.TrimSpace(f[2]))
		if err != nil || col < 0 || col >= drugColumns {
			continue
		}
		w := e.lx.v.add(normOne(f[1]))
		switch strings.TrimSpace(f[0]) {
		case "intent":
			c := drugCue{col: col, where: 'n'}
			if len(f) > 3 {
				switch strings.TrimSpace(f[3]) {
				case "after":
					c.where = 'a'
				case "hyphen":
					c.where = 'h'
				case "before":
					c.where = 'b'
				case "stated":
					c.where = 's'
				}
			}
			dt.intent[w] = c
		case "by":
			dt.poisonBy[w] = col
		}
	}
	tbl := e.cs.DrugTable()
	if tbl == nil {
		return dt
	}
	status := e.loadAllergyStatus()
	for _, f := range rows("allergy_status.tsv") {
		if len(f) != 3 || f[0] != "substance" {
			continue
		}
		ws := e.lx.ids(f[1])
		if _, ok := e.cs.Lookup(f[2]); !ok || len(ws) == 0 {
			continue
		}
		n := &node{title: "allergy status of " + f[1] + " (History, personal, allergy)", lt: f[1], code: f[2]}
		dt.statusOnly[ws[0]] = append(dt.statusOnly[ws[0]], drugRow{words: ws, n: n, allergy: n})
	}
	var rows []*codeset.Term
	var names []string
	for _, t := range tbl.Terms {
		rows, names = append(rows, t), append(names, t.Title)
		if strings.ContainsAny(t.Title, "0123456789,()[]/") {
			continue
		}
		for _, c := range t.Children {
			// "Carbon > monoxide (from incomplete combustion)": the
			// substance is named by the row and its first subrow together
			// ("carbon monoxide poisoning", T58.9-).
			if sub := stripTitle(stripParens(c.Title)); sub != "" {
				rows, names = append(rows, c), append(names, t.Title+" "+sub)
			}
		}
	}
	for i, t := range rows {
		name := names[i]
		if len(t.Cells) != drugColumns || strings.ContainsAny(name, "0123456789,()[]/") || skip[strings.ToLower(name)] {
			continue
		}
		ws := e.lx.ids(name)
		aliases := alias[strings.ToLower(name)]
		if len(ws) == 0 || len(ws) > 3 {
			if len(aliases) == 0 {
				continue
			}
			// A class subrow too long for a note to write ("selective
			// serotonin reuptake inhibitor") is still found by the
			// drug names aliased to it ("sertraline").
			ws = nil
		}
		n := &node{title: "Table of Drugs and Chemicals > " + name, lt: stripTitle(name), cells: t.Cells}
		row := drugRow{words: ws, n: n, excess: excess[strings.ToLower(name)]}
		if t.Level > 0 {
			row.deeper = e.drugSubs(t.Children, n)
		}
		if t.Cells[drugAdverse] == "" {
			for _, c := range t.Children {
				first, _, _ := strings.Cut(strings.ToLower(stripTitle(stripParens(c.Title))), " ")
				if medRow[first] && len(c.Cells) == drugColumns && c.Cells[drugAdverse] != "" {
					row.med = &node{title: n.title + " > " + c.Title, lt: n.lt, cells: c.Cells}
					break
				}
			}
		}
		if z := allergyStatus(status, t.Cells[drugAdverse]); z != "" {
			row.allergy = &node{title: "allergy status by the class of " + n.title + " (" + t.Cells[drugAdverse] + ")", lt: n.lt, code: z}
		}
		if len(ws) > 0 {
			dt.byFirst[ws[0]] = append(dt.byFirst[ws[0]], row)
		}
		for _, a := range aliases {
			// A name notes give the row that the table does not
			// ("chemotherapy" for "Antineoplastic NEC").
			if as := e.lx.ids(a); len(as) > 0 {
				r := row
				r.words = as
				dt.byFirst[as[0]] = append(dt.byFirst[as[0]], r)
			}
		}
	}
	return dt
}

// drugSubs compiles the subrows kids of the row up (its first essential
// words and their cells) for deeperRow; subrows without a full row of cells
// or words are left out with their own subrows.
func (e *Engine) drugSubs(kids []*codeset.Term, up *node) []drugSub {
	var out []drugSub
	for _, c := range kids {
		ws := e.lx.ids(stripTitle(stripParens(c.Title)))
		if len(c.Cells) != drugColumns || len(ws) == 0 {
			continue
		}
		n := &node{title: up.title + " > " + c.Title, lt: up.lt, cells: c.Cells}
		out = append(out, drugSub{words: ws, n: n, kids: e.drugSubs(c.Children, n)})
	}
	return out
}

// drugSubReach is how many content words after a substance the words of
// its subrows may stand ("carbon monoxide poisoning from a natural gas
// furnace").
const drugSubReach = 6

// deeperRow walks the subrows of r down as the words of the substance's
// clause after it, [j, j+drugSubReach), name them: at each level the subrow
// whose first word stands there and that has the most of its words there
// (the first of the table's order on a tie), as the index walk takes a
// subterm. It returns the deepest node reached (r.n when none) and the
// last position of a word read (j-1 when none).
func (e *Engine) deeperRow(vts []vt, b, i, j int, r drugRow) (*node, int) {
	n, last := r.n, j-1
	end := min(b, j+drugSubReach)
	subs := r.deeper
	for len(subs) > 0 {
		best, bestN, bestLast := -1, 0, 0
		for si, s := range subs {
			got, lastAt := 0, -1
			for wi, w := range s.words {
				at := -1
				for k := j; k < end && vts[k].clause == vts[i].clause; k++ {
					if vts[k].w == w {
						at = k
						break
					}
				}
				if at < 0 {
					if wi == 0 {
						got = 0
						break
					}
					continue
				}
				got++
				lastAt = max(lastAt, at)
			}
			if got > bestN {
				best, bestN, bestLast = si, got, lastAt
			}
		}
		if best < 0 {
			break
		}
		n, last, subs = subs[best].n, max(last, bestLast), subs[best].kids
	}
	return n, last
}

// loadAllergyStatus reads data/allergy_status.tsv: adverse-effect code
// prefixes and the allergy status code of their class, kept only for codes of
// the code set.
func (e *Engine) loadAllergyStatus() [][2]string {
	var out [][2]string
	for _, f := range rows("allergy_status.tsv") {
		if len(f) != 2 {
			continue
		}
		if _, ok := e.cs.Lookup(strings.TrimSpace(f[1])); !ok && strings.TrimSpace(f[1]) != "-" {
			continue
		}
		out = append(out, [2]string{strings.TrimSpace(f[0]), strings.TrimSpace(f[1])})
	}
	return out
}

// allergyStatus returns the status code of the longest prefix of status
// that the adverse-effect code adv starts with, or "".
func allergyStatus(status [][2]string, adv string) string {
	best, n := "", 0
	for _, r := range status {
		if len(r[0]) > n && strings.HasPrefix(adv, r[0]) {
			best, n = r[1], len(r[0])
		}
	}
	if best == "-" {
		return ""
	}
	return best
}

// drugCands adds a Table of Drugs candidate for each substance of the
// sentence [a, b) that has a circumstance word within drugReach: an
// adverse effect when a word says so, otherwise the poisoning column its
// intent words choose (accidental by default, guideline I.C.19.e.5.b).
func (e *Engine) drugCands(vts []vt, a, b int, cands []cand, sb *scratchBuf) []cand {
	for k := a; k < b; k++ {
		if e.drugs.allergy[vts[k].w] {
			cands = e.allergyCands(vts, a, b, k, cands, sb)
		}
	}
	// cueHead: the head of the first substance read with each cue word.
	// The other substances of the cue ("overdose of sertraline and
	// alprazolam") share it as the items of a list share their head, so
	// each is its own poisoning (I.C.19.e.5.b: a code for each drug).
	var cueHead [4][2]int
	nCue := 0
	// lastEnd is the end of the last substance read, with its column
	// and cue.
	lastEnd, lastCol, lastCue := -1, 0, -1
	for i := a; i < b; i++ {
		rows := e.drugs.byFirst[vts[i].w]
		for _, r := range rows {
			if i+len(r.words) > b || !wordsAt(vts, i, r.words) {
				continue
			}
			j := i + len(r.words)
			if j < b && e.drugs.pattern[vts[j].w] && vts[j].clause == vts[j-1].clause {
				// "Methicillin-susceptible Staph aureus" names the
				// organism, not a drug given.
				continue
			}
			col, cue := e.drugColumn(vts, a, b, i, j)
			if cue < 0 && i > a && i == lastEnd && vts[i].clause != vts[i-1].clause && (vts[i].conj || j == b || vts[j].clause != vts[i].clause) {
				// The next item of a list of substances ("overdose
				// of sertraline and alprazolam", "of aspirin,
				// alprazolam and fluoxetine"): the clause the "and"
				// or comma opens has the list's cue. A comma's
				// clause is an item only when the substance is all
				// of it: "reaction to penicillin, amoxicillin
				// tolerated" says something else of the second.
				col, cue = lastCol, lastCue
			}
			if cue < 0 || col == drugUnderdosing && cue > i && cue+1 < b && len(e.drugs.byFirst[vts[cue+1].w]) > 0 {
				// (An underdosing names the drug right after it:
				// "adrenal crisis after missed hydrocortisone doses"
				// is no underdosing of the Adrenal row, whose word
				// is the crisis's.)
				continue
			}
			rn, last := r.n, j-1
			if len(r.deeper) > 0 {
				// "carbon monoxide from the car's exhaust": the
				// subrow of its source (T58.01), and the words
				// read for it are no substance of their own.
				rn, last = e.deeperRow(vts, b, i, j, r)
			}
			if col == drugAdverse && r.excess && e.drugs.toxic[vts[cue].w] {
				// "Acetaminophen toxicity": no correctly taken dose of
				// it is toxic, so the toxicity is a poisoning, its
				// intent as the sentence says (accidental by default).
				col = e.poisonIntent(vts, a, b)
			}
			if r.med != nil && (col == drugAdverse || col == drugUnderdosing || e.drugs.medicine[vts[cue].w]) {
				// "Lithium overdose", "lithium toxicity": the
				// medicine (Lithium, salts, T43.59-), not the metal
				// (T56.89-), whose row has no adverse effect.
				rn = r.med
			}
			code := rn.cells[col]
			if code == "" {
				continue
			}
			pos := make([]int, 0, len(r.words)+1)
			for k := i; k < j; k++ {
				pos = append(pos, k)
			}
			pos = append(pos, cue)
			lo, hi := min(i, cue), max(j, cue+1)
			if last >= j {
				// (the subrow's words: its evidence, and not read
				// again as a substance)
				pos = append(pos, last)
				hi, j = max(hi, last+1), last+1
			}
			c := cand{code: code, why: whyOf(rn, false), pos: sb.ints.keep(pos),
				score: 64 * (len(r.words) + 1), head: i,
				lo: max(a, lo-nearLeft), hi: min(b, hi+nearRight),
				wlo: max(a, lo-wideSpan), whi: min(b, hi+wideSpan)}
			shared := false
			for _, h := range cueHead[:nCue] {
				if h[0] == cue {
					c.head, c.coord, shared = h[1], 1, true
					break
				}
			}
			if !shared && nCue < len(cueHead) {
				cueHead[nCue] = [2]int{cue, i}
				nCue++
			}
			cands = append(cands, c)
			if col == drugUnderdosing {
				cands = e.underdosingPurpose(vts, a, b, cands, sb)
			}
			lastEnd, lastCol, lastCue = j, col, cue
			i = j - 1
			break
		}
	}
	return cands
}

// underdosingPurpose adds the patient's intent of the underdosing of the
// substance at i when its sentence [a, b) states it ("missed insulin doses,
// unintentional", "stopped risperidone intentionally", "ran out of pills;
// not deliberate"): the noncompliance code that goes with the underdosing
// code to indicate intent, if known (I.C.19.e.5.c: "Underdosing,
// intentional NEC" Z91.128, "unintentional NEC" Z91.138). A sentence that
// states no intent adds nothing.
func (e *Engine) underdosingPurpose(vts []vt, a, b int, cands []cand, sb *scratchBuf) []cand {
	var n *node
	k := a
	for j := a; j < b; j++ {
		p, ok := e.drugs.purpose[vts[j].w]
		if !ok {
			continue
		}
		m := p[0]
		if j > a && e.drugs.purposeNot[vts[j-1].w] {
			m = p[1]
		}
		// The first intent the sentence states, or a later one that
		// says more of it: "deliberately reduced doses because of cost"
		// is the intentional underdosing due to financial hardship
		// (Z91.120), a subterm of "intentional NEC".
		if m != nil && (n == nil || m.parent == n) {
			n, k = m, j
		}
	}
	if n != nil {
		// (Once per sentence: an intent an earlier sentence stated
		// is coded there, and the assessment that states it again
		// ("stopped lithium on his own (underdosing)") needs its own
		// mention, beside which the underdosing NOS of its words,
		// Z91.14-, is the same noncompliance.)
		for ci := range cands {
			if cands[ci].code == n.code && cands[ci].head >= a && cands[ci].head < b {
				return cands
			}
		}
		cands = append(cands, cand{code: n.code, why: whyOf(n, false), pos: sb.ints.keep([]int{k}),
			score: 64 * 2, head: k, lo: max(a, k-nearLeft), hi: min(b, k+1+nearRight),
			wlo: max(a, k-wideSpan), whi: min(b, k+1+wideSpan)})
	}
	return cands
}

// allergyReach is how many words after an allergy word its list of
// substances may run ("allergic to procaine and streptomycin").
const allergyReach = 6

// allergyCands adds the allergy status of each substance named right after
// the allergy word at k (stop words and the list's "and" / commas between
// them: "allergy to procaine and streptomycin") or right before it
// ("penicillin allergy"). The first reads the allergy word with it and
// scores as a substance with its cue does, above the index's unspecified
// status ("history of allergy": Allergy, history, Z88.9); the others share
// the allergy word as the items of a list share their head.
func (e *Engine) allergyCands(vts []vt, a, b, k int, cands []cand, sb *scratchBuf) []cand {
	n := 0
	add := func(r drugRow, i int) {
		pos := make([]int, 0, len(r.words)+1)
		for q := i; q < i+len(r.words); q++ {
			pos = append(pos, q)
		}
		pos = append(pos, k)
		lo, hi := min(i, k), max(i+len(r.words), k+1)
		c := cand{code: r.allergy.code, why: whyOf(r.allergy, false), pos: sb.ints.keep(pos),
			score: 64 * (len(r.words) + 1), head: k,
			lo: max(a, lo-nearLeft), hi: min(b, hi+nearRight),
			wlo: max(a, lo-wideSpan), whi: min(b, hi+wideSpan)}
		if n > 0 {
			c.coord = 1
		}
		n++
		cands = append(cands, c)
	}
	// at reports the row of a substance with an allergy status at i.
	at := func(i, end int) (drugRow, bool) {
		for _, r := range e.drugs.byFirst[vts[i].w] {
			if i+len(r.words) <= end && wordsAt(vts, i, r.words) {
				return r, r.allergy != nil
			}
		}
		for _, r := range e.drugs.statusOnly[vts[i].w] {
			if i+len(r.words) <= end && wordsAt(vts, i, r.words) {
				return r, true
			}
		}
		return drugRow{}, false
	}
	end := min(b, k+1+allergyReach)
	// named: a word of the allergy's own clause before it that is no
	// stop word nor the table's catch-all of a kind names the substance
	// there ("Peanut allergy"; not "Allergies:" nor "drug allergy:", the
	// table's "Drug NEC").
	named := k > a && vts[k-1].clause == vts[k].clause && e.flags[vts[k-1].w]&flagStop == 0 &&
		!slices.ContainsFunc(e.drugs.byFirst[vts[k-1].w], func(r drugRow) bool { return len(r.words) == 1 && strings.HasSuffix(r.n.title, " NEC") })
	for i := k + 1; i < end; {
		if n == 0 && named && vts[i].clause != vts[k].clause && !vts[i].paren {
			// (left23f) After an allergy named by the word before it,
			// another clause is about something else: "Peanut allergy,
			// epinephrine autoinjector at home" names the allergy's
			// rescue drug, no allergy to it (the food is the index's,
			// Z91.010).
			break
		}
		if r, ok := at(i, end); ok {
			add(r, i)
			i += len(r.words)
			continue
		}
		if e.flags[vts[i].w]&flagStop == 0 {
			break
		}
		i++
	}
	if n == 0 {
		for i := max(a, k-3); i < k; i++ {
			if r, ok := at(i, k); ok && i+len(r.words) == k {
				add(r, i)
				break
			}
		}
	}
	return cands
}

// drugColumn finds the circumstance word nearest to the substance at [i, j)
// within drugReach words of the same clause, and the column it and the
// sentence's intent words choose; cue is -1 when there is none.
func (e *Engine) drugColumn(vts []vt, a, b, i, j int) (col, cue int) {
	cue, bd := -1, drugReach+1
	// i0: where the drug's words begin with its route words ("from IV
	// furosemide"), which a cause word right before the drug may skip. A
	// route read from an abbreviation ("IV") carries the "due to" before
	// it as vt.cause only (coder.go keeps dueTo off expansions, whose
	// first word may be a drug's name: "due to MSSA" is no methicillin).
	i0 := i
	for i0 > a && e.drugs.route[vts[i0-1].w] && vts[i0-1].clause == vts[i].clause {
		i0--
	}
	for k := max(a, i-drugReach); k < min(b, j+drugReach); k++ {
		if k >= i && k < j || vts[k].clause != vts[i].clause && (k != i0-1 || !vts[i0].paren) {
			// (A bracket that opens right after the circumstance word
			// names its substance: "intentional overdose
			// (acetaminophen)".)
			continue
		}
		c, ok := e.drugs.intent[vts[k].w]
		if !ok {
			continue
		}
		d := i - k
		if k >= j {
			d = k - j + 1
		}
		switch c.where {
		case 'a':
			ok = k == j
		case 'h':
			// "lisinopril-induced": not "anesthesia was induced"
			ok = k == j && vts[k].start == vts[j-1].end+1
		case 's':
			// "intentional acetaminophen ingestion", not "alcohol
			// ingestion": the word names a poisoning only when the
			// sentence states its intent.
			ok = e.statesIntent(vts, a, b)
		case 'b':
			ok = k == i-1 || k == i0-1
			if ok && e.flags[vts[k].w]&flagPostposed != 0 {
				// "secondary to lisinopril", not "secondary electrolyte
				// disturbances"; nor "secondary to blood
				// incompatibility", where the substance names no cause
				ok = vts[k].back && !e.headsTerm(vts, j, b)
			}
		}
		if ok && (d < bd || d == bd && cue >= 0 && e.drugs.intent[vts[cue].w].col == drugAdverse && c.col != drugAdverse) {
			// (a poisoning or underdosing word as near as an adverse
			// effect's says more: "due to acetaminophen overdose")
			cue, bd = k, d
		}
	}
	if cue < 0 {
		if c, ok := e.drugs.intent[e.lx.wDue]; ok && c.where == 'b' && (vts[i0].dueTo || i0 < i && vts[i0].cause) && (e.namesCondition(vts, max(a, i0-drugReach), i0) || e.namesSeeAlso(vts, max(a, i0-drugReach), i0) || e.namesSubterm(vts, max(a, i0-drugReach), i0)) && !e.headsTerm(vts, j, b) {
			// "due to" is no word of the walk (coder.go drops the
			// connector): the substance right after it carries it,
			// when what it is due to is a condition ("hypotension due
			// to lisinopril", not "admitted due to a lisinopril
			// refill") and the substance is the cause itself, not a
			// word of one ("due to blood incompatibility"). A finding
			// only a subterm codes names one too: "elevated INR due to
			// warfarin" (Prolonged, prothrombin time, R79.1).
			return c.col, i
		}
		return 0, -1
	}
	col = e.drugs.intent[vts[cue].w].col
	if col == drugAccidental {
		col = e.poisonIntent(vts, a, b)
	}
	return col, cue
}

// poisonIntent returns the column of a poisoning in vts[a:b]: the intent
// the sentence says anywhere ("intentional overdose", "suicide attempt
// with ..."), accidental when it says none (I.C.19.e.5.b).
func (e *Engine) poisonIntent(vts []vt, a, b int) int {
	for k := a; k < b; k++ {
		if c, ok := e.drugs.poisonBy[vts[k].w]; ok {
			return c
		}
	}
	return drugAccidental
}

// statesIntent reports whether a poisoning's intent word of
// data/drug_intent.tsv ("by" rows: "intentional", "accidental", "suicide")
// stands in vts[a:b].
func (e *Engine) statesIntent(vts []vt, a, b int) bool {
	for k := a; k < b; k++ {
		if _, ok := e.drugs.poisonBy[vts[k].w]; ok {
			return true
		}
	}
	return false
}

// headsTerm reports whether the word at j (before b, in j-1's clause) is an
// index main term: a substance followed by one qualifies it ("blood
// incompatibility") and is no cause of its own.
func (e *Engine) headsTerm(vts []vt, j, b int) bool {
	if j >= b || vts[j].clause != vts[j-1].clause {
		return false
	}
	nx := e.ix.head(vts[j].w)
	return nx != nil && len(nx.terms) > 0
}
