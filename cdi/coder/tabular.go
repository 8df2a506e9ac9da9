package coder

import (
	"math/bits"
	"slices"
	"strings"
	"unicode/utf8"

	"notecoder/cdi/codeset"
)

// kidInfo is a tabular child with the words that set it apart from its
// parent ("left", "acute", "stage 3a"), computed once per parent on demand.
type kidInfo struct {
	c      *codeset.Code
	words  []wid
	unspec bool // title says "unspecified" (the default when the note is silent)
	// named: the default is named by the tabular ("X NOS" inclusion) or by
	// data/default_child.txt ("loss of consciousness status unknown"), not
	// only inferred from an "unspecified" in the title: it wins over a
	// sibling that is merely titled unspecified ("with loss of
	// consciousness of unspecified duration" says consciousness was lost).
	named   bool
	seventh bool // a 7th-character expansion
	// solid: the lymphoma site "extranodal and solid organ sites", which
	// an organ word chooses (lexicon.extranodal).
	solid bool
	// dflt are the words of a cause the title calls unspecified ("due to
	// unspecified occlusion or stenosis of ..."): the note that names no
	// cause says as much, so they are not words it lacks.
	dflt []wid
}

// boundIDs returns the word ids of the bound prefixes (data/bound_prefixes.txt)
// a title writes hyphenated onto the next word ("post-traumatic"): kidsOf
// leaves them out of a child's words, so the "post" of a note's "status
// post" does not choose a post-traumatic code.
func (e *Engine) boundIDs(title string) []wid {
	var out []wid
	lt := strings.ToLower(title)
	for p := range boundPrefixes() {
		for i := strings.Index(lt, p+"-"); i >= 0; {
			if i == 0 || !isLetter(lt[i-1]) {
				if id := e.lx.v.get(p); id != 0 && !containsW(out, id) {
					out = append(out, id)
				}
			}
			j := strings.Index(lt[i+1:], p+"-")
			if j < 0 {
				break
			}
			i += 1 + j
		}
	}
	return out
}

// kidsOf returns the children of code with their distinctive words. The result
// is cached; the cache is safe for concurrent use.
func (e *Engine) kidsOf(c *codeset.Code) []kidInfo {
	if v, ok := e.kids.get(c.Code); ok {
		return v
	}
	parent := e.lx.idsRO(c.Title)
	kids := e.cs.Children(c.Code)
	out := make([]kidInfo, 0, len(kids))
	kidWords := make([][]wid, len(kids))
	for i, k := range kids {
		kidWords[i] = e.lx.idsRO(k.Title)
	}
	// A child that lists its parent's title "NOS" among its inclusion terms
	// is the tabular's own default ("Traumatic subdural hemorrhage NOS" is
	// S06.5XA, loss of consciousness status unknown, not S06.5X9 "of
	// unspecified duration", which says there was a loss of consciousness).
	nos := -1
	for i, k := range kids {
		for _, in := range k.Inclusion {
			if t, ok := strings.CutSuffix(in, " NOS"); ok && strings.EqualFold(t, c.Title) {
				nos = i
			}
		}
	}
	for i, k := range kids {
		ws := kidWords[i]
		bound := e.boundIDs(k.Title)
		var d []wid
		for _, w := range ws {
			if containsW(bound, w) {
				continue
			}
			// A word is counted once: "with loss of consciousness of any
			// duration with death due to brain injury prior to regaining
			// consciousness" (S06.9X7) says "with" and "consciousness"
			// twice, and counted twice they outweigh the "death" a note
			// saying only "with loss of consciousness" never wrote.
			if w != 0 && !containsW(d, w) && (!containsW(parent, w) || e.alternative(w, parent, kidWords)) {
				d = append(d, w)
			}
		}
		lt := strings.ToLower(k.Title)
		pt := strings.ToLower(c.Title)
		unspec := strings.Count(lt, "unspecified") > strings.Count(pt, "unspecified")
		dflt := e.lx.idsRO(unspecCause(lt))
		named := nos == i
		for _, p := range e.lx.defaultChild {
			unspec = unspec || strings.Contains(lt, p) && !strings.Contains(pt, p)
			named = named || nos < 0 && strings.Contains(lt, p) && !strings.Contains(pt, p)
			if strings.Contains(lt, p) {
				// The default state's words are no words the note lacks
				// ("Sensorineural hearing loss, unilateral, left ear, with
				// unrestricted hearing on the contralateral side" for "left
				// SNHL").
				dflt = append(slices.Clip(dflt), e.lx.idsRO(p)...)
			}
		}
		out = append(out, kidInfo{
			c:       k,
			words:   e.lx.firstSide(d),
			unspec:  nos == i || nos < 0 && (unspec || strings.Contains(lt, "without complication")),
			named:   named,
			seventh: len(strings.ReplaceAll(k.Code, ".", "")) == 7 && len(c.SevenChr) > 0,
			solid:   strings.Contains(lt, "extranodal and solid organ sites"),
			dflt:    dflt,
		})
	}
	return e.kids.put(c.Code, out)
}

// alternative reports a word of the parent title that is one of two the
// children divide between them: "Subluxation and dislocation of distal end of
// ulna" names two conditions and each child keeps exactly one of them
// ("Dislocation of distal end of right ulna"), so the word chooses the child
// like a side does (a child may name both: "mixed conductive and
// sensorineural"). Words that some children merely leave out ("deep veins
// of lower extremity" against "popliteal vein") do not count.
func (e *Engine) alternative(x wid, parent []wid, kidWords [][]wid) bool {
	for _, y := range parent {
		if y == x || y == 0 {
			continue
		}
		// A child may name both ("Mixed conductive and sensorineural
		// hearing loss" beside the conductive and the sensorineural
		// ones): the words still divide the others, and a child naming
		// neither means the word is no choice.
		split, onlyX, onlyY := true, false, false
		for _, ws := range kidWords {
			hx, hy := containsW(ws, x), containsW(ws, y)
			if !hx && !hy {
				split = false
				break
			}
			onlyX, onlyY = onlyX || hx && !hy, onlyY || hy && !hx
		}
		if split && onlyX && onlyY {
			return true
		}
	}
	return partition(x, parent, kidWords)
}

// partition reports a word of the parent title that is one of three or more
// the children divide among them, each child naming exactly one: "Stress
// fracture, ankle, foot and toes" (M84.37) has an ankle, a foot and a toes
// child for each side, so "foot" chooses the child like a side does.
// (alternative reads the pairs.)
func partition(x wid, parent []wid, kidWords [][]wid) bool {
	var split [8]wid // parent words some children have and others lack
	n := 0
	for _, y := range parent {
		if y == 0 || slices.Contains(split[:n], y) {
			continue
		}
		some, all := false, true
		for _, ws := range kidWords {
			h := containsW(ws, y)
			some, all = some || h, all && h
		}
		if some && !all {
			if n == len(split) {
				return false
			}
			split[n] = y
			n++
		}
	}
	if n < 3 || !slices.Contains(split[:n], x) {
		return false
	}
	for _, ws := range kidWords {
		k := 0
		for _, y := range split[:n] {
			if containsW(ws, y) {
				k++
			}
		}
		if k != 1 {
			return false
		}
	}
	return true
}

// saidWord reports whether x is a word of the index entry the walk ended on
// (the note's words, or the words a "see" reference put in their place). Its
// ancestors' words do not count: "Varix > leg > with > ulcer" says where the
// varix is, not that the ulcer is on the lower leg.
func (w *walker) saidWord(x wid) bool {
	if w.said == nil || w.said.parent == nil {
		return false
	}
	if containsW(w.said.req, x) || containsW(w.said.standsFor, x) {
		return true
	}
	// A parent without a code, a see reference or a parent of its own to
	// stand for is the first word of the entry's phrase the index splits
	// in two ("Abscess, upper, limb" L02.41- is the upper limb's, L02.413,
	// not the axilla's; "upper" also heads "respiratory"). A connector
	// ("Dementia, with, Parkinson's disease") is no word of the phrase.
	if p := w.said.parent; p.code == "" && len(p.see) == 0 && p.parent != nil && p.parent.parent == nil && !slices.Contains(p.parent.conn, p) && containsW(p.req, x) {
		return true
	}
	// The subterm's bone is a part of the region the child titles name:
	// "Fracture, stress, metatarsus" M84.37- is the foot's (M84.375),
	// not the ankle's (data/part_region.tsv).
	for _, r := range w.said.req {
		if y, ok := w.lx.partRegion[r]; ok && y == x {
			return true
		}
	}
	return false
}

