package coder

import (
	"cmp"
	"fmt"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"

	"notecoder/cdi/codeset"
	"notecoder/cdi/model"
	"notecoder/cdi/text"
)

// Rule families reported in model.Code.Rule, so feedback can be counted per
// rule.
const (
	RuleIndex         = "index"
	RuleHistory       = "history:personal"
	RuleFamily        = "history:family"
	RuleUncertain     = "uncertain:inpatient"
	RuleCombination   = "combination:"
	RuleNeoplasmTable = "index:neoplasm"
)

// emit applies the assertion and section guidelines to the chosen candidates
// of one section and fills out.
func (e *Engine) emit(sb *scratchBuf, s, kind string, ctx model.Context, pol sectionPolicy, toks []text.Token, vts []vt, used []bool, sents []text.Sentence, cands []cand, out *SectionResult) {
	finds, codes := sb.finds[:0], sb.codes[:0]
	defer func() {
		sb.finds, sb.codes = finds, codes
		// Exact-size copies: the scratch slices go back to the pool.
		out.Findings = append([]model.Finding(nil), finds...)
		codes = mergeCodesInPlace(codes)
		out.Codes = append([]model.Code(nil), codes...)
	}()
	// The evidence of every finding is carved from one allocation.
	// (A candidate's positions bound its spans.)
	nPos := 0
	for i := range cands {
		nPos += len(cands[i].pos)
	}
	var evBuf []model.Span
	if nPos > 0 {
		evBuf = make([]model.Span, 0, nPos)
	}
	wa := newWhyArena(len(s)) // (the explanations of the codes are cut from shared blocks too)
	for i := range cands {
		c := &cands[i]
		w := &walker{lx: e.lx, toks: vts, head: c.head, used: used, sb: sb, lo: c.lo, hi: c.hi, wlo: c.wlo, whi: c.whi, read: c.pos}
		for _, p := range c.pos {
			// A site of a coordinated list reads the side that opens
			// the list ("right knee and hip osteoarthritis": the right
			// hip), however far before its window (markSiteLists).
			if b := int(vts[p].sideBack); b > 0 && p-b < w.lo {
				w.lo = p - b
			}
		}
		if !c.tab && c.why.k > 0 {
			w.said = c.why.parts[c.why.k-1].n
		}
		// The episode cue is read once per sentence, indexed by it: a
		// 5 MB note has as many sentences as mentions.
		for len(sb.eps) <= c.sent {
			sb.eps = append(sb.eps, -1)
		}
		ep := byte(0)
		if x := sb.eps[c.sent]; x >= 0 {
			ep = byte(x)
		} else {
			ep = e.episode(vts, c.wlo, c.whi)
			sb.eps[c.sent] = int16(ep)
		}
		if ep == epInitial && e.recoverySection(sb, toks, ctx.Setting == model.Inpatient) {
			// "Admitted to acute rehab after ORIF of the left hip
			// fracture": routine care in the healing or recovery phase
			// is a subsequent encounter (I.C.19.a).
			ep = epSubsequent
		}
		viaPreg, extraO := "", ""
		st := int8(0)
		if !c.tab && e.gest.complicatedBy != nil {
			st = e.pregnancyState(sb, s, c)
		}
		if isR := c.code[0] == 'R'; !c.tab && e.gest.complicatedBy != nil && (isR || st > 0 && e.gest.classedElsewhere(c.code)) && (st > 0 || isR && e.fetalWeeks(sb, s, c)) {
			// A sign or finding of a current pregnancy is read through
			// "Pregnancy, complicated by" when that entry names it
			// ("fetal growth retardation" is the mother's O36.59-, not
			// the child's R62.50), and so is a condition chapter 15
			// classifies in a category of its own, or else through its
			// own main term's pregnancy subterm ("Hypertension,
			// complicating, pregnancy"). The chapter 15 code replaces
			// the condition's unless its tabular notes ask for both
			// (O24.11-: "use additional code from category E11").
			// (Other chapters take their O98/O99/O9A code beside their
			// own below: pregnancyOf.)
			wk, _, _ := candWeeks(s, c, vts)
			oc, got, self := e.complicatedByCode(w, c, c.code[0] != 'R', max(wk, 0))
			if st == 0 && !self {
				// Weeks alone name no pregnancy; a fetus does ("IUGR, 34
				// weeks").
				oc = ""
			}
			viaNote := complicatedByNote
			if oc == "" && c.code[0] != 'R' {
				oc, got = e.mainTermPregnancy(w, c)
				viaNote = mainTermPregNote
			}
			if oc == "" && c.code[0] != 'R' {
				oc, got = e.inclusionPregnancy(w, c)
				viaNote = inclusionPregNote
			}
			if pc := e.gest.pairedBy[c.code[:3]]; oc == "" && st > 0 && pc != "" {
				// Read by no pregnancy entry ("hypertensive heart
				// disease"): the code that includes its category.
				oc, got = pc, nil
			}
			if oc != "" && !sameCategoryIn(cands, c.sent, oc) && c.code[0] != 'R' && e.asksFor(oc, c.code) {
				extraO, oc = oc, ""
			} else if oc != "" && c.code[0] != 'R' && e.gest.paired[c.code[:3]] {
				// A condition chapter 15 pairs with a code of its own
				// read as one that does not name it keeps its own code
				// beside the chapter 15 one: the code whose inclusion
				// term takes any condition of its category (I11 is
				// O10.1-, not the O16 of "hypertension"; I.C.15.d), or
				// else the index's (diabetes of no stated type is
				// O24.91- followed by its E11 code, I.C.15.g).
				if pc := e.gest.pairedBy[c.code[:3]]; pc != "" {
					oc = pc
				}
				if !sameCategoryIn(cands, c.sent, oc) {
					extraO = oc
				}
				oc = ""
			}
			if oc != "" && !sameCategoryIn(cands, c.sent, oc) {
				c.code, viaPreg = oc, viaNote
				// (The positions live in a shared arena: the full slice
				// expression makes the append copy.)
				pos := c.pos[:len(c.pos):len(c.pos)]
				for _, p := range got {
					if !slices.Contains(pos, p) {
						pos = append(pos, p)
					}
				}
				c.pos = pos
			}
		}
		if extraO == "" && c.code[0] == 'O' && !c.tab {
			extraO = e.askedPregnancyCode(w, c)
		}
		weeks, wkS, wkE := -1, 0, 0
		if c.code[0] == 'O' || extraO != "" {
			// The weeks of gestation the sentence gives (pregnancy.go):
			// the trimester of the code's axis and the Z3A code.
			if weeks, wkS, wkE = candWeeks(s, c, vts); weeks > 0 {
				w.tri, w.weeks = e.gest.trimesterWord(weeks), weeks
			}
		}
		code, billable, note := e.refine(c.code, w, ep)
		if code == "" || lacksNeeded(code, s[c.sentS:min(int(c.sentE), len(s))], mentionSpan(vts, c.pos).Shift(-int(c.sentS))) {
			continue
		}
		if e.gest.weekOf[code] > 0 && !c.tab {
			// "Pregnancy, weeks of gestation, 19 weeks" is read only
			// from weeks the sentence gives: not from the 19 of
			// "COVID-19 in pregnancy".
			if wk, _, _ := candWeeks(s, c, vts); wk != e.gest.weekOf[code] {
				continue
			}
		}
		if len(w.withPos) > 0 {
			// The "with" words the tabular read are the code's evidence
			// too: a code of their own ("Status, epileptic") is then
			// read into this one by consolidation.
			pos := append(slices.Clone(c.pos), w.withPos...)
			slices.Sort(pos)
			c.pos = slices.Compact(pos)
		}
		ev := spans(sb, vts, c.pos, &evBuf)
		if len(ev) == 0 {
			continue
		}
		ms, me := ev[0].Start, ev[len(ev)-1].End
		sentence := model.Span{Start: int(c.sentS), End: int(c.sentE)}
		if sentence.End < me || sentence.Start > ms {
			sentence = model.Span{Start: min(ms, sentence.Start), End: max(me, sentence.End)}
		}
		// ConText reads the clause around the mention; a pathological
		// 100,000-character "sentence" is capped so each mention costs the
		// same.
		scope := sentence
		if scope.Start < ms-maxScopeBytes {
			scope.Start = ms - maxScopeBytes
		}
		if scope.End > me+maxScopeBytes {
			scope.End = me + maxScopeBytes
		}
		// The section's tokens are reused: no second tokenisation per
		// mention.
		as0 := ms
		if len(ev) > 1 && e.countLeads(vts, c.pos) {
			// "30 pack-years, former smoker": the count read from the
			// clause before (countClauseBefore) is no word of the
			// statement, whose assertion the habit's own words carry.
			as0 = ev[1].Start
		}
		as := e.asrt.ClassifyTokens(toks, scope, model.Span{Start: as0, End: me}, kind)
		if as == model.Present && c.head >= 0 && c.head < len(vts) && int(vts[c.head].start) > ms {
			// A qualifier read before a trigger ("bone scintigraphy
			// showed no metastatic lesions", "bone series without lytic
			// lesions"): the trigger still governs the condition's head
			// word.
			hs, he := int(vts[c.head].start), int(vts[c.head].end)
			if a2 := e.asrt.ClassifyTokens(toks, scope, model.Span{Start: hs, End: he}, kind); a2 == model.Negated {
				// (Not a "without" inside the mention whose clause holds
				// none of its words: "Diabetic ketoacidosis without coma,
				// type 1 DM" denies the coma; the list-long scope of the
				// "without" reaches the type after the comma.)
				if !e.withoutInside(vts, c.pos) {
					as = a2
				}
			} else if len(ev) > 1 && hs >= ev[1].Start {
				// So does a hedge or a plan between a site read first and
				// the head: "the toe pain may have been a possible gout
				// flare", "an MRI of the knee to evaluate for a possible
				// ligament injury" doubt the flare and the injury. (Only
				// past the mention's first words: "awaiting organ
				// transplant" names its own act.)
				hscope := scope
				hscope.Start = ev[0].End
				if a3 := e.asrt.ClassifyTokens(toks, hscope, model.Span{Start: hs, End: he}, kind); a3 == model.Possible || a3 == model.Hypothetical {
					as = a3
				}
			}
		}
		if as == model.Negated || as == model.Possible {
			// "viral URI, flu neg", "CP, ACS ruled out": the trigger after
			// the next comma item is that item's, a finding of another
			// kind (ownItem).
			if a2, first, anc := e.ownItem(toks, scope, ev, vts, cands, i, kind, as); anc != nil {
				// The code's words are its own item's only: the next
				// item's do not choose its child either.
				cut := first[len(first)-1].End
				w2 := *w
				for k := w2.lo; k < w2.whi; k++ {
					if int(vts[k].start) >= cut {
						w2.hi, w2.whi = min(w2.hi, k), k
						break
					}
				}
				w2.read = nil
				for _, p := range c.pos {
					if p >= 0 && p < len(vts) && int(vts[p].end) <= cut {
						w2.read = append(w2.read, p)
					}
				}
				if code2, b2, note2 := e.refine(anc.code, &w2, ep); code2 != "" {
					code, billable, note, ev, as = code2, b2, note2, first, a2
					c.why = whyOf(anc, false)
				}
			} else {
				as = a2
			}
		}
		if as == model.Present && len(ev) > 1 {
			if sure := e.certainParts(toks, scope, ev, vts, c.head, kind); len(sure) < len(ev) {
				// "Possible causes of the anemia: iron deficiency, blood
				// loss, CKD", "chest pain, likely musculoskeletal": the
				// head is certain, the words that would make the code
				// D50.0, D63.1 or R07.89 are a listed possibility or a
				// likely cause, no established link. Outpatient the code
				// is the index entry above them (IV.H: the certain
				// condition, D64.9, R07.9); inpatient the whole is an
				// uncertain diagnosis coded as established (II.H).
				as = model.Possible
				if ctx.Setting != model.Inpatient {
					if n := certainAncestor(c, vts, sure); n != nil {
						if code2, b2, note2 := e.refine(n.code, w, ep); code2 != "" {
							code, billable, note, ev, as = code2, b2, note2, sure, model.Present
							c.why = whyOf(n, false)
						}
					}
				}
			}
		}
		ruled := false
		if as == model.Present && len(ev) > 1 && ev[1].Start-ev[0].End > ruledGap && c.head >= 0 && c.head < len(vts) && int(vts[c.head].end) <= ev[0].End {
			// "DVT was considered given calf swelling; venous duplex
			// negative": a word read far after the head ("calf") puts
			// the mention around the hedge that doubts the head.
			hscope := scope
			hscope.End = ev[1].Start
			if e.asrt.ClassifyTokens(toks, hscope, ev[0], kind) == model.Possible && e.ruledOut(toks, sents, cands, i, vts, code, ev[:1], kind) {
				as, ruled = model.Negated, true
			}
		}
		if as == model.Present && e.workedUp(toks, code, ms) && e.ruledOut(toks, sents, cands, i, vts, code, ev, kind) {
			// "Evaluated for DVT with duplex, which was negative".
			as, ruled = model.Negated, true
		}
		if as == model.Possible && e.ruledOut(toks, sents, cands, i, vts, code, ev, kind) {
			// "PE was considered; CTA chest negative": weighed and
			// excluded by the workup, not uncertain at discharge (II.H).
			as = model.Negated
			ruled = true
		}
		if as == model.Present && len(ev) > 1 && c.head >= 0 && c.head < len(vts) {
			// A trigger between the head and a word read from a later
			// clause is about that word's clause: "Diabetes: no
			// retinopathy" names no retinopathy (the certain part is
			// E11.9); "Tobacco: former, 1 ppd", "Tobacco: quit 2010, 1
			// ppd" say the habit is past.
			he := int(vts[c.head].end)
			pscope := scope
			pscope.Start = ev[0].End
			// The later clause begins after the first clause mark past
			// the head: "Smoking history: 1 pack per day" is a label
			// and its answer, not a past habit.
			// (From the head on: a scan from the section's start would
			// make a long section quadratic.)
			for k := sort.Search(len(toks), func(k int) bool { return toks[k].Start >= he }); k < len(toks) && toks[k].Start < ev[len(ev)-1].Start; k++ {
				if t := toks[k].Text; t == ":" || t == "," || t == ";" {
					pscope.Start = max(pscope.Start, toks[k].End)
					break
				}
			}
			var sure []model.Span
			past := false
			// "STEMI s/p LAD PCI": a word read after a "status post"
			// past the head names the procedure's site, which treated the
			// condition; the "s/p" dates the procedure, not the condition
			// (which stays as the rest of the sentence says).
			spEnd := e.statusPostAfter(vts, c.head, ev[len(ev)-1].Start)
			for k, p := range ev {
				if p.Start >= he && p.Start >= pscope.Start && !withoutBefore(e.lx, vts, pscope.Start, p.Start) {
					switch e.asrt.ClassifyTokens(toks, pscope, p, kind) {
					case model.Negated:
						if sure == nil {
							sure = append(make([]model.Span, 0, len(ev)), ev[:k]...)
						}
						continue
					case model.Historical:
						if spEnd < 0 || p.Start < spEnd {
							past = true
						}
					}
				}
				if sure != nil {
					sure = append(sure, p)
				}
			}
			if sure != nil {
				as = model.Negated
				if n := certainAncestor(c, vts, sure); n != nil {
					if code2, b2, note2 := e.refine(n.code, w, ep); code2 != "" {
						code, billable, note, ev, as = code2, b2, note2, sure, model.Present
						c.why = whyOf(n, false)
					}
				}
			} else if past {
				as = model.Historical
			}
		}
		if as == model.Present && anyFreeSuffix(s, ev) {
			// "lesion-free", "disease-free", "pain-free": absent.
			as = model.Negated
		}
		// (A removal said done but undated, "s/p appendectomy for
		// appendicitis", is past outpatient; an inpatient note's may
		// be this stay's, markTreated.)
		treated := c.treated || c.treatedSP && ctx.Setting != model.Inpatient
		if treated && ep == epSubsequent && injuryCode(code) {
			// "Hip hemiarthroplasty 9 days ago for a subcapital
			// fracture" in a home health start of care: the injury the
			// procedure treated is in its healing or recovery phase, coded
			// with its subsequent encounter's 7th character, not as a
			// history (I.C.21.c.7: no aftercare Z code for an injury).
			treated = false
		}
		if as == model.Present && treated {
			// "Hysterectomy 20 years ago for leiomyomas": the condition
			// the organ was removed for went with it (a lifelong one
			// stays current below).
			as = model.Historical
		}
		if as == model.Historical && c.now {
			// "h/o DVT, on Eliquis": the history is the DVT's; the
			// patient is on the drug now.
			as = model.Present
		}
		if as == model.Historical && durationHistory(s, scope.Start, ms) {
			// "a 2-month history of fever": the condition is current.
			as = model.Present
		}
		if as == model.Historical && e.visitReason(code, kind) {
			// "Bladder cancer surveillance - no evidence of recurrence",
			// "h/o adenomas, surveillance colonoscopy": the past is the
			// condition's, the follow-up examination is this visit's.
			as = model.Present
		}
		if as == model.Historical && e.remissionCode(code) {
			// "CLL in remission": the remission is the code's own axis
			// (C91.11, F11.21), not a past condition (I.C.2.d).
			as = model.Present
		} else if alt := e.remission[code]; alt != "" && (as == model.Historical || as == model.Present) && saysInRemission(s[sentence.Start:sentence.End]) {
			// "Nicotine dependence, cigarettes, in remission", "ALL, in
			// remission": the index gave the code without its remission
			// axis; the tabular's sibling reads it.
			code, billable, as = alt, true, model.Present
			if note != "" {
				note += "; "
			}
			note += "\"in remission\" sibling"
		} else if alt := e.relapse[code]; alt != "" && as == model.Present && saysRelapsed(s[sentence.Start:sentence.End]) {
			// "ALL, relapsed", "AML, in second relapse": the status
			// after a comma is the tabular's "in relapse" sibling.
			code, billable = alt, true
			if note != "" {
				note += "; "
			}
			note += "\"in relapse\" sibling"
		}
		if as == model.Present && strings.HasPrefix(code, "O60.") {
			if alt := pretermDelivered(code, s[sentence.Start:sentence.End]); alt != "" {
				// "She delivered at 34 weeks after preterm labor": the
				// labor ended in this delivery (O60.14X0).
				code, billable = alt, true
				if note != "" {
					note += "; "
				}
				note += "preterm labor with preterm delivery (data/preterm_delivered.tsv)"
			}
		}
		if code[0] == 'O' && e.previousCode(code) && (as == model.Present || as == model.Historical) {
			// "pregnant, prior cesarean delivery": the past delivery is
			// the code's own axis ("Maternal care for scar from previous
			// cesarean delivery", O34.21-); the scar is this pregnancy's.
			// The code needs a current pregnancy (or its weeks) in the
			// sentence: a bare "cesarean delivery" is a delivery's
			// procedure, and a past one of a woman not pregnant
			// ("gravida 3 para 3, prior c/s, now postmenopausal") is no
			// maternal care.
			// Said as past, the pregnancy itself must be named: weeks
			// alone may be the past delivery's ("delivered at 38 weeks").
			if cue := pregnancyCue(s[sentence.Start:sentence.End]); !cue && (as == model.Historical || !hasWeeks(s, sentence)) {
				continue
			}
			// And the past event itself: "primary cesarean delivery at
			// 39 weeks" is this delivery's.
			if as == model.Present && w.find(e.gest.wPrevious, w.lo, w.hi) < 0 && !pastIn(s[sentence.Start:sentence.End]) {
				continue
			}
			as = model.Present
		}
		if x := e.chronicBeside(code, vts, cands, i); x != "" {
			// "hepatitis C cirrhosis", "h/o hepatitis C with cirrhosis":
			// the chronic hepatitis (data/chronic_beside.tsv), which the
			// history rule below keeps current.
			code, billable = x, true
			if note != "" {
				note += "; "
			}
			note += chronicBesideNote
		}
		lifelong := false
		if as == model.Historical && e.lifelong(code, vts, c.pos) && !e.saysEnded(code, toks, sentence) {
			// "history of hypertension", "PMH: COPD", "history of chronic
			// hepatitis C": a condition that does not end is current; the
			// personal history codes are for conditions that no longer
			// exist (data/lifelong.txt).
			as, lifelong = model.Present, true
		}
		if as == model.Present && code[0] == 'Q' && e.correctedMalformation(vts, cands, i, toks) {
			// "Tetralogy of Fallot repaired at age 1", "coarctation of
			// the aorta repaired at age 4": a corrected congenital
			// malformation is a personal history (I.C.17, History,
			// personal, congenital malformation (corrected), Z87.7-),
			// unless the note documents a residual defect.
			as = model.Historical
		}
		if as == model.Historical && ctx.Setting == model.Inpatient && (kind == text.HospitalCourse || assessmentKind(kind)) && e.endedThisStay(toks, sentence) {
			// "Acute kidney injury, resolved" in the discharge
			// diagnoses, or in a progress note's assessment
			// ("bleeding duodenal ulcer - resolved" on hospital
			// day 2): the stay treated it, and it is this
			// admission's condition, not a personal history.
			as = model.Present
		}
		if as == model.Present && exPrefix(s, ms) {
			// "ex-smoker", "ex-drinker": a past condition.
			as = model.Historical
		}
		if as == model.Present && e.pastVerb(toks, sentence, ev) {
			// "had smoked for 10 years", "smoked until 1993": the
			// mention's own verb says the habit is over.
			as = model.Historical
		}
		if code[0] == 'O' && as == model.Historical && !e.previousCode(code) && w.find(e.gest.wPrevious, w.lo, w.hi) >= 0 {
			// "She smoked during her previous pregnancy": the
			// complication was a past pregnancy's, and chapter 15 codes
			// the current one's (I.C.15.a.1); the habit is coded on its
			// own (Z87.891).
			continue
		}
		if as == model.Present && e.advised(toks, sentence, ev) {
			// "Alcohol withdrawal was recommended": the advice to stop,
			// not the syndrome (data/advice.txt).
			as = model.Hypothetical
		}
		if as == model.Present && !assessmentKind(kind) && !isNeo(code) && e.pastCourse(toks, sentence, ev) {
			// "Diarrhea after recent amoxicillin for sinusitis": the
			// condition an earlier drug course treated, its reason
			// then, not a condition of this visit (data/indication.tsv
			// "past", "ended"). A cancer "after chemotherapy for
			// myeloma" is still current (I.C.2.d).
			continue
		}
		if as == model.Present && e.lx.indication.code[code] && !assessmentKind(kind) && e.drugIndication(toks, sentence, ev) {
			// "He is on lisinopril and ibuprofen for pain": the
			// drug's indication, no pain documented for the visit
			// (data/indication.tsv).
			continue
		}
		if as == model.Historical && e.earlierVisit(code) {
			// "A Pap smear 2 years ago", "history of a screening
			// colonoscopy": an earlier visit's screening or examination,
			// which leaves no personal history code (a past Pap smear is
			// no cervical cancer, Z85.41) and is no reason for this one
			// (data/future_visit.tsv "pastcode").
			continue
		}
		if as == model.Present && e.laterVisit(code, toks, sentence, ev) {
			// "Plan: suture removal in 10 days": the reason of a
			// later visit, not this one's (data/future_visit.tsv).
			continue
		}
		if c.histOnly && as != model.Historical {
			continue
		}
		if ctx.Setting == model.Inpatient && (as == model.Present || as == model.Historical) && e.stayProcedure(sb, toks, sents, vts, c) {
			// "Postoperative day 1. She is status post right TKA.",
			// "Admitted on 3/4/2026. On 3/5/2026 he underwent PCI with
			// a stent.": this stay's procedure, which is no status
			// (I.C.21.c.3: a status is from a past encounter).
			e.stayDone(out, toks, c, code)
			continue
		}
		if c.past > 0 {
			// A removal (status.go): done before, it is a status of now;
			// read as present with nothing saying it is past, it is this
			// encounter's procedure; suspected, planned or denied, no
			// status at all.
			pm := c.past
			switch pm {
			case 6:
				pm = 3 // (an index reading statusPostCands read undated)
			case 7:
				pm = 2 // (past by its year, not this stay's)
			}
			if pm == 5 {
				// "She used to be on an insulin pump": the device
				// is gone, whatever the assertion.
				continue
			}
			if pm == 4 {
				// A year beside an admission: in an inpatient note
				// the stay's own date, so the removal is this stay's
				// procedure unless read as a history; elsewhere a
				// past admission's.
				pm = 2
				if ctx.Setting == model.Inpatient {
					pm = 1
				}
			}
			if pm != 2 && ctx.Setting == model.Inpatient && e.acuteBeside(cands, i, func(o *cand) bool {
				sp := mentionSpan(vts, o.pos)
				return e.asrt.ClassifyTokens(toks, scope, sp, kind) == model.Present
			}) {
				// "NSTEMI s/p PCI", "NSTEMI s/p DES to the LAD" in
				// an inpatient note, undated: the procedure treated
				// the stay's acute condition. It is this stay's
				// procedure, not a status from past treatment
				// (I.C.21.c.3).
				e.stayDone(out, toks, c, code)
				continue
			}
			if pm == 2 || e.historySentence(sb, vts, c) {
				// Dated, or said past ("Hx appendectomy"): a past
				// encounter's, which keeps the status of the same code
				// in other sections (dropStayStatus).
				out.StayPast = appendNew(out.StayPast, code)
			}
			if as == model.Historical {
				as = model.Present
			} else if as != model.Present || pm == 1 {
				if as == model.Present && ctx.Setting == model.Inpatient {
					e.stayDone(out, toks, c, code)
				}
				continue
			}
		}
		var why string
		var marks uint16
		if !c.tab {
			why = c.why.renderIn(&wa, note)
			marks = c.why.marks()
		} else if why = e.tm.whyIn(&wa, c.tp); note != "" {
			why += " (" + note + ")"
		}
		if as == model.Present && e.lx.indication.code[code] && e.painManaged(toks, sentence, ev) {
			// "Post-op pain controlled on oral meds", "admitted
			// overnight for pain control": how a pain is being
			// treated. Beside a condition or procedure the note names
			// it is that one's pain (I.B.5; dropIntegral), alone it is
			// the note's pain (data/indication.tsv "managed").
			marks |= markManaged
		}
		if lifelong {
			why += "; " + lifelongNote
		}
		if ruled {
			why += "; " + ruledOutNote
		}
		if c.kindDenied {
			why += "; " + deniedKindNote
		}
		if marks&markMetPrimary == 0 && code >= "C00" && code < "C76" && e.metastaticBefore(toks, sentence, ev) {
			// "metastatic breast cancer": the primary, which has
			// metastasized (addMetastases codes C79.9 when no
			// secondary site is).
			marks |= markMetPrimary
		}
		if marks&markMetPrimary != 0 {
			why += "; " + metPrimaryNote
		}
		if viaPreg != "" {
			why += "; " + viaPreg
		}
		x := ownCause(vts, cands, i)
		if x == "" && causeKinds()[code].inside != "" {
			// "Fentanyl overdose with cardiac arrest": the cause named
			// first (data/effect_links.txt).
			x = e.causeBefore(vts, cands, i)
		}
		if x != "" {
			if alt := causeOutsideKind(code, x); alt != "" {
				// "Cardiac arrest due to hyperkalemia": the index's
				// "due to cardiac condition" needs a heart condition;
				// another cause is its "specified condition NEC".
				if causeKinds()[code].inside != "" {
					// "Cardiac arrest secondary to fentanyl
					// overdose": the cause is documented, no
					// longer unspecified.
					why += "; " + code + " specified by its documented cause"
				} else {
					why += "; " + code + " needs a cause of its kind"
				}
				code = alt
			} else if alt := causeOfKind(code, x); alt != "" {
				// "Pulmonary hypertension due to COPD": the index
				// files it by the kind of its cause ("due to, lung
				// diseases and hypoxia", I27.23), which the cause's
				// code names (data/cause_code.tsv).
				why += "; " + code + " filed by its cause's kind"
				code = alt
			} else if alt := e.causeKid(c, code, x, sb); alt != "" {
				// "Hypertension due to renal artery stenosis": the
				// cause's own title reads the entry's "due to"
				// subterm (secondary NEC, due to, renal disorders,
				// arterial: I15.0), not the bare I15.9.
				why += "; " + code + " refined by its cause's title"
				code = alt
			}
			why += "; " + ownCauseNote + x
		}
		if alt := e.reasonKid(c, code, cands, sb); alt != "" {
			// "Follow-up examination after completed treatment for
			// breast cancer": the cancer's title reads the entry's
			// "malignant neoplasm" subterm (Z08), not the bare Z09.
			why += "; " + code + " refined by the condition's title"
			code = alt
		}
		rule := RuleIndex
		if c.neo {
			rule = RuleNeoplasmTable
		}
		if (as == model.Present || as == model.Historical) && len(ev) > 0 {
			if z := e.exposedTo(code, toks, ev[0].Start); z != "" {
				// "Exposure to hepatitis C": the infection is the object
				// of the exposure, not the patient's disease. A dated
				// exposure ("exposed to chickenpox 5 days ago") is the
				// contact still: Z20 is the exposure's own code.
				why = "exposure to " + e.title(code) + ": " + why
				code, as = z, model.Present
			}
		}
		title := e.title(code)
		finds = append(finds, model.Finding{Code: code, Title: title, Assertion: as, Section: kind,
			Evidence: ev, Scope: sentence, Why: why})

		conf := pol.confidence
		if !billable {
			conf -= 0.2
		}
		if as == model.Hypothetical {
			// "Source patient HIV positive" after a needlestick: the
			// other person's infection is the patient's contact with it
			// (Z20.-, data/contact_codes.tsv).
			z := e.contactOf(code, toks, sents, sentence)
			if z == "" {
				continue
			}
			code, title, why, as = z, e.title(z), "contact with "+title+": "+why, model.Present
			marks = 0
		}
		switch as {
		case model.Negated, model.Hypothetical:
			continue
		case model.Possible:
			if ctx.Setting != model.Inpatient {
				continue // outpatient: the symptoms are coded instead (IV.H)
			}
			conf -= 0.15
			rule = RuleUncertain
			why += "; uncertain diagnosis coded as established (inpatient, II.H)"
		case model.Family:
			z, zwhy := e.historyCode(e.histFamily, w, ep, code, c.pos, false)
			if z == "" {
				continue
			}
			code, title, why, rule = z, e.title(z), "family history of "+title+": "+zwhy, RuleFamily
			marks = 0
		case model.Historical:
			if c.replaced {
				// "OHT 2014 for restrictive cardiomyopathy": the organ
				// the disease destroyed is replaced; the transplant
				// status (Z94.-) is its record, not a personal history.
				continue
			}
			if statusCode(code) {
				// "a history of allergy to thiazides": a history or
				// status code (Z77-Z99) already says the past; read
				// again under History it loses what it named (Z88.8 ->
				// "drugs, medicaments", Z88.9).
				break
			}
			if chapter20(code) && e.datedRecent(toks, sentence, ev) {
				// "Fell from a ladder 2 days ago": the event the days
				// date is the cause of the injury treated now, whose
				// external cause is reported with it (I.C.20.a.1), not a
				// past event of the history.
				as = model.Present
				why += "; an event dated within days is the current injury's cause"
				break
			}
			z, zwhy := e.historyCode(e.histPersonal, w, ep, code, c.pos, treated)
			if z != "" && e.stillCurrent(z, toks, sentence, ev) {
				// A malignancy not documented as excised or eradicated,
				// a habit not documented as stopped, a chronic
				// condition: current (data/history_status.tsv).
				as = model.Present
				why += "; " + stillCurrentNote
			} else if z != "" {
				code, title, why, rule = z, e.title(z), "personal history of "+title+": "+zwhy, RuleHistory
				marks = 0
				if e.datedRecent(toks, sentence, ev) {
					marks = markRecent
				}
			} else if e.overSaid(s, vts, cands, i, ctx.Setting == model.Inpatient) {
				// "Remote appendicitis", "R cataract extraction": over,
				// and no history entry of its own (data/history_over.txt).
				// In an inpatient note "resolved" is not read: what
				// resolved during the stay is the stay's condition.
				continue
			} else {
				conf -= 0.2 // a history mention with no Z code: likely a chronic condition
			}
		}
		if pol.skipCodes || pol.skipSymptoms && e.signLike(code) {
			continue
		}
		if ctx.Setting == model.Inpatient && rule != RuleHistory && e.endedAfter(vts, cands, i) {
			marks |= markEnded
		}
		if rule == RuleNeoplasmTable && e.unspecNeo(code) && e.siteUnknown(toks, sentence) {
			// Kept in the inpatient setting (see dropUnspecifiedNeoplasm).
			why += "; " + siteUnknownNote
			marks |= markSiteUnknown
		}
		if (rule == RuleIndex || rule == RuleNeoplasmTable) && !e.sideInWindow(w) {
			// No side in the clause: the side the note gives the same
			// organ elsewhere ("a mass in the left kidney ... renal
			// cell carcinoma").
			if x := e.sideFromSection(sb, code, vts, sentence); x != "" {
				code, title, why = x, e.title(x), why+"; "+sideNote
			}
		}
		if (rule == RuleIndex || rule == RuleNeoplasmTable) && (w.find(e.lx.wBilat, w.lo, w.hi) >= 0 || w.bothSides()) {
			// Both sides named ("both", or a plural: "the lower limbs")
			// and no bilateral code: one code per side (guideline I.B.13).
			if r, l := e.bilateralPair(code); r != "" {
				codes = append(codes, model.Code{System: "ICD-10-CM", Code: r, Title: e.title(r), Assertion: as,
					Section: kind, Evidence: ev, Confidence: round2(conf), Why: why + "; " + bilateralNote, Rule: rule, Marks: marks})
				code, title, why = l, e.title(l), why+"; "+bilateralNote
			}
		}
		if rule == RuleHistory && lacksNeeded(code, s[c.sentS:min(int(c.sentE), len(s))], mentionSpan(vts, c.pos).Shift(-int(c.sentS))) {
			// A history code the mention became (Z91.81 of "fell 3 weeks
			// ago") needs its words too (data/code_needs.tsv).
			continue
		}
		codes = append(codes, model.Code{System: "ICD-10-CM", Code: code, Title: title, Assertion: as,
			Section: kind, Evidence: ev, Confidence: round2(conf), Why: why, Rule: rule, Marks: marks})
		if as == model.Present && (code[0] == 'T' || code[0] == 'A') && rule == RuleIndex {
			// The infection the device code asks to be identified
			// beside it (T83.5 "use additional code to identify
			// infection"), when the mention names it; and the
			// postprocedural sepsis (T81.44) beside the organism's
			// sepsis that spent the word (data/infection_beside.tsv).
			if x := e.infectionBeside(code, w); x != "" {
				note := infectionBesideNote
				if code[0] != 'T' {
					note = complicationBesideNote
				}
				codes = append(codes, model.Code{System: "ICD-10-CM", Code: x, Title: e.title(x), Assertion: as,
					Section: kind, Evidence: ev, Confidence: round2(conf), Why: why + "; " + note, Rule: rule, Marks: marks})
			}
		}
		if rule == RuleNeoplasmTable && neoBehaviour(code) == 's' && e.primaryUnknown(toks, sentence) {
			// "liver metastases, primary unknown": no determination can be
			// made as to the primary site, which is coded C80.1 beside the
			// secondary site (guideline I.C.2.k; the table's unknown-site
			// row). A primary coded elsewhere in the note still wins
			// (dropUnspecifiedNeoplasm).
			if p := e.unknownPrimary(); p != "" {
				codes = append(codes, model.Code{System: "ICD-10-CM", Code: p, Title: e.title(p), Assertion: as,
					Section: kind, Evidence: ev, Confidence: round2(conf), Why: why + "; " + primaryUnknownNote + "; " + siteUnknownNote, Rule: rule, Marks: marks | markSiteUnknown})
			}
		}
		if weeks > 0 && code[0] == 'O' && as == model.Present {
			// A chapter 15 code on the maternal record takes the weeks
			// of gestation the note gives (guideline I.C.15.b.3).
			if z := e.gest.weeksCode(weeks); z != "" {
				codes = append(codes, model.Code{System: "ICD-10-CM", Code: z, Title: e.title(z), Assertion: as,
					Section: kind, Evidence: []model.Span{{Start: wkS, End: wkE}}, Confidence: round2(conf),
					Why: "weeks of gestation of the pregnancy coded " + code + " (Pregnancy, weeks of gestation)", Rule: rule})
			}
		}
		if as == model.Present && code[0] == 'P' {
			// A newborn code split by weight, or one whose category
			// codes weight and gestational age both, reads the birth
			// weight recorded in its sentence (I.C.16.d-e).
			if g := gramsIn(s, int(c.sentS), int(c.sentE)); g > 0 {
				if x, add := e.weightCode(code, g); x != "" && add {
					// Birth weight is sequenced before gestational age.
					last := codes[len(codes)-1]
					codes[len(codes)-1] = model.Code{System: "ICD-10-CM", Code: x, Title: e.title(x), Assertion: as,
						Section: kind, Evidence: ev, Confidence: round2(conf), Why: why + "; " + birthWeightNote, Rule: rule, Marks: marks}
					codes = append(codes, last)
				} else if x != "" {
					codes[len(codes)-1].Code, codes[len(codes)-1].Title = x, e.title(x)
					codes[len(codes)-1].Why += "; " + birthWeightNote
				}
			}
			// A weight code with the completed weeks beside it takes
			// the gestational age code after it.
			if wk, ws, we := candWeeks(s, c, vts); wk > 0 {
				if a := e.ageCode(codes[len(codes)-1].Code, wk); a != "" {
					codes = append(codes, model.Code{System: "ICD-10-CM", Code: a, Title: e.title(a), Assertion: as,
						Section: kind, Evidence: append(slices.Clone(ev), model.Span{Start: ws, End: we}), Confidence: round2(conf),
						Why: "gestational age with the birth weight (I.C.16.e, P07 note)", Rule: rule})
				}
			}
		}
		if extraO != "" && as == model.Present {
			if oc, _, _ := e.refine(extraO, w, ep); oc != "" {
				codes = append(codes, model.Code{System: "ICD-10-CM", Code: oc, Title: e.title(oc), Assertion: as,
					Section: kind, Evidence: ev, Confidence: round2(conf), Why: why + "; " + complicatingNote, Rule: rule, Marks: marks})
				if z := e.gest.weeksCode(weeks); weeks > 0 && z != "" {
					codes = append(codes, model.Code{System: "ICD-10-CM", Code: z, Title: e.title(z), Assertion: as,
						Section: kind, Evidence: []model.Span{{Start: wkS, End: wkE}}, Confidence: round2(conf),
						Why: "weeks of gestation of the pregnancy coded " + oc + " (Pregnancy, weeks of gestation)", Rule: rule})
				}
			}
		}
		if as == model.Present && code[0] != 'O' {
			// A condition of a current pregnancy complicates it unless
			// the note says it is incidental (guideline I.C.15.a.1): the
			// chapter 15 code comes with the condition's own.
			if oc, z, zs := e.pregnancyOf(sb, s, c, code); oc != "" {
				codes = append(codes, model.Code{System: "ICD-10-CM", Code: oc, Title: e.title(oc), Assertion: as,
					Section: kind, Evidence: ev, Confidence: round2(conf), Why: why + "; " + complicatingNote, Rule: rule, Marks: marks})
				if z != "" {
					codes = append(codes, model.Code{System: "ICD-10-CM", Code: z, Title: e.title(z), Assertion: as,
						Section: kind, Evidence: []model.Span{zs}, Confidence: round2(conf),
						Why: "weeks of gestation of the pregnancy coded " + oc + " (Pregnancy, weeks of gestation)", Rule: rule})
				}
			}
		}
		if rule == RuleIndex || rule == RuleUncertain {
			// The index pairs an etiology with its manifestation
			// ("G30.9 [F02.80]"): both are reported (guideline I.A.13).
			if m := c.why.manif(c.code); m != "" && !c.tab {
				held := w.withPos
				w.withPos = nil
				mc, mb, _ := e.refine(m, w, ep)
				mev := ev
				if len(w.withPos) > 0 {
					// The "with" words the manifestation's tabular
					// read ("Alzheimer dementia, moderate, with
					// agitation", F02.B11) are its evidence too, so
					// consolidation reads their own code into it.
					pos := append(slices.Clone(c.pos), w.withPos...)
					slices.Sort(pos)
					var buf []model.Span
					mev = spans(sb, vts, slices.Compact(pos), &buf)
				}
				w.withPos = held
				if mc != "" {
					if sev := e.severityOf(mc, w, ep); sev != "" {
						// "Alzheimer's dementia, moderate": the index pairs
						// the unspecified severity (F02.80); the note's
						// severity picks the category's own child (F02.B0).
						mc = sev
					}
					mconf := conf
					if !mb {
						mconf -= 0.2
					}
					codes = append(codes, model.Code{System: "ICD-10-CM", Code: mc, Title: e.title(mc), Assertion: as,
						Section: kind, Evidence: mev, Confidence: round2(mconf), Why: why + "; manifestation code the index pairs with it", Rule: rule, Marks: marks})
				}
			}
			// The entry the note was read by sent it on to a
			// combination code ("Failure, heart, with hypertension - see
			// Hypertension, heart"), or the combination's "with" subterm
			// is a main term of its own ("Diabetes, with, gastroparesis";
			// Gastroparesis K31.84): that code is reported too where the
			// tabular pairs the two (I11.0 "use additional code" I50.-;
			// K31.84 "code first" E11.43).
			x := c.why.lead()
			if x == "" {
				x = e.withMain(&c.why)
			}
			if x != "" && !c.tab {
				// (An unspecified code beside a combination that says
				// its part unspecified, "J10.00 ... with unspecified type
				// of pneumonia", adds nothing: J18.9 is not reported.)
				if lc, lb, _ := e.refine(x, w, ep); lc != "" && lc != code && e.pairs(code, lc) &&
					!(containsFold(e.title(lc), "unspecified") && containsFold(e.title(code), "unspecified")) {
					lconf := conf
					if !lb {
						lconf -= 0.2
					}
					codes = append(codes, model.Code{System: "ICD-10-CM", Code: lc, Title: e.title(lc), Assertion: as,
						Section: kind, Evidence: ev, Confidence: round2(lconf), Why: why + "; " + leadNote, Rule: rule, Marks: marks})
				}
			}
		}
	}
}

