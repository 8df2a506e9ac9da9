package coder

import (
	"slices"
	"strings"
	"sync"

	"notecoder/cdi/model"
	"notecoder/cdi/text"
)

// RuleBurnList marks a burn read from one item of a list of burns: the
// items of a list under a head that names burns ("BURN ASSESSMENT:" over
// "- right forearm: second degree, 4%"), the parts of a sentence opened by
// one ("Burns: anterior chest full thickness 12%; R forearm partial
// thickness 10%"), or a list item that gives a site with its depth and its
// share of the body surface ("- R dorsal hand: white, leathery, full
// thickness ~1% TBSA").
const RuleBurnList = "burn-list"

// burnDepths is data/burn_extent.tsv's depth rows, deepest first, and its
// head words.
type burnDepths struct {
	depth [3][]string // third, second, first degree phrases
	head  []string
}

// burnListWords reads data/burn_extent.tsv's depth and head rows once.
var burnListWords = sync.OnceValue(func() *burnDepths {
	k := keyed("burn_extent.tsv")
	return &burnDepths{depth: [3][]string{k["depth3"], k["depth2"], k["depth1"]}, head: k["head"]}
})

// burnAnyCode reports a burn code, of a stated region or not (T20-T30).
func burnAnyCode(code string) bool {
	return burnSiteCode(code) || strings.HasPrefix(code, "T30")
}

// burnListCue reports whether a section may hold a list of burns: it codes
// a burn (the head's own "burn" is one), or one of its words is TBSA, the
// share of the body surface an exam's list of burned sites states.
func burnListCue(toks []text.Token, codes []model.Code) bool {
	if presentAnchor(codes, burnAnyCode) >= 0 {
		return true
	}
	for i := range toks {
		if n := toks[i].Norm; len(n) == 4 && n == "tbsa" {
			return true
		}
	}
	return false
}

// burnLists codes each burn of a list of burns (RuleBurnList) by its own
// site and depth: every burn site is coded (guideline I.C.19.d), while the
// section's reading of a list only reaches the words near its head. Each
// item is read as "burn of <site>, <depth>", through the index as any burn
// is, and its site code keeps the item as its evidence. The items' own
// shares of the body surface, when the section states no total, add up to
// the extent code T31 (I.C.19.d.6). The section calls it only when
// burnListCue holds, and passes and takes back its result by value.
func (e *Engine) burnLists(s, kind string, ctx model.Context, toks []text.Token, out SectionResult) SectionResult {
	w := burnListWords()
	l := &burnListRead{e: e, s: s, kind: kind, ctx: ctx, out: &out}
	underHead := false
	for pos := 0; pos < len(s); {
		end := strings.IndexByte(s[pos:], '\n')
		if end < 0 {
			end = len(s)
		} else {
			end += pos
		}
		line := s[pos:end]
		start := pos
		pos = end + 1
		t := strings.TrimSpace(line)
		if t == "" {
			continue
		}
		lead := start + strings.Index(line, t)
		if item, ok := burnListItem(t); ok {
			off := lead + strings.Index(t, item)
			switch {
			case underHead && !hasAnyFold(item, w.head):
				l.item(item, off, true)
			case containsFold(item, "tbsa"):
				l.item(item, off, false)
			}
			continue
		}
		underHead = false
		// A head: the line's opening words up to a colon name burns.
		colon := strings.IndexByte(t, ':')
		if colon < 0 || !hasAnyFold(t[:colon], w.head) {
			continue
		}
		rest := t[colon+1:]
		if strings.TrimSpace(rest) == "" {
			underHead = true
			continue
		}
		l.sentence(rest, lead+colon+1)
	}
	l.extent()
	return out
}

// burnListRead holds one section's reading of its burn lists.
type burnListRead struct {
	e            *Engine
	s, kind      string
	ctx          model.Context
	out          *SectionResult
	total, third float64
	pcts, added  bool
	anchor       model.Code
}

// sentence reads the first sentence of rest (at off in the section), the
// words after a head's colon, as items: its parts between semicolons, or
// between commas when it has none; brackets are asides ("R volar forearm
// partial thickness (blistered, moist), R palm partial thickness").
func (l *burnListRead) sentence(rest string, off int) {
	b := []byte(rest)
	depth := 0
	for i, c := range b {
		switch {
		case c == '(':
			depth++
			b[i] = ' '
		case c == ')':
			depth = max(0, depth-1)
			b[i] = ' '
		case depth > 0:
			b[i] = ' '
		}
	}
	sent := string(b)
	if i := strings.Index(sent, ". "); i >= 0 {
		sent = sent[:i]
	}
	sent = strings.TrimRight(sent, ". ")
	sep := ";"
	if !strings.Contains(sent, ";") {
		sep = ","
	}
	at := 0
	for _, part := range strings.Split(sent, sep) {
		if p := strings.TrimSpace(part); p != "" {
			l.item(p, off+at+strings.Index(part, p), true)
		}
		at += len(part) + len(sep)
	}
}

