package gaps

import (
	_ "embed"
	"fmt"
	"slices"
	"sort"
	"strconv"
	"strings"

	"notecoder/cdi/codeset"
	"notecoder/cdi/model"
	"notecoder/cdi/text"
)

//go:embed data/indicators.tsv
var indicatorsTSV string

const (
	clCompare = iota
	clRise
	clDrop
	clDx
	clWord
)

// clause is one alternative of a rule condition.
type clause struct {
	kind     int
	analyte  string
	op       string
	thr      float64
	prefixes []string
	phrases  []uint16 // ids into indSet.phrases
}

// indSet is the parsed data/indicators.tsv: the rules and the vocabulary a
// section's text is scanned for (analyte words and rule phrases), read-only
// after parse.
type indSet struct {
	rules   []indicator
	byFirst map[string][]analytePat // first word -> analyte phrases, longest first
	phrases [][]string              // every word:/unless-words phrase, by id
	phByFst map[string][]uint16     // first word -> ids of the phrases starting with it
	vocab   map[string]*vocabEntry  // both of the above in one look-up per word
}

// vocabEntry is what a word may start: analyte phrases and rule phrases.
type vocabEntry struct {
	pats  []analytePat
	phr   []uint16
	terms []uint16 // rows of data/nocode.tsv with a spelling starting with the word
}

// maxPhrases bounds the phrase vocabulary so ids fit a uint16.
const maxPhrases = 1 << 16

// indicator is one rule of data/indicators.tsv.
type indicator struct {
	id, kind    string
	when        [][]clause // all of (any of)
	unless      []string
	unlessWords []uint16 // ids into indSet.phrases
	message     string
	options     []indOption
	key         string                // prompt key: "indicator|" + id
	opts        []optCode             // resolved options when none follows the diagnosis
	std         []model.Option        // opts with the escape answers, shared (cap == len); nil when options follow the diagnosis
	analytes    map[string][][]string // shared
}

type indOption struct{ label, code string }

// analytePat is one phrase introducing an analyte's value.
type analytePat struct {
	name  string
	words []string
	trend trendMode
}

// trendMode says whether the numbers after an analyte's first value are
// more values of it ("creatinine 2.1 from 1.0").
type trendMode uint8

const (
	// trendNone: one value per mention; no rule compares the analyte over time.
	trendNone trendMode = iota
	// trendAny: a rise: or drop: rule reads it, and any later number counts.
	trendAny
	// trendAfterWord: as trendAny, but a later number counts only after a
	// word that says so ("from", "to"), since the analyte is usually
	// followed by the other counts of its panel ("hemoglobin 10.5 g/dl,
	// 82,000 platelets"): the @analyte line's "panel" field.
	trendAfterWord
)