// withMain returns the code of the main term titled as the "with"
// subterm the last path of r took ("Diabetes, with, gastroparesis":
// Gastroparesis, K31.84), or "".
func (e *Engine) withMain(r *whyRef) string {
	if r.k == 0 || r.parts[r.k-1].neo {
		return ""
	}
	for a := r.parts[r.k-1].n; a != nil && a.parent != nil; a = a.parent {
		t, ok := strings.CutPrefix(a.lt, "with ")
		if !ok && a.parent.lt == "with" {
			t, ok = a.lt, true
		}
		if ok {
			for _, m := range e.ix.byTitle[t] {
				if m.parent == nil && m.code != "" {
					return m.code
				}
			}
			return ""
		}
	}
	return ""
}

const leadNote = "code of the entry that led to the combination code, which the tabular pairs with it"

// pairs reports whether the tabular instructs code x beside code f: f's
// "use additional code" notes name x, or x's "code first" notes name f.
func (e *Engine) pairs(f, x string) bool {
	fc, ok1 := e.cs.Lookup(f)
	xc, ok2 := e.cs.Lookup(x)
	if !ok1 || !ok2 {
		return false
	}
	kf, kx := undot(f), undot(x)
	for _, r := range e.noteRefs(fc, 'u') {
		if r.covers(kx) {
			return true
		}
	}
	for _, r := range e.noteRefs(xc, 'f') {
		if r.covers(kf) {
			return true
		}
	}
	return false
}

