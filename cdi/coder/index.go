package coder

import (
	"maps"
	"slices"
	"strings"

	"notecoder/cdi/codeset"
)

// node is one Alphabetic Index entry compiled for matching: the words a
// mention must contain to take this step (req), the nonessential modifiers
// that may appear (opt), and its children indexed by word.
type node struct {
	title string // as printed, without nonessential modifiers
	lt    string // title lower-cased and trimmed (see references compare it)
	req   []wid
	alts  [][]wid // other spellings of req ("abdomen, abdominal")
	// altNotBefore: an alts spelling right before one of these words
	// qualifies that word's site, not this one ("cervical spine" is no
	// cervix, addNemodAdjectives).
	altNotBefore map[wid]bool
	nemodAlt     bool // alts[nemodFrom:] are a table row's adjectives (addNemodAdjectives)
	nemodFrom    int
	// hyphenAlt: alts holds req with the second name of a hyphenated
	// eponym the index prints as a modifier ("Kimmelstiel (-Wilson)").
	hyphenAlt bool
	// longAlt: a data/title_alias.tsv wording of the subterm holds its own
	// words and more ("pulmonary valve" of "Regurgitation, pulmonary
	// (valve)"): tried first, so the entry reads the words a sibling would
	// otherwise take ("valve, valvular - see Endocarditis").
	longAlt bool
	// redirect: a transparent subterm of data/redirect.tsv holding an entry
	// filed elsewhere ("Allergy" reads History, personal, allergy). A see
	// reference into its main term does not read it: "Reaction, allergic -
	// see Allergy" is a reaction, not the allergy status.
	redirect bool
	extra    []wid // main terms only: words besides the head key that must occur
	opt      []wid
	code     string // dotted; may be a category or end in "-"
	manif    string // bracketed manifestation code printed after code ("G30.9 [F02.80]")
	see      []*seeRef
	seeAlso  []*seeRef
	kids     []*node
	byWord   map[wid][]*node // kids by their first required word
	conn     []*node         // connector kids ("with", "due to"): transparent
	withKids []*node         // "with X" kids: X is matched in the wide window
	without  []*node         // "without ..." kids: the default when nothing more is said
	hidden   []*node         // catch-all kids ("specified type NEC"): reached only by see references
	parent   *node
	cells    []string // neoplasm table row (one code per column)
	size     int      // number of descendants (tie-break: the main entry of a word)
	// viaKid indexes, for a main term, the grandchildren reached through a
	// coded child ("Pain" -> "joint" -> "knee") by their first required
	// word, so a note naming only the grandchild's words finds it.
	viaKid map[wid][]*node
	// seeWords, for a main term (or a subterm with a code of its own)
	// with a "see also" outside the neoplasm table, holds the first words
	// of the target's subterms two levels down that the entry has no
	// subterm for (three levels down): the see-also is walked after a path
	// only when the note has an unread one of them (resolvePath).
	seeWords map[wid]bool
	// grouping is the subterm data/implied.tsv names for this entry: an
	// entry without a code of its own takes the grouping's default
	// ("Infection, Clostridium, difficile" reads "foodborne, not specified
	// as recurrent").
	grouping *node
	// usage is a coded subterm made only of words a note never says
	// (data/silent.txt): "Staphylococcus, as cause of disease classified
	// elsewhere" (B95.8) is what the classification means by the bare
	// organism, whose own entry has no code.
	usage   *node
	needSub bool // main term coded only when a subterm matched
	// needSite: a bare hit (no subterm read) is coded only beside a body
	// site (data/need_site.txt).
	needSite bool
	// ownSite: the bare code names one body site (Abscess L02.91 is of the
	// skin), whose words the set holds; a bare hit beside another site is
	// not coded (data/own_site.txt).
	ownSite map[wid]bool
	// looseSite: a site word a lay compound uses for the whole tract,
	// yielding to a site the clause names after the head ("kidney stone
	// in the left ureter"; data/loose_site.tsv).
	looseSite *looseSite
	// specNEC is the coded "specified NEC" catch-all subterm, agentNEC the
	// "specified organism NEC" one (namedAgent).
	specNEC, agentNEC *node
	// anyAgent: a main term's subterm for a bacterial cause at any of its
	// sites (anySiteAgent, data/agent_cause.tsv "anysite").
	anyAgent *node
	forward  bool // main term whose subterms follow it in the note (data/forward.txt)
	// listHead: a main term that qualifies each noun of a list after it
	// ("elevated AST, ALT and lipase", data/list_heads.txt).
	listHead bool
	// encounter: a main term that names the reason for a visit
	// (data/encounter_heads.txt), read only where an outpatient assessment
	// line starts with it.
	encounter bool
	// admission: an encounter main term that also leads an inpatient
	// line (data/admission_heads.txt): "Aftercare following right TKA"
	// is the reason for a rehabilitation admission as for a visit.
	admission bool
	near      bool // a connector whose children stay in the near window ("in")
	// event marks an External Cause index main term: its "due to"
	// subterms are the mechanism the narrative tells ("slipped and
	// fell"), not an etiology the note must state (causeSaid).
	event  bool
	proper bool // a subterm that starts with an eponym ("Good's"): matched only by a capitalised word
	before bool // a compound name read only right before the head ("three-day fever", data/before_head.txt)
	beside bool // a subterm read only right beside the head ("anxiety state", data/beside_head.txt)
	// afterPrep marks an entry below a bare preposition subterm
	// ("Resistance, organism, to, drug, vancomycin"): the preposition puts
	// its words after the head ("resistant to vancomycin"), or they are
	// compounded right before it ("vancomycin-resistant"); a drug written
	// elsewhere in the window ("vancomycin was added for MRSA coverage")
	// is not what the head is resistant to.
	afterPrep bool
	nec       bool // an "NEC" entry for an unspecified site: not taken when a sibling names the site (siteless)
	// necCoded: nec yields only to a sibling path that ends on a site's
	// code (an agent's own subterm, agentSiteless; siteCode): "pacemaker
	// infection due to MSSA" stays A49.01 rather than "Infection, heart -
	// see Carditis".
	necCoded bool
	// gram: the entry has a coded "Gram-negative" subterm (Engine.gramKid).
	gram bool
	// necOwn marks an "NEC" subterm whose words the main term's own code
	// title says (markRestating): not read by those words.
	necOwn bool
	// organSee marks a main term whose see-also is its "specified organ
	// NEC - see Disease, by site" subterm (siteSplit): a needSub head
	// ("mass") read by that reference alone names the organ's disease.
	organSee bool
	// addl marks a subterm that repeats its parent's code and names a
	// condition the code's tabular "use additional code" note codes on its
	// own ("Neutropenia, fever" D70.9; D70: "fever (R50.81)"): the walk
	// leaves its words to that condition's own entry (markAdditional).
	addl bool
	// otherKinds marks a main term whose see-also is another kind of the
	// same condition with words of its own ("Fracture, traumatic - see also
	// Fracture, pathological"); index.kinds holds those words: a mention
	// that says one is that other kind, not this entry (walkHit).
	otherKinds bool
	catchAll   bool  // a subterm of catch-all words only ("complication"): a sibling naming the condition wins (markCatchAll)
	multiple   bool  // a "multiple" subterm below a site or type: a plural main-term word says it (markCatchAll)
	multiKid   *node // the kid marked multiple, tried when the main term's word is plural
	// typeNum is the type numeral the entry's title or nonessential
	// modifiers name ("dens (anterior) (displaced) (type II)": 2), typeNEC
	// its coded "specified type NEC" catch-all: a note stating another type
	// ("type III dens fracture") reads the catch-all (walker.best).
	typeNum int
	typeNEC *node

	// absent are the words of an "X without Y" entry's Y, which must not
	// be said (see compileTerm).
	absent []wid

	// byWordSig and viaKidSig are wordSig signatures of the keys of
	// byWord and viaKid, set once the engine is built (sigSet): the walk
	// skips a window word whose bit is not set without a map look-up.
	byWordSig, viaKidSig uint64
	sigSet               bool
	// restates is restated(n), computed with the signatures: the walk
	// asks it for every path that ends in a see reference.
	restates bool
	// anyCond marks a kid reached through "due to" that stands for any
	// condition ("Delirium, due to, general medical condition"), anyKid
	// its parent: the note's own "due to" followed by a condition reads
	// it (walker.best).
	anyCond, anyKid bool
	// neoKid is the kid of a "due to" entry that stands for a neoplasm
	// ("Fracture, pathological, due to, neoplastic disease", M84.5-): a
	// note names the neoplasm ("due to metastasis", "secondary to
	// myeloma"), not the words (data/neo_condition.txt, walker.best).
	neoKid *node
	// siteCopy marks a copy made by data/site_kids.tsv: the word it reads
	// only stands for the entry, and a reference the entry follows reads
	// it again ("cervical osteoarthritis": Osteoarthritis, spine - see
	// Spondylosis, which reads "cervical" for the region).
	siteCopy bool
	// standsFor, on a site copy, holds the words of the entry it copies:
	// the tabular child is chosen by them as if the note had named the
	// entry ("forearm cellulitis" is the upper limb's, L03.113).
	standsFor []wid
}

// freezeSigs sets the key signatures of every node reachable from the
// index. It runs last in New, when no subterm is added any more; a node it
// does not reach keeps sigSet false and is walked by map look-ups.
func (ix *index) freezeSigs() {
	var visit func(n *node)
	visitAll := func(ns []*node) {
		for _, n := range ns {
			visit(n)
		}
	}
	visit = func(n *node) {
		if n == nil || n.sigSet {
			return // sigSet marks the nodes already visited
		}
		n.byWordSig, n.viaKidSig, n.sigSet = 0, 0, true
		n.restates = restatesNow(n)
		for x, ks := range n.byWord {
			n.byWordSig |= wordSig(x)
			visitAll(ks)
		}
		for x, ks := range n.viaKid {
			n.viaKidSig |= wordSig(x)
			visitAll(ks)
		}
		visitAll(n.kids)
		visitAll(n.conn)
		visitAll(n.withKids)
		visitAll(n.without)
		visitAll(n.hidden)
		visit(n.parent)
		for _, r := range n.see {
			visit(r.target)
		}
		for _, r := range n.seeAlso {
			visit(r.target)
		}
	}
	var visitTrie func(t *trie)
	visitTrie = func(t *trie) {
		visitAll(t.terms)
		for _, nx := range t.next {
			visitTrie(nx)
		}
	}
	visitTrie(ix.heads)
	for _, ns := range ix.byTitle {
		visitAll(ns)
	}
	for _, ns := range ix.byNorm {
		visitAll(ns)
	}
	visit(ix.neo)
}

// seeRef is a resolved cross-reference ("see Failure, heart").
type seeRef struct {
	raw    string
	target *node    // index node reached by the named path
	rest   []wid    // words of the reference not consumed by the path
	neoCol int      // >= 0: the reference names a neoplasm table column
	bySite bool     // added from data/see_also.tsv: read for a site the entry does not list
	notTo  []string // code prefixes a bySite reference may not give (data/see_also.tsv)
	// parentKey is 1 when raw is a line of data/see_parent.txt, -1 when
	// not, as read once by resolveRef; 0 when not read (readTarget then
	// looks it up).
	parentKey int8
}

// trie is a word trie over index main terms: a hit is a contiguous run of
// note words equal to a main term's key.
type trie struct {
	next  map[wid]*trie
	terms []*node
}

func (t *trie) insert(key []wid, n *node) {
	cur := t
	for _, w := range key {
		if cur.next == nil {
			cur.next = map[wid]*trie{}
		}
		nx := cur.next[w]
		if nx == nil {
			nx = &trie{}
			cur.next[w] = nx
		}
		cur = nx
	}
	for _, x := range cur.terms {
		if x == n {
			return
		}
	}
	cur.terms = append(cur.terms, n)
}

// index is the compiled disease index plus the neoplasm table.
type index struct {
	heads *trie
	// kinds are the words of the other kinds of the main terms marked
	// otherKinds (kept off the node, which the walk reads by the million).
	kinds map[*node][]wid
	// root is heads.next as a slice indexed by word id (nil: no main term
	// starts with the word): every note word looks its main terms up here,
	// and a slice index costs a fraction of a map look-up.
	root    []*trie
	byTitle map[string][]*node // lower-case main-term title -> nodes
	mains   []*node            // the main terms, each once
	// quals holds, per main term, the sorted words of its subterms
	// (markQualWords): the qualifiers a comma clause after a mention may
	// hold (qualifierClauses).
	quals map[*node][]wid
	// byNorm keys main terms by their normalised words (singular, hyphens
	// split, commas and a trailing NEC/NOS dropped, each alternative
	// spelling alone): see references name their target loosely
	// ("see Complications" for "Complication(s)", "see Hydronephrosis" for
	// "Hydronephrosis NEC", "see Small for dates" for "Small-for-dates").
	byNorm map[string][]*node
	// genusOpt holds the capitalised one-word subterms with a single
	// nonessential modifier, as (word, modifier): "Pneumonia, Klebsiella
	// (pneumoniae)" reads the genus as the species (addGenusOrganisms).
	genusOpt map[[2]wid]bool
	seeSubs  []*node // subterms whose seeWords are filled at build (markCatchAll)
	bySite   []*node // targets of "by site" references (indexSitePointers)
	neo      *node   // root row of the neoplasm table
	// neoUnspec holds neo's cells as codes (their ".-" trimmed), for
	// Engine.unspecNeo: trimming them on each call was most of its cost,
	// and the note-level step asks it per neoplasm code per keystroke.
	neoUnspec []string
	neoCols   []string
	// site holds the words of the neoplasm table's rows: the body's sites,
	// as the code set itself lists them.
	site map[wid]bool
	// Morphology sub-rows of the table (neomorph.go): the row whose
	// morphology sub-rows each malignant primary cell has ("C44.309" ->
	// "cheek, external"), and, for a row of an ill-defined site ("cheek",
	// C76.0), its sub-rows that have morphology sub-rows.
	morphAt  map[string]*node
	morphKid map[*node][]*node
	malCol   int
	secCol   int // the secondary column (walker.metastaticOf)
	// kidCache holds child's tables while the see references are
	// resolved; nil otherwise, since children are added after.
	kidCache map[*node]kidTitles
	// twoWord maps a word to the one main term titled that word and one
	// more ("gait" -> "Gait abnormality"), nil when several are.
	twoWord map[string][]*node
}

func stripTitle(s string) string {
	return strings.ToLower(strings.TrimSpace(s))
}

// causeNemod reports a nonessential modifier "(due to)" of an index title:
// "Anemia, in (due to) (with)" files the conditions an anemia is due to, so
// its "neoplastic disease" subterm stands for the neoplasm a note names
// after its own "due to" ("anemia due to the cecal malignancy", D63.0), as
// below a title that opens with "due to".
func causeNemod(ms []string) bool {
	for _, m := range ms {
		if strings.EqualFold(strings.Trim(m, "() "), "due to") {
			return true
		}
	}
	return false
}

