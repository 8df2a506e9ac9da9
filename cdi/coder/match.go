package coder

import (
	"slices"
	"strings"
)

// vt is one matching token: a word id and the byte span of the note text it
// came from. An abbreviation expands to several vt with the same span.
type vt struct {
	w          wid
	start, end int32
	src        int32 // index of the source text token (for de-duplication)
	clause     int32 // clause number: commas, semicolons, brackets, "and"/"or" end clauses
	part       int32 // part of the sentence: a contrast word ("but") starts a new one
	conj       bool  // first word of a clause opened by "and"/"or"
	cap        bool  // written with a capital first letter (or an abbreviation's expansion)
	back       bool  // qualifies only a condition before it ("secondary to", data/postposed.txt)
	ofNext     bool  // followed by "of" in the text ("the back of the hand")
	toNext     bool  // followed by "to" in the text ("metastatic to the liver")
	byNext     bool  // followed by "by" in the text ("seen by infectious diseases")
	both       bool  // the plural of a body part one has on each side ("legs", "eyes")
	pl         bool  // written in the plural ("nodules", "fractures")
	cause      bool  // first word after "due to" or "secondary to" of a condition named after it
	dueTo      bool  // first word after "due to", whatever it names (a drug: drugColumn)
	subCause   bool  // first word after "due to" or "secondary to" of a condition only a subterm names ("cystic fibrosis": namesSubterm)
	foreTo     uint8 // > 0: a side word of the condition named foreTo words after it in its phrase (markForeSides)
	// sideEnd > 0: a side word of a coordinated site list, which
	// qualifies the list's sites up to sideEnd words after it; sideBack >
	// 0: a site of such a list, qualified by the side sideBack words
	// before it; listSite: a site of such a list (markSiteLists).
	sideEnd, sideBack uint8
	listSite          bool
	// dash: first word after a spaced dash ("Asthma, moderate persistent,
	// uncomplicated - continue inhaler"): a problem-list line's diagnosis
	// ends before it and its plan follows (see walkHit).
	dash bool
	// paren: first word after an opening bracket that is no inline aside
	// of a name: a diagnosis's trailing qualifiers may stop before it
	// (trailingQualifiers).
	paren bool
	num   bool // a number ("1/2 ppd"): no word of a qualifier's length
}

// Windows around a main-term hit. Near words qualify the main term directly
// ("acute systolic heart failure"); the wide window serves the "with"
// convention and the context around the mention (7th character cues). It is
// a few words, not the sentence: items of a long list ("varicella, infectious
// mononucleosis, enuresis up to 7 years old, pneumonia at 9 months") are not
// linked by "with"; the note-level combinations (data/combos.tsv) link
// conditions documented anywhere. Both are capped so a 100,000-character line
// costs the same per hit as a short sentence.
const (
	nearLeft  = 6
	nearRight = 5
	wideSpan  = 8
	maxDepth  = 10
	maxSee    = 3
	// impliedCost is the score cost of a subterm reached through an
	// implied grouping subterm (see node.viaKid).
	impliedCost = 16
	// optBonus is the score of a nonessential modifier found near a
	// subterm: less than a required word, more than a distance tie.
	optBonus = 16
	// seeCost is what a reading through a see reference gives up against
	// one that reads the same words from its own entry ("obstructive sleep
	// apnea": Apnea, sleep, obstructive rather than Sleep, apnea - see
	// Apnea): a couple of words of distance.
	seeCost = 2
)

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// walker navigates the index for one main-term hit. used marks tokens that a
// step of the path already consumed, so one word never counts twice.
type walker struct {
	// kidRel: positions releaseKidWords gave back for a see target's
	// catch-all subterms; only those words select one.
	kidRel   []int
	lx       *lexicon
	toks     []vt
	lo, hi   int // near window [lo, hi)
	wlo, whi int // wide window
	head     int // first token of the main-term hit
	used     []bool
	steps    int         // budget guard against pathological trees
	sb       *scratchBuf // position and path arenas (nil: allocate)
	// nemodOK: the walk reads the Table of Neoplasms' malignant primary
	// column, where a row's nemod adjective names its site
	// (addNemodAdjectives).
	nemodOK bool
	// said is the index entry the walk ended on: the tabular's children are
	// chosen with its words as if the note had them ("leg" led to
	// "Cellulitis, lower limb", so "left lower limb", not "left axilla").
	said *node
	// tri is the trimester ordinal the weeks of gestation of the sentence
	// imply for a chapter 15 code (pregnancy.go), 0 without.
	tri wid
	// weeks are those weeks of gestation, 0 without.
	weeks int
	// via is the see reference being followed: a subterm that refers the
	// same way again ("Incarceration, hernia" -> "Hernia, incarcerated",
	// both "see also Hernia, by site, with obstruction") reads the word
	// that led here once more and loops instead of naming the site.
	via *seeRef
	// origin is the main term the walk started from: a chain of see
	// references that leaves it and leads back to it ("Abnormal, finding"
	// -> "Findings, abnormal" -> see also "Abnormal" -> see also "Anomaly")
	// has found nothing there, and must not go on to the congenital Q89.9.
	// (A first reference into the origin's own subterms, "Pneumonia,
	// diffuse - see Pneumonia, broncho-", is followed.)
	origin *node
	// carry is the subterm a see reference named that the site it led
	// to could not take because the site refers on ("Strain, tendon -
	// see Injury, muscle, by site, strain" reaches "leg, Achilles tendon
	// - see Injury, Achilles tendon"): the next target takes it (strain).
	carry []wid
	// alsoHops counts the see-also references being followed: a code-less
	// entry reached by one is no default of its own (resolvePath).
	alsoHops int
	// seeHops counts the see references being scored (seeGain): a path
	// ending in a reference is worth the words its target reads, and
	// that target may refer on, at most maxSee deep.
	seeHops int
	// prior holds the positions the path that led to a see reference read
	// (the note's words that named the referring entry): a see-also of the
	// target must read more than those to refine its code.
	prior []int
	// agent counts the words of an infectious agent that resolvePath read
	// for an entry's catch-all (namedAgent): the candidate scores them as
	// the words of a subterm.
	agent int
	// qual is the position of the first word of the subterm being
	// qualified in best: a word that qualifies only a condition before it
	// ("secondary to") is not read below one named after it ("bleeding
	// secondary to esophageal varices" is no secondary varix).
	qual int
	// withPos holds the note's words a tabular "with" sibling read in
	// refine (withSibling): evidence the mention's positions lack.
	withPos []int
	// read holds the positions of the mention's reading once the walk is
	// done (refine): a side word of a condition it reads is its own
	// (farSide).
	read []int
	// freed holds the head positions followFree handed back to the see
	// targets being read: a catch-all they alone select gives way to a
	// sibling the note names (follow).
	freed []int
	// prepSee is set while a see reference out of an entry below a bare
	// preposition is followed ("Resistance, organism, to, drug,
	// methicillin - see MRSA"): the target's words stand where the entry's
	// own would (node.afterPrep), or they are another condition's ("joint
	// infection due to methicillin-resistant Staph aureus" is no MRSA
	// infection A49.02).
	prepSee bool
	// ix is the main index, when the walk reads one: causeSaid asks
	// whether a word names a condition of its own there.
	ix *index
}

// find returns the unused position of word x in [lo, hi) nearest to the
// head, or -1. A word that qualifies only a condition before it ("secondary
// to", back) is not found for a head after it.
func (w *walker) find(x wid, lo, hi int) int { return w.findAt(x, lo, hi, w.head, nil, false) }

// catchAllCost is what a subterm of catch-all words only gives up against a
// sibling that names the condition: less than a word, more than a few
// words of distance.
const catchAllCost = 12

// causeLinkCost is taken from a subterm read from the postposed word of a
// cause link ("neutropenia secondary to chemotherapy": "Neutropenia,
// secondary"): more than any difference of distance, so a sibling that
// reads the cause the link names (Neutropenia, cytoreductive cancer
// chemotherapy, D70.1) wins, as it does after "due to". "Secondary to X"
// says what the condition is due to, not which kind it is, when the index
// files the cause; with no such sibling the subterm still reads.
const causeLinkCost = 16

// farSide reports a side word at i that qualifies a condition of its own
// written after the head ("knee pain with left hip fracture"): the left hip
// is the fracture's, not the knee pain's (guideline I.B.13 codes the side
// the documentation gives the condition). A condition the mention reads
// itself is part of it ("low back pain with left-sided sciatica", Lumbago
// with sciatica, left side).
func (w *walker) farSide(i int) bool {
	t := &w.toks[i]
	return t.foreTo > 0 && i > w.head && !slices.Contains(w.read, i+int(t.foreTo)) || t.sideEnd > 0 && w.read != nil && otherListSide(w.toks, w.read, i)
}

// otherListSide reports a side word at i of a coordinated site list that
// the mention does not read while it reads a site of the list another side
// qualifies or none does: in "right knee and left hip osteoarthritis" the
// knee is the right one only, in "knee and right hip osteoarthritis" of no
// stated side (markSiteLists).
func otherListSide(vts []vt, read []int, i int) bool {
	if slices.Contains(read, i) {
		return false
	}
	other := false
	for _, p := range read {
		if vts[p].listSite {
			if b := int(vts[p].sideBack); b > 0 && p-b == i {
				return false
			}
			other = true
		}
	}
	return other
}

// bothSides reports a plural body part one has on each side ("pain in the
// lower limbs", "ankylosis of the hands") in the near window with no right or
// left word: the note names both sides, as "bilateral" does (guideline
// I.B.13).
func (w *walker) bothSides() bool {
	both := false
	for i := w.lo; i < w.hi; i++ {
		if w.toks[i].both {
			both = true
		} else if w.lx.isSide(w.toks[i].w) && !w.farSide(i) {
			return false
		}
	}
	return both
}

// findIn is find for one word of an index step's req. A word right before a
// test or procedure noun ("abdominal ultrasound showed a mass in the kidney",
// "inguinal orchiectomy") qualifies that test, not the condition being
// walked, and is not found, unless req itself names the test ("Infiltrate,
// on chest x-ray").
func (w *walker) findIn(x wid, lo, hi int, req []wid) int {
	return w.findAt(x, lo, hi, w.head, req, true)
}

// findNear is findIn with distances taken from position at instead of the
// head.
func (w *walker) findNear(x wid, lo, hi, at int, req []wid) int {
	return w.findAt(x, lo, hi, at, req, true)
}

// findAt is the search behind find, findIn and findNear: the nearest usable
// x to position at; tests says whether words before a test noun are skipped.
func (w *walker) findAt(x wid, lo, hi, at int, req []wid, tests bool) int {
	best, bd := -1, 1<<30
	toks := w.toks
	for i := lo; i < hi; i++ {
		// Most words of the window are other words: that test comes
		// first, on a local slice the loop need not reload.
		if toks[i].w != x {
			continue
		}
		if w.used[i] || w.toks[i].back && (i < w.head || i < w.qual) || w.qualOfNextAt(i) || w.farSide(i) || w.laterMetastasis(i) || tests && (w.beforeTest(i, req) || w.beforePrimary(i) && !(w.origin != nil && w.origin.encounter) || w.ofMetastasis(i) || w.primarySite(i)) {
			continue
		}
		if d := abs(i - at); d < bd {
			best, bd = i, d
		}
	}
	return best
}

// beforeTest reports whether the token at i is directly followed, in the
// same clause, by an unconsumed test or procedure noun.
func (w *walker) beforeTest(i int, req []wid) bool {
	j := i + 1
	if j >= len(w.toks) || w.toks[j].clause != w.toks[i].clause || w.toks[j].start < 0 {
		return false
	}
	if containsW(req, w.toks[j].w) {
		return false
	}
	if w.toks[j].src != w.toks[i].src+1 && w.toks[j].start-w.toks[i].end > 1 {
		return false
	}
	return w.lx.testAt(w.toks, w.used, j)
}

// beforePrimary reports whether the token at i qualifies a primary
// malignancy named right after it in its clause ("metastasis from renal
// carcinoma", "renal cell carcinoma"): the site is that neoplasm's, so a
// metastasis or another condition walked here does not take it. (A
// screening does: "screening for colon cancer" is for that neoplasm.)
func (w *walker) beforePrimary(i int) bool {
	for j := i + 1; j < len(w.toks) && j <= i+2; j++ {
		t := &w.toks[j]
		if t.clause != w.toks[i].clause || w.used[j] || t.start < 0 {
			return false
		}
		if int(t.w) < len(w.lx.primaryHead) && w.lx.primaryHead[t.w] {
			return true
		}
	}
	return false
}

// primarySite reports, for a walk from a metastasis head, a word at i
// written right after a word naming the primary tumour ("the primary site remains
// unknown", "of unknown primary site"): it is the primary's site, not the
// metastasis' ("Neoplasm, unknown site or unspecified" read from "bone
// metastases, the primary site remains unknown" hid the bone).
func (w *walker) primarySite(i int) bool {
	if i == 0 || w.toks[i-1].start < 0 || w.toks[i].start-w.toks[i-1].end > 1 {
		// only the word written right after it: "of unknown primary in
		// the liver" places the metastasis in the liver
		return false
	}
	h, p := w.toks[w.head].w, w.toks[i-1].w
	return int(h) < len(w.lx.secondaryHead) && w.lx.secondaryHead[h] && w.lx.primaryWord[p]
}

// metSite reports a secondary-column code at a common site of metastasis
// (data/metastasis_sites.txt): "metastatic carcinoma of the liver" is a
// metastasis in the liver, not a primary liver carcinoma.
func (lx *lexicon) metSite(code string) bool {
	for _, p := range lx.metSites {
		if strings.HasPrefix(code, p) {
			return true
		}
	}
	return false
}

// metastaticOf reports a walk that reads "metastatic <histology> of
// <site>" ("metastatic adenocarcinoma of the pancreas", "metastatic
// carcinoma of the colon"): a metastasis word at most three words before a
// histology main term that leads to the malignant column, the histology
// followed by "of", and every site word p read after it. Such a mention
// names the primary's site and says it has metastasized; "metastatic
// carcinoma to the liver" (no "of") and "liver metastases" keep the
// secondary site. The common sites of metastasis stay secondary
// (lexicon.metSite).
func (w *walker) metastaticOf(p []int) bool {
	if len(p) == 0 {
		return false
	}
	for h := w.lo; h < w.hi; h++ {
		x := w.toks[h].w
		if int(x) >= len(w.lx.primaryHead) || !w.lx.primaryHead[x] || !w.toks[h].ofNext {
			continue
		}
		met := false
		for m := max(w.lo, h-3); m < h; m++ {
			if w.toks[m].clause == w.toks[h].clause && int(w.toks[m].w) < len(w.lx.secondaryHead) && w.lx.secondaryHead[w.toks[m].w] {
				met = true
			}
		}
		if !met {
			continue
		}
		for _, i := range p {
			if i <= h || w.toks[i].clause != w.toks[h].clause {
				return false
			}
		}
		return true
	}
	return false
}