const complicatedByNote = "a condition of a current pregnancy read through Pregnancy, complicated by (I.C.15.a.1)"

const birthWeightNote = "the birth weight recorded in grams (I.C.16.d-e)"

const inclusionPregNote = "a condition of a current pregnancy read through a chapter 15 inclusion term \"... in pregnancy\" (I.C.15.a.1)"

const mainTermPregNote = "a condition of a current pregnancy read through its main term's pregnancy subterm (I.C.15.a.1)"

const complicatingNote = "a condition of a current pregnancy is coded as complicating it unless documented as incidental (I.C.15.a.1)"

// pregnancyOf returns the "complicating pregnancy" code of a present
// condition whose sentence documents a current pregnancy, and the Z3A code
// of the weeks it gives with their span, or "". The sentence is read once
// (sb.pregs).
func (e *Engine) pregnancyOf(sb *scratchBuf, s string, c *cand, code string) (string, string, model.Span) {
	var none model.Span
	if len(e.gest.comp) == 0 || code[0] == 'R' || code[0] == 'Z' && !strings.HasPrefix(code, "Z22") {
		return "", "", none
	}
	st := e.pregnancyState(sb, s, c)
	if st == 0 {
		return "", "", none
	}
	ord := [...]string{"", "", "first", "second", "third"}[st]
	weeks, ws, we := candWeeks(s, c, sb.vts)
	if weeks > 0 {
		ord = e.lx.v.words[e.gest.trimesterWord(weeks)]
	}
	oc := e.complicatingCode(code, ord)
	if oc == "" {
		return "", "", none
	}
	if weeks > 0 {
		return oc, e.gest.weeksCode(weeks), model.Span{Start: ws, End: we}
	}
	return oc, "", none
}

// sameCategoryIn reports a candidate of sentence sent already coded in
// code's category ("hyperemesis gravidarum with vomiting": the vomiting
// read through the pregnancy would be O21.9 beside the O21.0 that names
// it).
func sameCategoryIn(cands []cand, sent int, code string) bool {
	for i := range cands {
		if o := cands[i].code; cands[i].sent == sent && len(o) >= 3 && o[:3] == code[:3] {
			return true
		}
	}
	return false
}

// pregnancyState reads once per sentence (sb.pregs) whether c's sentence
// documents a current pregnancy: 0 when not, 1 when it names no trimester,
// 2, 3 or 4 for the first, second or third trimester.
func (e *Engine) pregnancyState(sb *scratchBuf, s string, c *cand) int8 {
	for len(sb.pregs) <= c.sent {
		sb.pregs = append(sb.pregs, -1)
	}
	st := sb.pregs[c.sent]
	if st < 0 {
		st = 0
		if ok, ord := currentPregnancy(s, int(c.sentS), int(c.sentE)); ok {
			st = 1
			switch ord {
			case "first":
				st = 2
			case "second":
				st = 3
			case "third":
				st = 4
			}
		}
		sb.pregs[c.sent] = st
	}
	return st
}

// statusCode reports whether code is in Z77-Z99, the history and health
// status categories: "history of" says nothing more about it
// (data/code_blocks.tsv).
func statusCode(code string) bool {
	return inBlock(code, codeBlocks().status)
}

const bilateralNote = "both sides named and the category has no bilateral code: coded for each side (I.B.13)"

const sideNote = "side from the same organ named with one side elsewhere in the note"

// sideInWindow reports a right, left or bilateral word in the mention's
// window, or a plural that names both sides ("the eyes").
func (e *Engine) sideInWindow(w *walker) bool {
	for i := w.lo; i < w.hi; i++ {
		if e.isLateral(w.toks[i].w) && !w.farSide(i) || w.toks[i].both {
			return true
		}
	}
	return false
}

// sideFromSection returns the right or left sibling of an unspecified-side
// code when the sentence, or else the section, names the organ of its sibling
// titles ("right kidney") with exactly one side, and "" otherwise. The
// sentence comes first: "the right eye showed a posterior synechia" is the
// right eye's, whatever other eyes the note examines.
func (e *Engine) sideFromSection(sb *scratchBuf, code string, vts []vt, sentence model.Span) string {
	r, l, organ := e.sidedSiblings(code)
	if r == "" {
		return ""
	}
	ow := e.organIDs(organ)
	if len(ow) != 1 || ow[0] == 0 {
		return ""
	}
	h := e.sideHitsOf(sb, vts, ow[0])
	if spanWithin(h.b, sentence) {
		// The sentence gives the organ both sides ("trabeculectomy of
		// both eyes"): a side named elsewhere is not this mention's.
		return ""
	}
	sentR, sentL := spanWithin(h.r, sentence), spanWithin(h.l, sentence)
	seenR, seenL := len(h.r) > 0, len(h.l) > 0
	switch {
	case sentR && !sentL:
		return r
	case sentL && !sentR:
		return l
	case sentR && sentL:
		return ""
	case seenR && !seenL:
		return r
	case seenL && !seenR:
		return l
	}
	return ""
}

// sideHitsOf returns where the section names organ word w with "right" or
// "left" among the two words before it, reading the tokens on the first
// question about w only.
func (e *Engine) sideHitsOf(sb *scratchBuf, vts []vt, w wid) *sideHits {
	for i := range sb.sides {
		if sb.sides[i].w == w {
			return &sb.sides[i]
		}
	}
	// The entry's hit slices are reused from earlier sections (spans
	// hold no pointers; release only shortens the list).
	if len(sb.sides) < cap(sb.sides) {
		sb.sides = sb.sides[:len(sb.sides)+1]
	} else {
		sb.sides = append(sb.sides, sideHits{})
	}
	h := &sb.sides[len(sb.sides)-1]
	h.w, h.r, h.l, h.b = w, h.r[:0], h.l[:0], h.b[:0]
	wr, wl := e.lx.v.get("right"), e.lx.v.get("left")
	for i := range vts {
		if vts[i].w != w {
			continue
		}
		sp := model.Span{Start: int(vts[i].start), End: int(vts[i].end)}
		var isR, isL, isB bool
		for j := i - 1; j >= 0 && j >= i-2 && vts[j].clause == vts[i].clause; j-- {
			// (Within the organ word's clause: the "left" that ends the
			// list item before is that item's.)
			isR = isR || vts[j].w == wr
			isL = isL || vts[j].w == wl
			isB = isB || vts[j].w == e.lx.wBilat
		}
		if isB {
			h.b = append(h.b, sp)
		}
		if isR {
			h.r = append(h.r, sp)
		}
		if isL {
			h.l = append(h.l, sp)
		}
	}
	return h
}

// spanWithin reports whether one of the sorted spans lies inside s.
func spanWithin(sps []model.Span, s model.Span) bool {
	i, _ := slices.BinarySearchFunc(sps, s.Start, func(x model.Span, t int) int { return cmp.Compare(x.Start, t) })
	for ; i < len(sps) && sps[i].Start <= s.End; i++ {
		if sps[i].End <= s.End {
			return true
		}
	}
	return false
}

// organIDs is lx.idsRO(organ), cached: sideFromSection asks it for the
// same few organ words ("eye", "knee") at every mention of an
// unspecified-side code, and tokenising one took three allocations. The
// result is shared: callers must not change it.
func (e *Engine) organIDs(organ string) []wid {
	if v, ok := e.organ.get(organ); ok {
		return v
	}
	return e.organ.put(organ, e.lx.idsRO(organ))
}

// sidedSiblings returns the right and left siblings of an unspecified-side
// code and the word after the side in their titles ("kidney").
func (e *Engine) sidedSiblings(code string) (right, left, organ string) {
	if v, ok := e.sided.get(code); ok {
		return v[0], v[1], v[2]
	}
	right, left, organ = e.sidedSiblingsOf(code)
	e.sided.put(code, [3]string{right, left, organ})
	return right, left, organ
}

func (e *Engine) sidedSiblingsOf(code string) (right, left, organ string) {
	c, ok := e.cs.Lookup(code)
	if !ok || !c.Billable || c.Parent == "" {
		return "", "", ""
	}
	if len(c.SevenChr) > 0 {
		if len(code) != 8 || c.Parent != code[:7] {
			return "", "", ""
		}
		// An injury with its 7th character (S92.909A, a fracture of
		// the foot of no stated side): the sides are its base's
		// siblings with the same 7th character ("right foot pain, due
		// to a fracture" is of the right foot).
		b, ok := e.cs.Lookup(c.Parent)
		if !ok || b.Parent == "" {
			return "", "", ""
		}
		r, l, organ := e.sidesAmong(b.Parent, b.Title)
		if r == "" {
			return "", "", ""
		}
		if _, ok := e.cs.Lookup(r + code[7:]); !ok {
			return "", "", ""
		}
		if _, ok := e.cs.Lookup(l + code[7:]); !ok {
			return "", "", ""
		}
		return r + code[7:], l + code[7:], organ
	}
	return e.sidesAmong(c.Parent, c.Title)
}

// sidesAmong returns the children of parent whose titles are title with
// its "unspecified" replaced by "right" and by "left", and the organ word
// that follows.
func (e *Engine) sidesAmong(parent, title string) (right, left, organ string) {
	lt := strings.ToLower(title)
	if !strings.Contains(lt, "unspecified ") {
		return "", "", ""
	}
	titles := map[string]string{}
	for _, k := range e.cs.Children(parent) {
		titles[strings.ToLower(k.Title)] = k.Code
	}
	for i := 0; ; {
		j := strings.Index(lt[i:], "unspecified ")
		if j < 0 {
			return "", "", ""
		}
		i += j
		rest := lt[i+len("unspecified "):]
		r, l := titles[lt[:i]+"right "+rest], titles[lt[:i]+"left "+rest]
		if r != "" && l != "" {
			if f := strings.FieldsFunc(rest, func(c rune) bool { return c == ' ' || c == ',' }); len(f) > 0 {
				return r, l, f[0]
			}
			return "", "", ""
		}
		i += len("unspecified ")
	}
}

// bilateralPair returns the right and left codes of an unspecified-side code
// ("Pain in unspecified knee" -> "Pain in right knee", "Pain in left knee")
// when its siblings have them and none says "bilateral"; "" otherwise.
func (e *Engine) bilateralPair(code string) (right, left string) {
	c, ok := e.cs.Lookup(code)
	if !ok || !c.Billable || c.Parent == "" {
		return "", ""
	}
	if len(c.SevenChr) > 0 {
		// An injury code: the pair of the code without its 7th
		// character, which both sides keep ("Dislocation of distal end
		// of unspecified ulna, initial encounter").
		u := undot(code)
		base, ok := e.cs.Lookup(strings.TrimRight(code[:len(code)-1], "X."))
		if len(u) != 7 || !ok || base.Parent == "" {
			return "", ""
		}
		r, l := e.sidePair(base)
		if r == "" {
			return "", ""
		}
		return withSeventh(r, u[6]), withSeventh(l, u[6])
	}
	return e.sidePair(c)
}

// sidePair is bilateralPair for a code c that has a parent.
func (e *Engine) sidePair(c *codeset.Code) (right, left string) {
	if !containsFold(c.Title, "unspecified") {
		return "", "" // (no "unspecified " below either, and no lower-cased copy)
	}
	lt := strings.ToLower(c.Title)
	if base, ok := strings.CutSuffix(lt, ", unspecified"); ok {
		// "Pain in leg, unspecified": the side goes before the last word.
		if i := strings.LastIndexByte(base, ' '); i > 0 {
			lt = base[:i+1] + "unspecified " + base[i+1:]
		}
	}
	if !strings.Contains(lt, "unspecified ") {
		return "", ""
	}
	sibs := e.cs.Children(c.Parent)
	titles := make(map[string]string, len(sibs))
	for _, k := range sibs {
		t := strings.ToLower(k.Title)
		if strings.Contains(t, "bilateral") {
			return "", ""
		}
		titles[t] = k.Code
	}
	if strings.Count(lt, "unspecified ") > 1 {
		// A side for each site of the title: "Pain in unspecified ankle
		// and joints of unspecified foot" is "Pain in right ankle and
		// joints of right foot".
		r := titles[strings.ReplaceAll(lt, "unspecified ", "right ")]
		l := titles[strings.ReplaceAll(lt, "unspecified ", "left ")]
		if r != "" && l != "" {
			return r, l
		}
	}
	for i := 0; ; {
		j := strings.Index(lt[i:], "unspecified ")
		if j < 0 {
			return "", ""
		}
		i += j
		r := titles[lt[:i]+"right "+lt[i+len("unspecified "):]]
		l := titles[lt[:i]+"left "+lt[i+len("unspecified "):]]
		if r != "" && l != "" {
			return r, l
		}
		i += len("unspecified ")
	}
}

// withSeventh appends 7th character ch to code, with X placeholders up to
// six characters.
func withSeventh(code string, ch byte) string {
	u := undot(code)
	for len(u) < 6 {
		u += "X"
	}
	return u[:3] + "." + u[3:] + string(ch)
}

func round2(f float64) float64 {
	if f < 0.05 {
		f = 0.05
	}
	return float64(int(f*100+0.5)) / 100
}

// isSymptom reports a chapter 18 code (R00-R99: symptoms, signs, abnormal
// findings).
func isSymptom(code string) bool { return strings.HasPrefix(code, "R") }

// signLike reports whether a code names a sign or symptom: an R code, or one
// of the other chapters' symptom codes (data/sign_codes.txt: "Pain in right
// knee", "Erythematous condition, unspecified").
func (e *Engine) signLike(code string) bool {
	return isSymptom(code) || hasAnyPrefix(code, e.signCodes)
}

func (e *Engine) title(code string) string {
	if c, ok := e.cs.Lookup(code); ok {
		return c.Title
	}
	return ""
}

