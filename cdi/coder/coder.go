// Package coder turns clinical text into ICD-10-CM codes with evidence. It is
// driven by the official code set rather than per-disease rules: mentions are
// found through the Alphabetic Index main terms, the subterm path is chosen by
// the words around the mention (order-free, nonessential modifiers optional,
// "with" subterms matched across the sentence), see / see also references and
// the neoplasm table are followed, and the tabular refines the result
// (laterality, acuity, stage, 7th character, X placeholders). The official
// guidelines are applied on top: assertions (negated, possible, historical,
// family), Z codes for histories, combination codes, integral symptoms,
// Excludes1 conflicts and use-additional-code pairing.
//
// An Engine is built once with New and is safe for concurrent use. The
// package does no I/O; its hand-written knowledge lives in data/ (embedded).
package coder

import (
	"cmp"
	"errors"
	"fmt"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"unicode/utf8"

	"notecoder/cdi/codeset"
	"notecoder/cdi/model"
	"notecoder/cdi/text"
)

// Word flags (Engine.flags): a sentence is read for drugs or a BMI value
// only when one of its words calls for it.
const (
	flagDrug  uint16 = 1 << iota // first word of a long-term drug row
	flagCue                      // a long-term therapy cue word
	flagBMI                      // first word of a BMI name
	flagCoord                    // first word of a coordinating phrase ("as well as")
	// A removal word with a status code (status.go).
	flagStatus
	// Per-token tests of Section, so a note word costs one slice index
	// instead of map look-ups: a stop word (lexicon.stop), a postposed
	// qualifier (lexicon.postposed), the first word of a two-word
	// connector (lexicon.connSecond).
	flagStop
	flagPostposed
	flagConnFirst
	// A word that says what a drug did (data/drug_intent.tsv): the
	// sentence is read for the Table of Drugs (drugs.go).
	flagIntent
	// A word that opens a contrasting clause (data/contrast.txt).
	flagContrast
	// A body part one has on each side (lexicon.paired): its plural says
	// both sides.
	flagPaired
	// A word that says a drug course is short or acute
	// (data/longterm.tsv "short"): it outweighs a cue of the sentence.
	flagShort
	// The first word of an organism of data-driven agent coding, or a
	// gram-negative genus (organism.go): a section without one skips that
	// pass.
	flagOrganism
	// The first word of an episode-of-care cue (data/episode.tsv): a
	// window without one is the initial encounter (Engine.episode).
	flagEpisode
	// A one-word main term with a code and nonessential modifiers heads
	// an index entry on this word: nemodOf has something to look for.
	flagNemodNoun
	// The first word of a score scale name (data/coma_scale.tsv,
	// data/stroke_scale.tsv).
	flagComa
)

// markKeys sets flag f on every word that is a key of m: the phrase tables
// key their rows by first word, and a sentence is read for a table only when
// one of its words carries the table's flag.
func markKeys[V any](flags []uint16, m map[wid]V, f uint16) {
	for w := range m {
		flags[w] |= f
	}
}

// ErrNoCodeset is returned by New when it is given no code set.
var ErrNoCodeset = errors.New("coder: nil code set")

// PromptFunc produces documentation-gap prompts for a coded note. The gap
// engine plugs in here so the coder never depends on it; a nil PromptFunc
// yields no prompts.
type PromptFunc func(note string, ctx model.Context, res *model.Result) []model.Prompt

// Engine codes notes. Build it once with New (it compiles the index and the
// rule data) and share it: all methods are safe for concurrent use.
type Engine struct {
	cs   *codeset.Set
	lx   *lexicon
	ix   *index
	tm   *titleMatcher
	abbr *text.Abbrev
	asrt *text.Assertion
	// unspec caches, two bits a code by codeset position (0 unread, 1 no,
	// 2 yes), whether a code's title says "unspecified": refine asks it of
	// every code it is given, and a handful of codes recur. Filled on first
	// use (atomically: sections are coded concurrently), so New does not
	// read 98,000 titles for it.
	unspec []atomic.Uint32

	histPersonal *node
	histFamily   *node
	remission    map[string]string // code -> its one "in remission" sibling (remissionSiblings)
	relapse      map[string]string // code -> its one "in relapse" sibling (remissionSiblings)
	gest         gestation         // weeks of gestation (pregnancy.go)
	puerp        puerperalMap      // plain code -> puerperal chapter 15 code (puerperium.go)
	combos       []combo
	comboIx      comboIndex      // combos by the category each replaces
	codeFirst    []codeFirst     // default etiologies (data/code_first.tsv)
	transplant   transplantRules // transplant complications coded first (data/transplant_complication.tsv)
	indexAlso    []indexAlso     // codes beside an index entry's code (data/index_also.tsv)
	sepsisOrgan  []string        // code prefixes of the acute organ dysfunctions of severe sepsis (data/sepsis_organ.txt)
	sepsisFirst  firstBytes      // their first bytes
	signCodes    []string        // code prefixes outside R00-R99 that name a sign or symptom (data/sign_codes.txt)
	// standingSigns are R code prefixes naming a standing state, not a
	// passing sign a diagnosis explains (data/standing_signs.txt):
	// dropUnaddressed keeps them.
	standingSigns []string
	sharedSite    []string    // code prefixes of diseases that take a coordinated condition's site (data/shared_site.txt)
	agentCodes    []string    // code prefixes that name an infectious agent a test looks for (data/agent_codes.txt)
	sepsisCodes   []string    // the sepsis codes code_first.tsv accepts as R65.2's etiology
	seq           sequelaData // sequelae of cerebrovascular disease (data/sequela.tsv)
	organisms     []organism  // agents of "Infection, ..., as cause of disease classified elsewhere"
	// gramNeg holds the gram-negative genera of data/gram_negative.txt,
	// true for an anaerobic one (namedAgent).
	gramNeg map[wid]bool
	// bacterialNEC is the code of "Infection, bacterial NOS, as cause of
	// disease classified elsewhere" (B96.89): addUnlistedAgents.
	bacterialNEC string
	// gramKid is each main term's coded "Gram-negative" subterm
	// (gramNegative).
	gramKid   map[*node]*node
	integral  []integralRule
	kindSites map[string]*kindSiteRule // main term -> its kind and site subterms coded together (data/kind_site.tsv)
	kindCodes []string                 // the kind code prefixes of kindSites ("G89")
	// integralAt indexes integral by the category (first three characters)
	// of its symptom prefix, integralShort holds the rows whose prefix is
	// shorter: every code of the note asks for its rules on each keystroke,
	// and a first-letter index made each R code read 300-odd R rows.
	integralAt    map[string][]int32
	integralShort []int32
	found         foundAs        // masses and the neoplasms they are found as (foundas.go)
	named         []integralRule // generic infection codes and the infections that name them (data/named_infection.tsv)
	episodes      []episodeCue
	recovery      recoveryStay // data/recovery_stay.tsv: rehabilitation and SNF stays
	lt            longTerm     // long-term drug therapy table (data/longterm.tsv)
	bmi           bmiTable     // body mass index values (data/bmi.tsv)
	coma          comaTable    // Glasgow coma scale scores (data/coma_scale.tsv)
	nihss         comaTable    // NIH stroke scale scores (data/stroke_scale.tsv)
	bw            birthWeights // newborn codes by grams (birthweight.go)
	osteo         []osteoRow   // fracture sites of M80 (data/osteoporotic_fracture.tsv)
	fragility     []string     // phrases that call a fracture osteoporotic (data/fragility_fracture.txt)
	labelHeads    map[wid]bool // finding words that take a site label's site (data/site_label_heads.txt)
	measureWords  map[wid]bool // words of a size between numbers (data/measure_words.txt)
	flags         []uint16     // word id -> flag* bits: which sentence passes a word calls for
	// sideWord holds the ids of the words written exactly "dominant",
	// "nondominant", "right" and "left" (0: not in the vocabulary), which
	// impliedDominance compares ids with instead of strings.
	sideWord [4]wid
	// sideW marks the word ids of right, left and bilateral (lexicon.lateral):
	// a section with one is read for side ownership (markForeSides)
	// at a slice index per word, the 16 flag bits being taken.
	sideW []bool
	// siteW marks the word ids of body sites (index.site) the same way:
	// the side-ownership marks ask it of every word of a section.
	siteW []bool
	// siteCond marks the word ids that are a main term classified by site
	// ("effusion": a subterm names a site), read once in New for
	// condWord instead of ranging over the subterms per keystroke.
	siteCond []bool
	// organW classifies the word ids that are a one-word row of the Table
	// of Neoplasms: organInner for an inner organ's row or lining
	// (data/inner_site.tsv), organOuter for any other coded row (the
	// skin, a limb, the mouth), read by innerBeside.
	organW []uint8
	// lexWid maps text.LexForms ids to word ids, so an interned token
	// (most note words) gets its id without a second string hash.
	lexWid []wid
	// pastLex marks by text.LexForms id the forms that are a past verb
	// (lexicon.pastVerb): pastVerb skips an interned word that is none
	// without hashing it.
	pastLex []bool

	// sp is the status-after-removal table (status.go).
	sp statusPost
	// drugs is the Table of Drugs and Chemicals read for poisonings,
	// adverse effects and underdosing (drugs.go).
	drugs drugTable
	// drugKids are the index subterm titles naming a condition as caused
	// by a drug (data/drug_induced.txt), in the order tried.
	drugKids []string
	// drugAt maps an index entry to the entry that holds its drug-induced
	// subterm when the index files that form elsewhere
	// (data/drug_induced_at.tsv: Defect, coagulation to Disorder,
	// hemorrhagic NEC).
	drugAt map[*node]*node
	// therapy: the words of an encounter for antineoplastic treatment
	// (data/therapy_visit.tsv, therapyVisits).
	therapy therapyVisit
	// notPhrases are the phrases a note's "not" denies as "without"
	// (data/not_denies.txt: "not in remission").
	notPhrases [][]wid
	// assocCats are the categories of the codes use-additional notes name
	// for an associated condition (associatedNamed).
	assocCats map[string]bool
	// ext is the External Cause of Injuries Index (external.go).
	ext extIndex

	kids        strCache[[]kidInfo]       // parent code -> its children's distinctive words
	sibs        strCache[[]sibInfo]       // category -> its billable descendants
	withoutWds  strCache[[]wid]           // subcategory whose title says "without X" -> X's word ids (withoutType)
	refsX       strCache[[]codeRange]     // code -> compiled Excludes1 references
	refsU       strCache[[]codeRange]     // code -> compiled use-additional references
	refsO       strCache[[]codeRange]     // code -> compiled Excludes1 references written at the code itself
	refsD       strCache[[]codeRange]     // code -> compiled Excludes1 references of notes naming their condition definitely (namesDefinite)
	refsF       strCache[[]codeRange]     // code -> compiled code-first references
	sided       strCache[[3]string]       // unspecified-side code -> right, left sibling and organ word
	organ       strCache[[]wid]           // organ word of sided -> its word ids (organIDs)
	agent       strCache[bool]            // code -> its tabular notes ask for an infectious agent (organism.go)
	residual    strCache[bool]            // unspecified code -> its title names nothing beyond its category (categoryResidual)
	mainLists   strCache[bool]            // main term + subcategory -> the main term lists no entry of it (otherMain)
	dmDefault   string                    // category of a diabetes of no stated type (statedDiabetesType)
	familyCats  []string                  // the categories of family history codes (familyCategories)
	agentNamed  strCache[*strCache[bool]] // B95-B97 code -> code -> its title names the agent (namesAgent)
	afterWith   strCache[*strCache[bool]] // unspecified code -> code -> named after its "with" (namedAfterWith)
	sevens      strCache[[]sevenMeaning]  // code -> its 7th-character meanings read once (sevenInfo)
	phraseCache sync.Map                  // title or 7th-character meaning -> word ids (phraseIDs)
	scratch     sync.Pool

	// Prompts, when set before the Engine is shared, fills Result.Prompts
	// in Code and Consolidate.
	Prompts PromptFunc
}

// SectionResult is what one section yields: every mention read (findings,
// including negated ones) and the codes it supports before note-level
// guidelines. Offsets are relative to the section text. The incremental layer
// caches it by section content hash and context.
type SectionResult struct {
	Findings []model.Finding
	Codes    []model.Code
	// Recovery: an inpatient section saying the patient was admitted for a
	// recovery stay ("Admitted to acute rehab after ORIF";
	// data/recovery_stay.tsv). The note-level steps read the note's other
	// sections' strokes and injuries as past the acute phase
	// (recoverySequelae, recoveryEpisodes), even when this section codes
	// nothing itself.
	Recovery bool
	// LOC is the section's first statement of a loss of consciousness as
	// the S06 6th character it gives (locStated: '0' denied, '1'-'4' by
	// duration; 0 none): the note-level step gives it to an intracranial
	// injury another section codes without it (noteConsciousness).
	LOC byte
	// Born: the section says the patient was born ("Born at 39 wks by
	// NSVD", data/record_owner.tsv "babycue"): the note is the child's
	// record, where its own birth history is no delivery of the mother's
	// (recordOwner).
	Born bool
	// Readmit: the section says the patient was readmitted
	// (record_owner.tsv "readmitstem"): a newborn's stay after its birth
	// episode, which takes no liveborn Z38 code (I.C.16.a.2).
	Readmit bool
	// BornHere is the section's first words saying the patient was born
	// in this hospital ("born here", "inborn", "SVD here"; record_owner.tsv
	// "bornhere"), relative to the section, empty when none: the newborn's
	// record of its birth episode, which takes a liveborn Z38 code even when
	// no delivery code was read (I.C.16.a.2; recordOwner). BornCesarean:
	// the section names a cesarean ("cesareancue").
	BornHere     model.Span
	BornCesarean bool
	// Neonate: the section says the stay is a newborn's ("day of life 3",
	// "neonate"; record_owner.tsv "newborncue"): the note's
	// conditions read the index's newborn subterms (newbornSubterms).
	Neonate bool
	// BirthGrams and BirthWeeks are the first birth weight (in grams,
	// from grams, kilograms or pounds and ounces) and weeks of gestation
	// the section states, 0 when none: a newborn's prematurity or low
	// birth weight coded in another section takes its weight and its
	// completed weeks from them (I.C.16.e, newbornWeightAge).
	BirthGrams, BirthWeeks int
	// StayDone: the status codes (Z95.5, Z96.651, ...) of procedures an
	// inpatient section reads as this stay's ("POD 2. She is s/p R TKA",
	// "NSTEMI s/p PCI"), which it does not code; StayPast: the status
	// codes it reads as from a past encounter (dated, or said past). The
	// note-level step drops the same status another section codes with
	// nothing dating it (dropStayStatus): one procedure of the stay, told
	// again in the assessment or the discharge diagnoses.
	StayDone, StayPast []string
}

// Part is one coded section placed in its note: Offset is the byte offset of
// the section text in the note, Kind its section kind.
type Part struct {
	Offset int
	Kind   string
	Res    SectionResult
}

// New compiles the matchers from the code set. It is the expensive step
// (hundreds of milliseconds): build one Engine and reuse it.
func New(cs *codeset.Set) (*Engine, error) {
	if cs == nil {
		return nil, ErrNoCodeset
	}
	// What reads only the code set is built on another core while the
	// index and the title matcher grow the shared lexicon on this one.
	var names map[string][]string
	var remission, relapse map[string]string
	var wg sync.WaitGroup
	wg.Go(func() {
		remission = remissionSiblings(cs, "in remission")
		relapse = remissionSiblings(cs, "in relapse")
		names = billableNames(cs)
	})
	e := &Engine{cs: cs, lx: newLexicon(), abbr: text.Abbreviations(), asrt: text.Assertions()}
	e.ix = buildIndex(e.lx, cs)
	e.lx.site = e.ix.site // the walker reads body sites too (normalBefore)
	e.tm = buildTitles(e.lx, cs)
	wg.Wait()
	e.remission, e.relapse = remission, relapse
	// Every tabular word must have an id so that notes can select children
	// ("3a", "bilateral") and 7th characters.
	seen7 := map[string]bool{}
	e.unspec = make([]atomic.Uint32, (len(cs.All())+15)/16)
	for _, c := range cs.All() {
		// A child's title that repeats its parent's ("..., initial
		// encounter for closed fracture" after the fracture) adds only
		// the words after it: the parent, earlier in tabular order,
		// gave the rest their ids already.
		t := c.Title
		if p := cs.ParentOf(c); p != nil && len(t) > len(p.Title) && strings.HasPrefix(t, p.Title) && (t[len(p.Title)] == ',' || t[len(p.Title)] == ' ') {
			t = t[len(p.Title):]
		}
		e.lx.eachChunk(t, func([]wid) {})
		for _, s := range c.SevenChr {
			if !seen7[s.Meaning] {
				seen7[s.Meaning] = true
				e.lx.ids(s.Meaning)
			}
		}
	}
	for _, h := range e.ix.byTitle["history"] {
		for _, k := range h.kids {
			switch stripTitle(k.title) {
			case "personal", "personal (of)":
				e.histPersonal = k
			case "family", "family (of)":
				e.histFamily = k
			}
		}
	}
	var err error
	if err = e.loadSequela(); err != nil {
		return nil, err
	}
	e.loadOrganisms()
	if e.kindSites, err = loadKindSite(); err != nil {
		return nil, err
	}
	for _, r := range e.kindSites {
		e.kindCodes = append(e.kindCodes, r.prefix)
	}
	var causal map[string]bool
	if e.combos, causal, err = loadCombos(); err != nil {
		return nil, err
	}
	e.combos = append(e.combos, e.diabetesWith(names)...)
	e.dmDefault = e.defaultDiabetes()
	e.familyCats = e.familyCategories()
	for i := range e.combos {
		e.combos[i].causal = causal[e.combos[i].rule]
		e.combos[i].repBit = int32(catBit(e.combos[i].replace))
		e.combos[i].parBit = int32(catBit(e.combos[i].partner))
	}
	e.comboIx = newComboIndex(e.combos)
	if e.integral, err = loadIntegral(); err != nil {
		return nil, err
	}
	for r, x := range e.integral {
		if i := slices.Index(x.dx, infectionSetToken); i >= 0 {
			e.integral[r].dx = slices.Delete(slices.Clone(x.dx), i, i+1)
			e.integral[r].infection = e.newInfectionNOS(x.symptom)
			e.integral[r].index()
		}
		switch l := x.symptom; {
		case len(l) >= 3:
			if e.integralAt == nil {
				e.integralAt = map[string][]int32{}
			}
			e.integralAt[l[:3]] = append(e.integralAt[l[:3]], int32(r))
		case l != "":
			e.integralShort = append(e.integralShort, int32(r))
		}
	}
	e.loadFoundAs()
	if e.named, err = loadRules("named_infection.tsv"); err != nil {
		return nil, err
	}
	for _, l := range lines("sepsis_organ.txt") {
		e.sepsisOrgan = append(e.sepsisOrgan, strings.TrimSpace(l))
	}
	e.sepsisFirst = firstBytesOf(e.sepsisOrgan)
	for _, l := range lines("sign_codes.txt") {
		e.signCodes = append(e.signCodes, strings.TrimSpace(l))
	}
	for _, l := range lines("standing_signs.txt") {
		e.standingSigns = append(e.standingSigns, strings.TrimSpace(l))
	}
	for _, l := range lines("shared_site.txt") {
		e.sharedSite = append(e.sharedSite, strings.TrimSpace(l))
	}
	for _, l := range lines("agent_codes.txt") {
		e.agentCodes = append(e.agentCodes, strings.TrimSpace(l))
	}
	if e.codeFirst, err = loadCodeFirst(); err != nil {
		return nil, err
	}
	e.resolveCodeFirst()
	if e.transplant, err = loadTransplantRules(); err != nil {
		return nil, err
	}
	if e.indexAlso, err = loadIndexAlso(); err != nil {
		return nil, err
	}
	for _, r := range e.indexAlso {
		// A row whose code the code set lacks would never apply: say so at
		// load, as the other loaders do, not silently at every note.
		if c, ok := e.cs.Lookup(r.code); !ok || !c.Billable {
			return nil, fmt.Errorf("coder: data/index_also.tsv: %s is no billable code", r.code)
		}
	}
	e.episodes = e.loadEpisodes()
	e.recovery = e.loadRecovery()
	e.lt = e.loadLongTerm()
	e.sp = e.loadStatusPost()
	e.drugs = e.loadDrugs()
	e.drugKids = lines("drug_induced.txt")
	e.drugAt = e.loadDrugAt()
	e.therapy = e.loadTherapyVisit()
	for _, l := range lines("not_denies.txt") {
		var p []wid
		for _, w := range strings.Fields(l) {
			p = append(p, e.lx.v.add(normOne(w)))
		}
		e.notPhrases = append(e.notPhrases, p)
	}
	e.assocCats = assocCategories(cs)
	e.bmi = e.loadBMI()
	e.coma = e.loadComa("coma_scale.tsv")
	e.nihss = e.loadComa("stroke_scale.tsv")
	e.loadBirthWeights()
	e.osteo = loadOsteoporotic()
	e.fragility = lines("fragility_fracture.txt")
	e.labelHeads = map[wid]bool{}
	for _, l := range lines("site_label_heads.txt") {
		e.labelHeads[e.lx.v.add(normOne(l))] = true
	}
	e.measureWords = map[wid]bool{}
	for _, l := range lines("measure_words.txt") {
		e.measureWords[e.lx.v.add(normOne(l))] = true
	}
	e.childrenAgree()
	e.markQualWords()
	e.markPrimaryHeads()
	e.loadGestation()
	e.loadComplicating()
	e.loadPuerperal()
	e.loadExternal()
	e.lx.freeze()
	e.flags = make([]uint16, len(e.lx.v.words))
	e.recovery.gate = make([]bool, len(e.lx.v.words))
	for _, w := range e.recovery.last {
		e.recovery.gate[w] = true
	}
	for w, rs := range e.lt.byFirst {
		if len(rs) > 0 {
			e.flags[w] |= flagDrug
		}
	}
	markKeys(e.flags, e.sp.byFirst, flagStatus)
	markKeys(e.flags, e.lt.cue, flagCue)
	markKeys(e.flags, e.lt.short, flagShort)
	markKeys(e.flags, e.lx.coord, flagCoord)
	markKeys(e.flags, e.drugs.intent, flagIntent)
	markKeys(e.flags, e.drugs.allergy, flagIntent)
	markKeys(e.flags, e.lx.paired, flagPaired)
	e.sideW = make([]bool, len(e.lx.v.words))
	for w := range e.lx.lateral {
		if int(w) < len(e.sideW) {
			e.sideW[w] = true
		}
	}
	e.siteW = make([]bool, len(e.lx.v.words))
	for w := range e.ix.site {
		if int(w) < len(e.siteW) {
			e.siteW[w] = true
		}
	}
	e.organW = e.organWords()
	e.siteCond = make([]bool, len(e.lx.v.words))
	for x := range e.siteCond {
		if nx := e.ix.head(wid(x)); nx != nil {
			for _, n := range nx.terms {
				e.siteCond[x] = e.siteCond[x] || e.bySite(n)
			}
		}
	}
	markKeys(e.flags, e.lx.contrast, flagContrast)
	for _, n := range e.bmi.names {
		e.flags[n[0]] |= flagBMI
	}
	for _, n := range e.coma.names {
		e.flags[n[0]] |= flagComa
	}
	for _, n := range e.nihss.names {
		e.flags[n[0]] |= flagComa
	}
	for w, ok := range e.lx.stop {
		if ok {
			e.flags[w] |= flagStop
		}
	}
	for w, ok := range e.lx.postposed {
		if ok {
			e.flags[w] |= flagPostposed
		}
	}
	for w, second := range e.lx.connSecond {
		if second != 0 {
			e.flags[w] |= flagConnFirst
		}
	}
	for _, o := range e.organisms {
		e.flags[o.words[0]] |= flagOrganism
	}
	for g := range e.gramNeg {
		e.flags[g] |= flagOrganism // (addUnlistedAgents)
	}
	for _, c := range e.episodes {
		e.flags[c.seq[0]] |= flagEpisode
	}
	for noun, nx := range e.ix.heads.next {
		for _, n := range nx.terms {
			if n.code != "" && len(n.req) == 1 && len(n.opt) > 0 && int(noun) < len(e.flags) {
				e.flags[noun] |= flagNemodNoun
			}
		}
	}
	e.ix.freezeSigs()
	forms := text.LexForms()
	e.lexWid = make([]wid, len(forms))
	e.pastLex = make([]bool, len(forms))
	for i, f := range forms {
		e.lexWid[i] = e.lx.v.get(f)
		_, e.pastLex[i] = e.lx.pastVerb[f]
	}
	for i, s := range [...]string{"dominant", "nondominant", "right", "left"} {
		if x := e.lx.v.get(s); e.lx.v.words[x] == s {
			e.sideWord[i] = x
		}
	}
	return e, nil
}