// secondaryAt reports an unconsumed word at j of the clause of token i
// that leads to the secondary column ("metastasis", "metastatic").
func (w *walker) secondaryAt(i, j int) bool {
	if j < 0 || j >= len(w.toks) || w.used[j] || w.toks[j].clause != w.toks[i].clause {
		return false
	}
	x := w.toks[j].w
	return int(x) < len(w.lx.secondaryHead) && w.lx.secondaryHead[x]
}

// laterMetastasis reports a word at i that belongs to a metastasis and not
// to the walk's head. A metastasis word named after the head of another
// walk ("carcinoma of the colon, metastatic to the liver", "breast carcinoma
// with metastatic axillary nodes") is a condition of its own, whose site
// follows it (Metastasis, metastatic, cancer, to specified site), not the
// "Carcinoma, metastatic" of a carcinoma written after that word
// ("metastatic carcinoma"), so the carcinoma stays the primary. And a
// metastasis "to" a site does not read the primary's site before it
// ("breast carcinoma metastatic to the lung" is no secondary of the breast).
func (w *walker) laterMetastasis(i int) bool {
	h := w.toks[w.head].w
	if int(h) < len(w.lx.secondaryHead) && w.lx.secondaryHead[h] {
		return i < w.head && w.toks[w.head].toNext
	}
	return i > w.head && w.secondaryAt(i, i)
}

// ofMetastasis reports a site word at i that is the site of an unconsumed
// metastasis word next to it ("liver metastases", "metastases in the
// liver"), or that a metastasis "to" parts from the walk's head (the
// primary's site before it, the metastasis' site after it: "carcinoma of
// the breast metastatic to the axillary lymph nodes"): another walk of the clause ("breast carcinoma with liver
// metastases") does not take it for its own site or subterm. A metastasis
// word followed by "to" has its site after it ("breast metastatic to
// bone"), and one before a primary's site qualifies that primary
// ("metastatic breast cancer").
func (w *walker) ofMetastasis(i int) bool {
	if w.secondaryAt(i, i+1) && !w.toks[i+1].toNext {
		return true
	}
	lo, hi := min(i, w.head)+1, max(i, w.head)
	for j := lo; j < hi; j++ {
		if w.toks[j].toNext && w.secondaryAt(i, j) {
			return true // the walk and the word are on two sides of it
		}
	}
	if !w.secondaryAt(i, i-1) {
		return false
	}
	for j := i + 1; j < len(w.toks) && j <= i+2 && w.toks[j].clause == w.toks[i].clause; j++ {
		if x := w.toks[j].w; int(x) < len(w.lx.primaryHead) && w.lx.primaryHead[x] {
			return false
		}
	}
	return true
}

// findLead is find for the first word of a several-word subterm: when
// the word occurs more than once, the occurrence nearest to the next word
// of the subterm is taken (ties: nearest to the head).
func (w *walker) findLead(x, next wid, lo, hi int, req []wid) int {
	best, bd, bh := -1, 1<<30, 1<<30
	for i := lo; i < hi; i++ {
		if w.toks[i].w != x || w.used[i] || w.toks[i].back && i < w.head || w.qualOfNextAt(i) || w.beforeTest(i, req) || w.beforePrimary(i) || w.laterMetastasis(i) || w.ofMetastasis(i) {
			continue
		}
		d := 1 << 20
		if q := w.findNear(next, lo, hi, i, req); q >= 0 {
			d = abs(q - i)
		}
		h := abs(i - w.head)
		if d < bd || d == bd && h < bh {
			best, bd, bh = i, d, h
		}
	}
	return best
}

// follows reports whether an unused x in the near window comes right after
// prev (one word may sit between): "category 3" but not "category ... 3 to 4
// months" far away.
func (w *walker) follows(x, prev wid) bool {
	for i := w.lo; i < w.hi; i++ {
		if w.toks[i].w != x {
			continue
		}
		for q := i - 1; q >= w.lo && q >= i-2; q-- {
			if w.toks[q].w == prev {
				return true
			}
		}
	}
	return false
}

// match checks that all req words of n are present and unused in the window;
// it marks them used and returns their positions (nil, false when absent).
func (w *walker) match(req []wid, lo, hi int, buf []int) ([]int, bool) {
	start := len(buf)
	for i, x := range req {
		var p int
		if i > 0 && w.lx.isNum(x) {
			// "type 2", "stage 3b": a number qualifies the word before
			// it in the title and must follow it closely in the note.
			p = -1
			prev := buf[len(buf)-1]
			for q := prev + 1; q <= prev+2 && q < hi; q++ {
				if w.toks[q].w == x && !w.used[q] {
					p = q
					break
				}
			}
		} else if i > 0 {
			// The words of one subterm form a phrase: each is taken
			// nearest to the word before it, so "chronic kidney
			// disease" is not assembled from "chronic obstructive
			// pulmonary disease" and a kidney named elsewhere.
			p = w.findNear(x, lo, hi, buf[len(buf)-1], req)
			if prev := buf[len(buf)-1]; p >= 0 && lo == w.lo && hi == w.hi && w.toks[prev].start >= 0 &&
				w.toks[p].start >= 0 && (prev < w.head && p > w.head || prev > w.head && p < w.head) && !w.straddles(prev, p) && !w.aroundHead(prev, p) {
				// Nor across the head in the near window: "transitional
				// cell carcinoma of the renal pelvis" has no "renal
				// cell" carcinoma.
				p = -1
			}
		} else if len(req) > 1 {
			p = w.findLead(x, req[1], lo, hi, req)
		} else {
			p = w.findIn(x, lo, hi, req)
		}
		if p < 0 {
			for _, q := range buf[start:] {
				w.used[q] = false
			}
			return buf[:start], false
		}
		w.used[p] = true
		buf = append(buf, p)
	}
	for _, p := range buf[start:] {
		if w.lx.strayWord(w.toks, p, w.head, buf[start:], w.used) || p != w.head && (w.normalBefore(p, buf[start:]) || w.deniedByPrefix(p, buf[start:])) {
			for _, q := range buf[start:] {
				w.used[q] = false
			}
			return buf[:start], false
		}
	}
	return buf, true
}

// straddles reports whether a subterm's words at a and b, one on each side
// of the head, are one subterm said in two parts: a word right before the
// head and one just after a linking word right after it
// (data/straddle_links.txt). "Wound infection after cesarean" names the
// cesarean delivery's wound (Infection, cesarean delivery wound, O86.00)
// the way "cesarean wound infection" does; "renal cell" read across "of"
// in "cell carcinoma of the renal pelvis" is no such subterm.
func (w *walker) straddles(a, b int) bool {
	if a > b {
		a, b = b, a
	}
	h, l := w.head, w.head+1
	if a != h-1 || l >= b || b > l+3 || !w.lx.bits.straddle.has(w.toks[l].w) || w.used[l] {
		return false
	}
	c := w.toks[h].clause
	return w.toks[a].clause == c && w.toks[l].clause == c && w.toks[b].clause == c
}

// aroundHead reports whether a subterm's two words at a and b, in the
// title's order, hold the head between them with a right before it: b right
// after it in its clause, the head an adjective inside the subterm's compound
// noun ("right foot diabetic ulcer" is the "diabetic foot ulcer" of
// "Diabetes, with, foot ulcer"), or b in a qualifying clause after the
// head's ("atrophic vaginitis, postmenopausal" is "Vaginitis, atrophic,
// postmenopausal"; the near window reaches such a clause only when it names
// no condition of its own, trailingQualifiers). Words apart from the head,
// or in the reverse order ("transitional cell carcinoma of the renal
// pelvis"), are not.
func (w *walker) aroundHead(a, b int) bool {
	h := w.head
	if h < 0 || h >= len(w.toks) || a != h-1 || b <= h {
		return false
	}
	c := w.toks[h].clause
	if w.toks[a].clause != c {
		return false
	}
	if w.toks[b].clause != c {
		return true
	}
	return b == h+1 && w.toks[b].src-w.toks[a].src == 2
}

// normalBefore reports whether the subterm word at p is written right after
// "normal" ("elevated cholesterol with normal triglycerides"): the note says
// that part is normal, so "with elevated triglycerides" does not read it. A
// "normal" the reading itself takes ("Pregnancy, normal") or one already
// read is no such qualifier, nor is it of a body site ("the normal biliary
// tree"), nor of the kind of visit ("normal screening colonoscopy": the
// screening done at this visit found nothing, and is still its reason,
// guideline I.C.21.c.5; words of lexicon.bits.visitWord).
func (w *walker) normalBefore(p int, pos []int) bool {
	k := p - 1
	if k < 0 || w.toks[k].w != w.lx.wNormal || w.toks[k].clause != w.toks[p].clause || w.toks[p].src-w.toks[k].src != 1 || w.lx.site[w.toks[p].w] || w.lx.bits.visitWord.has(w.toks[p].w) {
		return false
	}
	return !w.used[k] && !slices.Contains(pos, k)
}

// deniedByPrefix reports whether the subterm word at p is written right
// after a denying prefix (data/denying_prefixes.txt) that neither this
// subterm nor an earlier step of the walk read: "non-ST elevation" names
// the contrary of the subterm "ST elevation", whose words it contains
// ("anterior NSTEMI" is no anterior-wall STEMI, I21.4 not I21.09). A
// subterm that spells the prefix ("non-ST elevation") takes it with its
// own words. One bit test per word: the walk runs per keystroke.
func (w *walker) deniedByPrefix(p int, pos []int) bool {
	k := p - 1
	if k < 0 || !w.lx.bits.denyPre.has(w.toks[k].w) || w.toks[k].clause != w.toks[p].clause || w.used[k] {
		return false
	}
	return !slices.Contains(pos, k)
}

// matchNew is match into a new slice, taken from the section's arena when
// the walker has one. A failed match takes nothing.
func (w *walker) matchNew(req []wid, lo, hi int) ([]int, bool) {
	if w.sb == nil {
		return w.match(req, lo, hi, nil)
	}
	a := &w.sb.ints
	a.room(len(req))
	s := len(a.buf)
	pos, ok := w.match(req, lo, hi, a.buf[s:s:cap(a.buf)])
	if !ok {
		return nil, false
	}
	a.buf = a.buf[:s+len(pos)]
	return pos[:len(pos):len(pos)], true
}

// prepend returns the path x followed by p.
func (w *walker) prepend(x step, p []step) []step {
	if w.sb == nil {
		return append([]step{x}, p...)
	}
	return w.sb.steps.prepend(x, p)
}

func (w *walker) unmark(ps []int) {
	for _, p := range ps {
		w.used[p] = false
	}
}

// step is one node on a chosen path with the positions it consumed.
type step struct {
	n   *node
	pos []int
}

