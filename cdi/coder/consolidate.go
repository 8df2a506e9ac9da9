package coder

import (
	"slices"
	"sort"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	mathbits "math/bits"

	"notecoder/cdi/codeset"
	"notecoder/cdi/model"
	"notecoder/cdi/text"
)

// consolidate implements Consolidate (without prompts).
func (e *Engine) consolidate(parts []Part, ctx model.Context) model.Result {
	// One allocation each for the findings, the codes and all their shifted
	// spans: this runs on every keystroke over the whole note's results.
	nf, nc, ns := 0, 0, 0
	for _, p := range parts {
		nf += len(p.Res.Findings)
		nc += len(p.Res.Codes)
		for _, f := range p.Res.Findings {
			ns += len(f.Evidence)
		}
		for _, c := range p.Res.Codes {
			ns += len(c.Evidence)
		}
	}
	var findings []model.Finding
	if nf > 0 {
		findings = make([]model.Finding, 0, nf)
	}
	codes := make([]model.Code, 0, nc)
	spans := make([]model.Span, ns)
	shift := func(s []model.Span, d int) []model.Span {
		out := spans[:len(s):len(s)] // capped: a later append copies
		spans = spans[len(s):]
		for i, x := range s {
			out[i] = x.Shift(d)
		}
		return out
	}
	for _, p := range parts {
		for _, f := range p.Res.Findings {
			f.Evidence = shift(f.Evidence, p.Offset)
			f.Scope = f.Scope.Shift(p.Offset)
			findings = append(findings, f)
		}
		for _, c := range p.Res.Codes {
			c.Evidence = shift(c.Evidence, p.Offset)
			codes = append(codes, c)
		}
	}
	e.noteConsciousness(codes, parts)
	codes = mergeCodesInPlace(codes) // codes and spans are this call's own
	codes = e.newbornRuledOut(codes, findings)
	codes = dropSusceptible(codes)
	codes = dropPastPregnancy(codes)
	codes = dropUnspecifiedBesideO(codes)
	codes = e.foldBare(codes, ctx.Setting)
	codes = e.foldPairCause(codes)
	codes = e.dropSequelaTwins(codes)
	codes = e.dropOtherSequela(codes)
	codes = e.statedDiabetesType(codes)
	codes = e.pregnancyDiabetesType(codes)
	codes = e.dropGraftPastStage(codes)
	codes = e.applyCombos(codes)
	codes = e.substanceHierarchy(codes)
	codes = dropAdverseBesidePoisoning(codes)
	codes = dropDefaultIntent(codes)
	codes = dropShallowerReading(codes)
	codes = dropCoveredComplicating(codes)
	codes = e.inChildbirth(codes)
	born := slices.ContainsFunc(parts, func(p Part) bool { return p.Res.Born })
	readmit := slices.ContainsFunc(parts, func(p Part) bool { return p.Res.Readmit })
	here, cesarean := model.Span{}, false
	for _, p := range parts {
		if !birthCuePart(p) {
			continue
		}
		if p.Res.BornHere.End > 0 && here.End == 0 {
			here = p.Res.BornHere.Shift(p.Offset)
		}
		cesarean = cesarean || p.Res.BornCesarean
	}
	codes = e.recordOwner(codes, ctx.Setting == model.Inpatient, born || here.End > 0, readmit)
	codes = e.bornHereLiveborn(codes, ctx.Setting == model.Inpatient, here, cesarean, readmit)
	codes = e.newbornWeightAge(codes, parts)
	codes = e.currentPregnancyHistory(codes)
	codes = e.dropBilateralBesideSides(codes)
	codes = e.dropSidesBesideBilateral(codes)
	codes = e.transplantComplication(codes, findings)
	codes = e.addEtiologies(codes, findings)
	codes = e.addIndexAlso(codes, findings)
	// (Which categories the assessment names is read before a less
	// specific code of the assessment gives way to the history's.)
	addr, assessed := addressedCats(codes, parts, ctx)
	// (After the addressed categories are read: the plan's "dysphagia"
	// addresses the R13.12 kept beside its sequela.)
	if slices.ContainsFunc(parts, func(p Part) bool { return p.Res.Recovery }) {
		codes = e.recoverySequelae(codes)
		codes = e.recoveryEpisodes(codes)
		codes = dropEndedBefore(codes)
	}
	codes = dropTherapyWithoutNeoplasm(codes)
	codes = burnExtentOnce(codes)
	codes = dropUnspecifiedSubstance(codes)
	e.sequelaSide(codes)
	codes = dropHealedHistory(codes)
	codes = dropHistoryOfCurrent(codes)
	codes = e.osteoporoticHistory(codes)
	codes = dropAllergyReactions(codes, findings)
	if ctx.Setting == model.Inpatient {
		codes = dropStayStatus(codes, parts)
	}
	codes = dropBittenWounds(codes)
	e.episodeFromVague(codes)
	codes = dropLessSpecific(e, codes, ctx.Setting == model.Inpatient)
	codes = oneEncounter(codes)
	e.siteFromMass(codes, findings)
	codes = e.dropUnspecifiedNeoplasm(codes, ctx)
	codes = e.addMetastases(codes)
	codes = dropRecentHistory(codes, findings)
	codes = e.dropFoundAs(codes)
	codes = e.dropOsteoporoticTwin(codes)
	sites := e.kindSitePains(codes)
	codes = e.dropIntegral(codes, &addr, assessed)
	codes = e.dropUnaddressed(codes, &addr, assessed)
	codes = e.dropKindWithSite(codes, sites)
	codes = e.dropNamedInfection(codes)
	codes = e.dropNamedAgent(codes)
	codes = dropNoDiagnosis(codes)
	codes = e.dropInfectiousSIRS(codes, findings)
	codes = e.reportBMI(codes)
	codes = e.reportComa(codes)
	codes = e.reportNIHSS(codes)
	codes = e.excludes1(codes)
	// (After excludes1: a mother's condition the newborn's note names
	// beside its own code, "type 1 diabetes" beside "infant of a diabetic
	// mother" P70.1, is gone before the newborn subterms are read.)
	codes = e.newbornSubterms(codes, here.End > 0 || slices.ContainsFunc(parts, func(p Part) bool { return p.Res.Neonate && birthCuePart(p) }))
	// (After excludes1: its F03 -> F02 rewrite makes the pair of one
	// category.)
	codes = dropDementiaWithoutBeside(codes)
	codes = e.examFindings(codes, findings)
	codes, findings = e.externalCauses(codes, findings)
	codes = dropPostpartumWeeks(codes)
	e.pairUseAdditional(codes)
	slices.SortStableFunc(codes, func(a, b model.Code) int {
		if x, y := chapter20(a.Code), chapter20(b.Code); x != y {
			// An external cause is never listed first (I.C.20.a.6): it
			// follows the conditions, whatever section named it.
			if x {
				return 1
			}
			return -1
		}
		return a.Evidence[0].Start - b.Evidence[0].Start
	})
	codes = e.codeFirstOrder(codes)
	e.weightBeforeAge(codes)
	if codes == nil {
		codes = []model.Code{}
	}
	return model.Result{Codes: codes, Findings: findings}
}

// codeFirstOrder lists a code whose tabular "code first" note names
// another code of the note right after that code (the etiology/manifestation
// convention, guideline I.A.13, and the notes' own "code first"): "diabetes
// due to cystic fibrosis" is E84.9 then E08.9, "Alzheimer dementia" G30.9
// then F02.80, whatever order the note wrote them in. The rest keep their
// order. An adverse effect's T code is never moved before its condition
// (its nature comes first, I.C.19.e.5.a), nor is an external cause (chapter
// 20 is listed last). Each code moves at most once, so notes that point at
// each other cannot loop; a note's few codes cost a look-up each.
func (e *Engine) codeFirstOrder(codes []model.Code) []model.Code {
	// keys holds each code's undotted form, or nothing for the codes no note
	// may move a code behind, kept in step with codes as codes move: each
	// "code first" reference is parsed once and compared with them all.
	// letters has a bit per first letter among them, so most references
	// are ruled out by one test.
	var kbuf [24]codeKey
	keys := kbuf[:0]
	var letters uint32
	for _, c := range codes {
		var k codeKey
		if !chapter20(c.Code) && !adverseEffectCode(c.Code) && len(c.Code) <= len(k.b)+1 {
			k.n = uint8(len(undotTo(k.b[:0], c.Code)))
			letters |= letterBit(c.Code[0])
		}
		keys = append(keys, k)
	}
	var moved []string
	for i := 0; i < len(codes); i++ {
		c := codes[i]
		if chapter20(c.Code) || slices.Contains(moved, c.Code) {
			continue
		}
		ca, ok := e.cs.Lookup(c.Code)
		if !ok || len(ca.CodeFirst) == 0 {
			continue
		}
		at := -1
		var lb, hb [16]byte
		for _, n := range ca.CodeFirst {
			for _, r := range n.Codes {
				if r == "" || letters&letterBit(r[0]) == 0 && !spansLetters(r) {
					continue
				}
				lo, hi, rng := refBounds(r, lb[:0], hb[:0])
				for j := len(codes) - 1; j > max(i, at); j-- {
					if keys[j].n > 0 && boundsCover(lo, hi, rng, keys[j].b[:keys[j].n]) {
						at = j
						break
					}
				}
			}
		}
		if at < 0 {
			continue
		}
		moved = append(moved, c.Code)
		k := keys[i]
		copy(codes[i:at], codes[i+1:at+1])
		copy(keys[i:at], keys[i+1:at+1])
		codes[at], keys[at] = c, k
		i-- // the code now at i has not been looked at
	}
	return codes
}

// letterBit is the bit of a code's first letter in codeFirstOrder's set.
func letterBit(b byte) uint32 { return 1 << (((b | 0x20) - 'a') & 31) }

// spansLetters reports a range reference whose ends start with different
// letters ("C00-D49"), which the first-letter test cannot rule out.
func spansLetters(r string) bool {
	i := strings.IndexByte(r, '-')
	return i > 0 && i+1 < len(r) && r[i+1] != r[0]
}

// codeKey is a code's undotted form in place (codeFirstOrder), so a note's
// codes are compared with the references without allocating.
type codeKey struct {
	b [8]byte
	n uint8
}

// adverseEffectCode reports a T36-T50 code of an adverse effect (sixth
// character 5): listed after the condition it caused (I.C.19.e.5.a).
func adverseEffectCode(code string) bool {
	return len(code) >= 7 && code[0] == 'T' && code[1] >= '3' && code[1] <= '5' && code[6] == '5' && code[:3] >= "T36" && code[:3] <= "T50"
}

// deliveredCodes is data/delivered_codes.txt.
var deliveredCodes = sync.OnceValue(func() []string { return lines("delivered_codes.txt") })

// inChildbirth recodes, in a note whose present codes say the encounter
// delivered the patient (data/delivered_codes.txt), each present pregnancy
// code written for an antepartum trimester ("Gestational diabetes mellitus
// in pregnancy, insulin controlled", O24.414) to its sibling for the
// delivery ("... in childbirth, insulin controlled", O24.424): a condition
// present at the delivery complicates childbirth. The sibling is found by
// its tabular title among the code's parent's and grandparent's children.
func (e *Engine) inChildbirth(codes []model.Code) []model.Code {
	delivered := false
	for _, c := range codes {
		if c.Assertion == model.Present && hasAnyPrefix(c.Code, deliveredCodes()) {
			delivered = true
			break
		}
	}
	if !delivered {
		return codes
	}
	third := slices.ContainsFunc(codes, func(c model.Code) bool {
		return c.Assertion == model.Present && strings.HasPrefix(c.Code, "Z3A.") && c.Code >= "Z3A.28" && c.Code < "Z3A.4"
	})
	return dropWhere(codes, func(c *model.Code) bool {
		if c.Assertion != model.Present || c.Code[0] != 'O' {
			return false
		}
		if r, ok := pretermRows()[c.Code]; ok && !strings.HasPrefix(c.Code, "O60.1") {
			// Preterm labor "without delivery" on the record of the
			// encounter that delivered her is the labor with preterm
			// delivery (data/preterm_delivered.tsv), its trimester from
			// the weeks' Z3A code when the labor's has none.
			alt := r[0]
			if third {
				alt = r[1]
			}
			if slices.ContainsFunc(codes, func(o model.Code) bool { return o.Code == alt }) {
				return true
			}
			c.Code, c.Title = alt, e.title(alt)
			c.Why += "; the labor ended in the delivery of this encounter"
			return false
		}
		alt := e.childbirthSibling(c.Code)
		if alt == "" {
			return false
		}
		if slices.ContainsFunc(codes, func(o model.Code) bool { return o.Code == alt }) {
			return true // the note codes the childbirth's already
		}
		c.Code, c.Title = alt, e.title(alt)
		c.Why += "; complicating the delivery of this encounter"
		return false
	})
}

// childbirthSibling returns the childbirth code of the pregnancy code, or "".
// Its title is the pregnancy code's without the trimester, with "pregnancy"
// made "childbirth" ("Obesity complicating pregnancy, third trimester" ->
// "Obesity complicating childbirth") or, when the title names no pregnancy,
// followed by "complicating childbirth" ("Severe pre-eclampsia, third
// trimester" -> "Severe pre-eclampsia complicating childbirth"); a title
// ending "complicating pregnancy" without a trimester makes it
// "complicating childbirth" the same way.
func (e *Engine) childbirthSibling(code string) string { return e.axisSibling(code, "childbirth") }

// axisSibling is childbirthSibling for the time axis named by axis
// ("childbirth", or "the puerperium": "Severe pre-eclampsia, unspecified
// trimester" -> "Severe pre-eclampsia, complicating the puerperium").
func (e *Engine) axisSibling(code, axis string) string {
	c, ok := e.cs.Lookup(code)
	if !ok || !c.Billable {
		return ""
	}
	t := c.Title
	if k := strings.LastIndex(t, ", "); k > 0 && strings.HasSuffix(t, " trimester") {
		t = t[:k]
	} else if !strings.Contains(t, "in pregnancy") && !strings.HasSuffix(t, "complicating pregnancy") {
		// (A code with no trimester axis names the pregnancy at its end:
		// "Streptococcus B carrier state complicating pregnancy", O99.820,
		// has its "... complicating childbirth", O99.824.)
		return ""
	}
	var want []string
	if strings.Contains(t, "pregnancy") {
		want = append(want, strings.Replace(t, "pregnancy", axis, 1))
	}
	// (A title that names the pregnancy only as a qualifier keeps it:
	// "Gestational [pregnancy-induced] hypertension without significant
	// proteinuria, complicating childbirth", O13.4.)
	want = append(want, t+" complicating "+axis, t+", complicating "+axis, t+", in "+axis, t+" in "+axis)
	// (A title whose trimester codes repeat an abbreviation the childbirth
	// code leaves out: "HELLP syndrome (HELLP), third trimester" ->
	// "HELLP syndrome, complicating childbirth", O14.24.)
	if i := strings.Index(t, " ("); i > 0 && strings.HasSuffix(t, ")") {
		b := t[:i]
		want = append(want, b+" complicating "+axis, b+", complicating "+axis, b+", in "+axis, b+" in "+axis)
	}
	p := e.cs.ParentOf(c)
	for up := 0; up < 2 && p != nil; up++ {
		for _, k := range e.cs.Children(p.Code) {
			for _, g := range append([]*codeset.Code{k}, e.cs.Children(k.Code)...) {
				if g.Billable && slices.ContainsFunc(want, func(w string) bool { return strings.EqualFold(w, g.Title) }) {
					return g.Code
				}
			}
		}
		p = e.cs.ParentOf(p)
	}
	return ""
}

// oneEncounter keeps one 7th character per injury of the note: a note is
// one encounter (I.C.19.a), so when the same fracture is read both with the
// initial encounter's character (A-C, the default when a sentence says
// nothing, "6 weeks after IMN of R tibial shaft fracture sustained in MVC")
// and with a subsequent encounter's or a sequela's ("closed, subsequent
// encounter with routine healing", "delayed healing"), the initial one is
// the default the other sentence overrides and goes.
func oneEncounter(codes []model.Code) []model.Code {
	return dropWhere(codes, func(c *model.Code) bool {
		if encounterClass(c.Code) != 'A' || chapter20(c.Code) {
			return false
		}
		base := c.Code[:len(c.Code)-1]
		return slices.ContainsFunc(codes, func(o model.Code) bool {
			return o.Assertion == model.Present && len(o.Code) == len(c.Code) && strings.HasPrefix(o.Code, base) && encounterClass(o.Code) > 'A'
		})
	})
}

// episodeFromVague gives an injury read with the initial encounter's 7th
// character, the default of a sentence that says nothing of the episode
// ("4 weeks after a Colles fracture of the right wrist"), the subsequent
// encounter's or sequela's character that a vaguer reading of its category
// carries ("distal radius fracture alignment maintained, healing as
// expected": S52.509D): one encounter, one episode per injury (I.C.19.a,
// as oneEncounter), the vague reading then giving way to the specific one
// (dropLessSpecific). Only a code whose title leaves nothing unspecified
// takes it from one whose title does, and only to a code the tabular has.
func (e *Engine) episodeFromVague(codes []model.Code) {
	for i := range codes {
		c := &codes[i]
		if c.Assertion != model.Present || encounterClass(c.Code) != 'A' || chapter20(c.Code) || containsFold(c.Title, "unspecified") {
			continue
		}
		for _, o := range codes {
			if o.Assertion != model.Present || len(o.Code) != len(c.Code) || o.Code[:3] != c.Code[:3] || encounterClass(o.Code) <= 'A' || !containsFold(o.Title, "unspecified") {
				continue
			}
			x := c.Code[:len(c.Code)-1] + o.Code[len(o.Code)-1:]
			if g, ok := e.cs.Lookup(x); ok && g.Billable {
				c.Why += "; episode of care from " + o.Code + " (one encounter, I.C.19.a)"
				c.Code, c.Title = x, e.title(x)
			}
			break
		}
	}
}

// addressedCats reads, for a note whose assessment, plan or diagnosis list
// codes something, the categories of its codes named outside the chief
// complaint and the history of present illness (dropUnaddressed); ok is
// false otherwise. Both settings: an inpatient note's discharge diagnoses or
// assessment say what the stay treated as much as an office note's
// assessment says what the visit addressed (III: an additional diagnosis is
// one that was evaluated, treated or monitored).
func addressedCats(codes []model.Code, parts []Part, ctx model.Context) (u unaddressed, ok bool) {
	if len(parts) < 2 {
		return u, false
	}
	for _, p := range parts {
		switch p.Kind {
		case text.Assessment, text.AssessmentPlan, text.Diagnoses, text.Impression, text.Plan, text.DischargeDiagnoses:
			ok = ok || len(p.Res.Codes) > 0
		}
	}
	if !ok {
		return u, false
	}
	u.parts = parts
	for _, c := range codes {
		if !u.historyOnly(c) {
			u.cats.add(c.Code)
		}
		if !u.only(c, text.HPI, text.ChiefComplaint, text.Exam, text.Results) {
			u.told.add(c.Code)
		}
	}
	return u, true
}

// unaddressed is what dropUnaddressed reads of the note (a value: this runs
// on every keystroke).
type unaddressed struct {
	parts []Part // in note order
	cats  catSet // categories of the codes named outside the history
	told  catSet // categories named outside the history, the exam and the results
}

// historyOnly reports whether every evidence span of c lies in the chief
// complaint, the history of present illness or text under no header the
// sectioner knows: the opening line of a progress note or a consult ("62M
// with cirrhosis presents with melena and fatigue"), which tells the story
// as a history does and is no diagnostic statement.
func (u *unaddressed) historyOnly(c model.Code) bool {
	return u.only(c, text.HPI, text.ChiefComplaint, text.Other, "")
}

// findingOnly reports whether every evidence span of c lies in the exam or
// the results.
func (u *unaddressed) findingOnly(c model.Code) bool {
	return u.only(c, text.Exam, text.Results, "", "")
}

// kindAt returns the kind of the section holding byte offset off ("" before
// the first part).
func (u *unaddressed) kindAt(off int) string {
	// The parts are in note order: the last one starting at or before off.
	i := sort.Search(len(u.parts), func(i int) bool { return u.parts[i].Offset > off })
	if i == 0 {
		return ""
	}
	return u.parts[i-1].Kind
}

// only reports whether every evidence span of c lies in a section of one of
// the kinds given ("" stands for none).
func (u *unaddressed) only(c model.Code, k1, k2, k3, k4 string) bool {
	for _, ev := range c.Evidence {
		if k := u.kindAt(ev.Start); k == "" || k != k1 && k != k2 && k != k3 && k != k4 {
			return false
		}
	}
	return true
}

// pastOnlyAt is u.pastOnly(o) for codes[j], read once per code into memo.
func pastOnlyAt(memo []int8, j int, u *unaddressed, o model.Code) bool {
	if memo[j] == 0 {
		memo[j] = 1
		if u.pastOnly(o) {
			memo[j] = 2
		}
	}
	return memo[j] == 2
}

