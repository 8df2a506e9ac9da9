package gaps

import (
	"slices"
	"sort"
	"strings"

	"notecoder/cdi/codeset"
	"notecoder/cdi/model"
)

// compatible reports whether a candidate's value v fits the settled value s:
// equal, a sub-stage of it ("stage 3" -> "stage 3a"), or acute on chronic
// when only one half was written.
func (lx *lexicon) compatible(axis int, s, v string) bool {
	if s == v {
		return true
	}
	if lx.refines(axis, s, v) {
		return true
	}
	return axis == lx.aAcuity && v == "acute on chronic" && (s == "acute" || s == "chronic")
}

// refines: v is a strictly more specific value than s on the same axis.
func (lx *lexicon) refines(axis int, s, v string) bool {
	return axis == lx.aStage && len(v) == len(s)+1 && strings.HasPrefix(v, s) && v[len(v)-1] >= 'a' && v[len(v)-1] <= 'z'
}

type filtered struct {
	c      *cand
	prefix int  // characters shared with the finding's code (closeness in the tree)
	agree  int  // values equal to the finding's own on axes not asked about
	dist   int  // settled values matched only by refinement
	match  int  // settled axes the candidate carries (exactly or refined)
	same   bool // the candidate names the finding's condition and site word for word
}

// computeAnswer decides the question for a family given the values the text
// settles (ms). It returns nil when every axis coders need is settled.
func (g *Engine) computeAnswer(fam *family, ms []feat) *answer {
	lx := g.lx
	settled := map[int][]string{}
	for _, m := range ms {
		settled[m.axis] = append(settled[m.axis], m.val)
	}
	var filt []filtered
	for i := range fam.cands {
		cd := &fam.cands[i]
		ok, dist, match := true, 0, 0
		for ax, vals := range settled {
			v, has := cd.info.value(ax)
			if !has {
				continue
			}
			best := -1
			for _, sv := range vals {
				if sv == v.val {
					best = 0
					break
				}
				if lx.compatible(ax, sv, v.val) {
					best = 1
				}
			}
			if best < 0 {
				ok = false
				break
			}
			dist += best
			match++
		}
		if ok {
			filt = append(filt, filtered{c: cd, dist: dist, match: match, prefix: commonPrefix(cd.c.Code, fam.f.Code), same: cd.info.stem == fam.info.stem})
		}
	}
	if len(filt) == 0 {
		return nil
	}
	// open axes: two or more common values the text does not settle
	var open []int
	for ax := range lx.axes {
		if ax == lx.aLinkage || ax == lx.aSpecificity {
			continue
		}
		distinct := map[string]bool{}
		sv, isSettled := settled[ax]
		for _, f := range filt {
			v, has := f.c.info.value(ax)
			if !has || v.rare {
				continue
			}
			if isSettled {
				for _, s := range sv {
					if lx.refines(ax, s, v.val) {
						distinct[v.val] = true
					}
				}
			} else {
				distinct[v.val] = true
			}
		}
		if !isSettled {
			if v, has := fam.info.value(ax); has && !v.rare {
				distinct[v.val] = true
			}
		}
		if len(distinct) >= 2 {
			open = append(open, ax)
		}
	}
	if len(open) == 0 && fam.info.unspec {
		// nothing named is open: ask for the linked condition or cause the
		// unspecified title leaves out (AKI: tubular necrosis ...)
		distinct := map[string]bool{}
		for _, f := range filt {
			if v, has := f.c.info.value(lx.aLinkage); has && !v.rare {
				distinct[v.val] = true
			}
		}
		if _, has := fam.info.value(lx.aLinkage); !has && len(distinct) >= 2 {
			open = append(open, lx.aLinkage)
		}
	}
	if len(open) == 0 {
		return nil
	}
	sort.SliceStable(open, func(i, j int) bool { return lx.axes[open[i]].prio < lx.axes[open[j]].prio })
	var opts []optCode
	var used []int
	for k := len(open); k >= 1; k-- {
		opts, used = g.options(fam, filt, open[:k], settled)
		if len(opts) <= g.opts.MaxOptions {
			break
		}
	}
	if len(opts) > g.opts.MaxOptions {
		opts = opts[:g.opts.MaxOptions]
	}
	if len(opts) < 2 || len(used) == 0 {
		return nil
	}
	if used[0] == lx.aLinkage {
		// a linked condition is asked only where it changes the severity
		// level (AKI -> tubular necrosis); "COPD" is not a question
		gain := false
		for _, o := range opts {
			gain = gain || ccRank(o.code.CC) > ccRank(fam.f.CC)
		}
		if !gain {
			return nil
		}
	}
	a := &answer{kind: lx.axes[used[0]].kind, axes: used, options: opts}
	a.message = g.conditionName(fam.f, used) + ": " + g.nouns(used, settled) + " not documented"
	a.std = slices.Clip(withStandardOptions(opts, false))
	return a
}