// pluralTok reports a word written in the plural: normalisation took an
// "s" off it ("nodules" -> "nodule").
func pluralTok(t *text.Token) bool {
	n := len(t.Text)
	return n > 1 && (t.Text[n-1] == 's' || t.Text[n-1] == 'S') && len(t.Norm) < n && !strings.EqualFold(t.Text, t.Norm)
}

// pluralPaired reports a plural body part one has on each side among toks
// ("lower limbs"), so that an abbreviation's expansion of it ("legs") keeps
// saying both sides.
func (e *Engine) pluralPaired(toks []text.Token) bool {
	for i := range toks {
		if e.flags[e.tokWid(&toks[i])]&flagPaired != 0 && !strings.EqualFold(toks[i].Text, toks[i].Norm) {
			return true
		}
	}
	return false
}

// tokWid returns the word id of a token's Norm: by its interned form's id
// when it has one, else by look-up.
func (e *Engine) tokWid(t *text.Token) wid {
	if t.Lex != 0 && int(t.Lex) < len(e.lexWid) {
		return e.lexWid[t.Lex]
	}
	return e.lx.v.get(t.Norm)
}

// prefixJoined returns the one word a denying prefix at toks[i] (id) makes
// with the word after it, written with a hyphen or a space ("non-displaced",
// "non displaced"), when the tabular or the index spells that word joined
// ("Nondisplaced fracture", lexicon.prefixJoin), and the index of that next
// token; j == i when there is none. The split spelling would read the
// contrary sibling ("Displaced fracture") by its last word.
func (e *Engine) prefixJoined(toks []text.Token, i int, id wid) (x wid, j int) {
	j = i + 1
	if j < len(toks) && toks[j].Text == "-" && toks[j].Start == toks[i].End {
		j++
	}
	if j >= len(toks) || toks[j].Kind != text.Word {
		return 0, i
	}
	x, ok := e.lx.prefixJoin[[2]wid{id, e.tokWid(&toks[j])}]
	if !ok {
		return 0, i
	}
	return x, j
}

// notNextIn reports whether the first content word of words (an
// abbreviation's expansion after its "not") is one the index's "not X"
// subterms start X with (lexicon notNext), or that starts a phrase of
// data/not_denies.txt: "not having achieved remission", the expansion of
// "not in remission".
func (e *Engine) notNextIn(words []string) bool {
	for _, p := range e.notPhrases {
		if len(p) <= len(words) {
			ok := true
			for k, w := range p {
				ok = ok && e.lx.v.get(words[k]) == w
			}
			if ok {
				return true
			}
		}
	}
	for _, wd := range words {
		x := e.lx.v.get(wd)
		if e.lx.notNext[x] {
			return true
		}
		if e.flags[x]&flagStop == 0 {
			return false
		}
	}
	return false
}

// notDenies reports whether toks from i start a phrase of
// data/not_denies.txt, which a "not" before it denies as "without" does
// ("not in remission": the index's "in remission" subterm is not read).
func (e *Engine) notDenies(toks []text.Token, i int) bool {
	for _, p := range e.notPhrases {
		if i+len(p) > len(toks) {
			continue
		}
		ok := true
		for k, w := range p {
			if e.tokWid(&toks[i+k]) != w {
				ok = false
				break
			}
		}
		if ok {
			return true
		}
	}
	return false
}

// noAsWithout reports whether the "no" at toks[i] qualifies the condition
// before it as "without" does: it follows a comma or "with" ("diabetes, no
// complications", "hernia with no obstruction") and comes before a word an
// index "with"/"without" subterm starts with. A "no" that opens a sentence or
// a list ("No fever and the patient presented abdominal pain") is a
// negation of what follows, which the assertions handle; read as "without"
// its scope would deny the next condition's own words.
//
// The subterm's word may come a little later, after the finding's qualifiers
// ("empyema, no bronchopleural fistula", "no evidence of abscess"): up to
// noReach words in the same clause.
func (e *Engine) noAsWithout(toks []text.Token, i int) bool {
	if i == 0 {
		return false
	}
	if p := &toks[i-1]; p.Text != "," && e.tokWid(p) != e.lx.wWith {
		return false
	}
	for j := i + 1; j < len(toks) && j <= i+noReach; j++ {
		if toks[j].Kind == text.Punct {
			return false
		}
		if e.lx.withoutNext[e.tokWid(&toks[j])] {
			return true
		}
	}
	return false
}

// noReach is how many words after a qualifying "no" may name the subterm it
// denies ("no evidence of abscess").
const noReach = 3

// Codeset returns the code set the engine was built from.
func (e *Engine) Codeset() *codeset.Set { return e.cs }

// Code codes a whole note: it splits it into sections, codes each with
// Section and applies the note-level guidelines with Consolidate. Offsets in
// the result are byte offsets into note. Any byte string is accepted; invalid
// UTF-8 bytes are treated as punctuation.
func (e *Engine) Code(note string, ctx model.Context) model.Result {
	secs := text.Sections(note)
	parts := make([]Part, 0, len(secs))
	for _, s := range secs {
		if s.Body.End <= s.Body.Start {
			continue
		}
		parts = append(parts, Part{Offset: s.Body.Start, Kind: s.Kind,
			Res: e.Section(note[s.Body.Start:s.Body.End], s.Kind, ctx)})
	}
	res := e.ConsolidateNote(note, parts, ctx)
	if e.Prompts != nil {
		res.Prompts = e.Prompts(note, ctx, &res)
	}
	if res.Prompts == nil {
		res.Prompts = []model.Prompt{}
	}
	return res
}

// Consolidate applies the note-level guidelines to per-section results:
// combination codes across sections, de-duplication keeping all evidence,
// integral symptoms, Excludes1 conflicts and use-additional pairing. Parts must
// be in note order. Prompts are not produced here (the caller has the note
// text; see Code).
func (e *Engine) Consolidate(parts []Part, ctx model.Context) model.Result {
	res := e.consolidate(parts, ctx)
	if res.Prompts == nil {
		res.Prompts = []model.Prompt{}
	}
	return res
}

// ConsolidateNote is Consolidate with the readings that need the note's
// whole text: a current pregnancy one sentence states with its weeks makes
// the present conditions documented elsewhere complicate it (I.C.15.a.1; see
// noteWeeks and complicateNote), and a delivery note's weeks stated in one sentence give
// the Z3A code beside its O codes read in another (deliveryWeeks). The
// real-time path calls it as batch coding does, so both
// give the same result. The parts' results are not modified (the real-time
// path caches and shares them).
func (e *Engine) ConsolidateNote(note string, parts []Part, ctx model.Context) model.Result {
	return e.consolidateNote(note, parts, ctx, noteDelivered, notePuerperal(note))
}

// consolidateNote is ConsolidateNote with the test of a delivery note given:
// a real-time caller already read it into the note's state (NoteState's
// "d"), and reading it again lower-cases and scans the whole note on every
// keystroke of a pregnancy note.
//
// puerperal says the note is written in the postpartum period
// (notePuerperal): its conditions the index files under the puerperium take
// their chapter 15 codes (puerperalParts).
func (e *Engine) consolidateNote(note string, parts []Part, ctx model.Context, delivered func(string) bool, puerperal bool) model.Result {
	cloned := false
	clone := func() {
		if cloned {
			return
		}
		own := slices.Clone(parts)
		for i := range own {
			// Clipped: an append copies instead of writing into a shared
			// backing array.
			own[i].Res.Codes = slices.Clip(own[i].Res.Codes)
		}
		parts, cloned = own, true
	}
	current := false
	w, at := noteWeeks(note)
	ended := w > 0 && delivered(note)
	if w > 0 && !ended {
		clone()
		current = true
		e.complicateNote(parts, note, w, at)
	}
	if !current && deliveryNamed(note) && deliveryStay(parts) {
		// (Before deliveryWeeks: the weeks go beside the O codes read.)
		clone()
		e.deliveryComplicate(parts, note, w)
	}
	if ended {
		clone()
		e.deliveryWeeks(parts, w, at)
	}
	if puerperal && !current {
		clone()
		e.puerperalParts(parts)
	}
	res := e.consolidate(parts, ctx)
	if res.Prompts == nil {
		res.Prompts = []model.Prompt{}
	}
	return res
}

// ConsolidateState is ConsolidateNote for a caller that holds the note's
// NoteState: with "" or "-" (no pregnancy stated with its weeks) the note is
// not read, and a delivery note is known from the state's "d".
func (e *Engine) ConsolidateState(note string, parts []Part, ctx model.Context, state string) model.Result {
	base, puerperal := strings.CutSuffix(state, "p")
	if base == "" || base == "-" {
		// No pregnancy, or none stated with its weeks: ConsolidateNote
		// would read the note to find no weeks. A note that names a
		// delivery ("-") may still be the delivery's stay
		// (deliveryComplicate).
		if puerperal || base == "-" && deliveryNamed(note) {
			return e.consolidateNote(note, parts, ctx, func(string) bool { return true }, puerperal)
		}
		return e.Consolidate(parts, ctx)
	}
	ended := base[0] == 'd'
	return e.consolidateNote(note, parts, ctx, func(string) bool { return ended }, puerperal)
}

// NoteState summarises what ConsolidateNote reads from the note's text beyond
// its parts: the weeks of the current pregnancy a sentence states; "" when
// the note names no pregnancy at all (see StateCue), "-" when it names one
// but states none with its weeks; the weeks after "d" when the note also says
// the pregnancy ended (a delivery note, deliveryWeeks). Two snapshots whose sections give the same outputs and whose states
// are equal have the same result, so a real-time caller may reuse the
// previous one. Most notes name no pregnancy: a substring search rules them
// out.
//
// A note written in the postpartum period (notePuerperal) has "p" after
// that ("-p" when it states no pregnancy with its weeks).
func (e *Engine) NoteState(note string) string {
	st := ""
	if pregnancyNamed(note) || deliveryNamed(note) {
		st = "-" // named, not as a current pregnancy with its weeks
		if w, _ := noteWeeks(note); w > 0 {
			st = strconv.Itoa(w)
			if noteDelivered(note) {
				st = "d" + st // (ConsolidateNote reads a delivery's weeks too)
			}
		}
	}
	if notePuerperal(note) {
		if st == "" {
			st = "-"
		}
		st += "p"
	}
	return st
}

// StateCue reports whether a section's text holds a word NoteState reads
// (a pregnancy, an obstetric formula or a postpartum word): a note none of
// whose sections does has the state "".
func (e *Engine) StateCue(body string) bool {
	return pregnancyNamed(body) || puerperalNamed(body) || deliveryNamed(body)
}

// sectionPolicy is how a section kind is coded.
type sectionPolicy struct {
	skip         bool    // not coded at all (allergy lists)
	confidence   float64 // base confidence of its codes
	skipSymptoms bool    // sign and symptom codes (R00-R99, data/sign_codes.txt) are not reported
	// skipCodes: nothing the section names is coded. An outpatient review
	// of systems is what the patient answers to a checklist, not a
	// condition the provider documents for the visit (IV.J): "Psychiatric:
	// reports depression" there is no depression diagnosis.
	skipCodes bool
	// drugsOnly: a medication list. It lists what the patient takes now,
	// so its long-term drug classes (data/longterm.tsv) are long-term
	// current use (Z79, I.C.21.c.3) without a cue word; nothing else is
	// read from it (a drug's indication there is no diagnosis).
	drugsOnly bool
}

func policyFor(kind string, setting model.Setting) sectionPolicy {
	if setting != model.Inpatient {
		switch kind {
		case text.ROS:
			return sectionPolicy{confidence: 0.5, skipSymptoms: true, skipCodes: true}
		case text.Exam, text.Results:
			// An outpatient exam or result sign (a murmur, an edema, a
			// raised AST) is coded only where the assessment or plan
			// names it, which shows the provider finds it significant
			// for the visit (IV.J, III.B): that mention codes it.
			return sectionPolicy{confidence: 0.6, skipSymptoms: true}
		}
	}
	switch kind {
	case text.Medications:
		return sectionPolicy{confidence: 0.8, drugsOnly: true}
	case text.Allergies:
		return sectionPolicy{skip: true}
	case text.Assessment, text.AssessmentPlan, text.Diagnoses, text.DischargeDiagnoses, text.Impression:
		return sectionPolicy{confidence: 0.9}
	case text.ROS:
		return sectionPolicy{confidence: 0.5, skipSymptoms: true}
	case text.Exam, text.Results:
		return sectionPolicy{confidence: 0.6}
	case text.Plan:
		return sectionPolicy{confidence: 0.75}
	}
	return sectionPolicy{confidence: 0.8}
}

// scratchBuf holds per-call buffers reused through a sync.Pool.
type scratchBuf struct {
	toks  []text.Token
	sents []text.Sentence
	vts   []vt
	used  []bool
	sent  []int32 // sentence index per vt

	cands []cand   // candidates of the section
	stay  stayInfo // stayProcedure's reading of the section, when needed
	// recovery: 0 unread, 1 the section names no recovery stay, 2 it does
	// (recoverySection)
	recovery int8
	idx      []cand // mergeTitles: index candidates, then the chosen ones
	tabs     []cand // mergeTitles: title candidates
	tabsC    []cand // mergeTitles: chosen title candidates
	ints     arena[int]
	steps    arena[step]
	head     []int           // walkHit: positions of one hit before they are kept
	ps       []int           // spans: sorted positions
	finds    []model.Finding // emit: findings before the exact-size copy
	codes    []model.Code    // emit: codes before merging and the exact-size copy
	eps      []int16         // emit: episode cue per sentence index, -1 until read
	pregs    []int8          // emit: current pregnancy per sentence index (pregnancyOf), -1 until read
	fetal    []int8          // emit: weeks of gestation and no newborn per sentence index (fetalWeeks), -1 until read
	sides    []sideHits      // emit: sided mentions of the organs sideFromSection asked about

	// nearMore widens walkHit's near window after the head by this many
	// words: the external cause walk sets it (externalSentence), as a
	// history tells the injured part between the verb and the object
	// ("cut his right index finger with a kitchen knife"), words the
	// injury code reads, not the cause.
	nearMore int

	// encOK: the section is an outpatient assessment, where a line may
	// give the reason for the visit (node.encounter).
	encOK bool
	// encIP: the section is an inpatient one that may give the reason for
	// the admission, where only a main term of data/admission_heads.txt
	// (node.admission) leads the line: a rehabilitation or skilled-nursing
	// admission's reason is aftercare (guideline I.C.21.c.7).
	encIP bool
	// dxSec: the section states diagnoses (assessment, impression,
	// diagnoses), where a short item's modifiers do not make a bare
	// statement-only word a topic ("A/P: chronic stress").
	dxSec bool
	// withBack: the hit's near window reaches back over a "with" before
	// it (etiologyWalks: the etiology of "MRSA bacteremia with septic
	// shock" is named before the "with").
	withBack bool

	relBuf []int // follow: near-window words released for a see target
	// handedAt, handedLen, handed and handedOK: the first handedness word
	// (impliedDominance) of the section's tokens vts, which start at
	// handedAt (nil: not read yet), read once per section instead of once
	// per sided mention.
	handedAt  *vt
	handedLen int
	handed    wid
	handedOK  bool
	hist      []vt   // historyCode: the title's words and the mention's
	histUsed  []bool // historyCode: used flags of hist
}

// sideHits lists where a section names one organ word after "right" or
// "left" (token start and end, in order), so asking for the side of many
// mentions of a long section reads its tokens once per organ, not once per
// mention.
type sideHits struct {
	w    wid
	r, l []model.Span
	b    []model.Span // after "both" or "bilateral": no one side
}

// arena hands out slices from shared chunks so a section's candidates and
// index paths cost no allocation each. Slices are capped at their length:
// appending to one never writes into another. Everything handed out is
// forgotten at reset (the latest chunk is reused).
type arena[T any] struct{ buf []T }

// room makes space for n more elements.
func (a *arena[T]) room(n int) {
	if cap(a.buf)-len(a.buf) < n {
		a.buf = make([]T, 0, max(2*cap(a.buf), 2*n, 256))
	}
}

// keep copies p into the arena.
func (a *arena[T]) keep(p []T) []T {
	a.room(len(p))
	s := len(a.buf)
	a.buf = append(a.buf, p...)
	return a.buf[s:len(a.buf):len(a.buf)]
}

// prepend returns x followed by p, in the arena.
func (a *arena[T]) prepend(x T, p []T) []T {
	a.room(len(p) + 1)
	s := len(a.buf)
	a.buf = append(a.buf, x)
	a.buf = append(a.buf, p...)
	return a.buf[s:len(a.buf):len(a.buf)]
}

// reset forgets every slice handed out and drops their references; a
// chunk grown past scratchKeep elements by one huge section is let go.
func (a *arena[T]) reset() {
	if cap(a.buf) > scratchKeep {
		a.buf = nil
		return
	}
	clear(a.buf) // (past len the chunk is still as made: zero)
	a.buf = a.buf[:0]
}

// scratchKeep is how many elements a pooled scratch slice may hold and still
// be kept: a 1 KB section fills about 150 candidates and 512 arena slots,
// while one pasted 5 MB note grows them a thousandfold.
const scratchKeep = 1 << 13

// recycle empties s for the pool and drops the references it holds. A slice
// grown past keep is let go instead: clearing its whole capacity at the end
// of every later section (thousands of small ones after one huge paste)
// cost more than the section itself, and keeping it holds the memory.
func recycle[T any](s []T, keep int) []T {
	if cap(s) > keep {
		return nil
	}
	clear(s[:cap(s)])
	return s[:0]
}

// release drops the references a scratch buffer holds into the last result
// (strings, evidence) so the pool does not keep them alive.
func (sb *scratchBuf) release() {
	sb.cands, sb.idx = recycle(sb.cands, scratchKeep), recycle(sb.idx, scratchKeep)
	sb.tabs, sb.tabsC = recycle(sb.tabs, scratchKeep), recycle(sb.tabsC, scratchKeep)
	sb.finds, sb.codes = recycle(sb.finds, scratchKeep), recycle(sb.codes, scratchKeep)
	sb.eps, sb.pregs, sb.fetal = sb.eps[:0], sb.pregs[:0], sb.fetal[:0]
	sb.sides = sb.sides[:0] // (spans only: nothing for the pool to keep alive)
	sb.handedAt = nil
	sb.stay.read = false
	sb.recovery = 0
	sb.ints.reset()
	sb.steps.reset()
}

// Section codes the text of one section (offsets relative to its start). It
// reports every mention as a finding and the codes the section supports
// under the setting in ctx; note-level rules run in Consolidate.
func (e *Engine) Section(s, kind string, ctx model.Context) SectionResult {
	return e.SectionWith(s, kind, ctx, nil)
}

