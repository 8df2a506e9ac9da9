package coder

import (
	"bufio"
	"embed"
	"slices"
	"strings"
	"sync"

	"notecoder/cdi/text"
)

// data holds the hand-written coding knowledge that is not in the official
// files: stop words, connectors, synonyms, combination rules, integral
// symptoms and episode-of-care cues. It is data, not code, so a coding expert
// can review it without reading Go.
//
//go:embed data/*.txt data/*.tsv
var data embed.FS

// wid is a word id: an index into vocab.words. 0 means "unknown word" (a word
// the code set never uses, so it can never satisfy a requirement).
type wid = uint32

// vocab maps normalised words to ids. Synonyms share the canonical id.
type vocab struct {
	ids   map[string]wid
	words []string // id -> canonical word
}

func newVocab() *vocab {
	return &vocab{ids: map[string]wid{"": 0}, words: []string{""}}
}

// phrase returns the ids of a data row's phrase, word by word as the
// tokenizer normalises them (normWords), creating the new ones; nil for a
// phrase without a word.
func (v *vocab) phrase(s string) []wid {
	var ids []wid
	for _, w := range normWords(s) {
		ids = append(ids, v.add(w))
	}
	return ids
}

// add returns the id of a normalised word, creating it when new.
func (v *vocab) add(w string) wid {
	if id, ok := v.ids[w]; ok {
		return id
	}
	id := wid(len(v.words))
	v.ids[w] = id
	v.words = append(v.words, w)
	return id
}

// get returns the id of a normalised word or 0.
func (v *vocab) get(w string) wid { return v.ids[w] }

// lines returns the non-comment, non-empty lines of an embedded data file.
func lines(name string) []string {
	b, err := data.ReadFile("data/" + name)
	if err != nil {
		// The files are embedded at build time; a missing one is a build bug.
		panic("coder: missing embedded data file " + name)
	}
	var out []string
	sc := bufio.NewScanner(strings.NewReader(string(b)))
	for sc.Scan() {
		l := strings.TrimRight(sc.Text(), " \r")
		if l == "" || strings.HasPrefix(l, "#") {
			continue
		}
		out = append(out, l)
	}
	return out
}

// keyed returns the rows of a data file of "key<TAB>value" lines grouped by
// key, each value trimmed and in file order (the rest of the line after the
// first tab, so a value may hold tabs of its own): the loaders of the small
// rule files read their kinds of rows from it instead of each writing the
// same scan.
func keyed(name string) map[string][]string {
	m := map[string][]string{}
	for _, l := range lines(name) {
		if k, v, ok := strings.Cut(l, "\t"); ok {
			m[k] = append(m[k], strings.TrimSpace(v))
		}
	}
	return m
}

// codePhrase is a phrase (normalised words) that applies only to the codes
// starting with prefix.
type codePhrase struct {
	prefix string
	words  []string
}

// addPhrase adds a data row's phrase to a map of phrases by their first
// word, as token norms without punctuation (the form the section's tokens
// are compared in), making the map when it is nil; an empty phrase adds
// nothing.
func addPhrase(m map[string][][]string, s string) map[string][][]string {
	var ph []string
	for _, t := range text.Tokenize(s) {
		if t.Kind != text.Punct {
			ph = append(ph, t.Norm)
		}
	}
	if len(ph) == 0 {
		return m
	}
	if m == nil {
		m = map[string][][]string{}
	}
	m[ph[0]] = append(m[ph[0]], ph)
	return m
}

// rows returns the data lines of a file (lines) split into their
// tab-separated columns, each trimmed, in file order: the one parser of the
// data files' columns, so no loader splits lines and tabs itself.
func rows(name string) [][]string {
	ls := lines(name)
	out := make([][]string, len(ls))
	for i, l := range ls {
		f := strings.Split(l, "\t")
		for j := range f {
			f[j] = strings.TrimSpace(f[j])
		}
		out[i] = f
	}
	return out
}

// keyedRows returns the rows of a data file of "kind<TAB>column<TAB>..."
// lines grouped by their first column, each row the columns after it, in
// file order: the loaders of the files whose rows are of several kinds
// with columns of their own (code_blocks.tsv) read them from it.
func keyedRows(name string) map[string][][]string {
	m := map[string][][]string{}
	for _, f := range rows(name) {
		if len(f) >= 2 {
			m[f[0]] = append(m[f[0]], f[1:])
		}
	}
	return m
}

// column returns the one column of each of rows (keyedRows) that has
// exactly one: the list a kind of row names, a prefix or a word a row.
func column(rows [][]string) []string {
	var out []string
	for _, f := range rows {
		if len(f) == 1 {
			out = append(out, f[0])
		}
	}
	return out
}

// addWordSet adds to m[word] the words of list ("a|b|c"), as the data files
// of a word and the words that change its reading beside it write them
// (other_sense.tsv, seventh_other_sense.tsv, qual_of_next.tsv).
func (lx *lexicon) addWordSet(m map[wid]map[wid]bool, word, list string) {
	w := lx.v.add(normOne(word))
	if m[w] == nil {
		m[w] = map[wid]bool{}
	}
	for _, x := range strings.Split(list, "|") {
		m[w][lx.v.add(normOne(strings.TrimSpace(x)))] = true
	}
}

// infectBeside is one row of data/infection_beside.tsv: a device infection
// code (prefix) whose tabular says "use additional code to identify
// infection" with no code of its own, and the infection code (add) the
// mention's words name (any one of alts, all of its words in the window):
// a catheter-associated urinary tract infection is T83.511- and N39.0.
type infectBeside struct {
	prefix, add string
	alts        [][]wid
}

// seventhAlias is one row of data/seventh_alias.tsv: the words a note
// writes for a 7th character's word when one of after comes right before
// them ("type 3b" for the "IIIB" of the Gustilo grade, "type III" for any
// of IIIA-IIIC), so the grade chooses the open fracture's 7th character.
type seventhAlias struct {
	words []wid
	after map[wid]bool
}

// normWords tokenises a phrase with the same tokenizer and normaliser as the
// notes, so index words and note words meet in one spelling.
func normWords(s string) []string {
	toks := text.Tokenize(s)
	out := make([]string, 0, len(toks))
	for i := 0; i < len(toks); i++ {
		t := toks[i]
		if t.Kind == text.Punct {
			continue
		}
		if t.Norm == "" {
			continue
		}
		if i+2 < len(toks) && toks[i+1].Text == "-" && toks[i+1].Start == t.End && toks[i+2].Start == toks[i+1].End && hyphenJoined()[t.Norm+"-"+toks[i+2].Norm] {
			// "non-dominant" is the word "nondominant" (I69.354 beside
			// G81.94): the prefix alone would leave "dominant".
			out = append(out, t.Norm+toks[i+2].Norm)
			i += 2
			continue
		}
		out = append(out, t.Norm)
	}
	return out
}

// hyphenJoined is data/hyphen_joined.txt: hyphenated words read as one.
var hyphenJoined = sync.OnceValue(func() map[string]bool {
	m := map[string]bool{}
	for _, l := range lines("hyphen_joined.txt") {
		m[strings.ToLower(strings.TrimSpace(l))] = true
	}
	return m
})

// boundPrefixes is data/bound_prefixes.txt: prefixes a title writes
// hyphenated onto a word, which alone say nothing to choose a sibling by.
var boundPrefixes = sync.OnceValue(func() map[string]bool {
	m := map[string]bool{}
	for _, l := range lines("bound_prefixes.txt") {
		m[strings.ToLower(strings.TrimSpace(l))] = true
	}
	return m
})

// codeAlias is a data/title_alias.tsv row for a subterm title under any
// entry whose code falls in the category range [lo, hi]: "[M00-M25]
// multiple site" is "multiple joints" wherever a joint disease files it.
type codeAlias struct {
	lo, hi, title string
	alts          []string
}

