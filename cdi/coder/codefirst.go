package coder

import (
	"fmt"
	"slices"
	"strings"

	"notecoder/cdi/model"
)

// codeFirst is one line of data/code_first.tsv: a code that follows its
// etiology, the etiology the guidelines assume when none is coded, and the
// prefixes of codes that already give one.
type codeFirst struct {
	code, etiology string
	satisfied      []string
	// walk is the main term of the etiology (column 4, optional): the
	// etiology is read from that index entry in the code's own window
	// before the default is supplied ("septic shock due to MRSA": Sepsis,
	// Staphylococcus, aureus, methicillin resistant, A41.02).
	walk string
	root *node // walk's main term in the index (resolveCodeFirst), or nil
}

// RuleCodeFirst marks an etiology supplied for a code coded without one.
const RuleCodeFirst = "codefirst"

func loadCodeFirst() ([]codeFirst, error) {
	var out []codeFirst
	for _, f := range rows("code_first.tsv") {
		if len(f) != 3 && len(f) != 4 {
			return nil, fmt.Errorf("coder: data/code_first.tsv: bad line %q", strings.Join(f, "\t"))
		}
		r := codeFirst{code: f[0], etiology: f[1], satisfied: strings.Fields(f[2])}
		if len(f) == 4 {
			r.walk = strings.ToLower(strings.TrimSpace(f[3]))
		}
		out = append(out, r)
	}
	return out, nil
}

// addEtiologies reports, before a current code that must follow its
// etiology, the default etiology of data/code_first.tsv when the note codes
// none ("septic shock": A41.9 then R65.21).
func (e *Engine) addEtiologies(codes []model.Code, findings []model.Finding) []model.Code {
	for _, r := range e.codeFirst {
		at := -1
		for i, c := range codes {
			if reportable(c) && matchPat(r.code, c.Code) {
				at = i
				break
			}
		}
		if at < 0 || hasPrefixed(codes, r.satisfied) {
			continue
		}
		if _, ok := e.cs.Lookup(r.etiology); !ok {
			continue
		}
		codes = append(codes, e.companionCode(codes, findings, at, r.etiology, RuleCodeFirst,
			"coded first for "+codes[at].Code, " (its code-first condition, not coded otherwise; data/code_first.tsv)"))
	}
	return codes
}

// organismEtiology returns, for the default etiology of a code coded
// first, its sibling that names the organism the note's one current
// infection names ("sepsis with acute organ dysfunction due to Pseudomonas
// pneumonia": J15.1 "Pneumonia due to Pseudomonas", so A41.52 "Sepsis due to
// Pseudomonas", not A41.9), and the code read it from. The sepsis is due to
// the infection and so to its organism. The infection must be named in the
// sentence of the code coded first (its finding's scope): another sentence's
// infection may not be the one the sepsis is due to. The match is on the
// tabular titles' "due to" part, and two infections of different organisms
// leave the default.
func (e *Engine) organismEtiology(codes []model.Code, findings []model.Finding, at int, etiology string) (string, string) {
	if len(etiology) < 3 || len(codes[at].Evidence) == 0 {
		return "", ""
	}
	scope, ok := model.Span{}, false
	for _, f := range findings {
		if len(f.Evidence) > 0 && f.Evidence[0] == codes[at].Evidence[0] {
			scope, ok = f.Scope, true
			break
		}
	}
	if !ok {
		return "", ""
	}
	found, from := "", ""
	for i, o := range codes {
		if i == at || !reportable(o) || strings.HasPrefix(o.Code, etiology[:3]) || !slices.ContainsFunc(o.Evidence, func(x model.Span) bool { return x.Start >= scope.Start && x.End <= scope.End }) {
			continue
		}
		_, org, ok := strings.Cut(o.Title, " due to ")
		if !ok {
			continue
		}
		k := e.dueToCode(etiology[:3], org)
		if k == "" {
			continue
		}
		if found != "" && found != k {
			return "", ""
		}
		found, from = k, o.Code
	}
	return found, from
}

