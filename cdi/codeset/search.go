package codeset

import (
	"math/bits"
	"sort"
	"strings"
)

// searcher holds the inverted indexes behind Search; it is built on the
// first Search call so that loading the set stays cheap for callers that
// only look codes up.
type searcher struct {
	tokID    map[string]uint32
	termTok  [][]uint32 // per index term (preorder id): own title + nemod tokens
	termNem  [][]uint32 // per index term: nemod tokens only (never penalised)
	terms    []*Term
	termID   map[*Term]int32
	byTokT   [][]int32  // token -> index terms containing it
	codeTok  [][]uint32 // per code: title + inclusion tokens (matchable)
	codeCore [][]uint32 // per code: title tokens outside parentheses (penalised when unmatched)
	byTokC   [][]int32  // token -> codes containing it
	weak     map[uint32]bool
	exp      []bool  // codes[i] is a 7th-character expansion (see isExpansion)
	par      []int32 // parent index of codes[i], -1 for a category
}

// abbreviations clinicians type into an encoder, expanded before matching.
var abbreviations = map[string]string{
	"ckd": "chronic kidney disease", "chf": "congestive heart failure", "copd": "chronic obstructive pulmonary disease",
	"htn": "hypertension", "dm": "diabetes mellitus", "t2dm": "type 2 diabetes mellitus", "t1dm": "type 1 diabetes mellitus",
	"mi": "myocardial infarction", "afib": "atrial fibrillation", "uti": "urinary tract infection",
	"cad": "coronary artery disease", "dvt": "deep vein thrombosis", "pe": "pulmonary embolism",
	"aki": "acute kidney failure", "esrd": "end stage renal disease", "hfref": "systolic heart failure",
	"hfpef": "diastolic heart failure", "fx": "fracture", "oa": "osteoarthritis", "ra": "rheumatoid arthritis",
	"lt": "left", "rt": "right", "bilat": "bilateral", "gerd": "gastro-esophageal reflux disease",
	"cva": "cerebral infarction", "tia": "transient ischemic attack", "osa": "obstructive sleep apnea",
	"bph": "benign prostatic hyperplasia", "mdd": "major depressive disorder", "hld": "hyperlipidemia",
}

var stopwords = map[string]bool{"of": true, "the": true, "a": true, "an": true, "and": true, "or": true,
	"in": true, "to": true, "by": true, "for": true, "on": true, "at": true, "as": true, "is": true}

// stem conflates inflections ("diabetes"/"diabetic", "fracture"/"fractures")
// with a few suffix rules; both sides of a match go through it, so it only
// needs to be consistent, not linguistically exact.
func stem(w string) string {
	switch {
	case len(w) > 5 && strings.HasSuffix(w, "ies"):
		w = w[:len(w)-3] + "y"
	case len(w) > 4 && strings.HasSuffix(w, "es"):
		w = w[:len(w)-2]
	case len(w) > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss"):
		w = w[:len(w)-1]
	}
	switch {
	case len(w) > 5 && strings.HasSuffix(w, "ic"):
		w = w[:len(w)-2]
	case len(w) > 5 && strings.HasSuffix(w, "al"):
		w = w[:len(w)-2]
	}
	if len(w) > 4 && strings.HasSuffix(w, "e") {
		w = w[:len(w)-1]
	}
	return w
}

// words splits text into lower-case stemmed words, dropping stopwords;
// core reports, per word, whether it stood outside parentheses.
func words(text string) (out []string, core []bool) {
	depth := 0
	start := -1
	flush := func(end int) {
		if start < 0 {
			return
		}
		w := strings.ToLower(text[start:end])
		start = -1
		if stopwords[w] {
			return
		}
		out = append(out, stem(w))
		core = append(core, depth == 0)
	}
	for i := 0; i < len(text); i++ {
		c := text[i]
		alnum := c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
		if alnum {
			if start < 0 {
				start = i
			}
			continue
		}
		flush(i)
		switch c {
		case '(', '[':
			depth++
		case ')', ']':
			if depth > 0 {
				depth--
			}
		}
	}
	flush(len(text))
	return out, core
}

func (sr *searcher) id(w string) uint32 {
	if id, ok := sr.tokID[w]; ok {
		return id
	}
	id := uint32(len(sr.tokID))
	sr.tokID[w] = id
	sr.byTokT = append(sr.byTokT, nil)
	sr.byTokC = append(sr.byTokC, nil)
	return id
}

