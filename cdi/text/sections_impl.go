package text

import (
	"strings"
	"sync"

	"notecoder/cdi/model"
)

// kindSub marks organ-system sub-headers in data/sections.tsv.
const kindSub = "sub"

// maxTitle bounds the bytes of a header title; longer lines are prose.
const maxTitle = 64

type sectionLex struct {
	kinds map[string]string // normalised title -> kind (or kindSub)
	acts  []string          // last words of a title that states an act (data/act_titles.txt)
	// topics holds the first words of an unknown title that name the
	// condition its list is of (data/topic_titles.txt).
	topics map[string]bool
}

// actTitle reports whether rest, the words of a header title after its
// lexicon entry (with the space before them), end with an act of
// data/act_titles.txt.
func (l *sectionLex) actTitle(rest []byte) bool {
	for _, a := range l.acts {
		if n := len(rest) - len(a); n >= 1 && rest[n-1] == ' ' && string(rest[n:]) == a {
			return true
		}
	}
	return false
}

var (
	sectionLexOnce sync.Once
	seclex         *sectionLex
)

func sectionsLexicon() *sectionLex {
	sectionLexOnce.Do(func() {
		l := &sectionLex{kinds: map[string]string{}, topics: map[string]bool{}}
		for _, f := range splitTSV(mustData("sections.tsv")) {
			if len(f) < 2 || f[1] == "" {
				continue
			}
			var buf [maxTitle * 2]byte
			key := normTitle(buf[:0], f[1])
			l.kinds[string(key)] = f[0]
		}
		for _, f := range splitTSV(mustData("act_titles.txt")) {
			l.acts = append(l.acts, strings.ToLower(f[0]))
		}
		for _, f := range splitTSV(mustData("topic_titles.txt")) {
			l.topics[strings.ToLower(f[0])] = true
		}
		seclex = l
	})
	return seclex
}

// normTitle appends the matching form of a header title to dst: lower case,
// "&" spelled "and", parentheticals and leading bullets dropped, white space
// collapsed, trailing ":", "-", "." trimmed.
func normTitle(dst []byte, s string) []byte {
	i := 0
	for i < len(s) && (s[i] == ' ' || s[i] == '\t' || s[i] == '-' || s[i] == '*' || s[i] == '#' || s[i] == '>') {
		i++
	}
	if strings.HasPrefix(s[i:], "\u2022") {
		i += len("\u2022")
		for i < len(s) && (s[i] == ' ' || s[i] == '\t') {
			i++
		}
	}
	start := len(dst)
	space := false
	depth := 0
	for ; i < len(s); i++ {
		c := s[i]
		switch {
		case c == '(':
			depth++
			continue
		case c == ')':
			if depth > 0 {
				depth--
			}
			continue
		case depth > 0:
			continue
		case c == ' ' || c == '\t' || c == '_' || c == '\r' || c == '\n':
			space = true
			continue
		case c == '&':
			dst = append(dst, " and"...)
			space = true
			continue
		case c >= 'A' && c <= 'Z':
			c += 'a' - 'A'
		}
		if space && len(dst) > start {
			dst = append(dst, ' ')
		}
		space = false
		dst = append(dst, c)
	}
	for len(dst) > start {
		c := dst[len(dst)-1]
		if c == ':' || c == '-' || c == '.' || c == ' ' {
			dst = dst[:len(dst)-1]
			continue
		}
		break
	}
	return dst
}

// header is a parsed header line: title covers [titleStart, titleEnd) of
// the line and the header (with its colon) ends at end.
type header struct {
	kind       string
	titleStart int
	end        int
	inline     bool // content follows the header on the same line
	unknown    bool // ALL-CAPS title not in the lexicon
	short      bool // entry of one or two letters
	// act: the title goes on past its lexicon entry to state what was done
	// at this visit ("Immunizations given today:", "Labs ordered:",
	// data/act_titles.txt): the section's body starts at the title, whose
	// words the coder then reads (the immunization encounter, the tests
	// named by a list that follows).
	act bool
}