// best returns the highest-scoring path below n: the score is the number of
// note words consumed (deeper consistent paths consume more words). wide says
// that n's children may be matched in the wide window (below a connector).
func (w *walker) best(n *node, depth int, wide bool) (int, []step) {
	if depth >= maxDepth || w.steps > 4000 {
		return 0, nil
	}
	lo, hi := w.lo, w.hi
	if wide {
		lo, hi = w.wlo, w.whi
	}
	bestScore := 0
	var bestPath []step
	// The best path through a sibling that is not an "NEC" entry: see
	// below the loops.
	altScore := 0
	var altPath []step
	hiddenTry := false // trying a catch-all: it loses a tie to a named sibling
	try := func(k *node, wideKids, neg bool) {
		if k.addl {
			return
		}
		w.steps++
		klo, khi := lo, hi
		if wideKids {
			klo, khi = w.wlo, w.whi
		}
		pos, ok := w.matchNew(k.req, klo, khi)
		byAlt := false
		if ok && k.longAlt {
			// A longer wording of the subterm that the note says reads
			// its extra words too (node.longAlt).
			w.unmark(pos)
			for _, a := range k.alts {
				if len(a) > len(k.req) {
					if p, ok2 := w.matchNew(a, klo, khi); ok2 {
						pos, byAlt = p, true
						break
					}
				}
			}
			if !byAlt {
				pos, _ = w.matchNew(k.req, klo, khi)
			}
		}
		for ai := 0; !ok && ai < len(k.alts); ai++ {
			pos, ok = w.matchNew(k.alts[ai], klo, khi)
			byAlt = ok
			if ok && k.nemodAlt && ai >= k.nemodFrom && (!w.nemodOK || w.beforeSite(pos, k.altNotBefore)) {
				w.unmark(pos)
				pos, ok = nil, false
			}
		}
		byPlural := false
		if !ok && k.multiple && w.head >= 0 && w.head < len(w.toks) && w.toks[w.head].pl {
			// "Pulmonary nodules", "rib fractures": the plural says
			// "multiple" (Nodule, lung, solitary, multiple R91.8).
			pos, ok, byPlural = nil, true, true
		}
		if !ok {
			return
		}
		if w.denied(pos) != neg {
			// "without perforation or gangrene" does not read as the
			// subterm "with gangrene"; a "without aura" subterm needs
			// the note's "without"
			w.unmark(pos)
			return
		}
		if w.via != nil && k.code == "" && k.refersLike(w.via) {
			w.unmark(pos)
			return
		}
		if w.otherSensed(pos) || wideKids && w.head >= 0 && w.head < len(w.toks) && w.otherSensed([]int{w.head}) {
			// "heart failure and pulmonary hypertension": the
			// "hypertension" of "Failure, heart, with, hypertension" is
			// the one of Hypertension itself; the pulmonary one before
			// it is another condition (data/other_sense.tsv), as the
			// "lateral ventricle" of the brain is no ventricle of
			// "Dilatation, ventricular" (the heart's). Nor does a head
			// so qualified take the "with" subterms of the systemic one
			// ("Hypertension, with, heart failure") before its
			// adjective is read (Hypertension, pulmonary).
			w.unmark(pos)
			return
		}
		if wideKids && len(pos) > 0 && n.lt == "due to" && n.parent != nil && slices.Contains(n.parent.conn, n) && !mainOf(n).event && !presumedLink(n, k) && !w.causeSaid(pos) {
			// "Partial edentulism, chronic periodontal disease": two items
			// of a list. The index presumes the link of its "with"
			// subterms (I.A.15), not of "due to": a cause in another
			// clause is one the note must state ("Anemia, in (due to)
			// (with), end stage renal disease" presumes it).
			w.unmark(pos)
			return
		}
		if k.anyCond && len(pos) > 0 && !w.afterDueTo(pos[0]) {
			// "Fever, due to, conditions classified elsewhere" is the
			// fever of a condition the note links by "due to", not a
			// fever beside "the general condition" of the patient.
			w.unmark(pos)
			return
		}
		if w.partOfOther(pos) && w.ownerRead(n, k, pos) {
			// "pain in the back of the penis": "back" is a part of the
			// penis here, not the site "back" (data/part_nouns.txt).
			w.unmark(pos)
			return
		}
		if len(k.absent) > 0 && w.saysAny(k.absent) {
			// "history of CVA with residual aphasia" is not the entry
			// "stroke without residual deficits".
			w.unmark(pos)
			return
		}
		if k.before && !w.rightBefore(pos) {
			// "fever for three days" is no three-day fever: the
			// compound name is written before its head.
			w.unmark(pos)
			return
		}
		if k.beside && !w.rightBefore(pos) && !w.rightAfter(pos) {
			// "anxiety as he states" is no anxiety state: the
			// subterm is a word of the head's own phrase.
			w.unmark(pos)
			return
		}
		if (k.afterPrep || w.prepSee) && !w.prepPlaced(pos) {
			// "vancomycin was added for MRSA coverage" names no
			// resistance to vancomycin (node.afterPrep).
			w.unmark(pos)
			return
		}
		if k.proper && len(pos) > 0 && !w.toks[pos[0]].cap {
			// An eponym subterm ("Good's") is a proper name: the
			// common word ("good tolerance") is not it.
			w.unmark(pos)
			return
		}
		q := w.qual
		if len(pos) > 0 {
			w.qual = pos[0]
		}
		sub, path := w.best(k, depth+1, wideKids)
		if len(path) == 0 {
			sub = w.seeGain(k)
		}
		w.qual = q
		w.unmark(pos)
		if len(path) == 0 && !k.productive() {
			return // a step that leads to no code reads nothing
		}
		if len(path) == 0 && k.necOwn && !byAlt {
			// "herpes infection" is Herpes itself (markRestating); another
			// wording of the subterm ("MODY" for "Diabetes, specified
			// type NEC", data/title_alias.tsv) restates nothing.
			return
		}
		// Each word is worth 64; nearer words win ties between paths.
		sc := len(pos)*64 + sub
		if byPlural {
			sc++ // read from no word, but more than the entry above it says
		}
		for _, p := range pos {
			d := p - w.head
			if d < 0 {
				d = -d
			}
			sc -= min(d, 15)
			if w.toks[p].back && p+1 < len(w.toks) && w.toks[p+1].clause == w.toks[p].clause {
				sc -= causeLinkCost
			}
			if w.expanded(p) {
				// a word the note wrote beats one read into an
				// abbreviation at the same distance ("lumbar disc
				// herniation at L4-L5": the disc, not a lumbar hernia)
				sc--
			}
		}
		if k.catchAll || hiddenTry {
			// "Diabetes, with, complication" loses to a sibling the
			// note names ("with polyneuropathy") a few words farther.
			sc -= catchAllCost
		}
		// A nonessential modifier the note also has ("aortic (valve)
		// stenosis" for "aortic valve stenosis") settles a tie of
		// distance against a sibling made of that word alone ("valve").
		for _, o := range k.opt {
			if w.find(o, klo, khi) >= 0 {
				sc += optBonus
				break
			}
		}
		if sc > bestScore || (sc == bestScore && sc > 0 && len(path)+1 > len(bestPath)) {
			bestScore = sc
			bestPath = w.prepend(step{k, pos}, path)
		}
		if !k.nec && sc > altScore {
			altScore = sc
			altPath = w.prepend(step{k, pos}, path)
		}
	}
	if n.typeNEC != nil && n.typeNum > 0 {
		if t := w.statedType(lo, hi); t >= 0 && numeral(w.lx.v.words[w.toks[t+1].w]) != n.typeNum {
			// "type III dens fracture": the entry names type II
			// ("dens (type II)"); the type the note states is the
			// entry's "specified type NEC" (S12.12-), read by the
			// type's two words, whatever the other kids read.
			sub, path := w.best(n.typeNEC, depth+1, wide)
			if sc := typeScore + sub; sc > bestScore {
				bestScore, bestPath = sc, w.prepend(step{n.typeNEC, []int{t, t + 1}}, path)
			}
		}
	}
	if len(n.byWord) > 0 {
		for i := lo; i < hi; i++ {
			if w.used[i] || n.sigSet && n.byWordSig&wordSig(w.toks[i].w) == 0 {
				continue
			}
			for _, k := range n.byWord[w.toks[i].w] {
				try(k, wide, false)
			}
		}
	}
	if w.via != nil && n == w.via.target {
		// A catch-all with words of its own ("Ulcer, lower limb, foot
		// specified NEC") is read at the target of a see reference
		// whose subterm said them ("Ulcer, foot - see Ulcer, lower
		// limb"): releaseKidWords gave the words back.
		hiddenTry = true
		for _, k := range n.hidden {
			if len(k.req) > 0 && slices.ContainsFunc(w.kidRel, func(q int) bool { return w.toks[q].w == k.req[0] }) {
				try(k, wide, false)
			}
		}
		hiddenTry = false
	}
	if n.multiKid != nil && w.head >= 0 && w.head < len(w.toks) && w.toks[w.head].pl {
		try(n.multiKid, wide, false)
	}
	for _, k := range n.withKids {
		try(k, true, false)
	}
	for _, k := range n.without {
		try(k, false, true)
	}
	if len(n.viaKid) > 0 && w.saysConnector(n) {
		// A site subterm filed under an implied grouping ("Pain, joint,
		// knee" for "knee pain"): the grouping's words are not required
		// when the note names one of its children, at a small cost so a
		// direct subterm with the same words wins.
		for i := lo; i < hi; i++ {
			if w.used[i] || n.sigSet && n.viaKidSig&wordSig(w.toks[i].w) == 0 {
				continue
			}
			for _, g := range n.viaKid[w.toks[i].w] {
				if w.groupingDenied(n, g, lo, hi) {
					continue
				}
				w.steps++
				pos, ok := w.matchNew(g.req, lo, hi)
				for ai := 0; !ok && ai < len(g.alts); ai++ {
					pos, ok = w.matchNew(g.alts[ai], lo, hi)
				}
				if !ok {
					continue
				}
				if (g.afterPrep || w.prepSee) && !w.prepPlaced(pos) {
					w.unmark(pos)
					continue
				}
				if w.denied(pos) {
					// "Diverticulitis without abscess": the grouping's
					// "with" subterm is refused as a direct one is.
					w.unmark(pos)
					continue
				}
				sub, path := w.best(g, depth+2, false)
				w.unmark(pos)
				if len(path) == 0 && !g.productive() {
					continue
				}
				sc := len(pos)*64 + sub - impliedCost
				for _, p := range pos {
					sc -= min(abs(p-w.head), 15)
				}
				if sc > bestScore || sc > 0 && w.acuityOnly(bestPath) && bestPath[0].n.code == n.code && n.code != "" && !slices.ContainsFunc(pos, func(q int) bool { return slices.Contains(bestPath[0].pos, q) }) {
					// "Acute knee pain": "Pain, acute" is R52, the main
					// term's own code, so the acuity says nothing the
					// code keeps; the site the note names (Pain, joint,
					// knee) does (R52's Excludes1 sends localized pain
					// to the site's code).
					bestScore = max(sc, bestScore)
					bestPath = w.prepend(step{g.parent, nil}, w.prepend(step{g, pos}, path))
				}
			}
		}
	}
	if len(bestPath) > 0 && bestPath[0].n.nec && len(altPath) > 0 && !sharesPos(bestPath, altPath) && (!bestPath[0].n.necCoded || siteCode(altPath[len(altPath)-1].n.code)) {
		// "Infection, Escherichia coli NEC" is for an infection the index
		// classifies nowhere else; a sibling matching other words of the
		// mention ("urinary tract infection due to E. coli": "Infection,
		// urinary") classifies it there, and the organism is left to be
		// coded on its own (the site code's "use additional code").
		bestScore, bestPath = altScore, altPath
	}
	if n.anyKid && len(bestPath) == 0 && w.causeLinked(n.opt) {
		// "delirium due to urinary tract infection": the subterm for
		// any condition, less than a word read, and the condition's
		// words stay for its own code.
		for _, k := range n.kids {
			if k.anyCond {
				bestScore, bestPath = anyCondScore, w.prepend(step{k, nil}, nil)
				break
			}
		}
	}
	if n.neoKid != nil && w.causeNeo() {
		// "pathological fracture of the humerus due to metastasis":
		// the neoplasm entry below "due to" (M84.5-), whose own subterms
		// read the site as the plain entry's would; the neoplasm's words
		// stay for its own code.
		sub, path := w.best(n.neoKid, depth+1, wide)
		sc := anyCondScore + sub
		if len(n.neoKid.kids) == 0 && n.neoKid.code != "" {
			// "back pain due to vertebral metastases": an entry with
			// no sites of its own files the neoplasm's condition
			// whatever the site the note names (Pain, due to
			// malignancy G89.3, guideline I.C.6.b.5), so it wins over
			// the site's entry.
			sc = max(sc, bestScore+1)
		}
		if sc > bestScore {
			bestScore, bestPath = sc, w.prepend(step{n.neoKid, nil}, path)
		}
	}
	for _, c := range n.conn {
		if c.redirect && w.via != nil && n.parent == nil {
			// (A see reference into a subterm the redirect names reads
			// it: "Herniation, disc - see Displacement, intervertebral
			// disc, cervical" goes on to the levels, data/redirect.tsv.)
			continue
		}
		sub, path := w.best(c, depth+1, wide || !c.near)
		if sub > bestScore || w.acuityOnly(bestPath) && seeEnd(path) && !sharesPos(bestPath, path) || sub > 0 && sub == bestScore && w.eventConnSaid(c, path) {
			bestScore = max(sub, bestScore)
			bestPath = w.prepend(step{c, nil}, path)
		}
	}
	if n.anyKid && len(bestPath) > 0 && !bestPath[0].n.anyCond && w.causeLinked(n.opt) {
		// "diabetes due to cystic fibrosis with hyperglycemia": the
		// subterm for any condition has the "with" entries the plain
		// path read (Diabetes, due to underlying condition, with,
		// hyperglycemia E08.65); read there, the same words and the
		// cause the note states right after the head say more than
		// the default type's "with" (E11.65). (A cause after the
		// complication, "diabetic nephropathy due to ...", may be the
		// complication's own: not read so.)
		for _, k := range n.kids {
			if !k.anyCond {
				continue
			}
			if sub, path := w.best(k, depth+1, wide); sub > 0 && anyCondScore+sub > bestScore {
				bestScore, bestPath = anyCondScore+sub, w.prepend(step{k, nil}, path)
			}
			break
		}
	}
	return bestScore, bestPath
}

// groupingDenied reports whether the note denies the implied grouping that
// g is read through below n (data/implied.tsv): near the head, or near the
// words that led a see reference here (prior), the grouping's first word is
// written right after a denying prefix (deniedByPrefix). The grouping is
// implied when the note leaves it out, not when it says the contrary:
// "NSTEMI with LAD occlusion" says "ST elevation" only inside "non-ST
// elevation", so the vessel is not read as the STEMI's (Infarct,
// myocardium, ST elevation, involving, left anterior descending coronary
// artery, I21.02); the infarction is the NSTEMI, I21.4. ("STEMI, LAD
// occlusion" still reaches the vessel through it.) Only a via candidate
// the word loop reached asks it.
func (w *walker) groupingDenied(n, g *node, lo, hi int) bool {
	top := g.parent
	for top != nil && top.parent != n {
		top = top.parent
	}
	if top == nil || len(top.req) == 0 {
		return false
	}
	x := top.req[0]
	denied := func(a, b int) bool {
		for i := max(a, 0); i < min(b, len(w.toks)); i++ {
			if w.toks[i].w == x && w.deniedByPrefix(i, nil) {
				return true
			}
		}
		return false
	}
	if denied(lo, hi) {
		return true
	}
	for _, p := range w.prior {
		if denied(p-nearLeft, p+nearRight+1) {
			return true
		}
	}
	return false
}

// seeGain is the score a path ending at k earns from the entry its see
// reference leads to (or its see-also, where resolvePath follows one from a
// last entry without a code or subterms): the words that target reads are
// the path's reading of the mention. Without it "Alzheimer's dementia, late
// onset, with behavioral disturbance" took "Dementia, with, behavioral
// disturbances" (two words) over "Dementia, Alzheimer's type - see Disease,
// Alzheimer's", whose target reads the onset and the disturbance too. The
// words already read stay read, so a word counts once.
func (w *walker) seeGain(k *node) int {
	refs := k.see
	if len(refs) == 0 && (k.code == "" || len(k.kids) == 0) && !bySiteRef(k.seeAlso) {
		// (A see-also from data/see_also.tsv is read only for a site the
		// entry does not list, after its own subterms: no gain here.)
		refs = k.seeAlso
	}
	if len(refs) == 0 || w.seeHops >= maxSee || !w.unreadWide() {
		return 0 // (no word left for a target to read)
	}
	w.seeHops++
	via := w.via
	gain := 0
	for _, r := range refs {
		if r.target == nil || r.target == w.origin || r.target.ancestorOf(k) {
			// A reference back up the path ("Lymphoma, non-Hodgkin - see
			// also Lymphoma, by type") offers the siblings instead of k:
			// it reads nothing more for k.
			continue
		}
		sc := 0
		var pos []int
		if len(r.rest) > 0 {
			if p, ok := w.matchNew(r.rest, w.wlo, w.whi); ok {
				pos = p
				for _, q := range p {
					if !w.beyondCondition(q) {
						sc += 64 - min(abs(q-w.head), 15)
					}
				}
			}
		}
		w.via = r
		sub, path := w.best(r.target, 0, false)
		for _, st := range path {
			for _, q := range st.pos {
				if w.beyondCondition(q) {
					// not this mention's word: its score is taken back
					sub -= 64 - min(abs(q-w.head), 15)
				}
			}
		}
		w.unmark(pos)
		if sc+sub > 0 {
			gain = max(gain, sc+sub-seeCost)
		}
	}
	w.via = via
	w.seeHops--
	return gain
}

// ancestorOf reports whether n is k or an entry above it.
func (n *node) ancestorOf(k *node) bool {
	for x := k; x != nil; x = x.parent {
		if x == n {
			return true
		}
	}
	return false
}

// beyondCondition reports whether a word that names a condition of its own
// (a one-word main term with a code) lies between position q and the head:
// q then belongs to that condition's mention ("deep vein thrombosis of the
// inflammatory bowel disease": "deep" is the thrombosis's, not a deep
// phlebitis of the bowel's inflammation).
func (w *walker) beyondCondition(q int) bool {
	a, b := q+1, w.head
	if q > w.head {
		a, b = w.head+1, q
	}
	for k := a; k < b; k++ {
		if x := w.toks[k].w; int(x) < len(w.lx.condHead) && w.lx.condHead[x] {
			return true
		}
	}
	return false
}

// typeScore is the score of a "specified type NEC" subterm read by a type
// the note states against its entry's own (walker.best): above any sibling
// read by words alone: the two words of the type, as a kid reading them.
const typeScore = 2 * 64

// statedType returns the position of an unread "type" in [lo, hi) followed
// by a numeral ("type III", "type 3"), -1 when there is none.
func (w *walker) statedType(lo, hi int) int {
	for i := lo; i+1 < hi; i++ {
		if !w.used[i] && !w.used[i+1] && w.toks[i].w == w.lx.wType && numeral(w.lx.v.words[w.toks[i+1].w]) > 0 {
			return i
		}
	}
	return -1
}