// compileTerm turns a codeset term (and its subtree) into nodes.
func compileTerm(lx *lexicon, t *codeset.Term, parent *node) *node {
	n := &node{title: t.Title, lt: stripTitle(t.Title), code: updatedCode(lx, t), manif: t.Manif, parent: parent, cells: t.Cells}
	n.typeNum = titleType(t.Title)
	for _, m := range t.Nemod {
		if n.typeNum == 0 {
			n.typeNum = titleType(m)
		}
	}
	// Index subterms are lower case except proper names. A possessive one
	// is an eponym ("Good's", "Still's"); genus names and the like
	// ("Gram-negative", "Pseudomonas") are often written lower case.
	if parent != nil && t.Title != "" && t.Title[0] >= 'A' && t.Title[0] <= 'Z' {
		first, _, _ := strings.Cut(t.Title, " ")
		n.proper = strings.HasSuffix(first, "'s") || strings.HasSuffix(first, "s'") || lx.properWord[strings.ToLower(t.Title)]
	}
	title := t.Title
	if parent != nil {
		// (A "parent > subterm" line holds for that entry only: "cold >
		// chest", where "Pain, chest" is read from any word order.)
		n.before = lx.beforeHead[strings.ToLower(t.Title)] || lx.beforeHead[strings.ToLower(parent.lt+" > "+stripTitle(t.Title))]
		// A main term of the list ("State") reads its own subterms
		// only beside it too ("anxiety state", not "anxiety as he
		// states").
		n.beside = lx.besideHead[strings.ToLower(t.Title)] || parent.parent == nil && lx.besideHead[parent.lt]
		title = lx.unsaid(title)
	}
	n.req = lx.ids(title)
	if head, tail, ok := strings.Cut(title, " without "); parent != nil && ok && head != "" && !strings.ContainsAny(head, ",(") && !strings.Contains(head, " or ") && !strings.HasPrefix(strings.ToLower(head), "without") {
		// "stroke without residual deficits" (History, personal): the
		// note names the stroke; what follows "without" is the default,
		// so it is not required, only not contradicted (absent).
		title = head
		n.req = lx.ids(head)
		n.absent = lx.ids(tail)
	}
	if parent != nil && strings.Contains(title, "[") && !strings.Contains(title, ",") {
		// "prostate specific antigen [PSA]", "respirator [ventilator] use":
		// the bracket gives another name of what comes before it, so the
		// title is read without it, or with the bracket in place of the
		// words before it ("Elevated PSA", "ventilator use").
		if base, alts := bracketAlternatives(title); base != "" {
			title = base
			n.req = lx.ids(base)
			for _, a := range alts {
				if ids := lx.ids(a); len(ids) > 0 {
					n.alts = append(n.alts, ids)
				}
			}
		}
	}
	if parent != nil && strings.Contains(title, " or ") && !strings.Contains(title, ",") && !withOr(lx, title) {
		// "atrial or auricular": either word selects the entry.
		parts := strings.Split(title, " or ")
		n.req = lx.ids(parts[0])
		for _, p := range parts[1:] {
			a := lx.ids(p)
			if len(a) == 1 && len(n.req) > 1 {
				// "alimentary canal or tract", "bile duct or passage":
				// the alternative replaces the last word only.
				a = append(append([]wid(nil), n.req[:len(n.req)-1]...), a[0])
			}
			if len(a) > 0 {
				n.alts = append(n.alts, a)
			}
		}
	}
	if parent != nil && strings.Contains(title, ",") {
		// "abdomen, abdominal": alternatives share a stem; each alone
		// selects the entry.
		parts := strings.Split(title, ",")
		if alternatives(parts) || lx.commaOr[stripTitle(title)] {
			n.req = lx.ids(parts[0])
			for _, p := range parts[1:] {
				if a := lx.ids(p); len(a) > 0 {
					n.alts = append(n.alts, a)
				}
			}
		}
	}
	if parent != nil && n.alts == nil && lx.commaHead[stripTitle(title)] {
		// "procedures, complication or misadventure": the first word is
		// the head and the others qualify it, so the head alone (a
		// "surgical procedure") does not select the entry.
		n.req, n.alts = headAlternatives(lx, title, n.req)
	} else if parent != nil && n.alts == nil {
		n.req, n.alts = listAlternatives(lx, title, n.req)
	}
	if parent != nil && len(n.req) > 1 {
		// "combined with systolic": a "with" inside a title only links
		// words the note may join otherwise ("systolic and diastolic").
		out := n.req[:1:1]
		for _, x := range n.req[1:] {
			if x != lx.wWith {
				out = append(out, x)
			}
		}
		n.req = out
	}
	if parent != nil {
		st := stripTitle(title)
		word, ok := lx.optional[parent.lt+" > "+st]
		if !ok {
			word, ok = lx.optional[st]
			ok = ok && hasSibling(t, lx.optionalSib[st])
		}
		if ok {
			// "distal end": the note says "distal radius".
			for _, x := range lx.ids(word) {
				if k := slices.Index(n.req, x); k >= 0 && len(n.req) > 1 {
					n.req = slices.Delete(slices.Clone(n.req), k, k+1)
					n.opt = append(n.opt, x)
				}
				for i, a := range n.alts {
					// "intervertebral cartilage or disc": the other
					// spelling ("intervertebral disc") leaves it out too
					if k := slices.Index(a, x); k >= 0 && len(a) > 1 {
						n.alts[i] = slices.Delete(slices.Clone(a), k, k+1)
					}
				}
			}
		}
	}
	if parent != nil {
		// "due to antineoplastic therapy" said "due to chemotherapy":
		// another wording of the subterm selects it (data/title_alias.tsv).
		for _, a := range lx.titleAlias[strings.ToLower(parent.lt+" > "+stripTitle(title))] {
			if ids := lx.ids(a); len(ids) > 0 {
				n.alts = append(n.alts, ids)
				n.longAlt = n.longAlt || len(ids) > len(n.req) && len(n.req) > 0 && !slices.ContainsFunc(n.req, func(x wid) bool { return !slices.Contains(ids, x) })
			}
		}
		for _, r := range lx.codeAlias {
			// "multiple joints" for the "multiple site" of a joint
			// disease, whatever entry files it (data/title_alias.tsv
			// "[M00-M25]" rows).
			if r.title == stripTitle(title) && codeIn(n.code, r.lo, r.hi) {
				for _, a := range r.alts {
					if ids := lx.ids(a); len(ids) > 0 {
						n.alts = append(n.alts, ids)
					}
				}
			}
		}
	}
	needNemod := parent != nil && lx.nemodNeeded[parent.lt+" > "+stripTitle(title)]
	for _, nm := range t.Nemod {
		if ref, also, ok := nemodRef(nm); ok {
			// "Carcinoma, basal cell (pigmented) (see also Neoplasm,
			// skin, malignant)", "Bronchorrhagia (see Hemoptysis)": the
			// index XML prints some references in parentheses, where
			// they read as nonessential modifiers; they are references.
			if also {
				n.seeAlso = append(n.seeAlso, &seeRef{raw: ref, neoCol: -1})
			} else {
				n.see = append(n.see, &seeRef{raw: ref, neoCol: -1})
			}
			continue
		}
		if rest, ok := strings.CutPrefix(strings.ToLower(strings.Trim(nm, "() ")), "without mention of "); ok {
			// "Hemorrhoids, internal (without mention of degree)": the
			// entry is the default of a note that states no degree; one
			// that does ("grade I internal hemorrhoids", read "first
			// degree") is the sibling of that degree. The stated word
			// is absent, as Y of an "X without Y" title, save one the
			// entry's own path names ("Abscess, amebic, liver (without
			// mention of brain or lung abscess)").
			n.absent = append(n.absent, mentionAbsent(lx, rest, parent)...)
			continue
		}
		if rest, ok := strings.CutPrefix(strings.Trim(nm, "() "), "-"); ok && len(n.req) > 0 && !strings.Contains(rest, " ") {
			// "Kimmelstiel (-Wilson) disease", "Alder (-Reilly)": the
			// modifier is the second name of a hyphenated eponym,
			// joined to the first word, so "Kimmelstiel-Wilson disease"
			// is the entry said in full (not "Wilson's disease" after a
			// stray word). The words stay optional too.
			if a := lx.ids(rest); len(a) == 1 && !containsW(n.req, a[0]) {
				alt := append(append([]wid{n.req[0]}, a...), n.req[1:]...)
				n.alts = append(n.alts, alt)
				n.hyphenAlt = true
			}
		}
		if rest, ok := strings.CutPrefix(strings.Trim(nm, "() "), "or "); ok && parent != nil && len(n.req) > 0 {
			// "current (or most recent) episode", "chronic (or old)": the
			// modifier names an alternative of the word it follows (the
			// first; the parsed title no longer says where it stood),
			// which selects the entry in its place.
			if a := lx.ids(rest); len(a) > 0 {
				n.alts = append(n.alts, append(a, n.req[1:]...))
				continue
			}
		}
		for _, w := range lx.ids(nm) {
			// "(with stated duration of 4 weeks or less)": a connector
			// is no modifier; read as one it stretched the mention over
			// the words after it ("NSTEMI ruled out with serial
			// troponins" hid the negation inside the mention).
			if needNemod && !containsW(n.req, w) && w != lx.wWith {
				// "Cyst, multilocular (ovary)": the modifier is the
				// entry's site, which the note must name
				// (data/nemod_needed.txt).
				n.req = append(n.req, w)
				continue
			}
			if !containsW(n.req, w) && !containsW(n.opt, w) && w != lx.wWith {
				n.opt = append(n.opt, w)
			}
		}
	}
	if parent != nil && len(n.req) == 1 {
		// "inferior (inferolateral) (inferoposterior)": a modifier that
		// compounds the subterm's own word names a kind of that site and
		// selects the entry alone ("inferoposterior infarction").
		for _, nm := range t.Nemod {
			if ids := lx.ids(nm); len(ids) == 1 && compoundOf(lx.v.words[ids[0]], lx.v.words[n.req[0]]) {
				n.alts = append(n.alts, ids)
			}
		}
	}
	for _, s := range t.See {
		n.see = append(n.see, &seeRef{raw: s, neoCol: -1})
	}
	for _, s := range t.SeeAlso {
		if ref, code, ok := trailingCode(s); ok && n.code == "" {
			// "Fracture, pathological (see also Fracture, traumatic)
			// M84.40": the entry's own code was printed after the
			// reference and read into it.
			n.code, s = code, ref
		}
		n.seeAlso = append(n.seeAlso, &seeRef{raw: s, neoCol: -1})
	}
	var prev *codeset.Term
	for _, c := range t.Children {
		if strings.HasPrefix(c.Title, "Note:") && prev != nil {
			// The index XML prints a note as a subterm and nests the
			// entries that follow it (Failure, heart, systolic) under the
			// note; they belong to the entry before the note.
			for _, g := range c.Children {
				k := compileTerm(lx, g, nil)
				attachUnder(lx, n, prev, k)
			}
			continue
		}
		prev = c
		if x := misfiledUnder(lx, n, c); x != nil {
			k := compileTerm(lx, c, x)
			n.size += 1 + k.size
			x.size += 1 + k.size
			attachKid(x, k)
			continue
		}
		k := compileTerm(lx, c, n)
		n.size += 1 + k.size
		if parent != nil && len(k.req) > 0 && strings.Join(lx.normed(t.Title), " ") == "with" {
			// "Diverticulitis, with, abscess": a condition under a bare
			// "with" is denied by the note's "no" as a "with abscess"
			// subterm is ("diverticulitis, no abscess"; noAsWithout).
			lx.withoutNext[k.req[0]] = true
			for _, a := range k.alts {
				if len(a) > 0 {
					lx.withoutNext[a[0]] = true
				}
			}
		}
		if parent != nil && len(n.req) > 0 && len(k.req) > 1 {
			// "weeks of gestation > 35 weeks": a subterm repeats a
			// word of its parent, which the note says once; the
			// parent's match already stands for it.
			var own []wid
			for _, x := range k.req {
				if !containsW(n.req, x) {
					own = append(own, x)
				}
			}
			if len(own) > 0 && len(own) < len(k.req) {
				k.req = own
			}
		}
		if gp := parent; gp != nil && gp.parent != nil && len(gp.req) > 0 && len(k.req) > 1 && lx.connectors[strings.Join(lx.normed(t.Title), " ")] && !slices.ContainsFunc(gp.req, func(x wid) bool { return !containsW(k.req, x) }) {
			// "Diabetes, with, retinopathy, proliferative, with, stable
			// proliferative diabetic retinopathy": a condition linked by
			// "with" repeats the words of the entries above the
			// connector, which the note says once ("stable PDR").
			var own []wid
			for _, x := range k.req {
				said := false
				for a := parent; a != nil && !said; a = a.parent {
					said = containsW(a.req, x) || containsW(a.extra, x) || slices.ContainsFunc(a.alts, func(alt []wid) bool { return containsW(alt, x) })
				}
				if !said {
					own = append(own, x)
				}
			}
			if len(own) > 0 && len(own) < len(k.req) {
				k.req = own
			}
		}
		title := strings.Join(lx.normed(c.Title), " ")
		if parent != nil && lx.causeLead(t.Title) && lx.isAnyCond(k.req) || lx.causeLead(c.Title) && len(k.req) > 1 && lx.isAnyCond(k.req[1:]) {
			n.anyKid, k.anyCond = true, true
		}
		if parent != nil && (lx.causeLead(t.Title) || causeNemod(t.Nemod)) && lx.isNeoCond(k.req) || lx.causeLead(c.Title) && len(k.req) > 1 && lx.isNeoCond(k.req[1:]) {
			// (Also a subterm whose title holds its "due to": "Pain,
			// due to malignancy (primary) (secondary)" G89.3; and one
			// below a connector whose nonessential modifier says it:
			// "Anemia, in (due to) (with), neoplastic disease" D63.0.)
			n.neoKid = k
			if len(k.kids) == 0 && k.code != "" && causeNemod(t.Nemod) {
				// Its "see also Neoplasm" would read the neoplasm's
				// words into this code: the neoplasm keeps its own
				// ("anemia due to a neoplasm of the colon" is D63.0
				// with D49.0, not C18.9 alone).
				k.seeAlso = nil
			}
		}
		// A bare preposition that heads subterms of its own ("Resistance,
		// organism, to, drug", "Dependence, on", "Hemorrhage, from") is a
		// connector like "in": its title is all stop words, so read as a
		// subterm it needed no word and was filed as a hidden catch-all,
		// dropping the whole list under it. Its children locate the head
		// ("resistant to vancomycin"), so they stay near it.
		prep := !lx.connectors[title] && len(k.req) == 0 && k.code == "" && len(c.Children) > 0 && title != "" && !catchAll(c.Title)
		switch {
		case lx.connectors[title] || lx.unsaid(c.Title) == "" || prep:
			// (A subterm made only of words a note never says is
			// transparent too.)
			k.near = lx.nearConn[title] || prep
			if prep {
				markAfterPrep(k)
			}
			n.conn = append(n.conn, k)
			if parent == nil && k.code != "" && lx.unsaid(c.Title) == "" && n.usage == nil {
				n.usage = k
			}
		case len(k.req) > 1 && k.req[0] == lx.wWith:
			// "with vomiting": the "with" convention links conditions
			// documented together ("nausea and vomiting"), so the rest
			// is matched in the sentence like a connector's children.
			k.req = k.req[1:]
			// "no foreign body", "no complications": the note's "no"
			// before this word denies the subterm as "without" does.
			lx.withoutNext[k.req[0]] = true
			n.withKids = append(n.withKids, k)
		case len(k.req) > 1 && lx.connLead(c.Title):
			// "due to insulin", "secondary to trauma": the note's
			// connector words are not read (see Section), the rest
			// selects the entry.
			k.req = k.req[1:]
			n.kids = append(n.kids, k)
		case len(k.req) > 0 && k.req[0] == lx.wWithout:
			k.req = k.req[1:]
			if len(k.req) > 0 {
				// The note's "no" before this word reads as "without"
				// ("laceration, no foreign body"; see Section).
				lx.withoutNext[k.req[0]] = true
			}
			n.without = append(n.without, k)
		case noDiagnosis(c.Title):
			// "reading (incidental), no diagnosis of hypertension": the
			// state of a note that names the finding and no diagnosis,
			// which no word of the note says; consolidation drops it when
			// the diagnosis is coded.
			n.without = append(n.without, k)
		case len(k.req) > 0 && strings.HasPrefix(title, "not "):
			// "not intractable": "not" is a stop word, so without this
			// the entry would read "intractable" like its sibling. The
			// note's "not" before such a word reads as "without"
			// (Section), and the entry is matched like a "without" one.
			lx.notNext[k.req[0]] = true
			n.without = append(n.without, k)
		case len(k.req) == 0 || catchAll(c.Title) && lx.titleAlias[strings.ToLower(n.lt+" > "+stripTitle(c.Title))] == nil:
			// "specified NEC", "specified disease NEC": catch-alls for
			// conditions the index does not list; nothing a note says
			// selects them by word, but a see reference may name them
			// ("see Diabetes, specified type NEC"). One data/title_alias.tsv
			// gives another wording ("vaping product" for nicotine's
			// "specified product NEC") is selected by it as any subterm.
			n.hidden = append(n.hidden, k)
			if k.code != "" {
				switch rest := catchAllRest(lx, c.Title); {
				case len(rest) == 0 && n.specNEC == nil:
					n.specNEC = k
				case len(rest) == 1 && rest[0] == agentWord && n.agentNEC == nil:
					n.agentNEC = k
				case len(rest) == 1 && rest[0] == "type" && n.typeNEC == nil:
					n.typeNEC = k
				}
			}
			continue
		default:
			n.kids = append(n.kids, k)
		}
	}
	n.siteSplit()
	if sub, ok := agentCause().anySite[strings.ToLower(n.lt)]; ok && parent == nil {
		for _, k := range n.kids {
			if k.lt == sub && k.code != "" {
				n.anyAgent = k
				break
			}
		}
	}
	if len(n.kids) > 0 {
		n.byWord = make(map[wid][]*node, len(n.kids))
		for _, k := range n.kids {
			n.byWord[k.req[0]] = append(n.byWord[k.req[0]], k)
			for _, a := range k.alts {
				if a[0] != k.req[0] {
					n.byWord[a[0]] = append(n.byWord[a[0]], k)
				}
			}
		}
	}
	return n
}