// SectionWith is Section that also lends the section's tokens
// (text.AppendTokens(nil, s, 0)) to then, with the result, before they go
// back to the engine's pool: a caller that reads the same text again (the
// gap engine's facts) skips a second tokenisation on the keystroke path.
// toks is valid only during the call and must not be changed; it is nil when
// the section kind is not coded (allergy lists) or s is empty.
func (e *Engine) SectionWith(s, kind string, ctx model.Context, then func(toks []text.Token, res *SectionResult)) SectionResult {
	var out SectionResult
	pol := policyFor(kind, ctx.Setting)
	if pol.skip || len(s) == 0 {
		if then != nil {
			out = lendResult(then, nil, out)
		}
		return out
	}
	sb, _ := e.scratch.Get().(*scratchBuf)
	if sb == nil {
		sb = &scratchBuf{}
	}
	defer func() {
		sb.release()
		e.scratch.Put(sb)
	}()
	sb.encOK = ctx.Setting != model.Inpatient && encounterSection(kind)
	sb.encIP = ctx.Setting == model.Inpatient && encounterSection(kind)
	sb.dxSec = kind == text.Assessment || kind == text.AssessmentPlan || kind == text.Diagnoses || kind == text.Impression
	sb.toks = text.AppendTokens(sb.toks[:0], s, 0)
	sb.sents = text.AppendSentences(sb.sents[:0], s, model.Span{Start: 0, End: len(s)})
	sents := sb.sents
	toks := sb.toks
	vts := sb.vts[:0]
	sentOf := sb.sent[:0]
	si := 0
	var clause, part int32
	var secFlags uint16 // the flags of the section's words, together
	conj := false       // the next vt starts a clause opened by "and"/"or"
	cause := false      // the next vt follows "due to" or "secondary to"
	anyCause := false   // some vt does
	anyColon := false   // a colon inside a sentence (markSpecimenLabels)
	anySide := false    // some vt is a side word
	first := true       // no word of the sentence read yet
	ofFront := false    // the sentence opens with "of" and no comma has closed that phrase yet
	dashFrom := -1      // len(vts) when a spaced dash was read; its next vt is marked
	parenClose := -1    // the ")" of an inline aside (inlineParen): no clause break
	parenFrom := -1     // len(vts) when an opening bracket was read; its next vt is marked
	sentVt := 0         // len(vts) when the sentence began
	for i := 0; i < len(toks); i++ {
		t := &toks[i] // (no copy: the loop writes no token)
		if dashFrom >= 0 && len(vts) > dashFrom {
			vts[dashFrom].dash = true
			dashFrom = -1
		}
		if parenFrom >= 0 && len(vts) > parenFrom {
			vts[parenFrom].paren = true
			parenFrom = -1
		}
		if si < len(sents) && sents[si].Span.End <= t.Start {
			for si < len(sents) && sents[si].Span.End <= t.Start {
				si++
			}
			// A new sentence or list item is a new clause: a "without"
			// or a clause-bound window must not reach back into the item
			// before ("1. Migraine without aura. 2. Folate deficiency").
			clause++
			conj = false
			first, ofFront = true, false
			sentVt = len(vts)
		}
		if t.Kind == text.Punct {
			switch t.Text {
			case ",":
				if ofFront {
					// "Of the 30 lymph nodes resected, 2 had
					// metastases": a sentence's fronted "of" phrase
					// names what the clause after its comma is about
					// ("2 of the 30 lymph nodes had metastases"), so
					// the comma closes no clause.
					ofFront = false
					break
				}
				clause++
			case "(":
				if k := inlineParen(s, toks, i); k > 0 && e.flags[e.tokWid(&toks[k+1])]&(flagStop|flagConnFirst) == 0 {
					// "Acute on chronic systolic (congestive) heart
					// failure": a short aside inside the name leaves
					// it one clause.
					parenClose = k
					break
				}
				parenFrom = len(vts)
				clause++
				ofFront = false
			case ")":
				if i == parenClose {
					break
				}
				clause++
				ofFront = false
			case ":":
				if si < len(sents) && e.siteLabel(s, vts[sentVt:], toks[i+1:], sents[si].Span.End) {
					// "L heel: deep tissue pressure injury", "Coccyx:
					// stage 2 pressure injury": a label that only names a
					// body site (and its side) is the site of the finding
					// after its colon, as "coccyx stage 2 pressure
					// injury" would be.
					break
				}
				clause++
				ofFront = false
				anyColon = true
			case ";", "[", "]":
				clause++
				ofFront = false
			case ">":
				if i > 1 && toks[i-1].Text == "-" && toks[i-1].End == t.Start && toks[i-2].Kind == text.Word {
					// An arrow leads from findings to what they led
					// to: "no transition point -> postoperative
					// ileus" keeps the "without" before it. (A
					// value's change, "cervix 2/80/-2 -> 3/80/-1",
					// is one finding.)
					clause++
					ofFront = false
				}
			case "-", "–", "—":
				if spacedDash(s, *t) {
					// The plan after it is another statement: no window
					// of the diagnosis reads into it ("Gestational
					// diabetes - GTT at 6 weeks" gives no weeks).
					dashFrom = len(vts)
					clause++
					ofFront = false
				}
			}
			cause = false
			continue
		}
		if first {
			first = false
			ofFront = t.Norm == "of"
		}
		if t.Norm == "and" || t.Norm == "or" {
			ofFront = false
			clause++
			conj = true
			cause = false
			continue
		}
		id := e.tokWid(&toks[i])
		last := i // the last source token of this vt (a joined prefix word ends after it)
		if e.lx.bits.denyPre.has(id) {
			if x, j := e.prefixJoined(toks, i, id); j > i {
				id, last = x, j
			}
		}
		if len(t.Text) == 1 && t.Text[0] == 'A' && letterAfterWord(s, toks, i) {
			id = e.lx.wLetterA // "vitamin A", "hepatitis A"
		}
		fl := e.flags[id]
		secFlags |= fl
		if fl&flagContrast != 0 {
			if n := e.lx.contrastAt(toks, i, id); n > 0 {
				clause++
				part++
				conj = false
				i += n - 1
				continue
			}
		}
		if fl&flagCoord != 0 {
			if n := e.lx.coordAt(toks, i, id); n > 0 {
				clause++ // "together with", "as well as": as "and"
				conj = true
				i += n - 1
				continue
			}
		}
		if listMarker(s, toks, i) {
			// "1." numbering a problem list is no word of the item: a
			// stage or type child would read it ("stage 1").
			continue
		}
		words, n, ok := e.abbr.ExpandWordsIn(toks, i, kind)
		if ok && n > 1 {
			if k := lineBreakIn(s, toks, i, i+n); k > 0 {
				// "2. CKD\n3. Gout": an abbreviation of several tokens
				// ends at the line ("CKD 3" is no stage read from the
				// next item's number); the tokens of this line may
				// still be one.
				words, n, ok = e.abbr.ExpandWordsIn(toks[:k], i, kind)
			}
		}
		if ok && n > 0 && i+n <= len(toks) {
			// The expansion's words, pre-split by the abbreviation table (the
			// same norms Tokenize would give, without a call per keystroke).
			end := toks[i+n-1].End
			both := e.pluralPaired(toks[i : i+n])
			for wi, wd := range words {
				x := e.lx.v.get(wd)
				if x == e.lx.wNot && e.notNextIn(words[wi+1:]) {
					// An expansion's "not" before a word the index's
					// "not X" subterms start with denies as "without"
					// does, as the note's own "not" (below): "not in
					// remission" expands to "not having achieved
					// remission", which must not read "Dependence,
					// alcohol, in remission".
					x = e.lx.wWithout
				} else if f := e.flags[x]; f&(flagConnFirst|flagPostposed) == flagConnFirst && wi+1 < len(words) && e.lx.v.get(words[wi+1]) == e.lx.connSecond[x] {
					// "d/t" is "due to": the connector links the
					// condition after the abbreviation as the written
					// one does (below), and is no word of a window.
					cause = x == e.lx.wDue
					continue
				} else if f&flagStop != 0 && len(words) > 1 {
					// Windows count content words, the expansion's as
					// the note's ("PROM" is "premature rupture
					// membranes" as written out).
					continue
				}
				back := e.flags[x]&flagPostposed != 0 && wi+1 < len(words) && words[wi+1] == "to"
				// (An expansion's first word after "due to" is no dueTo,
				// lest it read as a drug's name, "due to MSSA" no
				// methicillin; a route word is never one, so "from IV
				// furosemide" carries the link to the drug after it as
				// "from intravenous furosemide" does: drugColumn.)
				vts = append(vts, vt{w: x, start: int32(t.Start), end: int32(end), src: int32(i), clause: clause, part: part, conj: conj, cap: true,
					both: both && e.flags[x]&flagPaired != 0, cause: cause, dueTo: cause && e.drugs.route[x], back: back})
				sentOf = append(sentOf, int32(si))
				// An expansion's words gate the section's passes as
				// written words do: "H. pylori" names the agent that
				// "Helicobacter pylori" does (addOrganisms).
				secFlags |= e.flags[x]
				anyCause = anyCause || cause
				anySide = anySide || int(x) < len(e.sideW) && e.sideW[x]
				// ("2/2" is "secondary to": a postposed qualifier, as
				// written out below.)
				cause = back && x == e.lx.wSecondary
			}
			i += n - 1
			conj = false
			continue
		}
		if i+1 < len(toks) && (id == e.lx.wNot && (e.lx.notNext[e.tokWid(&toks[i+1])] || e.notDenies(toks, i+1)) || id == e.lx.wNo && e.noAsWithout(toks, i)) {
			// "not intractable" denies the word as "without" does (see
			// the index's "not intractable" entries in compileTerm), and
			// so does a qualifying "no" ("laceration of the scalp, no
			// foreign body": S01.01-, not the "with foreign body" subterm
			// the bare words would read).
			vts = append(vts, vt{w: e.lx.wWithout, start: int32(t.Start), end: int32(t.End), src: int32(i), clause: clause, part: part, conj: conj})
			sentOf = append(sentOf, int32(si))
			conj = false
			continue
		}
		if n := e.lx.causeAt(toks, i, id); n > 0 {
			// "cardiac arrest from hyperkalemia", "hypoglycemia caused
			// by glyburide": read as "due to" (data/cause_phrases.txt).
			cause = true
			i += n - 1
			continue
		}
		if fl&flagStop != 0 {
			continue // windows count content words
		}
		if fl&(flagConnFirst|flagPostposed) == flagConnFirst && i+1 < len(toks) && e.tokWid(&toks[i+1]) == e.lx.connSecond[id] {
			// "due to", "associated with" link two conditions. A
			// postposed word ("secondary to") stays, as a qualifier of
			// the condition before it only ("hypertension secondary to
			// renal artery stenosis" is secondary hypertension).
			cause = id == e.lx.wDue
			continue
		}
		i = last
		back := fl&flagPostposed != 0 && i+1 < len(toks) && toks[i+1].Norm == "to"
		vts = append(vts, vt{w: id, start: int32(t.Start), end: int32(toks[i].End), src: int32(i), clause: clause, part: part, conj: conj,
			cap: t.Text != "" && t.Text[0] >= 'A' && t.Text[0] <= 'Z', back: back,
			ofNext: i+1 < len(toks) && toks[i+1].Norm == "of",
			toNext: i+1 < len(toks) && toks[i+1].Norm == "to",
			byNext: i+1 < len(toks) && toks[i+1].Norm == "by",
			both:   fl&flagPaired != 0 && !strings.EqualFold(t.Text, t.Norm),
			pl:     pluralTok(t), cause: cause, dueTo: cause, num: t.Kind == text.Number})
		sentOf = append(sentOf, int32(si))
		anyCause = anyCause || cause
		anySide = anySide || int(id) < len(e.sideW) && e.sideW[id]
		cause = back && id == e.lx.wSecondary
		conj = false
	}
	if dashFrom >= 0 && len(vts) > dashFrom {
		vts[dashFrom].dash = true
	}
	if anyCause {
		// A cause link counts only before words that name a condition
		// ("due to urinary tract infection", not "due to the weekend").
		for k := range vts {
			if vts[k].cause {
				end := k + 1
				for end < len(vts) && end < k+4 && vts[end].clause == vts[k].clause {
					end++
				}
				vts[k].cause = e.namesCondition(vts, k, end) || e.namesNeoplasm(vts, k, end)
				// (A condition named by a subterm, "cystic fibrosis",
				// links only an entry for any condition: causeLinked.)
				vts[k].subCause = !vts[k].cause && e.namesSubterm(vts, k, end)
			}
		}
	}
	if anyColon {
		e.markSpecimenLabels(toks, vts, sentOf)
	}
	if anySide {
		e.markBothSides(s, vts)
		e.markForeSides(vts)
		e.markSiteLists(vts, sentOf)
	}
	sb.vts, sb.sent = vts, sentOf
	sb.handedAt = nil // (the tokens are new: handedness reads them again)
	if cap(sb.used) < len(vts) {
		sb.used = make([]bool, len(vts))
	}
	used := sb.used[:len(vts)]
	for i := range used {
		used[i] = false
	}

	cands := sb.cands[:0]
	// The patient's age ("N-year-old"), -1 when not stated: read once, by
	// the first sentence with a BMI (a scan of the section's tokens that
	// most sections never need).
	age, ageRead := -1, false
	for a := 0; a < len(vts); {
		// Sentence range [a, b) in vt positions.
		b := a
		for b < len(vts) && sentOf[b] == sentOf[a] {
			b++
		}
		n0 := len(cands)
		if pol.drugsOnly {
			cands = e.listedDrugs(vts, toks, a, b, sentOf, sents, cands, sb)
			a = b
			continue
		}
		cands = e.sentence(sb, vts, used, a, b, int(sentOf[a]), sents, cands)
		nLT := len(cands)
		var has uint16
		for k := a; k < b; k++ {
			if f := e.flags[vts[k].w]; f&flagCue != 0 && (expanded(vts, k) || k+1 < b && e.lt.nameCue[[2]wid{vts[k].w, vts[k+1].w}]) {
				// "COPD exacerbation - prednisone burst": the "chronic"
				// of an abbreviation's expansion is the disease's, no
				// word about the drug. A cue that names the drug
				// ("regular insulin") says nothing of its use either.
				has |= f &^ flagCue
			} else {
				has |= f
			}
			if vts[k].dueTo {
				has |= e.flags[e.lx.wDue] // the dropped connector's word
			}
		}
		if has&flagDrug != 0 {
			cands = e.longTermCands(vts, toks, a, b, has&flagCue != 0 && has&flagShort == 0, has&flagShort != 0, cands, n0, sb)
		}
		if before := len(cands); nLT > n0 {
			cands = e.dropRecentStatus(vts, a, b, cands, n0, nLT)
			nLT -= before - len(cands)
			e.markIndexTreated(vts, toks, a, b, cands, n0, nLT)
		}
		if has&flagStatus != 0 {
			cands = e.statusPostCands(vts, toks, a, b, cands, sb)
		}
		if has&flagBMI != 0 {
			if !ageRead && len(e.bmi.ranges) > 0 {
				age, ageRead = e.bmi.sectionAge(toks), true
			}
			cands = e.bmiCands(vts, toks, a, b, age, cands, sb)
		}
		if has&flagComa != 0 {
			cands = e.comaCands(&e.coma, vts, toks, a, b, cands, sb)
			cands = e.comaCands(&e.nihss, vts, toks, a, b, cands, sb)
		}
		if has&flagIntent != 0 {
			nd := len(cands)
			cands = e.drugCands(vts, a, b, cands, sb)
			e.drugInduced(vts, cands, n0, nLT, nd)
		}
		for k := nLT; k < len(cands); k++ {
			cands[k].sent = int(sentOf[a])
			if si := int(sentOf[a]); si < len(sents) {
				cands[k].sentS, cands[k].sentE = int32(sents[si].Span.Start), int32(sents[si].Span.End)
			}
		}
		n1 := len(cands)
		cands = e.tm.match(e.lx, &sb.ints, vts, a, b, cands)
		// A title read next to a service, test or procedure word names
		// that ("umbilical hernia repair"), as for index hits.
		kept := n1
		for k := n1; k < len(cands); k++ {
			if (cands[k].code[0] != 'Z' || statusCode(cands[k].code)) && e.serviceName(vts, a, b, cands[k].pos) {
				continue
			}
			cands[kept] = cands[k]
			kept++
		}
		cands = cands[:kept]
		for k := n1; k < len(cands); k++ {
			c := &cands[k]
			c.sent = int(sentOf[a])
			if n0 < n1 {
				c.sentS, c.sentE = cands[n0].sentS, cands[n0].sentE
			} else if si := int(sentOf[a]); si < len(sents) {
				c.sentS, c.sentE = int32(sents[si].Span.Start), int32(sents[si].Span.End)
			}
		}
		a = b
	}
	sb.cands = cands
	if pol.drugsOnly {
		e.emit(sb, s, kind, ctx, pol, toks, vts, used, sents, cands, &out)
		if then != nil {
			out = lendResult(then, toks, out)
		}
		return out
	}
	cands = e.mergeTitles(sb, vts, cands)
	cands = dropIndexAncestors(cands)
	e.deniedKinds(toks, vts, cands, kind)
	cands = e.externalCands(sb, vts, sentOf, sents, cands)
	e.emit(sb, s, kind, ctx, pol, toks, vts, used, sents, cands, &out)
	e.transplantOf(toks, sents, &out)
	e.sequelae(toks, vts, sentOf, sents, ctx.Setting, &out)
	e.subsequentInfarcts(toks, &out)
	markMotherCue(toks, out.Codes)
	markCesareanCue(toks, out.Codes)
	out.Born, out.Readmit = birthCues(s, toks, out.Codes)
	out.BornHere, out.BornCesarean, out.Neonate = bornHereCue(toks)
	out.BirthGrams, out.BirthWeeks = sectionBirth(s, toks)
	out.Recovery = e.recoverySection(sb, toks, ctx.Setting == model.Inpatient)
	e.therapyVisits(s, kind, toks, &out)
	e.osteoporoticFractures(s, sents, &out)
	out.LOC = sectionLOC(s)
	e.consciousnessLoss(s, sents, &out)
	if burnListCue(toks, out.Codes) {
		// (By value: the list's reading keeps a pointer to the result,
		// which would move every section's result to the heap.)
		out = e.burnLists(s, kind, ctx, toks, out)
	}
	e.burnExtents(s, &out)
	e.perpetrators(s, &out)
	e.bloodAlcohol(s, &out)
	e.etiologyWalks(sb, vts, used, sentOf, &out)
	e.associatedNamed(sents, &out)
	e.sepsisOrgans(vts, sentOf, &out)
	if secFlags&flagOrganism != 0 {
		e.addOrganisms(toks, vts, sentOf, sents, &out)
	}
	if then != nil {
		out = lendResult(then, toks, out)
	}
	return out
}

// lendResult calls then with a copy of out and returns the copy as then
// left it: taking &out itself for a call through a func value would move
// every section's result to the heap, whether then is set or not.
func lendResult(then func([]text.Token, *SectionResult), toks []text.Token, out SectionResult) SectionResult {
	r := out
	then(toks, &r)
	return r
}

// maxAside is the most words of an inline parenthetical aside.
const maxAside = 2

// inlineParen returns the position of the ")" closing the "(" at toks[i]
// when the parentheses hold a short aside inside a name, at most maxAside
// words with no punctuation, between two words of it ("diastolic (HFpEF)
// heart failure", "systolic (congestive) heart failure"); else -1. Such an
// aside restates a word of the name (an abbreviation, a synonym) and does
// not end its clause as a parenthetical after a name does ("heart failure
// (EF 25%), diabetes"). (The caller also wants a content word after it: an
// abbreviation before a verb or a preposition, "visual acuity (VA) is low",
// "electrode (SEM) for pain control", closes its name.)
func inlineParen(s string, toks []text.Token, i int) int {
	if i == 0 || toks[i-1].Kind == text.Punct || strings.ContainsRune(s[toks[i-1].End:toks[i].Start], '\n') {
		return -1
	}
	for k := i + 1; k < len(toks) && k <= i+maxAside+1; k++ {
		t := toks[k]
		if t.Kind != text.Punct {
			continue
		}
		if t.Text != ")" || k == i+1 || k+1 >= len(toks) {
			return -1
		}
		n := toks[k+1]
		if n.Kind == text.Punct || n.Norm == "and" || n.Norm == "or" || strings.ContainsRune(s[t.End:n.Start], '\n') {
			return -1
		}
		return k
	}
	return -1
}

// spacedDash reports whether the dash token t stands between spaces (" - ",
// " -- " counts by its first dash): a problem-list line's separator between
// a diagnosis and its plan, not a hyphen inside a word
// ("fluticasone-salmeterol") or a range ("3-4 days").
func spacedDash(s string, t text.Token) bool {
	return t.Start > 0 && (s[t.Start-1] == ' ' || s[t.Start-1] == '\t') && t.End < len(s) && (s[t.End] == ' ' || s[t.End] == '\t' || s[t.End] == '-')
}

// lineBreakIn returns the index of the first token in (i, j) that a line
// break separates from the token before it, or 0 when none is: a
// multi-token abbreviation is read within one line.
func lineBreakIn(s string, toks []text.Token, i, j int) int {
	for k := i + 1; k < j && k < len(toks); k++ {
		if strings.IndexByte(s[toks[k-1].End:toks[k].Start], '\n') >= 0 {
			return k
		}
	}
	return 0
}

// listMarker reports whether toks[i] numbers an item of a list: a number
// opening its line, followed by "." or ")" ("1. Hypertension", "2) CKD").
func listMarker(s string, toks []text.Token, i int) bool {
	t := toks[i]
	if t.Kind != text.Number || i+1 >= len(toks) || toks[i+1].Start != t.End || toks[i+1].Text != "." && toks[i+1].Text != ")" {
		return false
	}
	if i == 0 {
		return true
	}
	gap := s[toks[i-1].End:t.Start]
	return strings.Contains(gap, "\n") && strings.TrimSpace(gap) == ""
}

// sentence finds the main-term hits of one sentence and walks the index for
// each, appending candidates.
func (e *Engine) sentence(sb *scratchBuf, vts []vt, used []bool, a, b, si int, sents []text.Sentence, cands []cand) []cand {
	var sS, sE int32
	if si < len(sents) {
		sS, sE = int32(sents[si].Span.Start), int32(sents[si].Span.End)
	} else if b > a {
		sS, sE = vts[a].start, vts[b-1].end
	}
	for i := a; i < b; i++ {
		if vts[i].w == 0 {
			continue
		}
		cur := e.ix.head(vts[i].w)
		if cur == nil {
			continue
		}
		for j := i; j < b; j++ {
			if j > i {
				if vts[j].w == 0 || len(cur.next) == 0 {
					break
				}
				nx := cur.next[vts[j].w]
				if nx == nil {
					break
				}
				cur = nx
			}
			for _, n := range cur.terms {
				if c, ok := e.walkHit(sb, vts, used, a, b, i, j+1, n); ok {
					c.sent, c.sentS, c.sentE = si, sS, sE
					cands = append(cands, c)
					k := len(cands)
					cands = e.coordinated(sb, vts, used, a, b, i, j+1, n, c.code, c.neo, cands)
					cands = e.acuteAndChronic(vts, &cands[k-1], cands, sb)
					cands = e.kindSite(sb, vts, used, a, b, i, j+1, n, &cands[k-1], cands)
					cands = e.coordinatedSite(sb, vts, used, b, i, j+1, n, c, cands)
					if n.listHead {
						cands = e.listAfterHead(sb, vts, used, b, i, j+1, n, c, cands)
					}
					if hasAnyPrefix(c.code, e.lx.perSide) {
						cands = e.perSide(sb, vts, j+1, k-1, cands)
					}
					for ; k < len(cands); k++ {
						cands[k].sent, cands[k].sentS, cands[k].sentE = si, sS, sE
					}
				}
			}
		}
	}
	return cands
}

// maxEncounterLead is how many words may come before an encounter head in
// its line ("annual physical examination").
const maxEncounterLead = 2

// encounterLead counts the words of vts[a:i] before an encounter head,
// without the patient's age when the sentence opens with it ("4 yo WCC",
// "1. 4 year old well child check": numbers and data/encounter_lead.txt),
// which says whose visit it is, not that the line is about something else.
// Words of data/encounter_qual.txt ("annual", "routine", "average-risk")
// name the kind of visit and are not counted wherever they stand: "Annual
// lung cancer screening" names the visit as "Lung cancer screening" does.
// A sentence with a word before the age ("At her 24 mo WCC the screen was
// failed") is narrative and counts as written. dash: a counts from a
// problem's dash, where numbers and those unit words never count. Only an
// encounter hit asks it.
func (e *Engine) encounterLead(sb *scratchBuf, vts []vt, a, i int, dash bool) int {
	// An abbreviation is one written word however many words it expands
	// to: "STI screening" leads its head with one word, as "colon cancer
	// screening" does with two.
	n, q, words := 0, 0, 0
	for k := a; k < i; k++ {
		if k > a && vts[k].src == vts[k-1].src {
			continue
		}
		words++
		switch {
		case e.lx.encounterQual[vts[k].w]:
			q++ // "annual", "routine": the visit's kind, wherever it stands
		case !vts[k].num && !e.lx.encounterLead[vts[k].w]:
			n++
		}
	}
	if dash {
		// After a problem's dash the visit's line is the plan for it: a
		// duration ("20 min dietary counseling") says how long, not what.
		return n
	}
	if n+q == words || !vts[a].num {
		return words - q // no age, or not opening the sentence with its number
	}
	// (vts[a] opens the sentence: no word token before it in its sentence.)
	src := int(vts[a].src)
	ss := 0
	if k, _ := slices.BinarySearchFunc(sb.sents, int(vts[a].start)+1, func(x text.Sentence, p int) int { return x.Span.Start - p }); k > 0 {
		ss = sb.sents[k-1].Span.Start
	}
	for k := src - 1; k >= 0 && k < len(sb.toks) && sb.toks[k].Start >= ss; k-- {
		if t := sb.toks[k].Text; t != "" && isLetter(t[0]) {
			return words
		}
	}
	// (Nor a word between the age and the head that no vt holds: "26 mo
	// F. At her 24 mo WCC the screen was failed", "58M here for annual
	// exam" tell the visit in narrative.)
	for k, v := src, a; k < int(vts[i].src) && k < len(sb.toks); k++ {
		for v < i && int(vts[v].src) < k {
			v++
		}
		// (A token inside the span of an abbreviation's expansion, the
		// "o" of "y/o" read as "year old", is held by it.)
		if t := sb.toks[k].Text; t != "" && isLetter(t[0]) && (v >= i || int(vts[v].src) != k) && (v == a || sb.toks[k].Start >= int(vts[v-1].end)) {
			return words
		}
	}
	return n
}

// encounterSection reports the sections whose lines state diagnoses and
// reasons for the visit.
func encounterSection(kind string) bool {
	switch kind {
	case text.Assessment, text.AssessmentPlan, text.Diagnoses, text.Impression, text.ChiefComplaint, text.Other:
		return true
	}
	return false
}

// acuteAndChronic adds the other half of a condition described as both
// acute and chronic ("acute on chronic kidney failure") when the index
// files the two as sibling subterms with no combined one: both are coded
// (guideline I.B.8). c read one of them ("Failure, renal, chronic"); the
// note's other word in c's near window, unread, gives the sibling's code
// ("acute" N17.9). Where the index has a combined subterm ("acute on
// chronic" respiratory failure) the walk has read both words into it.
func (e *Engine) acuteAndChronic(vts []vt, c *cand, cands []cand, sb *scratchBuf) []cand {
	if c.tab || c.why.k == 0 || e.lx.wAcute == 0 || e.lx.wChronic == 0 {
		return cands
	}
	last := c.why.parts[c.why.k-1].n
	if last == nil || last.parent == nil {
		return cands
	}
	var have, other wid
	var title string
	switch last.lt {
	case "chronic":
		have, other, title = e.lx.wChronic, e.lx.wAcute, "acute"
	case "acute":
		have, other, title = e.lx.wAcute, e.lx.wChronic, "chronic"
	default:
		return cands
	}
	sib := acuityKid(last.parent, title)
	if sib == nil || sib.code == "" || kidSays(sib, last.lt) || kidSays(last, title) || kidSays(last.parent, "acute and chronic") || kidSays(last.parent, "acute on chronic") {
		// A combined entry ("Cholecystitis, acute, with chronic"):
		// one code, which the walk or the titles read.
		return cands
	}
	hp, op := -1, -1
	for _, p := range c.pos {
		if vts[p].w == have {
			hp = p
		}
	}
	// "acute on chronic", "acute and chronic", "chronic with acute": the
	// two words stand together, whatever clause the "and" opened.
	for k := max(c.wlo, hp-2); k < min(c.whi, hp+3) && hp >= 0; k++ {
		if vts[k].w == other && !slices.Contains(c.pos, k) {
			op = k
			break
		}
	}
	if hp < 0 || op < 0 {
		return cands
	}
	pos := make([]int, 0, len(c.pos))
	for _, p := range c.pos {
		if p != hp {
			pos = append(pos, p)
		}
	}
	shared := len(pos)
	pos = append(pos, op)
	slices.Sort(pos)
	d := *c
	d.code, d.why, d.pos, d.score, d.coord, d.nOpt = sib.code, whyOf(sib, false), sb.ints.keep(pos), 1, shared, 0
	return append(cands, d)
}

