package coder

import (
	"strconv"
	"strings"

	"notecoder/cdi/text"
)

// ltRule is one drug row of data/longterm.tsv compiled: the words of the
// drug (consecutive in the note), the "Long-term drug therapy" index entry
// it leads to, and whether the words alone say the therapy is ongoing.
type ltRule struct {
	words []wid
	n     *node
	self  bool
	// status: a dependence row ("statuscue"), whose cue may also be a code
	// of the sentence asking for it ("use additional code to identify
	// dialysis status" of N18.6: "ESRD on hemodialysis").
	status bool
	// strict: a drug often taken for a short while on its own ("taking
	// ibuprofen for the sprain"): only a cue word of its sentence or list
	// item says long-term use ("chronic NSAID use"), not a medication
	// list alone nor "taking" or "on" before it.
	strict bool
}

// strictSaid reports whether the sentence or item [a, b) has a "strictcue"
// word of data/longterm.tsv ("chronic", "regular"), the cue a "strict" row
// needs. The scan is bounded by the sentence, so its cost does not grow
// with the note.
func (lt *longTerm) strictSaid(vts []vt, a, b int) bool {
	for k := a; k < b; k++ {
		if lt.strictCue[vts[k].w] {
			return true
		}
	}
	return false
}

// longTerm holds the compiled long-term drug table.
type longTerm struct {
	byFirst map[wid][]ltRule // first word -> rules
	cue     map[wid]bool     // words that say a therapy is ongoing or habitual
	short   map[wid]bool     // words that say a course is short or acute ("tapering", "intravenous")
	non     wid              // "non": "non-insulin-dependent", "non-steroidal" deny the drug
	// on: words right before a drug that say the patient is on it ("DM2
	// on insulin", "atrial fibrillation on apixaban"), the way problem
	// lists write a standing therapy; notOn: a word before that one that
	// makes it a start or an effect instead ("started on", "effects on").
	on, notOn map[string]bool
	// onJoin: the words that join the drugs of one list after an "on"
	// word ("on tacrolimus and mycophenolate", "taking aspirin, clopidogrel
	// and atorvastatin"): the "on" is said of each drug of the list.
	onJoin map[string]bool
	// advice: words a few tokens before an "on" word that make it advice
	// ("recommended that the patient take aspirin", "advised him to take"):
	// the drug is recommended, not a regimen the patient is on (adviceBefore).
	advice map[string]bool
	// stop: words that say a listed drug was stopped ("warfarin -
	// discontinued"): a medication list's item with one is no current
	// therapy.
	stop map[wid]bool
	// ended: words right after a therapy or dependence that close it ("on
	// dialysis until the transplant"): it is over, whatever cue the
	// sentence has.
	ended map[string]bool
	// awaited: words right before a therapy or dependence that make it
	// one the patient is waiting for ("continue lisinopril until
	// dialysis", "pending dialysis"): no status yet.
	awaited map[string]bool
	// then: words later in the sentence that turn from the history to
	// the present ("History of ESRD on dialysis, now status post kidney
	// transplant"): an "on" before one was the history's, not now.
	then map[string]bool
	// prn: words after a drug in its own list item that say it is taken
	// only as needed ("oxycodone 5 mg q6h PRN"): no standing therapy for
	// that drug, while the item's neighbours keep theirs.
	prn map[string]bool
	// strictCue: the words that say long-term use of a "strict" drug
	// ("chronic NSAID use"), stronger than a cue ("currently", "continue").
	strictCue map[wid]bool
	// dayUnit and dayCount: a course counted in days ("prednisone taper x
	// 5 days", "a five-day burst") is short, however the sentence calls it
	// (shortCourse).
	dayUnit, dayCount map[string]bool
	// dayNot: a word after the unit that makes the days a date, not a
	// course ("3 days ago").
	dayNot map[string]bool
	// dayMore: a word between the count and the unit that counts the days
	// left of the course ("x 1 more day", "for 2 additional days").
	dayMore map[string]bool
	// dayLead: a word right before a count of days after the drug that
	// makes it the drug's course ("x", "for").
	dayLead map[string]bool
	// stated: phrases right before a drug that state its long term
	// themselves ("long-term prednisone", "chronic steroids"): the
	// therapy is the patient's, whatever short-course word the sentence
	// also has ("long-term prednisone - taper" tapers a standing dose).
	stated [][]wid
	// nameCue: a cue word that, right before a drug word, is part of the
	// drug's name ("regular insulin" is the short-acting insulin, given
	// once in an emergency as often as taken at home): no cue then.
	nameCue map[[2]wid]bool
}

