package text

import (
	"maps"
	"sort"
	"strconv"
	"strings"
	"sync"

	"notecoder/cdi/model"
)

// trigger categories, ordered by precedence when several apply.
type ctxCat uint8

const (
	catNegated ctxCat = iota
	catHypothetical
	catFamily
	catPossible
	catHistorical
	catPseudo
	catTerminate
	catCause
	// catAffirm: a word that says the finding before it, in its own comma
	// item, is there ("no fever, cough present"): a forward trigger of an
	// earlier item does not reach it.
	catAffirm
	numCats
)

var catNames = map[string]ctxCat{
	"negated": catNegated, "hypothetical": catHypothetical, "family": catFamily, "possible": catPossible,
	"historical": catHistorical, "pseudo": catPseudo, "terminate": catTerminate, "cause": catCause,
	"affirm": catAffirm,
	// A condition of someone other than the patient who is not a blood
	// relative ("her husband has hepatitis C") is neither the patient's nor
	// a family history: like a hypothetical one, it is kept as a finding
	// and never coded (the wire has no separate value for it).
	"other": catHypothetical,
}

const (
	dirForward  = 1
	dirBackward = 2
)

// Default scope windows in word tokens.
const (
	defaultForward  = 15
	defaultBackward = 8
	// scanReach is how many tokens either side of a mention are read:
	// the widest window in words plus punctuation and the longest trigger.
	scanReach = 64
	// adjacentWindow is the window "next" of context.tsv: the mention
	// must start right after the trigger. A prefix such as "non-" negates
	// the word it is joined to ("non-tender"), not the condition that word
	// qualifies ("non-productive cough", "non-irradiated pain").
	adjacentWindow = -1
)

type ctxPhrase struct {
	norms  []string
	cat    ctxCat
	dir    uint8
	window int
	// signed: the phrase is the minusSlot, a "-" that counts only where
	// signedMinus holds.
	signed bool
	// verb: the phrase negates the verb right after it (window "verb" of
	// context.tsv): a comma right after that verb ends its scope
	// (verbEnds).
	verb bool
	// item: the phrase's forward scope is its own list item (window
	// "item" of context.tsv): a comma ends it ("albuterol prn, metformin
	// 500 BID": the next item is no indication of the "prn").
	item bool
	// status: the phrase says where a named act stands ("screening
	// colonoscopy up to date"; window "status" of context.tsv, read as
	// statusWindow words): it applies even to a mention whose own words
	// hold a trigger of its category, which names the act, not its status
	// (see ownBack).
	status bool
	// subject: a terminator that starts a new clause of the same subject
	// (window "subject" of context.tsv: ", had", ", has"). It ends every
	// scope but a family one, whose relative stays the subject: "FHx:
	// father snored, had heart failure" is the father's heart failure.
	subject bool
	// compound: a denial written after the noun it makes a compound
	// adjective of ("pain free", window "compound" of context.tsv, read
	// as compoundWindow words): it denies that noun only, not the items
	// of a list before it nor a word across a comma ("s/p RCA stent,
	// chest pain free" keeps the stent).
	compound bool
	// entry: a denial written after one entry of a history list ("HTN
	// denied", window "entry" of context.tsv, read as entryWindow words).
	// In a past history section each comma item is an entry with its own
	// answer ("hyperlipidemia (on statin), HTN denied, non-smoker"), so a
	// comma ends its reach there; elsewhere it reaches back as any
	// backward denial ("chest pain, dyspnea denied" in a review of
	// systems denies both).
	entry bool
}

// compoundWindow is the backward reach of a "compound" phrase of
// context.tsv: the noun it qualifies is named in a few words ("shortness of
// breath free").
const compoundWindow = 3

// statusWindow is the backward reach of a "status" phrase of context.tsv:
// the act it follows is named in a few words ("screening colonoscopy up to
// date").
const statusWindow = 4

// entryWindow is the backward reach of an "entry" phrase of context.tsv.
const entryWindow = 4

// firstWord lists the one-word phrases of a word and says whether longer
// ones start with it (most tokens start none: one lookup decides).
type firstWord struct {
	ones  []int
	multi bool
}

type contextData struct {
	byFirst map[string]firstWord // first norm -> its phrases
	// byTwo: first two norms -> indices of the longer phrases, longest
	// first. Frequent first words ("in", "no", "not") start dozens of
	// phrases; keying on two words keeps each token's lookup short.
	byTwo   map[[2]string][]int
	phrases []ctxPhrase
	// noFirst marks, by Token.Lex, the interned forms that start no
	// phrase (see absentByLex): most tokens of a sentence.
	noFirst []bool
	// causes are the norms of the "cause" phrases ("due to", "secondary
	// to"), which a longer trigger may hide from the token scan ("likely
	// due to"): causeStarts reads them on their own.
	causes [][]string
	// firstInterned: every first word is an interned form, so a word
	// with none starts no phrase (wordKeysInterned).
	firstInterned bool
	// firstIdx and firstVals are byFirst by Token.Lex (see byLex).
	firstIdx  []int32
	firstVals []firstWord
}

var (
	ctxOnce sync.Once
	ctxEng  *Assertion
)

func loadAssertions() *Assertion {
	ctxOnce.Do(func() {
		a, err := parseContext(mustData("context.tsv"))
		if err != nil {
			panic("text: embedded context.tsv: " + err.Error())
		}
		ctxEng = a
	})
	return ctxEng
}

// ErrBadData is returned (wrapped) when a lexicon file has a malformed line.
type ErrBadData struct {
	File string
	Line string
	Why  string
}

// Error names the file, the reason and the offending line so a bad lexicon edit is easy to find.
func (e *ErrBadData) Error() string { return e.File + ": " + e.Why + ": " + strconv.Quote(e.Line) }