// lexicon bundles the word-level knowledge built once in New.
type lexicon struct {
	// bits holds the word sets read per token on the keystroke path as
	// bitsets (freezeBits), built from the maps once New is done.
	bits struct {
		stmtClause, reportVerb, sourceClause, seeQual, adjNeedSub, otherSenseAny, specialty, partNoun, sideOf, spreadVerb, countUnit, statementOnly widBits
		// denyPre is lexicon.denyPre (deniedByPrefix reads it per matched word).
		denyPre widBits
		// farLead is lexicon.farLead (kidWordFound reads it per child
		// title word).
		farLead widBits
		// visitWord holds the encounter heads a "normal" before them
		// leaves the visit's reason (data/normal_visit.txt: "normal
		// screening colonoscopy"), read by normalBefore and the
		// other-sense test of a head right after "normal".
		visitWord widBits
		// straddle is lexicon.straddle (match reads it only for a subterm
		// whose words sit on both sides of the head).
		straddle widBits
		// causeFirst holds the first words of lexicon.causePhrase: a
		// note word outside it costs one bit test.
		causeFirst widBits
		// denyClause is lexicon.denyClause; testNoun, otherSense and
		// otherSenseAfter hold the words keying a row of those maps,
		// so a word keying none costs no look-up.
		denyClause, testNoun, otherSense, otherSenseAfter, direction widBits
	}
	v             *vocab
	stop          map[wid]bool
	connectors    map[string]bool         // normalised connector titles ("with", "due to")
	memo          map[string][]wid        // chunk -> word ids, used by ids while New runs
	normMemo      map[string][]string     // index title -> normWords, used by normed while New runs
	nearConn      map[string]bool         // connectors whose children are matched near the main term ("in")
	connPair      map[wid]wid             // two-word connectors: first word -> second ("secondary" -> "to")
	coord         map[wid][][]string      // coordinating phrases by first word -> the norms of the rest (data/coordinators.txt)
	contrast      map[wid][][]string      // phrases that open a contrasting clause, by first word -> the norms of the rest (data/contrast.txt)
	causePhrase   map[wid][][]string      // phrases read as "due to", by first word -> the norms of the rest (data/cause_phrases.txt)
	effectLink    [][]wid                 // phrases between a cause and the condition it brought about, cause first (data/effect_links.txt)
	connSecond    []wid                   // connPair as a slice by word id (set by freeze; 0: none)
	skipMain      map[string]bool         // normalised main-term first words never used as heads
	needSub       map[string]bool         // main terms coded only with a subterm
	needSite      map[string]bool         // main terms coded bare only beside a body site (data/need_site.txt)
	ownSite       map[string]map[wid]bool // main terms whose bare code is one site's -> that site's words (data/own_site.txt)
	looseSite     map[string]*looseSite   // main terms -> the loose site words of their lay compounds (data/loose_site.tsv)
	looseHead     map[wid]*looseSite      // the same by head word, for the tabular title matcher
	siteSee       map[string]bool         // needSub main terms read through their see-also for a named body site (data/site_see.txt)
	neverGuessed  map[wid]bool            // tabular child words a child is chosen by only when the note says them (data/never_guessed.txt)
	siteWords     map[wid]bool            // body-part words no Table of Neoplasms row spells (data/site_words.txt)
	partRegion    map[wid]wid             // index site word -> the region word tabular titles use for it (data/part_region.tsv)
	innerCodes    []string                // primary code prefixes of the inner organs' neoplasm rows (data/inner_site.tsv)
	innerWords    map[wid]bool            // words naming an inner organ's lining (data/inner_site.tsv)
	skinCodes     []string                // code prefixes of the skin (data/inner_site.tsv)
	siteExtent    map[wid]wid             // whole-body subterm word -> its one-site sibling's (data/site_extent.tsv)
	commaOr       map[string]bool         // subterm titles whose comma-separated words are alternatives (data/comma_or.txt)
	commaHead     map[string]bool         // subterm titles "X, Y or Z" read as X qualified by Y or Z (data/comma_head.txt)
	misfiled      map[string]string       // index path as printed -> title of the sibling the entry belongs under (data/misfiled.tsv)
	misfiledLeaf  map[string]bool         // last titles of the misfiled paths
	seeParent     map[string]bool         // see references whose last subterm is a default site the note's own may replace (data/see_parent.txt)
	optional      map[string]string       // subterm title -> a word of it a note may leave out (data/optional_words.tsv)
	nemodNeeded   map[string]bool         // "parent > subterm" whose nonessential modifier is a required site (data/nemod_needed.txt)
	optionalSib   map[string]string       // subterm title -> a sibling title that must exist for optional to apply
	titleAlias    map[string][]string     // "parent > subterm" title -> other wordings that select it (data/title_alias.tsv)
	codeAlias     []codeAlias             // subterm title -> other wordings, for codes of a category range (data/title_alias.tsv "[A00-B99]" rows)
	forward       map[string]bool         // main-term titles whose subterms follow the head (data/forward.txt)
	listHead      map[string]bool         // main terms qualifying each item of a list after them (data/list_heads.txt)
	perSide       []string                // code prefixes coded for each side when the sides differ (data/per_side.txt)
	oneEvent      []string                // subcategories whose codes are one event of the note (data/one_event.txt)
	encounterHead map[string]bool         // skipped main terms that lead an outpatient assessment line (data/encounter_heads.txt)
	admissionHead map[string]bool         // encounter heads that also lead an inpatient line (data/admission_heads.txt)
	reportVerb    map[wid]bool            // words after an encounter word that make it an exam's report (data/report_verbs.txt)
	sourceClause  map[wid]bool            // first words of a clause naming a diagnosis's source, not qualifying it (data/source_clause.txt)
	countUnit     map[wid]bool            // units a habit is counted in that name its product (data/count_units.txt)
	statementOnly map[wid]bool            // main terms whose bare entry is coded only as a statement of its own (data/statement_only.txt)
	spreadVerb    map[wid]bool            // verbs saying where a condition spreads to, ending its near window (data/spread_verbs.txt)
	stmtClause    map[wid]bool            // first words of a clause starting the sentence's next statement (data/statement_clause.txt)
	denyClause    map[wid]bool            // words that deny the condition named after them in their clause (data/clause_denial.txt)
	seventhDef    []phrase                // 7th-character meaning parts that are the default (data/seventh_default.txt)
	seeQual       map[wid]bool            // words that qualify a "see" target again (data/see_qualifiers.txt)
	denyPre       map[wid]bool            // "non": the word after it is denied (data/denying_prefixes.txt)
	straddle      map[wid]bool            // "after": right after the head, it introduces the rest of a subterm begun before it (data/straddle_links.txt)
	prefixJoin    map[[2]wid]wid          // "non"+"displaced" -> "nondisplaced": a note's split spelling of a one-word title word (freeze)
	splitSeen     map[string]bool         // "nonpressure": a prefix word a title writes split ("non-pressure"), never joined (eachChunk)
	needQual      map[string]bool         // main terms whose title qualifier must be in the note
	adjNeedSub    map[wid]bool            // adjective spellings coded only with a subterm
	adjOfNext     map[wid][]wid           // adjective spellings that qualify a condition named right after them, -> connectors allowed between (data/adj_of_next.txt)
	seventhOther  map[wid]map[wid]bool    // 7th-character word -> words right after it that give it another sense (data/seventh_other_sense.tsv)
	seventhNeed   map[wid]map[wid]bool    // 7th-character word -> words one of which must follow it for it to count (data/seventh_need_next.tsv)
	infectBeside  []infectBeside          // device infection codes and the infection code their words name beside them (data/infection_beside.tsv)
	seventhAlias  map[wid][]seventhAlias  // 7th-character word -> other spellings a note writes for it after a leading word (data/seventh_alias.tsv)
	otherSense    map[wid]map[wid]bool    // main-term word -> words before it that give it a non-diagnostic sense (data/other_sense.tsv)
	otherSenseAny map[wid]bool            // words before any main-term word that give it a non-diagnostic sense (other_sense.tsv row "*")
	// otherSenseAfter: main-term word -> words right after it that make it
	// a qualifier of theirs ("mass effect"; other_sense.tsv third column)
	otherSenseAfter map[wid]map[wid]bool
	// qualOfNext: subterm word -> nouns right after it that it qualifies
	// instead of the condition being read ("chronic anticoagulation";
	// data/qual_of_next.tsv)
	qualOfNext       map[wid]map[wid]bool
	specialty        map[wid]bool               // words that make a neighbouring mention a service or test name
	testNouns        map[wid][][]wid            // first word -> test and procedure nouns (data/test_nouns.txt)
	partNoun         map[wid]bool               // part of another structure when followed by "of" (data/part_nouns.txt)
	partOwner        map[wid]bool               // adjectives of structures whose part noun follows them ("femoral head", data/part_owners.txt)
	direction        map[wid]bool               // nouns of a direction within a structure ("nasal sector", data/direction_nouns.txt)
	seenBy           map[wid]bool               // words after which "by" names who examined the patient ("seen by", data/seen_by.txt)
	sideOf           map[wid]map[wid]bool       // site adjective -> words of the structures it names a side of ("scleral nasal", data/side_of.tsv)
	properWord       map[string]bool            // eponym subterm titles that are common words, read only when capitalised (data/proper_words.txt)
	beforeHead       map[string]bool            // subterm titles read only as a compound right before the head (data/before_head.txt)
	besideHead       map[string]bool            // subterm titles read only right before or after the head (data/beside_head.txt)
	besideWord       map[wid]bool               // the one-word titles of besideHead, as words of a tabular phrase
	primaryHead      []bool                     // by word id: one-word main terms that lead to the malignant primary column (Engine.markPrimaryHeads)
	neoHead          []bool                     // by word id: one-word main terms that lead to any column of the neoplasm table (Engine.markPrimaryHeads)
	secondaryHead    []bool                     // by word id: one-word main terms that lead to the secondary column ("metastasis", Engine.markPrimaryHeads)
	neoCodeHead      []bool                     // by word id: one-word main terms coded in the neoplasm chapter, C00-D49 ("myeloma", Engine.markPrimaryHeads)
	condHead         []bool                     // by word id: one-word main terms with a code of their own (Engine.markPrimaryHeads)
	procSuffix       []bool                     // word id -> ends like a procedure (-ectomy, -scopy...), set by freeze
	implied          map[string]map[string]bool // index path -> grouping subterms read through (data/implied.tsv)
	silent           []string                   // lower-case title parts a note never says (data/silent.txt)
	postposed        map[wid]bool               // words that before "to" qualify only what precedes them
	farLead          map[wid]bool               // first words of subterms read in the wide window after the head (data/far_subterms.txt)
	encounterLead    map[wid]bool               // age words not counted before an encounter head (data/encounter_lead.txt)
	encounterQual    map[wid]bool               // words of the visit's kind not counted before an encounter head (data/encounter_qual.txt)
	lifelong         []string                   // code prefixes a "history of" does not end (data/lifelong.txt)
	lifelongEnded    map[wid]bool               // words saying such a condition did end ("resolved", "cured")
	correctedWords   map[wid]bool               // words saying a congenital malformation was corrected (data/lifelong.txt "corrected:")
	residualWords    map[string]bool            // normalised words saying a defect remains after its repair (data/lifelong.txt "residual:")
	lifelongEndedOf  map[wid][]string           // words saying so only for codes with these prefixes ("transplant": ESRD)
	lifelongEndedSeq [][]string                 // phrases saying so ("as a child"), each word in turn
	lifelongOngoing  map[wid]bool               // words saying it goes on all the same ("since childhood", "still")
	histOver         map[wid]bool               // words saying a past condition is over (data/history_over.txt)
	recoveryOver     map[wid]bool               // words saying a recovery stay's past condition ended in the acute stay (data/recovery_over.txt)
	stayEnded        map[wid]int8               // 1: a stay's condition ended before discharge; -1: a past history instead (data/stay_ended.txt)
	impliedPrefix    map[string]bool            // index paths with implied groupings further down
	impliedThrough   map[string]map[string]bool // index path -> groupings whose own groupings are read through too (data/implied.tsv "through")
	wWithout         wid
	// wLetterA is the letter "A" of "vitamin A", "hepatitis A", "group A",
	// "hemophilia A": the index's subterm titled "A" and a capital "A"
	// right after a word in a note read it, where the article "a" is a
	// stop word that would leave the subterm without words.
	wLetterA    wid
	wNot        wid          // "not": a stop word, but "not intractable" reads as "without" (notNext)
	notNext     map[wid]bool // words an index subterm "not X" starts X with ("intractable")
	wNo         wid          // "no": "no foreign body" reads as "without" (withoutNext)
	withoutNext map[wid]bool // words an index subterm "with X" or "without X" starts X with ("foreign", "aura")
	wWith       wid
	wNormal     wid          // "normal triglycerides": the value named is not abnormal (normalBefore)
	site        map[wid]bool // body-site words (the index's, set once it is built)
	wHistory    wid
	wPersonal   wid
	wFamily     wid
	lateral     map[wid]bool // right, left, bilateral
	latW        []bool       // lateral by word id, set by freeze (isSide reads it per word)
	paired      map[wid]bool // one on each side: a plural names both (data/paired.txt)
	extranodal  map[wid]bool // organs outside the lymph nodes (data/extranodal.txt)
	nodes       nodeSites    // lymph node regions of the lymphoma site (data/node_regions.tsv)
	catchAll    map[wid]bool // words that name no particular condition (data/catch_all.txt)
	// catchAllSub are the subterms "parent > subterm" (lower-case titles)
	// that name the class of their siblings (data/catch_all.txt).
	catchAllSub map[string]bool
	generic     map[wid]bool        // words that name no condition (disease, disorder)
	unknownSite map[wid]bool        // words saying a neoplasm's site is unknown (data/unknown_site.txt)
	primaryWord map[wid]bool        // words naming a metastasis' primary tumour (data/primary_words.txt)
	metSites    []string            // secondary code prefixes of the common sites of metastasis (data/metastasis_sites.txt)
	recentPast  [][]string          // phrases dating a past mention within days (data/recent_past.txt)
	contactCode map[string]string   // infection code prefix -> its contact code Z20.- (data/contact_codes.tsv)
	contactCat  catGate             // the categories of contactCode's prefixes
	contactWord map[wid]bool        // words of an exposure to another's infection (data/contact_words.txt)
	contactWho  map[wid]bool        // words naming the other person of a contact (data/contact_persons.txt)
	anyCond     [][]wid             // subterm words that stand for any condition below "due to" (data/any_condition.txt)
	neoCond     [][]wid             // subterm words that stand for a neoplasm below "due to" (data/neo_condition.txt)
	causeHedge  map[wid]bool        // words that may stand between a condition and its "due to" (data/any_condition.txt "~")
	wDue        wid                 // "due" of "due to": the note's words after it cause the condition before
	wSecondary  wid                 // "secondary" of "secondary to", likewise
	histStatus  []histRule          // when a history Z code still names a current condition (data/history_status.tsv)
	histKind    []histKind          // the kind of disease a past condition is looked up by (data/history_kind.tsv)
	histLead    [][]wid             // words a problem list's history line starts with (data/history_status.tsv "line")
	pastVerb    map[string][]string // a mention's own past-tense word and the auxiliaries that keep it going (data/past_verbs.tsv)
	adviceAct   map[string]bool     // a mention's last word that names an act when advice follows it (data/advice.txt)
	// future is data/future_visit.tsv: an encounter code said with a time
	// to come is a later visit's (Engine.laterVisit).
	future struct {
		code       []string
		lead       [256]bool // first characters of code: most codes need no prefix test
		unit, next map[string]bool
		ahead      map[string]bool // words before a count and a unit ("in")
		count      map[string]bool // words counting like a number there ("a", "one")
		nextWord   map[string]bool // words before a next row's word ("next")
		verb       [][]string      // normalised words of each verb phrase
		// codeVerb: verb phrases that send only the mentions of one code
		// prefix to a later visit ("referred to" before "nutrition
		// counseling": the counseling is the referral's visit, where
		// "referred to our clinic for a screening colonoscopy" is this one).
		codeVerb []codePhrase
		// after: phrases after the mention in its clause that send it to a
		// later visit ("screening mammogram ordered", "colonoscopy
		// referred to GI"); afterNot: a word right after one that makes
		// it this visit's ("ordered by Dr. X" heads the report of the
		// exam itself).
		after    [][]string
		afterNot map[string]bool
		// pastVerb and pastAfter: phrases before and after the mention
		// that put it at an earlier visit ("her last Pap smear", "a
		// mammogram 2 years ago"): not this visit's reason either.
		pastVerb, pastAfter [][]string
		// pastCode: encounter code prefixes that said as past name only
		// an earlier visit, with no history code (Engine.earlierVisit).
		pastCode []string
		// reasonCode: follow-up examination codes that, named as the
		// visit's reason, are this visit's however past their condition
		// is said to be (Engine.visitReason).
		reasonCode []string
	}
	// indication is data/indication.tsv: a sign read only as a drug's
	// indication ("ibuprofen for pain") is not coded (Engine.drugIndication).
	indication struct {
		code             map[string]bool
		link, dose, drug map[string]bool
		// managed: words right after the bare symptom that report how
		// its treatment goes ("pain controlled", "for pain control"),
		// not a condition documented for the visit (Engine.painManaged).
		managed map[string]bool
		// past, ended: words before a drug or after its indication
		// that put the course before the visit (Engine.pastCourse).
		past, ended map[string]bool
	}
	tissueNoun   map[wid]bool    // part nouns (data/part_nouns.txt "tissue" rows) whose owner a subterm may read after them
	adviceWord   map[string]bool // the words of advice (data/advice.txt)
	adviceMeans  map[string]bool // words of treatment before "with" and the act (data/advice.txt)
	histOnly     [][2][]string   // history code prefixes and the condition code prefixes they may stand for (data/history_kind.tsv "only")
	histEvent    []string        // condition code prefixes of events a history puts in the past, titled without "acute" (data/history_kind.tsv "event")
	num          []bool          // word id -> starts with a digit (set by freeze)
	wUnilat      wid
	wBilat       wid // "bilateral" (and its synonym "both")
	wChronic     wid
	wAcute       wid
	wInfection   wid      // "infection": the kind of a past infection (history_kind.tsv)
	wUnspec      wid      // "unspecified": a child's default, not a word the note lacks
	defaultChild []string // title phrases of default children (data/default_child.txt)
	// dominant / nondominant side (hemiplegia defaults, guideline I.C.6.a)
	wDominant, wNondominant wid
	// the handedness words text/data/abbrev.tsv spells "right-handed",
	// "left hand dominant", "ambidextrous" as: the dominant side the note
	// documents, which the guideline's defaults give way to
	wRightHanded, wLeftHanded, wAmbidextrous wid
	wType                                    wid // "type" (walker.statedType)

	// indexUpdate: index path (lower case) -> {code printed, code to read} (data/index_update.tsv).
	indexUpdate     map[string][2]string
	indexUpdateLeaf map[string]bool // last titles of the indexUpdate paths
}