// dueToCode returns the billable code under category cat whose title ends
// in " due to " and org (case and a bracketed other name aside:
// "Escherichia coli [E. coli]" is "Escherichia coli"), or "".
func (e *Engine) dueToCode(cat, org string) string {
	var walk func(code string) string
	walk = func(code string) string {
		for _, k := range e.cs.Children(code) {
			if _, t, ok := strings.Cut(k.Title, " due to "); ok && k.Billable && strings.EqualFold(unbracketed(t), unbracketed(org)) {
				return k.Code
			}
			if x := walk(k.Code); x != "" {
				return x
			}
		}
		return ""
	}
	return walk(cat)
}

// unbracketed returns t without a trailing bracketed part ("Escherichia coli
// [E. coli]"): the tabular gives one organism its other name in some titles
// only.
func unbracketed(t string) string {
	if i := strings.Index(t, " ["); i >= 0 && strings.HasSuffix(t, "]") {
		return t[:i]
	}
	return t
}

// hasPrefixed reports whether a code of the note starts with one of prefixes.
func hasPrefixed(codes []model.Code, prefixes []string) bool {
	for _, c := range codes {
		for _, p := range prefixes {
			// (strings.HasPrefix with the first byte compared inline: most
			// pairs differ there, and the sepsis pass asks some fifty
			// prefixes of every section's codes.)
			if len(p) == 0 || len(c.Code) >= len(p) && c.Code[0] == p[0] && c.Code[:len(p)] == p {
				return true
			}
		}
	}
	return false
}

// firstBytes is the set of the first bytes of a list of code prefixes, a
// screen before hasPrefixed: the sepsis pass asks its organ prefixes of
// every section's codes, and most codes start with a letter none of them
// does. An empty prefix, which every code has, puts every byte in the set.
type firstBytes [4]uint64

// firstBytesOf is the firstBytes of prefixes.
func firstBytesOf(prefixes []string) firstBytes {
	var f firstBytes
	for _, p := range prefixes {
		if p == "" {
			return firstBytes{^uint64(0), ^uint64(0), ^uint64(0), ^uint64(0)}
		}
		f[p[0]>>6] |= 1 << (p[0] & 63)
	}
	return f
}

// hasPrefixed is the package's hasPrefixed(codes, prefixes) for the
// prefixes f was made of, skipping the codes whose first byte none has.
func (f *firstBytes) hasPrefixed(codes []model.Code, prefixes []string) bool {
	for i := range codes {
		if c := codes[i].Code; c != "" && f[c[0]>>6]&(1<<(c[0]&63)) == 0 {
			continue
		}
		if hasPrefixed(codes[i:i+1], prefixes) {
			return true
		}
	}
	return false
}