// anyCondScore is the score of a subterm that stands for any condition
// (node.anyKid): less than one word read.
const anyCondScore = 32

// causeLinked reports whether the note says "due to" or "secondary to"
// before a condition (vt.cause) whose words no reading took, after the
// head and the words its reading took, with at most hedging words between
// ("delirium, likely due to ...", data/any_condition.txt). The entry's own
// nonessential modifiers (opt: "Diabetes, diabetic (mellitus) (sugar)")
// may stand between too: "diabetes mellitus due to cystic fibrosis".
func (w *walker) causeLinked(opt []wid) bool {
	if w.head < 0 || w.head >= len(w.toks) {
		return false
	}
	for k := w.head + 1; k < w.whi; k++ {
		t := &w.toks[k]
		if t.part != w.toks[w.head].part {
			return false
		}
		if (t.cause || t.subCause) && !w.used[k] {
			return true
		}
		if !w.used[k] && !w.lx.causeHedge[t.w] && !(t.back && t.w == w.lx.wSecondary) && !containsW(opt, t.w) {
			return false
		}
	}
	return false
}

// causeNeo reports a "due to" or "secondary to" after the head, in its part
// of the sentence, whose condition is a neoplasm: one of its first three
// words leads to the Table of Neoplasms ("due to metastasis", "secondary to
// bone metastases", "due to a carcinoma of the breast").
func (w *walker) causeNeo() bool {
	if w.head < 0 || w.head >= len(w.toks) {
		return false
	}
	part, clause := w.toks[w.head].part, w.toks[w.head].clause
	for k := w.head + 1; k < w.whi; k++ {
		if w.toks[k].part != part {
			return false
		}
		if !w.toks[k].dueTo {
			continue
		}
		if w.toks[k].clause != clause && w.toks[k-1].clause != clause {
			// Another clause's "due to" is its own condition's: "constipation
			// and anemia, the first suspicion was ascites due to
			// carcinomatosis" says no anemia due to a neoplasm.
			return false
		}
		for j := k; j < len(w.toks) && j < k+3 && w.toks[j].part == part; j++ {
			if x := w.toks[j].w; int(x) < len(w.lx.neoHead) && (w.lx.neoHead[x] || w.lx.neoCodeHead[x]) {
				return true
			}
		}
	}
	return false
}

// presumedLink reports whether k, a subterm of the "due to" connector n,
// is also listed under a sibling connector whose title says "with" ("in
// (due to) (with)"): the index presumes that link (I.A.15).
func presumedLink(n, k *node) bool {
	for _, c := range n.parent.conn {
		if c == n || !strings.Contains(c.title, "with") && c.lt != "in" {
			continue
		}
		for _, x := range c.kids {
			if x.lt == k.lt {
				return true
			}
		}
	}
	return false
}

// causeSaid reports whether the words at pos, read below a "due to"
// subterm, are in the head's clause, name no condition of their own (a
// main term of the index), or the note says a cause ("due to", "secondary
// to") between the head and them.
func (w *walker) causeSaid(pos []int) bool {
	if w.head < 0 || w.head >= len(w.toks) {
		return true
	}
	lo, hi := w.head, w.head
	other := false // a word of another clause that is a condition's main term
	for _, p := range pos {
		if w.toks[p].clause != w.toks[w.head].clause {
			lo, hi = min(lo, p), max(hi, p)
			if w.ix != nil {
				if t := w.ix.head(w.toks[p].w); t != nil && len(t.terms) > 0 {
					other = true
				}
			}
		}
	}
	if lo == hi || !other {
		// (A qualifier in apposition, "high-risk pregnancy, elderly
		// multigravida", is no other condition.)
		return true
	}
	for k := lo; k <= hi; k++ {
		if w.toks[k].dueTo || w.toks[k].cause {
			return true
		}
	}
	return false
}

// afterDueTo reports whether the word at p is the first word after the
// note's "due to" or "secondary to", or follows it by at most two words of
// its clause ("due to a known physiological condition").
func (w *walker) afterDueTo(p int) bool {
	for q := p; q >= 0 && q >= p-2 && w.toks[q].clause == w.toks[p].clause; q-- {
		if w.toks[q].dueTo {
			return true
		}
	}
	return false
}

// rightBefore reports whether pos are consecutive words ending right before
// the head.
func (w *walker) rightBefore(pos []int) bool {
	for i, p := range pos {
		if p != w.head-len(pos)+i {
			return false
		}
	}
	return len(pos) > 0
}

// prepPlaced reports whether the words at pos stand where an entry below a
// bare preposition subterm is written (node.afterPrep): all after the head
// ("resistant to vancomycin"), or compounded right before it
// ("vancomycin-resistant"; one word of the note's own between the entry's
// words, "extended spectrum beta lactamase resistant" for "extended beta
// lactamase").
func (w *walker) prepPlaced(pos []int) bool {
	if !slices.ContainsFunc(pos, func(p int) bool { return p < w.head }) {
		return true
	}
	if len(pos) == 0 || slices.ContainsFunc(pos, func(p int) bool { return p > w.head }) {
		return false
	}
	first := slices.Min(pos)
	return slices.Max(pos) == w.head-1 && w.head-first <= len(pos)+1
}

// rightAfter reports whether the words at pos follow the head right after
// it, one after another ("anxiety state").
func (w *walker) rightAfter(pos []int) bool {
	for i, p := range pos {
		if p != w.head+1+i {
			return false
		}
	}
	return len(pos) > 0
}

// otherSensed reports whether a word at pos has, right before it in its
// clause and unread, a word that gives it another sense than its entry's
// (data/other_sense.tsv): read as the condition a "with" subterm names, it
// would link a different disease.
func (w *walker) otherSensed(pos []int) bool {
	for _, p := range pos {
		if k := p - 1; k >= 0 && w.toks[k].clause == w.toks[p].clause && !w.used[k] && w.lx.bits.otherSense.has(w.toks[p].w) && w.lx.otherSense[w.toks[p].w][w.toks[k].w] {
			return true
		}
	}
	return false
}

// qualOfNextAt reports whether the word at p stands right before a noun it
// qualifies instead of the condition being read (data/qual_of_next.tsv:
// "AF on chronic anticoagulation" is no chronic AF), in the same clause
// and not the walk's head: the word is then found for no subterm.
func (w *walker) qualOfNextAt(p int) bool {
	q := p + 1
	return q < len(w.toks) && q != w.head && w.toks[q].clause == w.toks[p].clause && w.lx.qualOfNext[w.toks[p].w][w.toks[q].w]
}

// partOfOther reports whether a word at pos names a part of the structure
// that follows it ("the back of the hand", data/part_nouns.txt) or whose
// adjective precedes it ("the femoral head", data/part_owners.txt) while that
// structure is not read on the path: the word then names no site of its own.
// Below the structure's own entry (Fracture > femur > neck) it is read. A
// word right before a noun of direction ("nasal sector") names no site
// either.
func (w *walker) partOfOther(pos []int) bool {
	for _, p := range pos {
		t := &w.toks[p]
		if p > 0 && w.lx.bits.partNoun.has(t.w) && w.lx.partOwner[w.toks[p-1].w] && w.toks[p-1].clause == t.clause && !w.used[p-1] {
			// "the femoral head", "the pancreatic head": the adjective
			// before the part names its structure the same way.
			return true
		}
		if q := p + 1; q < len(w.toks) && w.toks[q].src == t.src+1 && w.lx.bits.direction.has(w.toks[q].w) && !w.used[q] {
			// "the nasal sector": the adjective names a direction
			// within another structure (data/direction_nouns.txt).
			return true
		}
		if w.lx.bits.sideOf.has(t.w) {
			st := w.lx.sideOf[t.w]
			// "a scleral nasal wound", "a nasal subconjunctival mass":
			// the adjective names a side of the eye's structure beside
			// it (data/side_of.tsv).
			if q := p - 1; q >= 0 && w.toks[q].src == t.src-1 && st[w.toks[q].w] && !w.used[q] {
				return true
			}
			if q := p + 1; q < len(w.toks) && w.toks[q].src == t.src+1 && st[w.toks[q].w] && !w.used[q] {
				return true
			}
		}
		if !t.ofNext || !w.lx.bits.partNoun.has(t.w) || p+1 >= len(w.toks) {
			continue
		}
		own := false // the structure is read: a word of it is used
		for q := p + 1; q < len(w.toks) && q <= p+partReach && w.toks[q].clause == t.clause; q++ {
			own = own || w.used[q]
		}
		if !own {
			return true
		}
	}
	return false
}

// ownerRead reports whether subterm k of n, read from a part noun of pos,
// gives way to the structure the part belongs to. A tissue noun
// (data/part_nouns.txt "skin") does so only where a sibling of k names that
// structure and no subterm of k does: "ulceration of the skin of the eyelid"
// is "Ulcer, eyelid" (H01.8-), while "carcinoma of the skin of the face"
// goes on to "Neoplasm, skin, face" and "Kaposi sarcoma of the skin of the
// leg" stays "Sarcoma, Kaposi's, skin".
func (w *walker) ownerRead(n, k *node, pos []int) bool {
	for _, p := range pos {
		if !w.lx.tissueNoun[w.toks[p].w] {
			continue
		}
		sib := false
		for q := p + 1; q < len(w.toks) && q <= p+partReach && w.toks[q].clause == w.toks[p].clause; q++ {
			if len(k.byWord[w.toks[q].w]) > 0 {
				return false
			}
			sib = sib || len(n.byWord[w.toks[q].w]) > 0
		}
		if !sib {
			return false
		}
	}
	return true
}

// saysConnector reports whether the note says the word of connector n when
// n is one ("following"): a connector is transparent for its own subterms,
// but a grouping read through below it ("Hemiplegia, following,
// cerebrovascular disease, stroke") would make any hemiplegia of a sentence
// naming a stroke its sequela. Other nodes need nothing.
func (w *walker) saysConnector(n *node) bool {
	if n.parent == nil || len(n.req) == 0 || !slices.Contains(n.parent.conn, n) {
		return true
	}
	return w.find(n.req[0], w.wlo, w.whi) >= 0
}

// eventConnSaid reports a connector subterm of the External Cause index
// ("Fall, from, off, out of") whose word the note writes right before the
// words its path reads: "fell from a tree" is Fall, from, tree (W14), not
// the tree that fell (Fall, tree, W20.8), which reads the same content word
// at the same distance. (A connector is transparent and reads no word; in
// the event index the preposition tells which event it is.)
func (w *walker) eventConnSaid(c *node, path []step) bool {
	if len(path) == 0 || len(path[0].pos) == 0 || w.sb == nil || !mainOf(c).event {
		return false
	}
	p := slices.Min(path[0].pos)
	if p <= 0 || p >= len(w.toks) {
		return false
	}
	for _, a := range c.alts {
		if len(a) > 0 && a[0] == w.toks[p-1].w {
			return true // "out (of)", a word the walk keeps
		}
	}
	// The connector's other words are stopwords the walk's tokens drop:
	// they are read from the text tokens between the previous word and
	// this one.
	from, to := int(w.toks[p-1].src)+1, int(w.toks[p].src)
	for k := max(from, to-3); k < to && k < len(w.sb.toks); k++ {
		t := w.sb.toks[k].Norm
		for part := range strings.SplitSeq(c.lt, ",") {
			// (The part's first word, read in place: no slice per part.)
			part = strings.TrimSpace(part)
			if first, _, _ := strings.Cut(part, " "); first != "" && first == t {
				return true
			}
		}
	}
	return false
}

// acuityOnly reports a path that is one subterm read from acuity words alone
// (data/see_qualifiers.txt: "Cholecystitis, chronic"). Against a connector
// path that ends in a see reference ("with cholelithiasis - see Calculus,
// gallbladder, with cholecystitis") it loses: the combination is coded
// (guideline I.A.15) and the acuity is read again in the target (follow),
// K80.10 for "chronic cholecystitis with cholelithiasis".
func (w *walker) acuityOnly(p []step) bool {
	if len(p) != 1 || len(p[0].pos) == 0 {
		return false
	}
	for _, x := range p[0].pos {
		if !w.lx.bits.seeQual.has(w.toks[x].w) {
			return false
		}
	}
	return true
}

// seeEnd reports a path whose last entry is a see reference.
func seeEnd(p []step) bool { return len(p) > 0 && len(p[len(p)-1].n.see) > 0 }

// sharesPos reports whether two paths consumed a note word in common.
func sharesPos(a, b []step) bool {
	for _, x := range a {
		for _, y := range b {
			for _, p := range x.pos {
				if slices.Contains(y.pos, p) {
					return true
				}
			}
		}
	}
	return false
}

// partReach is how many words after a part noun may name its structure
// ("the neck of the left femur").
const partReach = 3

// denied reports whether a matched word is in the scope of a "without" of
// the note (see deniedAt).
func (w *walker) denied(pos []int) bool { return deniedAt(w.lx, w.toks, pos) }

// deniedAt reports whether a word at pos is in the scope of a "without" of
// the note: at most four words back, with no "with" in between and within
// the clause or a list joined to it by "and"/"or" ("without perforation or
// gangrene"). The index's "with" subterms and the titles that name the
// condition as present then do not apply.
func deniedAt(lx *lexicon, toks []vt, pos []int) bool {
	for _, p := range pos {
		if withoutScope(lx, toks, p) {
			return true
		}
	}
	return false
}

// withoutScope reports whether the word at p is in the scope of a "without".
func withoutScope(lx *lexicon, toks []vt, p int) bool { return withoutAt(lx, toks, p) >= 0 }

// withoutAt returns the position of the "without" whose scope the word at p
// is in (at most four words back, no "with" or new clause in between), or -1.
func withoutAt(lx *lexicon, toks []vt, p int) int {
	for k := p - 1; k >= 0 && k >= p-4; k-- {
		x := toks[k].w
		if x == lx.wWithout {
			return k
		}
		if x == lx.wWith || toks[k].clause != toks[k+1].clause && !toks[k+1].conj {
			return -1
		}
	}
	return -1
}