// parseHeader recognises a header at the start of line (a single line,
// without its newline).
func parseHeader(line string) (header, bool) {
	lead := 0
	for lead < len(line) && (line[lead] == ' ' || line[lead] == '\t') {
		lead++
	}
	if lead == len(line) {
		return header{}, false
	}
	if c := line[lead]; !(c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c == '#' || c == '*' || c == '-' || c == '>' || c >= 0x80) {
		return header{}, false
	}
	colon := -1
	lim := len(line)
	if lim > lead+maxTitle+1 {
		lim = lead + maxTitle + 1
	}
	for k := lead; k < lim; k++ {
		if line[k] == ':' {
			colon = k
			break
		}
		if line[k] == '.' && k+1 < len(line) && line[k+1] == ' ' {
			break // a sentence ended before any colon
		}
	}
	var cand string
	if colon >= 0 {
		cand = line[lead:colon]
	} else {
		cand = strings.TrimRight(line[lead:], " \t\r")
		if len(cand) > maxTitle {
			return header{}, false
		}
	}
	var buf [maxTitle * 2]byte
	norm := normTitle(buf[:0], cand)
	if len(norm) == 0 {
		return header{}, false
	}
	h := header{titleStart: lead}
	if colon >= 0 {
		h.end = colon + 1
		h.inline = strings.TrimSpace(line[colon+1:]) != ""
	} else {
		h.end = lead + len(cand)
	}
	lex := sectionsLexicon()
	if kind, ok := lex.kinds[string(norm)]; ok {
		if len(norm) <= 2 && colon < 0 {
			return header{}, false
		}
		if colon < 0 && !titleCased(cand) {
			return header{}, false // "plan" inside a sentence-like line
		}
		h.kind = kind
		h.short = len(norm) <= 3
		return h, true
	}
	if colon >= 0 {
		// longest lexicon entry that is a word-boundary prefix of the title
		for k := len(norm) - 1; k >= 3; k-- {
			if c := norm[k]; c != ' ' && c != '/' && c != ',' && c != '-' {
				continue
			}
			if kind, ok := lex.kinds[string(norm[:k])]; ok && kind != kindSub {
				h.kind = kind
				h.act = lex.actTitle(norm[k:]) || dateTitle(norm[k:])
				return h, true
			}
		}
		if !h.inline && allCaps(cand) && strings.IndexByte(string(norm), ' ') > 0 {
			h.kind = Other
			h.unknown = true
			// "BURN ASSESSMENT:" over a list of sites and depths: the
			// title names what each item is, so the coder reads it
			// with the list (the body starts at the title).
			first, _, _ := strings.Cut(string(norm), " ")
			h.act = lex.topics[first]
			return h, true
		}
	}
	return header{}, false
}

// dateTitle reports whether rest, the words of a header title after its
// lexicon entry, are a date ("Procedure 11/24:", "Surgery 3/5/2026:"): the
// title then says when what follows was done, and is read as part of the
// section's text, as the same words are mid-line (the coder dates the
// procedure by them).
func dateTitle(rest []byte) bool {
	if len(rest) < 4 || rest[0] != ' ' {
		return false
	}
	slashes, digits := 0, 0
	for _, c := range rest[1:] {
		switch {
		case c >= '0' && c <= '9':
			digits++
		case c == '/':
			slashes++
		default:
			return false
		}
	}
	return slashes >= 1 && slashes <= 2 && digits >= 2
}

// titleCased reports whether a colon-less candidate looks like a header
// rather than a short sentence: first letter upper case and no final period.
func titleCased(s string) bool {
	if s == "" || s[len(s)-1] == '.' {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 'a' && c <= 'z' {
			return false
		}
		if c >= 'A' && c <= 'Z' {
			return true
		}
	}
	return false
}