// historyCode finds the Z code of a personal or family history by walking
// "History, personal (of)" / "History, family (of)" with the mention's words,
// as a coder does in the index. It returns "" when the index has no entry
// for the condition. removed says the organ the condition was in was taken
// out for it ("appendectomy for appendicitis"): the condition is over, and
// its kind's catch-all entry may stand for it as for an acute one.
func (e *Engine) historyCode(root *node, w *walker, ep byte, code0 string, pos []int, removed bool) (string, string) {
	if root == nil {
		return "", ""
	}
	for k := w.wlo; k < w.whi; k++ {
		w.used[k] = false
	}
	defer func() {
		for k := w.wlo; k < w.whi; k++ {
			w.used[k] = false
		}
	}()
	lo0, base := w.lo, -1
	// The kind of disease of code0 (data/history_kind.tsv): words
	// [kindLo, kindHi) of the walk, read only when the condition's own
	// words find no entry.
	kindLo, kindHi := 0, 0
	infection := false // the condition is an infection (infectionOf): its kind reads "infection" too
	// Walk with the mention's words plus the words of the code it reached
	// ("breast cancer" reads as "Malignant neoplasm of ... breast"), so
	// the index entries under History find the condition by its title.
	if title := e.title(code0); title != "" {
		// The words live in the section's scratch (taken, so a nested
		// call could not share them); a keystroke that re-codes a history
		// section then costs no allocation here.
		sb := w.sb
		hv := sb.hist[:0]
		sb.hist = nil
		defer func() { sb.hist = hv[:0] }()
		// "... without necrosis or infection": what the code excludes
		// must not lead to a history entry.
		if i := strings.Index(strings.ToLower(title), " without "); i >= 0 {
			title = title[:i]
		}
		// "... of unspecified kidney, except renal pelvis": nor what it
		// leaves out (History, personal, malignant neoplasm, pelvis is
		// the renal pelvis, Z85.53).
		if i := strings.Index(title, ", except "); i >= 0 {
			title = title[:i]
		}
		for _, x := range e.phraseIDs(title) {
			hv = append(hv, vt{w: x, start: -1, end: -1, cap: true})
		}
		if k := slices.IndexFunc(e.lx.histKind, func(k histKind) bool { return strings.HasPrefix(code0, k.prefix) }); root == e.histPersonal && len(code0) > 3 && k >= 0 {
			// And its category's title, which says what kind of
			// condition the code is where the code's own title does not:
			// "Enterocolitis due to Clostridium difficile" is one of the
			// "Other bacterial intestinal infections" (A04), a past
			// infection (History, personal, infection NEC Z86.19). Not
			// a title that only names the kind the row's words give
			// ("Other disorders of urinary system", N39): those are
			// read last, when the condition's own words find nothing,
			// and must not outscore its entry ("urinary tract infection"
			// Z87.440).
			ct := e.phraseIDs(e.title(code0[:3]))
			if !slices.ContainsFunc(ct, func(x wid) bool { return !e.lx.generic[x] && slices.Contains(e.lx.histKind[k].words, x) }) {
				for _, x := range ct {
					hv = append(hv, vt{w: x, start: -1, end: -1, cap: true})
				}
			}
		}
		// And the qualifier of the main term that gave the code:
		// "fractures" reached T14.8 ("injury") through "Fracture,
		// traumatic", and the history entry is "History, personal,
		// fracture, traumatic" (Z87.81), not "physical trauma NEC".
		if m := w.said; m != nil {
			for m.parent != nil {
				m = m.parent
			}
			if _, q, ok := strings.Cut(m.title, ","); ok {
				for _, id := range e.phraseIDs(q) {
					hv = append(hv, vt{w: id, start: -1, end: -1, cap: true})
				}
			}
		}
		base = len(hv)
		hv = append(hv, w.toks[w.lo:w.hi]...)
		kindLo = len(hv)
		if root == e.histPersonal {
			for _, k := range e.lx.histKind {
				if strings.HasPrefix(code0, k.prefix) {
					// "history of pyelonephritis": an infection of its
					// system is that system's infection, not its
					// disease ("History, personal, urinary (tract)
					// infection" Z87.440).
					// Read first with the kind's own words and
					// "infection" (not "disease"), last in hv.
					infection = e.lx.wInfection != 0 && e.infectionOf(code0, w.said)
					for _, x := range k.words {
						hv = append(hv, vt{w: x, start: -1, end: -1, cap: true})
					}
					if infection {
						hv = append(hv, vt{w: e.lx.wInfection, start: -1, end: -1, cap: true})
					}
					break
				}
			}
		}
		kindHi = len(hv)
		hused := sb.histUsed[:0]
		sb.histUsed = nil
		for k := range hv {
			// The clause's other words are not this mention's: "a
			// history of alcoholic hepatitis was admitted for nephrotic
			// syndrome" must not reach History, personal, nephrotic
			// syndrome, nor "history of myocardial infarction and DVT"
			// give the DVT the infarction's I25.2.
			hused = append(hused, k >= base && k < kindLo && !slices.Contains(pos, k-base+lo0))
		}
		defer func() { sb.histUsed = hused[:0] }()
		hw := &walker{lx: e.lx, toks: hv, used: hused, head: base, sb: w.sb,
			lo: 0, hi: kindLo, wlo: 0, whi: kindLo}
		w = hw
	}
	_, path := w.best(root, 0, false)
	if n := len(path); n > 0 && path[n-1].n.code != "" && !e.historyFits(path[n-1].n.code, code0) {
		// "History, personal, injury NEC" read from the "injury" of an
		// acute kidney injury is no entry of this condition: as if the
		// condition's words had found none.
		path = nil
	}
	if kindHi > kindLo && (len(path) == 0 || !e.specificPath(w, path) || infection && necEnd(path)) {
		// Some conditions are filed only below their kind: read the kind
		// words too, but keep only the condition's own entry there, not
		// the kind's catch-all ("disease or disorder, infectious"
		// Z86.19), which neither names the condition nor shows it is
		// over ("personal history included condyloma for six months");
		// unless the condition is an acute one, an episode that a
		// history puts in the past ("history of acute kidney injury":
		// "disease or disorder, urinary system NEC" Z87.448).
		found := false
		if infection {
			// A past infection of the system is the system's infection
			// entry when the index has one ("History, personal, urinary
			// (tract) infection" Z87.440): read without the kind's
			// generic words, and kept only when the entry reads both the
			// system and the infection; not "infection NEC" (Z86.19, the
			// infectious diseases of chapter 1) for a peritonitis.
			// (Nor the code title's: "Renal tubulo-interstitial
			// disease" would lead "kidney infection" to "disease or
			// disorder, urinary system NEC".)
			for k := kindLo; k < kindHi-1; k++ {
				w.used[k] = e.lx.generic[w.toks[k].w]
			}
			for k := 0; k < base; k++ {
				w.used[k] = e.lx.generic[w.toks[k].w]
			}
			w.hi, w.whi = kindHi, kindHi
			if _, p := w.best(root, 0, false); len(p) > 0 && e.readsKindAndInfection(w, p, kindLo, kindHi-1) {
				path, found = p, true
			}
			for k := kindLo; k < kindHi; k++ {
				w.used[k] = false
			}
			for k := 0; k < base; k++ {
				w.used[k] = false
			}
			kindHi--
		}
		w.hi, w.whi = kindHi, kindHi
		if !found {
			if _, p := w.best(root, 0, false); len(p) > 0 && (e.namesBeyond(w, p, kindLo, kindHi) || removed || e.acuteEpisode(code0) || hasAnyPrefix(code0, e.lx.histEvent) || e.saidAcute(w.toks[base:kindLo], code0)) {
				path = p
			} else {
				w.hi, w.whi = kindLo, kindLo
			}
		}
	}
	var code, why string
	var ref whyRef
	if root == e.histFamily && (len(path) == 0 || !e.specificPath(w, path)) {
		// The index lists no family history of this condition ("family
		// history of hypertension"): the Z80-Z84 code whose "Conditions
		// classifiable to" note covers it (Z82.49 for I10).
		if z := e.familyClassifiable(code0); z != "" {
			return z, "History > family: " + z + " includes conditions classifiable to " + code0
		}
	}
	if len(path) == 0 {
		if root == e.histFamily {
			// A family history the index does not list specifically.
			for _, k := range root.kids {
				if strings.HasPrefix(stripTitle(k.title), "specified condition") && k.code != "" {
					code, why = k.code, k.path()
				}
			}
		}
		if code == "" {
			return "", ""
		}
	} else {
		for _, s := range path {
			for _, p := range s.pos {
				w.used[p] = true
			}
		}
		if !e.specificPath(w, path) {
			// Only generic words (disease, disorder) led here: the index
			// reached "History, personal, disease or disorder NEC"
			// (Z87.898), not the condition. A past condition the Z codes
			// do not name is most often a chronic one still present
			// (hypertension, COPD): the condition itself is reported.
			return "", ""
		}
		code, ref, _, _ = e.resolvePath(w, root, path, nil, 0)
		why = ref.String()
	}
	// Personal history entries give Z8- codes, and a few give the code of a
	// healed condition (History, personal, myocardial infarction: I25.2 old
	// myocardial infarction, guideline I.C.9.e.4). Not other Z codes (a
	// treatment or status entry reached by a condition's title words) nor a
	// substance use disorder in remission: a history that lists a habit
	// does not document its remission. A Z code outside Z8 whose tabular
	// title names it a history is one too ("History of falling" Z91.81,
	// guideline I.C.21.c.4).
	if code == "" || !strings.HasPrefix(code, "Z8") && (root == e.histFamily || code[0] == 'Z' && !e.historyTitle(code) || code[0] == 'F') {
		return "", ""
	}
	final, _, _ := e.refine(code, w, ep)
	if final == "" || !e.historyFits(final, code0) {
		return "", ""
	}
	if alt := e.classifiableSibling(final, code0); alt != "" {
		// "father died of colon cancer": the index lists no colon under
		// History, family, malignant neoplasm, but Z80.0 includes
		// "Conditions classifiable to C15-C26".
		final = alt
		why += "; " + alt + " includes conditions classifiable to " + code0
	}
	return final, why
}

// acuteEpisode reports whether code's title, or its category's, names an
// acute condition and no chronic one ("Acute kidney failure, unspecified"
// in N17 "Acute kidney failure"): an episode that ends, so a history of it
// is a past condition whatever the index files it under.
func (e *Engine) acuteEpisode(code string) bool {
	t := e.title(code)
	if len(code) > 3 {
		t += " " + e.title(code[:3])
	}
	return hasWord(t, "acute") && !hasWord(t, "chronic")
}

// readsKindAndInfection reports whether path read a non-generic kind word
// of [lo, hi) and the infection word at hi (or the note's own "infection":
// "kidney infection").
func (e *Engine) readsKindAndInfection(w *walker, path []step, lo, hi int) bool {
	kind, inf := false, false
	for _, s := range path {
		for _, p := range s.pos {
			kind = kind || p >= lo && p < hi && !e.lx.generic[w.toks[p].w]
			inf = inf || p == hi || w.toks[p].w == e.lx.wInfection
		}
	}
	return kind && inf
}

// infectionOf reports whether the condition of code0 is an infection by
// the tabular's own account: its code asks for the infectious agent ("use
// additional code (B95-B97)"), or, for a code that leaves the acuity open
// (N12 "Pyelonephritis NOS"), the codes of both the acute and the chronic
// subterm of the index entry said that reached it do (N10, N11.9); or the
// note named it an infection, reaching the code through the Infection entry
// ("kidney infection": Infection, kidney N15.9, whose tabular includes
// "Infection of kidney NOS"). An infection is over once treated: its history
// is a personal history of an infection of its system.
func (e *Engine) infectionOf(code0 string, said *node) bool {
	if e.asksAgent(code0) {
		return true
	}
	if said == nil {
		return false
	}
	if m := mainOf(said); m != said && strings.HasPrefix(m.lt, "infection") {
		return true
	}
	for m := said; m != nil; m = m.parent {
		var acute, chronic *node
		for _, k := range m.kids {
			switch stripTitle(k.title) {
			case "acute":
				acute = k
			case "chronic":
				chronic = k
			}
		}
		if acute != nil && chronic != nil {
			return acute.code != "" && chronic.code != "" && e.asksAgent(acute.code) && e.asksAgent(chronic.code)
		}
	}
	return false
}

// saidAcute reports whether the mention's words ws call the condition acute
// and code0's title does not make it a chronic one: "history of acute aortic
// dissection" is an episode that is over, though the index's dissection
// (I71.0-) has no acute code to say so.
func (e *Engine) saidAcute(ws []vt, code0 string) bool {
	if hasWord(e.title(code0), "chronic") {
		return false
	}
	return slices.ContainsFunc(ws, func(t vt) bool { return t.w == e.lx.wAcute })
}

// acuteBeside reports whether a candidate of cands[i]'s sentence other than
// a status is an acute condition (acuteEpisode) that present says is
// current: not the "AMI" of "personal history included ischemic heart
// disease with AMI and coronary bypass grafting".
func (e *Engine) acuteBeside(cands []cand, i int, present func(*cand) bool) bool {
	for k := range cands {
		if o := &cands[k]; k != i && o.sent == cands[i].sent && o.past == 0 && o.code != "" && o.code[0] != 'Z' && e.acuteEpisode(o.code) && present(o) {
			return true
		}
	}
	return false
}

// historyFits reports whether the history code z may stand for the
// condition code0 (data/history_kind.tsv "only" rows): an injury history
// (Z87.82-) is for a past injury, not an "acute kidney injury" whose index
// entry shares the word.
func (e *Engine) historyFits(z, code0 string) bool {
	for _, r := range e.lx.histOnly {
		if hasAnyPrefix(z, r[0]) && !hasAnyPrefix(code0, r[1]) {
			return false
		}
	}
	return true
}

// historyTitle reports whether the tabular title of code names a personal
// history ("History of falling", "Personal history of self-harm").
func (e *Engine) historyTitle(code string) bool {
	t := strings.ToLower(e.title(code))
	return strings.HasPrefix(t, "history of ") || strings.HasPrefix(t, "personal history of ")
}

// namesBeyond reports whether path consumed a condition word (not generic)
// outside the walked words [lo, hi).
func (e *Engine) namesBeyond(w *walker, path []step, lo, hi int) bool {
	for _, s := range path {
		for _, p := range s.pos {
			if (p < lo || p >= hi) && !e.lx.generic[w.toks[p].w] {
				return true
			}
		}
	}
	return false
}

// specificPath reports whether path consumed a word that names a condition
// (not only "disease", "disorder": data/generic.txt).
func (e *Engine) specificPath(w *walker, path []step) bool {
	for _, s := range path {
		for _, p := range s.pos {
			if !e.lx.generic[w.toks[p].w] {
				return true
			}
		}
	}
	return false
}

// necEnd reports a path ending at an "NEC" entry. For a past infection of a
// system ("history of kidney infection", N15.9) the word "infection" alone
// reaches "History, personal, infection NEC" (Z86.19, for the infectious
// diseases the index names nowhere else); the system's own infection entry
// ("infection, urinary (tract)" Z87.440) is looked for first.
func necEnd(path []step) bool {
	return len(path) > 0 && strings.HasSuffix(path[len(path)-1].n.lt, " nec")
}

// familyCategories returns the categories of family history codes (Z80-Z84)
// in tabular order, read from their titles ("Family history of ..."), for
// familyClassifiable.
func (e *Engine) familyCategories() []string {
	var out []string
	for _, c := range e.cs.All() {
		if c.Parent == "" && strings.HasPrefix(c.Title, "Family history of ") {
			out = append(out, c.Code)
		}
	}
	return out
}

// familyClassifiable returns the billable family history code whose
// "Conditions classifiable to" note covers the category of code0, or "".
func (e *Engine) familyClassifiable(code0 string) string {
	if len(code0) < 3 {
		return ""
	}
	for _, cat := range e.familyCats {
		if k := e.classifiableUnder(cat, code0[:3]); k != nil {
			return e.residualBillable(k)
		}
	}
	return ""
}

// classifiableUnder returns the first code below root whose "Conditions
// classifiable to" note covers category c0, or nil.
func (e *Engine) classifiableUnder(root, c0 string) *codeset.Code {
	for _, k := range e.cs.Children(root) {
		if classifiable(k.Inclusion, c0) {
			return k
		}
		if x := e.classifiableUnder(k.Code, c0); x != nil {
			return x
		}
	}
	return nil
}

// residualBillable returns c's code when it is billable, else the code of
// its child that keeps c's whole meaning: the "other" child (Z82.49 "Family
// history of ischemic heart disease and other diseases of the circulatory
// system" under Z82.4), or the last one.
func (e *Engine) residualBillable(c *codeset.Code) string {
	if c.Billable {
		return c.Code
	}
	kids := e.cs.Children(c.Code)
	if len(kids) == 0 {
		return ""
	}
	for _, k := range kids {
		if k.Billable && strings.EqualFold(k.Title, c.Title) {
			return k.Code
		}
	}
	last := kids[len(kids)-1]
	if !last.Billable {
		return ""
	}
	return last.Code
}

// classifiableSibling returns the billable code of z's category whose
// "Conditions classifiable to X-Y" note covers the category of code0, when z's
// own notes do not cover it; "" otherwise.
func (e *Engine) classifiableSibling(z, code0 string) string {
	if len(z) < 3 || len(code0) < 3 {
		return ""
	}
	c0 := code0[:3]
	if c, ok := e.cs.Lookup(z); ok && classifiable(c.Inclusion, c0) {
		return ""
	}
	if k := e.classifiableUnder(z[:3], c0); k != nil && k.Billable {
		return k.Code
	}
	return ""
}

// classifiable reports whether an inclusion note "Conditions classifiable to
// C15-C26" (or "... to C50") covers the category cat.
func classifiable(notes []string, cat string) bool {
	for _, n := range notes {
		// (Z81.8 says "Conditions classifiable elsewhere in F01-F99":
		// its siblings, read first, take the F codes they name.)
		p := "conditions classifiable to "
		if len(n) > len(p) && !strings.EqualFold(n[:len(p)], p) {
			p = "conditions classifiable elsewhere in "
		}
		if len(n) <= len(p) || !strings.EqualFold(n[:len(p)], p) {
			continue
		}
		for _, r := range strings.Split(n[len(p):], ",") {
			// ("F10.-" is the whole category, not a range.)
			r = strings.TrimSuffix(strings.TrimSpace(r), ".-")
			lo, hi, ok := strings.Cut(r, "-")
			if !ok {
				hi = lo
			}
			if len(lo) < 3 || len(hi) < 3 {
				continue
			}
			if cat >= lo[:3] && cat <= hi[:3] {
				return true
			}
		}
	}
	return false
}

// unspecNeo reports whether code is an unspecified-site cell of the table
// of neoplasms' first row (C80.1, C79.9, D09.9, D36.9, D48.9, D49.9).
func (e *Engine) unspecNeo(code string) bool {
	if e.ix.neo == nil {
		return false
	}
	return slices.Contains(e.ix.neoUnspec, code)
}

// withoutInside reports whether a "without" stands between the first and
// the last word a mention read while none of those words is in its scope
// (withoutScope: the same clause, four words at most): the "without" then
// denies something else than the condition ("ketoacidosis without coma,
// type 1 DM").
func (e *Engine) withoutInside(vts []vt, pos []int) bool {
	if len(pos) < 2 {
		return false
	}
	lo, hi := slices.Min(pos), slices.Max(pos)
	found := false
	for k := lo + 1; k < hi; k++ {
		if vts[k].w == e.lx.wWithout {
			found = true
		}
	}
	return found && !deniedAt(e.lx, vts, pos)
}

// datedRecent reports a mention dated within days of the encounter by a
// phrase of data/recent_past.txt written after it in its sentence, at most
// eight words on ("tested positive for COVID-19 at home 6 days ago").
func (e *Engine) datedRecent(toks []text.Token, sent model.Span, ev []model.Span) bool {
	if len(e.lx.recentPast) == 0 || len(ev) == 0 {
		return false
	}
	end := 0
	for _, sp := range ev {
		end = max(end, sp.End)
	}
	var ws []string
	for k := sentStart(toks, sent); k < len(toks) && toks[k].Start < sent.End && len(ws) < 12; k++ {
		if toks[k].Start >= end && toks[k].Kind != text.Punct {
			ws = append(ws, toks[k].Norm)
		}
	}
	for i := range min(len(ws), 8) {
		for _, p := range e.lx.recentPast {
			if i+len(p) <= len(ws) && slices.Equal(ws[i:i+len(p)], p) {
				return true
			}
		}
	}
	return false
}

// metastaticBefore reports a metastasis word ("metastatic") written right
// before a mention ("metastatic breast cancer", "metastatic pancreatic
// adenocarcinoma"): it qualifies the primary the mention names, whose
// metastases are coded too. A word followed by "to" ("metastatic to the
// liver") names the secondary site instead.
func (e *Engine) metastaticBefore(toks []text.Token, sent model.Span, ev []model.Span) bool {
	if len(ev) == 0 {
		return false
	}
	first := ev[0].Start
	for _, sp := range ev {
		first = min(first, sp.Start)
	}
	k := sort.Search(len(toks), func(i int) bool { return toks[i].Start >= first })
	if k == 0 || k >= len(toks) || toks[k-1].Start < sent.Start || toks[k-1].Kind != text.Word {
		return false
	}
	x := e.tokWid(&toks[k-1])
	return int(x) < len(e.lx.secondaryHead) && e.lx.secondaryHead[x]
}

// metPrimaryNote explains a primary malignancy the note calls metastatic
// ("metastatic <histology> of <site>", walker.metastaticOf; "metastatic
// breast cancer", metastaticBefore).
const metPrimaryNote = "a primary the note calls metastatic: the primary's site, which has metastasized"