// kidWordFound reports whether the note says the child title's word ws[xi]
// in the walk's window. A word that leads a particular written at the end of
// the list item (data/far_subterms.txt: "..., present on admission, stage
// 3") is looked for also after the near window as far as the wide one reaches, and the
// number the title gives it must follow it closely there ("2 x 3 cm, stage
// 3" is no stage 2).
func (e *Engine) kidWordFound(w *walker, ws []wid, xi int) bool {
	x := ws[xi]
	lo, hi := w.lo, max(w.hi, w.whi)
	if xi > 0 && e.lx.bits.farLead.has(ws[xi-1]) && e.lx.isNum(x) {
		p := e.farFind(w, ws[xi-1], lo, hi)
		for q := p + 1; p >= 0 && q <= p+2 && q < hi; q++ {
			if w.toks[q].w == x || w.toks[q].num {
				// The first number after it is the stage ("stage
				// 3, 2 x 2 cm" is no stage 2).
				return w.toks[q].w == x
			}
		}
		return false
	}
	if e.lx.bits.farLead.has(x) {
		return e.farFind(w, x, lo, hi) >= 0
	}
	return w.find(x, w.lo, w.hi) >= 0
}

// farFind finds the far word x in [lo, hi). Beyond the near window it must
// not be written right after another condition's name in its clause: in
// "sacral pressure ulcer, CKD stage 4" the stage is the kidney disease's.
func (e *Engine) farFind(w *walker, x wid, lo, hi int) int {
	p := w.find(x, lo, hi)
	if q := p - 1; p >= w.hi && q > w.head && w.toks[q].clause == w.toks[p].clause {
		if e.ix.isMainTerm(w.toks[q].w) {
			return -1
		}
	}
	return p
}

// otherQualified reports whether the child's word x, the only one of its
// words the note has, is qualified in the child's title by a word of its own
// the note lacks ("deep tissue") and in the note by another word that is
// not the child's ("necrotic tissue"): the two name different things.
func (e *Engine) otherQualified(w *walker, k kidInfo, x wid) bool {
	q := w.find(x, w.lo, w.hi)
	if q <= w.lo || w.toks[q-1].clause != w.toks[q].clause || w.toks[q-1].src+1 != w.toks[q].src {
		return false
	}
	if y := w.toks[q-1].w; y == 0 || containsW(k.words, y) || e.lx.isSide(y) {
		return false
	}
	t := e.lx.idsRO(k.c.Title)
	i := slices.Index(t, x)
	if i <= 0 {
		return false
	}
	y := t[i-1]
	return y != 0 && y != x && containsW(k.words, y) && w.find(y, w.lo, w.hi) < 0
}

// noteDefaultChild is the note an explanation carries when the tabular's
// unspecified child was taken for want of a word: dropLessSpecific reads it
// to let a sibling the note documents stand instead ("CML in remission"
// beside the default "not having achieved remission").
const noteDefaultChild = "unspecified child by default"