func uniq(ids []uint32) []uint32 {
	sort.Slice(ids, func(a, b int) bool { return ids[a] < ids[b] })
	out := ids[:0]
	for i, x := range ids {
		if i == 0 || x != ids[i-1] {
			out = append(out, x)
		}
	}
	return out
}

func (s *Set) searcher() *searcher {
	s.searchOnce.Do(func() {
		sr := &searcher{tokID: map[string]uint32{}, termID: map[*Term]int32{}, weak: map[uint32]bool{}}
		for _, w := range []string{"unspecified", "other", "specified", "elsewhere", "classified"} {
			sr.weak[sr.id(stem(w))] = true
		}
		var walk func(ts []*Term)
		walk = func(ts []*Term) {
			for _, t := range ts {
				id := int32(len(sr.terms))
				sr.terms = append(sr.terms, t)
				sr.termID[t] = id
				ws, _ := words(t.Title + " " + strings.Join(t.Nemod, " "))
				var toks []uint32
				for _, w := range ws {
					toks = append(toks, sr.id(w))
				}
				toks = uniq(toks)
				sr.termTok = append(sr.termTok, toks)
				nw, _ := words(strings.Join(t.Nemod, " "))
				var nem []uint32
				for _, w := range nw {
					nem = append(nem, sr.id(w))
				}
				sr.termNem = append(sr.termNem, nem)
				for _, tk := range toks {
					sr.byTokT[tk] = append(sr.byTokT[tk], id)
				}
				walk(t.Children)
			}
		}
		walk(s.index.Terms)
		sr.exp = make([]bool, len(s.codes))
		sr.par = make([]int32, len(s.codes))
		for i, c := range s.codes {
			sr.exp[i] = s.isExpansion(c)
			sr.par[i] = -1
			if p := s.ParentOf(c); p != nil {
				sr.par[i] = p.idx
			}
		}
		sr.codeTok = make([][]uint32, len(s.codes))
		sr.codeCore = make([][]uint32, len(s.codes))
		for i, c := range s.codes {
			if sr.exp[i] {
				continue
			}
			ws, core := words(c.Title)
			var all, cr []uint32
			for j, w := range ws {
				id := sr.id(w)
				all = append(all, id)
				if core[j] {
					cr = append(cr, id)
				}
			}
			for _, inc := range c.Inclusion {
				iw, _ := words(inc)
				for _, w := range iw {
					all = append(all, sr.id(w))
				}
			}
			sr.codeTok[i] = uniq(all)
			sr.codeCore[i] = uniq(cr)
			for _, tk := range sr.codeTok[i] {
				sr.byTokC[tk] = append(sr.byTokC[tk], int32(i))
			}
		}
		s.search = sr
	})
	return s.search
}

// isExpansion reports whether c is a 7th-character expansion of a code that
// carries 7th-character definitions; search offers the base code instead.
func (s *Set) isExpansion(c *Code) bool {
	if len(c.Code) != 8 || c.Parent == "" {
		return false
	}
	p, ok := s.byKey[c.Parent]
	return ok && len(p.SevenChr) > 0 && len(c.SevenChr) > 0
}

type idxSupport struct {
	mask uint64
	term *Term
}