// freeze records per-word facts once the vocabulary is complete.
func (lx *lexicon) freeze() {
	// (No index or tabular word: added so the expansions have an id.)
	lx.wRightHanded = lx.v.add("righthanded")
	lx.wLeftHanded = lx.v.add("lefthanded")
	lx.wAmbidextrous = lx.v.add("ambidextrous")
	lx.memo = nil
	lx.normMemo = nil
	lx.num = make([]bool, len(lx.v.words))
	lx.procSuffix = make([]bool, len(lx.v.words))
	lx.connSecond = make([]wid, len(lx.v.words))
	lx.latW = make([]bool, len(lx.v.words))
	for w := range lx.lateral {
		if int(w) < len(lx.latW) {
			lx.latW[w] = true
		}
	}
	for f, sec := range lx.connPair {
		lx.connSecond[f] = sec
	}
	procSuffixes := wordEndings().procedure
	for i, w := range lx.v.words {
		lx.num[i] = w != "" && w[0] >= '0' && w[0] <= '9'
		for _, suf := range procSuffixes {
			if len(w) > len(suf)+2 && strings.HasSuffix(w, suf) {
				lx.procSuffix[i] = true
			}
		}
	}
	lx.wUnilat = lx.v.get("unilateral")
	lx.wBilat = lx.v.get("bilateral")
	lx.wChronic = lx.v.get("chronic")
	lx.wAcute = lx.v.get("acute")
	lx.wInfection = lx.v.get(normOne("infection"))
	lx.wUnspec = lx.v.get(normOne("unspecified"))
	lx.wDominant = lx.v.get(normOne("dominant"))
	lx.wNondominant = lx.v.get(normOne("nondominant"))
	lx.wType = lx.v.get("type")
	lx.prefixJoin = map[[2]wid]wid{}
	for p := range lx.denyPre {
		ps := lx.v.words[p]
		for i, w := range lx.v.words {
			if len(w) < len(ps)+3 || !strings.HasPrefix(w, ps) || lx.splitSeen[w] {
				continue
			}
			if r, ok := lx.v.ids[w[len(ps):]]; ok {
				lx.prefixJoin[[2]wid{p, r}] = wid(i)
			}
		}
	}
	lx.splitSeen = nil
}

