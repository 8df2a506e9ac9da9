package codeset

import "strings"

// repointer re-points Alphabetic Index references written for an older
// tabular to the current code set, using only what the addenda make clear.
type repointer struct {
	pos   map[string]int32
	codes []kbCode
	// nowHeader: codes the addenda deleted as billable and re-added as a
	// header (subdivided); a reference to them becomes "code-".
	nowHeader map[string]bool
	// replacement: a deleted code whose same-year addition carries the same
	// title (a moved code) maps to the added code.
	replacement map[string]string
	added       int
	deleted     int
}

func newRepointer(pos map[string]int32, codes []kbCode, add []addendaEntry) *repointer {
	rp := &repointer{pos: pos, codes: codes, nowHeader: map[string]bool{}, replacement: map[string]string{}}
	byYear := map[int][]addendaEntry{}
	var years []int
	for _, a := range add {
		if _, ok := byYear[a.Year]; !ok {
			years = append(years, a.Year)
		}
		byYear[a.Year] = append(byYear[a.Year], a)
	}
	for _, y := range years {
		adds := map[string]addendaEntry{}
		byTitle := map[string][]string{}
		for _, a := range byYear[y] {
			if a.Action == "Add" {
				rp.added++
				adds[a.Key] = a
				t := strings.ToLower(a.Title)
				byTitle[t] = append(byTitle[t], a.Key)
			}
		}
		for _, a := range byYear[y] {
			if a.Action != "Delete" {
				continue
			}
			rp.deleted++
			if re, ok := adds[a.Key]; ok && a.Billable && !re.Billable {
				rp.nowHeader[a.Key] = true
				continue
			}
			if _, ok := adds[a.Key]; ok {
				continue
			}
			cands := byTitle[strings.ToLower(a.Title)]
			if len(cands) == 1 && cands[0] != a.Key {
				rp.replacement[a.Key] = cands[0]
			}
		}
	}
	return rp
}

// dashRef writes an incomplete-code reference the way the index does:
// "M17.-" for a category, "S52.50-" below it.
func dashRef(k string) string {
	if len(k) == 3 {
		return k + ".-"
	}
	return Normalize(k) + "-"
}

const (
	refKept = iota
	refRepointed
	refDropped
)

// fix returns the current form of an index reference and what happened to it.
func (rp *repointer) fix(ref string) (string, int) {
	ref = strings.TrimSpace(ref)
	dash := strings.HasSuffix(ref, "-")
	k := key(strings.TrimRight(ref, "-"))
	if Normalize(k) == "" {
		return "", refDropped
	}
	if dash && len(k) > 4 {
		if _, ok := rp.pos[k]; !ok {
			k = strings.TrimRight(k, "X") // "O46.8X-": placeholder before the 7th character
		}
	}
	if i, ok := rp.pos[k]; ok {
		if !dash && rp.nowHeader[k] && !rp.codes[i].Billable {
			return dashRef(k), refRepointed
		}
		return ref, refKept
	}
	seen := 0
	for r, ok := rp.replacement[k]; ok && seen < 8; r, ok = rp.replacement[r] {
		if _, live := rp.pos[r]; live {
			if dash || rp.nowHeader[r] {
				return dashRef(r), refRepointed
			}
			return Normalize(r), refRepointed
		}
		seen++
	}
	return "", refDropped
}

// fixIndex re-points or drops every code reference in an index tree and
// removes terms left with nothing to say.
func (rp *repointer) fixIndex(ix *Index, rep *Report) {
	var walk func(ts []*Term) []*Term
	fixOne := func(ref *string) bool {
		if *ref == "" {
			return false
		}
		rep.IndexRefs++
		v, st := rp.fix(*ref)
		switch st {
		case refKept:
			rep.IndexKept++
		case refRepointed:
			rep.IndexRepointed++
		case refDropped:
			rep.IndexDropped++
		}
		*ref = v
		return st == refDropped
	}
	walk = func(ts []*Term) []*Term {
		out := ts[:0]
		for _, t := range ts {
			dropped := fixOne(&t.Code)
			if fixOne(&t.Manif) {
				dropped = true
			}
			anyCell := false
			for i := range t.Cells {
				if fixOne(&t.Cells[i]) {
					dropped = true
				}
				if t.Cells[i] != "" {
					anyCell = true
				}
			}
			t.Children = walk(t.Children)
			if dropped && t.Code == "" && t.Manif == "" && !anyCell && len(t.See) == 0 &&
				len(t.SeeAlso) == 0 && len(t.Children) == 0 {
				rep.IndexTermsRemoved++
				continue
			}
			out = append(out, t)
		}
		return out
	}
	ix.Terms = walk(ix.Terms)
}