// parseContext builds the engine from a context.tsv text.
func parseContext(data string) (*Assertion, error) {
	a := &Assertion{contextData{byFirst: map[string]firstWord{}, byTwo: map[[2]string][]int{}}}
	seen := map[string]bool{}
	for _, f := range splitTSV(data) {
		if len(f) < 4 {
			return nil, &ErrBadData{"context.tsv", joinFields(f), "want category, direction, window, phrase"}
		}
		cat, ok := catNames[f[0]]
		if !ok {
			return nil, &ErrBadData{"context.tsv", joinFields(f), "unknown category"}
		}
		var dir uint8
		switch f[1] {
		case "forward":
			dir = dirForward
		case "backward":
			dir = dirBackward
		case "both", "-":
			dir = dirForward | dirBackward
		default:
			return nil, &ErrBadData{"context.tsv", joinFields(f), "unknown direction"}
		}
		w, err := strconv.Atoi(f[2])
		if f[2] == "next" {
			w, err = adjacentWindow, nil
		}
		verb := f[2] == "verb"
		item := f[2] == "item"
		status := f[2] == "status"
		subject := f[2] == "subject"
		compound := f[2] == "compound"
		if compound {
			w, err = compoundWindow, nil
		}
		if verb || item || subject {
			w, err = 0, nil
		}
		if status {
			w, err = statusWindow, nil
		}
		entry := f[2] == "entry"
		if entry {
			w, err = entryWindow, nil
		}
		if err != nil || w < 0 && w != adjacentWindow {
			return nil, &ErrBadData{"context.tsv", joinFields(f), "bad window"}
		}
		toks := Tokenize(f[3])
		if len(toks) == 0 {
			continue
		}
		norms := make([]string, 0, len(toks))
		key := f[1] + "|"
		signed := len(toks) == 3 && toks[0].Norm == "<" && toks[1].Norm == "minus" && toks[2].Norm == ">"
		if signed {
			toks = Tokenize("-")
			key += minusSlot
		}
		for i := 0; i < len(toks); i++ {
			n := toks[i].Norm
			if n == "<" && i+2 < len(toks) && toks[i+1].Norm == "year" && toks[i+2].Norm == ">" {
				n, i = yearSlot, i+2
			}
			if n == "<" && i+2 < len(toks) && toks[i+1].Norm == "gap" && toks[i+2].Norm == ">" {
				if len(norms) < 2 || i+3 >= len(toks) {
					return nil, &ErrBadData{"context.tsv", joinFields(f), "<gap> needs two words before it and one after"}
				}
				n, i = gapSlot, i+2
			}
			norms = append(norms, n)
			key += n + " "
		}
		if cat == catPseudo || cat == catTerminate {
			key = "-|" + key
		} else if cat == catCause {
			key = "c|" + key
		} else if cat == catAffirm {
			key = "a|" + key
		}
		if seen[key] {
			continue // first entry wins (own list before imported ones)
		}
		seen[key] = true
		if cat == catCause {
			a.causes = append(a.causes, norms)
		}
		a.phrases = append(a.phrases, ctxPhrase{norms: norms, cat: cat, dir: dir, window: w, signed: signed, verb: verb, item: item, status: status, subject: subject, compound: compound, entry: entry})
		fw := a.byFirst[norms[0]]
		if len(norms) == 1 {
			fw.ones = append(fw.ones, len(a.phrases)-1)
		} else {
			fw.multi = true
			k := [2]string{norms[0], norms[1]}
			a.byTwo[k] = append(a.byTwo[k], len(a.phrases)-1)
		}
		a.byFirst[norms[0]] = fw
	}
	for k, list := range a.byTwo {
		sort.SliceStable(list, func(i, j int) bool { return len(a.phrases[list[i]].norms) > len(a.phrases[list[j]].norms) })
		a.byTwo[k] = list
	}
	a.noFirst = absentByLex(func(w string) bool { _, ok := a.byFirst[w]; return ok })
	a.firstInterned = wordKeysInterned(maps.Keys(a.byFirst))
	a.firstIdx, a.firstVals = byLex(a.byFirst)
	return a, nil
}

func joinFields(f []string) string {
	s := ""
	for i, x := range f {
		if i > 0 {
			s += "\t"
		}
		s += x
	}
	return s
}

// yearSlot is the "<year>" of a context.tsv phrase: any year of the last two
// centuries ("smoker until 2010": the habit ended then).
const yearSlot = "<year>"

// isYearToken reports a four-digit number from 1900 to 2099.
func isYearToken(t *Token) bool {
	s := t.Text
	if t.Kind != Number || len(s) != 4 || s[:2] != "19" && s[:2] != "20" {
		return false
	}
	return s[2] >= '0' && s[2] <= '9' && s[3] >= '0' && s[3] <= '9'
}

// minusSlot is the "<minus>" of a context.tsv phrase: a minus sign written
// onto the word after it, as a review of systems marks what is absent
// ("-fever -chills", "+cough, -SOB"); see signedMinus.
const minusSlot = "<minus>"

// signedMinus reports whether toks[i] is a "-" written onto the word after
// it with nothing joined before it, and whether it stands where a sign does
// rather than a bullet: something of its sentence comes before it ("ROS:
// -fever", "+cough, -fever"), or, at the sentence's start, another signed
// item follows ("-fever -chills"). A bullet ("-CKD3b" on its own line), a
// hyphenated word ("non-tender", "x-ray") and a range ("3-4") are no sign.
func signedMinus(toks []Token, i int) bool {
	if toks[i].Text != "-" || i+1 >= len(toks) || toks[i+1].Start != toks[i].End || toks[i+1].Kind != Word {
		return false
	}
	if i > 0 && toks[i-1].End == toks[i].Start {
		return false
	}
	if i > 0 {
		return true
	}
	for k := i + 2; k+1 < len(toks); k++ {
		if t := toks[k].Text; (t == "-" || t == "+") && toks[k-1].End < toks[k].Start && toks[k+1].Start == toks[k].End {
			return true
		}
	}
	return false
}

// gapSlot is the "<gap>" of a context.tsv phrase: one to maxGap tokens of
// the clause, so a trigger can frame its subject and scope only past it:
// "possible etiologies of <gap> include" doubts what follows "include",
// not the abdominal pain whose causes they are (a mention inside a trigger
// is out of its scope).
const gapSlot = "<gap>"

// maxGap is the most tokens a gapSlot spans.
const maxGap = 10