// loadLongTerm compiles data/longterm.tsv against the index entry
// "Long-term drug therapy". A row whose subterm path the index lacks is
// dropped (the code set decides the codes).
func (e *Engine) loadLongTerm() longTerm {
	lt := longTerm{byFirst: map[wid][]ltRule{}, cue: map[wid]bool{}, short: map[wid]bool{}, non: e.lx.v.add("non"),
		on: map[string]bool{}, notOn: map[string]bool{}, onJoin: map[string]bool{}, advice: map[string]bool{}, stop: map[wid]bool{}, ended: map[string]bool{}, awaited: map[string]bool{}, then: map[string]bool{}, prn: map[string]bool{}, strictCue: map[wid]bool{}, dayUnit: map[string]bool{}, dayCount: map[string]bool{}, dayNot: map[string]bool{}, dayLead: map[string]bool{}, dayMore: map[string]bool{}, nameCue: map[[2]wid]bool{}}
	var root *node
	for _, n := range e.ix.byTitle["long-term drug therapy"] {
		root = n
	}
	// The rows that add one lower-cased word or phrase to a set, and the
	// rows that add their words' ids.
	words := map[string]map[string]bool{"on": lt.on, "noton": lt.notOn, "onjoin": lt.onJoin, "advice": lt.advice, "ended": lt.ended, "awaited": lt.awaited, "then": lt.then, "dayunit": lt.dayUnit, "daylead": lt.dayLead, "daynot": lt.dayNot, "daycount": lt.dayCount, "daymore": lt.dayMore, "prn": lt.prn}
	ids := map[string]map[wid]bool{"cue": lt.cue, "strictcue": lt.strictCue, "short": lt.short}
	for _, f := range rows("longterm.tsv") {
		if m := words[f[0]]; m != nil && len(f) == 2 {
			m[strings.ToLower(f[1])] = true
			continue
		}
		if m := ids[f[0]]; m != nil && len(f) == 2 {
			for _, w := range normWords(f[1]) {
				m[e.lx.v.add(w)] = true
			}
			continue
		}
		switch {
		case f[0] == "stated" && len(f) == 2:
			if ph := e.lx.v.phrase(f[1]); len(ph) > 0 {
				lt.stated = append(lt.stated, ph)
			}
		case f[0] == "namecue" && len(f) == 3:
			cw, dw := normWords(f[1]), normWords(f[2])
			if len(cw) == 1 && len(dw) == 1 {
				lt.nameCue[[2]wid{e.lx.v.add(cw[0]), e.lx.v.add(dw[0])}] = true
			}
		case f[0] == "stop" && len(f) == 2:
			for _, w := range normWords(f[1]) {
				lt.stop[e.lx.v.add(w)] = true
				lt.short[e.lx.v.add(w)] = true
			}
		case (f[0] == "drug" || f[0] == "strict" || f[0] == "self" || f[0] == "status" || f[0] == "statuscue") && len(f) == 3 && (root != nil || f[0] == "status" || f[0] == "statuscue"):
			n := root
			parts := strings.Split(f[2], ">")
			if f[0] == "status" || f[0] == "statuscue" {
				// A path from a main term of its own.
				n = nil
				for _, m := range e.ix.byTitle[stripTitle(parts[0])] {
					if n == nil || m.size > n.size {
						n = m
					}
				}
				parts = parts[1:]
			}
			for _, p := range parts {
				if n == nil {
					break
				}
				n = childByTitle(n, stripTitle(p))
			}
			if n == nil || n.code == "" {
				continue
			}
			ws := e.lx.v.phrase(f[1])
			if len(ws) == 0 {
				continue
			}
			lt.byFirst[ws[0]] = append(lt.byFirst[ws[0]], ltRule{words: ws, n: n, self: f[0] == "self" || f[0] == "status", status: f[0] == "statuscue", strict: f[0] == "strict"})
		}
	}
	e.indexDrugRows(&lt, root)
	return lt
}