// pastOnly reports whether every evidence span of c lies in the past
// medical history.
func (u *unaddressed) pastOnly(c model.Code) bool {
	for _, ev := range c.Evidence {
		if u.kindAt(ev.Start) != text.PMH {
			return false
		}
	}
	return true
}

// dropUnaddressed drops, in a note whose assessment, plan or diagnosis list
// codes something, a sign or symptom named only in the chief complaint or the
// history of present illness. The assessment says what the visit addressed
// (IV.J; for a stay, the diagnoses that meet the definition of an additional
// diagnosis, III); a complaint it does not name is explained by its diagnoses (the
// tingling of a wrist fracture) or was not treated (the nasal congestion
// mentioned in passing), and symptoms are coded only when no diagnosis
// accounts for them (IV.D). A note with no coded assessment keeps them: its
// complaint is all it has. A code of a category the assessment names keeps
// the history's code: "chronic back pain" there addresses the history's
// "chronic low back pain", to which its less specific code gave way.
//
// A condition named only in the exam or the results (an echocardiogram's
// "mild mitral regurgitation", an old endoscopy's gastritis) is an abnormal
// finding the provider did not call significant for the visit: it is not
// coded unless the history, the assessment or the plan names its category
// (III.B, IV.J; their signs are never coded from there: policyFor). An
// external cause the exam names ("erythema from a scald") belongs to the
// injury it explains, which the assessment codes: it stays. A standing state
// coded in chapter 18 (prediabetes, data/standing_signs.txt) is no passing
// sign a diagnosis explains: it stays like any coexisting condition.
func (e *Engine) dropUnaddressed(codes []model.Code, u *unaddressed, ok bool) []model.Code {
	if !ok {
		return codes
	}
	var drop dropSet
	for i, c := range codes {
		if c.Assertion != model.Present && c.Assertion != model.Historical {
			continue
		}
		if e.signLike(c.Code) && !hasAnyPrefix(c.Code, e.standingSigns) && !u.cats.has(c.Code) && u.historyOnly(c) ||
			!strings.HasPrefix(c.Code, "Z") && !chapter20(c.Code) && !u.told.has(c.Code) && u.findingOnly(c) {
			drop.mark(i, len(codes))
		}
	}
	return drop.apply(codes)
}

// dropCoveredComplicating drops an O98/O99/O9A "... complicating
// pregnancy" code (data/pregnancy_complicating.txt) whose condition another chapter 15 code already
// classifies, read from words that include its own ("hypertension and CKD
// stage 3" is O10.21-, pre-existing hypertensive chronic kidney disease,
// which includes the CKD: no O99.89- for it beside).
func dropCoveredComplicating(codes []model.Code) []model.Code {
	var drop dropSet
	for i, c := range codes {
		if !hasAnyPrefix(c.Code, complicatingCategories()) {
			continue
		}
		for j, o := range codes {
			if i == j || o.Code[0] != 'O' || o.Code[:2] == "O9" || o.Assertion != c.Assertion || !inside(c.Evidence, o.Evidence) {
				continue
			}
			drop.mark(i, len(codes))
			break
		}
	}
	return drop.apply(codes)
}

// reportable reports whether a code is a current condition (present or,
// inpatient, possible): only those combine with, absorb, or supply an
// etiology or agent for another code. A past condition kept under its own
// code (no personal-history Z code names it) is not current: combination
// codes describe conditions the patient has now, and the history belongs
// to Z85-Z87 (I.C.21.c.4).
func reportable(c model.Code) bool {
	return c.Assertion == model.Present || c.Assertion == model.Possible
}

// accounts reports whether code o may account for code c, so that c is
// dropped as part of it: a current condition accounts for anything, a past
// one only for what is past too ("history of X; now Y": the past X says
// nothing of the current Y).
func accounts(o, c model.Code) bool {
	return reportable(o) || pastOwn(o) && pastOwn(c)
}

// pastOwn reports whether c is a past condition kept under its own code.
func pastOwn(c model.Code) bool {
	return c.Assertion == model.Historical && !strings.HasPrefix(c.Code, "Z")
}

// sameTime reports whether two codes describe the same time: both current,
// or both past ("history of a lumbar disc herniation with radiculopathy" is
// one past combination). A past condition never combines with a current
// one.
func sameTime(a, b model.Code) bool {
	return reportable(a) && reportable(b) || pastOwn(a) && pastOwn(b)
}

// applyCombos replaces codes by the combination code the guidelines require
// when both conditions are documented anywhere in the note.
func (e *Engine) applyCombos(codes []model.Code) []model.Code {
	var rb [64]int
	var cb [128]int32
	var rcb [64]int32
	for round := 0; round < 6; round++ {
		changed := false
		rep := rb[:0]     // the codes that combine, found once per round
		repCat := rcb[:0] // their categories' catBit
		var cats catSet   // their categories: most rules have no code here
		for i := range codes {
			if reportable(codes[i]) || codes[i].Assertion == model.Historical {
				// (A past condition coded as its history, Z86.11, is a
				// "~" partner only: see pair.)
				rep = append(rep, i)
				repCat = append(repCat, int32(catBit(codes[i].Code)))
				cats.add(codes[i].Code)
			}
		}
		for _, k := range e.comboIx.of(&cats, cb[:0]) {
			r := &e.combos[k]
			ri, pi := r.pair(codes, rep, repCat)
			if ri < 0 || pi < 0 {
				continue
			}
			result := r.result
			if r.axis {
				result = e.axisCode(r.result, codes[ri].Code)
			}
			if _, ok := e.cs.Lookup(result); !ok {
				continue
			}
			if len(r.alt) > 0 && slices.ContainsFunc(codes, func(c model.Code) bool { return slices.Contains(r.alt, c.Code) && reportable(c) }) {
				continue
			}
			if r.add {
				// Another complication of the same disease: its code is
				// added beside the one the note has (I.C.4.a, "as many
				// codes ... as are necessary").
				if slices.ContainsFunc(codes, func(c model.Code) bool { return c.Code == result && reportable(c) }) {
					continue
				}
				nc := codes[ri]
				nc.Code, nc.Title = result, e.title(result)
				nc.Evidence = mergeSpans(codes[ri].Evidence, codes[pi].Evidence)
				nc.Rule = RuleCombination + r.rule
				nc.Why = "combination code: " + codes[ri].Code + " with " + codes[pi].Code + " (" + r.rule + ", 'with' convention)"
				if r.absorb || e.excludesCode(codes[pi].Code, result) {
					codes[pi] = nc // the partner is part of it
				} else {
					codes = append(codes, nc)
				}
				changed = true
				continue
			}
			old := codes[ri]
			nc := old
			nc.Code = result
			nc.Title = e.title(result)
			nc.Evidence = mergeSpans(old.Evidence, codes[pi].Evidence)
			nc.Rule = RuleCombination + r.rule
			nc.Why = "combination code: " + old.Code + " with " + codes[pi].Code + " (" + r.rule + ", 'with' convention)"
			codes[ri] = nc
			if r.absorb || e.excludesCode(codes[pi].Code, result) {
				// the partner is part of the combination ("radiculopathy
				// with lumbar disc disorder (M51.1-)" in M54.1's Excludes1)
				codes[pi] = nc
			}
			changed = true
		}
		codes = mergeCodesInPlace(codes)
		if !changed {
			break
		}
	}
	return codes
}

// pair returns the first code of rep (indexes into codes; repCat holds
// their catBit) that r replaces
// and the first partner it may combine with, or -1s: the two must be of
// the same time (sameTime), except that a rule whose partner may be past
// takes a past partner beside a current code (r.pastPartner).
func (r *combo) pair(codes []model.Code, rep []int, repCat []int32) (int, int) {
	for n, i := range rep {
		// (A code of another category than a pattern's own cannot
		// match it: the category compare skips most of the note's
		// codes without reading their strings.)
		if r.repBit >= 0 && repCat[n] != r.repBit || !matchPat(r.replace, codes[i].Code) {
			continue
		}
		for m, j := range rep {
			if j == i || r.parBit >= 0 && repCat[m] != r.parBit || !matchPat(r.partner, codes[j].Code) || r.via != "" && r.via != viaTerm(codes[j].Why) {
				continue
			}
			if r.causal && causedElsewhere(codes[j].Why, codes[i].Code) {
				// "CKD secondary to polycystic kidney disease": the
				// note says what caused it (I.A.15's exception).
				continue
			}
			if sameTime(codes[i], codes[j]) || r.pastPartner && reportable(codes[i]) && codes[j].Assertion == model.Historical {
				return i, j
			}
		}
	}
	return -1, -1
}

// bareMain returns the main term a Why was read under when the reading took
// no subterm and followed no reference ("Arthritis, arthritic").
func bareMain(why string) (string, bool) {
	why, _, _ = strings.Cut(why, ";")
	if why == "" || strings.Contains(why, " > ") || strings.Contains(why, " -> ") || strings.Contains(why, ":") {
		return "", false
	}
	return why, true
}

// namesMain reports whether a code title names the first word of index main
// term m ("Rheumatoid arthritis, unspecified" names "Arthritis, arthritic").
func namesMain(title, m string) bool {
	w, _, _ := strings.Cut(m, ",")
	w, _, _ = strings.Cut(w, " ")
	return w != "" && containsFold(title, strings.ToLower(w))
}

// kindSubterm reports whether a Why was read under main term m through one
// of its subterms, at its start or at the end of a reference it followed
// ("Rheumatoid > arthritis -> see also Arthritis, arthritic > rheumatoid"),
// and that subterm names a kind, not a site: a bare "edema" beside "Edema,
// orbit" or a bare "pain" beside "Pain, maxilla" may be another site's.
func (e *Engine) kindSubterm(why, m string) bool {
	why, _, _ = strings.Cut(why, ";")
	for why != "" {
		if strings.HasPrefix(why, m) && strings.HasPrefix(why[len(m):], " > ") {
			sub := why[len(m)+3:]
			sub, _, _ = strings.Cut(sub, " -> ")
			sub, _, _ = strings.Cut(sub, " (")
			for _, w := range strings.FieldsFunc(strings.ToLower(sub), notLetter) {
				if x := e.lx.v.get(w); x != 0 && e.isSite(x) {
					return false
				}
			}
			return true
		}
		_, rest, ok := strings.Cut(why, "-> ")
		if !ok {
			return false
		}
		why = strings.TrimPrefix(rest, "see also ")
		why = strings.TrimPrefix(why, "see ")
	}
	return false
}

// otherSubterm reports whether two codes were read under the same main term
// of the index by subterms that name different things: "Pain > back"
// (M54.9) beside "Pain > neck NEC" (M54.2) is upper back pain beside neck
// pain, two sites, where "Pain > back" beside "Pain > low back" is one pain
// the note says more of. A subterm is another when some word of the first is
// not in the second.
func otherSubterm(why, other string) bool {
	why, _, _ = strings.Cut(why, ";")
	other, _, _ = strings.Cut(other, ";")
	m1, s1, ok1 := strings.Cut(why, " > ")
	m2, s2, ok2 := strings.Cut(other, " > ")
	if !ok1 || !ok2 || m1 != m2 {
		return false
	}
	words := strings.Fields(strings.ToLower(s2))
	for _, w := range strings.Fields(strings.ToLower(s1)) {
		if !slices.Contains(words, w) {
			return true
		}
	}
	return false
}

// otherMain reports whether the index main term a code was read under (its
// Why's first entry) lists no entry of code's subcategory. A category's
// unspecified code and a sibling each read under a main term that lists
// nothing of the other are two conditions the category merely files
// together: "Rosacea" (L71.9) lists acne and keratitis but not perioral
// dermatitis (L71.0), and "Dermatitis" lists no L71.9, so both are kept;
// "Pain" lists both back pain (M54.9) and low back pain (M54.50), one pain.
// Cached per pair: the note-level step runs per keystroke.
func (e *Engine) otherMain(why, code string) bool {
	main, _, _ := strings.Cut(why, ";")
	main, _, _ = strings.Cut(main, " > ")
	main, _, _ = strings.Cut(main, " -> ")
	// Keyed by what the answer depends on (the main term and the
	// subcategory), not the whole Why, so the cache stays as small as
	// the index.
	key := main + "\x00" + code[:min(5, len(code))]
	if v, ok := e.mainLists.get(key); ok {
		return v
	}
	var root *node
	for _, m := range e.ix.byTitle[stripTitle(main)] {
		if m.parent == nil {
			root = m
			break
		}
	}
	if root == nil || len(code) < 5 {
		return e.mainLists.put(key, false)
	}
	sub := code[:5] // the subcategory ("L71.0")
	var lists func(n *node, depth int) bool
	lists = func(n *node, depth int) bool {
		if strings.HasPrefix(n.code, sub) || depth > 8 {
			return true // (too deep to tell: as if listed)
		}
		for _, set := range [][]*node{n.kids, n.conn, n.withKids, n.without, n.hidden} {
			for _, k := range set {
				if lists(k, depth+1) {
					return true
				}
			}
		}
		return false
	}
	return e.mainLists.put(key, !lists(root, 0))
}

// viaTerm is the lower-cased main term of an index path as a code's Why
// prints it ("Neuropathy, neuropathic > peripheral" -> "neuropathy").
func viaTerm(why string) string {
	t, _, _ := strings.Cut(why, " > ")
	t, _, _ = strings.Cut(t, ", ")
	return strings.ToLower(t)
}

// comboIndex lists the combination rules (Engine.combos) by the category
// of the code each replaces, with its partner's category beside it:
// applyCombos asks only the rules of the note's categories instead of
// reading every rule's patterns in each round of each keystroke.
type comboIndex struct {
	start []int32 // the rules replacing category bit b are at[start[b]:start[b+1]]
	at    []int32
	par   []int32 // catBit of at[k]'s partner (-1: no full category, always there)
	any   []int32 // the rules whose replaced pattern has no full category
	anyP  []int32 // catBit of any[k]'s partner
}

// newComboIndex builds the comboIndex of rules.
func newComboIndex(rules []combo) comboIndex {
	const n = len(catSet{}) * 64
	var x comboIndex
	x.start = make([]int32, n+1)
	for k, r := range rules {
		if b := catBit(r.replace); b >= 0 {
			x.start[b+1]++
		} else {
			x.any = append(x.any, int32(k))
			x.anyP = append(x.anyP, int32(catBit(r.partner)))
		}
	}
	for b := 0; b < n; b++ {
		x.start[b+1] += x.start[b]
	}
	x.at = make([]int32, x.start[n])
	x.par = make([]int32, x.start[n])
	next := slices.Clone(x.start[:n])
	for k, r := range rules {
		if b := catBit(r.replace); b >= 0 {
			x.at[next[b]] = int32(k)
			x.par[next[b]] = int32(catBit(r.partner))
			next[b]++
		}
	}
	return x
}

// of appends to buf, in the rules' order, the rules whose replaced and
// partner categories are both in cats (catSet.has), and returns it.
func (x *comboIndex) of(cats *catSet, buf []int32) []int32 {
	for w, bits := range cats {
		for bits != 0 {
			b := w*64 + mathbits.TrailingZeros64(bits)
			bits &= bits - 1
			for k := x.start[b]; k < x.start[b+1]; k++ {
				if p := x.par[k]; p < 0 || cats[p/64]&(1<<(p%64)) != 0 {
					buf = append(buf, x.at[k])
				}
			}
		}
	}
	for i, k := range x.any {
		if p := x.anyP[i]; p < 0 || cats[p/64]&(1<<(p%64)) != 0 {
			buf = append(buf, k)
		}
	}
	slices.Sort(buf)
	return buf
}

// catSet is a set of 3-character categories ("I10", "N18", "C7A") as bits,
// so the combination rules skip notes without their codes cheaply.
type catSet [26 * 10 * 36 / 64]uint64

func catBit(code string) int {
	if len(code) < 3 || code[0] < 'A' || code[0] > 'Z' || code[1] < '0' || code[1] > '9' {
		return -1
	}
	c := code[2]
	switch {
	case c >= '0' && c <= '9':
		c -= '0'
	case c >= 'A' && c <= 'Z':
		c = c - 'A' + 10
	default:
		return -1
	}
	return (int(code[0]-'A')*10+int(code[1]-'0'))*36 + int(c)
}

// add puts code's category in the set (codes outside A00-Z99 are ignored).
func (s *catSet) add(code string) {
	if b := catBit(code); b >= 0 {
		s[b/64] |= 1 << (b % 64)
	}
}

// has reports whether a code of pattern p's category ("N18*", "I10") is in
// the set; a pattern without a full category is assumed present.
func (s *catSet) has(p string) bool {
	b := catBit(p)
	return b < 0 || s[b/64]&(1<<(b%64)) != 0
}

// excludesCode reports whether code a's Excludes1 notes name code b.
func (e *Engine) excludesCode(a, b string) bool {
	ci, ok := e.cs.Lookup(a)
	if !ok {
		return false
	}
	k := undot(b)
	for _, r := range e.noteRefs(ci, 'x') {
		if r.covers(k) {
			return true
		}
	}
	return false
}

// defaultTitle returns the phrase of data/default_child.txt that title
// holds ("not having achieved remission"), or "": the default state a
// sibling's title, when the note names the axis, replaces
// (dropLessSpecific).
func (e *Engine) defaultTitle(title string) string {
	for _, p := range e.lx.defaultChild {
		if containsFold(title, p) {
			return p
		}
	}
	return ""
}

