package gaps

import (
	_ "embed"
	"fmt"
	"iter"
	"slices"
	"sort"
	"strconv"
	"strings"

	"notecoder/cdi/text"
)

//go:embed data/axes.tsv
var axesTSV string

// axisDef is one specificity axis: what it is called on the wire (kind), in a
// message (noun), how early it is named (prio) and where its words go in a
// combined option label (order).
type axisDef struct {
	name, kind, noun string
	prio, order      int
}

// valueDef is one value of an axis as written in data/axes.tsv.
type valueDef struct {
	axis    int
	value   string // "" for a neutral phrase
	label   string
	rare    bool
	neutral bool
}

// pattern is one phrase that yields a value; title/text say where it applies.
type pattern struct {
	words       []string
	val         int
	title, text bool
}

// lexicon is the parsed data/axes.tsv: read-only after parse.
type lexicon struct {
	axes    []axisDef
	axisIdx map[string]int
	values  []valueDef
	byFirst map[string][]*pattern // longest first
	labels  map[string]string     // axis+"\x00"+value -> label
	same    []sameRule
	// notePats are the patterns of rows flagged "note": words about the
	// patient rather than one condition ("right handed"), which settle
	// their axis from any sentence of the note; noteAxis[a] says axis a has
	// some.
	notePats []*pattern
	noteAxis map[int]bool
	// sideFirst holds the first words of the laterality text patterns;
	// sideFirstSet the same as a set, noteFirst the first words of notePats.
	sideFirst    []string
	sideFirstSet map[string]bool
	noteFirst    map[string]bool
	// axis indexes used by code
	aStage, aOrganism, aLinkage, aSpecificity, aEpisode, aAcuity, aLaterality int
}

// sameRule replaces a word sequence by one canonical word in title residues.
type sameRule struct {
	from []string
	to   string
}

// ErrBadData reports a malformed data file (embedded or operator supplied).
type ErrBadData struct {
	File string
	Line int
	Msg  string
}

// Error says where the data file is wrong so an operator can fix it.
func (e *ErrBadData) Error() string {
	return fmt.Sprintf("gaps: %s line %d: %s", e.File, e.Line, e.Msg)
}

// words returns the matching forms of the word and number tokens of s (the
// same normalisation the note text gets), dropping punctuation.
func words(s string) []string {
	toks := text.Tokenize(s)
	out := make([]string, 0, len(toks))
	for _, t := range toks {
		if t.Kind == text.Punct {
			continue
		}
		out = append(out, t.Norm)
	}
	return out
}