// indexDrugRows adds a drug row for each subterm of "Long-term drug therapy"
// that names one drug and has its own code ("infliximab" Z79.620,
// "etanercept", "apremilast"): the code set lists the drugs, so the table
// need not repeat them (data/longterm.tsv keeps the classes, brand names and
// spellings the index lacks). A subterm with subterms of its own ("steroids",
// "antibiotics") needs the words its children ask for, and a title of
// several words ("alkylating agent") names a class a note writes otherwise.
// A word the table already starts a row with keeps the table's rows.
func (e *Engine) indexDrugRows(lt *longTerm, root *node) {
	if root == nil {
		return
	}
	for _, k := range root.kids {
		if k.code == "" || len(k.kids) > 0 {
			continue
		}
		words := normWords(k.lt)
		if len(words) != 1 {
			continue
		}
		w := e.lx.v.add(words[0])
		if len(lt.byFirst[w]) > 0 {
			continue
		}
		lt.byFirst[w] = append(lt.byFirst[w], ltRule{words: []wid{w}, n: k})
	}
}

// longTermCands adds Z79.- candidates for the drug mentions of the sentence
// [a, b) when the sentence says the therapy is ongoing (cue: it has a cue
// word), the mention itself does ("anticoagulated"), or the word right
// before it does ("on insulin"; short: the sentence has a short-course
// word). Assertions apply as for any mention: "no anticoagulant treatment"
// is negated. The sentence's own candidates are cands[n0:].
func (e *Engine) longTermCands(vts []vt, toks []text.Token, a, b int, cue, short bool, cands []cand, n0 int, sb *scratchBuf) []cand {
	onEnd := -1 // the last token of the last drug read with an "on" word, or -1
	for i := a; i < b; i++ {
		if e.flags[vts[i].w]&flagDrug == 0 {
			continue
		}
		rs := e.lt.byFirst[vts[i].w]
		if len(rs) > 0 && i > a && vts[i-1].w == e.lt.non && vts[i-1].end+1 >= vts[i].start {
			continue // "non-insulin-dependent diabetes", "non-steroidal"
		}
		if i > a && e.lt.stop[vts[i-1].w] {
			// "stopped metformin", "discontinued her insulin": the
			// stop word names this drug as ended, even one that
			// alone says the patient is on it (a "self" row).
			continue
		}
		cue, short := cue, short
		if short && len(rs) > 0 && e.cueAfterContrast(vts, toks, a, i) {
			cue, short = true, false
		}
		if len(rs) > 0 && e.lt.statedBefore(vts, a, i) {
			cue, short = true, false
		}
		for _, r := range rs {
			on := !short && (e.lt.onBefore(toks, int(vts[i].src)) || e.lt.joinedAfter(toks, onEnd, int(vts[i].src)))
			// "ESRD, was on dialysis": the note says the dependence was
			// (data/longterm.tsv "noton"), so the ESRD's "use additional
			// code" note is no cue that it goes on.
			asked := r.status && !e.lt.wasOn(toks, int(vts[i].src)) && e.askedFor(cands[n0:], r.n.code)
			if !cue && !r.self && !asked && !on {
				continue
			}
			if r.strict && (short || !e.lt.strictSaid(vts, a, b)) {
				continue
			}
			if i+len(r.words) > b {
				continue
			}
			if !wordsAt(vts, i+1, r.words[1:]) {
				continue
			}
			if e.lt.endedAfter(toks, int(vts[i+len(r.words)-1].src)) || e.lt.awaitedBefore(toks, int(vts[i].src)) {
				continue
			}
			if !r.self && e.lt.shortCourse(toks, int(vts[i].src), int(vts[i+len(r.words)-1].src)) {
				// "Prednisone 20 mg daily x 5 days", "a 5-day burst
				// of prednisone": a course of days ends.
				continue
			}
			if !r.self && e.lt.prnAfter(toks, int(vts[i+len(r.words)-1].src), int(vts[b-1].src)) {
				continue
			}
			pos := make([]int, 0, len(r.words))
			for k := range r.words {
				pos = append(pos, i+k)
			}
			cands = append(cands, cand{code: r.n.code, why: whyOf(r.n, false), pos: sb.ints.keep(pos),
				score: 64 * len(r.words), head: i,
				lo: max(a, i-nearLeft), hi: min(b, i+len(r.words)+nearRight),
				wlo: max(a, i-wideSpan), whi: min(b, i+len(r.words)+wideSpan), now: on && !e.lt.thenAfter(toks, int(vts[i].src), int(vts[b-1].src))})
			if on {
				onEnd = int(vts[i+len(r.words)-1].src)
			}
			break
		}
	}
	return cands
}

