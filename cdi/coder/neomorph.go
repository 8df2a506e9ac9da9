package coder

import (
	"strings"

	"notecoder/cdi/codeset"
)

// The Table of Neoplasms splits the skin rows by morphology: "cheek,
// external" (C44.309) has the sub-rows "basal cell carcinoma" (C44.319) and
// "squamous cell carcinoma" (C44.329), which print a code in the malignant
// primary column only. A note naming the morphology ("squamous cell
// carcinoma of the cheek") is coded from that sub-row, as a coder reads the
// table; the site row's own code is the unspecified morphology.

// morphRow reports a morphology sub-row: a code in the malignant primary
// column and in no other.
func morphRow(n *node, col int) bool {
	if col < 0 || col >= len(n.cells) || n.cells[col] == "" {
		return false
	}
	for i, c := range n.cells {
		if i != col && c != "" {
			return false
		}
	}
	return true
}

// morphKidOf reports a morphology sub-row of n: a primary code of its own,
// other than n's ("abdomen, wall, skin" repeats its row's C44.509: a site).
func morphKidOf(n, k *node, col int) bool {
	return morphRow(k, col) && (col >= len(n.cells) || k.cells[col] != n.cells[col])
}

// hasMorph reports whether a table row has morphology sub-rows.
func hasMorph(n *node, col int) bool {
	for _, k := range n.kids {
		if morphKidOf(n, k, col) {
			return true
		}
	}
	return false
}

// indexMorphology fills morphAt and morphKid. Rows that share a malignant
// cell share its morphology codes ("skin, cheek" and "cheek, external" are
// both C44.309), so a row printed without its sub-rows reads them from a
// row that has them. A row whose primary cell is an ill-defined site
// (category "other and ill-defined sites") keeps the sub-rows of its skin
// sub-row: a morphology that is coded only there says where the neoplasm is.
func (ix *index) indexMorphology(cs *codeset.Set) {
	ix.malCol = neoColumn(ix.neoCols, "malignant")
	ix.secCol = neoColumn(ix.neoCols, "secondary")
	col := ix.malCol
	if col < 0 {
		return
	}
	ix.morphAt = map[string]*node{}
	ix.morphKid = map[*node][]*node{}
	var skin *node // the table's "skin NOS" row
	for _, k := range ix.neo.kids {
		if strings.HasPrefix(k.lt, "skin") && (skin == nil || len(k.kids) > len(skin.kids)) {
			skin = k
		}
	}
	var walk func(n *node)
	walk = func(n *node) {
		if n != ix.neo && col < len(n.cells) && n.cells[col] != "" && !morphRow(n, col) {
			if hasMorph(n, col) {
				if _, ok := ix.morphAt[n.cells[col]]; !ok {
					ix.morphAt[n.cells[col]] = n
				}
			} else if illDefined(cs, n.cells[col]) {
				for _, k := range n.kids {
					if hasMorph(k, col) {
						ix.morphKid[n] = append(ix.morphKid[n], k)
					}
				}
				if len(ix.morphKid[n]) == 0 && n.parent == ix.neo && skin != nil {
					// "hand NEC" (C76.4-) has no skin sub-row; the
					// skin row's "hand" is where a skin morphology is.
					t := strings.TrimSuffix(n.lt, " nec")
					if k := childByTitle(skin, t); k != nil && k != n {
						ix.morphKid[n] = append(ix.morphKid[n], k)
					}
				}
			}
		}
		for _, k := range n.kids {
			walk(k)
		}
	}
	walk(ix.neo)
}

// illDefined reports a code whose category the tabular titles as an
// ill-defined site ("Malignant neoplasm of other and ill-defined sites").
func illDefined(cs *codeset.Set, code string) bool {
	code = strings.TrimSuffix(code, "-")
	if len(code) > 3 {
		code = code[:3]
	}
	c, ok := cs.Lookup(code)
	return ok && strings.Contains(strings.ToLower(c.Title), "ill-defined")
}

// morphCell returns the malignant primary code of the morphology sub-row
// the note names for the table row reached, or "" when it names none.
func (e *Engine) morphCell(w *walker, row *node, col int) (string, *node) {
	if col != e.ix.malCol || col < 0 || row == nil || row == e.ix.neo {
		// (The table's first row lists "generalized", "disseminated"
		// with a primary cell only: spreads, not morphologies.)
		return "", nil
	}
	if k := w.saidMorph(row, col); k != nil {
		return k.cells[col], k
	}
	if col < len(row.cells) && row.cells[col] != "" {
		if at := e.ix.morphAt[row.cells[col]]; at != nil && at != row {
			if k := w.saidMorph(at, col); k != nil {
				return k.cells[col], k
			}
		}
	}
	for _, sub := range e.ix.morphKid[row] {
		if k := w.saidMorph(sub, col); k != nil {
			return k.cells[col], k
		}
		if col < len(sub.cells) && sub.cells[col] != "" {
			if at := e.ix.morphAt[sub.cells[col]]; at != nil {
				if k := w.saidMorph(at, col); k != nil {
					return k.cells[col], k
				}
			}
		}
	}
	return "", nil
}

// saidMorph returns the morphology sub-row of n whose words the note says
// around the mention (read or not: "carcinoma" is the head), the one
// naming the most words.
func (w *walker) saidMorph(n *node, col int) *node {
	var best *node
	for _, k := range n.kids {
		if morphKidOf(n, k, col) && len(k.req) > 0 && w.saidUsed(k.req) && (best == nil || len(k.req) > len(best.req)) {
			best = k
		}
	}
	return best
}