// etiologyWalks codes, for a code of the section whose etiology is coded
// first and named by an index main term (data/code_first.tsv column 4), the
// etiology that main term's entry reads in the code's own window, when the
// section codes no etiology for it yet: "septic shock due to MRSA" is
// R65.21 with A41.02 (Sepsis > Staphylococcus > aureus > methicillin
// resistant), not the default A41.9 and the agent's B95.62. An agent code
// (B95-B97) whose words the etiology read is dropped: the etiology names it.
func (e *Engine) etiologyWalks(sb *scratchBuf, vts []vt, used []bool, sentOf []int32, out *SectionResult) {
	n := len(out.Codes)
	for _, r := range e.codeFirst {
		root := r.root
		if root == nil {
			continue
		}
		for ci := 0; ci < n; ci++ {
			c := out.Codes[ci]
			if !reportable(c) || !matchPat(r.code, c.Code) || len(c.Evidence) == 0 || hasPrefixed(out.Codes, r.satisfied) {
				continue
			}
			i, j := tokenRange(vts, c.Evidence[0])
			if i < 0 {
				continue
			}
			a, b := i, j
			for a > 0 && sentOf[a-1] == sentOf[i] {
				a--
			}
			for b < len(vts) && sentOf[b] == sentOf[i] {
				b++
			}
			// The etiology may be named before a "with" that ties the
			// code to it ("MRSA bacteremia with septic shock").
			sb.withBack = true
			cd, ok := e.walkHit(sb, vts, used, a, b, i, j, root)
			sb.withBack = false
			if !ok {
				continue
			}
			// The index may stop at a category ("Sepsis, Escherichia
			// coli A41.5"): its child is chosen as for any reading.
			w := &walker{lx: e.lx, toks: vts, head: cd.head, used: used, sb: sb, lo: cd.lo, hi: cd.hi, wlo: cd.wlo, whi: cd.whi, read: cd.pos}
			if cd.why.k > 0 {
				w.said = cd.why.parts[cd.why.k-1].n
			}
			code, billable, _ := e.refine(cd.code, w, 0)
			if !billable || code == r.etiology || !slices.ContainsFunc(r.satisfied, func(p string) bool { return strings.HasPrefix(code, p) }) {
				continue
			}
			ev := slices.Clone(c.Evidence)
			var read []model.Span
			for _, p := range cd.pos {
				sp := model.Span{Start: int(vts[p].start), End: int(vts[p].end)}
				if (p < i || p >= j) && !slices.Contains(read, sp) {
					read = append(read, sp)
				}
			}
			ev = append(ev, read...)
			out.Codes = append(out.Codes, model.Code{System: c.System, Code: code, Title: e.title(code),
				Assertion: c.Assertion, Section: c.Section, Evidence: ev, Confidence: c.Confidence, Rule: RuleCodeFirst,
				Why: "coded first for " + c.Code + ", read in its window: " + cd.why.String(), Marks: cd.why.marks()})
			out.Codes = slices.DeleteFunc(out.Codes, func(o model.Code) bool {
				if !agentCode(o.Code) {
					return false
				}
				for _, s := range o.Evidence {
					if !slices.ContainsFunc(read, func(x model.Span) bool {
						return x.Start <= s.Start && s.End <= x.End || s.Start <= x.Start && x.End <= s.End
					}) {
						return false
					}
				}
				return true
			})
			n = min(n, len(out.Codes))
		}
	}
}

// resolveCodeFirst finds, once, the index main term of each code_first.tsv
// row that names one (column 4) and the sepsis codes R65.2 accepts as its
// etiology (sepsisOrgans), so the section coder does not look them up.
func (e *Engine) resolveCodeFirst() {
	for i := range e.codeFirst {
		r := &e.codeFirst[i]
		if r.walk != "" {
			for _, m := range e.ix.byTitle[r.walk] {
				if m.parent == nil {
					r.root = m
					break
				}
			}
		}
		if e.sepsisCodes == nil && matchPat(r.code, severeSepsis) {
			e.sepsisCodes = r.satisfied
		}
	}
}

// tokenRange returns the section words [i, j) that span s, or -1.
func tokenRange(vts []vt, s model.Span) (int, int) {
	i := -1
	for k := range vts {
		if vts[k].start >= int32(s.Start) && vts[k].end <= int32(s.End) {
			if i < 0 {
				i = k
			}
		} else if i >= 0 {
			return i, k
		}
	}
	if i < 0 {
		return -1, -1
	}
	return i, len(vts)
}

// severeSepsis is the code of sepsis with an acute organ dysfunction the
// provider links to it (index "Sepsis, with, organ dysfunction" R65.20).
const severeSepsis = "R65.20"

