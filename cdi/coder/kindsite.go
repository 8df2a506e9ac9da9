package coder

import (
	"fmt"

	"notecoder/cdi/model"
	"slices"
	"strings"
)

// kindSiteRule is one row of data/kind_site.tsv: a main term whose kind
// subterms (acute, chronic, neoplasm related) give a code assigned beside
// the code of the site subterm (guideline I.C.6.b.1.a(ii)).
type kindSiteRule struct {
	prefix string          // the kind codes that add information ("G89")
	kinds  map[string]bool // kind subterm titles, normalised (kindTitle)
}

// kindTitle normalises a subterm title for data/kind_site.tsv: the index
// prints "postoperative NOS" where the file says "postoperative".
func kindTitle(lt string) string {
	lt = strings.TrimSpace(lt)
	for _, suf := range []string{" nos", " nec"} {
		lt = strings.TrimSuffix(lt, suf)
	}
	return lt
}

// loadKindSite reads data/kind_site.tsv, keyed by main-term title.
func loadKindSite() (map[string]*kindSiteRule, error) {
	out := map[string]*kindSiteRule{}
	for _, f := range rows("kind_site.tsv") {
		if len(f) != 3 {
			return nil, fmt.Errorf("coder: data/kind_site.tsv: bad line %q", strings.Join(f, "\t"))
		}
		r := &kindSiteRule{prefix: f[1], kinds: map[string]bool{}}
		for _, k := range strings.Split(f[2], "|") {
			r.kinds[kindTitle(k)] = true
		}
		out[f[0]] = r
	}
	return out, nil
}

// kindTop returns the main term of the path ending at n and the subterm
// right below it.
func kindTop(n *node) (root, top *node) {
	for n != nil && n.parent != nil {
		top, n = n, n.parent
	}
	return n, top
}

// kindSite adds the other half of a mention naming both the kind and the
// site of a condition the index files under one main term as sibling
// subterms ("chronic knee pain": Pain, chronic G89.29 and Pain, joint,
// knee M25.56-). c is the walk's reading of head [i, j); its words besides
// the head are set aside and the main term walked again: a reading of the
// other axis is added, sharing the head. A reading of a kind whose code
// adds nothing ("Pain, acute" R52) is set aside in turn, so "acute
// postoperative knee pain" still finds G89.18.
func (e *Engine) kindSite(sb *scratchBuf, vts []vt, used []bool, a, b, i, j int, n *node, c *cand, cands []cand) []cand {
	if c.tab || c.why.k == 0 || len(e.kindSites) == 0 {
		return cands
	}
	last := c.why.parts[c.why.k-1].n
	root, top := kindTop(last)
	if root == nil || top == nil {
		return cands
	}
	r := e.kindSites[root.lt]
	if r == nil {
		return cands
	}
	cKind := r.kinds[kindTitle(top.lt)]
	if cKind && !strings.HasPrefix(c.code, r.prefix) || !cKind && strings.HasPrefix(c.code, r.prefix) {
		return cands
	}
	var setBuf [8]int // (on the stack while it holds)
	set := setBuf[:0]
	mask := func(pos []int) {
		for _, p := range pos {
			if (p < i || p >= j) && !used[p] {
				used[p] = true
				set = append(set, p)
			}
		}
	}
	defer func() {
		for _, p := range set {
			used[p] = false
		}
	}()
	mask(c.pos)
	for range 3 {
		d, ok := e.walkHit(sb, vts, used, a, b, i, j, n)
		if !ok || d.tab || d.why.k == 0 || d.code == "" || d.code == c.code {
			return cands
		}
		dr, dt := kindTop(d.why.parts[d.why.k-1].n)
		if dr != root || dt == nil {
			return cands
		}
		dKind := r.kinds[kindTitle(dt.lt)]
		if dKind == cKind {
			return cands
		}
		if dKind && !strings.HasPrefix(d.code, r.prefix) {
			mask(d.pos) // "acute" (R52) beside "postoperative"
			continue
		}
		if !dKind && strings.HasPrefix(d.code, r.prefix) {
			return cands
		}
		if !dKind && slices.ContainsFunc(d.pos, func(p int) bool { return !slices.Contains(c.pos, p) && causeBetween(vts, p, i) }) {
			// "Chronic pain due to osteoarthritis of the knee": the
			// site past the cause link is the cause's, and the pain
			// its symptom.
			return cands
		}
		// The two readings are one mention: the site's evidence takes
		// the kind's words too, so both carry the same assertion
		// ("history of chronic knee pain": chronic, so current), and the
		// shared words are no overlap for choose. The kind's evidence
		// stays without the site: a site pain inside it would be read as
		// a symptom of it (dropIntegral).
		if cKind {
			d.pos = withWords(sb, d.pos, d.nOpt, c.pos)
		} else {
			c.pos = withWords(sb, c.pos, c.nOpt, d.pos)
		}
		d.score, d.coord, d.head = 1, overlap(c.pos, d.pos), c.head
		return append(cands, d)
	}
	return cands
}

// withWords returns pos (whose last nOpt are nonessential modifiers) with
// the positions of more it lacks added among its required ones.
func withWords(sb *scratchBuf, pos []int, nOpt int, more []int) []int {
	nReq := len(pos) - nOpt
	out := make([]int, 0, len(pos)+len(more))
	out = append(out, pos[:nReq]...)
	for _, p := range more {
		if !slices.Contains(pos, p) {
			out = append(out, p)
		}
	}
	slices.Sort(out)
	return sb.ints.keep(append(out, pos[nReq:]...))
}

// kindSitePains returns the pain codes of a note that has a kind code
// (G89): the site readings its kind may have come with (kindSite). Most
// notes have none and pay one scan.
func (e *Engine) kindSitePains(codes []model.Code) []model.Code {
	if !slices.ContainsFunc(codes, func(c model.Code) bool { return hasAnyPrefix(c.Code, e.kindCodes) }) {
		return nil
	}
	var out []model.Code
	for _, c := range codes {
		if !hasAnyPrefix(c.Code, e.kindCodes) && painTitle(c.Title) {
			out = append(out, c)
		}
	}
	return out
}

// dropKindWithSite removes a kind code (G89) read with a site from the same
// words when the site pain was dropped: as the symptom of a coded diagnosis
// ("chronic upper back pain" from macromastia: G89 is not assigned when the
// underlying diagnosis is known, guideline I.C.6.b.1.a), or as a complaint
// the assessment does not address. The site reading's evidence holds the
// kind's words (kindSite); a kind code also read elsewhere in the note
// keeps the spans no dropped site holds, and stays.
func (e *Engine) dropKindWithSite(codes, sites []model.Code) []model.Code {
	if len(sites) == 0 {
		return codes
	}
	return dropWhere(codes, func(c *model.Code) bool {
		return hasAnyPrefix(c.Code, e.kindCodes) && slices.ContainsFunc(sites, func(o model.Code) bool {
			return o.Assertion == c.Assertion && inside(c.Evidence, o.Evidence) && !slices.ContainsFunc(codes, func(k model.Code) bool { return k.Code == o.Code })
		})
	})
}
