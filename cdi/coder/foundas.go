package coder

import (
	"slices"
	"strings"

	"notecoder/cdi/model"
)

// foundAs is what dropFoundAs reads, built once in New: the index words a
// finding a neoplasm is found as starts with (data/found_as.txt: "Mass",
// "Lump", "Nodule"), and, for each site of the Table of Neoplasms, the code
// prefixes its rows lead to.
type foundAs struct {
	heads map[string]bool // lower case and capitalised (see bothCases)
	// sites maps a site name (a comma part of a top-level row
	// title: "kidney", "abdomen", "abdominal") to the prefixes of the
	// codes in its rows ("C64", "C79.0", "D30.0", ...; see sitePrefixes).
	sites map[string][]string
	// rows maps the same names to their row (a name shared by rows, the
	// "lung" of "lingula, lung", is the row it names first).
	rows map[string]*node
	memo strCache[bool] // index path -> foundAsPath
}

// loadFoundAs builds foundAs from data/found_as.txt and the Table of
// Neoplasms.
func (e *Engine) loadFoundAs() {
	e.found.heads = map[string]bool{}
	for _, l := range lines("found_as.txt") {
		for _, k := range bothCases(strings.TrimSpace(l)) {
			e.found.heads[k] = true
		}
	}
	if e.ix.neo == nil {
		return
	}
	e.found.sites = map[string][]string{}
	e.found.rows = map[string]*node{}
	for pass := 0; pass < 2; pass++ {
		for _, k := range e.ix.neo.kids {
			if e.illDefinedRow(k) {
				continue
			}
			for n, part := range strings.Split(k.lt, ",") {
				part = strings.TrimSuffix(strings.TrimSpace(part), " nec")
				if part == "" || (n == 0) != (pass == 0) {
					continue
				}
				for _, key := range bothCases(part) {
					if e.found.rows[key] == nil {
						e.found.rows[key] = k
					}
				}
			}
		}
	}
	for _, k := range e.ix.neo.kids {
		ps := e.sitePrefixes(k)
		if len(ps) == 0 {
			continue
		}
		for _, part := range strings.Split(k.lt, ",") {
			part = strings.TrimSuffix(strings.TrimSpace(part), " nec")
			if part == "" {
				continue
			}
			for _, key := range bothCases(part) {
				for _, p := range ps {
					if !slices.Contains(e.found.sites[key], p) {
						e.found.sites[key] = append(e.found.sites[key], p)
					}
				}
			}
		}
	}
}

// bothCases returns a word lower-cased and with a capital first letter: an
// index path prints its main term capitalised ("Thyroid > nodule") and its
// subterms in lower case, and the note-level look-up must not allocate to
// fold case.
func bothCases(s string) []string {
	s = strings.ToLower(s)
	if s == "" {
		return nil
	}
	return []string{s, strings.ToUpper(s[:1]) + s[1:]}
}

// sitePrefixes returns the code prefixes a top-level row of the Table of
// Neoplasms leads to: every cell of the row and of its sub-rows ("C64" for
// "C64.-", "C18.6" for "colon, descending"), and the whole category of a
// cell that is its category's unspecified code ("C22.9" reads "C22": the
// liver's hepatocellular carcinoma, C22.0, which the index codes by
// morphology, is a neoplasm of the liver too). A cell whose code is for
// other sites, a body system or ill-defined sites ("other specified sites"
// C79.89, "other respiratory organs" C78.39, "digestive system" D49.0)
// names no site of its own: the rows of many sites share it, and a mass of
// one would be dropped for a neoplasm of another.
func (e *Engine) sitePrefixes(row *node) []string {
	var out []string
	seen := map[*node]bool{}
	add := func(p string) {
		for _, x := range out {
			if x == p {
				return
			}
		}
		out = append(out, p)
	}
	var walk func(n *node, top bool)
	walk = func(n *node, top bool) {
		if seen[n] {
			return
		}
		seen[n] = true
		for _, c := range n.cells {
			p := strings.TrimRight(c, ".-")
			if len(p) < 3 || c == "-" {
				continue
			}
			if t := e.title(p); t == "" || containsFold(t, "other ") || containsFold(t, "system") || containsFold(t, "ill-defined") {
				continue
			}
			add(p)
			if top && len(p) == 5 && p[4] == '9' {
				add(p[:3])
			}
		}
		for _, k := range n.kids {
			walk(k, false)
		}
	}
	walk(row, true)
	return out
}

