package coder

import (
	"slices"
	"strconv"
	"strings"
	"sync"

	"notecoder/cdi/model"
)

// burnWords is data/burn_extent.tsv: the phrases that make a percentage a
// body surface extent, the third-degree part, or another depth's.
type burnWords struct {
	total, third, other [][]string
	// totalText holds the total rows as written, which a section must
	// contain (case-blind) to be read at all.
	totalText []string
}

// burnExtentWords reads data/burn_extent.tsv once.
var burnExtentWords = sync.OnceValue(func() *burnWords {
	r := &burnWords{}
	k := keyed("burn_extent.tsv")
	for _, p := range k["total"] {
		r.total = append(r.total, strings.Fields(p))
		r.totalText = append(r.totalText, p)
	}
	for _, p := range k["third"] {
		r.third = append(r.third, strings.Fields(p))
	}
	for _, p := range k["other"] {
		r.other = append(r.other, strings.Fields(p))
	}
	return r
})

// anyPhraseAt reports whether one of phs is written at words[i:].
func anyPhraseAt(words []string, i int, phs [][]string) bool {
	for _, ph := range phs {
		if locPhraseAt(words, i, ph) {
			return true
		}
	}
	return false
}

// percentOf reads a percentage written as one word ("33%", "~24%") or a
// number before "%" or "percent"; ok is false for any other word. A bound
// ("<10%", "less than 10%") reads as just under it.
func percentOf(words []string, i int) (float64, bool) {
	// A sentence's full stop stays on its last word ("TBSA ~4%.").
	w := strings.TrimRight(strings.TrimLeft(words[i], "~<>"), ".")
	num, pct := strings.CutSuffix(w, "%")
	next := i + 1
	var v float64
	var err error
	if n, used, ok := numberInWords(words, i); ok {
		// "thirty percent", "thirty-five percent" (data/number_words.tsv).
		num, next, v = "", i+used, float64(n)
	}
	if !pct && next < len(words) && (words[next] == "%" || words[next] == "percent") {
		pct = true
		if num != "" {
			num = w
		}
	}
	if !pct {
		return 0, false
	}
	if num != "" {
		v, err = strconv.ParseFloat(num, 64)
	}
	if err != nil || v < 0 || v > 100 {
		return 0, false
	}
	// "<10%", "less than 10%", "under 1%": below the bound, in its band.
	if strings.HasPrefix(words[i], "<") || i > 0 && words[i-1] == "under" || i > 1 && words[i-2] == "less" && words[i-1] == "than" {
		v = max(0, v-0.5)
	}
	return v, true
}

// burnWordsOf splits lower-cased text into words as locWords does, keeping
// "%" on its number ("33%") and as a word of its own ("33 %").
func burnWordsOf(s string) []string {
	s = strings.ReplaceAll(strings.ToLower(s), " %", "%")
	return strings.FieldsFunc(s, func(r rune) bool {
		return !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r == '.' || r == '%' || r == '~' || r == '<')
	})
}

// burnExtent reads the extent a section states for its burns: the largest
// percentage written just before or after TBSA or "body surface" is the total, the
// largest one a third-degree word names (within the 14 words before it with
// no other depth's word or percentage between, or right after it)
// the third-degree part. ok is false when the section states no total.
func burnExtent(s string) (total, third float64, ok bool) {
	r := burnExtentWords()
	words := burnWordsOf(s)
	total, third = -1, 0
	for i := range words {
		v, isPct := percentOf(words, i)
		if !isPct {
			continue
		}
		for j := i + 1; j < min(len(words), i+4); j++ {
			if anyPhraseAt(words, j, r.total) {
				total = max(total, v)
				break
			}
		}
		// "TBSA ~4%", "TBSA of 12%": the total word written first, at
		// most two words before with no other percentage between or
		// before it.
		totalFirst := false
		for j := i - 1; j >= max(0, i-3); j-- {
			if _, p := percentOf(words, j); p {
				break
			}
			if anyPhraseAt(words, j, r.total) {
				// (unless a percentage before it owns it: "33% TBSA
				// with 24% full thickness")
				if _, owned := percentOf(words, max(0, j-1)); !owned || j == 0 {
					total, totalFirst = max(total, v), true
				}
				break
			}
		}
		named := false
		// After "TBSA 25%" a depth word opens the next item ("TBSA 25%,
		// full thickness 10%"), it does not name this one.
		if i+1 < len(words) && !totalFirst {
			named = anyPhraseAt(words, i+1, r.third) // "24% full thickness"
		}
		for j := i - 1; j >= max(0, i-14) && !named; j-- {
			// A total word between ends the depth's reach too ("third
			// degree. TBSA 25%, full thickness 10%").
			if _, p := percentOf(words, j); p || anyPhraseAt(words, j, r.other) || anyPhraseAt(words, j, r.total) {
				break
			}
			named = anyPhraseAt(words, j, r.third)
		}
		if named {
			third = max(third, v)
		}
	}
	if total < 0 || third > total {
		return 0, 0, false
	}
	return total, third, true
}