// acuityKid returns the subterm of n titled by acuity word t alone or with
// its variant ("acute", "acute or subacute", "acute, subacute").
func acuityKid(n *node, t string) *node {
	for _, k := range n.kids {
		if k.lt == t || strings.HasPrefix(k.lt, t+" or sub") || strings.HasPrefix(k.lt, t+", sub") {
			return k
		}
	}
	return nil
}

// kidSays reports whether a subterm of n has word in its title.
func kidSays(n *node, word string) bool {
	for _, set := range [][]*node{n.kids, n.conn, n.withKids} {
		for _, k := range set {
			if strings.Contains(k.lt, word) {
				return true
			}
		}
	}
	return false
}

// maxDiagnosisLine is the longest sentence, in content words, read as a
// diagnosis line whose trailing clauses may qualify it: problem-list items
// and diagnosis statements are short; in narrative a comma-separated clause
// at the end of a long sentence is mostly something else ("adenocarcinoma,
// in addition to pelvic lymphadenectomy").
const maxDiagnosisLine = 10

// trailingQualifiers extends the near window's end hi over the short clauses
// that follow a mention when they only qualify it, as diagnoses are written
// in the tabular's own style: "major depressive disorder, single episode,
// moderate", "osteoarthritis, right knee". Each following clause must be at
// most maxTrail words, not opened by "and"/"or", and name no condition
// (namesCondition) or procedure (namesProcedure) of its own, so a list of
// conditions ("obesity, hypertension") still does not qualify its items. The
// clauses must run to the end of the sentence (end): qualifiers trail a
// diagnosis, while inside a sentence a comma more often starts the next item
// of a list ("blood, urine and stool cultures"). limit bounds the window as
// before, except that the line's last clause may lie past it (it is then
// left out); when any clause fails, hi is returned unchanged.
func (e *Engine) trailingQualifiers(vts []vt, hi, limit, end int) int {
	// (Four: "most recent episode depressed", the DSM wording of the
	// index's "current (or most recent) episode".)
	const maxTrail = 4
	if k := e.episodeTail(vts, hi, end); k < end && k <= limit {
		// "Burn of right thigh, second degree, initial encounter": the
		// closing clause is the encounter (the 7th character, read from
		// the wide window), not a qualifier; those before it still are.
		end = k
	}
	if hi >= end {
		return hi
	}
	// A line running past limit may still end in a clause of its own
	// ("breast cancer, right, upper outer quadrant, ER positive"): the
	// qualifying clauses before that last one count.
	long := end-e.withoutTail(vts, hi, end) > limit
	orig := hi
	// keep is what a failing clause returns: the window before the
	// trailing clauses, or before an aside in brackets that follows
	// qualifying clauses ("bipolar I disorder, current episode depressed,
	// moderate severity (low mood, hypersomnia)"): the aside lists what
	// the diagnosis shows, and the qualifiers before it still stand.
	keep := orig
	for hi < end {
		if vts[hi].paren && hi > orig {
			keep = hi
		}
		if hi > 0 && vts[hi].part != vts[hi-1].part {
			// "stage IIIA disease but/based on the lymph node
			// involvement": a contrast opens another finding
			// (data/contrast.txt), no qualifier; the clauses before it
			// still qualify.
			return hi
		}
		c := vts[hi].clause
		next := hi
		for next < end && vts[next].clause == c {
			next++
		}
		// A "without ..." tail denies a condition rather than naming one:
		// "severe without psychotic features" qualifies the diagnosis as
		// the tabular titles do, so it neither counts toward the clause's
		// length nor names a condition of its own.
		// A "with ..." tail is read by the "with" convention in the
		// wide window ("severe with psychotic features"): the clause's
		// own words are those before it.
		own := hi
		for own < next && vts[own].w != e.lx.wWithout && vts[own].w != e.lx.wWith {
			own++
		}
		closingWith := own < next && next == end && vts[own].w == e.lx.wWith
		if closingWith && own <= limit && !vts[hi].conj && own-hi <= maxTrail && !e.namesCondition(vts, hi, own) && !e.namesProcedure(vts, hi, next) {
			// The words of a closing "with" tail stay out of the near
			// window: they name what goes with the diagnosis, read only
			// by the index's "with" subterms, and do not fill its
			// ordinary subterms ("schizophrenia, chronic, with acute
			// exacerbation" is no "Schizophrenia, acute"). So the tail
			// may lie past limit ("bipolar disorder, current episode
			// depressed, severe, with psychotic features"). (A "without"
			// tail is read near: the index's "without" subterms are.)
			return own
		}
		if long && next > limit {
			// (A last clause with a "with" or "without" tail is no
			// stray item: it qualifies the diagnosis as a whole.)
			if next == end && own == next && hi > orig && !vts[hi].conj {
				return hi
			}
			return keep
		}
		if vts[hi].conj || own-hi-numbers(vts, hi, own) > maxTrail || e.namesCondition(vts, hi, own) || e.namesProcedure(vts, hi, next) {
			return keep
		}
		if e.lx.bits.sourceClause.has(vts[hi].w) {
			// "severe sepsis, source likely intra-abdominal": the clause
			// names where the condition came from, not a kind of it
			// (data/source_clause.txt); the clauses before it still
			// qualify.
			return hi
		}
		hi = next
	}
	return hi
}

// closingTail counts the words from a "with" or "without" in the last
// clause of vts[j:de] to the line's end: such a tail qualifies the diagnosis as the
// tabular titles do ("recurrent acute suppurative otitis media, both ears,
// without rupture of the ear drum"; "..., both eyes, with seasonal allergic
// rhinitis"), so it does not make the line too long for the side or stage
// clauses before it to qualify the diagnosis.
func closingTail(vts []vt, j, de int, with, without wid) int {
	if de <= j || de > len(vts) {
		return 0
	}
	k := de - 1
	for k > j && vts[k-1].clause == vts[de-1].clause {
		k--
	}
	if k <= j {
		return 0
	}
	// (The tail may close a qualifying clause too: "..., bilateral,
	// advanced atrophic with subfoveal involvement".)
	for ; k < de; k++ {
		if (vts[k].w == with || vts[k].w == without) && !vts[k].conj {
			return de - k
		}
	}
	return 0
}

// expanded reports whether vts[k] is a word of an abbreviation's
// expansion of several words ("COPD": chronic obstructive pulmonary
// disease): the words share their source token.
func expanded(vts []vt, k int) bool {
	return k > 0 && vts[k-1].src == vts[k].src || k+1 < len(vts) && vts[k+1].src == vts[k].src
}

// numbers counts the numbers among vts[a:b] that continue a number before
// them: a fraction ("1/2 ppd") is one word of a qualifying clause's
// length.
func numbers(vts []vt, a, b int) int {
	n := 0
	for k := a + 1; k < b; k++ {
		if vts[k].num && vts[k-1].num {
			n++
		}
	}
	return n
}

// withoutTail counts the words of vts[a:b] that a "without" denies up to
// the end of its clause ("severe without psychotic features"): the tabular
// titles qualify a diagnosis with them, so they do not make a diagnosis line
// too long to qualify.
func (e *Engine) withoutTail(vts []vt, a, b int) int {
	n := 0
	start := a
	if a < b {
		// A window that ends inside the tail ("... depressed without
		// psychotic | features") counts the rest of it too.
		if k := withoutAt(e.lx, vts, a); k >= 0 {
			start = k
		}
	}
	for k := start; k < b; k++ {
		if vts[k].w != e.lx.wWithout {
			continue
		}
		m := k
		for m < b && vts[m].clause == vts[k].clause {
			m++
		}
		n += m - max(k, a)
		k = m - 1
	}
	return n
}

// namesProcedure reports whether vts[a:b] names a service, test or
// procedure ("pelvic lymphadenectomy", data/specialty.txt and
// data/test_nouns.txt): a clause about what was done, not a qualifier.
func (e *Engine) namesProcedure(vts []vt, a, b int) bool {
	for k := a; k < b; k++ {
		if e.lx.bits.specialty.has(vts[k].w) || e.lx.bits.testNoun.has(vts[k].w) {
			return true
		}
	}
	return false
}

// namesCondition reports whether one of vts[a:b] is on its own a main term
// of the index that gives a code ("hypertension", "disease"); words that
// only qualify ("single", "episode", "moderate", "right") are not.
func (e *Engine) namesCondition(vts []vt, a, b int) bool {
	for k := a; k < b; k++ {
		nx := e.ix.head(vts[k].w)
		if nx == nil {
			continue
		}
		for _, n := range nx.terms {
			if n.code != "" {
				return true
			}
		}
	}
	return false
}

// namesNeoplasm reports whether one of vts[a:b] is a main term with no
// code of its own that refers to the Table of Neoplasms (neoplasmRef):
// after a cause link, "cecal cancer" names a condition.
func (e *Engine) namesNeoplasm(vts []vt, a, b int) bool {
	for k := a; k < b; k++ {
		if nx := e.ix.head(vts[k].w); nx != nil && slices.ContainsFunc(nx.terms, neoplasmRef) {
			return true
		}
	}
	return false
}

// neoplasmRef reports a main term with no code of its own whose see or see
// also reference names a Table of Neoplasms column ("Cancer - see also
// Neoplasm, by site, malignant"): "blood loss from the cecal cancer" names
// a condition after its cause link as "due to cecal carcinoma" does.
func neoplasmRef(n *node) bool {
	for _, r := range n.see {
		if r.neoCol >= 0 {
			return true
		}
	}
	for _, r := range n.seeAlso {
		if r.neoCol >= 0 {
			return true
		}
	}
	return false
}

// namesSubterm reports whether vts[a:b] hold a main term with no code of
// its own and, beside it, the first word of one of its coded subterms:
// "due to cystic fibrosis" (Fibrosis, cystic E84.9), "due to Cushing's
// syndrome" (Cushing's, syndrome or disease E24.9) name a condition as
// much as "due to pancreatitis" does.
func (e *Engine) namesSubterm(vts []vt, a, b int) bool {
	for k := a; k < b; k++ {
		nx := e.ix.head(vts[k].w)
		if nx == nil {
			continue
		}
		for _, n := range nx.terms {
			for j := a; j < b; j++ {
				if j == k {
					continue
				}
				for _, kid := range n.byWord[vts[j].w] {
					if kid.code != "" && e.allIn(vts, a, b, kid) {
						return true
					}
				}
			}
		}
	}
	return false
}

// allIn reports whether vts[a:b] hold every word of subterm kid (its own
// words or one of its other spellings): "myofascial syndrome" names no
// "Syndrome, myofascial pain".
func (e *Engine) allIn(vts []vt, a, b int, kid *node) bool {
	has := func(req []wid) bool {
		for _, x := range req {
			if !slices.ContainsFunc(vts[a:b], func(t vt) bool { return t.w == x }) {
				return false
			}
		}
		return true
	}
	return has(kid.req) || slices.ContainsFunc(kid.alts, has)
}

// namesSeeAlso reports whether one of vts[a:b] is a main term coded only
// through its see or see-also to a coded subterm ("Coagulopathy - see also
// Defect, coagulation", "Anaphylaxis - see Shock, anaphylactic"): a
// condition a substance after "due to" may have caused, as a coded main
// term is for namesCondition.
func (e *Engine) namesSeeAlso(vts []vt, a, b int) bool {
	for k := a; k < b; k++ {
		if nx := e.ix.head(vts[k].w); nx != nil {
			for _, n := range nx.terms {
				if n.parent != nil || n.code != "" {
					continue
				}
				// A see reference to a coded subterm names its
				// condition too: "Anaphylaxis - see Shock,
				// anaphylactic" (T78.2) for "anaphylaxis due to
				// ceftriaxone".
				for _, r := range n.see {
					if r.target != nil && r.target.parent != nil && r.target.code != "" {
						return true
					}
				}
				if len(n.see) > 0 {
					continue
				}
				for _, r := range n.seeAlso {
					// (A reference to a coded subterm names the
					// condition; "Change(s) - see also Removal"
					// names none: "changes due to testosterone".)
					if r.target != nil && r.target.parent != nil && r.target.code != "" {
						return true
					}
				}
			}
		}
	}
	return false
}

// namesCodedCondition is namesCondition without the main terms that are
// coded only with a subterm (data/need_sub.txt): "newborn" or "disorder"
// alone names nobody's condition.
func (e *Engine) namesCodedCondition(vts []vt, a, b int) bool {
	for k := a; k < b; k++ {
		nx := e.ix.head(vts[k].w)
		if nx == nil {
			continue
		}
		for _, n := range nx.terms {
			if n.code != "" && !n.needSub {
				return true
			}
		}
	}
	return false
}

// namesBareTerm reports whether one of vts[a:b] is a main term coded only
// with a subterm (data/need_sub.txt: "newborn").
func (e *Engine) namesBareTerm(vts []vt, a, b int) bool {
	for k := a; k < b; k++ {
		if nx := e.ix.head(vts[k].w); nx != nil {
			for _, n := range nx.terms {
				if n.needSub {
					return true
				}
			}
		}
	}
	return false
}

// sitesOnly reports whether vts[a:b] names a body site and nothing else
// (its side aside): "right kidney", "urinary bladder".
func (e *Engine) sitesOnly(vts []vt, a, b int) bool {
	n := 0
	for k := a; k < b; k++ {
		switch {
		case e.isSite(vts[k].w):
			n++
		case !e.isLateral(vts[k].w):
			return false
		}
	}
	return n > 0
}

// markForeSides marks the side words written before a condition of their own
// phrase ("knee pain with left hip fracture", "tinnitus with bilateral
// hearing loss"): the side qualifies the site and condition it precedes, so
// a condition named before that phrase does not read it (walker.farSide).
// The phrase is the side's clause as written, a few words on, through site
// words, up to a word that is on its own a main term with a code; "with" or
// a postposed word ends it. A side before a site only ("DVT of the left
// leg", "pain in the right knee with effusion", "retinal detachment, right
// eye") is the site of the condition before it and stays unmarked.
func (e *Engine) markForeSides(vts []vt) {
	for k := range vts {
		if x := vts[k].w; int(x) >= len(e.sideW) || !e.sideW[x] || vts[k].start < 0 {
			continue
		}
		for m := k + 1; m < len(vts) && m <= k+4; m++ {
			t := &vts[m]
			if t.clause != vts[k].clause || t.start-vts[m-1].end > 2 || t.w == e.lx.wWith || t.w == e.lx.wWithout || t.back || t.cause {
				break
			}
			if e.isSite(t.w) || e.isLateral(t.w) {
				continue
			}
			if e.condWord(vts, k, m) {
				vts[k].foreTo = uint8(m - k)
				break
			}
		}
	}
}

// markBothSides reads the two sides joined by "and" before a site ("right
// and left knee pain", "left and right hip osteoarthritis") as "bilateral":
// each side qualifies the one site (guideline I.B.13), so the category's
// bilateral code is the one, or a code per side where it has none. Read
// apart, the first side qualifies nothing and the site only the second.
// "Right or left" names no side at all: neither side word is read.
func (e *Engine) markBothSides(s string, vts []vt) {
	for k := 0; k+2 < len(vts); k++ {
		a, b := vts[k].w, vts[k+1].w
		if !e.lx.isSide(a) || !e.lx.isSide(b) || a == b {
			continue
		}
		if wordBetween(s, vts[k], vts[k+1], "or") {
			// "Right or left knee pain", "pain in the left or right
			// hip": the note does not know the side, and the second
			// side word read alone would choose one. Neither is read.
			// "unspecified" is what the code's title says of it; the
			// "or" joins no two objects: the site goes on in the
			// clause.
			vts[k].w, vts[k+1].w = e.lx.wUnspec, e.lx.wUnspec
			if vts[k+1].conj && vts[k+1].clause == vts[k].clause+1 {
				vts[k+1].conj = false
				for p := k + 1; p < len(vts); p++ {
					vts[p].clause--
				}
			}
			continue
		}
		if !vts[k+1].conj || vts[k+1].clause != vts[k].clause+1 ||
			vts[k+2].clause != vts[k+1].clause || !e.isSite(vts[k+2].w) || !andBetween(s, vts[k], vts[k+1]) {
			continue
		}
		vts[k].w, vts[k+1].w = e.lx.wBilat, e.lx.wBilat
		if k > 0 && vts[k-1].clause == vts[k].clause {
			// After the condition ("pain in the right and left
			// shoulder") the "and" joins no two objects of it: the
			// site goes on in the condition's clause.
			vts[k+1].conj = false
			for p := k + 1; p < len(vts); p++ {
				vts[p].clause--
			}
		}
	}
}

// maxSpecimenLabel is the most words of a specimen label before its colon
// ("Colon, sigmoid, cold snare polypectomy:").
const maxSpecimenLabel = 6

// markSpecimenLabels joins a pathology line's specimen label to the
// diagnosis after its colon: "Colon, sigmoid, biopsy: tubular adenoma"
// names the organ and its part, then how the tissue was taken, then what it
// showed, so the organ and part are the site of that diagnosis (the
// index's subterms: Neoplasm table, colon, sigmoid), not clauses of their
// own. A label opens its sentence (after an item letter or number), starts
// with a site word, holds only site words, sides and test or procedure
// nouns (data/test_nouns.txt, procedure suffixes; a word or two before the
// noun say how: "shave biopsy"), joined by commas, and names the procedure. Its clauses
// and the diagnosis's first one become one clause.
func (e *Engine) markSpecimenLabels(toks []text.Token, vts []vt, sentOf []int32) {
	for k0 := 0; k0 < len(vts); k0++ {
		if k0 > 0 && sentOf[k0] == sentOf[k0-1] || !e.isSite(vts[k0].w) {
			continue
		}
		end, taken := -1, false
		for m := k0; m < len(vts) && m < k0+maxSpecimenLabel && sentOf[m] == sentOf[k0]; m++ {
			if !e.labelWord(toks, vts, m) && !e.procedureAhead(toks, vts, m) {
				break
			}
			taken = taken || e.lx.testAtFree(vts, m) || procedureWord(toks[vts[m].src].Norm)
			if j := int(vts[m].src) + 1; j < len(toks) && toks[j].Text == ":" {
				end = m
				break
			}
		}
		// (Only a label that says how the tissue was taken: an organ
		// alone before a colon, "Retina: dot-blot hemorrhages", is an
		// exam's heading, whose findings are read as they were.)
		if end < 0 || !taken || end+1 >= len(vts) || sentOf[end+1] != sentOf[k0] {
			continue
		}
		base, d := vts[k0].clause, vts[end+1].clause-vts[k0].clause
		for p := k0; p < len(vts); p++ {
			if p <= end {
				vts[p].clause, vts[p].conj = base, false
			} else {
				vts[p].clause -= d
			}
		}
		vts[end+1].conj = false
		k0 = end
	}
}

// labelWord reports whether vts[m] is a word a specimen label is made of:
// a site, a side or a test or procedure noun.
func (e *Engine) labelWord(toks []text.Token, vts []vt, m int) bool {
	return e.isSite(vts[m].w) || e.isLateral(vts[m].w) || e.lx.testAtFree(vts, m) || procedureWord(toks[vts[m].src].Norm)
}

// procedureAhead reports whether a procedure noun follows vts[m] in its
// clause, a few words on: the words before it say how it was done ("shave
// biopsy", "cold snare polypectomy", "wedge resection").
func (e *Engine) procedureAhead(toks []text.Token, vts []vt, m int) bool {
	for q := m + 1; q < len(vts) && q <= m+2 && vts[q].clause == vts[m].clause; q++ {
		if e.lx.testAtFree(vts, q) || procedureWord(toks[vts[q].src].Norm) {
			return true
		}
	}
	return false
}