// markAfterPrep marks the entries below the bare preposition subterm k
// (node.afterPrep).
func markAfterPrep(k *node) {
	for _, set := range [][]*node{k.kids, k.conn, k.without, k.withKids, k.hidden} {
		for _, c := range set {
			c.afterPrep = true
			markAfterPrep(c)
		}
	}
}

// hasSibling reports whether t's parent has a child titled sib ("" always
// holds): "lumbar region" drops "region" only in a list of spine regions.
func hasSibling(t *codeset.Term, sib string) bool {
	if sib == "" {
		return true
	}
	if t.Parent == nil {
		return false
	}
	for _, c := range t.Parent.Children {
		if stripTitle(c.Title) == sib {
			return true
		}
	}
	return false
}

// listAlternatives reads a subterm that lists single-word alternatives, "A,
// B or C" after optional lead words ("complicating pregnancy, childbirth or
// puerperium"): each alternative with the lead words selects the entry. A
// leading connector word ("complicating") is not required: the note says
// "anemia in pregnancy". Other titles keep req.
func listAlternatives(lx *lexicon, title string, req []wid) ([]wid, [][]wid) {
	before, last, ok := strings.Cut(strings.ToLower(title), " or ")
	if !ok || strings.Contains(last, " or ") || strings.Contains(last, ",") {
		return req, nil
	}
	items := strings.Split(before, ", ")
	if len(items) < 2 || strings.Contains(last, " ") {
		return req, nil
	}
	lead := strings.Fields(items[0])
	for _, it := range items[1:] {
		if strings.Contains(it, " ") || it == "" {
			return req, nil
		}
	}
	words := append(append([]string{lead[len(lead)-1]}, items[1:]...), last)
	prefix := lead[:len(lead)-1]
	if len(prefix) > 0 && lx.connectors[prefix[0]] {
		prefix = prefix[1:]
	}
	var alts [][]wid
	for _, wd := range words {
		ids := lx.ids(strings.Join(append(append([]string(nil), prefix...), wd), " "))
		if len(ids) == 0 {
			return req, nil
		}
		alts = append(alts, ids)
	}
	return alts[0], alts[1:]
}

// trailingCode splits a reference that ends in a code ("Fracture, traumatic
// M84.40") into the reference and the code.
func trailingCode(s string) (string, string, bool) {
	i := strings.LastIndexByte(s, ' ')
	if i < 0 {
		return s, "", false
	}
	c := s[i+1:]
	if len(c) < 3 || c[0] < 'A' || c[0] > 'Z' || c[1] < '0' || c[1] > '9' || len(c) > 3 && c[3] != '.' {
		return s, "", false
	}
	return strings.TrimSpace(s[:i]), c, true
}

// headAlternatives reads a title "X, Y or Z" (data/comma_head.txt) as the
// alternatives "X Y" and "X Z": the head X is needed with one of its
// qualifiers.
func headAlternatives(lx *lexicon, title string, req []wid) ([]wid, [][]wid) {
	head, rest, ok := strings.Cut(strings.ToLower(title), ", ")
	if !ok {
		return req, nil
	}
	var alts [][]wid
	for _, q := range strings.Split(rest, " or ") {
		ids := lx.ids(head + " " + strings.TrimSpace(q))
		if len(ids) == 0 {
			return req, nil
		}
		alts = append(alts, ids)
	}
	return alts[0], alts[1:]
}

// withOr reports a title like "with or following ectopic or molar
// pregnancy", whose first " or " part is only the connector "with": split on
// " or " it would be selected by any "with" of the note.
func withOr(lx *lexicon, title string) bool {
	first, _, _ := strings.Cut(title, " or ")
	ids := lx.ids(first)
	return len(ids) == 0 || len(ids) == 1 && ids[0] == lx.wWith
}

// bracketAlternatives splits a title with square brackets into the title
// without them and, for each bracket, the bracket's words followed by what
// comes after it: "electrocardiogram [ECG] [EKG]" is "electrocardiogram",
// "ECG" or "EKG"; "systemic lupus erythematosus [SLE] inhibitor" is also
// "SLE inhibitor". An unbalanced bracket returns "".
func bracketAlternatives(title string) (string, []string) {
	var base strings.Builder
	var alts []string
	rest := title
	for {
		i := strings.IndexByte(rest, '[')
		if i < 0 {
			base.WriteString(rest)
			break
		}
		j := strings.IndexByte(rest[i:], ']')
		if j < 0 {
			return "", nil
		}
		base.WriteString(rest[:i])
		inner := rest[i+1 : i+j]
		after := rest[i+j+1:]
		for strings.HasPrefix(strings.TrimSpace(after), "[") {
			k := strings.IndexByte(after, ']')
			if k < 0 {
				return "", nil
			}
			after = after[k+1:]
		}
		alts = append(alts, strings.TrimSpace(inner+" "+stripBrackets(after)))
		rest = rest[i+j+1:]
	}
	return strings.Join(strings.Fields(base.String()), " "), alts
}

// stripBrackets drops the square-bracketed parts of s.
func stripBrackets(s string) string {
	var b strings.Builder
	depth := 0
	for _, r := range s {
		switch {
		case r == '[':
			depth++
		case r == ']' && depth > 0:
			depth--
		case depth == 0:
			b.WriteRune(r)
		}
	}
	return strings.Join(strings.Fields(b.String()), " ")
}

// alternatives reports whether comma-separated title parts are spellings of
// one word (sameStem: "abdomen, abdominal", and for a short head the
// adjective that changes sooner, "bile, biliary", "pons, pontine",
// "virus, viral").
func alternatives(parts []string) bool {
	first := strings.TrimSpace(parts[0])
	if len(first) < 3 || len(parts) < 2 {
		return false
	}
	for _, p := range parts[1:] {
		if !sameStem(strings.TrimSpace(p), first) {
			return false
		}
	}
	return true
}

// addKidWords adds to set the first words of n's subterms down to depth
// levels (through connectors).
func addKidWords(set map[wid]bool, n *node, depth int) {
	if depth == 0 {
		return
	}
	for w := range n.byWord {
		set[w] = true
	}
	for w := range n.viaKid {
		set[w] = true
	}
	for _, set2 := range [][]*node{n.kids, n.withKids, n.without} {
		for _, k := range set2 {
			for _, x := range k.req {
				set[x] = true
			}
			addKidWords(set, k, depth-1)
		}
	}
	for _, c := range n.conn {
		addKidWords(set, c, depth)
	}
}

// sameStem reports whether alt is another spelling of a main term's first
// part: they share their first four letters ("Abdomen, abdominal"), or three
// for a short word ("Vision, visual", "Tube, tubal", "Femur, femoral"), whose
// adjective changes sooner; long words sharing only a prefix are different
// words ("Hypercalcemia, hypocalciuric").
func sameStem(alt, first string) bool {
	if len(alt) < 3 || len(first) < 3 || !strings.EqualFold(alt[:3], first[:3]) {
		return false
	}
	return len(alt) >= 4 && len(first) >= 4 && strings.EqualFold(alt[:4], first[:4]) || len(first) <= 7
}

// buildIndex compiles the disease index, with the entries of codes newer
// than it (data/index_add.tsv, addedIndex), and the neoplasm table.
func buildIndex(lx *lexicon, cs *codeset.Set) *index {
	di := cs.Index()
	if di != nil {
		di = &codeset.Index{Terms: addedIndex(cs, di, rows("index_add.tsv")), Columns: di.Columns}
	}
	return buildIndexOf(lx, cs, di, cs.NeoplasmTable())
}

// buildIndexOf compiles one alphabetic index (the disease index, or the
// External Cause of Injuries Index with nt nil) the same way, so one walker
// reads both.
func buildIndexOf(lx *lexicon, cs *codeset.Set, di, nt *codeset.Index) *index {
	ix := &index{heads: &trie{}, byTitle: map[string][]*node{}, byNorm: map[string][]*node{}, genusOpt: map[[2]wid]bool{}, kinds: map[*node][]wid{}}
	var mains []*node
	type keyed struct {
		n   *node
		key string
	}
	var implied []keyed
	if di != nil {
		// Main terms sharing a first part without a plain entry of their
		// own ("Fracture, traumatic", "Fracture, pathological"): the
		// largest one is the entry for the bare word, so its extra words
		// are optional; for every other title they are required.
		plain := map[string]bool{}
		largest := map[string]*codeset.Term{}
		for _, t := range di.Terms {
			plain[stripTitle(t.Title)] = true
		}
		for _, t := range di.Terms {
			first := stripTitle(strings.Split(t.Title, ",")[0])
			if l := largest[first]; l == nil || termSize(t) > termSize(l) {
				largest[first] = t
			}
		}
		for _, t := range di.Terms {
			n := compileTerm(lx, t, nil)
			mains = append(mains, n)
			full := stripTitle(t.Title)
			ix.byTitle[full] = append(ix.byTitle[full], n)
			parts := strings.Split(lx.unsaid(t.Title), ",")
			first := stripTitle(parts[0])
			if first != full {
				ix.byTitle[first] = append(ix.byTitle[first], n)
			}
			ix.addNorm(normKey(t.Title), n)
			if ps := strings.Split(t.Title, ","); alternatives(ps) {
				for _, p := range ps {
					ix.addNorm(normKey(p), n)
				}
			}
			key := strings.Join(normWords(parts[0]), " ")
			if ks := lx.ids(parts[0]); len(ks) == 1 {
				key = lx.v.words[ks[0]]
			}
			// (A main term that never heads a mention still takes its
			// groupings: see references lead into it, "Amputation, see
			// also Absence".) Applied once site kids are added.
			implied = append(implied, keyed{n, key})
			if lx.skipMain[key] && !lx.encounterHead[key] || key == "" {
				continue
			}
			n.encounter = lx.encounterHead[key]
			n.admission = n.encounter && lx.admissionHead[key]
			n.needSub = lx.needSub[key]
			n.needSite = lx.needSite[key]
			// "Trauma - see also Injury": the bare word is too vague
			// (need_sub.txt), but "head trauma" names the site whose
			// injury the reference lists (Injury, head), read like a
			// mass of a named organ (organSee, data/site_see.txt).
			n.organSee = n.organSee || lx.siteSee[key] && (len(n.seeAlso) > 0 || len(n.see) > 0)
			n.ownSite = lx.ownSite[key]
			n.looseSite = lx.looseSite[key]
			n.forward = lx.forward[key]
			n.listHead = lx.listHead[key]
			// Alternatives ("Failure, failed", "Abdomen, abdominal") are
			// other spellings of the same head; other parts are words
			// the mention must also contain, unless the first part has no
			// entry of its own (then they only qualify it).
			firstIDs := lx.ids(parts[0])
			var extra []wid
			var alts [][]wid
			for _, p := range parts[1:] {
				p = strings.TrimSpace(p)
				if sameStem(p, strings.TrimSpace(parts[0])) {
					alts = append(alts, lx.ids(p))
					continue
				}
				extra = append(extra, lx.ids(p)...)
			}
			n.req = firstIDs
			if len(extra) > 0 {
				if plain[first] || largest[first] != t || lx.needQual[key] {
					n.extra = extra
				} else {
					n.opt = append(n.opt, extra...)
				}
			}
			if len(firstIDs) > 0 {
				ix.heads.insert(firstIDs, n)
			}
			if n.hyphenAlt && len(parts) == 1 {
				// (compileTerm's hyphenated eponyms: the main term is
				// found by its full name too.)
				for _, a := range n.alts {
					ix.heads.insert(a, n)
				}
			}
			for _, a := range alts {
				if len(a) > 0 {
					ix.heads.insert(a, n)
				}
			}
		}
	}
	if nt != nil && len(nt.Terms) > 0 {
		ix.neoCols = nt.Columns
		root := &node{title: "Neoplasm", lt: "neoplasm"}
		for _, t := range nt.Terms {
			k := compileTerm(lx, t, root)
			// The first row ("Neoplasm, neoplastic") holds the
			// unspecified-site cells and the sites as its children.
			if len(root.cells) == 0 && len(k.cells) > 0 {
				root.cells = k.cells
				for _, c := range k.kids {
					if !morphologyRef(c) {
						c.parent = root
						root.kids = append(root.kids, c)
					}
				}
				continue
			}
			if morphologyRef(k) {
				continue
			}
			root.kids = append(root.kids, k)
		}
		addNemodAdjectives(lx, root, nt.Terms)
		root.byWord = map[wid][]*node{}
		for _, k := range root.kids {
			if len(k.req) > 0 {
				root.byWord[k.req[0]] = append(root.byWord[k.req[0]], k)
			}
			for _, a := range k.alts {
				root.byWord[a[0]] = append(root.byWord[a[0]], k)
			}
		}
		ix.neo = root
		for _, x := range root.cells {
			if x != "" {
				ix.neoUnspec = append(ix.neoUnspec, strings.TrimRight(x, ".-"))
			}
		}
		ix.site = map[wid]bool{}
		for _, k := range root.kids {
			for _, x := range k.req {
				ix.site[x] = true
			}
		}
		for _, k := range root.kids {
			if k.nemodAlt {
				k.altNotBefore = ix.site
			}
		}
		linkNeoplasmSees(root, root)
		fillSecondaryCells(root, neoColumn(ix.neoCols, "malignant"), neoColumn(ix.neoCols, "secondary"))
		ix.indexMorphology(cs)
	}
	if di != nil {
		// "Dissection, aorta": the subterm names the site by its noun
		// only, while the main term "Aorta, aortic - see condition"
		// makes the adjective the same site, so the note's "aortic
		// dissection" reads the noun's subterm too.
		adj := siteAdjectives(lx, di)
		for _, m := range mains {
			addSiteAdjectives(m, adj)
		}
	}
	ix.addSeeAlso()
	addManifSeeAlso(mains)
	ix.kidCache = map[*node]kidTitles{}
	for _, m := range mains {
		ix.resolve(lx, m)
		siteless(cs, m)
		markAdditional(cs, m)
		markRestating(lx, cs, m)
		markCatchAll(lx, m, ix)
		nosDefault(lx, cs, m)
	}
	for _, m := range append(mains[:len(mains):len(mains)], ix.seeSubs...) {
		if len(m.seeAlso) > 0 && !neoRefs(m.seeAlso) {
			// Words the entry has subterms for of its own are read
			// there ("Disease > kidney > chronic > stage"), not in the
			// see-also target.
			own := map[wid]bool{}
			addKidWords(own, m, 3)
			m.seeWords = map[wid]bool{}
			for _, r := range m.seeAlso {
				if r.target != nil {
					addKidWords(m.seeWords, r.target, 2)
				}
			}
			for w := range own {
				delete(m.seeWords, w)
			}
			if len(m.seeWords) == 0 {
				m.seeWords = nil
			}
			head, _, _ := strings.Cut(m.lt, ",")
			for _, r := range m.seeAlso {
				if t := r.target; t != nil && t.parent == nil && len(t.extra) > 0 {
					if h, _, _ := strings.Cut(t.lt, ","); h == head {
						ix.kinds[m] = append(ix.kinds[m], t.extra...)
						m.otherKinds = true
					}
				}
			}
		}
	}
	ix.kidCache = nil // children are added below (siteKids, applyImplied)
	ix.mains = mains
	ix.seeSubs = nil
	ix.labKids(lx)
	redirected := ix.redirect(lx)
	ix.siteKids(lx)
	for _, m := range implied {
		// After siteKids: a site kid below a grouping is read through it
		// too ("sigmoid diverticulitis": Diverticulitis, intestine, large).
		applyImplied(lx, m.n, m.key)
	}
	for _, r := range redirected {
		// The entry read elsewhere reads through its groupings there too
		// ("peanut allergy": Allergy -> History, personal, allergy, food,
		// peanuts).
		r[0].viaKid, r[0].grouping = r[1].viaKid, r[1].grouping
	}
	ix.indexSitePointers()
	ix.encounterOnly()
	if ix.neo != nil {
		ix.addNeoplasmHeads(lx)
	}
	ix.freezeRoot()
	return ix
}