// nouns names the open axes: "type and acuity", "laterality, stage and episode of care".
func (g *Engine) nouns(axes []int, settled map[int][]string) string {
	names := make([]string, 0, len(axes))
	for _, ax := range axes {
		n := g.lx.axes[ax].noun
		if _, ok := settled[ax]; ok && ax == g.lx.aStage {
			n = "substage"
		}
		names = append(names, n)
	}
	switch len(names) {
	case 1:
		return names[0]
	case 2:
		return names[0] + " and " + names[1]
	}
	return strings.Join(names[:len(names)-1], ", ") + " and " + names[len(names)-1]
}

// options lists one code per distinct answer along the open axes: the
// candidates carrying the most open-axis values, one per label, preferring
// exact matches of what the text settles, fewer unrelated details and codes
// closest to the finding's code in the tree.
func (g *Engine) options(fam *family, filt []filtered, open []int, settled map[int][]string) ([]optCode, []int) {
	lx := g.lx
	type opt struct {
		f     filtered
		pv    []feat
		label string
		extra int
	}
	var os []opt
	for _, f := range filt {
		var pv []feat
		for _, ax := range open {
			if v, has := f.c.info.value(ax); has {
				if s, ok := settled[ax]; ok {
					// a settled axis stays open only for its refinements
					ref := false
					for _, x := range s {
						ref = ref || lx.refines(ax, x, v.val)
					}
					if !ref {
						continue
					}
				}
				pv = append(pv, v)
			}
		}
		if len(pv) == 0 {
			continue
		}
		if v, has := f.c.info.value(lx.aLinkage); has && !inAxes(open, lx.aLinkage) {
			// "right" is not "right orbit due to bone disease": an
			// answer about the side must not add a cause or condition
			// the note does not name
			if fv, fhas := fam.info.value(lx.aLinkage); !fhas || fv.val != v.val {
				if _, ok := settled[lx.aLinkage]; !ok {
					continue
				}
			}
		}
		f.agree = 0
		for _, fv := range fam.info.feats {
			if inAxes(open, fv.axis) {
				continue
			}
			if v, has := f.c.info.value(fv.axis); has && v.val == fv.val {
				f.agree++
			}
		}
		os = append(os, opt{f: f, pv: pv, extra: len(f.c.info.feats) - len(pv) - f.match})
	}
	// drop answers another answer refines (systolic < acute systolic)
	keep := os[:0:0]
	for i := range os {
		dominated := false
		for j := range os {
			if i != j && len(os[j].pv) > len(os[i].pv) && containsAll(os[j].pv, os[i].pv) {
				dominated = true
				break
			}
		}
		if !dominated {
			keep = append(keep, os[i])
		}
	}
	byLabel := map[string]int{}
	var uniq []opt
	for _, o := range keep {
		key := g.labelOf(o.f.c, o.pv, false)
		o.label = g.labelOf(o.f.c, o.pv, true)
		if k, ok := byLabel[key]; ok {
			if better(o.f, o.extra, uniq[k].f, uniq[k].extra) {
				uniq[k] = o
			}
			continue
		}
		byLabel[key] = len(uniq)
		uniq = append(uniq, o)
	}
	for k := range uniq {
		uniq[k].label = withQual(uniq[k].label, uniq[k].f.c.info.qual, fam.info.qual)
	}
	sort.SliceStable(uniq, func(i, j int) bool { return uniq[i].f.c.ord < uniq[j].f.c.ord })
	usedAx := map[int]bool{}
	out := make([]optCode, 0, len(uniq))
	for _, o := range uniq {
		out = append(out, optCode{label: o.label, code: o.f.c.c})
		for _, v := range o.pv {
			usedAx[v.axis] = true
		}
	}
	var used []int
	for _, ax := range open {
		if usedAx[ax] {
			used = append(used, ax)
		}
	}
	return out, used
}

// withQual adds to an option's label the qualifier words its code's
// condition has and the finding's lacks: "mild single episode" for
// "Depression" is major depressive disorder (F32.0), and the note must say
// "major" for the code to follow (the index reaches F32.0 only through
// "major"). A label with a linking phrase ("severe with psychotic
// symptoms recurrent") is left alone: its words are written on both sides of
// the condition, and the coder reads "major ... with psychotic symptoms" as
// the single-episode code even when the note says recurrent.
func withQual(label string, cand, fin []string) string {
	for _, p := range []string{"with ", "due to ", "in "} {
		if strings.HasPrefix(label, p) || strings.Contains(label, " "+p) {
			return label
		}
	}
	var add []string
	for _, q := range cand {
		if !slices.Contains(fin, q) && !slices.Contains(add, q) {
			add = append(add, q)
		}
	}
	if len(add) == 0 {
		return label
	}
	return label + " " + strings.Join(add, " ")
}