// cand is one coded mention before assertions and guidelines.
type cand struct {
	code  string
	why   whyRef // index candidates: rendered only for the codes reported
	pos   []int  // token positions consumed
	score int
	head  int
	sent  int // sentence index within the section
	sentS int32
	sentE int32
	lo    int // near window, kept for history/family re-walks
	hi    int
	wlo   int
	whi   int
	neo   bool
	nOpt  int  // the last nOpt of pos are nonessential modifiers read near the mention
	coord int  // > 0: a coordinated reading sharing its head (coord head words)
	tab   bool // from the tabular title matcher, not the index
	past  int8 // > 0: a status after a removal (status.go), kept only when read as past; 2: the sentence says so; 3: a device in place, undated; 4: dated with an admission (2 outpatient, 1 inpatient); 5: a device the sentence says is gone; 6: as 3, an index reading of a removal statusPostCands read undated (1); 7: as 2, past by a year alone (stayProcedure may find it this stay's)
	now   bool // a therapy the note says the patient is on ("on insulin"): a history trigger does not make it past
	// histOnly: an injury read without the site the note names beside it
	// (T14, data/own_site.txt), kept only as a personal history.
	histOnly bool
	// treated: the condition a removal done before was for ("hysterectomy
	// 20 years ago for leiomyomas", status.go markTreated): past with it.
	treated bool
	// treatedSP: as treated, the removal undated but said done ("s/p
	// appendectomy for appendicitis"): past in an outpatient note only.
	treatedSP bool
	// replaced: as treated, the removal a transplant that replaced the
	// diseased organ ("liver transplant 2019 for NASH cirrhosis"): the
	// condition is not coded at all, the transplant status says it.
	replaced bool
	tp       int32 // tab: the phrase index (Why is built from it in emit)
	// kindDenied: the reading fell back to its main term's code, the
	// subterm's category being denied elsewhere (deniedKinds).
	kindDenied bool
	// shLo, shHi bound the site words this reading shares with the next
	// condition ("pain and swelling of the knee", sharedSite); shHi 0:
	// none. choose does not count them as an overlap.
	shLo, shHi int32
}

// wordsAt reports whether ws are the words of vts from i on (the caller
// checks that they fit): the phrase tables (long-term drugs, BMI names, test
// nouns, the Table of Drugs) match their rows with it.
func wordsAt(vts []vt, i int, ws []wid) bool {
	for k, x := range ws {
		if vts[i+k].w != x {
			return false
		}
	}
	return true
}

// resolvePath turns a chosen path below root into a code: the deepest node
// with a code, following see references (and see-also when nothing below
// matched) and neoplasm table columns.
func (e *Engine) resolvePath(w *walker, root *node, path []step, pos []int, hops int) (code string, why whyRef, allPos []int, neo bool) {
	allPos = pos
	if n := pathPosLen(path); n > 0 && cap(pos) == 0 && w.sb != nil {
		// (In the section's arena: a fresh slice per path cost an
		// allocation a walk. A pos with room is a caller's buffer,
		// walkHitIn's head, grown in place and kept as before.)
		w.sb.ints.room(len(pos) + n)
		st := len(w.sb.ints.buf)
		w.sb.ints.buf = append(w.sb.ints.buf, pos...)
		for _, s := range path {
			w.sb.ints.buf = append(w.sb.ints.buf, s.pos...)
		}
		allPos = w.sb.ints.buf[st:len(w.sb.ints.buf):len(w.sb.ints.buf)]
	} else {
		for _, s := range path {
			allPos = append(allPos, s.pos...)
		}
	}
	last := root
	if len(path) > 0 {
		last = path[len(path)-1].n
	}
	// Deepest node on the path that gives a code.
	for x := last; x != nil; x = x.parent {
		if x == root.parent {
			break
		}
		if x.code != "" {
			code, why = x.code, whyOf(x, false)
			break
		}
		if x == last && x.usage != nil && !x.needSub && x.parent == nil && len(x.req) > 0 && w.toks[w.head].w == x.req[0] {
			// The bare organism ("Streptococcus was isolated"): the
			// entry's only code is its "as cause of disease classified
			// elsewhere" subterm. The adjective ("streptococcal
			// sepsis") names the organism of the condition it qualifies
			// ("see also condition"). Only a main term's: below one,
			// the subterm is one reading among its siblings
			// ("Infection, Clostridium, difficile").
			code, why = x.usage.code, whyOf(x.usage, false)
			if k := w.species(); k >= 0 {
				// "Staphylococcus epidermidis", "Streptococcus
				// intermedius": a species the entry does not list is
				// its "specified NEC" organism (B95.7, B95.4).
				for _, h := range x.hidden {
					if h.code != "" && w.lx.unsaid(h.title) != h.title {
						code, why = h.code, whyOf(h, false)
						allPos = append(allPos, k)
						break
					}
				}
			}
			break
		}
		if x == last && len(x.see) > 0 && hops < maxSee {
			// "Fracture, femur, intertrochanteric - see Fracture, femur,
			// trochanteric", whose subterm "intertrochanteric" restates
			// the entry: its words are read again in the target.
			var again []int
			if len(path) > 0 && (restated(x) || x.siteCopy) {
				again = path[len(path)-1].pos
				w.unmark(again)
			}
			prior, prepSee := w.prior, w.prepSee
			w.prior, w.prepSee = allPos, prepSee || x.afterPrep
			c, y, p, nn := e.followFree(w, x.see, hops, pos)
			w.prior, w.prepSee = prior, prepSee
			for _, q := range again {
				w.used[q] = true
			}
			if c != "" {
				return c, y.after(x, whySee), append(allPos, p...), nn
			}
			if x.code == "" && (x.parent == root && root.code != "" || unnamedAbove(path)) && len(x.without) == 0 && x.grouping == nil && seesElsewhere(x, root) {
				// The subterm the note named is coded where its "see"
				// sends it ("Hemorrhage, intraoperative - see
				// Complication, intraoperative, hemorrhage, by site"),
				// and the note does not name what the target needs: the
				// main term's own code (R58, Hemorrhage NOS) is not this
				// condition's. A reference into the same main term
				// ("Thrombosis, lower limb - see Thrombosis, vein, lower
				// extremity") keeps the entry's code, which the site
				// refines; so does a subterm under a coded grouping.
				// (So too below groupings and connectors the note did
				// not name: "methicillin resistant" is "Resistance,
				// organism, to, drug, methicillin - see MRSA", not the
				// unnamed "drug" Z16.30.)
				return "", why, allPos, false
			}
		}
		defs := x.without
		if x.code == "" && len(defs) == 0 && x.grouping != nil {
			defs = x.grouping.without
		}
		if x == last && len(defs) > 0 {
			for _, k := range defs {
				// ("not resulting in infarction" is said, never assumed:
				// "Occlusion, coronary" leads to Infarct, myocardium. "Not
				// specified as recurrent" is the index's own default.)
				if k.code != "" && (!strings.HasPrefix(k.lt, "not ") || strings.HasPrefix(k.lt, "not specified")) {
					code, why = k.code, whyOf(k, false)
					break
				}
			}
			if code != "" {
				break
			}
		}
		if x == last && x != root && x.grouping != nil && x.grouping.code != "" && len(defs) == 0 {
			// A named site whose entry only splits into parts the note
			// does not name takes the part data/implied.tsv makes its
			// reading ("abdominal abscess": Abscess, abdomen, cavity).
			code, why = x.grouping.code, whyOf(x.grouping, false)
			break
		}
		if x == root {
			break
		}
	}
	if k, at := e.namedAgent(w, root, last, path); k != nil {
		code, why = k.code, whyOf(k, false)
		if len(at) == 1 {
			if _, ok := e.gramNeg[w.toks[at[0]].w]; ok {
				code = e.otherGramNegative(w, code, at[0])
			}
		}
		allPos = append(allPos, at...)
		w.agent += len(at)
	}
	// Nothing more specific below: a see-also may lead further (Carcinoma
	// -> Neoplasm, by site, malignant).
	// A coded entry with subterms follows its see-also into a row of the
	// Table of Neoplasms too ("Carcinoma, basal cell C44.91 - see also
	// Neoplasm, skin, malignant"): the table's row for the site the note
	// names is the specific code; without a site the entry's own code
	// stays.
	open := len(last.seeAlso) > 0 && hops < maxSee && (!bySiteRef(last.seeAlso) && (code == "" || last.code == "" || len(last.kids) == 0 || last != root && neoRowRef(last.seeAlso)) || bySiteRef(last.seeAlso) && code != "" && w.unread())
	if open {
		// A see-also target is taken only when the note has words that
		// lead into it ("Clot, see also Embolism" does not make a blood
		// clot an embolism), except for the neoplasm table, whose column
		// alone is a code (Tumor -> Neoplasm, uncertain behavior).
		// A subterm the note named that has no code of its own stands for
		// its see-also when it is a body site ("Infection, sinus - see also
		// Sinusitis") or an eponym ("Palsy, Bell's - see also Palsy,
		// facial"): the main term's code would drop what the note said.
		// Not a qualifier such as "intermittent" (Fever, intermittent - see
		// also Malaria) or "mural" (Thrombosis, mural - see also Infarct,
		// myocardium): those are no diagnosis of malaria or MI. Nor a
		// subterm that is the target's own name (namesAlso).
		// A qualifier whose see-also stays in its own main term names the
		// same condition's entry there ("Hematuria, benign (familial) - see
		// also Hematuria, idiopathic" N02.9): the index files that kind of
		// the condition under another of its words, not another diagnosis.
		named := last != root && last.code == "" && len(path) > 0 && len(path[len(path)-1].pos) > 0 && (e.allSiteWords(last.req) || last.proper || alsoWithin(last) || namesAlso(last))
		// A code-less entry that was itself reached by a see-also is no
		// default of its own: its see-also is taken only when the note
		// names the condition there, not just a site. "Seroma - see also
		// Hematoma" reaches Hematoma, whose "see also Contusion" is the
		// injury reading of a hematoma ("of the abdomen" too), not of a
		// seroma.
		chained := w.alsoHops > 0 && last == root && code == ""
		var again []int
		if last.siteCopy && len(path) > 0 {
			again = path[len(path)-1].pos
			w.unmark(again)
		}
		w.alsoHops++
		c, y, p, nn := e.followFree(w, last.seeAlso, hops, pos)
		w.alsoHops--
		for _, q := range again {
			w.used[q] = true
		}
		if c != "" && (code == "" || len(p) > 0 || named) && (!chained || nn || e.namesMore(w, p)) && !bySiteNot(last.seeAlso, c) && (!bySiteRef(last.seeAlso) || w.besideHead(p)) {
			why := y.after(last, whySeeAlso)
			if manifSeeAlso(last, code, c, &y) {
				// "Disease, Alzheimer's, late onset G30.1 [F02.80] - see
				// also Dementia, in, diseases specified elsewhere": the
				// see-also is the manifestation's entry, whose subterms
				// ("with agitation" F02.811) refine the manifestation the
				// index pairs with the etiology; the etiology stays
				// (guideline I.A.13: both are coded).
				why.manSee = true
				return code, why, append(allPos, p...), false
			}
			why.alsoBare = why.alsoBare || len(p) == 0
			return c, why, append(allPos, p...), nn
		}
	} else if code != "" && len(last.seeAlso) > 0 && hops < maxSee && (root == last && w.unread() || root != last && last.code != "" && w.leftover(last.seeWords)) && !neoRefs(last.seeAlso) {
		// No subterm of the entry reached was named, but its see-also
		// reads more words of the note: "arthrosis of both hips" is
		// "Osteoarthritis, hip, bilateral" (Arthrosis - see also
		// Osteoarthritis, M16.0), not the main term's own M19.90; "left
		// middle cerebral artery infarction" is Occlusion, artery,
		// cerebral, middle, with infarction (Infarct, cerebral - see also
		// Occlusion ...), not I63.9. Only a reading in the same chapter
		// refines the entry's code; one elsewhere is another condition
		// ("Fracture, traumatic - see also Fracture, pathological"),
		// except a reading in chapter 1 of an entry outside it: the note
		// named the infection's agent, and the condition is the
		// infectious one ("norovirus gastroenteritis" is Enteritis,
		// norovirus A08.11, not the noninfective K52.9 of Gastroenteritis
		// - see also Enteritis).
		// Below the main term the window must have an unread word of
		// the target's subterms (seeWords), and the reading must read a
		// word that neither the path nor the see
		// reference that led to the entry read: "acute cerebral
		// infarction" and "infarction of the brain" (see Infarct,
		// cerebral) stay I63.9, the entry's code.
		if c, y, p, nn := e.followFree(w, last.seeAlso, hops, pos); c != "" && len(p) > 0 && anyNew(p, allPos, w.prior) {
			if manifSeeAlso(last, code, c, &y) && !w.namesTarget(last.seeAlso, allPos, pos) {
				// "Alzheimer's dementia with hallucinations" reached
				// Disease, Alzheimer's G30.9 [F02.80] by a see reference;
				// its see-also to Dementia, in, diseases specified
				// elsewhere reads the behaviour ("with psychotic
				// disturbance" F02.82) that refines the manifestation,
				// and the etiology stays (I.A.13), as above. A note that
				// names the target's own condition apart ("Alzheimer's
				// disease with mild dementia with depressed mood") reads
				// it there, and the dementia is the disease's
				// (inOtherDisease).
				why := y.after(last, whySeeAlso)
				why.manSee = true
				return code, why, append(allPos, p...), false
			}
			if c[0] == code[0] || infectious(c) && !infectious(code) {
				return c, y.after(last, whySeeAlso), append(allPos, p...), nn
			}
		}
	}
	if !open && root != last && code != "" && len(root.seeAlso) > 0 && hops < maxSee && w.leftover(root.seeWords) && !otherKind(root) {
		// The main term's "see also" is where the words this entry has no
		// subterm for are listed: "sixth nerve palsy" reads Palsy > nerve
		// (G58.9), but Paralysis > nerve > sixth names the nerve. The other
		// entry is taken when it reads more of the note than the path did.
		own := allPos[len(pos):]
		w.unmark(own)
		c, y, p, nn := e.followFree(w, root.seeAlso, hops, pos)
		for _, q := range own {
			w.used[q] = true
		}
		if c != "" && len(p) > len(own) && !bySiteNot(root.seeAlso, c) && (!bySiteRef(root.seeAlso) || w.besideHead(p)) {
			for _, q := range p {
				w.used[q] = true
			}
			return c, y.after(root, whySeeAlso), append(pos[:len(pos):len(pos)], p...), nn
		}
	}
	if code == "" && last == root && root.grouping != nil && len(root.grouping.see) > 0 && hops < maxSee {
		// The main term names its condition by site only through a
		// subterm the note need not say (data/implied.tsv): "Strain,
		// muscle (tendon) - see Injury, muscle, by site, strain", and
		// "shoulder strain" never says "muscle". The reference is taken
		// when the note's own words name a site there and the code it
		// reaches can name the condition: a complete code whose tabular
		// title does not ("abdomen" has no strain subterm: S39.001 is an
		// unspecified injury) would drop what the note said, while a
		// subcategory is still read against the note's words.
		if c, y, p, nn := e.followFree(w, root.grouping.see, hops, pos); c != "" && anyNew(p, allPos, nil) && (strings.HasSuffix(c, "-") || e.codeNames(c, root)) {
			return c, y.after(root.grouping, whySee), append(allPos, p...), nn
		}
	}
	return code, why, allPos, false
}

// alsoWithin reports whether every see-also of n leads to a coded entry of
// n's own main term.
func alsoWithin(n *node) bool {
	m := mainOf(n)
	for _, r := range n.seeAlso {
		if r.target == nil || r.target.code == "" || mainOf(r.target) != m {
			return false
		}
	}
	return len(n.seeAlso) > 0
}