// dropFoundAs removes a mass, lump or nodule (a code the index reads under
// one of data/found_as.txt's words) when the note codes a neoplasm at the
// same site: "bladder mass ... biopsy showed urothelial carcinoma of the
// bladder" is the carcinoma, found as a mass, and a coder reports C67.9
// alone (guideline I.B.4-5: signs routinely associated with the definitive
// diagnosis are not coded). The site is the index path's own (the "kidney"
// of "Mass > kidney" for a "renal mass"), read as the Table of Neoplasms
// row of that name; the neoplasm is at it when its code is one the row
// leads to (C64.1, "renal cell carcinoma of the right kidney", which the
// index codes by morphology). A mass of one side and a neoplasm of the
// other ("left breast lump", "carcinoma of the right breast") are two
// lesions: both stay.
func (e *Engine) dropFoundAs(codes []model.Code) []model.Code {
	if len(e.found.sites) == 0 {
		return codes
	}
	var nb [8]int
	neo := nb[:0] // the neoplasm codes: none in most notes
	for j := range codes {
		if isNeo(codes[j].Code) {
			neo = append(neo, j)
		}
	}
	if len(neo) == 0 {
		return codes
	}
	var drop dropSet
	for i, c := range codes {
		if c.Assertion == model.Family || isNeo(c.Code) || !e.foundAsPath(c.Why) {
			continue
		}
		side := pathSide(c.Why)
		for _, j := range neo {
			o := codes[j]
			if !accounts(o, c) {
				continue
			}
			if side != 0 {
				if s := titleSide(o.Title); s != 0 && s != side {
					continue
				}
			}
			if e.pathAtSite(c.Why, o.Code) {
				drop.mark(i, len(codes))
				break
			}
		}
	}
	return drop.apply(codes)
}

// isNeo reports whether code is a neoplasm's (C00-D49), with a look at its
// first letter first: it is asked of every code on each keystroke.
func isNeo(code string) bool {
	return code != "" && (code[0] == 'C' || code[0] == 'D') && neoBehaviour(code) != 0
}

// whyPath returns the index path of an explanation, without the notes that
// follow it ("; uncertain diagnosis coded as established", " (unspecified
// child by default)").
func whyPath(why string) string {
	if k := strings.IndexByte(why, ';'); k >= 0 {
		why = why[:k]
	}
	if k := strings.Index(why, " ("); k >= 0 {
		why = why[:k]
	}
	return why
}

// eachPathPart calls f with every comma part of every step of an index path
// ("Nodule, nodular > lung, solitary": "Nodule", "nodular", "lung",
// "solitary"), with the step's index (see references, "-> see also
// Disease, diseased", start a step of their own) and whether the part is
// the step's first. It stops when f returns false.
func eachPathPart(path string, f func(step int, first bool, part string) bool) {
	// One pass over the explanation: it is read for every code of the note
	// on each keystroke.
	step, first, start := 0, true, 0
	emit := func(end int) bool {
		part := strings.TrimSpace(path[start:end])
		if first {
			part = strings.TrimPrefix(strings.TrimPrefix(part, "see also "), "see ")
		}
		return f(step, first, part)
	}
	for i := 0; i < len(path); i++ {
		switch {
		case path[i] == ',':
			if !emit(i) {
				return
			}
			first, start = false, i+1
		case path[i] == ' ' && (strings.HasPrefix(path[i:], " > ") || strings.HasPrefix(path[i:], " -> ")):
			if !emit(i) {
				return
			}
			n := 3
			if path[i+1] == '-' {
				n = 4
			}
			step, first, start = step+1, true, i+n
			i += n - 1
		}
	}
	if start < len(path) {
		emit(len(path))
	}
}

// foundAsPath reports whether an explanation's index path has a step named
// by a word of data/found_as.txt ("Mass > kidney", "Thyroid > nodule").
// The answer is kept per path (a finite set: the index's), since every code
// of the note is asked on each keystroke.
func (e *Engine) foundAsPath(why string) bool {
	path := whyPath(why)
	if v, ok := e.found.memo.get(path); ok {
		return v
	}
	hit := false
	eachPathPart(path, func(_ int, first bool, part string) bool {
		hit = first && e.found.heads[part]
		return !hit
	})
	return e.found.memo.put(strings.Clone(path), hit)
}

