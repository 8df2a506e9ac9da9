package gaps

import (
	"slices"
	"strings"

	"notecoder/cdi/model"
)

// Organism named, not linked. "Sepsis. Blood cultures grew Pseudomonas
// aeruginosa." documents the organism; what it does not say is that the
// sepsis is due to it, and a coder may not assume the link. A CDI specialist
// does not ask "which organism?" there (the record says which): the question
// becomes whether the condition is due to the organism(s) the note names,
// with only the codes of those organisms as clinical answers ("Other" and
// "Clinically undetermined" stay, so the query is not leading). An organism
// the condition's codes do not name (Klebsiella has no sepsis code of its
// own) leaves nothing to offer, and no question is asked: the link, once
// documented, codes from the index. The organisms are read from the other
// present findings' words (the B96.5 of "Pseudomonas aeruginosa", the MRSA
// of an MRSA pneumonia), so the step costs nothing for a note without an
// organism question, and a few map look-ups per finding for one with it.

// orgLinkKey identifies a derived question: the organism question it
// narrows and the organisms the note names.
type orgLinkKey struct {
	a    *answer
	orgs string
}

// organismNamed returns the question to ask instead of ans, an organism
// question about fd: ans itself when the note names no organism elsewhere,
// the narrowed link question when it names some the options code, nil when
// it names only others.
func (g *Engine) organismNamed(sc *scratch, note string, fd *model.Finding, fam *family, ans *answer, findings []model.Finding) *answer {
	ax := g.lx.aOrganism
	if fam == nil || len(ans.axes) != 1 || ans.axes[0] != ax {
		return ans
	}
	var buf [4]string
	orgs := buf[:0]
	cat := categoryOf(fd.Code)
	for i := range findings {
		o := &findings[i]
		if o == fd || !reportable(o.Assertion) || categoryOf(o.Code) == cat {
			continue
		}
		for _, sp := range o.Evidence {
			if _, ok := clamp(sp, len(note)); !ok {
				continue
			}
			sc.feats = g.lx.mentions(sc.feats[:0], sc.scopeTokens(note, sp), nil)
			for _, f := range sc.feats {
				if f.axis == ax && !slices.Contains(orgs, f.val) {
					orgs = append(orgs, f.val)
				}
			}
		}
	}
	if len(orgs) == 0 {
		return ans
	}
	slices.Sort(orgs)
	k := orgLinkKey{a: ans, orgs: strings.Join(orgs, "\x00")}
	if v, ok := g.orgLinks.Load(k); ok {
		return v.(*answer)
	}
	var opts []optCode
	for _, o := range ans.options {
		if v, has := g.info(o.code).value(ax); has && slices.Contains(orgs, v.val) {
			opts = append(opts, o)
		}
	}
	var a *answer
	if len(opts) > 0 {
		a = &answer{kind: ans.kind, axes: ans.axes, options: opts, cross: ans.cross,
			message: g.conditionName(fam.f, ans.axes) + ": link to the organism the note names not documented"}
		a.std = slices.Clip(withStandardOptions(opts, false))
	}
	v, _ := g.orgLinks.LoadOrStore(k, a)
	return v.(*answer)
}