// freezeRoot fills ix.root from ix.heads.next; no main term is added after.
func (ix *index) freezeRoot() {
	n := wid(0)
	for x := range ix.heads.next {
		n = max(n, x)
	}
	ix.root = make([]*trie, n+1)
	for x, t := range ix.heads.next {
		ix.root[x] = t
	}
}

// head returns the trie of the main terms that start with word x, or nil.
func (ix *index) head(x wid) *trie {
	if int(x) < len(ix.root) {
		return ix.root[x]
	}
	return nil
}

// addNeoplasmHeads makes "neoplasm" and "metastasis/metastatic" lead to the
// Table of Neoplasms, the column chosen by the behaviour words of the
// mention (malignant, secondary, benign, in situ, uncertain), as the index's
// "Neoplasm, neoplastic - see Table of Neoplasms" instructs.
func (ix *index) addNeoplasmHeads(lx *lexicon) {
	ref := func(col string) []*seeRef {
		return []*seeRef{{raw: "Neoplasm, " + col, target: ix.neo, neoCol: neoColumn(ix.neoCols, col)}}
	}
	kid := func(parent *node, word, col string) *node {
		k := &node{title: word, lt: stripTitle(word), req: lx.ids(word), see: ref(col), parent: parent}
		parent.kids = append(parent.kids, k)
		if parent.byWord == nil {
			parent.byWord = map[wid][]*node{}
		}
		parent.byWord[k.req[0]] = append(parent.byWord[k.req[0]], k)
		return k
	}
	neo := &node{title: "Neoplasm, neoplastic", seeAlso: ref("unspecified")}
	mal := kid(neo, "malignant", "malignant")
	kid(mal, "secondary", "secondary")
	kid(mal, "metastatic", "secondary")
	kid(neo, "secondary", "secondary")
	kid(neo, "benign", "benign")
	kid(neo, "in situ", "in situ")
	kid(neo, "uncertain", "uncertain")
	for _, w := range []string{"neoplasm", "neoplastic"} {
		if ids := lx.ids(w); len(ids) == 1 {
			ix.heads.insert(ids, neo)
		}
	}
	met := &node{title: "Metastasis, metastatic", seeAlso: ref("secondary")}
	for _, w := range []string{"metastasis", "metastatic"} {
		if ids := lx.ids(w); len(ids) == 1 {
			ix.heads.insert(ids, met)
		}
	}
}

// resolve links every see / see also reference under n to its target.
func (ix *index) resolve(lx *lexicon, n *node) {
	for _, r := range n.see {
		ix.resolveRef(lx, r)
	}
	for _, r := range n.seeAlso {
		ix.resolveRef(lx, r)
	}
	for _, k := range n.kids {
		ix.resolve(lx, k)
	}
	for _, k := range n.conn {
		ix.resolve(lx, k)
	}
	for _, k := range n.without {
		ix.resolve(lx, k)
	}
	for _, k := range n.withKids {
		ix.resolve(lx, k)
	}
	for _, k := range n.hidden {
		ix.resolve(lx, k)
	}
}

func (ix *index) resolveRef(lx *lexicon, r *seeRef) {
	r.parentKey = -1
	if lx.seeParent[stripTitle(r.raw)] {
		r.parentKey = 1
	}
	parts := strings.Split(r.raw, ",")
	joined := make([]string, len(parts))
	for i := range parts {
		joined[i] = hyphenJoin(parts[i])
		// ("complicated by (management affected by)": the
		// nonessential words are not part of the entry's title.)
		parts[i] = stripTitle(stripParens(parts[i]))
	}
	if len(parts) == 0 || parts[0] == "condition" || strings.HasPrefix(parts[0], "table of") {
		return
	}
	if strings.HasPrefix(parts[0], "neoplasm") && ix.neo != nil {
		r.neoCol = neoColumn(ix.neoCols, strings.Join(parts[1:], " "))
		r.target = ix.neo
		for _, p := range parts[1:] {
			if p == "by site" || isBehaviour(p) {
				continue
			}
			r.rest = append(r.rest, lx.ids(p)...)
		}
		return
	}
	// Longest main-term title that the reference starts with.
	var cur []*node
	used := 0
	for j := len(parts); j >= 1; j-- {
		if m := ix.byTitle[strings.Join(parts[:j], ", ")]; len(m) > 0 {
			cur, used = m, j
			break
		}
	}
	var loose []wid // words of the first part beyond a loosely found title
	if len(cur) == 0 {
		cur, parts, used, loose = ix.looseTitle(lx, parts)
	}
	if len(cur) == 0 {
		return
	}
	r.rest = append(r.rest, loose...)
	// Several main terms share a first part ("Fracture, burst",
	// "Fracture, traumatic"...): "see Fracture, femur, neck" means the
	// largest one that has the next part as a subterm.
	target := cur[0]
	if len(cur) > 1 {
		best, bestHas := -1, false
		for _, c := range cur {
			has := used < len(parts) && ix.child(c, parts[used]) != nil
			if has && !bestHas || has == bestHas && c.size > best {
				best, bestHas, target = c.size, has, c
			}
		}
	}
	bySite := false
	for pi, p := range parts[used:] {
		if bySite {
			// "see Bite, by site, superficial, insect": the parts after
			// "by site" are read below the note's site, not as subterms
			// of the target itself (Bite's own "insect" is this very
			// reference).
			r.rest = append(r.rest, lx.ids(p)...)
			continue
		}
		bySite = p == "by site"
		next := ix.child(target, p)
		if next == nil && pi > 0 && target.code == "" && target.parent != nil {
			// "see Diabetes, due to, drug or chemical": the reference
			// splits in two levels the one subterm the index prints
			// whole ("due to drug or chemical", E09.9) beside the
			// uncoded grouping the first part found ("due to").
			next = ix.child(target.parent, target.lt+" "+p)
		}
		if conn, rest, ok := strings.Cut(p, " "); next == nil && ok && lx.connectors[conn] {
			// "see Calculus, gallbladder, with cholecystitis": the index
			// files the entry as "with" > "cholecystitis".
			if c := ix.child(target, conn); c != nil {
				next = ix.child(c, rest)
			}
		}
		if ws := strings.Fields(p); next == nil && len(ws) > 1 {
			// "see Thrombosis, intracranial venous sinus": the
			// reference joins two levels the index files apart
			// ("intracranial (arterial)" > "venous sinus (any)").
			for i := 1; i < len(ws) && next == nil; i++ {
				if c := ix.child(target, strings.Join(ws[:i], " ")); c != nil {
					next = ix.child(c, strings.Join(ws[i:], " "))
				}
			}
		}
		if next == nil && pi < len(parts[used:])-1 {
			// "see Fracture, tarsal, calcaneus": the reference shortens
			// the entry it passes through ("tarsal bone(s)"); the one
			// coded child whose title starts with the part, and has the
			// next part below it, is that entry.
			var found *node
			n := 0
			for _, k := range target.kids {
				if k.code != "" && strings.HasPrefix(k.lt, p+" ") && ix.child(k, parts[used+pi+1]) != nil {
					found, n = k, n+1
				}
			}
			if n == 1 {
				next = found
			}
		}
		if next == nil {
			// "see Diabetes, retinopathy": the index files the
			// complication under "with" (the "with" convention), which
			// the reference leaves out.
			for _, c := range target.conn {
				if c.lt == "with" {
					next = ix.child(c, p)
				}
			}
		}
		if next == nil && len(joined) == len(parts) && joined[used+pi] != "" {
			j := joined[used+pi]
			// "see Diabetes, Kimmelstiel (-Wilson) disease": the entry
			// is printed with the eponym hyphenated, under "with", and
			// spelled "Kimmelsteil-Wilson disease" (data/synonyms.tsv
			// makes the spellings one word).
			want := lx.ids(j)
			for _, set := range [2][]*node{target.kids, target.conn} {
				for _, k := range set {
					cands := []*node{k}
					if k.lt == "with" {
						cands = k.kids
					}
					for _, c := range cands {
						if next == nil && sameWords(lx.ids(stripParens(c.title)), want) {
							next = c
						}
					}
				}
			}
		}
		if next == nil && used+pi+1 < len(parts) {
			next = prefixChild(lx, target, p, parts[used+pi+1], ix)
		}
		if next == nil && pi == 0 && p != "by site" {
			// "see History, allergy": the entry sits one level down,
			// under an uncoded grouping ("History, personal (of),
			// allergy").
			// An exact title wins over one with "NEC" dropped
			// ("History, family, allergy NEC").
			// The entry must be the only one of its title there.
			for _, exact := range []bool{true, false} {
				var found []*node
				for _, k := range target.kids {
					if k.code != "" || len(k.cells) > 0 {
						continue // a coded entry is a condition, not a grouping
					}
					if x := childByTitleMode(k, p, exact); x != nil {
						found = append(found, x)
					}
				}
				if len(found) == 1 {
					next = found[0]
				}
				if len(found) > 0 {
					break
				}
			}
		}
		if next == nil {
			if p != "by site" {
				r.rest = append(r.rest, lx.ids(p)...)
			}
			continue
		}
		target = next
	}
	r.target = target
	if bySite && !slices.Contains(ix.bySite, target) {
		ix.bySite = append(ix.bySite, target)
	}
}

// codeIn reports whether code's category falls in the category range
// [lo, hi] (three characters each); a category-less code is in none.
func codeIn(code, lo, hi string) bool {
	return len(code) >= 3 && code[:3] >= lo && code[:3] <= hi
}

// prefixChild returns the only subterm of target whose title begins with
// the words of the reference part p and that has the reference's next part
// as a subterm, or nil: "see Fracture, tarsal, calcaneus" names the entry
// the index titles "tarsal bone(s)" (Fracture, traumatic, tarsal bone(s),
// calcaneus, S92.0-), so a calcaneus fracture no longer falls back to the
// unspecified T14.8.
func prefixChild(lx *lexicon, target *node, p, next string, ix *index) *node {
	want := lx.ids(p)
	if len(want) == 0 {
		return nil
	}
	var found *node
	for _, k := range target.kids {
		ws := lx.ids(stripParens(k.title))
		if len(ws) <= len(want) || !slices.Equal(ws[:len(want)], want) || ix.child(k, next) == nil {
			continue
		}
		if found != nil {
			return nil
		}
		found = k
	}
	return found
}

// hyphenJoin returns a reference part with the second name of a
// hyphenated eponym that the index prints as a modifier joined to the name
// before it ("Kimmelstiel (-Wilson) disease": kimmelstiel-wilson disease),
// or "" when the part has none.
func hyphenJoin(p string) string {
	i := strings.Index(p, " (-")
	if i < 0 {
		return ""
	}
	j := strings.IndexByte(p[i:], ')')
	if j < 0 {
		return ""
	}
	return strings.ToLower(strings.TrimSpace(p[:i] + "-" + p[i+3:i+j] + p[i+j+1:]))
}

// sameWords reports whether a and b hold the same words.
func sameWords(a, b []wid) bool {
	if len(a) != len(b) {
		return false
	}
	for _, x := range a {
		if !containsW(b, x) {
			return false
		}
	}
	return true
}

// mainOf returns the main term n is filed under.
func mainOf(n *node) *node {
	for n.parent != nil {
		n = n.parent
	}
	return n
}

// titleKey is n's title as normalised words without its parentheses.
func titleKey(n *node) string { return strings.Join(normWords(stripParens(n.title)), " ") }