func parseIndicators(src string, cs *codeset.Set) (*indSet, error) {
	analytes := map[string][][]string{}
	set := &indSet{phByFst: map[string][]uint16{}}
	phraseID := map[string]uint16{}
	intern := func(n int, ps [][]string) ([]uint16, error) {
		ids := make([]uint16, 0, len(ps))
		for _, p := range ps {
			k := strings.Join(p, " ")
			id, ok := phraseID[k]
			if !ok {
				if len(set.phrases) >= maxPhrases {
					return nil, &ErrBadData{File: "indicators.tsv", Line: n, Msg: "too many phrases"}
				}
				id = uint16(len(set.phrases))
				phraseID[k] = id
				set.phrases = append(set.phrases, p)
				set.phByFst[p[0]] = append(set.phByFst[p[0]], id)
			}
			ids = append(ids, id)
		}
		return ids, nil
	}
	bad := func(n int, f string, a ...any) error {
		return &ErrBadData{File: "indicators.tsv", Line: n, Msg: fmt.Sprintf(f, a...)}
	}
	phrases := func(s string) [][]string {
		var ps [][]string
		if s == "-" {
			return nil
		}
		for _, p := range strings.Split(s, ";") {
			if w := words(p); len(w) > 0 {
				ps = append(ps, w)
			}
		}
		return ps
	}
	byFirst := map[string][]analytePat{}
	panel := map[string]bool{}   // analytes read with their panel
	trended := map[string]bool{} // analytes a rise: or drop: rule compares over time
	for n, f := range dataRows(src) {
		if f[0] == "@analyte" {
			if len(f) == 4 && f[3] == "panel" {
				panel[f[1]] = true
			} else if len(f) != 3 {
				return nil, bad(n, "@analyte needs 2 fields and an optional \"panel\"")
			}
			analytes[f[1]] = phrases(f[2])
			for _, p := range analytes[f[1]] {
				ps := append(byFirst[p[0]], analytePat{name: f[1], words: p})
				sort.SliceStable(ps, func(i, j int) bool { return len(ps[i].words) > len(ps[j].words) })
				byFirst[p[0]] = ps
			}
			continue
		}
		if len(f) != 7 {
			return nil, bad(n, "rule needs 7 fields, has %d", len(f))
		}
		in := indicator{id: f[0], kind: f[1], message: f[5], analytes: analytes}
		if !validKind[in.kind] {
			return nil, bad(n, "kind %q is not a protocol prompt kind", in.kind)
		}
		for _, part := range strings.Split(f[2], " & ") {
			var alts []clause
			for _, a := range strings.Split(part, " | ") {
				c, words, err := parseClause(strings.TrimSpace(a), analytes)
				if err != nil {
					return nil, bad(n, "%v", err)
				}
				if c.kind == clRise || c.kind == clDrop {
					trended[c.analyte] = true
				}
				if c.phrases, err = intern(n, words); err != nil {
					return nil, err
				}
				alts = append(alts, c)
			}
			in.when = append(in.when, alts)
		}
		if f[3] != "-" {
			for _, p := range strings.Split(f[3], ",") {
				in.unless = append(in.unless, strings.TrimSpace(p))
			}
		}
		var err error
		if in.unlessWords, err = intern(n, phrases(f[4])); err != nil {
			return nil, err
		}
		for _, o := range strings.Split(f[6], ";") {
			label, code, ok := strings.Cut(o, "=")
			if !ok || label == "" {
				return nil, bad(n, "option %q needs label=CODE", o)
			}
			if code == "-" {
				// an answer with no code of its own ("not related to sepsis")
				in.options = append(in.options, indOption{label: label})
				continue
			}
			if !strings.HasPrefix(code, "@dx.") {
				c, found := cs.Lookup(code)
				if !found || !c.Billable {
					return nil, bad(n, "option code %q is not a billable code", code)
				}
				code = c.Code
			}
			in.options = append(in.options, indOption{label: label, code: code})
		}
		in.key = "indicator|" + in.id
		fixed := true
		for _, o := range in.options {
			if strings.HasPrefix(o.code, "@dx.") {
				fixed = false
			}
		}
		if fixed {
			for _, o := range in.options {
				c, _ := cs.Lookup(o.code) // checked above
				in.opts = append(in.opts, optCode{label: o.label, code: c})
			}
			in.std = slices.Clip(withStandardOptions(in.opts, true))
		}
		set.rules = append(set.rules, in)
	}
	for _, ps := range byFirst {
		for i := range ps {
			switch {
			case trended[ps[i].name] && panel[ps[i].name]:
				ps[i].trend = trendAfterWord
			case trended[ps[i].name]:
				ps[i].trend = trendAny
			}
		}
	}
	set.byFirst = byFirst
	set.vocab = map[string]*vocabEntry{}
	entry := func(w string) *vocabEntry {
		e := set.vocab[w]
		if e == nil {
			e = &vocabEntry{}
			set.vocab[w] = e
		}
		return e
	}
	for w, ps := range byFirst {
		entry(w).pats = ps
	}
	for w, ids := range set.phByFst {
		entry(w).phr = ids
	}
	return set, nil
}

var validKind = map[string]bool{"laterality": true, "acuity": true, "type": true, "stage": true, "severity": true,
	"episode": true, "organism": true, "linkage": true, "specificity": true}