// allCaps reports whether s has at least two ASCII letters and no lower-case one.
func allCaps(s string) bool {
	n := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 'a' && c <= 'z' {
			return false
		}
		if c >= 'A' && c <= 'Z' {
			n++
		}
	}
	return n >= 2
}

func headerKind(line string) (string, bool) {
	if i := strings.IndexByte(line, '\n'); i >= 0 {
		line = line[:i]
	}
	h, ok := parseHeader(line)
	if !ok {
		return "", false
	}
	if h.kind == kindSub {
		return Exam, true
	}
	return h.kind, true
}

// bodyLike reports whether organ-system sub-headers and problem titles
// continue a section of this kind instead of starting a new one.
func continuesSubHeaders(kind string) bool {
	switch kind {
	case ROS, Exam, Results, Assessment, Plan, AssessmentPlan, Impression, Diagnoses, DischargeDiagnoses, Differential, HospitalCourse:
		return true
	}
	return false
}

func assessmentLike(kind string) bool {
	switch kind {
	case Assessment, Plan, AssessmentPlan, Impression, Diagnoses, DischargeDiagnoses:
		return true
	}
	return false
}

// secPool holds the scratch buffers sections collects into before one
// exactly sized copy (the incremental splitter calls Sections per keystroke).
var secPool = sync.Pool{New: func() any { b := make([]Section, 0, 32); return &b }}

func sections(s string) []Section {
	bp := secPool.Get().(*[]Section)
	buf := appendSections((*bp)[:0], s)
	var out []Section
	if len(buf) > 0 {
		out = make([]Section, len(buf))
		copy(out, buf)
	}
	clear(buf) // drop the pooled references to s
	if cap(buf) <= 1<<12 {
		*bp = buf[:0]
		secPool.Put(bp)
	}
	return out
}

func appendSections(out []Section, s string) []Section {
	cur := Section{Kind: Other}
	started := false // cur has a header or non-blank content
	// resume is the kind to go back to after a one-line family history
	// ("Family history: uncle with ALS." and the next line a finding of
	// the patient's own), or "" when the current section runs on.
	resume := ""
	for pos := 0; pos < len(s); {
		end := strings.IndexByte(s[pos:], '\n')
		next := len(s)
		if end < 0 {
			end = len(s)
		} else {
			end += pos
			next = end + 1
		}
		line := s[pos:end]
		if h, ok := parseHeader(line); ok && acceptHeader(h, cur.Kind) {
			if started {
				cur.Body.End = pos
				out = append(out, cur)
			}
			kind := h.kind
			if kind == kindSub {
				kind = Exam
			}
			resume = ""
			if kind == FamilyHistory && h.inline && strings.HasSuffix(strings.TrimSpace(line), ".") {
				// A family history written inline as one finished
				// sentence covers that line only: relatives named on
				// later lines are caught by the family triggers, and
				// the patient's own findings must not become Family.
				resume = cur.Kind
			}
			if h.inline && kind == Other && assessmentLike(cur.Kind) {
				// "• Patient Education and Counseling: I encouraged
				// her to swim" under a problem of the assessment and
				// plan covers that line only: the counseling is no
				// assessment, and the problems after it still are
				// (aci17).
				resume = cur.Kind
			}
			cur = Section{
				Kind:   kind,
				Title:  strings.TrimRight(line[h.titleStart:h.end], ": \t"),
				Header: model.Span{Start: pos + h.titleStart, End: pos + h.end},
				Body:   model.Span{Start: pos + h.end},
			}
			if h.act {
				cur.Body.Start = pos + h.titleStart
			}
			started = true
		} else if resume != "" && strings.TrimSpace(line) != "" {
			cur.Body.End = pos
			out = append(out, cur)
			cur = Section{Kind: resume, Body: model.Span{Start: pos}}
			resume = ""
		} else if !started && strings.TrimSpace(line) != "" {
			cur.Body.Start = 0
			started = true
		}
		for from := 0; ; {
			k := inlineHeaderIn(line, cur.Kind, from)
			if cur.Kind == FamilyHistory {
				if c := socialCueAt(line, max(from, cur.Body.Start-pos), k); c >= 0 {
					// "FHx: father MI. Former smoker.": the line has run
					// on into the patient's social history, which ends
					// the family's scope (a section without a header).
					if started {
						cur.Body.End = pos + c
						out = append(out, cur)
					}
					cur = Section{Kind: SocialHistory, Body: model.Span{Start: pos + c}}
					started = true
					from = c
					continue
				}
			}
			if k < 0 {
				break
			}
			from = k + 1
			// "FHx: mother with T2DM. SHx: former smoker": a history
			// header after a finished sentence of another history
			// starts its own section, so the patient's smoking is not
			// the mother's. (An HPI's narrative may run on after an
			// inline "PMH: ..." and stays one section.)
			h, _ := parseHeader(line[k:])
			if started {
				cur.Body.End = pos + k
				out = append(out, cur)
			}
			resume = ""
			if h.kind == FamilyHistory && strings.HasSuffix(strings.TrimSpace(line), ".") {
				resume = cur.Kind
			}
			cur = Section{
				Kind:   h.kind,
				Title:  strings.TrimRight(line[k+h.titleStart:k+h.end], ": \t"),
				Header: model.Span{Start: pos + k + h.titleStart, End: pos + k + h.end},
				Body:   model.Span{Start: pos + k + h.end},
			}
			started = true
		}
		pos = next
	}
	if started {
		cur.Body.End = len(s)
		out = append(out, cur)
	}
	return out
}