// noteSplit records in lx.splitSeen the joined spelling of a denying
// prefix a title chunk writes hyphenated and split into two words ("non-
// pressure" -> "nonpressure"): a note's "non-pressure" must keep reading
// those two words, so freeze joins no such pair (prefixJoin). ws is the
// chunk's normWords.
func (lx *lexicon) noteSplit(chunk string, ws []string) {
	if !strings.Contains(chunk, "-") {
		return
	}
	for k := 0; k+1 < len(ws); k++ {
		if denyingWords()[ws[k]] {
			if lx.splitSeen == nil {
				lx.splitSeen = map[string]bool{}
			}
			lx.splitSeen[ws[k]+ws[k+1]] = true
		}
	}
}

// denyingWords is data/denying_prefixes.txt as normalised words, for
// noteSplit (which runs before the lexicon's own word set is read).
var denyingWords = sync.OnceValue(func() map[string]bool {
	m := map[string]bool{}
	for _, l := range lines("denying_prefixes.txt") {
		m[normOne(l)] = true
	}
	return m
})

// isNum reports whether word w starts with a digit (lx.num, set by freeze): a slice
// look-up where the walker asks it per word.
func (lx *lexicon) isNum(w wid) bool { return int(w) < len(lx.num) && lx.num[w] }

// testAt reports whether the words at toks[i:] name a test or a procedure
// (data/test_nouns.txt or a procedure suffix) and are not yet consumed.
func (lx *lexicon) testAt(toks []vt, used []bool, i int) bool {
	return i < len(toks) && !used[i] && lx.testAtFree(toks, i)
}

// beforeTestAny reports whether a word at one of pos is directly followed,
// in its clause, by a test or procedure noun that is not one of the
// phrase's own words (words): "skin incision", "cutaneous approach" say
// where a procedure was done, as for index subterms (walker.beforeTest),
// so a tabular title does not take that word ("anesthesia ... skin").
func (lx *lexicon) beforeTestAny(toks []vt, pos []int, words []wid) bool {
	for _, i := range pos {
		j := i + 1
		if j >= len(toks) || toks[j].clause != toks[i].clause || containsW(words, toks[j].w) {
			continue
		}
		if toks[j].src != toks[i].src+1 && toks[j].start-toks[i].end > 1 {
			continue
		}
		if lx.testAtFree(toks, j) {
			return true
		}
	}
	return false
}

// testAtFree reports whether a test or procedure noun starts at i, consumed
// or not.
func (lx *lexicon) testAtFree(toks []vt, i int) bool {
	x := toks[i].w
	if int(x) < len(lx.procSuffix) && lx.procSuffix[x] {
		return true
	}
	if !lx.bits.testNoun.has(x) {
		return false
	}
	for _, rest := range lx.testNouns[x] {
		if i+len(rest) < len(toks) && wordsAt(toks, i+1, rest) {
			return true
		}
	}
	return false
}