// matchGap returns how many tokens from toks[i] a phrase with a gapSlot
// matches (0: none), taking the shortest gap. The gap stays inside the
// clause: no ";", ":" or parenthesis, unless the word after it is that mark.
func matchGap(toks []Token, i int, norms []string) int {
	j := i
	for k := 0; k < len(norms); k++ {
		if norms[k] != gapSlot {
			// (A year slot before the gap matches any year, as in
			// matchAt: "in <year> when <gap> presented with".)
			if j >= len(toks) || toks[j].Norm != norms[k] && !(norms[k] == yearSlot && isYearToken(&toks[j])) {
				return 0
			}
			j++
			continue
		}
		rest := norms[k+1:]
		for g := 1; g <= maxGap && j+g+len(rest) <= len(toks); g++ {
			if t := toks[j+g-1].Text; t == ";" || t == ":" || t == "(" || t == ")" || t == "." {
				return 0
			}
			if m := matchGap(toks, j+g, rest); m > 0 {
				return j + g + m - i
			}
		}
		return 0
	}
	return j - i
}

// ctxHit is one matched trigger: tokens [start, end) of the sentence.
type ctxHit struct {
	start, end int
	p          *ctxPhrase
}

// matchAt returns the longest phrases starting at toks[i], one per
// direction group (a phrase may exist as forward and backward entries).
func (a *Assertion) matchAt(toks []Token, i int) (n int, first, second *ctxPhrase) {
	if absentWord(a.noFirst, a.firstInterned, &toks[i]) {
		return 0, nil, nil
	}
	var fw firstWord
	if l := toks[i].Lex; l != 0 && int(l) < len(a.firstIdx) {
		k := a.firstIdx[l]
		if k == 0 {
			return 0, nil, nil
		}
		fw = a.firstVals[k-1]
	} else {
		var ok bool
		if fw, ok = a.byFirst[toks[i].Norm]; !ok {
			return 0, nil, nil
		}
	}
	if fw.multi && i+1 < len(toks) {
		// phrases of two or more words, longest first
		list := a.byTwo[[2]string{toks[i].Norm, toks[i+1].Norm}]
		if isYearToken(&toks[i+1]) {
			list = a.byTwo[[2]string{toks[i].Norm, yearSlot}]
		}
		for _, pi := range list {
			p := &a.phrases[pi]
			if len(p.norms) > len(toks)-i || first != nil && len(p.norms) < n {
				continue
			}
			m := len(p.norms)
			ok := true
			for k := 2; k < len(p.norms); k++ {
				if toks[i+k].Norm != p.norms[k] && !(p.norms[k] == yearSlot && isYearToken(&toks[i+k])) {
					// (A gap is tried only where the plain words
					// stop matching: most phrases have none.)
					if p.norms[k] == gapSlot {
						m = matchGap(toks, i, p.norms)
						ok = m > 0 && (first == nil || m == n)
					} else {
						ok = false
					}
					break
				}
			}
			if !ok {
				continue
			}
			if first == nil {
				first, n = p, m
			} else if second == nil {
				second = p
			}
		}
		if first != nil {
			return n, first, second
		}
	}
	for _, pi := range fw.ones {
		p := &a.phrases[pi]
		if p.signed && !signedMinus(toks, i) {
			continue
		}
		if first == nil {
			first, n = p, 1
		} else if second == nil {
			second = p
		}
	}
	return n, first, second
}

// ClassifyTokens is Classify for callers that already tokenised the text:
// toks are the tokens of s in order (those of the whole section are fine;
// only the ones inside sentence are read).
func (a *Assertion) ClassifyTokens(toks []Token, sentence, mention model.Span, sectionKind string) model.Assertion {
	lo := sort.Search(len(toks), func(i int) bool { return toks[i].Start >= sentence.Start })
	hi := sort.Search(len(toks), func(i int) bool { return toks[i].End > sentence.End })
	if hi < lo {
		hi = lo
	}
	return a.classifyRange(toks[lo:hi], mention, sectionKind, false)
}

// ClassifyTokensItem is ClassifyTokens with the mention's comma item as
// the reach of every trigger after it: a backward trigger ("neg", "ruled
// out") with a comma between it and the mention is the next item's. The
// caller decides when the next item is a different finding ("pharyngitis,
// rapid strep neg": the test is negative, not the pharyngitis; "CP, ACS
// ruled out"); in a list of like items ("HIV, HCV neg") the trigger covers
// them all and ClassifyTokens is the reading.
func (a *Assertion) ClassifyTokensItem(toks []Token, sentence, mention model.Span, sectionKind string) model.Assertion {
	lo := sort.Search(len(toks), func(i int) bool { return toks[i].Start >= sentence.Start })
	hi := sort.Search(len(toks), func(i int) bool { return toks[i].End > sentence.End })
	if hi < lo {
		hi = lo
	}
	return a.classifyRange(toks[lo:hi], mention, sectionKind, true)
}

func (a *Assertion) classify(s string, sentence, mention model.Span, sectionKind string) model.Assertion {
	if sentence.Start < 0 {
		sentence.Start = 0
	}
	if sentence.End > len(s) {
		sentence.End = len(s)
	}
	if sentence.Start >= sentence.End {
		return sectionDefault(0, sectionKind)
	}
	var buf [64]Token
	toks := AppendTokens(buf[:0], s[sentence.Start:sentence.End], sentence.Start)
	return a.classifyRange(toks, mention, sectionKind, false)
}