// acceptHeader applies the context rules for header lines: sub-headers and
// unknown ALL-CAPS titles do not break ROS/exam/assessment-like sections, and
// a short exam header with inline content ("PE: on heparin") inside an
// assessment is a problem title, not a header.
func acceptHeader(h header, curKind string) bool {
	if h.kind == kindSub || h.unknown {
		return !continuesSubHeaders(curKind)
	}
	if h.short && h.inline && h.kind == Exam && assessmentLike(curKind) {
		return false
	}
	return true
}

// inlineHeaderAt returns the offset in line, at or after from, of a history
// header written after a finished sentence on the same line ("FHx: mother
// with T2DM. SHx: former smoker"), or -1. Only the history kinds, whose
// findings change owner or time (family, social, past history, medications,
// allergies, review of systems), are split this way; a title must be in the
// lexicon and end in a colon.
func inlineHeaderAt(line string, from int) int {
	for k := from; k+2 < len(line); k++ {
		i := strings.Index(line[k:], ". ")
		if i < 0 {
			return -1
		}
		k += i + 2
		for k < len(line) && line[k] == ' ' {
			k++
		}
		if k >= len(line) || line[k] < 'A' || line[k] > 'Z' {
			k--
			continue
		}
		h, ok := parseHeader(line[k:])
		if !ok || h.unknown || h.titleStart != 0 || h.end == 0 || line[k+h.end-1] != ':' {
			k--
			continue
		}
		if historyKind(h.kind) {
			return k
		}
		k--
	}
	return -1
}

// socialCueAt returns the offset in line, at or after from and before limit
// (the whole line when limit < 0), of a sentence after the first that opens
// with a phrase of data/social_cues.txt ("Former smoker", "Lives with her
// husband"), or -1. A family history written on one line often runs on into
// the patient's social history, whose findings are the patient's own.
func socialCueAt(line string, from, limit int) int {
	if limit < 0 {
		limit = len(line)
	}
	cues := socialCues()
	for k := from; k < limit; {
		i := strings.Index(line[k:limit], ". ")
		if i < 0 {
			return -1
		}
		k += i + 2
		for k < limit && line[k] == ' ' {
			k++
		}
		w1, n1 := cueWord(line, k, limit)
		if n1 == 0 {
			continue
		}
		if cues[w1] {
			return k
		}
		j := n1
		for j < limit && line[j] == ' ' {
			j++
		}
		if w2, n2 := cueWord(line, j, limit); n2 > 0 && cues[w1+" "+w2] {
			return k
		}
	}
	return -1
}