// procedureWord reports whether w ends with a procedure suffix of
// data/word_endings.tsv ("polypectomy"), for a word the index vocabulary
// lacks (lexicon.procSuffix covers those it has).
func procedureWord(w string) bool {
	for _, suf := range wordEndings().procedure {
		if len(w) > len(suf)+2 && strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// isSite is e.ix.site[x] at a slice index (siteW, a map past it): the
// side-ownership marks ask it of every word of a section.
func (e *Engine) isSite(x wid) bool {
	if int(x) < len(e.siteW) {
		return e.siteW[x]
	}
	return e.ix.site[x]
}

// isLateral is e.lx.lateral[x] at a slice index (sideW, a map past it), for
// the same reason as isSite.
func (e *Engine) isLateral(x wid) bool {
	if int(x) < len(e.sideW) {
		return e.sideW[x]
	}
	return e.lx.lateral[x]
}

// andBetween reports the text between two words as "and" alone.
func andBetween(s string, a, b vt) bool {
	return wordBetween(s, a, b, "and")
}

// wordBetween reports the text between two words as the word w alone
// ("and" joins two sides, "or" leaves the side open).
func wordBetween(s string, a, b vt, w string) bool {
	if a.start < 0 || b.start < 0 || a.end > b.start || int(b.start) > len(s) {
		return false
	}
	return strings.EqualFold(strings.TrimSpace(s[a.end:b.start]), w)
}

// nextItem reports the clause at q as the next item of a list whose item
// ends at q: the clause right after it, or, once a comma has listed an item
// (comma), one opened by ", and" ("knee, hip, and ankle"), which the comma
// and the "and" each number.
func nextItem(vts []vt, q int, comma bool) bool {
	d := vts[q].clause - vts[q-1].clause
	return d == 1 || comma && d == 2 && vts[q].conj
}

// maxListSites bounds the words of a coordinated site list (sideEnd and
// sideBack are bytes); maxSiteItem bounds the sites of one of its items.
const maxListSites = 12

// markSiteLists marks the coordinated site lists with a side: "right knee
// and hip osteoarthritis", "left wrist, hand and elbow pain". A side
// qualifies every site of the list after it (guideline I.B.13 codes the side
// the note gives the site), up to the next side written in it ("right knee
// and left hip osteoarthritis": the knee is the right one, the hip the left
// one); a site before any side has none ("knee and right hip"). The first
// item ends its clause ("osteoarthritis of the right knee and hip"), each
// next one is a clause opened by a comma or "and" of a side and sites, the
// last of which may go on to the condition ("hip osteoarthritis"). A side
// and site followed in their clause by a condition ("right knee pain and
// swelling") open no list.
func (e *Engine) markSiteLists(vts []vt, sentOf []int32) {
	type span struct{ s, e int }
	// item returns the end of the side and sites at q, q when none.
	item := func(q int) int {
		r := q
		if e.isLateral(vts[r].w) {
			r++
		}
		n := r
		for r < len(vts) && r-n < maxSiteItem && vts[r].clause == vts[q].clause && e.isSite(vts[r].w) {
			r++
		}
		if r == n {
			return q
		}
		return r
	}
	var items [maxListSites]span
	for k := 0; k < len(vts); {
		r := item(k)
		if r == k || r < len(vts) && vts[r].clause == vts[k].clause {
			k = max(r, k+1)
			continue
		}
		ni, side, joined := 1, e.isLateral(vts[k].w), false
		items[0] = span{k, r}
		for q := r; q < len(vts) && ni < len(items) && sentOf[q] == sentOf[k] && nextItem(vts, q, ni > 1); {
			r2 := item(q)
			if r2 == q || r2-k > maxListSites {
				break
			}
			items[ni] = span{q, r2}
			ni++
			side = side || e.isLateral(vts[q].w)
			if joined = vts[q].conj; joined || r2 < len(vts) && vts[r2].clause == vts[q].clause {
				// ("and" opens the last item; the condition ends
				// it.)
				break
			}
			q = r2
		}
		if !joined || !side {
			// (Nor is a site restated after a comma a list: "Lisfranc
			// fracture, left foot".)
			k = r
			continue
		}
		g := -1 // the side qualifying the sites
		for _, it := range items[:ni] {
			if e.isLateral(vts[it.s].w) {
				g = it.s
			}
			for p := it.s; p < it.e; p++ {
				if p == g {
					continue
				}
				vts[p].listSite = true
				if g >= 0 {
					vts[p].sideBack = uint8(p - g)
					vts[g].sideEnd = uint8(p - g)
				}
			}
		}
		k = items[ni-1].e
	}
}

// condWord reports a word at m that names a condition of the phrase opened
// by the side word at k: a main term of the index with a code of its own
// ("fracture") or one of several words starting there ("trigger finger"),
// one whose subterm the word before it names ("hearing loss": Loss,
// hearing), or one that ends the phrase and is classified by site
// ("right knee effusion", "left tympanic membrane perforation": a subterm
// of Effusion and of Perforation names a site). A codeless main term inside
// a phrase is often an adjective of a site ("pelvic sidewall", "middle
// finger") and names nothing.
func (e *Engine) condWord(vts []vt, k, m int) bool {
	nx := e.ix.head(vts[m].w)
	if nx == nil {
		return false
	}
	last := m+1 >= len(vts) || vts[m+1].clause != vts[m].clause || vts[m+1].w == e.lx.wWith || vts[m+1].w == e.lx.wWithout
	if last && int(vts[m].w) < len(e.siteCond) && e.siteCond[vts[m].w] {
		return true
	}
	for _, n := range nx.terms {
		if n.code != "" && extraNear(vts, m, n.extra) || m-1 > k && len(n.byWord[vts[m-1].w]) > 0 {
			return true
		}
	}
	// A main term of several words that starts here ("right trigger
	// finger": Trigger finger).
	for q := m + 1; q < len(vts) && q <= m+3 && vts[q].clause == vts[m].clause && nx.next != nil; q++ {
		if nx = nx.next[vts[q].w]; nx == nil {
			break
		}
		for _, n := range nx.terms {
			if n.code != "" {
				return true
			}
		}
	}
	return false
}

// extraNear reports whether the words a main term needs besides its head
// (node.extra: "Pad, knuckle or Garrod's", data/need_qualifier.txt) are
// written beside the head at m, or whether it needs none. A bare "pad" in
// "left index finger pad" is the finger's part, no knuckle pad, so the side
// before it still reads the finger.
func extraNear(vts []vt, m int, extra []wid) bool {
	if len(extra) == 0 {
		return true
	}
	for _, x := range extra {
		for q := max(0, m-3); q < len(vts) && q <= m+3; q++ {
			if vts[q].w == x && vts[q].clause == vts[m].clause {
				return true
			}
		}
	}
	return false
}

// bySite reports a main term with a subterm that starts with a body site.
func (e *Engine) bySite(n *node) bool {
	for x := range n.byWord {
		if e.isSite(x) {
			return true
		}
	}
	return false
}

// metastasisReach returns the end of the near window of a metastasis head
// ending at j: past hi, to nearRight words after the first "to" of the head's
// clause when hi stops short of them. In "metastatic non-small cell lung
// cancer to the brain" the words after "to" are the metastasis' site (C79.31)
// however many words the primary's name between them takes; the window
// stays inside the clause and the wide window whi.
func metastasisReach(vts []vt, hi, whi, j int) int {
	c := vts[j-1].clause
	for k := j; k < whi && vts[k].clause == c; k++ {
		if !vts[k].toNext {
			continue
		}
		if k+1 < hi {
			return hi
		}
		n := min(whi, k+1+nearRight)
		for n > hi && vts[n-1].clause != c {
			n--
		}
		return n
	}
	return hi
}

// hitUndo is what walkHitIn marks while it reads a hit and walkHit undoes
// when it returns: the words lent by the clause before, the window's used
// flags, a loose site word, and the head buffer kept for the next hit. (It
// replaces deferred closures: with that many returns the compiler cannot
// inline them, and a keystroke walks dozens of hits.)
type hitUndo struct {
	w               walker
	head            []int
	headSet, window bool
	sidePs, sideCs  int
	sideSet         uint64
	loose           int
}

// walkHit reads the index from the main-term hit n over vts[i:j) in the
// sentence [a, b) (walkHitIn) and then clears the used flags the reading set.
func (e *Engine) walkHit(sb *scratchBuf, vts []vt, used []bool, a, b, i, j int, n *node) (cand, bool) {
	if i > a && e.lx.bits.denyPre.has(vts[i-1].w) && vts[i].start-vts[i-1].end == 1 && vts[i].clause == vts[i-1].clause && !used[i-1] {
		// "non-pressure ulcer": a main term written right after a
		// hyphenated denying prefix is its contrary, no hit (as a
		// subterm's word is not read there, deniedByPrefix).
		return cand{}, false
	}
	// (The walker is built here, in the one literal that zeroes u: built
	// again in walkHitIn, the whole struct was written twice a hit.)
	u := hitUndo{loose: -1, w: walker{lx: e.lx, toks: vts, head: i, used: used, sb: sb, origin: n, ix: e.ix,
		lo: max(a, i-nearLeft), hi: min(b, j+nearRight+sb.nearMore),
		wlo: max(a, i-wideSpan), whi: min(b, j+wideSpan)}}
	c, ok := e.walkHitIn(&u, sb, vts, used, a, b, i, j, n)
	if u.loose >= 0 {
		used[u.loose] = false
	}
	if u.window {
		for k := u.w.wlo; k < u.w.whi; k++ {
			used[k] = false
		}
	}
	if u.headSet {
		sb.head = u.head[:0]
	}
	for k := u.sidePs; u.sideSet != 0 && k < u.sideCs && k-u.sidePs < 64; k++ {
		if u.sideSet&(1<<(k-u.sidePs)) != 0 {
			used[k] = false
		}
	}
	return c, ok
}

// walkHitIn navigates the index from main term n matched at [i, j),
// recording in u what walkHit must undo; u.w is the walker walkHit set up
// for the hit.
func (e *Engine) walkHitIn(u *hitUndo, sb *scratchBuf, vts []vt, used []bool, a, b, i, j int, n *node) (cand, bool) {
	w := &u.w
	// The near window stays inside the clause of the head: list items
	// ("obesity, hypertension, ischemic heart disease") do not qualify
	// each other. The wide window ("with" subterms) spans the sentence.
	lc := vts[i].clause
	cs := i
	for cs > a && vts[cs-1].clause == lc {
		cs--
	}
	var shareLo, shareHi int // the side and site lent by the clause before
	if d := i - cs; d >= 2 && d <= 3 && vts[cs].conj && cs > a && vts[cs-1].clause == lc-1 && shortClause(vts, a, cs-1, 4) && !(e.namesCondition(vts, cs, i) && e.sideIn(vts, clauseStart(vts, a, cs-1), cs)) {
		// "systolic and diastolic heart failure": a qualifier joined by
		// "and" to the word before it qualifies the same head, so the
		// clause before the conjunction is read too. "Obesity and heart
		// failure" (one word between "and" and the head) stays a list,
		// and so does a long phrase before "and" (shortClause).
		lc--
	} else if d >= 1 && d <= 3 && vts[cs].conj && cs > a && vts[cs-1].clause == lc-1 && vts[cs-1].w == e.lx.wBilat {
		// "Bilateral and progressive loss of vision": "bilateral" right
		// before "and" names no condition of its own; it qualifies the
		// head after the conjunction, however few words stand between.
		// ("Right" and "left" can be nouns: "pain on the right and
		// swelling" keeps its list.)
		lc--
	} else if shareLo, shareHi = -1, -1; d == 0 && vts[cs].conj && cs > a && vts[cs-1].clause == lc-1 && (j == b || vts[j].clause != lc) && (n.code == "" || e.signLike(n.code) || hasAnyPrefix(n.code, e.sharedSite)) {
		// "Left knee pain and swelling": a bare sign "and" joins to a
		// sided site's condition is of that site, with its side
		// (choose keeps both: sideShared). The clause before is read
		// for its side and site only. (A disease is its own list
		// item: "left knee pain and gout" says no gout of the knee;
		// a cellulitis beside an abscess is of its site,
		// data/shared_site.txt.)
		if p0, m := e.sidedSitePhrase(vts, a, cs); p0 >= 0 {
			lc--
			shareLo, shareHi = p0, m
			ps := clauseStart(vts, a, cs-1)
			var set uint64 // (sidedSitePhrase's clauses are short)
			for k := ps; k < cs && k-ps < 64; k++ {
				if (k < p0 || k >= m) && !used[k] {
					used[k] = true
					set |= 1 << (k - ps)
				}
			}
			u.sidePs, u.sideCs, u.sideSet = ps, cs, set
		}
	}
	for w.lo < i && vts[w.lo].clause < lc {
		w.lo++
	}
	if hc := clauseStart(vts, a, i); hc > a && e.clauseDenied(sb.toks, vts, hc, i) {
		// "Steroid-induced hyperglycemia, no known diabetes": a head its
		// own clause denies does not reach back into the clause before
		// for a "with" subterm (Diabetes, with, hyperglycemia), which
		// would read the present hyperglycemia as a denied diabetes.
		w.wlo = max(w.wlo, hc)
	}
	if n.forward {
		w.lo, w.wlo = i, i // "status post CABG": nothing before the head
	}
	for w.hi > j && vts[w.hi-1].clause != vts[j-1].clause {
		w.hi--
	}
	for w.wlo < i && vts[w.wlo].part != vts[i].part {
		w.wlo++
	}
	for w.whi > j && vts[w.whi-1].part != vts[j-1].part {
		w.whi--
	}
	// A problem-list line states its diagnosis before a spaced dash and
	// its plan after it ("Asthma, moderate persistent, uncomplicated -
	// continue fluticasone-salmeterol, albuterol PRN"): the diagnosis'
	// trailing qualifiers run to the dash, not to the end of the line. A
	// statement after a dash is a line of its own: its length counts from
	// that dash.
	la, de := a, b
	for k := i; k > a; k-- {
		if vts[k].dash {
			la = k
			break
		}
	}
	da := la // the dash (la moves on to a "with" below)
	for k := j; k < b; k++ {
		if vts[k].dash || vts[k].clause != vts[k-1].clause && !vts[k].conj && e.lx.bits.stmtClause.has(vts[k].w) {
			// (A clause opened by "admitted" or "presented" is the
			// next statement too: data/statement_clause.txt.)
			de = k
			break
		}
	}
	for k := i - 1; k > la && vts[k].clause == vts[i].clause; k-- {
		if vts[k].w == e.lx.wWith && !vts[k].conj {
			// "28yo G1P0 at 39w1d with gestational diabetes, diet
			// controlled": the words before the "with" of the head's
			// clause describe the patient, not the diagnosis; the
			// diagnosis line counts from the "with". ("A mass 11 cm
			// in diameter and with calcifications" lists the mass's
			// features: the line is the mass's.)
			la = k
			break
		}
	}
	if de-la > maxDiagnosisLine {
		// A line made long by an aside in brackets after its qualifiers
		// ("bipolar I disorder, current episode depressed, moderate
		// severity (low mood, hypersomnia)") is the diagnosis line up to
		// the bracket: the aside lists what it shows.
		for k := j + 1; k < de; k++ {
			if vts[k].paren {
				de = k
				break
			}
		}
	}
	if de-la-closingTail(vts, j, de, e.lx.wWith, e.lx.wWithout) <= maxDiagnosisLine {
		// An abbreviation is one word of the note: the qualifiers'
		// reach counts from its end ("POAG, moderate stage, right eye"
		// read from the "open" of its expansion).
		je := j
		for je < de && vts[je].start == vts[je-1].start {
			je++
		}
		w.hi = e.trailingQualifiers(vts, w.hi, min(de, je+nearRight), de)
	}
	if h := e.qualifierClauses(vts, w.hi, de, n); h > w.hi {
		w.hi = h
		w.whi = max(w.whi, h)
	}
	if h := e.countClause(vts, w.hi, b); h > w.hi {
		w.hi = h
		w.whi = max(w.whi, h)
	}
	if l := e.countClauseBefore(vts, w.lo, i, a); l < w.lo {
		w.lo = l
		w.wlo = min(w.wlo, l)
	}
	if x := vts[i].w; int(x) < len(e.lx.secondaryHead) && e.lx.secondaryHead[x] {
		w.hi = metastasisReach(vts, w.hi, w.whi, j)
	}
	for k := j; k < w.hi; k++ {
		if e.lx.bits.spreadVerb.has(vts[k].w) {
			// "pain radiating to the left arm": the site after the verb
			// is where the pain spreads, not its own site
			// (data/spread_verbs.txt).
			w.hi = k
			break
		}
	}
	// An abbreviation is one word of the note: a window that ends inside
	// the expansion of one written at most a word after the head takes
	// the rest of it ("STEMI involving the LAD" reads all of "left
	// anterior descending coronary artery"). One farther away stays cut
	// ("CAD s/p CABG" is no atherosclerosis of the bypass graft).
	if w.hi > j && w.hi < b && w.expanded(w.hi) && vts[w.hi].start == vts[w.hi-1].start {
		s := w.hi - 1
		for s > j && vts[s-1].start == vts[s].start {
			s--
		}
		for s <= j+1 && w.hi < b && vts[w.hi].start == vts[w.hi-1].start {
			w.hi++
		}
	}
	agentLo, agentKeep := -1, uint64(0) // agentsBefore's words, read alone
	for k := i - 1; k >= w.lo; k-- {
		if vts[k].w == e.lx.wWith {
			// "deep vein thrombosis with pulmonary thromboembolism":
			// the condition after "with" is the second one; the words
			// before "with" qualify the first ("vein", "deep"). When
			// they name no condition they are the patient who has it
			// ("term neonate with hypoglycemia"), and qualify it; in
			// a short diagnosis line only, as narrative's "with" more
			// often ties whatever came before ("presented with").
			// So are body sites alone ("gallbladder with multiple
			// stones", "liver with steatosis"): the organ the
			// condition is of.
			if !sb.withBack && (b-a > maxDiagnosisLine || !e.namesBareTerm(vts, w.lo, k) && !e.sitesOnly(vts, w.lo, k) || e.namesCodedCondition(vts, w.lo, k)) {
				w.lo = k + 1
				if n.agentNEC != nil {
					// "Proteus UTI with sepsis": an infection that
					// files its agents still reads the agent of the
					// infection it arises from, and only that.
					if p, keep := e.agentsBefore(vts, w.wlo, k); p >= 0 {
						w.lo, agentLo, agentKeep = p, p, keep
					}
				}
			}
			break
		}
	}
	for k := i; k > w.lo; k-- {
		if vts[k].cause {
			// "hepatic encephalopathy secondary to alcoholic cirrhosis":
			// the cause named after "due to" or "secondary to" does not
			// read the words of the condition it causes ("hepatic" is
			// the encephalopathy's, not a liver of the cirrhosis).
			lo0 := w.lo
			w.lo = k
			for s := k - 1; s >= lo0 && !vts[s].back && vts[s].clause == vts[k].clause && (e.isSite(vts[s].w) || e.isLateral(vts[s].w)); s-- {
				// "tingling in the right foot from an injury": the
				// site the note writes after the other condition's
				// head, right before the connector, is where the cause
				// is too (Injury, foot, S99.92-), as "hepatic", written
				// before its head, is the encephalopathy's alone.
				w.lo = s
			}
			break
		}
	}
	// Another mention of the same head noun bounds the windows: its words
	// are its own ("acute hypoxic respiratory failure secondary to
	// diastolic heart failure" is two failures, and neither reads the
	// other's qualifiers).
	hw := vts[j-1].w
	if w.expanded(j - 1) {
		hw = 0 // a word of an abbreviation's expansion: no noun of the note
	}
	for k := i - 1; k >= w.wlo && hw != 0; k-- {
		if vts[k].w == hw && !w.expanded(k) {
			w.lo, w.wlo = max(w.lo, k+1), k+1
			break
		}
	}
	for k := j; k < w.whi && hw != 0; k++ {
		if vts[k].w == hw && !w.expanded(k) && (j-i == 1 || vts[k-1].w == vts[j-2].w) {
			// (A head of several words is mentioned again only in full:
			// "Trigger finger, right middle finger" names the digit.)
			// The words right before the other head are its modifiers
			// ("... secondary to | diastolic heart failure"), back to a
			// word that qualifies what precedes it.
			m := k
			for m > j && !vts[m-1].back && vts[m-1].clause == vts[k].clause {
				m--
			}
			w.hi, w.whi = min(w.hi, m), m
			break
		}
	}
	for _, x := range e.ix.kindsOf(n) {
		// "pathological fracture of L1" is Fracture, pathological (M84.48),
		// however many more words Fracture, traumatic would read of the
		// vertebra.
		for k := w.lo; k < w.hi; k++ {
			if vts[k].w == x {
				return cand{}, false
			}
		}
	}
	if k := withoutAt(e.lx, vts, i); k >= 0 {
		// A condition denied by "without" ("esophageal varices without
		// bleeding") does not reach back over the "without" to the
		// condition that is present: it is read alone, and the words
		// before it stay with their own head.
		w.lo, w.wlo = max(w.lo, k+1), max(w.wlo, k+1)
	}
	if cap(sb.head) == 0 {
		// A buffer of its own from the start: resolvePath grows a head
		// with room in place, and one without in the section's arena,
		// which must never become this reused buffer.
		sb.head = make([]int, 0, 16)
	}
	u.head, u.headSet = sb.head[:0], true
	for k := i; k < j; k++ {
		used[k] = true
		u.head = append(u.head, k)
	}
	u.window = true
	if agentLo >= 0 && w.lo != agentLo {
		agentLo = -1 // a bound after "with" cut the window again
	}
	for k := agentLo; agentLo >= 0 && k < i; k++ {
		used[k] = k-agentLo >= 64 || agentKeep&(1<<(k-agentLo)) == 0
	}
	ea := a
	if n.encounter && da > a && e.namesCodedCondition(vts, a, da) {
		// An encounter head after a problem's dash gives what this visit
		// did for it ("Obesity, BMI 42 - 20 min dietary counseling"): its
		// lead counts from the dash. (After a title, "OPHTHALMOLOGY -
		// diabetic eye exam", the line still counts from its start.)
		ea = da
	}
	if n.encounter && (!((sb.encOK || sb.encIP && n.admission) && e.encounterLead(sb, vts, ea, i, ea > a) <= maxEncounterLead) || j < len(vts) && vts[j].clause == vts[j-1].clause && e.lx.bits.reportVerb.has(vts[j].w)) {
		// "Screening colonoscopy, average risk", "Annual physical
		// examination": the line names the visit. In narrative, or
		// further into a line, the word is about something else ("the
		// examination showed", "a screening test was negative"), and so
		// it is when a report verb follows ("Physical examination revealed
		// a mass": data/report_verbs.txt).
		return cand{}, false
	}
	if g := &e.gest; g.wTrimester != 0 {
		// "Normal pregnancy, first trimester": the ordinal names the
		// trimester, which the code's axis reads in the tabular
		// (refine); it is no subterm of its own ("Pregnancy,
		// supervision of, normal, first" is a first pregnancy).
		for k := w.wlo; k+1 < w.whi; k++ {
			if vts[k+1].w == g.wTrimester && (vts[k].w == g.wFirst || vts[k].w == g.wSecond || vts[k].w == g.wThird) && (k < i || k >= j) {
				used[k] = true
			}
		}
	}
	if len(n.extra) > 0 {
		var ok bool
		u.head, ok = w.match(n.extra, w.lo, w.hi, u.head)
		if !ok {
			return cand{}, false
		}
	}
	if ls := n.looseSite; ls != nil && i > a && ls.loose[vts[i-1].w] && !used[i-1] && vts[i-1].clause == vts[i].clause {
		// "A kidney stone in the proximal right ureter": the lay
		// compound's "kidney" names the tract; the site the clause
		// names after the head is where the stone is (Stone, ureter
		// N20.1, not Stone, kidney N20.0; data/loose_site.tsv).
		for k := j; k < w.hi && vts[k].clause == vts[i].clause; k++ {
			if ls.named[vts[k].w] {
				used[i-1] = true
				u.loose = i - 1
				break
			}
		}
	}
	sc, path := w.best(n, 0, false)
	if k := len(path) - 1; k >= 0 {
		if o := e.oneSiteSibling(path[k].n); o != nil && e.unreadSiteBeside(vts, a, b, i, j, path) {
			// "Diffuse edema of the left leg": the site named says
			// the edema is the leg's (Edema, localized R60.0), however
			// much of the leg (data/site_extent.tsv).
			path = append(path[:k:k], step{n: o, pos: path[k].pos})
		}
	}
	if j-i == 1 && j < b && e.nemodOf(vts[i].w, vts[j].w) && !pathHas(path, j) {
		// "ischemic stroke", "embolic stroke": the index lists the
		// adjective as a nonessential modifier of the noun's own main
		// term (Stroke (ischemic) (embolic)), so it heads no mention of
		// its own (Ischemia, Embolism), unless its own entry reads the
		// noun ("iron deficiency anemia": Deficiency, iron, anemia).
		return cand{}, false
	}
	seeOnly := n.organSee && !n.encounter && len(path) == 0
	if (n.needSub || n.encounter) && len(path) == 0 && !seeOnly {
		// (A bare "examination" or "screening" says for what.)
		return cand{}, false
	}
	if n.needSite && len(path) == 0 && !e.siteBeside(vts, a, b, i, j) {
		// "Areas of necrosis" in a tumor describe the lesion's tissue;
		// "digital necrosis", "necrosis of the toes" are a part's
		// gangrene (data/need_site.txt).
		return cand{}, false
	}
	// "Pelvic abscess", "paravertebral abscess", "bladder hernia", "nasal
	// reflux", "suprarenal hematoma": a site the entry has no code for (or
	// splits by what the note does not say). The bare code is another
	// site's condition (Abscess L02.91 is cutaneous, Hernia K46.9
	// abdominal, Reflux K21.9 esophageal) or no site's (Hematoma - see also
	// Contusion: T14.8, unspecified body region), so it is not this one's
	// (data/own_site.txt). Judged once the entry's see-also is read: "scalp
	// hematoma" reads its site there (Contusion, scalp).
	ownBare := n.ownSite != nil && len(path) == 0 && e.siteBeside(vts, a, b, i, j) && !e.besideHit(vts, a, b, i, j, func(k int) bool { return n.ownSite[vts[k].w] })
	if n.needSub && e.neoBefore(vts, a, i) {
		// "metastatic lesion in the liver", "neoplastic mass of the
		// pancreas": the vague noun is the neoplasm the word before it
		// names, whose entry leads to the site's row of the Table of
		// Neoplasms; "Lesion, liver" would read the site as a
		// nonneoplastic lesion.
		return cand{}, false
	}
	if withoutScope(e.lx, vts, i) {
		// A denied head ("osteoporosis without fracture") does not reach
		// back over its "without" for a subterm: "Fracture, due to
		// osteoporosis" would read the note's osteoporosis as a negated
		// fracture and hide it.
		for _, st := range path {
			for _, p := range st.pos {
				if p < i && !withoutScope(e.lx, vts, p) {
					return cand{}, false
				}
			}
		}
	}
	if len(path) == 0 && j-i == 1 && i > a && !vts[i].dash && !(sb.dxSec && i-a <= 2 && (vts[a].clause == vts[i].clause || vts[i-1].clause == vts[i].clause)) && e.lx.bits.statementOnly.has(vts[i].w) {
		// "Says stress at work", "worse with dairy and stress",
		// "education on diet, stress and ...": the bare word inside a
		// sentence is a trigger, a setting or a topic, no diagnosis; it
		// is one where it opens its line ("Assessment: stress.",
		// "Stress - counseled") or after a word or two of an assessment's
		// item ("A/P: 1. Situational stress", "chronic stress") that
		// qualify it in its clause: bare after "and" or a comma it is
		// another item's strain ("Anxiety and stress" is the anxiety's
		// line, F41.9, no stress reaction F43.9; "insomnia and
		// situational stress" names one). Its
		// subterms still read anywhere ("acute stress reaction";
		// data/statement_only.txt).
		return cand{}, false
	}
	if k := e.qualifiedNext(vts, b, i, j, path); k >= 0 {
		// "history of allergic rhinitis": the adjective qualifies the
		// condition named after it, which is coded from its own entry
		// (Rhinitis, allergic); it is no allergy status of its own
		// (data/adj_of_next.txt).
		return cand{}, false
	}
	if k := i - 1; k >= a && vts[k].clause == vts[i].clause && (e.lx.bits.otherSense.has(vts[i].w) && e.lx.otherSense[vts[i].w][vts[k].w] || e.lx.bits.otherSenseAny.has(vts[k].w) && !(vts[k].w == e.lx.wNormal && e.lx.bits.visitWord.has(vts[i].w))) && !pathHas(path, k) {
		// "ST depression", "foveal depression": the word before the head
		// gives it a sense the index entry is not about (an ECG or an
		// anatomical finding, not a mood disorder; data/other_sense.tsv).
		// "Anti-" before any head names a drug or an antibody. (A
		// "normal screening colonoscopy" is still the screening visit:
		// data/normal_visit.txt.)
		return cand{}, false
	}
	if j < b && (vts[j].src == vts[j-1].src+1 || vts[j].src == vts[j-1].src || hyphenNext(vts, j) || vts[j-1].ofNext && vts[j].src <= vts[j-1].src+3 && vts[j].clause == vts[j-1].clause) && e.lx.bits.otherSenseAfter.has(vts[j-1].w) && e.lx.otherSenseAfter[vts[j-1].w][vts[j].w] && !pathHas(path, j) {
		// "Mass effect": the head word qualifies the noun right after
		// it, an imaging sign of its own (data/other_sense.tsv, third
		// column); a hyphen may join them ("stress-dose steroids"). (The words of one abbreviation's expansion share
		// their source token: "EBV" is "Epstein-Barr virus".) An "of"
		// may stand between them: "a depression of the surface of the
		// frontal lobes" is a hollow of the brain's surface.)
		return cand{}, false
	}
	if j < b && e.lx.bits.otherSenseAfter.has(vts[j-1].w) && pathHas(path, j) && siteThenNoun(vts, path, j, b, e.lx.otherSenseAfter[vts[j-1].w]) {
		// "An ulcerated gastric mass": the head word qualifies the noun
		// after the site words the reading took from the note ("Ulcer,
		// gastric"), as it does the noun right after it ("ulcerated
		// mass"); the growth is the finding (data/other_sense.tsv,
		// third column).
		return cand{}, false
	}
	// The main term's adjective spelling alone ("hemorrhagic component",
	// "necrotic areas", "a painful nodule") describes something else;
	// the condition itself is not stated (data/adj_need_sub.txt). A
	// reading that goes on into the site the note names through the
	// entry's see-also ("Painful - see also Pain": "the right knee is
	// painful") did read a subterm and is kept.
	bareAdj := len(path) == 0 && j-i == 1 && e.lx.bits.adjNeedSub.has(vts[i].w)
	for _, s := range path {
		for _, p := range s.pos {
			used[p] = true
			if p == i-1 && e.lx.testAtFree(vts, i) && vts[p].clause == vts[i].clause {
				// The head is itself a test or procedure noun and the
				// subterm is the site right before it ("lumbar
				// puncture", "Puncture, lumbar region"): the procedure,
				// not a wound.
				return cand{}, false
			}
		}
	}
	w.agent = 0
	code, why, pos, neo := e.resolvePath(w, n, path, u.head, 0)
	sc += 64 * w.agent
	histOnly := false
	if ownBare && len(pos) == j-i && regionless(code) {
		// "History of an upper extremity fracture": the injury of a
		// region the entry does not read is no T14 injury now, but its
		// personal history code names no region (Z87.81), so the
		// reading is kept for a past mention only.
		ownBare, histOnly = false, true
	}
	if code == "" || seeOnly && !e.organRead(vts, pos, i, j) || (bareAdj || ownBare) && len(pos) == j-i {
		return cand{}, false
	}
	if (e.noRegionCode(code) || e.skinCode(code)) && e.innerBeside(vts, a, b, i, j, pos) {
		// "Suprarenal hematoma", "acute parietal hematoma": the note
		// names an inner organ the entry has no subterm for, and the
		// code is an injury of an unspecified body region (Hematoma -
		// see also Contusion, T14.8): neither the site nor, often, an
		// injury. "Ulceration of the esophageal mucosa", "renal
		// pigmentation": the entry's default is the skin's (Ulcer, skin
		// L98.49-; Pigmentation L81.9), the site the note names is an
		// inner organ's (data/inner_site.tsv).
		return cand{}, false
	}
	if (code[0] != 'Z' || statusCode(code)) && e.serviceName(vts, a, b, pos) {
		// (An encounter's Z code is about the encounter: "palliative
		// care unit" is palliative care. A status or history is the
		// patient's and a service does not document it: "intestinal
		// transplantation unit" is no transplant status, Z94.82.)
		return cand{}, false
	}
	// Nonessential modifiers present near the mention are evidence too.
	last := n
	if len(path) > 0 {
		last = path[len(path)-1].n
	}
	if agentLo >= 0 {
		// The agent is the infection's own mention's ("Klebsiella
		// pneumonia with sepsis" keeps J15.0 beside A41.59): lent, not
		// taken.
		pos = slices.DeleteFunc(pos, func(p int) bool { return p >= agentLo && p < i })
	}
	nReq := len(pos)
	for x := last; x != nil; x = x.parent {
		for _, o := range x.opt {
			if p := w.find(o, w.lo, w.hi); p >= 0 && !causeBetween(vts, p, i) {
				used[p] = true
				pos = append(pos, p)
			}
		}
	}
	hi, whi := w.hi, w.whi
	if m := slices.Max(pos[:nReq]); m >= j && widePath(path) {
		// "osteoporosis with current pathological fracture of the left
		// humerus": a "with" condition read after the head is qualified
		// by the words right after it in its clause (the site, the
		// side), which the tabular then reads.
		for k := m + 1; k < min(w.whi, m+1+nearRight) && vts[k].clause == vts[m].clause; k++ {
			hi = max(hi, k+1)
		}
	}
	if m := slices.Max(pos[:nReq]); m >= j {
		// The tabular (7th character, side) reads the wide window from
		// the last word the walk read, as it does from the head: "DM2
		// with mild NPDR without macular edema OS" names the eye of the
		// retinopathy (E11.3292) further than the wide window of "DM2"
		// reaches.
		for k := w.whi; k < min(b, m+1+wideSpan) && vts[k].part == vts[m].part; k++ {
			whi = k + 1
		}
	}
	if n.encounter {
		// The line is about the visit: "screening for colon cancer" is the
		// screening, whose words the cancer's reading shares.
		sc += 64
	}
	lo := w.lo
	if shareHi > 0 && !slices.ContainsFunc(pos, func(p int) bool { return p >= shareLo && p < shareHi }) {
		// A reading that took no site of the clause before takes no
		// side from it either ("left knee pain and gout").
		lo = max(lo, cs)
	}
	c := cand{code: code, why: why, pos: sb.ints.keep(pos), score: sc + 64*len(u.head), head: i,
		lo: lo, hi: hi, wlo: w.wlo, whi: whi, neo: neo, nOpt: len(pos) - nReq, histOnly: histOnly}
	if cap(pos) > cap(u.head) {
		u.head = pos // built on head and grown: keep the larger buffer
	}
	return c, true
}

// regionless reports whether code is an injury of unspecified body region
// (category T14, data/code_blocks.tsv): the code of an injury entry read
// without its site.
func regionless(code string) bool {
	return hasAnyPrefix(code, codeBlocks().regionless)
}

// widePath reports a path with a "with" subterm (matched in the wide
// window).
func widePath(path []step) bool {
	for _, s := range path {
		if s.n.parent != nil && slices.Contains(s.n.parent.withKids, s.n) {
			return true
		}
	}
	return false
}

// neoBefore reports whether the head at i follows, in its clause, a word
// whose main term leads to the Table of Neoplasms ("metastatic"), with at
// most two site words between them ("metastatic liver lesion").
func (e *Engine) neoBefore(vts []vt, a, i int) bool {
	for k := i - 1; k >= a && k >= i-3 && vts[k].clause == vts[i].clause; k-- {
		x := vts[k].w
		if int(x) < len(e.lx.neoHead) && e.lx.neoHead[x] {
			return true
		}
		if !e.isSite(x) {
			return false
		}
	}
	return false
}

// sideIn reports a right, left or bilateral word in vts[a:b].
func (e *Engine) sideIn(vts []vt, a, b int) bool {
	for k := a; k < b; k++ {
		if e.isLateral(vts[k].w) {
			return true
		}
	}
	return false
}

// sidedSitePhrase returns, for the clause ending at cs, the position of a
// side that opens a site named before the clause's condition ("left knee
// pain") and the end of its site words; -1 when the clause has none.
func (e *Engine) sidedSitePhrase(vts []vt, a, cs int) (int, int) {
	ps := clauseStart(vts, a, cs-1)
	for p0 := ps; p0 < cs && p0 <= ps+1; p0++ {
		if !e.isLateral(vts[p0].w) {
			continue
		}
		m := p0 + 1
		for m < cs && e.isSite(vts[m].w) {
			m++
		}
		if m > p0+1 && m < cs && cs-m <= 3 && e.namesCondition(vts, m, cs) {
			return p0, m
		}
		break
	}
	return -1, -1
}

// ownClausesApart reports whether the words two readings do not share
// (their sites and sides aside) lie in different clauses: two coordinated
// conditions ("pain and stiffness"), not two readings of one phrase ("stab
// wound to the chest").
func (e *Engine) ownClausesApart(vts []vt, a, b []int) bool {
	for _, p := range a {
		if slices.Contains(b, p) || e.isSite(vts[p].w) || e.isLateral(vts[p].w) {
			continue
		}
		for _, q := range b {
			if !slices.Contains(a, q) && vts[q].clause == vts[p].clause {
				return false
			}
		}
	}
	return true
}

// clauseDenied reports whether a word of data/clause_denial.txt ("no",
// "denies") stands in the clause of vts[i] before it, from the clause's
// first word vts[hc] (the denial itself is a stop word, not in vts: it is
// read from the section's tokens toks).
func (e *Engine) clauseDenied(toks []text.Token, vts []vt, hc, i int) bool {
	from := int(vts[hc-1].src) + 1
	for k := from; k < int(vts[i].src) && k < len(toks); k++ {
		if e.lx.bits.denyClause.has(e.tokWid(&toks[k])) {
			return true
		}
	}
	return false
}

// clauseStart returns the first position of the clause of vts[k], not
// before a.
func clauseStart(vts []vt, a, k int) int {
	for k > a && vts[k-1].clause == vts[k].clause {
		k--
	}
	return k
}

// shortClause reports whether the clause ending at vts[k] holds at most
// most words from a: a qualifier list ("acute on chronic combined systolic
// and diastolic"), not a phrase of its own ("abundant urine output through
// drainage and surgical wound infection").
func shortClause(vts []vt, a, k, most int) bool {
	n := 0
	for j := k; j >= a && vts[j].clause == vts[k].clause; j-- {
		n++
	}
	return n <= most
}

// injuryChapter reports a code of chapter 19 (S00-T88): an injury or a
// reaction, which a status code may share its substance's words with.
func injuryChapter(code string) bool {
	return code != "" && (code[0] == 'S' || code[0] == 'T')
}

// choose keeps, per sentence, the best non-overlapping candidates: a
// candidate whose words are mostly inside a better one is the same mention
// read less specifically ("failure" vs "heart failure, systolic"), unless the
// tabular pairs the two codes (use additional / code first).
// The kept candidates are appended to out.
func choose(e *Engine, vts []vt, cs, out []cand) []cand {
	slices.SortStableFunc(cs, func(a, b cand) int {
		if a.sent != b.sent {
			return cmp.Compare(a.sent, b.sent)
		}
		if a.score != b.score {
			return cmp.Compare(b.score, a.score)
		}
		return cmp.Compare(len(b.pos), len(a.pos))
	})
	start := len(out)
	for i := range cs {
		if i > 0 && cs[i].sent != cs[i-1].sent {
			start = len(out)
		}
		c := &cs[i]
		keep, dropOpt, lendOpt := true, false, false
		cmin, cmax := posRange(c.pos)
		for k := start; k < len(out); k++ {
			o := &out[k]
			if omin, omax := posRange(o.pos); omax < cmin || omin > cmax {
				continue
			}
			ov := overlap(c.pos, o.pos)
			if c.nOpt > 0 && o.code != c.code {
				// Only the words c needs count: in "septic shock due to
				// pneumonia" the pneumonia's nonessential "septic" is the
				// shock's word, and the pneumonia is its own mention.
				ov = overlap(c.pos[:len(c.pos)-c.nOpt], o.pos)
				if ov == 0 {
					dropOpt = true
				}
			}
			if ov > 0 && ov < len(c.pos) && o.nOpt > 0 && o.code != c.code && overlap(c.pos, o.pos[:len(o.pos)-o.nOpt]) == 0 {
				// The other way round: "Pseudomonas pneumonia with
				// septic shock" reads the better-scored pneumonia with
				// its nonessential "septic", a word the shock needs; the
				// shock, a mention with a word of its own, keeps it, and
				// the pneumonia's evidence gives it up. (A reading of the
				// modifier alone is none: the "psychotic" of "severe
				// without psychotic features".)
				ov, lendOpt = 0, true
			}
			if (c.coord > 0 || o.coord > 0) && c.head == o.head {
				// A coordinated reading shares its head with the
				// first one ("liver and bone metastases").
				ov -= max(c.coord, o.coord)
			}
			if ov == 0 {
				continue
			}
			if o.code == c.code {
				if e.ownHead(vts, c, o) {
					continue
				}
				keep = false
				break
			}
			if statusCode(o.code) != statusCode(c.code) && (injuryChapter(o.code) || injuryChapter(c.code)) && !slices.Contains(o.pos, c.head) && !slices.Contains(c.pos, o.head) {
				// An allergy status and a reaction read from the same
				// substance ("peanut allergy with anaphylaxis": Z91.010
				// and T78.01XA) are two facts, each with its own head.
				continue
			}
			if longTermCode(o.code) != longTermCode(c.code) && (adverseEffect(o.code) || adverseEffect(c.code) || readsCause(vts, c, o) || readsCause(vts, o, c)) {
				// "hypoglycemia due to insulin detemir": the long-term
				// use of the drug its name says (Z79.4, a "self" row of
				// data/longterm.tsv) and the condition read with the drug
				// as its cause (E16.0), or the drug's adverse effect
				// (T38.3X5A), are two facts of one mention.
				continue
			}
			if agentCode(o.code) && !agentCode(c.code) {
				// An agent read "as cause of disease classified
				// elsewhere" ("group A streptococcus", B95.0) shares
				// its words with the disease it caused ("group A
				// streptococcal pharyngitis", J02.0): the disease is
				// its own mention, and an agent its code names is
				// dropped later (dropNamedAgent).
				continue
			}
			if ov == len(o.pos) && ov < len(c.pos) && c.why.k > 1 && !slices.Contains(o.pos, c.head) {
				// c reads every word of o and a head of its own: not o
				// read less specifically but a condition o is part of,
				// read through a reference whose words score nothing
				// ("coagulopathy due to liver disease": Coagulopathy -
				// see also Defect, coagulation, due to, liver disease
				// D68.4, beside the liver disease itself).
				continue
			}
			if ownPhrase(vts, c, o) && codeWithout(vts, o, c) || ownPhrase(vts, o, c) && codeWithout(vts, c, o) {
				// "NSTEMI with underlying CAD": the infarct read
				// "coronary artery" (Infarct, coronary artery - see
				// Infarct, myocardium) from the words that qualify the
				// disease's own head, words its code does not need; the
				// disease is its own mention.
				continue
			}
			if c.neo != o.neo && !slices.Contains(o.pos, c.head) && !slices.Contains(c.pos, o.head) && (e.foundHead(vts, c) || e.foundHead(vts, o)) && oneClause(vts, c.pos, o.pos) {
				// "An esophageal mass consistent with carcinoma": the
				// mass and the neoplasm it is found as share their site
				// word, each with a head of its own, in one clause. Both
				// are read; the mass gives way to the neoplasm at its
				// site later (dropFoundAs). ("A bladder lesion and spinal
				// metastases" are two findings: the metastases do not
				// borrow the lesion's site.)
				continue
			}
			if ov*2 >= len(c.pos) && !e.paired(o.code, c.code) && !(e.ownClausesApart(vts, c.pos, o.pos) && e.siteShared(vts, c.pos, o.pos)) {
				// (Two coordinated conditions of one site, "right
				// shoulder pain and stiffness", "pain and stiffness of
				// the right shoulder", are two mentions: siteShared.)
				if bareBeforeCause(vts, c, o) {
					// "Hypertension due to renal artery stenosis":
					// the hypertension read the cause's "renal" as
					// its own subterm (Hypertension, kidney, I12.9);
					// the cause is its own mention, and the
					// hypertension is its main term, whose "due to"
					// subterm the cause's title reads (causeKid).
					continue
				}
				keep = false
				break
			}
		}
		if keep {
			if dropOpt {
				// Its evidence leaves out the modifiers another kept
				// reading needs ("pneumonia", not "septic … pneumonia").
				c.pos = withoutShared(c.pos, c.nOpt, out[start:])
			}
			if lendOpt {
				for k := start; k < len(out); k++ {
					if o := &out[k]; o.nOpt > 0 && o.code != c.code && overlap(c.pos, o.pos[len(o.pos)-o.nOpt:]) > 0 && overlap(c.pos, o.pos[:len(o.pos)-o.nOpt]) == 0 {
						n := len(o.pos) - o.nOpt
						kept := o.pos[:n:n]
						for _, p := range o.pos[n:] {
							if !slices.Contains(c.pos, p) {
								kept = append(kept, p)
							}
						}
						o.pos, o.nOpt = kept, len(kept)-n
					}
				}
			}
			out = append(out, *c)
		}
	}
	return out
}

// longTermCode reports a long-term (current) drug therapy code (Z79.-,
// data/code_blocks.tsv "therapy"), whose drug words a condition may read as
// its cause: choose keeps both.
func longTermCode(code string) bool {
	return hasAnyPrefix(code, codeBlocks().therapy)
}

// bareBeforeCause turns c into the bare reading of its main term when the
// words it shares with o are all words c read after its own "due to"
// (readsCause), o does not read c's head, and c keeps words before the
// cause: c then names the condition, o its cause, and emit reads the cause
// into the main term's "due to" subterm (ownCause, causeKid). It reports
// whether c was so changed (c.pos then shares nothing with o).
func bareBeforeCause(vts []vt, c, o *cand) bool {
	if c.tab || o.tab || c.why.k == 0 || c.why.parts[0].n == nil || !readsCause(vts, c, o) || slices.Contains(o.pos, c.head) {
		return false
	}
	root := c.why.parts[0].n
	for root.parent != nil {
		root = root.parent
	}
	if root.code == "" || strings.HasSuffix(root.code, "-") || !slices.ContainsFunc(root.conn, func(k *node) bool { return k.lt == "due to" }) && !slices.ContainsFunc(root.kids, func(k *node) bool { return k.lt == "due to" }) {
		return false
	}
	var pos []int
	for _, p := range c.pos {
		if !slices.Contains(o.pos, p) && p <= c.head {
			pos = append(pos, p)
		}
	}
	if len(pos) == 0 {
		return false
	}
	c.code, c.pos, c.why, c.nOpt = root.code, pos, whyOf(root, false), 0
	return true
}

// readsCause reports whether every word condition c shares with o is one
// c reads after "due to" (vt.dueTo, vt.cause), so that o names the cause,
// not c read less specifically.
func readsCause(vts []vt, c, o *cand) bool {
	n := 0
	for _, p := range c.pos {
		if !slices.Contains(o.pos, p) {
			continue
		}
		if p >= len(vts) || !vts[p].dueTo && !vts[p].cause {
			return false
		}
		n++
	}
	return n > 0
}

// ownHead reports whether c, a reading of o's code, has a head of its own
// in another clause, which o does not read, before the words they share:
// "edema, likely CHF" reads the
// edema as "Edema, cardiac - see Failure, heart" with the heart of "CHF".
// It is a mention of its own, whose certain part (the edema) emit keeps
// when the part read from the other clause is uncertain (certainParts).
func (e *Engine) ownHead(vts []vt, c, o *cand) bool {
	return !c.tab && !o.tab && c.head >= 0 && o.head >= 0 && c.head < len(vts) && o.head < len(vts) &&
		!slices.Contains(o.pos, c.head) && !slices.Contains(c.pos, o.head) && vts[c.head].clause != vts[o.head].clause &&
		!slices.ContainsFunc(c.pos, func(p int) bool { return p < c.head && slices.Contains(o.pos, p) })
}

// ownPhrase reports whether the words a shares with b are the words right
// before a's head, in its clause, and b's head is neither among them nor
// a's head: they qualify a's condition ("coronary artery disease"), and b,
// a condition named elsewhere, read them only as a subterm ("NSTEMI with
// underlying coronary artery disease": Infarct, coronary artery).
func ownPhrase(vts []vt, a, b *cand) bool {
	if a.head < 0 || b.head < 0 || a.head == b.head || slices.Contains(b.pos, a.head) || slices.Contains(a.pos, b.head) {
		return false
	}
	lo, n := a.head, 0
	for _, p := range b.pos {
		if slices.Contains(a.pos, p) {
			if p >= a.head || vts[p].clause != vts[a.head].clause {
				return false
			}
			lo = min(lo, p)
			n++
		}
	}
	if n == 0 || b.head >= lo && b.head < a.head || slices.Contains(b.pos, lo-1) && vts[lo-1].clause == vts[lo].clause {
		// (A word of b right before the shared ones makes one phrase
		// of them: "inflammatory bowel disease".)
		return false
	}
	// The shared words run up to the head without a gap.
	return n == a.head-lo
}

// codeWithout reports whether b read the words it shares with a only on
// the way to a see reference whose own path the note's other words near b
// name: "Infarct, coronary artery - see Infarct, myocardium", then
// myocardium and non-ST elevation from "NSTEMI". The shared words chose
// nothing. (In "the pain felt like a heart attack" the "heart" of "Pain,
// heart - see Pain, precordial" did: the note says no "precordial".)
func codeWithout(vts []vt, b, a *cand) bool {
	if b.tab || b.why.k < 2 {
		return false
	}
	lo, hi := max(b.lo, 0), min(b.hi, len(vts))
	for n := b.why.parts[b.why.k-1].n; n != nil && n.parent != nil; n = n.parent {
		if !wordsNear(vts, n.req, lo, hi, a.pos) && !slices.ContainsFunc(n.alts, func(ws []wid) bool { return wordsNear(vts, ws, lo, hi, a.pos) }) {
			return false
		}
	}
	return true
}

// wordsNear reports whether every word of ws is in vts[lo:hi] at a
// position not in not.
func wordsNear(vts []vt, ws []wid, lo, hi int, not []int) bool {
	for _, x := range ws {
		found := false
		for p := lo; p < hi && !found; p++ {
			found = vts[p].w == x && !slices.Contains(not, p)
		}
		if !found {
			return false
		}
	}
	return true
}

// withoutShared returns pos without those of its last nOpt positions
// (nonessential modifiers) that a candidate of kept reads.
func withoutShared(pos []int, nOpt int, kept []cand) []int {
	out := pos[: len(pos)-nOpt : len(pos)-nOpt]
	for _, p := range pos[len(pos)-nOpt:] {
		shared := false
		for k := range kept {
			if slices.Contains(kept[k].pos, p) {
				shared = true
				break
			}
		}
		if !shared {
			out = append(out, p)
		}
	}
	return out
}

func posRange(p []int) (int, int) {
	lo, hi := 1<<30, -1
	for _, x := range p {
		lo, hi = min(lo, x), max(hi, x)
	}
	return lo, hi
}

func overlap(a, b []int) int {
	n := 0
	for _, x := range a {
		for _, y := range b {
			if x == y {
				n++
				break
			}
		}
	}
	return n
}

// paired says whether the tabular links two codes through "use additional
// code" or "code first" notes, so both may come from one phrase.
func (e *Engine) paired(a, b string) bool {
	ca, ok1 := e.cs.Lookup(strings.TrimRight(a, "-."))
	cb, ok2 := e.cs.Lookup(strings.TrimRight(b, "-."))
	if !ok1 || !ok2 {
		return false
	}
	return notesCover(ca.UseAdditional, cb.Code) || notesCover(ca.CodeFirst, cb.Code) ||
		notesCover(cb.UseAdditional, ca.Code) || notesCover(cb.CodeFirst, ca.Code) ||
		notesCover(ca.CodeAlso, cb.Code) || notesCover(cb.CodeAlso, ca.Code)
}

// notesCover reports whether any code reference in notes covers code (the
// reference is the code or one of its ancestors; ranges "A-B" are compared
// lexically on the undotted forms). It does not allocate: it runs for every
// pair of codes in a note.
func notesCover(notes []codeset.Note, code string) bool {
	var kb [16]byte
	return notesCoverKey(notes, undotTo(kb[:0], code))
}

// notesCoverKey is notesCover for an undotted code.
func notesCoverKey(notes []codeset.Note, k []byte) bool {
	for _, n := range notes {
		for _, r := range n.Codes {
			if refCovers(r, k) {
				return true
			}
		}
	}
	return false
}

// refCovers reports whether one tabular note reference covers the undotted
// code k (notesCoverKey).
func refCovers(ref string, k []byte) bool {
	var lb, hb [16]byte
	lo, hi, rng := refBounds(ref, lb[:0], hb[:0])
	return boundsCover(lo, hi, rng, k)
}

// refBounds parses a tabular note's code reference once for boundsCover:
// the undotted code ("E84.-" -> "E84") appended to lb, or, for a range
// ("C00-D49"), its undotted ends in lb and hb and rng true.
func refBounds(ref string, lb, hb []byte) (lo, hi []byte, rng bool) {
	ref = strings.TrimRight(ref, ".-")
	if i := strings.IndexByte(ref, '-'); i > 0 {
		return undotTo(lb, ref[:i]), undotTo(hb, ref[i+1:]), true
	}
	return undotTo(lb, ref), nil, false
}

// boundsCover reports whether the undotted code k lies under a reference
// refBounds parsed: below the code, or in the range compared on the
// range's own length.
func boundsCover(lo, hi []byte, rng bool, k []byte) bool {
	if rng {
		kk := k
		if len(kk) > len(hi) {
			kk = kk[:len(hi)]
		}
		return string(kk) >= string(lo) && string(kk) <= string(hi)
	}
	return len(lo) > 0 && len(k) >= len(lo) && string(k[:len(lo)]) == string(lo)
}

// undotTo appends s without dots to dst.
func undotTo(dst []byte, s string) []byte {
	for i := 0; i < len(s); i++ {
		if s[i] != '.' {
			dst = append(dst, s[i])
		}
	}
	return dst
}

func undot(s string) string { return strings.ReplaceAll(s, ".", "") }

// ErrInvalidUTF8 is returned by CheckText for text that is not valid UTF-8:
// evidence offsets could split a character, so callers reject such input at
// their edge (the coder itself never panics on it).
var ErrInvalidUTF8 = errors.New("coder: text is not valid UTF-8")

// CheckText validates text before coding it; callers at a trust boundary (the
// CLI, the server) use it to reject unusable input with a typed error.
func CheckText(s string) error {
	if !utf8.ValidString(s) {
		return ErrInvalidUTF8
	}
	return nil
}

// codeRange is a compiled code reference of a tabular note: a code prefix
// (lo == hi) or a range "A-B" compared on the undotted forms. A note may
// narrow its references by characters after the category ("E08-E13 with
// .44", "S02.- with 7th character B", "B27.- with fifth character 2"): the
// undotted key from position at must then lie between qlo and qhi (compared
// on the length of qhi, as ranges are); at < 0 means the key must end with
// qlo ("I69. with final characters -23"). A narrowing by words ("categories
// E08-E10, E11, E13 with ketoacidosis") is kept in word until noteRefs
// replaces it by the codes whose titles say it; until then it covers nothing.
type codeRange struct {
	lo, hi   string
	isRange  bool
	at       int // != 0: position of the narrowing characters in the key (< 0: its end)
	qlo, qhi string
	word     string
}

// covers reports whether the reference covers undotted code k (same rules
// as refCovers, then the note's narrowing).
func (r codeRange) covers(k string) bool {
	if r.word != "" {
		return false
	}
	if r.isRange {
		kk := k
		if len(kk) > len(r.hi) {
			kk = kk[:len(r.hi)]
		}
		if kk < r.lo || kk > r.hi {
			return false
		}
	} else if len(r.lo) == 0 || len(k) < len(r.lo) || k[:len(r.lo)] != r.lo {
		return false
	}
	if r.at < 0 {
		return len(k) > len(r.lo) && strings.HasSuffix(k, r.qlo)
	}
	if r.at > 0 {
		if len(k) < r.at+len(r.qlo) {
			return false
		}
		q := k[r.at:min(len(k), r.at+len(r.qhi))]
		return q >= r.qlo && q <= r.qhi
	}
	return true
}

// Narrowing clauses of tabular notes, read after " with " following the
// code references (see codeRange).
var (
	qualDot   = regexp.MustCompile(`^\.([0-9A-Z]+)-?(?:-\.([0-9A-Z]+)-?)?\)?$`)
	qualFifth = regexp.MustCompile(`^(?:fifth|5th)[- ]characters? \.?([0-9A-Z]+)\)?$`)
	qualFive6 = regexp.MustCompile(`^(?:fifth|5th) to (?:sixth|6th) characters? ([0-9A-Z]+)\)?$`)
	qual7th   = regexp.MustCompile(`^(?:7th|seventh) characters? ([0-9A-Z])\)?$`)
	qualFinal = regexp.MustCompile(`^final characters? -?([0-9A-Z]+)\)?$`)
	qualWord  = regexp.MustCompile(`^([a-z]+)\)?$`)
	qualAfter = regexp.MustCompile(`[A-Z][0-9][0-9A-Z](?:\.[0-9A-Z]*-?)?\)?,? with (.+)$`)
)

// narrowing parses the clause a note adds after its code references; ok is
// false when the note has one that cannot be read ("S52.- with open fracture
// 7th character"): such references are dropped rather than read too broadly.
func narrowing(text string) (r codeRange, has, ok bool) {
	m := qualAfter.FindStringSubmatch(strings.TrimSpace(text))
	if m == nil {
		return r, false, true
	}
	q := strings.TrimSpace(m[1])
	if x := qualDot.FindStringSubmatch(q); x != nil {
		hi := x[2]
		if hi == "" {
			hi = x[1]
		}
		return codeRange{at: 3, qlo: x[1], qhi: hi}, true, true
	}
	if x := qualFifth.FindStringSubmatch(q); x != nil {
		return codeRange{at: 4, qlo: x[1], qhi: x[1]}, true, true
	}
	if x := qualFive6.FindStringSubmatch(q); x != nil {
		return codeRange{at: 4, qlo: x[1], qhi: x[1]}, true, true
	}
	if x := qual7th.FindStringSubmatch(q); x != nil {
		return codeRange{at: 6, qlo: x[1], qhi: x[1]}, true, true
	}
	if x := qualFinal.FindStringSubmatch(q); x != nil {
		return codeRange{at: -1, qlo: x[1], qhi: x[1]}, true, true
	}
	if x := qualWord.FindStringSubmatch(q); x != nil {
		return codeRange{word: x[1]}, true, true
	}
	return r, true, false
}

// compileRefs turns the code references of notes into ranges, narrowed by
// the clause a note adds after them ("E08-E13 with .42", see narrowing).
func compileRefs(notes []codeset.Note) []codeRange {
	var out []codeRange
	for _, n := range notes {
		q, has, ok := narrowing(n.Text)
		if !ok {
			continue
		}
		prose := proseRefs(n.Text)
		for _, ref := range n.Codes {
			ref = strings.TrimRight(ref, ".-")
			if anyCovers(prose, undot(ref)) {
				continue
			}
			r := codeRange{lo: undot(ref)}
			if i := strings.IndexByte(ref, '-'); i > 0 {
				r = codeRange{lo: undot(ref[:i]), hi: undot(ref[i+1:]), isRange: true}
			}
			if has {
				r.at, r.qlo, r.qhi, r.word = q.at, q.qlo, q.qhi, q.word
			}
			out = append(out, r)
		}
	}
	return out
}

// codeWord is a code written in a note's text, or a range of two.
var codeWord = regexp.MustCompile(`[A-Z][0-9][0-9A-Z](?:\.[0-9A-Z]+)?(?:-[A-Z][0-9][0-9A-Z](?:\.[0-9A-Z]+)?)?`)

// proseRefs returns the codes a note names in its prose, outside the
// parentheses that hold its references, when it has such parentheses:
// "pneumoconiosis associated with tuberculosis, any type in A15 (J65)"
// excludes J65, and "any condition in I51.4-I51.9 due to hypertension
// (I11.-)" excludes I11, not the codes the condition is described by. A note
// with no code in parentheses ("code(s) from F10 to identify
// manifestations") names its references in its prose.
func proseRefs(text string) []codeRange {
	if !strings.Contains(text, "(") {
		return nil
	}
	var out, inner []byte
	depth := 0
	for i := 0; i < len(text); i++ {
		switch b := text[i]; {
		case b == '(':
			depth++
			out = append(out, ' ')
		case b == ')' && depth > 0:
			depth--
			inner = append(inner, ' ')
			out = append(out, ' ')
		case depth > 0:
			inner = append(inner, b)
		default:
			out = append(out, b)
		}
	}
	if !codeWord.Match(inner) {
		return nil
	}
	var rs []codeRange
	for _, m := range codeWord.FindAllIndex(out, -1) {
		if m[0] > 0 && isWordByte(out[m[0]-1]) || m[1] < len(out) && isWordByte(out[m[1]]) {
			continue // part of a longer word
		}
		w := string(out[m[0]:m[1]])
		if lo, hi, ok := strings.Cut(w, "-"); ok {
			rs = append(rs, codeRange{lo: undot(lo), hi: undot(hi), isRange: true})
		} else {
			rs = append(rs, codeRange{lo: undot(w)})
		}
	}
	return rs
}

// isWordByte reports whether b is an ASCII letter or digit: a match that
// touches one is inside a longer word.
func isWordByte(b byte) bool {
	return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= '0' && b <= '9'
}

// noteRefs returns the compiled Excludes1 (kind 'x'), own Excludes1 (kind
// 'o': the notes written at the code itself, not inherited from its category,
// section or chapter), definite Excludes1 (kind 'd': the notes that name no
// condition "NOS" or "unspecified", namesDefinite), use-additional (kind 'u')
// or code-first (kind 'f') references of a code,
// cached: the note-level rules compare
// every pair of a note's codes. A reference narrowed by a word is replaced
// by the codes it covers whose titles have the word (a scan of the code set,
// once per code that has such a note).
func (e *Engine) noteRefs(c *codeset.Code, kind byte) []codeRange {
	cache, notes := &e.refsU, c.UseAdditional
	switch kind {
	case 'x':
		cache, notes = &e.refsX, c.Excludes1
	case 'o':
		cache = &e.refsO
	case 'd':
		cache = &e.refsD
	case 'f':
		cache, notes = &e.refsF, c.CodeFirst
	}
	if v, ok := cache.get(c.Code); ok {
		return v
	}
	switch kind {
	case 'o':
		notes = nil
		for _, n := range c.Excludes1 {
			if n.From == c.Code {
				notes = append(notes, n)
			}
		}
	case 'd':
		notes = nil
		for _, n := range c.Excludes1 {
			if t := strings.ToLower(n.Text); !strings.Contains(t, " nos") && !strings.Contains(t, "unspecified") {
				notes = append(notes, n)
			}
		}
	}
	rs := compileRefs(notes)
	for i := 0; i < len(rs); i++ {
		r := rs[i]
		if r.word == "" {
			continue
		}
		rs = slices.Delete(rs, i, i+1)
		i--
		word := r.word
		r.word = ""
		for _, x := range e.cs.All() {
			k := undot(x.Code)
			if r.covers(k) && strings.Contains(strings.ToLower(x.Title), word) {
				rs = append(rs, codeRange{lo: k})
			}
		}
	}
	return cache.put(c.Code, rs)
}

// strCache is a concurrent map from a code to data derived from the static
// code set on first use. Unlike a sync.Map, a lookup with a string key does
// not allocate (it runs several times per mention).
type strCache[V any] struct {
	mu sync.RWMutex
	m  map[string]V
}

func (c *strCache[V]) get(k string) (V, bool) {
	c.mu.RLock()
	v, ok := c.m[k]
	c.mu.RUnlock()
	return v, ok
}

// put stores v unless a value is already there, and returns the stored one.
func (c *strCache[V]) put(k string, v V) V {
	c.mu.Lock()
	defer c.mu.Unlock()
	if old, ok := c.m[k]; ok {
		return old
	}
	if c.m == nil {
		c.m = map[string]V{}
	}
	c.m[k] = v
	return v
}

func anyCovers(rs []codeRange, k string) bool {
	for _, r := range rs {
		if r.covers(k) {
			return true
		}
	}
	return false
}

// serviceName reports whether the words at pos name a service, a team or a
// test ("Infectious Diseases Department", "specialists in infectious
// diseases", "tumor markers"): a word of data/specialty.txt right after the
// mention or after its first word, or "specialist(s)" right before it.
func (e *Engine) serviceName(vts []vt, a, b int, pos []int) bool {
	lo, hi := posRange(pos)
	if hi < 0 {
		return false
	}
	if hi+1 < b && e.lx.bits.specialty.has(vts[hi+1].w) && vts[hi+1].clause == vts[hi].clause && vts[hi+1].src-vts[hi].src <= 1 {
		// (Written next to it: "fever on the ward" is the patient's
		// fever in a place, not the name of a service.)
		return true
	}
	// A reading that gathers its head from further on ("Lesion, primary" read
	// from "primary care centre because of a lesion") starts with a service
	// name too when the word after its first word is one.
	if lo < hi && lo+1 < b && e.lx.bits.specialty.has(vts[lo+1].w) && vts[lo+1].clause == vts[lo].clause && vts[lo+1].src-vts[lo].src <= 1 {
		return true
	}
	// Before the mention only "specialists (in)" names the field, and a
	// service word joined by "of" ("Department of Infectious Diseases",
	// "markers of cryoglobulinemia"): "unit for sepsis", "ward with pain"
	// are places where a patient has it.
	if k := lo - 1; k >= a && vts[k].clause == vts[lo].clause && (e.lx.specialistWord(vts[k].w) || vts[k].ofNext && e.lx.bits.specialty.has(vts[k].w)) {
		return true
	}
	// "A reassessment by infectious diseases", "seen by Infectious
	// Disease": who examined the patient (data/seen_by.txt).
	if k := lo - 1; k >= a && vts[k].clause == vts[lo].clause && vts[k].byNext && vts[lo].src == vts[k].src+2 && e.lx.seenBy[vts[k].w] {
		return true
	}
	return false
}

// siteWord reports a word that starts a row of the Table of Neoplasms, in
// its first spelling or another ("Pelvis, pelvic": "pelvic adhesions"), or
// a body-part word of data/site_words.txt ("digital necrosis").
func (e *Engine) siteWord(w wid) bool {
	if e.isSite(w) || e.lx.siteWords[w] {
		return true
	}
	if e.ix.neo == nil {
		return false
	}
	for _, k := range e.ix.neo.byWord[w] {
		// One word: "central" only starts "central nervous system".
		for _, alt := range k.alts {
			if len(alt) == 1 && alt[0] == w {
				return true
			}
		}
	}
	return false
}

// siteBeside reports whether the hit at [i, j) has a body-site word (a row of
// the Table of Neoplasms) beside it (besideHit): "plantar", "of the toes",
// "of the left foot".
func (e *Engine) siteBeside(vts []vt, a, b, i, j int) bool {
	return e.besideHit(vts, a, b, i, j, func(k int) bool { return e.siteWord(vts[k].w) })
}

// besideHit calls f on the words where a note names the site of the hit at
// [i, j): the word right before it in its clause, and the two words after
// it in its clause (joined by a preposition, an article or a side, within
// five tokens of the text). A side word after the hit does not count
// against the two: "an abscess in the right lower lobe" names its site as
// "an abscess in the lower lobe" does, "hematomas in both upper limbs" as
// "hematomas in the upper limbs". It stops at, and reports, the first word
// f is true for.
func (e *Engine) besideHit(vts []vt, a, b, i, j int, f func(k int) bool) bool {
	if k := i - 1; k >= a && vts[k].clause == vts[i].clause && f(k) {
		return true
	}
	end := j + 2
	for k := j; k < b && k < end && vts[k].clause == vts[j-1].clause && vts[k].src-vts[j-1].src <= 5; k++ {
		if f(k) {
			return true
		}
		if e.lx.isSide(vts[k].w) || vts[k].w == e.lx.wBilat {
			end++
		}
	}
	return false
}

// Kinds of body-site words (Engine.organW).
const (
	organInner uint8 = 1 << iota
	organOuter
)

// organWords classifies the word ids that spell a one-word row of the
// Table of Neoplasms by the row's malignant primary code: an inner organ's
// (data/inner_site.tsv) or another site's. A word whose rows code both is
// both. The linings of data/inner_site.tsv are inner. Built once in New, so
// innerBeside asks a slice per word.
func (e *Engine) organWords() []uint8 {
	out := make([]uint8, len(e.lx.v.words))
	for w := range e.lx.innerWords {
		if int(w) < len(out) {
			out[w] |= organInner
		}
	}
	if e.ix.neo == nil || e.ix.malCol < 0 {
		return out
	}
	for w, rows := range e.ix.neo.byWord {
		if int(w) >= len(out) {
			continue
		}
		for _, k := range rows {
			one := len(k.req) == 1 && k.req[0] == w
			for _, alt := range k.alts {
				one = one || len(alt) == 1 && alt[0] == w
			}
			if !one || e.ix.malCol >= len(k.cells) {
				continue
			}
			c := strings.TrimRight(k.cells[e.ix.malCol], ".-")
			if c == "" {
				continue
			}
			if hasAnyPrefix(c, e.lx.innerCodes) {
				out[w] |= organInner
			} else {
				out[w] |= organOuter
			}
		}
	}
	return out
}

// skinCode reports a code of the skin (data/inner_site.tsv): chapter 12
// and the skin's signs (R20-R23).
func (e *Engine) skinCode(code string) bool {
	return hasAnyPrefix(code, e.lx.skinCodes)
}

// innerBeside reports whether the hit at [i, j) has an inner organ's word
// beside it where siteBeside looks for a site (right before it in its
// clause, or in the two words after it) that the reading did not take
// (pos), and no other site's word there: "ulceration of the gastric
// mucosa" is the stomach's, "ulceration of the oral mucosa" the mouth's,
// whose lining the skin's codes may name.
func (e *Engine) innerBeside(vts []vt, a, b, i, j int, pos []int) bool {
	inner := false
	outer := e.besideHit(vts, a, b, i, j, func(k int) bool {
		if slices.Contains(pos, k) || int(vts[k].w) >= len(e.organW) {
			return false
		}
		g := e.organW[vts[k].w]
		inner = inner || g&organInner != 0
		return g&organOuter != 0
	})
	return inner && !outer
}

// noRegionCode reports a code whose tabular title says it is of an
// unspecified body region ("Other injury of unspecified body region",
// T14.8).
func (e *Engine) noRegionCode(code string) bool {
	if code == "" || code[0] != 'T' {
		return false
	}
	c, ok := e.cs.Lookup(strings.TrimRight(code, "-."))
	return ok && strings.Contains(c.Title, "unspecified body region")
}

// oneSiteSibling returns the one-site sibling of a whole-body subterm
// ("Edema, generalized" -> "Edema, localized"; data/site_extent.tsv), or
// nil.
func (e *Engine) oneSiteSibling(n *node) *node {
	if n == nil || n.parent == nil || len(n.req) != 1 {
		return nil
	}
	o, ok := e.lx.siteExtent[n.req[0]]
	if !ok {
		return nil
	}
	for _, k := range n.parent.byWord[o] {
		if len(k.req) == 1 && k.code != "" {
			return k
		}
	}
	return nil
}

// unreadSiteBeside is siteBeside for a site word the path did not read.
func (e *Engine) unreadSiteBeside(vts []vt, a, b, i, j int, path []step) bool {
	return e.besideHit(vts, a, b, i, j, func(k int) bool { return e.siteWord(vts[k].w) && !pathHas(path, k) })
}

// maxConjunct is the longest list item (in content words) read as a
// coordinated modifier of a head.
const maxConjunct = 2

// coordinated reads the other items of a list that qualifies one head: "lung,
// liver and bone metastases". The first reading of the head (code first)
// took the item next to it; each other short item joined to the head's
// clause by commas and a final "and"/"or" is read with the head alone (the
// words between are masked) and gives a neoplasm table candidate when it
// leads to another code. For any other head (firstNeo false) only an item
// that is a body site alone, with its side, is read: "right knee and hip
// osteoarthritis". It scores below any reading of its own words, so a
// condition named there keeps them. The head is hit at [i, j).
func (e *Engine) coordinated(sb *scratchBuf, vts []vt, used []bool, a, b, i, j int, n *node, first string, firstNeo bool, cands []cand) []cand {
	lc := vts[i].clause
	cs := i
	for cs > a && vts[cs-1].clause == lc {
		cs--
	}
	type span struct{ s, e int }
	var items [4]span
	ni := 0
	if vts[cs].conj && i-cs <= maxConjunct {
		// Items before the head: "A, B and C <head>".
		for k := cs; k > a && ni < len(items); {
			kc := vts[k-1].clause
			s := k - 1
			for s > a && vts[s-1].clause == kc {
				s--
			}
			long := k-s > maxConjunct
			if long {
				// The first item of the list may follow other
				// words in its clause ("compatible with liver"):
				// its last words are read.
				s = k - maxConjunct
			}
			items[ni] = span{s, k}
			ni++
			if long || vts[s].conj {
				break
			}
			k = s
		}
	}
	seen := first
	for _, it := range items[:ni] {
		whole := it.s == a || vts[it.s-1].clause != vts[it.s].clause
		site := whole && e.sitesOnly(vts, it.s, it.e)
		if !firstNeo && !site {
			if it.e == cs && ni == 1 && len(first) >= 6 && len(first) <= 7 && !strings.Contains(first, "X") {
				// (Only a first reading with sibling codes can have the
				// other kind: the two walks are spared elsewhere.)
				cands = e.siblingKinds(sb, vts, used, min(it.s, max(a, i-nearLeft)), cs, i, j, n, cands)
			}
			continue // (else only a site alone is read for another head)
		}
		lo, hi := min(it.s, i), max(it.e, j)
		code, why, pos, neo, inItem := e.walkItem(sb, vts, used, lo, hi, it.s, it.e, i, j, n)
		if !inItem || !neo && (firstNeo || !site) || code == "" || code == first || code == seen {
			// (Besides the neoplasm table's sites, a clause that is a
			// body site alone, with its side, is read for the head's own
			// entry: "right knee and hip osteoarthritis" is the knee's as
			// well as the hip's; the site ending a longer clause is that
			// clause's condition's, "carcinoma of the left breast and
			// ductal carcinoma in situ".)
			continue
		}
		seen = code
		cands = append(cands, cand{code: code, why: why, pos: sb.ints.keep(pos), score: 1, head: i,
			lo: lo, hi: hi, wlo: lo, whi: hi, neo: neo, coord: j - i})
	}
	return cands
}

// siblingKinds reads "A and B <head>" where A (the last word of the item
// [s, cs)) and B (vts[cs], the word opening the head's clause) are two kinds
// of the head: "acute hypoxic and hypercapnic respiratory failure". The
// head is walked twice over [s, j) (s: the item's start or the head's near
// window's, whichever is first, so "acute on chronic" before it is read), once without B and once without A; when
// the two readings are sibling codes (siblingCode: J96.01, J96.02) the
// tabular has no combined code and both are coded. Kinds the index combines
// ("Failure, heart, systolic, combined with diastolic", I50.4-) fall under
// other subcategories and are left to the walk.
func (e *Engine) siblingKinds(sb *scratchBuf, vts []vt, used []bool, s, cs, i, j int, n *node, cands []cand) []cand {
	a, b := cs-1, cs
	ca, wa, pa, na := e.walkWithout(sb, vts, used, s, j, b, i, j, n)
	cb, wb, pb, nb := e.walkWithout(sb, vts, used, s, j, a, i, j, n)
	if !siblingCode(ca, cb) || !slices.Contains(pa, a) || !slices.Contains(pb, b) {
		return cands
	}
	pa, pb = sb.ints.keep(pa), sb.ints.keep(pb)
	return append(cands,
		cand{code: ca, why: wa, pos: pa, score: 1, head: i, lo: s, hi: j, wlo: s, whi: j, neo: na, coord: len(pa) - 1},
		cand{code: cb, why: wb, pos: pb, score: 1, head: i, lo: s, hi: j, wlo: s, whi: j, neo: nb, coord: len(pb) - 1})
}

// walkWithout walks the head at [i, j) over the words [lo, hi) but the one
// at skip. The words' used marks are put back as they were: a word another
// mention read before stays read.
func (e *Engine) walkWithout(sb *scratchBuf, vts []vt, used []bool, lo, hi, skip, i, j int, n *node) (code string, why whyRef, pos []int, neo bool) {
	var keep [64]bool
	saved := keep[:0]
	if hi-lo > len(keep) {
		saved = make([]bool, 0, hi-lo)
	}
	saved = append(saved, used[lo:hi]...)
	defer copy(used[lo:hi], saved)
	w := walker{lx: e.lx, toks: vts, head: i, used: used, sb: sb, lo: lo, hi: hi, wlo: lo, whi: hi}
	used[skip] = true
	head := make([]int, 0, j-i)
	for k := i; k < j; k++ {
		used[k] = true
		head = append(head, k)
	}
	_, path := w.best(n, 0, false)
	code, why, pos, neo = e.resolvePath(&w, n, path, head, 0)
	return code, why, pos, neo
}

// siblingCode reports whether a and b are two different billable codes of
// one subcategory that differ in their last character alone (J96.01 and
// J96.02), with no 7th character: two kinds of one condition, each coded.
func siblingCode(a, b string) bool {
	return a != b && len(a) == len(b) && len(a) >= 6 && len(a) <= 7 && a[:len(a)-1] == b[:len(b)-1] && !strings.Contains(a, "X")
}

// maxSiteItem is the longest site (in content words) read as a second
// object of a head after "and" ("of the renal vein and inferior vena cava").
const maxSiteItem = 3

// coordinatedSite reads the other sites of a list joined by "and" to the
// site a reading of the head at [i, j) took after it: "thrombosis of the
// renal vein and inferior vena cava", "fracture of the left radius and
// ulna", "pain in the right shoulder, elbow and wrist". Each item is read
// with the head alone (the words between are masked) and kept when it
// leads to another code of the same category, or of the same chapter when
// the item is sites only: a code for the other site, whose side and
// qualifiers the tabular reads in the first reading's window (the side
// carried as markSiteLists marks it). It scores below any reading of its
// own words, so a condition named there ("and hypertension") keeps them.
func (e *Engine) coordinatedSite(sb *scratchBuf, vts []vt, used []bool, b, i, j int, n *node, c cand, cands []cand) []cand {
	m := -1
	for _, p := range c.pos[:len(c.pos)-c.nOpt] {
		m = max(m, p)
	}
	if m < j || m-j >= maxSiteItem || len(c.code) < 3 {
		return cands // (no site read right after the head)
	}
	// The items: the short clauses right after the last word read
	// (which ends its clause), the last one opened by "and"/"or" and
	// ending the list; before it, a comma list of sites ("pain in the
	// right shoulder, elbow and wrist"). A site restated after a comma
	// with no "and" to close a list is no list ("Lisfranc fracture,
	// left foot").
	s := m + 1
	for s < b && vts[s].clause == vts[m].clause {
		s++
	}
	if s != m+1 || s >= b || vts[s].clause != vts[m].clause+1 {
		return cands
	}
	type span struct{ s, e int }
	var items [maxListItems]span
	ni, last := 0, false
	for q := s; q < b && ni < len(items) && !last; {
		t := q + 1
		for t < b && vts[t].clause == vts[q].clause {
			t++
		}
		if t-q > maxSiteItem || ni > 0 && !nextItem(vts, q, true) {
			break
		}
		items[ni] = span{q, t}
		ni++
		if last = vts[q].conj; !last && (c.neo || !e.sitesOnly(vts, q, t)) {
			// (The neoplasm table's lists are left to their own
			// readings: "lung cancer of the upper lobe, metastatic to
			// bone and liver" is no list of primary sites.)
			break
		}
		q = t
	}
	if !last {
		return cands
	}
	if t := items[ni-1].e; t < b && nextItem(vts, t, true) && vts[t].conj {
		return cands // (the list goes on into another "and")
	}
	if ni > 1 && !e.sitesOnly(vts, items[ni-1].s, items[ni-1].e) {
		return cands // (a comma list of sites ends with a site)
	}
	seen := [maxListItems + 1]string{c.code}
	ns := 1
	for _, it := range items[:ni] {
		s, t := it.s, it.e
		lo, hi := min(c.lo, i), t
		code, why, pos, neo, inItem := e.walkItem(sb, vts, used, lo, hi, s, t, i, j, n)
		if !inItem || neo != c.neo || code == "" || slices.Contains(seen[:ns], code) || len(code) < 3 || code[:3] != c.code[:3] && !((neo || e.sitesOnly(vts, s, t)) && code[0] == c.code[0]) {
			// (An item of sites only is another site of the condition,
			// whatever its category: "osteoarthritis of the knee and hip"
			// is M17.9 and M16.9, "of the right knee and hip" M17.11 and
			// M16.11, markSiteLists.)
			continue
		}
		seen[ns] = code
		ns++
		cands = append(cands, cand{code: code, why: why, pos: sb.ints.keep(pos), score: 1, head: i,
			lo: lo, hi: hi, wlo: lo, whi: hi, neo: neo, coord: j - i})
	}
	return cands
}

// maxListItems bounds the items of a list read after a list head.
const maxListItems = 6

// listAfterHead reads each item of a list that follows a list head at
// [i, j) (data/list_heads.txt): "elevated AST, ALT and alkaline
// phosphatase". The list starts right after the head, in its clause; its
// items are short clauses opened by a comma, the last one by "and"/"or" or
// the sentence's end. The walk's reading c took one item; every other item
// is read with the head alone (walkItem) and gives a candidate when it leads
// to another code. Such an item reading scores below any reading of the
// item's own words, so a condition named there keeps them.
func (e *Engine) listAfterHead(sb *scratchBuf, vts []vt, used []bool, b, i, j int, n *node, c cand, cands []cand) []cand {
	if j >= b || vts[j].clause != vts[j-1].clause {
		return cands // (nothing said right after the head)
	}
	type span struct{ s, e int }
	var items [maxListItems]span
	ni, s, last := 0, j, false
	for s < b && ni < len(items) && !last {
		t := s + 1
		for t < b && vts[t].clause == vts[s].clause {
			t++
		}
		if t-s > maxSiteItem || ni > 0 && vts[s].clause != vts[s-1].clause+1 {
			break
		}
		items[ni] = span{s, t}
		ni++
		last = ni > 1 && vts[s].conj || t >= b
		s = t
	}
	if ni < 2 || !last {
		return cands // (no list, or one that goes on into longer clauses)
	}
	seen := [maxListItems]string{c.code}
	ns := 1
	for _, it := range items[:ni] {
		if slices.ContainsFunc(c.pos, func(p int) bool { return p >= it.s && p < it.e }) {
			continue
		}
		code, why, pos, neo, inItem := e.walkItem(sb, vts, used, i, it.e, it.s, it.e, i, j, n)
		if !inItem || code == "" || slices.Contains(seen[:ns], code) {
			continue
		}
		seen[ns] = code
		ns++
		cands = append(cands, cand{code: code, why: why, pos: sb.ints.keep(pos), score: 1, head: i,
			lo: i, hi: it.e, wlo: i, whi: it.e, neo: neo, coord: j - i})
	}
	return cands
}

// maxSideClause is the longest clause (in words) read as one side's
// qualifiers ("moderate stage right eye").
const maxSideClause = 5

// perSide codes each side of a condition whose sides the note qualifies
// differently, for the codes of data/per_side.txt: "POAG, moderate stage OD,
// severe stage OS" is the right eye's moderate stage (H40.1112) and the left
// eye's severe one (H40.1123), not the bilateral code (guideline I.C.7.a.3).
// The reading cands[ci] of the head ending at j is replaced by one reading
// per side clause: two short clauses after the head's, in its wide window,
// each with one side word (right, left) and otherwise naming no condition,
// whose other words differ. Each reading's windows are its clause alone,
// where the tabular reads the side and the stage.
func (e *Engine) perSide(sb *scratchBuf, vts []vt, j, ci int, cands []cand) []cand {
	c := cands[ci]
	type span struct{ s, e int }
	var sides [2]span
	var sw [2]wid
	ns := 0
	s := j
	for s < c.whi && vts[s].clause == vts[j-1].clause {
		s++ // (the head's own clause: "POAG" is "primary open angle glaucoma")
	}
	for s < c.whi {
		t := s + 1
		for t < c.whi && vts[t].clause == vts[s].clause {
			t++
		}
		var side wid
		n := 0
		for k := s; k < t; k++ {
			if e.lx.isSide(vts[k].w) {
				side = vts[k].w
				n++
			}
		}
		if n > 1 || t-s > maxSideClause || e.namesCondition(vts, s, t) {
			return cands
		}
		if n == 1 {
			if ns == len(sides) || ns == 1 && sw[0] == side {
				return cands
			}
			sides[ns], sw[ns] = span{s, t}, side
			ns++
		}
		s = t
	}
	if ns < 2 || sameQualifiers(e.lx, vts, sides[0].s, sides[0].e, sides[1].s, sides[1].e) {
		return cands // (one side, or the same words for both: the bilateral code)
	}
	for x, sd := range sides {
		d := c
		pos := make([]int, 0, len(c.pos)+sd.e-sd.s)
		pos = append(pos, c.pos...)
		for k := sd.s; k < sd.e; k++ {
			if !slices.Contains(pos, k) {
				pos = append(pos, k)
			}
		}
		d.pos, d.lo, d.hi, d.wlo, d.whi = sb.ints.keep(pos), sd.s, sd.e, sd.s, sd.e
		d.coord = len(c.pos)
		if x == 0 {
			cands[ci] = d
		} else {
			cands = append(cands, d)
		}
	}
	return cands
}

// sameQualifiers reports whether the clauses [a, b) and [c, d) say the same
// words besides their side words.
func sameQualifiers(lx *lexicon, vts []vt, a, b, c, d int) bool {
	var x, y []wid
	for k := a; k < b; k++ {
		if w := vts[k].w; w != 0 && !lx.isSide(w) {
			x = append(x, w)
		}
	}
	for k := c; k < d; k++ {
		if w := vts[k].w; w != 0 && !lx.isSide(w) {
			y = append(y, w)
		}
	}
	slices.Sort(x)
	slices.Sort(y)
	return slices.Equal(x, y)
}

// walkItem reads one list item [s, t) with the head at [i, j) alone: every
// other word of [lo, hi) is masked, the head is already read. It returns the
// reading and whether it took a word of the item.
func (e *Engine) walkItem(sb *scratchBuf, vts []vt, used []bool, lo, hi, s, t, i, j int, n *node) (code string, why whyRef, pos []int, neo, inItem bool) {
	w := walker{lx: e.lx, toks: vts, head: i, used: used, sb: sb, lo: lo, hi: hi, wlo: lo, whi: hi}
	for k := lo; k < hi; k++ {
		used[k] = k < s || k >= t // mask everything but the item ...
	}
	head := make([]int, 0, j-i)
	for k := i; k < j; k++ {
		used[k] = true // ... and the head, which is already read
		head = append(head, k)
	}
	_, path := w.best(n, 0, false)
	code, why, pos, neo = e.resolvePath(&w, n, path, head, 0)
	for k := lo; k < hi; k++ {
		used[k] = false
	}
	for _, p := range pos {
		inItem = inItem || p >= s && p < t
	}
	return code, why, pos, neo, inItem
}

// organRead reports whether a needSub head at [i, j) read only through its
// organ reference ("Mass, specified organ NEC - see Disease, by site") named
// the organ: every word it read besides the head is a body site, and the
// site is read whole ("a mass in the bladder" is Disease, bladder; in "a
// mass of the parotid gland" the gland is no lymph gland, and a bare or
// "hemorrhagic" mass is nobody's disease).
func (e *Engine) organRead(vts []vt, pos []int, i, j int) bool {
	n := 0
	for _, p := range pos {
		if p >= i && p < j {
			continue
		}
		if !e.isSite(vts[p].w) {
			if vts[p].num || vts[p].w == e.lx.v.get("stage") {
				// "sacral decubitus stage 3": the stage of the
				// site's condition the reference names (Ulcer,
				// pressure, sacral region, stage 3).
				continue
			}
			return false
		}
		if q := p - 1; q >= 0 && (q < i || q >= j) && vts[q].clause == vts[p].clause && e.isSite(vts[q].w) && !slices.Contains(pos, q) {
			return false
		}
		n++
	}
	return n > 0
}

// markPrimaryHeads fills lexicon.primaryHead: the one-word main terms whose
// reference leads to the malignant primary column of the neoplasm table
// ("Carcinoma - see also Neoplasm, by site, malignant"), and neoHead,
// secondaryHead and condHead.
func (e *Engine) markPrimaryHeads() {
	e.lx.primaryHead = make([]bool, len(e.lx.v.words))
	e.lx.condHead = make([]bool, len(e.lx.v.words))
	e.lx.neoCodeHead = make([]bool, len(e.lx.v.words))
	for x, t := range e.ix.heads.next {
		for _, n := range t.terms {
			if n.code != "" && int(x) < len(e.lx.condHead) {
				e.lx.condHead[x] = true
				// (A neoplasm the index codes at its own main term,
				// "Myeloma (multiple)" C90.00, "Lymphoma" C85.9-, is
				// a neoplastic disease as much as one sent to the
				// Table: "anemia due to myeloma" is D63.0.)
				if neoplasmCode(n.code) {
					e.lx.neoCodeHead[x] = true
				}
			}
		}
	}
	if e.ix.neo == nil {
		return
	}
	e.lx.neoHead = make([]bool, len(e.lx.v.words))
	e.lx.secondaryHead = make([]bool, len(e.lx.v.words))
	col := neoColumn(e.ix.neoCols, "malignant")
	sec := neoColumn(e.ix.neoCols, "secondary")
	for x, t := range e.ix.heads.next {
		for _, n := range t.terms {
			for _, set := range [2][]*seeRef{n.see, n.seeAlso} {
				for _, r := range set {
					if r.bySite {
						// (A melanoma is a primary of its own entry;
						// data/see_also.tsv reads only its other sites.)
						continue
					}
					if r.neoCol == col && col >= 0 && int(x) < len(e.lx.primaryHead) {
						e.lx.primaryHead[x] = true
					}
					if r.neoCol >= 0 && int(x) < len(e.lx.neoHead) {
						e.lx.neoHead[x] = true
					}
					if r.neoCol == sec && sec >= 0 && int(x) < len(e.lx.secondaryHead) {
						e.lx.secondaryHead[x] = true
					}
				}
			}
		}
	}
}

// neoplasmCode reports a code of the neoplasm chapter (C00-D49).
func neoplasmCode(code string) bool {
	if len(code) < 3 {
		return false
	}
	return code[0] == 'C' || code[0] == 'D' && code[1] >= '0' && code[1] <= '4'
}

// nemodOf reports whether adj is a nonessential modifier of a coded main
// term headed by the single word noun.
func (e *Engine) nemodOf(adj, noun wid) bool {
	if int(noun) < len(e.flags) && e.flags[noun]&flagNemodNoun == 0 {
		// (Most words head no such term: a flag test spares the map
		// look-up for every one-word hit.)
		return false
	}
	nx := e.ix.heads.next[noun]
	if nx == nil {
		return false
	}
	for _, n := range nx.terms {
		if n.code != "" && len(n.req) == 1 && containsW(n.opt, adj) {
			return true
		}
	}
	return false
}

// qualifiedNext returns the position of the condition that the one-word hit
// at [i, j) only qualifies ("allergic rhinitis", "infected with HCV";
// data/adj_of_next.txt), or -1: the word after it (or after one of its
// connectors) is a main term with a code and the hit's path did not read it.
func (e *Engine) qualifiedNext(vts []vt, b, i, j int, path []step) int {
	conn, ok := e.lx.adjOfNext[vts[i].w]
	if !ok || j-i != 1 || j >= b {
		return -1
	}
	k := j
	if len(conn) > 0 {
		if !slices.Contains(conn, vts[k].w) || k+1 >= b {
			return -1
		}
		k++
	}
	if vts[k].clause != vts[i].clause || pathHas(path, k) || !e.namesCondition(vts, k, k+1) && !e.refersCondition(vts[k].w) {
		// (An organism's main term has no code of its own: "infected
		// with Staphylococcus aureus" keeps the infection, to which
		// the organism code is added.)
		return -1
	}
	return k
}

// refersCondition reports whether w heads a main term that is coded through
// its cross-reference ("Tumor - see also Neoplasm, unspecified behavior"):
// a condition named after an adjective of data/adj_of_next.txt ("cystic
// tumor") as much as one with a code of its own.
func (e *Engine) refersCondition(w wid) bool {
	nx := e.ix.head(w)
	if nx == nil {
		return false
	}
	for _, n := range nx.terms {
		if n.code != "" {
			continue
		}
		// (An organism's "see also condition" names no entry: "infected
		// with Staphylococcus" keeps its infection.)
		for _, refs := range [2][]*seeRef{n.see, n.seeAlso} {
			for _, r := range refs {
				if !r.bySite && (r.target != nil || r.neoCol >= 0) {
					return true
				}
			}
		}
	}
	return false
}

// pathHas reports whether a step of path read the word at position p.
func pathHas(path []step, p int) bool {
	for _, s := range path {
		if slices.Contains(s.pos, p) {
			return true
		}
	}
	return false
}

// siteThenNoun reports whether the words from j on that the reading took
// (the site of "ulcerated gastric mass") run, in one clause and without a
// gap, into a word of nouns: the head word before them qualifies that noun
// (data/other_sense.tsv, third column), as it does the noun right after it.
func siteThenNoun(vts []vt, path []step, j, b int, nouns map[wid]bool) bool {
	k := j
	for k < b && pathHas(path, k) {
		k++
	}
	return k < b && vts[k].src == vts[k-1].src+1 && vts[k].clause == vts[j].clause && nouns[vts[k].w]
}

// episodeTail returns the start of the last clause of vts[hi:end] when it
// names the encounter ("initial encounter", "sequela"), else end.
func (e *Engine) episodeTail(vts []vt, hi, end int) int {
	if end <= hi {
		return end
	}
	k := end - 1
	for k > hi && vts[k-1].clause == vts[end-1].clause {
		k--
	}
	if k == hi {
		return end
	}
	enc, seq := e.lx.v.ids["encounter"], e.lx.v.ids["sequela"]
	for p := k; p < end; p++ {
		if x := vts[p].w; x != 0 && (x == enc || x == seq) {
			return k
		}
	}
	return end
}

// causeBetween reports a cause link ("due to", "secondary to") between a
// nonessential modifier at p and the head at h: the modifier is then the
// other condition's word ("septic shock secondary to Pseudomonas
// pneumonia" is no septic pneumonia).
func causeBetween(vts []vt, p, h int) bool {
	a, b := p+1, h
	if p > h {
		a, b = h+1, p
	}
	for k := a; k <= b && k < len(vts); k++ {
		if vts[k].back || vts[k].dueTo {
			return true
		}
	}
	return false
}

// letterAfterWord reports whether toks[i] follows a word of its line with
// only spaces between: a capital "A" there is a letter ("vitamin A",
// "group A streptococcus"), where one starting a sentence, a line or an
// item is the article.
func letterAfterWord(s string, toks []text.Token, i int) bool {
	if i == 0 || toks[i-1].Kind != text.Word {
		return false
	}
	for _, c := range []byte(s[toks[i-1].End:toks[i].Start]) {
		if c != ' ' {
			return false
		}
	}
	return toks[i-1].End < toks[i].Start
}

// foundHead reports whether a reading's head word is a finding a neoplasm is
// found as (data/found_as.txt: "mass", "nodule", "lesion"), and the reading
// is no neoplasm itself.
func (e *Engine) foundHead(vts []vt, c *cand) bool {
	if c.neo || c.head < 0 || c.head >= len(vts) || int(vts[c.head].w) >= len(e.lx.v.words) {
		return false
	}
	return e.found.heads[e.lx.v.words[vts[c.head].w]]
}

// oneClause reports whether the positions of two readings all lie in one
// clause that is no later item of a list: in "lung nodules and a liver mass
// consistent with metastases" the clause opened by "and" may share its
// "consistent with" with the items before it, and which mass the
// neoplasm is stays open (siteFromMass).
func oneClause(vts []vt, a, b []int) bool {
	if len(a) == 0 {
		return false
	}
	cl, lo := vts[a[0]].clause, a[0]
	for _, ps := range [2][]int{a, b} {
		for _, p := range ps {
			if vts[p].clause != cl {
				return false
			}
			lo = min(lo, p)
		}
	}
	for lo > 0 && vts[lo-1].clause == cl {
		lo--
	}
	return !vts[lo].conj
}

// hyphenNext reports whether vts[j] is joined to the word before it by
// one character between two adjacent source tokens, a hyphen written
// without spaces ("stress-dose"): the two read as one compound, as when
// written apart.
func hyphenNext(vts []vt, j int) bool {
	return vts[j].src == vts[j-1].src+2 && vts[j].start == vts[j-1].end+1
}

// siteLabel reports whether the words of a sentence read before a colon (vs)
// are a short label of body-site and side words only ("R heel", "Coccyx",
// "left great toe") and the tokens after the colon, up to the sentence's end
// offset or the first semicolon or spaced dash, name a finding that takes such
// a label as its site (data/site_label_heads.txt): the ulcer after the colon
// is that site's. (After a dash the label's description ends and a
// diagnosis follows: "Left buttock: 5 cm wound, slough - unstageable
// pressure ulcer" keeps the clause break, lest the description's "wound"
// read as an open wound of the buttock.)
func (e *Engine) siteLabel(s string, vs []vt, after []text.Token, end int) bool {
	if len(vs) == 0 || len(vs) > 4 {
		return false
	}
	site := false
	for k := range vs {
		switch {
		case e.lx.site[vs[k].w]:
			site = true
		case e.lx.isSide(vs[k].w):
		default:
			return false
		}
	}
	if !site {
		return false
	}
	// (Only a site label reaches here: the words after the colon are read
	// at most for the first few colons of a sentence.)
	for k := range after {
		if after[k].Start >= end || after[k].Text == ";" || after[k].Kind == text.Punct && after[k].Text == "-" && spacedDash(s, after[k]) {
			return false
		}
		if after[k].Kind != text.Punct && e.labelHeads[e.tokWid(&after[k])] {
			return true
		}
	}
	return false
}