// pathAtSite reports whether a step of the index path other than the
// found-as word names a site of the Table of Neoplasms whose rows lead to
// code.
func (e *Engine) pathAtSite(why, code string) bool {
	at := false
	eachPathPart(whyPath(why), func(_ int, _ bool, part string) bool {
		for _, p := range e.found.sites[part] {
			if strings.HasPrefix(code, p) {
				at = true
				return false
			}
		}
		return true
	})
	return at
}

// pathSide returns 'L' or 'R' when an index path names a side ("Lump >
// breast > left"), else 0.
func pathSide(why string) byte {
	var side byte
	eachPathPart(whyPath(why), func(_ int, _ bool, part string) bool {
		switch part {
		case "left":
			side = 'L'
		case "right":
			side = 'R'
		}
		return side == 0
	})
	return side
}

// titleSide returns 'L' or 'R' when a code title names one side only
// ("... of right female breast"), else 0.
func titleSide(t string) byte {
	var side byte
	eachWord(t, func(w string) bool {
		switch {
		case strings.EqualFold(w, "left"):
			side = 'L'
		case strings.EqualFold(w, "right"):
			side = 'R'
		}
		return side == 0
	})
	return side
}

// siteFromMass codes a neoplasm named without its site ("metastases",
// C79.9) at the site of the one mass, lump or nodule its sentence names:
// "lung nodules consistent with metastases" are metastases of the lung,
// C78.00, the Table of Neoplasms row the nodule's index path names ("Nodule
// > lung") in the column of the neoplasm's behaviour, as a coder reads the
// table. The mass then gives way to it (dropFoundAs). With masses at two
// sites in the sentence the neoplasm's site is not known: it stays.
func (e *Engine) siteFromMass(codes []model.Code, findings []model.Finding) {
	if len(e.found.rows) == 0 {
		return
	}
	for i := range codes {
		u := &codes[i]
		if !isNeo(u.Code) || !reportable(*u) || !e.unspecNeo(u.Code) {
			continue
		}
		col := slices.IndexFunc(e.ix.neo.cells, func(x string) bool { return x != "" && strings.TrimRight(x, ".-") == u.Code })
		scope, ok := scopeOf(findings, u.Evidence)
		if col < 0 || !ok {
			continue
		}
		var row *node
		one := true
		for _, m := range codes {
			if !reportable(m) || isNeo(m.Code) || !inside(m.Evidence, []model.Span{scope}) || !e.foundAsPath(m.Why) {
				continue
			}
			r := e.pathRow(m.Why)
			if r == nil {
				continue
			}
			if row != nil && r != row {
				one = false
			}
			row = r
		}
		if row == nil || !one || col >= len(row.cells) {
			continue
		}
		code, billable, _ := e.refine(row.cells[col], nil, 0)
		if !billable || slices.ContainsFunc(codes, func(c model.Code) bool { return c.Code == code }) {
			continue
		}
		u.Code, u.Title = code, e.title(code)
		u.Why += "; site of the mass its sentence names (Table of Neoplasms, " + row.title + ")"
	}
}

// scopeOf returns the sentence of the finding a code was read from.
func scopeOf(findings []model.Finding, ev []model.Span) (model.Span, bool) {
	if len(ev) == 0 {
		return model.Span{}, false
	}
	for _, f := range findings {
		if len(f.Evidence) > 0 && f.Evidence[0] == ev[0] {
			return f.Scope, true
		}
	}
	return model.Span{}, false
}

// pathRow returns the Table of Neoplasms row the first site step of an
// index path names ("lung" of "Nodule, nodular > lung, solitary"), or nil.
func (e *Engine) pathRow(why string) *node {
	var row *node
	eachPathPart(whyPath(why), func(_ int, _ bool, part string) bool {
		row = e.found.rows[part]
		return row == nil
	})
	return row
}

// illDefinedRow reports a top-level row of the Table of Neoplasms whose
// malignant primary cell is category C80 ("disease, generalized" C80.0,
// "unknown site or unspecified" C80.1): no body site. Named by its first
// word, "disease" would be read as the site of every mass whose index path
// goes through "Disease, diseased - by site" ("a pancreatic mass": Mass -
// see also Disease, diseased, pancreas), and the neoplasm found as that mass
// became a disseminated one (C80.0) instead of the pancreas's.
func (e *Engine) illDefinedRow(k *node) bool {
	col := e.ix.malCol
	return col >= 0 && col < len(k.cells) && strings.HasPrefix(k.cells[col], "C80")
}