// classifyRange decides the assertion of mention from the tokens of its
// sentence. With item, a backward trigger does not reach over a comma
// (outside parentheses) after the mention.
func (a *Assertion) classifyRange(toks []Token, mention model.Span, sectionKind string, item bool) model.Assertion {
	// mention token range [ma, mb): tokens overlapping the mention
	ma := sort.Search(len(toks), func(i int) bool { return toks[i].End > mention.Start })
	mb := sort.Search(len(toks), func(i int) bool { return toks[i].Start >= mention.End })
	if ma >= mb {
		ma, mb = -1, -1
	} else {
		// Only tokens near the mention can scope it (windows are at most
		// a few dozen tokens), so a huge run-on sentence costs the same
		// per mention as a short one.
		lo, hi := ma-scanReach, mb+scanReach
		if lo < 0 {
			lo = 0
		}
		if hi > len(toks) {
			hi = len(toks)
		}
		toks = toks[lo:hi]
		ma, mb = ma-lo, mb-lo
	}
	var found uint8 // bit set of categories that apply
	if ma >= 0 {
		// prefix word counts let window checks run in O(1)
		var wbuf [128]int32
		words := wbuf[:0]
		if len(toks)+1 > len(wbuf) {
			words = make([]int32, 0, len(toks)+1)
		}
		words = append(words, 0)
		for _, t := range toks {
			c := words[len(words)-1]
			if t.Kind != Punct {
				c++
			}
			words = append(words, c)
		}
		lastTermBefore := -1  // end of the last terminator ending at or before ma
		lastTermFamily := -1  // the same, less a cause after a relative's death (deathCause)
		lastCauseBefore := -1 // end of the last cause phrase ending at or before ma
		firstTermAfter := len(toks)
		firstDashAfter := len(toks) // the first spaced dash after the mention
		// affirmed: an affirm phrase ends the mention's comma item ("cough
		// present", "HTN controlled"), so denials of other items stop at
		// its comma, forward and backward ("HTN controlled, DM2 denied"); a
		// relative's scope runs on ("Mother 25yo, GBS positive").
		affirmed := false
		var before [8]ctxHit
		hits := before[:0]
		// covered is the end of the phrases matched so far: a phrase
		// starting inside one counts only if it runs past it, and then it
		// replaces it, so the backward "not detected" of "was not detected"
		// is read instead of the forward "was not", while the "not" inside
		// "did not have" or the pseudo "not improve" stays hidden.
		covered := 0
		// ownBack: the categories of the backward triggers inside the
		// mention. The mention names that act itself ("Encounter for
		// immunization"), and a like trigger after it names the same act,
		// not a condition it is about ("..., influenza vaccine given").
		var ownBack uint8
		for i := 0; i < len(toks); i++ {
			if i >= mb && i < firstDashAfter && spacedDashAt(toks, i) {
				firstDashAfter = i
			}
			n, p1, p2 := a.matchAt(toks, i)
			if n == 0 || i+n <= covered {
				continue
			}
			covered = i + n
			if i < mb && i+n > ma {
				// a trigger overlapping the mention does not apply to it
				for _, p := range [2]*ctxPhrase{p1, p2} {
					if p != nil && p.dir&dirBackward != 0 {
						ownBack |= 1 << p.cat
					}
					if p != nil && p.cat == catTerminate && p.dir&dirForward != 0 && i <= ma && i+1 > lastTermBefore {
						// A forward terminator that is the mention's own
						// first word still ends the scopes before it: in
						// "with h/o osteoporosis tripped and fell" the
						// fall's "tripped" is no history.
						lastTermBefore = i + 1
					}
					if p != nil && p.cat == catTerminate && p.dir&dirForward != 0 && i <= ma && i+1 > lastTermFamily && !p.subject && !deathCause(toks, i, p1, p2) {
						lastTermFamily = i + 1
					}
				}
				continue
			}
			// The later phrase of an overlap wins over an earlier one
			// scoping the same way: "it was not possible to rule out" is
			// the uncertain phrase, not the negation "was not"; the
			// backward "were negative" and the forward "negative, as well
			// as" both stay.
			// A later backward phrase also takes the word a forward-only
			// one ended on: in "the cause was not found, a biopsy showed
			// metastases" the "not" belongs to "not found", so the forward
			// "was not" must not reach past it.
			// A later phrase of the same category and direction says the
			// same thing over a shorter reach, and does not cut the
			// earlier one's scope: "return for any swelling of the face or
			// difficulty breathing" stays a return precaution to its end
			// though "for any" ("Tylenol for any mild pain") reaches only
			// three words.
			for len(hits) > 0 && hits[len(hits)-1].start < i && hits[len(hits)-1].end > i &&
				!(p2 == nil && hits[len(hits)-1].p.cat == p1.cat && hits[len(hits)-1].p.dir == p1.dir) &&
				(hits[len(hits)-1].p.dir&p1.dir != 0 || hits[len(hits)-1].p.dir == dirForward && backwardHit(p1, p2)) {
				hits = hits[:len(hits)-1]
			}
			for _, p := range [2]*ctxPhrase{p1, p2} {
				if p == nil {
					continue
				}
				switch p.cat {
				case catTerminate:
					// A terminator ends the scopes that would cross it in
					// its direction: a forward one (", with") closes the
					// triggers before it, a backward one those after it.
					if p.dir&dirForward != 0 && i+n <= ma && i+n > lastTermBefore {
						lastTermBefore = i + n
					}
					if p.dir&dirForward != 0 && i+n <= ma && i+n > lastTermFamily && !p.subject && !deathCause(toks, i, p1, p2) {
						lastTermFamily = i + n
					}
					if p.dir&dirBackward != 0 && i >= mb && i < firstTermAfter {
						firstTermAfter = i
					}
				case catCause:
					if i+n <= ma && i+n > lastCauseBefore {
						lastCauseBefore = i + n
					}
				case catAffirm:
					if i >= mb && int(words[i]-words[mb]) <= affirmWindow && !commaIn(toks[mb:i]) && !stopIn(toks[mb:i]) {
						affirmed = true
					}
				case catPseudo:
				default:
					hits = append(hits, ctxHit{start: i, end: i + n, p: p})
				}
			}
			if toks[i].Kind == Punct {
				covered = i + 1 // ": no" must not hide a forward "no"
			}
		}
		planCut := dashPlan(toks, mb)
		for _, h := range hits {
			p := h.p
			if p.dir&dirBackward != 0 && (h.start >= planCut || answerDenies(toks, h, hits, mb)) {
				// The plan after a problem-list dash is about the plan,
				// not the diagnosis before it (dashPlan, answerDenies).
				continue
			}
			lastTerm := lastTermBefore
			if p.cat == catFamily {
				lastTerm = lastTermFamily
			}
			if p.dir&dirForward != 0 && h.end <= ma && h.end >= lastTerm {
				w := p.window
				if w == 0 {
					w = defaultForward
				} else if w == adjacentWindow {
					w = 0
				}
				if (p.window != adjacentWindow || joined(toks[h.end:ma]) && !(h.start > 0 && toks[h.start-1].Text == "-") || p.cat == catNegated && listOpening(toks, h) && itemList(toks[h.end:ma])) && (int(words[ma]-words[h.end]) <= w || p.window == adjacentWindow || p.window == 0 && p.cat == catNegated && shortItemList(toks[h.end:ma])) && forwardReaches(toks[h.end:ma], toks[mb:min(len(toks), mb+listLookahead)], p.cat) &&
					!(p.cat == catNegated && itemNegation(toks, h.start, h.end, ma)) && !(p.verb && verbEnds(toks[h.end:ma], toks[mb:])) &&
					!(p.item && commaIn(toks[h.end:ma])) && !planDashIn(toks[h.end:min(ma+1, len(toks))]) &&
					!(p.cat == catNegated && (affirmed || answersBefore(toks, h)) && commaIn(toks[h.end:ma])) {
					found |= 1 << p.cat
				}
			}
			// A problem-list line names its diagnosis before a spaced dash
			// and its plan after it: a plan word there ("- phenobarbital
			// protocol", "- DVT prophylaxis") is about what is done, not
			// a hypothetical diagnosis before the dash. (A denial after
			// the dash still reaches back: "Chest pain - ACS ruled out".)
			if p.cat == catHypothetical && h.start > firstDashAfter {
				continue
			}
			if p.dir&dirBackward != 0 && h.start >= mb && h.start <= firstTermAfter && (ownBack&(1<<p.cat) == 0 || p.status) && !((item || p.compound || p.entry && (sectionKind == PMH || sectionKind == PSH) || affirmed && p.cat == catNegated) && commaOutside(toks[mb:h.start])) {
				w := p.window
				if w == 0 {
					w = defaultBackward
				} else if w == adjacentWindow {
					w = 0
				}
				// A mention just after "the cause of" or "due to" is that
				// phrase's complement; a backward trigger is about the
				// clause's subject: "the cause of the anemia was not
				// found", "due to joint stiffness, surgery was ruled out".
				// A trigger joined to the mention ("his smoking history")
				// is part of the complement's own noun phrase.
				governed := p.window != adjacentWindow && lastCauseBefore >= 0 && lastCauseBefore >= lastTermBefore && int(words[ma]-words[lastCauseBefore]) <= causeWindow
				inWindow := int(words[h.start]-words[mb]) <= w || p.cat == catNegated && p.window != adjacentWindow && !p.compound && backwardList(toks[mb:h.start])
				if h.start > 0 && toks[h.start-1].Text == "-" && toks[h.start].Start == toks[h.start-1].End {
					// Hyphen-joined ("gluten-free", "pain-free"): the
					// trigger denies the word it is joined to only.
					inWindow = mb == h.start-1
				}
				// An uncertainty said right before the cause the mention
				// is put down to is the cause's: in "her cough is likely
				// due to bronchitis" the cough itself is certain
				// (outpatient coding keeps it, IV.D), only the bronchitis
				// is not. ("Pneumonia due to aspiration is likely" doubts
				// the whole.)
				causeOwn := p.cat == catPossible && a.causeStarts(toks, h.start, h.end)
				if inWindow && !governed && !causeOwn && (p.window != adjacentWindow || joined(toks[mb:h.start])) && !(p.cat == catPossible && qualifiesNext(toks, h)) && !((p.cat == catPossible || p.cat == catNegated) && dashClause(toks[mb:h.start])) {
					found |= 1 << p.cat
				}
			}
		}
	}
	return sectionDefault(found, sectionKind)
}