func newLexicon() *lexicon {
	lx := &lexicon{
		v:               newVocab(),
		stop:            map[wid]bool{},
		connectors:      map[string]bool{},
		nearConn:        map[string]bool{},
		connPair:        map[wid]wid{},
		coord:           map[wid][][]string{},
		causePhrase:     map[wid][][]string{},
		contrast:        map[wid][][]string{},
		memo:            map[string][]wid{},
		normMemo:        map[string][]string{},
		skipMain:        map[string]bool{},
		needSub:         map[string]bool{},
		needSite:        map[string]bool{},
		ownSite:         map[string]map[wid]bool{},
		looseSite:       map[string]*looseSite{},
		looseHead:       map[wid]*looseSite{},
		needQual:        map[string]bool{},
		adjNeedSub:      map[wid]bool{},
		adjOfNext:       map[wid][]wid{},
		otherSense:      map[wid]map[wid]bool{},
		otherSenseAny:   map[wid]bool{},
		otherSenseAfter: map[wid]map[wid]bool{},
		specialty:       map[wid]bool{},
		testNouns:       map[wid][][]wid{},
		implied:         map[string]map[string]bool{},
		impliedPrefix:   map[string]bool{},
		impliedThrough:  map[string]map[string]bool{},
		lateral:         map[wid]bool{},
		generic:         map[wid]bool{},
		paired:          map[wid]bool{},
		extranodal:      map[wid]bool{},
		catchAll:        map[wid]bool{},
		catchAllSub:     map[string]bool{},
		unknownSite:     map[wid]bool{},
		primaryWord:     map[wid]bool{},
	}
	lx.wLetterA = lx.v.add("A")
	// Synonyms first so that every variant maps to the canonical id.
	for _, f := range rows("synonyms.tsv") {
		canon := normOne(f[0])
		id := lx.v.add(canon)
		for _, s := range f[1:] {
			if n := normOne(s); n != "" {
				if _, ok := lx.v.ids[n]; !ok {
					lx.v.ids[n] = id
				}
			}
		}
	}
	lx.addWords(lx.stop, "stopwords.txt")
	for _, f := range rows("connectors.txt") {
		ws := normWords(f[0])
		k := strings.Join(ws, " ")
		lx.connectors[k] = true
		if len(ws) == 2 {
			lx.connPair[lx.v.add(ws[0])] = lx.v.add(ws[1])
		}
		if len(f) > 1 && strings.TrimSpace(f[1]) == "near" {
			lx.nearConn[k] = true
		}
	}
	lx.partNoun = map[wid]bool{}
	lx.tissueNoun = map[wid]bool{}
	for _, l := range lines("part_nouns.txt") {
		if t, ok := strings.CutPrefix(l, "tissue\t"); ok {
			x := lx.v.add(normOne(t))
			lx.partNoun[x], lx.tissueNoun[x] = true, true
			continue
		}
		lx.partNoun[lx.v.add(normOne(l))] = true
	}
	lx.beforeHead = map[string]bool{}
	for _, l := range lines("before_head.txt") {
		lx.beforeHead[strings.ToLower(strings.TrimSpace(l))] = true
	}
	lx.besideHead, lx.besideWord = map[string]bool{}, map[wid]bool{}
	for _, l := range lines("beside_head.txt") {
		lx.besideHead[strings.ToLower(strings.TrimSpace(l))] = true
		if ws := normWords(l); len(ws) == 1 {
			lx.besideWord[lx.v.add(ws[0])] = true
		}
	}
	lx.properWord = map[string]bool{}
	for _, l := range lines("proper_words.txt") {
		lx.properWord[strings.ToLower(strings.TrimSpace(l))] = true
	}
	lx.partOwner = map[wid]bool{}
	lx.addWords(lx.partOwner, "part_owners.txt")
	lx.direction = map[wid]bool{}
	lx.addWords(lx.direction, "direction_nouns.txt")
	lx.seenBy = map[wid]bool{}
	lx.addWords(lx.seenBy, "seen_by.txt")
	lx.sideOf = map[wid]map[wid]bool{}
	for _, f := range rows("side_of.tsv") {
		if len(f) < 2 {
			continue
		}
		m := map[wid]bool{}
		for _, x := range strings.Fields(f[1]) {
			m[lx.v.add(normOne(x))] = true
		}
		lx.sideOf[lx.v.add(normOne(f[0]))] = m
	}
	lx.seventhOther = map[wid]map[wid]bool{}
	for _, f := range rows("seventh_other_sense.tsv") {
		if len(f) < 2 {
			continue
		}
		lx.addWordSet(lx.seventhOther, f[0], f[1])
	}
	lx.seventhNeed = map[wid]map[wid]bool{}
	for _, f := range rows("seventh_need_next.tsv") {
		if len(f) < 2 {
			continue
		}
		lx.addWordSet(lx.seventhNeed, f[0], f[1])
	}
	for _, f := range rows("infection_beside.tsv") {
		if len(f) < 3 {
			continue
		}
		r := infectBeside{prefix: f[0], add: f[1]}
		for _, alt := range strings.Split(f[2], "|") {
			var ids []wid
			for _, x := range normWords(alt) {
				ids = append(ids, lx.v.add(x))
			}
			if len(ids) > 0 {
				r.alts = append(r.alts, ids)
			}
		}
		lx.infectBeside = append(lx.infectBeside, r)
	}
	lx.seventhAlias = map[wid][]seventhAlias{}
	for _, f := range rows("seventh_alias.tsv") {
		if len(f) < 3 {
			continue
		}
		a := seventhAlias{after: map[wid]bool{}}
		for _, x := range strings.Split(f[1], "|") {
			a.words = append(a.words, lx.v.add(normOne(strings.TrimSpace(x))))
		}
		for _, x := range strings.Split(f[2], "|") {
			a.after[lx.v.add(normOne(strings.TrimSpace(x)))] = true
		}
		w := lx.v.add(normOne(f[0]))
		lx.seventhAlias[w] = append(lx.seventhAlias[w], a)
	}
	for _, l := range lines("coordinators.txt") {
		if ws := normWords(l); len(ws) > 1 {
			first := lx.v.add(ws[0])
			lx.coord[first] = append(lx.coord[first], ws[1:])
		}
	}
	for _, l := range lines("cause_phrases.txt") {
		if ws := normWords(l); len(ws) > 0 {
			first := lx.v.add(ws[0])
			lx.causePhrase[first] = append(lx.causePhrase[first], ws[1:])
		}
	}
	for _, l := range lines("effect_links.txt") {
		if ws := normWords(l); len(ws) > 0 {
			// A note's tokens keep no stop word ("complicated by" is
			// read as "complicated"), but a phrase of one keeps it ("with").
			ph := make([]wid, 0, len(ws))
			for _, x := range ws {
				if id := lx.v.add(x); len(ws) == 1 || !lx.stop[id] {
					ph = append(ph, id)
				}
			}
			lx.effectLink = append(lx.effectLink, ph)
		}
	}
	for _, l := range lines("contrast.txt") {
		if ws := normWords(l); len(ws) > 0 {
			first := lx.v.add(ws[0])
			lx.contrast[first] = append(lx.contrast[first], ws[1:])
		}
	}
	addPhrases(lx.skipMain, "skip_main.txt")
	lx.commaOr = map[string]bool{}
	for _, l := range lines("comma_or.txt") {
		lx.commaOr[strings.ToLower(strings.TrimSpace(l))] = true
	}
	lx.seeParent = map[string]bool{}
	for _, l := range lines("see_parent.txt") {
		lx.seeParent[strings.ToLower(strings.TrimSpace(l))] = true
	}
	lx.misfiled, lx.misfiledLeaf = map[string]string{}, map[string]bool{}
	for _, f := range rows("misfiled.tsv") {
		if len(f) == 2 {
			path := strings.ToLower(f[0])
			lx.misfiled[path] = strings.ToLower(f[1])
			lx.misfiledLeaf[path[strings.LastIndex(path, " > ")+3:]] = true
		}
	}
	lx.indexUpdate, lx.indexUpdateLeaf = map[string][2]string{}, map[string]bool{}
	for _, f := range rows("index_update.tsv") {
		if len(f) == 3 {
			path := strings.ToLower(f[0])
			lx.indexUpdate[path] = [2]string{f[1], f[2]}
			leaf := path
			if i := strings.LastIndex(path, " > "); i >= 0 {
				leaf = path[i+3:]
			}
			lx.indexUpdateLeaf[leaf] = true
		}
	}
	lx.commaHead = map[string]bool{}
	for _, l := range lines("comma_head.txt") {
		lx.commaHead[strings.ToLower(strings.TrimSpace(l))] = true
	}
	addPhrases(lx.needSub, "need_sub.txt")
	lx.siteWords = map[wid]bool{}
	lx.addWords(lx.siteWords, "site_words.txt")
	addPhrases(lx.needSite, "need_site.txt")
	lx.neverGuessed = map[wid]bool{}
	lx.addWords(lx.neverGuessed, "never_guessed.txt")
	lx.siteSee = map[string]bool{}
	addPhrases(lx.siteSee, "site_see.txt")
	for _, f := range rows("own_site.txt") {
		own := map[wid]bool{}
		for _, x := range strings.Fields(strings.Join(f[1:], " ")) {
			own[lx.v.add(normOne(x))] = true
		}
		lx.ownSite[strings.Join(normWords(f[0]), " ")] = own
	}
	for _, f := range rows("loose_site.tsv") {
		if len(f) != 3 {
			continue
		}
		ls := &looseSite{loose: map[wid]bool{}, named: map[wid]bool{}}
		for _, x := range strings.Fields(f[1]) {
			ls.loose[lx.v.add(normOne(x))] = true
		}
		for _, x := range strings.Fields(f[2]) {
			ls.named[lx.v.add(normOne(x))] = true
		}
		for _, m := range strings.Split(f[0], "|") {
			key := normWords(m)
			lx.looseSite[strings.Join(key, " ")] = ls
			if len(key) == 1 {
				lx.looseHead[lx.v.add(key[0])] = ls
			}
		}
	}
	lx.partRegion = map[wid]wid{}
	for _, f := range rows("part_region.tsv") {
		if len(f) == 2 {
			lx.partRegion[lx.v.add(normOne(f[0]))] = lx.v.add(normOne(f[1]))
		}
	}
	lx.siteExtent = map[wid]wid{}
	for _, f := range rows("site_extent.tsv") {
		if len(f) == 2 {
			lx.siteExtent[lx.v.add(normOne(f[0]))] = lx.v.add(normOne(f[1]))
		}
	}
	lx.innerWords = map[wid]bool{}
	for _, f := range rows("inner_site.tsv") {
		if len(f) != 2 {
			continue
		}
		switch f[0] {
		case "organ":
			lx.innerCodes = append(lx.innerCodes, strings.Fields(f[1])...)
		case "skin":
			lx.skinCodes = append(lx.skinCodes, strings.Fields(f[1])...)
		case "word":
			for _, x := range strings.Fields(f[1]) {
				lx.innerWords[lx.v.add(normOne(x))] = true
			}
		}
	}
	for _, l := range lines("default_child.txt") {
		lx.defaultChild = append(lx.defaultChild, strings.ToLower(strings.TrimSpace(l)))
	}
	addPhrases(lx.needQual, "need_qualifier.txt")
	for _, f := range rows("implied.tsv") {
		if len(f) != 2 && (len(f) != 3 || f[2] != "through") {
			continue
		}
		m, prefixes := lx.impliedPath(f[0])
		for _, p := range prefixes {
			lx.impliedPrefix[p] = true
		}
		if lx.implied[m] == nil {
			lx.implied[m] = map[string]bool{}
		}
		g := strings.Join(normWords(f[1]), " ")
		lx.implied[m][g] = true
		if len(f) == 3 {
			if lx.impliedThrough[m] == nil {
				lx.impliedThrough[m] = map[string]bool{}
			}
			lx.impliedThrough[m][g] = true
		}
	}
	lx.metSites = lines("metastasis_sites.txt")
	for _, l := range lines("recent_past.txt") {
		if ws := normWords(l); len(ws) > 0 {
			lx.recentPast = append(lx.recentPast, ws)
		}
	}
	lx.lifelongEnded = map[wid]bool{}
	lx.lifelongEndedOf = map[wid][]string{}
	lx.lifelongOngoing = map[wid]bool{}
	lx.correctedWords = map[wid]bool{}
	lx.residualWords = map[string]bool{}
	for _, l := range lines("lifelong.txt") {
		if w, ok := strings.CutPrefix(l, "corrected:"); ok {
			lx.correctedWords[lx.v.add(normOne(w))] = true
			continue
		}
		if w, ok := strings.CutPrefix(l, "residual:"); ok {
			lx.residualWords[normOne(w)] = true
			continue
		}
		if w, ok := strings.CutPrefix(l, "ongoing:"); ok {
			lx.lifelongOngoing[lx.v.add(normOne(w))] = true
			continue
		}
		if w, ok := strings.CutPrefix(l, "ended:"); ok {
			// A phrase ("as a child") keeps each of its words, stop words
			// included ("a child" alone is no past), as normalised text: its
			// stop words must not join the vocabulary, whose words are
			// matched.
			if ws := normWords(w); len(ws) > 1 {
				lx.lifelongEndedSeq = append(lx.lifelongEndedSeq, ws)
				continue
			}
			lx.lifelongEnded[lx.v.add(normOne(w))] = true
			continue
		}
		if rest, ok := strings.CutPrefix(l, "ended "); ok {
			if pre, w, ok := strings.Cut(rest, ":"); ok {
				x := lx.v.add(normOne(w))
				lx.lifelongEndedOf[x] = append(lx.lifelongEndedOf[x], strings.TrimSpace(pre))
			}
			continue
		}
		lx.lifelong = append(lx.lifelong, strings.TrimSpace(l))
	}
	lx.histOver = map[wid]bool{}
	lx.addWords(lx.histOver, "history_over.txt")
	lx.recoveryOver = map[wid]bool{}
	lx.addWords(lx.recoveryOver, "recovery_over.txt")
	lx.stayEnded = map[wid]int8{}
	for _, l := range lines("stay_ended.txt") {
		if w, ok := strings.CutPrefix(l, "!"); ok {
			lx.stayEnded[lx.v.add(normOne(w))] = -1
			continue
		}
		lx.stayEnded[lx.v.add(normOne(l))] = 1
	}
	lx.reportVerb = map[wid]bool{}
	lx.addWords(lx.reportVerb, "report_verbs.txt")
	lx.sourceClause = map[wid]bool{}
	lx.addWords(lx.sourceClause, "source_clause.txt")
	lx.countUnit = map[wid]bool{}
	lx.addWords(lx.countUnit, "count_units.txt")
	lx.statementOnly = map[wid]bool{}
	lx.addWords(lx.statementOnly, "statement_only.txt")
	lx.spreadVerb = map[wid]bool{}
	lx.addWords(lx.spreadVerb, "spread_verbs.txt")
	lx.stmtClause = map[wid]bool{}
	lx.addWords(lx.stmtClause, "statement_clause.txt")
	lx.denyClause = map[wid]bool{}
	lx.addWords(lx.denyClause, "clause_denial.txt")
	lx.encounterHead = map[string]bool{}
	addPhrases(lx.encounterHead, "encounter_heads.txt")
	lx.admissionHead = map[string]bool{}
	addPhrases(lx.admissionHead, "admission_heads.txt")
	lx.forward = map[string]bool{}
	for _, l := range lines("forward.txt") {
		lx.forward[strings.ToLower(strings.TrimSpace(l))] = true
	}
	for _, l := range lines("per_side.txt") {
		lx.perSide = append(lx.perSide, strings.TrimSpace(l))
	}
	for _, l := range lines("one_event.txt") {
		lx.oneEvent = append(lx.oneEvent, strings.TrimSpace(l))
	}
	lx.listHead = map[string]bool{}
	addPhrases(lx.listHead, "list_heads.txt")
	lx.postposed = map[wid]bool{}
	lx.addWords(lx.postposed, "postposed.txt")
	lx.farLead = map[wid]bool{}
	lx.addWords(lx.farLead, "far_subterms.txt")
	lx.encounterLead = map[wid]bool{}
	lx.addWords(lx.encounterLead, "encounter_lead.txt")
	lx.encounterQual = map[wid]bool{}
	lx.addWords(lx.encounterQual, "encounter_qual.txt")
	lx.seeQual = map[wid]bool{}
	lx.addWords(lx.seeQual, "see_qualifiers.txt")
	lx.denyPre = map[wid]bool{}
	lx.addWords(lx.denyPre, "denying_prefixes.txt")
	lx.straddle = map[wid]bool{}
	lx.addWords(lx.straddle, "straddle_links.txt")
	for _, l := range lines("seventh_default.txt") {
		d := strings.ToLower(strings.TrimSpace(l))
		lx.seventhDef = append(lx.seventhDef, phrase{d, lx.ids(d)})
	}
	lx.optional = map[string]string{}
	lx.nemodNeeded = map[string]bool{}
	for _, l := range lines("nemod_needed.txt") {
		lx.nemodNeeded[strings.ToLower(strings.TrimSpace(l))] = true
	}
	lx.optionalSib = map[string]string{}
	for _, f := range rows("optional_words.tsv") {
		if len(f) < 2 {
			continue
		}
		title, word := strings.TrimSpace(f[0]), strings.TrimSpace(f[1])
		if parents, child, scoped := strings.Cut(title, " > "); scoped {
			for _, p := range strings.Split(parents, "|") {
				lx.optional[strings.TrimSpace(p)+" > "+strings.TrimSpace(child)] = word
			}
			continue
		}
		lx.optional[title] = word
		if len(f) > 2 {
			lx.optionalSib[title] = strings.ToLower(strings.TrimSpace(f[2]))
		}
	}
	lx.titleAlias = map[string][]string{}
	for _, f := range rows("title_alias.tsv") {
		if len(f) < 2 {
			continue
		}
		k := strings.ToLower(strings.TrimSpace(f[0]))
		if rng, title, ok := strings.Cut(k, "]"); ok && strings.HasPrefix(rng, "[") {
			lo, hi, _ := strings.Cut(rng[1:], "-")
			r := codeAlias{lo: strings.ToUpper(lo), hi: strings.ToUpper(hi), title: strings.TrimSpace(title)}
			for _, a := range f[1:] {
				if a = strings.TrimSpace(a); a != "" {
					r.alts = append(r.alts, a)
				}
			}
			lx.codeAlias = append(lx.codeAlias, r)
			continue
		}
		for _, a := range f[1:] {
			if a = strings.TrimSpace(a); a != "" {
				lx.titleAlias[k] = append(lx.titleAlias[k], a)
			}
		}
	}
	for _, l := range lines("silent.txt") {
		lx.silent = append(lx.silent, strings.ToLower(strings.TrimSpace(l)))
	}
	lx.addWords(lx.specialty, "specialty.txt")
	for _, l := range lines("test_nouns.txt") {
		var ws []wid
		for _, x := range normWords(l) {
			ws = append(ws, lx.v.add(x))
		}
		if len(ws) > 0 {
			lx.testNouns[ws[0]] = append(lx.testNouns[ws[0]], ws[1:])
		}
	}
	lx.addWords(lx.adjNeedSub, "adj_need_sub.txt")
	for _, f := range rows("adj_of_next.txt") {
		var conn []wid
		if len(f) > 1 {
			for _, c := range strings.Split(f[1], "|") {
				conn = append(conn, lx.v.add(normOne(c)))
			}
		}
		lx.adjOfNext[lx.v.add(normOne(f[0]))] = conn
	}
	lx.qualOfNext = map[wid]map[wid]bool{}
	for _, f := range rows("qual_of_next.tsv") {
		if len(f) != 2 {
			continue
		}
		lx.addWordSet(lx.qualOfNext, f[0], f[1])
	}
	for _, f := range rows("other_sense.tsv") {
		if len(f) == 3 && f[0] != "*" {
			// A third column: words right after the main-term word.
			lx.addWordSet(lx.otherSenseAfter, f[0], f[2])
			f = f[:2]
		}
		if len(f) != 2 || f[1] == "" {
			continue
		}
		if f[0] == "*" {
			for _, x := range strings.Split(f[1], "|") {
				lx.otherSenseAny[lx.v.add(normOne(x))] = true
			}
			continue
		}
		lx.addWordSet(lx.otherSense, f[0], f[1])
	}
	for _, f := range rows("history_status.tsv") {
		if len(f) == 2 && f[0] == "line" {
			lx.histLead = append(lx.histLead, lx.ids(f[1]))
			continue
		}
		if len(f) != 3 {
			continue
		}
		for _, prefix := range strings.Split(f[0], "|") {
			lx.addHistRule(prefix, f[1], f[2])
		}
	}
	lx.pastVerb = map[string][]string{}
	for _, f := range rows("past_verbs.tsv") {
		var aux []string
		if len(f) > 1 {
			for _, x := range strings.Split(f[1], "|") {
				aux = append(aux, normOne(x))
			}
		}
		lx.pastVerb[normOne(f[0])] = aux
	}
	lx.adviceAct, lx.adviceWord, lx.adviceMeans = map[string]bool{}, map[string]bool{}, map[string]bool{}
	advice := keyed("advice.txt")
	for kind, m := range map[string]map[string]bool{"act": lx.adviceAct, "advice": lx.adviceWord, "means": lx.adviceMeans} {
		for _, w := range advice[kind] {
			m[normOne(w)] = true
		}
	}
	lx.future.unit, lx.future.next, lx.future.ahead, lx.future.count, lx.future.nextWord = map[string]bool{}, map[string]bool{}, map[string]bool{}, map[string]bool{}, map[string]bool{}
	future := keyed("future_visit.tsv")
	for _, w := range future["code"] {
		lx.future.code = append(lx.future.code, w)
		if w != "" {
			lx.future.lead[w[0]] = true
		}
	}
	for kind, m := range map[string]map[string]bool{"unit": lx.future.unit, "next": lx.future.next, "ahead": lx.future.ahead, "count": lx.future.count, "nextword": lx.future.nextWord} {
		for _, w := range future[kind] {
			m[normOne(w)] = true
		}
	}
	for _, w := range future["verb"] {
		lx.future.verb = append(lx.future.verb, strings.Fields(normOne(w)))
	}
	for _, f := range keyedRows("future_visit.tsv")["codeverb"] {
		if len(f) == 2 && f[0] != "" {
			lx.future.codeVerb = append(lx.future.codeVerb, codePhrase{prefix: f[0], words: strings.Fields(normOne(f[1]))})
			lx.future.lead[f[0][0]] = true
		}
	}
	for _, w := range future["after"] {
		lx.future.after = append(lx.future.after, strings.Fields(normOne(w)))
	}
	lx.future.pastCode = future["pastcode"]
	lx.future.reasonCode = future["reasoncode"]
	for _, w := range future["pastverb"] {
		lx.future.pastVerb = append(lx.future.pastVerb, strings.Fields(normOne(w)))
	}
	for _, w := range future["pastafter"] {
		lx.future.pastAfter = append(lx.future.pastAfter, strings.Fields(normOne(w)))
	}
	if ws := future["afternot"]; len(ws) > 0 {
		lx.future.afterNot = map[string]bool{}
		for _, w := range ws {
			lx.future.afterNot[normOne(w)] = true
		}
	}
	lx.indication.code, lx.indication.link, lx.indication.dose, lx.indication.drug, lx.indication.managed = map[string]bool{}, map[string]bool{}, map[string]bool{}, map[string]bool{}, map[string]bool{}
	lx.indication.past, lx.indication.ended = map[string]bool{}, map[string]bool{}
	indication := keyed("indication.tsv")
	for _, w := range indication["code"] {
		lx.indication.code[w] = true
	}
	for kind, m := range map[string]map[string]bool{"link": lx.indication.link, "dose": lx.indication.dose, "drug": lx.indication.drug, "managed": lx.indication.managed, "past": lx.indication.past, "ended": lx.indication.ended} {
		for _, w := range indication[kind] {
			m[normOne(w)] = true
		}
	}
	for _, f := range rows("history_kind.tsv") {
		if len(f) == 3 && f[0] == "only" {
			lx.histOnly = append(lx.histOnly, [2][]string{strings.Split(f[1], "|"), strings.Split(f[2], "|")})
			continue
		}
		if len(f) == 2 && f[0] == "event" {
			lx.histEvent = append(lx.histEvent, strings.Split(f[1], "|")...)
			continue
		}
		if len(f) != 2 {
			continue
		}
		for _, prefix := range strings.Split(f[0], "|") {
			lx.histKind = append(lx.histKind, histKind{prefix: strings.TrimSpace(prefix), words: lx.ids(f[1])})
		}
	}
	lx.addWords(lx.unknownSite, "unknown_site.txt")
	lx.contactCode = map[string]string{}
	for _, f := range rows("contact_codes.tsv") {
		if len(f) != 2 || f[0] == "" || f[1] == "" {
			panic("coder: data/contact_codes.tsv: want prefix<TAB>code: " + strings.Join(f, "\t"))
		}
		lx.contactCode[f[0]] = f[1]
		lx.contactCat.add(f[0])
	}
	lx.contactWord = map[wid]bool{}
	lx.addWords(lx.contactWord, "contact_words.txt")
	lx.contactWho = map[wid]bool{}
	lx.addWords(lx.contactWho, "contact_persons.txt")
	lx.addWords(lx.primaryWord, "primary_words.txt")
	lx.causeHedge = map[wid]bool{}
	for _, l := range lines("any_condition.txt") {
		if h, ok := strings.CutPrefix(l, "~"); ok {
			lx.causeHedge[lx.v.add(normOne(h))] = true
			continue
		}
		if ids := lx.ids(l); len(ids) > 0 {
			lx.anyCond = append(lx.anyCond, ids)
		}
	}
	for _, l := range lines("neo_condition.txt") {
		if ids := lx.ids(l); len(ids) > 0 {
			lx.neoCond = append(lx.neoCond, ids)
		}
	}
	lx.wDue = lx.v.add(normOne("due"))
	lx.wSecondary = lx.v.add(normOne("secondary"))
	for _, l := range lines("catch_all.txt") {
		if p, k, ok := strings.Cut(l, ">"); ok {
			lx.catchAllSub[strings.TrimSpace(p)+" > "+strings.TrimSpace(k)] = true
			continue
		}
		lx.catchAll[lx.v.add(normOne(l))] = true
	}
	lx.addWords(lx.extranodal, "extranodal.txt")
	lx.nodes = lx.loadNodeSites()
	lx.addWords(lx.paired, "paired.txt")
	lx.addWords(lx.generic, "generic.txt")
	lx.wWithout = lx.v.add(normOne("without"))
	lx.wNot = lx.v.add(normOne("not"))
	lx.notNext = map[wid]bool{}
	lx.wNo = lx.v.add(normOne("no"))
	lx.withoutNext = map[wid]bool{}
	lx.wWith = lx.v.add(normOne("with"))
	lx.wNormal = lx.v.add(normOne("normal"))
	lx.wHistory = lx.v.add(normOne("history"))
	lx.wPersonal = lx.v.add(normOne("personal"))
	lx.wFamily = lx.v.add(normOne("family"))
	for _, w := range []string{"right", "left", "bilateral"} {
		lx.lateral[lx.v.add(normOne(w))] = true
	}
	lx.freezeBits()
	return lx
}