// namesAlso reports whether n's own word is the name of the main term
// every see-also of n leads to ("Infection, herpes (simplex) - see also
// Herpes" B00.9): the subterm is that condition, and the entry's own code
// is its code when the note names no subterm there.
func namesAlso(n *node) bool {
	if len(n.req) != 1 {
		return false
	}
	for _, r := range n.seeAlso {
		t := r.target
		if t == nil || t.parent != nil || t.code == "" || len(t.req) == 0 || t.req[0] != n.req[0] {
			return false
		}
	}
	return len(n.seeAlso) > 0
}

// seesElsewhere reports whether every "see" of x leads out of main term
// root, into another condition's entry.
func seesElsewhere(x, root *node) bool {
	for _, r := range x.see {
		if r.target == nil || mainOf(r.target) == root {
			return false
		}
	}
	return true
}

// unnamedAbove reports a path whose last step alone holds note words: the
// entries above it were read through (implied groupings, connectors), so
// their codes are not the named entry's.
func unnamedAbove(path []step) bool {
	if len(path) < 2 {
		return false
	}
	for _, s := range path[:len(path)-1] {
		if len(s.pos) > 0 {
			return false
		}
	}
	return true
}

// otherKind reports a main term the note named by a kind of its condition
// (a word the mention must have besides the head: "Fracture, pathological")
// whose see-also is another kind of the same condition ("see also Fracture,
// traumatic"). A site word the entry has no subterm for ("pathological
// fracture of the thoracic vertebra", T12) does not make the fracture
// traumatic: the entry's own site code stands (M84.48).
func otherKind(root *node) bool {
	if len(root.extra) == 0 {
		return false
	}
	head, _, _ := strings.Cut(root.lt, ",")
	for _, r := range root.seeAlso {
		if r.target != nil && r.target.parent == nil {
			if h, _, _ := strings.Cut(r.target.lt, ","); h == head {
				return true
			}
		}
	}
	return false
}

// codeNames reports whether the tabular title of code (a dashed one's
// subcategory) has the first word of main term m's title.
func (e *Engine) codeNames(code string, m *node) bool {
	hw := normWords(m.title)
	return len(hw) > 0 && slices.Contains(normWords(e.title(strings.TrimSuffix(code, "-"))), hw[0])
}

// anyNew reports whether p holds a position that is in neither a nor b.
func anyNew(p, a, b []int) bool {
	for _, q := range p {
		if !slices.Contains(a, q) && !slices.Contains(b, q) {
			return true
		}
	}
	return false
}

// species returns the position of the species name written right after an
// organism head (the next word of its clause, unread, lower case, with a
// Latin ending of data/word_endings.tsv), or -1.
func (w *walker) species() int {
	k := w.head + 1
	if k >= len(w.toks) || w.used[k] || w.toks[k].cap || w.toks[k].clause != w.toks[w.head].clause {
		return -1
	}
	src := int(w.toks[k].src)
	if w.sb == nil || src >= len(w.sb.toks) || w.toks[k].start != int32(w.sb.toks[src].Start) {
		return -1 // an abbreviation's expansion
	}
	word := strings.ToLower(w.sb.toks[src].Text)
	if len(word) < 5 {
		return -1
	}
	for _, e := range wordEndings().species {
		if strings.HasSuffix(word, e) {
			return k
		}
	}
	return -1
}

// siteCode reports whether an index code is a condition's own, outside
// chapter 1: what an agent's ", unspecified site" subterm (A49.01) yields
// to is the site's infection ("urinary tract infection due to MSSA" N39.0),
// not another agent's entry ("Infection, streptococcal" A49.1), nor a see
// reference without a code ("Infection, heart - see Carditis").
func siteCode(code string) bool {
	return code != "" && code[0] != 'A' && code[0] != 'B'
}

// unreadWide reports whether the wide window has a word no reading took
// yet.
func (w *walker) unreadWide() bool {
	for k := w.wlo; k < w.whi; k++ {
		if !w.used[k] {
			return true
		}
	}
	return false
}

// unread reports whether the near window has a word no reading took yet.
func (w *walker) unread() bool {
	for k := w.lo; k < w.hi; k++ {
		if !w.used[k] {
			return true
		}
	}
	return false
}

// leftover reports whether the near window has a word no reading took yet
// that is one of words: only then may another entry read more of the note.
func (w *walker) leftover(words map[wid]bool) bool {
	if len(words) == 0 {
		return false
	}
	for k := w.lo; k < w.hi; k++ {
		if !w.used[k] && words[w.toks[k].w] {
			return true
		}
	}
	return false
}

// saysAny reports whether one of ws is said in the wide window outside the
// scope of a "without".
func (w *walker) saysAny(ws []wid) bool {
	for k := w.wlo; k < w.whi; k++ {
		if containsW(ws, w.toks[k].w) && !withoutScope(w.lx, w.toks, k) {
			return true
		}
	}
	return false
}

// neoRefs reports references into the Table of Neoplasms, whose site rows
// are read on their own terms (see resolvePath).
func neoRefs(refs []*seeRef) bool {
	for _, r := range refs {
		if r.neoCol >= 0 || r.target != nil && len(r.target.cells) > 0 {
			return true
		}
	}
	return false
}

// bySiteRef reports a see-also added from data/see_also.tsv: the entry's
// own subterms list some sites, and a site they do not list is read in the
// reference ("melanoma of the choroid": Neoplasm, choroid, malignant).
func bySiteRef(refs []*seeRef) bool {
	for _, r := range refs {
		if r.bySite {
			return true
		}
	}
	return false
}

// bySiteNot reports a bySite reading the reference may not give: a
// melanoma of the nail reaches the table's skin row (C44), which is the
// melanoma's own skin entry (C43), not another site.
func bySiteNot(refs []*seeRef, c string) bool {
	for _, r := range refs {
		for _, p := range r.notTo {
			if r.bySite && strings.HasPrefix(c, p) {
				return true
			}
		}
	}
	return false
}

// besideHead reports whether the words at pos run up to the head with no
// other word between but those the mention read and sides (stop words are no
// tokens): "choroid melanoma", "melanoma of the left choroid". A site word further off belongs to another
// mention ("lymph node metastases from melanoma").
func (w *walker) besideHead(pos []int) bool {
	if len(pos) == 0 {
		return false
	}
	lo, hi := w.head, w.head
	for _, p := range pos {
		lo, hi = min(lo, p), max(hi, p)
	}
	for q := lo; q <= hi; q++ {
		if q != w.head && !slices.Contains(pos, q) && !w.used[q] && !w.lx.isSide(w.toks[q].w) || w.toks[q].clause != w.toks[w.head].clause {
			return false
		}
	}
	return true
}

// neoRowRef reports a reference to a named row of the Table of Neoplasms
// ("Neoplasm, skin, malignant"), not to a column alone.
func neoRowRef(refs []*seeRef) bool {
	for _, r := range refs {
		if r.neoCol >= 0 && r.target != nil && namedRow(r) != nil {
			return true
		}
	}
	return false
}

// saidUsed reports whether every word of ws is in the wide window, read or
// not: the note named them, and a path has already consumed them.
func (w *walker) saidUsed(ws []wid) bool {
	for _, x := range ws {
		found := false
		for k := w.wlo; k < w.whi && !found; k++ {
			found = w.toks[k].w == x
		}
		if !found {
			return false
		}
	}
	return true
}

// namedRow returns the neoplasm table row a reference into the table names
// by site ("Neoplasm, breast, malignant": the breast row), nil when it names
// none or a row the table lacks.
func namedRow(r *seeRef) *node {
	t, named := r.target, false
	for _, p := range strings.Split(r.raw, ",")[1:] {
		p = stripTitle(p)
		if p == "by site" || isBehaviour(p) {
			continue
		}
		if t = childByTitle(t, p); t == nil {
			return nil
		}
		named = true
	}
	if !named {
		return nil
	}
	return t
}

// restated reports whether a see reference of x leads to an entry that has a
// subterm titled as x itself, or whose own title names x ("Strain, tendon -
// see Injury, muscle, by site": "muscle (and fascia) (and tendon)"), so
// x's words are read again below it ("Achilles tendon"); computed once per
// node by freezeSigs.
func restated(x *node) bool {
	if x.sigSet {
		return x.restates
	}
	return restatesNow(x)
}

// restatesNow is restated without the stored answer.
func restatesNow(x *node) bool {
	for _, r := range x.see {
		if r.target != nil && childByTitleMode(r.target, x.lt, true) != nil {
			return true
		}
		if r.target != nil && r.target.parent != nil && titleNames(r.target, x) {
			return true
		}
	}
	return false
}

// titleNames reports whether target t's words, its nonessential modifiers
// included, have every word x requires.
func titleNames(t, x *node) bool {
	if len(x.req) == 0 {
		return false
	}
	for _, w := range x.req {
		if !containsW(t.req, w) && !containsW(t.opt, w) {
			return false
		}
	}
	return true
}

// followFree is follow with the head's words free again: the target entry
// may name the word that led to it ("Gestation - see also Pregnancy", whose
// subterm "weeks of gestation" names gestation once more). References into
// the neoplasm table keep them used.
func (e *Engine) followFree(w *walker, refs []*seeRef, hops int, head []int) (string, whyRef, []int, bool) {
	for _, r := range refs {
		if r.neoCol >= 0 || r.target != nil && len(r.target.cells) > 0 {
			// The neoplasm table's rows are sites: the head word
			// ("metastatic") is no site of its own.
			return e.follow(w, refs, hops)
		}
	}
	w.unmark(head)
	freed := w.freed
	w.freed = head
	c, y, p, nn := e.follow(w, refs, hops)
	w.freed = freed
	for _, q := range head {
		w.used[q] = true
	}
	return c, y, p, nn
}

// follow walks the targets of see references with the same window.
func (e *Engine) follow(w *walker, refs []*seeRef, hops int) (string, whyRef, []int, bool) {
	bestCode, bestWhy := "", whyRef{}
	var bestPos []int
	bestScore := -1
	bestNeo := false
	for _, r := range refs {
		if r.target == nil || r.target == w.origin && hops > 0 {
			continue
		}
		var pos []int
		ok := true
		unread := false
		if len(r.rest) > 0 {
			pos, ok = w.matchNew(r.rest, w.wlo, w.whi)
			if !ok {
				// Words the reference names but the note does not say:
				// still follow, they only narrow the target.
				pos, ok, unread = nil, true, true
			}
		}
		if !ok {
			continue
		}
		if r.neoCol >= 0 {
			target := r.target
			if unread && w.saidUsed(r.rest) {
				// The reference names its row ("Cancer, breast - see also
				// Neoplasm, breast, malignant") with words the path already
				// read: start at that row, so another site of the sentence
				// ("with metastasis to liver") is not taken for it. (A row
				// the note never named, "Sarcoma - see also Neoplasm,
				// connective tissue", still lets the note's site choose.)
				if row := namedRow(r); row != nil {
					target = row
				}
			}
			// A row's nemod adjective reads a primary malignancy's site
			// only ("cervical cancer" is the cervix's; a "cervical
			// fibroma" or "cervical metastasis" is more often the neck's).
			w.nemodOK = r.neoCol == e.ix.malCol
			sc, path := w.best(target, 0, false)
			w.nemodOK = false
			if r.neoCol == e.ix.malCol {
				if alt := w.ownAdjSite(target, path, r.neoCol); alt != nil {
					path = alt
				}
			}
			if unread && target == r.target {
				// The reference names a row the note does not ("Carcinoma,
				// basal cell - see also Neoplasm, skin, malignant"): the
				// note's site is read below that row when the row lists it
				// ("basal cell carcinoma of the forearm" is skin, forearm).
				if row := namedRow(r); row != nil && hasMorph(row, r.neoCol) {
					if rsc, rpath := w.best(row, 0, false); len(rpath) > 0 {
						target, sc, path = row, rsc, rpath
					}
				}
			}
			refRow := false
			if unread && target == r.target && len(path) == 0 {
				// No site in the sentence: the reference's own row is
				// the site ("Meningioma - see also Neoplasm, meninges,
				// benign" is D32.9, not the unspecified site's D36.9).
				if row := namedRow(r); row != nil {
					target, refRow = row, true
				}
			}
			w.unmark(pos)
			cell, row, p := neoCell(target, path, r.neoCol)
			if cell == "" {
				continue
			}
			metPrimary := false
			if r.neoCol == e.ix.secCol && r.neoCol != e.ix.malCol && w.metastaticOf(p) && !e.lx.metSite(cell) {
				// "metastatic adenocarcinoma of the pancreas": the
				// primary's site, which has metastasized (C79.9
				// added by addMetastases when no secondary site is
				// coded).
				if mc, mrow, mp := neoCell(target, path, e.ix.malCol); mc != "" {
					cell, row, p, metPrimary = mc, mrow, mp, true
				}
			}
			col := r.neoCol
			if metPrimary {
				col = e.ix.malCol
			}
			if mc, mrow := e.morphCell(w, row, col); mc != "" {
				cell = mc
				if mrow.parent == row || mrow.parent != nil && mrow.parent.parent == row {
					// (A sub-row read from another row of the same
					// code keeps the note's row in the explanation.)
					row = mrow
				}
			}
			if sc > bestScore {
				bestScore, bestCode, bestWhy, bestPos, bestNeo = sc, cell, whyOf(row, true), w.joinPos(pos, p), true
				bestWhy.refRow, bestWhy.metPrimary = refRow, metPrimary
			}
			continue
		}
		// The target restates the entry the note reached: the qualifiers
		// that led there choose among its subterms again ("acute
		// cholecystitis with cholelithiasis" -> see "Calculus, gallbladder,
		// with cholecystitis" -> acute: K80.00, not the chronic default).
		var buf []int
		if w.sb != nil {
			buf, w.sb.relBuf = w.sb.relBuf[:0], nil // taken: a nested follow allocates
		}
		released := w.releaseQualifiers(buf)
		released = w.releaseWith(r.target, released)
		n0 := len(released)
		released = w.releaseKidWords(r.target, released)
		kidRel := w.kidRel
		w.kidRel = released[n0:]
		sc, target, path, named := e.readTarget(w, r, len(pos) == 0)
		if len(path) > 0 && len(w.freed) > 0 && strings.HasSuffix(path[0].n.lt, " nec") && len(path[0].pos) > 0 && posIn(path[0].pos, w.freed) {
			// "Herpes simplex infection": Infection > herpes (simplex) -
			// see also Herpes, where the handed-back head word reads the
			// catch-all "infection NEC" (B10.89). An NEC entry is for
			// what its siblings do not classify: when the note names a
			// sibling (simplex, B00.9), even one the path that led here
			// read, that sibling is the reading, and the head word stays
			// the referring entry's.
			for _, q := range w.freed {
				w.used[q] = true
			}
			freed := w.freed
			w.freed = nil
			if sc2, t2, p2, n2 := e.readTarget(w, r, len(pos) == 0); len(p2) > 0 && !strings.HasSuffix(p2[0].n.lt, " nec") {
				sc, target, path, named = sc2, t2, p2, n2
			}
			w.freed = freed
			w.unmark(freed)
		}
		w.kidRel = kidRel
		if unread && !named && len(r.rest) > 0 {
			// "Infarct, cerebral - see also Occlusion, artery cerebral or
			// precerebral, with infarction": the reference restates words
			// the path already read ("cerebral") and names no subterm
			// of its own; read again in the target they lead on to the
			// artery the note names ("left middle cerebral artery
			// infarct": Occlusion > artery > cerebral > middle > with
			// infarction), not to the bare artery (I70.9).
			n := len(released)
			if released = w.releaseRestated(r.rest, released); len(released) > n {
				sc, target, path, _ = e.readTarget(w, r, len(pos) == 0)
			}
		}
		// The target's path has read its words: a reference further on
		// (its see-also) reads only what is left, as at the first hop.
		var markBuf [2 * maxDepth]int
		marked := markBuf[:0]
		for _, st := range path {
			for _, q := range st.pos {
				if !w.used[q] {
					w.used[q] = true
					marked = append(marked, q)
				}
			}
		}
		carry := w.carry
		w.carry = nil
		if unread && !named && len(r.rest) > 0 && seeEnd(path) {
			w.carry = r.rest
		}
		c, y, p, nn := e.resolvePath(w, target, path, nil, hops+1)
		w.carry = carry
		w.unmark(marked)
		w.unmark(pos)
		for _, k := range released {
			w.used[k] = true
		}
		if w.sb != nil {
			w.sb.relBuf = released[:0]
		}
		if c == "" {
			continue
		}
		if sc > bestScore {
			bestScore, bestCode, bestWhy, bestPos, bestNeo = sc, c, y, w.joinPos(pos, p), nn
		}
	}
	return bestCode, bestWhy, bestPos, bestNeo
}