// dropLessSpecific removes a code when the note also has a more specific
// code for the same condition: an ancestor of another code, or the
// "unspecified" / "without complications" code of a category that has a
// specified code.
func dropLessSpecific(e *Engine, codes []model.Code, inpatient bool) []model.Code {
	keys := undotAll(codes)
	// title flags once per code, not once per pair
	woc := make([]bool, len(codes)) // "without complication(s)", "uncomplicated"
	uns := make([]bool, len(codes)) // unspecifiedTitle
	var wb [16]int
	with := wb[:0] // the codes whose title says "with": few in a note
	for i, c := range codes {
		woc[i] = containsFold(c.Title, "without complication") || strings.HasSuffix(c.Title, ", uncomplicated")
		uns[i] = woc[i] || containsFold(c.Title, "unspecified")
		if strings.Contains(c.Title, " with ") {
			with = append(with, i)
		}
	}
	drop := make([]bool, len(codes))
	kx := newKeyIndex(keys)
	for i, c := range codes {
		k := keys[i]
		// the codes below k in the tabular follow it in sorted order
		drop[i] = kx.anyUnder(k, func(j int) bool {
			return j != i && len(keys[j]) > len(k) && asStanding(c.Assertion, codes[j].Assertion, inpatient)
		})
		if !drop[i] && uns[i] && len(k) >= 3 {
			// "Pain in unspecified knee" beside "Pain in right knee": the
			// same condition, what it left open documented elsewhere in
			// the note. So too a code read from words that a specified
			// code of its category also read ("status epilepticus" in
			// "absence epilepsy with status epilepticus").
			cat := k[:3]
			q, _ := slices.BinarySearch(kx.keys, cat) // the category's codes follow
			for ; q < len(kx.keys) && strings.HasPrefix(kx.keys[q], cat); q++ {
				j := kx.pos[q]
				o := codes[j]
				if i != j && asStanding(c.Assertion, o.Assertion, inpatient) && (len(keys[j]) == len(k) && slotFilled(c.Title, o.Title, keys[j][:len(k)-1] == k[:len(k)-1]) || namedWithin(c.Title, o.Title) || acuteOfSame(c.Title, o.Title) || inside(c.Evidence, o.Evidence) && !unspecifiedTitle(o.Title) || e.unspecifiedBranch(c.Code, o.Code, k, keys[j])) && !(e.bw.both[cat] && birthAxis(c.Title) != birthAxis(o.Title)) {
					drop[i] = true
					break
				}
			}
		}
		if !drop[i] && len(k) >= 4 && (strings.Contains(c.Why, noteDefaultChild) || strings.HasPrefix(c.Why, tabularInclusionWhy) || len(k) >= 6) && e.defaultTitle(c.Title) != "" {
			// "CML diagnosed in chronic phase" took the default child
			// (C92.10, "not having achieved remission",
			// data/default_child.txt) for want of a word; the plan's "CML
			// in remission" (C92.11) names that axis for the same
			// condition: the sibling the note documents stands.
			// The axis may be the one above the last, and the index
			// may name the default itself: "migraine without aura" is
			// G43.009 (not intractable, without status) by the index,
			// and the assessment's G43.011 names both intractability
			// and status, a cousin under G43.0.
			// Then the cousin must be the same condition, its title
			// the same up to the default phrase.
			// A tabular inclusion term ("Multiple myeloma NOS" under
			// C90.00) read the default the same way: the assessment's
			// "myeloma in remission" (C90.01) names the axis.
			dp := e.defaultTitle(c.Title)
			lead := c.Title
			if x := strings.Index(strings.ToLower(c.Title), dp); x >= 0 {
				lead = c.Title[:x]
			}
			byDefault := strings.Contains(c.Why, noteDefaultChild)
			for up := 1; up <= 2 && !drop[i] && len(k)-up >= 4; up++ {
				par := k[:len(k)-up]
				drop[i] = kx.anyUnder(par, func(j int) bool {
					return j != i && len(keys[j]) == len(k) && !containsFold(codes[j].Title, dp) && (byDefault && up == 1 || strings.HasPrefix(codes[j].Title, lead)) && asStanding(c.Assertion, codes[j].Assertion, inpatient)
				})
			}
		}
		if !drop[i] && uns[i] && len(k) == 4 && k[3] == '9' && c.Code[0] != 'Z' && e.categoryResidual(c.Code, k[:3], c.Title) {
			// "Dorsalgia, unspecified" beside "Low back pain,
			// unspecified": the category's own condition left
			// unspecified gives way to any kind of it the note names.
			cat := k[:3]
			drop[i] = kx.anyUnder(cat, func(j int) bool {
				return i != j && asStanding(c.Assertion, codes[j].Assertion, inpatient) && keys[j] != k && !otherSubterm(c.Why, codes[j].Why) && !(e.otherMain(c.Why, codes[j].Code) && e.otherMain(codes[j].Why, c.Code))
			})
		}
		if !drop[i] && uns[i] && c.Code[0] != 'Z' {
			if m, ok := bareMain(c.Why); ok {
				// "Rheumatoid arthritis ... her arthritis is flaring":
				// the bare main term (Arthritis M19.90, an unspecified
				// osteoarthritis) is the condition the note names under
				// one of its subterms elsewhere (Arthritis, rheumatoid),
				// not a second one. Only when that code's title names the
				// condition: "Ileus, postoperative" is K91.89, a
				// postprocedural disorder whose use-additional note the
				// ileus (K56.7) specifies; nor a pair the tabular asks for.
				for j := range codes {
					if j != i && asStanding(c.Assertion, codes[j].Assertion, inpatient) && e.kindSubterm(codes[j].Why, m) && namesMain(codes[j].Title, m) && !e.askedBeside(c.Code, codes[j].Code) {
						drop[i] = true
						break
					}
				}
			}
		}
		if !drop[i] && uns[i] && len(k) >= 5 && k[3] == '9' && e.subResidual(c.Code[:5], k[:3]) {
			// "Infectious mononucleosis, unspecified without
			// complication" (B27.90) beside "Gammaherpesviral
			// mononucleosis without complication" (B27.00): the
			// subcategory is the category's condition with nothing said
			// of its kind, and a kind the note names with the same
			// characters after it (the complication) is that condition.
			cat := k[:3]
			drop[i] = kx.anyUnder(cat, func(j int) bool {
				return i != j && asStanding(c.Assertion, codes[j].Assertion, inpatient) && len(keys[j]) == len(k) && keys[j][3] != '9' && keys[j][4:] == k[4:]
			})
		}
		if !drop[i] && uns[i] && unspecifiedPart(c.Title) {
			// "Hip fracture" (S72.001-, unspecified part of the neck of
			// the right femur) beside the right intertrochanteric
			// fracture; "acute osteomyelitis, unspecified site" (M86.00)
			// beside the same osteomyelitis of the right calcaneus: the
			// condition read once without its part (I.B.1). A part of
			// the other side is another injury; another code of an
			// unspecified part says no more.
			side := sideWord(c.Title)
			for _, p := range e.partScope(c.Code) {
				if drop[i] = kx.anyUnder(p, func(j int) bool {
					return i != j && keys[j] != k && !unspecifiedPart(codes[j].Title) && asStanding(c.Assertion, codes[j].Assertion, inpatient) && (side == "" || sideWord(codes[j].Title) == side)
				}); drop[i] {
					break
				}
			}
		}
		if !drop[i] && uns[i] && len(k) >= 5 && c.Code[0] == 'S' && strings.HasPrefix(c.Title, "Unspecified fracture of ") {
			// "X-ray: fracture of the distal radius" (S52.509, an
			// unspecified fracture of the lower end of the radius) beside
			// the assessment's "Colles fracture, right distal radius"
			// (S52.531): one fracture of the part, its kind named, on the
			// side the unspecified one leaves open or states alike. Two
			// initial encounters of another wound are two fractures (an
			// open fracture of the upper humerus is another than the
			// closed one of its tuberosity); the history's first
			// encounter of the fracture followed up is the same one.
			side := sideWord(c.Title)
			drop[i] = kx.anyUnder(k[:4], func(j int) bool {
				o := codes[j]
				return i != j && keys[j] != k && len(keys[j]) == len(k) && !otherWound(k[len(k)-1], keys[j][len(k)-1]) && !strings.HasPrefix(o.Title, "Unspecified fracture of ") && asStanding(c.Assertion, o.Assertion, inpatient) && (side == "" || sideWord(o.Title) == side)
			})
		}
		if !drop[i] && notIntractableDefault(codes, i) {
			drop[i] = true
		}
		if !drop[i] && len(k) == 5 && k[4] == '0' && strings.HasSuffix(c.Title, ", unspecified") {
			// "Constipation, unspecified" (K59.00) beside "Other
			// constipation" (K59.09, "constipation, chronic"): the
			// subcategory's condition left unspecified is the kind of
			// it the note names elsewhere.
			drop[i] = kx.anyUnder(k[:4], func(j int) bool {
				return i != j && len(keys[j]) == 5 && keys[j] != k && asStanding(c.Assertion, codes[j].Assertion, inpatient)
			})
		}
		if !drop[i] && len(k) == 5 && k[4] == '9' && containsFold(c.Title, " other ") {
			// "Anterior STEMI, LAD occlusion": the infarct of "other
			// coronary artery of anterior wall" (I21.09) and the one of
			// the named vessel (I21.02) read one word together: one
			// infarct, its vessel named, so the residual kind gives way.
			// In a subcategory of data/one_event.txt the two readings
			// need not share a word: "Dx: anterior STEMI" and "culprit
			// LAD occlusion" in two sentences are still the one infarct
			// of the stay, coded by its vessel.
			oneEvent := hasAnyPrefix(c.Code, e.lx.oneEvent)
			drop[i] = kx.anyUnder(k[:4], func(j int) bool {
				return i != j && len(keys[j]) == 5 && keys[j] != k && asStanding(c.Assertion, codes[j].Assertion, inpatient) && (oneEvent || spansShared(c.Evidence, codes[j].Evidence))
			})
		}
		if !drop[i] && uns[i] && e.organismNamedElsewhere(codes, i) {
			drop[i] = true
		}
		if !drop[i] && (uns[i] || strings.HasPrefix(c.Title, otherSpecified)) && e.namedAfterWith(codes, i, with) {
			drop[i] = true
		}
		if !drop[i] && len(k) >= 3 && c.Code[0] != 'Z' {
			// A code "without" what a sibling of its category says "with",
			// the sibling's assertion standing as strongly (asStanding: the
			// history's "known Graves disease" beside the assessment's
			// thyroid storm of it is one condition, E05.01).
			if w := withoutWord(c.Title); w != "" {
				for j, o := range codes {
					if i != j && asStanding(c.Assertion, o.Assertion, inpatient) && len(keys[j]) >= 3 && keys[j][:3] == k[:3] && (namesWith(o.Title, w) || laterWithout(c.Title, o.Title)) && !otherSides(c.Title, o.Title) && !withUnspecified(o.Title) {
						drop[i] = true
						break
					}
				}
			}
		}
		if !drop[i] && len(k) >= 5 && withUnspecified(c.Title) {
			// "Concussion" of the history read at the index's default
			// (S06.0X9, "with loss of consciousness of unspecified
			// duration") beside the assessment's "concussion without loss
			// of consciousness" (S06.0X0) or "with brief loss of
			// consciousness" (S06.0X1): one concussion, its axis stated
			// (the encounter's 7th character the same).
			drop[i] = kx.anyUnder(k[:3], func(j int) bool {
				return i != j && oneCharApart(k, keys[j]) && asStanding(c.Assertion, codes[j].Assertion, inpatient)
			})
		}
		if drop[i] || !woc[i] || len(k) < 3 || strings.HasPrefix(c.Code, "Z") {
			continue
		}
		for j, o := range codes {
			// (A sibling that says the complication wins even when its
			// title is "unspecified" too: "Unspecified asthma,
			// uncomplicated" beside "Unspecified asthma with (acute)
			// exacerbation"; "Type 2 diabetes mellitus with unspecified
			// diabetic retinopathy with macular edema" beside "without
			// complications": what it leaves unspecified is the
			// complication's kind, not whether there is one.)
			if ok := keys[j]; i != j && asStanding(c.Assertion, o.Assertion, inpatient) && len(ok) >= 3 && k[:3] == ok[:3] && k != ok && (!uns[j] || !woc[j] && (len(ok) == len(k) && ok[:len(ok)-1] == k[:len(k)-1] || containsFold(o.Title, " with "))) {
				drop[i] = true
				break
			}
		}
	}
	e.kindOfUnspecifiedWith(codes, drop, uns, woc, keys, inpatient)
	e.dropNamedWithin(codes, drop, uns, inpatient)
	return compactCodes(codes, drop)
}

// otherSides reports whether two code titles name different sides ("right
// eye" and "left eye"): "mild retinopathy without macular edema, left eye"
// beside "moderate retinopathy with macular edema, right eye" are two eyes'
// findings, each coded (guideline I.B.13), not a "without" read beside a
// "with" of the same condition. Only called for a title that says "without";
// titleSide (foundas.go) reads one side, left or right.
func otherSides(a, b string) bool {
	sa, sb := titleSide(a), titleSide(b)
	return sa != 0 && sb != 0 && sa != sb
}

// kindOfUnspecifiedWith gives a code titled "Unspecified X with Y" the kind
// another code of its category states for the same condition: "status
// asthmaticus" read alone (J45.902, "Unspecified asthma with status
// asthmaticus") beside "severe persistent asthma" (J45.50, or J45.51 with
// an exacerbation) is the severe persistent asthma's sibling "with status
// asthmaticus" (J45.52): one asthma, its severity and its complication
// said in different sentences. The kind's uncomplicated code then goes
// (a code "with" another complication stays for the data rules, such as
// integral.tsv, to judge). Only a sibling whose title is the kind's own
// stem with the same "with" clause is taken.
func (e *Engine) kindOfUnspecifiedWith(codes []model.Code, drop, uns, woc []bool, keys []string, inpatient bool) {
	for j := range codes {
		o := &codes[j]
		if drop[j] || !uns[j] || !strings.HasPrefix(o.Title, "Unspecified ") {
			continue
		}
		_, with, ok := strings.Cut(o.Title, " with ")
		if !ok || len(keys[j]) < 4 {
			continue
		}
		for i := range codes {
			c := &codes[i]
			if i == j || len(keys[i]) < 4 || keys[i][:3] != keys[j][:3] || strings.HasPrefix(c.Title, "Unspecified ") || c.Assertion != o.Assertion || !asStanding(c.Assertion, o.Assertion, inpatient) {
				continue
			}
			stem, _, cut := strings.Cut(c.Title, " with ")
			if !cut {
				stem, cut = strings.CutSuffix(c.Title, ", uncomplicated")
			}
			if !cut || stem == "" {
				continue
			}
			pc, ok := e.cs.Lookup(c.Code)
			if !ok || pc.Parent == "" {
				continue
			}
			want := stem + " with " + with
			for _, sib := range e.cs.Children(pc.Parent) {
				if sib.Billable && sib.Title == want {
					o.Code, o.Title = sib.Code, sib.Title
					o.Why += "; the kind " + c.Code + " states"
					if woc[i] {
						drop[i] = true
					}
					break
				}
			}
			if !strings.HasPrefix(o.Title, "Unspecified ") {
				break
			}
		}
	}
}

// titleFiller holds the words of a code title that say nothing of the
// condition itself: what "unspecified" leaves open and the connectives.
var titleFiller = map[string]bool{"unspecified": true, "of": true, "the": true, "and": true, "or": true, "in": true,
	"with": true, "without": true, "site": true, "sites": true, "part": true, "type": true, "organism": true, "not": true,
	"elsewhere": true, "classified": true, "nos": true, "other": true, "specified": true, "a": true, "to": true,
	"due": true, "by": true, "as": true, "cause": true, "diseases": true}

// titleContent returns the lower-cased words of a title less titleFiller.
func titleContent(t string) []string {
	var out []string
	for _, w := range strings.FieldsFunc(strings.ToLower(t), func(r rune) bool {
		return !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9')
	}) {
		if !titleFiller[w] {
			out = append(out, w)
		}
	}
	return out
}

// titleMemo holds titleContent's words per code title: the note-level step
// runs on every keystroke with the note's same few codes, and a title's
// split allocates. Titles come from the code set, so it is bounded by it.
var titleMemo sync.Map

// titleContentMemo is titleContent remembered per title (titleMemo); the words
// are shared, so callers only read them.
func titleContentMemo(t string) []string {
	if w, ok := titleMemo.Load(t); ok {
		return w.([]string)
	}
	w := titleContent(t)
	titleMemo.Store(t, w)
	return w
}

// sansSide returns a title without its closing laterality (", right eye",
// ", left ear", ", bilateral"): the side's organ is the condition's own.
func sansSide(t string) string {
	if k := strings.LastIndex(t, ", "); k > 0 {
		rest := t[k+2:]
		if strings.HasPrefix(rest, "right") || strings.HasPrefix(rest, "left") || strings.HasPrefix(rest, "bilateral") || strings.HasPrefix(rest, "unspecified") {
			return t[:k]
		}
	}
	return t
}

// addsSite reports whether a title's words more (than base) name a body
// site.
func (e *Engine) addsSite(more, base []string) bool {
	for _, w := range more {
		if slices.Contains(base, w) {
			continue
		}
		for _, x := range e.phraseIDs(w) {
			if x != 0 && e.isSite(x) {
				return true
			}
		}
	}
	return false
}

// dropNamedWithin marks an "unspecified" code whose title's words all stand
// in the title of another code of the note whose code starts with the same
// letter, of any category: "Unspecified protein-calorie malnutrition" (E46)
// beside "Unspecified severe protein-calorie malnutrition" (E43),
// "Unspecified cataract" (H26.9) beside "Age-related nuclear cataract,
// bilateral" (H25.13), "Diverticulitis of intestine, part unspecified"
// (K57.92) beside the large intestine's (K57.32): the note names one
// condition, once left open and once said (I.A.9: the unspecified code only
// when nothing more is documented). It stays when the other code's tabular
// asks for it beside it ("use additional code" or "code also": I11.0 and its
// heart failure's I50.9, I12.9 and N18.9) or asks that it be coded first
// (R65.21 after A41.9), beside another chapter's code (A53.9 beside O98.1's
// syphilis in pregnancy, which asks for the infection's code in words
// only), and beside a title that adds a body site ("Edema, unspecified"
// beside "Conjunctival edema": the note may name two edemas). Status codes
// and injuries are left alone.
func (e *Engine) dropNamedWithin(codes []model.Code, drop, uns []bool, inpatient bool) {
	// A title's words are read only for the codes a test reaches (a
	// title's split allocates; most codes of a note share no letter with an
	// unspecified one): read[j] says words[j] holds them.
	var words [][]string
	var read []bool
	wordsOf := func(j int) []string {
		if !read[j] {
			words[j], read[j] = titleContentMemo(codes[j].Title), true
		}
		return words[j]
	}
	for i, c := range codes {
		if drop[i] || !uns[i] || len(c.Code) < 3 || c.Code[0] < 'A' || c.Code[0] > 'R' {
			continue
		}
		if words == nil {
			words, read = make([][]string, len(codes)), make([]bool, len(codes))
		}
		wi := wordsOf(i)
		if len(wi) == 0 {
			continue
		}
		for j := range codes {
			o := &codes[j] // (not a copy of each code per pair; the first letter is compared before the code)
			if j == i || drop[j] || len(o.Code) < 3 || o.Code[0] != c.Code[0] || o.Code == c.Code || !asStanding(c.Assertion, o.Assertion, inpatient) || len(wordsOf(j)) <= len(wi) {
				continue
			}
			all := true
			for _, w := range wi {
				if !slices.Contains(words[j], w) {
					all = false
					break
				}
			}
			if !all || e.addsSite(titleContent(sansSide(o.Title)), wi) {
				continue
			}
			if oc, ok := e.cs.Lookup(o.Code); ok && (notesCover(oc.UseAdditional, c.Code) || notesCover(oc.CodeAlso, c.Code) || notesCover(oc.CodeFirst, c.Code)) {
				continue
			}
			if cc, ok := e.cs.Lookup(c.Code); ok && (notesCover(cc.UseAdditional, o.Code) || notesCover(cc.CodeFirst, o.Code)) {
				continue
			}
			drop[i] = true
			break
		}
	}
}

// withoutWord returns the word after the first "without" of a code title
// ("Calculus of gallbladder without cholecystitis without obstruction":
// "cholecystitis"), or "".
func withoutWord(t string) string {
	_, after, ok := strings.Cut(t, " without ")
	if !ok {
		return ""
	}
	w, _, _ := strings.Cut(after, " ")
	return strings.Trim(w, ",")
}

// laterWithout reports whether title o says "with" what a later "without"
// of title t denies, the two naming one condition before their first
// "with"/"without": "Diverticulosis of large intestine without perforation
// or abscess with bleeding" (K57.31) beside "... without perforation or
// abscess without bleeding" (K57.30), the colonoscopy's diverticula and the
// assessment's bleeding diverticulosis one condition, its bleeding stated
// (Index: Diverticulosis, large intestine, with bleeding).
func laterWithout(t, o string) bool {
	h, rest, ok := strings.Cut(t, " without ")
	if !ok || !strings.HasPrefix(o, h+" with") || strings.Contains(h, " with ") {
		return false
	}
	for {
		_, after, ok := strings.Cut(rest, " without ")
		if !ok {
			return false
		}
		w, _, _ := strings.Cut(after, " ")
		w = strings.Trim(w, ",")
		if w != "" && strings.Contains(o, " with "+w) {
			return true
		}
		rest = after
	}
}

// namesWith reports whether title t has w after a "with" and before any
// "without": "Calculus of gallbladder with chronic cholecystitis without
// obstruction" names the cholecystitis. dropLessSpecific drops a code that
// says the note's condition is without it beside one of its category that
// says it is with it ("multiple gallstones" of an ultrasound, K80.20, beside
// the assessment's "cholecystitis with gallstones", K80.10): the same stones,
// and the note says which.
func namesWith(t, w string) bool {
	_, after, ok := strings.Cut(t, " with ")
	if !ok {
		return false
	}
	if before, _, cut := strings.Cut(after, " without "); cut {
		after = before
	}
	for f := range strings.FieldsSeq(after) {
		if strings.Trim(f, ",") == w {
			return true
		}
	}
	return false
}

// withUnspecified reports whether title t's "with" clause (up to a comma
// or a "without") leaves what it names unspecified: "Concussion with loss
// of consciousness of unspecified duration" (S06.0X9) is the index's
// default for a bare "concussion", no statement that consciousness was
// lost, so it does not outweigh the assessment's "concussion without loss
// of consciousness" (S06.0X0) the way a documented "with" does
// (dropLessSpecific's without/with rule).
func withUnspecified(t string) bool {
	_, after, ok := strings.Cut(t, " with ")
	if !ok {
		return false
	}
	if before, _, cut := strings.Cut(after, " without "); cut {
		after = before
	}
	if before, _, cut := strings.Cut(after, ","); cut {
		after = before
	}
	return strings.Contains(after, "unspecified")
}

// oneCharApart reports whether undotted codes a and b have the same length
// and differ in exactly one character: siblings on one axis.
func oneCharApart(a, b string) bool {
	if len(a) != len(b) {
		return false
	}
	n := 0
	for i := 0; i < len(a); i++ {
		if a[i] != b[i] {
			n++
		}
	}
	return n == 1
}

// acuteOfSame reports whether title a is "Chronic or unspecified X" and b
// "Acute X" (K25-K28: "Chronic or unspecified duodenal ulcer with
// hemorrhage" beside "Acute duodenal ulcer with hemorrhage"): the ulcer the
// note calls acute once is the one it names without acuity elsewhere.
func acuteOfSame(a, b string) bool {
	const cu, ac = "Chronic or unspecified ", "Acute "
	return len(a) > len(cu) && len(b) > len(ac) && strings.EqualFold(a[:len(cu)], cu) && strings.EqualFold(b[:len(ac)], ac) && strings.EqualFold(a[len(cu):], b[len(ac):])
}