// refine descends the tabular from an index code (possibly a category or a
// "-" partial code) to a billable code, choosing children by the words of the
// mention's window (laterality, acuity, type, stage) and falling back on the
// "unspecified" child, then adds the 7th character and X placeholders.
// It returns the final code, whether it is billable, and a note for Why.
func (e *Engine) refine(code string, w *walker, episode byte) (string, bool, string) {
	code = strings.TrimRight(code, "-.")
	c, ok := e.cs.Lookup(code)
	for !ok && len(code) > 3 {
		code = strings.TrimRight(code[:len(code)-1], ".")
		c, ok = e.cs.Lookup(code)
	}
	if !ok {
		return "", false, ""
	}
	var noteBuf [4]string // (on the stack: a note is joined before refine returns)
	note := noteBuf[:0]
	// "right" or "left" says the condition is unilateral.
	unilateral := false
	both := false // a plural names both sides ("varices of the lower extremities")
	// bilatSaid: "bilateral" beside a side word ("bilateral CTS, worse on
	// the right"): the bilateral child wins a tie with the side's.
	bilatSaid := false
	dom := wid(0) // the dominance the guidelines imply for the side
	if w != nil {
		both = w.bothSides()
		for i := w.lo; i < w.hi; i++ {
			if x := w.toks[i].w; x != 0 && (e.lx.v.words[x] == "right" || e.lx.v.words[x] == "left") && !w.farSide(i) {
				unilateral = true
			}
		}
		if unilateral && w.find(e.lx.wBilat, w.lo, w.hi) >= 0 {
			unilateral = false // "right and left", "both": not one side
			bilatSaid = true
		}
		dom = e.impliedDominance(w)
	}
	if !c.Billable {
		if x := e.nodeSite(c, w); x != nil {
			// "DLBCL of cervical, mediastinal and retroperitoneal nodes":
			// the regions choose the site (data/node_regions.tsv).
			c = x
			note = append(note, "lymph node site from the regions named")
		}
	} else if p, ok := e.cs.Lookup(c.Parent); ok && c.Parent != "" && strings.HasSuffix(c.Title, "unspecified site") {
		if x := e.nodeSite(p, w); x != nil {
			c = x
			note = append(note, "lymph node site from the regions named")
		}
	}
	for guard := 0; guard < 6 && !c.Billable; guard++ {
		kids := e.kidsOf(c)
		if len(kids) == 0 {
			break
		}
		if kids[0].seventh {
			if x := e.seventh(c, w, episode); x != nil {
				c = x
				note = append(note, "7th character from context")
			}
			break
		}
		best, bestSc := -1, 0
		unspec, holder := -1, -1
		for i, k := range kids {
			if len(k.words) == 0 && holder < 0 && strings.Contains(k.c.Code, "X") {
				// A placeholder level repeats its parent's title
				// (H66.3 -> H66.3X "Other chronic suppurative otitis
				// media"): the way down when nothing else is chosen.
				holder = i
			}
			sc := 0
			guessedSide := false
			// "Both eyes" names each side of a code below "both eyes" that
			// names the two eyes one by one with no "bilateral" (H54.2X ->
			// H54.2X2 "right eye, category 2" -> H54.2X22 "... left eye
			// category 2").
			bothNamed := both && e.sideWord[2] != 0 && (containsW(k.words, e.sideWord[2]) || containsW(k.words, e.sideWord[3])) &&
				(strings.Contains(c.Title, "both eyes") || containsFold(k.c.Title, "right eye") && containsFold(k.c.Title, "left eye"))
			var lastFound wid
			for xi, x := range k.words {
				if w != nil && (e.kidWordFound(w, k.words, xi) && !e.fartherSide(w, x) || w.saidWord(x)) || unilateral && x == e.lx.wUnilat || both && x == e.lx.wBilat && bilateralTitle(k.c) || dom != 0 && x == dom ||
					bothNamed && (x == e.sideWord[2] || x == e.sideWord[3]) ||
					w != nil && w.tri != 0 && (x == w.tri || x == e.gest.wTrimester) && containsW(k.words, e.gest.wTrimester) && containsW(k.words, w.tri) {
					sc++
					lastFound = x
				} else if e.lx.isSide(x) || e.lx.neverGuessed[x] || bothNamed && e.lx.isNum(x) {
					// (Nor is a category the note does not give to the
					// two eyes named one by one: H54.0X has no
					// unspecified category to guess.)
					// (Nor is a death the note does not report:
					// data/never_guessed.txt.)
					guessedSide = true
				}
			}
			if sc == 1 && w != nil && e.otherQualified(w, k, lastFound) {
				// One word of a phrase the child's title names, qualified
				// otherwise in the note, does not choose it: "pressure
				// ulcer with necrotic tissue" is no "pressure-induced
				// deep tissue damage" (L89.-6).
				sc = 0
			}
			if guessedSide {
				// A side the note does not give is never chosen, however
				// well the rest matches ("abscess of the thigh" is not the
				// right lower limb's): the unspecified side stays.
				sc = 0
			}
			if k.solid && w != nil && e.organOutsideNodes(w) {
				// "Testicular lymphoma": the organ is the site the
				// title's words describe.
				sc = len(k.words)
			}
			// Penalise children that need words the note lacks, so that
			// "acute" does not pick "acute on chronic".
			sc = sc*4 - (len(k.words) - sc)
			if unilateral && containsW(k.words, e.lx.wBilat) {
				sc -= 4 // "right eye" is not "both eyes"
			}
			// Of several "unspecified" children the default says the
			// least: "unspecified meniscus, unspecified knee", not
			// "unspecified lateral meniscus, unspecified knee".
			// A named default wins over a child only titled unspecified.
			if k.unspec && (unspec < 0 || k.named && !kids[unspec].named || k.named == kids[unspec].named && len(k.words) < len(kids[unspec].words)) {
				unspec = i
			}
			// An "unspecified" child loses a tie: "nuclear sclerosis OU"
			// reads the "eye" of "Sclerosis, nuclear, eye" for the
			// unspecified eye as much as "both eyes" for bilateral. (Not
			// to an "other" residual: "sepsis due to gram negative" is
			// A41.50, not "Other Gram-negative sepsis".)
			if sc > 0 && (best < 0 || sc > bestSc || sc == bestSc && kids[best].unspec && !k.unspec && !otherTitle(k.c.Title) ||
				sc == bestSc && bilatSaid && containsW(k.words, e.lx.wBilat) && !containsW(kids[best].words, e.lx.wBilat)) {
				best, bestSc = i, sc
			}
		}
		if best < 0 && unspec < 0 {
			unspec = e.defaultKid(kids)
		}
		if unspec < 0 {
			unspec = holder
		}
		switch {
		case best >= 0:
			c = kids[best].c
		case unspec >= 0:
			c = kids[unspec].c
			note = append(note, noteDefaultChild)
		default:
			guard = 99
		}
	}
	// The index often gives the unspecified-side code ("Osteoarthritis,
	// knee M17.9"); when the note names a side, the category may hold a
	// code for it.
	if w != nil && w.weeks > 0 && e.leaf(c) && strings.Contains(c.Title, "unspecified weeks of gestation") {
		// "Premature rupture of membranes at 33 weeks": the index gives
		// the unspecified weeks (O42.90); the weeks say preterm (before 37
		// completed weeks) or full-term, and the trimester below.
		want := "Full-term"
		if w.weeks < 37 {
			want = "Preterm"
		}
		for _, k := range e.cs.Children(c.Parent) {
			if strings.HasPrefix(k.Title, want) {
				if x, xb, xn := e.refine(k.Code, w, episode); x != "" {
					note = append(note, "term from the weeks of gestation")
					if xn != "" {
						note = append(note, xn)
					}
					return x, xb, strings.Join(note, "; ")
				}
			}
		}
	}
	if w != nil && w.tri != 0 && e.leaf(c) && strings.Contains(c.Title, "unspecified trimester") {
		// The index gives the unspecified trimester ("Labor, preterm
		// O60.00"); the weeks of gestation name it (pregnancy.go).
		if alt := e.trimesterSibling(c, e.lx.v.words[w.tri]); alt != nil {
			c = alt
			note = append(note, "trimester from the weeks of gestation")
		}
	}
	if e.leaf(c) && w != nil && e.unspecified(c) && len(c.Code) > 3 {
		if alt := e.lateralSibling(c, w, unilateral); alt != nil {
			c = alt
			note = append(note, "side from the note")
		} else if alt := e.specificSibling(c, w); alt != nil {
			c = alt
			note = append(note, "specific code of the category from the note's words")
		}
	}
	if w != nil && e.leaf(c) && c.Parent != "" && strings.Contains(c.Title, "without ") {
		if alt := e.withSibling(c, w); alt != nil {
			c = alt
			note = append(note, "\"with\" sibling of the title's \"without\" default")
		}
	}
	// The index gives lymphomas at an unspecified site ("Lymphoma C85.90");
	// an organ outside the lymph nodes in the window is the site the
	// category calls "extranodal and solid organ sites".
	if w != nil && e.leaf(c) && c.Parent != "" && strings.HasSuffix(c.Title, "unspecified site") && e.organOutsideNodes(w) {
		if p, ok := e.cs.Lookup(c.Parent); ok {
			for _, k := range e.kidsOf(p) {
				if k.solid {
					if x, xb, xn := e.refine(k.c.Code, w, episode); x != "" {
						note = append(note, "site from the organ named")
						if xn != "" {
							note = append(note, xn)
						}
						return x, xb, strings.Join(note, "; ")
					}
				}
			}
		}
	}
	// A billable 6-character code cannot need a 7th; a short code whose
	// category requires one gets placeholders.
	if c.Billable || len(c.SevenChr) == 0 {
		return c.Code, c.Billable, strings.Join(note, "; ")
	}
	if x := e.seventh(c, w, episode); x != nil {
		if !slices.Contains(note, "7th character from context") {
			note = append(note, "7th character from context")
		}
		return x.Code, x.Billable, strings.Join(note, "; ")
	}
	return c.Code, c.Billable, strings.Join(note, "; ")
}

// fewOwnWords reports whether fewer than half of the words of a title
// (words) that another title (base) lacks are in the walker's near window.
func (e *Engine) fewOwnWords(words, base []wid, w *walker) bool {
	n, hit := 0, 0
	for _, x := range words {
		if containsW(base, x) || x == e.lx.wUnspec {
			continue
		}
		n++
		if w.find(x, w.lo, w.hi) >= 0 {
			hit++
		}
	}
	return hit*2 < n
}

// organOutsideNodes reports an organ outside the lymph nodes
// (data/extranodal.txt) in the mention's near window.
func (e *Engine) organOutsideNodes(w *walker) bool {
	for i := w.lo; i < w.hi; i++ {
		if e.lx.extranodal[w.toks[i].w] {
			return true
		}
	}
	return false
}

// leaf reports a code the tabular walk ends on: billable, or one whose only
// children are its 7th-character expansions ("Unspecified dislocation of
// unspecified shoulder joint", S43.006, which the index gives whole).
func (e *Engine) leaf(c *codeset.Code) bool {
	if c.Billable {
		return true
	}
	kids := e.kidsOf(c)
	return len(kids) > 0 && kids[0].seventh
}

// Episode kinds for the 7th character.
const (
	epInitial    = 'i'
	epSubsequent = 's'
	epSequela    = 'q'
)

// seventh picks the 7th character of c from its SevenChr definitions: the
// episode (initial unless the sentence says follow-up/healing or sequela)
// and, among those, the meaning whose extra words the window has ("open",
// "nonunion"). X placeholders pad the code to six characters.
func (e *Engine) seventh(c *codeset.Code, w *walker, episode byte) *codeset.Code {
	var epBit uint8 = 1 << 0
	switch episode {
	case epSubsequent:
		epBit = 1 << 1
	case epSequela:
		epBit = 1 << 2
	}
	bestSc := -1 << 30
	var bestChar byte
	// The meanings of a category share most of their words ("subsequent
	// encounter for open fracture ... with routine healing"): each distinct
	// word is looked up in the window once (seen bit 0: looked up, bit 1:
	// said by the index entry, bit 2: in the window in the meaning's sense).
	var seen [sevenMaxWords]uint8
	for _, sc := range e.sevenInfo(c) {
		score := 0
		if sc.eps&epBit != 0 {
			score += 100
		}
		ids := sc.ids
		for i, x := range ids {
			if x == 0 {
				continue
			}
			st := uint8(0)
			if w != nil {
				if sc.uniq != nil {
					st = seen[sc.uniq[i]]
				}
				if st == 0 {
					st = 1
					if w.saidWord(x) {
						st |= 2
					} else if e.seventhWord(w, x) {
						st |= 4
					}
					if sc.uniq != nil {
						seen[sc.uniq[i]] = st
					}
				}
			}
			if st&2 != 0 {
				// (A word of the index entry chose the code, not its
				// 7th character: the "dry" of "Degeneration, macula,
				// dry age-related" is no "early dry stage".)
				continue
			}
			if st&4 != 0 && (i == 0 || !e.lx.isNum(x) || w.follows(x, ids[i-1])) {
				// (A number counts only after its word: "fetus 2", not
				// the "2" of "37+2 weeks".)
				score += 3
			} else if !containsW(sc.defaults, x) {
				score--
			}
		}
		if score > bestSc {
			bestSc, bestChar = score, sc.char
		}
	}
	if bestChar == 0 {
		return nil
	}
	var kb [16]byte
	k := undotTo(kb[:0], c.Code)
	for len(k) < 6 {
		k = append(k, 'X')
	}
	x, ok := e.cs.Lookup(string(append(k[:6], bestChar)))
	if !ok {
		return nil
	}
	return x
}