// indexSitePointers lets the note's site be read below a "by site" target
// when the index files it one level down, as a pointer under a broader site
// the note need not name: "Strain, tendon - see Injury, muscle, by site"
// lists "leg, Achilles tendon - see Injury, Achilles tendon", and "Achilles
// tendon strain" does not say "leg". Only pointers (a see reference, no code
// or subterms) to an entry outside the broader site are read through: the
// broader site adds nothing to them, and its other subterms (types such as
// "strain" or "laceration") would make a site the note never named.
func (ix *index) indexSitePointers() {
	for _, n := range ix.bySite {
		if n.parent == nil {
			// (A main term's subterms are kinds as much as sites:
			// "Disease, glomerular, chronic - see Nephritis, chronic".)
			continue
		}
		for _, k := range n.kids {
			for _, g := range k.kids {
				if g.code != "" || len(g.kids) > 0 || len(g.conn) > 0 || len(g.see) == 0 || len(g.req) == 0 {
					continue
				}
				out := true
				for _, r := range g.see {
					// The pointer names a site the entry files under
					// the same title beside the broader one or at the
					// main term ("Injury, Achilles tendon"); a subterm
					// read with the broader site ("hepatic, artery -
					// see Injury, mesenteric, artery", "leg, upper")
					// is no site alone.
					if r.target == nil || r.target.parent != n && r.target.parent != mainOf(n) || titleKey(r.target) != titleKey(g) {
						out = false
					}
				}
				if !out {
					continue
				}
				for i := -1; i < len(g.alts); i++ {
					x := g.req[0]
					if i >= 0 {
						x = g.alts[i][0]
					}
					if n.directOne(x) || slices.Contains(n.viaKid[x], g) {
						continue
					}
					if n.viaKid == nil {
						n.viaKid = map[wid][]*node{}
					}
					n.viaKid[x] = append(n.viaKid[x], g)
				}
			}
		}
	}
	ix.bySite = nil
}

// addNorm files main term n under the normalised key k.
func (ix *index) addNorm(k string, n *node) {
	if k != "" && !slices.Contains(ix.byNorm[k], n) {
		ix.byNorm[k] = append(ix.byNorm[k], n)
	}
}

// normKey is the byNorm key of a title: its normalised words without
// commas and without a trailing "NEC" or "NOS".
func normKey(title string) string {
	ws := normWords(title)
	for len(ws) > 0 && (ws[len(ws)-1] == "nec" || ws[len(ws)-1] == "nos") {
		ws = ws[:len(ws)-1]
	}
	return strings.Join(ws, " ")
}

// looseTitle finds the main term of a see reference whose title is not
// printed as the reference spells it: by normalised words, first for the
// longest run of parts, then for the longest word prefix of the first part,
// whose remaining words are returned as words that only narrow the target
// ("see Defibrination syndrome" is the entry "Defibrination (syndrome)").
func (ix *index) looseTitle(lx *lexicon, parts []string) ([]*node, []string, int, []wid) {
	for j := len(parts); j >= 1; j-- {
		if m := ix.byNorm[normKey(strings.Join(parts[:j], " "))]; len(m) > 0 {
			return m, parts, j, nil
		}
	}
	ws := normWords(parts[0])
	for k := len(ws) - 1; k >= 1; k-- {
		m := ix.byNorm[strings.Join(ws[:k], " ")]
		if len(m) == 0 {
			continue
		}
		left := strings.Join(ws[k:], " ")
		for _, n := range m {
			if sub := subtermPath(n, ws[k:]); sub != nil {
				// "see Thyrotoxicosis with thyroid storm": the
				// remaining words are subterms (with > thyroid storm).
				return m, append(append([]string{parts[0]}, sub...), parts[1:]...), 1, nil
			}
		}
		rest := lx.ids(left)
		for _, n := range m {
			if allIn(rest, n.opt) {
				// The remaining words are nonessential modifiers
				// of the entry: they only narrow it.
				return m, parts, 1, rest
			}
		}
		return nil, parts, 0, nil
	}
	if len(ws) == 1 && !strings.Contains(parts[0], " ") {
		// "Disturbance, gait - see Gait": the one main term whose
		// title is the word and one more ("Gait abnormality").
		if ix.twoWord == nil {
			// (Once: scanning every title for each such reference was
			// a twentieth of New.)
			ix.twoWord = map[string][]*node{}
			for t, m := range ix.byTitle {
				first, rest, ok := strings.Cut(t, " ")
				if !ok || strings.ContainsAny(rest, " ,") {
					continue
				}
				if _, dup := ix.twoWord[first]; dup {
					m = nil // more than one: no single entry
				}
				ix.twoWord[first] = m
			}
		}
		if only := ix.twoWord[parts[0]]; only != nil {
			return only, parts, 1, nil
		}
	}
	return nil, parts, 0, nil
}

// subtermPath splits words into the titles of a chain of subterms below n
// (longest title first at each level), or returns nil.
func subtermPath(n *node, words []string) []string {
	if len(words) == 0 {
		return []string{}
	}
	for k := len(words); k >= 1; k-- {
		t := strings.Join(words[:k], " ")
		if c := childByTitle(n, t); c != nil {
			if rest := subtermPath(c, words[k:]); rest != nil {
				return append([]string{t}, rest...)
			}
		}
	}
	return nil
}

// allIn reports whether every word of ws is in set.
func allIn(ws, set []wid) bool {
	for _, w := range ws {
		if !containsW(set, w) {
			return false
		}
	}
	return true
}

func childByTitle(n *node, title string) *node { return childByTitleMode(n, title, false) }

// kidTitles is childByTitle of one node as two look-ups: the titles each
// child answers to (first child wins, as in childByTitleMode's scan), and
// the singular or plural of them, read only when no title matched.
type kidTitles struct{ exact, plural map[string]*node }

// child is childByTitle, through a per-node table while resolveRefs runs:
// see references name the same large entries ("Disease", "Disorder") tens
// of thousands of times, and scanning their children for each was an eighth
// of New.
func (ix *index) child(n *node, title string) *node {
	if ix.kidCache == nil {
		return childByTitle(n, title)
	}
	kt, ok := ix.kidCache[n]
	if !ok {
		kt = kidTitlesOf(n)
		ix.kidCache[n] = kt
	}
	if k, ok := kt.exact[title]; ok {
		return k
	}
	return kt.plural[title]
}

// kidTitlesOf lists the titles childByTitleMode(n, title, false) accepts
// for each child of n.
func kidTitlesOf(n *node) kidTitles {
	t := kidTitles{exact: map[string]*node{}, plural: map[string]*node{}}
	put := func(m map[string]*node, key string, k *node) {
		if _, ok := m[key]; !ok {
			m[key] = k
		}
	}
	for _, set := range [][]*node{n.kids, n.conn, n.without, n.withKids, n.hidden} {
		for _, k := range set {
			put(t.exact, k.lt, k)
			kt := strings.TrimSuffix(strings.TrimSuffix(k.lt, " nec"), " nos")
			put(t.exact, kt, k)
			if s, ok := strings.CutSuffix(kt, " of"); ok {
				put(t.exact, s, k)
			}
			if first, _, ok := strings.Cut(kt, ","); ok {
				put(t.exact, strings.TrimSpace(first), k)
			}
			if strings.Contains(kt, " or ") {
				for _, alt := range strings.Split(kt, " or ") {
					put(t.exact, strings.TrimSpace(alt), k)
				}
			}
			put(t.plural, kt+"s", k)
			if s, ok := strings.CutSuffix(kt, "s"); ok {
				put(t.plural, s, k)
			}
			if specifiedKind(kt) {
				put(t.plural, "specified", k)
				put(t.plural, "specified nec", k)
			}
		}
	}
	return t
}

// specifiedKind reports a catch-all titled by its axis ("specified type",
// "specified site"): a reference that says only "specified NEC" means it
// when the entry has no child of that very title ("Hyperostosis - see also
// Disorder, bone, density and structure, specified NEC", whose catch-all
// is "specified type NEC", M85.8-).
func specifiedKind(kt string) bool {
	rest, ok := strings.CutPrefix(kt, "specified ")
	return ok && rest != "" && !strings.Contains(rest, " ") && rest != "as"
}

// childByTitleMode finds the child of n titled title; unless exact, a
// trailing "NEC" or "NOS" of the child's title is ignored.
func childByTitleMode(n *node, title string, exact bool) *node {
	for _, set := range [][]*node{n.kids, n.conn, n.without, n.withKids, n.hidden} {
		for _, k := range set {
			kt := k.lt
			if kt == title {
				return k
			}
			if exact {
				continue
			}
			kt = strings.TrimSuffix(strings.TrimSuffix(kt, " nec"), " nos")
			// ("see Pregnancy, supervision, elderly mother": the entry is
			// "supervision of".)
			if kt == title || strings.TrimSuffix(kt, " of") == title {
				return k
			}
			// "virus, viral NOS" is the entry for "virus". (Cut, not
			// Split: this runs for every kid of every see reference
			// while New builds the index.)
			if first, _, ok := strings.Cut(kt, ","); ok && strings.TrimSpace(first) == title {
				return k
			}
			// "see Myositis, ossificans, progressiva": the entry is
			// "ossificans or ossifying", either word its title.
			if strings.Contains(kt, " or ") {
				for rest := kt; ; {
					alt, more, ok := strings.Cut(rest, " or ")
					if strings.TrimSpace(alt) == title {
						return k
					}
					if !ok {
						break
					}
					rest = more
				}
			}
		}
	}
	if !exact {
		// "see Dependence, drug, opioids": the subterm is "opioid". Only
		// when no title matched as written.
		for _, set := range [][]*node{n.kids, n.conn, n.without, n.withKids, n.hidden} {
			for _, k := range set {
				kt := strings.TrimSuffix(strings.TrimSuffix(k.lt, " nec"), " nos")
				if kt+"s" == title || kt == title+"s" {
					return k
				}
				if specifiedKind(kt) && (title == "specified" || title == "specified nec") {
					return k
				}
			}
		}
	}
	return nil
}

func isBehaviour(p string) bool {
	switch p {
	case "malignant", "benign", "secondary", "in situ", "uncertain behavior", "unspecified behavior", "primary", "malignant primary":
		return true
	}
	return false
}

// neoColumn picks the neoplasm table column a reference names ("malignant",
// "secondary", "benign", "in situ", "uncertain", "unspecified").
func neoColumn(cols []string, words string) int {
	want := "malignant primary"
	switch {
	case strings.Contains(words, "secondary"):
		want = "malignant secondary"
	case strings.Contains(words, "in situ"):
		want = "ca in situ"
	case strings.Contains(words, "benign"):
		want = "benign"
	case strings.Contains(words, "uncertain"):
		want = "uncertain"
	case strings.Contains(words, "unspecified"):
		want = "unspecified"
	case strings.Contains(words, "malignant"):
		want = "malignant primary"
	}
	for i, c := range cols {
		if strings.Contains(strings.ToLower(c), want) {
			return cellIndex(cols, i)
		}
	}
	return -1
}

// cellIndex maps a column index of Index.Columns to an index into Term.Cells.
// The first column names the rows themselves when it is "Neoplasm".
func cellIndex(cols []string, i int) int {
	if len(cols) > 0 && strings.EqualFold(strings.TrimSpace(cols[0]), "neoplasm") {
		return i - 1
	}
	return i
}

// path returns the index path of n for audit ("Failure > heart > congestive").
func (n *node) path() string {
	var b strings.Builder
	b.Grow(pathLen(n))
	writePath(&b, n)
	return b.String()
}

// pathLen is the length of n.path().
func pathLen(n *node) int {
	size := 0
	for x := n; x != nil; x = x.parent {
		size += len(x.title)
		if x.parent != nil {
			size += len(" > ")
		}
	}
	return size
}

// writePath writes n.path() to b.
func writePath(b *strings.Builder, n *node) {
	if n.parent != nil {
		writePath(b, n.parent)
		b.WriteString(" > ")
	}
	b.WriteString(n.title)
}

// termSize counts the entries below t.
func termSize(t *codeset.Term) int {
	n := 1
	for _, c := range t.Children {
		n += termSize(c)
	}
	return n
}

// siteless marks the "NEC" subterms below n whose code the tabular titles as
// being of an unspecified site ("Infection, Escherichia coli NEC", A49.8
// "Other bacterial infections of unspecified site"): a site named in the
// same mention is classified elsewhere.
func siteless(cs *codeset.Set, n *node) {
	for _, k := range n.kids {
		if strings.HasSuffix(k.lt, " nec") {
			if c, ok := cs.Lookup(k.code); ok && strings.Contains(c.Title, " of unspecified site") {
				k.nec = true
			}
		} else if n.parent == nil && agentSiteless(cs, k) {
			// So is an agent's subterm whose codes are all titled ",
			// unspecified site" ("Infection, methicillin, susceptible
			// Staphylococcus aureus (MSSA)" A49.01): "right knee
			// prosthetic joint infection due to MSSA" is the device's
			// infection (T84.53-), the agent coded beside it (B95.61).
			k.nec, k.necCoded = true, true
		}
		siteless(cs, k)
	}
}

// agentSiteless reports whether every code at or below k is an infectious
// agent's code titled ", unspecified site" (A49.01, A49.02).
func agentSiteless(cs *codeset.Set, k *node) bool {
	if k.code != "" {
		// (Chapter 1's agents only: "Gout, chronic, idiopathic" M1A.00-
		// is titled so too, and a joint the note names refines it.)
		c, ok := cs.Lookup(strings.TrimRight(k.code, "-."))
		return ok && (k.code[0] == 'A' || k.code[0] == 'B') && strings.HasSuffix(c.Title, ", unspecified site")
	}
	if len(k.kids) == 0 {
		return false
	}
	for _, x := range k.kids {
		if !agentSiteless(cs, x) {
			return false
		}
	}
	return true
}

// markAdditional marks the subterms below n that repeat n's code and name
// what that code's "use additional code" notes code separately ("fever
// (R50.81)" under D70 for "Neutropenia, fever", D70.9): guideline I.A.12.a
// codes the associated condition too, and a subterm that reads its words
// would hide it (and a sibling the note also names, "due to chemotherapy").
//
// The same holds for a subterm of a main term whose code asks for the main
// term's condition that way ("Fever, neutropenic" D70.9): "neutropenic
// fever" is the neutropenia, read from its own entry (which may read more,
// "due to chemotherapy" D70.1), and the fever R50.81.
func markAdditional(cs *codeset.Set, n *node) {
	head, _, _ := strings.Cut(n.lt, ",")
	for _, k := range n.kids {
		if k.code != "" && len(k.kids) == 0 && len(k.see) == 0 && (k.code == n.code || n.parent == nil) {
			if c, ok := cs.Lookup(k.code); ok {
				for _, nt := range c.UseAdditional {
					name, _, ok := strings.Cut(nt.Text, " (")
					name = strings.ToLower(strings.TrimSpace(name))
					if ok && len(nt.Codes) == 1 && (k.code == n.code && name == k.lt || n.parent == nil && name == head) {
						k.addl = true
					}
				}
			}
		}
		markAdditional(cs, k)
	}
}

// nosDefault makes the "specified NEC" subterm of a codeless entry its
// default when the tabular files the entry's condition "NOS" under that
// subterm's code: "Examination, pre-procedural (pre-operative)" has no code
// of its own, and Z01.818 (its "specified NEC") includes "Encounter for
// preprocedural examination NOS", so a general pre-operative evaluation is
// Z01.818 rather than the main term's Z00.00 (guideline IV.M, Z01.81-).
func nosDefault(lx *lexicon, cs *codeset.Set, n *node) {
	for _, k := range n.kids {
		nosDefault(lx, cs, k)
	}
	if n.code != "" || n.specNEC == nil || len(n.without) > 0 || n.parent == nil {
		return
	}
	c, ok := cs.Lookup(strings.TrimRight(n.specNEC.code, "-."))
	if !ok {
		return
	}
	own := normWords(stripParens(n.title))
	for _, inc := range c.Inclusion {
		ws := normWords(inc)
		if len(ws) == 0 || ws[len(ws)-1] != "nos" || len(own) == 0 {
			continue
		}
		all := true
		for _, o := range own {
			if !slices.Contains(ws, o) {
				all = false
				break
			}
		}
		if all {
			n.without = append(n.without, n.specNEC)
			return
		}
	}
}