// affirmWindow is the most words between a mention and the affirm phrase
// after it in its comma item ("cough with sputum present").
const affirmWindow = 3

// stopIn reports whether tokens hold a sentence-inner stop (".", ";", ":")
// that no affirm phrase reaches back over.
func stopIn(toks []Token) bool {
	for _, t := range toks {
		switch t.Text {
		case ".", ";", ":":
			return true
		}
	}
	return false
}

// answersBefore reports whether a forward negation at h is written after the
// words of its own comma item with nothing after it but the comma: "HTN
// denied, asthma" answers the entry before it (the backward reading), and
// has no object to deny past the comma. A subject before it ("patient
// denies, ...") or a list opener ("and", "or") leaves it a forward trigger.
func answersBefore(toks []Token, h ctxHit) bool {
	if h.start == 0 || h.end >= len(toks) || toks[h.end].Text != "," || toks[h.start-1].Kind != Word {
		return false
	}
	switch toks[h.start-1].Norm {
	case "and", "or", "nor", "but", "patient", "pt", "he", "she", "they", "who", "also":
		return false
	}
	return true
}

// causeStarts reports whether a cause phrase ("due to") starts at a token
// of [from, to]: an uncertainty trigger after the mention that ends right
// before it ("is likely due to") qualifies the cause, not the mention.
func (a *Assertion) causeStarts(toks []Token, from, to int) bool {
	for k := from; k <= to && k < len(toks); k++ {
		for _, c := range a.causes {
			if k+len(c) > len(toks) || toks[k].Norm != c[0] {
				continue
			}
			ok := true
			for q := 1; q < len(c) && ok; q++ {
				ok = toks[k+q].Norm == c[q]
			}
			if ok {
				return true
			}
		}
	}
	return false
}

// commaIn reports whether a comma or semicolon lies in toks: the end of a
// list item for a trigger whose scope is its item (window "item").
func commaIn(toks []Token) bool {
	for _, t := range toks {
		if t.Text == "," || t.Text == ";" {
			return true
		}
	}
	return false
}

// planDashIn reports whether toks hold a problem list's spaced dash (" - ",
// free on both sides), which ends a forward scope: the diagnosis before it
// is said, the plan after it is another clause ("T2DM without
// complications - continue metformin": the "without" denies the
// complications, not the metformin). The caller passes the mention's first
// token too, so a dash right before the mention ("No functional impairment -
// oxaliplatin-induced neuropathy") is seen with the word after it.
func planDashIn(toks []Token) bool {
	for k := 1; k+1 < len(toks); k++ {
		if toks[k].Norm == "-" && toks[k-1].End < toks[k].Start && toks[k+1].Start > toks[k].End {
			return true
		}
	}
	return false
}

