package coder

import (
	"slices"
	"strings"

	"notecoder/cdi/model"
)

// RuleBurnList marks a burn read from one item of a list whose head names
// the burns ("BURN ASSESSMENT:" over "- right forearm: second degree, 4%").
const RuleBurnList = "burn-list"

// burnHeadWords are the words that make a line ending in a colon the head
// of a list of burns, one per item.
var burnHeadWords = []string{"burn", "scald"}

// burnAnyCode reports a burn code, of a stated region or not (T20-T30).
func burnAnyCode(code string) bool {
	return burnSiteCode(code) || strings.HasPrefix(code, "T30")
}

// burnLists codes each item of a list of burns under its own head: a line
// ending in a colon that names burns, then lines opened by a list mark
// that give a site and a depth each ("- left hand dorsum: third degree").
// Every burn is coded by site and depth (guideline I.C.19.d: a code for
// each burn site), so each item is read as "burn of" its words, through the
// index as any burn is, and the item's site code is kept with the item as
// its evidence. The items' own shares of the body surface, when the section
// states no total, add up to the extent code T31 (I.C.19.d.6). Sections
// whose codes hold no burn (the head's own "burn" is one) are not read.
func (e *Engine) burnLists(s, kind string, ctx model.Context, out *SectionResult) {
	if presentAnchor(out.Codes, burnAnyCode) < 0 {
		return
	}
	var total, third float64
	pcts, added := false, false
	var anchor model.Code
	inList := false
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
		if strings.HasSuffix(t, ":") {
			inList = slices.ContainsFunc(burnHeadWords, func(w string) bool { return containsFold(t, w) })
			continue
		}
		item, ok := burnListItem(t)
		if !inList || !ok {
			inList = false
			continue
		}
		if slices.ContainsFunc(burnHeadWords, func(w string) bool { return containsFold(item, w) }) {
			continue // the item names its burn itself, and was read so
		}
		off := start + strings.Index(line, item)
		r := e.Section("burn of "+strings.ReplaceAll(item, ":", ","), kind, ctx)
		read := false
		for _, c := range r.Codes {
			if !burnSiteCode(c.Code) || c.Assertion != model.Present {
				continue
			}
			read = true
			if slices.ContainsFunc(out.Codes, func(o model.Code) bool { return o.Code == c.Code }) {
				continue
			}
			c.Evidence = []model.Span{{Start: off, End: off + len(item)}}
			c.Rule = RuleBurnList
			c.Why = "burn of the site and depth one item of a burn list states (" + c.Why + ")"
			out.Codes = append(out.Codes, c)
			anchor, added = c, true
		}
		if !read {
			continue
		}
		words := burnWordsOf(item)
		for i := range words {
			if v, ok := percentOf(words, i); ok {
				total += v
				pcts = true
				for j := range words {
					if anyPhraseAt(words, j, burnExtentWords().third) {
						third += v
						break
					}
				}
				break
			}
		}
	}
	if !added || !pcts || total > 100 || slices.ContainsFunc(burnExtentWords().totalText, func(p string) bool { return containsFold(s, p) }) {
		return
	}
	code := burnExtentCode(total, third)
	if t := e.title(code); t != "" {
		out.addBeside(anchor, code, t, "burn-extent", "extent of the body surface burned: the shares the section's burn list states, added up (T31, guideline I.C.19.d.6)")
	}
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