// seventhWord reports whether the window of w has the word x of a 7th
// character's meaning in that meaning's sense: not followed by a word that
// makes it another thing's (data/seventh_other_sense.tsv: the "open" of an
// "open reduction", of ORIF's expansion, is no open fracture).
func (e *Engine) seventhWord(w *walker, x wid) bool {
	if need := e.lx.seventhNeed[x]; need != nil {
		return e.seventhFollowed(w, x, w.wlo, w.whi, need)
	}
	if e.seventhIn(w, x, w.wlo, w.whi, e.lx.seventhOther[x]) {
		return true
	}
	return e.seventhAliased(w, x)
}

// seventhAliased reports the window of w writing the 7th character's word x
// another way after one of its leading words (data/seventh_alias.tsv):
// "type 3a" or "Gustilo III" is the "type IIIA, IIIB, or IIIC" of an open
// fracture, which the meaning's own Roman spellings alone would miss.
func (e *Engine) seventhAliased(w *walker, x wid) bool {
	for _, a := range e.lx.seventhAlias[x] {
		for i := max(w.wlo, 1); i < w.whi && i < len(w.toks); i++ {
			if a.after[w.toks[i-1].w] && containsW(a.words, w.toks[i].w) {
				return true
			}
		}
	}
	return false
}

// seventhFollowed is seventhWord for a word that counts only with one of
// need right after it (data/seventh_need_next.tsv): the "type" of an open
// fracture's "type I or II" is Gustilo's, and "Colles type" or "type 2
// diabetes" in the window says nothing of the wound.
func (e *Engine) seventhFollowed(w *walker, x wid, lo, hi int, need map[wid]bool) bool {
	p := w.find(x, lo, hi)
	if p < 0 {
		return false
	}
	if p+1 < len(w.toks) && need[w.toks[p+1].w] {
		return true
	}
	return e.seventhFollowed(w, x, lo, p, need) || e.seventhFollowed(w, x, p+1, hi, need)
}

// seventhIn is seventhWord over [lo, hi): find returns the occurrence
// nearest the head, so one in another sense leaves both sides of it to look.
func (e *Engine) seventhIn(w *walker, x wid, lo, hi int, after map[wid]bool) bool {
	p := w.find(x, lo, hi)
	if p < 0 {
		return false
	}
	if after == nil || p+1 >= len(w.toks) || !after[w.toks[p+1].w] {
		return true
	}
	return e.seventhIn(w, x, lo, p, after) || e.seventhIn(w, x, p+1, hi, after)
}

// sevenMeaning is one 7th-character definition of a code read once
// (sevenInfo): the parts of seventh that do not depend on the note.
type sevenMeaning struct {
	char byte
	// eps has bit 0, 1, 2 set when the meaning names the initial,
	// subsequent or sequela episode.
	eps uint8
	// defaults are the words of the meaning's default parts
	// (data/seventh_default.txt): absent is as good as said.
	defaults []wid
	ids      []wid // the meaning's word ids (phraseIDs)
	// uniq[i] numbers ids[i] among the distinct words of all the code's
	// meanings, so seventh looks each up once per call; nil when they
	// number more than sevenMaxWords.
	uniq []uint8
}

// sevenMaxWords bounds the distinct words of one code's 7th-character
// meanings that seventh remembers per call (on its stack); a code with more
// (none in FY2026) is read without the memo.
const sevenMaxWords = 128

// sevenInfo returns c's 7th-character meanings with their episode and words.
// seventh runs for every mention coded in a 7th-character category; matching
// each meaning's text against the episodes and the default parts on every
// call was a large share of refine, and the answer depends on the code alone.
func (e *Engine) sevenInfo(c *codeset.Code) []sevenMeaning {
	if v, ok := e.sevens.get(c.Code); ok {
		return v
	}
	out := make([]sevenMeaning, 0, len(c.SevenChr))
	var distinct []wid
	for _, sc := range c.SevenChr {
		m := sevenMeaning{char: sc.Char, ids: e.phraseIDs(sc.Meaning)}
		for i, ep := range [...]string{"initial", "subsequent", "sequela"} {
			if containsFold(sc.Meaning, ep) {
				m.eps |= 1 << i
			}
		}
		for _, d := range e.lx.seventhDef {
			if containsFold(sc.Meaning, d.text) {
				m.defaults = append(m.defaults, d.ids...)
			}
		}
		m.uniq = make([]uint8, len(m.ids))
		for i, x := range m.ids {
			u := slices.Index(distinct, x)
			if u < 0 {
				u = len(distinct)
				distinct = append(distinct, x)
			}
			m.uniq[i] = uint8(min(u, sevenMaxWords-1))
		}
		out = append(out, m)
	}
	if len(distinct) > sevenMaxWords {
		for i := range out {
			out[i].uniq = nil
		}
	}
	return e.sevens.put(c.Code, out)
}