// stillCurrentNote explains a condition named as history but coded as
// current.
const stillCurrentNote = "named as history but not documented as ended, or still present or treated: coded as current"

// stillCurrent reports whether the history code z names a condition the
// sentence shows to be current (data/history_status.tsv): a malignancy not
// documented as excised or eradicated, or with disease or treatment still
// present (I.C.2.d, I.C.2.m); a habit not documented as stopped; a mention
// that says "chronic" or "recurrent".
func (e *Engine) stillCurrent(z string, toks []text.Token, sent model.Span, ev []model.Span) bool {
	for i := range e.lx.histStatus {
		r := &e.lx.histStatus[i]
		if !strings.HasPrefix(z, r.prefix) {
			continue
		}
		ended, year, treated := false, false, false
		for k := sentStart(toks, sent); k < len(toks); k++ {
			t := toks[k]
			if t.Start >= sent.End {
				break
			}
			if t.Kind == text.Punct {
				continue
			}
			switch r.words[t.Norm] {
			case 'c':
				if recurrenceDenied(toks, sent, k) {
					// "s/p lobectomy, no recurrence": denied, as below.
					ended = true
					continue
				}
				// (Read also up to the word's end: a terminate phrase
				// that starts with it, "recurrence on anastrozole",
				// ends the denial after it, not the word's own.)
				tsp := model.Span{Start: t.Start, End: t.End}
				if e.asrt.ClassifyTokens(toks, sent, tsp, "") == model.Negated || e.asrt.ClassifyTokens(toks, model.Span{Start: sent.Start, End: t.End}, tsp, "") == model.Negated || e.nextNegated(toks, sent, k) || e.prevNegated(toks, sent, k) {
					// "no evidence of recurrence": denied, the
					// disease is over; so is "not currently
					// smoking", where the word is part of the
					// denial's own trigger and what it describes
					// is denied.
					ended = true
					continue
				}
				// The clause ends at the mention: a backward trigger after
				// it ("metastatic breast cancer, last chemotherapy 5 days
				// ago") dates something else, not an ending between the
				// word and the mention.
				if after := slices.IndexFunc(ev, func(s model.Span) bool { return s.Start >= t.End }); after >= 0 && e.asrt.ClassifyTokens(toks, model.Span{Start: t.End, End: ev[after].End}, ev[after], "") == model.Historical {
					// "Continues to abstain from smoking", "still
					// abstinent from tobacco": what goes on is the
					// ending a trigger between the word and the habit
					// (its mention after the word) says, so the habit
					// stays ended.
					ended = true
					continue
				}
				if stoppingNext(toks, sent, k, r) {
					// "She quit tobacco years ago and continues to
					// abstain": what goes on is the stopping.
					ended = true
					continue
				}
				return true
			case 'p':
				// In the mention or its qualifier right before it
				// ("recurrent renal lithiasis").
				if inSpans(ev, t.Start) || k+1 < len(toks) && len(ev) > 0 && toks[k+1].Start == ev[0].Start {
					return true
				}
			case 'h':
				if inSpans(ev, t.Start) && e.habitGoesOn(toks, sent, k, r) {
					return true
				}
			case 'q':
				if partWay(toks, k) {
					// "completed 3 of 6 cycles", "cycle 2 of 4":
					// the course goes on, whatever it completed.
					return true
				}
			case 'e':
				ended = true
			case 't':
				if onTreatment(toks, sent, k) && treatsMention(toks, sent, k, ev) {
					// "Breast cancer, on chemotherapy, no recurrence": treatment
					// still directed to the malignancy keeps it current
					// (I.C.2.m), whatever recurrence the sentence denies.
					return true
				}
				treated = true
			}
			if r.yearEnds && t.Kind == text.Number && isYear(t.Text) {
				// "treated with chemotherapy in 2015": the treatment is
				// dated years back, over ("diagnosed in 2004 with colon
				// carcinoma" dates no treatment: needs a 't' word).
				year = true
			}
			for _, suf := range r.endedSuffix {
				if len(t.Norm) > len(suf)+2 && strings.HasSuffix(t.Norm, suf) {
					ended = true
				}
			}
		}
		if year && treated {
			ended = true
		}
		if r.needEnded && !ended && !e.historyLine(toks, sent, ev) {
			return true
		}
	}
	return false
}

// partWay reports whether the course unit toks[k] ("cycles") is counted as
// "N of M" with N < M, right before it ("3 of 6 cycles") or right after it
// ("cycle 3 of 6"): a course under way.
func partWay(toks []text.Token, k int) bool {
	count := func(i int) bool {
		if i < 0 || i+2 >= len(toks) || toks[i+1].Norm != "of" {
			return false
		}
		n, err1 := strconv.Atoi(toks[i].Text)
		m, err2 := strconv.Atoi(toks[i+2].Text)
		return err1 == nil && err2 == nil && n > 0 && n < m
	}
	return count(k-3) || count(k+1)
}

// habitGoesOn reports whether the habit noun toks[k] ("smoker") names a
// habit the patient still has: a list under a history heading ("history of
// gastric ulcer, a 10-cigarette smoker/day") describes the patient as a
// smoker now, while a past qualifier in the noun's own clause ("former
// smoker", "ex-smoker", "a smoker until 2010") ends it. The clause runs from
// the last comma, semicolon, colon or parenthesis before the noun, or from
// after a heading word of r (data/history_status.tsv "heading" rows) not
// followed by "of": "whose personal history was a 20-cigarette smoker" and
// "his history included being a heavy smoker" list the smoker under the
// heading as the comma would, while "history of being a smoker" is a
// history statement and stays one.
func (e *Engine) habitGoesOn(toks []text.Token, sent model.Span, k int, r *histRule) bool {
	from := sent.Start
	for j := sentStart(toks, sent); j < k; j++ {
		t := &toks[j]
		if t.Kind == text.Punct && (t.Text == "," || t.Text == ";" || t.Text == ":" || t.Text == "(") {
			from = toks[j+1].Start
		}
		if t.Kind == text.Word && r.words[t.Norm] == 'd' && !nextWordIs(toks, j, k, "of") {
			from = toks[j+1].Start
		}
	}
	clause := model.Span{Start: from, End: sent.End}
	return e.asrt.ClassifyTokens(toks, clause, model.Span{Start: toks[k].Start, End: toks[k].End}, "") != model.Historical
}

// nextWordIs reports whether the first word token after toks[j], before
// toks[end], is w (its normal form).
func nextWordIs(toks []text.Token, j, end int, w string) bool {
	for i := j + 1; i < end; i++ {
		if toks[i].Kind == text.Word {
			return toks[i].Norm == w
		}
	}
	return false
}

// nextNegated reports whether the first word after toks[k] in the sentence
// is read as negated.
func (e *Engine) nextNegated(toks []text.Token, sent model.Span, k int) bool {
	for j := k + 1; j < len(toks) && toks[j].Start < sent.End; j++ {
		if toks[j].Kind != text.Punct {
			return e.asrt.ClassifyTokens(toks, sent, model.Span{Start: toks[j].Start, End: toks[j].End}, "") == model.Negated
		}
	}
	return false
}

// prevNegated reports whether the word right before toks[k], with no
// punctuation between, is denied: in "denies smoking currently" the
// "currently" belongs to the denial of the habit before it (the word itself
// ends other scopes, data/context.tsv), not to a current habit.
func (e *Engine) prevNegated(toks []text.Token, sent model.Span, k int) bool {
	j := k - 1
	if j < 0 || toks[j].Start < sent.Start || toks[j].Kind == text.Punct {
		return false
	}
	return e.asrt.ClassifyTokens(toks, sent, model.Span{Start: toks[j].Start, End: toks[j].End}, "") == model.Negated
}

// recurrenceDenied reports whether toks[k] comes right after "no" or "without",
// or after "no <noun> of" ("no recurrence", "no signs of recurrence"): a
// denial that a longer historical trigger holding the word
// (cdi/text/data/context.tsv "no recurrence") reads as a past condition, so
// the assertion engine gives the word itself no negation.
func recurrenceDenied(toks []text.Token, sent model.Span, k int) bool {
	no := func(j int) bool {
		return j >= 0 && toks[j].Start >= sent.Start && (toks[j].Norm == "no" || toks[j].Norm == "without")
	}
	return no(k-1) || k >= 3 && toks[k-1].Norm == "of" && no(k-3)
}

// onTreatment reports whether the treatment word toks[k] ("chemotherapy",
// "hormonal") is taken now: "on" right before it or one word before it ("on
// chemo", "on adjuvant chemotherapy"), and no denial ("not on chemotherapy",
// "off") before that "on".
func onTreatment(toks []text.Token, sent model.Span, k int) bool {
	for j := k - 1; j >= k-2 && j >= 0 && toks[j].Start >= sent.Start && toks[j].Kind == text.Word; j-- {
		if toks[j].Norm == "on" {
			return j == 0 || toks[j-1].Start < sent.Start || toks[j-1].Norm != "not" && toks[j-1].Norm != "no"
		}
	}
	return false
}

// treatsMention reports whether the treatment word toks[k] may be the
// mention's (ev): a treatment said "for" something ("on chemotherapy for
// breast cancer, no recurrence of her prior colon cancer") treats what the
// words after "for" name up to the clause's end, not another cancer of the
// sentence; one said without "for" ("breast cancer, on chemotherapy") is
// the sentence's cancer's.
func treatsMention(toks []text.Token, sent model.Span, k int, ev []model.Span) bool {
	if k+1 >= len(toks) || toks[k+1].Start >= sent.End || toks[k+1].Norm != "for" || len(ev) == 0 {
		return true
	}
	end := sent.End // the clause after "for" ends at the next comma or semicolon
	for j := k + 2; j < len(toks) && toks[j].Start < sent.End; j++ {
		if toks[j].Kind == text.Punct && (toks[j].Text == "," || toks[j].Text == ";") {
			end = toks[j].Start
			break
		}
	}
	for _, s := range ev {
		if s.Start >= toks[k+1].End && s.Start < end {
			return true
		}
	}
	return false
}

// stoppingNext reports whether the current word toks[k] ("continues",
// "still") is followed, past an optional "to", by a word of stopping of r
// (data/history_status.tsv "stopping" rows: "continues to abstain", "still
// abstinent"): what goes on is the habit's end, not the habit.
func stoppingNext(toks []text.Token, sent model.Span, k int, r *histRule) bool {
	for j := k + 1; j < len(toks) && j <= k+2 && toks[j].Start < sent.End; j++ {
		if toks[j].Norm == "to" {
			continue
		}
		return r.words[toks[j].Norm] == 's'
	}
	return false
}

// historyLine reports a sentence that is only a history statement, as a
// problem list writes one ("History of breast cancer."): the physician
// states the condition is past, with nothing in the sentence to say
// otherwise; a narrative sentence ("History of prostate cancer treated
// with hormone therapy.") must document how it ended. A line of at most five words is
// one; so is a longer line that starts with a history word and ends with
// the condition's words ev ("History of squamous cell carcinoma of the
// skin of the left cheek."): nothing but stop words after them.
func (e *Engine) historyLine(toks []text.Token, sent model.Span, ev []model.Span) bool {
	n, first, end, after := 0, -1, 0, false
	for _, sp := range ev {
		end = max(end, sp.End)
	}
	for i := sentStart(toks, sent); i < len(toks); i++ {
		t := &toks[i]
		if t.Start >= sent.End {
			break
		}
		if t.Kind != text.Word {
			continue
		}
		if first < 0 {
			first = i
		}
		n++
		if !after && t.Start >= end && !e.lx.stop[e.tokWid(t)] {
			after = true // a word after the condition
		}
	}
	if n <= 5 {
		return true
	}
	if first < 0 || after || len(ev) == 0 {
		return false
	}
	for _, lead := range e.lx.histLead {
		if e.wordsFrom(toks, first, lead) {
			return true
		}
	}
	return false
}

// wordsFrom reports whether the word tokens from toks[i] on are ws.
func (e *Engine) wordsFrom(toks []text.Token, i int, ws []wid) bool {
	for _, w := range ws {
		for i < len(toks) && toks[i].Kind != text.Word {
			i++
		}
		if i >= len(toks) || e.tokWid(&toks[i]) != w {
			return false
		}
		i++
	}
	return true
}

// sentStart returns the index of the first token of sentence sent: the
// sentence checks start there instead of reading the section from its
// first token, which made a long section quadratic.
func sentStart(toks []text.Token, sent model.Span) int {
	return sort.Search(len(toks), func(i int) bool { return toks[i].Start >= sent.Start })
}

// inSpans reports whether offset p lies in one of the spans.
func inSpans(ev []model.Span, p int) bool {
	for _, s := range ev {
		if p >= s.Start && p < s.End {
			return true
		}
	}
	return false
}

// siteUnknownNote says in Why that an unspecified-site neoplasm's sentence
// says the site is unknown.
const siteUnknownNote = "site documented as unknown"

// siteUnknown reports whether the sentence says the site is unknown
// ("carcinoma of unknown primary", "metastases of undetermined origin"):
// a word of data/unknown_site.txt.
func (e *Engine) siteUnknown(toks []text.Token, sent model.Span) bool {
	for _, t := range toks[sentStart(toks, sent):] {
		if t.Start >= sent.End {
			break
		}
		if e.lx.unknownSite[e.lx.v.get(t.Norm)] {
			return true
		}
	}
	return false
}

// contactOf returns the contact code (Z20.-, data/contact_codes.tsv) of the
// infection code that a sentence gives to another person ("source patient HIV
// positive", "partner has chlamydia") when that sentence or the one before or
// after it says the patient's exposure to it (data/contact_words.txt:
// exposure, needlestick, splash) and names the other person
// (data/contact_persons.txt: source, partner, household), or "" (guideline I.C.21.c.1): "Needlestick
// to the finger while recapping; source patient is HIV positive."
func (e *Engine) contactOf(code string, toks []text.Token, sents []text.Sentence, sent model.Span) string {
	z := e.contactCodeOf(code)
	if z == "" {
		return ""
	}
	from, to := sent, sent
	if i := sentenceAt(sents, sent.Start); i >= 0 {
		if i > 0 {
			from = sents[i-1].Span
		}
		if i+1 < len(sents) {
			to = sents[i+1].Span
		}
	}
	said := 0
	for _, t := range toks[sentStart(toks, from):] {
		if t.Start >= to.End {
			break
		}
		w := e.lx.v.get(t.Norm)
		if e.lx.contactWord[w] {
			said |= 1
		}
		if e.lx.contactWho[w] {
			said |= 2
		}
	}
	if said == 3 {
		return z
	}
	return ""
}

// exposedTo returns the contact code (Z20.-) of the infection code whose
// mention, starting at offset at, is the object of an exposure word:
// "exposure to hepatitis C", "exposed to chickenpox", "contact with active
// tuberculosis" (Exposure (to) / Contact (with), <infection>: Z20.5, Z20.820,
// Z20.1), the index's main terms skip_main.txt never lets head a mention. One
// word may stand between the preposition and the mention; "" otherwise.
func (e *Engine) exposedTo(code string, toks []text.Token, at int) string {
	z := e.contactCodeOf(code)
	if z == "" {
		return ""
	}
	k := sort.Search(len(toks), func(i int) bool { return toks[i].Start >= at })
	for p := k - 1; p >= 1 && p >= k-2; p-- {
		if (toks[p].Norm == "to" || toks[p].Norm == "with") && e.lx.contactWord[e.lx.v.get(toks[p-1].Norm)] {
			return z
		}
	}
	return ""
}

// contactCodeOf returns the contact code of the longest prefix of code listed
// in data/contact_codes.tsv, or "".
func (e *Engine) contactCodeOf(code string) string {
	// (It runs for every code a section reads as present: one look-up
	// by category first, the prefixes only for the few infections.)
	if !e.lx.contactCat.may(code) {
		return ""
	}
	for n := len(code); n >= 3; n-- {
		if code[n-1] == '.' {
			continue
		}
		if z := e.lx.contactCode[code[:n]]; z != "" {
			return z
		}
	}
	return ""
}

// primaryUnknownNote marks in Why the C80.1 coded beside a metastasis whose
// primary site the note documents as unknown.
const primaryUnknownNote = "primary site documented as unknown"

// primaryUnknown reports whether the sentence, or the one right after it,
// says a metastasis' primary tumour is unknown: a word of
// data/primary_words.txt within two words of one of data/unknown_site.txt
// ("of unknown primary", "primary site unknown", "of undetermined origin").
// "Primary" alone is a site's row of the table ("primary liver cancer"). The
// next sentence counts because a note states the metastases and then that
// their primary was not found ("Bone metastases; the primary site remains
// unknown."): no determination of the primary site is made either way
// (guideline I.C.2.k), and a primary coded elsewhere still wins
// (dropUnspecifiedNeoplasm).
func (e *Engine) primaryUnknown(toks []text.Token, sent model.Span) bool {
	var last [3]wid // the word ids of the last three word tokens, newest first
	ends := 0       // sentence ends passed: the mention's sentence, then the next
	for _, t := range toks[sentStart(toks, sent):] {
		if t.Start >= sent.End && (ends > 1 || t.Start > sent.End+maxScopeBytes) {
			break
		}
		if t.Kind != text.Word {
			if t.Start >= sent.End-1 && (t.Text == "." || t.Text == ";" || t.Text == "?" || t.Text == "!") {
				// a window never joins the words of two sentences
				ends++
				last = [3]wid{}
			}
			continue
		}
		x := e.lx.v.get(t.Norm)
		for _, y := range last {
			if y != 0 && (e.lx.primaryWord[x] && e.lx.unknownSite[y] || e.lx.unknownSite[x] && e.lx.primaryWord[y]) {
				return true
			}
		}
		last = [3]wid{x, last[0], last[1]}
	}
	return false
}

// unknownPrimary returns the malignant primary cell of the table's
// unspecified-site row (C80.1), or "".
func (e *Engine) unknownPrimary() string {
	col := neoColumn(e.ix.neoCols, "malignant")
	if e.ix.neo == nil || col < 0 || col >= len(e.ix.neo.cells) {
		return ""
	}
	return strings.TrimRight(e.ix.neo.cells[col], ".-")
}

// durationHistory reports whether the "history" trigger before a mention is
// a duration ("a 3-day history of", "20-year history of", "long history
// of"): the condition is then current, not past. The words are
// data/units.tsv's duration and long rows.
func durationHistory(s string, from, ms int) bool {
	if from < 0 {
		from = 0
	}
	if ms > len(s) || from >= ms {
		return false
	}
	seg := strings.ToLower(s[from:ms])
	i := strings.LastIndex(seg, "history")
	if i < 0 {
		return false
	}
	before := strings.TrimRight(seg[:i], " -")
	u := units()
	for _, w := range u.long {
		if strings.HasSuffix(before, w) {
			return true
		}
	}
	before = strings.TrimSuffix(before, "s")
	for _, d := range u.duration {
		if strings.HasSuffix(before, d) {
			return true
		}
	}
	return false
}

// mentionSpan is the note span from the first to the last word of pos.
func mentionSpan(vts []vt, pos []int) model.Span {
	sp := model.Span{Start: -1, End: -1}
	for _, p := range pos {
		if p < 0 || p >= len(vts) {
			continue
		}
		if st := int(vts[p].start); sp.Start < 0 || st < sp.Start {
			sp.Start = st
		}
		sp.End = max(sp.End, int(vts[p].end))
	}
	return sp
}