// markRestating marks the "NEC" subterms of main term n whose words its own
// code's title already says ("Herpes, infection NEC" B10.89 under Herpes
// B00.9, "Herpesviral infection, unspecified"): the subterm is the other
// kinds of that condition the index does not list, so the note's word for
// the condition itself ("herpes infection") names the main term, not them;
// only a subterm of it the note names ("Kaposi's sarcoma associated") leads
// there.
func markRestating(lx *lexicon, cs *codeset.Set, n *node) {
	if n.code == "" {
		return
	}
	c, ok := cs.Lookup(strings.TrimRight(n.code, "-."))
	if !ok {
		return
	}
	var own []wid
	for _, k := range n.kids {
		if k.code == "" || k.code == n.code || len(k.req) == 0 || !strings.HasSuffix(k.lt, " nec") {
			continue
		}
		if own == nil {
			// ("Mumps without complication" B26.9 does not say the
			// complication of "Mumps, complication NEC".)
			t, _, _ := strings.Cut(strings.ToLower(c.Title), " without ")
			own = lx.idsRO(t)
		}
		if !slices.ContainsFunc(k.req, func(x wid) bool { return !containsW(own, x) }) {
			k.necOwn = true
		}
	}
}

// compoundOf reports whether word c compounds word w: a word with the same
// stem of five or more letters and at least four letters more
// ("inferoposterior", "inferior"). An adjective of w adds fewer ("cervical",
// "cervix") and may name something else (the neck).
func compoundOf(c, w string) bool {
	if len(c) < len(w)+4 || strings.ContainsAny(c, " -") {
		return false
	}
	n := 0
	for n < len(c) && n < len(w) && c[n] == w[n] {
		n++
	}
	return n >= 5
}

// markCatchAll marks the subterms below n made of catch-all words only
// (data/catch_all.txt).
//
// It also marks the subterms "multiple" two or more levels below a main term
// ("Nodule, lung, solitary, multiple", "Fracture, rib, multiple"), which a
// plural of the main term's word says ("pulmonary nodules", "rib fractures").
// Directly under a main term the plural says less: "injuries" are not
// "Injury, multiple NOS".
//
// It records in ix.genusOpt the capitalised one-word subterms with one
// nonessential modifier ("Klebsiella (pneumoniae)"): a genus and the
// species the index reads it as (addGenusOrganisms).
//
// And it collects in ix.seeSubs the subterms with a code of their own and a
// see-also outside the neoplasm table, whose seeWords are filled next.
func markCatchAll(lx *lexicon, n *node, ix *index) {
	markSubterms(lx, n, 0, lx.v.get("multiple"), ix)
}

func markSubterms(lx *lexicon, n *node, depth int, multiple wid, ix *index) {
	for _, ks := range [][]*node{n.kids, n.conn, n.withKids} {
		for _, k := range ks {
			if k.catchAll || k.multiple {
				continue // (reached twice: a connector kid is also a kid)
			}
			all := len(k.req) > 0
			for _, x := range k.req {
				all = all && lx.catchAll[x]
			}
			k.catchAll = all || lx.catchAllSub[n.lt+" > "+k.lt]
			k.multiple = depth >= 1 && multiple != 0 && len(k.req) == 1 && k.req[0] == multiple
			if k.multiple {
				n.multiKid = k
			}
			if len(k.req) == 1 && len(k.opt) == 1 && k.title != "" && k.title[0] >= 'A' && k.title[0] <= 'Z' {
				ix.genusOpt[[2]wid{k.req[0], k.opt[0]}] = true
			}
			if k.code != "" && len(k.seeAlso) > 0 && !neoRefs(k.seeAlso) {
				ix.seeSubs = append(ix.seeSubs, k)
			}
			markSubterms(lx, k, depth+1, multiple, ix)
		}
	}
}

// noDiagnosis reports whether an index subterm is the "no diagnosis of X"
// entry of a finding (Elevated, blood pressure, reading, no diagnosis of
// hypertension).
func noDiagnosis(title string) bool {
	return strings.Contains(title, "no diagnosis of") || strings.Contains(title, "without diagnosis of")
}

