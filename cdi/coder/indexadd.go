package coder

import (
	"strings"

	"notecoder/cdi/codeset"
)

// addedIndex returns the main terms of the disease index di with the entries
// of data/index_add.tsv grafted in: the embedded Alphabetic Index (FY2023)
// predates the code list (FY2026), so a code added since (Z29.81 "Encounter
// for HIV pre-exposure prophylaxis", E88.A cachexia due to an underlying
// condition) has no entry, and the words that name it fell to an older code
// or to none. Each row is an index path in the index's own style, read like
// any entry (subterm walking, assertions, laterality), with the code it
// prints. The codeset's own terms are never changed: each term on the path of
// a row is copied, so the shared Set stays as loaded. It runs once in New,
// with rs the rows of the file.
func addedIndex(cs *codeset.Set, di *codeset.Index, rs [][]string) []*codeset.Term {
	if di == nil || len(rs) == 0 {
		if di == nil {
			return nil
		}
		return di.Terms
	}
	mains := append([]*codeset.Term(nil), di.Terms...)
	copied := map[*codeset.Term]bool{}
	for _, f := range rs {
		if len(f) != 2 || f[0] == "" || f[1] == "" {
			panic("coder: data/index_add.tsv: want path<TAB>code: " + strings.Join(f, "\t"))
		}
		if c, ok := cs.Lookup(strings.TrimSuffix(f[1], "-")); !ok || !c.Billable && c.Parent != "" && !takesSeventh(cs, f[1]) && !strings.HasSuffix(f[1], "-") {
			// (A category is accepted as the index prints one, "M17.-";
			// so is a code the index prints without its seventh character,
			// "T81.321", and a subcategory printed with its dash, "M18.1-",
			// whose last character the walk reads as the index's own
			// (laterality); another header without the dash is no code to
			// report.)
			panic("coder: data/index_add.tsv: not a billable code or category: " + strings.Join(f, "\t"))
		}
		parts := strings.Split(f[0], " > ")
		var cur *codeset.Term
		for lvl, p := range parts {
			title, nemod := splitNemod(p)
			if title == "" {
				panic("coder: data/index_add.tsv: empty title in " + f[0])
			}
			sibs := mains
			if cur != nil {
				sibs = cur.Children
			}
			var found *codeset.Term
			at := -1
			for i, t := range sibs {
				if stripTitle(t.Title) == stripTitle(title) {
					found, at = t, i
					break
				}
			}
			last := lvl == len(parts)-1
			switch {
			case found == nil:
				found = &codeset.Term{Title: title, Nemod: nemod, Level: lvl, Parent: cur}
				if cur == nil {
					mains = append(mains, found)
				} else {
					cur.Children = append(cur.Children, found)
				}
				copied[found] = true
			case !copied[found]:
				// Copy the entry and its list of subterms, so that a new
				// subterm or code changes this engine's index only.
				c := *found
				c.Children = append([]*codeset.Term(nil), found.Children...)
				found = &c
				copied[found] = true
				if cur == nil {
					mains[at] = found
				} else {
					cur.Children[at] = found
				}
			}
			if last {
				if found.Code != "" && found.Code != f[1] {
					panic("coder: data/index_add.tsv: the index already codes " + f[0] + " " + found.Code + " (data/index_update.tsv changes a code)")
				}
				found.Code = f[1]
			}
			cur = found
		}
	}
	return mains
}

// splitNemod parses one title of an index_add.tsv path: "disease (syndrome)"
// is the title "disease" with the nonessential modifier "syndrome", as the
// embedded index gives them.
func splitNemod(p string) (string, []string) {
	i := strings.IndexByte(p, '(')
	if i < 0 {
		return strings.TrimSpace(p), nil
	}
	title := strings.TrimSpace(p[:i])
	var nemod []string
	for rest := p[i:]; ; {
		j := strings.IndexByte(rest, '(')
		k := strings.IndexByte(rest, ')')
		if j < 0 || k < j {
			break
		}
		nemod = append(nemod, strings.TrimSpace(rest[j+1:k]))
		rest = rest[k+1:]
	}
	return title, nemod
}

// takesSeventh reports whether code is printed as the index prints an
// injury or complication code ("Dehiscence, operation wound" T81.31): its
// initial-encounter code, with placeholder X where the code is short, is
// billable. The episode's character is the coder's, as for any such entry.
func takesSeventh(cs *codeset.Set, code string) bool {
	c := strings.ReplaceAll(code, ".", "")
	for len(c) < 6 {
		c += "X"
	}
	x, ok := cs.Lookup(c[:3] + "." + c[3:] + "A")
	return ok && x.Billable
}