// ownAdjSite returns the table path read from the site adjective written
// right before a malignancy's head ("prostatic adenocarcinoma") when the path
// the walk chose reads only words after the head and leads to another
// category: in "metastasis of prostatic adenocarcinoma in the maxillary
// sinus" the sinus (two words, so it outscored the one adjective) is where
// the tumour was found, and the adjective names the primary (C61), which
// was otherwise lost. A site after the head in the adjective's own category
// ("pancreatic adenocarcinoma in the head of the pancreas", "colon
// adenocarcinoma in the sigmoid") keeps the more specific reading, and an
// adjective a subterm of the histology has read ("medullary carcinoma") is
// no site. It returns nil when the chosen path stands.
func (w *walker) ownAdjSite(target *node, path []step, col int) []step {
	h, a := w.head, w.head-1
	if len(path) == 0 || a < w.lo || h >= len(w.toks) || w.used[a] {
		return nil
	}
	ta, th := &w.toks[a], &w.toks[h]
	if ta.clause != th.clause || ta.start < 0 || th.start < 0 || th.start-ta.end > 1 {
		return nil
	}
	read := false
	for _, st := range path {
		for _, p := range st.pos {
			if p <= h {
				return nil
			}
			read = true
		}
	}
	if !read {
		return nil
	}
	var buf [32]int
	set := buf[:0]
	for i := h + 1; i < len(w.toks) && i < max(w.hi, w.whi); i++ {
		if !w.used[i] {
			w.used[i] = true
			set = append(set, i)
		}
	}
	_, alt := w.best(target, 0, false)
	w.unmark(set)
	if !slices.ContainsFunc(alt, func(st step) bool { return slices.Contains(st.pos, a) }) {
		return nil
	}
	c1, _, _ := neoCell(target, path, col)
	c2, _, _ := neoCell(target, alt, col)
	if len(c1) < 3 || len(c2) < 3 || c1[:3] == c2[:3] {
		return nil
	}
	return alt
}

// joinPos is append(a, b...) in a fresh slice, in the section's arena when
// the walker has one.
func (w *walker) joinPos(a, b []int) []int {
	if w.sb == nil || len(a)+len(b) == 0 {
		return append(a, b...)
	}
	w.sb.ints.room(len(a) + len(b))
	st := len(w.sb.ints.buf)
	w.sb.ints.buf = append(append(w.sb.ints.buf, a...), b...)
	return w.sb.ints.buf[st:len(w.sb.ints.buf):len(w.sb.ints.buf)]
}

// pathPosLen is the number of note positions the steps of path read.
func pathPosLen(path []step) int {
	n := 0
	for _, s := range path {
		n += len(s.pos)
	}
	return n
}

// namedKid extends path below n with the subterms that the words name (a
// see reference's leftover qualifiers: "acquired", "with obstruction"),
// descending while some child's words are all among them, also through a
// connector ("with" > "obstruction"); the child naming the most words wins
// at each level. The path is extended only when every word is used:
// a partial reading ("complicated" of "complicated by malposition") would
// name a broader entry than the reference means.
func (lx *lexicon) namedKid(n *node, words []wid, path []step) []step {
	var ext [2 * maxDepth]step
	k := 0
	left := 0
	for _, x := range words {
		if x != lx.wWith {
			left++
		}
	}
	var got []wid
	for left > 0 && k+2 <= len(ext) {
		var best, via *node
		most := 0
		try := func(c, v *node) {
			m := 0
			for _, x := range c.req {
				if x == lx.wWith {
					continue
				}
				if !containsW(words, x) || containsW(got, x) {
					return
				}
				m++
			}
			if m > most {
				best, via, most = c, v, m
			}
		}
		for _, set := range [][]*node{n.kids, n.withKids} {
			for _, c := range set {
				try(c, nil)
			}
		}
		for _, v := range n.conn {
			for _, set := range [][]*node{v.kids, v.withKids} {
				for _, c := range set {
					try(c, v)
				}
			}
		}
		if best == nil {
			return path
		}
		if via != nil {
			ext[k] = step{n: via}
			k++
		}
		ext[k] = step{n: best}
		k++
		for _, x := range best.req {
			if x != lx.wWith {
				got = append(got, x)
			}
		}
		left -= most
		n = best
	}
	if left > 0 {
		return path
	}
	out := make([]step, 0, len(path)+k)
	out = append(out, path...)
	return append(out, ext[:k]...)
}

// namedKidAbove is namedKid for a site whose parts the index lists twice: once under the site and
// once under the subterm the reference names ("Injury, muscle, thorax, back wall" S29.002 beside
// "thorax, strain, back wall" S29.012). When the path's last entry has no such subterm, the
// subterm is taken at an earlier entry of the path and the parts read after it are read again
// below it by title ("strain of the back wall of the thorax" is a strain, not an unspecified
// injury). It returns path unchanged, false, when no earlier entry leads there.
func (lx *lexicon) namedKidAbove(path []step, words []wid) ([]step, bool) {
	for i := len(path) - 2; i >= 0; i-- {
		ext := lx.namedKid(path[i].n, words, path[:i+1:i+1])
		if len(ext) == i+1 {
			continue
		}
		t := ext[len(ext)-1].n
		ok := true
		for _, st := range path[i+1:] {
			c := childByTitleMode(t, st.n.lt, true)
			if c == nil {
				ok = false
				break
			}
			ext = append(ext, step{n: c, pos: st.pos})
			t = c
		}
		if ok {
			return ext, true
		}
	}
	return path, false
}

// releaseQualifiers marks unused the acuity words of the near window
// (data/see_qualifiers.txt) that a path consumed, appending their positions
// to dst so the caller can mark them again.
func (w *walker) releaseQualifiers(dst []int) []int {
	for k := w.lo; k < w.hi; k++ {
		if k != w.head && w.used[k] && w.lx.bits.seeQual.has(w.toks[k].w) {
			w.used[k] = false
			dst = append(dst, k)
		}
	}
	return dst
}

// releaseWith marks unused the words a path consumed that, with words
// still free, make up a "with" subterm of the see reference's target,
// appending their positions to dst (as releaseQualifiers). "Hypertension
// with heart failure and CKD" reads "Hypertension, heart, with kidney disease
// - see Hypertension, cardiorenal": the "heart" of the heart failure led
// there, and the target's "with heart failure" (I13.0) reads it again, not
// the default "without heart failure" (I13.10).
func (w *walker) releaseWith(t *node, dst []int) []int {
	if t == nil || len(t.withKids) == 0 && len(t.conn) == 0 {
		return dst
	}
	// the consumed words first: most follows have none a subterm could
	// take back, and the target's subterms are not scanned
	var ub [8]wid
	usedW := ub[:0]
	for q := w.lo; q < w.hi && len(usedW) < len(ub); q++ {
		if q != w.head && w.used[q] {
			usedW = append(usedW, w.toks[q].w)
		}
	}
	if len(usedW) == 0 {
		return dst
	}
	try := func(k *node) {
		if len(k.req) < 2 {
			return
		}
		some := false
		for _, x := range k.req {
			if containsW(usedW, x) {
				some = true
				break
			}
		}
		if !some {
			return
		}
		free := false
		for _, x := range k.req {
			at := -1
			for q := w.wlo; q < w.whi; q++ {
				if w.toks[q].w == x {
					at = q
					if !w.used[q] {
						break
					}
				}
			}
			if at < 0 {
				return
			}
			if !w.used[at] {
				free = true
			}
		}
		if !free {
			return
		}
		for q := w.lo; q < w.hi; q++ {
			if q != w.head && w.used[q] && containsW(k.req, w.toks[q].w) {
				w.used[q] = false
				dst = append(dst, q)
			}
		}
	}
	for _, k := range t.withKids {
		try(k)
	}
	for _, c := range t.conn {
		if c.lt == "with" {
			for _, k := range c.kids {
				try(k)
			}
		}
	}
	return dst
}

// releaseKidWords marks unused the words of the near window a path
// consumed that begin a catch-all subterm of the see reference's target,
// appending their positions to dst (as releaseQualifiers): "Ulcer, foot -
// see Ulcer, lower limb" sends the foot to the entry whose subterm "foot
// specified NEC" (L97.50-) names it again, not to the unspecified part of
// the lower limb. A catch-all that begins "specified" ("Arteriosclerosis,
// specified artery NEC", "Effusion, joint, specified joint NEC") is another
// member of the class the word names, not the one the note left unnamed
// ("calcification of the artery" stays I70.90).
func (w *walker) releaseKidWords(t *node, dst []int) []int {
	if t == nil || len(t.hidden) == 0 {
		return dst
	}
	for k := w.lo; k < w.hi; k++ {
		if k == w.head || !w.used[k] {
			continue
		}
		for _, kid := range t.hidden {
			if len(kid.req) > 0 && kid.req[0] == w.toks[k].w && !strings.HasPrefix(kid.lt, "specified") {
				w.used[k] = false
				dst = append(dst, k)
				break
			}
		}
	}
	return dst
}

// readTarget reads the note's words below the target of see reference r
// (or, for data/see_parent.txt references, below its parent) and, when
// the note did not repeat them (bare), the subterm the reference's own
// words name; named reports that they named one.
func (e *Engine) readTarget(w *walker, r *seeRef, bare bool) (int, *node, []step, bool) {
	via := w.via
	w.via = r
	target := r.target
	sc, path := w.best(target, 0, false)
	if target.parent != nil && (r.parentKey > 0 || r.parentKey == 0 && e.lx.seeParent[stripTitle(r.raw)]) {
		// "Lesion, ulcerated - see Ulcer, skin": the note's own site
		// ("an ulcerated lesion of the cornea") is read as another
		// subterm of the reference's parent (Ulcer, cornea); the
		// reference's site is the default (data/see_parent.txt).
		psc, ppath := w.best(target.parent, 0, false)
		if len(ppath) > 0 && ppath[0].n == target && len(ppath[0].pos) > 0 && (target.code == "" || target.code == target.parent.code) {
			// "Subcapital femoral neck fracture": the reference's
			// site ("upper end, neck", S72.00-) codes no more than
			// its parent does; a sibling the note also names
			// ("subcapital", S72.01-) is the more specific reading
			// and wins whichever word stands nearer the head.
			tpos := ppath[0].pos
			for _, p := range tpos {
				w.used[p] = true
			}
			if osc, opath := w.best(target.parent, 0, false); len(opath) > 0 && opath[0].n != target && len(opath[0].pos) > 0 && opath[0].n.code != target.code {
				psc, ppath = osc, opath
			}
			for _, p := range tpos {
				w.used[p] = false
			}
		}
		if len(ppath) > 0 && ppath[0].n != target {
			target, sc, path = target.parent, psc, ppath
		}
	}
	w.via = via
	named := false
	rest := r.rest
	if len(rest) == 0 {
		rest = w.carry
	}
	if len(rest) > 0 && (bare || len(r.rest) > 0) {
		// The reference itself names the subterm to take below the
		// site the note reached ("see Absence, by site, acquired":
		// "penile amputation" is Absence > penis > acquired, not the
		// congenital entry; "see Hernia, by site, with
		// obstruction"): its words are said even if the note does
		// not repeat them.
		last := target
		if len(path) > 0 {
			last = path[len(path)-1].n
		}
		n := len(path)
		path = e.lx.namedKid(last, rest, path)
		named = len(path) > n
		if !named && len(path) > 1 {
			path, named = e.lx.namedKidAbove(path, rest)
		}
		if named && n == 0 && loopsTo(path[len(path)-1].n, r) {
			// "Hernia, incarcerated - see also Hernia, by site, with
			// obstruction" and no site in the note: "Hernia, with,
			// obstruction" refers by site once more. The unspecified
			// site is the target's subterm that carries the target's
			// own code ("abdomen, abdominal" K46.9), and the words are
			// read below it (K46.0).
			if d := unspecifiedSite(target); d != nil {
				if p := e.lx.namedKid(d, rest, []step{{n: d}}); len(p) > 1 {
					path = p
				}
			}
		}
	}
	return sc, target, path, named
}

// posIn reports whether every position of ps is in set.
func posIn(ps, set []int) bool {
	for _, p := range ps {
		if !slices.Contains(set, p) {
			return false
		}
	}
	return true
}

// loopsTo reports whether the code-less entry n refers on to the target of r
// with r's own words: following it would reach r's target again.
func loopsTo(n *node, r *seeRef) bool {
	if n.code != "" {
		return false
	}
	for _, set := range [2][]*seeRef{n.see, n.seeAlso} {
		for _, x := range set {
			if x.raw == r.raw || x.target == r.target && slices.Equal(x.rest, r.rest) {
				return true
			}
		}
	}
	return false
}

// unspecifiedSite returns the only subterm of main term t that carries t's
// own code: the site the index files the unspecified condition under.
func unspecifiedSite(t *node) *node {
	if t.parent != nil || t.code == "" {
		return nil
	}
	var d *node
	for _, k := range t.kids {
		if k.code == t.code {
			if d != nil {
				return nil
			}
			d = k
		}
	}
	return d
}

// releaseRestated marks unused the words of the near window that a see
// reference's rest names and a path already consumed, appending their
// positions to dst (as releaseQualifiers).
func (w *walker) releaseRestated(rest []wid, dst []int) []int {
	for k := w.lo; k < w.hi; k++ {
		if k != w.head && w.used[k] && containsW(rest, w.toks[k].w) {
			w.used[k] = false
			dst = append(dst, k)
		}
	}
	return dst
}