// sepsisOrgans adds R65.20 when the section's sentence links a coded sepsis
// to a coded acute organ dysfunction (data/sepsis_organ.txt): "sepsis with
// acute kidney injury" (the index's "with", guideline I.A.15) or "acute
// respiratory failure secondary to sepsis". Guideline I.C.1.d.1.a(iv) wants
// the link written: an organ dysfunction merely beside the sepsis, or due to
// another condition, gets no R65.2 (the gap engine asks about it instead).
// The sepsis codes are those code_first.tsv accepts as R65.2's etiology.
func (e *Engine) sepsisOrgans(vts []vt, sentOf []int32, out *SectionResult) {
	// (The organ dysfunctions first: few prefixes, rarely coded.)
	if len(e.sepsisOrgan) == 0 || !e.sepsisFirst.hasPrefixed(out.Codes, e.sepsisOrgan) || hasPrefixed(out.Codes, []string{"R65.2"}) {
		return
	}
	sepsis := e.sepsisCodes
	if len(sepsis) == 0 || !hasPrefixed(out.Codes, sepsis) {
		return
	}
	n := len(out.Codes)
	for si := 0; si < n; si++ {
		s := out.Codes[si]
		if !reportable(s) || !hasPrefixed([]model.Code{s}, sepsis) {
			continue
		}
		for oi := 0; oi < n; oi++ {
			o := out.Codes[oi]
			if !reportable(o) || len(o.Evidence) == 0 || !hasPrefixed([]model.Code{o}, e.sepsisOrgan) {
				continue
			}
			oa, ob := tokenRange(vts, o.Evidence[0])
			if oa < 0 || !slices.ContainsFunc(s.Evidence, func(sp model.Span) bool { return e.organLinked(vts, sentOf, sp, oa, ob) }) {
				continue
			}
			if _, ok := e.cs.Lookup(severeSepsis); !ok {
				return
			}
			ev := append(slices.Clone(s.Evidence), o.Evidence...)
			out.Codes = append(out.Codes, model.Code{System: s.System, Code: severeSepsis, Title: e.title(severeSepsis),
				Assertion: s.Assertion, Section: s.Section, Evidence: ev, Confidence: min(s.Confidence, o.Confidence), Rule: RuleCombination + "sepsis-organ",
				Why: "sepsis with an acute organ dysfunction linked to it (" + o.Code + "): Sepsis > with > organ dysfunction (guideline I.C.1.d.1.a(iv))"})
			return
		}
	}
}

// organLinked reports whether the sepsis words at sp and the organ
// dysfunction words vts[oa:ob] are linked in one sentence: the dysfunction
// follows the sepsis after "with" ("sepsis with acute respiratory failure"),
// or the sepsis follows the dysfunction as its cause ("AKI due to sepsis",
// "AKI secondary to sepsis"), with at most a few words between.
func (e *Engine) organLinked(vts []vt, sentOf []int32, sp model.Span, oa, ob int) bool {
	const maxGap = 3
	sa, sb := tokenRange(vts, sp)
	if sa < 0 || sentOf[sa] != sentOf[oa] {
		return false
	}
	if sb <= oa && oa-sb <= maxGap {
		// "sepsis due to pneumonia with AKI" leaves open which one the
		// "with" ties: a condition named between the two is no link.
		return slices.ContainsFunc(vts[sb:oa], func(t vt) bool { return t.w == e.lx.wWith }) && !e.namesCondition(vts, sb, oa)
	}
	return ob <= sa && sa-ob <= maxGap && vts[sa].cause
}

// companionCode is the code a data row supplies beside codes[at] (its
// etiology, data/code_first.tsv; what its use-additional note asks for,
// data/index_also.tsv): code, with codes[at]'s evidence and assertion, or the
// code of the organism its sentence's infection names (organismEtiology).
// Its explanation is lead, the organism if one was read, then tail.
func (e *Engine) companionCode(codes []model.Code, findings []model.Finding, at int, code, rule, lead, tail string) model.Code {
	c := codes[at]
	c.Code, c.Title, c.Rule, c.Why = code, e.title(code), rule, lead+tail
	if k, o := e.organismEtiology(codes, findings, at, code); k != "" {
		c.Code, c.Title, c.Why = k, e.title(k), lead+", with the organism of "+o+tail
	}
	return c
}