// asStanding reports whether a code of assertion a gives way to a more
// specific code of assertion b: the same assertion, or a possible one beside
// a present one ("AKI ... likely ATN" beside "AKI", "back pain" read as
// possible beside "chronic low back pain"): an uncertain diagnosis is coded
// as established in the inpatient setting (guidelines II.H, III.C), and in
// either setting the present kind says more than the uncertain unspecified
// one. Outpatient a present code never gives way to a possible one (the
// results do not report the possible); inpatient it does, the possible
// being coded as established: "AKI" beside "AKI ... likely ATN" is the ATN
// (N17.0), not N17.9 beside it. A condition the history names unspecified
// ("h/o MDD, recurrent") gives way to the present, specified kind of it
// ("MDD, recurrent, severe with psychotic features"): the episode now is the
// same condition.
func asStanding(a, b model.Assertion, inpatient bool) bool {
	return a == b || (a == model.Possible || a == model.Historical) && b == model.Present || inpatient && a == model.Present && b == model.Possible
}

// organismNamedElsewhere reports whether codes[i] is a condition with its
// organism left open ("Pneumonia, unspecified organism" J18.9) beside a code
// of the same tabular block that names the condition with its organism (J13
// "Pneumonia due to Streptococcus pneumoniae", J15.1, J12.9 "Viral
// pneumonia, unspecified"): a hospital course's "pneumonia" is the
// diagnosis list's pneumococcal pneumonia, which the block codes in another
// category than the unspecified one. The condition's words must all be in
// the other code's title or one of its inclusion terms ("Bronchopneumonia
// due to S. pneumoniae" under J13).
func (e *Engine) organismNamedElsewhere(codes []model.Code, i int) bool {
	c := codes[i]
	head, ok := strings.CutSuffix(c.Title, ", unspecified organism")
	if !ok {
		return false
	}
	cc, ok := e.cs.Lookup(c.Code)
	if !ok || cc.Section == "" {
		return false
	}
	for j, o := range codes {
		if i == j || o.Assertion != c.Assertion || containsFold(o.Title, "unspecified organism") {
			continue
		}
		oc, ok := e.cs.Lookup(o.Code)
		if !ok || oc.Section != cc.Section {
			continue
		}
		if wordsWithin(head, o.Title, func(string) bool { return false }) || slices.ContainsFunc(oc.Inclusion, func(t string) bool { return wordsWithin(head, t, func(string) bool { return false }) }) {
			return true
		}
	}
	return false
}

// namedAfterWith reports whether codes[i], an unspecified code
// ("Rheumatoid arthritis, unspecified" M06.9) or an other specified one
// (otherSpecified), names nothing that another
// code's title does not name after its "with" (M05.10 "Rheumatoid lung
// disease with rheumatoid arthritis of unspecified site"): the combination
// code names both conditions, and the one it names is not coded again
// (guideline I.A.15, I.B.9), whatever its category. A code that the other's
// tabular notes ask for beside it (I11.0's "use additional code to identify
// the type of heart failure", a code-first or code-also note) stays. with
// holds the indexes of the codes whose title says "with", the only ones
// asked (each pair's answer is cached: it depends on the two codes alone).
func (e *Engine) namedAfterWith(codes []model.Code, i int, with []int) bool {
	c := codes[i]
	for _, j := range with {
		o := codes[j]
		if i == j || o.Assertion != c.Assertion {
			continue
		}
		if cachedPair(&e.afterWith, c.Code, o.Code, func() bool {
			_, y, ok := strings.Cut(o.Title, " with ")
			res := strings.HasPrefix(c.Title, otherSpecified)
			return ok && wordsWithin(c.Title, y, func(w string) bool {
				return strings.EqualFold(w, "unspecified") || res && (strings.EqualFold(w, "other") || strings.EqualFold(w, "specified"))
			}) && !e.askedBeside(c.Code, o.Code)
		}) {
			return true
		}
	}
	return false
}

// otherSpecified starts the title of a category's residual kind ("Other
// specified rheumatoid arthritis, right knee", M06.861): namedAfterWith reads
// such a code as the condition with nothing said of its kind, which a
// combination code's "with" names ("Rheumatoid lung disease with rheumatoid
// arthritis of right knee", M05.161) as well as an unspecified one.
const otherSpecified = "Other specified "

// askedBeside reports whether the tabular notes of a or b ask for the other
// code beside it: use additional code, code first, code also.
func (e *Engine) askedBeside(a, b string) bool {
	ca, ok := e.cs.Lookup(a)
	if !ok {
		return true
	}
	cb, ok := e.cs.Lookup(b)
	if !ok {
		return true
	}
	ka, kb := undot(a), undot(b)
	for _, kind := range []byte{'u', 'f'} {
		if anyCovers(e.noteRefs(ca, kind), kb) || anyCovers(e.noteRefs(cb, kind), ka) {
			return true
		}
	}
	// (Code-also notes are not cached: only a pair whose titles matched
	// above gets here.)
	return anyCovers(compileRefs(ca.CodeAlso), kb) || anyCovers(compileRefs(cb.CodeAlso), ka)
}

// birthAxis returns the axis a newborn code's title names: 'w' birth
// weight, 'a' gestational age, or 0. A category that codes both (P07) has an
// unspecified code on each: "low birth weight, unspecified weight" is not
// made less specific by "gestational age 34 completed weeks" (I.C.16.e).
func birthAxis(t string) byte {
	switch {
	case containsFold(t, "gestational age") || containsFold(t, "weeks of gestation"):
		return 'a'
	case containsFold(t, "weight"):
		return 'w'
	}
	return 0
}

// categoryResidual reports whether code's title names nothing but what the
// title of its category cat names ("Dorsalgia, unspecified" in M54
// "Dorsalgia", "Unspecified abdominal pain" in R10 "Abdominal and pelvic
// pain"): the code is the category's condition with nothing said about it.
func (e *Engine) categoryResidual(code, cat, title string) bool {
	// (Cached by code: the note-level step asks on every keystroke.)
	if v, ok := e.residual.get(code); ok {
		return v
	}
	return e.residual.put(code, e.namesOnlyCategory(cat, title))
}

// subResidual reports whether subcategory sub ("B27.9") names nothing but
// what its category cat names: categoryResidual of the subcategory's title.
func (e *Engine) subResidual(sub, cat string) bool {
	if v, ok := e.residual.get(sub); ok {
		return v
	}
	t, ok := e.cs.Lookup(sub)
	if !ok {
		return e.residual.put(sub, false)
	}
	return e.residual.put(sub, e.namesOnlyCategory(cat, t.Title))
}

// namesOnlyCategory is categoryResidual uncached.
func (e *Engine) namesOnlyCategory(cat, title string) bool {
	ct, ok := e.cs.Lookup(cat)
	if !ok {
		return false
	}
	return wordsWithin(title, ct.Title, isUnspecified)
}

// wordsWithin reports whether every word of a that skip does not pass over
// is a word of b, and there is at least one; case-blind, without
// allocating (the note-level step runs on every keystroke).
func wordsWithin(a, b string, skip func(w string) bool) bool {
	n, all := 0, true
	eachWord(a, func(w string) bool {
		if skip(w) {
			return true
		}
		n++
		found := false
		eachWord(b, func(x string) bool {
			found = strings.EqualFold(x, w)
			return !found
		})
		all = found
		return all
	})
	return all && n > 0
}

// eachWord calls f with each run of letters and digits of s, in order,
// until f returns false; it does not allocate (it runs on every keystroke's
// note-level step).
func eachWord(s string, f func(w string) bool) {
	start := -1
	for i, r := range s {
		if notLetter(r) {
			if start >= 0 && !f(s[start:i]) {
				return
			}
			start = -1
		} else if start < 0 {
			start = i
		}
	}
	if start >= 0 {
		f(s[start:])
	}
}

// slotFilled reports whether title b is title a with its one "unspecified"
// slot filled: the same words before and after, and in place of
// "unspecified" words that name what it left open ("Pain in unspecified
// knee" / "Pain in right knee", "Nicotine dependence, unspecified,
// uncomplicated" / "..., cigarettes, uncomplicated", "left breast,
// unspecified quadrant" / "left breast, lower outer quadrant"), or an
// "unspecified" axis word filled by a word of that axis ("unspecified
// control" / "diet controlled"). Between siblings of one subcategory
// (sibling) the axis is the subcategory's own, and any words that name it
// fill it: "... right heel and midfoot with unspecified severity" (L97.419)
// / "... with fat layer exposed" (L97.412).
func slotFilled(a, b string, sibling bool) bool {
	fa, fb := strings.FieldsFunc(a, notLetter), strings.FieldsFunc(b, notLetter)
	p := 0 // common prefix
	for p < len(fa) && p < len(fb) && strings.EqualFold(fa[p], fb[p]) {
		p++
	}
	s := 0 // common suffix after it
	for s < len(fa)-p && s < len(fb)-p && sameOrPlural(fa[len(fa)-1-s], fb[len(fb)-1-s]) {
		s++
	}
	slot, fill := fa[p:len(fa)-s], fb[p:len(fb)-s]
	if len(slot) == 2 && strings.EqualFold(slot[0], "unspecified") && len(fill) > 0 && (sibling || len(fill) <= 5 && slices.ContainsFunc(fill, func(w string) bool {
		return len(w) >= len(slot[1]) && strings.EqualFold(w[:len(slot[1])], slot[1])
	})) {
		// "..., unspecified control" (O24.419) beside "..., diet
		// controlled" or "..., controlled by oral hypoglycemic drugs":
		// the axis the slot names, filled.
		return !slices.ContainsFunc(fill, func(w string) bool { return strings.EqualFold(w, "unspecified") || strings.EqualFold(w, "other") })
	}
	if len(slot) != 1 || !strings.EqualFold(slot[0], "unspecified") || len(fill) == 0 || len(fill) > 3 {
		return false
	}
	for _, w := range fill {
		if strings.EqualFold(w, "unspecified") || strings.EqualFold(w, "other") || strings.EqualFold(w, "and") || strings.EqualFold(w, "or") {
			return false
		}
	}
	return true
}

// sameOrPlural reports whether words a and b are one word, or one the plural
// of the other: a bilateral code names its site in the plural ("Carpal tunnel
// syndrome, unspecified upper limb" / "..., bilateral upper limbs"), and the
// slot "unspecified" is then filled by "bilateral".
func sameOrPlural(a, b string) bool {
	if len(a) > len(b) {
		a, b = b, a
	}
	return strings.EqualFold(a, b) || len(b) == len(a)+1 && (b[len(a)] == 's' || b[len(a)] == 'S') && strings.EqualFold(a, b[:len(a)])
}

// unspecifiedBranch reports whether code a (key ka) is code b (key kb) but
// for one character, at which a takes its parent's "unspecified" branch and
// b a named one of the same parent, the tabular's titles say: "Unspecified
// open wound of forearm" (S51.80-) beside "Laceration without foreign body
// of forearm" (S51.81-), the side and the encounter the same (S51.802A,
// S51.812A): a stab wound coded both ways is the laceration. A named
// "Other ..." branch is no more specific and keeps both.
func (e *Engine) unspecifiedBranch(a, b, ka, kb string) bool {
	if len(ka) != len(kb) || len(a) != len(b) || len(ka) < 5 {
		return false
	}
	d := -1
	for x := 0; x < len(ka); x++ {
		if ka[x] != kb[x] {
			if d >= 0 {
				return false
			}
			d = x
		}
	}
	if d < 3 || d+1 >= len(ka) {
		// (The last character is the slotFilled reading's; a branch
		// needs characters after it that agree: the site, the side,
		// the encounter.)
		return false
	}
	ca, ok := e.cs.Lookup(a[:d+2])
	if !ok || !unspecifiedTitle(ca.Title) {
		return false
	}
	cb, ok := e.cs.Lookup(b[:d+2])
	if !ok || ca.Parent != cb.Parent || unspecifiedTitle(cb.Title) || strings.HasPrefix(strings.ToLower(cb.Title), "other") {
		return false
	}
	p, ok := e.cs.Lookup(ca.Parent)
	return ok && sameWordsBut(ca.Title, p.Title, "unspecified")
}

// sameWordsBut reports whether titles a and b have the same words, letter
// case and "the" aside, once a's word extra is left out: "Unspecified open
// wound of forearm" is its parent "Open wound of forearm" with nothing said
// of the kind, where "Anaphylactic shock, unspecified" (T78.2) is a
// condition of its own beside its parent's other members.
func sameWordsBut(a, b, extra string) bool {
	keep := func(t string, drop string) []string {
		var out []string
		for _, w := range strings.FieldsFunc(t, notLetter) {
			if !strings.EqualFold(w, "the") && !strings.EqualFold(w, drop) {
				out = append(out, strings.ToLower(w))
			}
		}
		return out
	}
	return slices.Equal(keep(a, extra), keep(b, ""))
}

// namedWithin reports whether the unspecified title a ("Heart failure,
// unspecified", "Pneumonia, unspecified organism") names nothing that the
// longer title b ("Chronic diastolic (congestive) heart failure", "Lobar
// pneumonia, unspecified organism") does not: b is the same condition with
// more said about it. Titles of other conditions of the category ("Nausea"
// beside "Vomiting, unspecified") keep both. The "unspecified" of a does not
// count toward its length: "Unspecified atrial fibrillation" is named within
// "Paroxysmal atrial fibrillation", "Amenorrhea, unspecified" within
// "Secondary amenorrhea", titles of as many words.
func namedWithin(a, b string) bool {
	n := 0
	eachWord(a, func(w string) bool {
		if !isUnspecified(w) {
			n++
		}
		return true
	})
	return n < wordCount(b) && wordsWithin(a, b, isUnspecified)
}

// isUnspecified is the word a title uses for what it leaves open.
func isUnspecified(w string) bool { return strings.EqualFold(w, "unspecified") }

// wordCount counts the words of s as eachWord splits them.
func wordCount(s string) int {
	n := 0
	eachWord(s, func(string) bool { n++; return true })
	return n
}

// notLetter reports whether r separates the words of a title (neither a
// letter nor a digit).
func notLetter(r rune) bool {
	if r < utf8.RuneSelf {
		// (ASCII, nearly every byte of a title: a table bit instead of
		// two Unicode class look-ups.)
		return asciiWordByte[r] == 0
	}
	return !unicode.IsLetter(r) && !unicode.IsDigit(r)
}

// asciiWordByte marks the ASCII letters and digits (notLetter's fast path).
var asciiWordByte = func() (t [utf8.RuneSelf]byte) {
	for c := range utf8.RuneSelf {
		if c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' {
			t[c] = 1
		}
	}
	return t
}()

// dropWhere removes the codes gone reports, asking in order over the
// unchanged slice (gone may look at the other codes, and may rewrite the
// one it is given when it keeps it) and compacting once at the end; a pass
// that drops nothing allocates nothing.
func dropWhere(codes []model.Code, gone func(c *model.Code) bool) []model.Code {
	var drop []bool
	for i := range codes {
		if gone(&codes[i]) {
			if drop == nil {
				drop = make([]bool, len(codes))
			}
			drop[i] = true
		}
	}
	if drop == nil {
		return codes
	}
	return compactCodes(codes, drop)
}

// compactCodes removes the dropped codes in place (the note-level rules
// decide on the whole list first, then compact).
func compactCodes(codes []model.Code, drop []bool) []model.Code {
	out := codes[:0]
	for i := range codes {
		if !drop[i] {
			out = append(out, codes[i])
		}
	}
	clear(codes[len(out):])
	return out
}

func unspecifiedTitle(t string) bool {
	t = strings.ToLower(t)
	// ("loss of consciousness status unknown" is the NOS child of S06
	// codes: it says no more than "unspecified".)
	return strings.Contains(t, "unspecified") || strings.Contains(t, "without complication") || strings.Contains(t, "status unknown")
}

// dropIntegral removes symptom codes integral to a coded definitive
// diagnosis (guidelines I.B.4-5): a symptom read inside a diagnosis's
// evidence, or one that data/integral.tsv links to a coded diagnosis. In a
// note whose assessment codes something (assessed), a diagnosis
// named only in the past medical history accounts for no symptom by a data
// rule: the assessment's "shortness of breath" with hemoptysis is the
// visit's problem, not the asthma of the history list (IV.D).
func (e *Engine) dropIntegral(codes []model.Code, u *unaddressed, assessed bool) []model.Code {
	drop := make([]bool, len(codes))
	var pastOf []int8 // u.pastOnly of each code: 0 not asked yet, 1 no, 2 yes
	if assessed {
		pastOf = make([]int8, len(codes))
	}
	var rb [8]*integralRule
	for i, c := range codes {
		fam := c.Assertion == model.Family
		site, injury := "", false
		if !fam { // (a relative's condition is no sign of the patient's)
			site = painSite(c)
			if site == "" {
				site = unspecifiedInjurySite(c)
				injury = true
			}
		}
		if site != "" {
			for j, o := range codes {
				if i != j && accounts(o, c) && atSite(o, site) && (!injury || o.Code[0] == 'S') {
					drop[i] = true
					break
				}
			}
			if drop[i] {
				continue
			}
		}
		rules := rb[:0] // the integral.tsv rules of this symptom
		if len(c.Code) >= 3 {
			for _, r := range e.integralAt[c.Code[:3]] {
				if strings.HasPrefix(c.Code, e.integral[r].symptom) {
					rules = append(rules, &e.integral[r])
				}
			}
		}
		for _, r := range e.integralShort {
			if strings.HasPrefix(c.Code, e.integral[r].symptom) {
				rules = append(rules, &e.integral[r])
			}
		}
		if fam {
			// A family history only a data rule names gives way, and only
			// to the patient's current code: "dad smokes in the car" is
			// the child's exposure to his smoke (Z81.2 beside Z77.22).
			for j := range codes {
				if j != i && reportable(codes[j]) && e.rulesName(rules, codes[j].Code) {
					drop[i] = true
					break
				}
			}
			continue
		}
		if !isSymptom(c.Code) && len(rules) == 0 {
			// A sign classified outside chapter R (hypotension, I95.9)
			// is integral only where the data says so.
			continue
		}
		// II.E: a symptom followed by contrasting uncertain diagnoses
		// ("chest pain, PE vs pericarditis", a differential list) is
		// coded with them; one uncertain diagnosis coded as established
		// (II.H) takes its symptom as a certain one does.
		doubt := -1 // an uncertain diagnosis that accounts for c
		// (Whether the past-only reading can apply is c's alone; whether
		// a diagnosis lies only in the history is o's alone, asked once
		// per code of the note, not once per pair.)
		pastRule := assessed && len(rules) > 0 && e.signLike(c.Code)
		for j := range codes {
			o := &codes[j] // (not a copy of each code per pair)
			// (A status or encounter code accounts for no symptom unless a
			// rule names it: the delivery's Z37 for its pain, a financial
			// hardship's Z91 code for the hardship NEC.)
			if i == j || strings.HasPrefix(o.Code, "Z") && !e.rulesName(rules, o.Code) || !accounts(*o, c) {
				continue
			}
			// (A sign the assessment names beside a diagnosis of the
			// past only is the visit's own: the rules do not take it.)
			past := pastRule && !isSymptom(o.Code) && pastOnlyAt(pastOf, j, u, *o)
			if !e.integralTo(&c, o, rules, past) {
				continue
			}
			if o.Assertion != model.Possible {
				drop[i] = true
				break
			}
			doubt = j
		}
		if !drop[i] && doubt >= 0 && !contrasted(codes, doubt) {
			drop[i] = true
		}
	}
	pain := false  // a pain was the symptom of a coded diagnosis
	sited := false // a pain by site is coded
	// (Only a note with an R52 asks: reading every title for a pain was a
	// twentieth of each keystroke's note-level step. Each title is read at
	// most once and the reading stops at the first answer: a dropped pain
	// decides alone, a pain by site matters only without one.)
	if slices.ContainsFunc(codes, func(c model.Code) bool { return c.Code == "R52" }) {
		for i, c := range codes {
			if drop[i] && painTitle(c.Title) {
				pain = true
				break
			}
		}
		for i := 0; !pain && !sited && i < len(codes); i++ {
			c := &codes[i]
			sited = !drop[i] && c.Code != "R52" && c.Assertion == model.Present && painTitle(c.Title)
		}
	}
	if !pain && !sited {
		// A managed pain ("pain controlled") is the pain of a condition
		// or procedure the note names (I.B.5): any present code outside
		// chapters 18 and 21 accounts for it.
		for i := range codes {
			if c := &codes[i]; c.Code == "R52" && c.Marks&markManaged != 0 && slices.ContainsFunc(codes, func(o model.Code) bool {
				return o.Assertion == model.Present && o.Code[0] != 'R' && o.Code[0] != 'Z'
			}) {
				drop[i] = true
			}
		}
	}
	if pain || sited {
		// "Ice for pain", "Tylenol for the pain" in the same note is
		// that pain too, which R52 gave way to while it was coded. Beside
		// a pain coded by site (a headache, knee pain), only the bare
		// word is: R52 is pain of no stated site, and its Excludes1
		// sends localized pain to the site's code; "generalized pain"
		// reads its own subterm.
		for i, c := range codes {
			if c.Code == "R52" && c.Assertion != model.Family && (pain || barePain(c)) {
				drop[i] = true
			}
		}
	}
	return compactCodes(codes, drop)
}