// parseClause reads one alternative; for word: clauses it also returns the
// phrases (the caller turns them into ids).
func parseClause(s string, analytes map[string][][]string) (clause, [][]string, error) {
	switch {
	case strings.HasPrefix(s, "rise:"):
		a := s[5:]
		if _, ok := analytes[a]; !ok {
			return clause{}, nil, fmt.Errorf("unknown analyte %q", a)
		}
		return clause{kind: clRise, analyte: a}, nil, nil
	case strings.HasPrefix(s, "drop:"):
		a, v, ok := strings.Cut(s[5:], ">=")
		if _, known := analytes[a]; !known || !ok || !strings.HasSuffix(v, "%") {
			return clause{}, nil, fmt.Errorf("want drop:ANALYTE>=N%%, not %q", s)
		}
		thr, err := strconv.ParseFloat(strings.TrimSuffix(v, "%"), 64)
		if err != nil || thr <= 0 || thr >= 100 {
			return clause{}, nil, fmt.Errorf("bad threshold in %q", s)
		}
		return clause{kind: clDrop, analyte: a, thr: thr}, nil, nil
	case strings.HasPrefix(s, "dx:"):
		return clause{kind: clDx, prefixes: strings.Split(s[3:], ",")}, nil, nil
	case strings.HasPrefix(s, "word:"):
		var ps [][]string
		for _, p := range strings.Split(s[5:], ";") {
			if w := words(p); len(w) > 0 {
				ps = append(ps, w)
			}
		}
		return clause{kind: clWord}, ps, nil
	}
	for _, op := range []string{"<=", ">=", "<", ">"} {
		if a, v, ok := strings.Cut(s, op); ok {
			if _, known := analytes[a]; !known {
				return clause{}, nil, fmt.Errorf("unknown analyte %q", a)
			}
			thr, err := strconv.ParseFloat(v, 64)
			if err != nil {
				return clause{}, nil, fmt.Errorf("bad threshold in %q", s)
			}
			return clause{kind: clCompare, analyte: a, op: op, thr: thr}, nil, nil
		}
	}
	return clause{}, nil, fmt.Errorf("cannot read clause %q", s)
}

// labValue is one number read after an analyte word.
type labValue struct {
	analyte  string
	val      float64
	span     model.Span // analyte word through the number
	baseline bool
}

// valueSkip are words allowed between an analyte and its number.
var valueSkip = map[string]bool{"is": true, "was": true, "of": true, "level": true, "at": true, "now": true,
	"today": true, "up": true, "increased": true, "rose": true, "to": true, "from": true, "baseline": true,
	"elevated": true, "high": true, "low": true, "down": true, "decreased": true, "value": true, "serum": true,
	"peak": true, "peaked": true, "currently": true, "initial": true, "admission": true, "on": true, "with": true,
	"mg": true, "dl": true, "mmol": true, "l": true, "meq": true, "g": true, "and": true, "worsened": true}

// trendWord introduces an earlier or later value of the same analyte.
var trendWord = map[string]bool{"from": true, "to": true, "baseline": true}

// readValues finds analyte values in the tokens of a text: ws are the
// words, wi their token indexes, ent their vocabulary entries (nil: the
// word starts nothing).
func readValues(out []labValue, toks []text.Token, ws []string, wi []int, ent []*vocabEntry) []labValue {
	for i := 0; i < len(ws); i++ {
		if ent[i] == nil {
			continue
		}
		name, n, trend := "", 0, trendNone
		for _, p := range ent[i].pats {
			if i+len(p.words) <= len(ws) && eqWords(ws[i:i+len(p.words)], p.words) {
				name, n, trend = p.name, len(p.words), p.trend
				break
			}
		}
		if n == 0 {
			continue
		}
		start := toks[wi[i]].Start
		baseline := i > 0 && ws[i-1] == "baseline"
		// scan the tokens after the analyte: numbers separated by skip words
		got := 0
		prev := ""
		for t := wi[i+n-1] + 1; t < len(toks) && t <= wi[i+n-1]+12; t++ {
			tk := toks[t]
			if tk.Kind == text.Punct {
				if tk.Text == "/" && got > 0 {
					// 82/50: skip the diastolic number
					if t+1 < len(toks) && toks[t+1].Kind == text.Number {
						t++
					}
				}
				continue
			}
			if tk.Kind == text.Number {
				v, ok := leadingFloat(tk.Text)
				if !ok || got > 0 && trend == trendAfterWord && !trendWord[prev] {
					break
				}
				isBase := baseline && got == 0 || prev == "from" || prev == "baseline"
				out = append(out, labValue{analyte: name, val: v, span: model.Span{Start: start, End: tk.End}, baseline: isBase})
				got++
				if trend == trendNone || got == 3 {
					break
				}
				prev = ""
				continue
			}
			if !valueSkip[tk.Norm] {
				break
			}
			prev = tk.Norm
		}
		i += n - 1
	}
	return out
}