// histKind is a row of data/history_kind.tsv: the words of the kind of
// disease of the codes starting with prefix.
type histKind struct {
	prefix string
	words  []wid
}

// histRule says when a personal history code starting with prefix still
// names a current condition: words maps a normalised word to its kind ('e'
// ended, 'c' current in the sentence, 't' a treatment a year may date, 'p' persists in the mention, 'h' a
// habit noun of the mention, current unless its own clause says it ended, 'd' a heading word
// after which a habit noun's clause starts, 'q' a course's unit, current when counted part way,
// "3 of 6 cycles", 's' a word of stopping that, right after a current word, makes what goes on
// the ending: "continues to abstain").
type histRule struct {
	prefix      string
	words       map[string]byte
	endedSuffix []string
	needEnded   bool // the sentence must document the end of the condition
	yearEnds    bool // a year in a sentence with a treatment word ("<year>" ended row) dates the end
}

// addHistRule adds one row of data/history_status.tsv for a code prefix.
func (lx *lexicon) addHistRule(prefix, kindName, word string) {
	var r *histRule
	for i := range lx.histStatus {
		if lx.histStatus[i].prefix == prefix {
			r = &lx.histStatus[i]
		}
	}
	if r == nil {
		lx.histStatus = append(lx.histStatus, histRule{prefix: prefix, words: map[string]byte{}})
		r = &lx.histStatus[len(lx.histStatus)-1]
	}
	kind := byte(0)
	switch kindName {
	case "ended":
		kind = 'e'
	case "current":
		kind = 'c'
	case "persists":
		kind = 'p'
	case "habit":
		kind = 'h'
	case "treatment":
		kind = 't'
	case "heading":
		kind = 'd'
	case "course":
		kind = 'q'
	case "stopping":
		kind = 's'
	}
	if word == "<year>" && kind == 'e' {
		r.yearEnds, r.needEnded = true, true
		return
	}
	if suf, ok := strings.CutPrefix(word, "-"); ok && kind == 'e' {
		r.endedSuffix = append(r.endedSuffix, suf)
		r.needEnded = true
		return
	}
	for _, x := range normWords(word) {
		r.words[x] = kind
		if kind == 'e' {
			r.needEnded = true
		}
	}
}