// contrastWindow is how many bytes apart two uncertain diagnoses may start
// and still be read as alternatives of one statement ("PE vs pericarditis",
// "cholecystitis or hepatitis", the lines of a differential list).
const contrastWindow = 64

// contrasted reports whether the uncertain diagnosis codes[k] has an
// alternative: another uncertain diagnosis of another category stated
// beside it (II.E), from words of its own (an etiology and its
// manifestation read from one phrase, G30.9 and F02.8-, are one diagnosis).
func contrasted(codes []model.Code, k int) bool {
	o := codes[k]
	if len(o.Evidence) == 0 {
		return false
	}
	for j, x := range codes {
		if j == k || x.Assertion != model.Possible || len(x.Evidence) == 0 || sameCategory(x.Code, o.Code) || isSymptom(x.Code) || spansShared(x.Evidence, o.Evidence) {
			continue
		}
		if d := x.Evidence[0].Start - o.Evidence[0].Start; d < contrastWindow && d > -contrastWindow {
			return true
		}
	}
	return false
}

// integralTo reports whether symptom c belongs to diagnosis o
// (dropIntegral): a chapter R condition includes only the signs its
// integral.tsv rules name; another diagnosis read from words that contain
// the symptom's, or one the rules name (unless noRules), includes it.
func (e *Engine) integralTo(c, o *model.Code, rules []*integralRule, noRules bool) bool {
	if !isSymptom(o.Code) && inside(c.Evidence, o.Evidence) && !inside(o.Evidence, c.Evidence) && o.Rule != RuleCodeFirst && !sameCategory(c.Code, o.Code) && !keptPartner(e, *o, *c) && (isSymptom(c.Code) || !e.paired(o.Code, c.Code)) && !injuryOfCause(c.Code, o.Code) {
		// (Two codes read from the same words, as one abbreviation
		// gives them, "chronic LBP": M54.50 + G89.29, are not the
		// symptom of each other: each one would drop the other. An
		// etiology supplied for the code shares its evidence without
		// reading it: see addEtiologies. A code of the symptom's own
		// category there is its copy for the other side, "pain in both
		// legs" M79.604 and M79.605, not a diagnosis it belongs to. A
		// condition outside chapter R that the other code's notes ask
		// for beside it, the heart failure I50.22 of "hypertensive heart
		// disease with HF" I11.0, is coded with it, not inside it.)
		return true
	}
	return !noRules && e.rulesName(rules, o.Code) && !(injuryCode(c.Code) && oppositeSides(c.Title, o.Title))
}

// injuryCode reports a chapter 19 injury code (S00-T88): one an integral.tsv
// rule drops beside another diagnosis (a femur fracture beside the
// periprosthetic fracture M97.0- that classifies it) is that diagnosis only
// on the same side; the other side's injury is another one.
func injuryCode(c string) bool {
	return c != "" && (c[0] == 'S' || c[0] == 'T')
}

// injuryOfCause reports whether c is an injury (chapter 19, S00-T88) and o
// the external cause read from words around it ("burn from hot cooking oil":
// X10.2 reads the burn's word too): the cause says how the injury happened,
// it does not contain it, so the evidence rule of integralTo must not drop
// the injury for it.
func injuryOfCause(c, o string) bool {
	return c != "" && o != "" && (c[0] == 'S' || c[0] == 'T') && o[0] >= 'V' && o[0] <= 'Y'
}

// sameCategory reports whether codes a and b share their three-character
// category: dropIntegral's evidence rule must not read a per-side copy of a
// symptom (M79.604 beside M79.605, one reading of "both legs") as the
// diagnosis that symptom belongs to.
func sameCategory(a, b string) bool {
	return len(a) >= 3 && len(b) >= 3 && a[:3] == b[:3]
}

// keptPartner reports whether symptom c is the partner a combination code
// o was made with and o's tabular asks for it beside it ("use additional
// code": BPH with nocturia is N40.1 + R35.1): the combination merged c's
// evidence into its own, which does not make c part of it.
//
// A symptom that o's own tabular note (at o's code or category) asks for is
// kept too: I69.391's "use additional code to identify the type of
// dysphagia, if known (R13.11-R13.19)" keeps the phase read from the same
// words ("residual dysphagia, oropharyngeal phase": R13.12 beside it).
func keptPartner(e *Engine, o, c model.Code) bool {
	return strings.HasPrefix(o.Rule, RuleCombination) && e.paired(o.Code, c.Code) || e.asksOwnAdditional(o.Code, c.Code)
}

// barePain reports whether c was read from one short word ("pain",
// "pains"), with nothing that places or qualifies it.
func barePain(c model.Code) bool {
	return len(c.Evidence) == 1 && c.Evidence[0].End-c.Evidence[0].Start <= len("pains")
}

// painTitle reports whether a code title names a pain ("Pain in right
// knee", "Low back pain", "Dorsalgia, unspecified", "Headache,
// unspecified": R52's Excludes1 lists headache among the pains coded by
// site, and an ache is a pain too, so "Tylenol for the pain" beside a
// tension headache is the headache's).
func painTitle(t string) bool {
	if containsFold(t, "pain") || containsFold(t, "algia") {
		return true
	}
	if !containsFold(t, "ache") {
		// (No word can end in "ache" then: the word split below cost
		// most of the note-level step's pain check.)
		return false
	}
	ache := false
	eachWord(t, func(w string) bool {
		ache = len(w) > 4 && strings.EqualFold(w[len(w)-4:], "ache")
		return !ache
	})
	return ache
}

// painSite returns the site of a limb or joint pain code ("Pain in right
// elbow": "right elbow"), or "" for any other code. Such pain is the
// presenting symptom of an injury or a musculoskeletal condition at the same
// site (guideline I.B.5: a sprain, a fracture or an epicondylitis of the
// right elbow hurts there), so it is not coded beside one.
func painSite(c model.Code) string {
	site := titleSite(c, 'M', "Pain in ")
	if site == "" {
		return ""
	}
	// "Pain in right ankle and joints of right foot" (M25.57-) is the
	// ankle's pain: a sprain of the right ankle names no foot joints.
	site, _, _ = strings.Cut(site, " and joints of ")
	sided := false
	eachWord(site, func(w string) bool {
		sided = strings.EqualFold(w, "right") || strings.EqualFold(w, "left")
		return false
	})
	if !sided {
		// Without a side the site is too loose to match ("Pain in
		// unspecified joint", "Pain in limb").
		return ""
	}
	return site
}

// unspecifiedInjurySite returns the site of an "Unspecified injury of"
// code ("Unspecified injury of right ankle, initial encounter": "right
// ankle"), or "". The injury named at that site (a sprain, a fracture) is
// what it was (I.B.4: the unspecified code only when nothing more is known).
func unspecifiedInjurySite(c model.Code) string {
	site, _, _ := strings.Cut(titleSite(c, 'S', "Unspecified injury of "), ",")
	return site
}

// titleSite returns what follows prefix in the title of a code of the
// chapter letter ch, or "".
func titleSite(c model.Code, ch byte, prefix string) string {
	if site, ok := strings.CutPrefix(c.Title, prefix); ok && c.Code[0] == ch {
		return site
	}
	return ""
}

// atSite reports whether o is a definitive injury or musculoskeletal
// diagnosis whose title names every word of site (side included):
// "Contusion of right lower leg" for "Pain in right leg", "Medial
// epicondylitis, right elbow" for "Pain in right elbow". Other signs of the
// joint (an effusion, M25.4-) and other pains are no definitive diagnosis
// (data/site_diagnosis.tsv).
func atSite(o model.Code, site string) bool {
	if r := siteDiagnosis(); !hasAnyPrefix(o.Code, r.dx) || hasAnyPrefix(o.Code, r.not) {
		return false
	}
	// (The "s" of a plural written "finger(s)" is no site word.)
	return wordsWithin(site, o.Title, func(w string) bool { return len(w) < 2 })
}

// dropNamedInfection removes a generic infection code read only from the
// words right after the name of a specific infection ("hepatitis C virus
// infection": B19.20, not B34.9 besides; data/named_infection.tsv).
func (e *Engine) dropNamedInfection(codes []model.Code) []model.Code {
	var drop dropSet
	for i, c := range codes {
		var r *integralRule
		for k := range e.named {
			if e.named[k].symptom == c.Code {
				r = &e.named[k]
			}
		}
		if r == nil {
			continue
		}
		named := len(c.Evidence) > 0
		for _, s := range c.Evidence {
			after := false
			for j, o := range codes {
				if i == j || o.Assertion != c.Assertion || !hasAnyPrefix(o.Code, r.dx) {
					continue
				}
				for _, x := range o.Evidence {
					if x.End+1 == s.Start {
						after = true
					}
				}
			}
			if !after {
				named = false
				break
			}
		}
		if named {
			drop.mark(i, len(codes))
		}
	}
	return drop.apply(codes)
}

// dropNamedAgent removes an infectious agent code (B95-B97, "... as the
// cause of diseases classified elsewhere") read on its own ("blood cultures
// grew Streptococcus pneumoniae") when another code of the note already
// names that agent (J13 "Pneumonia due to Streptococcus pneumoniae", A40.3):
// the agent codes are for conditions that do not name theirs (their
// category note, I.C.1.b), so B95.3 beside J13 says nothing more. An agent
// added for a condition of its own sentence that asks for it (RuleOrganism)
// stays: that condition does not name it.
func (e *Engine) dropNamedAgent(codes []model.Code) []model.Code {
	var drop dropSet
	for i, c := range codes {
		if c.Rule == RuleOrganism || !agentCode(c.Code) {
			continue
		}
		for j, o := range codes {
			// (A title that is the agent's infection alone, "Parvovirus
			// infection, unspecified" B34.3, is no condition naming its
			// agent: Excludes1 chooses between the two.)
			if i != j && !agentCode(o.Code) && accounts(o, c) && e.namesAgent(c, o) {
				drop.mark(i, len(codes))
				break
			}
		}
	}
	return drop.apply(codes)
}

// namesAgent reports whether the title of o names the agent of the B95-B97
// code c, and more. It depends on the two codes only, so it is cached per
// pair: the note-level step asks it for every agent and code of the note on
// each keystroke.
func (e *Engine) namesAgent(c, o model.Code) bool {
	return cachedPair(&e.agentNamed, c.Code, o.Code, func() bool {
		name, _, ok := strings.Cut(c.Title, " as the cause of")
		if !ok {
			return false
		}
		// "Klebsiella pneumoniae [K. pneumoniae]": the bracket repeats
		// the name; "Unspecified Escherichia coli", "MRSA infection":
		// words no condition's title repeats.
		name, _, _ = strings.Cut(name, "[")
		// "Pseudomonas (aeruginosa) (mallei) (pseudomallei)": the
		// species are nonessential, the genus names the agent (A41.52
		// "Sepsis due to Pseudomonas").
		name = stripParens(name)
		return wordsWithin(name, o.Title, agentFiller) && !wordsWithin(o.Title, name, agentFiller)
	})
}

// cachedPair returns f's answer for the code pair (a, b), computed once: a
// fact of two codes' titles and notes, which the note-level step would
// otherwise work out again for every pair of the note's codes on each
// keystroke.
func cachedPair(c *strCache[*strCache[bool]], a, b string, f func() bool) bool {
	m, ok := c.get(a)
	if !ok {
		m = c.put(a, &strCache[bool]{})
	}
	if v, ok := m.get(b); ok {
		return v
	}
	return m.put(b, f())
}

// agentCode reports a B95-B97 infectious agent code (data/agent_cause.tsv).
func agentCode(code string) bool {
	return hasAnyPrefix(code, agentCause().agent)
}

// agentFiller reports the words of an agent code's title that are no part
// of the agent's name.
func agentFiller(w string) bool {
	return strings.EqualFold(w, "unspecified") || strings.EqualFold(w, "infection")
}

// hasAnyPrefix reports whether code starts with one of prefixes.
func hasAnyPrefix(code string, prefixes []string) bool {
	for _, p := range prefixes {
		if strings.HasPrefix(code, p) {
			return true
		}
	}
	return false
}

// dropNoDiagnosis removes a code whose title is a finding "without
// diagnosis of X" (R03.0, an elevated blood-pressure reading) when the note
// codes X: the patient has the diagnosis, the reading is part of it.
func dropNoDiagnosis(codes []model.Code) []model.Code {
	var drop dropSet
	for i, c := range codes {
		_, x, ok := strings.Cut(c.Title, "without diagnosis of ")
		if !ok {
			continue
		}
		// "hypertension" is also "Hypertensive heart disease"
		stem := strings.TrimSuffix(strings.TrimSpace(x), "ion")
		for j, o := range codes {
			if j != i && accounts(o, c) && containsFold(o.Title, stem) {
				drop.mark(i, len(codes))
				break
			}
		}
	}
	return drop.apply(codes)
}

// dropInfectiousSIRS removes a code of SIRS of non-infectious origin (R65.1-)
// that its sentence gives no cause for when the note codes a current
// infection ("Acute pyelonephritis ... SIRS present but no sepsis"): SIRS
// with an infection is no SIRS of non-infectious origin, and the provider
// said it is no sepsis, so the infection alone is coded (I.C.18.g: R65.1-
// follows the non-infectious condition that caused it, "acute pancreatitis
// with SIRS", which keeps it). An infection is a chapter 1 code or a code
// asking for its infectious agent (B95-B97).
func (e *Engine) dropInfectiousSIRS(codes []model.Code, findings []model.Finding) []model.Code {
	var drop dropSet
	for i, c := range codes {
		if !strings.HasPrefix(c.Code, "R65.1") || !reportable(c) || len(c.Evidence) == 0 {
			continue
		}
		// The sentences of its mentions (a code merged from several).
		var scopes []model.Span
		for _, f := range findings {
			if len(f.Evidence) > 0 && slices.Contains(c.Evidence, f.Evidence[0]) {
				scopes = append(scopes, f.Scope)
			}
		}
		caused, infection := false, false
		for j, o := range codes {
			if j == i || !reportable(o) || len(o.Evidence) == 0 {
				continue
			}
			if o.Code[0] == 'A' || o.Code[0] == 'B' || e.asksAgent(o.Code) {
				infection = true
			} else if slices.ContainsFunc(o.Evidence, func(x model.Span) bool {
				return slices.ContainsFunc(scopes, func(sc model.Span) bool { return x.Start >= sc.Start && x.End <= sc.End })
			}) {
				caused = true
			}
		}
		if infection && !caused {
			drop.mark(i, len(codes))
		}
	}
	return drop.apply(codes)
}

// dropSet marks codes to drop, allocated on the first mark: most notes drop
// nothing, and the note-level step runs on every keystroke.
type dropSet []bool

func (d *dropSet) mark(i, n int) {
	if *d == nil {
		*d = make([]bool, n)
	}
	(*d)[i] = true
}

// apply returns codes without the marked ones.
func (d dropSet) apply(codes []model.Code) []model.Code {
	if d == nil {
		return codes
	}
	return compactCodes(codes, d)
}

// inside reports whether every span of a lies within some span of b.
func inside(a, b []model.Span) bool {
	for _, x := range a {
		ok := false
		for _, y := range b {
			if x.Start >= y.Start && x.End <= y.End {
				ok = true
				break
			}
		}
		if !ok {
			return false
		}
	}
	return len(a) > 0
}

// excludes1 resolves Excludes1 conflicts: two codes that the tabular says are
// never reported together. The more specific one is kept (see moreSpecific);
// between two as specific, the code an Excludes1 note of the other's own
// names (see ownExcludes) or one it inherits names definitely (see
// namesDefinite), else the one whose note it is. The conflict is
// reported in the kept code's Why.
func (e *Engine) excludes1(codes []model.Code) []model.Code {
	dropped := make([]bool, len(codes))
	var kx *keyIndex
	var covered []bool
	for i := range codes {
		if dropped[i] {
			continue
		}
		ci, ok := e.cs.Lookup(codes[i].Code)
		if !ok || len(ci.Excludes1) == 0 {
			continue
		}
		if kx == nil {
			kx = newKeyIndex(undotAll(codes))
			covered = make([]bool, len(codes))
		}
		kx.mark(e.noteRefs(ci, 'x'), covered)
		for j := range codes {
			if i == j || dropped[j] || dropped[i] || !covered[j] || oppositeSides(codes[i].Title, codes[j].Title) {
				// A condition of the right side and one of the left are
				// unrelated (guideline I.A.12.a's exception): both stay.
				continue
			}
			if unreported(codes[i], codes[j]) || unreported(codes[j], codes[i]) {
				// "Hypertension with headaches; migraines rarely,
				// years apart": the migraine is a history the note
				// does not report as current, so the headache it
				// would exclude is the only one coded: Excludes1
				// governs codes reported together.
				continue
			}
			if drugTableCode(codes[i].Code) && drugTableCode(codes[j].Code) {
				// "Overdose of sertraline and alprazolam": T43's
				// Excludes1 "benzodiazepines (T42.4-)" says where
				// another substance is classified; two substances
				// taken are each coded (I.C.19.e.5.b).
				continue
			}
			if apartPair(codes[i].Code, codes[j].Code) && !spansShared(codes[i].Evidence, codes[j].Evidence) {
				// "Obesity hypoventilation syndrome with OSA": two
				// disorders the note names apart, both coded (I.A.12.a's
				// exception; data/excludes_apart.tsv).
				continue
			}
			if e.findingsApart(codes[i], codes[j]) {
				// "Neck mass. Lung mass.": R22.1 excludes "intrathoracic
				// mass (R91.8)", but two findings read from separate
				// mentions at different body sites are unrelated
				// (guideline I.A.12.a's exception): both stay.
				continue
			}
			if distinctConditions(codes[i], codes[j]) {
				// "Pterygium of the right eye. Keratoconjunctivitis of
				// the right eye.": H11's Excludes1 sends a
				// keratoconjunctivitis to H16.2-, but the pterygium is
				// read from words of its own under another main term:
				// two unrelated conditions, both coded (I.A.12.a's
				// exception).
				continue
			}
			if isSymptom(codes[i].Code) && containsFold(codes[j].Title, "without complication") && e.excludedIn(ci, codes[j].Code) {
				// "coma in diabetes (E08-E13)" is a complication of the
				// disease; "diabetes without complications" has none, so
				// the coma is not its (I.A.12.a's exception: unrelated).
				continue
			}
			keep, lose, kept := i, j, "the more specific code"
			switch oi, oj := codes[i].Code[0] == 'O', codes[j].Code[0] == 'O'; {
			case oi != oj:
				// A chapter 15 code has priority over the other
				// chapters' (I.C.15.a.1), whose Excludes1 note sends the
				// condition in pregnancy to it ("hypertension
				// complicating pregnancy (O10-O11, O13-O16)" of I10),
				// however unspecified its trimester.
				if oj {
					keep, lose = j, i
				}
				kept = "the chapter 15 code (I.C.15.a.1)"
			case dementiaElsewhere().beside(codes[i].Code, codes[j].Code):
				// "Severe Alzheimer's dementia with agitation": G30's
				// Excludes1 "senile dementia NOS (F03)" says the
				// dementia of a named disease is not the unspecified
				// one. The disease is kept, and the dementia read with
				// its severity and behaviour becomes the same code of
				// F02 "Dementia in other diseases classified elsewhere"
				// (the index's pairing, I.A.13), which the note's words
				// refine beyond the pairing's unspecified severity.
				if dementiaElsewhere().unspecified(codes[i].Code) {
					keep, lose = j, i
				}
				kept = "the disease the dementia is in"
				if f := e.inOtherDisease(codes, lose); f != "" {
					codes[lose].Code, codes[lose].Title = f, e.title(f)
					codes[lose].Why += "; dementia in " + codes[keep].Code + " (" + kept + ")"
					continue
				}
			case namedKept(codes[i].Code, codes[j].Code) != namedKept(codes[j].Code, codes[i].Code):
				// "ARDS with acute hypoxic respiratory failure": J96's
				// Excludes1 sends the ARDS to J80, which is kept though
				// J96.01 has more characters (data/excludes_named.tsv).
				if namedKept(codes[j].Code, codes[i].Code) {
					keep, lose = j, i
				}
				kept = "the code the other's Excludes1 note names"
			case signWithout(codes[i], codes[j]) != signWithout(codes[j], codes[i]):
				// A sign whose title rules out what the other code names
				// ("Chills (without fever)" beside a coded fever) gives way
				// to it: the note states what the title says is absent.
				// (A diagnosis "without" a complication keeps its place:
				// withOfDropped below turns it into its "with" sibling.)
				if signWithout(codes[i], codes[j]) {
					keep, lose = j, i
				}
				kept = "the code of the condition the other's title rules out"
			case moreSpecific(codes[j], codes[i]) || !moreSpecific(codes[i], codes[j]) && (e.ownExcludes(ci, codes[j].Code) || e.namesOnly(ci, codes[i].Code, codes[j].Code)):
				keep, lose = j, i
			}
			dropped[lose] = true
			codes[keep].Why += "; Excludes1 conflict with " + codes[lose].Code + " (" + codes[lose].Title + "): kept " + kept
			if c, ok := e.withOfDropped(codes[keep].Code, codes[lose].Title); ok && codes[lose].Assertion == codes[keep].Assertion && !oppositeSides(codes[keep].Title, c.Title) {
				// "Obstructive jaundice due to cholelithiasis": K83.1
				// excludes "obstruction of bile duct with cholelithiasis
				// (K80.-)", so the obstruction is the kept stone's:
				// K80.21, not K80.20 "without obstruction".
				codes[keep].Code, codes[keep].Title = c.Code, c.Title
				codes[keep].Why += ", with the dropped code's condition"
			}
		}
	}
	return compactCodes(codes, dropped)
}