// spans turns token positions into sorted, merged evidence spans.
// The result is kept in the output: it is carved from *buf (capped at its
// length), which is allocated when too small.
func spans(sb *scratchBuf, vts []vt, pos []int, buf *[]model.Span) []model.Span {
	if len(pos) == 0 {
		return nil
	}
	ps := append(sb.ps[:0], pos...)
	sb.ps = ps
	slices.Sort(ps)
	n, end := 0, 0
	for i, p := range ps {
		s, e := int(vts[p].start), int(vts[p].end)
		if i > 0 && s <= end+1 {
			end = max(end, e)
			continue
		}
		n++
		end = e
	}
	if cap(*buf)-len(*buf) < n {
		*buf = make([]model.Span, 0, max(n, 16))
	}
	out := (*buf)[len(*buf):len(*buf)]
	for _, p := range ps {
		s, e := int(vts[p].start), int(vts[p].end)
		if n := len(out); n > 0 && s <= out[n-1].End+1 {
			if e > out[n-1].End {
				out[n-1].End = e
			}
			continue
		}
		out = append(out, model.Span{Start: s, End: e})
	}
	*buf = (*buf)[:len(*buf)+len(out)]
	return out[:len(out):len(out)]
}

// maxScopeBytes caps the text around a mention that assertion detection reads.
const maxScopeBytes = 400

// mergeCodesInPlace merges codes with the same value, keeping all evidence,
// the strongest assertion and the highest confidence, in the storage of cs (which it
// overwrites). Sections have few codes: a slice scan replaces the maps.
func mergeCodesInPlace(cs []model.Code) []model.Code {
	if len(cs) < 2 {
		return cs
	}
	out := cs[:0]
	var mb [32]bool
	merged := mb[:0]
	if len(cs) > len(mb) {
		merged = make([]bool, 0, len(cs))
	}
	var idx map[string]int // note-level lists can be long
	if len(cs) > len(mb) {
		idx = make(map[string]int, len(cs))
	}
	for ci := range cs {
		c := cs[ci]
		i := -1
		if idx != nil {
			if k, ok := idx[c.Code]; ok {
				i = k
			}
		} else {
			for k := range out {
				if out[k].Code == c.Code {
					i = k
					break
				}
			}
		}
		if i >= 0 {
			o := &out[i]
			o.Evidence = append(o.Evidence, c.Evidence...)
			merged[i] = true
			o.Marks |= c.Marks & (markCurrent | markMother | markCesarean)
			if c.Marks&markEnded == 0 {
				o.Marks &^= markEnded // (a mention not said to have ended)
			}
			if c.Marks&markManaged == 0 {
				// (A pain said once without its management is the
				// note's own: every mention must be managed.)
				o.Marks &^= markManaged
			}
			if assertRank(c.Assertion) > assertRank(o.Assertion) {
				o.Assertion = c.Assertion
			}
			if c.Confidence > o.Confidence {
				o.Confidence = c.Confidence
				o.Why, o.Rule, o.Section = c.Why, c.Rule, c.Section
			}
			continue
		}
		if idx != nil {
			idx[c.Code] = len(out)
		}
		out = append(out, c)
		merged = append(merged, false)
	}
	for i, m := range merged {
		if m {
			out[i].Evidence = mergeSpans(out[i].Evidence, nil)
		}
	}
	clear(cs[len(out):])
	return out
}

func assertRank(a model.Assertion) int {
	switch a {
	case model.Present:
		return 4
	case model.Possible:
		return 3
	case model.Historical:
		return 2
	case model.Family:
		return 1
	}
	return 0
}

// mergeSpans returns the union of the spans of a and b, sorted, in a new
// slice. (slices.SortFunc: sort.Slice took two allocations a call for its
// reflection, two dozen per note-level step; the union does not depend on
// the order of spans with one start.)
func mergeSpans(a, b []model.Span) []model.Span {
	out := append(append([]model.Span(nil), a...), b...)
	slices.SortFunc(out, func(x, y model.Span) int { return cmp.Compare(x.Start, y.Start) })
	m := out[:0]
	for _, s := range out {
		if n := len(m); n > 0 && s.Start <= m[n-1].End {
			if s.End > m[n-1].End {
				m[n-1].End = s.End
			}
			continue
		}
		m = append(m, s)
	}
	return m
}

// episodeCue is one phrase that sets the episode of care.
type episodeCue struct {
	kind byte
	seq  []wid
}

func (e *Engine) loadEpisodes() []episodeCue {
	var out []episodeCue
	for _, f := range rows("episode.tsv") {
		var k byte
		switch f[0] {
		case "subsequent":
			k = epSubsequent
		case "sequela":
			k = epSequela
		default:
			continue
		}
		for _, p := range f[1:] {
			if seq := e.lx.v.phrase(p); len(seq) > 0 {
				out = append(out, episodeCue{k, seq})
			}
		}
	}
	return out
}

// episode reads the episode of care from the words of a window.
func (e *Engine) episode(vts []vt, lo, hi int) byte {
	// It runs for every mention emitted, and most windows have no cue
	// word: one flag test per word spares the scan per cue.
	cue := false
	for i := lo; i < hi && !cue; i++ {
		cue = e.flags[vts[i].w]&flagEpisode != 0
	}
	if !cue {
		return epInitial
	}
	for _, c := range e.episodes {
		for i := lo; i+len(c.seq) <= hi; i++ {
			ok := true
			for k, w := range c.seq {
				if vts[i+k].w != w {
					ok = false
					break
				}
			}
			if ok {
				return c.kind
			}
		}
	}
	return epInitial
}

// combo is one combination-code rule from data/combos.tsv.
type combo struct {
	rule, replace, partner, result string
	add                            bool // "+" result: added beside the replace code, which stays
	// absorb: "=" result, the partner is part of the result and is not
	// reported beside it (guideline I.C.15.i: no Z79.4 with O24.4-).
	absorb bool
	// pastPartner: "~" partner, a past condition of the partner's kind
	// counts too (I.C.1.a.2.g: once an HIV-related illness has developed,
	// B20 is coded on every later encounter).
	pastPartner bool
	// axis: "~" after the result, a chapter 15 category whose code is the
	// one on the replaced code's time axis (its trimester, or childbirth or
	// the puerperium): "O16.2 with N18.3" is O10.212, the second trimester's
	// pre-existing hypertensive chronic kidney disease (O10.2 includes any
	// condition in I12).
	axis bool
	// via: the partner counts only when the index entry it was read under
	// (the code's Why) is this lower-cased main term. Derived rules set it
	// when several "with" subterms share one partner code ("with
	// neuropathy" E11.40 and "with polyneuropathy" E11.42, both G62.9);
	// a data/combos.tsv partner written "CODE@term" sets it too;
	// the rule without via that follows takes any other reading unless
	// one of alt, the via readings' results, is already there.
	via string
	alt []string
	// causal: the rule's link is a presumed cause ("causal" rows of
	// data/combos.tsv), which a cause of its own documented for the
	// partner rebuts (I.A.15; see causedElsewhere).
	causal bool
	// repBit and parBit are catBit of replace and partner (-1 when the
	// pattern names no full category), set by New: pair compares them
	// before the patterns.
	repBit, parBit int32
}

// loadCombos reads data/combos.tsv: the rules, and the names of the rules
// whose link is a presumed cause ("causal" rows).
func loadCombos() ([]combo, map[string]bool, error) {
	var out []combo
	causal := map[string]bool{}
	for _, f := range rows("combos.tsv") {
		if len(f) == 2 && f[0] == "causal" {
			causal[f[1]] = true
			continue
		}
		if len(f) != 4 {
			return nil, nil, fmt.Errorf("coder: data/combos.tsv: bad line %q", strings.Join(f, "\t"))
		}
		res, add := strings.CutPrefix(f[3], "+")
		res, absorb := strings.CutPrefix(res, "=")
		partner, past := strings.CutPrefix(f[2], "~")
		partner, via, _ := strings.Cut(partner, "@")
		res, axis := strings.CutSuffix(res, "~")
		out = append(out, combo{rule: f[0], replace: f[1], partner: partner, result: res, add: add, absorb: absorb, pastPartner: past, axis: axis, via: via})
	}
	return out, causal, nil
}

// timeAxis returns the time axis a chapter 15 title names: its trimester
// ("1", "2", "3", "9" unspecified), "c" childbirth or "p" the puerperium,
// or "".
func timeAxis(title string) string {
	for _, t := range [...][2]string{{"first trimester", "1"}, {"second trimester", "2"}, {"third trimester", "3"}, {"unspecified trimester", "9"}, {"childbirth", "c"}, {"puerperium", "p"}} {
		if containsFold(title, t[0]) {
			return t[1]
		}
	}
	return ""
}

// axisCode returns the billable code below parent on the time axis of code
// (timeAxis), or "" when there is none or more than one.
func (e *Engine) axisCode(parent, code string) string {
	c, ok := e.cs.Lookup(code)
	if !ok {
		return ""
	}
	ax := timeAxis(c.Title)
	if ax == "" {
		return ""
	}
	found := ""
	var walk func(p string) bool
	walk = func(p string) bool {
		for _, k := range e.cs.Children(p) {
			if kids := e.cs.Children(k.Code); len(kids) > 0 {
				if !walk(k.Code) {
					return false
				}
				continue
			}
			if k.Billable && timeAxis(k.Title) == ax {
				if found != "" {
					return false
				}
				found = k.Code
			}
		}
		return true
	}
	if !walk(parent) {
		return ""
	}
	return found
}

// diabetesWith derives note-level combination rules from the index's
// "Diabetes, <type>, with" subterms: a subterm that is the title or an
// inclusion term of exactly one code ("with gastroparesis" E11.43;
// Gastroparesis K31.84) links that code, documented anywhere in the note,
// to the diabetes (I.A.15: the "with" link is presumed; I.C.4.a: as many
// codes as describe the complications). The unspecified diabetes code
// (E11.9) becomes the combination; a diabetes already coded with another
// complication takes it as one more. The partner stays where the tabular
// asks for it beside the combination (K31.84 "code first" E11.43; E11.69
// "use additional code to identify complication") and is part of the
// combination otherwise (I73.9 is the angiopathy E11.51 names). Rules
// data/combos.tsv writes for a category (N18) come first and are not
// derived again.
func (e *Engine) diabetesWith(names map[string][]string) []combo {
	if e.ix == nil {
		return nil
	}
	// The partners data/combos.tsv writes rows for, by the replaced code's
	// category: a partner prefix ("N18*") or one code ("E16.0", which
	// leaves E16.2's derived row alone).
	written := map[string][]string{}
	for _, r := range e.combos {
		written[r.replace[:3]] = append(written[r.replace[:3]], strings.TrimSuffix(r.partner, "*"))
	}
	type reading struct{ term, res string }
	readings := map[string][]reading{} // cat+partner -> subterm readings
	var base, more []combo
	seen := map[string]bool{}
	var visit func(n *node)
	visit = func(n *node) {
		cat := ""
		if len(n.code) >= 3 && n.code[0] == 'E' {
			cat = n.code[:3]
		}
		for _, c := range n.conn {
			if c.lt != "with" || cat == "" {
				continue
			}
			for _, k := range c.kids {
				xs := e.withPartner(names[k.lt], k.lt)
				res := strings.TrimSuffix(k.code, "-")
				if len(xs) != 1 || !strings.HasPrefix(res, cat) || xs[0][0] == 'E' && strings.HasPrefix(xs[0], cat) || hasAnyPrefix(xs[0], written[cat]) {
					continue
				}
				rc, ok := e.cs.Lookup(res)
				if !ok || !rc.Billable {
					continue
				}
				readings[cat+xs[0]] = append(readings[cat+xs[0]], reading{k.lt, res})
				if seen[cat+xs[0]] {
					continue
				}
				seen[cat+xs[0]] = true
				absorb := !e.pairs(res, xs[0]) && !slices.ContainsFunc(rc.UseAdditional, func(n codeset.Note) bool { return n.From == rc.Code })
				via := ""
				if len(names[k.lt]) > 1 {
					// A code the words only settle through the index
					// (N28.9 is "Nephropathy" but also a kidney lesion or
					// impaired renal function) combines only when read
					// through them.
					via = k.lt
				}
				base = append(base, combo{rule: "diabetes-with", replace: cat + ".9", partner: xs[0], result: res, absorb: absorb, via: via})
				more = append(more, combo{rule: "diabetes-with", replace: cat + "*", partner: xs[0], result: res, add: true, absorb: absorb, via: via})
			}
		}
		for _, k := range n.kids {
			visit(k)
		}
	}
	for _, m := range e.ix.byTitle["diabetes, diabetic"] {
		visit(m)
	}
	// A partner code several subterms share is read by the words that
	// reached it; the first subterm's rule stays for any other wording.
	var out []combo
	for _, rs := range [][]combo{base, more} {
		for _, r := range rs {
			cat := r.replace[:3]
			var alt []string
			for _, x := range readings[cat+r.partner] {
				if x.res == r.result || slices.Contains(alt, x.res) {
					continue
				}
				v := r
				v.result, v.via = x.res, x.term
				cr, _ := e.cs.Lookup(x.res)
				v.absorb = !e.pairs(x.res, r.partner) && !slices.ContainsFunc(cr.UseAdditional, func(n codeset.Note) bool { return n.From == cr.Code })
				out = append(out, v)
				alt = append(alt, x.res)
			}
			r.alt = alt
			out = append(out, r)
		}
	}
	return out
}

// withPartner narrows the codes whose title or inclusion term is a
// "with" subterm's words to one: a term some other code merely includes
// ("Polyneuropathy" under A69.22 Lyme neurologic disorders, beside G62.9
// Polyneuropathy, unspecified) means what the index's main term of the
// same words codes when it is one of them.
func (e *Engine) withPartner(xs []string, term string) []string {
	if len(xs) < 2 {
		return xs
	}
	var pick []string
	for _, m := range e.ix.byTitle[term] {
		c := strings.TrimSuffix(m.code, "-")
		if m.parent == nil && slices.Contains(xs, c) && !slices.Contains(pick, c) {
			pick = append(pick, c)
		}
	}
	if len(pick) == 1 {
		return pick
	}
	return xs
}

// integralRule is one line of data/integral.tsv.
type integralRule struct {
	symptom string
	dx      []string
	// infection is set by New for the "@infection" token: the rule
	// names every code that names an infection (Engine.namesInfection).
	infection *infectionNOS
	// heads holds a bit per letter-and-digit head ("J1", "R0") that some
	// prefix of dx may start a code with (wide when a prefix is shorter
	// than two characters): rulesName skips the rule's prefixes for a code
	// whose head is not there. The rules beside a note's symptoms are
	// asked of every other code of the note on each keystroke.
	heads codeHeads
	wide  bool // some prefix of dx does not fit heads: always read dx
}

// codeHeads is a set of a code's first two characters, a letter and a
// digit (26 x 10 bits): a cheap screen before a list of code prefixes.
type codeHeads [5]uint64

// codeHead returns the bit of code's letter-and-digit head, or -1.
func codeHead(code string) int {
	if len(code) < 2 || code[0] < 'A' || code[0] > 'Z' || code[1] < '0' || code[1] > '9' {
		return -1
	}
	return int(code[0]-'A')*10 + int(code[1]-'0')
}

// index fills r.heads and r.wide from r.dx (after New edits dx).
func (r *integralRule) index() {
	r.heads, r.wide = codeHeads{}, false
	for _, d := range r.dx {
		switch {
		case len(d) == 1 && d[0] >= 'A' && d[0] <= 'Z':
			for k := range 10 {
				b := int(d[0]-'A')*10 + k
				r.heads[b/64] |= 1 << (b % 64)
			}
		case codeHead(d) >= 0:
			b := codeHead(d)
			r.heads[b/64] |= 1 << (b % 64)
		default:
			r.wide = true
		}
	}
}

// mayName reports whether some prefix of r.dx can start code (a screen:
// true says nothing, false is sure).
func (r *integralRule) mayName(code string) bool {
	if r.wide {
		return true
	}
	b := codeHead(code)
	return b < 0 || r.heads[b/64]&(1<<(b%64)) != 0
}

func loadIntegral() ([]integralRule, error) { return loadRules("integral.tsv") }

// loadRules reads a data file of code<TAB>space-separated code prefixes.
func loadRules(name string) ([]integralRule, error) {
	var out []integralRule
	for _, f := range rows(name) {
		if len(f) != 2 {
			return nil, fmt.Errorf("coder: data/%s: bad line %q", name, strings.Join(f, "\t"))
		}
		out = append(out, integralRule{symptom: f[0], dx: strings.Fields(f[1])})
		out[len(out)-1].index()
	}
	return out, nil
}

func matchPat(pat, code string) bool {
	if strings.HasSuffix(pat, "*") {
		return strings.HasPrefix(code, pat[:len(pat)-1])
	}
	return code == pat
}

// exPrefix reports whether the mention at ms is prefixed by "ex-" ("ex-smoker").
func exPrefix(s string, ms int) bool {
	if ms < 3 || ms > len(s) || s[ms-1] != '-' {
		return false
	}
	if s[ms-3] != 'e' && s[ms-3] != 'E' || s[ms-2] != 'x' && s[ms-2] != 'X' {
		return false
	}
	return ms == 3 || !isLetterOrDigit(s[ms-4])
}

// pastVerb reports a mention whose own word is a past tense that ends the
// habit it names (data/past_verbs.tsv): "he smoked for 20 years", "had
// smoked". Right after an auxiliary of the present perfect ("has smoked a
// pack a day for 30 years") the habit goes on.
func (e *Engine) pastVerb(toks []text.Token, sent model.Span, ev []model.Span) bool {
	prev := -1
	for k := sentStart(toks, sent); k < len(toks); k++ {
		t := &toks[k]
		if t.Start >= sent.End {
			break
		}
		if t.Kind != text.Word {
			continue
		}
		if !inSpans(ev, t.Start) {
			prev = k // (the span test first: a map look-up per word of the sentence was most of this)
			continue
		}
		if t.Lex != 0 && int(t.Lex) < len(e.pastLex) && !e.pastLex[t.Lex] {
			prev = k // (an interned form is its Norm: no past verb)
			continue
		}
		if aux, ok := e.lx.pastVerb[t.Norm]; ok {
			if prev < 0 || !slices.Contains(aux, toks[prev].Norm) {
				return true
			}
		}
		prev = k
	}
	return false
}

// advised reports a mention whose last word names an act (data/advice.txt)
// followed by a word of advice, directly or after an auxiliary, or given as
// a treatment ("treated with alcohol withdrawal").
func (e *Engine) advised(toks []text.Token, sent model.Span, ev []model.Span) bool {
	if len(ev) == 0 {
		return false
	}
	end := ev[len(ev)-1].End
	k := sort.Search(len(toks), func(i int) bool { return toks[i].End >= end })
	if k >= len(toks) || toks[k].End != end || !e.lx.adviceAct[toks[k].Norm] {
		return false
	}
	if s := sort.Search(len(toks), func(i int) bool { return toks[i].Start >= ev[0].Start }); s >= 2 && toks[s-2].Start >= sent.Start && toks[s-1].Norm == "with" && e.lx.adviceMeans[toks[s-2].Norm] {
		return true
	}
	for k++; k < len(toks) && toks[k].Start < sent.End && toks[k].Kind == text.Word; k++ {
		switch n := toks[k].Norm; {
		case e.lx.adviceWord[n]:
			return true
		case n != "was" && n != "is" && n != "were" && n != "are" && n != "be":
			return false
		}
	}
	return false
}

// painManaged reports whether the mention ev is followed in its sentence by
// a word that reports the symptom's management ("pain controlled", "pain
// control"; data/indication.tsv "managed"), directly or after an auxiliary.
func (e *Engine) painManaged(toks []text.Token, sent model.Span, ev []model.Span) bool {
	if len(ev) == 0 {
		return false
	}
	end := ev[len(ev)-1].End
	k := sort.Search(len(toks), func(i int) bool { return toks[i].Start >= end })
	for ; k < len(toks) && toks[k].Start < sent.End && toks[k].Kind == text.Word; k++ {
		switch n := toks[k].Norm; {
		case e.lx.indication.managed[n]:
			return true
		case n != "was" && n != "is" && n != "well" && n != "now" && n != "adequately":
			return false
		}
	}
	return false
}