// neoCell reads the requested column on the deepest row of a neoplasm table
// path that has a code in that column.
func neoCell(root *node, path []step, col int) (string, *node, []int) {
	for i := len(path) - 1; i >= -1; i-- {
		n := root
		if i >= 0 {
			n = path[i].n
		}
		if col < len(n.cells) && n.cells[col] != "" {
			// Only the rows down to the one read are evidence: a
			// deeper row without cells ("melanoma - see Melanoma")
			// names something else, whose words stay free for their
			// own entry ("metastatic melanoma").
			var pos []int
			for _, s := range path[:i+1] {
				pos = append(pos, s.pos...)
			}
			return n.cells[col], n, pos
		}
		if i == len(path)-1 && hasCells(n) {
			// The row the note named has no code in this column
			// ("lymph, gland (node)" has no primary malignant cell:
			// it is secondary, or a lymphoma); its parent row is
			// another site ("lymph, lymphatic channel").
			return "", nil, nil
		}
	}
	return "", nil, nil
}

// hasCells reports a neoplasm table row that prints codes in some column.
func hasCells(n *node) bool {
	for _, c := range n.cells {
		if c != "" {
			return true
		}
	}
	return false
}

// refersLike reports whether n has a see or see-also reference worded as r.
func (n *node) refersLike(r *seeRef) bool {
	for _, set := range [2][]*seeRef{n.see, n.seeAlso} {
		for _, x := range set {
			if x.raw == r.raw {
				return true
			}
		}
	}
	return false
}

// productive reports whether stopping at n can yield a code.
func (n *node) productive() bool {
	return n.code != "" || len(n.see) > 0 || len(n.seeAlso) > 0 && !bySiteRef(n.seeAlso) || len(n.without) > 0 || len(n.cells) > 0 ||
		n.grouping != nil && (len(n.grouping.without) > 0 || n.parent != nil && n.grouping.code != "")
}

// Separators between the index paths of a whyRef.
const (
	whyFirst   = iota // the first path
	whySee            // " -> " (a see reference followed)
	whySeeAlso        // " -> see also "
)

// whyPart is one index path of an explanation: the node it ends at, the
// separator before it and whether it is a neoplasm table row.
type whyPart struct {
	n   *node
	sep uint8
	neo bool
}

// whyRef is the explanation of an index candidate, kept as nodes and
// rendered (String) only for the candidates a section reports: most
// candidates are discarded by choose. It holds at most maxSee+1 paths
// (one per see hop, resolvePath follows at most maxSee).
type whyRef struct {
	parts [maxSee + 1]whyPart
	k     uint8
	// manSee says the last path ends at the manifestation's entry that the
	// etiology's see-also led to (resolvePath): its code replaces the one
	// the index prints with the etiology's.
	manSee bool
	// refRow says the last path is the Table of Neoplasms row a see
	// reference names, taken because the sentence names no site: the
	// neoplasm may be one whose site the note gives elsewhere.
	refRow bool
	// alsoBare says the code is the default of a see-also target that read
	// none of the note's words ("Thrombosis, ventricle - see also Infarct,
	// myocardium"): a tabular inclusion term that reads the same words
	// ("Ventricular thrombosis", I51.3) names the condition the note said.
	alsoBare bool
	// metPrimary says the last path read "metastatic <histology> of
	// <site>" at the site's primary cell (walker.metastaticOf).
	metPrimary bool
}

// refRowNote says in Why that a neoplasm is coded at the row its index
// reference names because the sentence named no site (whyRef.refRow;
// markRefRow for the note-level steps).
const refRowNote = "row the index reference names, no site in the sentence"

// The bits of model.Code.Marks the coder sets, for its note-level steps to
// read instead of the words Why carries for an auditor.
const (
	// markRefRow: coded at the Table of Neoplasms row the index reference
	// names, no site in the sentence (whyRef.refRow).
	markRefRow uint16 = 1 << iota
	// markSiteUnknown: an unspecified-site neoplasm whose sentence says
	// the site is unknown (siteUnknownNote), so it is reported inpatient.
	markSiteUnknown
	// markMetPrimary: a primary malignancy the note calls metastatic
	// ("metastatic adenocarcinoma of the pancreas"), whose metastases
	// are coded C79.9 when no secondary site is (addMetastases).
	markMetPrimary
	// markRecent: a personal history code whose mention is dated within
	// days of the encounter (dropRecentHistory).
	markRecent
	// markCurrent: a bare event code (data/sequela.tsv "bare") one of
	// whose mentions a "current" word states present ("acute MI"), which
	// foldBare keeps beside the old event. Kept when codes merge.
	markCurrent
	// markMother: a liveborn infant (data/record_owner.tsv newborn-also)
	// whose section says the patient delivered it ("She delivered a
	// liveborn girl", record_owner.tsv "mothercue"): a vote for the
	// mother's record (recordOwner). Kept when codes merge.
	markMother
	// markCesarean: a liveborn infant whose section names a cesarean
	// (data/record_owner.tsv "cesareancue"): born by cesarean, on the
	// newborn's record (bornInHospital). Kept when codes merge.
	markCesarean
	// markEnded: an inpatient mention its sentence says resolved (endedAfter):
	// in a recovery stay's note (SNF, rehab) a condition of the acute stay
	// before it, not coded (dropEndedBefore). Cleared when it merges with a
	// mention not said to have ended.
	markEnded
	// markManaged: a bare pain every mention of which reports its
	// management ("pain controlled", data/indication.tsv "managed"):
	// dropIntegral drops it beside a condition the note names. Cleared
	// when merged with a mention that does not.
	markManaged
)

// marks are the model.Code.Marks a code explained by r carries.
func (r *whyRef) marks() uint16 {
	var m uint16
	if r.refRow {
		m |= markRefRow
	}
	if r.metPrimary {
		m |= markMetPrimary
	}
	return m
}

// whyOf is the explanation of a single path ending at n.
func whyOf(n *node, neo bool) whyRef {
	var r whyRef
	r.parts[0] = whyPart{n: n, neo: neo}
	r.k = 1
	return r
}

// after is the explanation "x's path, sep, r".
func (r whyRef) after(x *node, sep uint8) whyRef {
	var o whyRef
	o.parts[0] = whyPart{n: x}
	copy(o.parts[1:], r.parts[:r.k])
	o.parts[1].sep = sep
	o.k = r.k + 1
	o.manSee = r.manSee
	o.refRow = r.refRow
	o.alsoBare = r.alsoBare
	o.metPrimary = r.metPrimary
	return o
}

// String renders the explanation for audit ("" when empty).
func (r *whyRef) String() string { return r.render("") }

// render is String followed by " (note)" when note is not empty, in one
// allocation.
func (r *whyRef) render(note string) string { return r.renderIn(nil, note) }

// renderIn is render writing into a's current block when a is not nil: the
// explanations of one section's codes then share one allocation instead of
// taking one each (emit renders about a dozen per 1 KB section).
func (r *whyRef) renderIn(a *whyArena, note string) string {
	size := 0
	sep := "" // between note and refRowNote
	if r.refRow {
		if note != "" {
			sep = "; "
		}
		size += len(sep) + len(refRowNote)
	}
	if size > 0 || note != "" {
		size += len(" (") + len(note) + len(")")
	}
	size += r.pathsLen()
	if size == 0 {
		return ""
	}
	var own strings.Builder
	b := &own
	if a != nil {
		a.reserve(size)
		b = &a.b
	} else {
		b.Grow(size)
	}
	start := b.Len()
	for _, p := range r.parts[:r.k] {
		b.WriteString(whySepText[p.sep])
		if p.neo {
			b.WriteString(neoWhyPrefix)
		}
		writePath(b, p.n)
	}
	if note != "" || r.refRow {
		b.WriteString(" (")
		b.WriteString(note)
		if r.refRow {
			b.WriteString(sep)
			b.WriteString(refRowNote)
		}
		b.WriteString(")")
	}
	return b.String()[start:]
}

// pathsLen is the length of the explanation's paths as rendered, without
// a note.
func (r *whyRef) pathsLen() int {
	size := 0
	for _, p := range r.parts[:r.k] {
		size += len(whySepText[p.sep]) + pathLen(p.n)
		if p.neo {
			size += len(neoWhyPrefix)
		}
	}
	return size
}

// whyArena is the block the explanations of one section's codes are cut
// from (whyRef.renderIn). The block is only appended to, within its
// capacity, so the strings already cut from it never change; when one does
// not fit, a new block twice as large is started (the strings cut from the
// old one keep it alive).
type whyArena struct {
	b     strings.Builder
	first int // the size of the first block (newWhyArena)
}

// newWhyArena sizes the first block for a section of n bytes: its
// explanations grow with its mentions, and a short section should not hold
// a large block alive in its result. Half a byte per byte of text gave the
// benchmark's 1 KB sections the fewest bytes (15 allocations a section
// where one string per code took 33; 3/4 and 1 byte cost 2% and 7% more).
func newWhyArena(n int) whyArena {
	return whyArena{first: min(max(n/2, 128), 4096)}
}

// reserve makes room for n more bytes in the current block.
func (a *whyArena) reserve(n int) {
	if a.b.Cap()-a.b.Len() >= n {
		return
	}
	size := max(n, 2*a.b.Cap(), a.first)
	a.b.Reset()
	a.b.Grow(size)
}

// manif is the bracketed manifestation code of the entry the explanation
// ends at, when the index prints one there ("Disease, Alzheimer's G30.9
// [F02.80]"): the index pairs the two codes, the etiology sequenced first.
// It is only taken when the entry itself gave the code.
func (r *whyRef) manif(code string) string {
	if r.k == 0 {
		return ""
	}
	if r.manSee && r.parts[r.k-1].n != nil {
		return r.parts[r.k-1].n.code
	}
	n := r.parts[r.k-1].n
	if n == nil || n.manif == "" || n.code == "" || !strings.HasPrefix(code, strings.TrimRight(n.code, "-.")) {
		return ""
	}
	return n.manif
}

// lead returns the code of the entry the note was read by when that entry
// sent it on by a see reference from an uncoded subterm ("Gastroparesis
// (K31.84), diabetic - see Diabetes, with gastroparesis"): the nearest code
// above the first path's end, or "".
func (r *whyRef) lead() string {
	if r.k < 2 || r.parts[0].neo || r.parts[0].n == nil || r.parts[0].n.code != "" {
		return ""
	}
	for a := r.parts[0].n.parent; a != nil; a = a.parent {
		if a.code != "" {
			return a.code
		}
	}
	return ""
}

var whySepText = [...]string{whyFirst: "", whySee: " -> ", whySeeAlso: " -> see also "}

const neoWhyPrefix = "Neoplasm table > "

// manifSeeAlso reports whether c, read through the see-also of the entry
// last whose code is code, is the refinement of the manifestation the index
// prints beside it ("Disease, Alzheimer's G30.9 [F02.80] - see also
// Dementia, in, diseases specified elsewhere" reaching F02.82): the
// manifestation's own entry, not another condition.
func manifSeeAlso(last *node, code, c string, y *whyRef) bool {
	return last.manif != "" && code == last.code && len(c) >= 3 && strings.HasPrefix(last.manif, c[:3]) && y.k > 0 && y.parts[y.k-1].n.code == c
}

// namesTarget reports whether the window has an unread word of the main
// term a see-also reference leads to ("dementia" for Dementia, in, ...)
// that the path (read, head) did not read.
func (w *walker) namesTarget(refs []*seeRef, read, head []int) bool {
	for _, r := range refs {
		t := r.target
		for t != nil && t.parent != nil {
			t = t.parent
		}
		if t == nil {
			continue
		}
		for _, x := range t.req {
			// (A word the path that referred here read, w.prior, is
			// no naming apart: "Alzheimer's dementia with
			// hallucinations" read "dementia" in "Dementia, in,
			// Alzheimer's disease - see Disease, Alzheimer's".)
			if p := w.find(x, w.lo, w.hi); p >= 0 && !slices.Contains(read, p) && !slices.Contains(head, p) && !slices.Contains(w.prior, p) {
				return true
			}
		}
	}
	return false
}

// namesMore reports whether the note words at positions p include one that
// is not a body site: a word of the condition, not only where it is.
func (e *Engine) namesMore(w *walker, p []int) bool {
	for _, q := range p {
		if !e.isSite(w.toks[q].w) {
			return true
		}
	}
	return false
}

// allSiteWords reports whether every word of ws is a body site: a row of
// the Table of Neoplasms or a body-part word of data/site_words.txt
// ("Thrombosis, coronary (artery) (vein)": the coronary vessels, which the
// table does not spell).
func (e *Engine) allSiteWords(ws []wid) bool {
	for _, x := range ws {
		if !e.isSite(x) && !e.lx.siteWords[x] {
			return false
		}
	}
	return len(ws) > 0
}

// expanded reports whether the token at i is one word of a several-word
// abbreviation expansion (its neighbours share its span).
func (w *walker) expanded(i int) bool {
	t := w.toks[i]
	return i > 0 && w.toks[i-1].start == t.start && w.toks[i-1].end == t.end ||
		i+1 < len(w.toks) && w.toks[i+1].start == t.start && w.toks[i+1].end == t.end
}

// strayWord reports whether the token at i is an acuity word
// (data/see_qualifiers.txt) the reading at pos takes alone out of a
// several-word abbreviation expansion that is not its last word and does
// not hold head: "chronic" of COPD read as "chronic
// obstructive pulmonary disease" qualifies that disease, and "acute
// hypercapnic respiratory failure due to COPD" is no chronic respiratory
// failure. used marks words of earlier steps of the same reading (nil
// for none); a reading that also takes another word of the expansion
// ("Pregnancy, diabetes, type 2" from T2DM, "lower extremity" of LLE)
// reads it as a whole. head < 0: no head.
func (lx *lexicon) strayWord(toks []vt, i, head int, pos []int, used []bool) bool {
	t := &toks[i]
	if !lx.bits.seeQual.has(t.w) {
		// Site expansions ("L4", "LLE") lend their words to the
		// condition they qualify.
		return false
	}
	same := func(k int) bool {
		return k >= 0 && k < len(toks) && toks[k].start == t.start && toks[k].end == t.end && t.start >= 0
	}
	if !same(i+1) || same(head) {
		return false
	}
	a := i
	for same(a - 1) {
		a--
	}
	for k := a; same(k); k++ {
		if k != i && (slices.Contains(pos, k) || used != nil && used[k]) {
			return false
		}
	}
	return true
}

// infectious reports whether code is in chapter 1 (A00-B99, certain
// infectious and parasitic diseases).
func infectious(code string) bool { return code != "" && (code[0] == 'A' || code[0] == 'B') }

// beforeSite reports whether the last word at pos is followed, in its
// clause, by a word of sites: the adjective then names that site's region
// ("cervical spine", "cervical lymph nodes").
func (w *walker) beforeSite(pos []int, sites map[wid]bool) bool {
	if len(pos) == 0 {
		return false
	}
	q := pos[len(pos)-1] + 1
	return q < len(w.toks) && w.toks[q].clause == w.toks[q-1].clause && sites[w.toks[q].w]
}