// withOfDropped returns the sibling of code whose title says "with X" where
// code's says "without X", X a word of the dropped code's title: an
// Excludes1 note sends the dropped condition to the kept code's category
// (K83.1 "obstruction of bile duct with cholelithiasis (K80.-)"), whose
// sibling that has it is the code of both (K80.20 "... without
// obstruction" -> K80.21 "... with obstruction").
func (e *Engine) withOfDropped(code, droppedTitle string) (*codeset.Code, bool) {
	c, ok := e.cs.Lookup(code)
	if !ok || c.Parent == "" {
		return nil, false
	}
	lt := strings.ToLower(c.Title)
	ld := strings.ToLower(droppedTitle)
	dropped := strings.Fields(ld)
	var found *codeset.Code
	withoutWords(lt, func(start int, word string) bool {
		word = strings.TrimRight(word, ",;")
		if word == "" || !slices.Contains(dropped, word) {
			return false
		}
		if strings.Contains(ld, "without "+word) {
			// The dropped code says the same absence ("general adult
			// medical examination without abnormal findings" beside a
			// gynecological one): it carries no condition to add.
			return false
		}
		want := lt[:start] + "with " + lt[start+len("without "):]
		for _, s := range e.cs.Children(c.Parent) {
			if strings.ToLower(s.Title) != want {
				continue
			}
			if !s.Billable {
				// "... with angina pectoris" (I25.11) is split by the
				// angina's kind: its unspecified child.
				r, ok, _ := e.refine(s.Code, nil, 0)
				if x, ok2 := e.cs.Lookup(r); ok && ok2 {
					found = x
				}
				return true
			}
			found = s
			return true
		}
		return false
	})
	return found, found != nil
}

// withoutWords calls f with the position of each "without " in the
// lower-case title lt and the word after it (as written, punctuation
// included), until f returns true; it reports whether one did.
func withoutWords(lt string, f func(start int, word string) bool) bool {
	for at := 0; ; {
		k := strings.Index(lt[at:], "without ")
		if k < 0 {
			return false
		}
		start := at + k
		at = start + len("without ")
		word, _, _ := strings.Cut(lt[at:], " ")
		if f(start, word) {
			return true
		}
	}
}

// distinctConditions reports whether two codes are two conditions the note
// names apart: no evidence span in common, each read under its own index
// main term ("Pterygium", "Keratoconjunctivitis"), both of a side the title
// names (a lesion of a sided organ or limb, where two main terms are two
// findings, not a sign and the disease that explains it: an erythema beside
// a rosacea, a hypokalemia beside a hypokalemic periodic paralysis are one),
// neither a symptom or sign (R00-R99) nor a neoplasm (C00-D49: an in situ
// and an invasive carcinoma of one breast are one tumour's behaviours).
func distinctConditions(a, b model.Code) bool {
	if isSymptom(a.Code) || isSymptom(b.Code) || isNeo(a.Code) || isNeo(b.Code) || sideOf(a.Title) == 0 || sideOf(b.Title) == 0 || spansShared(a.Evidence, b.Evidence) {
		return false
	}
	if causedAt(a.Title, b.Title) || causedAt(b.Title, a.Title) {
		return false
	}
	ta, tb := viaTerm(a.Why), viaTerm(b.Why)
	return ta != "" && tb != "" && ta != tb && !strings.Contains(ta, "tabular") && !strings.Contains(tb, "tabular")
}

// causedAt reports whether title a names a condition due to one of the site
// title b names ("Cerebral infarction due to embolism of left middle
// cerebral artery" and "Occlusion and stenosis of left middle cerebral
// artery"): b is a's cause, one condition however the note words them apart,
// so an Excludes1 between them holds (I66's "occlusion ... causing cerebral
// infarction (I63.3-I63.5)").
func causedAt(a, b string) bool {
	_, cause, ok := strings.Cut(strings.ToLower(a), " due to ")
	if !ok {
		return false
	}
	_, site, ok := strings.Cut(strings.ToLower(b), " of ")
	if !ok || strings.Count(site, " ") < 1 {
		return false
	}
	return strings.HasSuffix(cause, " of "+site)
}

// findingsApart reports two symptom or finding codes (R00-R99) read from
// separate mentions (no evidence span in common) whose titles name body
// sites, none shared: unrelated findings, not one condition named twice.
func (e *Engine) findingsApart(a, b model.Code) bool {
	if !isSymptom(a.Code) || !isSymptom(b.Code) || spansShared(a.Evidence, b.Evidence) {
		return false
	}
	sa, sb := e.titleSites(a.Title), e.titleSites(b.Title)
	if sa == 0 || sb == 0 {
		return false
	}
	for _, x := range e.phraseIDs(a.Title) {
		if e.isSite(x) && containsW(e.phraseIDs(b.Title), x) {
			return false
		}
	}
	return true
}

// titleSites counts the body-site words (the neoplasm table's rows) of a
// tabular title.
func (e *Engine) titleSites(t string) int {
	n := 0
	for _, x := range e.phraseIDs(t) {
		if e.isSite(x) {
			n++
		}
	}
	return n
}

// spansShared reports whether a span of a overlaps one of b.
func spansShared(a, b []model.Span) bool {
	for _, x := range a {
		for _, y := range b {
			if x.Start < y.End && y.Start < x.End {
				return true
			}
		}
	}
	return false
}

// ownExcludes reports whether the Excludes1 notes written at code c itself
// (not those it inherits) name code b. Such a note names the one condition
// that c's words cover but that is classified to b ("Disorder of kidney,
// unspecified" excludes "chronic renal insufficiency (N18.9)"): when the
// note codes both and neither is more specific, b is the code of that
// condition and c the same condition named loosely.
func (e *Engine) ownExcludes(c *codeset.Code, b string) bool {
	k := undot(b)
	return anyCovers(e.noteRefs(c, 'o'), k)
}

// namesDefinite reports whether an Excludes1 note of c, its own or one it
// inherits from its category or block, names code b by a condition stated
// without "NOS" or "unspecified": the block of erythematous conditions
// (L49-L54) excludes "rosacea (L71.-)", so an erythema beside a rosacea is
// the rosacea's, coded where the tabular sends it (I.A.12.a; the definitive
// diagnosis over the sign). A note naming b loosely ("renal disease NOS
// with no stated morphological lesion (N28.9)" of N05) says that b is the
// vaguer reading, which does not outrank c.
func (e *Engine) namesDefinite(c *codeset.Code, b string) bool {
	return anyCovers(e.noteRefs(c, 'd'), undot(b))
}

// namesOnly reports whether c (code a) names code b definitely
// (namesDefinite) while b's notes do not name a so: notes that send each
// condition to the other ("emphysema without chronic bronchitis (J43.-)" at
// J44, "emphysema with chronic (obstructive) bronchitis (J44.-)" at J43) say
// nothing of which one the note's words are.
func (e *Engine) namesOnly(c *codeset.Code, a, b string) bool {
	if !e.namesDefinite(c, b) {
		return false
	}
	cb, ok := e.cs.Lookup(b)
	return !ok || !e.namesDefinite(cb, a)
}

// excludedIn reports whether an Excludes1 note of c names code b as the
// disease a symptom occurs "in" ("somnolence, stupor and coma in diabetes
// (E08-E13)"). It compiles the notes anew: it runs only for a symptom in
// conflict with a code "without complications".
func (e *Engine) excludedIn(c *codeset.Code, b string) bool {
	k := undot(b)
	for _, n := range c.Excludes1 {
		if strings.Contains(n.Text, " in ") && anyCovers(compileRefs([]codeset.Note{n}), k) {
			return true
		}
	}
	return false
}

// oppositeSides reports whether one title names the right side and the
// other the left.
func oppositeSides(a, b string) bool {
	sa, sb := sideOf(a), sideOf(b)
	return sa != 0 && sb != 0 && sa != sb
}

// sideOf is 'R' or 'L' for a title naming one side only, else 0.
func sideOf(t string) byte {
	var side byte
	eachWord(t, func(w string) bool {
		var x byte
		switch {
		case strings.EqualFold(w, "right"):
			x = 'R'
		case strings.EqualFold(w, "left"):
			x = 'L'
		case strings.EqualFold(w, "bilateral"):
			side = 'B'
			return false
		default:
			return true
		}
		if side != 0 && side != x {
			side = 'B'
			return false
		}
		side = x
		return true
	})
	if side == 'B' {
		return 0
	}
	return side
}

func moreSpecific(a, b model.Code) bool {
	// A definitive diagnosis outranks a symptom code: the Excludes1 notes of
	// symptoms name diagnoses by category ranges ("coma: diabetic
	// (E08-E13 with .01 ...)") broader than the codes they mean.
	if sa, sb := isSymptom(a.Code), isSymptom(b.Code); sa != sb {
		return sb
	}
	// A code "X with Y" outranks the code of Y (M51.16 "Intervertebral disc
	// disorders with radiculopathy" over M54.16 "Radiculopathy, lumbar
	// region"): the combination names both (guideline I.A.15).
	if ca, cb := combines(a.Title, b.Title), combines(b.Title, a.Title); ca != cb {
		return ca
	}
	// A status or encounter code (Z33.1 pregnant state) gives way to the
	// condition it excludes (an O-code complication).
	if za, zb := a.Code[0] == 'Z', b.Code[0] == 'Z'; za != zb {
		return zb
	}
	// Then a code that names its condition over an "unspecified" one
	// (B20 over D84.9 "Immunodeficiency, unspecified"): a short complete
	// category is not less specific than a long unspecified code.
	ua, ub := unspecifiedTitle(a.Title), unspecifiedTitle(b.Title)
	if ua != ub {
		return !ua
	}
	la, lb := len(undot(a.Code)), len(undot(b.Code))
	if la != lb {
		return la > lb
	}
	return false
}

// combines reports whether title a is "X with Y" and Y starts with the
// first word of title b.
func combines(a, b string) bool {
	_, y, ok := strings.Cut(strings.ToLower(a), " with ")
	if !ok {
		return false
	}
	head := strings.FieldsFunc(strings.ToLower(b), notLetter)
	return len(head) > 0 && strings.HasPrefix(y, head[0])
}

// pairUseAdditional notes in Why when a code is the "use additional code" of
// another code in the note, so the pair is visible in audit.
func (e *Engine) pairUseAdditional(codes []model.Code) {
	var kx *keyIndex
	var covered []bool
	for i := range codes {
		ci, ok := e.cs.Lookup(codes[i].Code)
		if !ok || len(ci.UseAdditional) == 0 {
			continue
		}
		if kx == nil {
			kx = newKeyIndex(undotAll(codes))
			covered = make([]bool, len(codes))
		}
		kx.mark(e.noteRefs(ci, 'u'), covered)
		for j := range codes {
			if i != j && covered[j] {
				codes[j].Why += "; use additional code with " + codes[i].Code
			}
		}
	}
}

// keyIndex holds a note's undotted codes sorted, so that the codes a
// tabular note's references cover are found by binary search: Excludes1 and
// use-additional lists run to hundreds of references, and a scan of every
// reference for every pair of codes was most of the note-level step.
type keyIndex struct {
	keys []string // sorted
	pos  []int    // pos[k]: index in the note's list of keys[k]
}

func newKeyIndex(keys []string) *keyIndex {
	x := &keyIndex{keys: make([]string, len(keys)), pos: make([]int, len(keys))}
	for i := range x.pos {
		x.pos[i] = i
	}
	slices.SortFunc(x.pos, func(a, b int) int { return strings.Compare(keys[a], keys[b]) })
	for k, i := range x.pos {
		x.keys[k] = keys[i]
	}
	return x
}

// anyUnder reports whether f is true for the note's index j of some key
// that starts with prefix (the codes at and below a tabular node), stopping
// at the first.
func (x *keyIndex) anyUnder(prefix string, f func(j int) bool) bool {
	q, _ := slices.BinarySearch(x.keys, prefix)
	for ; q < len(x.keys) && strings.HasPrefix(x.keys[q], prefix); q++ {
		if f(x.pos[q]) {
			return true
		}
	}
	return false
}

// mark sets covered[i] for every code some reference of rs covers (the
// same test as anyCovers) and clears the rest. A covered key is never
// below the reference's lo (a key is at least its own prefix) and never
// past the keys that start with its hi, so only that stretch is tested.
func (x *keyIndex) mark(rs []codeRange, covered []bool) {
	clear(covered)
	for _, r := range rs {
		hi := r.hi
		if !r.isRange {
			hi = r.lo
		}
		k, _ := slices.BinarySearch(x.keys, r.lo)
		for ; k < len(x.keys); k++ {
			key := x.keys[k]
			if key > hi && !strings.HasPrefix(key, hi) {
				break
			}
			if r.covers(key) {
				covered[x.pos[k]] = true
			}
		}
	}
}

// neoBehaviour classifies a neoplasm code by the column of the Table of
// Neoplasms it belongs to: 'm' malignant primary, 's' secondary, 'i' in situ,
// 'b' benign, 'u' uncertain, 'n' unspecified behaviour, 0 not a neoplasm.
func neoBehaviour(code string) byte {
	if len(code) < 3 {
		return 0
	}
	c3 := code[:3]
	switch {
	case c3 >= "C00" && c3 <= "C76", c3 >= "C80" && c3 <= "C96":
		return 'm'
	case c3 >= "C77" && c3 <= "C79":
		return 's'
	case c3 >= "D00" && c3 <= "D09":
		return 'i'
	case c3 >= "D10" && c3 <= "D36":
		return 'b'
	case c3 >= "D37" && c3 <= "D48":
		return 'u'
	case c3 == "D49":
		return 'n'
	}
	return 0
}

// dropRecentHistory drops a personal history code whose mention is dated
// within days of the encounter (markRecent: "tested positive for COVID-19
// at home 6 days ago") when the note codes the same condition as current
// (U07.1): the recent event is the current illness's onset, and its history
// code (Z86.16) would say it is over. The condition is the one the
// mention's finding read before it became a history code. A history dated
// otherwise stays beside a current code of the same condition (a
// recurrence: kidney stones, a second primary).
func dropRecentHistory(codes []model.Code, findings []model.Finding) []model.Code {
	out := codes[:0]
	for _, c := range codes {
		if c.Marks&markRecent != 0 && recentCurrent(c, codes, findings) {
			continue
		}
		out = append(out, c)
	}
	return out
}

// recentCurrent reports whether the condition the history code z was read
// from (its finding, same evidence, read as history) is coded current
// elsewhere in codes.
func recentCurrent(z model.Code, codes []model.Code, findings []model.Finding) bool {
	for _, f := range findings {
		if f.Assertion != model.Historical || f.Code == z.Code || !slices.Equal(f.Evidence, z.Evidence) {
			continue
		}
		for _, o := range codes {
			if o.Code == f.Code && o.Marks&markRecent == 0 && reportable(o) {
				return true
			}
		}
	}
	return false
}

// addMetastases codes the metastases of a primary malignancy the note calls
// metastatic ("metastatic adenocarcinoma of the pancreas", markMetPrimary)
// at the table's unspecified secondary site (C79.9, "Metastasis,
// metastatic, disease") when no secondary site is coded: guideline I.C.2
// codes the primary and its metastases. A named secondary site ("with liver
// metastases", C78.7) is coded instead.
func (e *Engine) addMetastases(codes []model.Code) []model.Code {
	if e.ix.neo == nil || e.ix.secCol < 0 || e.ix.secCol >= len(e.ix.neo.cells) {
		return codes
	}
	at := -1
	for i, c := range codes {
		if !reportable(c) {
			continue
		}
		if neoBehaviour(c.Code) == 's' {
			return codes
		}
		if at < 0 && c.Marks&markMetPrimary != 0 {
			at = i
		}
	}
	x := strings.TrimRight(e.ix.neo.cells[e.ix.secCol], ".-")
	if at < 0 || x == "" {
		return codes
	}
	c := codes[at]
	c.Code, c.Title, c.Marks = x, e.title(x), 0
	c.Why = "Metastasis, metastatic > disease: " + metPrimaryNote + ", no secondary site named"
	return append(codes, c)
}

// dropUnspecifiedNeoplasm removes the unspecified-site neoplasm codes (the
// cells of the table's first row: C80.1, C79.9, D09.9, D36.9, D48.9, D49.9)
// when the note codes the neoplasm at a site: "the tumor", "a carcinoma"
// elsewhere in the note name the same neoplasm less precisely. A code of
// unspecified behaviour gives way to any site-specific neoplasm code; the
// others give way to one of their own behaviour.
//
// Inpatient, an unspecified-site code is not reported at all unless its
// sentence says the site is unknown: C80.1 "should rarely be used in the
// inpatient setting", only when no determination can be made as to the
// primary site (guideline I.C.2.t). A neoplasm named without its site ("the
// carcinoma", "a benign tumor", "metastases") is one whose site the note
// gives elsewhere or in words not read; the other unspecified-site cells
// (C79.9, D09.9, D36.9, D48.9, D49.9) are read the same way. They still take
// part in the rule above (a D49 site code gives way to them) before they go.
func (e *Engine) dropUnspecifiedNeoplasm(codes []model.Code, ctx model.Context) []model.Code {
	if e.ix.neo == nil {
		return codes
	}
	unspec := e.unspecNeo
	// A neoplasm coded at its index reference's row because its sentence
	// names no site ("leiomyosarcoma", C49.9) is read like one of an
	// unspecified site: the note may place it elsewhere ("renal
	// leiomyosarcoma", C64.-). It is still reported inpatient: the
	// reference gives its site.
	loose := func(c model.Code) bool { return unspec(c.Code) || c.Marks&markRefRow != 0 }
	e.neoSiteBehaviour(codes)
	drops := make([]bool, len(codes))
	for i, c := range codes {
		b := neoBehaviour(c.Code)
		drop := false
		if b == 'n' && !unspec(c.Code) {
			// "tumor" at a site (D49.x, behaviour not documented) in a
			// note that documents a neoplasm's behaviour elsewhere
			// ("renal cell carcinoma ... the tumor contacted the
			// capsule") is that neoplasm named loosely. Metastases
			// elsewhere ("colonic neoplasia with liver metastases") are
			// not the tumor, and say nothing of its own behaviour.
			for j, o := range codes {
				if i != j && accounts(o, c) && o.Marks&markRefRow == 0 && !(ctx.Setting == model.Inpatient && unspec(o.Code) && o.Marks&markSiteUnknown == 0) {
					// (An unspecified-site code that is not reported
					// inpatient, below, documents nothing: "bladder tumor
					// ... a carcinoma" must not lose the bladder too.)
					if ob := neoBehaviour(o.Code); ob != 0 && ob != 'n' && (ob != 's' || e.sameNeoSite(c.Why, o.Why)) {
						drop = true
						break
					}
				}
			}
		}
		if b != 0 && loose(c) {
			for j, o := range codes {
				if i == j || !accounts(o, c) || loose(o) {
					continue
				}
				if ob := neoBehaviour(o.Code); ob != 0 && (b == 'n' || ob == b) {
					drop = true
					break
				}
			}
		}
		if ctx.Setting == model.Inpatient && b != 0 && unspec(c.Code) && c.Marks&markSiteUnknown == 0 {
			drop = true
		}
		drops[i] = drop
	}
	return compactCodes(codes, drops)
}