// dashPlan returns the index of the first clause mark ("," or ";") after a
// spaced dash that follows the mention ending at mb, or len(toks). A US
// problem list writes "1. Simple febrile seizure - antipyretics, education":
// the words after the dash are the plan, and only its first clause may
// still answer the item ("PE - ruled out", "Fever - no"); a backward
// trigger in a later clause ("education") is about the plan, not the
// diagnosis.
func dashPlan(toks []Token, mb int) int {
	for k := mb; k+1 < len(toks); k++ {
		t := toks[k].Text
		if t == "." || t == ";" {
			break
		}
		if toks[k].Norm != "-" || toks[k-1].End == toks[k].Start || toks[k+1].Start == toks[k].End {
			continue
		}
		for m := k + 1; m < len(toks); m++ {
			if t := toks[m].Text; t == "," || t == ";" || t == "." {
				return m
			}
		}
		break
	}
	return len(toks)
}

// answerDenies reports whether a backward answer trigger opened by a dash
// ("- no") is rather a problem list's dash followed by a forward negation of
// the words after it: in "Pneumonia - no LP, antibiotics" the "no" denies
// the lumbar puncture (a forward trigger starts inside the hit and a word
// follows it), while "Fever - no, chills - no" answers the item. (A colon
// stays an answer: "Urine antigen: negative for legionella" is the test's
// result.) Words that restate the mention's own word answer it all the same:
// "Discussed smoking - never smoked", "Tobacco - never used tobacco" deny the
// habit (restates).
func answerDenies(toks []Token, h ctxHit, hits []ctxHit, mb int) bool {
	if toks[h.start].Norm != "-" || h.end >= len(toks) || toks[h.end].Kind != Word || restates(toks, h.end, mb) {
		return false
	}
	for _, o := range hits {
		if o.start > h.start && o.start < h.end && o.p.dir&dirForward != 0 && o.p.cat == h.p.cat {
			return true
		}
	}
	return false
}

// restateStem is how many leading letters two words share to be read as
// one word in two forms ("smoking", "smoked").
const restateStem = 4

// restateReach is how many words after a dash answer are read for the
// mention's word (restates).
const restateReach = 3

// restates reports whether one of the few words of the clause from toks[from]
// is the word that ends the mention toks[:mb] in another form: the answer
// after a dash repeats what it answers ("Smoking - never smoked").
func restates(toks []Token, from, mb int) bool {
	if mb < 1 || toks[mb-1].Kind != Word {
		return false
	}
	last := toks[mb-1].Norm
	if len(last) < restateStem {
		return false
	}
	for k, n := from, 0; k < len(toks) && n < restateReach && toks[k].Kind == Word; k, n = k+1, n+1 {
		if w := toks[k].Norm; len(w) >= restateStem && w[:restateStem] == last[:restateStem] {
			return true
		}
	}
	return false
}

// commaOutside reports whether the tokens hold a comma outside
// parentheses: an item boundary of a comma list.
func commaOutside(between []Token) bool {
	depth := 0
	for _, t := range between {
		switch t.Text {
		case "(", "[":
			depth++
		case ")", "]":
			if depth > 0 {
				depth--
			}
		case ",":
			if depth == 0 {
				return true
			}
		}
	}
	return false
}

// joined reports whether the tokens between a "next" trigger and its
// mention are at most a hyphen: "non-painful", "negative glycosuria", but
// not "HIV negative, toxoplasmosis ..." across a comma. (A forward "next"
// trigger that ends a hyphenated word is a class name, not a result:
// "coagulase-negative staphylococci", "culture-negative endocarditis".)
func joined(between []Token) bool {
	for _, t := range between {
		if t.Text != "-" {
			return false
		}
	}
	return true
}

// qualifiesNext reports a trigger that opens a clause after a comma or a
// problem list's spaced dash and qualifies the words after it: "atypical
// chest pain, likely musculoskeletal", "appendicitis, possible perforation",
// "rectal bleeding - likely hemorrhoidal". The uncertainty is about what
// follows (the cause an office note does not code, IV.H); the finding before
// the mark stands ("pneumonia, likely." still doubts the pneumonia).
func qualifiesNext(toks []Token, h ctxHit) bool {
	if h.start == 0 || h.end >= len(toks) || toks[h.end].Kind != Word {
		return false
	}
	return toks[h.start-1].Text == "," || spacedDashAt(toks, h.start-1)
}

// dashClause reports whether the tokens between a mention and a backward
// trigger after it hold a problem list's spaced dash followed by words of
// their own: in "Hip pain - OA vs bursitis" and "Chest pain - ACS ruled out"
// the doubt and the denial are about the causes named after the dash, and
// the pain before it stands (IV.H codes it). A trigger right after the dash
// still answers the item ("Fever - no", "PE - ruled out by CTA").
func dashClause(between []Token) bool {
	for k := range between {
		if spacedDashAt(between, k) {
			for _, t := range between[k+1:] {
				if t.Kind == Word {
					return true
				}
			}
			return false
		}
	}
	return false
}

// spacedDashAt reports whether toks[i] is a dash with a space (or a line
// start or end) on both sides: the separator of a problem-list line
// ("AKI - likely prerenal"), not a hyphen inside a word or a range.
func spacedDashAt(toks []Token, i int) bool {
	t := toks[i]
	if t.Text != "-" && t.Text != "\u2013" && t.Text != "\u2014" {
		return false
	}
	return (i == 0 || toks[i-1].End < t.Start) && (i+1 == len(toks) || t.End < toks[i+1].Start)
}

// backwardHit reports whether one of the phrases matched at a position is a
// backward trigger (a pseudo or terminator claims no scope of its own).
func backwardHit(p1, p2 *ctxPhrase) bool {
	for _, p := range [2]*ctxPhrase{p1, p2} {
		if p != nil && p.dir&dirBackward != 0 && p.cat != catPseudo && p.cat != catTerminate && p.cat != catCause && p.cat != catAffirm {
			return true
		}
	}
	return false
}