// lateralSibling descends the category of c again, choosing only children
// whose distinctive words the window has (including "unilateral" for right or
// left), and returns the billable code reached if a side word chose it.
func (e *Engine) lateralSibling(c *codeset.Code, w *walker, unilateral bool) *codeset.Code {
	side, both := false, w.bothSides()
	for i := w.lo; i < w.hi; i++ {
		if e.isLateral(w.toks[i].w) && !w.farSide(i) {
			side = true
		}
	}
	side = side || both
	// A code with a 7th character for an unspecified site ("... with
	// current pathological fracture, unspecified site", which the index
	// gives whole) has siblings for the site the note names, with or
	// without a side; specificSibling does not search such categories.
	anySite := !side && len(c.Code) == 8 && strings.Contains(c.Title, "unspecified site")
	if !side && !anySite {
		return nil
	}
	cat, ok := e.cs.Lookup(c.Code[:3])
	if !ok || anySite && len(cat.SevenChr) == 0 {
		return nil
	}
	dom := e.impliedDominance(w)
	cur := cat
	sided := false // the index's code already names a side
	for _, x := range e.phraseIDs(c.Title) {
		sided = sided || e.isLateral(x)
	}
	usedSide := false
	for guard := 0; guard < 4 && !e.leaf(cur); guard++ {
		best, bestSc := -1, 0
		// tie: another final code with a side word scores as the best
		// one ("right upper quadrant", "right lower quadrant" for "a mass
		// in the right flank"): the side does not say which. (Between
		// subcategories the first stays: "right knee osteoarthritis" is
		// the unilateral primary one, M17.1-, not post-traumatic; so
		// does it for both sides, whose codes differ by type: "the
		// knees" are M17.0, bilateral primary.)
		tie, bestSide, bestOwn := false, false, false
		kids := e.kidsOf(cur)
		var cw []wid // c's own words, when it is one of these and has a side
		for _, k := range kids {
			if k.c == c && sided {
				cw = k.words
			}
		}
		for i, k := range kids {
			// c competes with its siblings: when the index already gave
			// the note's side ("Blepharitis, ulcerative, left" -> left eye,
			// unspecified eyelid), a sibling must match more words than it,
			// not add words the note lacks (upper and lower eyelids).
			if k.seventh {
				continue
			}
			sc, neg := 0, 0
			sideHit := false
			oneSide := false // right or left, not both
			content := false // a hit other than "with"/"without"
			own := strings.HasPrefix(c.Code, k.c.Code) && !k.c.Billable
			for _, x := range k.words {
				if !own && w.saidWord(x) && (!e.isSite(x) || e.includesWord(c, x)) {
					// The index entry's own qualifier chose c: "Otitis,
					// media, chronic" is H66.9-, whose side the note
					// gives, not "Other chronic suppurative otitis media".
					// (A site word still leads on: "Fracture, radius" to
					// the radius's shaft; not one an inclusion term of
					// c's branch names: "Thrombosis, vein, deep, calf"
					// is I82.4Z-, whose "deep vein of calf NOS" the calf
					// muscular vein I82.46- does not take.)
					continue
				}
				if w.find(x, w.lo, w.hi) >= 0 && !e.fartherSide(w, x) || unilateral && x == e.lx.wUnilat || both && x == e.lx.wBilat && bilateralTitle(k.c) || dom != 0 && x == dom {
					sc++
					content = content || x != e.lx.wWith && x != e.lx.wWithout
					if e.isLateral(x) || x == e.lx.wUnilat || anySite && e.isSite(x) {
						sideHit = true
					}
					oneSide = oneSide || e.lx.isSide(x)
				} else if x != e.lx.wUnspec && !containsW(k.dflt, x) {
					neg++
				}
			}
			if !content {
				// "with" alone names no child: "post-thrombotic syndrome
				// of the left leg with swelling" is not the child "with
				// ulcer".
				sc = 0
			}
			s := sc*4 - neg
			if unilateral && containsW(k.words, e.lx.wBilat) {
				s -= 4 // "right eye" is not "both eyes"
			}
			if cw != nil && k.c != c && e.fewOwnWords(k.words, cw, w) {
				// Against the index's code, which already has the side,
				// a sibling must say mostly what it adds: "skin ulcer of
				// the right thigh" is not "right thigh limited to
				// breakdown of skin" (L97.111) for the word "skin".
				continue
			}
			// The index code's own branch wins unless another child
			// matches a word more: "right exudative macular
			// degeneration" stays in H35.3 (macula) although "Peripheral
			// retinal degeneration" (H35.4) lacks fewer words.
			// An own branch that is already a leaf has no side to find
			// ("Loss of vision in the left eye": H54.7 unspecified visual
			// loss must not keep the search from H54.6, one eye).
			if own {
				s += 3
			}
			if sc > 0 && best >= 0 && s == bestSc && !own && !bestOwn && oneSide && bestSide && e.leaf(k.c) && e.leaf(kids[best].c) {
				tie = true
			}
			if sc > 0 && (s > bestSc || s == bestSc && own) {
				best, bestSc = i, s
				tie, bestSide, bestOwn = false, oneSide, own
				if sideHit {
					usedSide = true
				}
			}
		}
		if tie {
			return nil
		}
		if best < 0 {
			// No child has the note's words: stay on the index code's own
			// branch (unspecified type) and look for the side further down.
			// Off that branch (the side chose another subcategory), the
			// unspecified child is the default, as in refine.
			for i, k := range kids {
				if k.c != c && strings.HasPrefix(c.Code, k.c.Code) {
					best = i
				}
				if k.c == c {
					// The index's code is itself a child here and no
					// sibling says more of the note: it stays ("lump in
					// the left breast, upper outer quadrant" is N63.21,
					// not the left breast's unspecified quadrant).
					return nil
				}
			}
			for i, k := range kids {
				if best < 0 && k.unspec && !k.seventh {
					best = i
				}
			}
		}
		if best < 0 {
			return nil
		}
		cur = kids[best].c
	}
	if !e.leaf(cur) || !usedSide || strings.HasPrefix(c.Code, cur.Code) {
		return nil // (c itself, or c without its 7th character)
	}
	// The side must not bring a condition the note lacks: "right paresis"
	// (G83.9, Paralytic syndrome) is not "Monoplegia, unspecified
	// affecting right dominant side". The first word of a title says
	// which condition it names; a code that keeps that word
	// ("Osteoarthritis of knee" -> "Unilateral primary osteoarthritis,
	// right knee") names the same one.
	if h0 := e.titleHead(c.Title); h0 != 0 && !containsW(e.phraseIDs(stripParens(cur.Title)), h0) {
		if h := e.titleHead(cur.Title); h != 0 && e.ix.isMainTerm(h) && w.find(h, w.lo, w.hi) < 0 {
			return nil
		}
		// Nor by a later word: "Unspecified injury of unspecified foot"
		// is not "Unspecified physeal fracture of phalanx of right toe"
		// because the note says "toes".
		own := e.phraseIDs(stripParens(c.Title))
		for _, x := range e.phraseIDs(stripParens(cur.Title)) {
			if x != 0 && !containsW(own, x) && !e.lx.generic[x] && e.ix.isMainTerm(x) && w.find(x, w.lo, w.hi) < 0 {
				return nil
			}
		}
	}
	// Nor drop what the index's code says and the note says too: "bypass
	// graft atherosclerosis of the left leg with rest pain" (I70.322, whose
	// "unspecified type of graft" is no unspecified side) is not the left
	// leg's "with ulceration of unspecified site" (I70.349).
	// (A sibling that names what the note says in its place refines it:
	// "deep vein thrombosis of the left femoral vein" is I82.412.)
	if w.said != nil && w.said.parent != nil {
		own, kw := e.phraseIDs(stripParens(c.Title)), e.phraseIDs(stripParens(cur.Title))
		lost := false
		for _, x := range w.said.req {
			if x != 0 && !e.lx.generic[x] && !e.lx.isSide(x) && containsW(own, x) && !containsW(kw, x) && w.find(x, w.wlo, w.whi) >= 0 {
				lost = true
			}
		}
		for _, x := range kw {
			if lost && x != 0 && x != e.lx.wUnspec && !e.lx.generic[x] && !e.lx.isSide(x) && !containsW(own, x) && w.find(x, w.wlo, w.whi) < 0 {
				return nil
			}
		}
	}
	// Nor a cause: "Glaucoma secondary to eye trauma, right eye" is not
	// the right eye's unspecified glaucoma unless the note names trauma.
	cause := causeWords(cur.Title)
	if u := unspecCause(cur.Title); u != "" {
		// "due to unspecified occlusion or stenosis of left middle
		// cerebral artery": only the artery is said.
		cause = strings.TrimPrefix(cause, u)
	}
	if cause != "" && causeWords(c.Title) == "" {
		for _, x := range e.phraseIDs(cause) {
			if x != 0 && !e.lx.generic[x] && !e.lx.lateral[x] && !e.isSite(x) && w.find(x, w.lo, w.hi) < 0 {
				return nil
			}
		}
	}
	return cur
}

// otherTitle reports the title of a residual code ("Other Gram-negative
// sepsis", "... NEC", "other specified ...").
func otherTitle(t string) bool {
	return strings.HasPrefix(t, "Other ") || containsFold(t, " other ") || strings.Contains(t, " NEC")
}

// bilateralTitle reports a code whose title says "bilateral": the one a
// plural chooses ("the lower extremities"), not one whose "both" counts two
// conditions ("with both ulcer and inflammation").
func bilateralTitle(c *codeset.Code) bool { return containsFold(c.Title, "bilateral") }

// causeWords returns what a title names as its cause ("... secondary to eye
// trauma, right eye" -> "eye trauma"), "" when it names none.
func causeWords(title string) string {
	t := strings.ToLower(title)
	for _, c := range []string{" secondary to ", " due to ", " following "} {
		if _, rest, ok := strings.Cut(t, c); ok {
			rest, _, _ = strings.Cut(rest, ",")
			return rest
		}
	}
	return ""
}

// unspecCause returns the cause a title calls unspecified, up to the site
// ("... due to unspecified occlusion or stenosis of cerebral arteries" ->
// "unspecified occlusion or stenosis"), or "". (Titles write it in lower
// case after their first word.)
func unspecCause(lt string) string {
	i := strings.Index(lt, " due to unspecified ")
	if i < 0 {
		return ""
	}
	rest := lt[i+len(" due to "):]
	if j := strings.Index(rest, " of "); j > 0 {
		return rest[:j]
	}
	return ""
}

// sansUnspecCause removes from a title the cause it calls unspecified with
// its "due to" ("Cerebral infarction due to unspecified occlusion or
// stenosis of left middle cerebral artery" -> "Cerebral infarction of left
// middle cerebral artery"): a note that names no cause says as much.
func sansUnspecCause(t string) string {
	if !strings.Contains(t, " due to unspecified ") {
		return t // (titles write it in lower case: no copy for the rest)
	}
	lt := strings.ToLower(t)
	u := unspecCause(lt)
	if u == "" {
		return t
	}
	i := strings.Index(lt, " due to unspecified ")
	return t[:i] + t[i+len(" due to ")+len(u):]
}