// cueAfterContrast reports a cue word of data/longterm.tsv between the drug
// at vts[i] and the nearest contrasting word before it (data/contrast.txt),
// with no short or stop word there: in "he has discontinued Plavix but
// continues daily aspirin" the stop word is the first clause's, and the cue
// of the aspirin's own clause says it goes on (Z79.82). It runs only for a
// drug of a sentence with a short word, so the keystroke path pays nothing.
func (e *Engine) cueAfterContrast(vts []vt, toks []text.Token, a, i int) bool {
	cue := false
	for k := i - 1; k >= a; k-- {
		// (The contrast word opens a clause and is no vt of its own: it
		// lies among the source tokens between two vts of two clauses.)
		if vts[k].clause != vts[k+1].clause {
			for j := int(vts[k].src) + 1; j < int(vts[k+1].src) && j < len(toks); j++ {
				if id := e.tokWid(&toks[j]); e.flags[id]&flagContrast != 0 && e.lx.contrastAt(toks, j, id) > 0 {
					return cue
				}
			}
		}
		f := e.flags[vts[k].w]
		if f&flagShort != 0 {
			return false
		}
		if f&flagCue != 0 {
			cue = true
		}
	}
	return false
}

// statedBefore reports a "stated" phrase of data/longterm.tsv ending right
// before vts[i], in the sentence starting at vts[a]: the note states the
// drug's long term itself, which outweighs a short-course word.
func (lt *longTerm) statedBefore(vts []vt, a, i int) bool {
	for _, ph := range lt.stated {
		if s := i - len(ph); s >= a && wordsAt(vts, s, ph) {
			return true
		}
	}
	return false
}

// listedDrugs adds the Z79.- candidates of one item [a, b) of a medication
// list: the list says the patient takes its drugs now, so each drug is read
// as if a cue word said so, unless the item says the course is short
// ("prednisone taper") or was stopped (then not even a "self" drug is
// current).
func (e *Engine) listedDrugs(vts []vt, toks []text.Token, a, b int, sentOf []int32, sents []text.Sentence, cands []cand, sb *scratchBuf) []cand {
	var has uint16
	stop := false
	for k := a; k < b; k++ {
		has |= e.flags[vts[k].w]
		stop = stop || e.lt.stop[vts[k].w]
	}
	if has&flagDrug == 0 {
		return cands
	}
	if has&flagShort == 0 && !stop {
		return e.listedItem(vts, toks, a, b, has, sentOf, sents, cands, sb)
	}
	// A list written on one line ("apixaban 5 mg BID, prednisone 10 mg
	// (tapering), metformin") holds several items: a short or stop word
	// says only its own item's course, so each comma or semicolon outside
	// brackets starts another item. Only a line with such a word is cut.
	s, depth := a, 0
	for k := a + 1; k <= b; k++ {
		cut := k == b
		if !cut {
			for j := int(vts[k-1].src) + 1; j < int(vts[k].src) && j < len(toks); j++ {
				switch toks[j].Text {
				case "(", "[":
					depth++
				case ")", "]":
					depth--
				case ",", ";":
					cut = cut || depth <= 0
				}
			}
		}
		if cut {
			var h uint16
			for q := s; q < k; q++ {
				h |= e.flags[vts[q].w]
				if e.lt.stop[vts[q].w] {
					h = 0
					break
				}
			}
			if h&flagDrug != 0 {
				cands = e.listedItem(vts, toks, s, k, h, sentOf, sents, cands, sb)
			}
			s = k
		}
	}
	return cands
}

// listedItem adds the Z79.- candidates of the item [a, b) of a medication
// list whose word flags are has: short when it has a short-course word.
func (e *Engine) listedItem(vts []vt, toks []text.Token, a, b int, has uint16, sentOf []int32, sents []text.Sentence, cands []cand, sb *scratchBuf) []cand {
	n0 := len(cands)
	cands = e.longTermCands(vts, toks, a, b, has&flagShort == 0, has&flagShort != 0, cands, n0, sb)
	for k := n0; k < len(cands); k++ {
		cands[k].sent = int(sentOf[a])
		if si := int(sentOf[a]); si < len(sents) {
			cands[k].sentS, cands[k].sentE = int32(sents[si].Span.Start), int32(sents[si].Span.End)
		}
	}
	return cands
}

// onBefore reports whether the token before toks[k] is an "on" word of
// data/longterm.tsv and the one before that is no "noton" word. Nor is it
// a number: "glucose 230-290 on steroids", "WBC 11.8 on steroids" report a
// value measured under the drug (the course of an exacerbation, whose
// effect the note codes), not that the patient stands on it (I.C.21.c.3).
func (lt *longTerm) onBefore(toks []text.Token, k int) bool {
	if k < 1 || !lt.on[toks[k-1].Norm] {
		return false
	}
	return k < 2 || !measured(toks, k-2) && !lt.notOn[toks[k-2].Norm] && !lt.adviceBefore(toks, k-1)
}