func eqWords(a, b []string) bool {
	for k := range b {
		if a[k] != b[k] {
			return false
		}
	}
	return true
}

func leadingFloat(s string) (float64, bool) {
	j := 0
	dot := false
	for j < len(s) && (s[j] >= '0' && s[j] <= '9' || (s[j] == '.' && !dot)) {
		if s[j] == '.' {
			dot = true
		}
		j++
	}
	if j == 0 {
		return 0, false
	}
	v, err := strconv.ParseFloat(strings.TrimSuffix(s[:j], "."), 64)
	return v, err == nil
}

// dxPrefix returns the index in sc.dx of the first code that starts with
// one of prefixes, or -1.
func (sc *scratch) dxPrefix(prefixes []string) int {
	for i, d := range sc.dx {
		for _, p := range prefixes {
			if p != "" && len(d) >= len(p) && d[0] == p[0] && d[:len(p)] == p {
				return i
			}
		}
	}
	return -1
}

// evalIndicator checks one rule against the note's values (note offsets),
// the phrases present and the present diagnoses.
func (g *Engine) evalIndicator(in *indicator, note string, present bitset, vals []labValue, dx []string, ctx model.Context, sc *scratch) (model.Prompt, bool) {
	ev := sc.ev[:0]
	defer func() { sc.ev = ev[:0] }()
	texts := map[string]string{}
	dxCode := ""
	var dxSpans []model.Span
	for _, alts := range in.when {
		ok := false
		for _, c := range alts {
			switch c.kind {
			case clCompare:
				for _, v := range vals {
					if v.analyte == c.analyte && compare(v.val, c.op, c.thr) {
						ev = append(ev, v.span)
						texts[c.analyte] = note[v.span.Start:v.span.End]
						ok = true
						break
					}
				}
			case clRise:
				if sp, n := rise(vals, c.analyte); n > 0 {
					ev = append(ev, sp[:n]...)
					texts[c.analyte] = riseText(note, sp[:n])
					ok = true
				}
			case clDrop:
				if sp, n := drop(vals, c.analyte, c.thr); n > 0 {
					ev = append(ev, sp[:n]...)
					texts[c.analyte] = riseText(note, sp[:n])
					ok = true
				}
			case clDx:
				if i := sc.dxPrefix(c.prefixes); i >= 0 {
					if dxCode == "" {
						dxCode = dx[i]
					}
					if i < len(sc.dxEv) {
						dxSpans = append(dxSpans, sc.dxEv[i]...)
					}
					ok = true
				}
			case clWord:
				for _, id := range c.phrases {
					if present.has(id) {
						ok = true
						break
					}
				}
			}
			if ok {
				break
			}
		}
		if !ok {
			return model.Prompt{}, false
		}
	}
	if len(ev) == 0 {
		// a rule on diagnoses alone (sepsis with an organ dysfunction not
		// linked to it) cites the diagnoses it found
		ev = append(ev, dxSpans...)
		slices.SortFunc(ev, spanStart)
		ev = slices.Compact(ev)
	}
	if len(ev) == 0 {
		return model.Prompt{}, false
	}
	// already documented? (checked after the values: most notes fail those)
	if sc.dxPrefix(in.unless) >= 0 {
		return model.Prompt{}, false
	}
	for _, id := range in.unlessWords {
		if present.has(id) {
			return model.Prompt{}, false
		}
	}
	opts, std := in.opts, in.std
	if std == nil { // options that follow the matched diagnosis (@dx.)
		opts = nil
		for _, o := range in.options {
			code := o.code
			if code == "" {
				opts = append(opts, optCode{label: o.label})
				continue
			}
			if strings.HasPrefix(code, "@dx.") {
				if len(dxCode) < 3 {
					continue
				}
				code = dxCode[:3] + code[3:]
			}
			c, found := g.cs.Lookup(code)
			if !found || !c.Billable {
				continue
			}
			opts = append(opts, optCode{label: o.label, code: c})
		}
		if len(opts) == 0 {
			return model.Prompt{}, false
		}
		std = withStandardOptions(opts, true)
	}
	return model.Prompt{
		Kind:     in.kind,
		Code:     "",
		Message:  in.render(texts),
		Options:  std,
		Evidence: slices.Clone(ev),
		Impact:   g.impact(nil, opts, ctx),
		Key:      in.key,
	}, true
}