// sibInfo is a billable code of a category with the words of its title
// (parenthesised nonessential words left out) that the category title lacks.
type sibInfo struct {
	c     *codeset.Code
	words []wid
	core  int // how many of words are outside the title's "without ..." parts
	// Signatures (wordSig) of the core words and of the non-generic core
	// words: specificSibling skips a sibling when the window has none of
	// the former or lacks one of the latter, as its score would.
	anySig, needSig uint64
	// cause: the title names a cause after a two-word connector ("Sepsis
	// due to Pseudomonas"); its words that name a condition or an agent
	// (not a generic word, a side or a body site). A sibling with a cause
	// needs one of them in the window: "Cataract secondary to ocular
	// disorders" is not read from "cataract OD" (right eye).
	hasCause bool
	cause    []wid
}

// maxSiblings bounds the categories specificSibling searches: large
// categories (injuries with 7th characters) are refined by the tabular walk.
const maxSiblings = 120

// siblingsOf returns the billable descendants of category cat with their
// distinctive words, cached; nil for categories with 7th characters or too
// many codes.
func (e *Engine) siblingsOf(cat *codeset.Code) []sibInfo {
	if v, ok := e.sibs.get(cat.Code); ok {
		return v
	}
	var out []sibInfo
	if len(cat.SevenChr) == 0 {
		base := e.lx.idsRO(stripParens(cat.Title))
		var walk func(c *codeset.Code)
		walk = func(c *codeset.Code) {
			for _, k := range e.cs.Children(c.Code) {
				if len(out) > maxSiblings {
					return
				}
				if k.Billable {
					// "severe without psychotic features": the
					// "without" part is the default; its words
					// count against the code when missing but are
					// not among those the note must mostly have.
					var d []wid
					t := stripParens(k.Title)
					t = sansUnspecCause(t)
					// "Sepsis due to Pseudomonas": the "due" of a
					// two-word connector is not read in notes (see
					// Section), so the title does not ask for it.
					conn, after := e.lx.connFirst(t)
					for _, x := range e.lx.idsRO(dropWithout(t)) {
						if !containsW(base, x) && x != e.lx.wWith && x != conn {
							d = append(d, x)
						}
					}
					d = e.lx.firstSide(d)
					core := len(d)
					for _, x := range e.lx.idsRO(t) {
						if !containsW(base, x) && x != e.lx.wWith && x != conn && !containsW(d, x) {
							d = append(d, x)
						}
					}
					si := sibInfo{c: k, words: d, core: core, hasCause: conn != 0}
					for _, a := range after {
						if x := e.lx.v.get(a); x != 0 && !e.lx.stop[x] && !e.lx.generic[x] && !e.lx.lateral[x] && !e.isSite(x) && x != e.lx.wUnspec && !containsW(si.cause, x) {
							si.cause = append(si.cause, x)
						}
					}
					for _, x := range d[:core] {
						si.anySig |= wordSig(x)
						if !e.lx.generic[x] && x != e.lx.wUnspec {
							si.needSig |= wordSig(x)
						}
					}
					out = append(out, si)
				}
				walk(k)
			}
		}
		walk(cat)
		if len(out) > maxSiblings {
			out = nil
		}
	}
	return e.sibs.put(cat.Code, out)
}

// stripParens removes parenthesised parts of a tabular title (nonessential
// words such as "(congestive)").
func stripParens(t string) string {
	for {
		i := strings.IndexByte(t, '(')
		if i < 0 {
			return t
		}
		j := strings.IndexByte(t[i:], ')')
		if j < 0 {
			return t[:i]
		}
		t = t[:i] + " " + t[i+j+1:]
	}
}

// specificSibling looks, for an "unspecified" code, for the billable code of
// the same category whose title the mention's words describe best ("sepsis
// due to pseudomonas" -> A41.52 although the index lists no Pseudomonas
// under Sepsis; "AKI with medullary necrosis" -> N17.2; "moderate malnutrition" ->
// E44.0). A sibling must have a word of its own in the near window that the
// unspecified code's title lacks, most of its distinctive words, and
// outscore the code itself: 4 per word found, minus 1 per word missing.
func (e *Engine) specificSibling(c *codeset.Code, w *walker) *codeset.Code {
	if len(c.Code) < 4 {
		return nil
	}
	cat, ok := e.cs.Lookup(c.Code[:3])
	if !ok {
		return nil
	}
	sibs := e.siblingsOf(cat)
	if len(sibs) < 2 {
		return nil
	}
	var win uint64
	for i := w.lo; i < w.hi; i++ {
		win |= wordSig(w.toks[i].w)
	}
	// Most mentions' windows have the words of no sibling: then nothing
	// below can pick one, and the code's own score is not needed either.
	if !slices.ContainsFunc(sibs, func(s sibInfo) bool { return s.c != c && s.anySig&win != 0 && s.needSig&^win == 0 }) {
		return nil
	}
	own := e.phraseIDs(stripParens(c.Title))
	secondary := neoBehaviour(c.Code) == 's'
	score := func(ws []wid, core int) (int, bool) {
		sc, found, fresh, missing := 0, 0, false, 0
		for i, x := range ws {
			// "asthma without status asthmaticus" does not describe the
			// code with it; a title's "without" words agree with a
			// note's "without" ("reflux without esophagitis")
			p := w.find(x, w.lo, w.hi)
			if p >= 0 && i > 0 && e.lx.isNum(x) && !w.follows(x, ws[i-1]) {
				p = -1 // a title number counts only right after its word
			}
			if p >= 0 && secondary && w.beforePrimary(p) {
				p = -1 // "metastatic breast cancer": the primary's site
			}
			denied := p >= 0 && withoutScope(e.lx, w.toks, p)
			switch {
			case p < 0 && x == e.lx.wUnspec:
				// "of unspecified middle cerebral artery": what the
				// note does not give (the side), not a word it lacks.
			case i >= core && denied:
				sc += 4
			case i < core && p >= 0 && !denied:
				sc += 4
				found++
				if !containsW(own, x) && !e.lx.generic[x] {
					fresh = true
				}
			default:
				sc--
				if i < core && p < 0 && !e.lx.generic[x] {
					missing++
				}
			}
		}
		// Most of the sibling's own words must be there: one word in
		// common ("organ", "presenting") is a coincidence. And none of
		// its condition words may be missing: "right eye" does not turn
		// exophthalmos into "enophthalmos, right eye", nor an aortic
		// aneurysm into a "dissection of abdominal aorta".
		return sc, fresh && found*2 > core && missing == 0
	}
	cur := 0
	for _, s := range sibs {
		if s.c == c {
			// (A code is listed once: the rest of the list need not
			// be read.)
			cur, _ = score(s.words, s.core)
			break
		}
	}
	var best *codeset.Code
	bestSc := cur
	tie := false
	for _, s := range sibs {
		if s.c == c || s.anySig&win == 0 || s.needSig&^win != 0 {
			// no core word, or a condition word missing: not fresh
			continue
		}
		if strings.HasPrefix(s.c.Title, "Other specified ") && !strings.HasPrefix(c.Title, "Other specified ") {
			// "Rheumatoid arthritis of multiple sites" is not "Other
			// specified rheumatoid arthritis, multiple sites" (M06.89):
			// the residual is for a specified type the note does not
			// name (the index's "specified type NEC"), whatever site
			// words it shares.
			continue
		}
		if e.withoutType(s.c, c, w) {
			continue
		}
		sc, fresh := score(s.words, s.core)
		if !fresh || sc < bestSc || s.hasCause && !slices.ContainsFunc(s.cause, func(x wid) bool { return w.find(x, w.lo, w.hi) >= 0 }) || e.dropsWords(s.c, own, w) || e.losesSaid(s.c, own, w) {
			continue
		}
		switch {
		case sc > bestSc:
			best, bestSc, tie = s.c, sc, false
		case sc == bestSc && best != nil:
			tie = true
		}
	}
	if tie {
		// Two codes fit equally ("CHF exacerbation": acute on chronic
		// systolic or diastolic): the note does not settle the axis, the
		// gap engine asks instead.
		return nil
	}
	return best
}