// measured reports a number at toks[j] written as a measured value: with a
// decimal point ("WBC 11.8"), closing a range ("glucose 230-290") or after
// "to" ("up to 260", "fell to 2.9"). A number of a class ("stage 5 on
// dialysis", "type 2 on insulin"), an age with its sex ("45F on letrozole")
// or a year ("dx 2020 on infliximab") is none: "on" after it still states a
// standing therapy.
func measured(toks []text.Token, j int) bool {
	s := toks[j].Text
	if toks[j].Kind != text.Number || s[len(s)-1] < '0' || s[len(s)-1] > '9' {
		return false
	}
	return strings.IndexByte(s, '.') >= 0 || j >= 2 && toks[j-1].Text == "-" && toks[j-2].Kind == text.Number || j >= 1 && toks[j-1].Norm == "to"
}

// adviceWindow is how many tokens before an "on" word adviceBefore looks:
// "recommended that the patient take" puts three between.
const adviceWindow = 4

// adviceBefore reports an "advice" word of data/longterm.tsv among the
// adviceWindow tokens before the "on" word toks[k]: "I recommended that the
// patient take aspirin" advises a drug, so the "take" says no standing use.
// It runs only after an "on" word was found, off the keystroke hot loop.
func (lt *longTerm) adviceBefore(toks []text.Token, k int) bool {
	for j := k - 1; j >= 0 && j >= k-adviceWindow; j-- {
		if lt.advice[toks[j].Norm] {
			return true
		}
		if toks[j].Text == "." || toks[j].Text == ";" {
			return false
		}
	}
	return false
}

// joinedAfter reports whether toks[k] is the next drug of a list whose
// earlier drug, ending at toks[end], was read with an "on" word: only
// joining words of data/longterm.tsv ("onjoin": "and", a comma) lie
// between them, so "on tacrolimus and mycophenolate" says the patient is
// on both. end < 0 means no such drug.
func (lt *longTerm) joinedAfter(toks []text.Token, end, k int) bool {
	if end < 0 || k <= end+1 || k > len(toks) {
		return false
	}
	for j := end + 1; j < k; j++ {
		if !lt.onJoin[toks[j].Norm] {
			return false
		}
	}
	return true
}

// wasOn reports whether the tokens before toks[k] are an "on" word after a
// "noton" word ("was on", "previously on").
func (lt *longTerm) wasOn(toks []text.Token, k int) bool {
	return k >= 2 && lt.on[toks[k-1].Norm] && lt.notOn[toks[k-2].Norm]
}

// thenAfter reports whether a token after toks[k] up to toks[end] is a
// "then" word of data/longterm.tsv ("now").
func (lt *longTerm) thenAfter(toks []text.Token, k, end int) bool {
	for j := k + 1; j <= end && j < len(toks); j++ {
		if lt.then[toks[j].Norm] {
			return true
		}
	}
	return false
}

// prnMaxItem bounds the scan of prnAfter: a dose, a route and a frequency
// fit in it, so the work per drug mention stays constant.
const prnMaxItem = 10

// prnAfter reports whether a "prn" word of data/longterm.tsv follows toks[k]
// within its list item: up to the next comma, semicolon or "and", toks[end]
// or prnMaxItem tokens, whichever comes first ("oxycodone 5 mg q6h PRN,
// aspirin 81 mg daily": the oxycodone's item only; "continue Symbicort
// twice daily and albuterol as needed": the as-needed is the albuterol's).
func (lt *longTerm) prnAfter(toks []text.Token, k, end int) bool {
	for j := k + 1; j <= end && j < len(toks) && j <= k+prnMaxItem; j++ {
		n := toks[j].Norm
		if n == "," || n == ";" || n == "and" {
			return false
		}
		if lt.prn[n] {
			return true
		}
	}
	return false
}

// endedAfter reports whether the token after toks[k] is an "ended" word of
// data/longterm.tsv ("until").
func (lt *longTerm) endedAfter(toks []text.Token, k int) bool {
	return k+1 < len(toks) && lt.ended[toks[k+1].Norm]
}

// awaitedBefore reports whether the token before toks[k] is an "awaited"
// word of data/longterm.tsv ("until dialysis").
func (lt *longTerm) awaitedBefore(toks []text.Token, k int) bool {
	return k >= 1 && lt.awaited[toks[k-1].Norm]
}

