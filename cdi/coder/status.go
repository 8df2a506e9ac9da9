package coder

import (
	"slices"
	"sort"
	"strconv"
	"strings"
	"unicode"

	"notecoder/cdi/model"
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

// spRule is one procedure or device phrase compiled: its words
// (consecutive in the note), the index node it reports, whether the words
// alone say the removal is past ("-ectomized"), and whether they name a
// device in place (a status whenever it is present, unless the sentence
// places it now).
type spRule struct {
	words  []wid
	n      *node
	past   bool
	device bool
}

// statusPost holds the compiled status-after-removal table.
type statusPost struct {
	byFirst map[wid][]spRule // first word -> rules, longest first
	// byLast: device rules of several words by their last word, the
	// device noun, which a note may write before the rest: "stent to the
	// LAD", "stent placement in the right coronary artery" (postposed)
	byLast map[wid][]spRule
	past   map[wid]bool // words that put a removal in the past
	placed map[wid]bool // words that say a device is being placed ("implanted")
	future map[wid]bool // words that put the sentence's date ahead ("scheduled", "going")
	// recent are words that date the procedure in this stay ("POD 2 s/p
	// cesarean"): what it left is no status or history yet.
	recent map[wid]bool
	// entries are the index main terms (stripped titles) whose readings are
	// a status a recent word cancels as well ("POD 1 s/p lap chole": the
	// index's own Status, cholecystectomy Z90.49; data/status_post.tsv
	// "entry" rows).
	entries map[string]bool
	// stay are words of an admission ("admitted ... where a gastrectomy
	// was performed"): a year in such a sentence may date the stay, not
	// a removal before it.
	stay map[wid]bool
	kid  map[wid]string // qualifier word -> the index subterm it selects ("subtotal" -> "partial")
	// reason are the token norms that join a removal to the condition it
	// treated ("hysterectomy 20 years ago for leiomyomas").
	reason map[string]bool
	// gap are the token norms that may stand between a removal and its
	// reason word (a date, a time ago, "patient"); numbers may too.
	gap map[string]bool
	// reasonStop are the token norms that end a reason phrase ("for NASH
	// cirrhosis and now ..."): a condition after one is no longer the
	// reason the organ was removed or replaced.
	reasonStop map[string]bool
	// gone are phrases (token norms) saying a device is no longer in
	// place ("used to be on an insulin pump"): no presence status.
	gone [][]string
	// stayCues are phrases (token norms, punctuation skipped) that date a
	// sentence in this stay ("hospital day 2", "postoperative day 1", "this
	// admission"): a procedure near one, which nothing dates before, is
	// this stay's (stayProcedure), by their first word.
	stayCues map[string][][]string
	// stayDates are phrases (as stayCues) that date a sentence in this
	// stay when a month and day without a year follow them ("Procedure
	// 11/24: below-knee amputation"): a past stay's date gives its year.
	stayDates map[string][][]string
	// done are the index main terms (stripped titles) whose readings say a
	// procedure was done ("Status", "Absence"; not "Presence", which a
	// device in place reads): an undated one near a stay cue is this stay's.
	done map[string]bool
	// replace are the "done" main terms whose procedure replaced the
	// diseased organ ("Transplant"): the disease named as its reason is
	// not coded at all, not even as a personal history (the status code
	// says it), except codes starting with a prefix of replaceKeep, which
	// other rules read (the end stage and hypertension of a kidney
	// transplant's reason: data/graft_stage.tsv).
	replace     map[string]bool
	replaceKeep []string
	// history are words that make a sentence a history ("history of
	// cholecystectomy"): read as a history, its procedure stays a status
	// however near a stay cue ("status post", also read as a history, does
	// not count).
	history map[wid]bool
	// cls holds, by word id, the spPast ... spLast bits of the word sets
	// above (built once they are complete): statusPostCands tests every
	// word of its sentence against five sets and byLast, one byte load
	// instead of six map look-ups. Ids past its end (added to the
	// vocabulary later) are in none.
	cls []uint8
	// wStatus, wPost are the words of "status post" (statusPostBefore).
	wStatus, wPost wid
	// elapsed are the units of a time counted since a procedure ("17
	// years before", "operated 6 months earlier"): such a sentence dates
	// it before this stay (stayDone).
	elapsed map[wid]bool
}

// Bits of statusPost.cls: the word is in past, placed, future, recent,
// stay, or a key of byLast.
const (
	spPast uint8 = 1 << iota
	spPlaced
	spFuture
	spRecent
	spStay
	spLast
)

// wordCls returns the statusPost.cls bits of word x.
func (sp *statusPost) wordCls(x wid) uint8 {
	if int(x) < len(sp.cls) {
		return sp.cls[x]
	}
	return 0
}

// loadStatusPost compiles the "Status" entry's removal subterms and
// data/status_post.tsv.
func (e *Engine) loadStatusPost() statusPost {
	sp := statusPost{byFirst: map[wid][]spRule{}, byLast: map[wid][]spRule{}, past: map[wid]bool{}, placed: map[wid]bool{}, future: map[wid]bool{}, recent: map[wid]bool{}, stay: map[wid]bool{}, history: map[wid]bool{}, elapsed: map[wid]bool{}, kid: map[wid]string{}, reason: map[string]bool{}, gap: map[string]bool{}, reasonStop: map[string]bool{}}
	put := func(ws []string, r spRule) {
		for _, w := range ws {
			r.words = append(r.words, e.lx.v.add(w))
		}
		rs := append(sp.byFirst[r.words[0]], r)
		sort.SliceStable(rs, func(i, j int) bool { return len(rs[i].words) > len(rs[j].words) })
		sp.byFirst[r.words[0]] = rs
		if r.device && len(r.words) > 1 {
			l := r.words[len(r.words)-1]
			ls := append(sp.byLast[l], r)
			sort.SliceStable(ls, func(i, j int) bool { return len(ls[i].words) > len(ls[j].words) })
			sp.byLast[l] = ls
		}
	}
	add := func(words string, n *node, device bool) {
		ws := normWords(words)
		if len(ws) == 0 || n == nil {
			return
		}
		put(ws, spRule{n: n, device: device})
		for _, p := range wordEndings().participle {
			if stem, ok := strings.CutSuffix(ws[len(ws)-1], p[0]); ok && len(ws) == 1 {
				// "hysterectomized", "hysterectomised": the participle
				// says it was done (data/word_endings.tsv).
				for _, suf := range p[1:] {
					put([]string{stem + suf}, spRule{n: n, past: true})
				}
			}
		}
	}
	skip := map[string]bool{}
	for _, f := range rows("status_post.tsv") {
		if f[0] == "skip" && len(f) == 2 {
			skip[f[1]] = true
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
			// status, and is left to the condition's own mention. Artificial
			// openings ("ileostomy") are left out: notes name them mostly
			// as they are made, reversed or cared for.
			if !hasAnySuffix(k.lt, wordEndings().removal) || strings.ContainsRune(k.lt, ' ') || !statusCoded(k) || skip[k.lt] {
				continue
			}
			add(k.lt, k, false)
		}
	}
	absence := (*node)(nil)
	for _, n := range e.ix.byTitle["absence"] {
		if absence == nil || n.size > absence.size {
			absence = n
		}
	}
	// The rows that add their words' ids to a set, and those that add
	// their tokens' norms.
	ids := map[string]map[wid]bool{"past": sp.past, "placed": sp.placed, "future": sp.future, "recent": sp.recent, "history": sp.history, "stay": sp.stay, "elapsed": sp.elapsed}
	norms := map[string]map[string]bool{"reason": sp.reason, "gap": sp.gap, "reasonstop": sp.reasonStop}
	for _, f := range rows("status_post.tsv") {
		if m := ids[f[0]]; m != nil && len(f) == 2 {
			for _, w := range normWords(f[1]) {
				m[e.lx.v.add(w)] = true
			}
			continue
		}
		if m := norms[f[0]]; m != nil && len(f) == 2 {
			for _, t := range text.Tokenize(f[1]) {
				m[t.Norm] = true
			}
			continue
		}
		switch {
		case f[0] == "kid" && len(f) == 3:
			for _, w := range normWords(f[1]) {
				sp.kid[e.lx.v.add(w)] = f[2]
			}
		case f[0] == "entry" && len(f) == 2:
			if sp.entries == nil {
				sp.entries = map[string]bool{}
			}
			sp.entries[stripTitle(stripParens(f[1]))] = true
		case f[0] == "gone" && len(f) == 2:
			var ph []string
			for _, t := range text.Tokenize(f[1]) {
				ph = append(ph, t.Norm)
			}
			if len(ph) > 0 {
				sp.gone = append(sp.gone, ph)
			}
		case f[0] == "staycue" && len(f) == 2:
			sp.stayCues = addPhrase(sp.stayCues, f[1])
		case f[0] == "replace" && len(f) == 2:
			if sp.replace == nil {
				sp.replace = map[string]bool{}
			}
			sp.replace[stripTitle(stripParens(f[1]))] = true
		case f[0] == "replacekeep" && len(f) == 2:
			sp.replaceKeep = append(sp.replaceKeep, strings.Fields(f[1])...)
		case f[0] == "staydate" && len(f) == 2:
			sp.stayDates = addPhrase(sp.stayDates, f[1])
		case f[0] == "done" && len(f) == 2:
			if sp.done == nil {
				sp.done = map[string]bool{}
			}
			sp.done[stripTitle(stripParens(f[1]))] = true
		case (f[0] == "proc" || f[0] == "device") && len(f) == 3:
			// A path under Absence, or from a main term of its own
			// ("Status > ...", "Presence > ...", "History > ...").
			n, path := absence, f[2]
			if head, rest, ok := strings.Cut(f[2], ">"); ok && (stripTitle(head) == "status" || stripTitle(head) == "presence" || stripTitle(head) == "history") {
				n, path = nil, rest
				for _, m := range e.ix.byTitle[stripTitle(head)] {
					if n == nil || m.size > n.size {
						n = m
					}
				}
			}
			for _, p := range strings.Split(path, ">") {
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
				add(f[1], n, f[0] == "device")
			}
		}
	}
	last := map[wid]bool{}
	for x, rs := range sp.byLast {
		last[x] = len(rs) > 0
	}
	sets := []map[wid]bool{sp.past, sp.placed, sp.future, sp.recent, sp.stay, last}
	n := 0
	for _, m := range sets {
		for x := range m {
			n = max(n, int(x)+1)
		}
	}
	sp.wStatus, sp.wPost = e.lx.v.add("status"), e.lx.v.add("post")
	sp.cls = make([]uint8, n)
	for i, m := range sets {
		for x, ok := range m {
			if ok {
				sp.cls[x] |= 1 << i
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
	var past, placed, future, stay, dated bool
	for k := a; k < b; k++ {
		cl := e.sp.wordCls(vts[k].w)
		if cl == 0 {
			continue
		}
		stay = stay || cl&spStay != 0
		if cl&spRecent != 0 {
			// "POD 2 s/p cesarean": the procedure of this stay, whose
			// scar or absence is no history of the patient's yet.
			return cands
		}
		// "prior to knee replacement surgery" puts the procedure ahead.
		past = past || cl&spPast != 0 && !(int(vts[k].src)+1 < len(toks) && toks[vts[k].src+1].Norm == "to")
		placed = placed || cl&spPlaced != 0
		future = future || cl&spFuture != 0
	}
	if !past && !future && b > a {
		// A year dates the removal, unless the sentence looks ahead
		// ("going to have a knee replacement at the end of 06/2021").

		for j := int(vts[a].src); j <= int(vts[b-1].src) && j < len(toks); j++ {
			if isYear(toks[j].Text) {
				dated = true
				break
			}
		}
	}
	for i := a; i < b; i++ {
		var r *spRule
		if e.flags[vts[i].w]&flagStatus != 0 { // (a key of byFirst)
			rs := e.sp.byFirst[vts[i].w]
			for k := range rs {
				x := &rs[k]
				if i+len(x.words) <= b && wordsAt(vts, i+1, x.words[1:]) {
					r = x
					break
				}
			}
		}
		var post []int // the rule's other words, when written after its device noun
		if r == nil {
			r, post = e.sp.postposed(vts, i, b)
		}
		if r == nil || future && !past && !dated && !r.device {
			// "Scheduled for cataract surgery": a removal ahead is no
			// status, and its words must not hide the condition it
			// treats (the cataract the patient still has).
			continue
		}
		n := r.n
		pos := make([]int, 0, len(r.words)+1)
		if post != nil {
			pos = append(append(pos, i), post...)
		} else {
			for k := range r.words {
				pos = append(pos, i+k)
			}
		}
		if len(n.kids) > 0 {
			// A qualifier just before the procedure picks its subterm
			// ("partial hysterectomy", "bilateral oophorectomy"); a node
			// with no code of its own needs one.
			var pick *node
			for k := max(a, i-3); k < i && pick == nil; k++ {
				if t, ok := e.sp.kid[vts[k].w]; ok {
					if pick = childByTitle(n, t); pick != nil {
						pos = append([]int{k}, pos...)
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
		} else if dated && !stay {
			// Past by its year alone: an inpatient stay's own date may
			// be that year's (stayProcedure).
			pastMark = 7
		} else if dated {
			// "Admitted in November 2001 to Surgery, where a subtotal
			// gastrectomy was performed": the year dates an admission,
			// this stay in an inpatient note (guidelines.go).
			pastMark = 4
		} else if r.device && !placed {
			pastMark = 3 // in place, with no word dating its placement
		}
		if r.device && e.sp.deviceGone(vts, toks, a, b) {
			pastMark = 5
		}
		for k := range cands {
			// The index reads the same removal through its own Status
			// entry ("s/p cholecystectomy": Status, cholecystectomy
			// Z90.49): that reading is this one, and is kept or left
			// by the same marks (a removal of this stay beside its
			// acute condition is a procedure, not a status). Its
			// "status post" already says the removal was done: undated,
			// it is kept as a device in place is (6, as 3), not dropped as
			// a bare procedure word is (1).
			if o := &cands[k]; o.code == n.code && o.past == 0 && !o.tab && o.head >= a && o.head < b && overlap(o.pos, pos) > 0 {
				o.past = pastMark
				if pastMark == 1 {
					o.past = 6
				}
			}
		}
		end := i + len(r.words)
		if sp := e.statusPostBefore(vts, a, i); pastMark == 2 || pastMark == 7 || sp {
			// (Undated, "s/p appendectomy for appendicitis" says the
			// removal done as much: the appendicitis went with it.)
			// The reason a removal was done follows its last word, which
			// is the vessel's when it comes after the device noun.
			last := end
			if post != nil {
				last = post[len(post)-1] + 1
			}
			e.sp.markTreated(vts, toks, a, b, last, cands, pastMark != 2 && pastMark != 7, false)
		}
		if post != nil {
			end = i + 1
		}
		cands = append(cands, cand{code: n.code, why: whyOf(n, false), pos: sb.ints.keep(pos),
			score: 64 * len(r.words), head: i, past: pastMark,
			lo: max(a, i-nearLeft), hi: min(b, end+nearRight),
			wlo: max(a, i-wideSpan), whi: min(b, end+wideSpan)})
		i = end - 1
	}
	return cands
}

// postReach is how many content words after a device noun its vessel or
// site may start ("stent placement at the left anterior descending artery").
const postReach = 5

// postposed returns the device rule whose noun is the word at i and whose
// other words follow it in its clause within postReach words ("stent to the
// LAD": coronary stent, Z95.5), with their positions; nil when none does.
func (sp *statusPost) postposed(vts []vt, i, b int) (*spRule, []int) {
	if sp.wordCls(vts[i].w)&spLast == 0 {
		return nil, nil
	}
	rs := sp.byLast[vts[i].w]
	for k := range rs {
		r := &rs[k]
		head := r.words[:len(r.words)-1]
		for j := i + 1; j <= i+postReach && j+len(head) <= b && vts[j].clause == vts[i].clause; j++ {
			if !wordsAt(vts, j, head) {
				continue
			}
			pos := make([]int, len(head))
			for q := range pos {
				pos[q] = j + q
			}
			return r, pos
		}
	}
	return nil, nil
}

// deviceGone reports a phrase of sp.gone in the sentence whose content
// words are vts[a, b): its tokens run from just after the previous
// sentence's last content word (function words such as "used to" are no
// vts) to its own last one.
func (sp *statusPost) deviceGone(vts []vt, toks []text.Token, a, b int) bool {
	if len(sp.gone) == 0 || b <= a {
		return false
	}
	lo := 0
	if a > 0 {
		lo = int(vts[a-1].src) + 1
	}
	hi := min(int(vts[b-1].src)+1, len(toks))
	for j := lo; j < hi; j++ {
		for _, ph := range sp.gone {
			if j+len(ph) > hi {
				continue
			}
			k := 0
			for k < len(ph) && toks[j+k].Norm == ph[k] {
				k++
			}
			if k == len(ph) {
				return true
			}
		}
	}
	return false
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

// statusPostBefore reports whether the words right before vts[i] (in the
// sentence from a) are "status post" ("s/p" expands to them): the removal
// at i is said done.
func (e *Engine) statusPostBefore(vts []vt, a, i int) bool {
	for k := i - 1; k > a && k >= i-3; k-- {
		if vts[k].w == e.sp.wPost && vts[k-1].w == e.sp.wStatus {
			return true
		}
	}
	return false
}

// statusPostAfter is the end of the first "status post" ("s/p") after the
// head token in the section's words, before the byte offset until; -1 when
// there is none.
func (e *Engine) statusPostAfter(vts []vt, head, until int) int {
	for k := head + 2; k < len(vts) && int(vts[k].start) < until; k++ {
		if vts[k].w == e.sp.wPost && vts[k-1].w == e.sp.wStatus {
			return int(vts[k].end)
		}
	}
	return -1
}

// markTreated marks the condition a removal done before was for: "hysterectomy
// 20 years ago for leiomyomas", "hysterectomized due to myomatosis". A reason
// word (data/status_post.tsv) within a few tokens after the removal, with only
// a date, a time ago or the person between (its "gap" words), introduces it; the first condition read within eight
// tokens after that word is the one the organ was removed for, and is past
// with it (guidelines.go reads it as history). The removal ends at vts[end-1],
// in the sentence [a, b). undated: the removal is only said done ("status
// post"), which marks treatedSP instead.
//
// replaced: the removal replaced the organ (sp.replace): the conditions
// marked are replaced instead, those of sp.replaceKeep left alone.
func (sp *statusPost) markTreated(vts []vt, toks []text.Token, a, b, end int, cands []cand, undated, replaced bool) {
	if len(sp.reason) == 0 || end <= a || end > b {
		return
	}
	from := int(vts[end-1].src) + 1
	why := -1
	paren, neoOnly := false, false
	for k := from; k < len(toks) && k < from+6; k++ {
		// "L BKA (2022, for gangrene)": a parenthesis opened right after
		// the removal holds its date and reason, a comma inside it parts
		// them.
		if toks[k].Text == "(" && k == from {
			paren = true
			continue
		}
		if paren && toks[k].Text == "," {
			continue
		}
		if toks[k].Kind == text.Punct {
			break
		}
		if sp.reason[toks[k].Norm] {
			why = k
			break
		}
		if toks[k].Kind != text.Number && !sp.gap[toks[k].Norm] {
			if !paren {
				return
			}
			// "prostatectomy (Gleason 3+4 adenocarcinoma, pT2)": the
			// parenthesis holds the specimen's pathology, the
			// malignancy the organ was removed for.
			why, neoOnly = from, true
			break
		}
	}
	if why < 0 {
		return
	}
	first := -1
	for k := range cands {
		o := &cands[k]
		if o.tab || o.past != 0 || o.code == "" || o.code[0] == 'Z' || o.head < a || o.head >= b || neoOnly && o.code[0] != 'C' {
			continue
		}
		if src := int(vts[o.head].src); src > why && src <= why+8 && (first < 0 || src < first) {
			first = src
		}
	}
	if first < 0 {
		return
	}
	// The reason may name its disease in several readings ("liver
	// transplant for NASH cirrhosis", "for HCC in HCV cirrhosis"): those
	// that start before the reason phrase ends (punctuation other than a
	// slash or hyphen, or a word of sp.reasonStop) went with the organ too.
	until := first
	for k := why + 1; k < len(toks) && k <= why+8; k++ {
		if t := toks[k]; t.Kind == text.Punct && t.Text != "/" && t.Text != "-" || sp.reasonStop[t.Norm] {
			break
		}
		until = k
	}
	for k := range cands {
		if o := &cands[k]; !o.tab && o.past == 0 && o.code != "" && o.code[0] != 'Z' && o.head >= a && o.head < b && (int(vts[o.head].src) == first || int(vts[o.head].src) > why && int(vts[o.head].src) <= until) {
			switch {
			case replaced:
				if !slices.ContainsFunc(sp.replaceKeep, func(p string) bool { return strings.HasPrefix(o.code, p) }) {
					o.treated, o.replaced = true, true
				}
			case undated:
				o.treatedSP = true
			default:
				o.treated = true
			}
		}
	}
}

// markIndexTreated marks the condition a past removal read through the
// index (cands[lo:hi), the readings of the sentence [a, b); "L BKA (2022,
// for gangrene)" reads Amputation, see also Absence) was done for, as
// markTreated does for the removals of data/status_post.tsv: a year or a
// past word in the sentence dates the removal, and the gangrene the leg was
// taken for is a history with it (guideline I.C.21.c.3: the status is what
// remains).
func (e *Engine) markIndexTreated(vts []vt, toks []text.Token, a, b int, cands []cand, lo, hi int) {
	if len(e.sp.done) == 0 || len(e.sp.reason) == 0 || hi <= lo {
		return
	}
	for i := lo; i < hi; i++ {
		c := &cands[i]
		if c.tab || c.code == "" || c.code[0] != 'Z' || c.why.k == 0 || c.why.parts[0].n == nil || len(c.pos) == 0 {
			continue
		}
		m := c.why.parts[0].n
		for m.parent != nil {
			m = m.parent
		}
		if !e.sp.done[m.lt] || !e.sentenceDated(vts, toks, a, b) {
			continue
		}
		// The reading's words are in the index's order (main term first:
		// "kidney transplant" reads Transplant, kidney), so the removal
		// ends at its last word in the note.
		e.sp.markTreated(vts, toks, a, b, slices.Max(c.pos)+1, cands, false, e.sp.replace[m.lt])
	}
}

// sentenceDated reports a year or a past word in the sentence [a, b): a
// procedure it names was done before this encounter.
func (e *Engine) sentenceDated(vts []vt, toks []text.Token, a, b int) bool {
	for k := a; k < b; k++ {
		if e.sp.wordCls(vts[k].w)&spPast != 0 {
			return true
		}
	}
	for j := int(vts[a].src); j <= int(vts[b-1].src) && j < len(toks); j++ {
		if isYear(toks[j].Text) {
			return true
		}
	}
	return false
}

// dropRecentStatus removes from cands[lo:hi) (the index readings of the
// sentence [a, b)) those read from a status entry of data/status_post.tsv
// when the sentence dates the procedure in this stay ("POD 1 s/p lap chole"):
// the absence or device this stay's own surgery left is no status yet
// (guideline I.C.21.c.3), whichever way it was read, the index's Status
// entry or statusPostCands.
func (e *Engine) dropRecentStatus(vts []vt, a, b int, cands []cand, lo, hi int) []cand {
	if len(e.sp.entries) == 0 || hi <= lo {
		return cands
	}
	recent := false
	for k := a; k < b && !recent; k++ {
		recent = e.sp.recent[vts[k].w]
	}
	if !recent {
		return cands
	}
	keep := cands[:lo]
	for i := lo; i < len(cands); i++ {
		c := cands[i]
		if i < hi && c.why.k > 0 && c.why.parts[0].n != nil {
			m := c.why.parts[0].n
			for m.parent != nil {
				m = m.parent
			}
			if e.sp.entries[m.lt] {
				continue
			}
		}
		keep = append(keep, c)
	}
	return keep
}

// stayBefore and stayAfter are how many sentences a stay cue may stand
// before or after the procedure it dates ("Taken to the OR on hospital day
// 2. She is status post right TKA."): the stay's narrative of one event.
const stayBefore, stayAfter = 2, 1

// stayInfo is what stayProcedure reads of a section, once per section and
// only when it has a status to judge: the sentences holding a stay cue and
// the admission's date (yyyymmdd, 0 when no sentence with a stay word gives
// one).
type stayInfo struct {
	read  bool
	cues  []int32
	admit int
}

// stayCueAt returns the number of tokens of the stay cue starting at
// toks[j] (punctuation inside it skipped), 0 when none does.
func (sp *statusPost) stayCueAt(toks []text.Token, j int) int {
	if w := trimDigits(toks[j].Norm); w != toks[j].Norm && w != "" {
		// A one-word cue with the day's number written onto it ("HD3",
		// "POD1") is the cue.
		for _, ph := range sp.stayCues[w] {
			if len(ph) == 1 {
				return 1
			}
		}
	}
	for _, ph := range sp.stayDates[toks[j].Norm] {
		if n := phraseLen(toks, j, ph); n > 0 {
			if m := monthDayAt(toks, j+n); m > 0 {
				return n + m
			}
		}
	}
	for _, ph := range sp.stayCues[toks[j].Norm] {
		if n := phraseLen(toks, j, ph); n > 0 {
			return n
		}
	}
	return 0
}

// phraseLen returns the number of tokens of the phrase ph (norms,
// punctuation skipped inside it) starting at toks[j], 0 when it does not.
func phraseLen(toks []text.Token, j int, ph []string) int {
	k, q := j, 0
	for k < len(toks) && q < len(ph) {
		if toks[k].Kind == text.Punct {
			if k == j {
				break
			}
			k++
			continue
		}
		if toks[k].Norm != ph[q] {
			break
		}
		k++
		q++
	}
	if q == len(ph) {
		return k - j
	}
	return 0
}

// monthDayAt returns the number of tokens of a month/day date without a
// year written from toks[j] ("11/24", after an optional "on"), 0 when none
// is (a full date m/d/y is a dated event: dateAt).
func monthDayAt(toks []text.Token, j int) int {
	k := j
	if k < len(toks) && toks[k].Norm == "on" {
		k++
	}
	if k+2 >= len(toks) || toks[k].Kind != text.Number || toks[k+1].Text != "/" || toks[k+2].Kind != text.Number {
		return 0
	}
	if k+3 < len(toks) && toks[k+3].Text == "/" {
		return 0
	}
	m, err1 := strconv.Atoi(toks[k].Text)
	d, err2 := strconv.Atoi(toks[k+2].Text)
	if err1 != nil || err2 != nil || m < 1 || m > 12 || d < 1 || d > 31 {
		return 0
	}
	return k + 3 - j
}

// dateAt returns the date month/day/year (or month-day-year) written from
// toks[j] as yyyymmdd, 0 when none is.
func dateAt(toks []text.Token, j int) int {
	if j+4 >= len(toks) || toks[j].Kind != text.Number || toks[j+2].Kind != text.Number || !isYear(toks[j+4].Text) {
		return 0
	}
	sep := toks[j+1].Text
	if (sep != "/" && sep != "-") || toks[j+3].Text != sep {
		return 0
	}
	m, err1 := strconv.Atoi(toks[j].Text)
	d, err2 := strconv.Atoi(toks[j+2].Text)
	y, _ := strconv.Atoi(toks[j+4].Text)
	if err1 != nil || err2 != nil || m < 1 || m > 12 || d < 1 || d > 31 {
		return 0
	}
	return y*10000 + m*100 + d
}

// sectionStay fills sb.stay from the section's tokens: the sentences with a
// stay cue, and the first date of a sentence with a stay word ("Admitted on
// 3/4/2026").
func (e *Engine) sectionStay(sb *scratchBuf, toks []text.Token, sents []text.Sentence) *stayInfo {
	si := &sb.stay
	if si.read {
		return si
	}
	si.read, si.cues, si.admit = true, si.cues[:0], 0
	k, stay, date := -1, false, 0
	for j := 0; j < len(toks); j++ {
		for k+1 < len(sents) && sents[k+1].Span.Start <= toks[j].Start {
			if stay && date > 0 && si.admit == 0 {
				si.admit = date
			}
			k, stay, date = k+1, false, 0
		}
		if n := e.sp.stayCueAt(toks, j); n > 0 {
			if k >= 0 && (len(si.cues) == 0 || si.cues[len(si.cues)-1] != int32(k)) {
				si.cues = append(si.cues, int32(k))
			}
			j += n - 1
			continue
		}
		if toks[j].Kind == text.Word && e.sp.wordCls(e.tokWid(&toks[j]))&spStay != 0 {
			stay = true
		} else if date == 0 {
			date = dateAt(toks, j)
		}
	}
	if stay && date > 0 && si.admit == 0 {
		si.admit = date
	}
	return si
}

// stayProcedure reports whether the status candidate c of an inpatient
// note is a procedure of this stay, not a status from a past one (guideline
// I.C.21.c.3: status codes are for procedures of past encounters): read
// undated (c.past 1, 4, 6, or a reading of a "done" entry whose sentence has
// no past word and no year), with a stay cue in its sentence or near it
// ("Postoperative day 1. She is status post right TKA."); or dated by a
// year alone (7) on or after the admission date the section gives ("Admitted
// on 3/4/2026. On 3/5/2026 he underwent PCI with a stent."). A history word
// in its sentence ("Known CAD s/p CABG", "History of cholecystectomy")
// keeps it a status.
func (e *Engine) stayProcedure(sb *scratchBuf, toks []text.Token, sents []text.Sentence, vts []vt, c *cand) bool {
	dated := false
	switch c.past {
	case 1, 4, 6:
	case 7:
		dated = true
	case 0:
		if c.tab || c.why.k == 0 || c.why.parts[0].n == nil || len(e.sp.done) == 0 {
			return false
		}
		m := c.why.parts[0].n
		for m.parent != nil {
			m = m.parent
		}
		if !e.sp.done[m.lt] {
			return false
		}
		lo, hi := sentToks(toks, c)
		for j := lo; j < hi; j++ {
			if isYear(toks[j].Text) || toks[j].Kind == text.Word && e.sp.wordCls(e.tokWid(&toks[j]))&spPast != 0 {
				return false
			}
		}
	default:
		return false
	}
	if e.historySentence(sb, vts, c) {
		return false
	}
	si := e.sectionStay(sb, toks, sents)
	if dated {
		if si.admit == 0 {
			return false
		}
		lo, hi := sentToks(toks, c)
		for j := lo; j < hi; j++ {
			if d := dateAt(toks, j); d > 0 {
				return d >= si.admit
			}
		}
		return false
	}
	for _, q := range si.cues {
		if d := c.sent - int(q); d >= -stayAfter && d <= stayBefore {
			return true
		}
	}
	return false
}

// historySentence reports a history word in the sentence of the status
// candidate c ("Known CAD s/p CABG", "Hx appendectomy"), which makes its
// procedure a past encounter's (data/status_post.tsv history rows).
func (e *Engine) historySentence(sb *scratchBuf, vts []vt, c *cand) bool {
	for k := sort.Search(len(vts), func(k int) bool { return int(sb.sent[k]) >= c.sent }); k < len(vts) && int(sb.sent[k]) == c.sent; k++ {
		if e.sp.history[vts[k].w] {
			return true
		}
	}
	return false
}

// sentToks returns the token range [lo, hi) of c's sentence.
func sentToks(toks []text.Token, c *cand) (int, int) {
	lo := sort.Search(len(toks), func(j int) bool { return toks[j].Start >= int(c.sentS) })
	hi := lo
	for hi < len(toks) && toks[hi].Start < int(c.sentE) {
		hi++
	}
	return lo, hi
}

// stayDated reports a sentence of the span sp that gives a full date
// (month/day/year) and has a stay word ("Admitted with NSTEMI on
// 3/4/2026"): in an inpatient note the stay's own date, which makes no
// event of the sentence an old one (a past admission is dated by its year).
func (e *Engine) stayDated(toks []text.Token, sp model.Span) bool {
	stay, date := false, false
	for j := sort.Search(len(toks), func(j int) bool { return toks[j].Start >= sp.Start }); j < len(toks) && toks[j].Start < sp.End; j++ {
		if toks[j].Kind == text.Word {
			stay = stay || e.sp.wordCls(e.tokWid(&toks[j]))&spStay != 0
		} else if !date {
			date = dateAt(toks, j) > 0
		}
	}
	return stay && date
}

// trimDigits returns w without the digits that end it ("hd3" is "hd"), so a
// stay cue written with its day's number reads as the cue (stayCueAt).
func trimDigits(w string) string {
	i := len(w)
	for i > 0 && w[i-1] >= '0' && w[i-1] <= '9' {
		i--
	}
	return w[:i]
}