// withoutType reports whether sibling s sits below a subcategory whose
// title says "without X" (M06.0 "Rheumatoid arthritis without rheumatoid
// factor", G43.0 "Migraine without aura") that code c's title does not
// share, and the note (walker w) does not say X: such a subcategory is a
// type of the condition, not the default a leaf's "without complication"
// is, and sharing a site with it does not choose it.
func (e *Engine) withoutType(s, c *codeset.Code, w *walker) bool {
	if containsFold(c.Title, "without ") {
		return false
	}
	for p := s.Parent; len(p) > 3; {
		h, ok := e.cs.Lookup(p)
		if !ok {
			return false
		}
		if containsFold(h.Title, "without ") {
			// (Parsed once per subcategory: splitting the title into word
			// ids on every sibling choice was three allocations of a
			// keystroke's section.)
			ws, ok := e.withoutWds.get(h.Code)
			if !ok {
				ws = e.withoutWds.put(h.Code, titleWithoutWords(e.lx, stripParens(h.Title)))
			}
			for _, x := range ws {
				if !e.lx.stop[x] && w.find(x, w.lo, w.hi) < 0 {
					return true
				}
			}
			return false
		}
		p = h.Parent
	}
	return false
}

// titleHead returns the first word of a tabular title that is not a side, an
// "unspecified" or a generic word: the condition the title names.
func (e *Engine) titleHead(title string) wid {
	for _, x := range e.phraseIDs(stripParens(title)) {
		if x == 0 || e.lx.generic[x] || e.lx.lateral[x] || x == e.lx.wUnilat || x == e.lx.wUnspec {
			continue
		}
		return x
	}
	return 0
}

// dropsWords reports whether sibling k names a word the code being refined
// (title words own) does not and the note does not say either, even one its
// category shares ("Aortic aneurysm and dissection": an abdominal aortic
// aneurysm is not "Dissection of abdominal aorta").
func (e *Engine) dropsWords(k *codeset.Code, own []wid, w *walker) bool {
	conn, _ := e.lx.connFirst(k.Title) // (never a word of the note: see siblingsOf)
	for _, x := range e.phraseIDs(stripParens(dropWithout(sansUnspecCause(k.Title)))) {
		if x == 0 || x == e.lx.wUnspec || x == conn || containsW(own, x) || e.lx.generic[x] {
			continue
		}
		if w.find(x, w.lo, w.hi) < 0 {
			return true
		}
	}
	return false
}

// losesSaid reports whether sibling k leaves out a word of the code being
// refined (title words own) that the note says: "gestational diabetes ...
// third trimester" is no "Unspecified diabetes mellitus in pregnancy, third
// trimester" (O24.913), whatever the trimester.
func (e *Engine) losesSaid(k *codeset.Code, own []wid, w *walker) bool {
	kw := e.phraseIDs(stripParens(k.Title))
	for _, x := range own {
		if x == 0 || e.lx.generic[x] || e.lx.isSide(x) || containsW(kw, x) {
			continue
		}
		for i := w.lo; i < w.hi; i++ {
			if w.toks[i].w == x {
				return true
			}
		}
	}
	return false
}

// includesWord reports whether an inclusion term of c or of a code above it
// below its category has the word x.
func (e *Engine) includesWord(c *codeset.Code, x wid) bool {
	for k := c; k != nil && k.Parent != ""; {
		for _, t := range k.Inclusion {
			if containsW(e.phraseIDs(stripParens(t)), x) {
				return true
			}
		}
		p, ok := e.cs.Lookup(k.Parent)
		if !ok {
			break
		}
		k = p
	}
	return false
}

// impliedDominance applies guideline I.C.6.a to hemiplegia and monoplegia
// codes when the note does not say which side is dominant: the right side is
// dominant by default, the left side nondominant. A handedness the section
// documents ("right-handed", "ambidextrous") settles it instead: the side
// affected is dominant when it is the patient's dominant hand (an
// ambidextrous patient's is, as the guideline says). It returns the word id
// to treat as present ("dominant" or "nondominant"), or 0.
func (e *Engine) impliedDominance(w *walker) wid {
	var right, left bool
	dom, nondom, rw, lw := e.sideWord[0], e.sideWord[1], e.sideWord[2], e.sideWord[3]
	for i := w.lo; i < w.hi; i++ {
		x := w.toks[i].w
		if x == 0 {
			continue
		}
		switch x {
		case dom, nondom:
			return 0
		case rw:
			right = true
		case lw:
			left = true
		}
	}
	if right && left {
		right, left = !e.fartherSide(w, rw), !e.fartherSide(w, lw)
	}
	if right == left {
		return 0
	}
	if h, ok := e.handedness(w); ok {
		switch h {
		case e.lx.wAmbidextrous:
			return e.lx.wDominant
		case e.lx.wRightHanded:
			if right {
				return e.lx.wDominant
			}
			return e.lx.wNondominant
		case e.lx.wLeftHanded:
			if left {
				return e.lx.wDominant
			}
			return e.lx.wNondominant
		}
	}
	if right {
		return e.lx.wDominant
	}
	return e.lx.wNondominant
}

// fartherSide reports whether x is "right" or "left" and the other side's
// word is written nearer the head in the near window: with both sides named
// ("left hemiparesis following a right MCA stroke") the condition's side is
// the one beside it, the other names another thing (the brain's hemisphere,
// its artery) (guideline I.B.13: the side the documentation gives the
// condition).
func (e *Engine) fartherSide(w *walker, x wid) bool {
	rw, lw := e.sideWord[2], e.sideWord[3]
	if x == 0 || x != rw && x != lw || w.head < 0 || w.head >= len(w.toks) {
		return false
	}
	other := rw
	if x == rw {
		other = lw
	}
	dx, do := -1, -1
	for i := w.lo; i < w.hi; i++ {
		if w.toks[i].sideEnd > 0 || w.toks[i].listSite {
			// A coordinated site list gives each site its own side
			// ("right knee and left hip osteoarthritis", markSiteLists).
			return false
		}
		d := abs(i - w.head)
		switch w.toks[i].w {
		case x:
			if dx < 0 || d < dx {
				dx = d
			}
		case other:
			if do < 0 || d < do {
				do = d
			}
		}
	}
	return dx >= 0 && do >= 0 && do < dx
}

// handedness returns the first word of w.toks that is a handedness word
// (lexicon.wAmbidextrous, wRightHanded, wLeftHanded); ok is false when
// there is none. The answer depends on the tokens alone: for the section's
// own tokens (scratchBuf.vts) it is kept in the scratch buffer, so a
// section with many sided mentions reads them once, not once per mention.
func (e *Engine) handedness(w *walker) (h wid, ok bool) {
	sb := w.sb
	sec := sb != nil && len(w.toks) > 0 && len(sb.vts) == len(w.toks) && &sb.vts[0] == &w.toks[0]
	if sec && sb.handedAt == &w.toks[0] && sb.handedLen == len(w.toks) {
		return sb.handed, sb.handedOK
	}
	for i := range w.toks {
		if x := w.toks[i].w; x == e.lx.wAmbidextrous || x == e.lx.wRightHanded || x == e.lx.wLeftHanded {
			h, ok = x, true
			break
		}
	}
	if sec {
		sb.handedAt, sb.handedLen, sb.handed, sb.handedOK = &w.toks[0], len(w.toks), h, ok
	}
	return h, ok
}

// phraseIDs is idsRO cached per phrase: code titles and 7th-character
// meanings are read again for every mention that reaches them, and
// tokenising them each time dominated a section's allocations.
func (e *Engine) phraseIDs(s string) []wid {
	if v, ok := e.phraseCache.Load(s); ok {
		return v.([]wid)
	}
	ids := e.lx.idsRO(s)
	v, _ := e.phraseCache.LoadOrStore(s, ids)
	return v.([]wid)
}