// neoSiteBehaviour codes a neoplasm the note names twice, once at its site
// without its behaviour ("a tumor in the parotid region", D49.0) and once
// with its behaviour but no site ("histology: carcinoma", C80.1), as one:
// the table row of the first in the column of the second (C07), as a coder
// reads the Table of Neoplasms. Only for a single site code and a single
// behaviour, and only when no neoplasm is coded at a site with its
// behaviour (then the loose "tumor" is that one: dropUnspecifiedNeoplasm).
// Metastases (C79.9) say nothing of the site tumor's own behaviour.
func (e *Engine) neoSiteBehaviour(codes []model.Code) {
	site := -1
	for i, c := range codes {
		if reportable(c) && neoBehaviour(c.Code) == 'n' && !e.unspecNeo(c.Code) {
			if site >= 0 {
				return
			}
			site = i
		}
	}
	if site < 0 {
		return
	}
	col, by := -1, ""
	for _, o := range codes {
		b := neoBehaviour(o.Code)
		refRow := o.Marks&markRefRow != 0
		if !reportable(o) || b == 0 || b == 'n' || b == 's' && (e.unspecNeo(o.Code) || refRow) {
			continue
		}
		cells := e.ix.neo.cells
		if refRow {
			// "leiomyosarcoma" read at the reference's row (connective
			// tissue, C49.9) gives the behaviour its column holds.
			if r := e.neoRowOf(o.Why); r != nil {
				cells = r.cells
			}
		} else if !e.unspecNeo(o.Code) {
			return
		}
		k := slices.IndexFunc(cells, func(x string) bool { return x != "" && strings.TrimRight(x, ".-") == o.Code })
		if k < 0 || col >= 0 && k != col {
			return
		}
		col, by = k, o.Code
	}
	row := e.neoRowOf(codes[site].Why)
	if col < 0 || row == nil || col >= len(row.cells) {
		return
	}
	cell := strings.TrimRight(row.cells[col], ".")
	if c, ok := e.cs.Lookup(cell); !ok || !c.Billable {
		// "C64.-": the category's unspecified child, as the site code
		// itself took ("kidney" D49.519).
		var billable bool
		if cell, billable, _ = e.refine(cell, nil, 0); !billable {
			return
		}
		// The site code's side carries over ("right renal tumor",
		// D49.511: C64.1).
		if r, l, _ := e.sidedSiblings(cell); r != "" {
			if sr, sl, _ := e.sidedSiblings(codes[site].Code); sr == "" && sl == "" {
				if st := strings.ToLower(codes[site].Title); strings.Contains(st, "right") && !strings.Contains(st, "left") {
					cell = r
				} else if strings.Contains(st, "left") && !strings.Contains(st, "right") {
					cell = l
				}
			}
		}
	}
	codes[site].Code, codes[site].Title = cell, e.title(cell)
	codes[site].Why += "; behaviour documented by " + by + " elsewhere in the note (Table of Neoplasms)"
}

// sameNeoSite reports whether two explanations end at rows of the Table of
// Neoplasms under the same site ("kidney" for "renal tumor" and "renal
// metastasis"); false when either is not a table row.
func (e *Engine) sameNeoSite(a, b string) bool {
	ra, rb := e.neoRowOf(a), e.neoRowOf(b)
	if ra == nil || rb == nil {
		return false
	}
	for ra.parent != e.ix.neo {
		ra = ra.parent
	}
	for rb.parent != e.ix.neo {
		rb = rb.parent
	}
	return ra == rb
}

// neoRowOf returns the Table of Neoplasms row an explanation ends at
// ("Tumor -> see also Neoplasm table > Neoplasm > bladder > trigone"), or nil.
func (e *Engine) neoRowOf(why string) *node {
	const p = neoWhyPrefix + "Neoplasm > "
	i := strings.LastIndex(why, p)
	if i < 0 || e.ix.neo == nil {
		return nil
	}
	rest := why[i+len(p):]
	for _, end := range []string{";", " (", " -> "} {
		if j := strings.Index(rest, end); j >= 0 {
			rest = rest[:j]
		}
	}
	row := e.ix.neo
	for _, seg := range strings.Split(strings.TrimSpace(rest), " > ") {
		var next *node
		for _, k := range row.kids {
			if k.title == seg {
				next = k
				break
			}
		}
		if next == nil {
			return nil
		}
		row = next
	}
	if row == e.ix.neo {
		return nil
	}
	return row
}

// undotAll returns the undotted form of every code, computed once for the
// pairwise note-level rules.
func undotAll(codes []model.Code) []string {
	out := make([]string, len(codes))
	n := 0
	for _, c := range codes {
		n += len(c.Code)
	}
	// one string for all keys, sliced: undot allocated once per dotted code
	var b strings.Builder
	b.Grow(n)
	ends := make([]int, len(codes))
	for i, c := range codes {
		for k := 0; k < len(c.Code); k++ {
			if c.Code[k] != '.' {
				b.WriteByte(c.Code[k])
			}
		}
		ends[i] = b.Len()
	}
	all := b.String()
	prev := 0
	for i, e := range ends {
		out[i] = all[prev:e]
		prev = e
	}
	return out
}

// recordOwners is data/record_owner.tsv: the code prefixes of the mother's
// and of the newborn's record, and the newborn codes that are the mother's
// outcome of delivery.
type recordOwners struct {
	mother, newborn         []string // counted and dropped
	motherAlso, newbornAlso []string // dropped only
	outcome                 [][2]string
	// birth holds the delivery codes (data/record_owner.tsv "birth" rows)
	// and the newborn's liveborn code each is on the newborn's record.
	birth [][2]string
	// motherCue holds phrases (token norms) saying the patient herself
	// delivered ("she delivered", "postpartum day"), by first norm.
	motherCue map[string][][]string
	// cesareanCue holds the words of a birth by cesarean ("cesarean",
	// "c-section"), by first norm; hospital the liveborn codes
	// unspecified as to place of birth and their born-in-hospital codes,
	// vaginal and by cesarean (data/record_owner.tsv "hospital" rows).
	cesareanCue map[string][][]string
	hospital    [][3]string
	// babyCue holds phrases saying the patient was born ("born at",
	// "born by"), by first norm; babyNot the words before "born" that
	// make it someone else's birth ("live born", "still born").
	babyCue map[string][][]string
	babyNot []string
	// bornHere holds phrases saying the patient was born in this hospital
	// ("born here", "inborn"), by first norm.
	bornHere map[string][][]string
	// newbornCue holds phrases saying the note is a newborn's stay ("day
	// of life 3", "neonate"): its conditions read the index's
	// newborn subterms (newbornSubterms).
	newbornCue map[string][][]string
	// readmitWord holds the letters every readmission word starts with
	// ("Readmitted", "READMISSION": the tokens' lower-cased norms), and
	// readmitFirst their first bytes, which screen each token.
	readmitWord  []string
	readmitFirst [256]bool
}

// recordOwnerData reads data/record_owner.tsv once.
var recordOwnerData = sync.OnceValue(func() recordOwners {
	var r recordOwners
	for _, f := range rows("record_owner.tsv") {
		switch {
		case f[0] == "mother" && len(f) == 2:
			r.mother = append(r.mother, f[1])
		case f[0] == "newborn" && len(f) == 2:
			r.newborn = append(r.newborn, f[1])
		case f[0] == "mother-also" && len(f) == 2:
			r.motherAlso = append(r.motherAlso, f[1])
		case f[0] == "newborn-also" && len(f) == 2:
			r.newbornAlso = append(r.newbornAlso, f[1])
		case f[0] == "outcome" && len(f) == 3:
			r.outcome = append(r.outcome, [2]string{f[1], f[2]})
		case f[0] == "mothercue" && len(f) == 2:
			r.motherCue = addPhrase(r.motherCue, f[1])
		case f[0] == "babycue" && len(f) == 2:
			r.babyCue = addPhrase(r.babyCue, f[1])
		case f[0] == "bornhere" && len(f) == 2:
			r.bornHere = addPhrase(r.bornHere, f[1])
		case f[0] == "newborncue" && len(f) == 2:
			r.newbornCue = addPhrase(r.newbornCue, f[1])
		case f[0] == "babynot" && len(f) == 2:
			r.babyNot = append(r.babyNot, f[1])
		case f[0] == "readmitword" && len(f) == 2 && f[1] != "" && f[1] == strings.ToLower(f[1]):
			r.readmitWord = append(r.readmitWord, f[1])
			r.readmitFirst[f[1][0]] = true
		case f[0] == "birth" && len(f) == 3:
			r.birth = append(r.birth, [2]string{f[1], f[2]})
		case f[0] == "cesareancue" && len(f) == 2:
			r.cesareanCue = addPhrase(r.cesareanCue, f[1])
		case f[0] == "hospital" && len(f) == 4:
			r.hospital = append(r.hospital, [3]string{f[1], f[2], f[3]})
		default:
			panic("coder: bad record_owner.tsv line " + strings.Join(f, "\t"))
		}
	}
	return r
})

// recordOwner keeps a birth note's codes on one record (guidelines
// I.C.15.a.1, I.C.16.a.1): chapter 15 codes are never the newborn's, chapter
// 16 codes never the mother's. The side with more present codes owns the
// note (a tie changes nothing); on the mother's record a liveborn infant the
// index coded as the newborn's Z38 is her outcome of delivery Z37 (I.C.15.b.5),
// and the other side's present codes are dropped.
//
// A delivery code that says how the birth went (data/record_owner.tsv
// "birth": O80 from "born via SVD") is as much the newborn's as the
// mother's: it counts half a vote for her, and on the newborn's record of an
// inpatient stay it is the newborn's liveborn code by type of delivery
// (Z38.00 born in hospital, vaginally; guidelines I.C.16.a.2, I.C.21.c.12)
// unless the note codes a liveborn infant already.
//
// A note that says the patient was born (born: "Born at 39 wks by NSVD" in a
// well-child visit) is the child's: that counts a vote for the newborn, so a
// birth history's delivery and weeks codes are dropped. A newborn readmitted
// after its birth episode (readmit) keeps no delivery code as its liveborn
// Z38 code, which is for the birth episode only (I.C.16.a.2).
func (e *Engine) recordOwner(codes []model.Code, inpatient, born, readmit bool) []model.Code {
	r := recordOwnerData()
	nm, nn := 0, 0 // half votes
	if born {
		nn += 2
	}
	liveborn, herCue := false, false
	for _, c := range codes {
		if c.Assertion != model.Present {
			continue
		}
		liveborn = liveborn || hasAnyPrefix(c.Code, r.newbornAlso)
		if c.Marks&markMother != 0 {
			nm += 2 // "She delivered a liveborn girl": her delivery
			herCue = true
		}
		if slices.ContainsFunc(r.birth, func(b [2]string) bool { return strings.HasPrefix(c.Code, b[0]) }) {
			nm++
		} else if hasAnyPrefix(c.Code, r.mother) {
			nm += 2
		} else if hasAnyPrefix(c.Code, r.newborn) {
			nn += 2
		}
	}
	if herCue && nm <= nn {
		// Words only her record writes ("EBL 800 mL", "she delivered")
		// outweigh the newborn's codes her delivery note names ("NICU for
		// prematurity", the infant's weight): the note is hers.
		nm = nn + 1
	}
	if inpatient && liveborn && nm <= nn {
		e.bornInHospital(codes)
	}
	if nm == nn {
		return codes
	}
	return dropWhere(codes, func(c *model.Code) bool {
		if c.Assertion != model.Present {
			return false
		}
		if nn > nm && inpatient && !liveborn && !readmit {
			if k := slices.IndexFunc(r.birth, func(b [2]string) bool { return strings.HasPrefix(c.Code, b[0]) }); k >= 0 {
				c.Code, c.Title = r.birth[k][1], e.title(r.birth[k][1])
				c.Why += "; the newborn's birth by this delivery, on the newborn's record"
				liveborn = true
				return false
			}
		}
		if nm > nn {
			if k := slices.IndexFunc(r.outcome, func(o [2]string) bool { return strings.HasPrefix(c.Code, o[0]) }); k >= 0 {
				alt := r.outcome[k][1]
				// One outcome per delivery: a note that codes one already
				// ("twins, both liveborn", Z37.2) has each twin's liveborn
				// infant in it.
				if !slices.ContainsFunc(codes, func(o model.Code) bool { return o.Assertion == model.Present && strings.HasPrefix(o.Code, "Z37") }) {
					c.Code, c.Title = alt, e.title(alt)
					c.Why += "; the outcome of delivery on the mother's record"
					return false
				}
			}
		}
		other, also := r.mother, r.motherAlso
		if nm > nn {
			other, also = r.newborn, r.newbornAlso
		}
		return hasAnyPrefix(c.Code, other) || hasAnyPrefix(c.Code, also)
	})
}

// dropBilateralBesideSides drops a present bilateral code of a condition
// coded for each side (data/per_side.txt) when the note also codes it for the
// right and the left: "POAG OU" in the history beside "right eye moderate
// stage, left eye severe stage" in the assessment is coded by eye, not also
// as H40.1130 (guideline I.C.7.a.2: the code for each eye, not the bilateral
// one). The sides are told by the tabular titles ("Primary open-angle
// glaucoma, bilateral, ..." and "..., right eye, ..."/"..., left eye, ...").
func (e *Engine) dropBilateralBesideSides(codes []model.Code) []model.Code {
	if !slices.ContainsFunc(codes, func(c model.Code) bool {
		return c.Assertion == model.Present && hasAnyPrefix(c.Code, e.lx.perSide) && strings.Contains(c.Title, "bilateral")
	}) {
		return codes
	}
	return dropWhere(codes, func(c *model.Code) bool {
		if c.Assertion != model.Present || !hasAnyPrefix(c.Code, e.lx.perSide) {
			return false
		}
		stem, _, ok := strings.Cut(c.Title, "bilateral")
		if !ok || stem == "" {
			return false
		}
		right := slices.ContainsFunc(codes, func(o model.Code) bool {
			return o.Assertion == model.Present && strings.HasPrefix(o.Title, stem+"right")
		})
		left := slices.ContainsFunc(codes, func(o model.Code) bool {
			return o.Assertion == model.Present && strings.HasPrefix(o.Title, stem+"left")
		})
		return right && left
	})
}

// dropSidesBesideBilateral drops a present right or left code beside its
// present bilateral sibling (same parent) of a condition not coded per side
// (data/per_side.txt): "R ICA 50-69% stenosis; L ICA 70-79% stenosis" in the
// findings and "bilateral carotid artery stenosis" in the assessment are one
// bilateral condition, I65.23, not also I65.21 and I65.22 (guideline I.B.13:
// the bilateral code when the classification has one).
func (e *Engine) dropSidesBesideBilateral(codes []model.Code) []model.Code {
	if !slices.ContainsFunc(codes, func(c model.Code) bool {
		return c.Assertion == model.Present && strings.Contains(c.Title, "bilateral")
	}) {
		return codes
	}
	var bil []string // parents of the present bilateral codes
	var at []int     // their positions in codes
	for i, c := range codes {
		if c.Assertion != model.Present || !strings.Contains(c.Title, "bilateral") || hasAnyPrefix(c.Code, e.lx.perSide) {
			continue
		}
		if pc, ok := e.cs.Lookup(c.Code); ok && pc.Parent != "" {
			bil = append(bil, pc.Parent)
			at = append(at, i)
		}
	}
	if len(bil) == 0 {
		return codes
	}
	parentOf := func(c *model.Code) string {
		if c.Assertion != model.Present || sideOf(c.Title) == 0 || hasAnyPrefix(c.Code, e.lx.perSide) {
			return ""
		}
		if pc, ok := e.cs.Lookup(c.Code); ok && slices.Contains(bil, pc.Parent) {
			return pc.Parent
		}
		return ""
	}
	// Either side beside the bilateral code gives way to it: guideline
	// I.B.13 keeps the bilateral code while the condition exists on both
	// sides, even at the encounter that treats the first side ("nuclear
	// sclerosis OD" beside "nuclear cataracts, both eyes": H25.13 alone).
	// The side's words are the bilateral condition's too: the plan's
	// "tinnitus" that read the right ear stays evidence that the plan
	// addresses the bilateral tinnitus of the exam (dropUnaddressed).
	for i := range codes {
		if p := parentOf(&codes[i]); p != "" {
			b := &codes[at[slices.Index(bil, p)]]
			b.Evidence = mergeSpans(b.Evidence, codes[i].Evidence)
		}
	}
	return dropWhere(codes, func(c *model.Code) bool { return parentOf(c) != "" })
}

// drugTableCode reports whether code is a poisoning, adverse effect,
// underdosing or toxic effect of the Table of Drugs and Chemicals
// (T36-T65), whose Excludes1 notes point to other substances' categories
// rather than forbid coding two substances together (data/code_blocks.tsv).
func drugTableCode(code string) bool {
	return inBlock(code, codeBlocks().drugTable)
}

// notIntractableDefault reports whether codes[i] is a "not intractable" code (the tabular's
// default for a migraine or an epilepsy "without mention of intractable") or another "without
// mention of" default beside the same code that has it: "migraine without aura since her teens"
// in the history and "migraine without aura, intractable" in the assessment are one condition,
// the assessment's; so are "Parkinson disease" and "Parkinson's disease with motor
// fluctuations" (G20.A2, not G20.A1 beside it).
func notIntractableDefault(codes []model.Code, i int) bool {
	c := &codes[i]
	if !strings.Contains(c.Title, "not intractable") && !strings.Contains(c.Title, "without mention of ") {
		return false // (what the replacements below would find: most titles)
	}
	want := strings.Replace(c.Title, "not intractable", "intractable", 1)
	want = strings.Replace(want, "without mention of ", "with ", 1)
	if want == c.Title {
		return false
	}
	for j, o := range codes {
		if j != i && o.Title == want && o.Assertion == c.Assertion {
			return true
		}
	}
	return false
}

// signWithout reports whether a is a sign or symptom code (chapter R)
// whose title says "without" a word of b's title (R68.83 "Chills (without
// fever)" beside R50.81).
func signWithout(a, b model.Code) bool {
	return isSymptom(a.Code) && withoutNamed(a.Title, b.Title)
}

// withoutNamed reports whether title a says "without W" of a word W that
// title b contains as a word: a's condition is the one without b's
// ("Chills (without fever)", R68.83, and any fever code).
func withoutNamed(a, b string) bool {
	var lb []string
	return withoutWords(strings.ToLower(a), func(_ int, w string) bool {
		w = strings.Trim(w, "(),;")
		if w == "" {
			return false
		}
		if lb == nil {
			lb = strings.FieldsFunc(strings.ToLower(b), func(r rune) bool { return r == ' ' || r == ',' || r == '(' || r == ')' || r == ';' })
		}
		return slices.Contains(lb, w)
	})
}

// rulesName reports whether one of the integral.tsv rules names code (a
// prefix of it, or a code that names an infection for the "@infection"
// token) among its diagnoses: dropIntegral lets a Z code account for
// a symptom only so.
func (e *Engine) rulesName(rules []*integralRule, code string) bool {
	for _, r := range rules {
		if r.infection != nil && e.namesInfection(r.infection, code) {
			return true
		}
		if !r.mayName(code) {
			continue
		}
		for _, d := range r.dx {
			if strings.HasPrefix(code, d) {
				return true
			}
		}
	}
	return false
}

// inOtherDisease returns the F02 code of the same severity and behaviour as
// the unspecified dementia codes[k] (F03.C11 -> F02.C11, F03.90 -> F02.80,
// data/dementia_elsewhere.tsv) for excludes1. An F02 code the index paired
// with the disease is replaced by it (the F03 reading won its mention by
// reading more of its words: the agitation of "severe dementia with
// agitation"), unless only the pairing names a severity; then "" is
// returned and codes[k] is dropped.
func (e *Engine) inOtherDisease(codes []model.Code, k int) string {
	f := dementiaElsewhere().rewrite(codes[k].Code)
	if f == "" {
		return ""
	}
	if _, ok := e.cs.Lookup(f); !ok {
		return ""
	}
	for j := range codes {
		if j == k || !strings.HasPrefix(codes[j].Code, f[:3]) {
			continue
		}
		if codes[j].Code == f || containsFold(e.title(f), "unspecified severity") && !containsFold(codes[j].Title, "unspecified severity") {
			return ""
		}
		if b, c := dementiaBehaviour(e.title(f)), dementiaBehaviour(codes[j].Title); b != "" && c != "" && b != c {
			// (left22d) "Moderate Alzheimer's dementia with agitation
			// and psychosis": F02.B11 names another behaviour than
			// F03.B2's; each behaviour keeps its code in the disease.
			continue
		}
		codes[j].Code, codes[j].Title = f, e.title(f)
		return ""
	}
	return f
}

// dementiaBehaviour returns the behaviour a dementia code's title names
// after its last ", with " ("agitation", "psychotic disturbance"), or "".
func dementiaBehaviour(title string) string {
	if k := strings.LastIndex(title, ", with "); k >= 0 {
		return title[k+len(", with "):]
	}
	return ""
}

// dementiaRules is data/dementia_elsewhere.tsv: the code prefixes of the
// unspecified dementia with the prefixes of the same dementia in another
// disease, and the block of the dementias, none of which is that disease.
type dementiaRules struct {
	rewrites [][2]string // from, to; longest from first
	block    []string
}

// dementiaElsewhere reads data/dementia_elsewhere.tsv once.
var dementiaElsewhere = sync.OnceValue(func() *dementiaRules {
	k := keyedRows("dementia_elsewhere.tsv")
	d := &dementiaRules{block: column(k["block"])}
	for _, f := range k["rewrite"] {
		if len(f) == 2 {
			d.rewrites = append(d.rewrites, [2]string{f[0], f[1]})
		}
	}
	slices.SortStableFunc(d.rewrites, func(a, b [2]string) int { return len(b[0]) - len(a[0]) })
	return d
})