// addWords adds to m the word of each line of a data file (one word a
// line).
func (lx *lexicon) addWords(m map[wid]bool, file string) {
	for _, l := range lines(file) {
		m[lx.v.add(normOne(l))] = true
	}
}

// addPhrases adds to m the normalised words of each line of a data file,
// joined by spaces (an index title as the index keys read it).
func addPhrases(m map[string]bool, file string) {
	for _, l := range lines(file) {
		m[strings.Join(normWords(l), " ")] = true
	}
}

// coordAt returns the number of tokens of a coordinating phrase
// (data/coordinators.txt) starting at toks[i], whose word id is first, or 0.
func (lx *lexicon) coordAt(toks []text.Token, i int, first wid) int {
	return phraseAt(lx.coord[first], toks, i)
}

// causeAt returns the number of tokens of a phrase read as "due to"
// (data/cause_phrases.txt) starting at toks[i], whose word id is first, or 0.
func (lx *lexicon) causeAt(toks []text.Token, i int, first wid) int {
	if !lx.bits.causeFirst.has(first) {
		return 0
	}
	return phraseAt(lx.causePhrase[first], toks, i)
}

// contrastAt returns the number of tokens of a contrasting phrase
// (data/contrast.txt) starting at toks[i], whose word id is first, or 0.
func (lx *lexicon) contrastAt(toks []text.Token, i int, first wid) int {
	return phraseAt(lx.contrast[first], toks, i)
}

// phraseAt returns the number of tokens of the first phrase, given by the
// norms of the words after its first, that starts at toks[i], or 0.
func phraseAt(rests [][]string, toks []text.Token, i int) int {
	for _, rest := range rests {
		if i+len(rest) >= len(toks) {
			continue
		}
		ok := true
		for k, w := range rest {
			if toks[i+1+k].Norm != w {
				ok = false
				break
			}
		}
		if ok {
			return 1 + len(rest)
		}
	}
	return 0
}

// connLead reports a title that starts with a two-word connector ("due to
// insulin", "secondary to trauma").
func (lx *lexicon) connLead(title string) bool {
	ws := lx.normed(title)
	if len(ws) < 3 {
		return false
	}
	second, ok := lx.connPair[lx.v.get(ws[0])]
	return ok && lx.v.get(ws[1]) == second
}

// connFirst returns the first word of a two-word connector inside a title
// ("due" of "Sepsis due to Pseudomonas"), or 0: notes' tokens never carry
// it, so a title's required words leave it out (as titleWords does). after
// is the title's words past the connector (the cause it names).
func (lx *lexicon) connFirst(title string) (first wid, after []string) {
	ws := lx.normed(title)
	for k := 0; k+1 < len(ws); k++ {
		f := lx.v.get(ws[k])
		if second, ok := lx.connPair[f]; ok && f != 0 && lx.v.get(ws[k+1]) == second {
			return f, ws[k+2:]
		}
	}
	return 0, nil
}

// causeLead reports an index title that opens with "due to" or "secondary
// to".
func (lx *lexicon) causeLead(title string) bool {
	ws := lx.normed(title)
	if len(ws) < 2 || ws[1] != "to" {
		return false
	}
	x := lx.v.get(ws[0])
	return x != 0 && (x == lx.wDue || x == lx.wSecondary)
}

// isAnyCond reports subterm words that stand for any condition
// (data/any_condition.txt).
func (lx *lexicon) isAnyCond(req []wid) bool {
	for _, a := range lx.anyCond {
		if slices.Equal(a, req) {
			return true
		}
	}
	return false
}

// isNeoCond reports subterm words that stand for a neoplasm the note names
// (data/neo_condition.txt); an "NEC" after them is the index's own.
func (lx *lexicon) isNeoCond(req []wid) bool {
	for _, a := range lx.neoCond {
		if len(req) >= len(a) && slices.Equal(a, req[:len(a)]) && len(req) <= len(a)+1 {
			return true
		}
	}
	return false
}