func better(a filtered, ea int, b filtered, eb int) bool {
	if a.match != b.match {
		return a.match > b.match
	}
	if a.dist != b.dist {
		return a.dist < b.dist
	}
	// a code with fewer condition words drops what the note says
	// ("right" for congenital partial dislocation of hip is not the
	// complete dislocation code)
	if a.same != b.same {
		return a.same
	}
	if a.agree != b.agree {
		return a.agree > b.agree
	}
	if ea != eb {
		return ea < eb
	}
	// "with X" adds a condition the note did not name; "without X" is the
	// default state (acute hepatitis B without delta-agent and without
	// hepatic coma, not with them)
	if wa, wb := withLinks(a.c.c), withLinks(b.c.c); wa != wb {
		return wa < wb
	}
	if a.c.info.other != b.c.info.other {
		return !a.c.info.other
	}
	if a.prefix != b.prefix {
		return a.prefix > b.prefix
	}
	return a.c.ord < b.c.ord
}

// withLinks counts the "with" phrases of a code's title.
func withLinks(c *codeset.Code) int {
	n := 0
	for _, w := range strings.Fields(strings.ToLower(c.Title)) {
		if w == "with" {
			n++
		}
	}
	return n
}

func containsAll(big, small []feat) bool {
	for _, s := range small {
		found := false
		for _, b := range big {
			if b.axis == s.axis && b.val == s.val {
				found = true
				break
			}
		}
		if !found {
			return false
		}
	}
	return true
}

// labelOf joins the clinical words of the values in label order:
// "acute on chronic diastolic", "moderate recurrent", "right, subsequent encounter".
func (g *Engine) labelOf(c *cand, pv []feat, healing bool) string {
	lx := g.lx
	vs := append([]feat(nil), pv...)
	lx.sortFeats(vs)
	var b strings.Builder
	for i, v := range vs {
		l := ""
		for _, tl := range c.info.labels {
			if tl.axis == v.axis && tl.val == v.val {
				l = tl.label
			}
		}
		if l == "" {
			l = lx.label(v.axis, v.val)
			if v.axis == lx.aOrganism {
				l = "due to " + l
			}
		}
		if healing && v.axis == lx.aEpisode {
			// the healing status is part of a subsequent-encounter answer
			if sp, has := c.info.value(lx.aSpecificity); has && strings.HasSuffix(sp.val, "healing") || sp.val == "nonunion" || sp.val == "malunion" {
				l += " with " + sp.val
			}
		}
		if i > 0 {
			if v.axis == lx.aEpisode {
				b.WriteString(", ")
			} else {
				b.WriteByte(' ')
			}
		}
		b.WriteString(l)
	}
	return b.String()
}

// ccRank orders MS-DRG severity levels.
func ccRank(l string) int {
	switch l {
	case "MCC":
		return 2
	case "CC":
		return 1
	}
	return 0
}

// ccOf is the MS-DRG v43 level of c as a secondary diagnosis, "" when the
// principal diagnosis excludes it (or is it).
func (g *Engine) ccOf(c *codeset.Code, principal string) string {
	if c == nil || c.CC == "" {
		return ""
	}
	if principal != "" {
		if codeset.Normalize(principal) == c.Code || g.cs.CCExcluded(c.Code, principal) {
			return ""
		}
	}
	return c.CC
}

// impact compares the current code with the best option: CC/MCC level and
// CMS-HCC V28 category, and scores the prompt for ranking (MCC gain 3, CC gain
// 2, HCC gain 1.5, otherwise 0.1). cur may be nil (indicator prompts: no code
// yet).
func (g *Engine) impact(cur *codeset.Code, opts []optCode, ctx model.Context) model.Impact {
	im := model.Impact{CurrentCC: g.ccOf(cur, ctx.PrincipalDx)}
	if cur != nil {
		im.HCCBefore = cur.HCC["V28"]
	}
	best := im.CurrentCC
	for _, o := range opts {
		if o.code == nil {
			continue
		}
		if l := g.ccOf(o.code, ctx.PrincipalDx); ccRank(l) > ccRank(best) {
			best = l
		}
		if h := o.code.HCC["V28"]; h != "" && (im.HCCAfter == "" || (im.HCCAfter == im.HCCBefore && h != im.HCCBefore)) {
			im.HCCAfter = h
		}
	}
	im.BestCC = best
	score := 0.0
	if ccRank(best) > ccRank(im.CurrentCC) {
		if best == "MCC" {
			score += 3
		} else {
			score += 2
		}
	}
	if im.HCCBefore == "" && im.HCCAfter != "" {
		score += 1.5
	}
	if score == 0 {
		score = 0.1
	}
	im.Score = score
	return im
}

func inAxes(axes []int, ax int) bool {
	for _, a := range axes {
		if a == ax {
			return true
		}
	}
	return false
}