// forwardReaches reports whether a forward trigger's scope runs over the
// tokens between it and the mention. Two general limits of a scope:
//   - a trigger inside parentheses stops at the closing one: in "weakness
//     (lack of cooperation) and hyporeflexia" the lack is the cooperation's;
//   - a negated list ends with its "or"/"nor" item: in "no signs of obesity or
//     malnutrition, pale skin" the pale skin is a new, affirmed item, unless
//     another "or" follows the mention ("no fever or chills, nausea, or
//     vomiting"): after holds the tokens just past the mention.
func forwardReaches(between, after []Token, cat ctxCat) bool {
	depth := 0
	orAt := -1
	for k, t := range between {
		switch t.Text {
		case "(", "[":
			depth++
		case ")", "]":
			if depth == 0 {
				return false
			}
			depth--
		case ",", ";":
			if orAt >= 0 && depth == 0 && cat == catNegated && !listGoesOn(after) && !(t.Text == "," && listAfterOr(between[orAt:], after)) {
				return false
			}
		case ":":
			// "Not consoling: neonatal abstinence syndrome": a colon after
			// the words a negation denies opens the conclusion drawn from
			// them, out of its reach. A colon right after the trigger, or
			// after the words that announce a denied list ("negative for
			// the following:", "no history of:"), still heads that list.
			if depth == 0 && cat == catNegated && k > 0 && between[k-1].Kind == Word && !colonListHead(between[k-1].Norm) {
				return false
			}
		}
		if t.Norm == "or" || t.Norm == "nor" {
			if depth == 0 {
				orAt = k
			}
		}
	}
	return true
}

// colonListHead reports whether a word before a colon announces the list
// after it ("negative for the following:", "no symptoms of:"), so that a
// negation before it still reaches the items. A switch, not a map: no
// look-up per token.
func colonListHead(w string) bool {
	switch w {
	case "of", "for", "to", "with", "following", "include", "includes", "including", "any", "symptom", "symptoms", "sign", "signs", "complaint", "complaints", "history", "these", "below":
		return true
	}
	return false
}

// listAfterOr reports whether the "or" item of a negated list is followed
// by a list of its own, two or more short comma items counting the one at
// the mention ("denies weight gain or loss, fevers, chills"): one long
// denied list, as a review of systems writes it, rather than a new finding
// after the list ("no signs of obesity or malnutrition, pale skin and dry
// mucosa").
func listAfterOr(tail, after []Token) bool {
	commas, run := 0, 0
	for _, t := range tail[1:] {
		switch {
		case t.Text == ",":
			if run == 0 {
				return false
			}
			commas++
			run = 0
		case (t.Norm == "or" || t.Norm == "nor") && commas > 0 && run > 0:
			// "denies fever, bowel or bladder dysfunction, tingling or
			// numbness": a later "or" closes the denied list, so the
			// first one joined words inside an item.
			return true
		case t.Kind == Punct || t.Norm == "and" || t.Norm == "or" || t.Norm == "nor":
			return false
		default:
			run++
			if run > maxListItem {
				return false
			}
		}
	}
	if len(after) > 0 && after[0].Text == "," {
		commas++
	}
	return commas >= 2
}

// itemNegation reports whether a negation at toks[hs:he] qualifies only
// the list item it stands in, so its scope ends at the item's comma before
// the mention at ma: "persistent fever, abdominal pain without
// peritonitis, vomiting and diarrhea". The trigger follows a word of the
// item (not a comma or a conjunction that opens a denied list: "fever,
// without cough, rhinorrhea or headache"), a comma before it shows a list,
// and the list it would run over is closed by "and" with no "or": a denied
// list reads "without tenderness, masses or organomegaly".
func itemNegation(toks []Token, hs, he, ma int) bool {
	if hs == 0 || toks[hs-1].Kind == Punct {
		return false
	}
	switch toks[hs-1].Norm {
	case "and", "or", "nor", "but":
		return false
	}
	listBefore := false
	for k := hs - 1; k >= 0 && k >= hs-12; k-- {
		if t := toks[k].Text; t == "," {
			listBefore = true
			break
		} else if t == "." || t == ";" || t == ":" {
			break
		}
	}
	if !listBefore {
		return false
	}
	comma, and := false, false
	for k := he; k < len(toks); k++ {
		t := toks[k]
		switch {
		case t.Text == "." || t.Text == ";" || t.Text == ":":
			return comma && and
		case t.Text == ",":
			if k < ma {
				comma = true
			}
		case t.Norm == "or" || t.Norm == "nor":
			return false
		case t.Norm == "and":
			and = true
		}
	}
	return comma && and
}

// verbEnds reports whether a comma right after the one verb a "do not"
// negation denies ends its scope before the mention: "Does not drink,
// smoker." is a sentence of fragments, the drinking denied and the smoking
// said; the verb had no object, so what follows the comma is none of the
// things denied. A list of verbs closed by "or"/"nor" goes on ("does not
// drink, smoke or use drugs"). between holds the tokens from the trigger's
// end to the mention, after those from the mention on.
func verbEnds(between, after []Token) bool {
	if len(between) < 2 || between[0].Kind == Punct || between[1].Text != "," {
		return false
	}
	for _, ts := range [2][]Token{between[2:], after} {
		for _, t := range ts {
			switch {
			case t.Norm == "or" || t.Norm == "nor":
				return false
			case t.Text == "." || t.Text == ";" || t.Text == ":":
				return true
			}
		}
	}
	return true
}

// causeWindow is how many words after a cause phrase ("the cause of") a
// mention still counts as its complement.
const causeWindow = 6

// maxListItem is the most words of one item in a list a negation runs over
// past its window.
const maxListItem = 4

// listOpening reports whether the trigger hit h opens its sentence, or the
// part after a colon, or follows only a capitalised header word ("ROS neg
// fever, chills, cough", "GU: negative dysuria, hematuria"): a "next"
// negation there ("neg", "negative") heads a list of answers, each item
// denied, not one result word.
func listOpening(toks []Token, h ctxHit) bool {
	// (A word trigger: the signed minus of "HTN -cont lisinopril, DM2"
	// is a mark, not an answer heading a list.)
	if h.end >= len(toks) || toks[h.end].Kind != Word || toks[h.start].Kind != Word {
		return false
	}
	switch {
	case h.start == 0:
		return true
	case toks[h.start-1].Text == ":":
		return true
	case h.start == 1 && toks[0].Kind == Word && len(toks[0].Text) >= 2 && strings.ToUpper(toks[0].Text) == toks[0].Text && strings.ToLower(toks[0].Text) != toks[0].Text:
		return true
	}
	return false
}