// drugIndication reports whether the mention ev is a drug's indication: the
// word right before it links it to a drug ("for", "prn", "as needed") named
// before that, with only a dose or schedule between ("naproxen 500 mg twice
// daily for pain"). A drug is a substance of the Table of Drugs or a name of
// data/indication.tsv.
func (e *Engine) drugIndication(toks []text.Token, sent model.Span, ev []model.Span) bool {
	return e.indicationDrug(toks, sent, ev) >= 0
}

// indicationDrug is drugIndication giving the index of the drug's token, or
// -1.
func (e *Engine) indicationDrug(toks []text.Token, sent model.Span, ev []model.Span) int {
	s := sort.Search(len(toks), func(i int) bool { return toks[i].Start >= ev[0].Start })
	if s < 2 || toks[s-1].Start < sent.Start || !e.lx.indication.link[toks[s-1].Norm] {
		return -1
	}
	for k := s - 2; k >= 0 && k >= s-10 && toks[k].Start >= sent.Start; k-- {
		t := &toks[k]
		switch {
		case t.Kind == text.Number || e.lx.indication.dose[t.Norm]:
			continue
		case t.Kind != text.Word:
			return -1
		}
		if e.lx.indication.drug[t.Norm] {
			return k
		}
		for _, r := range e.drugs.byFirst[e.tokWid(t)] {
			if len(r.words) == 1 {
				return k
			}
		}
		return -1
	}
	return -1
}

// pastCourse reports whether the mention ev is the indication of a drug
// course the sentence puts before this visit: "diarrhea after recent
// amoxicillin for sinusitis", "treated with cefdinir for sinusitis,
// finished last week" (data/indication.tsv "past" and "ended" words: the
// word right before the drug, or a word after the mention in its
// sentence; "after starting allopurinol for gout" starts a standing one).
func (e *Engine) pastCourse(toks []text.Token, sent model.Span, ev []model.Span) bool {
	k := e.indicationDrug(toks, sent, ev)
	if k < 0 {
		return false
	}
	if k >= 2 && toks[k-1].End == toks[k].Start && toks[k-1].Text == "-" {
		k -= 2 // the first name of "amoxicillin-clavulanate"
	}
	if k > 0 && toks[k-1].Start >= sent.Start && e.lx.indication.past[toks[k-1].Norm] {
		return true
	}
	end := ev[len(ev)-1].End
	for j := sort.Search(len(toks), func(i int) bool { return toks[i].Start >= end }); j < len(toks) && toks[j].Start < sent.End; j++ {
		if e.lx.indication.ended[toks[j].Norm] {
			return true
		}
	}
	return false
}

// futureReach is how many tokens from the mention laterVisit reads for a
// time to come ("return in 10 days for suture removal").
const futureReach = 6

// laterVisit reports whether the encounter code (data/future_visit.tsv
// "code") is said with a time to come in the mention ev's clause: "in" and a
// number and a unit of time ("suture removal in 10 days"), "next" and a
// unit or visit (the file's ahead, count, unit, nextword and next rows),
// or a verb that sends it to a later visit before it
// ("return in 2 weeks for staple removal"), or an order or referral after
// it ("screening mammogram ordered", "after" rows; guideline I.C.21.c.5: a
// screening code is for the encounter of the screening, and ordering the
// test is not that encounter). It also reports an earlier visit's
// encounter the same way ("pastverb" rows before the mention: "her last
// Pap smear", "she had a mammogram"; "pastafter" rows after it: "Pap
// smears since then", "a colonoscopy 3 years ago"): a screening done
// before is no reason for this visit either. The clause ends at a comma,
// semicolon or full stop.
func (e *Engine) laterVisit(code string, toks []text.Token, sent model.Span, ev []model.Span) bool {
	f := &e.lx.future
	if code == "" || !f.lead[code[0]] {
		return false
	}
	all := hasAnyPrefix(code, f.code)
	own := false // a codeverb row of this code
	for _, v := range f.codeVerb {
		own = own || strings.HasPrefix(code, v.prefix)
	}
	if !all && !own {
		return false
	}
	s := sort.Search(len(toks), func(i int) bool { return toks[i].Start >= ev[0].Start })
	end := ev[len(ev)-1].End
	t := sort.Search(len(toks), func(i int) bool { return toks[i].Start >= end })
	clauseEnd := func(k int) bool {
		x := toks[k].Text
		return toks[k].Kind == text.Punct && (x == "," || x == ";" || x == "." || x == "(" || x == ")")
	}
	lo := s
	for lo > 0 && s-lo < futureReach && toks[lo-1].Start >= sent.Start && !clauseEnd(lo-1) {
		lo--
	}
	hi := t
	for hi < len(toks) && hi-t < futureReach && toks[hi].Start < sent.End && !clauseEnd(hi) {
		hi++
	}
	for k := lo; k < hi; k++ {
		if k >= s && k < t {
			continue // the mention's own words
		}
		if own && k < s {
			for _, v := range f.codeVerb {
				if strings.HasPrefix(code, v.prefix) && normPhraseAt(v.words, toks, k, s) {
					return true
				}
			}
		}
		if !all {
			continue
		}
		switch n := toks[k].Norm; {
		case f.ahead[n] && k+2 < hi && (toks[k+1].Kind == text.Number || f.count[toks[k+1].Norm]) && f.unit[toks[k+2].Norm]:
			return true
		case f.nextWord[n] && k+1 < hi && f.next[toks[k+1].Norm]:
			return true
		case k < s:
			if timePhraseAt(f.verb, toks, k, s) || timePhraseAt(f.pastVerb, toks, k, s) {
				return true
			}
		default:
			// "Screening mammogram ordered", "screening colonoscopy
			// referred to GI": the order or referral of a later visit.
			for _, v := range f.after {
				if k+len(v) <= hi && slices.EqualFunc(v, toks[k:k+len(v)], func(w string, tk text.Token) bool { return w == tk.Norm }) && !(k+len(v) < len(toks) && f.afterNot[toks[k+len(v)].Norm]) {
					return true
				}
			}
			// "Her Pap smears since then have been normal", "a
			// mammogram 6 months ago": an earlier visit's test.
			if timePhraseAt(f.pastAfter, toks, k, hi) {
				return true
			}
		}
	}
	return false
}

// earlierVisit reports whether code is an encounter code (data/future_visit.tsv
// "pastcode") that, said as past, names only an earlier visit: a screening, an
// examination or a vaccination leaves no history code of its own, where a past
// chemotherapy leaves Z92.21.
func (e *Engine) earlierVisit(code string) bool {
	f := &e.lx.future
	return code != "" && f.lead[code[0]] && hasAnyPrefix(code, f.pastCode)
}

// visitReason reports whether code is a follow-up examination (data/
// future_visit.tsv "reasoncode") read in a section that states the visit's
// reason: the encounter head that reads it opens its line there, so a
// historical word of the line ("no evidence of recurrence", "h/o polyps")
// speaks of the condition followed up, not of an earlier visit.
func (e *Engine) visitReason(code, kind string) bool {
	return encounterSection(kind) && hasAnyPrefix(code, e.lx.future.reasonCode)
}

// timePhraseAt reports whether one of the phrases (normalised words) starts at
// toks[k] and ends by toks[end]; laterVisit reads its time phrases with it.
func timePhraseAt(phrases [][]string, toks []text.Token, k, end int) bool {
	for _, v := range phrases {
		if normPhraseAt(v, toks, k, end) {
			return true
		}
	}
	return false
}

// normPhraseAt reports whether the phrase v (normalised words) starts at toks[k]
// and ends by toks[end].
func normPhraseAt(v []string, toks []text.Token, k, end int) bool {
	return k+len(v) <= end && slices.EqualFunc(v, toks[k:k+len(v)], func(w string, tk text.Token) bool { return w == tk.Norm })
}

// assessmentKind reports whether a section kind is the provider's
// assessment, diagnoses or plan, where a treated sign is the visit's own.
func assessmentKind(kind string) bool {
	switch kind {
	case text.Assessment, text.AssessmentPlan, text.Diagnoses, text.DischargeDiagnoses, text.Impression, text.Plan:
		return true
	}
	return false
}

func isLetterOrDigit(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
}

// freeSuffix reports whether the mention ending at me is followed by "-free"
// ("lesion-free renal hilum", "disease-free survival").
func freeSuffix(s string, me int) bool {
	if me+5 > len(s) || s[me] != '-' {
		return false
	}
	if !strings.EqualFold(s[me+1:me+5], "free") {
		return false
	}
	return me+5 == len(s) || !isLetterOrDigit(s[me+5])
}

func anyFreeSuffix(s string, ev []model.Span) bool {
	for _, sp := range ev {
		if freeSuffix(s, sp.End) {
			return true
		}
	}
	return false
}

// lifelong reports whether a condition read in a past-tense mention still
// exists: its code is listed in data/lifelong.txt, or its title or the
// mention says "chronic". The caller checks the sentence does not say it
// ended (saysEnded).
func (e *Engine) lifelong(code string, vts []vt, pos []int) bool {
	for _, p := range e.lx.lifelong {
		if strings.HasPrefix(code, p) {
			return true
		}
	}
	// A title that leaves the acuity open ("Gastric ulcer, unspecified as
	// acute or chronic", "Chronic or unspecified duodenal ulcer ...") does
	// not make the condition chronic.
	if t := e.title(code); containsFold(t, "chronic") && !containsFold(t, "acute or chronic") && !containsFold(t, "chronic or unspecified") {
		return true
	}
	for _, p := range pos {
		if p >= 0 && p < len(vts) && vts[p].w == e.lx.wChronic {
			return true
		}
	}
	return false
}

// withoutBefore reports whether the evidence word starting at byte offset b
// is in the scope of a "without" at or after offset a (withoutAt: the
// clause, a few words back): the index reads its "without" subterms
// ("migraine without aura" G43.009, "CRS without nasal polyps"), so the
// word it denies is the code's own. A "without" of an earlier clause is
// not ("Type 1 diabetes without complications - no DKA": the "no" denies
// the ketoacidosis the "with" subterm read past the dash).
func withoutBefore(lx *lexicon, vts []vt, a, b int) bool {
	k := sort.Search(len(vts), func(i int) bool { return int(vts[i].start) >= b })
	if k >= len(vts) || int(vts[k].start) != b {
		return false
	}
	x := withoutAt(lx, vts, k)
	return x >= 0 && int(vts[x].start) >= a
}

// certainParts returns the pieces of a mention's evidence that are not
// uncertain on their own ("possible causes of the anemia: ... CKD": the
// CKD is; "chest pain, likely musculoskeletal": "musculoskeletal" is):
// ConText reads the whole mention from its first word, past a trigger
// inside it. The head's piece is always kept. The slice is ev itself when
// every piece is.
func (e *Engine) certainParts(toks []text.Token, scope model.Span, ev []model.Span, vts []vt, head int, kind string) []model.Span {
	hs, he := -1, -1
	if head >= 0 && head < len(vts) {
		hs, he = int(vts[head].start), int(vts[head].end)
	}
	var sure []model.Span
	for i, p := range ev {
		if !(p.Start <= hs && he <= p.End) && e.asrt.ClassifyTokens(toks, scope, p, kind) == model.Possible {
			if sure == nil {
				sure = make([]model.Span, i, len(ev))
				copy(sure, ev[:i])
			}
			continue
		}
		if sure != nil {
			sure = append(sure, p)
		}
	}
	if sure == nil {
		return ev
	}
	return sure
}

// certainAncestor returns the nearest entry above an index candidate's
// first path (the one a see reference left from) that reads none of the words outside the certain evidence pieces
// sure and has a code ("Pain, chest" R07.9 above "musculoskeletal"), or nil
// (a tabular title, a see hop, a main term that is itself uncertain).
func certainAncestor(c *cand, vts []vt, sure []model.Span) *node {
	if c.tab || c.neo || c.why.k < 1 || c.why.parts[0].n == nil {
		return nil
	}
	inSure := func(p int) bool {
		for _, sp := range sure {
			if int(vts[p].start) >= sp.Start && int(vts[p].end) <= sp.End {
				return true
			}
		}
		return false
	}
	unsure := func(n *node) bool {
		for _, x := range n.req {
			for _, p := range c.pos {
				if p >= 0 && p < len(vts) && vts[p].w == x && !inSure(p) {
					return true
				}
			}
		}
		return false
	}
	n := c.why.parts[0].n
	for n != nil && unsure(n) {
		n = n.parent
	}
	for n != nil && n.code == "" {
		n = n.parent
	}
	if n == c.why.parts[0].n {
		// (Past a see reference the entry read is the first path's:
		// "edema, likely CHF" read Edema, cardiac - see Failure,
		// heart; its certain part is Edema. A first path that stands
		// keeps its reference.)
		return nil
	}
	return n
}

// chronicBesideNote explains a code made chronic by a partner its sentence
// names (chronicBeside).
const chronicBesideNote = "chronic: a condition of its sentence is its long-standing course"

// chronicBesideRows is data/chronic_beside.tsv: code prefix, partner prefix,
// chronic code, and the words the mention must read ("" for none).
var chronicBesideRows = sync.OnceValue(func() [][4]string {
	var out [][4]string
	for _, f := range rows("chronic_beside.tsv") {
		if len(f) != 3 && len(f) != 4 {
			panic("coder: bad chronic_beside.tsv line " + strings.Join(f, "\t"))
		}
		r := [4]string{f[0], f[1], f[2]}
		if len(f) == 4 {
			r[3] = f[3]
		}
		out = append(out, r)
	}
	return out
})

// chronicBeside returns the chronic code of cands[i]'s code when another
// candidate of its sentence has the partner code data/chronic_beside.tsv
// names for it (a hepatitis C beside a cirrhosis is the chronic one, B18.2),
// else "". Only a code a row names looks at the sentence's candidates.
func (e *Engine) chronicBeside(code string, vts []vt, cands []cand, i int) string {
	for _, r := range chronicBesideRows() {
		if !strings.HasPrefix(code, r[0]) || !e.readsAll(vts, cands[i].pos, r[3]) {
			continue
		}
		for k := range cands {
			if o := &cands[k]; k != i && o.sent == cands[i].sent && strings.HasPrefix(o.code, r[1]) {
				return r[2]
			}
		}
	}
	return ""
}

// readsAll reports whether the tokens at pos include every word of words
// (chronicBeside: the index's "Hepatitis, history of, C" reads the hepatitis
// C its Z86.19 does not name).
func (e *Engine) readsAll(vts []vt, pos []int, words string) bool {
	for _, x := range e.lx.idsRO(words) {
		if !slices.ContainsFunc(pos, func(p int) bool { return p >= 0 && p < len(vts) && vts[p].w == x }) {
			return false
		}
	}
	return true
}

// lifelongNote explains a chronic condition named as history but coded as
// current.
const lifelongNote = "a chronic or lifelong condition named as history: still present"

// saysEnded reports whether the sentence says a lifelong condition ended
// after all ("asthma in childhood", "hepatitis C cured", "used to have
// asthma as a child"): a word or phrase of the "ended:" lines of
// data/lifelong.txt, in a sentence with no word of its "ongoing:" lines
// ("asthma since childhood", "still uses an inhaler": it goes on).
func (e *Engine) saysEnded(code string, toks []text.Token, sent model.Span) bool {
	ended, ongoing := false, false
	e.sentenceWords(toks, sent, func(w wid) bool {
		if e.lx.lifelongOngoing[w] {
			ongoing = true
			return false
		}
		ended = ended || e.lx.lifelongEnded[w] || slices.ContainsFunc(e.lx.lifelongEndedOf[w], func(p string) bool { return strings.HasPrefix(code, p) })
		return true
	})
	if ongoing || ended || len(e.lx.lifelongEndedSeq) == 0 {
		return ended && !ongoing
	}
	// The phrases ("as a child": the childhood it names is over) are read
	// on the sentence's normalised words in turn.
	var words []string
	for _, t := range toks[sentStart(toks, sent):] {
		if t.Start >= sent.End {
			break
		}
		if t.Kind == text.Word {
			words = append(words, t.Norm)
		}
	}
	for _, seq := range e.lx.lifelongEndedSeq {
		for i := 0; i+len(seq) <= len(words); i++ {
			if slices.Equal(words[i:i+len(seq)], seq) {
				return true
			}
		}
	}
	return false
}

// sentenceWords calls f with the word id of each word of the sentence sent,
// in order, until f returns false.
func (e *Engine) sentenceWords(toks []text.Token, sent model.Span, f func(w wid) bool) {
	for _, t := range toks[sentStart(toks, sent):] {
		if t.Start >= sent.End {
			return
		}
		if t.Kind == text.Word && !f(e.lx.v.get(t.Norm)) {
			return
		}
	}
}

// endedThisStay reports whether the sentence of an inpatient stay's own
// section says its condition ended (data/stay_ended.txt: "resolved") and
// names no past history besides ("history of DVT, resolved").
func (e *Engine) endedThisStay(toks []text.Token, sent model.Span) bool {
	ended, past := false, false
	e.sentenceWords(toks, sent, func(w wid) bool {
		switch e.lx.stayEnded[w] {
		case 1:
			ended = true
		case -1:
			past = true
		}
		return !past
	})
	return ended && !past
}

// hasWeeks reports weeks of gestation written in the span.
func hasWeeks(s string, sp model.Span) bool {
	w, _, _ := gestWeeks(s, sp.Start, sp.End)
	return w > 0
}

// previousCode reports whether the code's tabular title names a past event
// as its axis ("scar from previous cesarean delivery"): the note's history
// wording is then read by the code itself.
func (e *Engine) previousCode(code string) bool {
	c, ok := e.cs.Lookup(code)
	return ok && containsFold(c.Title, "previous")
}

// remissionSiblings maps every billable code whose title names neither a
// remission nor a relapse ("not having achieved remission" is the default)
// to the single billable sibling whose title says the status (axis: "in
// remission" or "in relapse"), when its parent has exactly one: the
// leukemias' remission axis (I.C.2) is read from the note's words whatever
// path the index took to the default child.
func remissionSiblings(cs *codeset.Set, axis string) map[string]string {
	m := map[string]string{}
	for _, p := range cs.All() {
		kids := cs.Children(p.Code)
		alt := ""
		for _, k := range kids {
			if k.Billable && strings.Contains(strings.ToLower(k.Title), axis) {
				if alt != "" {
					alt = ""
					break
				}
				alt = k.Code
			}
		}
		if alt == "" {
			continue
		}
		for _, k := range kids {
			lt := strings.ToLower(k.Title)
			if k.Billable && k.Code != alt && (!strings.Contains(lt, "remission") || strings.Contains(lt, "not having achieved remission")) && !strings.Contains(lt, "relapse") {
				m[k.Code] = alt
			}
		}
	}
	return m
}

// billableNames maps the lower-case titles and inclusion terms of the
// billable codes, without a closing "NOS" or ", unspecified", to their codes.
// It reads only the code set, so New builds it beside the index.
func billableNames(cs *codeset.Set) map[string][]string {
	names := map[string][]string{}
	for _, c := range cs.All() {
		if !c.Billable {
			continue
		}
		for _, t := range append([]string{c.Title}, c.Inclusion...) {
			t = strings.ToLower(strings.TrimSpace(t))
			for _, suf := range []string{" nos", ", unspecified"} {
				t = strings.TrimSuffix(t, suf)
			}
			if !slices.Contains(names[t], c.Code) {
				names[t] = append(names[t], c.Code)
			}
		}
	}
	return names
}

// saysInRemission reports whether the sentence puts something "in
// remission" ("in early remission", "in complete remission"), not "not in
// remission" or "not yet in remission".
func saysInRemission(sent string) bool {
	low := strings.ToLower(sent)
	for i := 0; ; {
		j := strings.Index(low[i:], "remission")
		if j < 0 {
			return false
		}
		j += i
		before := low[max(0, j-24):j]
		if k := strings.LastIndex(before, "in "); k >= 0 && (k == 0 || before[k-1] == ' ') && !strings.Contains(before, "not ") {
			return true
		}
		i = j + len("remission")
	}
}