// render fills the message template: {analyte} becomes the note text that
// held the value ("" when that alternative was not the one found), and the
// first letter is capitalised. One allocation.
func (in *indicator) render(texts map[string]string) string {
	t := in.message
	var b strings.Builder
	b.Grow(len(t) + 32)
	for len(t) > 0 {
		i := strings.IndexByte(t, '{')
		j := -1
		if i >= 0 {
			j = strings.IndexByte(t[i:], '}')
		}
		if i < 0 || j < 0 {
			b.WriteString(t)
			break
		}
		name := t[i+1 : i+j]
		b.WriteString(t[:i])
		if _, known := in.analytes[name]; known {
			b.WriteString(texts[name])
		} else {
			b.WriteString(t[i : i+j+1])
		}
		t = t[i+j+1:]
	}
	msg := b.String()
	if msg != "" && msg[0] >= 'a' && msg[0] <= 'z' {
		return string(msg[0]-'a'+'A') + msg[1:]
	}
	return msg
}

func compare(v float64, op string, thr float64) bool {
	switch op {
	case "<":
		return v < thr
	case "<=":
		return v <= thr
	case ">":
		return v > thr
	case ">=":
		return v >= thr
	}
	return false
}

// rise finds a creatinine-style rise: the peak at least 1.5 times, or 0.3
// above, the baseline (the value written after "from"/"baseline", else the
// first value). It returns the spans of peak and baseline (n of them: 0 for
// no rise, 1 when one phrase holds both).
func rise(vals []labValue, analyte string) (sp [2]model.Span, n int) {
	base, peak := baseAnd(vals, analyte, func(v, best float64) bool { return v > best })
	if base == nil || peak == nil || base.val <= 0 {
		return sp, 0
	}
	if peak.val >= 1.5*base.val || peak.val-base.val >= 0.3-1e-9 {
		return pairSpans(peak, base)
	}
	return sp, 0
}

// drop finds a fall of an analyte by at least pct percent of its baseline
// (the value marked baseline, else the first) to its lowest later value
// ("hemoglobin 7.6 from 11.2"): a relative fall reads the same in g/dL and
// g/L. It returns the spans of the low value and the baseline (one when a
// phrase holds both).
func drop(vals []labValue, analyte string, pct float64) (sp [2]model.Span, n int) {
	base, low := baseAnd(vals, analyte, func(v, best float64) bool { return v < best })
	if base == nil || low == nil || base.val <= 0 || (base.val-low.val)*100 < pct*base.val-1e-9 {
		return sp, 0
	}
	return pairSpans(low, base)
}

// baseAnd picks an analyte's baseline (the first value marked baseline,
// else the first value) and, among its other values, the one better ranks
// first: the peak of a rise, the low of a fall.
func baseAnd(vals []labValue, analyte string, better func(v, best float64) bool) (base, ext *labValue) {
	for i := range vals {
		if v := &vals[i]; v.analyte == analyte && v.baseline {
			base = v
			break
		}
	}
	for i := range vals {
		v := &vals[i]
		if v.analyte != analyte || v == base {
			continue
		}
		if base == nil {
			base = v
			continue
		}
		if ext == nil || better(v.val, ext.val) {
			ext = v
		}
	}
	return base, ext
}

// pairSpans is the evidence of a change: the changed value's span and the
// baseline's, or one span when a phrase holds both.
func pairSpans(changed, base *labValue) ([2]model.Span, int) {
	if base.span == changed.span {
		return [2]model.Span{base.span}, 1
	}
	return [2]model.Span{changed.span, base.span}, 2
}

func riseText(note string, sp []model.Span) string {
	if len(sp) == 1 {
		return note[sp[0].Start:sp[0].End]
	}
	if sp[0].Start < sp[1].End && sp[1].Start < sp[0].End { // one phrase: "creatinine 2.1 from 1.0"
		return note[min(sp[0].Start, sp[1].Start):max(sp[0].End, sp[1].End)]
	}
	parts := make([]string, 0, len(sp))
	for _, s := range sp {
		parts = append(parts, note[s.Start:s.End])
	}
	return strings.Join(parts, ", ")
}