// unspecified reports whether c's title says "unspecified", through the
// per-code cache e.unspec.
func (e *Engine) unspecified(c *codeset.Code) bool {
	i, ok := e.cs.Position(c)
	if !ok || i/16 >= len(e.unspec) {
		return containsFold(c.Title, "unspecified")
	}
	word, shift := &e.unspec[i/16], uint(i%16)*2
	switch word.Load() >> shift & 3 {
	case 1:
		return false
	case 2:
		return true
	}
	u := containsFold(c.Title, "unspecified")
	v := uint32(1)
	if u {
		v = 2
	}
	word.Or(v << shift)
	return u
}

// containsFold reports whether strings.ToLower(s) contains the lower-case
// ASCII word sub, without allocating for ASCII s (tabular titles).
//
// One pass both searches and checks for non-ASCII bytes: a match found
// before the first such byte is all ASCII (no non-ASCII byte equals a byte
// of sub), so it is in strings.ToLower(s) too; past one, the ToLower path
// decides. Eight ASCII bytes none of which is sub's first byte (in either
// case) are passed at once: byte by byte, osteoporoticFractures' screen of
// a 1 KB section cost ~11 k instructions on every keystroke.
func containsFold(s, sub string) bool {
	if sub == "" {
		return true
	}
	c0 := sub[0]
	if c0 >= utf8.RuneSelf || 'A' <= c0 && c0 <= 'Z' {
		// No lower-cased ASCII byte equals c0: only a non-ASCII s,
		// lower-cased, can hold sub.
		for i := 0; i < len(s); i++ {
			if s[i] >= utf8.RuneSelf {
				return strings.Contains(strings.ToLower(s), sub)
			}
		}
		return false
	}
	alt := c0 // the byte that lower-cases to c0 besides c0 itself
	if 'a' <= c0 && c0 <= 'z' {
		alt = c0 - ('a' - 'A')
	}
	// c0|0x20 in every byte: an ASCII byte b is c0 or alt only if b|0x20
	// equals it (a lower-case letter has the 0x20 bit; alt is it without).
	pat := uint64(c0|0x20) * 0x0101010101010101
	last := len(s) - len(sub)
	for i := 0; i < len(s); i++ {
		for i+8 <= len(s) {
			x := load64(s[i : i+8])
			y := (x | 0x2020202020202020) ^ pat
			// The lowest byte flagged is the first zero byte of y (a
			// byte that may be c0 or alt) or the first non-ASCII byte,
			// whichever comes first: the loop below reads it.
			m := ((y-0x0101010101010101)&^y | x) & 0x8080808080808080
			if m == 0 {
				i += 8
				continue
			}
			i += bits.TrailingZeros64(m) >> 3
			break
		}
		if i >= len(s) {
			break
		}
		c := s[i]
		if c >= utf8.RuneSelf {
			return strings.Contains(strings.ToLower(s), sub)
		}
		if c != c0 && c != alt || i > last {
			continue // (still checking the rest for non-ASCII bytes)
		}
		j := 1
		for j < len(sub) {
			c := s[i+j]
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			if c != sub[j] {
				break
			}
			j++
		}
		if j == len(sub) {
			return true
		}
	}
	return false
}

// load64 reads the eight bytes of b as one little-endian word (the
// compiler makes it one load).
func load64(b string) uint64 {
	_ = b[7]
	return uint64(b[0]) | uint64(b[1])<<8 | uint64(b[2])<<16 | uint64(b[3])<<24 |
		uint64(b[4])<<32 | uint64(b[5])<<40 | uint64(b[6])<<48 | uint64(b[7])<<56
}

// defaultKid picks, when the note chose no child and none is marked
// unspecified against its parent, the child that assumes least, in this
// order: one whose title adds no word to its parent's ("Pain in limb,
// unspecified" -> "Pain in unspecified limb"), one whose title says the
// status is unknown (loss of consciousness status unknown), one titled
// unspecified or not having achieved remission; fewest words first. A code
// without a 7th character is then never reported non-billable when its
// category has such a child. -1 when none fits.
func (e *Engine) defaultKid(kids []kidInfo) int {
	best, bestRank := -1, 1<<30
	for i, k := range kids {
		if k.seventh {
			return -1
		}
		lt := k.c.Title // (containsFold: no lower-cased copy per call)
		rank := -1
		switch {
		case len(k.words) == 0:
			rank = 0
		case containsFold(lt, "status unknown"):
			rank = 1
		case containsFold(lt, "unspecified") || containsFold(lt, "not having achieved remission"):
			rank = 2
		}
		if rank < 0 {
			continue
		}
		if r := rank*100 + len(k.words); r < bestRank {
			best, bestRank = i, r
		}
	}
	return best
}

// withSibling returns, for a code whose title takes a "without" default
// ("absence epileptic syndrome, not intractable, without status
// epilepticus"), the sibling titled "with" the same words when the note
// says "with" them, not denied, in the wide window ("absence epilepsy with
// status epilepticus" G40.A01): the index names the type, and the tabular's
// "with" code is the combination the note documents. The words read are
// left in w.withPos, the evidence of the code's "with" part. nil otherwise.
func (e *Engine) withSibling(c *codeset.Code, w *walker) *codeset.Code {
	// (saidWith wants a "with" at most two words before the first word it
	// finds in the window: without one there no "with" title can be
	// said, and the search of the titles is skipped.)
	if !slices.ContainsFunc(w.toks[max(w.wlo-2, 0):min(w.whi, len(w.toks))], func(t vt) bool { return t.w == e.lx.wWith }) {
		return nil
	}
	i := strings.Index(c.Title, "without ")
	rest := c.Title[i+len("without "):]
	phrase := rest
	if k := strings.IndexAny(rest, ",("); k >= 0 {
		phrase = rest[:k]
	}
	if found := e.saidWith(e.phraseIDs(phrase), w); found != nil {
		want := c.Title[:i] + "with " + rest
		for _, k := range e.cs.Children(c.Parent) {
			if k.Billable && k.Title == want {
				w.withPos = found
				return k
			}
		}
	}
	// The "without" default may list several states that the tabular
	// splits into a "with" child each, one level down for some
	// ("Dementia in other diseases classified elsewhere, moderate, without
	// behavioral disturbance, psychotic disturbance, mood disturbance, and
	// anxiety": "..., moderate, with agitation" F02.B11 under "with
	// behavioral disturbance" F02.B1): the billable child titled "with"
	// what the note says "with" wins, the one naming the most words. A
	// closing ", with agitation" stays out of the near window
	// (qualifierClauses, trailingQualifiers), so only this reads it.
	head := c.Title[:i] // a sibling's title is head + "with " + its state
	withTail := func(t string) (string, bool) {
		if t, ok := strings.CutPrefix(t, head); ok {
			return strings.CutPrefix(t, "with ")
		}
		return "", false
	}
	var best *codeset.Code
	var bestPos []int
	try := func(k *codeset.Code) {
		y, ok := withTail(k.Title)
		if !ok || !k.Billable || containsFold(y, "other") || containsFold(y, "unspecified") {
			// A residual ("with other complication") is no state
			// the note names.
			return
		}
		ws := e.phraseIDs(y)
		if len(ws) <= len(bestPos) {
			return
		}
		if found := e.saidWith(ws, w); found != nil {
			best, bestPos = k, found
		}
	}
	for _, k := range e.cs.Children(c.Parent) {
		if k.Code == c.Code {
			continue
		}
		try(k)
		if _, ok := withTail(k.Title); ok && !k.Billable {
			for _, g := range e.cs.Children(k.Code) {
				try(g)
			}
		}
	}
	if best != nil {
		w.withPos = bestPos
	}
	return best
}

// saidWith returns the positions of the words ws in the walker's wide window
// when the note says every one of them, not denied, right after a "with"
// ("dementia, moderate, with agitation"), or nil: the words alone may be
// denied or belong elsewhere ("no status epilepticus").
func (e *Engine) saidWith(ws []wid, w *walker) []int {
	if len(ws) == 0 {
		return nil
	}
	first := -1
	var found []int
	for _, x := range ws {
		p := w.find(x, w.wlo, w.whi)
		if x == 0 || p < 0 || withoutScope(e.lx, w.toks, p) {
			return nil
		}
		if first < 0 {
			first = p
		}
		found = append(found, p)
	}
	for k := first - 1; k >= 0 && k >= first-2 && w.toks[k].clause == w.toks[first].clause; k-- {
		if w.toks[k].w == e.lx.wWith {
			return found
		}
	}
	return nil
}
