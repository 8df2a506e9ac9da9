package coder

import (
	"strconv"
	"strings"
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
}

// drugTable is the Table of Drugs by the first word of each substance name,
// with the circumstance words of data/drug_intent.tsv.
type drugTable struct {
	byFirst map[wid][]drugRow
	intent  map[wid]drugCue // word -> the column it says and where it stands
	// modifier words that move a poisoning to another column ("suicide
	// attempt": self-harm) -> that column
	poisonBy map[wid]int
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
	dt := drugTable{byFirst: map[wid][]drugRow{}, intent: map[wid]drugCue{}, poisonBy: map[wid]int{}}
	skip := map[string]bool{}
	for _, l := range lines("drug_intent.tsv") {
		f := strings.Split(l, "\t")
		if len(f) == 2 && strings.TrimSpace(f[0]) == "skip" {
			skip[strings.ToLower(strings.TrimSpace(f[1]))] = true
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
	for _, t := range tbl.Terms {
		if len(t.Cells) != drugColumns || strings.ContainsAny(t.Title, "0123456789,()[]/") || skip[strings.ToLower(t.Title)] {
			continue
		}
		ws := e.lx.ids(t.Title)
		if len(ws) == 0 || len(ws) > 3 {
			continue
		}
		n := &node{title: "Table of Drugs and Chemicals > " + t.Title, lt: stripTitle(t.Title), cells: t.Cells}
		dt.byFirst[ws[0]] = append(dt.byFirst[ws[0]], drugRow{words: ws, n: n})
	}
	return dt
}

// drugCands adds a Table of Drugs candidate for each substance of the
// sentence [a, b) that has a circumstance word within drugReach: an
// adverse effect when a word says so, otherwise the poisoning column its
// intent words choose (accidental by default, guideline I.C.19.e.5.b).
func (e *Engine) drugCands(vts []vt, a, b int, cands []cand, sb *scratchBuf) []cand {
	for i := a; i < b; i++ {
		rows := e.drugs.byFirst[vts[i].w]
		for _, r := range rows {
			if i+len(r.words) > b || !wordsAt(vts, i, r.words) {
				continue
			}
			j := i + len(r.words)
			col, cue := e.drugColumn(vts, a, b, i, j)
			if cue < 0 {
				continue
			}
			code := r.n.cells[col]
			if code == "" {
				continue
			}
			pos := make([]int, 0, len(r.words)+1)
			for k := i; k < j; k++ {
				pos = append(pos, k)
			}
			pos = append(pos, cue)
			lo, hi := min(i, cue), max(j, cue+1)
			cands = append(cands, cand{code: code, why: whyOf(r.n, false), pos: sb.ints.keep(pos),
				score: 64 * (len(r.words) + 1), head: i,
				lo: max(a, lo-nearLeft), hi: min(b, hi+nearRight),
				wlo: max(a, lo-wideSpan), whi: min(b, hi+wideSpan)})
			break
		}
	}
	return cands
}

// drugColumn finds the circumstance word nearest to the substance at [i, j)
// within drugReach words of the same clause, and the column it and the
// sentence's intent words choose; cue is -1 when there is none.
func (e *Engine) drugColumn(vts []vt, a, b, i, j int) (col, cue int) {
	cue, bd := -1, drugReach+1
	for k := max(a, i-drugReach); k < min(b, j+drugReach); k++ {
		if k >= i && k < j || vts[k].clause != vts[i].clause {
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
		case 'b':
			ok = k == i-1
		}
		if ok && d < bd {
			cue, bd = k, d
		}
	}
	if cue < 0 {
		return 0, -1
	}
	col = e.drugs.intent[vts[cue].w].col
	if col == drugAccidental {
		// "intentional overdose", "suicide attempt with ...": the
		// poisoning's intent, said anywhere in the sentence.
		for k := a; k < b; k++ {
			if c, ok := e.drugs.poisonBy[vts[k].w]; ok {
				col = c
				break
			}
		}
	}
	return col, cue
}