// burnExtentCode is the T31 code of a total and third-degree extent (in
// percent of the body surface): T31.0 under 10%, else the tens of each.
func burnExtentCode(total, third float64) string {
	if total < 10 {
		return "T31.0"
	}
	t := min(int(total)/10, 9)
	d := min(int(third)/10, t)
	return "T31." + strconv.Itoa(t) + strconv.Itoa(d)
}

// burnExtents adds the extent code T31 to a section that codes a burn (T20-
// T25) and states the burns' share of the body surface ("about 5% TBSA",
// "33% TBSA with 24% full thickness"): guideline I.C.19.d.6 reports it
// beside the site codes, and the ICD-10-CM T31 codes carry the third-degree
// share mortality follows. Sections without a burn code, then those without
// a "total" phrase of data/burn_extent.tsv ("TBSA", "body surface"), are
// not read (the codes first: the substring searches cost every section of
// every keystroke 21 k instructions per KB).
func (e *Engine) burnExtents(s string, out *SectionResult) {
	bi := presentAnchor(out.Codes, burnSiteCode)
	if bi < 0 || !slices.ContainsFunc(burnExtentWords().totalText, func(p string) bool { return containsFold(s, p) }) {
		return
	}
	total, third, ok := burnExtent(s)
	if !ok {
		return
	}
	code := burnExtentCode(total, third)
	t := e.title(code)
	if t == "" {
		return
	}
	b := out.Codes[bi]
	out.addBeside(b, code, t, "burn-extent", "extent of the body surface burned, as the section states it (T31, guideline I.C.19.d.6)")
}

// burnSiteCode reports a burn of a stated body region (T20-T25, T26-T28:
// burns of the external body surface, eye and internal organs).
func burnSiteCode(code string) bool {
	return len(code) >= 3 && code[0] == 'T' && code[1] == '2' && code[2] >= '0' && code[2] <= '8'
}

// burnExtentOnce keeps one extent code (T31) in a note, the largest (a
// section's "5% TBSA" total beside another's "1% TBSA" of one site), and
// drops the burn of unspecified body region (T30) beside a burn whose
// region is coded: "BURN CENTER ADMISSION" names no other burn.
func burnExtentOnce(codes []model.Code) []model.Code {
	best, site := "", false
	for _, c := range codes {
		if strings.HasPrefix(c.Code, "T31.") && c.Code > best {
			best = c.Code
		}
		site = site || burnSiteCode(c.Code) && c.Assertion == model.Present
	}
	if best == "" && !site {
		return codes
	}
	statedDepth(codes)
	return dropWhere(codes, func(c *model.Code) bool {
		return strings.HasPrefix(c.Code, "T31.") && c.Code != best || site && strings.HasPrefix(c.Code, "T30.")
	})
}

// statedDepth gives a present sequela of a burn of unspecified degree
// (T20-T25, 7th character S) the degree the note states for the old burn of
// the same site, side and encounter, which its time words ("2 years ago")
// made a history: "burn scar contracture of the right elbow, sequela of
// third degree burn of right elbow 2 years ago" is the sequela of that third
// degree burn (T22.321S).
func statedDepth(codes []model.Code) {
	for i := range codes {
		k := codes[i].Code
		if codes[i].Assertion != model.Present || !burnDepthCode(k) || k[len(k)-1] != 'S' || k[4] != '0' && k[4] != '4' {
			continue
		}
		for j := range codes {
			o := codes[j].Code
			if codes[j].Assertion == model.Historical && len(o) == len(k) && o[:4] == k[:4] && o[5:] == k[5:] && o[4] > k[4] && o[4] <= k[4]+3 {
				codes[i].Code, codes[i].Title = o, codes[j].Title
				codes[i].Why += "; degree of the old burn the note states (" + o + ")"
				break
			}
		}
	}
}

// burnDepthCode reports a burn or corrosion code of T20-T25, whose 4th
// character is the degree (0-3 burns, 4-7 corrosions).
func burnDepthCode(k string) bool {
	return len(k) >= 6 && k[0] == 'T' && k[1] == '2' && k[2] >= '0' && k[2] <= '5' && k[3] == '.'
}