func parseLexicon(src string) (*lexicon, error) {
	lx := &lexicon{axisIdx: map[string]int{}, byFirst: map[string][]*pattern{}, labels: map[string]string{}}
	bad := func(n int, f string, a ...any) error {
		return &ErrBadData{File: "axes.tsv", Line: n, Msg: fmt.Sprintf(f, a...)}
	}
	for n, f := range dataRows(src) {
		switch f[0] {
		case "@axis":
			if len(f) != 6 {
				return nil, bad(n, "@axis needs 5 fields")
			}
			prio, err1 := strconv.Atoi(f[4])
			order, err2 := strconv.Atoi(f[5])
			if err1 != nil || err2 != nil {
				return nil, bad(n, "priority and order must be integers")
			}
			if _, dup := lx.axisIdx[f[1]]; dup {
				return nil, bad(n, "duplicate axis %q", f[1])
			}
			lx.axisIdx[f[1]] = len(lx.axes)
			lx.axes = append(lx.axes, axisDef{name: f[1], kind: f[2], noun: f[3], prio: prio, order: order})
			continue
		case "@same":
			if len(f) != 3 {
				return nil, bad(n, "@same needs 2 fields")
			}
			for _, p := range strings.Split(f[2], ";") {
				if w := words(p); len(w) > 0 {
					lx.same = append(lx.same, sameRule{from: w, to: f[1]})
				}
			}
			continue
		}
		if len(f) < 3 {
			return nil, bad(n, "value line needs axis, value and patterns")
		}
		ai, ok := lx.axisIdx[f[0]]
		if !ok {
			return nil, bad(n, "unknown axis %q", f[0])
		}
		vd := valueDef{axis: ai, value: f[1]}
		if f[1] == "-" {
			vd.value, vd.neutral = "", true
		}
		titleOK, textOK, noteWide := true, true, false
		if len(f) > 4 {
			for _, fl := range strings.Split(f[4], ",") {
				switch strings.TrimSpace(fl) {
				case "":
				case "rare":
					vd.rare = true
				case "text":
					titleOK = false
				case "title":
					textOK = false
				case "note":
					titleOK, noteWide = false, true
				default:
					return nil, bad(n, "unknown flag %q", fl)
				}
			}
		}
		vd.label = vd.value
		if len(f) > 5 && f[5] != "" {
			vd.label = f[5]
		}
		vi := len(lx.values)
		lx.values = append(lx.values, vd)
		if !vd.neutral {
			lx.labels[lx.axes[ai].name+"\x00"+vd.value] = vd.label
		}
		add := func(list string, title, txt bool) {
			for _, p := range strings.Split(list, ";") {
				w := words(p)
				if len(w) == 0 {
					continue
				}
				pt := &pattern{words: w, val: vi, title: title, text: txt}
				lx.byFirst[w[0]] = append(lx.byFirst[w[0]], pt)
				if noteWide && txt {
					lx.notePats = append(lx.notePats, pt)
					if lx.noteAxis == nil {
						lx.noteAxis = map[int]bool{}
					}
					lx.noteAxis[ai] = true
				}
			}
		}
		add(f[2], titleOK, textOK)
		if len(f) > 3 {
			add(f[3], false, textOK)
		}
	}
	for _, name := range []string{"stage", "organism", "linkage", "specificity", "episode", "acuity", "laterality"} {
		if _, ok := lx.axisIdx[name]; !ok {
			return nil, bad(0, "axis %q must be defined", name)
		}
	}
	lx.aStage, lx.aOrganism, lx.aLinkage = lx.axisIdx["stage"], lx.axisIdx["organism"], lx.axisIdx["linkage"]
	lx.aSpecificity, lx.aEpisode = lx.axisIdx["specificity"], lx.axisIdx["episode"]
	lx.aAcuity, lx.aLaterality = lx.axisIdx["acuity"], lx.axisIdx["laterality"]
	for k, ps := range lx.byFirst {
		for _, p := range ps {
			if vd := lx.values[p.val]; p.text && !vd.neutral && vd.axis == lx.aLaterality && !slices.Contains(lx.sideFirst, k) {
				lx.sideFirst = append(lx.sideFirst, k)
			}
		}
		sort.SliceStable(ps, func(i, j int) bool { return len(ps[i].words) > len(ps[j].words) })
		lx.byFirst[k] = ps
	}
	lx.sideFirstSet = map[string]bool{}
	for _, w := range lx.sideFirst {
		lx.sideFirstSet[w] = true
	}
	lx.noteFirst = map[string]bool{}
	for _, p := range lx.notePats {
		lx.noteFirst[p.words[0]] = true
	}
	return lx, nil
}

// feat is one axis value carried by a title or settled by the text.
type feat struct {
	axis int
	val  string
	rare bool
}

// match finds the longest pattern (or stage number) starting at w[i].
// It returns the value (val "" + neutral for neutral phrases) and the number
// of words consumed; n == 0 when nothing matches.
func (lx *lexicon) match(w []string, i int, title bool) (f feat, neutral bool, n int) {
	for _, p := range lx.byFirst[w[i]] {
		if (title && !p.title) || (!title && !p.text) || i+len(p.words) > len(w) {
			continue
		}
		ok := true
		for k, pw := range p.words {
			if w[i+k] != pw {
				ok = false
				break
			}
		}
		if !ok {
			continue
		}
		// a stage number beats "stage unspecified"-style neutrals only when
		// it is longer; patterns are longest-first already.
		vd := lx.values[p.val]
		if sv, sn := lx.stageAt(w, i, title); sn > len(p.words) {
			return feat{axis: lx.aStage, val: sv}, false, sn
		}
		return feat{axis: vd.axis, val: vd.value, rare: vd.rare}, vd.neutral, len(p.words)
	}
	if sv, sn := lx.stageAt(w, i, title); sn > 0 {
		return feat{axis: lx.aStage, val: sv}, false, sn
	}
	return feat{}, false, 0
}

// stageAt reads "stage 3b", "stage IV", "stage 2" and, in note text only,
// "CKD 4" / "CKD stage IIIa": it returns the value "stage 3b".
func (lx *lexicon) stageAt(w []string, i int, title bool) (string, int) {
	j := i
	if !title && w[j] == "ckd" {
		j++
		if j < len(w) && w[j] == "stage" {
			j++
		}
	} else if w[j] == "stage" {
		j++
	} else {
		return "", 0
	}
	if j >= len(w) {
		return "", 0
	}
	if v := stageNumber(w[j]); v != "" {
		return "stage " + v, j + 1 - i
	}
	return "", 0
}