// cueWord returns the lower-cased word of line starting at k (letters and
// hyphens, before limit) and the offset after it; the offset is 0 when no
// word starts at k. Lines are short and this runs only on family-history
// lines, so the word's copy is cheap.
func cueWord(line string, k, limit int) (string, int) {
	j := k
	for j < limit && (line[j]|0x20 >= 'a' && line[j]|0x20 <= 'z' || line[j] == '-' && j > k) {
		j++
	}
	if j == k {
		return "", 0
	}
	return strings.ToLower(line[k:j]), j
}

// docTitles is data/doc_titles.txt: the last words of a document title
// that an inline header may follow on its line (titledHeaderAt).
var docTitles = sync.OnceValue(func() map[string]bool {
	m := map[string]bool{}
	for _, f := range splitTSV(mustData("doc_titles.txt")) {
		m[strings.ToLower(f[0])] = true
	}
	return m
})

// lowerASCII appends s to dst with ASCII letters in lower case.
func lowerASCII(dst []byte, s string) []byte {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		dst = append(dst, c)
	}
	return dst
}

// socialCues is data/social_cues.txt: the sentence openings that end a
// family history's scope (socialCueAt).
var socialCues = sync.OnceValue(func() map[string]bool {
	m := map[string]bool{}
	for _, f := range splitTSV(mustData("social_cues.txt")) {
		m[strings.ToLower(f[0])] = true
	}
	return m
})

// inlineHeaderIn is inlineHeaderAt for a line of a section of kind cur:
// only a history section is split, so any other line (most of a note,
// which the real-time path splits on every keystroke) is not searched.
func inlineHeaderIn(line, cur string, from int) int {
	if !historyKind(cur) {
		if cur == Other && from == 0 {
			return titledHeaderAt(line)
		}
		return -1
	}
	return inlineHeaderAt(line, from)
}

// maxLineTitle is the longest document title (in bytes, its period
// included) that titledHeaderAt reads before an inline header.
const maxLineTitle = 40

// titledHeaderAt returns the offset of a section header of any known kind
// written on one line after a short document title that ends with a period
// ("Discharge summary. Hospital course: AKI resolved with fluids."), or -1.
// The title is one sentence of a few words and no colon, read only in a
// section without a known kind, so a narrative line is not searched beyond
// its first maxLineTitle bytes.
func titledHeaderAt(line string) int {
	lead := 0
	for lead < len(line) && (line[lead] == ' ' || line[lead] == '\t') {
		lead++
	}
	lim := min(len(line), lead+maxLineTitle)
	i := strings.Index(line[lead:lim], ". ")
	if i <= 0 || strings.IndexByte(line[lead:lead+i], ':') >= 0 {
		return -1
	}
	w := lead + i
	for w > lead && line[w-1] != ' ' {
		w--
	}
	var buf [16]byte
	last := line[w : lead+i]
	if len(last) > len(buf) || !docTitles()[string(lowerASCII(buf[:0], last))] {
		return -1
	}
	k := lead + i + 2
	for k < len(line) && line[k] == ' ' {
		k++
	}
	if k >= len(line) || line[k] < 'A' || line[k] > 'Z' {
		return -1
	}
	h, ok := parseHeader(line[k:])
	if !ok || h.unknown || h.titleStart != 0 || h.end == 0 || line[k+h.end-1] != ':' || h.kind == Other || h.kind == kindSub {
		return -1
	}
	return k
}

// historyKind reports the section kinds split at an inline header: those
// whose findings change owner or time.
func historyKind(kind string) bool {
	switch kind {
	case FamilyHistory, SocialHistory, PMH, PSH, Medications, Allergies, ROS:
		return true
	}
	return false
}