// titleType returns the numeral a title writes after "type" ("Type II dens
// fracture", "type 1"), 0 when none: a stated type another numeral
// contradicts.
func titleType(t string) int {
	f := strings.FieldsFunc(strings.ToLower(t), func(r rune) bool { return !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9') })
	for i := 0; i+1 < len(f); i++ {
		if f[i] == "type" {
			return numeral(f[i+1])
		}
	}
	return 0
}

// numeral reads an Arabic or a Roman type numeral up to 10 ("3", "iii"), 0
// when w is none.
func numeral(w string) int {
	switch w {
	case "1", "i":
		return 1
	case "2", "ii":
		return 2
	case "3", "iii":
		return 3
	case "4", "iv":
		return 4
	case "5", "v":
		return 5
	case "6", "vi":
		return 6
	case "7", "vii":
		return 7
	case "8", "viii":
		return 8
	case "9", "ix":
		return 9
	case "10", "x":
		return 10
	}
	return 0
}

// catchAll reports an index subterm of the "specified ... NEC" kind.
func catchAll(title string) bool {
	t := " " + strings.ToLower(title) + " "
	return strings.Contains(t, " specified ") && !strings.Contains(t, "unspecified")
}

// attachUnder adds k as a child of the compiled node for term prev (a child of
// n) and re-indexes it.
func attachUnder(lx *lexicon, n *node, prev *codeset.Term, k *node) {
	var target *node
	for _, set := range [][]*node{n.kids, n.conn, n.without} {
		for _, x := range set {
			if x.title == prev.Title {
				target = x
			}
		}
	}
	if target == nil || len(k.req) == 0 {
		return
	}
	setParent(k, target)
	target.kids = append(target.kids, k)
	if target.byWord == nil {
		target.byWord = map[wid][]*node{}
	}
	target.byWord[k.req[0]] = append(target.byWord[k.req[0]], k)
	for _, a := range k.alts {
		target.byWord[a[0]] = append(target.byWord[a[0]], k)
	}
}

func setParent(k, p *node) { k.parent = p }

// updatedCode returns the code of the index entry t, or the code
// data/index_update.tsv gives it instead: the embedded index predates the
// tabular, and an entry whose code a later tabular's inclusion term
// contradicts ("Catatonia" F20.2 against F06.1 "Catatonia NOS") is read as
// the newer index prints it. The row names the old code too, so it no
// longer applies once the index itself is updated. It runs once per index
// entry in New; the path is built only for a title the file names.
func updatedCode(lx *lexicon, t *codeset.Term) string {
	if len(lx.indexUpdate) == 0 || !lx.indexUpdateLeaf[stripTitle(t.Title)] {
		return t.Code
	}
	path := stripTitle(t.Title)
	for p := t.Parent; p != nil; p = p.Parent {
		path = stripTitle(p.Title) + " > " + path
	}
	if u, ok := lx.indexUpdate[path]; ok && u[0] == t.Code {
		return u[1]
	}
	return t.Code
}

// misfiledUnder returns the subterm of n that the index entry c belongs
// under when data/misfiled.tsv says the XML printed c a level too high, or
// nil. It runs once per index entry in New; the path is built only for a
// title the file names.
func misfiledUnder(lx *lexicon, n *node, c *codeset.Term) *node {
	if len(lx.misfiled) == 0 || !lx.misfiledLeaf[stripTitle(c.Title)] {
		return nil
	}
	path := stripTitle(c.Title)
	for t := c.Parent; t != nil; t = t.Parent {
		path = stripTitle(t.Title) + " > " + path
	}
	sib, ok := lx.misfiled[path]
	if !ok {
		return nil
	}
	for _, x := range n.kids {
		if x.lt == sib {
			return x
		}
	}
	return nil
}

// attachKid adds k to the subterms of target that the note's words select.
func attachKid(target, k *node) {
	if len(k.req) == 0 {
		return
	}
	target.kids = append(target.kids, k)
	if target.byWord == nil {
		target.byWord = map[wid][]*node{}
	}
	target.byWord[k.req[0]] = append(target.byWord[k.req[0]], k)
	for _, a := range k.alts {
		if a[0] != k.req[0] {
			target.byWord[a[0]] = append(target.byWord[a[0]], k)
		}
	}
}

// applyImplied indexes the implied groupings of data/implied.tsv at n (index
// path key) and, when the file names deeper paths, at its subterms ("Infarct >
// myocardium > ST elevation": an acute MI of a named wall is coded by site).
func applyImplied(lx *lexicon, n *node, key string) {
	if lx.impliedPrefix[key] {
		// The subterms first: a grouping that has a grouping of its own
		// lends n what it reads through (indexGrandKids).
		for _, set := range [][]*node{n.kids, n.conn} {
			// (Connectors too: "Hemiplegia > following" groups its
			// conditions under "cerebrovascular disease".)
			for _, k := range set {
				applyImplied(lx, k, key+" > "+strings.Join(normWords(stripParens(k.title)), " "))
			}
		}
	}
	n.indexGrandKids(lx.implied[key], lx.impliedThrough[key])
	if n.parent == nil {
		deviceGroupings(lx, n)
	}
}

// deviceGrouping holds the titles (normalised words) under which the index
// groups the devices a problem befalls: "Displacement, device, implant or
// graft, catheter NEC, urinary, indwelling" (T83.021), "Breakdown, device,
// graft or implant", "Infection, due to or resulting from, device, implant or
// graft, catheter NEC, urinary" (T83.518). Notes name the device ("displaced
// Foley catheter", "infected dialysis catheter"), never the grouping.
var deviceGrouping = map[string]bool{"device implant or graft": true, "device graft or implant": true}

// deviceGroupings reads the device grouping of main term n through, as
// data/implied.tsv groupings are read: each device kind under it is selected
// by its own words. The grouping may stand under a cause subterm ("Infection,
// due to or resulting from, device, implant or graft"), which the note need
// not say either: an "infected dialysis catheter" says no "due to", and the
// cause subterm's other entries (surgery, immunization) still need it. It
// reads the code set, so every problem the index files by device (breakdown,
// displacement, leakage, malposition, obstruction, protrusion, infection)
// takes it without a row per main term.
func deviceGroupings(lx *lexicon, n *node) {
	for _, c := range append([]*node{n}, n.kids...) {
		if c != n && !lx.causeLead(c.title) {
			continue
		}
		for _, k := range c.kids {
			if !deviceGrouping[strings.Join(normWords(stripParens(k.title)), " ")] {
				continue
			}
			for _, g := range k.kids {
				n.addVia(g)
			}
		}
	}
}

// indexGrandKids fills n.viaKid from the children of the subterms of n
// named in data/implied.tsv (groupings). Only grandchildren whose first word
// is no direct child of n by itself are indexed: a direct subterm is the
// coder's first reading. A grouping in through also lends n what it reads
// through itself (its own groupings' subterms).
func (n *node) indexGrandKids(groups, through map[string]bool) {
	if len(groups) == 0 {
		return
	}
	// (A "without" entry may be the grouping: "Spondylosis, without
	// myelopathy or radiculopathy, lumbar region"; so may a connector,
	// "Resistance, organism, to": the drugs under its "drug".)
	for _, k := range slices.Concat(n.kids, n.without, n.conn) {
		gk := strings.Join(normWords(stripParens(k.title)), " ")
		if !groups[gk] {
			continue
		}
		n.grouping = k
		gs := k.kids
		for _, c := range k.conn {
			// "Diverticulitis, intestine, with abscess": the grouping's
			// connector subterms are read through too.
			gs = append(slices.Clip(gs), c.kids...)
		}
		// (And its "with" subterms: "open wound of the abdomen with
		// penetration into the peritoneal cavity", Wound, open, abdomen,
		// wall, with penetration.)
		gs = append(slices.Clip(gs), k.withKids...)
		if through[gk] {
			for _, x := range slices.Sorted(maps.Keys(k.viaKid)) {
				// A grouping within the grouping ("Infarct, myocardium,
				// ST elevation, involving, left anterior descending
				// coronary artery", I21.02): "STEMI, LAD occlusion"
				// reaches the vessel after a see reference that took
				// "myocardial infarction" but not "ST elevation".
				// (In word order: the walk's ties stay the same
				// from run to run.)
				gs = append(slices.Clip(gs), k.viaKid[x]...)
			}
		}
		for _, g := range gs {
			n.addVia(g)
		}
	}
}

// addVia indexes the grandchild g under n by the first word of each of its
// spellings ("abscess, perforation"), unless that word is a direct subterm
// of n by itself: the direct subterm is the coder's first reading.
func (n *node) addVia(g *node) {
	for i := -1; i < len(g.alts); i++ {
		x := g.req[0]
		if i >= 0 {
			x = g.alts[i][0]
		}
		if n.directOne(x) {
			continue
		}
		if n.viaKid == nil {
			n.viaKid = map[wid][]*node{}
		}
		n.viaKid[x] = append(n.viaKid[x], g)
	}
}

// directOne reports whether a direct subterm of n is read from word x
// alone. One that needs more words ("Foreign body, ocular muscle", where
// "ocular" is "eye") does not hide the grouping's "eye".
func (n *node) directOne(x wid) bool {
	for _, k := range n.byWord[x] {
		if len(k.req) == 1 {
			return true
		}
	}
	return false
}

// morphologyRef reports a Table of Neoplasms row that is no site but a
// morphology's pointer into the index ("melanoma - see Melanoma",
// "carcinoid - see Tumor, carcinoid"): a row with no cells and no sub-rows
// whose reference leaves the table. Read as a site, "metastatic melanoma to
// the lung" would find the morphology nearer than the lung.
func morphologyRef(n *node) bool {
	if len(n.cells) > 0 || len(n.kids) > 0 || len(n.see) == 0 {
		return false
	}
	for _, r := range n.see {
		if strings.HasPrefix(strings.ToLower(r.raw), "neoplasm") {
			return false
		}
	}
	return true
}

// linkNeoplasmSees gives a table row that only refers to another row
// ("gastric - see Neoplasm, stomach", "bowel - see Neoplasm, intestine") the
// cells of its target, and the target's sub-rows when it has none, so a
// mention read through the referring row reaches the site's code instead of
// the unspecified-site cell.
func linkNeoplasmSees(root, n *node) {
	for _, k := range n.kids {
		linkNeoplasmSees(root, k)
	}
	if len(n.cells) > 0 && len(n.seeAlso) > 0 {
		fillNeoplasmCells(root, n)
		return
	}
	if len(n.cells) > 0 || len(n.see) == 0 {
		return
	}
	t := neoplasmRow(root, n.see[0].raw)
	if t == nil || len(t.cells) == 0 {
		return
	}
	for a := n; a != nil; a = a.parent {
		if a == t {
			return // a row referring to its own ancestor would loop
		}
	}
	n.cells = t.cells
	if len(n.kids) == 0 {
		n.kids, n.byWord = t.kids, t.byWord
	}
	n.see = nil
}

// fillSecondaryCells gives a site row of the Table of Neoplasms that prints
// its primary and other columns but no secondary code the secondary code of
// the rows with the same primary code, when they all agree: the table's
// "femur (any part)" row prints C40.2- and D16.2- but no secondary, while
// "bone, femur" (and every other row of C40.2-) prints C79.51, so "femoral
// metastasis" read through the first row found no code. A row that prints
// only its primary code (an overlapping lesion) has no secondary on purpose
// and is left alone.
func fillSecondaryCells(root *node, prim, sec int) {
	if prim < 0 || sec < 0 || prim == sec {
		return
	}
	seen := map[string]string{} // primary code -> its one secondary code ("" when they differ)
	var walk func(n *node, f func(*node))
	walk = func(n *node, f func(*node)) {
		if len(n.cells) > sec && len(n.cells) > prim && n.cells[prim] != "" {
			f(n)
		}
		for _, k := range n.kids {
			walk(k, f)
		}
	}
	walk(root, func(n *node) {
		s := n.cells[sec]
		if s == "" {
			return
		}
		if old, ok := seen[n.cells[prim]]; ok && old != s {
			s = ""
		}
		seen[n.cells[prim]] = s
	})
	walk(root, func(n *node) {
		if n.cells[sec] != "" || seen[n.cells[prim]] == "" {
			return
		}
		other := false
		for i, c := range n.cells {
			if i != prim && i != sec && c != "" {
				other = true
			}
		}
		if other {
			cells := append([]string(nil), n.cells...)
			cells[sec] = seen[n.cells[prim]]
			n.cells = cells
		}
	})
}

// neoplasmRow returns the Table of Neoplasms row a reference names ("Neoplasm,
// intestine, large"), or nil when it names no row of the table.
func neoplasmRow(root *node, raw string) *node {
	parts := strings.Split(raw, ",")
	if len(parts) < 2 || !strings.HasPrefix(stripTitle(parts[0]), "neoplasm") {
		return nil
	}
	t := root
	for _, p := range parts[1:] {
		if t = childByTitle(t, stripTitle(p)); t == nil {
			return nil
		}
	}
	return t
}

// fillNeoplasmCells gives a row that prints only some columns and refers to
// another row with "see also" ("colon: C18.9, C78.5 - see also Neoplasm,
// intestine, large") the target row's codes for its empty columns, so a
// colon neoplasm of unspecified behavior is D49.0, not the unspecified-site
// D49.9.
func fillNeoplasmCells(root, n *node) {
	t := neoplasmRow(root, n.seeAlso[0].raw)
	if t == nil || t == n || len(t.cells) != len(n.cells) {
		return
	}
	var cells []string
	for i, c := range n.cells {
		if c == "" && t.cells[i] != "" {
			if cells == nil {
				cells = append([]string(nil), n.cells...)
			}
			cells[i] = t.cells[i]
		}
	}
	if cells != nil {
		n.cells = cells
	}
}

// encounterOnly takes the code off the index entries of data/encounter.txt:
// they name the reason for a visit (routine supervision of a normal
// pregnancy, a dressing change), which the guidelines code only as the
// reason for that encounter; a case narrative mentioning one ("a normal
// pregnancy 4 years earlier", "during dressing changes") states no
// condition.
func (ix *index) encounterOnly() {
	for _, l := range lines("encounter.txt") {
		if t := ix.entry(l); t != nil {
			t.code = ""
		}
	}
	for _, l := range lines("structure.txt") {
		// A body structure's name (data/structure.txt), no condition.
		if t := ix.entry(l); t != nil {
			t.code = ""
		}
	}
}

// entry returns the index entry a data file names as "Main term>subterm>...":
// the largest main term of that title, then each subterm by title; nil when
// the path does not exist.
func (ix *index) entry(path string) *node {
	parts := strings.Split(path, ">")
	var t *node
	for _, m := range ix.byTitle[stripTitle(parts[0])] {
		if m.parent == nil && (t == nil || m.size > t.size) {
			t = m
		}
	}
	for _, p := range parts[1:] {
		if t == nil {
			break
		}
		t = childByTitle(t, stripTitle(p))
	}
	return t
}

// siteKids adds, for each line of data/site_kids.tsv, a copy of the named
// subterm under each listed word: a site the index does not list reads as the
// subterm that covers it ("axillary adenopathy" is "Adenopathy, localized").
// A word that already names a subterm keeps it.
//
// A line whose path is "* > TITLE" names every subterm so titled, under any
// main term: the bones of a region read as the index's region subterm
// wherever the index files that region ("osteomyelitis of the calcaneus":
// Osteomyelitis, acute, tarsus, M86.17-), and an entry that names the bone
// itself (Fracture, calcaneus) keeps its own subterm.
func (ix *index) siteKids(lx *lexicon) {
	var anyTitle map[string]*[]*node // "* > TITLE" lines: the subterms titled TITLE
	for _, l := range lines("site_kids.tsv") {
		if t, ok := strings.CutPrefix(l, "* > "); ok {
			if anyTitle == nil {
				anyTitle = map[string]*[]*node{}
			}
			title, _, _ := strings.Cut(t, "\t")
			anyTitle[stripTitle(title)] = new([]*node)
		}
	}
	if anyTitle != nil {
		ix.subtermsTitled(anyTitle)
	}
	for _, f := range rows("site_kids.tsv") {
		if len(f) != 2 && !(len(f) == 3 && f[2] == "main") {
			continue
		}
		if t, ok := strings.CutPrefix(f[0], "* > "); ok {
			for _, n := range *anyTitle[stripTitle(t)] {
				ix.siteKid(lx, n, f[1], nil)
			}
			continue
		}
		t := ix.entry(f[0])
		// "main": the copy is read from the main term too, past the
		// groupings above it that the note does not name ("calf pain":
		// Pain, limb, lower, lower leg).
		var root *node
		if len(f) == 3 && t != nil {
			for root = t; root.parent != nil; root = root.parent {
			}
		}
		ix.siteKid(lx, t, f[1], root)
	}
}

// subtermsTitled fills want[title] with the subterms (not main terms) of the
// index titled title, each once: the targets of data/site_kids.tsv's
// "* > TITLE" lines. It runs once at build, before the copies are added.
func (ix *index) subtermsTitled(want map[string]*[]*node) {
	seen := map[*node]bool{}
	var walk func(n *node)
	walk = func(n *node) {
		for _, set := range [][]*node{n.kids, n.conn, n.without, n.withKids, n.hidden} {
			for _, k := range set {
				if seen[k] {
					continue
				}
				seen[k] = true
				if l := want[k.lt]; l != nil {
					*l = append(*l, k)
				}
				walk(k)
			}
		}
	}
	for _, m := range ix.mains {
		walk(m)
	}
}

// siteKid adds under t's parent a copy of t for each word of words that no
// other subterm there names (siteKids); root, when not nil, reads the copy
// from the main term too.
func (ix *index) siteKid(lx *lexicon, t *node, words string, root *node) {
	if t == nil || t.parent == nil || t.code == "" && len(t.see) == 0 && len(t.seeAlso) == 0 {
		// (An entry without a code of its own is copied for its
		// reference: "Arthritis, spine - see also Spondylosis".)
		return
	}
	par := t.parent
	for _, w := range strings.Fields(words) {
		req := lx.ids(w)
		if len(req) == 0 || namedByOther(par.byWord[req[0]], t) {
			continue
		}
		// The copy shares the entry's subterms: a "sigmoid
		// diverticulitis with abscess" reads "large > with > abscess".
		k := &node{title: t.title, lt: t.lt, req: req, code: t.code, manif: t.manif, parent: par,
			kids: t.kids, byWord: t.byWord, conn: t.conn, withKids: t.withKids, without: t.without, hidden: t.hidden,
			see: t.see, seeAlso: t.seeAlso, siteCopy: true, standsFor: t.req, typeNum: t.typeNum, typeNEC: t.typeNEC}
		par.kids = append(par.kids, k)
		if par.byWord == nil {
			par.byWord = map[wid][]*node{}
		}
		par.byWord[req[0]] = append(par.byWord[req[0]], k)
		if root != nil && len(root.byWord[req[0]]) == 0 {
			if root.viaKid == nil {
				root.viaKid = map[wid][]*node{}
			}
			root.viaKid[req[0]] = append(root.viaKid[req[0]], k)
		}
	}
}

// namedByOther reports whether a subterm other than t is among ks, the
// subterms a word names. A word that names only t itself, whose title asks
// for more words than notes write ("periprosthetic, around internal
// prosthetic joint"), still gets the copy that reads it alone.
func namedByOther(ks []*node, t *node) bool {
	for _, k := range ks {
		if k != t {
			return true
		}
	}
	return false
}

// labKids adds, for each line of data/lab_kids.tsv, a subterm under a main
// term for a laboratory test the index does not name, reading as the entry
// whose code covers it: "elevated CK" is an abnormal level of a specified
// serum enzyme (Abnormal, serum level, enzymes, specified NEC, R74.8). The
// copy keeps the entry's title and parent, so the explanation names its
// real place.
// It runs before redirect, whose subterms share the copies' parents.
func (ix *index) labKids(lx *lexicon) {
	for _, f := range rows("lab_kids.tsv") {
		if len(f) != 3 {
			continue
		}
		par, t := ix.entry(f[0]), ix.entry(f[1])
		if par == nil || t == nil || t.code == "" {
			continue
		}
		for _, name := range strings.Split(f[2], ";") {
			req := lx.ids(name)
			if len(req) == 0 {
				continue
			}
			k := &node{title: t.title, lt: t.lt, req: req, code: t.code, manif: t.manif, parent: t.parent}
			par.kids = append(par.kids, k)
			if par.byWord == nil {
				par.byWord = map[wid][]*node{}
			}
			par.byWord[req[0]] = append(par.byWord[req[0]], k)
		}
	}
}

// redirect gives the main terms of data/redirect.tsv a transparent subterm
// holding the subterms of an entry filed elsewhere ("Allergy, allergic" reads
// "History, personal, allergy (to)": allergic to penicillin -> Z88.0). The
// subterms are shared, so the explanation names their real place. It
// returns each transparent subterm with the entry it reads, whose groupings
// (data/implied.tsv, indexed later) it takes too.
func (ix *index) redirect(lx *lexicon) [][2]*node {
	var out [][2]*node
	for _, f := range rows("redirect.tsv") {
		if len(f) != 2 && len(f) != 3 {
			continue
		}
		parts := strings.Split(f[1], ">")
		var t *node
		for _, m := range ix.byTitle[stripTitle(parts[0])] {
			if t == nil || m.size > t.size {
				t = m
			}
		}
		for _, p := range parts[1:] {
			if t == nil {
				break
			}
			t = childByTitle(t, stripTitle(p))
		}
		if t == nil || len(t.kids) == 0 {
			continue
		}
		// The first column is a main term, or a path below one ("Rhinitis >
		// allergic"): the subterm then holds the entry's subterms, read
		// after the words that reached it.
		from := strings.Split(f[0], ">")
		for _, m := range ix.byTitle[stripTitle(from[0])] {
			if m.parent != nil || stripTitle(m.title) != stripTitle(from[0]) {
				continue
			}
			for _, p := range from[1:] {
				if m == nil {
					break
				}
				m = childByTitle(m, stripTitle(p))
			}
			if m == nil {
				continue
			}
			// (Not the entry's own redirects: "allergic rhinitis" read
			// through "Allergy, allergic" must not go on to its
			// History, personal, allergy.)
			conn := t.conn
			if slices.ContainsFunc(conn, func(c *node) bool { return c.redirect }) {
				conn = slices.DeleteFunc(slices.Clone(conn), func(c *node) bool { return c.redirect })
			}
			r := &node{title: t.title, lt: t.lt, parent: t.parent, kids: t.kids,
				byWord: t.byWord, conn: conn, withKids: t.withKids, redirect: true}
			if len(f) == 3 {
				// A third column keeps only the subterms with a code of
				// these categories: what a rhinitis is due to, not
				// the allergy's "history" or "food" entries.
				keepCodes(r, strings.Split(f[2], "|"))
			}
			m.conn = append(m.conn, r)
			out = append(out, [2]*node{r, t})
		}
	}
	return out
}

// keepCodes narrows a redirect subterm r to the subterms (kids, connector
// and "with" kids) under which some code starts with one of prefixes.
func keepCodes(r *node, prefixes []string) {
	var has func(n *node) bool
	has = func(n *node) bool {
		for _, p := range prefixes {
			if n.code != "" && strings.HasPrefix(n.code, p) {
				return true
			}
		}
		for _, set := range [][]*node{n.kids, n.conn, n.withKids} {
			if slices.ContainsFunc(set, has) {
				return true
			}
		}
		return false
	}
	keep := func(set []*node) []*node {
		return slices.DeleteFunc(slices.Clone(set), func(k *node) bool { return !has(k) })
	}
	r.kids, r.conn, r.withKids = keep(r.kids), keep(r.conn), keep(r.withKids)
	by := make(map[wid][]*node, len(r.byWord))
	for x, ks := range r.byWord {
		if ks = keep(ks); len(ks) > 0 {
			by[x] = ks
		}
	}
	r.byWord = by
}

// isMainTerm reports whether the word alone is an index main term.
func (ix *index) isMainTerm(x wid) bool {
	t := ix.head(x)
	return t != nil && len(t.terms) > 0
}

// childrenAgree gives an index entry without a code of its own the code its
// subterms agree on: "Disorder, tobacco use" prints no code, while its
// subterms ("mild", "cigarettes", "chewing tobacco", "specified product
// NEC", each with "in remission") are codes of every kind of F17.2 nicotine
// dependence, so the bare "tobacco use disorder" is the subcategory's
// unspecified kind (F17.200) rather than nothing. It applies only when
//   - the subterms are qualifiers of the entry: no connector, "with" or
//     "without" subterm names a second condition, and no see reference
//     sends the entry or a subterm elsewhere;
//   - every code below the entry shares a subcategory (not a bare category,
//     whose "unspecified" code is often another condition) that is not
//     billable itself, so the entry is broader than each subterm
//     ("Hyperbilirubinemia", whose subterms both give E80.6, stays uncoded);
//   - the subterms name every kind the tabular divides that subcategory
//     into except its unspecified one, by code and by the words that set
//     the kind apart (namesKind): the entry is then the subcategory
//     ("Monoplegia, following, intracerebral hemorrhage" names the upper and
//     lower limb kinds of I69.1 only, and is not I69.10 "unspecified
//     sequelae");
//   - the tabular has that unspecified kind: children titled unspecified
//     (data/default_child.txt) lead to a billable code or to the code whose
//     7th character the context gives.
func (e *Engine) childrenAgree() {
	// What a subtree's codes share is computed once, bottom-up, so only the
	// few entries that pass it list their codes. The index is a tree but
	// for the shared site subterms; depth bounds the walk all the same.
	var visit func(n *node, depth int) codeAgg
	visit = func(n *node, depth int) codeAgg {
		a := codeAgg{ok: depth < 2*maxDepth}
		if !a.ok {
			return a
		}
		for _, set := range [...][]*node{n.kids, n.conn, n.withKids, n.without, n.hidden} {
			for _, k := range set {
				a = a.merge(visit(k, depth+1))
				if len(k.see) > 0 || len(k.cells) > 0 {
					a.ok = false
				}
			}
		}
		if !a.ok || !a.any || len(a.pre) < len("X99.9") || n.parent == nil || n.parent.joins(n) || n.code != "" || len(n.kids) < 2 ||
			len(n.see) > 0 || len(n.seeAlso) > 0 || len(n.conn) > 0 || len(n.withKids) > 0 || len(n.without) > 0 ||
			n.grouping != nil || n.usage != nil || len(n.cells) > 0 {
			return a.with(n)
		}
		e.agreeOn(n, a.pre)
		return a.with(n)
	}
	for _, n := range e.ix.mains {
		visit(n, 0)
	}
}

// codeAgg is what the codes of an index subtree share: their longest
// common prefix (pre, without a trailing "."), whether there is any code,
// and whether every subterm's code is known here (ok: no see reference or
// neoplasm table row below).
type codeAgg struct {
	pre     string
	any, ok bool
}

// merge combines two subtrees' aggregates.
func (a codeAgg) merge(b codeAgg) codeAgg {
	a.ok = a.ok && b.ok
	switch {
	case !b.any:
	case !a.any:
		a.pre, a.any = b.pre, true
	default:
		a.pre = prefix2(a.pre, b.pre)
	}
	return a
}

// with adds n's own code to the aggregate of the subtree below it.
func (a codeAgg) with(n *node) codeAgg {
	if n.code == "" {
		return a
	}
	return a.merge(codeAgg{pre: strings.TrimRight(n.code, "-."), any: true, ok: true})
}

// agreeOn gives n, whose subterms' codes all share the subcategory p and
// are all known, the code of p's unspecified kind when the subterms name all
// its other kinds (see childrenAgree).
func (e *Engine) agreeOn(n *node, p string) {
	c, found := e.cs.Lookup(p)
	if !found || c.Billable {
		return
	}
	kids := e.kidsOf(c)
	def := -1
	for i, k := range kids {
		if k.seventh {
			return
		}
		if k.unspec && (def < 0 || len(k.words) < len(kids[def].words)) {
			def = i
		}
	}
	if def < 0 {
		return
	}
	for i, k := range kids {
		if i != def && !namesKind(n, k, false) {
			return
		}
	}
	d := e.unspecifiedKind(kids[def].c)
	if d == nil || e.guessesSide(d, c) {
		return
	}
	n.code = d.Code
	// A subterm without a code whose codes all fall in one kind of the
	// subcategory is that kind: "Disorder, tobacco use, cigarettes"
	// (only "in remission" F17.211 below it) is F17.21's unspecified
	// kind, F17.210.
	for _, k := range n.kids {
		var below []string
		if k.code != "" || len(k.see) > 0 || len(k.seeAlso) > 0 || len(k.kids) == 0 || !codesBelow(k, &below) || len(below) == 0 {
			continue
		}
		for _, q := range kids {
			if !allUnder(below, q.c.Code) {
				continue
			}
			if d := e.unspecifiedKind(q.c); d != nil && !e.guessesSide(d, q.c) {
				k.code = d.Code
			}
			break
		}
	}
}

// namesKind reports whether a subterm below n both gives a code of kind k
// and is worded as it: a word of the subterms on its way down from n is one
// of the words k's title adds to its parent's ("cigarettes" for F17.21
// "Nicotine dependence, cigarettes"). Vertebra levels below "Radiculopathy,
// due to, disc disorder" ("C5" M50.121) give codes of every cervical kind of
// M50.1 without naming them: the entry lists the cervical levels, it is not
// the cervical disc disorder. on says a subterm on the way names k.
func namesKind(n *node, k kidInfo, on bool) bool {
	for _, set := range [...][]*node{n.kids, n.conn, n.withKids, n.without, n.hidden} {
		for _, s := range set {
			here := on
			for _, x := range s.req {
				here = here || containsW(k.words, x)
			}
			if here && s.code != "" && strings.HasPrefix(s.code, k.c.Code) || namesKind(s, k, here) {
				return true
			}
		}
	}
	return false
}

// unspecifiedKind descends from c through the children titled unspecified
// (the one saying least when several are) to a billable code, or to the
// code whose 7th character the context gives; nil when some level has no
// such child.
func (e *Engine) unspecifiedKind(c *codeset.Code) *codeset.Code {
	for !c.Billable {
		kids := e.kidsOf(c)
		if len(kids) == 0 {
			return nil
		}
		if kids[0].seventh {
			return c
		}
		def := -1
		for i, k := range kids {
			if k.unspec && (def < 0 || len(k.words) < len(kids[def].words)) {
				def = i
			}
		}
		if def < 0 {
			return nil
		}
		c = kids[def].c
	}
	return c
}

// codesBelow appends the codes of every entry below n (without a trailing
// "-" or "."). It fails when a subterm sends elsewhere (a see reference or
// a neoplasm table row), whose code is not known here.
func codesBelow(n *node, codes *[]string) bool {
	for _, set := range [][]*node{n.kids, n.conn, n.withKids, n.without, n.hidden} {
		for _, k := range set {
			if len(k.see) > 0 || len(k.cells) > 0 {
				return false
			}
			if k.code != "" {
				*codes = append(*codes, strings.TrimRight(k.code, "-."))
			}
			if !codesBelow(k, codes) {
				return false
			}
		}
	}
	return true
}

// allUnder reports whether every code starts with prefix p.
func allUnder(codes []string, p string) bool {
	for _, c := range codes {
		if !strings.HasPrefix(c, p) {
			return false
		}
	}
	return true
}

// prefix2 returns the longest common prefix of two codes, without a
// trailing ".".
func prefix2(p, c string) string {
	i := 0
	for i < len(p) && i < len(c) && p[i] == c[i] {
		i++
	}
	return strings.TrimRight(p[:i], ".")
}

// joins reports whether k is a connector, "with" or "without" subterm of n:
// it links a second condition rather than qualifying n.
func (n *node) joins(k *node) bool {
	return slices.Contains(n.conn, k) || slices.Contains(n.withKids, k) || slices.Contains(n.without, k) ||
		k.lt == "with" || strings.HasPrefix(k.lt, "with ") || strings.HasPrefix(k.lt, "without")
}

// guessesSide reports whether the default d names a side its ancestor c
// does not: the side is the note's to say, never a default.
func (e *Engine) guessesSide(d, c *codeset.Code) bool {
	return e.namesSide(d.Title) && !e.namesSide(c.Title)
}

// namesSide reports whether a tabular title names a side ("right", "left").
func (e *Engine) namesSide(title string) bool {
	for _, x := range e.lx.idsRO(title) {
		if e.lx.isSide(x) {
			return true
		}
	}
	return false
}

// mentionAbsent returns the words of a "without mention of X" modifier's X
// that the entry's ancestors do not name: those a note states to leave
// the default entry for a sibling (compileTerm).
func mentionAbsent(lx *lexicon, x string, parent *node) []wid {
	var out []wid
	for _, w := range lx.ids(x) {
		named := w == lx.wWith
		for p := parent; p != nil && !named; p = p.parent {
			named = containsW(p.req, w)
		}
		if !named && !containsW(out, w) {
			out = append(out, w)
		}
	}
	return out
}

// nemodRef reads a parenthesized reference the index prints among the
// nonessential modifiers ("see also Neoplasm, skin, malignant", "see
// Hemoptysis", "see also, if applicable, Compression, brain"): the target and
// whether it is a see-also. A reference to a category ("see also category
// M01") names no index entry and is not one.
func nemodRef(nm string) (ref string, also, ok bool) {
	low := strings.ToLower(nm)
	switch {
	case strings.HasPrefix(low, "see also"):
		ref, also = nm[len("see also"):], true
	case strings.HasPrefix(low, "see "):
		ref = nm[len("see "):]
	default:
		return "", false, false
	}
	ref = strings.TrimLeft(ref, ", ")
	if l := strings.ToLower(ref); strings.HasPrefix(l, "if applicable") {
		ref = strings.TrimLeft(ref[len("if applicable"):], ", ")
	}
	if ref == "" || strings.HasPrefix(strings.ToLower(ref), "category") {
		return "", false, false
	}
	return ref, also, true
}

// siteSplit reads a morphology entry split by site ("Astrocytoma, specified
// site - see Neoplasm, malignant, by site; unspecified site C71.9"): no note
// says "specified site", it names the site. The reference is the entry's
// see-also, taken when the note's words lead to a row of the table; the
// unspecified site is its default, as it is of an entry split only by the
// sites it names.
func (n *node) siteSplit() {
	var spec, unspec *node
	for _, k := range slices.Concat(n.kids, n.hidden) {
		switch k.lt {
		case "specified site", "specified site nec", "specified organ", "specified organ nec":
			if len(k.see) > 0 && k.code == "" {
				spec = k
			}
		case "unspecified site":
			if k.code != "" {
				unspec = k
			}
		}
	}
	if unspec == nil && spec != nil && n.code == "" && len(n.seeAlso) == 0 {
		// "Mass, specified organ NEC - see Disease, by site": the note
		// names the organ ("a mass in the bladder" is Disease, bladder,
		// N32.9); the entry's named sites (Mass, kidney) stay its
		// subterms, and with no organ the reference reads nothing.
		for _, r := range spec.see {
			if strings.HasSuffix(strings.ToLower(r.raw), ", by site") {
				n.seeAlso = append(n.seeAlso, &seeRef{raw: r.raw, neoCol: -1})
				n.organSee = true
			}
		}
		return
	}
	if unspec == nil || n.code != "" || len(n.seeAlso) > 0 {
		return
	}
	if spec == nil {
		// An entry split only by named sites ("Sarcoma, Kaposi's":
		// colon, lung, skin, ..., unspecified site C46.9) has no code of
		// its own: a note naming none of them is the unspecified site.
		n.without = append(n.without, unspec)
		return
	}
	for _, r := range spec.see {
		n.seeAlso = append(n.seeAlso, &seeRef{raw: r.raw, neoCol: -1})
	}
	n.without = append(n.without, unspec)
}

// kindsOf returns the words of the other kinds of main term n (nil for
// most entries, without a map look-up).
func (ix *index) kindsOf(n *node) []wid {
	if !n.otherKinds {
		return nil
	}
	return ix.kinds[n]
}

// siteAdjectives collects the one-word adjective spellings of the site nouns
// the index sends to the condition: a main term "Aorta, aortic - see
// condition" says the adjective names the same site as the noun, so wherever
// a condition's subterm is the noun ("Dissection, aorta") the note's
// adjective ("aortic dissection") reads it. Only these entries are taken:
// other "noun, adjective" titles pair words the index does not equate
// everywhere ("Cervix, cervical": a cervical node is in the neck).
func siteAdjectives(lx *lexicon, di *codeset.Index) map[wid][]wid {
	out := map[wid][]wid{}
	for _, t := range di.Terms {
		if len(t.Children) > 0 || len(t.See) != 1 || !strings.EqualFold(strings.TrimSpace(t.See[0]), "condition") {
			continue
		}
		parts := strings.Split(stripTitle(t.Title), ",")
		if !alternatives(parts) {
			continue
		}
		noun := lx.ids(parts[0])
		for _, p := range parts[1:] {
			if a := lx.ids(p); len(noun) == 1 && len(a) == 1 && a[0] != noun[0] && !containsW(out[noun[0]], a[0]) {
				out[noun[0]] = append(out[noun[0]], a[0])
			}
		}
	}
	return out
}

// addSiteAdjectives lets a subterm titled by a site noun alone ("Dissection,
// aorta") be read by the adjective the index spells that noun with
// (siteAdjectives), unless a sibling subterm starts with that adjective: the
// index's own adjective entry wins ("Stenosis, aortic (valve)" I35.0 beside
// "Stenosis, aorta" Q25.1).
func addSiteAdjectives(n *node, adj map[wid][]wid) {
	for _, k := range n.kids {
		if len(k.req) == 1 && k.alts == nil {
			for _, a := range adj[k.req[0]] {
				if len(n.byWord[a]) == 0 {
					k.alts = append(k.alts, []wid{a})
					n.byWord[a] = append(n.byWord[a], k)
				}
			}
		}
		addSiteAdjectives(k, adj)
	}
	for _, set := range [][]*node{n.conn, n.withKids, n.without} {
		for _, k := range set {
			addSiteAdjectives(k, adj)
		}
	}
}

// addSeeAlso gives the main terms of data/see_also.tsv the see-also
// reference a tabular note states but the index does not print: C43 says
// "sites other than skin - code to malignant neoplasm of the site", while
// "Melanoma (malignant)" lists skin sites only, so "melanoma of the
// choroid" reads the Table of Neoplasms (C69.3-) instead of C43.9. The
// reference is read only for words the entry's own subterms leave unread.
func (ix *index) addSeeAlso() {
	for _, f := range rows("see_also.tsv") {
		if len(f) < 2 {
			continue
		}
		var not []string
		if len(f) > 2 {
			not = strings.Split(f[2], "|")
		}
		for _, m := range ix.byTitle[stripTitle(f[0])] {
			if m.parent == nil && len(m.seeAlso) == 0 {
				m.seeAlso = append(m.seeAlso, &seeRef{raw: f[1], neoCol: -1, bySite: true, notTo: not})
			}
		}
	}
}

// addManifSeeAlso gives an entry that prints a manifestation of
// data/manif_entry.tsv beside its etiology, and no see-also of its own, the
// reference to the manifestation's entry its neighbours print: its subterms
// there ("with psychotic disturbance") refine the manifestation, while the
// etiology stays (whyRef.manSee).
func addManifSeeAlso(mains []*node) {
	var refs [][2]string
	for _, f := range rows("manif_entry.tsv") {
		if len(f) == 2 {
			refs = append(refs, [2]string{f[0], f[1]})
		}
	}
	var walk func(n *node)
	walk = func(n *node) {
		if n.manif != "" && n.code != "" && len(n.seeAlso) == 0 && len(n.see) == 0 {
			for _, r := range refs {
				if strings.HasPrefix(n.manif, r[0]) {
					n.seeAlso = append(n.seeAlso, &seeRef{raw: r[1], neoCol: -1})
					break
				}
			}
		}
		for _, k := range n.kids {
			walk(k)
		}
	}
	for _, m := range mains {
		walk(m)
	}
}

// addNemodAdjectives lets a Table of Neoplasms site row be read by the
// adjective its own nonessential modifier spells: "cervix (cervical) (uteri)"
// says a "cervical cancer" is the cervix's (C53.9). Only a one-word modifier
// with the row noun's stem counts (sameStem), and only on the table, where
// the words name a neoplasm's site; elsewhere "cervical" is the neck's.
func addNemodAdjectives(lx *lexicon, root *node, terms []*codeset.Term) {
	byTitle := map[string]*codeset.Term{}
	for _, t := range terms {
		for _, c := range append([]*codeset.Term{t}, t.Children...) {
			if len(c.Nemod) > 0 {
				byTitle[stripTitle(c.Title)] = c
			}
		}
	}
	for _, k := range root.kids {
		t := byTitle[k.lt]
		if len(k.req) != 1 {
			continue
		}
		from := len(k.alts)
		for _, a := range lx.titleAlias["table of neoplasms > "+k.lt] {
			// Wordings data/title_alias.tsv gives a table row under the
			// parent "table of neoplasms", read as its adjectives are.
			if ids := lx.ids(a); len(ids) > 0 {
				k.alts = append(k.alts, ids)
				k.nemodAlt, k.nemodFrom = true, from
			}
		}
		if t == nil {
			continue
		}
		for _, m := range t.Nemod {
			for _, part := range strings.Split(m, ")") {
				a := strings.ToLower(strings.TrimSpace(strings.Trim(part, "() ")))
				if a == "" || strings.ContainsAny(a, " ,-") || a == k.lt || !sameStem(a, k.lt) || len(a) < 5 || a[:5] != k.lt[:min(5, len(k.lt))] {
					continue
				}
				if ids := lx.ids(a); len(ids) == 1 && ids[0] != k.req[0] {
					k.alts = append(k.alts, ids)
					k.nemodAlt, k.nemodFrom = true, from
				}
			}
		}
	}
}