// Search is encoder-style look-up: the query words are matched against the
// Alphabetic Index (main term, then subterms) and the tabular titles and
// inclusion terms; codes are ranked by how much of the query they explain,
// minus the specific words of their title that the query did not ask for.
// Codes needing a 7th character are returned at the 6-character level.
func (s *Set) Search(text string, limit int) []Hit {
	if limit <= 0 {
		limit = 10
	}
	sr := s.searcher()
	var expanded []string
	for _, f := range strings.Fields(strings.ToLower(text)) {
		if a, ok := abbreviations[strings.Trim(f, ".,;:")]; ok {
			expanded = append(expanded, a)
		} else {
			expanded = append(expanded, f)
		}
	}
	qw, _ := words(strings.Join(expanded, " "))
	var q []uint32
	qbit := map[uint32]uint64{}
	for _, w := range qw {
		id, ok := sr.tokID[w]
		if !ok {
			id = ^uint32(0) - uint32(len(q)) // unknown word: still counts against coverage
		}
		if _, dup := qbit[id]; dup || len(q) == 64 {
			continue
		}
		qbit[id] = 1 << uint(len(q))
		q = append(q, id)
	}
	if len(q) == 0 {
		return nil
	}
	maskOf := func(toks []uint32) uint64 {
		var m uint64
		for _, t := range toks {
			m |= qbit[t]
		}
		return m
	}

	// 1. Alphabetic Index: every term carrying a query word, scored by the
	// words along its path; the main term must carry one of them.
	support := map[int32]idxSupport{} // code index -> best index support
	seenT := map[int32]bool{}
	for _, tk := range q {
		if int(tk) >= len(sr.byTokT) {
			continue
		}
		for _, tid := range sr.byTokT[tk] {
			if seenT[tid] {
				continue
			}
			seenT[tid] = true
			t := sr.terms[tid]
			var m uint64
			var main *Term
			for x := t; x != nil; x = x.Parent {
				m |= maskOf(sr.termTok[sr.termID[x]])
				main = x
			}
			if maskOf(sr.termTok[sr.termID[main]]) == 0 {
				continue
			}
			ref := t.Code
			if ref == "" && len(t.See) > 0 {
				if st := s.index.Resolve(t.See[0]); st != nil {
					ref = st.Code
				}
			}
			if ref == "" {
				continue
			}
			c, ok := s.Lookup(strings.TrimRight(ref, ".-"))
			if !ok {
				continue
			}
			old, had := support[c.idx]
			if !had || bits.OnesCount64(m) > bits.OnesCount64(old.mask) ||
				(bits.OnesCount64(m) == bits.OnesCount64(old.mask) && t.Level > old.term.Level) {
				support[c.idx] = idxSupport{m, t}
			}
		}
	}
	// 2. Candidates: codes whose title words match, plus the codes the index
	// pointed at and everything below them.
	cand := map[int32]uint64{}
	for _, tk := range q {
		if int(tk) >= len(sr.byTokC) {
			continue
		}
		for _, ci := range sr.byTokC[tk] {
			cand[ci] |= qbit[tk]
		}
	}
	var addBelow func(i int32, depth int)
	addBelow = func(i int32, depth int) {
		if _, ok := cand[i]; !ok {
			cand[i] = 0
		}
		if depth > 4 {
			return
		}
		for _, k := range s.kids[s.kidOff[i]:s.kidOff[i+1]] {
			if !sr.exp[k.idx] {
				addBelow(k.idx, depth+1)
			}
		}
	}
	for ci := range support {
		addBelow(ci, 0)
	}
	// 3. Score.
	type scored struct {
		i     int32
		score float64
		sup   *Term
	}
	var res []scored
	n := float64(len(q))
	for ci, tm := range cand {
		c := s.codes[ci]
		if sr.exp[ci] {
			continue
		}
		mask := tm
		var sup *Term
		for x := ci; x >= 0; {
			if sp, ok := support[x]; ok {
				mask |= sp.mask
				if sup == nil {
					sup = sp.term
				}
			}
			if x = sr.par[x]; x < 0 {
				break
			}
		}
		matched := float64(bits.OnesCount64(mask))
		if matched == 0 {
			continue
		}
		var pathTok map[uint32]bool
		if sup != nil {
			pathTok = map[uint32]bool{}
			for x := sup; x != nil; x = x.Parent {
				for _, tk := range sr.termNem[sr.termID[x]] {
					pathTok[tk] = true
				}
			}
		}
		extra := 0.0
		for _, tk := range sr.codeCore[ci] {
			if qbit[tk] != 0 || pathTok[tk] {
				continue
			}
			if sr.weak[tk] {
				extra += 0.3
			} else {
				extra++
			}
		}
		score := matched/n*10 - 0.6*extra
		if sup != nil {
			score += 0.5
		}
		if c.Billable || len(c.SevenChr) > 0 && s.kidOff[ci+1] > s.kidOff[ci] && sr.exp[s.kids[s.kidOff[ci]].idx] {
			score += 0.3
		}
		res = append(res, scored{ci, score, sup})
	}
	sort.Slice(res, func(a, b int) bool {
		if res[a].score != res[b].score {
			return res[a].score > res[b].score
		}
		return res[a].i < res[b].i
	})
	if len(res) > limit {
		res = res[:limit]
	}
	out := make([]Hit, len(res))
	for i, r := range res {
		c := s.codes[r.i]
		out[i] = Hit{Code: c.Code, Title: c.Title, Score: float64(int(r.score*1000)) / 1000}
		if r.sup != nil {
			out[i].Path = r.sup.Path()
		}
	}
	return out
}