// askedFor reports whether a candidate's tabular "use additional code" note
// names code.
func (e *Engine) askedFor(cands []cand, code string) bool {
	for i := range cands {
		if c, ok := e.cs.Lookup(cands[i].code); ok && notesCover(c.UseAdditional, code) {
			return true
		}
	}
	return false
}

// maxCourseDays is the most days a course counted in days may have to be a
// short one: "for 90 days" is no burst.
const maxCourseDays = 30

// courseAfter and courseBefore are how many tokens after a drug's last word
// and before its first a course's days may stand ("prednisone 40 mg PO
// daily for 5 days", "a 5-day burst of prednisone").
const courseAfter, courseBefore = 8, 5

// shortCourse reports a course counted in days said of the drug whose words
// run from toks[first] to toks[last]: a number up to maxCourseDays, or a
// count word, followed by a day unit (a hyphen between allowed: "x 5 days",
// "for five days", "a 5-day burst"), and not by a word of the dayNot rows
// ("started 3 days ago"). It is read after the drug up to courseAfter tokens,
// through no punctuation but a hyphen or slash, or a comma the count follows
// at once ("daily, 5 day course"), where the count follows a dayLead word or
// that comma ("x 5 days", "for 5 days"; not "on fluticasone, presents with
// 2 days of wheeze"); before it up to courseBefore tokens,
// through no punctuation but a hyphen. Long-term use (Z79, I.C.21.c.3) is a
// therapy that goes on; a course of days ends, whatever "daily" or
// "continue" the sentence says. The days of another thing of the sentence
// ("presents with 4 days of confusion") are past a comma.
func (lt *longTerm) shortCourse(toks []text.Token, first, last int) bool {
	if len(lt.dayUnit) == 0 {
		return false
	}
	for j := last + 1; j < len(toks) && j <= last+courseAfter; j++ {
		if toks[j].Kind == text.Punct {
			if x := toks[j].Text; x == "-" || x == "/" {
				continue
			}
			if toks[j].Text == "," && j+1 < len(toks) && lt.dayCountAt(toks, j+1) {
				continue
			}
			break
		}
		if lt.daysAt(toks, j) && (lt.dayLead[toks[j-1].Norm] || toks[j-1].Text == "," || lt.gluedCount(&toks[j]) > 0) {
			return true
		}
	}
	for j := first - 1; j >= 0 && j >= first-courseBefore; j-- {
		if toks[j].Kind == text.Punct && toks[j].Text != "-" {
			break
		}
		if lt.daysAt(toks, j) {
			return true
		}
	}
	return false
}

// dayCountAt reports a number up to maxCourseDays or a count word at toks[j].
func (lt *longTerm) dayCountAt(toks []text.Token, j int) bool {
	t := &toks[j]
	if t.Kind == text.Number {
		n, err := strconv.Atoi(t.Text)
		return err == nil && n > 0 && n <= maxCourseDays
	}
	return t.Kind == text.Word && (lt.dayCount[t.Norm] || lt.gluedCount(t) > 0)
}

// gluedCount returns the count of a dayLead word written onto its number
// ("prednisone 40 mg x5 days", as ED discharge orders write it), or 0: the
// token is then both the lead and the count of the course.
func (lt *longTerm) gluedCount(t *text.Token) int {
	if t.Kind != text.Word {
		return 0
	}
	norm := t.Norm
	i := 0
	for i < len(norm) && norm[i] >= 'a' && norm[i] <= 'z' {
		i++
	}
	if i == 0 || i == len(norm) || !lt.dayLead[norm[:i]] {
		return 0
	}
	n, err := strconv.Atoi(norm[i:])
	if err != nil || n <= 0 || n > maxCourseDays {
		return 0
	}
	return n
}

// daysAt reports a count of days starting at toks[j] ("5 days", "five-day")
// that no dayNot word follows.
func (lt *longTerm) daysAt(toks []text.Token, j int) bool {
	if !lt.dayCountAt(toks, j) || j+1 >= len(toks) {
		return false
	}
	k := j + 1
	if toks[k].Text == "-" && k+1 < len(toks) {
		k++
	} else if lt.dayMore[toks[k].Norm] && k+1 < len(toks) {
		// "x 1 more day": the rest of the course.
		k++
	}
	if !lt.dayUnit[toks[k].Norm] {
		return false
	}
	return k+1 >= len(toks) || !lt.dayNot[toks[k+1].Norm]
}