// itemList reports whether the tokens between a list-opening trigger and a
// mention are whole items of a comma list (at most maxListItem words each,
// commas and "and"/"or" between them, no other punctuation) ending in a
// separator, or in the first words of the mention's own item ("neg fever,
// chills, productive cough"): the mention is a later item.
func itemList(between []Token) bool {
	run, seps, _, ok := listShape(between)
	return ok && (run == 0 || seps > 0)
}

// shortItemList reports whether the tokens between a negation and a mention
// are a list of short items ("denied fever, chills, night sweats, weight
// loss, ..., melena or"): a list stays in scope however long it is.
func shortItemList(between []Token) bool {
	_, _, commas, ok := listShape(between)
	return ok && commas >= 2
}

// listShape reads between as a list of short items: ok when every item has
// at most maxListItem words and items are parted by commas or "and", "or",
// "nor" and no other punctuation, with no comma opening the list or
// following another separator (", ,"). run is the words after the last
// separator, seps the separators, commas the commas among them.
func listShape(between []Token) (run, seps, commas int, ok bool) {
	for _, t := range between {
		switch {
		case t.Text == "," || t.Norm == "or" || t.Norm == "and" || t.Norm == "nor":
			if run == 0 && t.Text == "," {
				return 0, 0, 0, false
			}
			if t.Text == "," {
				commas++
			}
			run = 0
			seps++
		case t.Kind == Punct:
			return 0, 0, 0, false
		default:
			run++
			if run > maxListItem {
				return 0, 0, 0, false
			}
		}
	}
	return run, seps, commas, true
}

// backwardList reports whether the tokens between a mention and a backward
// negation after it continue a coordinated list the mention opens, so the
// negation at its end covers every item however long the list: "serology
// for hepatitis A, B and C was negative", "HIV, hepatitis B virus, hepatitis
// C virus, syphilis and toxoplasma serologies were negative". The list goes
// on from the mention's item ("hepatitis" in "hepatitis A, B and C"), and
// its items have at most maxListItem words and no
// word that opens a clause or a qualifier of its own ("anemia, leukopenia
// with blood cultures negative", "hypotensive, his ECG was normal").
func backwardList(between []Token) bool {
	// "... and syphilis were negative", "... were all absent": the copula
	// before a trigger that does not include it is the list's verb.
	for len(between) > 0 && listVerb[between[len(between)-1].Norm] {
		between = between[:len(between)-1]
	}
	run, seps := 0, 0
	for _, t := range between {
		switch {
		case t.Text == "," || t.Norm == "and" || t.Norm == "or" || t.Norm == "nor":
			seps++
			run = 0
		case t.Text == "-" || t.Text == "/":
			// "Epstein-Barr", "HBsAg/anti-HBc": inside an item
		case t.Kind == Punct:
			return false
		case listBreak[t.Norm]:
			return false
		default:
			run++
			if run > maxListItem {
				return false
			}
		}
	}
	return seps >= 1 && run > 0
}

// listVerb holds the words between a list's last item and a backward
// trigger that does not include them ("were absent", "were all negative").
var listVerb = map[string]bool{"was": true, "were": true, "is": true, "are": true, "also": true, "all": true, "both": true}

// listBreak holds words that do not occur inside the short noun items of a
// coordinated list: a verb, a preposition that adds a finding of its own, a
// possessive or a subordinator starts a new clause whose negation is its
// own.
var listBreak = map[string]bool{
	"with": true, "without": true, "was": true, "were": true, "is": true, "are": true, "be": true,
	"been": true, "being": true, "has": true, "have": true, "had": true, "which": true, "that": true,
	"who": true, "while": true, "whereas": true, "although": true, "but": true, "his": true, "her": true,
	"their": true, "its": true, "showed": true, "shows": true, "showing": true, "revealed": true,
}

// listLookahead is how many tokens past a mention are read for a list that
// goes on.
const listLookahead = 8

// listGoesOn reports whether an "or"/"nor" follows in the same clause.
func listGoesOn(after []Token) bool {
	for _, t := range after {
		switch t.Text {
		case ".", ";", ":", "(":
			return false
		}
		if t.Norm == "or" || t.Norm == "nor" {
			return true
		}
	}
	return false
}

// sectionDefault resolves the categories found (and the section kind) to
// one assertion, by precedence: negated, hypothetical, family, possible,
// historical, present.
func sectionDefault(found uint8, sectionKind string) model.Assertion {
	switch sectionKind {
	case FamilyHistory:
		found |= 1 << catFamily
	case PMH, PSH:
		found |= 1 << catHistorical
	case Differential:
		found |= 1 << catPossible
	}
	switch {
	case found&(1<<catNegated) != 0:
		return model.Negated
	case found&(1<<catHypothetical) != 0:
		return model.Hypothetical
	case found&(1<<catFamily) != 0:
		return model.Family
	case found&(1<<catPossible) != 0:
		return model.Possible
	case found&(1<<catHistorical) != 0:
		return model.Historical
	}
	return model.Present
}

// deathCause reports a terminator at toks[i] that is also a cause phrase
// ("due to", "secondary to") right after a death ("the death of a brother
// due to lung cancer", "her father died secondary to a stroke"): the cause
// is what the relative died of, and a family scope runs over it, as it
// runs over "of" in "the death of a brother of lung cancer" (Z80.1, not the
// patient's C34.90). Other scopes still end there: in "admitted due to
// pneumonia" the cause is the patient's.
func deathCause(toks []Token, i int, p1, p2 *ctxPhrase) bool {
	if (p1 == nil || p1.cat != catCause) && (p2 == nil || p2.cat != catCause) {
		return false
	}
	for k := i - 1; k >= 0 && k >= i-5; k-- {
		if toks[k].Kind == Punct {
			return false
		}
		if deathWords()[toks[k].Norm] {
			return true
		}
	}
	return false
}

// deathWords is data/death_words.txt: the words of a relative's death that
// deathCause looks back for.
var deathWords = sync.OnceValue(func() map[string]bool {
	m := map[string]bool{}
	for _, f := range splitTSV(mustData("death_words.txt")) {
		m[f[0]] = true
	}
	return m
})