// stageNumber turns "3", "3b", "iv", "iiia" into "3", "3b", "4", "3a"; "" if
// the word is not a stage number (stages run 1..5 in ICD-10-CM).
func stageNumber(s string) string {
	if s == "" {
		return ""
	}
	if s[0] >= '1' && s[0] <= '5' {
		if len(s) == 1 {
			return s
		}
		if len(s) == 2 && (s[1] == 'a' || s[1] == 'b') {
			return s
		}
		return ""
	}
	romans := []struct{ r, a string }{{"iiia", "3a"}, {"iiib", "3b"}, {"iii", "3"}, {"iv", "4"}, {"ii", "2"}, {"v", "5"}, {"i", "1"}}
	for _, r := range romans {
		if s == r.r {
			return r.a
		}
	}
	return ""
}

// label is the clinical words for an axis value ("hypoxic" for hypoxia).
func (lx *lexicon) label(axis int, val string) string {
	if l, ok := lx.labels[lx.axes[axis].name+"\x00"+val]; ok {
		return l
	}
	return val
}

// applySameQual rewrites equivalent word sequences to their canonical word
// and also returns the qualifier words the
// rewriting hid: the words of a rewritten phrase before a shorter phrase of
// the same canonical word ("major" of "major depressive disorder", since
// "depressive disorder" is depression too; "viral" of "viral hepatitis").
// They tell a code of the specific condition (major depressive disorder)
// from the general one the note names (depression).
func (lx *lexicon) applySameQual(w []string) ([]string, []string) {
	if len(lx.same) == 0 {
		return w, nil
	}
	var qual []string
	out := w[:0:0]
	for i := 0; i < len(w); {
		done := false
		for _, r := range lx.same {
			if i+len(r.from) <= len(w) {
				ok := true
				for k := range r.from {
					if w[i+k] != r.from[k] {
						ok = false
						break
					}
				}
				if ok {
					out = append(out, r.to)
					qual = append(qual, lx.sameQual(r)...)
					i += len(r.from)
					done = true
					break
				}
			}
		}
		if !done {
			out = append(out, w[i])
			i++
		}
	}
	return out, qual
}

// sameQual returns the words of rule r's phrase before its longest proper
// suffix that is the canonical word or another phrase for it.
func (lx *lexicon) sameQual(r sameRule) []string {
	for k := 1; k < len(r.from); k++ {
		suf := r.from[k:]
		if len(suf) == 1 && suf[0] == r.to {
			return r.from[:k]
		}
		for _, o := range lx.same {
			if o.to == r.to && slices.Equal(o.from, suf) {
				return r.from[:k]
			}
		}
	}
	return nil
}

// dataRows yields the tab-separated fields of each line of a data file with
// its 1-based line number, skipping blank lines and # comments.
func dataRows(src string) iter.Seq2[int, []string] {
	return func(yield func(int, []string) bool) {
		for n, line := range strings.Split(src, "\n") {
			line = strings.TrimRight(line, "\r")
			if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
				continue
			}
			if !yield(n+1, strings.Split(line, "\t")) {
				return
			}
		}
	}
}

// noteValues returns the values of the "note" rows (words about the
// patient, such as a handedness) that a section states, in text order, each
// once, from its tokens: read once per section edit into its facts
// (SectionFacts.noteVals). Most sections name none of the rows' first
// words and cost one map lookup a word.
func (lx *lexicon) noteValues(toks []text.Token) []int32 {
	any := false
	for i := range toks {
		if toks[i].Kind != text.Punct && lx.noteFirst[toks[i].Norm] {
			any = true
			break
		}
	}
	if !any {
		return nil
	}
	ws := make([]string, 0, len(toks))
	for _, t := range toks {
		if t.Kind != text.Punct {
			ws = append(ws, t.Norm)
		}
	}
	var out []int32
	for i := range ws {
		for _, p := range lx.notePats {
			if i+len(p.words) > len(ws) || ws[i] != p.words[0] {
				continue
			}
			if slices.Equal(ws[i:i+len(p.words)], p.words) && !slices.Contains(out, int32(p.val)) {
				out = append(out, int32(p.val))
			}
		}
	}
	return out
}

// noteMentions appends to out the values of the "note" rows the note states
// anywhere (the sections' facts hold them), for the axes in open. It runs
// only for a question about to ask such an axis (a hemiplegia's dominant
// side: "Left hemiplegia." in the assessment and "She is right-handed." in
// the history answer it together).
func (lx *lexicon) noteMentions(out []feat, facts []PlacedFacts, open []int) []feat {
	want := false
	for _, a := range open {
		want = want || lx.noteAxis[a]
	}
	if !want {
		return out
	}
	for _, pf := range facts {
		if pf.Facts == nil {
			continue
		}
		for _, v := range pf.Facts.noteVals {
			vd := lx.values[v]
			if !slices.Contains(open, vd.axis) {
				continue
			}
			if f := (feat{axis: vd.axis, val: vd.value, rare: vd.rare}); !slices.Contains(out, f) {
				out = append(out, f)
			}
		}
	}
	return out
}
