package coder

import (
	"strings"
	"unicode"

	"notecoder/cdi/text"
)

// Status after a past removal (guideline I.C.21.c.3, status Z codes): a
// patient whose uterus, kidney or gallbladder was removed before this
// encounter has an acquired absence (Z90.-) or a post-procedural status
// (Z98.-) to report. The codes come from the index: the procedure words the
// "Status (post)" entry lists ("Status, hysterectomy Z90.710") and, for the
// removals it lacks, the organ's "Absence, <organ>, acquired" entry named in
// data/status_post.tsv. A removal planned or done in this encounter is a
// procedure, not a status: the mention is kept only when it is read as past
// (a history or "status post" assertion, a past-time word or a year in the
// sentence, or the participle "hysterectomized").

// spRule is one procedure word compiled: the index node it reports and
// whether the word alone says the removal is past ("-ectomized").
type spRule struct {
	n    *node
	past bool
}

// statusPost holds the compiled status-after-removal table.
type statusPost struct {
	byWord map[wid]spRule // procedure word -> rule
	past   map[wid]bool   // words that put a removal in the past
	kid    map[wid]string // qualifier word -> the index subterm it selects ("subtotal" -> "partial")
}

// loadStatusPost compiles the "Status" entry's removal subterms and
// data/status_post.tsv.
func (e *Engine) loadStatusPost() statusPost {
	sp := statusPost{byWord: map[wid]spRule{}, past: map[wid]bool{}, kid: map[wid]string{}}
	add := func(word string, n *node) {
		ws := normWords(word)
		if len(ws) != 1 || n == nil {
			return
		}
		sp.byWord[e.lx.v.add(ws[0])] = spRule{n: n}
		if stem, ok := strings.CutSuffix(ws[0], "ectomy"); ok {
			// "hysterectomized", "hysterectomised": the participle says it
			// was done.
			for _, suf := range []string{"ectomized", "ectomised"} {
				sp.byWord[e.lx.v.add(stem+suf)] = spRule{n: n, past: true}
			}
		}
	}
	skip := map[string]bool{}
	for _, l := range lines("status_post.tsv") {
		if w, ok := strings.CutPrefix(l, "skip\t"); ok {
			skip[w] = true
		}
	}
	var status *node
	for _, n := range e.ix.byTitle["status"] {
		if status == nil || n.size > status.size {
			status = n
		}
	}
	if status != nil {
		for _, k := range status.kids {
			// A removal subterm ("cholecystectomy", "salpingo-oophorectomy")
			// reporting a status Z code itself or through its side kids;
			// "thyroidectomy E89.0" is a postprocedural condition, not a
			// status, and is left to the condition's own mention.
			if !strings.HasSuffix(k.lt, "ectomy") || strings.ContainsRune(k.lt, ' ') || !statusCoded(k) || skip[k.lt] {
				continue
			}
			add(k.lt, k)
		}
	}
	absence := (*node)(nil)
	for _, n := range e.ix.byTitle["absence"] {
		if absence == nil || n.size > absence.size {
			absence = n
		}
	}
	for _, l := range lines("status_post.tsv") {
		f := strings.Split(l, "\t")
		switch {
		case f[0] == "past" && len(f) == 2:
			for _, w := range normWords(f[1]) {
				sp.past[e.lx.v.add(w)] = true
			}
		case f[0] == "kid" && len(f) == 3:
			for _, w := range normWords(f[1]) {
				sp.kid[e.lx.v.add(w)] = f[2]
			}
		case f[0] == "proc" && len(f) == 3:
			n := status
			if !strings.HasPrefix(f[2], "Status >") {
				n = absence
			}
			for _, p := range strings.Split(strings.TrimPrefix(f[2], "Status >"), ">") {
				if n == nil {
					break
				}
				n = childByTitle(n, stripTitle(p))
			}
			if n == nil {
				continue
			}
			if a := childByTitle(n, "acquired"); a != nil {
				n = a // "Absence, testis Q55.0, acquired Z90.79"
			}
			if statusCoded(n) {
				add(f[1], n)
			}
		}
	}
	return sp
}

// statusCoded reports a node whose code, or every kid's code, is a status
// Z code (Z90.-, Z98.- ...).
func statusCoded(n *node) bool {
	if n.code != "" {
		return n.code[0] == 'Z'
	}
	if len(n.kids) == 0 {
		return false
	}
	for _, k := range n.kids {
		if k.code == "" || k.code[0] != 'Z' {
			return false
		}
	}
	return true
}

// statusPostCands adds the status candidates of the removals named in the
// sentence [a, b). toks are the section's tokens (a year is read from them:
// numbers are not content words).
func (e *Engine) statusPostCands(vts []vt, toks []text.Token, a, b int, cands []cand, sb *scratchBuf) []cand {
	var past bool
	for k := a; k < b && !past; k++ {
		past = e.sp.past[vts[k].w]
	}
	if !past && b > a {
		for j := int(vts[a].src); j <= int(vts[b-1].src) && j < len(toks); j++ {
			if isYear(toks[j].Text) {
				past = true
				break
			}
		}
	}
	for i := a; i < b; i++ {
		r, ok := e.sp.byWord[vts[i].w]
		if !ok {
			continue
		}
		n := r.n
		pos := []int{i}
		if len(n.kids) > 0 {
			// A qualifier just before the procedure picks its subterm
			// ("partial hysterectomy", "bilateral oophorectomy"); a node
			// with no code of its own needs one.
			var pick *node
			for k := max(a, i-3); k < i && pick == nil; k++ {
				if t, ok := e.sp.kid[vts[k].w]; ok {
					if pick = childByTitle(n, t); pick != nil {
						pos = []int{k, i}
					}
				}
			}
			if pick != nil {
				n = pick
			}
		}
		if n.code == "" {
			continue
		}
		pastMark := int8(1) // kept only when read as a history
		if r.past || past {
			pastMark = 2
		}
		cands = append(cands, cand{code: n.code, why: whyOf(n, false), pos: sb.ints.keep(pos),
			score: 64, head: i, past: pastMark,
			lo: max(a, i-nearLeft), hi: min(b, i+1+nearRight),
			wlo: max(a, i-wideSpan), whi: min(b, i+1+wideSpan)})
	}
	return cands
}

// isYear reports a four-digit year of the last two centuries ("2010").
func isYear(s string) bool {
	if len(s) != 4 || (s[:2] != "19" && s[:2] != "20") {
		return false
	}
	for _, r := range s {
		if !unicode.IsDigit(r) {
			return false
		}
	}
	return true
}