// unsaid removes from an index title the parts a note never says
// (data/silent.txt) with the comma before them: "aureus, as cause of
// disease classified elsewhere" -> "aureus". A title without them is
// returned as is.
func (lx *lexicon) unsaid(title string) string {
	lt := strings.ToLower(title)
	for _, p := range lx.silent {
		i := strings.Index(lt, p)
		if i < 0 {
			continue
		}
		t := strings.TrimRight(strings.TrimSpace(title[:i]), ",") + " " + title[i+len(p):]
		return strings.TrimSpace(strings.Trim(strings.TrimSpace(t), ","))
	}
	return title
}

// normed is normWords of an index title, tokenised once while New runs:
// compileTerm reads every subterm title three or four ways (its words, a
// cause lead, a connector lead) and the index repeats most of its titles
// ("right", "with", "due to"). The result is shared: callers must not change
// it.
func (lx *lexicon) normed(s string) []string {
	if lx.normMemo == nil {
		return normWords(s)
	}
	ws, ok := lx.normMemo[s]
	if !ok {
		ws = normWords(s)
		lx.normMemo[s] = ws
		lx.noteSplit(s, ws)
	}
	return ws
}

// normOne normalises a single word (or the first word of a phrase).
func normOne(s string) string {
	w := normWords(s)
	if len(w) == 0 {
		return ""
	}
	return strings.Join(w, " ")
}

// ids turns a phrase into content word ids, adding new words to the vocabulary
// and dropping stop words. It runs only while New builds the engine (it
// grows the vocabulary and its memo): the code set's ~100,000 titles share
// most of their words, so each space-separated chunk is tokenised once (the
// tokenizer never joins across white space, so chunks read like the phrase).
func (lx *lexicon) ids(s string) []wid {
	out := make([]wid, 0, 8)
	lx.eachChunk(s, func(cw []wid) {
		for _, id := range cw {
			if lx.stop[id] {
				continue
			}
			if !containsW(out, id) {
				out = append(out, id)
			}
		}
	})
	return out
}

// eachChunk calls f with the word ids of each space-separated chunk of s in
// order, stop words included, growing the vocabulary and the memo as ids
// does (so it too runs only while New builds the engine). cw is shared with
// the memo: f must not change it.
func (lx *lexicon) eachChunk(s string, f func(cw []wid)) {
	for len(s) > 0 {
		i := strings.IndexByte(s, ' ')
		chunk := s
		if i >= 0 {
			chunk, s = s[:i], s[i+1:]
		} else {
			s = ""
		}
		if chunk == "" {
			continue
		}
		cw, ok := lx.memo[chunk]
		if !ok {
			ws := normWords(chunk)
			for _, w := range ws {
				cw = append(cw, lx.v.add(w))
			}
			if lx.memo != nil {
				lx.noteSplit(chunk, ws)
			}
			if strings.Trim(chunk, "(),;:.") == "A" {
				// A title's capital "A" is the letter ("Deficiency,
				// vitamin, A"; "type A"): titles never start with
				// the article alone.
				cw = []wid{lx.wLetterA}
			}
			if lx.memo != nil {
				lx.memo[chunk] = cw
			}
		}
		f(cw)
	}
}

func containsW(s []wid, w wid) bool {
	for _, x := range s {
		if x == w {
			return true
		}
	}
	return false
}

// idsRO is ids without growing the vocabulary: safe to call concurrently
// after New. Unknown and stop words are dropped.
func (lx *lexicon) idsRO(s string) []wid {
	ws := normWords(s)
	out := make([]wid, 0, len(ws))
	for _, w := range ws {
		id := lx.v.get(w)
		if id == 0 || lx.stop[id] {
			continue
		}
		if !containsW(out, id) {
			out = append(out, id)
		}
	}
	return out
}

// phrase is a lower-case text with its word ids.
type phrase struct {
	text string
	ids  []wid
}

// isSide reports whether x names one side ("right", "left"), not both.
func (lx *lexicon) isSide(x wid) bool {
	if int(x) < len(lx.latW) {
		return lx.latW[x] && x != lx.wBilat
	}
	return lx.lateral[x] && x != lx.wBilat
}

// firstSide keeps only the first side word of a tabular title's words: in
// "visual loss, right eye, normal vision left eye" the affected side is the
// first one named, the other describes the fellow eye.
func (lx *lexicon) firstSide(ws []wid) []wid {
	n := 0
	for _, x := range ws {
		if lx.isSide(x) {
			n++
		}
	}
	if n < 2 {
		return ws
	}
	out := make([]wid, 0, len(ws))
	seen := false
	for _, x := range ws {
		if lx.isSide(x) {
			if seen {
				continue
			}
			seen = true
		}
		out = append(out, x)
	}
	return out
}

// specialistWord reports "specialist" or "specialists".
func (lx *lexicon) specialistWord(x wid) bool {
	if int(x) >= len(lx.v.words) {
		return false
	}
	w := lx.v.words[x]
	return w == "specialist" || w == "specialists"
}

// looseSite is one row of data/loose_site.tsv: the site words a lay
// compound uses loosely ("kidney stone" for any urinary stone) and the
// sites that, named later in the clause, say where the condition is.
type looseSite struct {
	loose, named map[wid]bool
}

// looseAt reports a phrase that reads, at one of pos, a loose site word
// right before its head ("kidney stone") while the clause vts[:hi] names
// another site after the head ("... in the left ureter"): the stone is
// there, and the title "Kidney stone" is not its code.
func (lx *lexicon) looseAt(vts []vt, pos []int, hi int) bool {
	for _, p := range pos {
		if p+1 >= hi {
			continue
		}
		ls := lx.looseHead[vts[p+1].w]
		if ls == nil || !ls.loose[vts[p].w] || vts[p].clause != vts[p+1].clause {
			continue
		}
		for k := p + 2; k < hi && vts[k].clause == vts[p+1].clause; k++ {
			if ls.named[vts[k].w] {
				return true
			}
		}
	}
	return false
}

// widBits is a frozen set of word ids as a bitset: a test made per token
// or per window word costs a shift and a load instead of a map look-up.
type widBits []uint64

// bitsOf returns the words m maps to true.
func bitsOf(m map[wid]bool) widBits {
	n := 0
	for x, ok := range m {
		if ok {
			n = max(n, int(x)+1)
		}
	}
	b := make(widBits, (n+63)/64)
	for x, ok := range m {
		if ok {
			b[x>>6] |= 1 << (x & 63)
		}
	}
	return b
}

// has reports whether x is in the set.
func (b widBits) has(x wid) bool {
	i := int(x >> 6)
	return i < len(b) && b[i]&(1<<(x&63)) != 0
}

// freezeBits builds lexicon.bits from the finished maps. It runs last in
// newLexicon, which fills them: nothing adds to them after it.
func (lx *lexicon) freezeBits() {
	b := &lx.bits
	b.stmtClause, b.reportVerb, b.sourceClause = bitsOf(lx.stmtClause), bitsOf(lx.reportVerb), bitsOf(lx.sourceClause)
	b.countUnit, b.statementOnly = bitsOf(lx.countUnit), bitsOf(lx.statementOnly)
	b.seeQual, b.adjNeedSub, b.otherSenseAny = bitsOf(lx.seeQual), bitsOf(lx.adjNeedSub), bitsOf(lx.otherSenseAny)
	b.specialty, b.partNoun = bitsOf(lx.specialty), bitsOf(lx.partNoun)
	b.denyPre = bitsOf(lx.denyPre)
	b.farLead = bitsOf(lx.farLead)
	b.straddle = bitsOf(lx.straddle)
	vw := map[wid]bool{}
	lx.addWords(vw, "normal_visit.txt")
	b.visitWord = bitsOf(vw)
	cf := map[wid]bool{}
	for w := range lx.causePhrase {
		cf[w] = true
	}
	b.causeFirst = bitsOf(cf)
	sideOf := map[wid]bool{}
	for w := range lx.sideOf {
		sideOf[w] = true
	}
	b.sideOf = bitsOf(sideOf)
	b.spreadVerb = bitsOf(lx.spreadVerb)
	b.denyClause, b.direction = bitsOf(lx.denyClause), bitsOf(lx.direction)
	tn, sn, oa := map[wid]bool{}, map[wid]bool{}, map[wid]bool{}
	for x, v := range lx.testNouns {
		tn[x] = len(v) > 0
	}
	for x, v := range lx.otherSense {
		sn[x] = len(v) > 0
	}
	for x, v := range lx.otherSenseAfter {
		oa[x] = len(v) > 0
	}
	b.testNoun, b.otherSense, b.otherSenseAfter = bitsOf(tn), bitsOf(sn), bitsOf(oa)
}

// impliedPath returns the index path key of the first column of an implied
// grouping row ("infarct > myocardium, myocardial") and the keys of the
// paths above it, which applyImplied descends through. It is shared by
// data/implied.tsv and data/external_implied.tsv so both indexes key a
// deeper grouping the same way.
func (lx *lexicon) impliedPath(s string) (string, []string) {
	var path []string
	for i, part := range strings.Split(s, ">") {
		ws := normWords(stripParens(part))
		if i == 0 && len(ws) == 1 {
			// A one-word main term is keyed by its canonical
			// spelling ("infarct" -> "infarction"), as buildIndex does.
			ws[0] = lx.v.words[lx.v.add(ws[0])]
		}
		path = append(path, strings.Join(ws, " "))
	}
	var prefixes []string
	for i := 1; i < len(path); i++ {
		prefixes = append(prefixes, strings.Join(path[:i], " > "))
	}
	return strings.Join(path, " > "), prefixes
}