// unspecified reports the code of the unspecified dementia (a rewrite's from).
func (d *dementiaRules) unspecified(code string) bool {
	for _, r := range d.rewrites {
		if strings.HasPrefix(code, r[0]) {
			return true
		}
	}
	return false
}

// beside reports a pair of the unspecified dementia and a code outside the
// dementias' block: the disease the dementia may be in.
func (d *dementiaRules) beside(a, b string) bool {
	return d.unspecified(a) != d.unspecified(b) && hasAnyPrefix(a, d.block) != hasAnyPrefix(b, d.block)
}

// rewrite returns the code of the unspecified dementia code as the same
// dementia in another disease, or "".
func (d *dementiaRules) rewrite(code string) string {
	for _, r := range d.rewrites {
		if strings.HasPrefix(code, r[0]) {
			return r[1] + code[len(r[0]):]
		}
	}
	return ""
}

// partExtent is data/part_extent.tsv: for a condition's code, the code
// prefixes of its parts the tabular files beside it rather than below it.
var partExtent = sync.OnceValue(func() map[string][]string {
	m := map[string][]string{}
	for k, vs := range keyed("part_extent.tsv") {
		for _, v := range vs {
			m[k] = append(m[k], strings.Fields(v)...)
		}
	}
	return m
})

// unspecifiedPart reports whether a title leaves the part or site of its
// condition unspecified ("Fracture of unspecified part of neck of right
// femur", "Acute hematogenous osteomyelitis, unspecified site").
func unspecifiedPart(t string) bool {
	return containsFold(t, "unspecified part") || containsFold(t, "unspecified site")
}

// partScope returns the undotted code prefixes of the condition whose part
// or site the code of an unspecifiedPart title leaves open: the first code
// above it whose title names no unspecified part, and the prefixes
// data/part_extent.tsv adds to it; nil when every code above it leaves the
// part open too (A49 "Bacterial infection of unspecified site").
func (e *Engine) partScope(code string) []string {
	c, ok := e.cs.Lookup(code)
	if !ok {
		return nil
	}
	for x := e.cs.ParentOf(c); x != nil; x = e.cs.ParentOf(x) {
		if unspecifiedPart(x.Title) {
			continue
		}
		out := []string{undot(x.Code)}
		for _, p := range partExtent()[x.Code] {
			out = append(out, undot(p))
		}
		return out
	}
	return nil
}

// sideWord returns the side ("right", "left") a title names, or "".
func sideWord(t string) string {
	side := ""
	eachWord(t, func(w string) bool {
		if strings.EqualFold(w, "right") || strings.EqualFold(w, "left") {
			side = strings.ToLower(w)
		}
		return side == ""
	})
	return side
}

// markMotherCue marks the liveborn infant codes (record_owner.tsv
// newborn-also) of a section whose tokens say the patient delivered ("She
// delivered a liveborn male infant", "Postpartum day 1"): the note is the
// mother's record, where the liveborn infant is her outcome of delivery
// (Z37.-, I.C.15.b.5), never the newborn's Z38 (I.C.21.c.12), even with no
// chapter 15 code to outvote it.
func markMotherCue(toks []text.Token, codes []model.Code) {
	markNewbornCodes(toks, codes, recordOwnerData().motherCue, false, markMother)
}

// markNewbornCodes gives the liveborn infant codes of codes (record_owner.tsv
// newborn-also) the mark when the section's tokens say one of cues (phrases
// by first norm); with skipPunct the punctuation inside a phrase is passed
// over ("C-section", "c/s"). Sections without such a code are not read.
func markNewbornCodes(toks []text.Token, codes []model.Code, cues map[string][][]string, skipPunct bool, mark uint16) {
	r := recordOwnerData()
	if len(cues) == 0 || !slices.ContainsFunc(codes, func(c model.Code) bool { return hasAnyPrefix(c.Code, r.newbornAlso) }) {
		return
	}
	said := false
	for j := 0; j < len(toks) && !said; j++ {
		for _, ph := range cues[toks[j].Norm] {
			k, q := j, 0
			for k < len(toks) && q < len(ph) {
				if skipPunct && toks[k].Kind == text.Punct && k > j {
					k++
					continue
				}
				if toks[k].Norm != ph[q] {
					break
				}
				k, q = k+1, q+1
			}
			if q == len(ph) {
				said = true
				break
			}
		}
	}
	if !said {
		return
	}
	for i := range codes {
		if hasAnyPrefix(codes[i].Code, r.newbornAlso) {
			codes[i].Marks |= mark
		}
	}
}

// dropSusceptible drops a present code every word of whose evidence is
// evidence of a genetic susceptibility code (data/code_blocks.tsv
// "susceptible": Z15): "BRCA1 mutation carrier" read as "genetic
// susceptibility to malignant neoplasm of breast" (Z15.01) names a breast
// cancer she may get, not one she has (no C50.919).
func dropSusceptible(codes []model.Code) []model.Code {
	pre := codeBlocks().susceptible
	if !slices.ContainsFunc(codes, func(c model.Code) bool { return c.Assertion == model.Present && hasAnyPrefix(c.Code, pre) }) {
		return codes
	}
	var cover []model.Span
	for _, c := range codes {
		if c.Assertion == model.Present && hasAnyPrefix(c.Code, pre) {
			cover = append(cover, c.Evidence...)
		}
	}
	return dropWhere(codes, func(c *model.Code) bool {
		if c.Assertion != model.Present || hasAnyPrefix(c.Code, pre) || len(c.Evidence) == 0 {
			return false
		}
		for _, ev := range c.Evidence {
			if !slices.ContainsFunc(cover, func(s model.Span) bool { return s.Start <= ev.Start && ev.End <= s.End }) {
				return false
			}
		}
		return true
	})
}

// bornInHospital gives a liveborn infant coded unspecified as to place of
// birth ("Liveborn male born by cesarean section", Z38.2) on the newborn's
// record of an inpatient stay its born-in-hospital code (guideline
// I.C.16.a.2: the birth episode is coded on the record of the hospital the
// child was born in), by cesarean when the section named one (markCesarean),
// else delivered vaginally (data/record_owner.tsv "hospital" rows: Z38.01,
// Z38.00). A birth outside the hospital is read from the note's own words
// ("born at home", Z38.1), which no row changes.
func (e *Engine) bornInHospital(codes []model.Code) {
	for i := range codes {
		c := &codes[i]
		if c.Assertion != model.Present {
			continue
		}
		for _, h := range recordOwnerData().hospital {
			if c.Code != h[0] {
				continue
			}
			z := h[1]
			if c.Marks&markCesarean != 0 {
				z = h[2]
			}
			c.Code, c.Title = z, e.title(z)
			c.Why += "; born in this hospital, on the newborn's record of the birth stay (I.C.16.a.2)"
			break
		}
	}
}

// markCesareanCue marks the liveborn infant codes (data/record_owner.tsv
// newborn-also) of a section that names a cesarean ("cesareancue" rows):
// the birth's type of delivery, which bornInHospital reads.
func markCesareanCue(toks []text.Token, codes []model.Code) {
	markNewbornCodes(toks, codes, recordOwnerData().cesareanCue, true, markCesarean)
}

// birthCues reports whether section s (tokens toks, codes codes) says the
// patient was born (record_owner.tsv "babycue", not after a "babynot" word)
// and whether it says the patient was readmitted ("readmitword"). Only a
// section that codes a delivery, weeks of gestation or a newborn's code is
// read for the first; for the second each token's first byte is looked up
// (two substring searches of the text, with the common letters the stem
// starts with, cost a 1 KB section 18 k instructions on every keystroke).
func birthCues(s string, toks []text.Token, codes []model.Code) (born, readmit bool) {
	r := recordOwnerData()
	for _, t := range toks {
		if n := t.Norm; n != "" && r.readmitFirst[n[0]] && slices.ContainsFunc(r.readmitWord, func(w string) bool { return strings.HasPrefix(n, w) }) {
			readmit = true
			break
		}
	}
	if len(r.babyCue) == 0 || !slices.ContainsFunc(codes, func(c model.Code) bool {
		return c.Assertion == model.Present && (c.Code[0] == 'O' || c.Code[0] == 'P' || strings.HasPrefix(c.Code, "Z3A") || strings.HasPrefix(c.Code, "Z38"))
	}) {
		return false, readmit
	}
	for j := 0; j < len(toks) && !born; j++ {
		for _, ph := range r.babyCue[toks[j].Norm] {
			k, q := j, 0
			for k < len(toks) && q < len(ph) && toks[k].Norm == ph[q] {
				k, q = k+1, q+1
			}
			if q == len(ph) && !(j > 0 && slices.Contains(r.babyNot, toks[j-1].Norm)) && !(j > 1 && toks[j-1].Kind == text.Punct && slices.Contains(r.babyNot, toks[j-2].Norm)) {
				born = true
				break
			}
		}
	}
	return born, readmit
}

// bornHereCue returns the span of the first phrase of toks saying the
// patient was born in this hospital (data/record_owner.tsv "bornhere":
// "born here", "inborn", "SVD here"), whether the section names a
// cesarean, and whether it says the stay is a newborn's ("newborncue"). One
// map look-up for a token that starts a phrase, on every keystroke.
func bornHereCue(toks []text.Token) (model.Span, bool, bool) {
	r := recordOwnerData()
	st := bornHereStarts()
	var sp model.Span
	ces, nb := false, false
	for j := range toks {
		if l := toks[j].Lex; toks[j].Kind != text.Word || l == 0 && st.interned || l != 0 && int(l) < len(st.first) && !st.first[l] {
			continue // every phrase starts with a word
		}
		n := toks[j].Norm
		if sp.End == 0 {
			for _, ph := range r.bornHere[n] {
				if k := phraseEnd(toks, j, ph); k > 0 {
					sp = model.Span{Start: toks[j].Start, End: toks[k-1].End}
					break
				}
			}
		}
		if !ces {
			for _, ph := range r.cesareanCue[n] {
				if phraseEnd(toks, j, ph) > 0 {
					ces = true
					break
				}
			}
		}
		if !nb {
			for _, ph := range r.newbornCue[n] {
				if phraseEnd(toks, j, ph) > 0 {
					nb = true
					break
				}
			}
		}
	}
	return sp, ces, nb
}

// bornHereStarts marks, indexed by Token.Lex, the interned forms that start
// a bornhere or cesareancue phrase. bornHereCue runs on every section on
// every keystroke, and two map look-ups per token cost a 1 KB section ~75 k
// instructions; a known word that starts no phrase is skipped by index.
// When every first word is interned (intern.txt lists them), a word without
// an interned form (Lex 0) starts none either and is skipped too; otherwise
// it is still looked up.
var bornHereStarts = sync.OnceValue(func() (r struct {
	first    []bool
	interned bool
}) {
	ro := recordOwnerData()
	forms := text.LexForms()
	r.first = make([]bool, len(forms))
	seen := map[string]bool{}
	for i, f := range forms {
		r.first[i] = len(ro.bornHere[f]) > 0 || len(ro.cesareanCue[f]) > 0 || len(ro.newbornCue[f]) > 0
		if r.first[i] {
			seen[f] = true
		}
	}
	r.interned = true
	for _, m := range []map[string][][]string{ro.bornHere, ro.cesareanCue, ro.newbornCue} {
		for k := range m {
			r.interned = r.interned && seen[k]
		}
	}
	return r
})

// phraseEnd returns the index after the last token of phrase ph (token
// norms) read from toks[j], punctuation in the text skipped ("C-section" is
// "c", "-", "section"), or 0 when ph does not start at j.
func phraseEnd(toks []text.Token, j int, ph []string) int {
	k, q := j, 0
	for k < len(toks) && q < len(ph) {
		if toks[k].Kind == text.Punct && k > j {
			k++
			continue
		}
		if toks[k].Norm != ph[q] {
			return 0
		}
		k, q = k+1, q+1
	}
	if q < len(ph) {
		return 0
	}
	return k
}

// bornHereLiveborn adds the liveborn infant code of the birth episode
// (Z38.00 born in hospital, vaginally; Z38.01 by cesarean, from the
// record_owner.tsv "hospital" row of Z38.2) to an inpatient note that says
// the patient was born in this hospital (here: "born here at 32 weeks by
// C-section", "inborn") when no delivery code gave one: the newborn's record
// of its birth stay is coded with Z38 first (I.C.16.a.2, I.C.21.c.12). Not on
// a readmission, nor on the mother's record (a chapter 15 code present), nor
// when a liveborn code is there already.
func (e *Engine) bornHereLiveborn(codes []model.Code, inpatient bool, here model.Span, cesarean, readmit bool) []model.Code {
	if !inpatient || here.End == 0 || readmit {
		return codes
	}
	r := recordOwnerData()
	for _, c := range codes {
		if c.Assertion == model.Present && (hasAnyPrefix(c.Code, r.newbornAlso) || hasAnyPrefix(c.Code, r.mother) || hasAnyPrefix(c.Code, r.motherAlso)) {
			return codes
		}
	}
	for _, h := range r.hospital {
		if h[0] != "Z38.2" {
			continue
		}
		z := h[1]
		if cesarean {
			z = h[2]
		}
		return append(codes, model.Code{System: "ICD-10-CM", Code: z, Title: e.title(z), Assertion: model.Present,
			Section: "other", Evidence: []model.Span{here}, Confidence: 0.8, Rule: "index",
			Why: "Newborn, born in hospital: the newborn's record of its birth stay (I.C.16.a.2)"})
	}
	return codes
}

// dropPastPregnancy drops the chapter 15 codes read as history ("Two prior
// uncomplicated term vaginal deliveries", O80): chapter 15 codes are for the
// current pregnancy, childbirth and puerperium only (I.C.15.a), and a past
// one is no condition of this encounter (its history codes are Z87.5- and the
// supervision codes O09.- that the current pregnancy's notes name). Dropped
// before the excludes notes are read, so a past delivery cannot push out the
// supervision of the current normal pregnancy (Z34.-).
func dropPastPregnancy(codes []model.Code) []model.Code {
	return dropWhere(codes, func(c *model.Code) bool {
		return c.Assertion == model.Historical && len(c.Code) > 1 && c.Code[0] == 'O'
	})
}

// dropUnspecifiedBesideO drops a chapter 15 code titled ", unspecified"
// ("Vomiting of pregnancy, unspecified", O21.9, from "G1 at 8w1d, vomiting
// 4-5 times a day") when the note codes a specified code of its category
// ("Mild hyperemesis gravidarum", O21.0): the same condition, whose
// unspecified code is for when nothing more is documented (I.A.9, I.B.2);
// likewise one of unspecified weeks or trimester beside its subcategory's
// code of the weeks (I.C.15.a.5: the unspecified trimester is for when the
// record cannot tell).
func dropUnspecifiedBesideO(codes []model.Code) []model.Code {
	return dropWhere(codes, func(c *model.Code) bool {
		if c.Assertion != model.Present || len(c.Code) < 5 || c.Code[0] != 'O' {
			return false
		}
		if strings.HasSuffix(c.Title, ", unspecified") {
			return slices.ContainsFunc(codes, func(o model.Code) bool {
				return o.Assertion == model.Present && o.Code != c.Code && strings.HasPrefix(o.Code, c.Code[:3]) && !strings.HasSuffix(o.Title, ", unspecified")
			})
		}
		// The same condition read once without its time and once with
		// it ("premature rupture of membranes" in the history, "PPROM at
		// 30 weeks" in the plan): O42.90, unspecified weeks, beside
		// O42.913 of its subcategory.
		if strings.HasSuffix(c.Title, "unspecified weeks of gestation") || strings.HasSuffix(c.Title, "unspecified trimester") {
			return slices.ContainsFunc(codes, func(o model.Code) bool {
				return o.Assertion == model.Present && o.Code != c.Code && strings.HasPrefix(o.Code, c.Code[:5]) && !strings.Contains(o.Title, "unspecified weeks") && !strings.Contains(o.Title, "unspecified trimester")
			})
		}
		return false
	})
}

// unreported reports whether a, beside the present symptom b (chapter 18),
// is a condition's code the note names only as past (historical) and no
// history or status code of its own (chapter 21, or the personal-history
// rule's codes): "headaches now, migraines years ago" reports the headache
// alone, so no Excludes1 note pairs it with the past migraine. (A condition
// code beside a historical one is left to the conflict: the historical
// reading may be the current condition's own mention, "chronic HTN" in
// pregnancy beside O10.)
func unreported(a, b model.Code) bool {
	return a.Assertion == model.Historical && b.Assertion == model.Present && b.Code[0] == 'R' && a.Code[0] != 'Z' && a.Rule != RuleHistory
}

// dropPostpartumWeeks drops the weeks-of-gestation code (Z3A) of a note whose
// chapter 15 codes are all of the puerperium or of a pregnancy with abortive
// outcome (O00-O08): guideline I.C.21.c.3 gives Z3A to neither, "as category
// Z3A is not applicable to these conditions". A postpartum readmission names
// the weeks of the delivery it follows ("postpartum day 9 after a vaginal
// delivery at 40 weeks"), and that delivery is no code of this encounter. A
// code of the pregnancy or the delivery itself (its title names no
// puerperium), an outcome of delivery (Z37) or a supervision or screening of
// the pregnancy (Z34, Z36) keeps it: a delivery with a postpartum hemorrhage
// is still the delivery's encounter.
func dropPostpartumWeeks(codes []model.Code) []model.Code {
	after, anchor := false, false
	for _, c := range codes {
		if c.Assertion != model.Present || len(c.Code) < 3 {
			continue
		}
		switch {
		case c.Code[0] == 'O' && (c.Code[1] == '0' && c.Code[2] <= '8' || puerperalCode(c.Code, c.Title)):
			after = true
		case c.Code[0] == 'O', strings.HasPrefix(c.Code, "Z34"), strings.HasPrefix(c.Code, "Z36"), strings.HasPrefix(c.Code, "Z37"):
			anchor = true
		}
	}
	if !after || anchor {
		return codes
	}
	return dropWhere(codes, func(c *model.Code) bool { return strings.HasPrefix(c.Code, "Z3A") })
}

// puerperalCode reports whether a chapter 15 code is of the time after
// delivery: its block, O85-O92 ("Complications predominantly related to the
// puerperium": "Endometritis following delivery" O86.12), or a title that
// names it elsewhere ("Delayed and secondary postpartum hemorrhage" O72.2,
// "... complicating the puerperium" O99.-3).
func puerperalCode(code, title string) bool {
	if len(code) >= 3 && code[1] >= '8' && code[1] <= '9' && code[:3] >= "O85" && code[:3] <= "O92" {
		return true
	}
	t := strings.ToLower(title)
	return strings.Contains(t, "postpartum") || strings.Contains(t, "puerper")
}

// otherWound reports two 7th characters of fracture codes that are initial
// encounters of another wound (A closed, B and C open): two fractures.
func otherWound(a, b byte) bool {
	initial := func(c byte) bool { return c == 'A' || c == 'B' || c == 'C' }
	return a != b && initial(a) && initial(b)
}

// birthCuePart reports whether a section's born-here and newborn-stay cues
// speak of this stay: an adult's social or family history says "born here"
// of a birthplace ("Social history: born here, retired teacher" made a
// 60-year-old's sepsis P36.9 and added Z38.00).
func birthCuePart(p Part) bool {
	return p.Kind != "social_history" && p.Kind != "family_history"
}

// dropShallowerReading drops a present injury or effect of an external
// cause (chapter 19, S00-T88) whose index path stops where another present
// code of its category reads on: "AKI due to heat stroke" (Heat, stroke,
// T67.01) in a note whose assessment says "exertional heat stroke" (Heat,
// stroke, exertional, T67.02) names the one heatstroke the subterm
// classifies (I.A.9.a: the index's subterms make a code more specific). The
// deeper code keeps both mentions as its evidence. Other chapters are left
// alone: there a deeper reading of one category is as often a second
// condition (the other eye's retinopathy, another ulcer).
func dropShallowerReading(codes []model.Code) []model.Code {
	for i := range codes {
		c := &codes[i]
		if c.Assertion != model.Present || len(c.Code) < 3 || c.Code[0] != 'S' && c.Code[0] != 'T' {
			continue
		}
		p := whyPath(c.Why)
		if p == "" {
			continue
		}
		for j := range codes {
			o := &codes[j]
			if j == i || o.Code == "" || o.Code == c.Code || o.Assertion != model.Present || len(o.Code) < 3 || o.Code[:3] != c.Code[:3] {
				continue
			}
			if op := whyPath(o.Why); len(op) > len(p)+3 && strings.HasPrefix(op, p) && op[len(p):len(p)+3] == " > " {
				o.Evidence = mergeSpans(o.Evidence, c.Evidence)
				c.Code = ""
				break
			}
		}
	}
	return slices.DeleteFunc(codes, func(c model.Code) bool { return c.Code == "" })
}