// saysRelapsed reports whether the sentence puts something in relapse
// ("relapsed", "in relapse", "in first relapse"), not "no relapse",
// "without relapse" or "risk of relapse" (data/event_words.tsv).
func saysRelapsed(sent string) bool {
	low := strings.ToLower(sent)
	for i := 0; ; {
		j := strings.Index(low[i:], "relaps")
		if j < 0 {
			return false
		}
		j += i
		i = j + len("relaps")
		before := low[max(0, j-24):j]
		if deniedBefore(before, eventWords()["relapsenot"]) {
			continue
		}
		if strings.HasPrefix(low[i:], "ed") {
			return true
		}
		if k := strings.LastIndex(before, "in "); k >= 0 && (k == 0 || before[k-1] == ' ') && strings.HasPrefix(low[i:], "e") {
			return true
		}
	}
}

// remissionCode reports whether the code's tabular title names a remission:
// the "in remission" of the note is then read by the code itself.
func (e *Engine) remissionCode(code string) bool {
	c, ok := e.cs.Lookup(code)
	return ok && strings.Contains(strings.ToLower(c.Title), "in remission")
}

// causeBefore returns the code of the condition the sentence names, before
// candidate i and a linking phrase (data/effect_links.txt), as what brought it
// about: in "fentanyl overdose with cardiac arrest" the poisoning's mention
// ends right before "with". Only the words of the phrase may lie between the
// two mentions, all in one clause.
func (e *Engine) causeBefore(vts []vt, cands []cand, i int) string {
	c := &cands[i]
	if len(c.pos) == 0 {
		return ""
	}
	first := slices.Min(c.pos)
	for _, ph := range e.lx.effectLink {
		q := first - len(ph) - 1
		if q < 0 || vts[q].clause != vts[first].clause {
			continue
		}
		ok := true
		for m, x := range ph {
			ok = ok && vts[q+1+m].w == x
		}
		if !ok {
			continue
		}
		for k := range cands {
			if o := &cands[k]; k != i && o.sent == c.sent && o.code != "" && len(o.pos) > 0 && slices.Max(o.pos) == q {
				return o.code
			}
		}
	}
	return ""
}

// ownCauseNote marks, in a code's Why, the condition the note documents as
// its cause; the code of that condition follows it.
const ownCauseNote = "documented as due to "

// ownCause returns the code of the condition the sentence names as the
// cause of candidate i ("chronic kidney disease secondary to polycystic
// kidney disease"): a coded mention starting right after its "due to" or
// "secondary to". The "with" convention presumes a link only unless the
// documentation says otherwise (I.A.15): a condition documented as due to
// another one is no complication of a diabetes the note also names.
func ownCause(vts []vt, cands []cand, i int) string {
	c := &cands[i]
	last := -1
	for _, p := range c.pos {
		last = max(last, p)
	}
	j := last + 1
	if j < len(vts) && vts[j].back {
		j++ // "secondary to" keeps its word
	}
	if last < 0 || j >= len(vts) || !vts[j].dueTo && !vts[j].cause && !vts[j].subCause {
		// (An abbreviation's expansion is no dueTo, lest it read as a
		// drug's name, but it names the cause as written out: "due to
		// COPD"; so does a condition only a subterm names.)
		return ""
	}
	for k := range cands {
		if o := &cands[k]; k != i && o.sent == c.sent && o.code != "" && slices.Contains(o.pos, j) {
			return o.code
		}
	}
	// "Due to community-acquired pneumonia", "due to CAP" (expanded),
	// "secondary to severe hyperkalemia": the cause's mention may start a
	// word or two after the "due to" when those words are its own
	// modifiers, which the index reads as nonessential and leaves out of
	// its positions. The nearest mention starting within causeLead words,
	// in the same clause, is the cause, unless a word skipped on the way
	// is another condition's.
	best, bestAt := "", len(vts)
	for k := range cands {
		o := &cands[k]
		if k == i || o.sent != c.sent || o.code == "" || len(o.pos) == 0 {
			continue
		}
		p0 := slices.Min(o.pos)
		if p0 > j && p0 <= j+causeLead && p0 < bestAt && vts[p0].clause == vts[j].clause {
			best, bestAt = o.code, p0
		}
	}
	if best == "" {
		return ""
	}
	for k := range cands {
		o := &cands[k]
		if k == i || o.sent != c.sent {
			continue
		}
		for _, q := range o.pos {
			if q > j && q < bestAt {
				return "" // the word skipped is another condition's
			}
		}
	}
	return best
}

// causeLead bounds how many modifier words may stand between "due to" and
// the first word of the cause's coded mention.
const causeLead = 3

// causeKid returns the code of the "due to" subterm of the entry that gave
// code (candidate c's last index node, whose own code it is) that the title
// of the documented cause reads, when that code is another one of code's
// category; else "". The entry's subterms name kinds of cause ("due to,
// renal disorders NEC, arterial"): any cause is a disorder, so the word is
// read with the title ("Atherosclerosis of renal artery", I70.1, gives I15.0
// for "Hypertension, secondary NEC", I15.9).
func (e *Engine) causeKid(c *cand, code, cause string, sb *scratchBuf) string {
	if c.tab || c.why.k == 0 || len(code) < 3 {
		return ""
	}
	n := c.why.parts[c.why.k-1].n
	if n == nil || n.code != code {
		return ""
	}
	var due *node
	for _, k := range append(n.conn[:len(n.conn):len(n.conn)], n.kids...) {
		if k.lt == "due to" {
			due = k
		}
	}
	if due == nil {
		return ""
	}
	var hv []vt
	for _, x := range e.phraseIDs(e.title(cause) + " disorder") {
		hv = append(hv, vt{w: x, start: -1, end: -1, cap: true})
	}
	hw := &walker{lx: e.lx, toks: hv, used: make([]bool, len(hv)), sb: sb, hi: len(hv), whi: len(hv)}
	_, path := hw.best(due, 0, false)
	if len(path) == 0 {
		return ""
	}
	alt := path[len(path)-1].n.code
	// (The main term's own "due to" subterm names its code in any
	// category: "Hypertension, due to, renal disorders NEC, arterial" is
	// I15.0 beside the bare I10.)
	if alt == "" || alt == code || !strings.HasPrefix(alt, code[:3]) && n.parent != nil {
		return ""
	}
	if x, ok := e.cs.Lookup(alt); !ok || !x.Billable {
		return ""
	}
	return alt
}

// reasonKid returns the code of a subterm of the entry that gave the
// encounter or status code (candidate c's last index node, whose own code
// it is) that the title of a condition the same sentence codes reads, when
// that is another billable code; else "". The index files the reason for a
// visit under the kind of condition ("Examination, follow-up, malignant
// neoplasm" Z08) that a note names by the condition itself ("breast
// cancer", whose title is "Malignant neoplasm of ... breast"), so the
// walk of the note's words stops at the entry's default (Z09).
func (e *Engine) reasonKid(c *cand, code string, cands []cand, sb *scratchBuf) string {
	if c.tab || c.why.k == 0 || len(code) < 3 || code[0] != 'Z' {
		return ""
	}
	n := c.why.parts[c.why.k-1].n
	if n == nil || n.code != code || len(n.kids) == 0 {
		return ""
	}
	for k := range cands {
		o := &cands[k]
		if o == c || o.sent != c.sent || o.code == "" || o.code[0] == 'Z' || overlap(o.pos, c.pos) > 0 {
			continue
		}
		// (An index code may be partial, "C50.91-": its title is the
		// header's.)
		t := e.title(strings.TrimRight(o.code, "-."))
		if t == "" {
			continue
		}
		var hv []vt
		for _, x := range e.phraseIDs(t) {
			hv = append(hv, vt{w: x, start: -1, end: -1, cap: true})
		}
		hw := &walker{lx: e.lx, toks: hv, used: make([]bool, len(hv)), sb: sb, hi: len(hv), whi: len(hv)}
		_, path := hw.best(n, 0, false)
		if len(path) == 0 {
			continue
		}
		alt := path[len(path)-1].n.code
		if alt == "" || alt == code || alt[0] != 'Z' {
			continue
		}
		if x, ok := e.cs.Lookup(alt); ok && x.Billable {
			return alt
		}
	}
	return ""
}

// causedElsewhere reports whether a code's Why documents its cause as a
// condition of another category than cat ("N18.4 ... documented as due to
// Q61.3" for a diabetes-with rule on E11).
func causedElsewhere(why, cat string) bool {
	_, x, ok := strings.Cut(why, ownCauseNote)
	if !ok {
		return false
	}
	x, _, _ = strings.Cut(x, ";")
	return len(x) >= 3 && len(cat) >= 3 && x[:3] != cat[:3]
}

// severityOf returns the code of the severity the words of w name for the
// "unspecified severity" code (F02.80, F02.811): its category refined by
// those words names one ("Dementia in other diseases classified elsewhere,
// moderate", F02.B), and the code of that severity with the rest of code's
// title ("..., moderate, with agitation", F02.B11) is returned; else "".
func (e *Engine) severityOf(code string, w *walker, ep byte) string {
	const unspec = "unspecified severity"
	if w == nil || len(code) < 3 || !containsFold(e.title(code), unspec) {
		return ""
	}
	x, xb, _ := e.refine(code[:3], w, ep)
	if xb && containsFold(e.title(code), "without ") && !containsFold(e.title(x), unspec) {
		// The pairing's default (F02.80, "without behavioral
		// disturbance, ...") names no behaviour: the category refined
		// by the note's words names the severity and the behaviour
		// ("mild dementia with depressed mood", F02.A3), or the
		// severity's own default (F02.B0). A behaviour child chosen for
		// a stray "with" alone ("moderate Alzheimer's disease who
		// presented with fever" is no F02.B4 "with anxiety") is left to
		// the dementia coded from the note's own words (inOtherDisease).
		if !e.behaviourSaid(x, w) {
			return ""
		}
		return x
	}
	if xb && x != code && containsFold(e.title(code), "without ") && containsFold(e.title(x), unspec+", with ") &&
		strings.HasPrefix(x, code[:len(code)-1]) && e.behaviourSaid(x, w) {
		// (left22d) No severity said, a behaviour said: "Alzheimer's
		// dementia with hallucinations" is the paired code's sibling
		// of that behaviour (F02.82), not its default (F02.80).
		return x
	}
	// The severity is the category's child the refinement went through
	// (F02.B): below it a default or "with" child (F02.B0, F02.B11) adds
	// clauses of its own to the title.
	for c, ok := e.cs.Lookup(x); ok && c.Parent != "" && c.Parent != code[:3]; c, ok = e.cs.Lookup(c.Parent) {
		x = c.Parent
	}
	if x == "" || containsFold(e.title(x), unspec) {
		return ""
	}
	t := strings.ToLower(e.title(x))
	k := strings.LastIndex(t, ", ")
	if k < 0 {
		return ""
	}
	want := strings.Replace(strings.ToLower(e.title(code)), unspec, t[k+2:], 1)
	var find func(c string, depth int) string
	find = func(c string, depth int) string {
		if strings.ToLower(e.title(c)) == want {
			return c
		}
		if depth == 0 {
			return ""
		}
		for _, k := range e.cs.Children(c) {
			if r := find(k.Code, depth-1); r != "" {
				return r
			}
		}
		return ""
	}
	return find(x, 3)
}

// behaviourSaid reports whether the title of the dementia code x names no
// behaviour ("without behavioral disturbance, ...") or one the note says in
// the near window: a word of its "with" part other than "with" itself
// ("mild, with mood disturbance" for "mild dementia with depressed mood"),
// not "moderate Alzheimer's disease who presented with fever" for "with
// anxiety".
func (e *Engine) behaviourSaid(x string, w *walker) bool {
	t := e.title(x)
	i := strings.LastIndex(t, ", with ")
	if i < 0 || containsFold(t, "without ") {
		return true
	}
	for _, y := range e.phraseIDs(t[i+len(", with "):]) {
		if y == 0 || y == e.lx.wWith {
			continue
		}
		if p := w.find(y, w.lo, w.hi); p >= 0 && !withoutScope(e.lx, w.toks, p) {
			return true
		}
	}
	return false
}

// causeKindRule is a row of data/cause_kind.tsv: code holds only for a
// documented cause in one of the category ranges; other is the index's
// sibling for the other causes. inside, when set, is the code for a cause in
// the ranges: the row is then the entry's cause-unspecified code (I46.9),
// which a documented cause of either kind replaces.
type causeKindRule struct {
	ranges [][2]string // inclusive category ranges ("I05", "I09")
	other  string
	inside string
}

// causeKinds reads data/cause_kind.tsv, keyed by code.
var causeKinds = sync.OnceValue(func() map[string]causeKindRule {
	m := map[string]causeKindRule{}
	for _, f := range rows("cause_kind.tsv") {
		if len(f) != 3 && len(f) != 4 {
			panic("cause_kind.tsv: want 3 or 4 fields: " + strings.Join(f, "\t"))
		}
		r := causeKindRule{other: strings.TrimSpace(f[2])}
		if len(f) == 4 {
			r.inside = strings.TrimSpace(f[3])
		}
		r.ranges = codeRanges(f[1])
		m[strings.TrimSpace(f[0])] = r
	}
	return m
})

// causeOutsideKind returns the code to use instead of code when code's
// index subterm names a kind of cause (data/cause_kind.tsv, "due to
// cardiac condition") and the documented cause is not of that kind
// ("cardiac arrest due to hyperkalemia" E87.5: I46.8, not I46.2); else "".
func causeOutsideKind(code, cause string) string {
	r, ok := causeKinds()[code]
	if !ok || len(cause) < 3 {
		return ""
	}
	cat := cause[:3]
	for _, rg := range r.ranges {
		if cat >= rg[0] && cat <= rg[1] {
			return r.inside
		}
	}
	return r.other
}

// infectionBesideNote is the Why of an infection code added beside the device
// code whose tabular asks for it.
const infectionBesideNote = "the infection identified beside the device infection code (use additional code to identify infection)"

// complicationBesideNote is the Why of a procedure's complication code
// added beside the infection code that spent its words ("postprocedural
// sepsis due to MSSA": T81.44XA beside A41.01, data/infection_beside.tsv).
const complicationBesideNote = "the procedure's complication named beside the infection (guideline I.C.1.d.5.b)"

// infectionBeside returns the infection code data/infection_beside.tsv gives
// beside the device infection code when the window of w names that
// infection: T83.5's "use additional code to identify infection" lists no
// code, so the index walk that reached T83.511 from "urinary tract infection
// due to the Foley catheter" used the infection's words and left no N39.0.
func (e *Engine) infectionBeside(code string, w *walker) string {
	for _, r := range e.lx.infectBeside {
		if !strings.HasPrefix(code, r.prefix) {
			continue
		}
		for _, alt := range r.alts {
			all := true
			for _, x := range alt {
				if w.find(x, w.lo, w.hi) < 0 {
					all = false
					break
				}
			}
			if all {
				return r.add
			}
		}
	}
	return ""
}

// eventWords is data/event_words.tsv: the words before an event's stem that
// deny it or put it elsewhere, and the phrases that say it otherwise, by
// row kind.
var eventWords = sync.OnceValue(func() map[string][]string { return keyed("event_words.tsv") })

// deniedBefore reports whether before (lower case) holds one of words: a
// word followed by a space, or, for a word written with a trailing "*", any
// word it starts ("prevent*": "prevent", "prevention").
func deniedBefore(before string, words []string) bool {
	for _, w := range words {
		if p, ok := strings.CutSuffix(w, "*"); ok {
			if strings.Contains(before, p) {
				return true
			}
		} else if strings.Contains(before, w+" ") {
			return true
		}
	}
	return false
}

// endedAfter reports whether a word of data/recovery_over.txt ("resolved")
// follows the mention cands[i] in its sentence before the next condition
// of another clause ("post-op delirium (resolved) and a stage 2 pressure
// injury", "Sepsis due to UTI - resolved"): in a recovery stay's note the
// condition ended in the acute stay the note recaps (markEnded).
func (e *Engine) endedAfter(vts []vt, cands []cand, i int) bool {
	c := &cands[i]
	if len(c.pos) == 0 {
		return false
	}
	hi := slices.Max(c.pos)
	next := len(vts)
	for j := range cands {
		if o := &cands[j]; j != i && o.sent == c.sent && o.code != "" && len(o.pos) > 0 {
			if m := slices.Min(o.pos); m > hi && m < next && vts[m].clause != vts[hi].clause {
				next = m
			}
		}
	}
	for k := hi + 1; k < next && vts[k].start < c.sentE; k++ {
		if e.lx.recoveryOver[vts[k].w] {
			return true
		}
	}
	return false
}

// overSaid reports whether a word of data/history_over.txt stands beside
// the mention of cands[i]: in its clause before it, or after it (at most
// eight words, in its clause or a bracket right after it) up to the next
// condition of its sentence ("Remote
// appendicitis", "perianal fistula (healed 2022)", "R cataract
// extraction"). Called only for a past mention without a history code.
// inpatient leaves out the words of data/stay_ended.txt ("resolved"),
// which there say what the stay ended ("postoperative fever, resolved").
func (e *Engine) overSaid(s string, vts []vt, cands []cand, i int, inpatient bool) bool {
	c := &cands[i]
	if len(c.pos) == 0 {
		return false
	}
	lo, hi := slices.Min(c.pos), slices.Max(c.pos)
	over := func(w wid) bool { return e.lx.histOver[w] && !(inpatient && e.lx.stayEnded[w] == 1) }
	for k := lo - 1; k >= 0 && vts[k].start >= c.sentS && vts[k].clause == vts[lo].clause; k-- {
		if over(vts[k].w) {
			return true
		}
	}
	next := min(len(vts), hi+9)
	for j := range cands {
		if o := &cands[j]; j != i && o.sent == c.sent && o.code != "" && len(o.pos) > 0 {
			if m := slices.Min(o.pos); m > hi && m < next {
				next = m
			}
		}
	}
	cl, opened := vts[hi].clause, false
	for k := hi + 1; k < next && vts[k].start < c.sentE; k++ {
		if vts[k].clause != cl {
			// Only into a bracket right after the mention ("perianal
			// fistula (healed 2022)"); another clause is about more.
			if opened || !strings.Contains(s[vts[k-1].end:vts[k].start], "(") {
				return false
			}
			cl, opened = vts[k].clause, true
		}
		if over(vts[k].w) {
			return true
		}
	}
	return false
}

// correctedMalformation reports whether the congenital malformation of
// cands[i] is said corrected in its own clause (data/lifelong.txt
// "corrected:" words: "repaired TOF", "coarctation repaired at age 4") and
// the note says no residual defect ("residual:" words, unless denied right
// before: "mild residual RVOT aneurysm" keeps the malformation current, "no
// residual VSD" does not). Another malformation of the sentence in its own
// clause ("a bicuspid aortic valve and coarctation repaired") stays current.
func (e *Engine) correctedMalformation(vts []vt, cands []cand, i int, toks []text.Token) bool {
	c := &cands[i]
	if len(c.pos) == 0 || len(e.lx.correctedWords) == 0 {
		return false
	}
	lo, hi := slices.Min(c.pos), slices.Max(c.pos)
	said := false
	for k := lo - 1; k >= 0 && vts[k].start >= c.sentS && vts[k].clause == vts[lo].clause; k-- {
		said = said || e.lx.correctedWords[vts[k].w]
	}
	for k := hi + 1; k < len(vts) && vts[k].start < c.sentE && vts[k].clause == vts[hi].clause; k++ {
		said = said || e.lx.correctedWords[vts[k].w]
	}
	if !said {
		return false
	}
	prev, prev2 := "", ""
	for _, t := range toks {
		if t.Kind != text.Word {
			continue
		}
		if e.lx.residualWords[t.Norm] && prev != "no" && prev != "without" && prev2 != "no" && prev2 != "without" {
			return false
		}
		prev2, prev = prev, t.Norm
	}
	return true
}