// item reads one item (at off in the section) with a depth: its site is
// the words before a colon or before the depth, or, with the depth first,
// the words after it and its "to"/"of"/"over". headed says the list's head
// names burns; an item found by its TBSA alone is read only with its site
// before the depth.
func (l *burnListRead) item(item string, off int, headed bool) {
	w := burnListWords()
	low := strings.ReplaceAll(strings.ToLower(item), "-", " ")
	dp, dn, depth := -1, 0, ""
	for _, ps := range w.depth {
		for _, p := range ps {
			if i := wordIndex(low, p); i >= 0 && (dp < 0 || i < dp) {
				dp, dn, depth = i, len(p), p
			}
		}
		if dp >= 0 {
			break
		}
	}
	if dp < 0 {
		return
	}
	var site string
	switch c := strings.IndexByte(item, ':'); {
	case c >= 0 && c < dp:
		site = item[:c]
	case dp > 0:
		site = item[:dp]
	case headed:
		site = low[dp+dn:]
		for _, lead := range []string{"burns", "burn", "to the", "to", "of the", "of", "over the", "over"} {
			if i := wordIndex(site, lead); i >= 0 && i < 40 {
				site = site[i+len(lead):]
				break
			}
		}
	}
	site = strings.TrimSpace(site)
	if i := strings.IndexAny(site, ",;"); i >= 0 {
		site = site[:i]
	}
	site = strings.Trim(site, " -.,;")
	if site == "" {
		return
	}
	read := false
	// Sites joined by "and" are burns of their own, at the item's depth
	// ("partial thickness burns to the left upper arm and dorsum of left
	// hand").
	for _, one := range strings.Split(site, " and ") {
		if one = strings.TrimSpace(one); one == "" {
			continue
		}
		r := l.e.Section("burn of "+one+", "+depth, l.kind, l.ctx)
		for _, c := range r.Codes {
			if !burnSiteCode(c.Code) || c.Assertion != model.Present {
				continue
			}
			read = true
			if slices.ContainsFunc(l.out.Codes, func(o model.Code) bool { return o.Code == c.Code }) {
				continue
			}
			c.Evidence = []model.Span{{Start: off, End: off + len(item)}}
			c.Rule = RuleBurnList
			c.Why = "burn of the site and depth one item of a list of burns states (" + c.Why + ")"
			l.out.Codes = append(l.out.Codes, c)
			l.anchor, l.added = c, true
		}
	}
	if !read {
		return
	}
	words := burnWordsOf(item)
	for i := range words {
		if v, ok := percentOf(words, i); ok {
			l.total += v
			l.pcts = true
			if slices.Contains(w.depth[0], depth) {
				l.third += v
			}
			break
		}
	}
}

// extent adds the T31 code the items' shares add up to, when the section
// writes no total of its own (burnExtents reads that one).
func (l *burnListRead) extent() {
	if !l.added || !l.pcts || l.total > 100 || hasAnyFold(l.s, burnExtentWords().totalText) {
		return
	}
	code := burnExtentCode(l.total, l.third)
	if t := l.e.title(code); t != "" {
		l.out.addBeside(l.anchor, code, t, "burn-extent", "extent of the body surface burned: the shares the section's list of burns states, added up (T31, guideline I.C.19.d.6)")
	}
}

// wordIndex returns the index of the first occurrence of phrase in s that
// starts and ends at word boundaries, or -1.
func wordIndex(s, phrase string) int {
	for from := 0; ; {
		i := strings.Index(s[from:], phrase)
		if i < 0 {
			return -1
		}
		i += from
		j := i + len(phrase)
		if (i == 0 || !isWordByte(s[i-1])) && (j == len(s) || !isWordByte(s[j])) {
			return i
		}
		from = i + 1
	}
}

// hasAnyFold reports whether s contains one of words (case-blind).
func hasAnyFold(s string, words []string) bool {
	return slices.ContainsFunc(words, func(w string) bool { return containsFold(s, w) })
}

// burnListItem returns the text of a list item line after its mark ("- ",
// "* ", "• ", "1. ", "2) "); ok is false for a line without one.
func burnListItem(t string) (string, bool) {
	switch {
	case strings.HasPrefix(t, "- "), strings.HasPrefix(t, "* "):
		return strings.TrimSpace(t[2:]), true
	case strings.HasPrefix(t, "• "):
		return strings.TrimSpace(t[len("• "):]), true
	}
	i := 0
	for i < len(t) && i < 3 && t[i] >= '0' && t[i] <= '9' {
		i++
	}
	if i > 0 && i+1 < len(t) && (t[i] == '.' || t[i] == ')') && t[i+1] == ' ' {
		return strings.TrimSpace(t[i+2:]), true
	}
	return "", false
}
